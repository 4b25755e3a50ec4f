#!/usr/bin/env python3
"""Compiles a model with Plinth, runs it, and compares with onnxruntime.

    check_model.py MODEL [--tools DIR] [--workdir DIR] [--dim NAME=SIZE]...
                   [--rtol R] [--atol A] [--seed S] [--jit]

MODEL is a name from test/Importer/ONNX/models.py or a path to an .onnx
file. Inputs are random (seeded): floats from a normal distribution, integer
inputs in [0, 4) (or within the first dim of the table for embedding ids),
booleans random. The model is compiled with `plinth-compile -o model.so` and
run with `plinth-run` (or JIT-compiled from the .onnx with --jit), outputs
read back from .npy and compared: floats with |got - ref| <= atol + rtol*|ref|
(NaN where NaN is expected), integers and booleans exactly. Prints one line
per output and `check_model: PASS` or exits 1 with `check_model: FAIL`.
"""
import argparse
import os
import subprocess
import sys

sys.dont_write_bytecode = True
import numpy as np  # noqa: E402
import onnx  # noqa: E402
import onnxruntime as ort  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "Importer", "ONNX"))
import models  # noqa: E402

NP_TYPES = {
    "tensor(float)": np.float32, "tensor(double)": np.float64,
    "tensor(float16)": np.float16, "tensor(int64)": np.int64,
    "tensor(int32)": np.int32, "tensor(int8)": np.int8, "tensor(uint8)": np.uint8,
    "tensor(int16)": np.int16, "tensor(bool)": np.bool_,
}


def make_inputs(session, dims, rng):
    feeds = {}
    for info in session.get_inputs():
        shape = []
        for d in info.shape:
            if isinstance(d, int):
                shape.append(d)
            elif d in dims:
                shape.append(dims[d])
            else:
                raise SystemExit(f"check_model: bind symbolic dim '{d}' with --dim")
        dtype = NP_TYPES[info.type]
        if dtype == np.bool_:
            feeds[info.name] = rng.random(shape) < 0.5
        elif np.issubdtype(dtype, np.integer):
            feeds[info.name] = rng.integers(0, 4, size=shape).astype(dtype)
        else:
            feeds[info.name] = rng.standard_normal(shape).astype(dtype)
    return feeds


def compare(name, got, ref, rtol, atol):
    if got.shape != ref.shape:
        return f"{name}: shape {got.shape} != expected {ref.shape}"
    if got.dtype != ref.dtype:
        return f"{name}: dtype {got.dtype} != expected {ref.dtype}"
    if np.issubdtype(ref.dtype, np.floating):
        g, r = got.astype(np.float64), ref.astype(np.float64)
        nan_ok = np.isnan(g) == np.isnan(r)
        close = np.isclose(g, r, rtol=rtol, atol=atol, equal_nan=True)
        if not (nan_ok.all() and close.all()):
            bad = np.argwhere(~close)[:3].tolist()
            err = np.nanmax(np.abs(g - r)) if g.size else 0
            return f"{name}: max abs error {err:.3g}; first mismatches at {bad}"
        return None
    if not np.array_equal(got, ref):
        return f"{name}: values differ (exact comparison)"
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("model")
    parser.add_argument("--tools", default=os.environ.get("PLINTH_TOOLS", ""))
    parser.add_argument("--workdir", required=True)
    parser.add_argument("--dim", action="append", default=[])
    parser.add_argument("--rtol", type=float, default=1e-4)
    parser.add_argument("--atol", type=float, default=1e-5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jit", action="store_true")
    parser.add_argument("--compile-arg", action="append", default=[])
    args = parser.parse_args()

    os.makedirs(args.workdir, exist_ok=True)
    if args.model.endswith(".onnx"):
        model_path = args.model
    else:
        model_path = os.path.join(args.workdir, "model.onnx")
        models.write_model(args.model, model_path)
    dims = {}
    for binding in args.dim:
        name, value = binding.split("=")
        dims[name] = int(value)

    session = ort.InferenceSession(model_path, providers=["CPUExecutionProvider"])
    feeds = make_inputs(session, dims, np.random.default_rng(args.seed))
    refs = session.run(None, feeds)

    tool = lambda name: os.path.join(args.tools, name) if args.tools else name
    artifact = model_path
    if not args.jit:
        artifact = os.path.join(args.workdir, "model.so")
        result = subprocess.run([tool("plinth-compile"), model_path, "-o", artifact,
                                 *args.compile_arg], capture_output=True, text=True)
        if result.returncode != 0:
            print(result.stderr)
            print(f"check_model: FAIL (plinth-compile exit {result.returncode})")
            return 1
    out_dir = os.path.join(args.workdir, "outputs")
    os.makedirs(out_dir, exist_ok=True)
    for f in os.listdir(out_dir):
        os.remove(os.path.join(out_dir, f))
    cmd = [tool("plinth-run"), artifact, "--output-dir", out_dir]
    for i, (name, value) in enumerate(feeds.items()):
        path = os.path.join(args.workdir, f"input{i}.npy")
        np.save(path, value)
        cmd += ["--input", f"{name}={path}"]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stdout + result.stderr)
        print(f"check_model: FAIL (plinth-run exit {result.returncode})")
        return 1

    failures = []
    for info, ref in zip(session.get_outputs(), refs):
        safe = "".join(c if c.isalnum() or c in "_.-" else "_" for c in info.name)
        got = np.load(os.path.join(out_dir, safe + ".npy"))
        problem = compare(info.name, got, np.asarray(ref), args.rtol, args.atol)
        print(f"output {info.name}: {'ok' if problem is None else problem}")
        if problem:
            failures.append(problem)
    print("check_model: " + ("FAIL" if failures else "PASS"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
