#!/usr/bin/env python3
"""Writes the contract-*.mlir execution tests of the contraction lowerings.

Every expected value comes from numpy or onnxruntime (the ONNX op run on the
same inputs), never from Plinth. A CHECK value keeps the reference's leading
significant digits (5, or 4/3 where the last digit straddles a rounding
boundary) followed by `{{[0-9]*}}`, which checks a relative error of about
1e-4. Values below 1e-5 in magnitude match any number that small (atol).
With --verify (needs build/bin/plinth-opt, or $PLINTH_OPT) the script runs
each test, checks it against the reference (rtol 1e-4, atol 1e-5) and keeps
the reference digits that the run also prints.

Usage: contract-reference.py [--verify] [OUTPUT_DIR]
"""

import os
import re
import subprocess
import sys

import numpy as np
import onnxruntime as ort
from onnx import helper

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
LLVM = "/usr/lib/llvm-22"
PIPELINE = (
    '--one-shot-bufferize="bufferize-function-boundaries" '
    "--convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine "
    "--finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm "
    "--convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm "
    "--reconcile-unrealized-casts"
)
SHLIBS = f"{LLVM}/lib/libmlir_runner_utils.so,{LLVM}/lib/libmlir_c_runner_utils.so"
# The JIT recipe of the lowering brief plus --lower-affine: loops over convolution
# windows and dynamic reshapes index with affine.apply.
RUN = f"""// RUN: plinth-opt %s --plinth-lower-to-linalg \\
// RUN: | {LLVM}/bin/mlir-opt {PIPELINE} \\
// RUN: | {LLVM}/bin/mlir-runner -e main -entry-point-result=void \\
// RUN:   -shared-libs={SHLIBS} \\
// RUN: | FileCheck %s
"""
ELEMENT = {np.float32: "f32", np.float16: "f16", np.int32: "i32", np.int64: "i64",
           np.bool_: "i1"}
PRINT = {"f32": "printMemrefF32", "f16": "printMemrefF16", "i32": "printMemrefI32",
         "i64": "printMemrefI64"}

rng = np.random.default_rng(7)


def grid(*shape, dtype=np.float32, scale=4):
    """Small values that f16/f32 hold exactly: multiples of 1/scale in [-2, 2)."""
    return (rng.integers(-2 * scale, 2 * scale, size=shape) / scale).astype(dtype)


def ort_run(op, inputs, attrs=None, opset=23, names=None):
    """Runs one ONNX node in onnxruntime; `inputs` may hold None (absent)."""
    names = names or [f"i{k}" for k in range(len(inputs))]
    feeds = {n: a for n, a in zip(names, inputs) if a is not None}
    node = helper.make_node(op, [n if a is not None else "" for n, a in zip(names, inputs)],
                            ["y"], **(attrs or {}))
    infos = [helper.make_tensor_value_info(n, helper.np_dtype_to_tensor_dtype(a.dtype), a.shape)
             for n, a in feeds.items()]
    out_type = next(a for a in inputs if a is not None).dtype
    out = helper.make_tensor_value_info("y", helper.np_dtype_to_tensor_dtype(out_type), None)
    model = helper.make_model(helper.make_graph([node], "g", infos, [out]),
                              opset_imports=[helper.make_opsetid("", opset)])
    model.ir_version = 10
    session = ort.InferenceSession(model.SerializeToString(),
                                   providers=["CPUExecutionProvider"])
    return session.run(None, feeds)[0]


class Case:
    """One op applied to constants. `dynamic` gives the operand/result types
    the op sees (through a helper function taking `?` dims)."""

    def __init__(self, name, doc, op, inputs, expected, dynamic=None):
        self.name, self.doc, self.op = name, doc, op
        self.inputs, self.expected, self.dynamic = inputs, np.asarray(expected), dynamic


def type_of(array, shape=None):
    shape = array.shape if shape is None else shape
    dims = "x".join("?" if d is None else str(d) for d in shape)
    element = ELEMENT[array.dtype.type]
    return f"tensor<{dims}x{element}>" if dims else f"tensor<{element}>"


