// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.gather_nd.
// Expected values: numpy / onnxruntime, written by data-reference.py.

func.func private @printMemrefF32(tensor<*xf32>)

// index pairs into 2x3x2 data: rows of 2.
// CHECK-LABEL: sizes = [2, 2]
// CHECK-NEXT: [10, 11]
// CHECK-NEXT: [4, 5]
func.func @pairs() {
  %in0 = plinth.constant dense<[[[0.0, 1.0], [2.0, 3.0], [4.0, 5.0]], [[6.0, 7.0], [8.0, 9.0], [10.0, 11.0]]]> : tensor<2x3x2xf32>
  %in1 = plinth.constant dense<[[1, 2], [0, -1]]> : tensor<2x2xi64>
  %r = plinth.gather_nd %in0, %in1 {batch_dims = 0 : i64} : (tensor<2x3x2xf32>, tensor<2x2xi64>) -> tensor<2x2xf32>
  %u = tensor.cast %r : tensor<2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// single indices: 3x2 slices, dynamic.
// CHECK-LABEL: sizes = [2, 3, 2]
// CHECK-NEXT: [6, 7]
// CHECK-NEXT: [8, 9]
// CHECK-NEXT: [10, 11]
// CHECK-NEXT: [0, 1]
// CHECK-NEXT: [2, 3]
// CHECK-NEXT: [4, 5]
func.func @single_dynamic(%a0: tensor<?x?x?xf32>, %a1: tensor<?x1xi64>) -> tensor<?x?x?xf32> {
  %r = plinth.gather_nd %a0, %a1 {batch_dims = 0 : i64} : (tensor<?x?x?xf32>, tensor<?x1xi64>) -> tensor<?x?x?xf32>
  return %r : tensor<?x?x?xf32>
}

func.func @single() {
  %in0 = plinth.constant dense<[[[0.0, 1.0], [2.0, 3.0], [4.0, 5.0]], [[6.0, 7.0], [8.0, 9.0], [10.0, 11.0]]]> : tensor<2x3x2xf32>
  %in1 = plinth.constant dense<[[1], [0]]> : tensor<2x1xi64>
  %d0 = tensor.cast %in0 : tensor<2x3x2xf32> to tensor<?x?x?xf32>
  %d1 = tensor.cast %in1 : tensor<2x1xi64> to tensor<?x1xi64>
  %r = call @single_dynamic(%d0, %d1) : (tensor<?x?x?xf32>, tensor<?x1xi64>) -> tensor<?x?x?xf32>
  %u = tensor.cast %r : tensor<?x?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// batch_dims 1.
// CHECK-LABEL: sizes = [2, 2]
// CHECK-NEXT: [4, 5]
// CHECK-NEXT: [8, 9]
func.func @batch() {
  %in0 = plinth.constant dense<[[[0.0, 1.0], [2.0, 3.0], [4.0, 5.0]], [[6.0, 7.0], [8.0, 9.0], [10.0, 11.0]]]> : tensor<2x3x2xf32>
  %in1 = plinth.constant dense<[[2], [1]]> : tensor<2x1xi64>
  %r = plinth.gather_nd %in0, %in1 {batch_dims = 1 : i64} : (tensor<2x3x2xf32>, tensor<2x1xi64>) -> tensor<2x2xf32>
  %u = tensor.cast %r : tensor<2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @main() {
  call @pairs() : () -> ()
  call @single() : () -> ()
  call @batch() : () -> ()
  return
}
