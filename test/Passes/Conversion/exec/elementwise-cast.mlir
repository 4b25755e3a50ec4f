// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.cast lowered to linalg and run.
// Expected values: numpy / onnxruntime, written by elementwise-reference.py.

// case0: f32 -> int32: defined here (ONNX leaves it undefined): NaN -> 0, out of range saturates (python reference)
// CHECK: sizes = [10] strides
// CHECK-NEXT: [0, 2147483647, -2147483648, 2147483647, -2147483648, 3, -3, 0, 255, 256]
// case1: f32 -> int64: defined here (ONNX leaves it undefined): NaN -> 0, out of range saturates (python reference)
// CHECK: sizes = [10] strides
// CHECK-NEXT: [0, 9223372036854775807, -9223372036854775808, 10000000000, -10000000000, 3, -3, 0, 255, 256]
// case2: f32 -> uint8: defined here (ONNX leaves it undefined): NaN -> 0, out of range saturates (python reference)
// CHECK: sizes = [10] strides
// CHECK-NEXT: [0, 255, 0, 255, 0, 3, 0, 0, 255, 255]
// case3: f32 -> int8: defined here (ONNX leaves it undefined): NaN -> 0, out of range saturates (python reference)
// CHECK: sizes = [10] strides
// CHECK-NEXT: [0, 127, -128, 127, -128, 3, -3, 0, 127, 127]
// case4: f32 -> i1 is != 0 (numpy)
// CHECK: sizes = [4] strides
// CHECK-NEXT: [1, 0, 0, 1]
// case5: f32 -> f16 rounds, overflow gives inf (numpy)
// CHECK: sizes = [9] strides
// CHECK-NEXT: [inf, -inf, inf, -inf, 3.69922, -3.69922, -0.5, 255.875, 256]
// case6: f16 -> i32 (numpy)
// CHECK: sizes = [3] strides
// CHECK-NEXT: [65504, -2, 0]
// case7: i8 -> i64 sign-extends (numpy)
// CHECK: sizes = [5] strides
// CHECK-NEXT: [-1, 0, 1, 127, -128]
// case8: ui8 -> i32 zero-extends (numpy)
// CHECK: sizes = [5] strides
// CHECK-NEXT: [255, 0, 1, 127, 128]
// case9: ui8 -> f32 (numpy)
// CHECK: sizes = [5] strides
// CHECK-NEXT: [255, 0, 1, 127, 128]
// case10: i8 -> f32 (numpy)
// CHECK: sizes = [5] strides
// CHECK-NEXT: [-1, 0, 1, 127, -128]
// case11: i32 -> ui8 truncates the bits (numpy)
// CHECK: sizes = [3] strides
// CHECK-NEXT: [44, 255, 112]
// case12: i1 -> f32 (numpy)
// CHECK: sizes = [2] strides
// CHECK-NEXT: [1, 0]
// case13: f32 -> i64 with dynamic dims (numpy)
// CHECK: sizes = [2, 2] strides
// CHECK-NEXT: {{\[\[}}1, -2],
// CHECK-NEXT: [10000000000, -7]]
// case14: f32 ?x? -> f64 2x2, static result from a dynamic input (numpy)
// CHECK: sizes = [2, 2] strides
// CHECK-NEXT: {{\[\[}}1.5, -2.25],
// CHECK-NEXT: [1e+10, -7]]

func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI32(tensor<*xi32>)
func.func private @printMemrefI64(tensor<*xi64>)

func.func @case0() {
  %in0 = plinth.constant dense<[0x7FC00000, 0x7F800000, 0xFF800000, 10000000000.0, -10000000000.0, 3.700000047683716, -3.700000047683716, -0.5, 255.89999389648438, 256.0]> : tensor<10xf32>
  %r:1 = plinth.cast %in0 : tensor<10xf32> to tensor<10xi32>
  %u0 = tensor.cast %r#0 : tensor<10xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case1() {
  %in0 = plinth.constant dense<[0x7FC00000, 0x7F800000, 0xFF800000, 10000000000.0, -10000000000.0, 3.700000047683716, -3.700000047683716, -0.5, 255.89999389648438, 256.0]> : tensor<10xf32>
  %r:1 = plinth.cast %in0 : tensor<10xf32> to tensor<10xi64>
  %u0 = tensor.cast %r#0 : tensor<10xi64> to tensor<*xi64>
  call @printMemrefI64(%u0) : (tensor<*xi64>) -> ()
  return
}

