// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.binary lowered to linalg and run.
// Expected values: numpy / onnxruntime, written by elementwise-reference.py.

// case0: add f32 2x3 and 3 (onnxruntime Add)
// CHECK: sizes = [2, 3] strides
// CHECK-NEXT: {{\[\[}}0.501, -1.701, 2.726],
// CHECK-NEXT: [-0.391, -2.455, 2.008]]
// case1: sub f32 2x3 and 3 (onnxruntime Sub)
// CHECK: sizes = [2, 3] strides
// CHECK-NEXT: {{\[\[}}-0.499, 2.299, -3.274],
// CHECK-NEXT: [-1.391, 1.545, -3.992]]
// case2: mul f32 2x3 and 3 (onnxruntime Mul)
// CHECK: sizes = [2, 3] strides
// CHECK-NEXT: {{\[\[}}0.0005, -0.598, -0.822],
// CHECK-NEXT: [-0.4455, 0.91, -2.976]]
// case3: div f32 2x3 and 3 (onnxruntime Div)
// CHECK: sizes = [2, 3] strides
// CHECK-NEXT: {{\[\[}}0.002, -0.1495, -0.0913333],
// CHECK-NEXT: [-1.782, 0.2275, -0.330667]]
// case4: max f32 2x3 and 3 (onnxruntime Max)
// CHECK: sizes = [2, 3] strides
// CHECK-NEXT: {{\[\[}}0.5, 0.299, 3],
// CHECK-NEXT: [0.5, -0.455, 3]]
// case5: min f32 2x3 and 3 (onnxruntime Min)
// CHECK: sizes = [2, 3] strides
// CHECK-NEXT: {{\[\[}}0.001, -2, -0.274],
// CHECK-NEXT: [-0.891, -2, -0.992]]
// case6: prelu f32 2x3 and 2x1 (onnxruntime PRelu)
// CHECK: sizes = [2, 3] strides
// CHECK-NEXT: {{\[\[}}0.001, 0.299, -0.411],
// CHECK-NEXT: [0.66825, 0.34125, 0.744]]
// case7: pow f32 with negative bases (onnxruntime Pow)
// CHECK: sizes = [2, 3] strides
// CHECK-NEXT: {{\[\[}}8, 4, 2],
// CHECK-NEXT: [729, 9, inf]]
// case8: fmod f32: sign of the dividend (onnxruntime Mod fmod=1)
// CHECK: sizes = [4] strides
// CHECK-NEXT: [1.5, -1.5, 1.5, -1.5]
// case9: max f32 propagates NaN (onnxruntime Max)
// CHECK: sizes = [3] strides
// CHECK-NEXT: [{{-?nan}}, {{-?nan}}, 3]
// case10: min f32 propagates NaN (onnxruntime Min)
// CHECK: sizes = [3] strides
// CHECK-NEXT: [{{-?nan}}, {{-?nan}}, 1]
// case11: mul f16, computed in f32 (numpy)
// CHECK: sizes = [2, 3] strides
// CHECK-NEXT: {{\[\[}}0.000500202, -0.598145, -0.821777],
// CHECK-NEXT: [-0.445557, 0.910156, -2.97656]]
// case12: add ?x? + ?x? broadcasting 3x1 and 1x2 at run time (numpy)
// CHECK: sizes = [3, 2] strides
// CHECK-NEXT: {{\[\[}}11, 21],
// CHECK-NEXT: [12, 22],
// CHECK-NEXT: [13, 23]]
// case13: sub ?x3 - 2x3 with the ? being 1 at run time (numpy)
// CHECK: sizes = [2, 3] strides
// CHECK-NEXT: {{\[\[}}0.499, -2.299, 3.274],
// CHECK-NEXT: [1.391, -1.545, 3.992]]
// case14: div i32 truncates toward zero (onnxruntime Div); defined here: x / 0 = 0, INT_MIN / -1 = INT_MIN (wraps)
// CHECK: sizes = [8] strides
// CHECK-NEXT: [-2, -2, 2, 2, 0, -2147483648, 0, 4]
// case15: mod i32: sign of the divisor (onnxruntime Mod); x mod 0 = 0
// CHECK: sizes = [8] strides
// CHECK-NEXT: [2, -2, -1, 1, 0, 0, 0, 1]
// case16: fmod i32: sign of the dividend (onnxruntime Mod fmod=1); x fmod 0 = 0
// CHECK: sizes = [8] strides
// CHECK-NEXT: [-1, 1, -1, 1, 0, 0, 0, 1]
// case17: pow i64 by squaring, exact (python integers; onnxruntime Pow goes through double), negative exponents truncate like onnxruntime
// CHECK: sizes = [8] strides
// CHECK-NEXT: [1024, -27, 1, 0, 1, -1, 1, 4052555153018976267]
// case18: div ui8 unsigned; x / 0 = 0 (numpy)
// CHECK: sizes = [4] strides
// CHECK-NEXT: [66, 0, 4, 1]
// case19: max ui8 unsigned (numpy)
// CHECK: sizes = [4] strides
// CHECK-NEXT: [200, 7, 9, 255]
// case20: sub i32 with dynamic dims (numpy)
// CHECK: sizes = [8] strides
// CHECK-NEXT: [-10, 10, -4, 4, 5, -2147483647, 0, 7]
// case21: and i1 (numpy)
// CHECK: sizes = [4] strides
// CHECK-NEXT: [1, 0, 0, 0]
// case22: or i1 (numpy)
// CHECK: sizes = [4] strides
// CHECK-NEXT: [1, 1, 1, 0]
// case23: xor i1 (numpy)
// CHECK: sizes = [4] strides
// CHECK-NEXT: [0, 1, 1, 0]

