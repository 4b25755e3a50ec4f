// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.cumsum lowered to linalg and run.
// Expected values: numpy / onnxruntime, written by reduce-reference.py.

// case0: axis 0 exclusive False reverse False (onnxruntime CumSum)
// CHECK: sizes = [3, 4, 2] strides
// CHECK-NEXT: {{\[\[\[}}0.754, -0.765],
// CHECK-NEXT: [-0.68, -2.062],
// CHECK-NEXT: [-0.793, 1.607],
// CHECK-NEXT: [-0.07, -0.855]],
// CHECK-NEXT: {{\[\[}}0.178, -0.876],
// CHECK-NEXT: [-0.787, -2.416],
// CHECK-NEXT: [-1.562, 2.244],
// CHECK-NEXT: [1.469, -1.423]],
// CHECK-NEXT: {{\[\[}}-0.363, 0.313],
// CHECK-NEXT: [-2.251, -3.007],
// CHECK-NEXT: [-1.94, 2.412],
// CHECK-NEXT: [1.194, -2.31]]]
// case1: axis 1 exclusive True reverse False (onnxruntime CumSum)
// CHECK: sizes = [3, 4, 2] strides
// CHECK-NEXT: {{\[\[\[}}0, 0],
// CHECK-NEXT: [0.754, -0.765],
// CHECK-NEXT: [0.074, -2.827],
// CHECK-NEXT: [-0.719, -1.22]],
// CHECK-NEXT: {{\[\[}}0, 0],
// CHECK-NEXT: [-0.576, -0.111],
// CHECK-NEXT: [-0.683, -0.465],
// CHECK-NEXT: [-1.452, 0.172]],
// CHECK-NEXT: {{\[\[}}0, 0],
// CHECK-NEXT: [-0.541, 1.189],
// CHECK-NEXT: [-2.005, 0.598],
// CHECK-NEXT: [-2.383, 0.766]]]
// case2: axis -1 exclusive False reverse True (onnxruntime CumSum)
// CHECK: sizes = [3, 4, 2] strides
// CHECK-NEXT: {{\[\[\[}}-0.011, -0.765],
// CHECK-NEXT: [-2.742, -2.062],
// CHECK-NEXT: [0.814, 1.607],
// CHECK-NEXT: [-0.925, -0.855]],
// CHECK-NEXT: {{\[\[}}-0.687, -0.111],
// CHECK-NEXT: [-0.461, -0.354],
// CHECK-NEXT: [-0.132, 0.637],
// CHECK-NEXT: [0.971, -0.568]],
// CHECK-NEXT: {{\[\[}}0.648, 1.189],
// CHECK-NEXT: [-2.055, -0.591],
// CHECK-NEXT: [-0.21, 0.168],
// CHECK-NEXT: [-1.162, -0.887]]]
// case3: axis 1 exclusive True reverse True with dynamic dims (onnxruntime CumSum)
// CHECK: sizes = [3, 4, 2] strides
// CHECK-NEXT: {{\[\[\[}}-1.543, -1.31],
// CHECK-NEXT: [-0.863, 0.752],
// CHECK-NEXT: [-0.07, -0.855],
// CHECK-NEXT: [0, 0]],
// CHECK-NEXT: {{\[\[}}0.663, -0.285],
// CHECK-NEXT: [0.77, 0.069],
// CHECK-NEXT: [1.539, -0.568],
// CHECK-NEXT: [0, 0]],
// CHECK-NEXT: {{\[\[}}-2.117, -1.31],
// CHECK-NEXT: [-0.653, -0.719],
// CHECK-NEXT: [-0.275, -0.887],
// CHECK-NEXT: [0, 0]]]
// case4: axis 0 exclusive True reverse True (onnxruntime CumSum)
// CHECK: sizes = [3, 4, 2] strides
// CHECK-NEXT: {{\[\[\[}}-1.117, 1.078],
// CHECK-NEXT: [-1.571, -0.945],
// CHECK-NEXT: [-1.147, 0.805],
// CHECK-NEXT: [1.264, -1.455]],
// CHECK-NEXT: {{\[\[}}-0.541, 1.189],
// CHECK-NEXT: [-1.464, -0.591],
// CHECK-NEXT: [-0.378, 0.168],
// CHECK-NEXT: [-0.275, -0.887]],
// CHECK-NEXT: {{\[\[}}0, 0],
// CHECK-NEXT: [0, 0],
// CHECK-NEXT: [0, 0],
// CHECK-NEXT: [0, 0]]]
// case5: i32 exclusive (onnxruntime CumSum)
// CHECK: sizes = [2, 5] strides
// CHECK-NEXT: {{\[\[}}0, -100, -97, -119, -105],
// CHECK-NEXT: [0, -78, -96, -175, -153]]
// case6: f16 accumulates in f32 (numpy float64)
// CHECK: sizes = [40] strides
// CHECK-NEXT: [-1.7373, -1.29004, -0.619141, 0.187744, 0.0126953, -0.535156, -0.449219, -1.04297, -2.33008, -1.07422, -1.96875, -0.172852, 0.342285, -0.112732, 0.325195, 1.55566, 0.177734, -0.749023, -1.79785, -1.63281, -1.22852, -1.19922, -1.92773, -2.45508, -1.26855, -0.151855, -0.0208588, -1.33105, -0.703613, -0.415283, -0.162476, 1.56836, 2.38867, 1.41504, 0.449951, 1.83008, 2.03516, 2.92383, 2.81641, 1.86816]
// case7: over an empty axis (numpy)
// CHECK: sizes = [2, 0] strides

