#!/usr/bin/env python3
"""Write examples/gpt2/gpt2-small-example.onnx.

A small GPT-2 style decoder (hidden 128, 4 heads, 2 layers, vocab 512,
max positions 128) with random but deterministic weights (seed 0).
Input:  input_ids int64 [batch, seq]; output: logits float32 [batch, seq, 512].
The graph comes from scripts/onnx_builders.py:build_gpt2, the same builder
that produces the gpt2_tiny importer test model.

Usage: python3 examples/gpt2/make_model.py [--out PATH] [--check]
"""

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep __pycache__ out of the source tree
sys.path.insert(0, str(HERE.parents[1] / "scripts"))
from onnx_builders import build_gpt2, gpt2_feeds  # noqa: E402

CONFIG = dict(hidden=128, heads=4, layers=2, vocab=512, max_pos=128)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=HERE / "gpt2-small-example.onnx")
    parser.add_argument("--check", action="store_true",
                        help="also run onnx.checker and onnxruntime on the result")
    args = parser.parse_args()

    model = build_gpt2(**CONFIG, name="gpt2_small_example")
    data = model.SerializeToString()
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data) / 1e6:.2f} MB)")

    if args.check:
        import numpy as np
        import onnx
        import onnxruntime as ort

        onnx.checker.check_model(str(args.out), full_check=True)
        sess = ort.InferenceSession(str(args.out), providers=["CPUExecutionProvider"])
        (logits,) = sess.run(["logits"], gpt2_feeds(2, 5, CONFIG["vocab"]))
        assert logits.shape == (2, 5, CONFIG["vocab"]) and np.isfinite(logits).all()
        print(f"checker OK; onnxruntime logits {list(logits.shape)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
