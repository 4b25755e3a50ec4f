// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.arg_reduce lowered to linalg and run.
// Expected values: numpy / onnxruntime, written by reduce-reference.py.

// case0: argmax axis 1 keep_dims False last index False (onnxruntime ArgMax)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}1, 0, 1, 2],
// CHECK-NEXT: [0, 0, 0, 1]]
// case1: argmax axis 1 keep_dims False last index True (onnxruntime ArgMax)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}1, 2, 1, 2],
// CHECK-NEXT: [2, 2, 2, 1]]
// case2: argmax axis -1 keep_dims True last index False (onnxruntime ArgMax)
// CHECK: sizes = [2, 3, 1] strides
// CHECK-NEXT: {{\[\[\[}}0],
// CHECK-NEXT: [0],
// CHECK-NEXT: [3]],
// CHECK-NEXT: {{\[\[}}1],
// CHECK-NEXT: [3],
// CHECK-NEXT: [1]]]
// case3: argmax axis 0 keep_dims True last index True (onnxruntime ArgMax)
// CHECK: sizes = [1, 3, 4] strides
// CHECK-NEXT: {{\[\[\[}}1, 1, 1, 1],
// CHECK-NEXT: [0, 1, 0, 1],
// CHECK-NEXT: [1, 1, 1, 0]]]
// case4: argmin axis 1 keep_dims False last index False (onnxruntime ArgMin)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}0, 1, 0, 0],
// CHECK-NEXT: [0, 1, 0, 0]]
// case5: argmin axis 1 keep_dims False last index True (onnxruntime ArgMin)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}2, 1, 2, 1],
// CHECK-NEXT: [2, 1, 2, 2]]
// case6: argmin axis -1 keep_dims True last index False (onnxruntime ArgMin)
// CHECK: sizes = [2, 3, 1] strides
// CHECK-NEXT: {{\[\[\[}}2],
// CHECK-NEXT: [1],
// CHECK-NEXT: [2]],
// CHECK-NEXT: {{\[\[}}2],
// CHECK-NEXT: [2],
// CHECK-NEXT: [2]]]
// case7: argmin axis 0 keep_dims True last index True (onnxruntime ArgMin)
// CHECK: sizes = [1, 3, 4] strides
// CHECK-NEXT: {{\[\[\[}}1, 0, 1, 0],
// CHECK-NEXT: [1, 0, 1, 0],
// CHECK-NEXT: [1, 0, 1, 1]]]
// case8: argmax with dynamic dims (onnxruntime)
// CHECK: sizes = [2, 3] strides
// CHECK-NEXT: {{\[\[}}0, 0, 3],
// CHECK-NEXT: [1, 3, 1]]
// case9: argmax keeps a leading NaN and skips later ones (onnxruntime ArgMax)
// CHECK: sizes = [3] strides
// CHECK-NEXT: [0, 2, 1]
// case10: argmin keeps a leading NaN and skips later ones (onnxruntime ArgMin)
// CHECK: sizes = [3] strides
// CHECK-NEXT: [0, 0, 0]
// case11: argmax ui8 is unsigned, last index (numpy)
// CHECK: sizes = [2] strides
// CHECK-NEXT: [3, 2]
// case12: argmin i8 (onnxruntime)
// CHECK: sizes = [1, 4] strides
// CHECK-NEXT: {{\[\[}}0, 0, 0, 0]]

func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI32(tensor<*xi32>)
func.func private @printMemrefI64(tensor<*xi64>)

func.func @case0() {
  %in0 = plinth.constant dense<[[[1.0, 1.0, 0.0, 0.0], [2.0, 0.0, 2.0, 0.0], [1.0, 1.0, 0.0, 2.0]], [[1.0, 2.0, 0.0, 1.0], [1.0, 1.0, 0.0, 2.0], [1.0, 2.0, 0.0, 1.0]]]> : tensor<2x3x4xf32>
  %r:1 = plinth.arg_reduce argmax %in0 {axis = 1 : i64, keep_dims = false, select_last_index = false} : (tensor<2x3x4xf32>) -> tensor<2x4xi64>
  %u0 = tensor.cast %r#0 : tensor<2x4xi64> to tensor<*xi64>
  call @printMemrefI64(%u0) : (tensor<*xi64>) -> ()
  return
}

