#!/usr/bin/env python3
"""Writes the data-*.mlir execution tests of the data-movement lowerings.

Every expected value comes from numpy or onnxruntime (the ONNX op run on the
same inputs), never from Plinth; where ONNX calls an input an error and
Plinth defines the result (clamped indices), the case says so and numpy
computes the defined result. Exact values are checked as printed (6
significant digits); interpolated ones (resize) keep the reference's leading
5 significant digits (4 or 3 where the last straddles a rounding boundary)
followed by `{{[0-9]*}}`, about 1e-4 relative. With --verify (needs
build/bin/plinth-opt, or $PLINTH_OPT) the script runs each test and picks the
digits that both the reference and the run agree on.

Usage: data-reference.py [--verify] [OUTPUT_DIR]
"""

import os
import re
import subprocess
import sys

import numpy as np
import onnxruntime as ort
from onnx import TensorProto, helper

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
LLVM = "/usr/lib/llvm-22"
PIPELINE = (
    '--one-shot-bufferize="bufferize-function-boundaries" '
    "--convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata "
    "--lower-affine --finalize-memref-to-llvm --convert-math-to-llvm "
    "--convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm "
    "--convert-cf-to-llvm --reconcile-unrealized-casts"
)
SHLIBS = f"{LLVM}/lib/libmlir_runner_utils.so,{LLVM}/lib/libmlir_c_runner_utils.so"
RUN = f"""// RUN: plinth-opt %s --plinth-lower-to-linalg \\
// RUN: | {LLVM}/bin/mlir-opt {PIPELINE} \\
// RUN: | {LLVM}/bin/mlir-runner -e main -entry-point-result=void \\
// RUN:   -shared-libs={SHLIBS} \\
// RUN: | FileCheck %s
"""
ELEMENT = {"float32": "f32", "int32": "i32", "int64": "i64"}
PRINT = {"f32": "printMemrefF32", "i32": "printMemrefI32", "i64": "printMemrefI64"}

rng = np.random.default_rng(11)


def grid(*shape, dtype=np.float32):
    """Small values every type holds exactly."""
    return rng.integers(-9, 10, size=shape).astype(dtype)


def iota(*shape, dtype=np.float32):
    return np.arange(int(np.prod(shape)), dtype=dtype).reshape(shape)


def i64(*values):
    return np.array(values, dtype=np.int64)


def ort_run(op, inputs, attrs=None, opset=21, out_dtype=None):
    """Runs one ONNX node in onnxruntime; `inputs` may hold None (absent)."""
    names = [f"i{k}" for k in range(len(inputs))]
    feeds = {n: a for n, a in zip(names, inputs) if a is not None}
    node = helper.make_node(op, [n if a is not None else "" for n, a in zip(names, inputs)],
                            ["y"], **(attrs or {}))
    infos = [helper.make_tensor_value_info(n, helper.np_dtype_to_tensor_dtype(a.dtype), a.shape)
             for n, a in feeds.items()]
    out_dtype = out_dtype or inputs[0].dtype
    out = helper.make_tensor_value_info("y", helper.np_dtype_to_tensor_dtype(out_dtype), None)
    model = helper.make_model(helper.make_graph([node], "g", infos, [out]),
                              opset_imports=[helper.make_opsetid("", opset)])
    model.ir_version = 10
    session = ort.InferenceSession(model.SerializeToString(),
                                   providers=["CPUExecutionProvider"])
    return session.run(None, feeds)[0]


class Case:
    """`op` formatted with the operand names; `dynamic` holds the shapes
    (None: `?`) of the operands and of the result that the op sees through a
    helper function; `same_type`: the op prints `: type` (trilu)."""

    def __init__(self, name, doc, op, inputs, expected, dynamic=None, same_type=False,
                 exact=True):
        self.name, self.doc, self.op = name, doc, op
        self.inputs, self.expected = inputs, np.asarray(expected)
        self.dynamic, self.same_type, self.exact = dynamic, same_type, exact


def type_of(array, shape=None):
    shape = array.shape if shape is None else shape
    dims = "x".join("?" if d is None else str(d) for d in shape)
    element = ELEMENT[array.dtype.name]
    return f"tensor<{dims}x{element}>" if dims else f"tensor<{element}>"


