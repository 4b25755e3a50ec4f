#!/usr/bin/env python3
"""Plinth vs onnxruntime on single ops: reductions and elementwise kernels.

    op_bench.py [--ops softmax,layernorm,...] [--threads 2] [--runs 50]
                [--workdir /tmp/plinth-op-bench] [--tools build/bin]

Each op is one small ONNX model at a transformer's shapes (BERT-base: 12
heads, sequence 128, hidden 768). Plinth compiles it (plinth-compile) and
runs it with plinth-run --benchmark; onnxruntime runs the same input with
the same thread count. Prints the median latency of both and the ratio
plinth/onnxruntime (below 1 means Plinth is faster). Not a test: run by
hand, copy the figures into your notes.
"""
import argparse
import os
import subprocess
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from latency_bench import ORT_SCRIPT  # noqa: E402


def model(op, shape, out_shape=None, inits=(), **attrs):
    """One `op` node reading x (and `inits`), writing y."""
    names = ["x"] + [i.name for i in inits]
    node = helper.make_node(op, names, ["y"], **attrs)
    graph = helper.make_graph(
        [node], op, [helper.make_tensor_value_info("x", TensorProto.FLOAT, shape)],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, out_shape or shape)],
        list(inits))
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def cases():
    rng = np.random.default_rng(0)
    hidden = 768
    scale = numpy_helper.from_array(rng.standard_normal(hidden).astype(np.float32), "scale")
    bias = numpy_helper.from_array(rng.standard_normal(hidden).astype(np.float32), "bias")
    return {
        # attention probabilities of one BERT-base layer
        "softmax": model("Softmax", [1, 12, 128, 128], axis=-1),
        "layernorm": model("LayerNormalization", [1, 128, hidden], inits=(scale, bias),
                           axis=-1, epsilon=1e-5),
        "reducesum": model("ReduceSum", [128, 4 * hidden], [128], keepdims=0,
                           inits=(numpy_helper.from_array(np.array([1], np.int64), "axes"),)),
        "reducemax": model("ReduceMax", [128, 4 * hidden], [128, 1],
                           axes=[1], keepdims=1),
        # the MLP activation of one BERT-base layer
        "gelu_tanh": model("Tanh", [1, 128, 4 * hidden]),
        "exp": model("Exp", [1, 128, 4 * hidden]),
    }


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--ops", default=None)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--runs", type=int, default=50)
    p.add_argument("--workdir", default="/tmp/plinth-op-bench")
    p.add_argument("--tools", default=os.path.join(HERE, "..", "build", "bin"))
    a = p.parse_args()
    os.makedirs(a.workdir, exist_ok=True)
    all_cases = cases()
    names = a.ops.split(",") if a.ops else list(all_cases)
    print(f"{'op':10} {'plinth us':>10} {'ort us':>8} {'ratio':>6}")
    for name in names:
        path = os.path.join(a.workdir, f"{name}.onnx")
        onnx.save(all_cases[name], path)
        shape = [d.dim_value for d in all_cases[name].graph.input[0].type.tensor_type.shape.dim]
        x = os.path.join(a.workdir, f"{name}.x.npy")
        np.save(x, np.random.default_rng(1).standard_normal(shape).astype(np.float32))
        so = os.path.join(a.workdir, f"{name}.so")
        subprocess.run([os.path.join(a.tools, "plinth-compile"), path, "-o", so], check=True)
        out = subprocess.run(
            [os.path.join(a.tools, "plinth-run"), so, "--input", f"x={x}",
             "--benchmark", str(a.runs), "--threads", str(a.threads)],
            check=True, capture_output=True, text=True).stdout
        plinth_us = float(out.split("median=")[1].split()[0]) * 1e3
        ort_out = subprocess.run(
            [sys.executable, "-c", ORT_SCRIPT, path, str(a.threads), str(a.runs), f"x={x}"],
            check=True, capture_output=True, text=True).stdout
        ort_us = float(ort_out.split()[1]) * 1e3
        print(f"{name:10} {plinth_us:10.1f} {ort_us:8.1f} {plinth_us / ort_us:6.2f}")


if __name__ == "__main__":
    main()
