#!/usr/bin/env python3
"""Generator for the tiny ONNX models used by the Plinth importer tests.

Usage:
  models.py NAME OUT.onnx          write model NAME to OUT.onnx (some models
                                   also write side files next to OUT.onnx)
  models.py --list [--kind KIND]   print the model names, one per line
  models.py --selfcheck            run the whole models (kind "model") in onnxruntime
  models.py --selfcheck-all        write every model to a temp dir, check the
                                   valid ones with onnx.checker and
                                   onnxruntime, and make sure the bad ones are
                                   actually rejected by onnx or onnxruntime

Model kinds:
  op           one ONNX operator (named exactly like the op), or a variant of
               it named OP_variant; may contain a few helper nodes
  model        a whole network (bert_tiny, gpt2_tiny, llama_tiny, vit_tiny)
  valid        other valid models (external_data, external_data_large)
  unsupported  valid ONNX that Plinth is expected to refuse (unsupported ops)
  bad          malformed files / graphs; written without running the checker

Writing a model never runs the checker or onnxruntime; only the --selfcheck
flags do.  All weights come from np.random.default_rng(0), so output is
byte-for-byte reproducible.

Conventions: graph inputs are x, y, z, ...; constant operands (shapes, axes,
pads, ...) are initializers so the importer can fold them; the node under
test is named "<op>_node" in lower case (e.g. "abs_node"); single outputs are
named "out".  The default opset is 17; ops that need newer use it (Gelu 20,
GroupNormalization 21, Attention/RMSNormalization/RotaryEmbedding 23) and
Reduce*/Pad/Resize/Split use 18 (axes/pads as inputs, num_outputs).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
import onnx
from onnx import TensorProto, helper

# Shared builders live in <repo>/scripts/onnx_builders.py.
# (no __pycache__ in the source tree: lit runs this from the repo).
sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from onnx_builders import (  # noqa: E402
    BOOL, F32, I32, I64, U8,
    bert_feeds, build_bert, build_gpt2, build_llama, build_llama_native, build_vit, gpt2_feeds,
    initializer, llama_feeds,
    make_model, tensor_info, vit_feeds,
)

__all__ = ["build_bert", "build_gpt2", "build_llama", "build_vit", "REGISTRY", "write_model"]

# Every default-domain op that must have a model named exactly like it.
REQUIRED_OPS = """
Abs Add And ArgMax ArgMin AveragePool BatchNormalization Cast Ceil Clip Concat
Constant ConstantOfShape Conv ConvTranspose Cos CumSum Div Dropout Einsum Elu
Equal Erf Exp Expand Flatten Floor Gather GatherElements GatherND Gelu Gemm
GlobalAveragePool Greater GreaterOrEqual GroupNormalization HardSigmoid
HardSwish Identity InstanceNormalization IsInf IsNaN LayerNormalization
LeakyRelu Less LessOrEqual Log LogSoftmax MatMul Max MaxPool Mean Min Mod Mul
Neg Not Or Pad Pow PRelu Range Reciprocal ReduceL2 ReduceLogSumExp ReduceMax
ReduceMean ReduceMin ReduceProd ReduceSum ReduceSumSquare Relu Reshape Resize
ScatterElements ScatterND Shape Sigmoid Sign Sin Size Slice Softmax Softplus
Split Sqrt Squeeze Sub Sum Tanh Tile TopK Transpose Trilu Unsqueeze Where Xor
Attention RMSNormalization RotaryEmbedding
""".split()

# Sizes used by the whole-model builders and their self-checks.
BERT_TINY = dict(hidden=32, heads=2, layers=2, vocab=128, max_pos=64)
GPT2_TINY = dict(hidden=32, heads=2, layers=2, vocab=64, max_pos=16)
LLAMA_TINY = dict(hidden=64, heads=4, kv_heads=2, layers=2, vocab=128, intermediate=172, max_pos=64)
VIT_TINY = dict(image_size=32, patch=8, channels=3, hidden=64, heads=4, layers=2, num_classes=10)

# Concrete values substituted for dim_params when running models in ORT.
DIM_PARAM_VALUES = {"batch": 2, "seq": 5}

X234 = ("x", F32, [2, 3, 4])  # the default graph input


# ---------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------


@dataclass
class Entry:
    name: str
    kind: str  # op | model | valid | unsupported | bad
    # Returns a model for the CLI to save, or None if it wrote `out` itself.
    build: Callable[[Path], onnx.ModelProto | None]


REGISTRY: dict[str, Entry] = {}


def add(name: str, build: Callable[[], onnx.ModelProto], kind: str = "op") -> None:
    """Register a builder that takes no arguments and returns a model."""
    assert name not in REGISTRY, name
    REGISTRY[name] = Entry(name, kind, lambda out, b=build: b())


def add_writer(name: str, write: Callable[[Path], None], kind: str) -> None:
    """Register a builder that writes the file (and side files) itself."""
    assert name not in REGISTRY, name
    REGISTRY[name] = Entry(name, kind, lambda out, w=write: w(out))


def register(name: str, kind: str = "op"):
    """Decorator form of `add`."""
    def deco(fn):
        add(name, fn, kind)
        return fn
    return deco


def write_model(name: str, out: Path) -> None:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    model = REGISTRY[name].build(out)
    if model is not None:
        # Plain serialisation: no checker, no external-data conversion.
        out.write_bytes(model.SerializeToString())


# ---------------------------------------------------------------------------
# Helpers for single-op models
# ---------------------------------------------------------------------------

OutSpec = str | tuple[str, int, Sequence[int | str] | None]


def randn(*shape: int, seed: int = 0) -> np.ndarray:
    """Deterministic normal float32 data.  Tensors of one model use distinct
    seeds, so that e.g. a BatchNormalization's scale/bias/mean/var differ and
    an importer that mixes them up gets caught."""
    return np.random.default_rng(seed).standard_normal(shape, dtype=np.float32)


def finish(graph: onnx.GraphProto, opset: int | dict[str, int]) -> onnx.ModelProto:
    """Make a model and fill in any untyped graph outputs by shape inference.

    Outputs given only by name get their type and shape from ONNX shape
    inference; intermediate value_info is dropped again so the importer has
    to do its own inference.
    """
    model = make_model(graph, opset)
    if any(not o.type.HasField("tensor_type") for o in model.graph.output):
        inferred = onnx.shape_inference.infer_shapes(model, strict_mode=True)
        untyped = [o.name for o in inferred.graph.output if not o.type.HasField("tensor_type")]
        assert not untyped, f"shape inference could not type outputs {untyped}; give their types"
        del model.graph.output[:]
        model.graph.output.extend(inferred.graph.output)
    return model


def out_info(o: OutSpec) -> onnx.ValueInfoProto:
    if isinstance(o, str):
        return helper.make_empty_tensor_value_info(o)  # typed later by finish()
    return tensor_info(*o)


def op_model(
    op: str,
    inputs: Sequence[tuple] = (X234,),
    inits: dict[str, np.ndarray] | None = None,
    outputs: Sequence[OutSpec] = ("out",),
    node_inputs: Sequence[str] | None = None,
    opset: int = 17,
    node_name: str | None = None,
    domain: str = "",
    **attrs,
) -> onnx.ModelProto:
    """A graph with one `op` node.

    `inputs` are graph inputs (name, elem_type, shape); `inits` are constant
    operands, in node-input order after the graph inputs unless
    `node_inputs` spells the order out (use "" for a skipped optional input).
    """
    inits = inits or {}
    if node_inputs is None:
        node_inputs = [i[0] for i in inputs] + list(inits)
    out_names = [o if isinstance(o, str) else o[0] for o in outputs]
    node = helper.make_node(op, list(node_inputs), out_names, name=node_name or f"{op.lower()}_node",
                            domain=domain, **attrs)
    graph = helper.make_graph(
        [node], f"{op.lower()}_graph",
        [tensor_info(*i) for i in inputs], [out_info(o) for o in outputs],
        initializer=[initializer(k, v) for k, v in inits.items()],
    )
    return finish(graph, opset)


def chain_model(name: str, nodes: list[onnx.NodeProto], inputs: Sequence[tuple],
                outputs: Sequence[OutSpec], inits: dict[str, np.ndarray] | None = None,
                opset: int = 17) -> onnx.ModelProto:
    """A small multi-node graph (for ops that need helper nodes)."""
    graph = helper.make_graph(
        nodes, name, [tensor_info(*i) for i in inputs], [out_info(o) for o in outputs],
        initializer=[initializer(k, v) for k, v in (inits or {}).items()],
    )
    return finish(graph, opset)


def i64(*values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


def f32(value) -> np.ndarray:
    return np.asarray(value, dtype=np.float32)


# ---------------------------------------------------------------------------
# Elementwise ops
# ---------------------------------------------------------------------------

UNARY_FLOAT = """Abs Ceil Cos Erf Exp Floor Log Neg Reciprocal Relu Sigmoid Sign Sin Sqrt
Tanh Softplus Identity HardSwish IsInf IsNaN""".split()
for _op in UNARY_FLOAT:
    add(_op, partial(op_model, _op))

add("Elu", partial(op_model, "Elu", alpha=0.5))
add("HardSigmoid", partial(op_model, "HardSigmoid", alpha=0.25, beta=0.4))
add("LeakyRelu", partial(op_model, "LeakyRelu", alpha=0.1))
add("Gelu", partial(op_model, "Gelu", opset=20))
add("Gelu_tanh", partial(op_model, "Gelu", opset=20, approximate="tanh"))
add("Not", partial(op_model, "Not", inputs=[("x", BOOL, [2, 3, 4])]))

XY = [X234, ("y", F32, [2, 3, 4])]
for _op in ["Add", "Sub", "Mul", "Div", "Pow",
            "Equal", "Greater", "GreaterOrEqual", "Less", "LessOrEqual"]:
    add(_op, partial(op_model, _op, inputs=XY))
for _op in ["And", "Or", "Xor"]:
    add(_op, partial(op_model, _op, inputs=[("x", BOOL, [2, 3, 4]), ("y", BOOL, [2, 3, 4])]))

add("Add_broadcast", partial(op_model, "Add", inputs=[X234, ("y", F32, [3, 1])]))
add("Add_int64", partial(op_model, "Add", inputs=[("x", I64, [2, 3, 4]), ("y", I64, [4])]))
add("Mul_scalar_const", partial(op_model, "Mul", inits={"c": f32(2.5)}))
add("Equal_int64", partial(op_model, "Equal", inputs=[("x", I64, [2, 3, 4]), ("y", I64, [2, 3, 4])]))

# Integer Mod (Python-style sign of divisor); divisor is a constant with
# mixed signs and no zeros.
add("Mod", partial(op_model, "Mod", inputs=[("x", I64, [2, 3, 4])],
                   inits={"divisor": i64(*([3, -3, 5, -2] * 6)).reshape(2, 3, 4)}))
add("Mod_fmod", partial(op_model, "Mod", inputs=XY, fmod=1))

# Variadic ops with three broadcasting inputs.
XYZ = [X234, ("y", F32, [3, 4]), ("z", F32, [2, 1, 4])]
for _op in ["Max", "Min", "Mean", "Sum"]:
    add(_op, partial(op_model, _op, inputs=XYZ))

add("PRelu", partial(op_model, "PRelu", inits={"slope": f32([[0.1], [0.2], [0.3]])}))
add("Where", partial(op_model, "Where", inputs=[("c", BOOL, [2, 3, 4]), X234, ("y", F32, [4])]))
add("Clip", partial(op_model, "Clip", inits={"min": f32(-0.5), "max": f32(0.5)}))
add("Clip_min_only", partial(op_model, "Clip", inits={"min": f32(0.0)}))

add("Cast", partial(op_model, "Cast", to=I32))
add("Cast_identity", partial(op_model, "Cast", to=F32))
add("Cast_int64_to_float", partial(op_model, "Cast", inputs=[("x", I64, [2, 3, 4])], to=F32))

add("Dropout", partial(op_model, "Dropout"))
add("Dropout_mask", partial(op_model, "Dropout", inits={"ratio": f32(0.3)}, outputs=["out", "mask"]))

# ---------------------------------------------------------------------------
# Reductions, normalisation, softmax
# ---------------------------------------------------------------------------

for _op in ["ArgMax", "ArgMin"]:
    add(_op, partial(op_model, _op, axis=1, keepdims=1))
add("ArgMax_select_last", partial(op_model, "ArgMax", axis=-1, keepdims=0, select_last_index=1))

REDUCE_OPS = """ReduceL2 ReduceLogSumExp ReduceMax ReduceMean ReduceMin ReduceProd
ReduceSum ReduceSumSquare""".split()
for _op in REDUCE_OPS:
    add(_op, partial(op_model, _op, inits={"axes": i64(1)}, opset=18, keepdims=1))
add("ReduceSum_noop_empty_axes", partial(op_model, "ReduceSum", opset=18, noop_with_empty_axes=1))
add("ReduceSum_all", partial(op_model, "ReduceSum", opset=18, keepdims=0))
add("ReduceMean_negative_axes", partial(op_model, "ReduceMean", inits={"axes": i64(-1, 0)},
                                        opset=18, keepdims=0))

add("CumSum", partial(op_model, "CumSum", inits={"axis": i64(1).reshape(())}))
add("CumSum_exclusive_reverse", partial(op_model, "CumSum", inits={"axis": i64(-1).reshape(())},
                                        exclusive=1, reverse=1))

add("Softmax", partial(op_model, "Softmax", axis=-1))
add("Softmax_axis0", partial(op_model, "Softmax", axis=0))
add("LogSoftmax", partial(op_model, "LogSoftmax", axis=-1))

add("LayerNormalization", partial(op_model, "LayerNormalization",
                                  inits={"scale": randn(4) + 1, "bias": randn(4, seed=1)},
                                  axis=-1, epsilon=1e-5))
add("LayerNormalization_axis1", partial(op_model, "LayerNormalization",
                                        inits={"scale": randn(3, 4) + 1, "bias": randn(3, 4, seed=1)}, axis=1))
add("RMSNormalization", partial(op_model, "RMSNormalization", inits={"scale": randn(4) + 1},
                                opset=23, axis=-1, epsilon=1e-5))

X_NCHW = ("x", F32, [2, 3, 4, 4])
add("BatchNormalization", partial(
    op_model, "BatchNormalization", inputs=[X_NCHW],
    inits={"scale": randn(3) + 1, "bias": randn(3, seed=1),
           "mean": randn(3, seed=2), "var": np.abs(randn(3, seed=3)) + 0.5},
    epsilon=1e-5))
add("InstanceNormalization", partial(op_model, "InstanceNormalization", inputs=[X_NCHW],
                                     inits={"scale": randn(3) + 1, "bias": randn(3, seed=1)}, epsilon=1e-5))
# ONNX has no shape inference for GroupNormalization-21, so type the output.
add("GroupNormalization", partial(op_model, "GroupNormalization", inputs=[("x", F32, [2, 4, 3, 3])],
                                  inits={"scale": randn(4) + 1, "bias": randn(4, seed=1)},
                                  outputs=[("out", F32, [2, 4, 3, 3])],
                                  opset=21, num_groups=2, epsilon=1e-5))

# ---------------------------------------------------------------------------
# Linear algebra, convolution, pooling
# ---------------------------------------------------------------------------

add("MatMul", partial(op_model, "MatMul", inputs=[X234, ("y", F32, [4, 5])]))
add("MatMul_batched_broadcast", partial(op_model, "MatMul",
                                        inputs=[("x", F32, [2, 1, 3, 4]), ("y", F32, [5, 4, 6])]))
add("MatMul_1d", partial(op_model, "MatMul", inputs=[("x", F32, [4]), ("y", F32, [4, 5])]))
add("MatMul_const_weight", partial(op_model, "MatMul", inits={"w": randn(4, 5)}))

add("Gemm", partial(op_model, "Gemm", inputs=[("x", F32, [2, 3])],
                    inits={"b": randn(3, 4, seed=1), "c": randn(4, seed=2)}))
add("Gemm_transB", partial(op_model, "Gemm", inputs=[("x", F32, [2, 3])],
                           inits={"b": randn(4, 3, seed=1), "c": randn(2, 4, seed=2)},
                           transB=1, alpha=0.5, beta=2.0))
add("Gemm_transA_noC", partial(op_model, "Gemm", inputs=[("x", F32, [3, 2])],
                               inits={"b": randn(3, 4, seed=1)}, transA=1))

add("Einsum", partial(op_model, "Einsum", inputs=[X234, ("y", F32, [2, 4, 5])], equation="bij,bjk->bik"))
add("Einsum_transpose", partial(op_model, "Einsum", inputs=[("x", F32, [3, 4])], equation="ij->ji"))

add("Conv", partial(op_model, "Conv", inputs=[("x", F32, [1, 3, 8, 8])],
                    inits={"w": randn(4, 3, 3, 3), "b": randn(4, seed=1)}, kernel_shape=[3, 3]))
add("Conv_pads_groups", partial(op_model, "Conv", inputs=[("x", F32, [1, 4, 8, 8])],
                                inits={"w": randn(4, 2, 3, 3), "b": randn(4, seed=1)},
                                kernel_shape=[3, 3], pads=[1, 1, 1, 1], strides=[2, 2], group=2))
add("Conv_dilations_nobias", partial(op_model, "Conv", inputs=[("x", F32, [1, 2, 9, 9])],
                                     inits={"w": randn(3, 2, 3, 3)}, dilations=[2, 2]))
add("ConvTranspose", partial(op_model, "ConvTranspose", inputs=[("x", F32, [1, 4, 4, 4])],
                             inits={"w": randn(4, 2, 3, 3), "b": randn(2, seed=1)}, kernel_shape=[3, 3],
                             strides=[2, 2], pads=[1, 1, 1, 1], output_padding=[1, 1]))

X_POOL = ("x", F32, [1, 2, 6, 6])
add("AveragePool", partial(op_model, "AveragePool", inputs=[X_POOL], kernel_shape=[2, 2], strides=[2, 2]))
add("AveragePool_pads", partial(op_model, "AveragePool", inputs=[X_POOL], kernel_shape=[3, 3],
                                pads=[1, 1, 1, 1], count_include_pad=0))
add("MaxPool", partial(op_model, "MaxPool", inputs=[X_POOL], kernel_shape=[2, 2], strides=[2, 2]))
add("MaxPool_pads", partial(op_model, "MaxPool", inputs=[X_POOL], kernel_shape=[3, 3],
                            pads=[1, 1, 1, 1], strides=[2, 2]))
add("GlobalAveragePool", partial(op_model, "GlobalAveragePool", inputs=[("x", F32, [1, 2, 4, 4])]))

# ---------------------------------------------------------------------------
# Attention family (opset 23)
# ---------------------------------------------------------------------------

add("Attention", partial(op_model, "Attention", opset=23, inputs=[
    ("q", F32, [2, 2, 5, 8]), ("k", F32, [2, 2, 6, 8]), ("v", F32, [2, 2, 6, 8])]))
# Grouped-query, causal.  The head counts are also implied by the 4-D shapes.
add("Attention_gqa_causal", partial(op_model, "Attention", opset=23, inputs=[
    ("q", F32, [2, 4, 5, 8]), ("k", F32, [2, 2, 5, 8]), ("v", F32, [2, 2, 5, 8])],
    q_num_heads=4, kv_num_heads=2, is_causal=1))
add("Attention_3d", partial(op_model, "Attention", opset=23, inputs=[
    ("q", F32, [2, 5, 16]), ("k", F32, [2, 6, 16]), ("v", F32, [2, 6, 16])],
    q_num_heads=2, kv_num_heads=2, scale=0.25))
add("Attention_bool_mask", partial(op_model, "Attention", opset=23, inputs=[
    ("q", F32, [2, 2, 5, 8]), ("k", F32, [2, 2, 5, 8]), ("v", F32, [2, 2, 5, 8])],
    inits={"attn_mask": np.tril(np.ones((5, 5), np.bool_))}))

add("RotaryEmbedding", partial(
    op_model, "RotaryEmbedding", opset=23, inputs=[("x", F32, [2, 2, 5, 8])],  # [B, heads, S, head]
    inits={"cos_cache": np.cos(np.outer(np.arange(16), 1e-2 ** (np.arange(4) / 4))).astype(np.float32),
           "sin_cache": np.sin(np.outer(np.arange(16), 1e-2 ** (np.arange(4) / 4))).astype(np.float32),
           "position_ids": np.tile(np.arange(5, dtype=np.int64), (2, 1))}))
add("RotaryEmbedding_3d_interleaved", partial(
    op_model, "RotaryEmbedding", opset=23, inputs=[("x", F32, [2, 5, 16])],  # [B, S, heads*head]
    # cos/sin of the same (random) angles, as real caches are.
    inits={"cos_cache": np.cos(randn(2, 5, 4)), "sin_cache": np.sin(randn(2, 5, 4))},
    num_heads=2, interleaved=1))

# ---------------------------------------------------------------------------
# Shape manipulation (all shape-like operands are initializers)
# ---------------------------------------------------------------------------

add("Reshape", partial(op_model, "Reshape", inits={"shape": i64(6, 4)}))
add("Reshape_zero_minus1", partial(op_model, "Reshape", inits={"shape": i64(0, -1)}))
add("Flatten", partial(op_model, "Flatten", axis=1))
add("Flatten_axis0", partial(op_model, "Flatten", axis=0))
add("Squeeze", partial(op_model, "Squeeze", inputs=[("x", F32, [2, 1, 4])], inits={"axes": i64(1)}))
add("Squeeze_all", partial(op_model, "Squeeze", inputs=[("x", F32, [1, 3, 1, 4])]))
add("Unsqueeze", partial(op_model, "Unsqueeze", inits={"axes": i64(0, 3)}))
add("Unsqueeze_negative", partial(op_model, "Unsqueeze", inits={"axes": i64(-1)}))
add("Transpose", partial(op_model, "Transpose", perm=[2, 0, 1]))
add("Transpose_default", partial(op_model, "Transpose"))
add("Expand", partial(op_model, "Expand", inputs=[("x", F32, [3, 1])], inits={"shape": i64(2, 3, 4)}))
add("Tile", partial(op_model, "Tile", inputs=[("x", F32, [2, 3])], inits={"repeats": i64(2, 2)}))
add("Concat", partial(op_model, "Concat", inputs=[X234, ("y", F32, [2, 2, 4])], axis=1))
add("Split", partial(op_model, "Split", inputs=[("x", F32, [2, 6, 4])], inits={"split": i64(2, 4)},
                     outputs=["out0", "out1"], opset=18, axis=1))
add("Split_num_outputs", partial(op_model, "Split", inputs=[("x", F32, [2, 6, 4])],
                                 outputs=["out0", "out1", "out2"], opset=18, axis=1, num_outputs=3))
add("Split_uneven", partial(op_model, "Split", inputs=[("x", F32, [2, 7, 4])],
                            outputs=["out0", "out1", "out2"], opset=18, axis=1, num_outputs=3))

X46 = ("x", F32, [4, 6])
add("Slice", partial(op_model, "Slice", inputs=[X46], inits={
    "starts": i64(1, 0), "ends": i64(3, 6), "axes": i64(0, 1), "steps": i64(1, 2)}))
add("Slice_negative_steps", partial(op_model, "Slice", inputs=[X46], inits={
    "starts": i64(-1), "ends": i64(np.iinfo(np.int64).min), "axes": i64(1), "steps": i64(-1)}))
add("Slice_clamped_noaxes", partial(op_model, "Slice", inputs=[X46], inits={
    "starts": i64(-3, 2), "ends": i64(np.iinfo(np.int64).max, 100)}))

add("Pad", partial(op_model, "Pad", inits={"pads": i64(0, 1, 2, 0, 1, 2), "value": f32(1.5)},
                   opset=18, mode="constant"))
add("Pad_reflect", partial(op_model, "Pad", inits={"pads": i64(0, 1, 2, 0, 1, 1)}, opset=18, mode="reflect"))
add("Pad_edge_axes", partial(op_model, "Pad", inits={"pads": i64(1, 2), "axes": i64(-1)},
                             node_inputs=["x", "pads", "", "axes"], opset=18, mode="edge"))

X_IMG = ("x", F32, [1, 2, 3, 3])
add("Resize", partial(op_model, "Resize", inputs=[X_IMG], inits={"scales": f32([1, 1, 2, 2])},
                      node_inputs=["x", "", "scales"], opset=18, mode="nearest"))
add("Resize_linear", partial(op_model, "Resize", inputs=[X_IMG], inits={"sizes": i64(1, 2, 5, 7)},
                             node_inputs=["x", "", "", "sizes"], opset=18, mode="linear",
                             coordinate_transformation_mode="half_pixel"))
add("Resize_cubic_align_corners", partial(
    op_model, "Resize", inputs=[X_IMG], inits={"scales": f32([1, 1, 2, 1.5])},
    node_inputs=["x", "", "scales"], opset=18, mode="cubic", coordinate_transformation_mode="align_corners"))

add("Shape", partial(op_model, "Shape"))
add("Shape_start", partial(op_model, "Shape", start=1))
add("Size", partial(op_model, "Size"))

# ---------------------------------------------------------------------------
# Gather / scatter / indexing
# ---------------------------------------------------------------------------

add("Gather", partial(op_model, "Gather", inputs=[("x", F32, [5, 4])],
                      inits={"indices": i64(0, 2, 4, 1, 3, 3).reshape(3, 2)}, axis=0))
add("Gather_axis1_negative", partial(op_model, "Gather", inputs=[("x", F32, [2, 5, 4])],
                                     inits={"indices": i64(0, -1, 2)}, axis=1))
add("Gather_scalar_index", partial(op_model, "Gather", inputs=[("x", F32, [5, 4])],
                                   inits={"indices": i64(1).reshape(())}, axis=0))
add("GatherElements", partial(op_model, "GatherElements", inputs=[("x", F32, [3, 4])],
                              inits={"indices": i64(0, 3, 1, 1, 2, 0).reshape(3, 2)}, axis=1))
add("GatherND", partial(op_model, "GatherND", inits={"indices": i64(0, 1, 1, 2).reshape(2, 2)}))
add("ScatterElements", partial(op_model, "ScatterElements", inputs=[("x", F32, [3, 4]), ("y", F32, [3, 2])],
                               inits={"indices": i64(0, 3, 1, 2, 3, 0).reshape(3, 2)},
                               node_inputs=["x", "indices", "y"], axis=1))
add("ScatterND", partial(op_model, "ScatterND", inputs=[("x", F32, [4, 4, 4]), ("y", F32, [2, 4, 4])],
                         inits={"indices": i64(0, 2).reshape(2, 1)}, node_inputs=["x", "indices", "y"]))

add("TopK", partial(op_model, "TopK", inputs=[("x", F32, [3, 5])], inits={"k": i64(2)},
                    outputs=["values", "indices"], axis=-1, largest=1, sorted=1))
add("TopK_smallest", partial(op_model, "TopK", inputs=[("x", F32, [3, 5])], inits={"k": i64(2)},
                             outputs=["values", "indices"], axis=0, largest=0))
add("Trilu", partial(op_model, "Trilu", inputs=[("x", F32, [4, 5])], upper=0))
add("Trilu_upper_k", partial(op_model, "Trilu", inputs=[("x", F32, [4, 5])],
                             inits={"k": i64(1).reshape(())}, upper=1))

# ---------------------------------------------------------------------------
# Constants and generators
# ---------------------------------------------------------------------------


@register("Constant")
def _constant():
    nodes = [
        helper.make_node("Constant", [], ["c"], name="constant_node",
                         value=initializer("c_value", randn(3, 4))),
        helper.make_node("Add", ["x", "c"], ["out"], name="add_node"),
    ]
    return chain_model("constant_graph", nodes, [X234], ["out"])


@register("Constant_value_ints")
def _constant_ints():
    nodes = [
        helper.make_node("Constant", [], ["shape"], name="constant_node", value_ints=[4, 6]),
        helper.make_node("Reshape", ["x", "shape"], ["out"], name="reshape_node"),
    ]
    return chain_model("constant_ints_graph", nodes, [X234], ["out"])


@register("ConstantOfShape")
def _constant_of_shape():
    nodes = [
        helper.make_node("ConstantOfShape", ["shape"], ["c"], name="constantofshape_node",
                         value=helper.make_tensor("value", F32, [1], [1.5])),
        helper.make_node("Add", ["x", "c"], ["out"], name="add_node"),
    ]
    return chain_model("constantofshape_graph", nodes, [X234], ["out"], inits={"shape": i64(2, 3, 4)})


@register("Range")
def _range():
    nodes = [
        helper.make_node("Range", ["start", "limit", "delta"], ["r"], name="range_node"),
        helper.make_node("Add", ["x", "r"], ["out"], name="add_node"),
    ]
    inits = {"start": f32(0.0), "limit": f32(4.0), "delta": f32(1.0)}
    return chain_model("range_graph", nodes, [X234], ["out"], inits=inits)


add("Range_int64", partial(op_model, "Range", inputs=[],
                           inits={"start": i64(0).reshape(()), "limit": i64(10).reshape(()),
                                  "delta": i64(3).reshape(())}))

# ---------------------------------------------------------------------------
# Shape-computation chains
# ---------------------------------------------------------------------------


@register("Shape_fold")
def _shape_fold():
    """Shape -> Gather -> Mul -> Concat -> Reshape on static shapes: every
    shape value is known, so the whole chain must fold to a constant."""
    nodes = [
        helper.make_node("Shape", ["x"], ["s"], name="shape_node"),
        helper.make_node("Gather", ["s", "i0"], ["d0"], name="gather_d0", axis=0),
        helper.make_node("Gather", ["s", "i1"], ["d1"], name="gather_d1", axis=0),
        helper.make_node("Gather", ["s", "i2"], ["d2"], name="gather_d2", axis=0),
        helper.make_node("Mul", ["d1", "d2"], ["d12"], name="mul_node"),
        helper.make_node("Concat", ["d0", "d12"], ["new_shape"], name="concat_node", axis=0),
        helper.make_node("Reshape", ["x", "new_shape"], ["out"], name="reshape_node"),
    ]
    inits = {"i0": i64(0), "i1": i64(1), "i2": i64(2)}
    return chain_model("shape_fold_graph", nodes, [X234], [("out", F32, [2, 12])], inits=inits)


@register("Reshape_dynamic")
def _reshape_dynamic():
    """[batch, seq, 8] -> [batch, seq, 2, 4] with the target shape built from
    Shape(x) at run time (Shape -> Gather -> Unsqueeze -> Concat)."""
    nodes = [
        helper.make_node("Shape", ["x"], ["s"], name="shape_node"),
        helper.make_node("Gather", ["s", "i0"], ["b"], name="gather_batch", axis=0),
        helper.make_node("Gather", ["s", "i1"], ["t"], name="gather_seq", axis=0),
        helper.make_node("Unsqueeze", ["b", "axes0"], ["b1"], name="unsqueeze_batch"),
        helper.make_node("Unsqueeze", ["t", "axes0"], ["t1"], name="unsqueeze_seq"),
        helper.make_node("Concat", ["b1", "t1", "tail"], ["new_shape"], name="concat_node", axis=0),
        helper.make_node("Reshape", ["x", "new_shape"], ["out"], name="reshape_node"),
    ]
    inits = {"i0": i64(0).reshape(()), "i1": i64(1).reshape(()), "axes0": i64(0), "tail": i64(2, 4)}
    return chain_model("reshape_dynamic_graph", nodes, [("x", F32, ["batch", "seq", 8])],
                       [("out", F32, ["batch", "seq", 2, 4])], inits=inits)


# ---------------------------------------------------------------------------
# Whole models
# ---------------------------------------------------------------------------

add("bert_tiny", partial(build_bert, **BERT_TINY, name="bert_tiny"), kind="model")
add("gpt2_tiny", partial(build_gpt2, **GPT2_TINY, name="gpt2_tiny"), kind="model")
add("llama_tiny", partial(build_llama, **LLAMA_TINY, name="llama_tiny"), kind="model")
add("llama_native", partial(build_llama_native, **LLAMA_TINY, name="llama_native"), kind="model")
add("vit_tiny", partial(build_vit, **VIT_TINY, name="vit_tiny"), kind="model")

# ---------------------------------------------------------------------------
# Malformed and unsupported models (never checked at write time)
# ---------------------------------------------------------------------------


def add_w_model(w: TensorProto, x_shape=(4, 4), cast: bool = False) -> onnx.ModelProto:
    """out = x + W (optionally Cast(W) to float first), without shape inference."""
    nodes = []
    operand = w.name
    if cast:
        nodes.append(helper.make_node("Cast", [w.name], ["w_f32"], name="cast_node", to=F32))
        operand = "w_f32"
    nodes.append(helper.make_node("Add", ["x", operand], ["out"], name="add_node"))
    graph = helper.make_graph(nodes, "add_w_graph", [tensor_info("x", F32, list(x_shape))],
                              [tensor_info("out", F32, list(x_shape))], initializer=[w])
    return make_model(graph, 17)


def _bad_truncated(out: Path) -> None:
    # A valid model with a 4 KiB weight; cutting it in half lands inside the
    # weight's raw_data, so the length-delimited field overruns the buffer.
    data = add_w_model(initializer("w", randn(32, 32)), x_shape=(32, 32)).SerializeToString()
    out.write_bytes(data[: len(data) // 2])


def _bad_not_onnx(out: Path) -> None:
    out.write_text("this is not an ONNX model, just some text\n")


@register("bad_raw_size", kind="bad")
def _bad_raw_size():
    w = TensorProto(name="w", data_type=F32, dims=[4, 4], raw_data=b"\x00" * 10)  # needs 64 bytes
    return add_w_model(w)


@register("bad_negative_dim", kind="bad")
def _bad_negative_dim():
    w = TensorProto(name="w", data_type=F32, dims=[-3, 2], raw_data=b"\x00" * 24)
    return add_w_model(w, x_shape=(3, 2))


@register("bad_overflow_dim", kind="bad")
def _bad_overflow_dim():
    # 2**40 * 2**40 elements overflows int64; no data at all.
    w = TensorProto(name="w", data_type=F32, dims=[2**40, 2**40])
    return add_w_model(w)


@register("bad_overflow_dim_input", kind="bad")
def _bad_overflow_dim_input():
    x = tensor_info("x", F32, [2**62, 2**62, 4])
    graph = helper.make_graph([helper.make_node("Relu", ["x"], ["out"], name="relu_node")], "overflow_graph",
                              [x], [tensor_info("out", F32, [2**62, 2**62, 4])])
    return make_model(graph, 17)


@register("bad_cycle", kind="bad")
def _bad_cycle():
    nodes = [
        helper.make_node("Add", ["x", "b"], ["a"], name="cycle_a"),
        helper.make_node("Relu", ["a"], ["b"], name="cycle_b"),
    ]
    graph = helper.make_graph(nodes, "cycle_graph", [tensor_info(*X234)], [tensor_info("a", F32, [2, 3, 4])])
    return make_model(graph, 17)


@register("bad_undefined_input", kind="bad")
def _bad_undefined_input():
    node = helper.make_node("Add", ["x", "undefined_tensor"], ["out"], name="add_node")
    graph = helper.make_graph([node], "undefined_graph", [tensor_info(*X234)],
                              [tensor_info("out", F32, [2, 3, 4])])
    return make_model(graph, 17)


def _bad_attr_model(op: str, x_shape: list[int], out_shape: list[int], inits: dict,
                    **attrs) -> onnx.ModelProto:
    node = helper.make_node(op, ["x", *inits], ["out"], name=f"{op.lower()}_node", **attrs)
    graph = helper.make_graph([node], f"{op.lower()}_graph", [tensor_info("x", F32, x_shape)],
                              [tensor_info("out", F32, out_shape)],
                              initializer=[initializer(k, v) for k, v in inits.items()])
    return make_model(graph, 17)


add("bad_attr_range", partial(_bad_attr_model, "Softmax", [2, 3], [2, 3], {}, axis=7), kind="bad")
add("bad_attr_range_gather", partial(_bad_attr_model, "Gather", [5, 4], [2, 4], {"indices": i64(0, 1)}, axis=3),
    kind="bad")


@register("unsupported_ops", kind="unsupported")
def _unsupported_ops():
    """Three unsupported ops (custom domain, LSTM, NonMaxSuppression) next to
    a supported Relu; the importer should report all three."""
    hidden = 4
    nodes = [
        helper.make_node("Relu", ["x"], ["x_relu"], name="relu_node"),
        helper.make_node("Frobnicate", ["x_relu"], ["frob"], name="frob0", domain="com.example", level=3),
        helper.make_node("LSTM", ["seq_x", "lstm_w", "lstm_r"], ["lstm_y"], name="lstm0", hidden_size=hidden),
        helper.make_node("NonMaxSuppression", ["boxes", "scores", "max_boxes"], ["selected"], name="nms0"),
    ]
    inputs = [tensor_info(*X234), tensor_info("seq_x", F32, [5, 2, 3]),
              tensor_info("boxes", F32, [1, 6, 4]), tensor_info("scores", F32, [1, 1, 6])]
    outputs = [tensor_info("frob", F32, [2, 3, 4]), tensor_info("lstm_y", F32, [5, 1, 2, hidden]),
               tensor_info("selected", I64, [None, 3])]
    inits = [initializer("lstm_w", randn(1, 4 * hidden, 3)),
             initializer("lstm_r", randn(1, 4 * hidden, hidden, seed=1)),
             initializer("max_boxes", i64(3))]
    graph = helper.make_graph(nodes, "unsupported_graph", inputs, outputs, initializer=inits)
    return make_model(graph, {"": 17, "com.example": 1})


def external_tensor(name: str, dtype: int, dims: list[int], location: str,
                    offset: int | None = None, length: int | None = None) -> TensorProto:
    """An initializer whose data lives in an external file."""
    t = TensorProto(name=name, data_type=dtype, dims=dims)
    t.data_location = TensorProto.EXTERNAL
    entries = {"location": location}
    if offset is not None:
        entries["offset"] = str(offset)
    if length is not None:
        entries["length"] = str(length)
    for k, v in entries.items():
        t.external_data.add(key=k, value=v)
    return t


def _external_data(out: Path) -> None:
    """Valid: W [4,4] at offset 16 and b [4] at offset 80 of weights.bin."""
    w, b = randn(4, 4), np.arange(4, dtype=np.float32)
    header = b"PLINTH-WEIGHTS\0\0"  # 16 bytes of padding before the first tensor
    (out.parent / "weights.bin").write_bytes(header + w.tobytes() + b.tobytes())
    nodes = [
        helper.make_node("MatMul", ["x", "w"], ["xw"], name="matmul_node"),
        helper.make_node("Add", ["xw", "b"], ["out"], name="add_node"),
    ]
    inits = [external_tensor("w", F32, [4, 4], "weights.bin", 16, 64),
             external_tensor("b", F32, [4], "weights.bin", 80, 16)]
    graph = helper.make_graph(nodes, "external_graph", [tensor_info("x", F32, [2, 4])],
                              [tensor_info("out", F32, [2, 4])], initializer=inits)
    out.write_bytes(make_model(graph, 17).SerializeToString())


def _external_data_large(out: Path) -> None:
    """Valid: W [8,16] float (128 elements, above the literal limits) at offset
    64 and idx [20] int64 (an integer tensor within the literal limit) at
    offset 576 of weights.bin: out = Gather(x @ W, idx, axis=1)."""
    w = randn(8, 16)
    idx = (np.arange(20, dtype=np.int64) * 5) % 16
    header = bytes(64)  # 64 bytes of padding before the first tensor
    (out.parent / "weights.bin").write_bytes(header + w.tobytes() + idx.tobytes())
    nodes = [
        helper.make_node("MatMul", ["x", "w"], ["xw"], name="matmul_node"),
        helper.make_node("Gather", ["xw", "idx"], ["out"], name="gather_node", axis=1),
    ]
    inits = [external_tensor("w", F32, [8, 16], "weights.bin", 64, 512),
             external_tensor("idx", I64, [20], "weights.bin", 576, 160)]
    graph = helper.make_graph(nodes, "external_large_graph", [tensor_info("x", F32, [2, 8])],
                              [tensor_info("out", F32, [2, 20])], initializer=inits)
    out.write_bytes(make_model(graph, 17).SerializeToString())


def _bad_external(out: Path, location: str, dtype=F32, dims=(4, 4), offset=0, length=64) -> None:
    w = external_tensor("w", dtype, list(dims), location, offset, length)
    x_shape = dims if dtype == F32 else (2, 2)
    out.write_bytes(add_w_model(w, x_shape=x_shape, cast=dtype != F32).SerializeToString())


def _bad_external_symlink(out: Path) -> None:
    # link.bin -> /etc/hostname.  The tensor is a single uint8 so that the
    # range is valid for any non-empty hostname file: only the symlink is bad.
    link = out.parent / "link.bin"
    if link.is_symlink() or link.exists():
        link.unlink()
    os.symlink("/etc/hostname", link)
    _bad_external(out, "link.bin", dtype=U8, dims=(1,), offset=0, length=1)


def _bad_external_range(out: Path) -> None:
    (out.parent / "range.bin").write_bytes(bytes(32))  # tensor wants [16, 80)
    _bad_external(out, "range.bin", offset=16, length=64)


add_writer("bad_truncated", _bad_truncated, "bad")
add_writer("bad_not_onnx", _bad_not_onnx, "bad")
add_writer("external_data", _external_data, "valid")
add_writer("external_data_large", _external_data_large, "valid")
# No file is created outside the output directory: the importer must reject
# these by path alone.  /etc/passwd exists and is larger than 16 bytes.
add_writer("bad_external_dotdot", partial(_bad_external, location="../evil.bin"), "bad")
add_writer("bad_external_absolute", partial(_bad_external, location="/etc/passwd", dims=(2, 2), length=16),
           "bad")
add_writer("bad_external_symlink", _bad_external_symlink, "bad")
add_writer("bad_external_range", _bad_external_range, "bad")


# ---------------------------------------------------------------------------
# Self-checks (onnx.checker + onnxruntime)
# ---------------------------------------------------------------------------


def random_feeds(session, seed: int = 0) -> dict[str, np.ndarray]:
    """Random inputs matching the session's input types.  Integers are small
    and positive (safe as divisors); dim_params use DIM_PARAM_VALUES."""
    gen = np.random.default_rng(seed)
    feeds = {}
    for inp in session.get_inputs():
        shape = [d if isinstance(d, int) else DIM_PARAM_VALUES.get(d, 3) for d in inp.shape]
        if inp.type == "tensor(float)":
            feeds[inp.name] = gen.standard_normal(shape).astype(np.float32)
        elif inp.type in ("tensor(int64)", "tensor(int32)"):
            dtype = np.int64 if inp.type == "tensor(int64)" else np.int32
            feeds[inp.name] = gen.integers(1, 6, shape).astype(dtype)
        elif inp.type == "tensor(bool)":
            feeds[inp.name] = gen.random(shape) > 0.5
        else:
            raise ValueError(f"no random feed for {inp.name}: {inp.type}")
    return feeds


def ort_session(path: Path):
    import onnxruntime as ort
    opts = ort.SessionOptions()
    opts.log_severity_level = 3  # errors only
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])


def selfcheck_models(tmp: Path) -> bool:
    """The whole models: checker + ORT at batch=2 seq=5 (and another size, to
    show the symbolic dims really are dynamic)."""
    ok = True
    vit_fn = lambda batch, seq, vocab: vit_feeds(batch, VIT_TINY["image_size"], VIT_TINY["channels"])
    cases = [("bert_tiny", bert_feeds, BERT_TINY, ["last_hidden_state", "pooler_output"]),
             ("gpt2_tiny", gpt2_feeds, GPT2_TINY, ["logits"]),
             ("llama_tiny", llama_feeds, LLAMA_TINY, ["logits"]),
             ("vit_tiny", vit_fn, dict(vocab=0), ["logits", "last_hidden_state"])]
    for name, feeds_fn, cfg, out_names in cases:
        path = tmp / f"{name}.onnx"
        write_model(name, path)
        try:
            onnx.checker.check_model(str(path), full_check=True)
            sess = ort_session(path)
            for batch, seq in [(2, 5), (1, 9)]:
                outs = sess.run(out_names, feeds_fn(batch, seq, cfg["vocab"]))
                for n, o in zip(out_names, outs):
                    assert np.isfinite(o).all(), f"{n} has non-finite values"
                    print(f"  {name} batch={batch} seq={seq}: {n} {list(o.shape)} "
                          f"mean|.|={np.abs(o).mean():.4f}")
            print(f"OK    {name}")
        except Exception as e:  # report and keep going
            print(f"FAIL  {name}: {type(e).__name__}: {e}")
            ok = False
    return ok


# Models whose integer inputs are indices need realistic feeds.
MODEL_FEEDS = {
    "bert_tiny": lambda: bert_feeds(DIM_PARAM_VALUES["batch"], DIM_PARAM_VALUES["seq"], BERT_TINY["vocab"]),
    "gpt2_tiny": lambda: gpt2_feeds(DIM_PARAM_VALUES["batch"], DIM_PARAM_VALUES["seq"], GPT2_TINY["vocab"]),
    "llama_tiny": lambda: llama_feeds(DIM_PARAM_VALUES["batch"], DIM_PARAM_VALUES["seq"], LLAMA_TINY["vocab"]),
}


def check_valid(name: str, path: Path) -> str:
    """Checker + ORT run with random inputs; returns a short summary."""
    onnx.checker.check_model(str(path), full_check=True)
    model = onnx.load(str(path), load_external_data=False)
    sess = ort_session(path)
    feeds = MODEL_FEEDS[name]() if name in MODEL_FEEDS else random_feeds(sess)
    outs = sess.run(None, feeds)
    opset = {o.domain or "ai.onnx": o.version for o in model.opset_import}
    return f"opset {opset[''] if '' in opset else opset.get('ai.onnx')}, outputs " + \
        ", ".join(str(list(o.shape)) for o in outs)


def check_rejected(path: Path) -> str:
    """Returns who rejected the model, or raises if nobody did."""
    try:
        model = onnx.load(str(path), load_external_data=False)
    except Exception as e:
        return f"rejected by onnx.load: {type(e).__name__}"
    try:
        onnx.checker.check_model(str(path), full_check=True)
        checker = None
    except Exception as e:
        checker = f"rejected by checker: {str(e).splitlines()[0][:90]}"
    try:
        sess = ort_session(path)
    except Exception as e:
        return checker or f"rejected by ORT: {str(e).splitlines()[0][:90]}"
    try:
        feeds = random_feeds(sess)
    except (ValueError, MemoryError) as e:
        # e.g. inputs with 2**62-sized dims: nothing can ever be fed.
        return checker or f"ORT loads it, but inputs cannot be allocated: {str(e)[:50]}"
    try:
        sess.run(None, feeds)
    except Exception as e:
        return checker or f"rejected by ORT: {str(e).splitlines()[0][:90]}"
    if checker:
        return checker + " (ORT accepts it)"
    raise AssertionError(f"neither onnx nor onnxruntime rejects it ({len(model.graph.node)} nodes)")


def selfcheck_all(tmp: Path) -> bool:
    missing = [op for op in REQUIRED_OPS if op not in REGISTRY]
    ok = not missing
    if missing:
        print(f"FAIL  missing required op models: {' '.join(missing)}")
    for name, entry in REGISTRY.items():
        # Each model in its own directory so side files never collide.
        path = tmp / name / f"{name}.onnx"
        try:
            write_model(name, path)
            if entry.kind in ("op", "model", "valid"):
                print(f"OK    {name:34s} {check_valid(name, path)}")
            elif entry.kind == "unsupported":
                onnx.checker.check_model(str(path), full_check=False)
                try:
                    ort_session(path)
                    note = "ORT loads it"
                except Exception as e:
                    note = f"ORT refuses: {str(e).splitlines()[0][:80]}"
                print(f"OK    {name:34s} checker passes; {note}")
            else:
                print(f"OK    {name:34s} {check_rejected(path)}")
        except Exception as e:
            ok = False
            print(f"FAIL  {name:34s} {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}")
    print(f"{len(REGISTRY)} models, {'all OK' if ok else 'FAILURES'}")
    return ok


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("name", nargs="?", help="model name (see --list)")
    parser.add_argument("out", nargs="?", type=Path, help="output .onnx path")
    parser.add_argument("--list", action="store_true", help="print all model names")
    parser.add_argument("--kind", choices=["op", "model", "valid", "unsupported", "bad"],
                        help="with --list: only models of this kind")
    parser.add_argument("--selfcheck", action="store_true", help="run the whole models in onnxruntime")
    parser.add_argument("--selfcheck-all", action="store_true", help="check every model (see module doc)")
    args = parser.parse_args(argv)

    if args.list:
        for name, entry in REGISTRY.items():
            if args.kind is None or entry.kind == args.kind:
                print(name)
        return 0
    if args.selfcheck or args.selfcheck_all:
        with tempfile.TemporaryDirectory(prefix="plinth-models-") as tmp:
            ok = True
            if args.selfcheck:
                ok &= selfcheck_models(Path(tmp))
            if args.selfcheck_all:
                ok &= selfcheck_all(Path(tmp))
        return 0 if ok else 1
    if not args.name or not args.out:
        parser.error("expected NAME OUT.onnx (or --list / --selfcheck / --selfcheck-all)")
    if args.name not in REGISTRY:
        parser.error(f"unknown model {args.name!r}; see --list")
    write_model(args.name, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