def literal(array):
    if array.dtype == np.bool_:
        text = np.array2string(array, separator=", ", threshold=1 << 30)
        return text.replace("True", "true").replace("False", "false")
    if array.dtype.kind == "f":
        values = [repr(float(v)) for v in array.astype(np.float64).ravel()]
    else:
        values = [str(int(v)) for v in array.ravel()]
    def nest(flat, shape):
        if not shape:
            return flat[0]
        step = len(flat) // shape[0] if shape[0] else 0
        return "[" + ", ".join(nest(flat[k * step:(k + 1) * step], shape[1:])
                               for k in range(shape[0])) + "]"
    return nest(values, list(array.shape))


def number_pattern(value, printed=None):
    """A FileCheck pattern for a reference value (see the module doc)."""
    if np.isnan(value):
        return "nan"
    if np.isinf(value):
        return "inf" if value > 0 else "-inf"
    if value == 0:
        return "{{-?}}0"
    if abs(value) < 1e-5:
        return "{{-?(0|[0-9.]+e-(0[5-9]|[1-9][0-9]+))}}"
    text = "%g" % value
    if float(text) == value:  # exact in 6 digits: print as is
        return text
    mantissa, _, exponent = text.partition("e")
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
    array = np.asarray(array)
    if array.ndim == 0:
        return [array.reshape(1)]
    return list(array.reshape(-1, array.shape[-1])) if array.size else []


def function(case):
    lines, names, types = [], [], []
    for k, array in enumerate(case.inputs):
        lines.append(f"  %in{k} = plinth.constant dense<{literal(array)}> : {type_of(array)}")
        names.append(f"%in{k}")
        types.append(type_of(array))
    out_type = type_of(case.expected)
    element = ELEMENT[case.expected.dtype.type]
    helper_fn = ""
    if case.dynamic:
        in_shapes, out_shape = case.dynamic
        dyn_types = [type_of(a, s) for a, s in zip(case.inputs, in_shapes)]
        dyn_out = type_of(case.expected, out_shape)
        args = ", ".join(f"%a{k}: {t}" for k, t in enumerate(dyn_types))
        operands = [f"%a{k}" for k in range(len(dyn_types))]
        helper_fn = (f"func.func @{case.name}_dynamic({args}) -> {dyn_out} {{\n"
                     f"  %r = {case.op.format(*operands)} : ({', '.join(dyn_types)}) -> {dyn_out}\n"
                     f"  return %r : {dyn_out}\n}}\n\n")
        for k, (name, t) in enumerate(zip(list(names), dyn_types)):
            lines.append(f"  %d{k} = tensor.cast {name} : {types[k]} to {t}")
        call_args = ", ".join(f"%d{k}" for k in range(len(dyn_types)))
        lines.append(f"  %r = call @{case.name}_dynamic({call_args}) : "
                     f"({', '.join(dyn_types)}) -> {dyn_out}")
        lines.append(f"  %u = tensor.cast %r : {dyn_out} to tensor<*x{element}>")
    else:
        lines.append(f"  %r = {case.op.format(*names)} : ({', '.join(types)}) -> {out_type}")
        lines.append(f"  %u = tensor.cast %r : {out_type} to tensor<*x{element}>")
    lines.append(f"  call @{PRINT[element]}(%u) : (tensor<*x{element}>) -> ()")
    body = "\n".join(lines)
    return helper_fn + f"func.func @{case.name}() {{\n{body}\n  return\n}}\n"


def checks(case, printed_rows=None):
    shape = ", ".join(str(d) for d in case.expected.shape)
    out = [f"// CHECK-LABEL: sizes = [{shape}]"]
    for r, row in enumerate(rows(case.expected)):
        printed = printed_rows[r] if printed_rows else [None] * len(row)
        cells = [number_pattern(float(v), p) if case.expected.dtype.kind == "f"
                 else str(int(v)) for v, p in zip(row, printed)]
        out.append("// CHECK-NEXT: [" + ", ".join(cells) + "]")
    return "\n".join(out)


