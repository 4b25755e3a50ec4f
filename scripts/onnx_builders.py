"""Shared helpers for writing small ONNX models with onnx.helper.

Used by:
  * test/Importer/ONNX/models.py   (importer test models)
  * examples/gpt2/make_model.py    (the committed GPT-2 style example)
  * benchmarks/make_bert_base.py   (BERT-base sized import benchmark)

The two whole-model builders, `build_bert` and `build_gpt2`, write the
transformer blocks out as plain ONNX ops (MatMul/Add/Reshape/Transpose/
Softmax/...), i.e. roughly what a PyTorch exporter produces, rather than
fused contrib ops.  All weights are float32 initializers stored as raw_data
and generated deterministically from np.random.default_rng(seed).
"""

from __future__ import annotations

import math
from typing import Iterable, Sequence

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

# Short aliases for the element types used throughout.
F32 = TensorProto.FLOAT
I64 = TensorProto.INT64
I32 = TensorProto.INT32
U8 = TensorProto.UINT8
BOOL = TensorProto.BOOL

# Default IR version.  Models whose opsets need a newer IR (opset 23 needs
# IR 11) get the minimum IR version required instead; see `make_model`.
DEFAULT_IR_VERSION = 10

PRODUCER = "plinth-test-models"

Shape = Sequence[int | str | None]


# ---------------------------------------------------------------------------
# Small generic helpers
# ---------------------------------------------------------------------------


def tensor_info(name: str, elem_type: int, shape: Shape | None) -> onnx.ValueInfoProto:
    """A typed graph input/output.  String dims become dim_params."""
    return helper.make_tensor_value_info(name, elem_type, shape)


def initializer(name: str, value, dtype=None) -> TensorProto:
    """A constant tensor stored as raw_data (numpy_helper uses raw_data)."""
    arr = np.asarray(value, dtype=dtype)
    return numpy_helper.from_array(arr, name)


def make_model(
    graph: onnx.GraphProto,
    opset: int | dict[str, int],
    ir_version: int | None = None,
) -> onnx.ModelProto:
    """Wrap `graph` in a model with explicit opset imports.

    `opset` is either the default-domain opset or a {domain: version} dict
    ("" is the default domain).  The IR version is DEFAULT_IR_VERSION unless
    one of the opsets needs a newer one.
    """
    opsets = {"": opset} if isinstance(opset, int) else dict(opset)
    opset_ids = [helper.make_opsetid(domain, version) for domain, version in opsets.items()]
    if ir_version is None:
        ir_version = DEFAULT_IR_VERSION
        if "" in opsets:
            ir_version = max(ir_version, helper.find_min_ir_version_for([helper.make_opsetid("", opsets[""])]))
    model = helper.make_model(graph, opset_imports=opset_ids, producer_name=PRODUCER)
    model.ir_version = ir_version
    return model


class GraphBuilder:
    """Accumulates nodes and initializers for a hand-written graph.

    `op()` adds a node and returns its output name(s); every node gets an
    explicit, readable name.  `weight()` adds a random float32 initializer,
    `const()` adds a constant (deduplicated by name so shared constants such
    as the `1.0` scalar are stored once).
    """

    def __init__(self, seed: int = 0):
        self.rng = np.random.default_rng(seed)
        self.nodes: list[onnx.NodeProto] = []
        self.initializers: list[TensorProto] = []
        self._init_names: set[str] = set()

    def weight(self, name: str, shape: Sequence[int], scale: float = 0.02, mean: float = 0.0) -> str:
        arr = self.rng.standard_normal(tuple(shape), dtype=np.float32)
        arr *= np.float32(scale)
        if mean:
            arr += np.float32(mean)
        return self._add_init(initializer(name, arr))

    def const(self, name: str, value, dtype=None) -> str:
        if name in self._init_names:
            return name
        return self._add_init(initializer(name, value, dtype))

    def _add_init(self, tensor: TensorProto) -> str:
        assert tensor.name not in self._init_names, f"duplicate initializer {tensor.name}"
        self._init_names.add(tensor.name)
        self.initializers.append(tensor)
        return tensor.name

    def op(self, op_type: str, inputs: Iterable[str], name: str, outputs: int | Sequence[str] = 1, **attrs):
        """Add a node called `name`.  Outputs default to `name` (or
        `name:i` for several); returns one name or a list of names."""
        if isinstance(outputs, int):
            outs = [name] if outputs == 1 else [f"{name}:{i}" for i in range(outputs)]
        else:
            outs = list(outputs)
        self.nodes.append(helper.make_node(op_type, list(inputs), outs, name=name, **attrs))
        return outs[0] if len(outs) == 1 else outs

    def graph(self, name: str, inputs, outputs) -> onnx.GraphProto:
        return helper.make_graph(self.nodes, name, inputs, outputs, initializer=self.initializers)

    # -- common building blocks ------------------------------------------

    def linear(self, x: str, prefix: str, d_in: int, d_out: int) -> str:
        """x @ W + b with W: [d_in, d_out] (MatMul followed by Add)."""
        w = self.weight(f"{prefix}.weight", [d_in, d_out])
        b = self.weight(f"{prefix}.bias", [d_out])
        y = self.op("MatMul", [x, w], f"{prefix}/MatMul")
        return self.op("Add", [y, b], f"{prefix}/Add")

    def layer_norm(self, x: str, prefix: str, dim: int, epsilon: float) -> str:
        """LayerNormalization (opset 17) over the last axis."""
        gamma = self.weight(f"{prefix}.weight", [dim], scale=0.1, mean=1.0)
        beta = self.weight(f"{prefix}.bias", [dim])
        return self.op("LayerNormalization", [x, gamma, beta], f"{prefix}/LayerNormalization",
                       axis=-1, epsilon=epsilon)


