#!/usr/bin/env bash
# Compile the bundled GPT-2-style example to a shared library and run it on a
# 2x16 batch of token ids. Outputs: build/example/logits.npy.
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/example
mkdir -p "$out"
build/bin/plinth-compile examples/gpt2/gpt2-small-example.onnx -o "$out/gpt2.so"
python3 -c "import numpy as np; np.save('$out/input_ids.npy', (np.arange(32) * 7 % 512).reshape(2, 16).astype(np.int64))"
build/bin/plinth-run "$out/gpt2.so" --input "input_ids=$out/input_ids.npy" --output-dir "$out"
python3 -c "import numpy as np; x = np.load('$out/logits.npy'); print('logits', x.shape, x.dtype, 'first values', x.reshape(-1)[:4])"
build/bin/plinth-run "$out/gpt2.so" --input "input_ids=$out/input_ids.npy" --benchmark 5
