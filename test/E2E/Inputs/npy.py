#!/usr/bin/env python3
"""Writes an .npy input file for the end-to-end tests.

    npy.py OUT.npy DTYPE SHAPE [--zeros | --ones] [--truncate BYTES]

DTYPE is a numpy dtype name (float32, int64, ...); SHAPE is like 2x3x4 (an
empty string for a scalar). Values are 0, 1, 2, ... in row-major order, or
all 0 / all 1. --truncate drops that many bytes from the end of the file.
"""
import argparse
import sys

sys.dont_write_bytecode = True
import numpy as np  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("dtype")
    parser.add_argument("shape")
    fill = parser.add_mutually_exclusive_group()
    fill.add_argument("--zeros", action="store_true")
    fill.add_argument("--ones", action="store_true")
    parser.add_argument("--truncate", type=int, default=0)
    args = parser.parse_args()
    shape = [int(d) for d in args.shape.split("x")] if args.shape else []
    if args.zeros or args.ones:
        value = np.full(shape, 1 if args.ones else 0)
    else:
        value = np.arange(int(np.prod(shape))).reshape(shape)
    np.save(args.out, value.astype(args.dtype))
    if args.truncate:
        with open(args.out, "rb") as f:
            data = f.read()
        with open(args.out, "wb") as f:
            f.write(data[:-args.truncate])
    return 0


if __name__ == "__main__":
    sys.exit(main())
