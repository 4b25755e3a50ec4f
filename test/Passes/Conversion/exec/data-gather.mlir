// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.gather: clamped tensor.extract.
// Expected values: numpy / onnxruntime, written by data-reference.py.

func.func private @printMemrefF32(tensor<*xf32>)

// axis 0, 2x2 indices with a negative one.
// CHECK-LABEL: sizes = [2, 2, 4]
// CHECK-NEXT: [0, 1, 2, 3]
// CHECK-NEXT: [8, 9, 10, 11]
// CHECK-NEXT: [8, 9, 10, 11]
// CHECK-NEXT: [4, 5, 6, 7]
func.func @axis0() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]]> : tensor<3x4xf32>
  %in1 = plinth.constant dense<[[0, -1], [2, 1]]> : tensor<2x2xi64>
  %r = plinth.gather %in0, %in1 {axis = 0 : i64} : (tensor<3x4xf32>, tensor<2x2xi64>) -> tensor<2x2x4xf32>
  %u = tensor.cast %r : tensor<2x2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// axis -1, i32 indices.
// CHECK-LABEL: sizes = [3, 3]
// CHECK-NEXT: [3, 0, 1]
// CHECK-NEXT: [7, 4, 5]
// CHECK-NEXT: [11, 8, 9]
func.func @axis1_i32() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]]> : tensor<3x4xf32>
  %in1 = plinth.constant dense<[3, -4, 1]> : tensor<3xi32>
  %r = plinth.gather %in0, %in1 {axis = -1 : i64} : (tensor<3x4xf32>, tensor<3xi32>) -> tensor<3x3xf32>
  %u = tensor.cast %r : tensor<3x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// axis 1 of ?x? data with ? indices.
// CHECK-LABEL: sizes = [3, 2, 2]
// CHECK-NEXT: [0, 3]
// CHECK-NEXT: [2, 1]
// CHECK-NEXT: [4, 7]
// CHECK-NEXT: [6, 5]
// CHECK-NEXT: [8, 11]
// CHECK-NEXT: [10, 9]
func.func @dynamic_dynamic(%a0: tensor<?x?xf32>, %a1: tensor<?x?xi64>) -> tensor<?x?x?xf32> {
  %r = plinth.gather %a0, %a1 {axis = 1 : i64} : (tensor<?x?xf32>, tensor<?x?xi64>) -> tensor<?x?x?xf32>
  return %r : tensor<?x?x?xf32>
}

func.func @dynamic() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]]> : tensor<3x4xf32>
  %in1 = plinth.constant dense<[[0, -1], [2, 1]]> : tensor<2x2xi64>
  %d0 = tensor.cast %in0 : tensor<3x4xf32> to tensor<?x?xf32>
  %d1 = tensor.cast %in1 : tensor<2x2xi64> to tensor<?x?xi64>
  %r = call @dynamic_dynamic(%d0, %d1) : (tensor<?x?xf32>, tensor<?x?xi64>) -> tensor<?x?x?xf32>
  %u = tensor.cast %r : tensor<?x?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// out-of-range indices [5, -9, 2] are clamped (an error in ONNX).
// CHECK-LABEL: sizes = [3, 4]
// CHECK-NEXT: [8, 9, 10, 11]
// CHECK-NEXT: [0, 1, 2, 3]
// CHECK-NEXT: [8, 9, 10, 11]
func.func @clamped() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]]> : tensor<3x4xf32>
  %in1 = plinth.constant dense<[5, -9, 2]> : tensor<3xi64>
  %r = plinth.gather %in0, %in1 {axis = 0 : i64} : (tensor<3x4xf32>, tensor<3xi64>) -> tensor<3x4xf32>
  %u = tensor.cast %r : tensor<3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @main() {
  call @axis0() : () -> ()
  call @axis1_i32() : () -> ()
  call @dynamic() : () -> ()
  call @clamped() : () -> ()
  return
}
