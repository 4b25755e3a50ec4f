// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.slice: extract_slice and reversed reads.
// Expected values: numpy / onnxruntime, written by data-reference.py.

func.func private @printMemrefF32(tensor<*xf32>)

// rows 1:3, columns 0:6:2 (clamped bounds from the importer).
// CHECK-LABEL: sizes = [2, 3]
// CHECK-NEXT: [6, 8, 10]
// CHECK-NEXT: [12, 14, 16]
func.func @static() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0, 5.0], [6.0, 7.0, 8.0, 9.0, 10.0, 11.0], [12.0, 13.0, 14.0, 15.0, 16.0, 17.0], [18.0, 19.0, 20.0, 21.0, 22.0, 23.0]]> : tensor<4x6xf32>
  %r = plinth.slice %in0 {axes = array<i64: 0, 1>, starts = array<i64: 1, 0>, ends = array<i64: 3, 6>, steps = array<i64: 1, 2>} : (tensor<4x6xf32>) -> tensor<2x3xf32>
  %u = tensor.cast %r : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// columns 5:0:-2 and rows 3::-3 (static).
// CHECK-LABEL: sizes = [2, 3]
// CHECK-NEXT: [23, 21, 19]
// CHECK-NEXT: [5, 3, 1]
func.func @negative_step() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0, 5.0], [6.0, 7.0, 8.0, 9.0, 10.0, 11.0], [12.0, 13.0, 14.0, 15.0, 16.0, 17.0], [18.0, 19.0, 20.0, 21.0, 22.0, 23.0]]> : tensor<4x6xf32>
  %r = plinth.slice %in0 {axes = array<i64: 0, 1>, starts = array<i64: 3, 5>, ends = array<i64: -5, 0>, steps = array<i64: -3, -2>} : (tensor<4x6xf32>) -> tensor<2x3xf32>
  %u = tensor.cast %r : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// run-time starts [-3, 1] and ends [100, -1] (ONNX clamping).
