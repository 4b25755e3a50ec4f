// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.trilu: select on linalg.index.
// Expected values: numpy / onnxruntime, written by data-reference.py.

func.func private @printMemrefF32(tensor<*xf32>)

// lower, diagonal -1.
// CHECK-LABEL: sizes = [2, 3, 4]
// CHECK-NEXT: [0, 0, 0, 0]
// CHECK-NEXT: [5, 0, 0, 0]
// CHECK-NEXT: [9, 10, 0, 0]
// CHECK-NEXT: [0, 0, 0, 0]
// CHECK-NEXT: [17, 0, 0, 0]
// CHECK-NEXT: [21, 22, 0, 0]
func.func @lower_0() {
  %in0 = plinth.constant dense<[[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0]], [[13.0, 14.0, 15.0, 16.0], [17.0, 18.0, 19.0, 20.0], [21.0, 22.0, 23.0, 24.0]]]> : tensor<2x3x4xf32>
  %r = plinth.trilu %in0 {diagonal = -1 : i64} : tensor<2x3x4xf32>
  %u = tensor.cast %r : tensor<2x3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// lower, diagonal 0.
// CHECK-LABEL: sizes = [2, 3, 4]
// CHECK-NEXT: [1, 0, 0, 0]
// CHECK-NEXT: [5, 6, 0, 0]
// CHECK-NEXT: [9, 10, 11, 0]
// CHECK-NEXT: [13, 0, 0, 0]
// CHECK-NEXT: [17, 18, 0, 0]
// CHECK-NEXT: [21, 22, 23, 0]
func.func @lower_1() {
  %in0 = plinth.constant dense<[[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0]], [[13.0, 14.0, 15.0, 16.0], [17.0, 18.0, 19.0, 20.0], [21.0, 22.0, 23.0, 24.0]]]> : tensor<2x3x4xf32>
  %r = plinth.trilu %in0 {diagonal = 0 : i64} : tensor<2x3x4xf32>
  %u = tensor.cast %r : tensor<2x3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// lower, diagonal 2.
// CHECK-LABEL: sizes = [2, 3, 4]
// CHECK-NEXT: [1, 2, 3, 0]
// CHECK-NEXT: [5, 6, 7, 8]
// CHECK-NEXT: [9, 10, 11, 12]
// CHECK-NEXT: [13, 14, 15, 0]
// CHECK-NEXT: [17, 18, 19, 20]
// CHECK-NEXT: [21, 22, 23, 24]
func.func @lower_3() {
  %in0 = plinth.constant dense<[[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0]], [[13.0, 14.0, 15.0, 16.0], [17.0, 18.0, 19.0, 20.0], [21.0, 22.0, 23.0, 24.0]]]> : tensor<2x3x4xf32>
  %r = plinth.trilu %in0 {diagonal = 2 : i64} : tensor<2x3x4xf32>
  %u = tensor.cast %r : tensor<2x3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// upper, diagonal -1.
// CHECK-LABEL: sizes = [2, 3, 4]
// CHECK-NEXT: [1, 2, 3, 4]
// CHECK-NEXT: [5, 6, 7, 8]
// CHECK-NEXT: [0, 10, 11, 12]
// CHECK-NEXT: [13, 14, 15, 16]
// CHECK-NEXT: [17, 18, 19, 20]
// CHECK-NEXT: [0, 22, 23, 24]
func.func @upper_0() {
  %in0 = plinth.constant dense<[[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0]], [[13.0, 14.0, 15.0, 16.0], [17.0, 18.0, 19.0, 20.0], [21.0, 22.0, 23.0, 24.0]]]> : tensor<2x3x4xf32>
  %r = plinth.trilu %in0 {upper, diagonal = -1 : i64} : tensor<2x3x4xf32>
  %u = tensor.cast %r : tensor<2x3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// upper, diagonal 0.
// CHECK-LABEL: sizes = [2, 3, 4]
// CHECK-NEXT: [1, 2, 3, 4]
// CHECK-NEXT: [0, 6, 7, 8]
// CHECK-NEXT: [0, 0, 11, 12]
// CHECK-NEXT: [13, 14, 15, 16]
// CHECK-NEXT: [0, 18, 19, 20]
// CHECK-NEXT: [0, 0, 23, 24]
func.func @upper_1() {
  %in0 = plinth.constant dense<[[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0]], [[13.0, 14.0, 15.0, 16.0], [17.0, 18.0, 19.0, 20.0], [21.0, 22.0, 23.0, 24.0]]]> : tensor<2x3x4xf32>
  %r = plinth.trilu %in0 {upper, diagonal = 0 : i64} : tensor<2x3x4xf32>
  %u = tensor.cast %r : tensor<2x3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// upper, diagonal 2.
// CHECK-LABEL: sizes = [2, 3, 4]
// CHECK-NEXT: [0, 0, 3, 4]
// CHECK-NEXT: [0, 0, 0, 8]
// CHECK-NEXT: [0, 0, 0, 0]
// CHECK-NEXT: [0, 0, 15, 16]
// CHECK-NEXT: [0, 0, 0, 20]
// CHECK-NEXT: [0, 0, 0, 0]
func.func @upper_3() {
  %in0 = plinth.constant dense<[[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0]], [[13.0, 14.0, 15.0, 16.0], [17.0, 18.0, 19.0, 20.0], [21.0, 22.0, 23.0, 24.0]]]> : tensor<2x3x4xf32>
  %r = plinth.trilu %in0 {upper, diagonal = 2 : i64} : tensor<2x3x4xf32>
  %u = tensor.cast %r : tensor<2x3x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// lower, diagonal 1, dynamic dims.
// CHECK-LABEL: sizes = [2, 3, 4]
// CHECK-NEXT: [1, 2, 0, 0]
// CHECK-NEXT: [5, 6, 7, 0]
// CHECK-NEXT: [9, 10, 11, 12]
// CHECK-NEXT: [13, 14, 0, 0]
// CHECK-NEXT: [17, 18, 19, 0]
// CHECK-NEXT: [21, 22, 23, 24]
func.func @dynamic_dynamic(%a0: tensor<?x?x?xf32>) -> tensor<?x?x?xf32> {
  %r = plinth.trilu %a0 {diagonal = 1 : i64} : tensor<?x?x?xf32>
  return %r : tensor<?x?x?xf32>
}

func.func @dynamic() {
  %in0 = plinth.constant dense<[[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0]], [[13.0, 14.0, 15.0, 16.0], [17.0, 18.0, 19.0, 20.0], [21.0, 22.0, 23.0, 24.0]]]> : tensor<2x3x4xf32>
  %d0 = tensor.cast %in0 : tensor<2x3x4xf32> to tensor<?x?x?xf32>
  %r = call @dynamic_dynamic(%d0) : (tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %u = tensor.cast %r : tensor<?x?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @main() {
  call @lower_0() : () -> ()
  call @lower_1() : () -> ()
  call @lower_3() : () -> ()
  call @upper_0() : () -> ()
  call @upper_1() : () -> ()
  call @upper_3() : () -> ()
  call @dynamic() : () -> ()
  return
}
