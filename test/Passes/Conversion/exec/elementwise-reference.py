#!/usr/bin/env python3
"""Writes the elementwise-*.mlir execution tests of the elementwise lowerings.

Every expected value comes from numpy or onnxruntime (the ONNX op run on the
same inputs), never from Plinth; where ONNX leaves a result undefined and
Plinth defines it (integer division by zero, float to integer casts of NaN or
out-of-range values), the case says so and numpy computes the defined
result. Integers are checked exactly; floats keep the reference's leading 5
significant digits (4 or 3 where the run straddles a rounding boundary, 3 for
f16) followed by `{{[0-9]*}}`, and values below 1e-5 in magnitude match any
tiny number (atol 1e-5). The script runs each test (needs build/bin/plinth-opt
or $PLINTH_OPT) to pick the digits that both the reference and the run agree
on, and stops if they disagree beyond that.

reduce-reference.py imports the harness (Case, write_tests) from here.

Usage: elementwise-reference.py [OUTPUT_DIR]
"""

import math
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
ELEMENT = {"float32": "f32", "float16": "f16", "float64": "f64", "int8": "i8",
           "int16": "i16", "int32": "i32", "int64": "i64", "uint8": "ui8",
           "uint16": "ui16", "uint32": "ui32", "bool": "i1"}


def printed_as(dtype):
    """The element type a result is printed as (plinth.cast to it first)."""
    dtype = np.dtype(dtype)
    if dtype == np.int64:
        return "i64"
    if dtype.kind in "iub":
        return "i32"
    return "f32"


def ort_run(op, inputs, attrs=None, opset=21, outputs=1):
    """Runs one ONNX node in onnxruntime."""
    names = [f"i{k}" for k in range(len(inputs))]
    node = helper.make_node(op, names, [f"y{k}" for k in range(outputs)], **(attrs or {}))
    infos = [helper.make_tensor_value_info(n, helper.np_dtype_to_tensor_dtype(a.dtype), a.shape)
             for n, a in zip(names, inputs)]
    outs = [helper.make_empty_tensor_value_info(f"y{k}") for k in range(outputs)]
    model = helper.make_model(helper.make_graph([node], "g", infos, outs),
                              opset_imports=[helper.make_opsetid("", opset)])
    model.ir_version = 10
    session = ort.InferenceSession(model.SerializeToString(),
                                   providers=["CPUExecutionProvider"])
    result = session.run(None, dict(zip(names, inputs)))
    return result if outputs > 1 else result[0]


class Case:
    """One op run. `op` is the op's text with `{a0}`.. for the operands and
    `{t0}`.. / `{r0}`.. for the operand / result types. `expected` holds one
    array per result (dtype = the result's element type). `dynamic` lists
    the operand and result shapes (None: `?`) the op sees through a helper
    function; otherwise the op runs on the constants directly."""

    def __init__(self, doc, op, inputs, expected, dynamic=None, digits=5):
        self.doc, self.op, self.inputs = doc, op, inputs
        self.expected = expected if isinstance(expected, list) else [expected]
        self.dynamic, self.digits = dynamic, digits


def type_of(dtype, shape):
    dims = "x".join("?" if d is None else str(d) for d in shape)
    element = ELEMENT[np.dtype(dtype).name]
    return f"tensor<{dims}x{element}>" if dims else f"tensor<{element}>"


def literal(array):
    def value(v):
        if array.dtype == np.bool_:
            return "true" if v else "false"
        if array.dtype.kind == "f":
            if math.isnan(v):
                return "0x7FC00000" if array.dtype == np.float32 else "0x7E00"
            if math.isinf(v):
                bits = {(np.float32, 1): "0x7F800000", (np.float32, -1): "0xFF800000",
                        (np.float16, 1): "0x7C00", (np.float16, -1): "0xFC00"}
                return bits[(array.dtype.type, 1 if v > 0 else -1)]
            return repr(float(v))
        return str(int(v))

    def nest(a):
        if a.ndim == 0:
            return value(a.item())
        return "[" + ", ".join(nest(x) for x in a) + "]"
    return f"dense<{nest(array)}>"