func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI32(tensor<*xi32>)
func.func private @printMemrefI64(tensor<*xi64>)

func.func @case0() {
  %in0 = plinth.constant dense<[[0.0010000000474974513, 0.29899999499320984, -0.27399998903274536], [-0.890999972820282, -0.45500001311302185, -0.9919999837875366]]> : tensor<2x3xf32>
  %in1 = plinth.constant dense<[0.5, -2.0, 3.0]> : tensor<3xf32>
  %r:1 = plinth.binary add %in0, %in1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %u0 = tensor.cast %r#0 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case1() {
  %in0 = plinth.constant dense<[[0.0010000000474974513, 0.29899999499320984, -0.27399998903274536], [-0.890999972820282, -0.45500001311302185, -0.9919999837875366]]> : tensor<2x3xf32>
  %in1 = plinth.constant dense<[0.5, -2.0, 3.0]> : tensor<3xf32>
  %r:1 = plinth.binary sub %in0, %in1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %u0 = tensor.cast %r#0 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case2() {
  %in0 = plinth.constant dense<[[0.0010000000474974513, 0.29899999499320984, -0.27399998903274536], [-0.890999972820282, -0.45500001311302185, -0.9919999837875366]]> : tensor<2x3xf32>
  %in1 = plinth.constant dense<[0.5, -2.0, 3.0]> : tensor<3xf32>
  %r:1 = plinth.binary mul %in0, %in1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %u0 = tensor.cast %r#0 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case3() {
  %in0 = plinth.constant dense<[[0.0010000000474974513, 0.29899999499320984, -0.27399998903274536], [-0.890999972820282, -0.45500001311302185, -0.9919999837875366]]> : tensor<2x3xf32>
  %in1 = plinth.constant dense<[0.5, -2.0, 3.0]> : tensor<3xf32>
  %r:1 = plinth.binary div %in0, %in1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %u0 = tensor.cast %r#0 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case4() {
  %in0 = plinth.constant dense<[[0.0010000000474974513, 0.29899999499320984, -0.27399998903274536], [-0.890999972820282, -0.45500001311302185, -0.9919999837875366]]> : tensor<2x3xf32>
  %in1 = plinth.constant dense<[0.5, -2.0, 3.0]> : tensor<3xf32>
  %r:1 = plinth.binary max %in0, %in1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %u0 = tensor.cast %r#0 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case5() {
  %in0 = plinth.constant dense<[[0.0010000000474974513, 0.29899999499320984, -0.27399998903274536], [-0.890999972820282, -0.45500001311302185, -0.9919999837875366]]> : tensor<2x3xf32>
  %in1 = plinth.constant dense<[0.5, -2.0, 3.0]> : tensor<3xf32>
  %r:1 = plinth.binary min %in0, %in1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %u0 = tensor.cast %r#0 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case6() {
  %in0 = plinth.constant dense<[[0.0010000000474974513, 0.29899999499320984, -0.27399998903274536], [-0.890999972820282, -0.45500001311302185, -0.9919999837875366]]> : tensor<2x3xf32>
  %in1 = plinth.constant dense<[[1.5], [-0.75]]> : tensor<2x1xf32>
  %r:1 = plinth.binary prelu %in0, %in1 : (tensor<2x3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
  %u0 = tensor.cast %r#0 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case7() {
  %in0 = plinth.constant dense<[[2.0, -2.0, 0.5], [9.0, -3.0, 0.0]]> : tensor<2x3xf32>
  %in1 = plinth.constant dense<[3.0, 2.0, -1.0]> : tensor<3xf32>
  %r:1 = plinth.binary pow %in0, %in1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %u0 = tensor.cast %r#0 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case8() {
  %in0 = plinth.constant dense<[5.5, -5.5, 5.5, -5.5]> : tensor<4xf32>
  %in1 = plinth.constant dense<[2.0, 2.0, -2.0, -2.0]> : tensor<4xf32>
  %r:1 = plinth.binary fmod %in0, %in1 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %u0 = tensor.cast %r#0 : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case9() {
  %in0 = plinth.constant dense<[1.0, 0x7FC00000, 3.0]> : tensor<3xf32>
  %in1 = plinth.constant dense<[0x7FC00000, 2.0, 1.0]> : tensor<3xf32>
  %r:1 = plinth.binary max %in0, %in1 : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %u0 = tensor.cast %r#0 : tensor<3xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case10() {
  %in0 = plinth.constant dense<[1.0, 0x7FC00000, 3.0]> : tensor<3xf32>
  %in1 = plinth.constant dense<[0x7FC00000, 2.0, 1.0]> : tensor<3xf32>
  %r:1 = plinth.binary min %in0, %in1 : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %u0 = tensor.cast %r#0 : tensor<3xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case11() {
  %in0 = plinth.constant dense<[[0.0010004043579101562, 0.299072265625, -0.27392578125], [-0.89111328125, -0.455078125, -0.9921875]]> : tensor<2x3xf16>
  %in1 = plinth.constant dense<[0.5, -2.0, 3.0]> : tensor<3xf16>
  %r:1 = plinth.binary mul %in0, %in1 : (tensor<2x3xf16>, tensor<3xf16>) -> tensor<2x3xf16>
  %p0 = plinth.cast %r#0 : tensor<2x3xf16> to tensor<2x3xf32>
  %u0 = tensor.cast %p0 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case12_dynamic(%a0: tensor<?x?xf32>, %a1: tensor<?x?xf32>) -> (tensor<?x?xf32>) {
  %r:1 = plinth.binary add %a0, %a1 : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
  return %r#0 : tensor<?x?xf32>
}

func.func @case12() {
  %in0 = plinth.constant dense<[[1.0], [2.0], [3.0]]> : tensor<3x1xf32>
  %in1 = plinth.constant dense<[[10.0, 20.0]]> : tensor<1x2xf32>
  %d0 = tensor.cast %in0 : tensor<3x1xf32> to tensor<?x?xf32>
  %d1 = tensor.cast %in1 : tensor<1x2xf32> to tensor<?x?xf32>
  %r:1 = call @case12_dynamic(%d0, %d1) : (tensor<?x?xf32>, tensor<?x?xf32>) -> (tensor<?x?xf32>)
  %u0 = tensor.cast %r#0 : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case13_dynamic(%a0: tensor<?x3xf32>, %a1: tensor<2x3xf32>) -> (tensor<2x3xf32>) {
  %r:1 = plinth.binary sub %a0, %a1 : (tensor<?x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return %r#0 : tensor<2x3xf32>
}

func.func @case13() {
  %in0 = plinth.constant dense<[[0.5, -2.0, 3.0]]> : tensor<1x3xf32>
  %in1 = plinth.constant dense<[[0.0010000000474974513, 0.29899999499320984, -0.27399998903274536], [-0.890999972820282, -0.45500001311302185, -0.9919999837875366]]> : tensor<2x3xf32>
  %d0 = tensor.cast %in0 : tensor<1x3xf32> to tensor<?x3xf32>
  %d1 = tensor.cast %in1 : tensor<2x3xf32> to tensor<2x3xf32>
  %r:1 = call @case13_dynamic(%d0, %d1) : (tensor<?x3xf32>, tensor<2x3xf32>) -> (tensor<2x3xf32>)
  %u0 = tensor.cast %r#0 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case14() {
  %in0 = plinth.constant dense<[-7, 7, -7, 7, 5, -2147483648, 0, 9]> : tensor<8xi32>
  %in1 = plinth.constant dense<[3, -3, -3, 3, 0, -1, 0, 2]> : tensor<8xi32>
  %r:1 = plinth.binary div %in0, %in1 : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
  %u0 = tensor.cast %r#0 : tensor<8xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case15() {
  %in0 = plinth.constant dense<[-7, 7, -7, 7, 5, -2147483648, 0, 9]> : tensor<8xi32>
  %in1 = plinth.constant dense<[3, -3, -3, 3, 0, -1, 0, 2]> : tensor<8xi32>
  %r:1 = plinth.binary mod %in0, %in1 : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
  %u0 = tensor.cast %r#0 : tensor<8xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case16() {
  %in0 = plinth.constant dense<[-7, 7, -7, 7, 5, -2147483648, 0, 9]> : tensor<8xi32>
  %in1 = plinth.constant dense<[3, -3, -3, 3, 0, -1, 0, 2]> : tensor<8xi32>
  %r:1 = plinth.binary fmod %in0, %in1 : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
  %u0 = tensor.cast %r#0 : tensor<8xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case17_dynamic(%a0: tensor<?xi64>, %a1: tensor<?xi64>) -> (tensor<?xi64>) {
  %r:1 = plinth.binary pow %a0, %a1 : (tensor<?xi64>, tensor<?xi64>) -> tensor<?xi64>
  return %r#0 : tensor<?xi64>
}

func.func @case17() {
  %in0 = plinth.constant dense<[2, -3, 5, 2, 1, -1, -1, 3]> : tensor<8xi64>
  %in1 = plinth.constant dense<[10, 3, 0, -1, -5, -3, -2, 39]> : tensor<8xi64>
  %d0 = tensor.cast %in0 : tensor<8xi64> to tensor<?xi64>
  %d1 = tensor.cast %in1 : tensor<8xi64> to tensor<?xi64>
  %r:1 = call @case17_dynamic(%d0, %d1) : (tensor<?xi64>, tensor<?xi64>) -> (tensor<?xi64>)
  %u0 = tensor.cast %r#0 : tensor<?xi64> to tensor<*xi64>
  call @printMemrefI64(%u0) : (tensor<*xi64>) -> ()
  return
}

func.func @case18() {
  %in0 = plinth.constant dense<[200, 7, 9, 255]> : tensor<4xui8>
  %in1 = plinth.constant dense<[3, 0, 2, 255]> : tensor<4xui8>
  %r:1 = plinth.binary div %in0, %in1 : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xui8>
  %p0 = plinth.cast %r#0 : tensor<4xui8> to tensor<4xi32>
  %u0 = tensor.cast %p0 : tensor<4xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case19() {
  %in0 = plinth.constant dense<[200, 7, 9, 255]> : tensor<4xui8>
  %in1 = plinth.constant dense<[3, 0, 2, 255]> : tensor<4xui8>
  %r:1 = plinth.binary max %in0, %in1 : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xui8>
  %p0 = plinth.cast %r#0 : tensor<4xui8> to tensor<4xi32>
  %u0 = tensor.cast %p0 : tensor<4xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case20_dynamic(%a0: tensor<?xi32>, %a1: tensor<?xi32>) -> (tensor<?xi32>) {
  %r:1 = plinth.binary sub %a0, %a1 : (tensor<?xi32>, tensor<?xi32>) -> tensor<?xi32>
  return %r#0 : tensor<?xi32>
}

func.func @case20() {
  %in0 = plinth.constant dense<[-7, 7, -7, 7, 5, -2147483648, 0, 9]> : tensor<8xi32>
  %in1 = plinth.constant dense<[3, -3, -3, 3, 0, -1, 0, 2]> : tensor<8xi32>
  %d0 = tensor.cast %in0 : tensor<8xi32> to tensor<?xi32>
  %d1 = tensor.cast %in1 : tensor<8xi32> to tensor<?xi32>
  %r:1 = call @case20_dynamic(%d0, %d1) : (tensor<?xi32>, tensor<?xi32>) -> (tensor<?xi32>)
  %u0 = tensor.cast %r#0 : tensor<?xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case21() {
  %in0 = plinth.constant dense<[true, true, false, false]> : tensor<4xi1>
  %in1 = plinth.constant dense<[true, false, true, false]> : tensor<4xi1>
  %r:1 = plinth.binary and %in0, %in1 : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  %p0 = plinth.cast %r#0 : tensor<4xi1> to tensor<4xi32>
  %u0 = tensor.cast %p0 : tensor<4xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case22() {
  %in0 = plinth.constant dense<[true, true, false, false]> : tensor<4xi1>
  %in1 = plinth.constant dense<[true, false, true, false]> : tensor<4xi1>
  %r:1 = plinth.binary or %in0, %in1 : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  %p0 = plinth.cast %r#0 : tensor<4xi1> to tensor<4xi32>
  %u0 = tensor.cast %p0 : tensor<4xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case23() {
  %in0 = plinth.constant dense<[true, true, false, false]> : tensor<4xi1>
  %in1 = plinth.constant dense<[true, false, true, false]> : tensor<4xi1>
  %r:1 = plinth.binary xor %in0, %in1 : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  %p0 = plinth.cast %r#0 : tensor<4xi1> to tensor<4xi32>
  %u0 = tensor.cast %p0 : tensor<4xi32> to tensor<*xi32>
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
  return
}