def render(title, cases, printed=None):
    decls = set(ELEMENT[c.expected.dtype.type] for c in cases)
    text = [RUN, f"// {title}", "// Expected values: numpy / onnxruntime, written by contract-reference.py.", ""]
    for element in sorted(decls):
        attr = " attributes {llvm.emit_c_interface}" if element == "f16" else ""
        text.append(f"func.func private @{PRINT[element]}(tensor<*x{element}>){attr}")
    text.append("")
    for k, case in enumerate(cases):
        text.append(f"// {case.doc}")
        text.append(checks(case, printed[k] if printed else None))
        text.append(function(case))
    calls = "\n".join(f"  call @{c.name}() : () -> ()" for c in cases)
    text.append(f"func.func @main() {{\n{calls}\n  return\n}}\n")
    return "\n".join(text)


def run_file(path, count):
    """The printed rows (tokens) of each case, by running the test's RUN line."""
    plinth_opt = os.environ.get("PLINTH_OPT", f"{ROOT}/build/bin/plinth-opt")
    cmd = (f"{plinth_opt} {path} --plinth-lower-to-linalg | "
           f"{LLVM}/bin/mlir-opt {PIPELINE} | {LLVM}/bin/mlir-runner -e main "
           f"-entry-point-result=void -shared-libs={SHLIBS}")
    output = subprocess.run(cmd, shell=True, capture_output=True, text=True, check=True).stdout
    blocks = output.split("Unranked Memref")[1:]
    assert len(blocks) == count, output
    result = []
    for block in blocks:
        data = block.split("data =", 1)[1]
        result.append([re.findall(r"[-+0-9.a-z]+", line) for line in data.splitlines()
                       if re.search(r"[0-9a-z]", line)])
    return result


# ----------------------------------------------------------------------------
# The cases. Each suite: (file name, title, function returning the cases).
# ----------------------------------------------------------------------------


def matmul_cases():
    mm = "plinth.matmul {0}, {1}"
    cases = []
    def add(name, doc, a, b, dynamic=None):
        expected = (a.astype(np.float32) @ b.astype(np.float32)).astype(a.dtype)
        cases.append(Case(name, doc, mm, [a, b], expected, dynamic))
    add("mm_2d", "2-D x 2-D: linalg.matmul.", grid(3, 4), grid(4, 5))
    add("mm_batch_times_2d", "[B,M,K] x [K,N] (the transformer projection): one matmul on [B*M, K].",
        grid(2, 3, 4), grid(4, 5))
    add("mm_same_batch", "Equal batch dims [2,2]: batch_matmul on the flattened batch.",
        grid(2, 2, 3, 4), grid(2, 2, 4, 3))
    add("mm_broadcast_batch", "Batch dims [2,1] x [3] broadcast both ways: generic contraction.",
        grid(2, 1, 3, 4), grid(3, 4, 2))
    add("mm_2d_times_batch", "[M,K] x [B,K,N]: the lhs broadcasts over the batch.",
        grid(3, 4), grid(2, 4, 5))
    add("mm_vec_mat", "1-D x 2-D: vector-matrix.", grid(4), grid(4, 5))
    add("mm_batch_mat_vec", "[B,M,K] x 1-D: batched matrix-vector.", grid(2, 3, 4), grid(4))
    add("mm_dot", "1-D x 1-D: linalg.dot, a 0-d result.", grid(4), grid(4))
    add("mm_f16", "f16 accumulates in f32, then truncates.",
        grid(2, 3, dtype=np.float16), grid(3, 2, dtype=np.float16))
    add("mm_dynamic", "Dynamic dims, [B,M,K] x [K,N].", grid(2, 3, 4), grid(4, 5),
        dynamic=([[None] * 3, [None] * 2], [None] * 3))
    add("mm_dynamic_batch", "Dynamic batch dim: batch_matmul.", grid(2, 3, 4), grid(2, 4, 2),
        dynamic=([[None, 3, 4], [None, 4, 2]], [None, 3, 2]))
    # Integers wrap around like ONNX/numpy int32 MatMul.
    a = np.array([[1 << 30, 3], [5, -7]], dtype=np.int32)
    b = np.array([[4, 1], [2, 1 << 29]], dtype=np.int32)
    wrapped = (a.astype(np.int64) @ b.astype(np.int64)).astype(np.int32)
    cases.append(Case("mm_i32_wraps", "i32 accumulates in i32 and wraps around.", mm, [a, b], wrapped))
    return cases