def literal(array):
    if array.dtype.kind == "f":
        values = [repr(float(v)) for v in array.ravel()]
    else:
        values = [str(int(v)) for v in array.ravel()]

    def nest(flat, shape):
        if not shape:
            return flat[0]
        step = len(flat) // shape[0] if shape[0] else 0
        return "[" + ", ".join(nest(flat[k * step:(k + 1) * step], shape[1:])
                               for k in range(shape[0])) + "]"
    return nest(values, list(array.shape))


def number_pattern(value, exact, printed=None):
    """A FileCheck pattern for a reference value (see the module doc)."""
    text = "%g" % value
    mantissa, _, exponent = text.partition("e")
    if exact or value == 0:
        return text
    digits = mantissa.lstrip("-0.").replace(".", "")
    if len(digits) < 5:
        # A number of a few digits: it may print with more (zeros, then noise).
        tail = ("" if "." in mantissa else ".") + "0" * (5 - len(digits))
        suffix = "e" + exponent if exponent else ""
        regex = re.escape(mantissa) + "(" + re.escape(tail) + "[0-9]*)?" + re.escape(suffix)
        if printed is not None and not re.fullmatch(regex, printed):
            raise ValueError(f"run printed {printed}, reference is {value}")
        return mantissa + "{{(" + re.escape(tail) + "[0-9]*)?}}" + suffix
    if abs(value) < 1e-5:
        return "{{-?(0|[0-9.]+e-(0[5-9]|[1-9][0-9]+))}}"
    for digits in (5, 4, 3):
        kept, count = "", 0
        for ch in mantissa:
            if count == digits:
                break
            kept += ch
            count += ch.isdigit() and (count > 0 or ch != "0")
        pattern = re.escape(kept) + "[0-9]*" + ("e" + re.escape(exponent) if exponent else "")
        if printed is None or re.fullmatch(pattern, printed):
            return kept + "{{[0-9]*}}" + ("e" + exponent if exponent else "")
    raise ValueError(f"run printed {printed}, reference is {value}")


def rows(array):
    return list(array.reshape(-1, array.shape[-1])) if array.size else []


def signature(case, types, out_type):
    return f": {out_type}" if case.same_type else f": ({', '.join(types)}) -> {out_type}"


def function(case):
    lines, names, types = [], [], []
    for k, array in enumerate(case.inputs):
        lines.append(f"  %in{k} = plinth.constant dense<{literal(array)}> : {type_of(array)}")
        names.append(f"%in{k}")
        types.append(type_of(array))
    element = ELEMENT[case.expected.dtype.name]
    helper_fn = ""
    out_type = type_of(case.expected)
    if case.dynamic:
        *in_shapes, out_shape = case.dynamic
        dyn_types = [type_of(a, s) for a, s in zip(case.inputs, in_shapes)]
        dyn_out = type_of(case.expected, out_shape)
        args = ", ".join(f"%a{k}: {t}" for k, t in enumerate(dyn_types))
        operands = [f"%a{k}" for k in range(len(dyn_types))]
        helper_fn = (f"func.func @{case.name}_dynamic({args}) -> {dyn_out} {{\n"
                     f"  %r = {case.op.format(*operands)} {signature(case, dyn_types, dyn_out)}\n"
                     f"  return %r : {dyn_out}\n}}\n\n")
        for k, (name, t) in enumerate(zip(names, dyn_types)):
            lines.append(f"  %d{k} = tensor.cast {name} : {types[k]} to {t}")
        call_args = ", ".join(f"%d{k}" for k in range(len(dyn_types)))
        lines.append(f"  %r = call @{case.name}_dynamic({call_args}) : "
                     f"({', '.join(dyn_types)}) -> {dyn_out}")
        out_type = dyn_out
    else:
        lines.append(f"  %r = {case.op.format(*names)} {signature(case, types, out_type)}")
    lines.append(f"  %u = tensor.cast %r : {out_type} to tensor<*x{element}>")
    lines.append(f"  call @{PRINT[element]}(%u) : (tensor<*x{element}>) -> ()")
    body = "\n".join(lines)
    return helper_fn + f"func.func @{case.name}() {{\n{body}\n  return\n}}\n"


