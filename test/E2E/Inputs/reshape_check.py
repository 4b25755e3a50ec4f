#!/usr/bin/env python3
"""reshape_check.py OUT.onnx: x: f32 [n] -> Reshape (node 'reshape_to_2x3')
to the constant shape [2, 3]. Any n passes the signature check; only n == 6
passes the reshape's run-time check."""
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

shape = numpy_helper.from_array(np.array([2, 3], np.int64), "shape")
graph = helper.make_graph(
    [helper.make_node("Reshape", ["x", "shape"], ["y"], name="reshape_to_2x3")],
    "reshape_check",
    [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["n"])],
    [helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 3])],
    [shape])
onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), sys.argv[1])
