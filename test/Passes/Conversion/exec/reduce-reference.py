#!/usr/bin/env python3
"""Writes the reduce-*.mlir execution tests of the reduction lowerings
(reduce, arg_reduce, softmax, layer_norm, rms_norm, group_norm, cumsum,
topk).

Expected values come from onnxruntime (the ONNX op on the same inputs) or
numpy in float64, never from Plinth; where ONNX calls an input an error and
Plinth defines the result (topk with k above the run-time axis size), the
case says so. The harness (how values become CHECK lines, and the run that
checks them) is elementwise-reference.py's.

Usage: reduce-reference.py [OUTPUT_DIR]
"""

import importlib.util
import math
import os
import sys

import numpy as np

_spec = importlib.util.spec_from_file_location(
    "elementwise_reference",
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "elementwise-reference.py"))
harness = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(harness)
Case, ort_run = harness.Case, harness.ort_run

rng = np.random.default_rng(5)


def normal(*shape, scale=1.0):
    return np.round(rng.standard_normal(shape) * scale, 3).astype(np.float32)


def i64(*values):
    return np.array(values, np.int64)


def reduce_op(kind, axes, keep):
    listed = ": " + ", ".join(map(str, axes)) if axes else ""
    return (f"plinth.reduce {kind} {{a0}} {{{{axes = array<i64{listed}>, "
            f"keep_dims = {str(keep).lower()}}}}} : ({{t0}}) -> {{r0}}")


ONNX_REDUCE = {"sum": "ReduceSum", "mean": "ReduceMean", "max": "ReduceMax",
               "min": "ReduceMin", "prod": "ReduceProd", "sum_square": "ReduceSumSquare",
               "l2": "ReduceL2", "log_sum_exp": "ReduceLogSumExp"}


def ort_reduce(kind, x, axes, keep):
    return ort_run(ONNX_REDUCE[kind], [x, i64(*axes)], {"keepdims": int(keep)}, opset=18)


