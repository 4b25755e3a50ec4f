#!/usr/bin/env python3
"""Write a BERT-base sized ONNX model for import benchmarks.

12 layers, hidden 768, 12 heads, intermediate 3072, vocab 30522, 512
positions: ~110M float32 parameters, ~440 MB of weights.  Weights are random
(seed 0); the graph is the same plain-op BERT as the bert_tiny test model
(scripts/onnx_builders.py:build_bert), with symbolic batch/seq dims.

Usage:
  make_bert_base.py OUT.onnx                   weights inline (raw_data)
  make_bert_base.py OUT.onnx --external-data   weights in OUT.onnx.data
"""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
sys.dont_write_bytecode = True  # keep __pycache__ out of the source tree
import onnx  # noqa: E402
from onnx_builders import build_bert, weight_bytes  # noqa: E402

BERT_BASE = dict(layers=12, hidden=768, heads=12, intermediate=3072, vocab=30522, max_pos=512, type_vocab=2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="output .onnx path")
    parser.add_argument("--external-data", action="store_true",
                        help="store all weights in one side file OUT.onnx.data next to the model")
    parser.add_argument("--layers", type=int, default=BERT_BASE["layers"],
                        help="number of encoder layers (default 12; fewer for a quicker run)")
    args = parser.parse_args()

    start = time.perf_counter()
    model = build_bert(**{**BERT_BASE, "layers": args.layers}, name="bert_base")
    nbytes = weight_bytes(model)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if args.external_data:
        location = args.out.name + ".data"
        stale = args.out.parent / location
        if stale.exists():
            stale.unlink()  # onnx appends to an existing data file
        onnx.save_model(model, str(args.out), save_as_external_data=True, all_tensors_to_one_file=True,
                        location=location, size_threshold=1024)
        where = f"{args.out} + {location}"
    else:
        args.out.write_bytes(model.SerializeToString())
        where = str(args.out)
    params = nbytes // 4
    print(f"wrote {where}: {params / 1e6:.1f}M params, {nbytes / 2**20:.1f} MiB of weights "
          f"in {time.perf_counter() - start:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
