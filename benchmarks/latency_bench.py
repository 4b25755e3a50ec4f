#!/usr/bin/env python3
"""Plinth vs onnxruntime: latency, compile time and peak memory, same machine.

    latency_bench.py [--models bert,gpt2] [--layers 12] [--seq 128]
                     [--threads 2] [--runs 10] [--workdir /tmp/plinth-bench]
                     [--tools build/bin] [--symbolic]

Builds BERT-base and GPT-2-small sized models (12 layers, hidden 768,
batch 1; --layers makes them smaller for quick runs) with the committed
builders, compiles each with plinth-compile (--dim batch=1 --dim seq=SEQ) and
runs it with plinth-run --benchmark (--symbolic: compiles with batch and
sequence left symbolic, the way one artifact serves every size, and runs it
at 1xSEQ), and runs the same inputs through
onnxruntime with the same thread count. Prints per model: median latency of
both, the ratio plinth/onnxruntime (below 1 means Plinth is faster), compile
time (plinth-compile vs onnxruntime session creation) and peak RSS of
plinth-compile, of plinth-run and of the onnxruntime process (which loads
and runs).
Not a test: run by hand, copy the figures into your notes.
"""
import argparse
import os
import resource
import subprocess
import sys
import time

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "scripts"))
import numpy as np  # noqa: E402
import onnx  # noqa: E402
import onnx_builders  # noqa: E402


# Runs argv[1:] and prints its peak RSS in KiB to stderr. A small wrapper
# process, because a child forked straight from this script would start with
# this script's own high-water mark (the model builders hold the weights).
PEAK_WRAPPER = r"""
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[1:])
_, status, usage = os.wait4(proc.pid, 0)
sys.stderr.write(f"\npeak_rss_kib={usage.ru_maxrss}\n")
sys.exit(os.waitstatus_to_exitcode(status))
"""


def child_peak_mib(cmd):
    """Runs cmd, returns (seconds, peak RSS MiB, stdout)."""
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", PEAK_WRAPPER, *cmd],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr}")
    peak_kib = int(proc.stderr.rsplit("peak_rss_kib=", 1)[1].split()[0])
    return time.perf_counter() - start, peak_kib / 1024, proc.stdout


ORT_SCRIPT = r"""
import sys, time, resource, numpy as np, onnxruntime as ort
model, threads, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
feeds = {a.split('=')[0]: np.load(a.split('=')[1]) for a in sys.argv[4:]}
opts = ort.SessionOptions(); opts.intra_op_num_threads = threads; opts.inter_op_num_threads = 1
t0 = time.perf_counter(); s = ort.InferenceSession(model, opts, providers=['CPUExecutionProvider'])
create = time.perf_counter() - t0
s.run(None, feeds)
lat = []
for _ in range(runs):
    t = time.perf_counter(); s.run(None, feeds); lat.append((time.perf_counter() - t) * 1e3)
print(f"{create} {np.median(lat)}")
"""


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--models", default="bert,gpt2")
    p.add_argument("--layers", type=int, default=12)
    p.add_argument("--seq", type=int, default=128)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--runs", type=int, default=10)
    p.add_argument("--workdir", default="/tmp/plinth-bench")
    p.add_argument("--tools", default=os.path.join(HERE, "..", "build", "bin"))
    p.add_argument("--symbolic", action="store_true",
                   help="compile with batch and sequence symbolic")
    a = p.parse_args()
    os.makedirs(a.workdir, exist_ok=True)
    print(f"{'model':8} {'plinth ms':>10} {'ort ms':>8} {'ratio':>6} {'compile s':>10} "
          f"{'ort init s':>10} {'compile MiB':>11} {'run MiB':>8} {'ort MiB':>8}")
    for name in a.models.split(","):
        path = os.path.join(a.workdir, f"{name}.onnx")
        if name == "bert":
            model = onnx_builders.build_bert(hidden=768, heads=12, layers=a.layers,
                                             intermediate=3072, vocab=30522, max_pos=512)
        else:
            model = onnx_builders.build_gpt2(hidden=768, heads=12, layers=a.layers,
                                             vocab=50257, max_pos=1024)
        onnx.save(model, path)
        feeds = {}
        for inp in onnx.load(path, load_external_data=False).graph.input:
            arr = np.ones((1, a.seq), np.int64) if "mask" in inp.name else \
                np.random.default_rng(0).integers(0, 2, (1, a.seq)).astype(np.int64)
            f = os.path.join(a.workdir, f"{name}.{inp.name}.npy")
            np.save(f, arr)
            feeds[inp.name] = f
        so = os.path.join(a.workdir, f"{name}.so")
        dims = [] if a.symbolic else ["--dim", "batch=1", "--dim", f"seq={a.seq}"]
        compile_s, compile_mib, _ = child_peak_mib(
            [os.path.join(a.tools, "plinth-compile"), path, "-o", so, *dims])
        run_args = []
        for k, v in feeds.items():
            run_args += ["--input", f"{k}={v}"]
        _, run_mib, out = child_peak_mib(
            [os.path.join(a.tools, "plinth-run"), so, *run_args,
             "--benchmark", str(a.runs), "--threads", str(a.threads)])
        median = float(out.split("median=")[1].split()[0])
        _, ort_mib, ort_out = child_peak_mib(
            [sys.executable, "-c", ORT_SCRIPT, path, str(a.threads), str(a.runs),
             *[f"{k}={v}" for k, v in feeds.items()]])
        ort_create, ort_ms = map(float, ort_out.split())
        print(f"{name:8} {median:10.1f} {ort_ms:8.1f} {median / ort_ms:6.2f} {compile_s:10.1f} "
              f"{ort_create:10.1f} {compile_mib:11.0f} {run_mib:8.0f} {ort_mib:8.0f}")


if __name__ == "__main__":
    main()
