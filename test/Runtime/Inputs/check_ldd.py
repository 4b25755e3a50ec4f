#!/usr/bin/env python3
"""Fails unless every library that `ldd FILE` lists, for each FILE, is on the
runtime's allowlist and is found. --allow-sanitizer-runtimes (builds with
PLINTH_ENABLE_SANITIZERS) also allows libasan and libubsan."""
import re
import subprocess
import sys

ALLOWED = re.compile(
    r"^(linux-vdso\.so|ld-linux[-\w]*\.so|libc\.so|libstdc\+\+\.so|libm\.so|"
    r"libgcc_s\.so|libdl\.so|libpthread\.so|libomp\.so|libplinth_rt\.so)")

SANITIZERS = re.compile(r"^(libasan\.so|libubsan\.so)")

args = sys.argv[1:]
allow_sanitizers = "--allow-sanitizer-runtimes" in args
args = [a for a in args if a != "--allow-sanitizer-runtimes"]
status = 0
for path in args:
    out = subprocess.run(["ldd", path], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        line = line.strip()
        name = line.split()[0].rsplit("/", 1)[-1]
        allowed = ALLOWED.match(name) or (allow_sanitizers and SANITIZERS.match(name))
        if not allowed or "not found" in line:
            print(f"{path}: unexpected dependency: {line}")
            status = 1
sys.exit(status)
