#!/usr/bin/env python3
"""Runs the ONNX backend node conformance tests through Plinth.

    run_conformance.py [--all] [--filter REGEX] [--jobs N] [--tools DIR]
                       [--data DIR] [--workdir DIR] [--timeout SECONDS] [--jit]
                       [--no-fold-constant-inputs] [--update-known-failures]
                       [--write-report] [--list] [--json FILE] [--verbose]

Test data: ONNX's node tests (`test_*/model.onnx` with
`test_data_set_N/input_K.pb` and `output_K.pb`). The installed onnx package
ships them in onnx/backend/test/data/node in some versions only; when it does
not, they are generated once from the generators onnx ships
(onnx/backend/test/case/node/*.py, as `backend-test-tools generate-data` does)
into a cache, by default <tools dir>/../conformance-data/node (the build tree),
and reused while the onnx version matches. Nothing is downloaded.

Each test is compiled with `plinth-compile model.onnx -o model.so`, run with
`plinth-run model.so --input NAME=input_K.pb ... --output-dir DIR` and every
output compared with the reference: floats |got - ref| <= atol + rtol*|ref|
(rtol 1e-3, atol 1e-5, NaN where NaN is expected, the same infinities),
integers, booleans and strings exactly; shapes and dtypes must match (a
bfloat16 reference accepts plinth-run's float32 .npy, see plinth-run --help).
ONNX's small types, which plinth-run writes one byte per element (float8,
float4 and float8e8m0 bit patterns and uint4/uint2 as uint8, int4/int2 as
int8), are compared exactly: the integers by value, the floats by value
with NaN matching NaN and -0 matching 0.
A test with a sequence/optional/map graph input or output fails with
"sequence/optional type" (plinth-run feeds and writes tensors only). A tool
killed by a signal is a "crash (signal N)", and a test that runs past
--timeout (compile and run together) a "timeout": both are bugs. --jit runs
the .onnx in plinth-run's JIT instead (about 15% faster; the .so path is the
default because it also covers linking). A failure that looks like the tools
being rebuilt under the run (a tool missing, a truncated library) is rerun
once, after the tools are back.

Constant inputs: Plinth needs some operands at compile time (a Reduce op's
`axes`, Pad's `pads`, TopK's `K`, ...: CONSTANT_OPERANDS below, the operand
positions where Plinth's importer requires a constant), which the node tests
feed as graph inputs. As onnx-mlir's backend test runner does with its
CONSTANT_INPUT inputs, a graph input that feeds only such positions (nothing
else, and no graph output), of an integer type (or a float type for
Resize's `roi` and `scales` and OneHot's `depth`), and whose value the test data set holds, is
folded: the model is copied for that data set with the input turned into an
initializer holding the data set's value, the copy is compiled (each data set
gets its own copy) and run with the remaining inputs. An op's data input is
never folded. --no-fold-constant-inputs turns this off. --verbose and --json
name the folded inputs, and the report marks the tests that pass with folded
inputs.

Which tests: --all runs every node test; the default is the subset (the rule
is in subset()): for every op, its first test by name that is not an
`_expanded` one, and its first `_expanded` (function-body) test if it has
any. --filter REGEX (re.search on the test name) narrows either.

known-failures.txt (beside this script) lists the tests that do not pass,
`test_name  # reason`. Exit status 1, with a list, when a test not in it fails
or a test in it passes; otherwise 0. The last line is `N passed, M failed`
(M counts the expected failures too). --update-known-failures rewrites the
list from the run and --write-report writes docs/Conformance.md (a per-op
table); both need --all (and no --filter). --json FILE writes
{test: {"reason": reason or null, "folded": [folded inputs]}}, a folded input
written `NAME (Op operand)`.
"""
import argparse
import collections
import concurrent.futures
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
SRC_ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
KNOWN_FAILURES = os.path.join(HERE, "known-failures.txt")
REPORT = os.path.join(SRC_ROOT, "docs", "Conformance.md")
RTOL, ATOL = 1e-3, 1e-5

# The operands Plinth needs at compile time, {op type (default domain): {input
# index: operand name}}: where its importer (lib/Importer/ONNX) calls
# requireConstantInts or fails with "'X' must be a constant". The runner folds
# a graph input feeding only these positions into the model (see the
# docstring); keep the table in step with the importer. Resize's `roi` is
# folded with its `scales`/`sizes` (the tf_crop_and_resize mode reads it);
# Slice's `starts`/`ends`, Pad's `constant_value`, Reshape's and Expand's
# `shape` and Range's inputs may be computed at run time, so they stay inputs.
CONSTANT_OPERANDS = {
    **{op: {1: "axes"} for op in ("ReduceL2", "ReduceLogSumExp", "ReduceMax", "ReduceMean",
                                  "ReduceMin", "ReduceProd", "ReduceSum", "ReduceSumSquare",
                                  "ReduceL1", "ReduceLogSum")},
    "CumSum": {1: "axis"},
    "CumProd": {1: "axis"},
    "OneHot": {1: "depth"},
    **{op: {0: "size"} for op in ("HannWindow", "HammingWindow", "BlackmanWindow")},
    "Pad": {1: "pads", 3: "axes"},
    "Resize": {1: "roi", 2: "scales", 3: "sizes"},
    "Slice": {3: "axes", 4: "steps"},
    "Split": {1: "split"},
    "Squeeze": {1: "axes"},
    "Tile": {1: "repeats"},
    "TopK": {1: "K"},
    "Trilu": {1: "k"},
    "Unsqueeze": {1: "axes"},
}
# The (op, operand) positions that may take a float constant; all take integers.
FLOAT_OPERANDS = {("Resize", "roi"), ("Resize", "scales"), ("OneHot", "depth")}