def einsum_cases():
    cases = []
    def add(name, doc, equation, inputs, dynamic=None):
        wide = [x.astype(np.float32) for x in inputs]
        if name == "einsum_broadcast":
            wide = np.broadcast_arrays(*wide)
        expected = np.einsum(equation, *wide).astype(inputs[0].dtype)
        operands = ", ".join("{%d}" % k for k in range(len(inputs)))
        op = f'plinth.einsum "{equation}" {operands}'
        cases.append(Case(name, doc, op, inputs, expected, dynamic))
    add("einsum_bmm", "Batched matmul bij,bjk->bik.", "bij,bjk->bik", [grid(2, 3, 4), grid(2, 4, 2)])
    add("einsum_transpose", "ij->ji: no reduction.", "ij->ji", [grid(2, 3)])
    add("einsum_diagonal", "ii->i: a repeated label reads the diagonal.", "ii->i", [grid(3, 3)])
    add("einsum_scores", "Attention scores bhqd,bhkd->bhqk.", "bhqd,bhkd->bhqk",
        [grid(1, 2, 3, 4), grid(1, 2, 2, 4)])
    add("einsum_outer3", "Three operands, outer product i,j,k->ijk.", "i,j,k->ijk",
        [grid(2), grid(3), grid(2)])
    add("einsum_total", "ij->: a full reduction to 0-d.", "ij->", [grid(3, 4)])
    add("einsum_broadcast", "ij,ij->ij with [2,3] and [1,3]: the size-1 dim broadcasts.",
        "ij,ij->ij", [grid(2, 3), grid(1, 3)])
    add("einsum_f16", "f16 accumulates in f32.", "ij,jk->ik",
        [grid(2, 3, dtype=np.float16), grid(3, 2, dtype=np.float16)])
    add("einsum_dynamic", "Dynamic dims.", "bij,bjk->bik", [grid(2, 3, 4), grid(2, 4, 2)],
        dynamic=([[None] * 3, [None] * 3], [None] * 3))
    return cases


def arr(values):
    return "array<i64: " + ", ".join(str(v) for v in values) + ">"


def conv_cases():
    cases = []
    def add(name, doc, x, w, b, strides, pads, dilations, group, dynamic=None):
        attrs = (f"strides = {arr(strides)}, pads = {arr(pads)}, dilations = {arr(dilations)}, "
                 f"group = {group} : i64")
        operands = "{0}, {1}" + (", {2}" if b is not None else "")
        op = f"plinth.conv {operands} {{{{{attrs}}}}}"
        inputs = [x, w] + ([b] if b is not None else [])
        expected = ort_run("Conv", [x.astype(np.float32), w.astype(np.float32),
                                    None if b is None else b.astype(np.float32)],
                           dict(strides=strides, pads=pads, dilations=dilations, group=group))
        cases.append(Case(name, doc, op, inputs, expected.astype(x.dtype), dynamic))
    add("conv2d_bias_stride", "2-D, pads 1, stride 2, bias: conv_2d_nchw_fchw.",
        grid(1, 3, 6, 6), grid(4, 3, 3, 3), grid(4), [2, 2], [1, 1, 1, 1], [1, 1], 1)
    add("conv2d_grouped", "2-D grouped (2 groups), dilation 2, asymmetric pads: conv_2d_ngchw_gfchw.",
        grid(1, 4, 5, 5), grid(6, 2, 3, 3), grid(6), [1, 1], [1, 0, 2, 1], [2, 2], 2)
    add("conv2d_depthwise", "2-D depthwise (group = channels): depthwise_conv_2d_nchw_chw.",
        grid(1, 3, 5, 5), grid(3, 1, 3, 3), None, [1, 2], [1, 1, 1, 1], [1, 1], 3)
    add("conv1d", "1-D, stride 2, pads [1, 2]: conv_1d_ncw_fcw.",
        grid(2, 2, 7), grid(3, 2, 3), grid(3), [2], [1, 2], [1], 1)
    add("conv1d_grouped", "1-D grouped: linalg.generic.",
        grid(1, 4, 6), grid(4, 2, 2), None, [1], [0, 1], [2], 2)
    add("conv3d", "3-D: conv_3d_ncdhw_fcdhw.",
        grid(1, 2, 3, 4, 4), grid(2, 2, 2, 2, 2), grid(2), [1, 2, 1], [1, 0, 0, 1, 1, 1], [1, 1, 2], 1)
    add("conv3d_grouped", "3-D grouped: linalg.generic.",
        grid(1, 4, 3, 3, 3), grid(2, 2, 2, 2, 2), grid(2), [1, 1, 1], [0, 0, 0, 0, 0, 0], [1, 1, 1], 2)
    add("conv2d_f16", "f16 accumulates in f32.",
        grid(1, 2, 4, 4, dtype=np.float16), grid(2, 2, 3, 3, dtype=np.float16),
        grid(2, dtype=np.float16), [1, 1], [1, 1, 1, 1], [1, 1], 1)
    add("conv2d_dynamic", "Dynamic batch and spatial dims.",
        grid(2, 3, 5, 6), grid(2, 3, 3, 2), grid(2), [2, 1], [1, 0, 0, 1], [1, 2], 1,
        dynamic=([[None, 3, None, None], [2, 3, 3, 2], [2]], [None, 2, None, None]))
    return cases


