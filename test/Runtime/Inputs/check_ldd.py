#!/usr/bin/env python3
"""Fails unless every library that `ldd FILE` lists, for each FILE, is on the
runtime's allowlist and is found."""
import re
import subprocess
import sys

ALLOWED = re.compile(
    r"^(linux-vdso\.so|ld-linux[-\w]*\.so|libc\.so|libstdc\+\+\.so|libm\.so|"
    r"libgcc_s\.so|libdl\.so|libpthread\.so|libomp\.so|libplinth_rt\.so)")

status = 0
for path in sys.argv[1:]:
    out = subprocess.run(["ldd", path], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        line = line.strip()
        name = line.split()[0].rsplit("/", 1)[-1]
        if not ALLOWED.match(name) or "not found" in line:
            print(f"{path}: unexpected dependency: {line}")
            status = 1
sys.exit(status)