def checks(case, printed_rows=None):
    shape = ", ".join(str(d) for d in case.expected.shape)
    out = [f"// CHECK-LABEL: sizes = [{shape}]"]
    for r, row in enumerate(rows(case.expected)):
        printed = printed_rows[r] if printed_rows else [None] * len(row)
        cells = [number_pattern(float(v), case.exact, p) if case.expected.dtype.kind == "f"
                 else str(int(v)) for v, p in zip(row, printed)]
        out.append("// CHECK-NEXT: [" + ", ".join(cells) + "]")
    return "\n".join(out)


def render(title, cases, printed=None):
    elements = sorted(set(ELEMENT[c.expected.dtype.name] for c in cases))
    text = [RUN, f"// {title}",
            "// Expected values: numpy / onnxruntime, written by data-reference.py.", ""]
    text += [f"func.func private @{PRINT[e]}(tensor<*x{e}>)" for e in elements]
    text.append("")
    for k, case in enumerate(cases):
        text.append(f"// {case.doc}")
        text.append(checks(case, printed[k] if printed else None))
        text.append(function(case))
    calls = "\n".join(f"  call @{c.name}() : () -> ()" for c in cases)
    text.append(f"func.func @main() {{\n{calls}\n  return\n}}\n")
    return "\n".join(text)


def run_file(path, count):
    """The printed rows (tokens) of each case, by running the test's pipeline."""
    plinth_opt = os.environ.get("PLINTH_OPT", f"{ROOT}/build/bin/plinth-opt")
    command = (f"{plinth_opt} {path} --plinth-lower-to-linalg | {LLVM}/bin/mlir-opt {PIPELINE}"
               f" | {LLVM}/bin/mlir-runner -e main -entry-point-result=void"
               f" -shared-libs={SHLIBS}")
    output = subprocess.run(command, shell=True, check=True, capture_output=True,
                            text=True).stdout
    blocks = output.split("Unranked Memref")[1:]
    assert len(blocks) == count, f"{path}: {len(blocks)} results for {count} cases"
    result = []
    for block in blocks:
        data = block.split("data =", 1)[1]
        result.append([re.findall(r"[^\s\[\],]+", line)
                       for line in data.splitlines() if re.search(r"[^\s\[\],]", line)])
    return result


#===------------------------------------------------------------------------===#
# Cases
#===------------------------------------------------------------------------===#

def reshape_cases():
    x = iota(2, 3, 4)
    y = iota(2, 6)
    z = iota(2, 12)
    return [
        Case("regroup", "2x3x4 -> 6x2x2: collapse_shape + expand_shape.",
             "plinth.reshape {0}", [x], x.reshape(6, 2, 2)),
        Case("mixed", "2x6 -> 3x4 (no common dims): collapse to 12, expand.",
             "plinth.reshape {0}", [y], y.reshape(3, 4)),
        Case("dyn_regroup", "?x12 -> ?x3x4 without a shape operand (regroup).",
             "plinth.reshape {0}", [z], z.reshape(2, 3, 4),
             dynamic=[[None, 12], [None, 3, 4]]),
        Case("dyn_collapse", "?x?x4 -> ?x4 (Flatten): collapse of the two dynamic dims.",
             "plinth.reshape {0}", [x], x.reshape(6, 4),
             dynamic=[[None, None, 4], [None, 4]]),
        Case("dyn_shape", "?x? -> ?x? with shape [4, 3]: tensor.reshape, checked count.",
             "plinth.reshape {0}, {1}", [y, i64(4, 3)], y.reshape(4, 3),
             dynamic=[[None, None], [2], [None, None]]),
        Case("dyn_shape_one", "?x? -> 3x? with shape [3, 4]: regroup (one dynamic dim).",
             "plinth.reshape {0}, {1}", [y, i64(3, 4)], y.reshape(3, 4),
             dynamic=[[None, None], [2], [3, None]]),
    ]


def transpose_cases():
    x = iota(2, 3, 4)
    return [
        Case("perm", "permutation [2, 0, 1].",
             "plinth.transpose {0} {{permutation = array<i64: 2, 0, 1>}}", [x],
             x.transpose(2, 0, 1)),
        Case("perm_dynamic", "permutation [1, 2, 0] of a ?x3x? tensor.",
             "plinth.transpose {0} {{permutation = array<i64: 1, 2, 0>}}", [x],
             x.transpose(1, 2, 0), dynamic=[[None, 3, None], [3, None, None]]),
    ]