# ---------------------------------------------------------------- test data

def shipped_node_dir():
    import onnx
    path = os.path.join(os.path.dirname(onnx.__file__), "backend", "test", "data", "node")
    return path if os.path.isdir(path) and os.listdir(path) else None


def generate_node_data(cache_dir):
    """Writes onnx's node test cases under cache_dir/node (as cmd_tools's
    generate-data writes model tests). Built in a temporary sibling directory
    and renamed into place, so an interrupted run leaves no partial cache."""
    import warnings
    import onnx
    from onnx import numpy_helper
    import onnx.backend.test.case.node as node_cases

    def to_proto(value, type_proto, name):
        kind = type_proto.WhichOneof("value")
        if kind == "map_type":
            return numpy_helper.from_dict(value, name)
        if kind == "sequence_type":
            return numpy_helper.from_list(value, name)
        if kind == "optional_type":
            return numpy_helper.from_optional(value, name)
        if isinstance(value, onnx.TensorProto):
            return value
        return numpy_helper.from_array(value, name)

    start = time.time()
    print(f"run_conformance: generating the node test data into {cache_dir} "
          f"(onnx {onnx.__version__}) ...", flush=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cases = node_cases.collect_testcases()
    os.makedirs(os.path.dirname(os.path.abspath(cache_dir)), exist_ok=True)
    tmp = tempfile.mkdtemp(prefix=os.path.basename(cache_dir) + ".tmp.",
                           dir=os.path.dirname(os.path.abspath(cache_dir)))
    try:
        for case in cases:
            test_dir = os.path.join(tmp, "node", case.name)
            os.makedirs(test_dir)
            with open(os.path.join(test_dir, "model.onnx"), "wb") as f:
                f.write(case.model.SerializeToString())
            graph = case.model.graph
            for i, (inputs, outputs) in enumerate(case.data_sets):
                data_dir = os.path.join(test_dir, f"test_data_set_{i}")
                os.makedirs(data_dir)
                for prefix, values, infos in (("input", inputs, graph.input),
                                              ("output", outputs, graph.output)):
                    for j, value in enumerate(values):
                        proto = to_proto(value, infos[j].type, infos[j].name)
                        with open(os.path.join(data_dir, f"{prefix}_{j}.pb"), "wb") as f:
                            f.write(proto.SerializeToString())
        with open(os.path.join(tmp, "onnx-version"), "w") as f:
            f.write(onnx.__version__ + "\n")
        if os.path.exists(cache_dir):
            shutil.rmtree(cache_dir)
        try:
            os.rename(tmp, cache_dir)
        except OSError:
            if not os.path.isdir(os.path.join(cache_dir, "node")):  # else: a parallel run won
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"run_conformance: generated {len(cases)} node tests in "
          f"{time.time() - start:.1f} s", flush=True)


def node_data_dir(args):
    if args.data:
        return args.data
    shipped = shipped_node_dir()
    if shipped:
        return shipped
    import onnx
    cache = os.path.join(os.path.dirname(args.tools), "conformance-data")
    stamp = os.path.join(cache, "onnx-version")
    current = os.path.exists(stamp) and open(stamp).read().strip() == onnx.__version__
    if not current:
        generate_node_data(cache)
    return os.path.join(cache, "node")


def op_of_tests(data_dir, names):
    """{test: op}: the op of a node test's single node (domain-qualified
    outside ai.onnx); an `_expanded` test (the op's function body) takes the
    op of the test it expands."""
    import onnx
    ops = {}

    def direct(name):
        model = onnx.load(os.path.join(data_dir, name, "model.onnx"), load_external_data=False)
        node = model.graph.node[0] if model.graph.node else None
        if node is None:
            return "(empty)"
        return node.op_type if node.domain in ("", "ai.onnx") else f"{node.domain}.{node.op_type}"

    for name in names:
        base = re.sub(r"_expanded(_ver\d+)?$", "", name)
        if base != name and base in names:
            continue
        ops[name] = direct(name)
    for name in names:
        if name not in ops:
            ops[name] = ops[re.sub(r"_expanded(_ver\d+)?$", "", name)]
    return ops