def conv_transpose_cases():
    cases = []
    def add(name, doc, x, w, b, strides, pads, dilations, out_pad, group, dynamic=None):
        attrs = (f"strides = {arr(strides)}, pads = {arr(pads)}, dilations = {arr(dilations)}, "
                 f"output_padding = {arr(out_pad)}, group = {group} : i64")
        operands = "{0}, {1}" + (", {2}" if b is not None else "")
        op = f"plinth.conv_transpose {operands} {{{{{attrs}}}}}"
        inputs = [x, w] + ([b] if b is not None else [])
        expected = ort_run("ConvTranspose", [x, w, b],
                           dict(strides=strides, pads=pads, dilations=dilations,
                                output_padding=out_pad, group=group))
        cases.append(Case(name, doc, op, inputs, expected, dynamic))
    add("convt2d_stride2", "2-D, stride 2, no pads.",
        grid(1, 2, 3, 3), grid(2, 3, 3, 3), None, [2, 2], [0, 0, 0, 0], [1, 1], [0, 0], 1)
    add("convt2d_pads_outpad", "2-D, stride 2, pads 1, output_padding 1, bias.",
        grid(1, 2, 3, 3), grid(2, 2, 3, 3), grid(2), [2, 2], [1, 1, 1, 1], [1, 1], [1, 1], 1)
    add("convt2d_grouped", "2-D grouped (2 groups), stride [2, 1], dilation [1, 2].",
        grid(1, 4, 3, 3), grid(4, 1, 2, 2), grid(2), [2, 1], [0, 1, 0, 0], [1, 2], [1, 0], 2)
    add("convt1d_crop", "1-D, pads larger than dil*(k-1): the dilated input is cropped.",
        grid(1, 1, 4), grid(1, 2, 2), None, [3], [2, 1], [1], [0], 1)
    add("convt1d_unit_stride", "1-D, stride 1: a plain pad.",
        grid(1, 2, 4), grid(2, 1, 3), None, [1], [1, 0], [2], [0], 1)
    add("convt3d", "3-D, stride 2.",
        grid(1, 1, 2, 2, 2), grid(1, 2, 2, 2, 2), None, [2, 2, 2], [0, 0, 0, 1, 1, 1], [1, 1, 1],
        [0, 0, 0], 1)
    add("convt2d_dynamic", "Dynamic batch and spatial dims.",
        grid(2, 2, 3, 2), grid(2, 2, 3, 3), grid(2), [2, 2], [1, 0, 0, 1], [1, 1], [1, 0], 1,
        dynamic=([[None, 2, None, None], [2, 2, 3, 3], [2]], [None, 2, None, None]))
    return cases


