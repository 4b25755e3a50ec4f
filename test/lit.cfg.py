# -*- Python -*-
# Lit configuration for Plinth's regression tests.

import os

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "PLINTH"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.plinth_obj_root, "test")
config.excludes = ["lit.cfg.py", "lit.site.cfg.py", "CMakeLists.txt", "Inputs"]

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%python", config.python_executable))
config.substitutions.append(
    ("%models", os.path.join(config.plinth_src_root, "test", "Importer", "ONNX", "models.py")))
config.substitutions.append(("%src_root", config.plinth_src_root))
# The folder of plinth-compile and plinth-run, for scripts taking --tools.
config.substitutions.append(("%plinth_tools", config.plinth_tools_dir))
# check_model.py compiles a model, runs it and compares with onnxruntime (test/E2E).
config.substitutions.append(
    ("%check_model", " ".join([config.python_executable,
                               os.path.join(config.plinth_src_root, "test", "E2E", "check_model.py"),
                               "--tools", config.plinth_tools_dir])))
config.substitutions.append(
    ("%expect_exit", config.python_executable + " " + os.path.join(config.plinth_src_root, "test", "expect_exit.py")))

llvm_config.use_default_substitutions()
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)

tool_dirs = [config.plinth_tools_dir, config.llvm_tools_dir]
# plinth-example-jit-and-aot: the C++ API example (examples/cpp).
tools = ["plinth-opt", "plinth-compile", "plinth-run", "plinth-example-jit-and-aot"]
llvm_config.add_tool_substitutions(tools, tool_dirs)