# Added to the subset: the small element types (one element per byte once
# lowered), which the first-test-per-op rule does not reach.
SUBSET_EXTRA = (
    "test_cast_FLOAT_to_FLOAT8E4M3FN", "test_cast_no_saturate_FLOAT_to_FLOAT8E5M2",
    "test_cast_FLOAT8E4M3FNUZ_to_FLOAT", "test_cast_FLOAT_to_FLOAT4E2M1",
    "test_cast_FLOAT_to_INT4", "test_cast_UINT4_to_FLOAT", "test_cast_INT2_to_INT8",
    "test_quantizelinear_e4m3fn", "test_dequantizelinear_int4",
)


def subset(ops):
    """The default (lit) subset: for every op, its first test by name that is
    not an `_expanded` one, and its first `_expanded` test (the op's function
    body, built from other ops) if it has any, plus SUBSET_EXTRA.
    Deterministic: it depends only on the test names and their ops."""
    by_op = collections.defaultdict(list)
    for name in sorted(ops):
        by_op[ops[name]].append(name)
    chosen = []
    for names in by_op.values():
        for expanded in (False, True):
            group = [n for n in names if ("_expanded" in n) == expanded]
            if group:
                chosen.append(group[0])
    chosen += [name for name in SUBSET_EXTRA if name in ops and name not in chosen]
    return sorted(chosen)


# ---------------------------------------------------------------- one test

class ToolError(Exception):
    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def run_tool(cmd, deadline, tool):
    """Runs cmd in its own process group (plinth-compile runs `cc`), killed
    as a group at the deadline. Returns the CompletedProcess; raises
    ToolError for a timeout or a signal."""
    remaining = deadline - time.time()
    if remaining <= 0:
        raise ToolError("timeout")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            errors="replace", start_new_session=True)
    try:
        out, err = proc.communicate(timeout=remaining)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.communicate()
        raise ToolError(f"timeout ({tool})")
    if proc.returncode < 0:
        sig = -proc.returncode
        try:
            sig_name = signal.Signals(sig).name
        except ValueError:
            sig_name = "?"
        msg = first_message(err)
        raise ToolError(f"crash (signal {sig} {sig_name}) in {tool}" + (f": {msg}" if msg else ""))
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def message_lines(text):
    """A tool's stderr without its prefixes, notes, and header lines that
    only introduce the next line ("error: unsupported model 'PATH':",
    "compilation failed:")."""
    lines = []
    for line in (text or "").splitlines():
        line = re.sub(r"^\S*(plinth-compile|plinth-run)\S*:\s*", "", line.strip())
        line = re.sub(r"^(error|warning):\s*", "", line)
        line = re.sub(r"^loc\(\"([^\"]*)\"\):\s*", r"\1: ", line)
        line = re.sub(r"\s+", " ", line).strip()
        if line and not line.startswith("note:"):
            lines.append(line)
    return [l for i, l in enumerate(lines) if not (l.endswith(":") and i + 1 < len(lines))]


def shorten(text, limit=110):
    text = re.sub(r"'(/[^']*)'", lambda m: "'" + os.path.basename(m.group(1)) + "'", text)
    text = re.sub(r"(?<![\w'])/\S*/([^/\s:']+)", r"\1", text)
    text = re.sub(r"'[^']{40,}'", "'...'", text)
    return text if len(text) <= limit else text[:limit - 3] + "..."


def first_message(text, limit=110):
    """The most telling line of a tool's stderr, shortened."""
    lines = message_lines(text)
    pick = next((l for l in lines if re.search(
        r"error|unsupported|not supported|cannot|can't|failed|invalid|mismatch|expected", l, re.I)),
        lines[0] if lines else "")
    pick = re.sub(r"^node #\d+ \(([^)]*)\):", r"\1:", pick)
    return shorten(pick, limit)


def compile_reason(result):
    text = " ".join(message_lines(result.stderr))
    msg = first_message(result.stderr)
    if result.returncode == 2:
        m = re.search(r"op \(([^,]*), ([^,]+), \d+\) is not supported", text)
        if m:
            domain = "" if m.group(1) in ("", "ai.onnx") else m.group(1) + "."
            return f"unsupported op {domain}{m.group(2)}"
        m = re.search(r"unsupported (?:element type |data type |dtype )?'?([A-Z][A-Z0-9]+)\b'?", text)
        if m and re.search(r"type|dtype|FLOAT|INT|BOOL|STRING|COMPLEX", m.group(1) + text):
            return f"unsupported dtype {m.group(1)}"
        return f"unsupported: {msg}" if msg else "unsupported (exit 2)"
    return f"compile error: {msg}" if msg else f"compile error (exit {result.returncode})"


