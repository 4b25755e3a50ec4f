#!/usr/bin/env python3
"""Writes a model out = x + y with x, y, out float32 [batch, seq] (symbolic).

    symbolic_add.py OUT.onnx

The smallest model whose inputs share symbolic dims.
"""
import sys

sys.dont_write_bytecode = True
import onnx  # noqa: E402
from onnx import TensorProto, helper  # noqa: E402


def main() -> int:
    info = lambda name: helper.make_tensor_value_info(name, TensorProto.FLOAT, ["batch", "seq"])
    node = helper.make_node("Add", ["x", "y"], ["out"], name="add_node")
    graph = helper.make_graph([node], "symbolic_add", [info("x"), info("y")], [info("out")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    onnx.checker.check_model(model)
    onnx.save(model, sys.argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
