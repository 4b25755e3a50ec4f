#!/usr/bin/env python3
"""Compiles a model with Plinth, runs it, and compares with onnxruntime.

    check_model.py MODEL [--tools DIR] --workdir DIR [--dim NAME=SIZE]...
                   [--int-range NAME=LOW:HIGH]... [--rtol R] [--atol A]
                   [--seed S] [--jit | --artifact PATH] [--compare-jit]
                   [--compile-arg ARG]...

MODEL is a name from test/Importer/ONNX/models.py or a path to an .onnx
file. Inputs are random (seeded):
  * floats from a standard normal distribution;
  * booleans random, except inputs whose name contains "mask";
  * integers in [0, 4), except
      - ids that index an embedding table (a Gather whose data is an
        initializer): [0, rows of the table along the Gather axis),
      - inputs whose name contains "mask": 1s with a few 0s, at least one 1
        per row (the last dim), like a padding mask,
      - --int-range NAME=LOW:HIGH: [LOW, HIGH) (overrides the two above).
Symbolic dims are bound with --dim NAME=SIZE.

The model is compiled with `plinth-compile -o model.so` (extra arguments
with --compile-arg) and run with `plinth-run`; --jit runs the .onnx in
plinth-run's JIT instead, and --artifact PATH runs an already-compiled
artifact (compile once, check several shapes). --compare-jit also JIT-runs the
.onnx on the same input files and requires bit-identical outputs
(np.array_equal). Outputs are read back from .npy and compared: floats with
|got - ref| <= atol + rtol*|ref| (NaN where NaN is expected), integers and
booleans exactly. Prints one line per output and `check_model: PASS`, or
`check_model: FAIL (...)` and exits 1 (`check_model: CRASH (...)` where a
tool died by a signal).
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


def gather_table_rows(model):
    """{input name: rows} for graph inputs used as Gather indices into an
    initializer (embedding ids); the smallest table wins."""
    inits = {t.name: list(t.dims) for t in model.graph.initializer}
    rows = {}
    for node in model.graph.node:
        if node.op_type != "Gather" or len(node.input) < 2 or node.input[0] not in inits:
            continue
        dims = inits[node.input[0]]
        axis = next((a.i for a in node.attribute if a.name == "axis"), 0)
        if not dims or not -len(dims) <= axis < len(dims):
            continue
        size = dims[axis]
        rows[node.input[1]] = min(size, rows.get(node.input[1], size))
    return rows


def padding_mask(shape, dtype, rng):
    """1s with about one in eight 0s, and at least one 1 in every row."""
    mask = rng.random(shape) >= 0.125
    if mask.ndim >= 1 and mask.shape[-1] > 0:
        mask[..., 0] = True
    return mask.astype(dtype)


def make_inputs(session, model, dims, int_ranges, rng):
    table_rows = gather_table_rows(model)
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
        is_int = np.issubdtype(dtype, np.integer)
        if is_int and info.name in int_ranges:
            low, high = int_ranges[info.name]
            feeds[info.name] = rng.integers(low, high, size=shape).astype(dtype)
        elif (is_int or dtype == np.bool_) and "mask" in info.name.lower():
            feeds[info.name] = padding_mask(shape, dtype, rng)
        elif dtype == np.bool_:
            feeds[info.name] = rng.random(shape) < 0.5
        elif is_int:
            high = table_rows.get(info.name, 4)
            feeds[info.name] = rng.integers(0, high, size=shape).astype(dtype)
        else:
            feeds[info.name] = rng.standard_normal(shape).astype(dtype)
    unused = sorted(set(int_ranges) - set(feeds))
    if unused:
        raise SystemExit(f"check_model: --int-range for unknown input(s): {', '.join(unused)}")
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


def parse_bindings(values, option, parse):
    bindings = {}
    for binding in values:
        name, sep, value = binding.partition("=")
        try:
            if not name or not sep:
                raise ValueError
            bindings[name] = parse(value)
        except ValueError:
            raise SystemExit(f"check_model: bad {option} '{binding}'")
    return bindings


def parse_range(value):
    low, high = (int(v) for v in value.split(":"))
    if low >= high:
        raise ValueError
    return low, high


def run_outputs(cmd, out_dir):
    """Runs plinth-run into an empty out_dir; returns an error or None."""
    os.makedirs(out_dir, exist_ok=True)
    for f in os.listdir(out_dir):
        os.remove(os.path.join(out_dir, f))
    result = subprocess.run(cmd + ["--output-dir", out_dir], capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stdout + result.stderr, end="")
        return exit_status("plinth-run", result.returncode)
    return None


def exit_status(tool, code):
    # A tool never dies by a signal (DESIGN.md 4): that is a CRASH, not a
    # FAIL, so a test expecting a known clean failure turns red.
    return f"{tool} killed by signal {-code}" if code < 0 else f"{tool} exit {code}"


def verdict(problem):
    return "CRASH" if "killed by signal" in problem else "FAIL"


def load_output(out_dir, name):
    safe = "".join(c if c.isalnum() or c in "_.-" else "_" for c in name)
    path = os.path.join(out_dir, safe + ".npy")
    return np.load(path) if os.path.exists(path) else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("model")
    parser.add_argument("--tools", default=os.environ.get("PLINTH_TOOLS", ""))
    parser.add_argument("--workdir", required=True)
    parser.add_argument("--dim", action="append", default=[], metavar="NAME=SIZE")
    parser.add_argument("--int-range", action="append", default=[], metavar="NAME=LOW:HIGH")
    parser.add_argument("--rtol", type=float, default=1e-4)
    parser.add_argument("--atol", type=float, default=1e-5)
    parser.add_argument("--seed", type=int, default=0)
    run_mode = parser.add_mutually_exclusive_group()
    run_mode.add_argument("--jit", action="store_true")
    run_mode.add_argument("--artifact", metavar="PATH")
    parser.add_argument("--compare-jit", action="store_true")
    parser.add_argument("--compile-arg", action="append", default=[])
    args = parser.parse_args()
    if args.compare_jit and args.jit:
        parser.error("--compare-jit compares a compiled artifact with the JIT; drop --jit")

    os.makedirs(args.workdir, exist_ok=True)
    if args.model.endswith(".onnx"):
        model_path = args.model
    else:
        model_path = os.path.join(args.workdir, "model.onnx")
        models.write_model(args.model, model_path)
    dims = parse_bindings(args.dim, "--dim", int)
    int_ranges = parse_bindings(args.int_range, "--int-range", parse_range)

    session = ort.InferenceSession(model_path, providers=["CPUExecutionProvider"])
    model = onnx.load(model_path, load_external_data=False)
    feeds = make_inputs(session, model, dims, int_ranges, np.random.default_rng(args.seed))
    refs = session.run(None, feeds)

    tool = lambda name: os.path.join(args.tools, name) if args.tools else name
    if args.jit:
        artifact = model_path
    elif args.artifact:
        artifact = args.artifact
    else:
        artifact = os.path.join(args.workdir, "model.so")
        result = subprocess.run([tool("plinth-compile"), model_path, "-o", artifact,
                                 *args.compile_arg], capture_output=True, text=True)
        if result.returncode != 0:
            print(result.stderr, end="")
            problem = exit_status("plinth-compile", result.returncode)
            print(f"check_model: {verdict(problem)} ({problem})")
            return 1
    inputs = []
    for i, (name, value) in enumerate(feeds.items()):
        path = os.path.join(args.workdir, f"input{i}.npy")
        np.save(path, value)
        inputs += ["--input", f"{name}={path}"]
    out_dir = os.path.join(args.workdir, "outputs")
    error = run_outputs([tool("plinth-run"), artifact, *inputs], out_dir)
    if error:
        print(f"check_model: {verdict(error)} ({error})")
        return 1

    failures = []
    for info, ref in zip(session.get_outputs(), refs):
        got = load_output(out_dir, info.name)
        if got is None:
            problem = f"{info.name}: no output file"
        else:
            problem = compare(info.name, got, np.asarray(ref), args.rtol, args.atol)
        print(f"output {info.name}: {'ok' if problem is None else problem}")
        if problem:
            failures.append(problem)

    if args.compare_jit:
        jit_dir = os.path.join(args.workdir, "outputs-jit")
        error = run_outputs([tool("plinth-run"), model_path, *inputs], jit_dir)
        if error:
            print(f"check_model: {verdict(error)} (JIT: {error})")
            return 1
        for info in session.get_outputs():
            so, jit = load_output(out_dir, info.name), load_output(jit_dir, info.name)
            same = (so is not None and jit is not None and so.dtype == jit.dtype
                    and np.array_equal(so, jit))
            print(f"jit {info.name}: {'identical' if same else 'differs from the artifact'}")
            if not same:
                failures.append(f"jit {info.name}")

    print("check_model: " + ("FAIL" if failures else "PASS"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