# ---------------------------------------------------------------------------
# BERT
# ---------------------------------------------------------------------------


def build_bert(
    hidden: int = 32,
    heads: int = 2,
    layers: int = 2,
    vocab: int = 128,
    intermediate: int | None = None,
    max_pos: int = 64,
    type_vocab: int = 2,
    seed: int = 0,
    name: str = "bert",
) -> onnx.ModelProto:
    """A BERT encoder (post-LN) with pooler, written with plain ONNX ops.

    Inputs (all int64, shape [batch, seq] with symbolic dims):
      input_ids, token_type_ids, attention_mask
    Outputs:
      last_hidden_state [batch, seq, hidden], pooler_output [batch, hidden]

    Attention head reshapes use constant shapes [0, 0, heads, head_dim]
    (0 = copy the input dim), so they are foldable despite symbolic dims.
    GELU is the exact erf formula: x * 0.5 * (1 + erf(x / sqrt(2))).
    Opset 17 (for LayerNormalization).
    """
    assert hidden % heads == 0
    intermediate = intermediate or 4 * hidden
    head_dim = hidden // heads
    g = GraphBuilder(seed)

    # --- shared constants ------------------------------------------------
    zero_i = g.const("const_zero_i64", np.int64(0))
    one_i = g.const("const_one_i64", np.int64(1))
    one_f = g.const("const_one_f32", np.float32(1.0))
    half_f = g.const("const_half_f32", np.float32(0.5))
    sqrt2 = g.const("const_sqrt2_f32", np.float32(math.sqrt(2.0)))
    mask_neg = g.const("const_mask_neg_f32", np.float32(-10000.0))
    score_div = g.const("const_sqrt_head_dim_f32", np.float32(math.sqrt(head_dim)))
    heads_shape = g.const("const_heads_shape", np.array([0, 0, heads, head_dim], np.int64))
    merge_shape = g.const("const_merge_shape", np.array([0, 0, hidden], np.int64))
    mask_axes = g.const("const_mask_axes", np.array([1, 2], np.int64))

    # --- embeddings --------------------------------------------------------
    word_emb = g.weight("embeddings.word_embeddings.weight", [vocab, hidden])
    pos_emb = g.weight("embeddings.position_embeddings.weight", [max_pos, hidden])
    type_emb = g.weight("embeddings.token_type_embeddings.weight", [type_vocab, hidden])

    words = g.op("Gather", [word_emb, "input_ids"], "embeddings/word/Gather", axis=0)
    # position_ids = arange(seq): seq comes from Shape(input_ids)[1].
    ids_shape = g.op("Shape", ["input_ids"], "embeddings/Shape")
    seq_len = g.op("Gather", [ids_shape, one_i], "embeddings/seq_len/Gather", axis=0)
    pos_ids = g.op("Range", [zero_i, seq_len, one_i], "embeddings/position_ids/Range")
    positions = g.op("Gather", [pos_emb, pos_ids], "embeddings/position/Gather", axis=0)
    types = g.op("Gather", [type_emb, "token_type_ids"], "embeddings/token_type/Gather", axis=0)
    emb = g.op("Add", [words, positions], "embeddings/Add_pos")
    emb = g.op("Add", [emb, types], "embeddings/Add_type")
    h = g.layer_norm(emb, "embeddings.LayerNorm", hidden, 1e-12)

    # --- extended attention mask: (1 - mask) * -10000, shape [batch,1,1,seq]
    m = g.op("Unsqueeze", ["attention_mask", mask_axes], "mask/Unsqueeze")
    m = g.op("Cast", [m], "mask/Cast", to=F32)
    m = g.op("Sub", [one_f, m], "mask/Sub")
    ext_mask = g.op("Mul", [m, mask_neg], "mask/Mul")

    # --- encoder layers ---------------------------------------------------
    for i in range(layers):
        p = f"encoder.layer.{i}"

        def split_heads(x: str, which: str, perm: list[int]) -> str:
            x = g.op("Reshape", [x, heads_shape], f"{p}/attention/{which}/Reshape")
            return g.op("Transpose", [x], f"{p}/attention/{which}/Transpose", perm=perm)

        q = split_heads(g.linear(h, f"{p}.attention.self.query", hidden, hidden), "query", [0, 2, 1, 3])
        k = split_heads(g.linear(h, f"{p}.attention.self.key", hidden, hidden), "key", [0, 2, 3, 1])
        v = split_heads(g.linear(h, f"{p}.attention.self.value", hidden, hidden), "value", [0, 2, 1, 3])

        scores = g.op("MatMul", [q, k], f"{p}/attention/scores/MatMul")
        scores = g.op("Div", [scores, score_div], f"{p}/attention/scores/Div")
        scores = g.op("Add", [scores, ext_mask], f"{p}/attention/scores/AddMask")
        probs = g.op("Softmax", [scores], f"{p}/attention/Softmax", axis=-1)
        ctx = g.op("MatMul", [probs, v], f"{p}/attention/context/MatMul")
        ctx = g.op("Transpose", [ctx], f"{p}/attention/context/Transpose", perm=[0, 2, 1, 3])
        ctx = g.op("Reshape", [ctx, merge_shape], f"{p}/attention/context/Reshape")

        attn = g.linear(ctx, f"{p}.attention.output.dense", hidden, hidden)
        attn = g.op("Add", [attn, h], f"{p}/attention/output/Residual")
        h = g.layer_norm(attn, f"{p}.attention.output.LayerNorm", hidden, 1e-12)

        # Feed-forward with exact (erf) GELU.
        ff = g.linear(h, f"{p}.intermediate.dense", hidden, intermediate)
        t = g.op("Div", [ff, sqrt2], f"{p}/intermediate/gelu/Div")
        t = g.op("Erf", [t], f"{p}/intermediate/gelu/Erf")
        t = g.op("Add", [t, one_f], f"{p}/intermediate/gelu/Add")
        t = g.op("Mul", [ff, t], f"{p}/intermediate/gelu/Mul")
        ff = g.op("Mul", [t, half_f], f"{p}/intermediate/gelu/Mul_half")
        ff = g.linear(ff, f"{p}.output.dense", intermediate, hidden)
        ff = g.op("Add", [ff, h], f"{p}/output/Residual")
        h = g.layer_norm(ff, f"{p}.output.LayerNorm", hidden, 1e-12)

    last_hidden = g.op("Identity", [h], "last_hidden_state/Identity", outputs=["last_hidden_state"])

    # --- pooler: tanh(dense(hidden[:, 0])) ---------------------------------
    first = g.op("Gather", [last_hidden, zero_i], "pooler/first_token/Gather", axis=1)
    pw = g.weight("pooler.dense.weight", [hidden, hidden])  # [out, in] like torch
    pb = g.weight("pooler.dense.bias", [hidden])
    pooled = g.op("Gemm", [first, pw, pb], "pooler/dense/Gemm", transB=1)
    g.op("Tanh", [pooled], "pooler/Tanh", outputs=["pooler_output"])

    inputs = [tensor_info(n, I64, ["batch", "seq"]) for n in ("input_ids", "token_type_ids", "attention_mask")]
    outputs = [
        tensor_info("last_hidden_state", F32, ["batch", "seq", hidden]),
        tensor_info("pooler_output", F32, ["batch", hidden]),
    ]
    return make_model(g.graph(name, inputs, outputs), opset=17)


