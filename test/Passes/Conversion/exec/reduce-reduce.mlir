// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.reduce lowered to linalg and run.
// Expected values: numpy / onnxruntime, written by reduce-reference.py.

// case0: sum over axis 1 (onnxruntime ReduceSum)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}1.083, 0.421, -0.528, -1.598],
// CHECK-NEXT: [-1.755, 0.99, -0.489, -2.809]]
// case1: mean over axis 1 (onnxruntime ReduceMean)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}0.361, 0.140333, -0.176, -0.532667],
// CHECK-NEXT: [-0.585, 0.33, -0.163, -0.936333]]
// case2: max over axis 1 (onnxruntime ReduceMax)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}1.136, 1.635, 0.273, 0.42],
// CHECK-NEXT: [-0.084, 1.6, 0.203, -0.488]]
// case3: min over axis 1 (onnxruntime ReduceMin)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}-0.802, -1.324, -0.553, -1.233],
// CHECK-NEXT: [-0.958, -1.163, -0.629, -1.732]]
// case4: prod over axis 1 (onnxruntime ReduceProd)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}-0.682393, -0.238121, 0.0374403, 0.40652],
// CHECK-NEXT: [-0.0573765, -1.02902, 0.00804428, -0.497832]]
// case5: sum_square over axis 1 (onnxruntime ReduceSumSquare)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}2.4947, 4.4383, 0.441842, 2.31291],
// CHECK-NEXT: [1.43319, 4.21838, 0.440819, 3.58489]]
// case6: l2 over axis 1 (onnxruntime ReduceL2)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}1.57946, 2.10673, 0.664712, 1.52083],
// CHECK-NEXT: [1.19716, 2.05387, 0.663942, 1.89338]]
// case7: log_sum_exp over axis 1 (onnxruntime ReduceLogSumExp)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}1.73653, 1.87362, 0.981884, 0.819559],
// CHECK-NEXT: [0.584036, 1.94649, 0.992192, 0.296888]]
// case8: sum over axes 0, 2 keeping dims (onnxruntime)
// CHECK: sizes = [1, 3, 1] strides
// CHECK-NEXT: {{\[\[\[}}-2.841],
// CHECK-NEXT: [-2.456],
// CHECK-NEXT: [0.612]]]
// case9: max over axes 0, 2 keeping dims (onnxruntime)
// CHECK: sizes = [1, 3, 1] strides
// CHECK-NEXT: {{\[\[\[}}1.6],
// CHECK-NEXT: [1.136],
// CHECK-NEXT: [1.635]]]
// case10: log_sum_exp over axes 0, 2 keeping dims (onnxruntime)
// CHECK: sizes = [1, 3, 1] strides
// CHECK-NEXT: {{\[\[\[}}2.27783],
// CHECK-NEXT: [2.03351],
// CHECK-NEXT: [2.53148]]]
// case11: prod over axes 0, 2 keeping dims (onnxruntime)
// CHECK: sizes = [1, 3, 1] strides
// CHECK-NEXT: {{\[\[\[}}-0.0596064],
// CHECK-NEXT: [0.00162665],
// CHECK-NEXT: [0.00603109]]]
// case12: mean over every axis to a 0-d tensor (onnxruntime)
// CHECK: sizes = [] strides
// CHECK-NEXT: [-0.195208]
// case13: min over every axis keeping dims (onnxruntime)
// CHECK: sizes = [1, 1, 1] strides
// CHECK-NEXT: {{\[\[\[}}-1.732]]]
// case14: sum_square over no axes is elementwise (numpy)
// CHECK: sizes = [3, 4] strides
// CHECK-NEXT: {{\[\[}}0.643204, 1.75298, 0.061504, 0.1764],
// CHECK-NEXT: [1.2905, 0.0121, 0.305809, 0.616225],
// CHECK-NEXT: [0.561001, 2.67322, 0.074529, 1.52029]]
// case15: l2 over no axes is elementwise (numpy)
// CHECK: sizes = [3, 4] strides
// CHECK-NEXT: {{\[\[}}0.802, 1.324, 0.248, 0.42],
// CHECK-NEXT: [1.136, 0.11, 0.553, 0.785],
// CHECK-NEXT: [0.749, 1.635, 0.273, 1.233]]
// case16: log_sum_exp over no axes is elementwise (numpy)
// CHECK: sizes = [3, 4] strides
// CHECK-NEXT: {{\[\[}}-0.802, -1.324, -0.248, 0.42],
// CHECK-NEXT: [1.136, 0.11, -0.553, -0.785],
// CHECK-NEXT: [0.749, 1.635, 0.273, -1.233]]
// case17: mean over no axes is elementwise (numpy)
// CHECK: sizes = [3, 4] strides
// CHECK-NEXT: {{\[\[}}-0.802, -1.324, -0.248, 0.42],
// CHECK-NEXT: [1.136, 0.11, -0.553, -0.785],
// CHECK-NEXT: [0.749, 1.635, 0.273, -1.233]]
// case18: mean over axes 0, 2 with dynamic dims: the count is read at run time (onnxruntime)
// CHECK: sizes = [1, 3, 1] strides
// CHECK-NEXT: {{\[\[\[}}-0.355125],
// CHECK-NEXT: [-0.307],
// CHECK-NEXT: [0.0765]]]
// case19: l2 over axis 2 with dynamic dims (onnxruntime)
// CHECK: sizes = [2, 3] strides
// CHECK-NEXT: {{\[\[}}1.62299, 1.49152, 2.19751],
// CHECK-NEXT: [2.55319, 1.41188, 1.07938]]
// case20: log_sum_exp is stable for large values (onnxruntime)
// CHECK: sizes = [2] strides
// CHECK-NEXT: [1001.41, -998.687]
// case21: sum f16 accumulates in f32 (numpy float64)
// CHECK: sizes = [2] strides
// CHECK-NEXT: [-7.19141, -11.9844]
// case22: mean f16 accumulates in f32 (numpy float64)
// CHECK: sizes = [2] strides
// CHECK-NEXT: [-0.17981, -0.299561]
// case23: sum i32 in integers (onnxruntime)
// CHECK: sizes = [3] strides
// CHECK-NEXT: [3, -1, 10]
// case24: prod i32 in integers (onnxruntime)
// CHECK: sizes = [3] strides
// CHECK-NEXT: [0, 0, -120]
// case25: max i32 in integers (onnxruntime)
// CHECK: sizes = [3] strides
// CHECK-NEXT: [5, 2, 5]
// case26: min i32 in integers (onnxruntime)
// CHECK: sizes = [3] strides
// CHECK-NEXT: [-3, -4, -2]
// case27: mean i32 in integers (onnxruntime)
// CHECK: sizes = [3] strides
// CHECK-NEXT: [0, 0, 2]
// case28: sum_square i32 in integers (onnxruntime)
// CHECK: sizes = [3] strides
// CHECK-NEXT: [35, 21, 54]
// case29: l2 i32 through f64, truncated (onnxruntime)
// CHECK: sizes = [3] strides
// CHECK-NEXT: [5, 4, 7]
// case30: log_sum_exp i32 through f64, truncated (onnxruntime)
// CHECK: sizes = [3] strides
// CHECK-NEXT: [5, 2, 5]
// case31: max ui8 is unsigned (numpy)
// CHECK: sizes = [2] strides
// CHECK-NEXT: [200, 255]
// case32: min ui8 is unsigned (numpy)
// CHECK: sizes = [2] strides
// CHECK-NEXT: [3, 0]
// case33: mean ui8 accumulates in i64 (numpy, truncated)
// CHECK: sizes = [2] strides
// CHECK-NEXT: [101, 87]
// case34: sum over an empty dim gives its identity (onnxruntime)
// CHECK: sizes = [2] strides
// CHECK-NEXT: [0, 0]
// case35: prod over an empty dim gives its identity (onnxruntime)
// CHECK: sizes = [2] strides
// CHECK-NEXT: [1, 1]
// case36: max over an empty dim gives its identity (onnxruntime)
// CHECK: sizes = [2] strides
// CHECK-NEXT: [-inf, -inf]
// case37: min over an empty dim gives its identity (onnxruntime)
// CHECK: sizes = [2] strides
// CHECK-NEXT: [inf, inf]
// case38: log_sum_exp over an empty dim gives its identity (onnxruntime)
// CHECK: sizes = [2] strides
// CHECK-NEXT: [-inf, -inf]

