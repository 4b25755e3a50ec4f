#!/usr/bin/env python3
"""Feeds plinth-compile corrupted models and checks it never crashes or hangs.

    fuzz_import.py PLINTH_COMPILE WORKDIR [--cases N] [--seed S]

Each case takes a valid model written by models.py and corrupts it: flips
random bytes, truncates it, duplicates a region, or edits a field of the
parsed protobuf to an extreme value (negative, huge, or out-of-range dims and
attributes). plinth-compile must exit with 0, 1 or 2 within the time limit;
a signal (crash, abort) or a hang fails the test. Deterministic per seed.
"""
import argparse
import os
import random
import subprocess
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import models  # noqa: E402
import onnx  # noqa: E402

SEEDS = ["Add", "MatMul", "Conv", "Reshape", "Slice", "Gather", "Softmax",
         "LayerNormalization", "Concat", "Transpose", "Resize", "Pad",
         "Attention_gqa_causal", "bert_tiny", "gpt2_tiny", "ReduceSum", "TopK",
         "Einsum", "Expand", "Split"]
EXTREMES = [-1, -2**31, -2**63, 0, 2**31, 2**40, 2**62, 2**63 - 1, 7, 1000]


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    kind = rng.randrange(3)
    if kind == 0:
        for _ in range(rng.randint(1, 8)):
            buf[rng.randrange(len(buf))] = rng.randrange(256)
    elif kind == 1:
        buf = buf[: rng.randrange(1, len(buf))]
    else:
        a = rng.randrange(len(buf))
        b = min(len(buf), a + rng.randint(1, 64))
        buf[a:a] = buf[a:b]
    return bytes(buf)


def mutate_proto(model: onnx.ModelProto, rng: random.Random) -> bytes:
    graph = model.graph
    choice = rng.randrange(4)
    if choice == 0 and graph.node:
        node = rng.choice(graph.node)
        ints = [a for a in node.attribute if a.type == onnx.AttributeProto.INT]
        lists = [a for a in node.attribute if a.type == onnx.AttributeProto.INTS]
        if ints:
            rng.choice(ints).i = rng.choice(EXTREMES)
        elif lists and rng.choice(lists).ints:
            attr = rng.choice(lists)
            attr.ints[rng.randrange(len(attr.ints))] = rng.choice(EXTREMES)
        else:
            node.attribute.add(name="axis", type=onnx.AttributeProto.INT,
                               i=rng.choice(EXTREMES))
    elif choice == 1 and graph.initializer:
        init = rng.choice(graph.initializer)
        if init.dims:
            init.dims[rng.randrange(len(init.dims))] = rng.choice(EXTREMES)
        else:
            init.dims.append(rng.choice(EXTREMES))
    elif choice == 2 and graph.input:
        dims = rng.choice(graph.input).type.tensor_type.shape.dim
        if dims:
            dims[rng.randrange(len(dims))].dim_value = rng.choice(EXTREMES)
    elif graph.node:
        node = rng.choice(graph.node)
        if node.input:
            node.input[rng.randrange(len(node.input))] = rng.choice(
                ["", "nope", node.output[0] if node.output else "x"])
    return model.SerializeToString()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("plinth_compile")
    parser.add_argument("workdir")
    parser.add_argument("--cases", type=int, default=120)
    parser.add_argument("--seed", type=int, default=1234)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.workdir, exist_ok=True)
    originals = {}
    for name in SEEDS:
        path = os.path.join(args.workdir, f"{name}.onnx")
        models.write_model(name, path)
        with open(path, "rb") as f:
            originals[name] = f.read()
    failures = 0
    codes = {0: 0, 1: 0, 2: 0}
    for case in range(args.cases):
        name = rng.choice(SEEDS)
        if rng.random() < 0.5:
            data = mutate_bytes(originals[name], rng)
        else:
            data = mutate_proto(onnx.load_from_string(originals[name]), rng)
        path = os.path.join(args.workdir, f"case{case}.onnx")
        with open(path, "wb") as f:
            f.write(data)
        try:
            result = subprocess.run(
                [args.plinth_compile, path, "--emit=mlir", "-o", os.devnull],
                capture_output=True, timeout=60)
        except subprocess.TimeoutExpired:
            print(f"case {case} ({name}): hang (over 60 s)")
            failures += 1
            continue
        if result.returncode in codes:
            codes[result.returncode] += 1
            os.remove(path)
            continue
        failures += 1
        print(f"case {case} ({name}): exit code {result.returncode}; kept {path}")
        print(result.stderr.decode(errors="replace")[-2000:])
    print(f"fuzz: {args.cases} cases, exit codes {codes}, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
