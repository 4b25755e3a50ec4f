#!/usr/bin/env python3
"""Time `plinth-compile MODEL --emit=mlir --elide-weights -o /dev/null` and measure its memory.

For each model this reports the wall time and the peak resident set size
(RSS) of the plinth-compile process, plus the ratio peak RSS / weight bytes,
where weight bytes is the total size of all initializers (inline or
external).  A ratio near 1 means the importer holds about one copy of the
weights; the goal is to stay well below 2.

Peak RSS comes from os.wait4() on the child, i.e. getrusage() for exactly
that process (ru_maxrss, KiB on Linux), so repeated runs don't mix.  The
benchmark process itself is kept small, since the child's ru_maxrss starts
from the parent's RSS at fork time (so the floor is ~10 MiB).

Usage:
  import_bench.py MODEL.onnx [MODEL2.onnx ...] [--plinth-compile PATH]
                  [--repeat N] [--json OUT.json] [-- EXTRA plinth-compile ARGS]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MiB = 2**20


def model_weight_bytes(path: Path) -> int:
    """Initializer bytes, from dims and dtype (external data is not read).

    Computed in a separate Python process: loading a 440 MB model here would
    inflate this process's RSS, and Linux carries the parent's RSS at fork/
    exec time over into the child's ru_maxrss, which would spoil the
    measurement.  This process stays small (no onnx, no numpy imported).
    """
    code = ("import sys, onnx; sys.path.insert(0, sys.argv[2]); from onnx_builders import weight_bytes; "
            "print(weight_bytes(onnx.load(sys.argv[1], load_external_data=False)))")
    out = subprocess.run([sys.executable, "-B", "-c", code, str(path), str(REPO / "scripts")],
                         check=True, capture_output=True, text=True)
    return int(out.stdout)


def run_once(cmd: list[str]) -> tuple[float, int, int, str]:
    """Run cmd; return (wall seconds, peak RSS bytes, exit code, stderr tail)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # Read stderr in full before waiting so a chatty child cannot block.
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)  # we reaped it ourselves
    proc.stderr.close()
    return wall, usage.ru_maxrss * 1024, proc.returncode, stderr.decode(errors="replace")[-2000:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("models", nargs="+", type=Path, help="ONNX model(s) to import")
    parser.add_argument("--plinth-compile", type=Path, default=REPO / "build" / "bin" / "plinth-compile",
                        help="plinth-compile binary (default: <repo>/build/bin/plinth-compile)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per model; reports the median (default 1)")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    parser.epilog = "Arguments after '--' are passed on to plinth-compile."
    # Split off the pass-through arguments ourselves: argparse's REMAINDER
    # would also swallow options that follow the model paths.
    argv = sys.argv[1:]
    extra = argv[argv.index("--") + 1:] if "--" in argv else []
    args = parser.parse_args(argv[:argv.index("--")] if "--" in argv else argv)

    if not args.plinth_compile.exists():
        parser.error(f"{args.plinth_compile} not found (build it first or pass --plinth-compile)")

    results = []
    print(f"{'model':40s} {'wall s':>8s} {'peak RSS MiB':>13s} {'weights MiB':>12s} {'RSS/weights':>12s}")
    failed = False
    for model in args.models:
        cmd = [str(args.plinth_compile), str(model), "--emit=mlir", "--elide-weights", "-o", "/dev/null", *extra]
        weights = model_weight_bytes(model)
        runs = [run_once(cmd) for _ in range(args.repeat)]
        bad = [r for r in runs if r[2] != 0]
        if bad:
            failed = True
            print(f"{model.name:40s} FAILED (exit {bad[0][2]}): {' '.join(cmd)}\n{bad[0][3]}")
            continue
        wall = statistics.median(r[0] for r in runs)
        rss = int(statistics.median(r[1] for r in runs))
        ratio = rss / weights if weights else float("nan")
        print(f"{model.name:40s} {wall:8.2f} {rss / MiB:13.1f} {weights / MiB:12.1f} {ratio:12.2f}")
        results.append(dict(model=str(model), wall_s=wall, peak_rss_bytes=rss, weight_bytes=weights,
                            rss_over_weights=ratio, runs=args.repeat,
                            all_wall_s=[r[0] for r in runs], all_peak_rss_bytes=[r[1] for r in runs]))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