def pool_cases():
    cases = []
    def add(name, doc, kind, x, kernel, strides, pads, dilations, ceil=False,
            include_pad=False, dynamic=None):
        attrs = (f"kernel_shape = {arr(kernel)}, strides = {arr(strides)}, pads = {arr(pads)}, "
                 f"dilations = {arr(dilations)}")
        onnx_attrs = dict(kernel_shape=kernel, strides=strides, pads=pads, dilations=dilations,
                          ceil_mode=int(ceil))
        if ceil:
            attrs += ", ceil_mode = true"
        if kind == "avg":
            onnx_attrs["count_include_pad"] = int(include_pad)
            if include_pad:
                attrs += ", count_include_pad = true"
        op = f"plinth.pool {kind} {{0}} {{{{{attrs}}}}}"
        expected = ort_run("MaxPool" if kind == "max" else "AveragePool", [x], onnx_attrs, opset=22)
        cases.append(Case(name, doc, op, [x], expected, dynamic))
    x = grid(1, 2, 6, 6)
    add("maxpool2d_ceil", "Max 2-D, kernel 3, stride 2, pads 1, ceil_mode: pooling_nchw_max.",
        "max", x, [3, 3], [2, 2], [1, 1, 1, 1], [1, 1], ceil=True)
    add("avgpool2d_exclude_pad", "Avg 2-D, pads excluded from the count, ceil_mode.",
        "avg", x, [3, 3], [2, 2], [1, 1, 1, 1], [1, 1], ceil=True)
    add("avgpool2d_include_pad", "Avg 2-D, count_include_pad, ceil_mode (the overhang is not counted).",
        "avg", grid(1, 1, 5, 5), [3, 3], [2, 2], [1, 1, 0, 0], [1, 1], ceil=True, include_pad=True)
    add("avgpool2d_plain", "Avg 2-D without pads: a constant divisor.",
        "avg", grid(1, 2, 4, 4), [2, 2], [2, 2], [0, 0, 0, 0], [1, 1])
    add("avgpool1d_dilated", "Avg 1-D, dilation 2, pads: pooling_ncw_sum.",
        "avg", grid(1, 2, 9), [3], [2], [2, 1], [2])
    add("avgpool1d_dilated_include_pad", "Avg 1-D, dilation 2, count_include_pad, ceil_mode.",
        "avg", grid(1, 1, 8), [2], [3], [1, 1], [2], ceil=True, include_pad=True)
    add("maxpool1d", "Max 1-D: pooling_ncw_max.", "max", grid(2, 1, 7), [2], [2], [0, 1], [1],
        ceil=True)
    add("maxpool3d", "Max 3-D: linalg.generic.", "max", grid(1, 1, 3, 4, 4), [2, 2, 2], [1, 2, 2],
        [0, 0, 0, 0, 1, 1], [1, 1, 1])
    add("avgpool3d", "Avg 3-D with pads: linalg.generic.", "avg", grid(1, 1, 3, 3, 3), [2, 2, 2],
        [2, 2, 2], [1, 1, 1, 0, 0, 0], [1, 1, 1], ceil=True)
    add("maxpool2d_f16", "Max 2-D f16.", "max", grid(1, 1, 4, 4, dtype=np.float16), [2, 2], [1, 1],
        [0, 0, 0, 0], [1, 1])
    add("avgpool2d_f16", "Avg 2-D f16 (sums in f32).", "avg", grid(1, 1, 4, 4, dtype=np.float16),
        [3, 3], [1, 1], [1, 1, 1, 1], [1, 1])
    add("maxpool2d_dynamic", "Max 2-D with dynamic dims and ceil_mode.", "max", grid(1, 2, 6, 7),
        [3, 2], [2, 2], [1, 0, 1, 1], [1, 1], ceil=True,
        dynamic=([[None, None, None, None]], [None, None, None, None]))
    add("avgpool2d_dynamic", "Avg 2-D with dynamic dims, pads excluded.", "avg", grid(1, 2, 5, 6),
        [3, 3], [2, 2], [1, 1, 1, 1], [1, 1], ceil=True,
        dynamic=([[None, 2, None, None]], [None, 2, None, None]))
    return cases


def attention_reference(q, k, v, mask=None, causal=False, scale=None, softcap=None):
    from onnx.reference.ops.op_attention import _compute_attention
    return _compute_attention(q, k, v, attn_mask=mask, is_causal=causal, scale=scale,
                              softcap=softcap)[0]


