// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.einsum lowered to linalg and run.
// Expected values: numpy / onnxruntime, written by contract-reference.py.

func.func private @printMemrefF16(tensor<*xf16>) attributes {llvm.emit_c_interface}
func.func private @printMemrefF32(tensor<*xf32>)

// Batched matmul bij,bjk->bik.
// CHECK-LABEL: sizes = [2, 3, 2]
// CHECK-NEXT: [-3.5, -2.25]
// CHECK-NEXT: [-2.875, 1.25]
// CHECK-NEXT: [5.625, 1.3125]
// CHECK-NEXT: [-2.875, -1.8125]
// CHECK-NEXT: [-0.375, 0.125]
// CHECK-NEXT: [{{-?}}0, -0.4375]
func.func @einsum_bmm() {
  %in0 = plinth.constant dense<[[[-1.5, 1.0, -1.0, -0.75], [0.5, 1.25, -0.5, 1.0], [-1.0, -1.5, 1.25, 1.0]], [[1.0, 1.5, -0.25, -1.25], [0.25, 0.25, -0.5, 0.5], [-1.0, 0.25, 1.0, -1.75]]]> : tensor<2x3x4xf32>
  %in1 = plinth.constant dense<[[[-0.25, 0.5], [-2.0, 0.5], [1.5, 1.25], [0.5, 1.0]], [[-0.75, -0.75], [-1.75, 0.75], [-0.75, 1.25], [-0.25, 1.5]]]> : tensor<2x4x2xf32>
  %r = plinth.einsum "bij,bjk->bik" %in0, %in1 : (tensor<2x3x4xf32>, tensor<2x4x2xf32>) -> tensor<2x3x2xf32>
  %u = tensor.cast %r : tensor<2x3x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// ij->ji: no reduction.
// CHECK-LABEL: sizes = [3, 2]
// CHECK-NEXT: [-1.5, -2]
// CHECK-NEXT: [-1.5, -0.25]
// CHECK-NEXT: [-0.75, 0.5]
func.func @einsum_transpose() {
  %in0 = plinth.constant dense<[[-1.5, -1.5, -0.75], [-2.0, -0.25, 0.5]]> : tensor<2x3xf32>
  %r = plinth.einsum "ij->ji" %in0 : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %u = tensor.cast %r : tensor<3x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// ii->i: a repeated label reads the diagonal.
// CHECK-LABEL: sizes = [3]
// CHECK-NEXT: [0.5, 0.5, -1.5]
func.func @einsum_diagonal() {
  %in0 = plinth.constant dense<[[0.5, -1.25, -1.5], [0.25, 0.5, 1.75], [1.5, -0.5, -1.5]]> : tensor<3x3xf32>
  %r = plinth.einsum "ii->i" %in0 : (tensor<3x3xf32>) -> tensor<3xf32>
  %u = tensor.cast %r : tensor<3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// Attention scores bhqd,bhkd->bhqk.
// CHECK-LABEL: sizes = [1, 2, 3, 2]
// CHECK-NEXT: [1.75, -0.25]
// CHECK-NEXT: [0.6875, 2.8125]
// CHECK-NEXT: [-1.375, 4]
// CHECK-NEXT: [1.3125, -3.4375]
// CHECK-NEXT: [-0.9375, 2.6875]
// CHECK-NEXT: [-0.1875, 2.75]
func.func @einsum_scores() {
  %in0 = plinth.constant dense<[[[[-1.0, 1.5, -0.25, 1.75], [0.5, 0.25, -1.75, 0.25], [-0.5, 1.25, -1.5, -1.25]], [[0.5, 0.5, 1.25, 0.0], [-0.5, -1.0, -0.75, 0.5], [0.0, -1.0, -1.25, 0.75]]]]> : tensor<1x2x3x4xf32>
  %in1 = plinth.constant dense<[[[[-1.25, -1.25, -0.75, 1.25], [-0.25, 0.25, -1.75, -0.75]], [[1.0, 1.0, 0.25, 1.5], [-1.0, -1.5, -1.75, -1.25]]]]> : tensor<1x2x2x4xf32>
  %r = plinth.einsum "bhqd,bhkd->bhqk" %in0, %in1 : (tensor<1x2x3x4xf32>, tensor<1x2x2x4xf32>) -> tensor<1x2x3x2xf32>
  %u = tensor.cast %r : tensor<1x2x3x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// Three operands, outer product i,j,k->ijk.
// CHECK-LABEL: sizes = [2, 3, 2]
// CHECK-NEXT: [-1.875, 2.25]
// CHECK-NEXT: [{{-?}}0, {{-?}}0]
// CHECK-NEXT: [-1.875, 2.25]
// CHECK-NEXT: [-2.8125, 3.375]
// CHECK-NEXT: [{{-?}}0, {{-?}}0]
// CHECK-NEXT: [-2.8125, 3.375]
func.func @einsum_outer3() {
  %in0 = plinth.constant dense<[1.0, 1.5]> : tensor<2xf32>
  %in1 = plinth.constant dense<[-1.5, 0.0, -1.5]> : tensor<3xf32>
  %in2 = plinth.constant dense<[1.25, -1.5]> : tensor<2xf32>
  %r = plinth.einsum "i,j,k->ijk" %in0, %in1, %in2 : (tensor<2xf32>, tensor<3xf32>, tensor<2xf32>) -> tensor<2x3x2xf32>
  %u = tensor.cast %r : tensor<2x3x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// ij->: a full reduction to 0-d.
// CHECK-LABEL: sizes = []
// CHECK-NEXT: [3.25]
func.func @einsum_total() {
  %in0 = plinth.constant dense<[[0.5, -1.75, 0.75, 1.5], [0.75, -1.0, 1.25, -1.0], [1.0, 1.25, -0.25, 0.25]]> : tensor<3x4xf32>
  %r = plinth.einsum "ij->" %in0 : (tensor<3x4xf32>) -> tensor<f32>
  %u = tensor.cast %r : tensor<f32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// ij,ij->ij with [2,3] and [1,3]: the size-1 dim broadcasts.
// CHECK-LABEL: sizes = [2, 3]
// CHECK-NEXT: [1.5625, 0.75, 2]
// CHECK-NEXT: [-0.625, 0.75, -1.5]
func.func @einsum_broadcast() {
  %in0 = plinth.constant dense<[[1.25, -1.5, -2.0], [-0.5, -1.5, 1.5]]> : tensor<2x3xf32>
  %in1 = plinth.constant dense<[[1.25, -0.5, -1.0]]> : tensor<1x3xf32>
  %r = plinth.einsum "ij,ij->ij" %in0, %in1 : (tensor<2x3xf32>, tensor<1x3xf32>) -> tensor<2x3xf32>
  %u = tensor.cast %r : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// f16 accumulates in f32.
// CHECK-LABEL: sizes = [2, 2]
// CHECK-NEXT: [-0.4375, 1]
// CHECK-NEXT: [0.5625, 2.25]
func.func @einsum_f16() {
  %in0 = plinth.constant dense<[[0.75, -0.25, -1.75], [0.5, 0.75, -1.75]]> : tensor<2x3xf16>
  %in1 = plinth.constant dense<[[1.0, 0.0], [1.25, 1.25], [0.5, -0.75]]> : tensor<3x2xf16>
  %r = plinth.einsum "ij,jk->ik" %in0, %in1 : (tensor<2x3xf16>, tensor<3x2xf16>) -> tensor<2x2xf16>
  %u = tensor.cast %r : tensor<2x2xf16> to tensor<*xf16>
  call @printMemrefF16(%u) : (tensor<*xf16>) -> ()
  return
}

// Dynamic dims.
// CHECK-LABEL: sizes = [2, 3, 2]
// CHECK-NEXT: [-5.0625, -1.375]
// CHECK-NEXT: [5.25, 0.875]
// CHECK-NEXT: [-1.8125, 2.625]
// CHECK-NEXT: [-1.375, -1.6875]
// CHECK-NEXT: [3.375, -3]
// CHECK-NEXT: [-4.5, 1.4375]
func.func @einsum_dynamic_dynamic(%a0: tensor<?x?x?xf32>, %a1: tensor<?x?x?xf32>) -> tensor<?x?x?xf32> {
  %r = plinth.einsum "bij,bjk->bik" %a0, %a1 : (tensor<?x?x?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  return %r : tensor<?x?x?xf32>
}

func.func @einsum_dynamic() {
  %in0 = plinth.constant dense<[[[-0.75, 0.75, -1.75, -1.25], [0.0, 1.75, 1.0, 1.25], [-1.25, -1.0, -1.0, 0.75]], [[0.0, -1.25, 0.75, 0.5], [1.5, 0.0, -1.5, 1.5], [-1.5, -2.0, 1.0, -0.25]]]> : tensor<2x3x4xf32>
  %in1 = plinth.constant dense<[[[0.5, -1.5], [0.75, -0.5], [1.75, 0.5], [1.75, 1.0]], [[1.25, -1.75], [1.0, 0.25], [-0.5, -1.0], [0.5, -1.25]]]> : tensor<2x4x2xf32>
  %d0 = tensor.cast %in0 : tensor<2x3x4xf32> to tensor<?x?x?xf32>
  %d1 = tensor.cast %in1 : tensor<2x4x2xf32> to tensor<?x?x?xf32>
  %r = call @einsum_dynamic_dynamic(%d0, %d1) : (tensor<?x?x?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %u = tensor.cast %r : tensor<?x?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @main() {
  call @einsum_bmm() : () -> ()
  call @einsum_transpose() : () -> ()
  call @einsum_diagonal() : () -> ()
  call @einsum_scores() : () -> ()
  call @einsum_outer3() : () -> ()
  call @einsum_total() : () -> ()
  call @einsum_broadcast() : () -> ()
  call @einsum_f16() : () -> ()
  call @einsum_dynamic() : () -> ()
  return
}
