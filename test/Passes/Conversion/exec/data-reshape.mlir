// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.reshape: collapse/expand_shape, tensor.reshape.
// Expected values: numpy / onnxruntime, written by data-reference.py.

func.func private @printMemrefF32(tensor<*xf32>)

// 2x3x4 -> 6x2x2: collapse_shape + expand_shape.
// CHECK-LABEL: sizes = [6, 2, 2]
// CHECK-NEXT: [0, 1]
// CHECK-NEXT: [2, 3]
// CHECK-NEXT: [4, 5]
// CHECK-NEXT: [6, 7]
// CHECK-NEXT: [8, 9]
// CHECK-NEXT: [10, 11]
// CHECK-NEXT: [12, 13]
// CHECK-NEXT: [14, 15]
// CHECK-NEXT: [16, 17]
// CHECK-NEXT: [18, 19]
// CHECK-NEXT: [20, 21]
// CHECK-NEXT: [22, 23]
func.func @regroup() {
  %in0 = plinth.constant dense<[[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]], [[12.0, 13.0, 14.0, 15.0], [16.0, 17.0, 18.0, 19.0], [20.0, 21.0, 22.0, 23.0]]]> : tensor<2x3x4xf32>
  %r = plinth.reshape %in0 : (tensor<2x3x4xf32>) -> tensor<6x2x2xf32>
  %u = tensor.cast %r : tensor<6x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// 2x6 -> 3x4 (no common dims): collapse to 12, expand.
// CHECK-LABEL: sizes = [3, 4]
// CHECK-NEXT: [0, 1, 2, 3]
// CHECK-NEXT: [4, 5, 6, 7]
// CHECK-NEXT: [8, 9, 10, 11]
func.func @mixed() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0, 5.0], [6.0, 7.0, 8.0, 9.0, 10.0, 11.0]]> : tensor<2x6xf32>
  %r = plinth.reshape %in0 : (tensor<2x6xf32>) -> tensor<3x4xf32>
  %u = tensor.cast %r : tensor<3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// ?x12 -> ?x3x4 without a shape operand (regroup).
// CHECK-LABEL: sizes = [2, 3, 4]
// CHECK-NEXT: [0, 1, 2, 3]
// CHECK-NEXT: [4, 5, 6, 7]
// CHECK-NEXT: [8, 9, 10, 11]
// CHECK-NEXT: [12, 13, 14, 15]
// CHECK-NEXT: [16, 17, 18, 19]
// CHECK-NEXT: [20, 21, 22, 23]
func.func @dyn_regroup_dynamic(%a0: tensor<?x12xf32>) -> tensor<?x3x4xf32> {
  %r = plinth.reshape %a0 : (tensor<?x12xf32>) -> tensor<?x3x4xf32>
  return %r : tensor<?x3x4xf32>
}

func.func @dyn_regroup() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0], [12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0]]> : tensor<2x12xf32>
  %d0 = tensor.cast %in0 : tensor<2x12xf32> to tensor<?x12xf32>
  %r = call @dyn_regroup_dynamic(%d0) : (tensor<?x12xf32>) -> tensor<?x3x4xf32>
  %u = tensor.cast %r : tensor<?x3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// ?x?x4 -> ?x4 (Flatten): collapse of the two dynamic dims.
// CHECK-LABEL: sizes = [6, 4]
// CHECK-NEXT: [0, 1, 2, 3]
// CHECK-NEXT: [4, 5, 6, 7]
// CHECK-NEXT: [8, 9, 10, 11]
// CHECK-NEXT: [12, 13, 14, 15]
// CHECK-NEXT: [16, 17, 18, 19]
// CHECK-NEXT: [20, 21, 22, 23]
func.func @dyn_collapse_dynamic(%a0: tensor<?x?x4xf32>) -> tensor<?x4xf32> {
  %r = plinth.reshape %a0 : (tensor<?x?x4xf32>) -> tensor<?x4xf32>
  return %r : tensor<?x4xf32>
}

func.func @dyn_collapse() {
  %in0 = plinth.constant dense<[[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]], [[12.0, 13.0, 14.0, 15.0], [16.0, 17.0, 18.0, 19.0], [20.0, 21.0, 22.0, 23.0]]]> : tensor<2x3x4xf32>
  %d0 = tensor.cast %in0 : tensor<2x3x4xf32> to tensor<?x?x4xf32>
  %r = call @dyn_collapse_dynamic(%d0) : (tensor<?x?x4xf32>) -> tensor<?x4xf32>
  %u = tensor.cast %r : tensor<?x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// ?x? -> ?x? with shape [4, 3]: tensor.reshape, checked count.
// CHECK-LABEL: sizes = [4, 3]
// CHECK-NEXT: [0, 1, 2]
// CHECK-NEXT: [3, 4, 5]
// CHECK-NEXT: [6, 7, 8]
// CHECK-NEXT: [9, 10, 11]
func.func @dyn_shape_dynamic(%a0: tensor<?x?xf32>, %a1: tensor<2xi64>) -> tensor<?x?xf32> {
  %r = plinth.reshape %a0, %a1 : (tensor<?x?xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

func.func @dyn_shape() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0, 5.0], [6.0, 7.0, 8.0, 9.0, 10.0, 11.0]]> : tensor<2x6xf32>
  %in1 = plinth.constant dense<[4, 3]> : tensor<2xi64>
  %d0 = tensor.cast %in0 : tensor<2x6xf32> to tensor<?x?xf32>
  %d1 = tensor.cast %in1 : tensor<2xi64> to tensor<2xi64>
  %r = call @dyn_shape_dynamic(%d0, %d1) : (tensor<?x?xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  %u = tensor.cast %r : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// ?x? -> 3x? with shape [3, 4]: regroup (one dynamic dim).
// CHECK-LABEL: sizes = [3, 4]
// CHECK-NEXT: [0, 1, 2, 3]
// CHECK-NEXT: [4, 5, 6, 7]
// CHECK-NEXT: [8, 9, 10, 11]
func.func @dyn_shape_one_dynamic(%a0: tensor<?x?xf32>, %a1: tensor<2xi64>) -> tensor<3x?xf32> {
  %r = plinth.reshape %a0, %a1 : (tensor<?x?xf32>, tensor<2xi64>) -> tensor<3x?xf32>
  return %r : tensor<3x?xf32>
}

func.func @dyn_shape_one() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0, 5.0], [6.0, 7.0, 8.0, 9.0, 10.0, 11.0]]> : tensor<2x6xf32>
  %in1 = plinth.constant dense<[3, 4]> : tensor<2xi64>
  %d0 = tensor.cast %in0 : tensor<2x6xf32> to tensor<?x?xf32>
  %d1 = tensor.cast %in1 : tensor<2xi64> to tensor<2xi64>
  %r = call @dyn_shape_one_dynamic(%d0, %d1) : (tensor<?x?xf32>, tensor<2xi64>) -> tensor<3x?xf32>
  %u = tensor.cast %r : tensor<3x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @main() {
  call @regroup() : () -> ()
  call @mixed() : () -> ()
  call @dyn_regroup() : () -> ()
  call @dyn_collapse() : () -> ()
  call @dyn_shape() : () -> ()
  call @dyn_shape_one() : () -> ()
  return
}
