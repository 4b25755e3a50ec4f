// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.topk lowered to linalg and run.
// Expected values: numpy / onnxruntime, written by reduce-reference.py.

// case0: k 3 axis 1 largest True: ties lower index first, NaN above +inf (onnxruntime TopK)
// CHECK: sizes = [3, 3] strides
// CHECK-NEXT: {{\[\[}}4, 3, 2],
// CHECK-NEXT: [{{-?nan}}, 4, 3],
// CHECK-NEXT: [{{-?nan}}, {{-?nan}}, 4]]
// CHECK: sizes = [3, 3] strides
// CHECK-NEXT: {{\[\[}}4, 2, 3],
// CHECK-NEXT: [2, 5, 3],
// CHECK-NEXT: [0, 5, 6]]
// case1: k 3 axis 1 largest False: ties lower index first, NaN above +inf (onnxruntime TopK)
// CHECK: sizes = [3, 3] strides
// CHECK-NEXT: {{\[\[}}0, 0, 0],
// CHECK-NEXT: [1, 1, 2],
// CHECK-NEXT: [0, 2, 2]]
// CHECK: sizes = [3, 3] strides
// CHECK-NEXT: {{\[\[}}1, 5, 6],
// CHECK-NEXT: [0, 1, 4],
// CHECK-NEXT: [4, 1, 2]]
// case2: k 2 axis 0 largest True: ties lower index first, NaN above +inf (onnxruntime TopK)
// CHECK: sizes = [2, 7] strides
// CHECK-NEXT: {{\[\[}}{{-?nan}}, 2, {{-?nan}}, 3, 4, {{-?nan}}, 4],
// CHECK-NEXT: [1, 1, 3, 3, 2, 4, 3]]
// CHECK: sizes = [2, 7] strides
// CHECK-NEXT: {{\[\[}}2, 2, 1, 1, 0, 2, 2],
// CHECK-NEXT: [0, 1, 0, 2, 1, 1, 1]]
// case3: k 7 axis -1 largest False: ties lower index first, NaN above +inf (onnxruntime TopK)
// CHECK: sizes = [3, 7] strides
// CHECK-NEXT: {{\[\[}}0, 0, 0, 1, 2, 3, 4],
// CHECK-NEXT: [1, 1, 2, 3, 3, 4, {{-?nan}}],
// CHECK-NEXT: [0, 2, 2, 3, 4, {{-?nan}}, {{-?nan}}]]
// CHECK: sizes = [3, 7] strides
// CHECK-NEXT: {{\[\[}}1, 5, 6, 0, 3, 2, 4],
// CHECK-NEXT: [0, 1, 4, 3, 6, 5, 2],
// CHECK-NEXT: [4, 1, 2, 3, 6, 0, 5]]
// case4: k 1 axis 0 largest False: ties lower index first, NaN above +inf (onnxruntime TopK)
// CHECK: sizes = [1, 7] strides
// CHECK-NEXT: {{\[\[}}1, 0, 2, 2, 0, 0, 0]]
// CHECK: sizes = [1, 7] strides
// CHECK-NEXT: {{\[\[}}0, 0, 2, 0, 2, 0, 0]]
// case5: k 3 with dynamic dims (onnxruntime TopK)
// CHECK: sizes = [3, 3] strides
// CHECK-NEXT: {{\[\[}}4, 3, 2],
// CHECK-NEXT: [{{-?nan}}, 4, 3],
// CHECK-NEXT: [{{-?nan}}, {{-?nan}}, 4]]
// CHECK: sizes = [3, 3] strides
// CHECK-NEXT: {{\[\[}}4, 2, 3],
// CHECK-NEXT: [2, 5, 3],
// CHECK-NEXT: [0, 5, 6]]
// case6: ui8 is unsigned (numpy)
// CHECK: sizes = [1, 3] strides
// CHECK-NEXT: {{\[\[}}200, 200, 5]]
// CHECK: sizes = [1, 3] strides
// CHECK-NEXT: {{\[\[}}1, 3, 0]]
// case7: i8, same bits, signed (numpy)
// CHECK: sizes = [1, 3] strides
// CHECK-NEXT: {{\[\[}}5, 3, 0]]
// CHECK: sizes = [1, 3] strides
// CHECK-NEXT: {{\[\[}}0, 2, 4]]
// case8: k 3 above the run-time axis size 2: ONNX error, defined here as index -1 and value 0 for the missing entries (onnxruntime TopK k=2)
// CHECK: sizes = [3, 3] strides
// CHECK-NEXT: {{\[\[}}1, 0, 0],
// CHECK-NEXT: [1, 1, 0],
// CHECK-NEXT: [{{-?nan}}, 2, 0]]
// CHECK: sizes = [3, 3] strides
// CHECK-NEXT: {{\[\[}}0, 1, -1],
// CHECK-NEXT: [0, 1, -1],
// CHECK-NEXT: [0, 1, -1]]

