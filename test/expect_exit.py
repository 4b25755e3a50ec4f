#!/usr/bin/env python3
"""Runs a command and succeeds only if it exits with the expected code.

    expect_exit.py CODE COMMAND [ARGS...]

stdout and stderr pass through, so the output can be piped to FileCheck.
A command killed by a signal (a crash) always fails the check.
"""
import subprocess
import sys


def main() -> int:
    expected = int(sys.argv[1])
    result = subprocess.run(sys.argv[2:])
    if result.returncode < 0:
        print(f"expect_exit: command died with signal {-result.returncode}", file=sys.stderr)
        return 1
    if result.returncode != expected:
        print(f"expect_exit: exit code {result.returncode}, expected {expected}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