def function(k, case):
    """The test function `@case{k}` (and its dynamic helper)."""
    lines, names, types = [], [], []
    for i, array in enumerate(case.inputs):
        t = type_of(array.dtype, array.shape)
        lines.append(f"  %in{i} = plinth.constant {literal(array)} : {t}")
        names.append(f"%in{i}")
        types.append(t)
    results = [type_of(e.dtype, e.shape) for e in case.expected]
    helper_fn = ""
    if case.dynamic:
        shapes = case.dynamic
        dyn_in = [type_of(a.dtype, s) for a, s in zip(case.inputs, shapes)]
        dyn_out = [type_of(e.dtype, s) for e, s in zip(case.expected, shapes[len(dyn_in):])]
        args = ", ".join(f"%a{i}: {t}" for i, t in enumerate(dyn_in))
        op = case.op.format(**{f"a{i}": f"%a{i}" for i in range(len(dyn_in))},
                            **{f"t{i}": t for i, t in enumerate(dyn_in)},
                            **{f"r{i}": t for i, t in enumerate(dyn_out)})
        outs = ", ".join(dyn_out)
        helper_fn = (f"func.func @case{k}_dynamic({args}) -> ({outs}) {{\n"
                     f"  %r:{len(dyn_out)} = {op}\n"
                     f"  return {', '.join(f'%r#{i}' for i in range(len(dyn_out)))} : {outs}\n}}\n\n")
        for i, (t, d) in enumerate(zip(types, dyn_in)):
            lines.append(f"  %d{i} = tensor.cast %in{i} : {t} to {d}")
        lines.append(f"  %r:{len(dyn_out)} = call @case{k}_dynamic("
                     f"{', '.join(f'%d{i}' for i in range(len(dyn_in)))}) : "
                     f"({', '.join(dyn_in)}) -> ({outs})")
        results = dyn_out
    else:
        op = case.op.format(**{f"a{i}": n for i, n in enumerate(names)},
                            **{f"t{i}": t for i, t in enumerate(types)},
                            **{f"r{i}": t for i, t in enumerate(results)})
        lines.append(f"  %r:{len(results)} = {op}")
    for i, (e, t) in enumerate(zip(case.expected, results)):
        shown = printed_as(e.dtype)
        value = f"%r#{i}"
        if ELEMENT[e.dtype.name] != shown:
            shown_type = t.rsplit("x", 1)[0] + f"x{shown}>" if "x" in t else f"tensor<{shown}>"
            lines.append(f"  %p{i} = plinth.cast {value} : {t} to {shown_type}")
            value, t = f"%p{i}", shown_type
        lines.append(f"  %u{i} = tensor.cast {value} : {t} to tensor<*x{shown}>")
        lines.append(f"  call @printMemref{shown.upper()}(%u{i}) : (tensor<*x{shown}>) -> ()")
    body = "\n".join(lines)
    return helper_fn + f"func.func @case{k}() {{\n{body}\n  return\n}}\n"


def module(cases):
    text = [f"func.func private @printMemref{e.upper()}(tensor<*x{e}>)"
            for e in ("f32", "i32", "i64")]
    text.append("")
    for k, case in enumerate(cases):
        text.append(function(k, case))
    calls = "\n".join(f"  call @case{k}() : () -> ()" for k in range(len(cases)))
    text.append(f"func.func @main() {{\n{calls}\n  return\n}}\n")
    return "\n".join(text)


def run(text):
    opt = os.environ.get("PLINTH_OPT", os.path.join(ROOT, "build", "bin", "plinth-opt"))
    lowered = subprocess.run([opt, "--plinth-lower-to-linalg"], input=text, text=True,
                             capture_output=True, check=True).stdout
    llvm = subprocess.run([f"{LLVM}/bin/mlir-opt"] + PIPELINE.replace('"', "").split(),
                          input=lowered, text=True, capture_output=True, check=True).stdout
    return subprocess.run([f"{LLVM}/bin/mlir-runner", "-e", "main",
                           "-entry-point-result=void", f"-shared-libs={SHLIBS}"],
                          input=llvm, text=True, capture_output=True, check=True).stdout