def attention_cases():
    cases = []
    def add(name, doc, q, k, v, mask=None, causal=False, scale=None, softcap=None,
            dynamic=None, use_ort=True):
        attrs = []
        if causal:
            attrs.append("is_causal")
        if scale is not None:
            attrs.append(f"scale = {scale} : f32")
        if softcap is not None:
            attrs.append(f"softcap = {softcap} : f32")
        op = "plinth.attention {0}, {1}, {2}" + (" mask({3})" if mask is not None else "")
        if attrs:
            op += " {{" + ", ".join(attrs) + "}}"
        expected = attention_reference(q, k, v, mask, causal, scale, softcap)
        if use_ort:  # onnxruntime agrees with the ONNX reference
            onnx_attrs = dict(is_causal=int(causal))
            if scale is not None:
                onnx_attrs["scale"] = scale
            if softcap is not None:
                onnx_attrs["softcap"] = softcap
            got = ort_run("Attention", [q, k, v, mask], onnx_attrs)
            assert np.allclose(got, expected, rtol=1e-4, atol=1e-5), name
        inputs = [q, k, v] + ([mask] if mask is not None else [])
        cases.append(Case(name, doc, op, inputs, expected, dynamic))
    rand = lambda *s: (rng.standard_normal(s)).astype(np.float32)
    add("attention_mha", "MHA, default scale 1/sqrt(D), Sq != Skv, Dv != D.",
        rand(1, 2, 3, 4), rand(1, 2, 5, 4), rand(1, 2, 5, 3))
    mask = np.array([[False, True, True, True], [True, True, False, True],
                     [True, False, True, True], [True, True, True, False]])
    add("attention_gqa_causal_bool_mask",
        "GQA (4 query heads, 2 kv heads), causal and a bool mask; row 0 is fully masked -> zeros.",
        rand(1, 4, 4, 4), rand(1, 2, 4, 4), rand(1, 2, 4, 3), mask=mask, causal=True,
        use_ort=False)
    add("attention_float_mask_softcap",
        "Additive float mask [B,1,Sq,Skv], scale and softcap, batch 2.",
        rand(2, 2, 3, 4), rand(2, 2, 5, 4), rand(2, 2, 5, 4),
        mask=rand(2, 1, 3, 5), scale=0.5, softcap=2.0)
    add("attention_mqa_causal", "MQA (one kv head), causal, Skv > Sq (upper-left aligned).",
        rand(1, 3, 2, 4), rand(1, 1, 4, 4), rand(1, 1, 4, 2), causal=True, use_ort=False)
    add("attention_gqa_dynamic", "GQA with every dim dynamic, bool mask per head.",
        rand(1, 4, 2, 4), rand(1, 2, 3, 4), rand(1, 2, 3, 2),
        mask=rng.random((1, 4, 2, 3)) > 0.3, use_ort=False,
        dynamic=([[None] * 4, [None] * 4, [None] * 4, [None] * 4], [None] * 4))
    add("attention_gqa_dynamic_seq",
        "GQA with static heads and dynamic batch/sequences, causal, float mask [Sq, Skv].",
        rand(2, 4, 3, 4), rand(2, 2, 3, 4), rand(2, 2, 3, 2), mask=rand(3, 3), causal=True,
        dynamic=([[None, 4, None, 4], [None, 2, None, 4], [None, 2, None, 2], [None, None]],
                 [None, 4, None, 2]))
    q, k, v = (rand(1, 2, 2, 4).astype(np.float16) for _ in range(3))
    add("attention_f16", "f16 inputs: f32 inside, f16 result.", q, k, v, causal=True,
        use_ort=False)
    cases[-1].expected = attention_reference(*(t.astype(np.float32) for t in (q, k, v)),
                                             causal=True).astype(np.float16)
    return cases


def rotary_reference(x, cos, sin, pos, interleaved, rot):
    from onnx.reference.ops.op_rotary_embedding import rotary_embedding
    return rotary_embedding(x, cos, sin, pos, interleaved=interleaved,
                            rotary_embedding_dim=rot)


