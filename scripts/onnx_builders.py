"""Shared helpers for writing small ONNX models with onnx.helper.

Used by:
  * test/Importer/ONNX/models.py   (importer test models)
  * examples/gpt2/make_model.py    (the committed GPT-2 style example)
  * benchmarks/make_bert_base.py   (BERT-base sized import benchmark)
  * test/E2E/families/minilm_onnx.py (all-MiniLM-L6-v2 with its real weights)

The whole-model builders, `build_bert`, `build_gpt2`, `build_llama` and
`build_vit`, write the transformer blocks out as plain ONNX ops (MatMul/Add/
Reshape/Transpose/Softmax/...), i.e. roughly what a PyTorch exporter
produces, rather than fused contrib ops.  All weights are float32 initializers stored as raw_data
and generated deterministically from np.random.default_rng(seed), unless
real ones are given by name (`build_bert(weights=...)`, used by
test/E2E/families/minilm_onnx.py for all-MiniLM-L6-v2).
"""

from __future__ import annotations

import math
from typing import Iterable, Mapping, Sequence

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

    With `weights` ({name: array}, e.g. a PyTorch state dict as numpy),
    `weight()` takes the array of that name instead of a random one; the
    names it took are in `used_weights`.
    """

    def __init__(self, seed: int = 0, weights: Mapping[str, np.ndarray] | None = None):
        self.rng = np.random.default_rng(seed)
        self.weights = weights
        self.used_weights: set[str] = set()
        self.nodes: list[onnx.NodeProto] = []
        self.initializers: list[TensorProto] = []
        self._init_names: set[str] = set()

    def weight(self, name: str, shape: Sequence[int], scale: float = 0.02, mean: float = 0.0,
               transposed: bool = False) -> str:
        """A float32 initializer of `shape`: random, or the given weight
        `name`, which `transposed` says is stored as the transpose (an
        nn.Linear weight is [out, in], `linear()` needs [in, out])."""
        if self.weights is not None:
            if name not in self.weights:
                raise KeyError(f"no weight named {name!r}")
            arr = np.asarray(self.weights[name], dtype=np.float32)
            arr = np.ascontiguousarray(arr.T if transposed else arr)
            if arr.shape != tuple(shape):
                raise ValueError(f"weight {name!r} has shape {list(arr.shape)}, expected {list(shape)}")
            self.used_weights.add(name)
            return self._add_init(initializer(name, arr))
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
        """x @ W + b with W: [d_in, d_out] (MatMul followed by Add). Given
        weights are in nn.Linear's layout, [d_out, d_in]."""
        w = self.weight(f"{prefix}.weight", [d_in, d_out], transposed=True)
        b = self.weight(f"{prefix}.bias", [d_out])
        y = self.op("MatMul", [x, w], f"{prefix}/MatMul")
        return self.op("Add", [y, b], f"{prefix}/Add")

    def proj(self, x: str, prefix: str, d_in: int, d_out: int) -> str:
        """A bias-free x @ W, W: [d_in, d_out] scaled by 1/sqrt(d_in) so
        activations stay O(1) (Llama's projections)."""
        w = self.weight(f"{prefix}.weight", [d_in, d_out], scale=1.0 / math.sqrt(d_in))
        return self.op("MatMul", [x, w], f"{prefix}/MatMul")

    def swiglu(self, x: str, prefix: str, node: str, hidden: int, intermediate: int) -> str:
        """Llama's MLP, down(gate(x) * Sigmoid(gate(x)) * up(x)); weights
        under `prefix` (gate_proj, up_proj, down_proj), nodes under `node`."""
        gate = self.proj(x, f"{prefix}.gate_proj", hidden, intermediate)
        sig = self.op("Sigmoid", [gate], f"{node}/act_fn/Sigmoid")
        act = self.op("Mul", [gate, sig], f"{node}/act_fn/Mul")
        up = self.proj(x, f"{prefix}.up_proj", hidden, intermediate)
        ff = self.op("Mul", [act, up], f"{node}/Mul")
        return self.proj(ff, f"{prefix}.down_proj", intermediate, hidden)

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
    weights: Mapping[str, np.ndarray] | None = None,
    layer_norm_eps: float = 1e-12,
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

    `weights` gives real weights by their Hugging Face `BertModel` state
    dict names (embeddings.word_embeddings.weight, encoder.layer.0.attention
    .self.query.weight, ..., pooler.dense.bias), in PyTorch's layout; every
    one must be used (drop buffers such as embeddings.position_ids).
    """
    assert hidden % heads == 0
    intermediate = intermediate or 4 * hidden
    head_dim = hidden // heads
    g = GraphBuilder(seed, weights)

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
    h = g.layer_norm(emb, "embeddings.LayerNorm", hidden, layer_norm_eps)

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
        h = g.layer_norm(attn, f"{p}.attention.output.LayerNorm", hidden, layer_norm_eps)

        # Feed-forward with exact (erf) GELU.
        ff = g.linear(h, f"{p}.intermediate.dense", hidden, intermediate)
        t = g.op("Div", [ff, sqrt2], f"{p}/intermediate/gelu/Div")
        t = g.op("Erf", [t], f"{p}/intermediate/gelu/Erf")
        t = g.op("Add", [t, one_f], f"{p}/intermediate/gelu/Add")
        t = g.op("Mul", [ff, t], f"{p}/intermediate/gelu/Mul")
        ff = g.op("Mul", [t, half_f], f"{p}/intermediate/gelu/Mul_half")
        ff = g.linear(ff, f"{p}.output.dense", intermediate, hidden)
        ff = g.op("Add", [ff, h], f"{p}/output/Residual")
        h = g.layer_norm(ff, f"{p}.output.LayerNorm", hidden, layer_norm_eps)

    last_hidden = g.op("Identity", [h], "last_hidden_state/Identity", outputs=["last_hidden_state"])

    # --- pooler: tanh(dense(hidden[:, 0])) ---------------------------------
    first = g.op("Gather", [last_hidden, zero_i], "pooler/first_token/Gather", axis=1)
    pw = g.weight("pooler.dense.weight", [hidden, hidden])  # [out, in] like torch
    pb = g.weight("pooler.dense.bias", [hidden])
    pooled = g.op("Gemm", [first, pw, pb], "pooler/dense/Gemm", transB=1)
    g.op("Tanh", [pooled], "pooler/Tanh", outputs=["pooler_output"])
    if weights is not None and set(weights) - g.used_weights:
        raise ValueError(f"unused weights: {sorted(set(weights) - g.used_weights)}")

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


# ---------------------------------------------------------------------------
# Llama
# ---------------------------------------------------------------------------


def rope_angles(head_dim: int, max_pos: int, theta: float) -> np.ndarray:
    """Rotary angles [max_pos, head_dim / 2]: position x inverse frequency."""
    inv_freq = 1.0 / (theta ** (np.arange(0, head_dim, 2, dtype=np.float64) / head_dim))
    return np.outer(np.arange(max_pos, dtype=np.float64), inv_freq)


def build_llama(
    hidden: int = 64,
    heads: int = 4,
    kv_heads: int = 2,
    layers: int = 2,
    vocab: int = 128,
    intermediate: int = 172,
    max_pos: int = 64,
    rope_theta: float = 10000.0,
    rms_eps: float = 1e-6,
    seed: int = 0,
    name: str = "llama",
) -> onnx.ModelProto:
    """A Llama decoder (pre-RMSNorm, rotary embeddings, grouped KV heads,
    SwiGLU MLP, untied LM head) written out as the TorchScript ONNX exporter
    writes a Hugging Face LlamaForCausalLM.

    Input:  input_ids int64 [batch, seq] (symbolic dims, seq <= max_pos)
    Output: logits float32 [batch, seq, vocab]

    * linear layers are bias-free MatMuls with [in, out] weights
    * RMSNorm: w * (x / Sqrt(ReduceMean(Pow(x, 2)) + eps)), i.e.
      Pow/ReduceMean/Add/Sqrt/Div(1, .)/Mul/Mul
    * position_ids = Unsqueeze(Range(0, seq, 1), 0) [1, seq]; cos/sin tables
      [max_pos, head_dim] are gathered by them and unsqueezed to
      [1, 1, seq, head_dim]; rotate_half(x) = Concat(-x[..., d/2:], x[..., :d/2])
      with Slice/Neg/Concat; q*cos + rotate_half(q)*sin
    * head reshapes use shapes built from Shape -> Gather -> Unsqueeze ->
      Concat (not foldable without bound dims)
    * grouped KV (repeat_kv): K/V [b, kv_heads, s, d] -> Unsqueeze(2) ->
      Expand to [b, kv_heads, heads/kv_heads, s, d] -> Reshape [b, heads, s, d]
    * causal mask: Trilu(ConstantOfShape([seq, seq], finfo(f32).min), k=1,
      upper) unsqueezed to [1, 1, seq, seq] and added to the scores
    * SwiGLU: down(gate(x) * Sigmoid(gate(x)) * up(x))
    Weights are scaled by 1/sqrt(fan_in) so activations stay O(1). Opset 17.
    """
    assert hidden % heads == 0 and heads % kv_heads == 0
    head_dim = hidden // heads
    n_rep = heads // kv_heads
    assert head_dim % 2 == 0
    g = GraphBuilder(seed)

    # --- shared constants ------------------------------------------------
    zero_i = g.const("const_zero_i64", np.int64(0))
    one_i = g.const("const_one_i64", np.int64(1))
    axes0 = g.const("const_axes_0", np.array([0], np.int64))
    axes1 = g.const("const_axes_1", np.array([1], np.int64))
    axes2 = g.const("const_axes_2", np.array([2], np.int64))
    axes_last = g.const("const_axes_last", np.array([-1], np.int64))
    one_f = g.const("const_one_f32", np.float32(1.0))
    two_f = g.const("const_two_f32", np.float32(2.0))
    eps_f = g.const("const_rms_eps_f32", np.float32(rms_eps))
    score_div = g.const("const_sqrt_head_dim_f32", np.float32(math.sqrt(head_dim)))
    mask_min = np.array([np.finfo(np.float32).min], np.float32)
    half_start = g.const("const_rot_half_start", np.array([0], np.int64))
    half_mid = g.const("const_rot_half_mid", np.array([head_dim // 2], np.int64))
    half_end = g.const("const_rot_half_end", np.array([np.iinfo(np.int64).max], np.int64))
    q_tail = g.const("const_q_heads_tail", np.array([heads, head_dim], np.int64))
    kv_tail = g.const("const_kv_heads_tail", np.array([kv_heads, head_dim], np.int64))
    kv_rep = g.const("const_kv_rep", np.array([kv_heads, n_rep], np.int64))
    heads_1d = g.const("const_heads", np.array([heads], np.int64))
    head_dim_1d = g.const("const_head_dim", np.array([head_dim], np.int64))
    hidden_tail = g.const("const_hidden_tail", np.array([hidden], np.int64))

    # --- rotary tables (as LlamaRotaryEmbedding caches them) --------------
    freqs = rope_angles(head_dim, max_pos, rope_theta)
    emb = np.concatenate([freqs, freqs], axis=-1)
    cos_table = g.const("rotary_emb.cos_cached", np.cos(emb).astype(np.float32))
    sin_table = g.const("rotary_emb.sin_cached", np.sin(emb).astype(np.float32))

    def rms_norm(x: str, prefix: str) -> str:
        w = g.weight(f"{prefix}.weight", [hidden], scale=0.1, mean=1.0)
        t = g.op("Pow", [x, two_f], f"{prefix}/Pow")
        t = g.op("ReduceMean", [t], f"{prefix}/ReduceMean", axes=[-1], keepdims=1)
        t = g.op("Add", [t, eps_f], f"{prefix}/Add")
        t = g.op("Sqrt", [t], f"{prefix}/Sqrt")
        t = g.op("Div", [one_f, t], f"{prefix}/Div")
        t = g.op("Mul", [x, t], f"{prefix}/Mul")
        return g.op("Mul", [w, t], f"{prefix}/Mul_1")

    # --- dynamic dims: batch and seq as 1-element tensors -----------------
    ids_shape = g.op("Shape", ["input_ids"], "dims/Shape")
    batch = g.op("Gather", [ids_shape, zero_i], "dims/batch/Gather", axis=0)
    seq = g.op("Gather", [ids_shape, one_i], "dims/seq/Gather", axis=0)
    batch_1d = g.op("Unsqueeze", [batch, axes0], "dims/batch/Unsqueeze")
    seq_1d = g.op("Unsqueeze", [seq, axes0], "dims/seq/Unsqueeze")
    q_shape = g.op("Concat", [batch_1d, seq_1d, q_tail], "dims/q_shape/Concat", axis=0)
    kv_shape = g.op("Concat", [batch_1d, seq_1d, kv_tail], "dims/kv_shape/Concat", axis=0)
    rep_shape = g.op("Concat", [batch_1d, kv_rep, seq_1d, head_dim_1d], "dims/repeat_kv_expand/Concat",
                     axis=0)
    rep_merge = g.op("Concat", [batch_1d, heads_1d, seq_1d, head_dim_1d], "dims/repeat_kv_merge/Concat",
                     axis=0)
    merge_shape = g.op("Concat", [batch_1d, seq_1d, hidden_tail], "dims/merge_shape/Concat", axis=0)

    # --- embeddings, positions, rotary cos/sin [1, 1, seq, head_dim] ------
    embed = g.weight("model.embed_tokens.weight", [vocab, hidden], scale=1.0)
    h = g.op("Gather", [embed, "input_ids"], "model/embed_tokens/Gather", axis=0)
    pos = g.op("Range", [zero_i, seq, one_i], "model/position_ids/Range")
    pos_ids = g.op("Unsqueeze", [pos, axes0], "model/position_ids/Unsqueeze")
    cos = g.op("Gather", [cos_table, pos_ids], "model/rotary_emb/cos/Gather", axis=0)
    cos = g.op("Unsqueeze", [cos, axes1], "model/rotary_emb/cos/Unsqueeze")
    sin = g.op("Gather", [sin_table, pos_ids], "model/rotary_emb/sin/Gather", axis=0)
    sin = g.op("Unsqueeze", [sin, axes1], "model/rotary_emb/sin/Unsqueeze")

    # --- causal mask [1, 1, seq, seq]: 0 on/below the diagonal, min above --
    mask_shape = g.op("Concat", [seq_1d, seq_1d], "model/causal_mask/shape/Concat", axis=0)
    full = g.op("ConstantOfShape", [mask_shape], "model/causal_mask/ConstantOfShape",
                value=numpy_helper.from_array(mask_min, "value"))
    mask = g.op("Trilu", [full, one_i], "model/causal_mask/Trilu", upper=1)
    mask = g.op("Unsqueeze", [mask, g.const("const_axes_01", np.array([0, 1], np.int64))],
                "model/causal_mask/Unsqueeze")

    # --- decoder layers ---------------------------------------------------
    for i in range(layers):
        p = f"model.layers.{i}"
        a = rms_norm(h, f"{p}.input_layernorm")

        def heads_of(x: str, which: str, shape: str) -> str:
            x = g.op("Reshape", [x, shape], f"{p}/self_attn/{which}/Reshape")
            return g.op("Transpose", [x], f"{p}/self_attn/{which}/Transpose", perm=[0, 2, 1, 3])

        def rotary(x: str, which: str) -> str:
            r = f"{p}/self_attn/rotary_{which}"
            x1 = g.op("Slice", [x, half_start, half_mid, axes_last], f"{r}/Slice")
            x2 = g.op("Slice", [x, half_mid, half_end, axes_last], f"{r}/Slice_1")
            x2 = g.op("Neg", [x2], f"{r}/Neg")
            rot = g.op("Concat", [x2, x1], f"{r}/Concat", axis=-1)
            xc = g.op("Mul", [x, cos], f"{r}/Mul")
            rs = g.op("Mul", [rot, sin], f"{r}/Mul_1")
            return g.op("Add", [xc, rs], f"{r}/Add")

        def repeat_kv(x: str, which: str) -> str:
            r = f"{p}/self_attn/repeat_kv_{which}"
            x = g.op("Unsqueeze", [x, axes2], f"{r}/Unsqueeze")
            x = g.op("Expand", [x, rep_shape], f"{r}/Expand")
            return g.op("Reshape", [x, rep_merge], f"{r}/Reshape")

        q = heads_of(g.proj(a, f"{p}.self_attn.q_proj", hidden, heads * head_dim), "q", q_shape)
        k = heads_of(g.proj(a, f"{p}.self_attn.k_proj", hidden, kv_heads * head_dim), "k", kv_shape)
        v = heads_of(g.proj(a, f"{p}.self_attn.v_proj", hidden, kv_heads * head_dim), "v", kv_shape)
        q = rotary(q, "q")
        k = rotary(k, "k")
        k = repeat_kv(k, "k")
        v = repeat_kv(v, "v")

        kt = g.op("Transpose", [k], f"{p}/self_attn/k/Transpose_1", perm=[0, 1, 3, 2])
        scores = g.op("MatMul", [q, kt], f"{p}/self_attn/scores/MatMul")
        scores = g.op("Div", [scores, score_div], f"{p}/self_attn/scores/Div")
        scores = g.op("Add", [scores, mask], f"{p}/self_attn/scores/AddMask")
        probs = g.op("Softmax", [scores], f"{p}/self_attn/Softmax", axis=-1)
        ctx = g.op("MatMul", [probs, v], f"{p}/self_attn/context/MatMul")
        ctx = g.op("Transpose", [ctx], f"{p}/self_attn/context/Transpose", perm=[0, 2, 1, 3])
        ctx = g.op("Reshape", [ctx, merge_shape], f"{p}/self_attn/context/Reshape")
        attn = g.proj(ctx, f"{p}.self_attn.o_proj", heads * head_dim, hidden)
        h = g.op("Add", [h, attn], f"{p}/self_attn/Residual")

        m = rms_norm(h, f"{p}.post_attention_layernorm")
        ff = g.swiglu(m, f"{p}.mlp", f"{p}/mlp", hidden, intermediate)
        h = g.op("Add", [h, ff], f"{p}/mlp/Residual")

    h = rms_norm(h, "model.norm")
    lm = g.weight("lm_head.weight", [hidden, vocab], scale=1.0 / math.sqrt(hidden))
    g.op("MatMul", [h, lm], "lm_head/MatMul", outputs=["logits"])

    inputs = [tensor_info("input_ids", I64, ["batch", "seq"])]
    outputs = [tensor_info("logits", F32, ["batch", "seq", vocab])]
    return make_model(g.graph(name, inputs, outputs), opset=17)


def build_llama_native(
    hidden: int = 64,
    heads: int = 4,
    kv_heads: int = 2,
    layers: int = 2,
    vocab: int = 128,
    intermediate: int = 172,
    max_pos: int = 64,
    rope_theta: float = 10000.0,
    rms_eps: float = 1e-6,
    seed: int = 0,
    name: str = "llama_native",
) -> onnx.ModelProto:
    """The Llama decoder of build_llama written directly at opset 23 with
    the native ops, as a runtime-oriented exporter would write it.

    Inputs: input_ids int64 [batch, seq], position_ids int64 [batch, seq]
    (each < max_pos). Output: logits float32 [batch, seq, vocab].

    * RMSNormalization (axis -1) for every norm
    * RotaryEmbedding on the 3-D projections (num_heads given), with
      [max_pos, head_dim / 2] cos/sin caches indexed by position_ids,
      non-interleaved halves (rotate_half)
    * Attention on 3-D Q/K/V with q_num_heads = heads and kv_num_heads =
      kv_heads (grouped-query) and is_causal = 1; its scale is the default
      1 / sqrt(head_dim)
    * SwiGLU MLP: down(gate(x) * Sigmoid(gate(x)) * up(x)), untied LM head
    """
    assert hidden % heads == 0 and heads % kv_heads == 0
    head_dim = hidden // heads
    g = GraphBuilder(seed)
    freqs = rope_angles(head_dim, max_pos, rope_theta)
    cos_cache = g.const("rotary.cos_cache", np.cos(freqs).astype(np.float32))
    sin_cache = g.const("rotary.sin_cache", np.sin(freqs).astype(np.float32))

    def rms_norm(x: str, prefix: str) -> str:
        w = g.weight(f"{prefix}.weight", [hidden], scale=0.1, mean=1.0)
        return g.op("RMSNormalization", [x, w], f"{prefix}/RMSNormalization", axis=-1,
                    epsilon=rms_eps)

    embed = g.weight("model.embed_tokens.weight", [vocab, hidden], scale=1.0)
    x = g.op("Gather", [embed, "input_ids"], "model/embed_tokens/Gather", axis=0)
    for layer in range(layers):
        p = f"model.layers.{layer}"
        h = rms_norm(x, f"{p}.input_layernorm")
        q = g.proj(h, f"{p}.self_attn.q_proj", hidden, hidden)
        k = g.proj(h, f"{p}.self_attn.k_proj", hidden, kv_heads * head_dim)
        v = g.proj(h, f"{p}.self_attn.v_proj", hidden, kv_heads * head_dim)
        q = g.op("RotaryEmbedding", [q, cos_cache, sin_cache, "position_ids"],
                 f"{p}/self_attn/q_rotary", num_heads=heads)
        k = g.op("RotaryEmbedding", [k, cos_cache, sin_cache, "position_ids"],
                 f"{p}/self_attn/k_rotary", num_heads=kv_heads)
        a = g.op("Attention", [q, k, v], f"{p}/self_attn/Attention", q_num_heads=heads,
                 kv_num_heads=kv_heads, is_causal=1)
        x = g.op("Add", [x, g.proj(a, f"{p}.self_attn.o_proj", hidden, hidden)], f"{p}/attn_residual")
        h = rms_norm(x, f"{p}.post_attention_layernorm")
        x = g.op("Add", [x, g.swiglu(h, f"{p}.mlp", f"{p}/mlp", hidden, intermediate)],
                 f"{p}/mlp_residual")
    x = rms_norm(x, "model.norm")
    logits = g.op("MatMul", [x, g.weight("lm_head.weight", [hidden, vocab],
                                         scale=1.0 / math.sqrt(hidden))], "logits")
    inputs = [tensor_info("input_ids", TensorProto.INT64, ["batch", "seq"]),
              tensor_info("position_ids", TensorProto.INT64, ["batch", "seq"])]
    outputs = [tensor_info("logits", TensorProto.FLOAT, ["batch", "seq", vocab])]
    return make_model(g.graph(name, inputs, outputs), opset=23)


def llama_feeds(batch: int, seq: int, vocab: int, seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    return {"input_ids": rng.integers(0, vocab, (batch, seq), dtype=np.int64)}


# ---------------------------------------------------------------------------
# ViT
# ---------------------------------------------------------------------------


def build_vit(
    image_size: int = 32,
    patch: int = 8,
    channels: int = 3,
    hidden: int = 64,
    heads: int = 4,
    layers: int = 2,
    intermediate: int | None = None,
    num_classes: int = 10,
    ln_eps: float = 1e-12,
    seed: int = 0,
    name: str = "vit",
) -> onnx.ModelProto:
    """A ViT image classifier (pre-LN encoder, CLS token) written with plain
    ONNX ops, roughly as a Hugging Face ViTForImageClassification exports.

    Input:   pixel_values float32 [batch, channels, image_size, image_size]
             (symbolic batch)
    Outputs: logits [batch, num_classes],
             last_hidden_state [batch, 1 + patches, hidden]

    * patch embedding: Conv(kernel = stride = patch) + bias, Reshape to
      [b, hidden, patches] (shape [0, 0, -1]), Transpose to [b, patches, hidden]
    * CLS token [1, 1, hidden] Expanded to [b, 1, hidden] (shape from
      Shape(pixel_values)), Concat in front, position embedding Add
    * attention: MatMul+Add projections, head reshapes with constant shapes
      [-1, tokens, heads, head_dim], MatMul-Div-Softmax-MatMul
    * GELU is the exact erf form; LayerNormalization (opset 17)
    * the classifier reads token 0 (Gather axis 1) through Gemm(transB=1)
    Weights are scaled by 1/sqrt(fan_in) so activations stay O(1). Opset 17.
    """
    assert hidden % heads == 0 and image_size % patch == 0
    head_dim = hidden // heads
    intermediate = intermediate or 4 * hidden
    patches = (image_size // patch) ** 2
    tokens = patches + 1
    g = GraphBuilder(seed)

    zero_i = g.const("const_zero_i64", np.int64(0))
    axes0 = g.const("const_axes_0", np.array([0], np.int64))
    one_f = g.const("const_one_f32", np.float32(1.0))
    half_f = g.const("const_half_f32", np.float32(0.5))
    sqrt2 = g.const("const_sqrt2_f32", np.float32(math.sqrt(2.0)))
    score_div = g.const("const_sqrt_head_dim_f32", np.float32(math.sqrt(head_dim)))
    flat_shape = g.const("const_flatten_shape", np.array([0, 0, -1], np.int64))
    heads_shape = g.const("const_heads_shape", np.array([-1, tokens, heads, head_dim], np.int64))
    merge_shape = g.const("const_merge_shape", np.array([-1, tokens, hidden], np.int64))
    cls_tail = g.const("const_cls_tail", np.array([1, hidden], np.int64))

    def linear(x: str, prefix: str, d_in: int, d_out: int) -> str:
        w = g.weight(f"{prefix}.weight", [d_in, d_out], scale=1.0 / math.sqrt(d_in))
        b = g.weight(f"{prefix}.bias", [d_out], scale=0.02)
        y = g.op("MatMul", [x, w], f"{prefix}/MatMul")
        return g.op("Add", [y, b], f"{prefix}/Add")

    # --- patch embedding -------------------------------------------------
    fan_in = channels * patch * patch
    conv_w = g.weight("vit.embeddings.patch_embeddings.projection.weight", [hidden, channels, patch, patch],
                      scale=1.0 / math.sqrt(fan_in))
    conv_b = g.weight("vit.embeddings.patch_embeddings.projection.bias", [hidden], scale=0.02)
    x = g.op("Conv", ["pixel_values", conv_w, conv_b], "vit/embeddings/patch_embeddings/projection/Conv",
             kernel_shape=[patch, patch], strides=[patch, patch], pads=[0, 0, 0, 0])
    x = g.op("Reshape", [x, flat_shape], "vit/embeddings/patch_embeddings/Reshape")
    x = g.op("Transpose", [x], "vit/embeddings/patch_embeddings/Transpose", perm=[0, 2, 1])

    # --- CLS token, position embeddings -----------------------------------
    shape = g.op("Shape", ["pixel_values"], "vit/embeddings/Shape")
    batch = g.op("Gather", [shape, zero_i], "vit/embeddings/batch/Gather", axis=0)
    batch_1d = g.op("Unsqueeze", [batch, axes0], "vit/embeddings/batch/Unsqueeze")
    cls_shape = g.op("Concat", [batch_1d, cls_tail], "vit/embeddings/cls_shape/Concat", axis=0)
    cls = g.weight("vit.embeddings.cls_token", [1, 1, hidden], scale=1.0)
    cls = g.op("Expand", [cls, cls_shape], "vit/embeddings/cls_token/Expand")
    x = g.op("Concat", [cls, x], "vit/embeddings/Concat", axis=1)
    pos = g.weight("vit.embeddings.position_embeddings", [1, tokens, hidden], scale=0.5)
    h = g.op("Add", [x, pos], "vit/embeddings/Add")

    # --- encoder layers ----------------------------------------------------
    for i in range(layers):
        p = f"vit.encoder.layer.{i}"
        a = g.layer_norm(h, f"{p}.layernorm_before", hidden, ln_eps)

        def split_heads(x: str, which: str, perm: list[int]) -> str:
            x = g.op("Reshape", [x, heads_shape], f"{p}/attention/{which}/Reshape")
            return g.op("Transpose", [x], f"{p}/attention/{which}/Transpose", perm=perm)

        q = split_heads(linear(a, f"{p}.attention.attention.query", hidden, hidden), "query", [0, 2, 1, 3])
        k = split_heads(linear(a, f"{p}.attention.attention.key", hidden, hidden), "key", [0, 2, 3, 1])
        v = split_heads(linear(a, f"{p}.attention.attention.value", hidden, hidden), "value", [0, 2, 1, 3])
        scores = g.op("MatMul", [q, k], f"{p}/attention/scores/MatMul")
        scores = g.op("Div", [scores, score_div], f"{p}/attention/scores/Div")
        probs = g.op("Softmax", [scores], f"{p}/attention/Softmax", axis=-1)
        ctx = g.op("MatMul", [probs, v], f"{p}/attention/context/MatMul")
        ctx = g.op("Transpose", [ctx], f"{p}/attention/context/Transpose", perm=[0, 2, 1, 3])
        ctx = g.op("Reshape", [ctx, merge_shape], f"{p}/attention/context/Reshape")
        attn = linear(ctx, f"{p}.attention.output.dense", hidden, hidden)
        h = g.op("Add", [attn, h], f"{p}/attention/Residual")

        m = g.layer_norm(h, f"{p}.layernorm_after", hidden, ln_eps)
        ff = linear(m, f"{p}.intermediate.dense", hidden, intermediate)
        t = g.op("Div", [ff, sqrt2], f"{p}/intermediate/gelu/Div")
        t = g.op("Erf", [t], f"{p}/intermediate/gelu/Erf")
        t = g.op("Add", [t, one_f], f"{p}/intermediate/gelu/Add")
        t = g.op("Mul", [ff, t], f"{p}/intermediate/gelu/Mul")
        ff = g.op("Mul", [t, half_f], f"{p}/intermediate/gelu/Mul_half")
        ff = linear(ff, f"{p}.output.dense", intermediate, hidden)
        h = g.op("Add", [ff, h], f"{p}/output/Residual")

    # LayerNorm writes last_hidden_state directly (a graph output that is
    # also consumed by the classifier).
    gamma = g.weight("vit.layernorm.weight", [hidden], scale=0.1, mean=1.0)
    beta = g.weight("vit.layernorm.bias", [hidden])
    h = g.op("LayerNormalization", [h, gamma, beta], "vit/layernorm/LayerNormalization",
             outputs=["last_hidden_state"], axis=-1, epsilon=ln_eps)
    first = g.op("Gather", [h, zero_i], "classifier/cls/Gather", axis=1)
    cw = g.weight("classifier.weight", [num_classes, hidden], scale=1.0 / math.sqrt(hidden))
    cb = g.weight("classifier.bias", [num_classes], scale=0.02)
    g.op("Gemm", [first, cw, cb], "classifier/Gemm", outputs=["logits"], transB=1)

    inputs = [tensor_info("pixel_values", F32, ["batch", channels, image_size, image_size])]
    outputs = [tensor_info("logits", F32, ["batch", num_classes]),
               tensor_info("last_hidden_state", F32, ["batch", tokens, hidden])]
    return make_model(g.graph(name, inputs, outputs), opset=17)


def vit_feeds(batch: int, image_size: int = 32, channels: int = 3, seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    return {"pixel_values": rng.standard_normal((batch, channels, image_size, image_size)).astype(np.float32)}


def weight_bytes(model: onnx.ModelProto) -> int:
    """Total bytes of all initializers (inline or external), from dims."""
    total = 0
    for t in model.graph.initializer:
        itemsize = helper.tensor_dtype_to_np_dtype(t.data_type).itemsize
        total += int(np.prod(t.dims, dtype=np.int64)) * itemsize
    return total
