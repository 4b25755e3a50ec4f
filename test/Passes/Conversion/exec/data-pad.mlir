// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.pad: tensor.pad and index-mapping generics.
// Expected values: numpy / onnxruntime, written by data-reference.py.

func.func private @printMemrefF32(tensor<*xf32>)

// constant 7.5, pads [1, 0, 2, 1].
// CHECK-LABEL: sizes = [6, 5]
// CHECK-NEXT: [7.5, 7.5, 7.5, 7.5, 7.5]
// CHECK-NEXT: [0, 1, 2, 3, 7.5]
// CHECK-NEXT: [4, 5, 6, 7, 7.5]
// CHECK-NEXT: [8, 9, 10, 11, 7.5]
// CHECK-NEXT: [7.5, 7.5, 7.5, 7.5, 7.5]
// CHECK-NEXT: [7.5, 7.5, 7.5, 7.5, 7.5]
func.func @constant() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]]> : tensor<3x4xf32>
  %in1 = plinth.constant dense<7.5> : tensor<f32>
  %r = plinth.pad constant %in0, %in1 {pads = array<i64: 1, 0, 2, 1>} : (tensor<3x4xf32>, tensor<f32>) -> tensor<6x5xf32>
  %u = tensor.cast %r : tensor<6x5xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// negative pads crop: [-1, 2, 0, -2].
// CHECK-LABEL: sizes = [2, 4]
// CHECK-NEXT: [0, 0, 4, 5]
// CHECK-NEXT: [0, 0, 8, 9]
func.func @crop() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]]> : tensor<3x4xf32>
  %r = plinth.pad constant %in0 {pads = array<i64: -1, 2, 0, -2>} : (tensor<3x4xf32>) -> tensor<2x4xf32>
  %u = tensor.cast %r : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// reflect [2, 1, 1, 3].
// CHECK-LABEL: sizes = [6, 8]
// CHECK-NEXT: [9, 8, 9, 10, 11, 10, 9, 8]
// CHECK-NEXT: [5, 4, 5, 6, 7, 6, 5, 4]
// CHECK-NEXT: [1, 0, 1, 2, 3, 2, 1, 0]
// CHECK-NEXT: [5, 4, 5, 6, 7, 6, 5, 4]
// CHECK-NEXT: [9, 8, 9, 10, 11, 10, 9, 8]
// CHECK-NEXT: [5, 4, 5, 6, 7, 6, 5, 4]
func.func @reflect() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]]> : tensor<3x4xf32>
  %r = plinth.pad reflect %in0 {pads = array<i64: 2, 1, 1, 3>} : (tensor<3x4xf32>) -> tensor<6x8xf32>
  %u = tensor.cast %r : tensor<6x8xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// edge [1, 2, 2, 1] of a ?x? tensor.
// CHECK-LABEL: sizes = [6, 7]
// CHECK-NEXT: [0, 0, 0, 1, 2, 3, 3]
// CHECK-NEXT: [0, 0, 0, 1, 2, 3, 3]
// CHECK-NEXT: [4, 4, 4, 5, 6, 7, 7]
// CHECK-NEXT: [8, 8, 8, 9, 10, 11, 11]
// CHECK-NEXT: [8, 8, 8, 9, 10, 11, 11]
// CHECK-NEXT: [8, 8, 8, 9, 10, 11, 11]
func.func @edge_dynamic(%a0: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %r = plinth.pad edge %a0 {pads = array<i64: 1, 2, 2, 1>} : (tensor<?x?xf32>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

func.func @edge() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]]> : tensor<3x4xf32>
  %d0 = tensor.cast %in0 : tensor<3x4xf32> to tensor<?x?xf32>
  %r = call @edge_dynamic(%d0) : (tensor<?x?xf32>) -> tensor<?x?xf32>
  %u = tensor.cast %r : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// wrap [2, 3, 1, 5] (pads longer than the dim wrap again).
// CHECK-LABEL: sizes = [6, 12]
// CHECK-NEXT: [5, 6, 7, 4, 5, 6, 7, 4, 5, 6, 7, 4]
// CHECK-NEXT: [9, 10, 11, 8, 9, 10, 11, 8, 9, 10, 11, 8]
// CHECK-NEXT: [1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0]
// CHECK-NEXT: [5, 6, 7, 4, 5, 6, 7, 4, 5, 6, 7, 4]
// CHECK-NEXT: [9, 10, 11, 8, 9, 10, 11, 8, 9, 10, 11, 8]
// CHECK-NEXT: [1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0]
func.func @wrap() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]]> : tensor<3x4xf32>
  %r = plinth.pad wrap %in0 {pads = array<i64: 2, 3, 1, 5>} : (tensor<3x4xf32>) -> tensor<6x12xf32>
  %u = tensor.cast %r : tensor<6x12xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// constant, crop + pad of dynamic dims: [1, -1, -1, 2].
// CHECK-LABEL: sizes = [3, 5]
// CHECK-NEXT: [0, 0, 0, 0, 0]
// CHECK-NEXT: [1, 2, 3, 0, 0]
// CHECK-NEXT: [5, 6, 7, 0, 0]
func.func @dyn_crop_dynamic(%a0: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %r = plinth.pad constant %a0 {pads = array<i64: 1, -1, -1, 2>} : (tensor<?x?xf32>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

func.func @dyn_crop() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]]> : tensor<3x4xf32>
  %d0 = tensor.cast %in0 : tensor<3x4xf32> to tensor<?x?xf32>
  %r = call @dyn_crop_dynamic(%d0) : (tensor<?x?xf32>) -> tensor<?x?xf32>
  %u = tensor.cast %r : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// reflect [0, 2, 0, 1] of a ?x4 tensor.
// CHECK-LABEL: sizes = [3, 7]
// CHECK-NEXT: [2, 1, 0, 1, 2, 3, 2]
// CHECK-NEXT: [6, 5, 4, 5, 6, 7, 6]
// CHECK-NEXT: [10, 9, 8, 9, 10, 11, 10]
func.func @dyn_reflect_dynamic(%a0: tensor<?x4xf32>) -> tensor<?x7xf32> {
  %r = plinth.pad reflect %a0 {pads = array<i64: 0, 2, 0, 1>} : (tensor<?x4xf32>) -> tensor<?x7xf32>
  return %r : tensor<?x7xf32>
}

func.func @dyn_reflect() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]]> : tensor<3x4xf32>
  %d0 = tensor.cast %in0 : tensor<3x4xf32> to tensor<?x4xf32>
  %r = call @dyn_reflect_dynamic(%d0) : (tensor<?x4xf32>) -> tensor<?x7xf32>
  %u = tensor.cast %r : tensor<?x7xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @main() {
  call @constant() : () -> ()
  call @crop() : () -> ()
  call @reflect() : () -> ()
  call @edge() : () -> ()
  call @wrap() : () -> ()
  call @dyn_crop() : () -> ()
  call @dyn_reflect() : () -> ()
  return
}