func.func @case1() {
  %in0 = plinth.constant dense<[[[1.0, 1.0, 0.0, 0.0], [2.0, 0.0, 2.0, 0.0], [1.0, 1.0, 0.0, 2.0]], [[1.0, 2.0, 0.0, 1.0], [1.0, 1.0, 0.0, 2.0], [1.0, 2.0, 0.0, 1.0]]]> : tensor<2x3x4xf32>
  %r:1 = plinth.arg_reduce argmax %in0 {axis = 1 : i64, keep_dims = false, select_last_index = true} : (tensor<2x3x4xf32>) -> tensor<2x4xi64>
  %u0 = tensor.cast %r#0 : tensor<2x4xi64> to tensor<*xi64>
  call @printMemrefI64(%u0) : (tensor<*xi64>) -> ()
  return
}

func.func @case2() {
  %in0 = plinth.constant dense<[[[1.0, 1.0, 0.0, 0.0], [2.0, 0.0, 2.0, 0.0], [1.0, 1.0, 0.0, 2.0]], [[1.0, 2.0, 0.0, 1.0], [1.0, 1.0, 0.0, 2.0], [1.0, 2.0, 0.0, 1.0]]]> : tensor<2x3x4xf32>
  %r:1 = plinth.arg_reduce argmax %in0 {axis = -1 : i64, keep_dims = true, select_last_index = false} : (tensor<2x3x4xf32>) -> tensor<2x3x1xi64>
  %u0 = tensor.cast %r#0 : tensor<2x3x1xi64> to tensor<*xi64>
  call @printMemrefI64(%u0) : (tensor<*xi64>) -> ()
  return
}

func.func @case3() {
  %in0 = plinth.constant dense<[[[1.0, 1.0, 0.0, 0.0], [2.0, 0.0, 2.0, 0.0], [1.0, 1.0, 0.0, 2.0]], [[1.0, 2.0, 0.0, 1.0], [1.0, 1.0, 0.0, 2.0], [1.0, 2.0, 0.0, 1.0]]]> : tensor<2x3x4xf32>
  %r:1 = plinth.arg_reduce argmax %in0 {axis = 0 : i64, keep_dims = true, select_last_index = true} : (tensor<2x3x4xf32>) -> tensor<1x3x4xi64>
  %u0 = tensor.cast %r#0 : tensor<1x3x4xi64> to tensor<*xi64>
  call @printMemrefI64(%u0) : (tensor<*xi64>) -> ()
  return
}

func.func @case4() {
  %in0 = plinth.constant dense<[[[1.0, 1.0, 0.0, 0.0], [2.0, 0.0, 2.0, 0.0], [1.0, 1.0, 0.0, 2.0]], [[1.0, 2.0, 0.0, 1.0], [1.0, 1.0, 0.0, 2.0], [1.0, 2.0, 0.0, 1.0]]]> : tensor<2x3x4xf32>
  %r:1 = plinth.arg_reduce argmin %in0 {axis = 1 : i64, keep_dims = false, select_last_index = false} : (tensor<2x3x4xf32>) -> tensor<2x4xi64>
  %u0 = tensor.cast %r#0 : tensor<2x4xi64> to tensor<*xi64>
  call @printMemrefI64(%u0) : (tensor<*xi64>) -> ()
  return
}

func.func @case5() {
  %in0 = plinth.constant dense<[[[1.0, 1.0, 0.0, 0.0], [2.0, 0.0, 2.0, 0.0], [1.0, 1.0, 0.0, 2.0]], [[1.0, 2.0, 0.0, 1.0], [1.0, 1.0, 0.0, 2.0], [1.0, 2.0, 0.0, 1.0]]]> : tensor<2x3x4xf32>
  %r:1 = plinth.arg_reduce argmin %in0 {axis = 1 : i64, keep_dims = false, select_last_index = true} : (tensor<2x3x4xf32>) -> tensor<2x4xi64>
  %u0 = tensor.cast %r#0 : tensor<2x4xi64> to tensor<*xi64>
  call @printMemrefI64(%u0) : (tensor<*xi64>) -> ()
  return
}

func.func @case6() {
  %in0 = plinth.constant dense<[[[1.0, 1.0, 0.0, 0.0], [2.0, 0.0, 2.0, 0.0], [1.0, 1.0, 0.0, 2.0]], [[1.0, 2.0, 0.0, 1.0], [1.0, 1.0, 0.0, 2.0], [1.0, 2.0, 0.0, 1.0]]]> : tensor<2x3x4xf32>
  %r:1 = plinth.arg_reduce argmin %in0 {axis = -1 : i64, keep_dims = true, select_last_index = false} : (tensor<2x3x4xf32>) -> tensor<2x3x1xi64>
  %u0 = tensor.cast %r#0 : tensor<2x3x1xi64> to tensor<*xi64>
  call @printMemrefI64(%u0) : (tensor<*xi64>) -> ()
  return
}