def rotary_cases():
    cases = []
    def add(name, doc, x, cos, sin, pos=None, interleaved=False, rot=0, dynamic=None,
            use_ort=True):
        attrs = []
        if interleaved:
            attrs.append("interleaved")
        if rot:
            attrs.append(f"rotary_embedding_dim = {rot} : i64")
        op = "plinth.rotary_embedding {0}, {1}, {2}" + (", {3}" if pos is not None else "")
        if attrs:
            op += " {{" + ", ".join(attrs) + "}}"
        # Out-of-range positions are clamped into the cache (Plinth's rule).
        clamped = None if pos is None else np.clip(pos, 0, cos.shape[0] - 1)
        expected = rotary_reference(x, cos, sin, clamped, interleaved, rot)
        if use_ort:
            onnx_attrs = dict(interleaved=int(interleaved))
            if rot:
                onnx_attrs["rotary_embedding_dim"] = rot
            got = ort_run("RotaryEmbedding", [x, cos, sin, clamped], onnx_attrs)
            assert np.allclose(got, expected, rtol=1e-4, atol=1e-5), name
        inputs = [x, cos, sin] + ([pos] if pos is not None else [])
        cases.append(Case(name, doc, op, inputs, expected, dynamic))
    rand = lambda *s: (rng.standard_normal(s)).astype(np.float32)
    angles = rng.random((8, 2)) * 3
    cos, sin = np.cos(angles).astype(np.float32), np.sin(angles).astype(np.float32)
    pos = np.array([[0, 5, 3], [7, 1, 2]], dtype=np.int64)
    add("rotary_position_ids", "Non-interleaved, full rotation, position_ids gather the caches.",
        rand(2, 2, 3, 4), cos, sin, pos)
    add("rotary_position_ids_clamped",
        "position_ids out of range (-3, 9 with 8 positions) are clamped to 0 and 7.",
        rand(1, 1, 3, 4), cos, sin, np.array([[-3, 9, 4]], dtype=np.int64), use_ort=False)
    angles = rng.random((2, 2, 2)) * 3
    add("rotary_interleaved_partial",
        "Interleaved, rotary_embedding_dim 4 of 6 (the rest passes), caches [B,S,rot/2].",
        rand(2, 1, 2, 6), np.cos(angles).astype(np.float32), np.sin(angles).astype(np.float32),
        interleaved=True, rot=4)
    add("rotary_partial", "Non-interleaved, rotary_embedding_dim 4 of 8.",
        rand(1, 2, 3, 8), cos, sin, pos[:1], rot=4)
    add("rotary_dynamic", "Dynamic dims with position_ids.", rand(2, 2, 3, 4), cos, sin, pos,
        dynamic=([[None] * 4, [None, None], [None, None], [None, None]], [None] * 4))
    return cases


SUITES = [
    ("contract-matmul.mlir", "plinth.matmul lowered to linalg and run.", matmul_cases),
    ("contract-einsum.mlir", "plinth.einsum lowered to linalg and run.", einsum_cases),
    ("contract-conv.mlir", "plinth.conv lowered to linalg and run.", conv_cases),
    ("contract-conv-transpose.mlir", "plinth.conv_transpose lowered to linalg and run.",
     conv_transpose_cases),
    ("contract-pool.mlir", "plinth.pool lowered to linalg and run.", pool_cases),
    ("contract-attention.mlir", "plinth.attention lowered to linalg and run.", attention_cases),
    ("contract-rotary.mlir", "plinth.rotary_embedding lowered to linalg and run.", rotary_cases),
]

def main():
    verify = "--verify" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--verify"]
    out_dir = args[0] if args else HERE
    for file_name, title, make in SUITES:
        cases = make()
        path = os.path.join(out_dir, file_name)
        with open(path, "w") as f:
            f.write(render(title, cases))
        if verify:
            printed = run_file(path, len(cases))
            for case, got in zip(cases, printed):
                flat = [float(t) for row in got for t in row]
                want = case.expected.astype(np.float64).ravel()
                if not np.allclose(flat, want, rtol=1e-4, atol=1e-5, equal_nan=True):
                    raise SystemExit(f"{file_name}: {case.name} differs:\n{flat}\n{want}")
            with open(path, "w") as f:
                f.write(render(title, cases, printed))
        print("wrote", path)


if __name__ == "__main__":
    main()