NUMBER = re.compile(r"-?nan|-?inf|-?[0-9][0-9.]*(?:e[-+][0-9]+)?")


def float_pattern(value, printed, digits):
    """A FileCheck pattern of `value` that `printed` matches (module doc)."""
    if math.isnan(value):
        if "nan" not in printed:
            raise ValueError(f"expected nan, run printed {printed}")
        return "{{-?nan}}"
    if math.isinf(value) or "%g" % value == printed:
        if "%g" % value != printed:
            raise ValueError(f"expected {value:g}, run printed {printed}")
        return printed
    if value == 0 and printed in ("0", "-0"):
        return "{{-?}}0"
    if abs(value) < 1e-5 and abs(float(printed)) < 1e-5:
        return "{{-?(0|[0-9.]+e-(0[5-9]|[1-9][0-9]+))}}"
    mantissa, _, exponent = ("%.6g" % value).partition("e")
    suffix = "e" + exponent if exponent else ""
    for keep in [d for d in (5, 4, 3) if d <= digits]:
        kept, count = "", 0
        for ch in mantissa:
            if count == keep:
                break
            kept += ch
            count += ch.isdigit() and (count > 0 or ch != "0")
        if "." not in kept and "." in mantissa:
            continue  # would cut integer digits
        # The run may print fewer digits (trailing zeros dropped).
        head = kept.rstrip("0").rstrip(".") if "." in kept else kept
        tail = kept[len(head):] if "." in kept else "."
        optional = "(" + re.escape(tail) + "[0-9]*)?"
        regex = re.escape(head) + optional + re.escape(suffix)
        if re.fullmatch(regex, printed) and math.isclose(float(printed), value,
                                                        rel_tol=10.0 ** (1 - keep),
                                                        abs_tol=1e-5):
            return head + "{{" + optional + "}}" + suffix
    raise ValueError(f"expected {value!r}, run printed {printed}")


def checks(case, printed):
    """CHECK lines of a case from the reference, matched against `printed`
    (one (sizes, data lines) per result)."""
    out = []
    for expected, (sizes, lines) in zip(case.expected, printed):
        shape = ", ".join(str(d) for d in expected.shape)
        if sizes != shape:
            raise ValueError(f"expected sizes [{shape}], run printed [{sizes}]")
        out.append(f"// CHECK: sizes = [{shape}] strides")
        flat = iter(expected.ravel().tolist() if expected.size else [])
        for line in lines if expected.size else []:
            pieces, last = [], 0
            for m in NUMBER.finditer(line):
                pieces.append(line[last:m.start()])
                value = next(flat)
                if expected.dtype.kind == "f":
                    pieces.append(float_pattern(float(value), m.group(), case.digits))
                else:
                    if int(m.group()) != int(value):
                        raise ValueError(f"expected {int(value)}, run printed {m.group()}")
                    pieces.append(str(int(value)))
                last = m.end()
            pieces.append(line[last:])
            text = re.sub(r"\s+", " ", "".join(pieces).strip())
            text = re.sub(r"\[\[+", lambda m: "{{" + "\\[" * len(m.group()) + "}}", text)
            out.append(f"// CHECK-NEXT: {text}")
        if next(flat, None) is not None:
            raise ValueError("the run printed fewer values than expected")
    return out


def parse(output):
    """(sizes, data lines) of every printed memref."""
    printed = []
    for block in output.split("Unranked Memref")[1:]:
        sizes = re.search(r"sizes = \[([^\]]*)\]", block).group(1)
        lines = [l for l in block.split("data =", 1)[1].splitlines() if l.strip()]
        printed.append((sizes, lines))
    return printed


