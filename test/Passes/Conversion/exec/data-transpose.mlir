// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.transpose: linalg.transpose.
// Expected values: numpy / onnxruntime, written by data-reference.py.

func.func private @printMemrefF32(tensor<*xf32>)

// permutation [2, 0, 1].
// CHECK-LABEL: sizes = [4, 2, 3]
// CHECK-NEXT: [0, 4, 8]
// CHECK-NEXT: [12, 16, 20]
// CHECK-NEXT: [1, 5, 9]
// CHECK-NEXT: [13, 17, 21]
// CHECK-NEXT: [2, 6, 10]
// CHECK-NEXT: [14, 18, 22]
// CHECK-NEXT: [3, 7, 11]
// CHECK-NEXT: [15, 19, 23]
func.func @perm() {
  %in0 = plinth.constant dense<[[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]], [[12.0, 13.0, 14.0, 15.0], [16.0, 17.0, 18.0, 19.0], [20.0, 21.0, 22.0, 23.0]]]> : tensor<2x3x4xf32>
  %r = plinth.transpose %in0 {permutation = array<i64: 2, 0, 1>} : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
  %u = tensor.cast %r : tensor<4x2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// permutation [1, 2, 0] of a ?x3x? tensor.
// CHECK-LABEL: sizes = [3, 4, 2]
// CHECK-NEXT: [0, 12]
// CHECK-NEXT: [1, 13]
// CHECK-NEXT: [2, 14]
// CHECK-NEXT: [3, 15]
// CHECK-NEXT: [4, 16]
// CHECK-NEXT: [5, 17]
// CHECK-NEXT: [6, 18]
// CHECK-NEXT: [7, 19]
// CHECK-NEXT: [8, 20]
// CHECK-NEXT: [9, 21]
// CHECK-NEXT: [10, 22]
// CHECK-NEXT: [11, 23]
func.func @perm_dynamic_dynamic(%a0: tensor<?x3x?xf32>) -> tensor<3x?x?xf32> {
  %r = plinth.transpose %a0 {permutation = array<i64: 1, 2, 0>} : (tensor<?x3x?xf32>) -> tensor<3x?x?xf32>
  return %r : tensor<3x?x?xf32>
}

func.func @perm_dynamic() {
  %in0 = plinth.constant dense<[[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]], [[12.0, 13.0, 14.0, 15.0], [16.0, 17.0, 18.0, 19.0], [20.0, 21.0, 22.0, 23.0]]]> : tensor<2x3x4xf32>
  %d0 = tensor.cast %in0 : tensor<2x3x4xf32> to tensor<?x3x?xf32>
  %r = call @perm_dynamic_dynamic(%d0) : (tensor<?x3x?xf32>) -> tensor<3x?x?xf32>
  %u = tensor.cast %r : tensor<3x?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @main() {
  call @perm() : () -> ()
  call @perm_dynamic() : () -> ()
  return
}
