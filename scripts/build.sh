#!/usr/bin/env bash
# Configure and build Plinth (Release, Ninja, ccache) into build/.
#   scripts/build.sh [extra cmake args...]
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -G Ninja -S . -B build -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
ninja -C build