func.func @case7() {
  %in0 = plinth.constant dense<[[[1.0, 1.0, 0.0, 0.0], [2.0, 0.0, 2.0, 0.0], [1.0, 1.0, 0.0, 2.0]], [[1.0, 2.0, 0.0, 1.0], [1.0, 1.0, 0.0, 2.0], [1.0, 2.0, 0.0, 1.0]]]> : tensor<2x3x4xf32>
  %r:1 = plinth.arg_reduce argmin %in0 {axis = 0 : i64, keep_dims = true, select_last_index = true} : (tensor<2x3x4xf32>) -> tensor<1x3x4xi64>
  %u0 = tensor.cast %r#0 : tensor<1x3x4xi64> to tensor<*xi64>
  call @printMemrefI64(%u0) : (tensor<*xi64>) -> ()
  return
}

func.func @case8_dynamic(%a0: tensor<?x?x?xf32>) -> (tensor<?x?xi64>) {
  %r:1 = plinth.arg_reduce argmax %a0 {axis = 2 : i64, keep_dims = false, select_last_index = false} : (tensor<?x?x?xf32>) -> tensor<?x?xi64>
  return %r#0 : tensor<?x?xi64>
}

func.func @case8() {
  %in0 = plinth.constant dense<[[[1.0, 1.0, 0.0, 0.0], [2.0, 0.0, 2.0, 0.0], [1.0, 1.0, 0.0, 2.0]], [[1.0, 2.0, 0.0, 1.0], [1.0, 1.0, 0.0, 2.0], [1.0, 2.0, 0.0, 1.0]]]> : tensor<2x3x4xf32>
  %d0 = tensor.cast %in0 : tensor<2x3x4xf32> to tensor<?x?x?xf32>
  %r:1 = call @case8_dynamic(%d0) : (tensor<?x?x?xf32>) -> (tensor<?x?xi64>)
  %u0 = tensor.cast %r#0 : tensor<?x?xi64> to tensor<*xi64>
  call @printMemrefI64(%u0) : (tensor<*xi64>) -> ()
  return
}

func.func @case9() {
  %in0 = plinth.constant dense<[[0x7FC00000, 1.0, 3.0], [1.0, 0x7FC00000, 3.0], [1.0, 3.0, 0x7FC00000]]> : tensor<3x3xf32>
  %r:1 = plinth.arg_reduce argmax %in0 {axis = 1 : i64, keep_dims = false, select_last_index = false} : (tensor<3x3xf32>) -> tensor<3xi64>
  %u0 = tensor.cast %r#0 : tensor<3xi64> to tensor<*xi64>
  call @printMemrefI64(%u0) : (tensor<*xi64>) -> ()
  return
}

func.func @case10() {
  %in0 = plinth.constant dense<[[0x7FC00000, 1.0, 3.0], [1.0, 0x7FC00000, 3.0], [1.0, 3.0, 0x7FC00000]]> : tensor<3x3xf32>
  %r:1 = plinth.arg_reduce argmin %in0 {axis = 1 : i64, keep_dims = false, select_last_index = false} : (tensor<3x3xf32>) -> tensor<3xi64>
  %u0 = tensor.cast %r#0 : tensor<3xi64> to tensor<*xi64>
  call @printMemrefI64(%u0) : (tensor<*xi64>) -> ()
  return
}

func.func @case11() {
  %in0 = plinth.constant dense<[[200, 3, 255, 255], [0, 7, 7, 1]]> : tensor<2x4xui8>
  %r:1 = plinth.arg_reduce argmax %in0 {axis = 1 : i64, keep_dims = false, select_last_index = true} : (tensor<2x4xui8>) -> tensor<2xi64>
  %u0 = tensor.cast %r#0 : tensor<2xi64> to tensor<*xi64>
  call @printMemrefI64(%u0) : (tensor<*xi64>) -> ()
  return
}

func.func @case12() {
  %in0 = plinth.constant dense<[[-56, 3, -1, -1], [0, 7, 7, 1]]> : tensor<2x4xi8>
  %r:1 = plinth.arg_reduce argmin %in0 {axis = 0 : i64, keep_dims = true, select_last_index = false} : (tensor<2x4xi8>) -> tensor<1x4xi64>
  %u0 = tensor.cast %r#0 : tensor<1x4xi64> to tensor<*xi64>
  call @printMemrefI64(%u0) : (tensor<*xi64>) -> ()
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
  call @case9() : () -> ()
  call @case10() : () -> ()
  call @case11() : () -> ()
  call @case12() : () -> ()
  return
}
