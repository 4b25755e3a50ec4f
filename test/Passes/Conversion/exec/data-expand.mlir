// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.expand: broadcast generics.
// Expected values: numpy / onnxruntime, written by data-reference.py.

func.func private @printMemrefF32(tensor<*xf32>)

// 3x1 -> 2x3x4.
// CHECK-LABEL: sizes = [2, 3, 4]
// CHECK-NEXT: [0, 0, 0, 0]
// CHECK-NEXT: [1, 1, 1, 1]
// CHECK-NEXT: [2, 2, 2, 2]
// CHECK-NEXT: [0, 0, 0, 0]
// CHECK-NEXT: [1, 1, 1, 1]
// CHECK-NEXT: [2, 2, 2, 2]
func.func @static() {
  %in0 = plinth.constant dense<[[0.0], [1.0], [2.0]]> : tensor<3x1xf32>
  %r = plinth.expand %in0 : (tensor<3x1xf32>) -> tensor<2x3x4xf32>
  %u = tensor.cast %r : tensor<2x3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// ?x1 with target [2, 3, 4]: dynamic result dims from the target.
// CHECK-LABEL: sizes = [2, 3, 4]
// CHECK-NEXT: [0, 0, 0, 0]
// CHECK-NEXT: [1, 1, 1, 1]
// CHECK-NEXT: [2, 2, 2, 2]
// CHECK-NEXT: [0, 0, 0, 0]
// CHECK-NEXT: [1, 1, 1, 1]
// CHECK-NEXT: [2, 2, 2, 2]
func.func @shape_dynamic(%a0: tensor<?x1xf32>, %a1: tensor<3xi64>) -> tensor<?x?x?xf32> {
  %r = plinth.expand %a0, %a1 : (tensor<?x1xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  return %r : tensor<?x?x?xf32>
}

func.func @shape() {
  %in0 = plinth.constant dense<[[0.0], [1.0], [2.0]]> : tensor<3x1xf32>
  %in1 = plinth.constant dense<[2, 3, 4]> : tensor<3xi64>
  %d0 = tensor.cast %in0 : tensor<3x1xf32> to tensor<?x1xf32>
  %d1 = tensor.cast %in1 : tensor<3xi64> to tensor<3xi64>
  %r = call @shape_dynamic(%d0, %d1) : (tensor<?x1xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  %u = tensor.cast %r : tensor<?x?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// ?x? input that is 1x4 at run time, target [3, 1]: broadcast the 1.
// CHECK-LABEL: sizes = [3, 4]
// CHECK-NEXT: [0, 1, 2, 3]
// CHECK-NEXT: [0, 1, 2, 3]
// CHECK-NEXT: [0, 1, 2, 3]
func.func @dyn_one_dynamic(%a0: tensor<?x?xf32>, %a1: tensor<2xi64>) -> tensor<?x?xf32> {
  %r = plinth.expand %a0, %a1 : (tensor<?x?xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

func.func @dyn_one() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0]]> : tensor<1x4xf32>
  %in1 = plinth.constant dense<[3, 1]> : tensor<2xi64>
  %d0 = tensor.cast %in0 : tensor<1x4xf32> to tensor<?x?xf32>
  %d1 = tensor.cast %in1 : tensor<2xi64> to tensor<2xi64>
  %r = call @dyn_one_dynamic(%d0, %d1) : (tensor<?x?xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  %u = tensor.cast %r : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// ?x4 input (1x4) into a static 2x4 result.
// CHECK-LABEL: sizes = [2, 4]
// CHECK-NEXT: [0, 1, 2, 3]
// CHECK-NEXT: [0, 1, 2, 3]
func.func @dyn_static_dynamic(%a0: tensor<?x4xf32>) -> tensor<2x4xf32> {
  %r = plinth.expand %a0 : (tensor<?x4xf32>) -> tensor<2x4xf32>
  return %r : tensor<2x4xf32>
}

func.func @dyn_static() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0]]> : tensor<1x4xf32>
  %d0 = tensor.cast %in0 : tensor<1x4xf32> to tensor<?x4xf32>
  %r = call @dyn_static_dynamic(%d0) : (tensor<?x4xf32>) -> tensor<2x4xf32>
  %u = tensor.cast %r : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @main() {
  call @static() : () -> ()
  call @shape() : () -> ()
  call @dyn_one() : () -> ()
  call @dyn_static() : () -> ()
  return
}
