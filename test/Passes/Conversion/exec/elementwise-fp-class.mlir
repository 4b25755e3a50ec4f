// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.fp_class lowered to linalg and run.
// Expected values: numpy / onnxruntime, written by elementwise-reference.py.

// case0: nan f32 (numpy)
// CHECK: sizes = [2, 3] strides
// CHECK-NEXT: {{\[\[}}0, 1, 0],
// CHECK-NEXT: [0, 0, 1]]
// case1: inf f32 (numpy)
// CHECK: sizes = [2, 3] strides
// CHECK-NEXT: {{\[\[}}0, 0, 1],
// CHECK-NEXT: [1, 0, 0]]
// case2: pos_inf f32 (numpy)
// CHECK: sizes = [2, 3] strides
// CHECK-NEXT: {{\[\[}}0, 0, 1],
// CHECK-NEXT: [0, 0, 0]]
// case3: neg_inf f32 (numpy)
// CHECK: sizes = [2, 3] strides
// CHECK-NEXT: {{\[\[}}0, 0, 0],
// CHECK-NEXT: [1, 0, 0]]
// case4: inf f16 (numpy)
// CHECK: sizes = [2, 3] strides
// CHECK-NEXT: {{\[\[}}0, 0, 1],
// CHECK-NEXT: [1, 0, 0]]
// case5: nan with dynamic dims (numpy)
// CHECK: sizes = [2, 3] strides
// CHECK-NEXT: {{\[\[}}0, 1, 0],
// CHECK-NEXT: [0, 0, 1]]

func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI32(tensor<*xi32>)
func.func private @printMemrefI64(tensor<*xi64>)

func.func @case0() {
  %in0 = plinth.constant dense<[[1.0, 0x7FC00000, 0x7F800000], [0xFF800000, 0.0, 0x7FC00000]]> : tensor<2x3xf32>
  %r:1 = plinth.fp_class nan %in0 : tensor<2x3xf32> -> tensor<2x3xi1>
  %p0 = plinth.cast %r#0 : tensor<2x3xi1> to tensor<2x3xi32>
  %u0 = tensor.cast %p0 : tensor<2x3xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case1() {
  %in0 = plinth.constant dense<[[1.0, 0x7FC00000, 0x7F800000], [0xFF800000, 0.0, 0x7FC00000]]> : tensor<2x3xf32>
  %r:1 = plinth.fp_class inf %in0 : tensor<2x3xf32> -> tensor<2x3xi1>
  %p0 = plinth.cast %r#0 : tensor<2x3xi1> to tensor<2x3xi32>
  %u0 = tensor.cast %p0 : tensor<2x3xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case2() {
  %in0 = plinth.constant dense<[[1.0, 0x7FC00000, 0x7F800000], [0xFF800000, 0.0, 0x7FC00000]]> : tensor<2x3xf32>
  %r:1 = plinth.fp_class pos_inf %in0 : tensor<2x3xf32> -> tensor<2x3xi1>
  %p0 = plinth.cast %r#0 : tensor<2x3xi1> to tensor<2x3xi32>
  %u0 = tensor.cast %p0 : tensor<2x3xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case3() {
  %in0 = plinth.constant dense<[[1.0, 0x7FC00000, 0x7F800000], [0xFF800000, 0.0, 0x7FC00000]]> : tensor<2x3xf32>
  %r:1 = plinth.fp_class neg_inf %in0 : tensor<2x3xf32> -> tensor<2x3xi1>
  %p0 = plinth.cast %r#0 : tensor<2x3xi1> to tensor<2x3xi32>
  %u0 = tensor.cast %p0 : tensor<2x3xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case4() {
  %in0 = plinth.constant dense<[[1.0, 0x7E00, 0x7C00], [0xFC00, 0.0, 0x7E00]]> : tensor<2x3xf16>
  %r:1 = plinth.fp_class inf %in0 : tensor<2x3xf16> -> tensor<2x3xi1>
  %p0 = plinth.cast %r#0 : tensor<2x3xi1> to tensor<2x3xi32>
  %u0 = tensor.cast %p0 : tensor<2x3xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case5_dynamic(%a0: tensor<?x?xf32>) -> (tensor<?x?xi1>) {
  %r:1 = plinth.fp_class nan %a0 : tensor<?x?xf32> -> tensor<?x?xi1>
  return %r#0 : tensor<?x?xi1>
}

func.func @case5() {
  %in0 = plinth.constant dense<[[1.0, 0x7FC00000, 0x7F800000], [0xFF800000, 0.0, 0x7FC00000]]> : tensor<2x3xf32>
  %d0 = tensor.cast %in0 : tensor<2x3xf32> to tensor<?x?xf32>
  %r:1 = call @case5_dynamic(%d0) : (tensor<?x?xf32>) -> (tensor<?x?xi1>)
  %p0 = plinth.cast %r#0 : tensor<?x?xi1> to tensor<?x?xi32>
  %u0 = tensor.cast %p0 : tensor<?x?xi32> to tensor<*xi32>
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
  return
}