def load_proto_tensor(path):
    import onnx
    from onnx import numpy_helper
    tensor = onnx.TensorProto()
    with open(path, "rb") as f:
        tensor.ParseFromString(f.read())
    return numpy_helper.to_array(tensor)


def is_float(dtype):
    import numpy as np
    return np.issubdtype(dtype, np.floating) or dtype.name.startswith(("bfloat16", "float8", "float4"))


# ONNX's small types, as ml_dtypes names them (numpy_helper.to_array's
# dtypes), and the dtype of plinth-run's .npy for each: one byte per element.
SMALL_INT_DTYPES = {"int4": "int8", "int2": "int8", "uint4": "uint8", "uint2": "uint8"}
SMALL_FLOAT_PREFIXES = ("float8", "float4")


def compare_small(name, got, ref):
    """Compares plinth-run's bytes `got` with a reference of one of ONNX's
    small types (an ml_dtypes array); None if they agree."""
    import numpy as np
    small_int = ref.dtype.name in SMALL_INT_DTYPES
    storage = SMALL_INT_DTYPES[ref.dtype.name] if small_int else "uint8"
    if got.dtype != np.dtype(storage):
        return f"wrong dtype {name}: {got.dtype} != expected {ref.dtype} (as {storage})"
    if small_int:
        bad = got.astype(np.int64) != ref.astype(np.int64)
    else:
        if ref.dtype.name.startswith("float4") and (got > 0x0F).any():
            return (f"wrong result {name} ({ref.dtype} elements with bits 4-7 set: "
                    f"{int((got > 0x0F).sum())}/{ref.size} elements)")
        # == takes -0 for 0; NaN must match NaN.
        g, r = got.view(ref.dtype).astype(np.float64), ref.astype(np.float64)
        bad = ~((g == r) | (np.isnan(g) & np.isnan(r)))
    if bad.any():
        return f"wrong result {name} (exact comparison: {int(bad.sum())}/{ref.size} elements differ)"
    return None


def compare(name, got, ref):
    import numpy as np
    if got.shape != ref.shape:
        return f"wrong shape {name}: {list(got.shape)} != expected {list(ref.shape)}"
    if ref.dtype.name in SMALL_INT_DTYPES or ref.dtype.name.startswith(SMALL_FLOAT_PREFIXES):
        return compare_small(name, got, ref)
    if got.dtype != ref.dtype and not (ref.dtype.name == "bfloat16" and got.dtype == np.float32):
        return f"wrong dtype {name}: {got.dtype} != expected {ref.dtype}"
    if is_float(ref.dtype):
        g, r = got.astype(np.float64), ref.astype(np.float64)
        close = np.isclose(g, r, rtol=RTOL, atol=ATOL, equal_nan=True)
        if not close.all():
            diff = np.abs(g - r)[~close]
            finite = diff[np.isfinite(diff)]
            nan_or_inf = finite.size < diff.size
            err = f"max abs diff {finite.max():.3g}" if finite.size else "NaN/inf mismatch"
            if finite.size and nan_or_inf:
                err += ", NaN/inf mismatch"
            return f"wrong result {name} ({err}, {int((~close).sum())}/{close.size} elements)"
        return None
    if ref.dtype == object or got.dtype == object:
        same = got.shape == ref.shape and all(
            (a.decode() if isinstance(a, bytes) else a) == (b.decode() if isinstance(b, bytes) else b)
            for a, b in zip(got.ravel(), ref.ravel()))
    else:
        same = np.array_equal(got, ref)
    if not same:
        bad = int((got != ref).sum()) if ref.dtype != object else "some"
        return f"wrong result {name} (exact comparison: {bad}/{ref.size} elements differ)"
    return None


def safe_name(name):
    return "".join(c if c.isascii() and (c.isalnum() or c in "_.-") else "_" for c in name)


# Failures that say the tools were being rebuilt while the test ran, not
# that the test fails: run_test waits for the tools and reruns the test once.
TRANSIENT = re.compile(r"PermissionError|FileNotFoundError|OSError|file too short|Text file busy|"
                       r"[Ee]xec format error|cannot open shared object file|"
                       r"(plinth-compile|plinth-run|libplinth\w*\.so)\S*: (No such file|Permission denied)")


def wait_for_tools(tools, limit=300):
    """Waits (up to limit seconds) while a tool is missing or not executable."""
    needed = [os.path.join(tools, t) for t in ("plinth-compile", "plinth-run")]
    end = time.time() + limit
    while time.time() < end and not all(os.access(t, os.X_OK) for t in needed):
        time.sleep(2)


def run_test(name, data_dir, tools, workdir, timeout, jit=False, fold=True):
    """Returns (test name, None if it passed else a one-line reason, seconds,
    the folded inputs as `NAME (Op operand)`)."""
    wait_for_tools(tools)
    result = _run_test_once(name, data_dir, tools, workdir, timeout, jit, fold)
    if result[1] is not None and TRANSIENT.search(result[1]):
        time.sleep(5)
        wait_for_tools(tools)
        result = _run_test_once(name, data_dir, tools, workdir, timeout, jit, fold)
    return result


