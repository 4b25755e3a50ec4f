// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.scatter_elements: sequential scf.for.
// Expected values: numpy / onnxruntime, written by data-reference.py.

func.func private @printMemrefF32(tensor<*xf32>)

// axis 1, reduction none, duplicate index 0 in row 1.
// CHECK-LABEL: sizes = [3, 4]
// CHECK-NEXT: [0, 4, 2, -9]
// CHECK-NEXT: [-7, 5, 6, 7]
// CHECK-NEXT: [8, 9, 8, -2]
func.func @axis1_none() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]]> : tensor<3x4xf32>
  %in1 = plinth.constant dense<[[1, 3], [0, 0], [-1, 2]]> : tensor<3x2xi64>
  %in2 = plinth.constant dense<[[4.0, -9.0], [0.0, -7.0], [-2.0, 8.0]]> : tensor<3x2xf32>
  %r = plinth.scatter_elements none %in0, %in1, %in2 {axis = 1 : i64} : (tensor<3x4xf32>, tensor<3x2xi64>, tensor<3x2xf32>) -> tensor<3x4xf32>
  %u = tensor.cast %r : tensor<3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// axis 1, reduction add, duplicate index 0 in row 1.
// CHECK-LABEL: sizes = [3, 4]
// CHECK-NEXT: [0, 5, 2, -6]
// CHECK-NEXT: [-3, 5, 6, 7]
// CHECK-NEXT: [8, 9, 18, 9]
func.func @axis1_add() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]]> : tensor<3x4xf32>
  %in1 = plinth.constant dense<[[1, 3], [0, 0], [-1, 2]]> : tensor<3x2xi64>
  %in2 = plinth.constant dense<[[4.0, -9.0], [0.0, -7.0], [-2.0, 8.0]]> : tensor<3x2xf32>
  %r = plinth.scatter_elements add %in0, %in1, %in2 {axis = 1 : i64} : (tensor<3x4xf32>, tensor<3x2xi64>, tensor<3x2xf32>) -> tensor<3x4xf32>
  %u = tensor.cast %r : tensor<3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// axis 1, reduction mul, duplicate index 0 in row 1.
// CHECK-LABEL: sizes = [3, 4]
// CHECK-NEXT: [0, 4, 2, -27]
// CHECK-NEXT: [-0, 5, 6, 7]
// CHECK-NEXT: [8, 9, 80, -22]
func.func @axis1_mul() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]]> : tensor<3x4xf32>
  %in1 = plinth.constant dense<[[1, 3], [0, 0], [-1, 2]]> : tensor<3x2xi64>
  %in2 = plinth.constant dense<[[4.0, -9.0], [0.0, -7.0], [-2.0, 8.0]]> : tensor<3x2xf32>
  %r = plinth.scatter_elements mul %in0, %in1, %in2 {axis = 1 : i64} : (tensor<3x4xf32>, tensor<3x2xi64>, tensor<3x2xf32>) -> tensor<3x4xf32>
  %u = tensor.cast %r : tensor<3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// axis 1, reduction max, duplicate index 0 in row 1.
// CHECK-LABEL: sizes = [3, 4]
// CHECK-NEXT: [0, 4, 2, 3]
// CHECK-NEXT: [4, 5, 6, 7]
// CHECK-NEXT: [8, 9, 10, 11]
func.func @axis1_max() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]]> : tensor<3x4xf32>
  %in1 = plinth.constant dense<[[1, 3], [0, 0], [-1, 2]]> : tensor<3x2xi64>
  %in2 = plinth.constant dense<[[4.0, -9.0], [0.0, -7.0], [-2.0, 8.0]]> : tensor<3x2xf32>
  %r = plinth.scatter_elements max %in0, %in1, %in2 {axis = 1 : i64} : (tensor<3x4xf32>, tensor<3x2xi64>, tensor<3x2xf32>) -> tensor<3x4xf32>
  %u = tensor.cast %r : tensor<3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// axis 1, reduction min, duplicate index 0 in row 1.
// CHECK-LABEL: sizes = [3, 4]
// CHECK-NEXT: [0, 1, 2, -9]
// CHECK-NEXT: [-7, 5, 6, 7]
// CHECK-NEXT: [8, 9, 8, -2]
func.func @axis1_min() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]]> : tensor<3x4xf32>
  %in1 = plinth.constant dense<[[1, 3], [0, 0], [-1, 2]]> : tensor<3x2xi64>
  %in2 = plinth.constant dense<[[4.0, -9.0], [0.0, -7.0], [-2.0, 8.0]]> : tensor<3x2xf32>
  %r = plinth.scatter_elements min %in0, %in1, %in2 {axis = 1 : i64} : (tensor<3x4xf32>, tensor<3x2xi64>, tensor<3x2xf32>) -> tensor<3x4xf32>
  %u = tensor.cast %r : tensor<3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// axis 0 of dynamic tensors, reduction add.
// CHECK-LABEL: sizes = [3, 4]
// CHECK-NEXT: [0, -7, 2, 3]
// CHECK-NEXT: [4, 5, 7, 7]
// CHECK-NEXT: [9, 9, 10, 4]
func.func @axis0_dynamic_dynamic(%a0: tensor<?x?xf32>, %a1: tensor<?x?xi64>, %a2: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %r = plinth.scatter_elements add %a0, %a1, %a2 {axis = 0 : i64} : (tensor<?x?xf32>, tensor<?x?xi64>, tensor<?x?xf32>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

func.func @axis0_dynamic() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]]> : tensor<3x4xf32>
  %in1 = plinth.constant dense<[[2, 0, 1, 2]]> : tensor<1x4xi64>
  %in2 = plinth.constant dense<[[1.0, -8.0, 1.0, -7.0]]> : tensor<1x4xf32>
  %d0 = tensor.cast %in0 : tensor<3x4xf32> to tensor<?x?xf32>
  %d1 = tensor.cast %in1 : tensor<1x4xi64> to tensor<?x?xi64>
  %d2 = tensor.cast %in2 : tensor<1x4xf32> to tensor<?x?xf32>
  %r = call @axis0_dynamic_dynamic(%d0, %d1, %d2) : (tensor<?x?xf32>, tensor<?x?xi64>, tensor<?x?xf32>) -> tensor<?x?xf32>
  %u = tensor.cast %r : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @main() {
  call @axis1_none() : () -> ()
  call @axis1_add() : () -> ()
  call @axis1_mul() : () -> ()
  call @axis1_max() : () -> ()
  call @axis1_min() : () -> ()
  call @axis0_dynamic() : () -> ()
  return
}
