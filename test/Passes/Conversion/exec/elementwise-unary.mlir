// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.unary lowered to linalg and run.
// Expected values: numpy / onnxruntime, written by elementwise-reference.py.

// case0: abs f32 (onnxruntime Abs)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}3.5, 1, 0.25, 0],
// CHECK-NEXT: [0.3, 1, 2.5, 20]]
// case1: neg f32 (onnxruntime Neg)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}3.5, 1, 0.25, -0],
// CHECK-NEXT: [-0.3, -1, -2.5, -20]]
// case2: exp f32 (onnxruntime Exp)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}0.0301974, 0.367879, 0.778801, 1],
// CHECK-NEXT: [1.34986, 2.71828, 12.1825, 4.85165e+08]]
// case3: log f32 (onnxruntime Log)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}1.28093, 0.0953102, -1.04982, -2.30259],
// CHECK-NEXT: [-0.916291, 0.0953102, 0.955511, 3.00072]]
// case4: sqrt f32 (onnxruntime Sqrt)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}1.89737, 1.04881, 0.591608, 0.316228],
// CHECK-NEXT: [0.632456, 1.04881, 1.61245, 4.4833]]
// case5: reciprocal f32 (onnxruntime Reciprocal)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}0.277778, 0.909091, 2.85714, 10],
// CHECK-NEXT: [2.5, 0.909091, 0.384615, 0.0497512]]
// case6: sin f32 (onnxruntime Sin)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}0.350783, -0.841471, -0.247404, 0],
// CHECK-NEXT: [0.29552, 0.841471, 0.598472, 0.912945]]
// case7: cos f32 (onnxruntime Cos)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}-0.936457, 0.540302, 0.968912, 1],
// CHECK-NEXT: [0.955337, 0.540302, -0.801144, 0.408082]]
// case8: tanh f32 (onnxruntime Tanh)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}-0.998178, -0.761594, -0.244919, 0],
// CHECK-NEXT: [0.291313, 0.761594, 0.986614, 1]]
// case9: erf f32 (onnxruntime Erf)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}-0.999999, -0.842701, -0.276326, 0],
// CHECK-NEXT: [0.328627, 0.842701, 0.999593, 1]]
// case10: ceil f32 (onnxruntime Ceil)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}-3, -1, -0, 0],
// CHECK-NEXT: [1, 1, 3, 20]]
// case11: floor f32 (onnxruntime Floor)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}-4, -1, -1, 0],
// CHECK-NEXT: [0, 1, 2, 20]]
// case12: sign f32 (onnxruntime Sign)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}-1, -1, -1, 0],
// CHECK-NEXT: [1, 1, 1, 1]]
// case13: relu f32 (onnxruntime Relu)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}0, 0, 0, 0],
// CHECK-NEXT: [0.3, 1, 2.5, 20]]
// case14: sigmoid f32 (onnxruntime Sigmoid)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}0.0293122, 0.268941, 0.437824, 0.5],
// CHECK-NEXT: [0.574443, 0.731059, 0.924142, 1]]
// case15: softplus f32 (onnxruntime Softplus)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}0.0297504, 0.313262, 0.575939, 0.693147],
// CHECK-NEXT: [0.854355, 1.31326, 2.57889, 20]]
// case16: elu f32 (onnxruntime Elu)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}-0.678862, -0.442484, -0.154839, 0],
// CHECK-NEXT: [0.3, 1, 2.5, 20]]
// case17: leaky_relu f32 (onnxruntime LeakyRelu)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}-0.35, -0.1, -0.025, 0],
// CHECK-NEXT: [0.3, 1, 2.5, 20]]
// case18: hard_sigmoid f32 (onnxruntime HardSigmoid)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}0, 0.1, 0.325, 0.4],
// CHECK-NEXT: [0.49, 0.7, 1, 1]]
// case19: hard_swish f32 (onnxruntime HardSwish)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}-0, -0.333333, -0.114583, 0],
// CHECK-NEXT: [0.165, 0.666667, 2.29167, 20]]
// case20: softplus stays finite for large |x| (numpy logaddexp)
// CHECK: sizes = [4] strides
// CHECK-NEXT: [{{-?(0|[0-9.]+e-(0[5-9]|[1-9][0-9]+))}}, {{-?(0|[0-9.]+e-(0[5-9]|[1-9][0-9]+))}}, 30, 100]
// case21: sigmoid f16, computed in f32 (onnxruntime Sigmoid on f32)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}0.0293121, 0.269043, 0.437744, 0.5],
// CHECK-NEXT: [0.574219, 0.730957, 0.924316, 1]]
// case22: tanh with dynamic dims (onnxruntime Tanh)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}-0.998178, -0.761594, -0.244919, 0],
// CHECK-NEXT: [0.291313, 0.761594, 0.986614, 1]]
// case23: abs i32 (numpy, wrapping)
// CHECK: sizes = [2, 3] strides
// CHECK-NEXT: {{\[\[}}7, 0, 5],
// CHECK-NEXT: [2147483647, -2147483648, 1]]
// case24: neg i32 (numpy, wrapping)
// CHECK: sizes = [2, 3] strides
// CHECK-NEXT: {{\[\[}}7, 0, -5],
// CHECK-NEXT: [-2147483647, -2147483648, 1]]
// case25: sign i32 (numpy, wrapping)
// CHECK: sizes = [2, 3] strides
// CHECK-NEXT: {{\[\[}}-1, 0, 1],
// CHECK-NEXT: [1, -1, -1]]
// case26: relu i32 (numpy, wrapping)
// CHECK: sizes = [2, 3] strides
// CHECK-NEXT: {{\[\[}}0, 0, 5],
// CHECK-NEXT: [2147483647, 0, 0]]
// case27: abs ui8 (numpy)
// CHECK: sizes = [4] strides
// CHECK-NEXT: [0, 1, 200, 255]
// case28: sign ui8 (numpy)
// CHECK: sizes = [4] strides
// CHECK-NEXT: [0, 1, 1, 1]
// case29: relu ui8 (numpy)
// CHECK: sizes = [4] strides
// CHECK-NEXT: [0, 1, 200, 255]
// case30: neg ui8 (numpy)
// CHECK: sizes = [4] strides
// CHECK-NEXT: [0, 255, 56, 1]
// case31: not i1
// CHECK: sizes = [2] strides
// CHECK-NEXT: [0, 1]