def expand_cases():
    x = iota(3, 1)
    v = iota(1, 4)
    return [
        Case("static", "3x1 -> 2x3x4.", "plinth.expand {0}", [x],
             np.broadcast_to(x, (2, 3, 4))),
        Case("shape", "?x1 with target [2, 3, 4]: dynamic result dims from the target.",
             "plinth.expand {0}, {1}", [x, i64(2, 3, 4)], np.broadcast_to(x, (2, 3, 4)),
             dynamic=[[None, 1], [3], [None, None, None]]),
        Case("dyn_one", "?x? input that is 1x4 at run time, target [3, 1]: broadcast the 1.",
             "plinth.expand {0}, {1}", [v, i64(3, 1)], np.broadcast_to(v, (3, 4)),
             dynamic=[[None, None], [2], [None, None]]),
        Case("dyn_static", "?x4 input (1x4) into a static 2x4 result.",
             "plinth.expand {0}", [v], np.broadcast_to(v, (2, 4)),
             dynamic=[[None, 4], [2, 4]]),
    ]


def slice_op(axes, starts, ends, steps, dynamic_bounds=False):
    a = lambda v: "array<i64: " + ", ".join(str(x) for x in v) + ">"
    bounds = " starts({1}) ends({2})" if dynamic_bounds else ""
    return (f"plinth.slice {{0}}{bounds} {{{{axes = {a(axes)}, starts = {a(starts)}, "
            f"ends = {a(ends)}, steps = {a(steps)}}}}}")


def onnx_slice(x, starts, ends, axes, steps):
    return ort_run("Slice", [x, i64(*starts), i64(*ends), i64(*axes), i64(*steps)])


def slice_cases():
    x = iota(4, 6)
    zeros = [0, 0]
    return [
        Case("static", "rows 1:3, columns 0:6:2 (clamped bounds from the importer).",
             slice_op([0, 1], [1, 0], [3, 6], [1, 2]), [x],
             onnx_slice(x, [1, 0], [3, 6], [0, 1], [1, 2])),
        Case("negative_step", "columns 5:0:-2 and rows 3::-3 (static).",
             slice_op([0, 1], [3, 5], [-5, 0], [-3, -2]), [x],
             onnx_slice(x, [3, 5], [-5, 0], [0, 1], [-3, -2])),
        Case("dyn_bounds", "run-time starts [-3, 1] and ends [100, -1] (ONNX clamping).",
             slice_op([0, 1], zeros, zeros, [1, 2], True), [x, i64(-3, 1), i64(100, -1)],
             onnx_slice(x, [-3, 1], [100, -1], [0, 1], [1, 2]),
             dynamic=[[4, 6], [2], [2], [None, None]]),
        Case("dyn_negative", "run-time starts [10, -1], ends [-100, 1], steps [-1, -2].",
             slice_op([0, 1], zeros, zeros, [-1, -2], True), [x, i64(10, -1), i64(-100, 1)],
             onnx_slice(x, [10, -1], [-100, 1], [0, 1], [-1, -2]),
             dynamic=[[None, None], [2], [2], [None, None]]),
        Case("dyn_dim", "static bounds 1:-1 on a dynamic dim (clamped at run time).",
             slice_op([1], [1], [-1], [1]), [x], onnx_slice(x, [1], [-1], [1], [1]),
             dynamic=[[4, None], [4, None]]),
        Case("dyn_empty", "run-time bounds past the end: an empty result.",
             slice_op([0], [0], [0], [1], True), [x, i64(7), i64(9)],
             onnx_slice(x, [7], [9], [0], [1]), dynamic=[[4, 6], [1], [1], [None, 6]]),
    ]


def concat_cases():
    a, b, c = iota(2, 3), grid(2, 2), grid(2, 1)
    return [
        Case("static", "axis 1 of 2x3, 2x2, 2x1.", "plinth.concat {0}, {1}, {2} {{axis = 1 : i64}}",
             [a, b, c], np.concatenate([a, b, c], axis=1)),
        Case("dynamic", "axis -1 of ?x?, ?x2, 2x? (offsets from tensor.dim).",
             "plinth.concat {0}, {1}, {2} {{axis = -1 : i64}}", [a, b, c],
             np.concatenate([a, b, c], axis=1),
             dynamic=[[None, None], [None, 2], [2, None], [2, None]]),
        Case("rows", "axis 0 of ?x3 and 1x3.", "plinth.concat {0}, {1} {{axis = 0 : i64}}",
             [a, iota(1, 3)], np.concatenate([a, iota(1, 3)], axis=0),
             dynamic=[[None, 3], [1, 3], [None, 3]]),
    ]