func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI32(tensor<*xi32>)
func.func private @printMemrefI64(tensor<*xi64>)

func.func @case0() {
  %in0 = plinth.constant dense<[[[0.7540000081062317, -0.7649999856948853], [-0.6800000071525574, -2.062000036239624], [-0.7929999828338623, 1.6069999933242798], [-0.07000000029802322, -0.8550000190734863]], [[-0.5759999752044678, -0.11100000143051147], [-0.10700000077486038, -0.3540000021457672], [-0.7689999938011169, 0.6370000243186951], [1.5390000343322754, -0.5680000185966492]], [[-0.5410000085830688, 1.1890000104904175], [-1.4639999866485596, -0.5910000205039978], [-0.3779999911785126, 0.1679999977350235], [-0.2750000059604645, -0.8870000243186951]]]> : tensor<3x4x2xf32>
  %r:1 = plinth.cumsum %in0 {axis = 0 : i64} : tensor<3x4x2xf32>
  %u0 = tensor.cast %r#0 : tensor<3x4x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case1() {
  %in0 = plinth.constant dense<[[[0.7540000081062317, -0.7649999856948853], [-0.6800000071525574, -2.062000036239624], [-0.7929999828338623, 1.6069999933242798], [-0.07000000029802322, -0.8550000190734863]], [[-0.5759999752044678, -0.11100000143051147], [-0.10700000077486038, -0.3540000021457672], [-0.7689999938011169, 0.6370000243186951], [1.5390000343322754, -0.5680000185966492]], [[-0.5410000085830688, 1.1890000104904175], [-1.4639999866485596, -0.5910000205039978], [-0.3779999911785126, 0.1679999977350235], [-0.2750000059604645, -0.8870000243186951]]]> : tensor<3x4x2xf32>
  %r:1 = plinth.cumsum %in0 {axis = 1 : i64, exclusive} : tensor<3x4x2xf32>
  %u0 = tensor.cast %r#0 : tensor<3x4x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case2() {
  %in0 = plinth.constant dense<[[[0.7540000081062317, -0.7649999856948853], [-0.6800000071525574, -2.062000036239624], [-0.7929999828338623, 1.6069999933242798], [-0.07000000029802322, -0.8550000190734863]], [[-0.5759999752044678, -0.11100000143051147], [-0.10700000077486038, -0.3540000021457672], [-0.7689999938011169, 0.6370000243186951], [1.5390000343322754, -0.5680000185966492]], [[-0.5410000085830688, 1.1890000104904175], [-1.4639999866485596, -0.5910000205039978], [-0.3779999911785126, 0.1679999977350235], [-0.2750000059604645, -0.8870000243186951]]]> : tensor<3x4x2xf32>
  %r:1 = plinth.cumsum %in0 {axis = -1 : i64, reverse} : tensor<3x4x2xf32>
  %u0 = tensor.cast %r#0 : tensor<3x4x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case3_dynamic(%a0: tensor<?x?x?xf32>) -> (tensor<?x?x?xf32>) {
  %r:1 = plinth.cumsum %a0 {axis = 1 : i64, exclusive, reverse} : tensor<?x?x?xf32>
  return %r#0 : tensor<?x?x?xf32>
}