def bert_feeds(batch: int, seq: int, vocab: int, seed: int = 0) -> dict[str, np.ndarray]:
    """Example inputs for a model from build_bert (last token padded out)."""
    rng = np.random.default_rng(seed)
    mask = np.ones((batch, seq), np.int64)
    mask[:, -1] = 0
    return {
        "input_ids": rng.integers(0, vocab, (batch, seq), dtype=np.int64),
        "token_type_ids": (np.arange(seq)[None, :] >= seq // 2).astype(np.int64).repeat(batch, 0),
        "attention_mask": mask,
    }


# ---------------------------------------------------------------------------
# GPT-2
# ---------------------------------------------------------------------------


def build_gpt2(
    hidden: int = 32,
    heads: int = 2,
    layers: int = 2,
    vocab: int = 64,
    max_pos: int = 16,
    seed: int = 0,
    name: str = "gpt2",
) -> onnx.ModelProto:
    """A GPT-2 decoder (pre-LN, tied LM head) written with plain ONNX ops.

    Input:  input_ids int64 [batch, seq] (symbolic dims)
    Output: logits float32 [batch, seq, vocab]

    Deliberately uses the "exporter" style for dynamic shapes:
      * position ids = Range(0, Shape(input_ids)[1], 1)
      * head reshapes use shapes built by Shape -> Gather -> Unsqueeze ->
        Concat, so they cannot be folded to constants
      * the causal mask is a constant lower-triangular bool initializer
        [1, 1, max_pos, max_pos] sliced with Slice whose `ends` come from
        Shape, applied with Where
      * GELU is the tanh approximation written with Pow/Mul/Add/Tanh
      * the LM head is MatMul with Transpose(wte) (tied embeddings)
    Opset 17.
    """
    assert hidden % heads == 0
    head_dim = hidden // heads
    g = GraphBuilder(seed)

    # --- shared constants ------------------------------------------------
    zero_i = g.const("const_zero_i64", np.int64(0))
    one_i = g.const("const_one_i64", np.int64(1))
    axes0 = g.const("const_axes_0", np.array([0], np.int64))
    one_f = g.const("const_one_f32", np.float32(1.0))
    half_f = g.const("const_half_f32", np.float32(0.5))
    three_f = g.const("const_three_f32", np.float32(3.0))
    gelu_c = g.const("const_gelu_coeff_f32", np.float32(0.044715))
    gelu_s = g.const("const_sqrt_2_over_pi_f32", np.float32(math.sqrt(2.0 / math.pi)))
    score_scale = g.const("const_inv_sqrt_head_dim_f32", np.float32(1.0 / math.sqrt(head_dim)))
    masked_value = g.const("const_masked_value_f32", np.float32(-1e9))
    heads_tail = g.const("const_heads_tail", np.array([heads, head_dim], np.int64))
    hidden_tail = g.const("const_hidden_tail", np.array([hidden], np.int64))
    split_sizes = g.const("const_qkv_split", np.array([hidden, hidden, hidden], np.int64))
    causal = g.const("attn.causal_mask", np.tril(np.ones((max_pos, max_pos), np.bool_))[None, None])
    mask_starts = g.const("const_mask_starts", np.array([0, 0], np.int64))
    mask_axes = g.const("const_mask_axes", np.array([2, 3], np.int64))

    # --- dynamic dims: batch and seq as 1-element tensors -----------------
    ids_shape = g.op("Shape", ["input_ids"], "dims/Shape")
    batch = g.op("Gather", [ids_shape, zero_i], "dims/batch/Gather", axis=0)
    seq = g.op("Gather", [ids_shape, one_i], "dims/seq/Gather", axis=0)
    batch_1d = g.op("Unsqueeze", [batch, axes0], "dims/batch/Unsqueeze")
    seq_1d = g.op("Unsqueeze", [seq, axes0], "dims/seq/Unsqueeze")
    heads_shape = g.op("Concat", [batch_1d, seq_1d, heads_tail], "dims/heads_shape/Concat", axis=0)
    merge_shape = g.op("Concat", [batch_1d, seq_1d, hidden_tail], "dims/merge_shape/Concat", axis=0)

    # --- embeddings --------------------------------------------------------
    wte = g.weight("wte.weight", [vocab, hidden])
    wpe = g.weight("wpe.weight", [max_pos, hidden], scale=0.01)
    tok = g.op("Gather", [wte, "input_ids"], "wte/Gather", axis=0)
    pos_ids = g.op("Range", [zero_i, seq, one_i], "wpe/position_ids/Range")
    pos = g.op("Gather", [wpe, pos_ids], "wpe/Gather", axis=0)
    h = g.op("Add", [tok, pos], "embeddings/Add")

    # --- causal mask [1, 1, seq, seq] -------------------------------------
    mask_ends = g.op("Concat", [seq_1d, seq_1d], "mask/ends/Concat", axis=0)
    mask = g.op("Slice", [causal, mask_starts, mask_ends, mask_axes], "mask/Slice")

    # --- decoder blocks ---------------------------------------------------
    for i in range(layers):
        p = f"h.{i}"
        a = g.layer_norm(h, f"{p}.ln_1", hidden, 1e-5)
        qkv = g.linear(a, f"{p}.attn.c_attn", hidden, 3 * hidden)
        q, k, v = g.op("Split", [qkv, split_sizes], f"{p}/attn/Split",
                       outputs=[f"{p}/attn/q", f"{p}/attn/k", f"{p}/attn/v"], axis=2)

        def split_heads(x: str, which: str, perm: list[int]) -> str:
            x = g.op("Reshape", [x, heads_shape], f"{p}/attn/{which}/Reshape")
            return g.op("Transpose", [x], f"{p}/attn/{which}/Transpose", perm=perm)

        q = split_heads(q, "query", [0, 2, 1, 3])
        k = split_heads(k, "key", [0, 2, 3, 1])
        v = split_heads(v, "value", [0, 2, 1, 3])

        scores = g.op("MatMul", [q, k], f"{p}/attn/scores/MatMul")
        scores = g.op("Mul", [scores, score_scale], f"{p}/attn/scores/Mul")
        scores = g.op("Where", [mask, scores, masked_value], f"{p}/attn/scores/Where")
        probs = g.op("Softmax", [scores], f"{p}/attn/Softmax", axis=-1)
        ctx = g.op("MatMul", [probs, v], f"{p}/attn/context/MatMul")
        ctx = g.op("Transpose", [ctx], f"{p}/attn/context/Transpose", perm=[0, 2, 1, 3])
        ctx = g.op("Reshape", [ctx, merge_shape], f"{p}/attn/context/Reshape")
        attn = g.linear(ctx, f"{p}.attn.c_proj", hidden, hidden)
        h = g.op("Add", [h, attn], f"{p}/attn/Residual")

        m = g.layer_norm(h, f"{p}.ln_2", hidden, 1e-5)
        ff = g.linear(m, f"{p}.mlp.c_fc", hidden, 4 * hidden)
        # gelu_new: 0.5 * x * (1 + tanh(sqrt(2/pi) * (x + 0.044715 * x^3)))
        t = g.op("Pow", [ff, three_f], f"{p}/mlp/gelu/Pow")
        t = g.op("Mul", [t, gelu_c], f"{p}/mlp/gelu/Mul_coeff")
        t = g.op("Add", [ff, t], f"{p}/mlp/gelu/Add")
        t = g.op("Mul", [t, gelu_s], f"{p}/mlp/gelu/Mul_scale")
        t = g.op("Tanh", [t], f"{p}/mlp/gelu/Tanh")
        t = g.op("Add", [t, one_f], f"{p}/mlp/gelu/Add_one")
        t = g.op("Mul", [ff, t], f"{p}/mlp/gelu/Mul_x")
        ff = g.op("Mul", [t, half_f], f"{p}/mlp/gelu/Mul_half")
        ff = g.linear(ff, f"{p}.mlp.c_proj", 4 * hidden, hidden)
        h = g.op("Add", [h, ff], f"{p}/mlp/Residual")

    h = g.layer_norm(h, "ln_f", hidden, 1e-5)
    lm_head = g.op("Transpose", [wte], "lm_head/Transpose", perm=[1, 0])
    g.op("MatMul", [h, lm_head], "lm_head/MatMul", outputs=["logits"])

    inputs = [tensor_info("input_ids", I64, ["batch", "seq"])]
    outputs = [tensor_info("logits", F32, ["batch", "seq", vocab])]
    return make_model(g.graph(name, inputs, outputs), opset=17)


def gpt2_feeds(batch: int, seq: int, vocab: int, seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    return {"input_ids": rng.integers(0, vocab, (batch, seq), dtype=np.int64)}


def weight_bytes(model: onnx.ModelProto) -> int:
    """Total bytes of all initializers (inline or external), from dims."""
    total = 0
    for t in model.graph.initializer:
        itemsize = helper.tensor_dtype_to_np_dtype(t.data_type).itemsize
        total += int(np.prod(t.dims, dtype=np.int64)) * itemsize
    return total