def pad_op(mode, pads, value=False):
    arr = "array<i64: " + ", ".join(str(p) for p in pads) + ">"
    return f"plinth.pad {mode} {{0}}{', {1}' if value else ''} {{{{pads = {arr}}}}}"


def onnx_pad(x, pads, mode, value=None):
    v = None if value is None else np.array(value, dtype=x.dtype)
    return ort_run("Pad", [x, i64(*pads), v], {"mode": mode})


def pad_cases():
    x = iota(3, 4)
    v = np.array(7.5, dtype=np.float32)
    return [
        Case("constant", "constant 7.5, pads [1, 0, 2, 1].", pad_op("constant", [1, 0, 2, 1], True),
             [x, v], onnx_pad(x, [1, 0, 2, 1], "constant", 7.5)),
        Case("crop", "negative pads crop: [-1, 2, 0, -2].", pad_op("constant", [-1, 2, 0, -2]),
             [x], onnx_pad(x, [-1, 2, 0, -2], "constant")),
        Case("reflect", "reflect [2, 1, 1, 3].", pad_op("reflect", [2, 1, 1, 3]), [x],
             onnx_pad(x, [2, 1, 1, 3], "reflect")),
        Case("edge", "edge [1, 2, 2, 1] of a ?x? tensor.",
             pad_op("edge", [1, 2, 2, 1]), [x], onnx_pad(x, [1, 2, 2, 1], "edge"),
             dynamic=[[None, None], [None, None]]),
        Case("wrap", "wrap [2, 3, 1, 5] (pads longer than the dim wrap again).",
             pad_op("wrap", [2, 3, 1, 5]), [x], onnx_pad(x, [2, 3, 1, 5], "wrap")),
        Case("dyn_crop", "constant, crop + pad of dynamic dims: [1, -1, -1, 2].",
             pad_op("constant", [1, -1, -1, 2]), [x], onnx_pad(x, [1, -1, -1, 2], "constant"),
             dynamic=[[None, None], [None, None]]),
        Case("dyn_reflect", "reflect [0, 2, 0, 1] of a ?x4 tensor.",
             pad_op("reflect", [0, 2, 0, 1]), [x], onnx_pad(x, [0, 2, 0, 1], "reflect"),
             dynamic=[[None, 4], [None, 7]]),
    ]


def tile_cases():
    x = iota(2, 3)
    return [
        Case("static", "repeats [2, 3].", "plinth.tile {0} {{repeats = array<i64: 2, 3>}}",
             [x], np.tile(x, (2, 3))),
        Case("dynamic", "repeats [3, 1] of a ?x? tensor.",
             "plinth.tile {0} {{repeats = array<i64: 3, 1>}}", [x], np.tile(x, (3, 1)),
             dynamic=[[None, None], [None, None]]),
    ]


def gather_cases():
    data = iota(3, 4)
    idx = np.array([[0, -1], [2, 1]], dtype=np.int64)
    idx32 = np.array([3, -4, 1], dtype=np.int32)
    bad = np.array([5, -9, 2], dtype=np.int64)
    return [
        Case("axis0", "axis 0, 2x2 indices with a negative one.",
             "plinth.gather {0}, {1} {{axis = 0 : i64}}", [data, idx],
             ort_run("Gather", [data, idx], {"axis": 0})),
        Case("axis1_i32", "axis -1, i32 indices.", "plinth.gather {0}, {1} {{axis = -1 : i64}}",
             [data, idx32], ort_run("Gather", [data, idx32], {"axis": -1})),
        Case("dynamic", "axis 1 of ?x? data with ? indices.",
             "plinth.gather {0}, {1} {{axis = 1 : i64}}", [data, idx],
             ort_run("Gather", [data, idx], {"axis": 1}),
             dynamic=[[None, None], [None, None], [None, None, None]]),
        Case("clamped", "out-of-range indices [5, -9, 2] are clamped (an error in ONNX).",
             "plinth.gather {0}, {1} {{axis = 0 : i64}}", [data, bad],
             data[np.clip(np.where(bad < 0, bad + 3, bad), 0, 2)]),
    ]