def write_tests(directory, name, title, cases):
    text = module(cases)
    printed = parse(run(text))
    out = [RUN, f"// {title}",
           f"// Expected values: numpy / onnxruntime, written by {os.path.basename(sys.argv[0])}.",
           ""]
    index = 0
    for k, case in enumerate(cases):
        count = len(case.expected)
        try:
            lines = checks(case, printed[index:index + count])
        except ValueError as error:
            raise SystemExit(f"{name}: case {k} ({case.doc}): {error}")
        index += count
        out.append(f"// case{k}: {case.doc}")
        out += lines
    out.append("")
    out.append(text)
    with open(os.path.join(directory, name), "w") as f:
        f.write("\n".join(out))
    print(f"wrote {name}: {len(cases)} cases")


#===------------------------------------------------------------------------===#
# Elementwise cases
#===------------------------------------------------------------------------===#

rng = np.random.default_rng(7)
F = np.array([[-3.5, -1.0, -0.25, 0.0], [0.3, 1.0, 2.5, 20.0]], np.float32)
POSITIVE = np.abs(F) + np.float32(0.1)


def unary_cases():
    cases = []
    onnx = {"abs": "Abs", "neg": "Neg", "exp": "Exp", "log": "Log", "sqrt": "Sqrt",
            "reciprocal": "Reciprocal", "sin": "Sin", "cos": "Cos", "tanh": "Tanh",
            "erf": "Erf", "ceil": "Ceil", "floor": "Floor", "sign": "Sign", "relu": "Relu",
            "sigmoid": "Sigmoid", "softplus": "Softplus", "elu": "Elu",
            "leaky_relu": "LeakyRelu", "hard_sigmoid": "HardSigmoid", "hard_swish": "HardSwish"}
    # Attribute dictionaries, braces doubled for str.format.
    attrs = {"elu": ("{{alpha = 0.7 : f32}}", {"alpha": 0.7}),
             "leaky_relu": ("{{alpha = 0.1 : f32}}", {"alpha": 0.1}),
             "hard_sigmoid": ("{{alpha = 0.3 : f32, beta = 0.4 : f32}}",
                              {"alpha": 0.3, "beta": 0.4})}
    for kind, name in onnx.items():
        x = POSITIVE if kind in ("log", "sqrt", "reciprocal") else F
        text, onnx_attrs = attrs.get(kind, ("", {}))
        cases.append(Case(f"{kind} f32 (onnxruntime {name})",
                          f"plinth.unary {kind} {{a0}} {text} : {{t0}}", [x],
                          ort_run(name, [x], onnx_attrs, opset=18)))
    big = np.array([-100.0, -30.0, 30.0, 100.0], np.float32)
    cases.append(Case("softplus stays finite for large |x| (numpy logaddexp)",
                      "plinth.unary softplus {a0} : {t0}", [big],
                      np.logaddexp(0, big.astype(np.float64)).astype(np.float32)))
    h = F.astype(np.float16)
    cases.append(Case("sigmoid f16, computed in f32 (onnxruntime Sigmoid on f32)",
                      "plinth.unary sigmoid {a0} : {t0}", [h],
                      ort_run("Sigmoid", [h.astype(np.float32)]).astype(np.float16),
                      digits=3))
    cases.append(Case("tanh with dynamic dims (onnxruntime Tanh)",
                      "plinth.unary tanh {a0} : {t0}", [F], ort_run("Tanh", [F]),
                      dynamic=[(None, None)] * 2))
    i = np.array([[-7, 0, 5], [2147483647, -2147483648, -1]], np.int32)
    for kind, ref in [("abs", np.abs(i)), ("neg", -i), ("sign", np.sign(i)),
                      ("relu", np.maximum(i, 0))]:
        cases.append(Case(f"{kind} i32 (numpy, wrapping)",
                          f"plinth.unary {kind} {{a0}} : {{t0}}", [i], ref))
    u = np.array([0, 1, 200, 255], np.uint8)
    for kind, ref in [("abs", u), ("sign", np.sign(u)), ("relu", u), ("neg", -u)]:
        cases.append(Case(f"{kind} ui8 (numpy)", f"plinth.unary {kind} {{a0}} : {{t0}}", [u], ref))
    b = np.array([True, False])
    cases.append(Case("not i1", "plinth.unary not {a0} : {t0}", [b], ~b))
    return cases


