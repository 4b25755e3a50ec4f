// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.matmul lowered to linalg and run.
// Expected values: numpy / onnxruntime, written by contract-reference.py.

func.func private @printMemrefF16(tensor<*xf16>) attributes {llvm.emit_c_interface}
func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI32(tensor<*xi32>)

// 2-D x 2-D: linalg.matmul.
// CHECK-LABEL: sizes = [3, 5]
// CHECK-NEXT: [2.375, -5.25, -0.1875, 2.6875, -2.25]
// CHECK-NEXT: [0.75, -3.1875, 0.625, {{-?}}0, 0.8125]
// CHECK-NEXT: [-3.5625, 6.4375, {{-?}}0, -2.4375, 2.25]
func.func @mm_2d() {
  %in0 = plinth.constant dense<[[1.75, 0.5, 0.5, 1.5], [0.25, 1.0, 1.25, -1.25], [-2.0, -1.0, -1.0, 1.25]]> : tensor<3x4xf32>
  %in1 = plinth.constant dense<[[1.5, -2.0, -0.25, 1.25, -1.5], [1.0, -1.75, -0.25, 1.25, -1.0], [-0.75, -1.0, 0.75, -1.0, 1.75], [-0.25, -0.25, 0.0, 0.25, 0.0]]> : tensor<4x5xf32>
  %r = plinth.matmul %in0, %in1 : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  %u = tensor.cast %r : tensor<3x5xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// [B,M,K] x [K,N] (the transformer projection): one matmul on [B*M, K].
// CHECK-LABEL: sizes = [2, 3, 5]
// CHECK-NEXT: [-3.4375, -1.375, -1.1875, 3.5625, -4]
// CHECK-NEXT: [{{-?}}0, 2.5, -3.125, -0.5625, -5.875]
// CHECK-NEXT: [-0.3125, -2.1875, 4.9375, -0.875, 7.625]
// CHECK-NEXT: [7.0625, 1.1875, -2.1875, -0.375, -0.375]
// CHECK-NEXT: [2.8125, 2.75, -0.0625, -4.625, 2]
// CHECK-NEXT: [-1.375, 0.875, 0.5, -0.0625, -2.75]
func.func @mm_batch_times_2d() {
  %in0 = plinth.constant dense<[[[0.0, 1.75, 1.0, 1.0], [0.75, 0.25, -0.75, 1.75], [-0.25, -1.25, 1.25, -1.5]], [[1.25, 0.25, -1.75, -2.0], [-0.25, -2.0, -1.5, 0.0], [1.75, -0.25, 1.0, 1.5]]]> : tensor<2x3x4xf32>
  %in1 = plinth.constant dense<[[1.25, 0.5, -0.25, 0.0, -1.0], [-0.25, -0.5, -1.25, 1.75, -2.0], [-1.75, -1.25, 1.75, 0.75, 1.5], [-1.25, 0.75, -0.75, -0.25, -2.0]]> : tensor<4x5xf32>
  %r = plinth.matmul %in0, %in1 : (tensor<2x3x4xf32>, tensor<4x5xf32>) -> tensor<2x3x5xf32>
  %u = tensor.cast %r : tensor<2x3x5xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// Equal batch dims [2,2]: batch_matmul on the flattened batch.
// CHECK-LABEL: sizes = [2, 2, 3, 3]
// CHECK-NEXT: [-1.5, -2.375, 1.75]
// CHECK-NEXT: [-0.5625, -0.3125, -5.875]
// CHECK-NEXT: [-1.9375, -1.375, -8.3125]
// CHECK-NEXT: [3.9375, 1, 2.4375]
// CHECK-NEXT: [4.8125, 4.3125, -1]
// CHECK-NEXT: [0.6875, -1.125, 1.875]
// CHECK-NEXT: [-0.75, -0.0625, -0.1875]
// CHECK-NEXT: [-2.5, 4.375, -4.0625]
// CHECK-NEXT: [-1.625, -0.5625, -0.9375]
// CHECK-NEXT: [2, -1.0625, -0.5]
// CHECK-NEXT: [4.0625, -1.3125, 0.625]
// CHECK-NEXT: [1.5625, 1.25, 0.125]
func.func @mm_same_batch() {
  %in0 = plinth.constant dense<[[[[0.25, 1.25, 0.5, -1.5], [0.0, -1.0, 1.75, 1.5], [-1.5, 0.0, 1.75, 1.25]], [[0.75, 0.5, -2.0, 0.75], [-0.25, -1.75, -1.25, 0.0], [0.75, 0.0, 0.25, 1.25]]], [[[0.5, -0.75, 0.5, 0.25], [-1.75, -2.0, 0.5, -0.5], [0.25, -0.75, -1.25, -1.5]], [[-0.5, 1.25, -0.5, -0.5], [0.25, 1.75, -0.5, 0.25], [-0.25, 0.25, -0.25, 0.5]]]]> : tensor<2x2x3x4xf32>
  %in1 = plinth.constant dense<[[[[0.0, 0.5, 1.75], [-1.5, 0.0, -0.25], [-0.75, -1.25, -2.0], [-0.5, 1.25, -1.75]], [[-0.5, 1.75, 1.75], [-1.25, -2.0, 0.5], [-2.0, -1.0, -0.25], [1.25, -1.75, 0.5]]], [[[0.0, -1.5, 1.25], [1.25, -0.25, 1.75], [0.25, 1.5, 1.75], [0.25, -1.0, -1.5]], [[0.25, -1.25, 1.0], [1.5, -1.25, 0.0], [-2.0, -1.5, -0.5], [1.5, 1.75, 0.5]]]]> : tensor<2x2x4x3xf32>
  %r = plinth.matmul %in0, %in1 : (tensor<2x2x3x4xf32>, tensor<2x2x4x3xf32>) -> tensor<2x2x3x3xf32>
  %u = tensor.cast %r : tensor<2x2x3x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// Batch dims [2,1] x [3] broadcast both ways: generic contraction.
// CHECK-LABEL: sizes = [2, 3, 3, 2]
// CHECK-NEXT: [2.5, -4.6875]
// CHECK-NEXT: [3.8125, -5.4375]
// CHECK-NEXT: [-5.75, 5.8125]
// CHECK-NEXT: [0.5, -2.25]
// CHECK-NEXT: [2.1875, -1.5]
// CHECK-NEXT: [3.9375, 0.6875]
// CHECK-NEXT: [-4, 1.6875]
// CHECK-NEXT: [-6.4375, 1.125]
// CHECK-NEXT: [4.9375, -2.125]
// CHECK-NEXT: [-0.625, 1.6875]
// CHECK-NEXT: [-3, 1.875]
// CHECK-NEXT: [-4.0625, 8.4375]
// CHECK-NEXT: [0.125, 1.125]
// CHECK-NEXT: [1.75, -0.9375]
// CHECK-NEXT: [1.25, 2.5]
// CHECK-NEXT: [1, -0.8125]
// CHECK-NEXT: [2.4375, -0.25]
// CHECK-NEXT: [5.8125, -2.0625]
func.func @mm_broadcast_batch() {
  %in0 = plinth.constant dense<[[[[0.25, 0.25, -2.0, -0.5], [1.75, -0.5, -1.25, -1.25], [0.75, -2.0, 1.75, 1.5]]], [[[0.25, -0.25, 1.0, 0.0], [-0.25, -0.75, -0.25, 1.0], [-2.0, -2.0, 0.75, -0.75]]]]> : tensor<2x1x3x4xf32>
  %in1 = plinth.constant dense<[[[1.0, -2.0], [1.5, -1.75], [-0.5, 1.75], [-1.75, 0.5]], [[0.75, -0.5], [-1.75, 0.0], [-0.5, 1.25], [0.5, -0.75]], [[-2.0, 0.25], [-1.0, 0.5], [1.25, -0.75], [1.5, 0.0]]]> : tensor<3x4x2xf32>
  %r = plinth.matmul %in0, %in1 : (tensor<2x1x3x4xf32>, tensor<3x4x2xf32>) -> tensor<2x3x3x2xf32>
  %u = tensor.cast %r : tensor<2x3x3x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// [M,K] x [B,K,N]: the lhs broadcasts over the batch.
// CHECK-LABEL: sizes = [2, 3, 5]
// CHECK-NEXT: [0.75, -0.875, 2.125, 0.875, -2.125]
// CHECK-NEXT: [1.4375, -3, 0.25, -7.625, 2.4375]
// CHECK-NEXT: [0.5625, -5.125, -2.3125, -3, 1.9375]
// CHECK-NEXT: [-1.75, -2.875, 3.625, -3.625, -0.125]
// CHECK-NEXT: [-2.0625, -4.1875, 5.5, -1.3125, -5.3125]
// CHECK-NEXT: [3.5625, 0.5625, 2.1875, 1.3125, -2.375]
func.func @mm_2d_times_batch() {
  %in0 = plinth.constant dense<[[0.0, 1.0, 1.0, 1.5], [1.75, -1.5, -0.5, 1.5], [-1.0, -2.0, 0.25, 1.0]]> : tensor<3x4xf32>
  %in1 = plinth.constant dense<[[[0.75, 1.0, 0.5, -1.5, 1.25], [-0.5, 1.25, 1.25, 1.75, -2.0], [1.25, 0.5, -0.25, 1.0, 1.75], [0.0, -1.75, 0.75, -1.25, -1.25]], [[-1.25, -1.25, 1.5, -0.75, -1.75], [-1.5, -0.5, -0.75, -1.0, 1.75], [1.25, 0.25, 1.75, -0.75, -1.5], [-1.0, -1.75, 1.75, -1.25, -0.25]]]> : tensor<2x4x5xf32>
  %r = plinth.matmul %in0, %in1 : (tensor<3x4xf32>, tensor<2x4x5xf32>) -> tensor<2x3x5xf32>
  %u = tensor.cast %r : tensor<2x3x5xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// 1-D x 2-D: vector-matrix.
// CHECK-LABEL: sizes = [5]
// CHECK-NEXT: [-3.5, -1.8125, -0.3125, 1.0625, -3.25]
func.func @mm_vec_mat() {
  %in0 = plinth.constant dense<[-1.25, 1.75, -1.5, 0.0]> : tensor<4xf32>
  %in1 = plinth.constant dense<[[1.75, 0.0, 1.5, 1.5, 1.0], [0.75, 0.25, 0.25, 1.25, -0.5], [1.75, 1.5, -0.75, -0.5, 0.75], [1.5, -1.75, -1.75, -1.25, -0.5]]> : tensor<4x5xf32>
  %r = plinth.matmul %in0, %in1 : (tensor<4xf32>, tensor<4x5xf32>) -> tensor<5xf32>
  %u = tensor.cast %r : tensor<5xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// [B,M,K] x 1-D: batched matrix-vector.
// CHECK-LABEL: sizes = [2, 3]
// CHECK-NEXT: [3, 1.5625, 1.375]
// CHECK-NEXT: [0.875, 0.1875, -0.125]
func.func @mm_batch_mat_vec() {
  %in0 = plinth.constant dense<[[[-1.5, 0.0, 0.0, 1.75], [0.75, -1.0, 1.0, 1.0], [0.5, 0.5, -1.0, 0.75]], [[-1.5, 0.5, 1.5, 1.75], [-1.0, -0.75, 0.25, -0.5], [0.75, -1.25, -1.5, -2.0]]]> : tensor<2x3x4xf32>
  %in1 = plinth.constant dense<[-0.25, -1.25, -1.0, 1.5]> : tensor<4xf32>
  %r = plinth.matmul %in0, %in1 : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  %u = tensor.cast %r : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// 1-D x 1-D: linalg.dot, a 0-d result.
// CHECK-LABEL: sizes = []
// CHECK-NEXT: [2.0625]
func.func @mm_dot() {
  %in0 = plinth.constant dense<[1.25, 1.25, 0.25, -1.75]> : tensor<4xf32>
  %in1 = plinth.constant dense<[0.75, 0.25, 1.5, -0.25]> : tensor<4xf32>
  %r = plinth.matmul %in0, %in1 : (tensor<4xf32>, tensor<4xf32>) -> tensor<f32>
  %u = tensor.cast %r : tensor<f32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// f16 accumulates in f32, then truncates.
// CHECK-LABEL: sizes = [2, 2]
// CHECK-NEXT: [2.8125, -2.8125]
// CHECK-NEXT: [{{-?}}0, 0.5]
func.func @mm_f16() {
  %in0 = plinth.constant dense<[[-1.5, 0.25, -0.25], [0.5, -0.5, -1.0]]> : tensor<2x3xf16>
  %in1 = plinth.constant dense<[[-1.5, 1.75], [1.0, -0.25], [-1.25, 0.5]]> : tensor<3x2xf16>
  %r = plinth.matmul %in0, %in1 : (tensor<2x3xf16>, tensor<3x2xf16>) -> tensor<2x2xf16>
  %u = tensor.cast %r : tensor<2x2xf16> to tensor<*xf16>
  call @printMemrefF16(%u) : (tensor<*xf16>) -> ()
  return
}

// Dynamic dims, [B,M,K] x [K,N].
// CHECK-LABEL: sizes = [2, 3, 5]
// CHECK-NEXT: [-3.3125, 3.0625, -0.5625, 4.1875, -3.1875]
// CHECK-NEXT: [5.1875, 2.125, 5.125, 0.375, 1.625]
// CHECK-NEXT: [-3.625, -6, -1.1875, 0.8125, 3.625]
// CHECK-NEXT: [0.875, 2.5, 2.6875, -3.5625, -1.25]
// CHECK-NEXT: [-0.3125, -0.6875, -5.1875, -6.4375, -2.1875]
// CHECK-NEXT: [-0.9375, -1.5, -1.125, -4.875, {{-?}}0]
func.func @mm_dynamic_dynamic(%a0: tensor<?x?x?xf32>, %a1: tensor<?x?xf32>) -> tensor<?x?x?xf32> {
  %r = plinth.matmul %a0, %a1 : (tensor<?x?x?xf32>, tensor<?x?xf32>) -> tensor<?x?x?xf32>
  return %r : tensor<?x?x?xf32>
}

func.func @mm_dynamic() {
  %in0 = plinth.constant dense<[[[-0.5, 0.5, -1.75, -1.5], [0.75, -2.0, 0.5, -0.5], [-2.0, 1.0, 0.75, 1.25]], [[1.5, 0.75, 1.25, -1.75], [1.5, 1.5, 0.75, 1.0], [0.75, 1.5, 1.5, 0.0]]]> : tensor<2x3x4xf32>
  %in1 = plinth.constant dense<[[1.25, 1.5, -1.0, -2.0, -1.5], [-2.0, -0.5, -2.0, -1.0, -1.0], [0.75, -1.25, 1.75, -1.25, 1.75], [0.25, -1.25, -2.0, -1.0, 0.25]]> : tensor<4x5xf32>
  %d0 = tensor.cast %in0 : tensor<2x3x4xf32> to tensor<?x?x?xf32>
  %d1 = tensor.cast %in1 : tensor<4x5xf32> to tensor<?x?xf32>
  %r = call @mm_dynamic_dynamic(%d0, %d1) : (tensor<?x?x?xf32>, tensor<?x?xf32>) -> tensor<?x?x?xf32>
  %u = tensor.cast %r : tensor<?x?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// Dynamic batch dim: batch_matmul.
// CHECK-LABEL: sizes = [2, 3, 2]
// CHECK-NEXT: [-1.0625, -7.5625]
// CHECK-NEXT: [4.3125, -3.5625]
// CHECK-NEXT: [1.125, 4.875]
// CHECK-NEXT: [1.625, {{-?}}0]
// CHECK-NEXT: [3.125, 2.3125]
// CHECK-NEXT: [3.3125, -1.0625]
func.func @mm_dynamic_batch_dynamic(%a0: tensor<?x3x4xf32>, %a1: tensor<?x4x2xf32>) -> tensor<?x3x2xf32> {
  %r = plinth.matmul %a0, %a1 : (tensor<?x3x4xf32>, tensor<?x4x2xf32>) -> tensor<?x3x2xf32>
  return %r : tensor<?x3x2xf32>
}

func.func @mm_dynamic_batch() {
  %in0 = plinth.constant dense<[[[-1.75, -1.5, -1.75, 0.5], [-1.75, -2.0, -0.25, -1.0], [0.25, 1.75, 1.25, 0.0]], [[0.5, 1.0, -0.5, 0.5], [-1.25, 0.25, -1.25, -1.25], [1.0, 0.25, -0.5, -2.0]]]> : tensor<2x3x4xf32>
  %in1 = plinth.constant dense<[[[-1.25, 1.0], [-0.25, 1.75], [1.5, 1.25], [-2.0, -2.0]], [[0.25, -0.75], [1.25, -0.75], [-1.5, -1.75], [-1.0, 0.5]]]> : tensor<2x4x2xf32>
  %d0 = tensor.cast %in0 : tensor<2x3x4xf32> to tensor<?x3x4xf32>
  %d1 = tensor.cast %in1 : tensor<2x4x2xf32> to tensor<?x4x2xf32>
  %r = call @mm_dynamic_batch_dynamic(%d0, %d1) : (tensor<?x3x4xf32>, tensor<?x4x2xf32>) -> tensor<?x3x2xf32>
  %u = tensor.cast %r : tensor<?x3x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// i32 accumulates in i32 and wraps around.
// CHECK-LABEL: sizes = [2, 2]
// CHECK-NEXT: [6, -1610612736]
// CHECK-NEXT: [6, 536870917]
func.func @mm_i32_wraps() {
  %in0 = plinth.constant dense<[[1073741824, 3], [5, -7]]> : tensor<2x2xi32>
  %in1 = plinth.constant dense<[[4, 1], [2, 536870912]]> : tensor<2x2xi32>
  %r = plinth.matmul %in0, %in1 : (tensor<2x2xi32>, tensor<2x2xi32>) -> tensor<2x2xi32>
  %u = tensor.cast %r : tensor<2x2xi32> to tensor<*xi32>
  call @printMemrefI32(%u) : (tensor<*xi32>) -> ()
  return
}

func.func @main() {
  call @mm_2d() : () -> ()
  call @mm_batch_times_2d() : () -> ()
  call @mm_same_batch() : () -> ()
  call @mm_broadcast_batch() : () -> ()
  call @mm_2d_times_batch() : () -> ()
  call @mm_vec_mat() : () -> ()
  call @mm_batch_mat_vec() : () -> ()
  call @mm_dot() : () -> ()
  call @mm_f16() : () -> ()
  call @mm_dynamic() : () -> ()
  call @mm_dynamic_batch() : () -> ()
  call @mm_i32_wraps() : () -> ()
  return
}