def _run_test_once(name, data_dir, tools, workdir, timeout, jit, fold):
    start = time.time()
    work = os.path.join(workdir, name)
    folded = []
    try:
        reason = _run_test(name, data_dir, tools, work, start + timeout, jit, fold, folded)
    except ToolError as e:
        reason = e.reason
        if reason.startswith("timeout"):
            reason = f"timeout after {timeout:g} s" + reason[len("timeout"):]
    except Exception as e:  # a broken test directory, not a Plinth failure
        reason = f"runner error: {type(e).__name__}: {e}"
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return name, reason, time.time() - start, folded


INT_TYPES = {2, 3, 4, 5, 6, 7, 12, 13}  # onnx.TensorProto UINT8 ... UINT64
FLOAT_TYPES = {1, 10, 11, 16}  # FLOAT, FLOAT16, DOUBLE, BFLOAT16


def names_used_in_subgraphs(node):
    """The value names the graphs in node's attributes (If, Loop, Scan
    bodies) read, at any depth."""
    import onnx
    used = set()
    for attr in node.attribute:
        graphs = list(attr.graphs) + ([attr.g] if attr.type == onnx.AttributeProto.GRAPH else [])
        for graph in graphs:
            for inner in graph.node:
                used.update(inner.input)
                used |= names_used_in_subgraphs(inner)
    return used


def foldable_inputs(graph, inputs):
    """{k: `NAME (Op operand)`} for the fed graph inputs inputs[k] that can be
    folded (see CONSTANT_OPERANDS): used only as CONSTANT_OPERANDS positions,
    not a graph output, of an integer type (a float type for FLOAT_OPERANDS)."""
    uses = collections.defaultdict(list)  # name -> [(op, operand)]
    other = {v.name for v in graph.output}
    for node in graph.node:
        table = CONSTANT_OPERANDS.get(node.op_type, {}) if node.domain in ("", "ai.onnx") else {}
        for i, value in enumerate(node.input):
            if i in table:
                uses[value].append((node.op_type, table[i]))
            else:
                other.add(value)
        other |= names_used_in_subgraphs(node)
    foldable = {}
    for k, info in enumerate(inputs):
        if info.name not in uses or info.name in other:
            continue
        elem = info.type.tensor_type.elem_type if info.type.HasField("tensor_type") else None
        if all(elem in INT_TYPES or (use in FLOAT_OPERANDS and elem in FLOAT_TYPES)
               for use in uses[info.name]):
            ops = ", ".join(f"{op} {operand}" for op, operand in sorted(set(uses[info.name])))
            foldable[k] = f"{info.name} ({ops})"
    return foldable


def folded_model(model, inputs, folds, data, path):
    """Writes to path a copy of model with the inputs inputs[k] (k in folds)
    turned into initializers holding data's input_K.pb."""
    import onnx
    copy = onnx.ModelProto()
    copy.CopyFrom(model)
    names = {inputs[k].name: k for k in folds}
    kept = [v for v in copy.graph.input if v.name not in names]
    del copy.graph.input[:]
    copy.graph.input.extend(kept)
    for value, k in names.items():
        tensor = onnx.TensorProto()
        with open(os.path.join(data, f"input_{k}.pb"), "rb") as f:
            tensor.ParseFromString(f.read())
        tensor.name = value
        copy.graph.initializer.append(tensor)
    onnx.save(copy, path)
    return path


