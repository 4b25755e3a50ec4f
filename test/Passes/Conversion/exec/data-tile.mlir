// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.tile: modulo reads.
// Expected values: numpy / onnxruntime, written by data-reference.py.

func.func private @printMemrefF32(tensor<*xf32>)

// repeats [2, 3].
// CHECK-LABEL: sizes = [4, 9]
// CHECK-NEXT: [0, 1, 2, 0, 1, 2, 0, 1, 2]
// CHECK-NEXT: [3, 4, 5, 3, 4, 5, 3, 4, 5]
// CHECK-NEXT: [0, 1, 2, 0, 1, 2, 0, 1, 2]
// CHECK-NEXT: [3, 4, 5, 3, 4, 5, 3, 4, 5]
func.func @static() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]]> : tensor<2x3xf32>
  %r = plinth.tile %in0 {repeats = array<i64: 2, 3>} : (tensor<2x3xf32>) -> tensor<4x9xf32>
  %u = tensor.cast %r : tensor<4x9xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// repeats [3, 1] of a ?x? tensor.
// CHECK-LABEL: sizes = [6, 3]
// CHECK-NEXT: [0, 1, 2]
// CHECK-NEXT: [3, 4, 5]
// CHECK-NEXT: [0, 1, 2]
// CHECK-NEXT: [3, 4, 5]
// CHECK-NEXT: [0, 1, 2]
// CHECK-NEXT: [3, 4, 5]
func.func @dynamic_dynamic(%a0: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %r = plinth.tile %a0 {repeats = array<i64: 3, 1>} : (tensor<?x?xf32>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

func.func @dynamic() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]]> : tensor<2x3xf32>
  %d0 = tensor.cast %in0 : tensor<2x3xf32> to tensor<?x?xf32>
  %r = call @dynamic_dynamic(%d0) : (tensor<?x?xf32>) -> tensor<?x?xf32>
  %u = tensor.cast %r : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @main() {
  call @static() : () -> ()
  call @dynamic() : () -> ()
  return
}