func.func @case3() {
  %in0 = plinth.constant dense<[[[0.7540000081062317, -0.7649999856948853], [-0.6800000071525574, -2.062000036239624], [-0.7929999828338623, 1.6069999933242798], [-0.07000000029802322, -0.8550000190734863]], [[-0.5759999752044678, -0.11100000143051147], [-0.10700000077486038, -0.3540000021457672], [-0.7689999938011169, 0.6370000243186951], [1.5390000343322754, -0.5680000185966492]], [[-0.5410000085830688, 1.1890000104904175], [-1.4639999866485596, -0.5910000205039978], [-0.3779999911785126, 0.1679999977350235], [-0.2750000059604645, -0.8870000243186951]]]> : tensor<3x4x2xf32>
  %d0 = tensor.cast %in0 : tensor<3x4x2xf32> to tensor<?x?x?xf32>
  %r:1 = call @case3_dynamic(%d0) : (tensor<?x?x?xf32>) -> (tensor<?x?x?xf32>)
  %u0 = tensor.cast %r#0 : tensor<?x?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case4() {
  %in0 = plinth.constant dense<[[[0.7540000081062317, -0.7649999856948853], [-0.6800000071525574, -2.062000036239624], [-0.7929999828338623, 1.6069999933242798], [-0.07000000029802322, -0.8550000190734863]], [[-0.5759999752044678, -0.11100000143051147], [-0.10700000077486038, -0.3540000021457672], [-0.7689999938011169, 0.6370000243186951], [1.5390000343322754, -0.5680000185966492]], [[-0.5410000085830688, 1.1890000104904175], [-1.4639999866485596, -0.5910000205039978], [-0.3779999911785126, 0.1679999977350235], [-0.2750000059604645, -0.8870000243186951]]]> : tensor<3x4x2xf32>
  %r:1 = plinth.cumsum %in0 {axis = 0 : i64, exclusive, reverse} : tensor<3x4x2xf32>
  %u0 = tensor.cast %r#0 : tensor<3x4x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case5() {
  %in0 = plinth.constant dense<[[-100, 3, -22, 14, 59], [-78, -18, -79, 22, 95]]> : tensor<2x5xi32>
  %r:1 = plinth.cumsum %in0 {axis = 1 : i64, exclusive} : tensor<2x5xi32>
  %u0 = tensor.cast %r#0 : tensor<2x5xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case6() {
  %in0 = plinth.constant dense<[-1.7373046875, 0.447021484375, 0.6708984375, 0.80712890625, -0.175048828125, -0.5478515625, 0.08599853515625, -0.59423828125, -1.2861328125, 1.2548828125, -0.89404296875, 1.7958984375, 0.51513671875, -0.455078125, 0.43798828125, 1.23046875, -1.3779296875, -0.9267578125, -1.048828125, 0.1650390625, 0.404052734375, 0.0290069580078125, -0.72802734375, -0.52783203125, 1.1865234375, 1.1171875, 0.1309814453125, -1.310546875, 0.6279296875, 0.2880859375, 0.2529296875, 1.73046875, 0.82080078125, -0.97412109375, -0.96484375, 1.3798828125, 0.2060546875, 0.88720703125, -0.10601806640625, -0.94921875]> : tensor<40xf16>
  %r:1 = plinth.cumsum %in0 {axis = 0 : i64} : tensor<40xf16>
  %p0 = plinth.cast %r#0 : tensor<40xf16> to tensor<40xf32>
  %u0 = tensor.cast %p0 : tensor<40xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case7_dynamic(%a0: tensor<?x?xf32>) -> (tensor<?x?xf32>) {
  %r:1 = plinth.cumsum %a0 {axis = 1 : i64, reverse} : tensor<?x?xf32>
  return %r#0 : tensor<?x?xf32>
}

func.func @case7() {
  %in0 = plinth.constant dense<[[], []]> : tensor<2x0xf32>
  %d0 = tensor.cast %in0 : tensor<2x0xf32> to tensor<?x?xf32>
  %r:1 = call @case7_dynamic(%d0) : (tensor<?x?xf32>) -> (tensor<?x?xf32>)
  %u0 = tensor.cast %r#0 : tensor<?x?xf32> to tensor<*xf32>
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
  return
}