def gather_elements_cases():
    data = iota(3, 3)
    idx = np.array([[1, 0, 2], [0, -1, 1]], dtype=np.int64)
    return [
        Case("axis0", "axis 0.", "plinth.gather_elements {0}, {1} {{axis = 0 : i64}}",
             [data, idx], ort_run("GatherElements", [data, idx], {"axis": 0})),
        Case("axis1", "axis 1 of dynamic tensors.",
             "plinth.gather_elements {0}, {1} {{axis = 1 : i64}}", [data, idx],
             ort_run("GatherElements", [data, idx], {"axis": 1}),
             dynamic=[[None, None], [None, None], [None, None]]),
    ]


def gather_nd_cases():
    data = iota(2, 3, 2)
    idx = np.array([[1, 2], [0, -1]], dtype=np.int64)
    idx1 = np.array([[1], [0]], dtype=np.int64)
    bidx = np.array([[2], [1]], dtype=np.int64)
    return [
        Case("pairs", "index pairs into 2x3x2 data: rows of 2.",
             "plinth.gather_nd {0}, {1} {{batch_dims = 0 : i64}}", [data, idx],
             ort_run("GatherND", [data, idx])),
        Case("single", "single indices: 3x2 slices, dynamic.",
             "plinth.gather_nd {0}, {1} {{batch_dims = 0 : i64}}", [data, idx1],
             ort_run("GatherND", [data, idx1]),
             dynamic=[[None, None, None], [None, 1], [None, None, None]]),
        Case("batch", "batch_dims 1.", "plinth.gather_nd {0}, {1} {{batch_dims = 1 : i64}}",
             [data, bidx], ort_run("GatherND", [data, bidx], {"batch_dims": 1})),
    ]


def scatter_elements_cases():
    data = iota(3, 4)
    idx = np.array([[1, 3], [0, 0], [-1, 2]], dtype=np.int64)
    upd = grid(3, 2)
    idx0 = np.array([[2, 0, 1, 2]], dtype=np.int64)
    upd0 = grid(1, 4)
    op = "plinth.scatter_elements {r} {{0}}, {{1}}, {{2}} {{{{axis = {a} : i64}}}}"
    cases = []
    for red in ["none", "add", "mul", "max", "min"]:
        attrs = {"axis": 1} if red == "none" else {"axis": 1, "reduction": red}
        cases.append(Case(f"axis1_{red}", f"axis 1, reduction {red}, duplicate index 0 in row 1.",
                          op.format(r=red, a=1), [data, idx, upd],
                          ort_run("ScatterElements", [data, idx, upd], attrs)))
    cases.append(Case("axis0_dynamic", "axis 0 of dynamic tensors, reduction add.",
                      op.format(r="add", a=0), [data, idx0, upd0],
                      ort_run("ScatterElements", [data, idx0, upd0],
                              {"axis": 0, "reduction": "add"}),
                      dynamic=[[None, None], [None, None], [None, None], [None, None]]))
    return cases


def scatter_nd_cases():
    data = iota(4, 3)
    idx = np.array([[1], [3], [1]], dtype=np.int64)
    upd = grid(3, 3)
    idx2 = np.array([[0, 1], [-1, 2], [0, 1]], dtype=np.int64)
    upd2 = grid(3)
    op = "plinth.scatter_nd {r} {{0}}, {{1}}, {{2}}"
    uniq = np.array([[2], [0]], dtype=np.int64)
    cases = [Case("rows_none", "rows 2 and 0 replaced.", op.format(r="none"),
                  [data, uniq, upd[:2]], ort_run("ScatterND", [data, uniq, upd[:2]]))]
    for red in ["add", "mul", "max", "min"]:
        cases.append(Case(f"rows_{red}", f"rows, reduction {red}, row 1 twice.",
                          op.format(r=red), [data, idx, upd],
                          ort_run("ScatterND", [data, idx, upd], {"reduction": red})))
    cases.append(Case("elements_dynamic", "element pairs (one negative), add, dynamic.",
                      op.format(r="add"), [data, idx2, upd2],
                      ort_run("ScatterND", [data, idx2, upd2], {"reduction": "add"}),
                      dynamic=[[None, None], [None, 2], [None], [None, None]]))
    return cases