def binary_cases():
    cases = []
    a = np.round(rng.standard_normal((2, 3)), 3).astype(np.float32)
    b = np.array([0.5, -2.0, 3.0], np.float32)
    c = np.array([[1.5], [-0.75]], np.float32)
    sig = "({t0}, {t1}) -> {r0}"
    for kind, name in [("add", "Add"), ("sub", "Sub"), ("mul", "Mul"), ("div", "Div"),
                       ("max", "Max"), ("min", "Min")]:
        cases.append(Case(f"{kind} f32 2x3 and 3 (onnxruntime {name})",
                          f"plinth.binary {kind} {{a0}}, {{a1}} : {sig}", [a, b],
                          ort_run(name, [a, b])))
    cases.append(Case("prelu f32 2x3 and 2x1 (onnxruntime PRelu)",
                      f"plinth.binary prelu {{a0}}, {{a1}} : {sig}", [a, c],
                      ort_run("PRelu", [a, c])))
    base = np.array([[2.0, -2.0, 0.5], [9.0, -3.0, 0.0]], np.float32)
    expo = np.array([3.0, 2.0, -1.0], np.float32)
    cases.append(Case("pow f32 with negative bases (onnxruntime Pow)",
                      f"plinth.binary pow {{a0}}, {{a1}} : {sig}", [base, expo],
                      ort_run("Pow", [base, expo])))
    x = np.array([5.5, -5.5, 5.5, -5.5], np.float32)
    y = np.array([2.0, 2.0, -2.0, -2.0], np.float32)
    cases.append(Case("fmod f32: sign of the dividend (onnxruntime Mod fmod=1)",
                      f"plinth.binary fmod {{a0}}, {{a1}} : {sig}", [x, y],
                      ort_run("Mod", [x, y], {"fmod": 1})))
    n = np.array([1.0, np.nan, 3.0], np.float32)
    m = np.array([np.nan, 2.0, 1.0], np.float32)
    cases.append(Case("max f32 propagates NaN (onnxruntime Max)",
                      f"plinth.binary max {{a0}}, {{a1}} : {sig}", [n, m], ort_run("Max", [n, m])))
    cases.append(Case("min f32 propagates NaN (onnxruntime Min)",
                      f"plinth.binary min {{a0}}, {{a1}} : {sig}", [n, m], ort_run("Min", [n, m])))
    h = a.astype(np.float16)
    cases.append(Case("mul f16, computed in f32 (numpy)",
                      f"plinth.binary mul {{a0}}, {{a1}} : {sig}", [h, b.astype(np.float16)],
                      (h.astype(np.float32) * b).astype(np.float16), digits=3))
    # Run-time broadcasting: `?` dims that are 1 at run time.
    col = np.array([[1.0], [2.0], [3.0]], np.float32)
    row = np.array([[10.0, 20.0]], np.float32)
    cases.append(Case("add ?x? + ?x? broadcasting 3x1 and 1x2 at run time (numpy)",
                      f"plinth.binary add {{a0}}, {{a1}} : {sig}", [col, row], col + row,
                      dynamic=[(None, None), (None, None), (None, None)]))
    cases.append(Case("sub ?x3 - 2x3 with the ? being 1 at run time (numpy)",
                      f"plinth.binary sub {{a0}}, {{a1}} : {sig}", [b[None], a], b[None] - a,
                      dynamic=[(None, 3), (2, 3), (2, 3)]))
    # Integers.
    p = np.array([-7, 7, -7, 7, 5, -2147483648, 0, 9], np.int32)
    q = np.array([3, -3, -3, 3, 0, -1, 0, 2], np.int32)

    def ints(kind, f):
        return np.array([0 if v == 0 else f(u, v) for u, v in zip(p.tolist(), q.tolist())],
                        np.int64).astype(np.int32)
    cases.append(Case("div i32 truncates toward zero (onnxruntime Div); defined here: "
                      "x / 0 = 0, INT_MIN / -1 = INT_MIN (wraps)",
                      f"plinth.binary div {{a0}}, {{a1}} : {sig}", [p, q],
                      ints("div", lambda u, v: -u if v == -1 else int(u / v))))
    cases.append(Case("mod i32: sign of the divisor (onnxruntime Mod); x mod 0 = 0",
                      f"plinth.binary mod {{a0}}, {{a1}} : {sig}", [p, q],
                      ints("mod", lambda u, v: u - v * math.floor(u / v))))
    cases.append(Case("fmod i32: sign of the dividend (onnxruntime Mod fmod=1); x fmod 0 = 0",
                      f"plinth.binary fmod {{a0}}, {{a1}} : {sig}", [p, q],
                      ints("fmod", lambda u, v: int(math.fmod(u, v)))))
    pb = np.array([2, -3, 5, 2, 1, -1, -1, 3], np.int64)
    pe = np.array([10, 3, 0, -1, -5, -3, -2, 39], np.int64)
    def int_pow(u, v):
        # Negative exponents: the truncated real power, as onnxruntime.
        return u ** v if v >= 0 else int(1 / u ** -v) if u else 0
    cases.append(Case("pow i64 by squaring, exact (python integers; onnxruntime Pow goes "
                      "through double), negative exponents truncate like onnxruntime",
                      f"plinth.binary pow {{a0}}, {{a1}} : {sig}", [pb, pe],
                      np.array([int_pow(u, v) for u, v in zip(pb.tolist(), pe.tolist())],
                               np.int64), dynamic=[(None,), (None,), (None,)]))
    ua = np.array([200, 7, 9, 255], np.uint8)
    ub = np.array([3, 0, 2, 255], np.uint8)
    cases.append(Case("div ui8 unsigned; x / 0 = 0 (numpy)",
                      f"plinth.binary div {{a0}}, {{a1}} : {sig}", [ua, ub],
                      np.array([66, 0, 4, 1], np.uint8)))
    cases.append(Case("max ui8 unsigned (numpy)", f"plinth.binary max {{a0}}, {{a1}} : {sig}",
                      [ua, ub], np.maximum(ua, ub)))
    cases.append(Case("sub i32 with dynamic dims (numpy)",
                      f"plinth.binary sub {{a0}}, {{a1}} : {sig}", [p, q], p - q,
                      dynamic=[(None,), (None,), (None,)]))
    ba = np.array([True, True, False, False])
    bb = np.array([True, False, True, False])
    for kind, f in [("and", np.logical_and), ("or", np.logical_or), ("xor", np.logical_xor)]:
        cases.append(Case(f"{kind} i1 (numpy)", f"plinth.binary {kind} {{a0}}, {{a1}} : {sig}",
                          [ba, bb], f(ba, bb)))
    return cases