// CHECK-LABEL: sizes = [3, 2]
// CHECK-NEXT: [7, 9]
// CHECK-NEXT: [13, 15]
// CHECK-NEXT: [19, 21]
func.func @dyn_bounds_dynamic(%a0: tensor<4x6xf32>, %a1: tensor<2xi64>, %a2: tensor<2xi64>) -> tensor<?x?xf32> {
  %r = plinth.slice %a0 starts(%a1) ends(%a2) {axes = array<i64: 0, 1>, starts = array<i64: 0, 0>, ends = array<i64: 0, 0>, steps = array<i64: 1, 2>} : (tensor<4x6xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

func.func @dyn_bounds() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0, 5.0], [6.0, 7.0, 8.0, 9.0, 10.0, 11.0], [12.0, 13.0, 14.0, 15.0, 16.0, 17.0], [18.0, 19.0, 20.0, 21.0, 22.0, 23.0]]> : tensor<4x6xf32>
  %in1 = plinth.constant dense<[-3, 1]> : tensor<2xi64>
  %in2 = plinth.constant dense<[100, -1]> : tensor<2xi64>
  %d0 = tensor.cast %in0 : tensor<4x6xf32> to tensor<4x6xf32>
  %d1 = tensor.cast %in1 : tensor<2xi64> to tensor<2xi64>
  %d2 = tensor.cast %in2 : tensor<2xi64> to tensor<2xi64>
  %r = call @dyn_bounds_dynamic(%d0, %d1, %d2) : (tensor<4x6xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x?xf32>
  %u = tensor.cast %r : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// run-time starts [10, -1], ends [-100, 1], steps [-1, -2].
// CHECK-LABEL: sizes = [4, 2]
// CHECK-NEXT: [23, 21]
// CHECK-NEXT: [17, 15]
// CHECK-NEXT: [11, 9]
// CHECK-NEXT: [5, 3]
func.func @dyn_negative_dynamic(%a0: tensor<?x?xf32>, %a1: tensor<2xi64>, %a2: tensor<2xi64>) -> tensor<?x?xf32> {
  %r = plinth.slice %a0 starts(%a1) ends(%a2) {axes = array<i64: 0, 1>, starts = array<i64: 0, 0>, ends = array<i64: 0, 0>, steps = array<i64: -1, -2>} : (tensor<?x?xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

func.func @dyn_negative() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0, 5.0], [6.0, 7.0, 8.0, 9.0, 10.0, 11.0], [12.0, 13.0, 14.0, 15.0, 16.0, 17.0], [18.0, 19.0, 20.0, 21.0, 22.0, 23.0]]> : tensor<4x6xf32>
  %in1 = plinth.constant dense<[10, -1]> : tensor<2xi64>
  %in2 = plinth.constant dense<[-100, 1]> : tensor<2xi64>
  %d0 = tensor.cast %in0 : tensor<4x6xf32> to tensor<?x?xf32>
  %d1 = tensor.cast %in1 : tensor<2xi64> to tensor<2xi64>
  %d2 = tensor.cast %in2 : tensor<2xi64> to tensor<2xi64>
  %r = call @dyn_negative_dynamic(%d0, %d1, %d2) : (tensor<?x?xf32>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x?xf32>
  %u = tensor.cast %r : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// static bounds 1:-1 on a dynamic dim (clamped at run time).
// CHECK-LABEL: sizes = [4, 4]
// CHECK-NEXT: [1, 2, 3, 4]
// CHECK-NEXT: [7, 8, 9, 10]
// CHECK-NEXT: [13, 14, 15, 16]
// CHECK-NEXT: [19, 20, 21, 22]
func.func @dyn_dim_dynamic(%a0: tensor<4x?xf32>) -> tensor<4x?xf32> {
  %r = plinth.slice %a0 {axes = array<i64: 1>, starts = array<i64: 1>, ends = array<i64: -1>, steps = array<i64: 1>} : (tensor<4x?xf32>) -> tensor<4x?xf32>
  return %r : tensor<4x?xf32>
}

func.func @dyn_dim() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0, 5.0], [6.0, 7.0, 8.0, 9.0, 10.0, 11.0], [12.0, 13.0, 14.0, 15.0, 16.0, 17.0], [18.0, 19.0, 20.0, 21.0, 22.0, 23.0]]> : tensor<4x6xf32>
  %d0 = tensor.cast %in0 : tensor<4x6xf32> to tensor<4x?xf32>
  %r = call @dyn_dim_dynamic(%d0) : (tensor<4x?xf32>) -> tensor<4x?xf32>
  %u = tensor.cast %r : tensor<4x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// run-time bounds past the end: an empty result.
// CHECK-LABEL: sizes = [0, 6]
func.func @dyn_empty_dynamic(%a0: tensor<4x6xf32>, %a1: tensor<1xi64>, %a2: tensor<1xi64>) -> tensor<?x6xf32> {
  %r = plinth.slice %a0 starts(%a1) ends(%a2) {axes = array<i64: 0>, starts = array<i64: 0>, ends = array<i64: 0>, steps = array<i64: 1>} : (tensor<4x6xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<?x6xf32>
  return %r : tensor<?x6xf32>
}

func.func @dyn_empty() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0, 5.0], [6.0, 7.0, 8.0, 9.0, 10.0, 11.0], [12.0, 13.0, 14.0, 15.0, 16.0, 17.0], [18.0, 19.0, 20.0, 21.0, 22.0, 23.0]]> : tensor<4x6xf32>
  %in1 = plinth.constant dense<[7]> : tensor<1xi64>
  %in2 = plinth.constant dense<[9]> : tensor<1xi64>
  %d0 = tensor.cast %in0 : tensor<4x6xf32> to tensor<4x6xf32>
  %d1 = tensor.cast %in1 : tensor<1xi64> to tensor<1xi64>
  %d2 = tensor.cast %in2 : tensor<1xi64> to tensor<1xi64>
  %r = call @dyn_empty_dynamic(%d0, %d1, %d2) : (tensor<4x6xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<?x6xf32>
  %u = tensor.cast %r : tensor<?x6xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @main() {
  call @static() : () -> ()
  call @negative_step() : () -> ()
  call @dyn_bounds() : () -> ()
  call @dyn_negative() : () -> ()
  call @dyn_dim() : () -> ()
  call @dyn_empty() : () -> ()
  return
}