def _run_test(name, data_dir, tools, work, deadline, jit, fold, folded):
    """The reason the test fails, None if it passes; appends the inputs it
    folds to folded."""
    import onnx
    import numpy as np
    test_dir = os.path.join(data_dir, name)
    model_path = os.path.join(test_dir, "model.onnx")
    model = onnx.load(model_path, load_external_data=False)
    graph = model.graph
    initializers = {t.name for t in graph.initializer}
    inputs = [v for v in graph.input if v.name not in initializers]
    non_tensor = [v for v in list(graph.input) + list(graph.output)
                  if v.type.WhichOneof("value") != "tensor_type"]
    os.makedirs(work, exist_ok=True)

    def compile_model(path, artifact):
        """The artifact plinth-run runs, or the reason it cannot be built."""
        if jit:
            return path, None
        result = run_tool([os.path.join(tools, "plinth-compile"), path, "-o", artifact],
                          deadline, "plinth-compile")
        return artifact, (compile_reason(result) if result.returncode != 0 else None)

    if non_tensor:
        if not jit:  # a crash compiling it is still a crash
            compile_model(model_path, os.path.join(work, "model.so"))
        return "sequence/optional type"

    data_sets = sorted((d for d in os.listdir(test_dir) if d.startswith("test_data_set_")),
                       key=lambda d: int(d.rsplit("_", 1)[1]))
    if not data_sets:
        return "runner error: no test_data_set"
    foldable = foldable_inputs(graph, inputs) if fold else {}
    artifacts = {}  # folded data set (or None: nothing folded) -> artifact
    for data_set in data_sets:
        data = os.path.join(test_dir, data_set)
        count = 0
        while os.path.exists(os.path.join(data, f"input_{count}.pb")):
            count += 1
        if count > len(inputs):
            return f"runner error: {data_set} has more inputs than the model"
        folds = {k: what for k, what in foldable.items() if k < count}
        key = data_set if folds else None
        if key not in artifacts:
            if folds:
                path = folded_model(model, inputs, folds, data,
                                    os.path.join(work, f"model-{data_set}.onnx"))
                folded.extend(w for w in folds.values() if w not in folded)
            else:
                path = model_path
            artifact, problem = compile_model(
                path, os.path.join(work, f"model-{data_set}.so" if folds else "model.so"))
            if problem:
                return problem
            artifacts[key] = artifact
        cmd = [os.path.join(tools, "plinth-run"), artifacts[key]]
        for k in range(count):
            if k not in folds:
                cmd += ["--input", f"{inputs[k].name}={os.path.join(data, f'input_{k}.pb')}"]
        out_dir = os.path.join(work, "out-" + data_set)
        os.makedirs(out_dir)
        result = run_tool(cmd + ["--output-dir", out_dir], deadline, "plinth-run")
        if result.returncode != 0:
            msg = first_message(result.stderr)
            if jit and result.returncode == 2:
                return compile_reason(result)
            if result.returncode == 2:
                return f"unsupported at run time: {msg}" if msg else "unsupported at run time (exit 2)"
            return f"run-time error: {msg}" if msg else f"run-time error (exit {result.returncode})"
        for j, info in enumerate(graph.output):
            ref_path = os.path.join(data, f"output_{j}.pb")
            if not os.path.exists(ref_path):
                continue
            ref = load_proto_tensor(ref_path)
            got_path = os.path.join(out_dir, safe_name(info.name) + ".npy")
            if not os.path.exists(got_path):
                return f"missing output {info.name}"
            got = np.load(got_path, allow_pickle=True)
            problem = compare(info.name, got, ref)
            if problem:
                return problem
        shutil.rmtree(out_dir, ignore_errors=True)
    return None


# ---------------------------------------------------------------- lists, report

def read_known_failures():
    known = {}
    if not os.path.exists(KNOWN_FAILURES):
        return known
    with open(KNOWN_FAILURES) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, _, reason = line.partition("#")
            known[name.strip()] = reason.strip()
    return known


def write_known_failures(failures):
    with open(KNOWN_FAILURES, "w") as f:
        f.write("# ONNX backend node tests that do not pass with Plinth, `test_name  # reason`.\n"
                "# Generated by: run_conformance.py --all --update-known-failures\n"
                "# (test/Conformance/run_conformance.py; see its docstring).\n")
        for name in sorted(failures):
            f.write(f"{name}  # {failures[name]}\n")