func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI32(tensor<*xi32>)
func.func private @printMemrefI64(tensor<*xi64>)

func.func @case0() {
  %in0 = plinth.constant dense<[[-3.5, -1.0, -0.25, 0.0], [0.30000001192092896, 1.0, 2.5, 20.0]]> : tensor<2x4xf32>
  %r:1 = plinth.unary abs %in0  : tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case1() {
  %in0 = plinth.constant dense<[[-3.5, -1.0, -0.25, 0.0], [0.30000001192092896, 1.0, 2.5, 20.0]]> : tensor<2x4xf32>
  %r:1 = plinth.unary neg %in0  : tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case2() {
  %in0 = plinth.constant dense<[[-3.5, -1.0, -0.25, 0.0], [0.30000001192092896, 1.0, 2.5, 20.0]]> : tensor<2x4xf32>
  %r:1 = plinth.unary exp %in0  : tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case3() {
  %in0 = plinth.constant dense<[[3.5999999046325684, 1.100000023841858, 0.3499999940395355, 0.10000000149011612], [0.4000000059604645, 1.100000023841858, 2.5999999046325684, 20.100000381469727]]> : tensor<2x4xf32>
  %r:1 = plinth.unary log %in0  : tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case4() {
  %in0 = plinth.constant dense<[[3.5999999046325684, 1.100000023841858, 0.3499999940395355, 0.10000000149011612], [0.4000000059604645, 1.100000023841858, 2.5999999046325684, 20.100000381469727]]> : tensor<2x4xf32>
  %r:1 = plinth.unary sqrt %in0  : tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case5() {
  %in0 = plinth.constant dense<[[3.5999999046325684, 1.100000023841858, 0.3499999940395355, 0.10000000149011612], [0.4000000059604645, 1.100000023841858, 2.5999999046325684, 20.100000381469727]]> : tensor<2x4xf32>
  %r:1 = plinth.unary reciprocal %in0  : tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case6() {
  %in0 = plinth.constant dense<[[-3.5, -1.0, -0.25, 0.0], [0.30000001192092896, 1.0, 2.5, 20.0]]> : tensor<2x4xf32>
  %r:1 = plinth.unary sin %in0  : tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case7() {
  %in0 = plinth.constant dense<[[-3.5, -1.0, -0.25, 0.0], [0.30000001192092896, 1.0, 2.5, 20.0]]> : tensor<2x4xf32>
  %r:1 = plinth.unary cos %in0  : tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case8() {
  %in0 = plinth.constant dense<[[-3.5, -1.0, -0.25, 0.0], [0.30000001192092896, 1.0, 2.5, 20.0]]> : tensor<2x4xf32>
  %r:1 = plinth.unary tanh %in0  : tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case9() {
  %in0 = plinth.constant dense<[[-3.5, -1.0, -0.25, 0.0], [0.30000001192092896, 1.0, 2.5, 20.0]]> : tensor<2x4xf32>
  %r:1 = plinth.unary erf %in0  : tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case10() {
  %in0 = plinth.constant dense<[[-3.5, -1.0, -0.25, 0.0], [0.30000001192092896, 1.0, 2.5, 20.0]]> : tensor<2x4xf32>
  %r:1 = plinth.unary ceil %in0  : tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case11() {
  %in0 = plinth.constant dense<[[-3.5, -1.0, -0.25, 0.0], [0.30000001192092896, 1.0, 2.5, 20.0]]> : tensor<2x4xf32>
  %r:1 = plinth.unary floor %in0  : tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case12() {
  %in0 = plinth.constant dense<[[-3.5, -1.0, -0.25, 0.0], [0.30000001192092896, 1.0, 2.5, 20.0]]> : tensor<2x4xf32>
  %r:1 = plinth.unary sign %in0  : tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case13() {
  %in0 = plinth.constant dense<[[-3.5, -1.0, -0.25, 0.0], [0.30000001192092896, 1.0, 2.5, 20.0]]> : tensor<2x4xf32>
  %r:1 = plinth.unary relu %in0  : tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case14() {
  %in0 = plinth.constant dense<[[-3.5, -1.0, -0.25, 0.0], [0.30000001192092896, 1.0, 2.5, 20.0]]> : tensor<2x4xf32>
  %r:1 = plinth.unary sigmoid %in0  : tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case15() {
  %in0 = plinth.constant dense<[[-3.5, -1.0, -0.25, 0.0], [0.30000001192092896, 1.0, 2.5, 20.0]]> : tensor<2x4xf32>
  %r:1 = plinth.unary softplus %in0  : tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case16() {
  %in0 = plinth.constant dense<[[-3.5, -1.0, -0.25, 0.0], [0.30000001192092896, 1.0, 2.5, 20.0]]> : tensor<2x4xf32>
  %r:1 = plinth.unary elu %in0 {alpha = 0.7 : f32} : tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case17() {
  %in0 = plinth.constant dense<[[-3.5, -1.0, -0.25, 0.0], [0.30000001192092896, 1.0, 2.5, 20.0]]> : tensor<2x4xf32>
  %r:1 = plinth.unary leaky_relu %in0 {alpha = 0.1 : f32} : tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case18() {
  %in0 = plinth.constant dense<[[-3.5, -1.0, -0.25, 0.0], [0.30000001192092896, 1.0, 2.5, 20.0]]> : tensor<2x4xf32>
  %r:1 = plinth.unary hard_sigmoid %in0 {alpha = 0.3 : f32, beta = 0.4 : f32} : tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case19() {
  %in0 = plinth.constant dense<[[-3.5, -1.0, -0.25, 0.0], [0.30000001192092896, 1.0, 2.5, 20.0]]> : tensor<2x4xf32>
  %r:1 = plinth.unary hard_swish %in0  : tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case20() {
  %in0 = plinth.constant dense<[-100.0, -30.0, 30.0, 100.0]> : tensor<4xf32>
  %r:1 = plinth.unary softplus %in0 : tensor<4xf32>
  %u0 = tensor.cast %r#0 : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case21() {
  %in0 = plinth.constant dense<[[-3.5, -1.0, -0.25, 0.0], [0.300048828125, 1.0, 2.5, 20.0]]> : tensor<2x4xf16>
  %r:1 = plinth.unary sigmoid %in0 : tensor<2x4xf16>
  %p0 = plinth.cast %r#0 : tensor<2x4xf16> to tensor<2x4xf32>
  %u0 = tensor.cast %p0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case22_dynamic(%a0: tensor<?x?xf32>) -> (tensor<?x?xf32>) {
  %r:1 = plinth.unary tanh %a0 : tensor<?x?xf32>
  return %r#0 : tensor<?x?xf32>
}

func.func @case22() {
  %in0 = plinth.constant dense<[[-3.5, -1.0, -0.25, 0.0], [0.30000001192092896, 1.0, 2.5, 20.0]]> : tensor<2x4xf32>
  %d0 = tensor.cast %in0 : tensor<2x4xf32> to tensor<?x?xf32>
  %r:1 = call @case22_dynamic(%d0) : (tensor<?x?xf32>) -> (tensor<?x?xf32>)
  %u0 = tensor.cast %r#0 : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case23() {
  %in0 = plinth.constant dense<[[-7, 0, 5], [2147483647, -2147483648, -1]]> : tensor<2x3xi32>
  %r:1 = plinth.unary abs %in0 : tensor<2x3xi32>
  %u0 = tensor.cast %r#0 : tensor<2x3xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case24() {
  %in0 = plinth.constant dense<[[-7, 0, 5], [2147483647, -2147483648, -1]]> : tensor<2x3xi32>
  %r:1 = plinth.unary neg %in0 : tensor<2x3xi32>
  %u0 = tensor.cast %r#0 : tensor<2x3xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case25() {
  %in0 = plinth.constant dense<[[-7, 0, 5], [2147483647, -2147483648, -1]]> : tensor<2x3xi32>
  %r:1 = plinth.unary sign %in0 : tensor<2x3xi32>
  %u0 = tensor.cast %r#0 : tensor<2x3xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case26() {
  %in0 = plinth.constant dense<[[-7, 0, 5], [2147483647, -2147483648, -1]]> : tensor<2x3xi32>
  %r:1 = plinth.unary relu %in0 : tensor<2x3xi32>
  %u0 = tensor.cast %r#0 : tensor<2x3xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case27() {
  %in0 = plinth.constant dense<[0, 1, 200, 255]> : tensor<4xui8>
  %r:1 = plinth.unary abs %in0 : tensor<4xui8>
  %p0 = plinth.cast %r#0 : tensor<4xui8> to tensor<4xi32>
  %u0 = tensor.cast %p0 : tensor<4xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case28() {
  %in0 = plinth.constant dense<[0, 1, 200, 255]> : tensor<4xui8>
  %r:1 = plinth.unary sign %in0 : tensor<4xui8>
  %p0 = plinth.cast %r#0 : tensor<4xui8> to tensor<4xi32>
  %u0 = tensor.cast %p0 : tensor<4xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case29() {
  %in0 = plinth.constant dense<[0, 1, 200, 255]> : tensor<4xui8>
  %r:1 = plinth.unary relu %in0 : tensor<4xui8>
  %p0 = plinth.cast %r#0 : tensor<4xui8> to tensor<4xi32>
  %u0 = tensor.cast %p0 : tensor<4xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case30() {
  %in0 = plinth.constant dense<[0, 1, 200, 255]> : tensor<4xui8>
  %r:1 = plinth.unary neg %in0 : tensor<4xui8>
  %p0 = plinth.cast %r#0 : tensor<4xui8> to tensor<4xi32>
  %u0 = tensor.cast %p0 : tensor<4xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case31() {
  %in0 = plinth.constant dense<[true, false]> : tensor<2xi1>
  %r:1 = plinth.unary not %in0 : tensor<2xi1>
  %p0 = plinth.cast %r#0 : tensor<2xi1> to tensor<2xi32>
  %u0 = tensor.cast %p0 : tensor<2xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
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
  return
}