def compare_cases():
    cases = []
    fa = np.array([[1.0, np.nan, 3.0, -1.0], [2.0, 2.0, np.inf, 0.0]], np.float32)
    fb = np.array([2.0, np.nan, 3.0, -np.inf], np.float32)
    ua = np.array([200, 7, 9, 1], np.uint8)
    ub = np.array([3, 7, 200, 255], np.uint8)
    sig = "({t0}, {t1}) -> {r0}"
    for p, f in [("eq", np.equal), ("lt", np.less), ("le", np.less_equal),
                 ("gt", np.greater), ("ge", np.greater_equal)]:
        cases.append(Case(f"{p} f32, NaN compares false (numpy)",
                          f"plinth.compare {p} {{a0}}, {{a1}} : {sig}", [fa, fb], f(fa, fb)))
    cases.append(Case("lt ui8 unsigned (numpy)", f"plinth.compare lt {{a0}}, {{a1}} : {sig}",
                      [ua, ub], ua < ub))
    cases.append(Case("lt i8 signed, same bits (numpy)",
                      f"plinth.compare lt {{a0}}, {{a1}} : {sig}",
                      [ua.astype(np.int8), ub.astype(np.int8)],
                      ua.astype(np.int8) < ub.astype(np.int8)))
    ba, bb = np.array([True, False]), np.array([[False], [True]])
    cases.append(Case("gt i1 (false < true), broadcast (numpy)",
                      f"plinth.compare gt {{a0}}, {{a1}} : {sig}", [ba, bb], ba > bb))
    ia = np.array([[5, -3], [0, 9]], np.int64)
    ib = np.array([[-3], [9]], np.int64)
    cases.append(Case("ge i64 with dynamic dims, broadcast at run time (numpy)",
                      f"plinth.compare ge {{a0}}, {{a1}} : {sig}", [ia, ib], ia >= ib,
                      dynamic=[(None, None), (None, None), (None, None)]))
    return cases