def write_report(results, ops, folded):
    """folded: {test: its folded inputs}, None for a run that folded none."""
    import onnx
    total = len(results)
    passed = sum(1 for r in results.values() if r is None)
    folded_pass = {n for n in results if results[n] is None and folded and folded[n]}
    by_op = collections.defaultdict(list)
    for name in sorted(results):
        by_op[ops[name]].append(name)
    reasons = collections.Counter(reason_category(r) for r in results.values() if r is not None)
    lines = [
        "# ONNX backend node conformance",
        "",
        "<!-- Generated by test/Conformance/run_conformance.py --all --write-report; do not edit. -->",
        "",
        f"Plinth against the ONNX backend node tests of onnx {onnx.__version__} "
        f"(`onnx/backend/test/case/node`), compiled with `plinth-compile` and run with "
        f"`plinth-run`; floats compared with rtol {RTOL:g}, atol {ATOL:g}, everything else exactly.",
        "",
        f"**{passed} / {total} tests pass ({100.0 * passed / total:.1f}%)**, "
        f"{sum(1 for v in by_op.values() if all(results[n] is None for n in v))} of "
        f"{len(by_op)} ops pass all their tests"
        + (f"; {len(folded_pass)} of the passing tests pass with constant inputs folded "
           f"from the test data (below)." if folded else "."),
        "",
    ]
    if folded:
        lines += [
            "Constant inputs: Plinth needs the operands below at compile time, which the node "
            "tests feed as graph inputs. As in onnx-mlir's backend tests (CONSTANT_INPUT), the "
            "runner folds such an input into a copy of the model, as an initializer holding the "
            "test data's value, when it feeds only these operands (an integer one, or a float "
            "Resize `roi`/`scales` or OneHot `depth`; `roi` is folded with `scales`/`sizes`, only the "
            "tf_crop_and_resize mode reads it); an op's data input is never folded. A test that "
            "passes with folded inputs is counted in the *Folded* column. "
            "`--no-fold-constant-inputs` runs without folding.",
            "",
            "| Op | Folded operands (input index) |",
            "|---|---|",
        ]
        for op in sorted(CONSTANT_OPERANDS):
            lines.append(f"| {op} | " + ", ".join(
                f"`{operand}` ({i})" for i, operand in sorted(CONSTANT_OPERANDS[op].items())) + " |")
        lines.append("")
    else:
        lines += ["Run without constant-input folding (`--no-fold-constant-inputs`).", ""]
    lines += [
        "Run: `python3 test/Conformance/run_conformance.py --all` (the lit test "
        "`test/Conformance/conformance-subset.test` runs a subset). "
        "Failing tests and their reasons: `test/Conformance/known-failures.txt`.",
        "",
        "## Failures by reason",
        "",
        "| Reason | Tests |",
        "|---|---:|",
    ]
    for reason, count in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"| `{md(reason)}` | {count} |")
    lines += ["", "## By op", ""]
    if folded:
        lines += ["*Folded*: passing tests that pass with constant inputs folded from the test data.",
                  "", "| Op | Passing / total | Folded | Failing tests |", "|---|---:|---:|---|"]
    else:
        lines += ["| Op | Passing / total | Failing tests |", "|---|---:|---|"]
    for op in sorted(by_op, key=str.lower):
        names = by_op[op]
        failing = [n for n in names if results[n] is not None]
        ok = len(names) - len(failing)
        count = sum(1 for n in names if n in folded_pass)
        lines.append(f"| {md(op)} | {ok} / {len(names)} | "
                     + (f"{count or ''} | " if folded else "")
                     + f"{', '.join('`' + md(n) + '`' for n in failing)} |")
    os.makedirs(os.path.dirname(REPORT), exist_ok=True)
    with open(REPORT, "w") as f:
        f.write("\n".join(lines) + "\n")


def md(text):
    return text.replace("|", "\\|")


def reason_category(reason):
    """A failure reason without its test-specific details (numbers, names)."""
    r = reason
    m = re.match(r"(crash \(signal \d+[^)]*\)|timeout|wrong (result|shape|dtype)|unsupported (op|dtype) \S+|"
                 r"sequence/optional type)", r)
    if m:
        return m.group(1)
    r = r.split(";")[0]
    r = re.sub(r"'[^']*'", "'...'", r)
    r = re.sub(r"(?<![A-Za-z_])-?\d[\d.e+-]*", "N", r)
    return r[:100]


# ---------------------------------------------------------------- main

