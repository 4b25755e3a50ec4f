// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.scatter_nd: sequential scf.for over slices.
// Expected values: numpy / onnxruntime, written by data-reference.py.

func.func private @printMemrefF32(tensor<*xf32>)

// rows 2 and 0 replaced.
// CHECK-LABEL: sizes = [4, 3]
// CHECK-NEXT: [2, 7, -2]
// CHECK-NEXT: [3, 4, 5]
// CHECK-NEXT: [5, 9, 9]
// CHECK-NEXT: [9, 10, 11]
func.func @rows_none() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0], [9.0, 10.0, 11.0]]> : tensor<4x3xf32>
  %in1 = plinth.constant dense<[[2], [0]]> : tensor<2x1xi64>
  %in2 = plinth.constant dense<[[5.0, 9.0, 9.0], [2.0, 7.0, -2.0]]> : tensor<2x3xf32>
  %r = plinth.scatter_nd none %in0, %in1, %in2 : (tensor<4x3xf32>, tensor<2x1xi64>, tensor<2x3xf32>) -> tensor<4x3xf32>
  %u = tensor.cast %r : tensor<4x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// rows, reduction add, row 1 twice.
// CHECK-LABEL: sizes = [4, 3]
// CHECK-NEXT: [0, 1, 2]
// CHECK-NEXT: [1, 13, 13]
// CHECK-NEXT: [6, 7, 8]
// CHECK-NEXT: [11, 17, 9]
func.func @rows_add() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0], [9.0, 10.0, 11.0]]> : tensor<4x3xf32>
  %in1 = plinth.constant dense<[[1], [3], [1]]> : tensor<3x1xi64>
  %in2 = plinth.constant dense<[[5.0, 9.0, 9.0], [2.0, 7.0, -2.0], [-7.0, 0.0, -1.0]]> : tensor<3x3xf32>
  %r = plinth.scatter_nd add %in0, %in1, %in2 : (tensor<4x3xf32>, tensor<3x1xi64>, tensor<3x3xf32>) -> tensor<4x3xf32>
  %u = tensor.cast %r : tensor<4x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// rows, reduction mul, row 1 twice.
// CHECK-LABEL: sizes = [4, 3]
// CHECK-NEXT: [0, 1, 2]
// CHECK-NEXT: [-105, 0, -45]
// CHECK-NEXT: [6, 7, 8]
// CHECK-NEXT: [18, 70, -22]
func.func @rows_mul() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0], [9.0, 10.0, 11.0]]> : tensor<4x3xf32>
  %in1 = plinth.constant dense<[[1], [3], [1]]> : tensor<3x1xi64>
  %in2 = plinth.constant dense<[[5.0, 9.0, 9.0], [2.0, 7.0, -2.0], [-7.0, 0.0, -1.0]]> : tensor<3x3xf32>
  %r = plinth.scatter_nd mul %in0, %in1, %in2 : (tensor<4x3xf32>, tensor<3x1xi64>, tensor<3x3xf32>) -> tensor<4x3xf32>
  %u = tensor.cast %r : tensor<4x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// rows, reduction max, row 1 twice.
// CHECK-LABEL: sizes = [4, 3]
// CHECK-NEXT: [0, 1, 2]
// CHECK-NEXT: [5, 9, 9]
// CHECK-NEXT: [6, 7, 8]
// CHECK-NEXT: [9, 10, 11]
func.func @rows_max() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0], [9.0, 10.0, 11.0]]> : tensor<4x3xf32>
  %in1 = plinth.constant dense<[[1], [3], [1]]> : tensor<3x1xi64>
  %in2 = plinth.constant dense<[[5.0, 9.0, 9.0], [2.0, 7.0, -2.0], [-7.0, 0.0, -1.0]]> : tensor<3x3xf32>
  %r = plinth.scatter_nd max %in0, %in1, %in2 : (tensor<4x3xf32>, tensor<3x1xi64>, tensor<3x3xf32>) -> tensor<4x3xf32>
  %u = tensor.cast %r : tensor<4x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// rows, reduction min, row 1 twice.
// CHECK-LABEL: sizes = [4, 3]
// CHECK-NEXT: [0, 1, 2]
// CHECK-NEXT: [-7, 0, -1]
// CHECK-NEXT: [6, 7, 8]
// CHECK-NEXT: [2, 7, -2]
func.func @rows_min() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0], [9.0, 10.0, 11.0]]> : tensor<4x3xf32>
  %in1 = plinth.constant dense<[[1], [3], [1]]> : tensor<3x1xi64>
  %in2 = plinth.constant dense<[[5.0, 9.0, 9.0], [2.0, 7.0, -2.0], [-7.0, 0.0, -1.0]]> : tensor<3x3xf32>
  %r = plinth.scatter_nd min %in0, %in1, %in2 : (tensor<4x3xf32>, tensor<3x1xi64>, tensor<3x3xf32>) -> tensor<4x3xf32>
  %u = tensor.cast %r : tensor<4x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// element pairs (one negative), add, dynamic.
// CHECK-LABEL: sizes = [4, 3]
// CHECK-NEXT: [0, 0, 2]
// CHECK-NEXT: [3, 4, 5]
// CHECK-NEXT: [6, 7, 8]
// CHECK-NEXT: [9, 10, 20]
func.func @elements_dynamic_dynamic(%a0: tensor<?x?xf32>, %a1: tensor<?x2xi64>, %a2: tensor<?xf32>) -> tensor<?x?xf32> {
  %r = plinth.scatter_nd add %a0, %a1, %a2 : (tensor<?x?xf32>, tensor<?x2xi64>, tensor<?xf32>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

func.func @elements_dynamic() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0], [9.0, 10.0, 11.0]]> : tensor<4x3xf32>
  %in1 = plinth.constant dense<[[0, 1], [-1, 2], [0, 1]]> : tensor<3x2xi64>
  %in2 = plinth.constant dense<[3.0, 9.0, -4.0]> : tensor<3xf32>
  %d0 = tensor.cast %in0 : tensor<4x3xf32> to tensor<?x?xf32>
  %d1 = tensor.cast %in1 : tensor<3x2xi64> to tensor<?x2xi64>
  %d2 = tensor.cast %in2 : tensor<3xf32> to tensor<?xf32>
  %r = call @elements_dynamic_dynamic(%d0, %d1, %d2) : (tensor<?x?xf32>, tensor<?x2xi64>, tensor<?xf32>) -> tensor<?x?xf32>
  %u = tensor.cast %r : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @main() {
  call @rows_none() : () -> ()
  call @rows_add() : () -> ()
  call @rows_mul() : () -> ()
  call @rows_max() : () -> ()
  call @rows_min() : () -> ()
  call @elements_dynamic() : () -> ()
  return
}