def select_cases():
    c = np.array([[True], [False]])
    t = np.round(rng.standard_normal((2, 3)), 3).astype(np.float32)
    e = np.array(7.0, np.float32)
    sig = "({t0}, {t1}, {t2}) -> {r0}"
    return [
        Case("select 2x1 ? 2x3 : scalar (onnxruntime Where)",
             f"plinth.select {{a0}}, {{a1}}, {{a2}} : {sig}", [c, t, e], ort_run("Where", [c, t, e])),
        Case("select with dynamic dims (onnxruntime Where)",
             f"plinth.select {{a0}}, {{a1}}, {{a2}} : {sig}", [c, t, e], ort_run("Where", [c, t, e]),
             dynamic=[(None, None), (None, None), (), (None, None)]),
        Case("select ui8 (numpy)", f"plinth.select {{a0}}, {{a1}}, {{a2}} : {sig}",
             [np.array([True, False, True]), np.array([1, 2, 3], np.uint8),
              np.array([200, 201, 202], np.uint8)], np.array([1, 201, 3], np.uint8)),
    ]


def to_f16(x):
    with np.errstate(over="ignore"):
        return x.astype(np.float16)


def cast_cases():
    cases = []
    sig = "{t0} to {r0}"
    s = np.array([np.nan, np.inf, -np.inf, 1e10, -1e10, 3.7, -3.7, -0.5, 255.9, 256.0],
                 np.float32)
    defined = ("defined here (ONNX leaves it undefined): NaN -> 0, "
               "out of range saturates (python reference)")

    def saturate(x, dtype):
        info = np.iinfo(dtype)
        return np.array([0 if math.isnan(v) else info.max if v >= info.max
                         else info.min if v <= info.min else int(v) for v in x.tolist()],
                        dtype)
    for dtype in (np.int32, np.int64, np.uint8, np.int8):
        cases.append(Case(f"f32 -> {np.dtype(dtype).name}: {defined}",
                          f"plinth.cast {{a0}} : {sig}", [s], saturate(s, dtype)))
    cases.append(Case("f32 -> i1 is != 0 (numpy)", f"plinth.cast {{a0}} : {sig}",
                      [np.array([np.nan, 0.0, -0.0, 0.5], np.float32)],
                      np.array([True, False, False, True])))
    cases.append(Case("f32 -> f16 rounds, overflow gives inf (numpy)", f"plinth.cast {{a0}} : {sig}",
                      [s[1:]], to_f16(s[1:]), digits=3))
    h = np.array([65504.0, -2.5, 0.1], np.float16)
    cases.append(Case("f16 -> i32 (numpy)", f"plinth.cast {{a0}} : {sig}", [h], h.astype(np.int32)))
    i = np.array([-1, 0, 1, 127, -128], np.int8)
    cases.append(Case("i8 -> i64 sign-extends (numpy)", f"plinth.cast {{a0}} : {sig}", [i],
                      i.astype(np.int64)))
    u = i.view(np.uint8)
    cases.append(Case("ui8 -> i32 zero-extends (numpy)", f"plinth.cast {{a0}} : {sig}", [u],
                      u.astype(np.int32)))
    cases.append(Case("ui8 -> f32 (numpy)", f"plinth.cast {{a0}} : {sig}", [u], u.astype(np.float32)))
    cases.append(Case("i8 -> f32 (numpy)", f"plinth.cast {{a0}} : {sig}", [i], i.astype(np.float32)))
    w = np.array([300, -1, 70000], np.int32)
    cases.append(Case("i32 -> ui8 truncates the bits (numpy)", f"plinth.cast {{a0}} : {sig}", [w],
                      w.astype(np.uint8)))
    cases.append(Case("i1 -> f32 (numpy)", f"plinth.cast {{a0}} : {sig}",
                      [np.array([True, False])], np.array([1.0, 0.0], np.float32)))
    x = np.array([[1.5, -2.25], [1e10, -7.0]], np.float32)
    cases.append(Case("f32 -> i64 with dynamic dims (numpy)", f"plinth.cast {{a0}} : {sig}", [x],
                      np.trunc(x).astype(np.int64), dynamic=[(None, None), (None, None)]))
    cases.append(Case("f32 ?x? -> f64 2x2, static result from a dynamic input (numpy)",
                      f"plinth.cast {{a0}} : {sig}", [x], x.astype(np.float64),
                      dynamic=[(None, None), (2, 2)]))
    return cases