func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI32(tensor<*xi32>)
func.func private @printMemrefI64(tensor<*xi64>)

func.func @case0() {
  %in0 = plinth.constant dense<[[1.0, 0.0, 3.0, 2.0, 4.0, 0.0, 0.0], [1.0, 1.0, 0x7FC00000, 3.0, 2.0, 4.0, 3.0], [0x7FC00000, 2.0, 2.0, 3.0, 0.0, 0x7FC00000, 4.0]]> : tensor<3x7xf32>
  %r:2 = plinth.topk %in0 {k = 3 : i64, axis = 1 : i64, largest = true, sorted = true} : (tensor<3x7xf32>) -> (tensor<3x3xf32>, tensor<3x3xi64>)
  %u0 = tensor.cast %r#0 : tensor<3x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  %u1 = tensor.cast %r#1 : tensor<3x3xi64> to tensor<*xi64>
  call @printMemrefI64(%u1) : (tensor<*xi64>) -> ()
  return
}

func.func @case1() {
  %in0 = plinth.constant dense<[[1.0, 0.0, 3.0, 2.0, 4.0, 0.0, 0.0], [1.0, 1.0, 0x7FC00000, 3.0, 2.0, 4.0, 3.0], [0x7FC00000, 2.0, 2.0, 3.0, 0.0, 0x7FC00000, 4.0]]> : tensor<3x7xf32>
  %r:2 = plinth.topk %in0 {k = 3 : i64, axis = 1 : i64, largest = false, sorted = true} : (tensor<3x7xf32>) -> (tensor<3x3xf32>, tensor<3x3xi64>)
  %u0 = tensor.cast %r#0 : tensor<3x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  %u1 = tensor.cast %r#1 : tensor<3x3xi64> to tensor<*xi64>
  call @printMemrefI64(%u1) : (tensor<*xi64>) -> ()
  return
}

func.func @case2() {
  %in0 = plinth.constant dense<[[1.0, 0.0, 3.0, 2.0, 4.0, 0.0, 0.0], [1.0, 1.0, 0x7FC00000, 3.0, 2.0, 4.0, 3.0], [0x7FC00000, 2.0, 2.0, 3.0, 0.0, 0x7FC00000, 4.0]]> : tensor<3x7xf32>
  %r:2 = plinth.topk %in0 {k = 2 : i64, axis = 0 : i64, largest = true, sorted = true} : (tensor<3x7xf32>) -> (tensor<2x7xf32>, tensor<2x7xi64>)
  %u0 = tensor.cast %r#0 : tensor<2x7xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  %u1 = tensor.cast %r#1 : tensor<2x7xi64> to tensor<*xi64>
  call @printMemrefI64(%u1) : (tensor<*xi64>) -> ()
  return
}

func.func @case3() {
  %in0 = plinth.constant dense<[[1.0, 0.0, 3.0, 2.0, 4.0, 0.0, 0.0], [1.0, 1.0, 0x7FC00000, 3.0, 2.0, 4.0, 3.0], [0x7FC00000, 2.0, 2.0, 3.0, 0.0, 0x7FC00000, 4.0]]> : tensor<3x7xf32>
  %r:2 = plinth.topk %in0 {k = 7 : i64, axis = -1 : i64, largest = false, sorted = true} : (tensor<3x7xf32>) -> (tensor<3x7xf32>, tensor<3x7xi64>)
  %u0 = tensor.cast %r#0 : tensor<3x7xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  %u1 = tensor.cast %r#1 : tensor<3x7xi64> to tensor<*xi64>
  call @printMemrefI64(%u1) : (tensor<*xi64>) -> ()
  return
}

func.func @case4() {
  %in0 = plinth.constant dense<[[1.0, 0.0, 3.0, 2.0, 4.0, 0.0, 0.0], [1.0, 1.0, 0x7FC00000, 3.0, 2.0, 4.0, 3.0], [0x7FC00000, 2.0, 2.0, 3.0, 0.0, 0x7FC00000, 4.0]]> : tensor<3x7xf32>
  %r:2 = plinth.topk %in0 {k = 1 : i64, axis = 0 : i64, largest = false, sorted = true} : (tensor<3x7xf32>) -> (tensor<1x7xf32>, tensor<1x7xi64>)
  %u0 = tensor.cast %r#0 : tensor<1x7xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  %u1 = tensor.cast %r#1 : tensor<1x7xi64> to tensor<*xi64>
  call @printMemrefI64(%u1) : (tensor<*xi64>) -> ()
  return
}