def resolve_tools(value):
    if value:
        # A path to plinth-compile or plinth-run stands for its directory (lit
        # substitutes a tool name in a RUN line with the tool's path).
        path = os.path.abspath(value)
        return os.path.dirname(path) if os.path.isfile(path) else path
    env = os.environ.get("PLINTH_TOOLS")
    if env:
        return os.path.abspath(env)
    found = shutil.which("plinth-compile")
    if found:
        return os.path.dirname(os.path.abspath(found))
    return os.path.join(SRC_ROOT, "build", "bin")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("--all", action="store_true", help="run every node test (default: the subset)")
    parser.add_argument("--filter", metavar="REGEX", help="only tests whose name matches (re.search)")
    parser.add_argument("--jobs", "-j", type=int, default=2, help="tests run at once (default 2)")
    parser.add_argument("--tools", metavar="DIR",
                        help="directory of plinth-compile and plinth-run, or the path of one of "
                             "them (default: $PLINTH_TOOLS, else plinth-compile on PATH, else build/bin)")
    parser.add_argument("--data", metavar="DIR", help="node test directory (default: onnx's, else "
                        "generated into <tools>/../conformance-data/node)")
    parser.add_argument("--workdir", metavar="DIR", help="scratch directory (default: a temporary one)")
    parser.add_argument("--timeout", type=float, default=60, help="seconds per test (default 60)")
    parser.add_argument("--jit", action="store_true",
                        help="run the .onnx in plinth-run's JIT instead of compiling a .so")
    parser.add_argument("--no-fold-constant-inputs", dest="fold", action="store_false",
                        help="feed the inputs that CONSTANT_OPERANDS positions read as inputs, "
                             "instead of folding them into the model from the test data")
    parser.add_argument("--update-known-failures", action="store_true",
                        help="rewrite known-failures.txt from the run (needs --all)")
    parser.add_argument("--write-report", action="store_true",
                        help="write docs/Conformance.md from the run (needs --all)")
    parser.add_argument("--list", action="store_true", help="print the selected tests and their ops, run nothing")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every test's result")
    parser.add_argument("--json", metavar="FILE", help="also write {test: reason or null} to FILE")
    args = parser.parse_args()
    if (args.update_known_failures or args.write_report) and (not args.all or args.filter):
        parser.error("--update-known-failures and --write-report need --all without --filter")
    args.tools = resolve_tools(args.tools)
    for tool in ("plinth-compile", "plinth-run"):
        if not os.access(os.path.join(args.tools, tool), os.X_OK):
            parser.error(f"no {tool} in {args.tools} (use --tools)")

    data_dir = node_data_dir(args)
    all_names = sorted(d for d in os.listdir(data_dir)
                       if d.startswith("test_") and os.path.isfile(os.path.join(data_dir, d, "model.onnx")))
    ops = op_of_tests(data_dir, set(all_names))
    names = all_names if args.all else subset(ops)
    if args.filter:
        names = [n for n in names if re.search(args.filter, n)]
    if args.list:
        for n in names:
            print(f"{n}  {ops[n]}")
        print(f"{len(names)} tests, {len(set(ops[n] for n in names))} ops")
        return 0
    known = read_known_failures()

    workdir = args.workdir or tempfile.mkdtemp(prefix="plinth-conformance.")
    os.makedirs(workdir, exist_ok=True)
    print(f"run_conformance: {len(names)} tests from {data_dir}, tools {args.tools}, "
          f"{args.jobs} jobs" + ("" if args.fold else ", no constant-input folding"), flush=True)
    start = time.time()
    results, times, folded = {}, {}, {}
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            futures = [pool.submit(run_test, n, data_dir, args.tools, workdir, args.timeout,
                                   args.jit, args.fold)
                       for n in names]
            for done, future in enumerate(concurrent.futures.as_completed(futures), 1):
                name, reason, seconds, folded[name] = future.result()
                results[name], times[name] = reason, seconds
                if args.verbose:
                    print(f"[{done}/{len(names)}] {'PASS' if reason is None else 'FAIL'} {name}"
                          + (f"  # {reason}" if reason else "")
                          + (f"  [folded: {'; '.join(folded[name])}]" if folded[name] else "")
                          + f"  ({seconds:.1f} s)", flush=True)
                elif done % 100 == 0:
                    print(f"run_conformance: {done}/{len(names)} done", flush=True)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    wall = time.time() - start

    failures = {n: r for n, r in results.items() if r is not None}
    unexpected = sorted(n for n in failures if n not in known)
    unexpected_pass = sorted(n for n in results if results[n] is None and n in known)
    expected = sorted(n for n in failures if n in known)
    crashes = sorted(n for n, r in failures.items() if r.startswith(("crash", "timeout")))
    changed = sorted(n for n in expected if known[n] != failures[n])

    if args.json:
        with open(args.json, "w") as f:
            json.dump({n: {"reason": results[n], "folded": folded[n]} for n in sorted(results)},
                      f, indent=1, sort_keys=True)
    if args.update_known_failures:
        write_known_failures(failures)
        print(f"run_conformance: wrote {KNOWN_FAILURES} ({len(failures)} tests: "
              f"{len(unexpected)} added, {len(unexpected_pass)} removed, "
              f"{sum(1 for n in known if n not in results)} no longer exist)")
    if args.write_report:
        write_report(results, ops, folded if args.fold else None)
        print(f"run_conformance: wrote {REPORT}")

    if crashes:
        print(f"\nCrashes and timeouts ({len(crashes)}), bugs:")
        for n in crashes:
            print(f"  {n}  # {failures[n]}")
    if changed and args.verbose:
        print(f"\nExpected failures whose reason changed ({len(changed)}):")
        for n in changed:
            print(f"  {n}  # was: {known[n]}; now: {failures[n]}")
    updated = args.update_known_failures
    if updated:  # the list now matches the run
        expected, unexpected, unexpected_pass = sorted(failures), [], []
    if unexpected:
        print(f"\nUnexpected failures ({len(unexpected)}), not in known-failures.txt:")
        for n in unexpected:
            print(f"  {n}  # {failures[n]}")
    if unexpected_pass:
        print(f"\nUnexpectedly passed ({len(unexpected_pass)}): remove it from known-failures.txt")
        for n in unexpected_pass:
            print(f"  {n}  # was: {known[n]}")
    slowest = sorted(times, key=times.get, reverse=True)[:3]
    print(f"\nrun_conformance: {wall:.1f} s wall; slowest: "
          + ", ".join(f"{n} {times[n]:.1f} s" for n in slowest))
    folded_passes = sum(1 for n in results if results[n] is None and folded[n])
    if args.fold:
        print(f"run_conformance: {sum(1 for n in folded if folded[n])} tests with folded "
              f"constant inputs, {folded_passes} of them pass")
    print(f"{len(expected)} expected failures, {len(unexpected)} unexpected failures, "
          f"{len(unexpected_pass)} unexpected passes")
    print(f"{len(results) - len(failures)} passed, {len(failures)} failed")
    return 1 if unexpected or unexpected_pass else 0


if __name__ == "__main__":
    sys.exit(main())