def reduce_cases():
    cases = []
    x = normal(2, 3, 4)
    for kind, name in ONNX_REDUCE.items():
        cases.append(Case(f"{kind} over axis 1 (onnxruntime {name})", reduce_op(kind, [1], False),
                          [x], ort_reduce(kind, x, [1], False)))
    for kind in ("sum", "max", "log_sum_exp", "prod"):
        cases.append(Case(f"{kind} over axes 0, 2 keeping dims (onnxruntime)",
                          reduce_op(kind, [0, 2], True), [x], ort_reduce(kind, x, [0, 2], True)))
    cases.append(Case("mean over every axis to a 0-d tensor (onnxruntime)",
                      reduce_op("mean", [0, 1, 2], False), [x], ort_reduce("mean", x, [0, 1, 2], False)))
    cases.append(Case("min over every axis keeping dims (onnxruntime)",
                      reduce_op("min", [0, 1, 2], True), [x], ort_reduce("min", x, [0, 1, 2], True)))
    for kind, f in [("sum_square", np.square), ("l2", np.abs), ("log_sum_exp", lambda v: v),
                    ("mean", lambda v: v)]:
        cases.append(Case(f"{kind} over no axes is elementwise (numpy)", reduce_op(kind, [], False),
                          [x[0]], f(x[0])))
    cases.append(Case("mean over axes 0, 2 with dynamic dims: the count is read at run time "
                      "(onnxruntime)", reduce_op("mean", [0, 2], True), [x],
                      ort_reduce("mean", x, [0, 2], True),
                      dynamic=[(None, None, None), (1, None, 1)]))
    cases.append(Case("l2 over axis 2 with dynamic dims (onnxruntime)", reduce_op("l2", [2], False),
                      [x], ort_reduce("l2", x, [2], False),
                      dynamic=[(None, None, None), (None, None)]))
    big = np.array([[1000.0, 1001.0, 999.0], [-1000.0, -1e30, -999.0]], np.float32)
    cases.append(Case("log_sum_exp is stable for large values (onnxruntime)",
                      reduce_op("log_sum_exp", [1], False), [big],
                      ort_reduce("log_sum_exp", big, [1], False)))
    h = normal(2, 40).astype(np.float16)
    wide = h.astype(np.float64)
    cases.append(Case("sum f16 accumulates in f32 (numpy float64)", reduce_op("sum", [1], False),
                      [h], wide.sum(1).astype(np.float16), digits=3))
    cases.append(Case("mean f16 accumulates in f32 (numpy float64)", reduce_op("mean", [1], False),
                      [h], wide.mean(1).astype(np.float16), digits=3))
    xi = rng.integers(-5, 6, (3, 4)).astype(np.int32)
    for kind in ("sum", "prod", "max", "min", "mean", "sum_square"):
        cases.append(Case(f"{kind} i32 in integers (onnxruntime)", reduce_op(kind, [1], False),
                          [xi], ort_reduce(kind, xi, [1], False)))
    for kind in ("l2", "log_sum_exp"):
        cases.append(Case(f"{kind} i32 through f64, truncated (onnxruntime)",
                          reduce_op(kind, [1], False), [xi], ort_reduce(kind, xi, [1], False)))
    xu = np.array([[200, 100, 3], [255, 0, 7]], np.uint8)
    cases.append(Case("max ui8 is unsigned (numpy)", reduce_op("max", [1], False), [xu], xu.max(1)))
    cases.append(Case("min ui8 is unsigned (numpy)", reduce_op("min", [1], False), [xu], xu.min(1)))
    cases.append(Case("mean ui8 accumulates in i64 (numpy, truncated)", reduce_op("mean", [1], False),
                      [xu], (xu.astype(np.int64).sum(1) // 3).astype(np.uint8)))
    empty = np.zeros((2, 0), np.float32)
    for kind in ("sum", "prod", "max", "min", "log_sum_exp"):
        cases.append(Case(f"{kind} over an empty dim gives its identity (onnxruntime)",
                          reduce_op(kind, [1], False), [empty],
                          ort_reduce(kind, empty, [1], False), dynamic=[(None, None), (None,)]))
    return cases


def arg_op(kind, axis, keep, last):
    return (f"plinth.arg_reduce {kind} {{a0}} {{{{axis = {axis} : i64, keep_dims = "
            f"{str(keep).lower()}, select_last_index = {str(last).lower()}}}}} : ({{t0}}) -> {{r0}}")


def arg_reduce_cases():
    cases = []
    x = rng.integers(0, 3, (2, 3, 4)).astype(np.float32)  # many ties
    for kind, name in [("argmax", "ArgMax"), ("argmin", "ArgMin")]:
        for axis, keep, last in [(1, False, False), (1, False, True), (-1, True, False),
                                 (0, True, True)]:
            cases.append(Case(f"{kind} axis {axis} keep_dims {keep} last index {last} "
                              f"(onnxruntime {name})", arg_op(kind, axis, keep, last), [x],
                              ort_run(name, [x], {"axis": axis, "keepdims": int(keep),
                                                  "select_last_index": int(last)})))
    cases.append(Case("argmax with dynamic dims (onnxruntime)", arg_op("argmax", 2, False, False),
                      [x], ort_run("ArgMax", [x], {"axis": 2, "keepdims": 0}),
                      dynamic=[(None, None, None), (None, None)]))
    n = np.array([[np.nan, 1.0, 3.0], [1.0, np.nan, 3.0], [1.0, 3.0, np.nan]], np.float32)
    for kind, name in [("argmax", "ArgMax"), ("argmin", "ArgMin")]:
        cases.append(Case(f"{kind} keeps a leading NaN and skips later ones (onnxruntime {name})",
                          arg_op(kind, 1, False, False), [n],
                          ort_run(name, [n], {"axis": 1, "keepdims": 0})))
    u = np.array([[200, 3, 255, 255], [0, 7, 7, 1]], np.uint8)
    cases.append(Case("argmax ui8 is unsigned, last index (numpy)", arg_op("argmax", 1, False, True),
                      [u], i64(3, 2)))
    cases.append(Case("argmin i8 (onnxruntime)", arg_op("argmin", 0, True, False),
                      [u.astype(np.int8)],
                      ort_run("ArgMin", [u.astype(np.int8)], {"axis": 0, "keepdims": 1})))
    return cases


def softmax_cases():
    cases = []
    x = normal(2, 3, 5, scale=4.0)
    x[0, 0] += 1000.0
    for axis in (-1, 1, 0):
        for log, name in [(False, "Softmax"), (True, "LogSoftmax")]:
            flag = ", log" if log else ""
            cases.append(Case(f"{name} axis {axis}, row 0 shifted by 1000 (onnxruntime)",
                              f"plinth.softmax {{a0}} {{{{axis = {axis} : i64{flag}}}}} : {{t0}}",
                              [x], ort_run(name, [x], {"axis": axis})))
    cases.append(Case("softmax with dynamic dims (onnxruntime)",
                      "plinth.softmax {a0} {{axis = -1 : i64}} : {t0}", [x[1]],
                      ort_run("Softmax", [x[1]], {"axis": -1}), dynamic=[(None, None)] * 2))
    h = x[1].astype(np.float16)
    cases.append(Case("softmax f16 computed in f32 (onnxruntime on f32)",
                      "plinth.softmax {a0} {{axis = -1 : i64}} : {t0}", [h],
                      ort_run("Softmax", [h.astype(np.float32)], {"axis": -1}).astype(np.float16),
                      digits=3))
    return cases


def norm_sig(count):
    return "(" + ", ".join(f"{{t{k}}}" for k in range(count)) + ") -> {r0}"


def layer_norm_cases():
    cases = []
    x = normal(2, 3, 8, scale=3.0) + np.float32(5.0)
    for axis, shape, bias in [(-1, (8,), True), (1, (3, 8), True), (1, (1, 8), False),
                              (2, (1,), True), (0, (2, 3, 8), False)]:
        g, b = normal(*shape), normal(*shape)
        inputs = [x, g, b] if bias else [x, g]
        operands = ", ".join(f"{{a{k}}}" for k in range(len(inputs)))
        cases.append(Case(f"axis {axis}, scale {shape}{' and bias' if bias else ''} "
                          f"(onnxruntime LayerNormalization)",
                          f"plinth.layer_norm {operands} {{{{axis = {axis} : i64, epsilon = 1.0e-5 : f32}}}} "
                          f": {norm_sig(len(inputs))}", inputs,
                          ort_run("LayerNormalization", inputs, {"axis": axis, "epsilon": 1e-5},
                                  opset=17)))
    g, b = normal(8), normal(8)
    op = ("plinth.layer_norm {a0}, {a1}, {a2} {{axis = -1 : i64, epsilon = 1.0e-5 : f32}} : "
          + norm_sig(3))
    ref = ort_run("LayerNormalization", [x, g, b], {"axis": -1, "epsilon": 1e-5}, opset=17)
    cases.append(Case("dynamic dims (onnxruntime LayerNormalization)", op, [x, g, b], ref,
                      dynamic=[(None, None, None), (None,), (None,), (None, None, None)]))
    cases.append(Case("a ?-sized scale and bias that are 1 at run time broadcast "
                      "(onnxruntime LayerNormalization with them repeated)", op,
                      [x, g[:1], b[:1]],
                      ort_run("LayerNormalization", [x, np.repeat(g[:1], 8), np.repeat(b[:1], 8)],
                              {"axis": -1, "epsilon": 1e-5}, opset=17),
                      dynamic=[(2, 3, 8), (None,), (None,), (2, 3, 8)]))
    h = [x.astype(np.float16), g.astype(np.float16), b.astype(np.float16)]
    cases.append(Case("f16 with f32 statistics (onnxruntime on f32)", op, h,
                      ort_run("LayerNormalization", [v.astype(np.float32) for v in h],
                              {"axis": -1, "epsilon": 1e-5}, opset=17).astype(np.float16),
                      digits=3))
    return cases


def rms_norm_cases():
    cases = []
    x = normal(2, 3, 8, scale=3.0)
    for axis, shape in [(-1, (8,)), (1, (3, 8))]:
        g = normal(*shape)
        op = (f"plinth.rms_norm {{a0}}, {{a1}} {{{{axis = {axis} : i64, epsilon = 1.0e-6 : f32}}}} : "
              + norm_sig(2))
        ref = ort_run("RMSNormalization", [x, g], {"axis": axis, "epsilon": 1e-6}, opset=23)
        cases.append(Case(f"axis {axis}, scale {shape} (onnxruntime RMSNormalization)", op,
                          [x, g], ref))
        if axis == -1:
            cases.append(Case("dynamic dims (onnxruntime RMSNormalization)", op, [x, g], ref,
                              dynamic=[(None, None, None), (None,), (None, None, None)]))
    return cases


def group_norm_cases():
    cases = []
    for shape, groups in [((2, 6, 3, 2), 3), ((2, 4, 5), 4), ((3, 4), 2), ((1, 6, 2, 2), 1)]:
        x = normal(*shape, scale=2.0) + np.float32(1.0)
        g, b = normal(shape[1]), normal(shape[1])
        op = (f"plinth.group_norm {{a0}}, {{a1}}, {{a2}} {{{{num_groups = {groups} : i64, "
              f"epsilon = 1.0e-5 : f32}}}} : " + norm_sig(3))
        if len(shape) > 2:
            ref = ort_run("GroupNormalization", [x, g, b],
                          {"num_groups": groups, "epsilon": 1e-5}, opset=21)
            source = "onnxruntime GroupNormalization"
        else:
            xr = x.astype(np.float64).reshape(shape[0], groups, -1)
            y = (xr - xr.mean(-1, keepdims=True)) / np.sqrt(xr.var(-1, keepdims=True) + 1e-5)
            ref = (y.reshape(shape) * g + b).astype(np.float32)
            source = "numpy float64"
        cases.append(Case(f"{shape} in {groups} groups ({source})", op, [x, g, b], ref))
        if shape == (2, 4, 5):
            cases.append(Case(f"{shape} in {groups} groups (instance norm) with dynamic dims "
                              "(onnxruntime InstanceNormalization)", op, [x, g, b],
                              ort_run("InstanceNormalization", [x, g, b], {"epsilon": 1e-5}),
                              dynamic=[(None, None, None), (None,), (None,), (None, None, None)]))
    return cases


def cumsum_cases():
    cases = []
    x = normal(3, 4, 2)
    for axis, exclusive, reverse, dynamic in [(0, False, False, False), (1, True, False, False),
                                              (-1, False, True, False), (1, True, True, True),
                                              (0, True, True, False)]:
        flags = "".join(f", {f}" for f, on in [("exclusive", exclusive), ("reverse", reverse)] if on)
        cases.append(Case(f"axis {axis} exclusive {exclusive} reverse {reverse}"
                          f"{' with dynamic dims' if dynamic else ''} (onnxruntime CumSum)",
                          f"plinth.cumsum {{a0}} {{{{axis = {axis} : i64{flags}}}}} : {{t0}}", [x],
                          ort_run("CumSum", [x, np.array(axis, np.int64)],
                                  {"exclusive": int(exclusive), "reverse": int(reverse)}),
                          dynamic=[(None, None, None)] * 2 if dynamic else None))
    xi = rng.integers(-100, 100, (2, 5)).astype(np.int32)
    cases.append(Case("i32 exclusive (onnxruntime CumSum)",
                      "plinth.cumsum {a0} {{axis = 1 : i64, exclusive}} : {t0}", [xi],
                      ort_run("CumSum", [xi, np.array(1, np.int32)], {"exclusive": 1})))
    h = normal(40).astype(np.float16)
    cases.append(Case("f16 accumulates in f32 (numpy float64)",
                      "plinth.cumsum {a0} {{axis = 0 : i64}} : {t0}", [h],
                      np.cumsum(h.astype(np.float64)).astype(np.float16), digits=3))
    empty = np.zeros((2, 0), np.float32)
    cases.append(Case("over an empty axis (numpy)",
                      "plinth.cumsum {a0} {{axis = 1 : i64, reverse}} : {t0}", [empty], empty,
                      dynamic=[(None, None)] * 2))
    return cases


def topk_op(k, axis, largest):
    return (f"plinth.topk {{a0}} {{{{k = {k} : i64, axis = {axis} : i64, largest = "
            f"{str(largest).lower()}, sorted = true}}}} : ({{t0}}) -> ({{r0}}, {{r1}})")


def topk_cases():
    cases = []
    x = rng.integers(0, 5, (3, 7)).astype(np.float32)  # many ties
    x[1, 2] = x[2, 0] = x[2, 5] = np.nan
    for k, axis, largest in [(3, 1, True), (3, 1, False), (2, 0, True), (7, -1, False),
                             (1, 0, False)]:
        values, indices = ort_run("TopK", [x, i64(k)], {"axis": axis, "largest": int(largest)},
                                  outputs=2)
        cases.append(Case(f"k {k} axis {axis} largest {largest}: ties lower index first, NaN "
                          f"above +inf (onnxruntime TopK)", topk_op(k, axis, largest), [x],
                          [values, indices]))
    values, indices = ort_run("TopK", [x, i64(3)], {"axis": 1}, outputs=2)
    cases.append(Case("k 3 with dynamic dims (onnxruntime TopK)", topk_op(3, 1, True), [x],
                      [values, indices], dynamic=[(None, None), (None, 3), (None, 3)]))
    u = np.array([[5, 200, 3, 200, 0]], np.uint8)
    cases.append(Case("ui8 is unsigned (numpy)", topk_op(3, 1, True), [u],
                      [np.array([[200, 200, 5]], np.uint8), np.array([[1, 3, 0]], np.int64)]))
    cases.append(Case("i8, same bits, signed (numpy)", topk_op(3, 1, True), [u.astype(np.int8)],
                      [np.array([[5, 3, 0]], np.int8), np.array([[0, 2, 4]], np.int64)]))
    values, indices = ort_run("TopK", [x[:, :2], i64(2)], {"axis": 1}, outputs=2)
    cases.append(Case("k 3 above the run-time axis size 2: ONNX error, defined here as "
                      "index -1 and value 0 for the missing entries (onnxruntime TopK k=2)",
                      topk_op(3, 1, True), [x[:, :2]],
                      [np.concatenate([values, np.zeros((3, 1), np.float32)], 1),
                       np.concatenate([indices, -np.ones((3, 1), np.int64)], 1)],
                      dynamic=[(None, None), (None, 3), (None, 3)]))
    return cases


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else harness.HERE
    tests = [
        ("reduce-reduce.mlir", "plinth.reduce", reduce_cases),
        ("reduce-arg-reduce.mlir", "plinth.arg_reduce", arg_reduce_cases),
        ("reduce-softmax.mlir", "plinth.softmax", softmax_cases),
        ("reduce-layer-norm.mlir", "plinth.layer_norm", layer_norm_cases),
        ("reduce-rms-norm.mlir", "plinth.rms_norm", rms_norm_cases),
        ("reduce-group-norm.mlir", "plinth.group_norm", group_norm_cases),
        ("reduce-cumsum.mlir", "plinth.cumsum", cumsum_cases),
        ("reduce-topk.mlir", "plinth.topk", topk_cases),
    ]
    for name, op, cases in tests:
        harness.write_tests(directory, name, f"{op} lowered to linalg and run.", cases())


if __name__ == "__main__":
    main()