def shape_cases():
    x = iota(2, 3, 4)
    return [
        Case("static", "a static shape.", "plinth.shape_of {0}", [x], i64(2, 3, 4)),
        Case("dynamic", "a ?x3x? shape.", "plinth.shape_of {0}", [x], i64(2, 3, 4),
             dynamic=[[None, 3, None], [3]]),
    ]


def fill_cases():
    return [
        Case("f32", "2x3 of 1.5 from a run-time shape.", "plinth.fill {0} {{value = 1.5 : f32}}",
             [i64(2, 3)], ort_run("ConstantOfShape", [i64(2, 3)], {
                 "value": helper.make_tensor("v", TensorProto.FLOAT, [1], [1.5])},
                 out_dtype=np.dtype(np.float32)),
             dynamic=[[2], [None, None]]),
        Case("i64", "?x4 of -3.", "plinth.fill {0} {{value = -3 : i64}}", [i64(3, 4)],
             np.full((3, 4), -3, dtype=np.int64), dynamic=[[2], [None, 4]]),
    ]


def range_cases():
    f = lambda v: np.array(v, dtype=np.float32)
    l = lambda v: np.array(v, dtype=np.int64)
    cases = []
    for name, (s, e, d) in {"f_up": (f(1.0), f(3.0), f(0.5)), "f_down": (f(2.0), f(-1.5), f(-1.25)),
                            "i_up": (l(-3), l(8), l(3)), "i_down": (l(10), l(1), l(-4)),
                            "i_empty": (l(5), l(1), l(2))}.items():
        expected = ort_run("Range", [s, e, d])
        cases.append(Case(name, f"start {s}, limit {e}, delta {d}, run-time length.",
                          "plinth.range {0}, {1}, {2}", [s, e, d], expected,
                          dynamic=[[], [], [], [None]]))
    s, e, d = f(0.0), f(1.0), f(0.25)
    cases.append(Case("f_static", "a static length of 4.", "plinth.range {0}, {1}, {2}",
                      [s, e, d], ort_run("Range", [s, e, d])))
    return cases


def trilu_cases():
    x = iota(2, 3, 4) + 1
    cases = []
    for upper in (0, 1):
        for k in (-1, 0, 2):
            attrs = f"{{{{upper, diagonal = {k} : i64}}}}" if upper else f"{{{{diagonal = {k} : i64}}}}"
            cases.append(Case(f"{'upper' if upper else 'lower'}_{k + 1}",
                              f"{'upper' if upper else 'lower'}, diagonal {k}.",
                              f"plinth.trilu {{0}} {attrs}", [x],
                              ort_run("Trilu", [x, i64(k).reshape(())], {"upper": upper}),
                              same_type=True))
    cases.append(Case("dynamic", "lower, diagonal 1, dynamic dims.",
                      "plinth.trilu {0} {{diagonal = 1 : i64}}", [x],
                      ort_run("Trilu", [x, i64(1).reshape(())], {"upper": 0}),
                      dynamic=[[None, None, None], [None, None, None]], same_type=True))
    return cases


MODES = {"nearest": 0, "linear": 1, "cubic": 2}
CTMS = {"half_pixel": 0, "half_pixel_symmetric": 1, "pytorch_half_pixel": 2,
        "align_corners": 3, "asymmetric": 4}
NEAREST = {"round_prefer_floor": 0, "round_prefer_ceil": 1, "floor": 2, "ceil": 3}


def resize_case(name, x, scales, mode, ctm, nearest="round_prefer_floor", a=-0.75,
                exclude=0, dynamic=None):
    attrs = {"mode": mode, "coordinate_transformation_mode": ctm, "nearest_mode": nearest,
             "cubic_coeff_a": a, "exclude_outside": exclude}
    expected = ort_run("Resize", [x, None, np.array(scales, dtype=np.float32)], attrs,
                       opset=19)
    scale_text = ", ".join(repr(float(np.float32(s))) for s in scales)
    op = (f"plinth.resize {{0}} {{{{mode = {MODES[mode]} : i32, "
          f"coordinate_transformation_mode = {CTMS[ctm]} : i32, "
          f"nearest_mode = {NEAREST[nearest]} : i32, scales = array<f32: {scale_text}>, "
          f"cubic_coeff_a = {a} : f32{', exclude_outside' if exclude else ''}}}}}")
    doc = f"{mode}, {ctm}" + (f", {nearest}" if mode == "nearest" else "") + \
          (f", a = {a}{', exclude_outside' if exclude else ''}" if mode == "cubic" else "") + \
          f", scales {scales}."
    return Case(name, doc, op, [x], expected, dynamic=dynamic, exact=False)