func.func @case5_dynamic(%a0: tensor<?x?xf32>) -> (tensor<?x3xf32>, tensor<?x3xi64>) {
  %r:2 = plinth.topk %a0 {k = 3 : i64, axis = 1 : i64, largest = true, sorted = true} : (tensor<?x?xf32>) -> (tensor<?x3xf32>, tensor<?x3xi64>)
  return %r#0, %r#1 : tensor<?x3xf32>, tensor<?x3xi64>
}

func.func @case5() {
  %in0 = plinth.constant dense<[[1.0, 0.0, 3.0, 2.0, 4.0, 0.0, 0.0], [1.0, 1.0, 0x7FC00000, 3.0, 2.0, 4.0, 3.0], [0x7FC00000, 2.0, 2.0, 3.0, 0.0, 0x7FC00000, 4.0]]> : tensor<3x7xf32>
  %d0 = tensor.cast %in0 : tensor<3x7xf32> to tensor<?x?xf32>
  %r:2 = call @case5_dynamic(%d0) : (tensor<?x?xf32>) -> (tensor<?x3xf32>, tensor<?x3xi64>)
  %u0 = tensor.cast %r#0 : tensor<?x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  %u1 = tensor.cast %r#1 : tensor<?x3xi64> to tensor<*xi64>
  call @printMemrefI64(%u1) : (tensor<*xi64>) -> ()
  return
}

func.func @case6() {
  %in0 = plinth.constant dense<[[5, 200, 3, 200, 0]]> : tensor<1x5xui8>
  %r:2 = plinth.topk %in0 {k = 3 : i64, axis = 1 : i64, largest = true, sorted = true} : (tensor<1x5xui8>) -> (tensor<1x3xui8>, tensor<1x3xi64>)
  %p0 = plinth.cast %r#0 : tensor<1x3xui8> to tensor<1x3xi32>
  %u0 = tensor.cast %p0 : tensor<1x3xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  %u1 = tensor.cast %r#1 : tensor<1x3xi64> to tensor<*xi64>
  call @printMemrefI64(%u1) : (tensor<*xi64>) -> ()
  return
}

func.func @case7() {
  %in0 = plinth.constant dense<[[5, -56, 3, -56, 0]]> : tensor<1x5xi8>
  %r:2 = plinth.topk %in0 {k = 3 : i64, axis = 1 : i64, largest = true, sorted = true} : (tensor<1x5xi8>) -> (tensor<1x3xi8>, tensor<1x3xi64>)
  %p0 = plinth.cast %r#0 : tensor<1x3xi8> to tensor<1x3xi32>
  %u0 = tensor.cast %p0 : tensor<1x3xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  %u1 = tensor.cast %r#1 : tensor<1x3xi64> to tensor<*xi64>
  call @printMemrefI64(%u1) : (tensor<*xi64>) -> ()
  return
}

func.func @case8_dynamic(%a0: tensor<?x?xf32>) -> (tensor<?x3xf32>, tensor<?x3xi64>) {
  %r:2 = plinth.topk %a0 {k = 3 : i64, axis = 1 : i64, largest = true, sorted = true} : (tensor<?x?xf32>) -> (tensor<?x3xf32>, tensor<?x3xi64>)
  return %r#0, %r#1 : tensor<?x3xf32>, tensor<?x3xi64>
}

func.func @case8() {
  %in0 = plinth.constant dense<[[1.0, 0.0], [1.0, 1.0], [0x7FC00000, 2.0]]> : tensor<3x2xf32>
  %d0 = tensor.cast %in0 : tensor<3x2xf32> to tensor<?x?xf32>
  %r:2 = call @case8_dynamic(%d0) : (tensor<?x?xf32>) -> (tensor<?x3xf32>, tensor<?x3xi64>)
  %u0 = tensor.cast %r#0 : tensor<?x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  %u1 = tensor.cast %r#1 : tensor<?x3xi64> to tensor<*xi64>
  call @printMemrefI64(%u1) : (tensor<*xi64>) -> ()
  return
}

func.func @main() {
  call @case0() : () -> ()
  call @case1() : () -> ()
  call @case2() : () -> ()
  call @case3() : () -> ()
  call @case4() : () -> ()
  call @case5() : () -> ()
  call @case6() : () -> ()
  call @case7() : () -> ()
  call @case8() : () -> ()
  return
}