def fp_class_cases():
    v = np.array([[1.0, np.nan, np.inf], [-np.inf, 0.0, -np.nan]], np.float32)
    sig = "{t0} -> {r0}"
    cases = []
    for kind, f in [("nan", np.isnan), ("inf", np.isinf), ("pos_inf", np.isposinf),
                    ("neg_inf", np.isneginf)]:
        cases.append(Case(f"{kind} f32 (numpy)", f"plinth.fp_class {kind} {{a0}} : {sig}", [v], f(v)))
    cases.append(Case("inf f16 (numpy)", f"plinth.fp_class inf {{a0}} : {sig}",
                      [v.astype(np.float16)], np.isinf(v)))
    cases.append(Case("nan with dynamic dims (numpy)", f"plinth.fp_class nan {{a0}} : {sig}", [v],
                      np.isnan(v), dynamic=[(None, None), (None, None)]))
    return cases


def gelu_cases():
    g = np.round(rng.standard_normal((2, 4)) * 3, 3).astype(np.float32)
    exact = ort_run("Gelu", [g], opset=20)
    approx = ort_run("Gelu", [g], {"approximate": "tanh"}, opset=20)
    erf = np.vectorize(math.erf)
    g16 = g.astype(np.float16).astype(np.float64)
    return [
        Case("gelu none (onnxruntime Gelu)", "plinth.gelu none {a0} : {t0}", [g], exact),
        Case("gelu tanh (onnxruntime Gelu approximate=tanh)", "plinth.gelu tanh {a0} : {t0}",
             [g], approx),
        Case("gelu none with dynamic dims (onnxruntime Gelu)", "plinth.gelu none {a0} : {t0}",
             [g], exact, dynamic=[(None, None)] * 2),
        Case("gelu none f16, computed in f32 (numpy, math.erf)", "plinth.gelu none {a0} : {t0}",
             [g.astype(np.float16)],
             (0.5 * g16 * (1 + erf(g16 / math.sqrt(2)))).astype(np.float16), digits=3),
    ]


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else HERE
    tests = [
        ("elementwise-unary.mlir", "plinth.unary lowered to linalg and run.", unary_cases),
        ("elementwise-binary.mlir", "plinth.binary lowered to linalg and run.", binary_cases),
        ("elementwise-compare.mlir", "plinth.compare lowered to linalg and run.", compare_cases),
        ("elementwise-select.mlir", "plinth.select lowered to linalg and run.", select_cases),
        ("elementwise-cast.mlir", "plinth.cast lowered to linalg and run.", cast_cases),
        ("elementwise-fp-class.mlir", "plinth.fp_class lowered to linalg and run.", fp_class_cases),
        ("elementwise-gelu.mlir", "plinth.gelu lowered to linalg and run.", gelu_cases),
    ]
    for name, title, cases in tests:
        write_tests(directory, name, title, cases())


if __name__ == "__main__":
    main()