func.func @case2() {
  %in0 = plinth.constant dense<[0x7FC00000, 0x7F800000, 0xFF800000, 10000000000.0, -10000000000.0, 3.700000047683716, -3.700000047683716, -0.5, 255.89999389648438, 256.0]> : tensor<10xf32>
  %r:1 = plinth.cast %in0 : tensor<10xf32> to tensor<10xui8>
  %p0 = plinth.cast %r#0 : tensor<10xui8> to tensor<10xi32>
  %u0 = tensor.cast %p0 : tensor<10xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case3() {
  %in0 = plinth.constant dense<[0x7FC00000, 0x7F800000, 0xFF800000, 10000000000.0, -10000000000.0, 3.700000047683716, -3.700000047683716, -0.5, 255.89999389648438, 256.0]> : tensor<10xf32>
  %r:1 = plinth.cast %in0 : tensor<10xf32> to tensor<10xi8>
  %p0 = plinth.cast %r#0 : tensor<10xi8> to tensor<10xi32>
  %u0 = tensor.cast %p0 : tensor<10xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case4() {
  %in0 = plinth.constant dense<[0x7FC00000, 0.0, -0.0, 0.5]> : tensor<4xf32>
  %r:1 = plinth.cast %in0 : tensor<4xf32> to tensor<4xi1>
  %p0 = plinth.cast %r#0 : tensor<4xi1> to tensor<4xi32>
  %u0 = tensor.cast %p0 : tensor<4xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case5() {
  %in0 = plinth.constant dense<[0x7F800000, 0xFF800000, 10000000000.0, -10000000000.0, 3.700000047683716, -3.700000047683716, -0.5, 255.89999389648438, 256.0]> : tensor<9xf32>
  %r:1 = plinth.cast %in0 : tensor<9xf32> to tensor<9xf16>
  %p0 = plinth.cast %r#0 : tensor<9xf16> to tensor<9xf32>
  %u0 = tensor.cast %p0 : tensor<9xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case6() {
  %in0 = plinth.constant dense<[65504.0, -2.5, 0.0999755859375]> : tensor<3xf16>
  %r:1 = plinth.cast %in0 : tensor<3xf16> to tensor<3xi32>
  %u0 = tensor.cast %r#0 : tensor<3xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case7() {
  %in0 = plinth.constant dense<[-1, 0, 1, 127, -128]> : tensor<5xi8>
  %r:1 = plinth.cast %in0 : tensor<5xi8> to tensor<5xi64>
  %u0 = tensor.cast %r#0 : tensor<5xi64> to tensor<*xi64>
  call @printMemrefI64(%u0) : (tensor<*xi64>) -> ()
  return
}

func.func @case8() {
  %in0 = plinth.constant dense<[255, 0, 1, 127, 128]> : tensor<5xui8>
  %r:1 = plinth.cast %in0 : tensor<5xui8> to tensor<5xi32>
  %u0 = tensor.cast %r#0 : tensor<5xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case9() {
  %in0 = plinth.constant dense<[255, 0, 1, 127, 128]> : tensor<5xui8>
  %r:1 = plinth.cast %in0 : tensor<5xui8> to tensor<5xf32>
  %u0 = tensor.cast %r#0 : tensor<5xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case10() {
  %in0 = plinth.constant dense<[-1, 0, 1, 127, -128]> : tensor<5xi8>
  %r:1 = plinth.cast %in0 : tensor<5xi8> to tensor<5xf32>
  %u0 = tensor.cast %r#0 : tensor<5xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case11() {
  %in0 = plinth.constant dense<[300, -1, 70000]> : tensor<3xi32>
  %r:1 = plinth.cast %in0 : tensor<3xi32> to tensor<3xui8>
  %p0 = plinth.cast %r#0 : tensor<3xui8> to tensor<3xi32>
  %u0 = tensor.cast %p0 : tensor<3xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case12() {
  %in0 = plinth.constant dense<[true, false]> : tensor<2xi1>
  %r:1 = plinth.cast %in0 : tensor<2xi1> to tensor<2xf32>
  %u0 = tensor.cast %r#0 : tensor<2xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case13_dynamic(%a0: tensor<?x?xf32>) -> (tensor<?x?xi64>) {
  %r:1 = plinth.cast %a0 : tensor<?x?xf32> to tensor<?x?xi64>
  return %r#0 : tensor<?x?xi64>
}

func.func @case13() {
  %in0 = plinth.constant dense<[[1.5, -2.25], [10000000000.0, -7.0]]> : tensor<2x2xf32>
  %d0 = tensor.cast %in0 : tensor<2x2xf32> to tensor<?x?xf32>
  %r:1 = call @case13_dynamic(%d0) : (tensor<?x?xf32>) -> (tensor<?x?xi64>)
  %u0 = tensor.cast %r#0 : tensor<?x?xi64> to tensor<*xi64>
  call @printMemrefI64(%u0) : (tensor<*xi64>) -> ()
  return
}

func.func @case14_dynamic(%a0: tensor<?x?xf32>) -> (tensor<2x2xf64>) {
  %r:1 = plinth.cast %a0 : tensor<?x?xf32> to tensor<2x2xf64>
  return %r#0 : tensor<2x2xf64>
}

func.func @case14() {
  %in0 = plinth.constant dense<[[1.5, -2.25], [10000000000.0, -7.0]]> : tensor<2x2xf32>
  %d0 = tensor.cast %in0 : tensor<2x2xf32> to tensor<?x?xf32>
  %r:1 = call @case14_dynamic(%d0) : (tensor<?x?xf32>) -> (tensor<2x2xf64>)
  %p0 = plinth.cast %r#0 : tensor<2x2xf64> to tensor<2x2xf32>
  %u0 = tensor.cast %p0 : tensor<2x2xf32> to tensor<*xf32>
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
  return
}
