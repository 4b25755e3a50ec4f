// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.concat: insert_slice into tensor.empty.
// Expected values: numpy / onnxruntime, written by data-reference.py.

func.func private @printMemrefF32(tensor<*xf32>)

// axis 1 of 2x3, 2x2, 2x1.
// CHECK-LABEL: sizes = [2, 6]
// CHECK-NEXT: [0, 1, 2, -7, -7, 2]
// CHECK-NEXT: [3, 4, 5, 6, 0, 2]
func.func @static() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]]> : tensor<2x3xf32>
  %in1 = plinth.constant dense<[[-7.0, -7.0], [6.0, 0.0]]> : tensor<2x2xf32>
  %in2 = plinth.constant dense<[[2.0], [2.0]]> : tensor<2x1xf32>
  %r = plinth.concat %in0, %in1, %in2 {axis = 1 : i64} : (tensor<2x3xf32>, tensor<2x2xf32>, tensor<2x1xf32>) -> tensor<2x6xf32>
  %u = tensor.cast %r : tensor<2x6xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// axis -1 of ?x?, ?x2, 2x? (offsets from tensor.dim).
// CHECK-LABEL: sizes = [2, 6]
// CHECK-NEXT: [0, 1, 2, -7, -7, 2]
// CHECK-NEXT: [3, 4, 5, 6, 0, 2]
func.func @dynamic_dynamic(%a0: tensor<?x?xf32>, %a1: tensor<?x2xf32>, %a2: tensor<2x?xf32>) -> tensor<2x?xf32> {
  %r = plinth.concat %a0, %a1, %a2 {axis = -1 : i64} : (tensor<?x?xf32>, tensor<?x2xf32>, tensor<2x?xf32>) -> tensor<2x?xf32>
  return %r : tensor<2x?xf32>
}

func.func @dynamic() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]]> : tensor<2x3xf32>
  %in1 = plinth.constant dense<[[-7.0, -7.0], [6.0, 0.0]]> : tensor<2x2xf32>
  %in2 = plinth.constant dense<[[2.0], [2.0]]> : tensor<2x1xf32>
  %d0 = tensor.cast %in0 : tensor<2x3xf32> to tensor<?x?xf32>
  %d1 = tensor.cast %in1 : tensor<2x2xf32> to tensor<?x2xf32>
  %d2 = tensor.cast %in2 : tensor<2x1xf32> to tensor<2x?xf32>
  %r = call @dynamic_dynamic(%d0, %d1, %d2) : (tensor<?x?xf32>, tensor<?x2xf32>, tensor<2x?xf32>) -> tensor<2x?xf32>
  %u = tensor.cast %r : tensor<2x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// axis 0 of ?x3 and 1x3.
// CHECK-LABEL: sizes = [3, 3]
// CHECK-NEXT: [0, 1, 2]
// CHECK-NEXT: [3, 4, 5]
// CHECK-NEXT: [0, 1, 2]
func.func @rows_dynamic(%a0: tensor<?x3xf32>, %a1: tensor<1x3xf32>) -> tensor<?x3xf32> {
  %r = plinth.concat %a0, %a1 {axis = 0 : i64} : (tensor<?x3xf32>, tensor<1x3xf32>) -> tensor<?x3xf32>
  return %r : tensor<?x3xf32>
}

func.func @rows() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]]> : tensor<2x3xf32>
  %in1 = plinth.constant dense<[[0.0, 1.0, 2.0]]> : tensor<1x3xf32>
  %d0 = tensor.cast %in0 : tensor<2x3xf32> to tensor<?x3xf32>
  %d1 = tensor.cast %in1 : tensor<1x3xf32> to tensor<1x3xf32>
  %r = call @rows_dynamic(%d0, %d1) : (tensor<?x3xf32>, tensor<1x3xf32>) -> tensor<?x3xf32>
  %u = tensor.cast %r : tensor<?x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @main() {
  call @static() : () -> ()
  call @dynamic() : () -> ()
  call @rows() : () -> ()
  return
}
