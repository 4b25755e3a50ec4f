// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.gather_elements.
// Expected values: numpy / onnxruntime, written by data-reference.py.

func.func private @printMemrefF32(tensor<*xf32>)

// axis 0.
// CHECK-LABEL: sizes = [2, 3]
// CHECK-NEXT: [3, 1, 8]
// CHECK-NEXT: [0, 7, 5]
func.func @axis0() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]]> : tensor<3x3xf32>
  %in1 = plinth.constant dense<[[1, 0, 2], [0, -1, 1]]> : tensor<2x3xi64>
  %r = plinth.gather_elements %in0, %in1 {axis = 0 : i64} : (tensor<3x3xf32>, tensor<2x3xi64>) -> tensor<2x3xf32>
  %u = tensor.cast %r : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// axis 1 of dynamic tensors.
// CHECK-LABEL: sizes = [2, 3]
// CHECK-NEXT: [1, 0, 2]
// CHECK-NEXT: [3, 5, 4]
func.func @axis1_dynamic(%a0: tensor<?x?xf32>, %a1: tensor<?x?xi64>) -> tensor<?x?xf32> {
  %r = plinth.gather_elements %a0, %a1 {axis = 1 : i64} : (tensor<?x?xf32>, tensor<?x?xi64>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

func.func @axis1() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]]> : tensor<3x3xf32>
  %in1 = plinth.constant dense<[[1, 0, 2], [0, -1, 1]]> : tensor<2x3xi64>
  %d0 = tensor.cast %in0 : tensor<3x3xf32> to tensor<?x?xf32>
  %d1 = tensor.cast %in1 : tensor<2x3xi64> to tensor<?x?xi64>
  %r = call @axis1_dynamic(%d0, %d1) : (tensor<?x?xf32>, tensor<?x?xi64>) -> tensor<?x?xf32>
  %u = tensor.cast %r : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @main() {
  call @axis0() : () -> ()
  call @axis1() : () -> ()
  return
}