def resize_cases():
    x = grid(1, 1, 3, 4)
    cases = []
    for ctm in CTMS:
        cases.append(resize_case(f"linear_{ctm}", x, [1, 1, 1.5, 0.75], "linear", ctm))
    for nearest in NEAREST:
        cases.append(resize_case(f"nearest_{nearest}", x, [1, 1, 2.5, 1.25], "nearest",
                                 "asymmetric", nearest))
    cases.append(resize_case("nearest_half_pixel", x, [1, 1, 0.7, 1.8], "nearest",
                             "half_pixel", "round_prefer_ceil"))
    cases.append(resize_case("cubic", x, [1, 1, 2.0, 1.5], "cubic", "half_pixel"))
    cases.append(resize_case("cubic_exclude", x, [1, 1, 1.7, 0.6], "cubic", "align_corners",
                             a=-0.5, exclude=1))
    cases.append(resize_case("cubic_pytorch", x, [1, 1, 0.5, 2.0], "cubic",
                             "pytorch_half_pixel"))
    cases.append(resize_case("linear_dynamic", x, [1, 1, 2.0, 0.5], "linear", "half_pixel",
                             dynamic=[[1, 1, None, None], [1, 1, None, None]]))
    cases.append(resize_case("nearest_symmetric", grid(1, 1, 2, 5), [1, 1, 1.0, 2.5], "nearest",
                             "half_pixel_symmetric", "ceil"))
    cases.append(resize_case("same_size_dynamic", x, [1, 1, 1.1, 1.1], "linear", "asymmetric",
                             dynamic=[[1, 1, None, None], [1, 1, None, None]]))
    return cases


FILES = {
    "data-reshape": ("plinth.reshape: collapse/expand_shape, tensor.reshape.", reshape_cases),
    "data-transpose": ("plinth.transpose: linalg.transpose.", transpose_cases),
    "data-expand": ("plinth.expand: broadcast generics.", expand_cases),
    "data-slice": ("plinth.slice: extract_slice and reversed reads.", slice_cases),
    "data-concat": ("plinth.concat: insert_slice into tensor.empty.", concat_cases),
    "data-pad": ("plinth.pad: tensor.pad and index-mapping generics.", pad_cases),
    "data-tile": ("plinth.tile: modulo reads.", tile_cases),
    "data-gather": ("plinth.gather: clamped tensor.extract.", gather_cases),
    "data-gather-elements": ("plinth.gather_elements.", gather_elements_cases),
    "data-gather-nd": ("plinth.gather_nd.", gather_nd_cases),
    "data-scatter-elements": ("plinth.scatter_elements: sequential scf.for.",
                              scatter_elements_cases),
    "data-scatter-nd": ("plinth.scatter_nd: sequential scf.for over slices.", scatter_nd_cases),
    "data-shape-of": ("plinth.shape_of: tensor.from_elements of the dims.", shape_cases),
    "data-fill": ("plinth.fill: tensor.empty + linalg.fill.", fill_cases),
    "data-range": ("plinth.range: index generic, run-time length.", range_cases),
    "data-trilu": ("plinth.trilu: select on linalg.index.", trilu_cases),
    "data-resize": ("plinth.resize: nearest, linear and cubic (onnxruntime reference).",
                    resize_cases),
}


def main():
    args = sys.argv[1:]
    verify = "--verify" in args
    args = [a for a in args if a != "--verify"]
    out_dir = args[0] if args else HERE
    only = os.environ.get("ONLY")
    for name, (title, make) in FILES.items():
        if only and only != name:
            continue
        cases = make()
        path = os.path.join(out_dir, name + ".mlir")
        with open(path, "w") as f:
            f.write(render(title, cases))
        if verify:
            printed = run_file(path, len(cases))
            with open(path, "w") as f:
                f.write(render(title, cases, printed))
            print(f"{name}: {len(cases)} cases verified")


if __name__ == "__main__":
    main()