func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI32(tensor<*xi32>)
func.func private @printMemrefI64(tensor<*xi64>)

func.func @case0() {
  %in0 = plinth.constant dense<[[[-0.8019999861717224, -1.3240000009536743, -0.24799999594688416, 0.41999998688697815], [1.1360000371932983, 0.10999999940395355, -0.5529999732971191, -0.7850000262260437], [0.7490000128746033, 1.6349999904632568, 0.27300000190734863, -1.2330000400543213]], [[-0.9580000042915344, 1.600000023841858, 0.2029999941587448, -1.7319999933242798], [-0.08399999886751175, -1.1629999876022339, -0.6290000081062317, -0.4880000054836273], [-0.7129999995231628, 0.5529999732971191, -0.06300000101327896, -0.5889999866485596]]]> : tensor<2x3x4xf32>
  %r:1 = plinth.reduce sum %in0 {axes = array<i64: 1>, keep_dims = false} : (tensor<2x3x4xf32>) -> tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case1() {
  %in0 = plinth.constant dense<[[[-0.8019999861717224, -1.3240000009536743, -0.24799999594688416, 0.41999998688697815], [1.1360000371932983, 0.10999999940395355, -0.5529999732971191, -0.7850000262260437], [0.7490000128746033, 1.6349999904632568, 0.27300000190734863, -1.2330000400543213]], [[-0.9580000042915344, 1.600000023841858, 0.2029999941587448, -1.7319999933242798], [-0.08399999886751175, -1.1629999876022339, -0.6290000081062317, -0.4880000054836273], [-0.7129999995231628, 0.5529999732971191, -0.06300000101327896, -0.5889999866485596]]]> : tensor<2x3x4xf32>
  %r:1 = plinth.reduce mean %in0 {axes = array<i64: 1>, keep_dims = false} : (tensor<2x3x4xf32>) -> tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case2() {
  %in0 = plinth.constant dense<[[[-0.8019999861717224, -1.3240000009536743, -0.24799999594688416, 0.41999998688697815], [1.1360000371932983, 0.10999999940395355, -0.5529999732971191, -0.7850000262260437], [0.7490000128746033, 1.6349999904632568, 0.27300000190734863, -1.2330000400543213]], [[-0.9580000042915344, 1.600000023841858, 0.2029999941587448, -1.7319999933242798], [-0.08399999886751175, -1.1629999876022339, -0.6290000081062317, -0.4880000054836273], [-0.7129999995231628, 0.5529999732971191, -0.06300000101327896, -0.5889999866485596]]]> : tensor<2x3x4xf32>
  %r:1 = plinth.reduce max %in0 {axes = array<i64: 1>, keep_dims = false} : (tensor<2x3x4xf32>) -> tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case3() {
  %in0 = plinth.constant dense<[[[-0.8019999861717224, -1.3240000009536743, -0.24799999594688416, 0.41999998688697815], [1.1360000371932983, 0.10999999940395355, -0.5529999732971191, -0.7850000262260437], [0.7490000128746033, 1.6349999904632568, 0.27300000190734863, -1.2330000400543213]], [[-0.9580000042915344, 1.600000023841858, 0.2029999941587448, -1.7319999933242798], [-0.08399999886751175, -1.1629999876022339, -0.6290000081062317, -0.4880000054836273], [-0.7129999995231628, 0.5529999732971191, -0.06300000101327896, -0.5889999866485596]]]> : tensor<2x3x4xf32>
  %r:1 = plinth.reduce min %in0 {axes = array<i64: 1>, keep_dims = false} : (tensor<2x3x4xf32>) -> tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case4() {
  %in0 = plinth.constant dense<[[[-0.8019999861717224, -1.3240000009536743, -0.24799999594688416, 0.41999998688697815], [1.1360000371932983, 0.10999999940395355, -0.5529999732971191, -0.7850000262260437], [0.7490000128746033, 1.6349999904632568, 0.27300000190734863, -1.2330000400543213]], [[-0.9580000042915344, 1.600000023841858, 0.2029999941587448, -1.7319999933242798], [-0.08399999886751175, -1.1629999876022339, -0.6290000081062317, -0.4880000054836273], [-0.7129999995231628, 0.5529999732971191, -0.06300000101327896, -0.5889999866485596]]]> : tensor<2x3x4xf32>
  %r:1 = plinth.reduce prod %in0 {axes = array<i64: 1>, keep_dims = false} : (tensor<2x3x4xf32>) -> tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case5() {
  %in0 = plinth.constant dense<[[[-0.8019999861717224, -1.3240000009536743, -0.24799999594688416, 0.41999998688697815], [1.1360000371932983, 0.10999999940395355, -0.5529999732971191, -0.7850000262260437], [0.7490000128746033, 1.6349999904632568, 0.27300000190734863, -1.2330000400543213]], [[-0.9580000042915344, 1.600000023841858, 0.2029999941587448, -1.7319999933242798], [-0.08399999886751175, -1.1629999876022339, -0.6290000081062317, -0.4880000054836273], [-0.7129999995231628, 0.5529999732971191, -0.06300000101327896, -0.5889999866485596]]]> : tensor<2x3x4xf32>
  %r:1 = plinth.reduce sum_square %in0 {axes = array<i64: 1>, keep_dims = false} : (tensor<2x3x4xf32>) -> tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case6() {
  %in0 = plinth.constant dense<[[[-0.8019999861717224, -1.3240000009536743, -0.24799999594688416, 0.41999998688697815], [1.1360000371932983, 0.10999999940395355, -0.5529999732971191, -0.7850000262260437], [0.7490000128746033, 1.6349999904632568, 0.27300000190734863, -1.2330000400543213]], [[-0.9580000042915344, 1.600000023841858, 0.2029999941587448, -1.7319999933242798], [-0.08399999886751175, -1.1629999876022339, -0.6290000081062317, -0.4880000054836273], [-0.7129999995231628, 0.5529999732971191, -0.06300000101327896, -0.5889999866485596]]]> : tensor<2x3x4xf32>
  %r:1 = plinth.reduce l2 %in0 {axes = array<i64: 1>, keep_dims = false} : (tensor<2x3x4xf32>) -> tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case7() {
  %in0 = plinth.constant dense<[[[-0.8019999861717224, -1.3240000009536743, -0.24799999594688416, 0.41999998688697815], [1.1360000371932983, 0.10999999940395355, -0.5529999732971191, -0.7850000262260437], [0.7490000128746033, 1.6349999904632568, 0.27300000190734863, -1.2330000400543213]], [[-0.9580000042915344, 1.600000023841858, 0.2029999941587448, -1.7319999933242798], [-0.08399999886751175, -1.1629999876022339, -0.6290000081062317, -0.4880000054836273], [-0.7129999995231628, 0.5529999732971191, -0.06300000101327896, -0.5889999866485596]]]> : tensor<2x3x4xf32>
  %r:1 = plinth.reduce log_sum_exp %in0 {axes = array<i64: 1>, keep_dims = false} : (tensor<2x3x4xf32>) -> tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case8() {
  %in0 = plinth.constant dense<[[[-0.8019999861717224, -1.3240000009536743, -0.24799999594688416, 0.41999998688697815], [1.1360000371932983, 0.10999999940395355, -0.5529999732971191, -0.7850000262260437], [0.7490000128746033, 1.6349999904632568, 0.27300000190734863, -1.2330000400543213]], [[-0.9580000042915344, 1.600000023841858, 0.2029999941587448, -1.7319999933242798], [-0.08399999886751175, -1.1629999876022339, -0.6290000081062317, -0.4880000054836273], [-0.7129999995231628, 0.5529999732971191, -0.06300000101327896, -0.5889999866485596]]]> : tensor<2x3x4xf32>
  %r:1 = plinth.reduce sum %in0 {axes = array<i64: 0, 2>, keep_dims = true} : (tensor<2x3x4xf32>) -> tensor<1x3x1xf32>
  %u0 = tensor.cast %r#0 : tensor<1x3x1xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case9() {
  %in0 = plinth.constant dense<[[[-0.8019999861717224, -1.3240000009536743, -0.24799999594688416, 0.41999998688697815], [1.1360000371932983, 0.10999999940395355, -0.5529999732971191, -0.7850000262260437], [0.7490000128746033, 1.6349999904632568, 0.27300000190734863, -1.2330000400543213]], [[-0.9580000042915344, 1.600000023841858, 0.2029999941587448, -1.7319999933242798], [-0.08399999886751175, -1.1629999876022339, -0.6290000081062317, -0.4880000054836273], [-0.7129999995231628, 0.5529999732971191, -0.06300000101327896, -0.5889999866485596]]]> : tensor<2x3x4xf32>
  %r:1 = plinth.reduce max %in0 {axes = array<i64: 0, 2>, keep_dims = true} : (tensor<2x3x4xf32>) -> tensor<1x3x1xf32>
  %u0 = tensor.cast %r#0 : tensor<1x3x1xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case10() {
  %in0 = plinth.constant dense<[[[-0.8019999861717224, -1.3240000009536743, -0.24799999594688416, 0.41999998688697815], [1.1360000371932983, 0.10999999940395355, -0.5529999732971191, -0.7850000262260437], [0.7490000128746033, 1.6349999904632568, 0.27300000190734863, -1.2330000400543213]], [[-0.9580000042915344, 1.600000023841858, 0.2029999941587448, -1.7319999933242798], [-0.08399999886751175, -1.1629999876022339, -0.6290000081062317, -0.4880000054836273], [-0.7129999995231628, 0.5529999732971191, -0.06300000101327896, -0.5889999866485596]]]> : tensor<2x3x4xf32>
  %r:1 = plinth.reduce log_sum_exp %in0 {axes = array<i64: 0, 2>, keep_dims = true} : (tensor<2x3x4xf32>) -> tensor<1x3x1xf32>
  %u0 = tensor.cast %r#0 : tensor<1x3x1xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case11() {
  %in0 = plinth.constant dense<[[[-0.8019999861717224, -1.3240000009536743, -0.24799999594688416, 0.41999998688697815], [1.1360000371932983, 0.10999999940395355, -0.5529999732971191, -0.7850000262260437], [0.7490000128746033, 1.6349999904632568, 0.27300000190734863, -1.2330000400543213]], [[-0.9580000042915344, 1.600000023841858, 0.2029999941587448, -1.7319999933242798], [-0.08399999886751175, -1.1629999876022339, -0.6290000081062317, -0.4880000054836273], [-0.7129999995231628, 0.5529999732971191, -0.06300000101327896, -0.5889999866485596]]]> : tensor<2x3x4xf32>
  %r:1 = plinth.reduce prod %in0 {axes = array<i64: 0, 2>, keep_dims = true} : (tensor<2x3x4xf32>) -> tensor<1x3x1xf32>
  %u0 = tensor.cast %r#0 : tensor<1x3x1xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case12() {
  %in0 = plinth.constant dense<[[[-0.8019999861717224, -1.3240000009536743, -0.24799999594688416, 0.41999998688697815], [1.1360000371932983, 0.10999999940395355, -0.5529999732971191, -0.7850000262260437], [0.7490000128746033, 1.6349999904632568, 0.27300000190734863, -1.2330000400543213]], [[-0.9580000042915344, 1.600000023841858, 0.2029999941587448, -1.7319999933242798], [-0.08399999886751175, -1.1629999876022339, -0.6290000081062317, -0.4880000054836273], [-0.7129999995231628, 0.5529999732971191, -0.06300000101327896, -0.5889999866485596]]]> : tensor<2x3x4xf32>
  %r:1 = plinth.reduce mean %in0 {axes = array<i64: 0, 1, 2>, keep_dims = false} : (tensor<2x3x4xf32>) -> tensor<f32>
  %u0 = tensor.cast %r#0 : tensor<f32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case13() {
  %in0 = plinth.constant dense<[[[-0.8019999861717224, -1.3240000009536743, -0.24799999594688416, 0.41999998688697815], [1.1360000371932983, 0.10999999940395355, -0.5529999732971191, -0.7850000262260437], [0.7490000128746033, 1.6349999904632568, 0.27300000190734863, -1.2330000400543213]], [[-0.9580000042915344, 1.600000023841858, 0.2029999941587448, -1.7319999933242798], [-0.08399999886751175, -1.1629999876022339, -0.6290000081062317, -0.4880000054836273], [-0.7129999995231628, 0.5529999732971191, -0.06300000101327896, -0.5889999866485596]]]> : tensor<2x3x4xf32>
  %r:1 = plinth.reduce min %in0 {axes = array<i64: 0, 1, 2>, keep_dims = true} : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  %u0 = tensor.cast %r#0 : tensor<1x1x1xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case14() {
  %in0 = plinth.constant dense<[[-0.8019999861717224, -1.3240000009536743, -0.24799999594688416, 0.41999998688697815], [1.1360000371932983, 0.10999999940395355, -0.5529999732971191, -0.7850000262260437], [0.7490000128746033, 1.6349999904632568, 0.27300000190734863, -1.2330000400543213]]> : tensor<3x4xf32>
  %r:1 = plinth.reduce sum_square %in0 {axes = array<i64>, keep_dims = false} : (tensor<3x4xf32>) -> tensor<3x4xf32>
  %u0 = tensor.cast %r#0 : tensor<3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case15() {
  %in0 = plinth.constant dense<[[-0.8019999861717224, -1.3240000009536743, -0.24799999594688416, 0.41999998688697815], [1.1360000371932983, 0.10999999940395355, -0.5529999732971191, -0.7850000262260437], [0.7490000128746033, 1.6349999904632568, 0.27300000190734863, -1.2330000400543213]]> : tensor<3x4xf32>
  %r:1 = plinth.reduce l2 %in0 {axes = array<i64>, keep_dims = false} : (tensor<3x4xf32>) -> tensor<3x4xf32>
  %u0 = tensor.cast %r#0 : tensor<3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case16() {
  %in0 = plinth.constant dense<[[-0.8019999861717224, -1.3240000009536743, -0.24799999594688416, 0.41999998688697815], [1.1360000371932983, 0.10999999940395355, -0.5529999732971191, -0.7850000262260437], [0.7490000128746033, 1.6349999904632568, 0.27300000190734863, -1.2330000400543213]]> : tensor<3x4xf32>
  %r:1 = plinth.reduce log_sum_exp %in0 {axes = array<i64>, keep_dims = false} : (tensor<3x4xf32>) -> tensor<3x4xf32>
  %u0 = tensor.cast %r#0 : tensor<3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case17() {
  %in0 = plinth.constant dense<[[-0.8019999861717224, -1.3240000009536743, -0.24799999594688416, 0.41999998688697815], [1.1360000371932983, 0.10999999940395355, -0.5529999732971191, -0.7850000262260437], [0.7490000128746033, 1.6349999904632568, 0.27300000190734863, -1.2330000400543213]]> : tensor<3x4xf32>
  %r:1 = plinth.reduce mean %in0 {axes = array<i64>, keep_dims = false} : (tensor<3x4xf32>) -> tensor<3x4xf32>
  %u0 = tensor.cast %r#0 : tensor<3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case18_dynamic(%a0: tensor<?x?x?xf32>) -> (tensor<1x?x1xf32>) {
  %r:1 = plinth.reduce mean %a0 {axes = array<i64: 0, 2>, keep_dims = true} : (tensor<?x?x?xf32>) -> tensor<1x?x1xf32>
  return %r#0 : tensor<1x?x1xf32>
}

func.func @case18() {
  %in0 = plinth.constant dense<[[[-0.8019999861717224, -1.3240000009536743, -0.24799999594688416, 0.41999998688697815], [1.1360000371932983, 0.10999999940395355, -0.5529999732971191, -0.7850000262260437], [0.7490000128746033, 1.6349999904632568, 0.27300000190734863, -1.2330000400543213]], [[-0.9580000042915344, 1.600000023841858, 0.2029999941587448, -1.7319999933242798], [-0.08399999886751175, -1.1629999876022339, -0.6290000081062317, -0.4880000054836273], [-0.7129999995231628, 0.5529999732971191, -0.06300000101327896, -0.5889999866485596]]]> : tensor<2x3x4xf32>
  %d0 = tensor.cast %in0 : tensor<2x3x4xf32> to tensor<?x?x?xf32>
  %r:1 = call @case18_dynamic(%d0) : (tensor<?x?x?xf32>) -> (tensor<1x?x1xf32>)
  %u0 = tensor.cast %r#0 : tensor<1x?x1xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case19_dynamic(%a0: tensor<?x?x?xf32>) -> (tensor<?x?xf32>) {
  %r:1 = plinth.reduce l2 %a0 {axes = array<i64: 2>, keep_dims = false} : (tensor<?x?x?xf32>) -> tensor<?x?xf32>
  return %r#0 : tensor<?x?xf32>
}

func.func @case19() {
  %in0 = plinth.constant dense<[[[-0.8019999861717224, -1.3240000009536743, -0.24799999594688416, 0.41999998688697815], [1.1360000371932983, 0.10999999940395355, -0.5529999732971191, -0.7850000262260437], [0.7490000128746033, 1.6349999904632568, 0.27300000190734863, -1.2330000400543213]], [[-0.9580000042915344, 1.600000023841858, 0.2029999941587448, -1.7319999933242798], [-0.08399999886751175, -1.1629999876022339, -0.6290000081062317, -0.4880000054836273], [-0.7129999995231628, 0.5529999732971191, -0.06300000101327896, -0.5889999866485596]]]> : tensor<2x3x4xf32>
  %d0 = tensor.cast %in0 : tensor<2x3x4xf32> to tensor<?x?x?xf32>
  %r:1 = call @case19_dynamic(%d0) : (tensor<?x?x?xf32>) -> (tensor<?x?xf32>)
  %u0 = tensor.cast %r#0 : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case20() {
  %in0 = plinth.constant dense<[[1000.0, 1001.0, 999.0], [-1000.0, -1.0000000150474662e+30, -999.0]]> : tensor<2x3xf32>
  %r:1 = plinth.reduce log_sum_exp %in0 {axes = array<i64: 1>, keep_dims = false} : (tensor<2x3xf32>) -> tensor<2xf32>
  %u0 = tensor.cast %r#0 : tensor<2xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case21() {
  %in0 = plinth.constant dense<[[0.409912109375, 0.830078125, -1.642578125, -0.257080078125, -0.98095703125, -0.1729736328125, -1.2890625, 0.02099609375, -0.037994384765625, -0.303955078125, -1.0478515625, -0.39599609375, -1.0908203125, -1.35546875, 0.2249755859375, -1.109375, 1.169921875, 0.716796875, -1.998046875, 0.27197265625, -1.1015625, 0.032989501953125, 0.04400634765625, -1.98828125, -0.2330322265625, -0.256103515625, 0.9619140625, -1.1806640625, 0.73779296875, -1.0986328125, -0.3310546875, -0.83984375, 1.44921875, 0.56787109375, 2.431640625, 0.64208984375, 0.84521484375, 0.8408203125, -0.60693359375, -0.07000732421875], [1.349609375, -0.39697265625, 0.18896484375, -0.02099609375, 0.60888671875, -0.364990234375, -0.1519775390625, 0.241943359375, 0.10302734375, -0.865234375, 0.89599609375, -1.2978515625, -1.201171875, -1.2822265625, 0.966796875, -0.361083984375, -0.97119140625, -1.1357421875, 0.4208984375, -1.0546875, -1.2724609375, 0.61376953125, -1.197265625, -0.322021484375, -0.006999969482421875, -0.445068359375, -0.053985595703125, 1.3388671875, -0.51708984375, -1.2587890625, -1.8369140625, -0.2049560546875, -0.35205078125, 0.264892578125, -0.464111328125, -0.47900390625, -0.72119140625, -0.52001953125, 0.1600341796875, -0.3798828125]]> : tensor<2x40xf16>
  %r:1 = plinth.reduce sum %in0 {axes = array<i64: 1>, keep_dims = false} : (tensor<2x40xf16>) -> tensor<2xf16>
  %p0 = plinth.cast %r#0 : tensor<2xf16> to tensor<2xf32>
  %u0 = tensor.cast %p0 : tensor<2xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case22() {
  %in0 = plinth.constant dense<[[0.409912109375, 0.830078125, -1.642578125, -0.257080078125, -0.98095703125, -0.1729736328125, -1.2890625, 0.02099609375, -0.037994384765625, -0.303955078125, -1.0478515625, -0.39599609375, -1.0908203125, -1.35546875, 0.2249755859375, -1.109375, 1.169921875, 0.716796875, -1.998046875, 0.27197265625, -1.1015625, 0.032989501953125, 0.04400634765625, -1.98828125, -0.2330322265625, -0.256103515625, 0.9619140625, -1.1806640625, 0.73779296875, -1.0986328125, -0.3310546875, -0.83984375, 1.44921875, 0.56787109375, 2.431640625, 0.64208984375, 0.84521484375, 0.8408203125, -0.60693359375, -0.07000732421875], [1.349609375, -0.39697265625, 0.18896484375, -0.02099609375, 0.60888671875, -0.364990234375, -0.1519775390625, 0.241943359375, 0.10302734375, -0.865234375, 0.89599609375, -1.2978515625, -1.201171875, -1.2822265625, 0.966796875, -0.361083984375, -0.97119140625, -1.1357421875, 0.4208984375, -1.0546875, -1.2724609375, 0.61376953125, -1.197265625, -0.322021484375, -0.006999969482421875, -0.445068359375, -0.053985595703125, 1.3388671875, -0.51708984375, -1.2587890625, -1.8369140625, -0.2049560546875, -0.35205078125, 0.264892578125, -0.464111328125, -0.47900390625, -0.72119140625, -0.52001953125, 0.1600341796875, -0.3798828125]]> : tensor<2x40xf16>
  %r:1 = plinth.reduce mean %in0 {axes = array<i64: 1>, keep_dims = false} : (tensor<2x40xf16>) -> tensor<2xf16>
  %p0 = plinth.cast %r#0 : tensor<2xf16> to tensor<2xf32>
  %u0 = tensor.cast %p0 : tensor<2xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case23() {
  %in0 = plinth.constant dense<[[5, -3, 1, 0], [0, 1, 2, -4], [5, 4, 3, -2]]> : tensor<3x4xi32>
  %r:1 = plinth.reduce sum %in0 {axes = array<i64: 1>, keep_dims = false} : (tensor<3x4xi32>) -> tensor<3xi32>
  %u0 = tensor.cast %r#0 : tensor<3xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case24() {
  %in0 = plinth.constant dense<[[5, -3, 1, 0], [0, 1, 2, -4], [5, 4, 3, -2]]> : tensor<3x4xi32>
  %r:1 = plinth.reduce prod %in0 {axes = array<i64: 1>, keep_dims = false} : (tensor<3x4xi32>) -> tensor<3xi32>
  %u0 = tensor.cast %r#0 : tensor<3xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case25() {
  %in0 = plinth.constant dense<[[5, -3, 1, 0], [0, 1, 2, -4], [5, 4, 3, -2]]> : tensor<3x4xi32>
  %r:1 = plinth.reduce max %in0 {axes = array<i64: 1>, keep_dims = false} : (tensor<3x4xi32>) -> tensor<3xi32>
  %u0 = tensor.cast %r#0 : tensor<3xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case26() {
  %in0 = plinth.constant dense<[[5, -3, 1, 0], [0, 1, 2, -4], [5, 4, 3, -2]]> : tensor<3x4xi32>
  %r:1 = plinth.reduce min %in0 {axes = array<i64: 1>, keep_dims = false} : (tensor<3x4xi32>) -> tensor<3xi32>
  %u0 = tensor.cast %r#0 : tensor<3xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case27() {
  %in0 = plinth.constant dense<[[5, -3, 1, 0], [0, 1, 2, -4], [5, 4, 3, -2]]> : tensor<3x4xi32>
  %r:1 = plinth.reduce mean %in0 {axes = array<i64: 1>, keep_dims = false} : (tensor<3x4xi32>) -> tensor<3xi32>
  %u0 = tensor.cast %r#0 : tensor<3xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case28() {
  %in0 = plinth.constant dense<[[5, -3, 1, 0], [0, 1, 2, -4], [5, 4, 3, -2]]> : tensor<3x4xi32>
  %r:1 = plinth.reduce sum_square %in0 {axes = array<i64: 1>, keep_dims = false} : (tensor<3x4xi32>) -> tensor<3xi32>
  %u0 = tensor.cast %r#0 : tensor<3xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case29() {
  %in0 = plinth.constant dense<[[5, -3, 1, 0], [0, 1, 2, -4], [5, 4, 3, -2]]> : tensor<3x4xi32>
  %r:1 = plinth.reduce l2 %in0 {axes = array<i64: 1>, keep_dims = false} : (tensor<3x4xi32>) -> tensor<3xi32>
  %u0 = tensor.cast %r#0 : tensor<3xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case30() {
  %in0 = plinth.constant dense<[[5, -3, 1, 0], [0, 1, 2, -4], [5, 4, 3, -2]]> : tensor<3x4xi32>
  %r:1 = plinth.reduce log_sum_exp %in0 {axes = array<i64: 1>, keep_dims = false} : (tensor<3x4xi32>) -> tensor<3xi32>
  %u0 = tensor.cast %r#0 : tensor<3xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case31() {
  %in0 = plinth.constant dense<[[200, 100, 3], [255, 0, 7]]> : tensor<2x3xui8>
  %r:1 = plinth.reduce max %in0 {axes = array<i64: 1>, keep_dims = false} : (tensor<2x3xui8>) -> tensor<2xui8>
  %p0 = plinth.cast %r#0 : tensor<2xui8> to tensor<2xi32>
  %u0 = tensor.cast %p0 : tensor<2xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case32() {
  %in0 = plinth.constant dense<[[200, 100, 3], [255, 0, 7]]> : tensor<2x3xui8>
  %r:1 = plinth.reduce min %in0 {axes = array<i64: 1>, keep_dims = false} : (tensor<2x3xui8>) -> tensor<2xui8>
  %p0 = plinth.cast %r#0 : tensor<2xui8> to tensor<2xi32>
  %u0 = tensor.cast %p0 : tensor<2xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case33() {
  %in0 = plinth.constant dense<[[200, 100, 3], [255, 0, 7]]> : tensor<2x3xui8>
  %r:1 = plinth.reduce mean %in0 {axes = array<i64: 1>, keep_dims = false} : (tensor<2x3xui8>) -> tensor<2xui8>
  %p0 = plinth.cast %r#0 : tensor<2xui8> to tensor<2xi32>
  %u0 = tensor.cast %p0 : tensor<2xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case34_dynamic(%a0: tensor<?x?xf32>) -> (tensor<?xf32>) {
  %r:1 = plinth.reduce sum %a0 {axes = array<i64: 1>, keep_dims = false} : (tensor<?x?xf32>) -> tensor<?xf32>
  return %r#0 : tensor<?xf32>
}

func.func @case34() {
  %in0 = plinth.constant dense<[[], []]> : tensor<2x0xf32>
  %d0 = tensor.cast %in0 : tensor<2x0xf32> to tensor<?x?xf32>
  %r:1 = call @case34_dynamic(%d0) : (tensor<?x?xf32>) -> (tensor<?xf32>)
  %u0 = tensor.cast %r#0 : tensor<?xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case35_dynamic(%a0: tensor<?x?xf32>) -> (tensor<?xf32>) {
  %r:1 = plinth.reduce prod %a0 {axes = array<i64: 1>, keep_dims = false} : (tensor<?x?xf32>) -> tensor<?xf32>
  return %r#0 : tensor<?xf32>
}

func.func @case35() {
  %in0 = plinth.constant dense<[[], []]> : tensor<2x0xf32>
  %d0 = tensor.cast %in0 : tensor<2x0xf32> to tensor<?x?xf32>
  %r:1 = call @case35_dynamic(%d0) : (tensor<?x?xf32>) -> (tensor<?xf32>)
  %u0 = tensor.cast %r#0 : tensor<?xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case36_dynamic(%a0: tensor<?x?xf32>) -> (tensor<?xf32>) {
  %r:1 = plinth.reduce max %a0 {axes = array<i64: 1>, keep_dims = false} : (tensor<?x?xf32>) -> tensor<?xf32>
  return %r#0 : tensor<?xf32>
}

func.func @case36() {
  %in0 = plinth.constant dense<[[], []]> : tensor<2x0xf32>
  %d0 = tensor.cast %in0 : tensor<2x0xf32> to tensor<?x?xf32>
  %r:1 = call @case36_dynamic(%d0) : (tensor<?x?xf32>) -> (tensor<?xf32>)
  %u0 = tensor.cast %r#0 : tensor<?xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case37_dynamic(%a0: tensor<?x?xf32>) -> (tensor<?xf32>) {
  %r:1 = plinth.reduce min %a0 {axes = array<i64: 1>, keep_dims = false} : (tensor<?x?xf32>) -> tensor<?xf32>
  return %r#0 : tensor<?xf32>
}

func.func @case37() {
  %in0 = plinth.constant dense<[[], []]> : tensor<2x0xf32>
  %d0 = tensor.cast %in0 : tensor<2x0xf32> to tensor<?x?xf32>
  %r:1 = call @case37_dynamic(%d0) : (tensor<?x?xf32>) -> (tensor<?xf32>)
  %u0 = tensor.cast %r#0 : tensor<?xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case38_dynamic(%a0: tensor<?x?xf32>) -> (tensor<?xf32>) {
  %r:1 = plinth.reduce log_sum_exp %a0 {axes = array<i64: 1>, keep_dims = false} : (tensor<?x?xf32>) -> tensor<?xf32>
  return %r#0 : tensor<?xf32>
}

func.func @case38() {
  %in0 = plinth.constant dense<[[], []]> : tensor<2x0xf32>
  %d0 = tensor.cast %in0 : tensor<2x0xf32> to tensor<?x?xf32>
  %r:1 = call @case38_dynamic(%d0) : (tensor<?x?xf32>) -> (tensor<?xf32>)
  %u0 = tensor.cast %r#0 : tensor<?xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @main() {
  call @case0() : () -> ()
  call @case1() : () -> ()
  call @case2() : () -> ()
  call @case3() : () -> ()
  call @case4() : () -> ()
  call @case5() : () -> ()
  call @case6() : () -> ()
  call @case7() : () -> ()
  call @case8() : () -> ()
  call @case9() : () -> ()
  call @case10() : () -> ()
  call @case11() : () -> ()
  call @case12() : () -> ()
  call @case13() : () -> ()
  call @case14() : () -> ()
  call @case15() : () -> ()
  call @case16() : () -> ()
  call @case17() : () -> ()
  call @case18() : () -> ()
  call @case19() : () -> ()
  call @case20() : () -> ()
  call @case21() : () -> ()
  call @case22() : () -> ()
  call @case23() : () -> ()
  call @case24() : () -> ()
  call @case25() : () -> ()
  call @case26() : () -> ()
  call @case27() : () -> ()
  call @case28() : () -> ()
  call @case29() : () -> ()
  call @case30() : () -> ()
  call @case31() : () -> ()
  call @case32() : () -> ()
  call @case33() : () -> ()
  call @case34() : () -> ()
  call @case35() : () -> ()
  call @case36() : () -> ()
  call @case37() : () -> ()
  call @case38() : () -> ()
  return
}
