// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.conv_transpose lowered to linalg and run.
// Expected values: numpy / onnxruntime, written by contract-reference.py.

func.func private @printMemrefF32(tensor<*xf32>)

// 2-D, stride 2, no pads.
// CHECK-LABEL: sizes = [1, 3, 7, 7]
// CHECK-NEXT: [-0.8125, -2.0625, -5.625, -0.6875, -7.9375, 1.9375, -2.3125]
// CHECK-NEXT: [-0.4375, -0.6875, -3, 2.0625, -4.9375, 2.3125, -2.625]
// CHECK-NEXT: [5.125, 3.375, 5.5, 0.75, -1.6875, -2.5, -1.4375]
// CHECK-NEXT: [2.6875, -1.9375, 1.375, 1.25, -2.8125, 1.6875, -1.875]
// CHECK-NEXT: [-0.0625, -1.3125, -5.125, -2.3125, 2.1875, -3.875, 3.5625]
// CHECK-NEXT: [-0.5625, -0.75, 1.3125, -0.9375, 3.5625, -2.0625, 2.625]
// CHECK-NEXT: [2.5, 3.9375, 3.875, 1.3125, 1.1875, 2.0625, -1.75]
// CHECK-NEXT: [-1.875, 1.25, -3.1875, 3.75, 2.6875, 1.25, 0.4375]
// CHECK-NEXT: [2.25, 2.0625, 2.875, 4.125, 4.125, 0.5625, 3.25]
// CHECK-NEXT: [3.1875, -4.3125, -8.5625, -0.25, -5.5625, 1.6875, -1.625]
// CHECK-NEXT: [-1.5, -2.8125, -4, 0.75, 1.25, 0.1875, 2.25]
// CHECK-NEXT: [-0.1875, 2.0625, 6.4375, -0.5, 1, -1.4375, -3.25]
// CHECK-NEXT: [2.625, 2.4375, 0.375, -0.5625, -2.25, -2.0625, -3.75]
// CHECK-NEXT: [-1.125, -1.8125, -0.875, -0.1875, 2.625, 0.0625, 2.6875]
// CHECK-NEXT: [-2.9375, -1.8125, 1.125, 0.75, 3.3125, 2.6875, -1.8125]
// CHECK-NEXT: [0.5625, -0.75, 1.25, -0.875, 0.6875, 0.25, -1.1875]
// CHECK-NEXT: [-0.875, 2.1875, 0.4375, 1.75, -1.0625, -1.5625, -4.6875]
// CHECK-NEXT: [1.0625, 0.5, -1.8125, {{-?}}0, -1.3125, 0.25, -1.0625]
// CHECK-NEXT: [-0.6875, -1.4375, 1.125, -2.4375, -3.5625, -4.5625, -1.6875]
// CHECK-NEXT: [0.625, -0.875, 3.25, {{-?}}0, 1.375, 0.25, -0.3125]
// CHECK-NEXT: [-0.5625, 3.875, 3.5, 1.125, 3.5625, 1.625, 2]
func.func @convt2d_stride2() {
  %in0 = plinth.constant dense<[[[[-1.5, -1.75, 0.5], [1.0, 0.0, 0.5], [-1.75, 0.0, 0.5]], [[0.25, -2.0, -1.75], [1.75, -1.0, -1.25], [0.25, 0.75, 1.75]]]]> : tensor<1x2x3x3xf32>
  %in1 = plinth.constant dense<[[[[0.75, 1.25, 1.5], [0.5, 0.25, 0.0], [-1.25, -2.0, -1.75]], [[1.5, -1.0, -1.75], [-1.5, -1.5, -0.5], [0.75, 1.0, 1.0]], [[1.75, 1.0, -1.0], [-0.25, 0.5, -1.5], [0.5, -2.0, -1.25]]], [[[1.25, -0.75, 1.75], [1.25, -1.25, 1.5], [1.25, 1.75, -0.5]], [[1.5, -1.0, -0.75], [0.0, -0.75, -2.0], [0.75, -0.25, 1.25]], [[-1.25, -1.25, 0.75], [0.75, 0.0, 0.25], [1.25, 1.5, 1.5]]]]> : tensor<2x3x3x3xf32>
  %r = plinth.conv_transpose %in0, %in1 {strides = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>, output_padding = array<i64: 0, 0>, group = 1 : i64} : (tensor<1x2x3x3xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x7x7xf32>
  %u = tensor.cast %r : tensor<1x3x7x7xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// 2-D, stride 2, pads 1, output_padding 1, bias.
// CHECK-LABEL: sizes = [1, 2, 6, 6]
// CHECK-NEXT: [-1.5625, -2.5, -2.1875, -1.6875, -2.25, -1.25]
// CHECK-NEXT: [4.875, 4.5, 0.4375, 8.8125, 4.1875, -1.75]
// CHECK-NEXT: [-1.375, 1.4375, 2.5625, 0.125, 1.5625, -0.9375]
// CHECK-NEXT: [-1.3125, 1.5625, -0.0625, -3.3125, 1.375, -2.375]
// CHECK-NEXT: [-0.0625, 0.5, 0.6875, -1.5625, -3.625, 0.125]
// CHECK-NEXT: [-1, -1.5, -1.1875, 0.25, -0.8125, 2.0625]
// CHECK-NEXT: [-2.1875, -2.375, 1.9375, 1.625, -1.25, -2.5]
// CHECK-NEXT: [5.875, 13.4375, 0.1875, 1.4375, 1.6875, -1.0625]
// CHECK-NEXT: [2.875, 1.375, 1.1875, 4.375, -0.3125, 1.75]
// CHECK-NEXT: [1.9375, -1.3125, 0.25, -6, 5.0625, 10.8125]
// CHECK-NEXT: [2.3125, 2, 2.3125, 3.1875, 2.875, -0.4375]
// CHECK-NEXT: [1.375, 0.4375, 1, 4.9375, 2.875, 0.0625]
func.func @convt2d_pads_outpad() {
  %in0 = plinth.constant dense<[[[[1.75, -0.75, 1.0], [-1.0, 1.25, 1.75], [-0.25, 0.0, -1.75]], [[-1.75, -1.25, -2.0], [-0.5, 1.75, 0.75], [0.25, 0.75, -2.0]]]]> : tensor<1x2x3x3xf32>
  %in1 = plinth.constant dense<[[[[0.5, 0.0, -1.75], [0.0, 0.5, -0.5], [1.5, 1.75, -0.75]], [[1.75, -1.25, -1.75], [0.5, -1.5, -0.75], [-0.5, 0.5, 1.25]]], [[[1.5, 0.25, 1.75], [0.75, 1.25, 0.25], [-1.75, -1.25, -0.5]], [[1.25, -0.5, -2.0], [-0.5, 0.75, 1.75], [-1.25, -1.0, -0.25]]]]> : tensor<2x2x3x3xf32>
  %in2 = plinth.constant dense<[-0.25, 1.75]> : tensor<2xf32>
  %r = plinth.conv_transpose %in0, %in1, %in2 {strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>, dilations = array<i64: 1, 1>, output_padding = array<i64: 1, 1>, group = 1 : i64} : (tensor<1x2x3x3xf32>, tensor<2x2x3x3xf32>, tensor<2xf32>) -> tensor<1x2x6x6xf32>
  %u = tensor.cast %r : tensor<1x2x6x6xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// 2-D grouped (2 groups), stride [2, 1], dilation [1, 2].
// CHECK-LABEL: sizes = [1, 2, 7, 4]
// CHECK-NEXT: [-1, 0.5, -1, 1]
// CHECK-NEXT: [-1, -4.25, -1, -2.75]
// CHECK-NEXT: [-1.875, 0.125, 1.5, -1.5]
// CHECK-NEXT: [-3.125, -1.5625, -3, -0.75]
// CHECK-NEXT: [-0.4375, -0.1875, -2.25, 0.25]
// CHECK-NEXT: [-0.125, -3.1875, 0.0625, -2.125]
// CHECK-NEXT: [-1, -1, -1, -1]
// CHECK-NEXT: [2.5625, 0.8125, -0.875, 2.3125]
// CHECK-NEXT: [0.6875, -0.75, 3.5, -2.0625]
// CHECK-NEXT: [1.9375, 3.6875, -0.3125, 1.75]
// CHECK-NEXT: [1.25, -2.4375, 1.8125, -0.375]
// CHECK-NEXT: [-0.375, -2.0625, 2.875, 2.875]
// CHECK-NEXT: [0.75, 2.1875, -0.375, -1.5]
// CHECK-NEXT: [1, 1, 1, 1]
func.func @convt2d_grouped() {
  %in0 = plinth.constant dense<[[[[-0.5, 0.0, -1.0], [-2.0, -0.5, -0.5], [-1.5, 0.5, -0.75]], [[-2.0, 0.0, -1.0], [0.75, -2.0, 1.0], [0.0, 0.75, -0.5]], [[1.5, 0.0, 1.75], [-1.0, 1.25, 0.5], [1.5, -1.5, 0.0]], [[1.5, -1.25, 1.75], [1.75, -0.25, 0.75], [-0.25, 0.5, 1.25]]]]> : tensor<1x4x3x3xf32>
  %in1 = plinth.constant dense<[[[[0.75, -1.0], [0.25, 1.0]]], [[[0.25, -1.0], [1.0, 0.75]]], [[[0.5, -0.75], [0.25, 0.25]]], [[[-1.25, 1.5], [0.25, -2.0]]]]> : tensor<4x1x2x2xf32>
  %in2 = plinth.constant dense<[-1.0, 1.0]> : tensor<2xf32>
  %r = plinth.conv_transpose %in0, %in1, %in2 {strides = array<i64: 2, 1>, pads = array<i64: 0, 1, 0, 0>, dilations = array<i64: 1, 2>, output_padding = array<i64: 1, 0>, group = 2 : i64} : (tensor<1x4x3x3xf32>, tensor<4x1x2x2xf32>, tensor<2xf32>) -> tensor<1x2x7x4xf32>
  %u = tensor.cast %r : tensor<1x2x7x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// 1-D, pads larger than dil*(k-1): the dilated input is cropped.
// CHECK-LABEL: sizes = [1, 2, 8]
// CHECK-NEXT: [{{-?}}0, {{-?}}0, {{-?}}0, {{-?}}0, -0.4375, 0.1875, {{-?}}0, -0.875]
// CHECK-NEXT: [{{-?}}0, {{-?}}0, {{-?}}0, {{-?}}0, -0.3125, 0.4375, {{-?}}0, -0.625]
func.func @convt1d_crop() {
  %in0 = plinth.constant dense<[[[0.75, 0.0, -0.25, -0.5]]]> : tensor<1x1x4xf32>
  %in1 = plinth.constant dense<[[[1.75, -0.75], [1.25, -1.75]]]> : tensor<1x2x2xf32>
  %r = plinth.conv_transpose %in0, %in1 {strides = array<i64: 3>, pads = array<i64: 2, 1>, dilations = array<i64: 1>, output_padding = array<i64: 0>, group = 1 : i64} : (tensor<1x1x4xf32>, tensor<1x2x2xf32>) -> tensor<1x2x8xf32>
  %u = tensor.cast %r : tensor<1x2x8xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// 1-D, stride 1: a plain pad.
// CHECK-LABEL: sizes = [1, 1, 7]
// CHECK-NEXT: [-1.0625, 4.0625, 1.25, -3.875, -2.6875, 0.5, 0.6875]
func.func @convt1d_unit_stride() {
  %in0 = plinth.constant dense<[[[0.0, -1.0, -0.5, 0.25], [-1.75, -1.75, 0.25, 0.5]]]> : tensor<1x2x4xf32>
  %in1 = plinth.constant dense<[[[-2.0, 1.75, -0.25]], [[1.75, -1.5, 1.5]]]> : tensor<2x1x3xf32>
  %r = plinth.conv_transpose %in0, %in1 {strides = array<i64: 1>, pads = array<i64: 1, 0>, dilations = array<i64: 2>, output_padding = array<i64: 0>, group = 1 : i64} : (tensor<1x2x4xf32>, tensor<2x1x3xf32>) -> tensor<1x1x7xf32>
  %u = tensor.cast %r : tensor<1x1x7xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// 3-D, stride 2.
// CHECK-LABEL: sizes = [1, 2, 3, 3, 3]
// CHECK-NEXT: [0.25, 0.625, 0.5]
// CHECK-NEXT: [-0.5, 0.75, -1]
// CHECK-NEXT: [0.5, 1.25, -0.75]
// CHECK-NEXT: [-0.875, 0.125, -1.75]
// CHECK-NEXT: [-0.25, {{-?}}0, -0.5]
// CHECK-NEXT: [-1.75, 0.25, 2.625]
// CHECK-NEXT: [-0.75, -1.875, 0.875]
// CHECK-NEXT: [1.5, -2.25, -1.75]
// CHECK-NEXT: [-0.25, -0.625, -0.625]
// CHECK-NEXT: [0.125, -0.625, 0.25]
// CHECK-NEXT: [-1, {{-?}}0, -2]
// CHECK-NEXT: [0.25, -1.25, -0.375]
// CHECK-NEXT: [0.875, -0.5, 1.75]
// CHECK-NEXT: [{{-?}}0, -0.75, {{-?}}0]
// CHECK-NEXT: [1.75, -1, -2.625]
// CHECK-NEXT: [-0.375, 1.875, 0.4375]
// CHECK-NEXT: [3, {{-?}}0, -3.5]
// CHECK-NEXT: [-0.125, 0.625, -0.3125]
func.func @convt3d() {
  %in0 = plinth.constant dense<[[[[[0.5, 1.0], [1.0, -1.5]], [[-1.5, 1.75], [-0.5, -1.25]]]]]> : tensor<1x1x2x2x2xf32>
  %in1 = plinth.constant dense<[[[[[0.5, 1.25], [-1.0, 1.5]], [[-1.75, 0.25], [-0.5, 0.0]]], [[[0.25, -1.25], [-2.0, 0.0]], [[1.75, -1.0], [0.0, -1.5]]]]]> : tensor<1x2x2x2x2xf32>
  %r = plinth.conv_transpose %in0, %in1 {strides = array<i64: 2, 2, 2>, pads = array<i64: 0, 0, 0, 1, 1, 1>, dilations = array<i64: 1, 1, 1>, output_padding = array<i64: 0, 0, 0>, group = 1 : i64} : (tensor<1x1x2x2x2xf32>, tensor<1x2x2x2x2xf32>) -> tensor<1x2x3x3x3xf32>
  %u = tensor.cast %r : tensor<1x2x3x3x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// Dynamic batch and spatial dims.
// CHECK-LABEL: sizes = [2, 2, 7, 4]
// CHECK-NEXT: [0.25, -2, 2.5, -0.5]
// CHECK-NEXT: [-5.0625, -1.5625, 1.9375, 0.625]
// CHECK-NEXT: [1.25, -3.75, 1.625, 2.5]
// CHECK-NEXT: [-0.3125, 1.9375, 2.0625, -0.5]
// CHECK-NEXT: [-2, 2, -4.25, 2]
// CHECK-NEXT: [1.875, -1.375, 1.75, -1.375]
// CHECK-NEXT: [-0.5, -0.5, -0.5, -0.5]
// CHECK-NEXT: [0.625, 2.5, 5.125, -2]
// CHECK-NEXT: [-4.25, 0.9375, 9.3125, -0.5]
// CHECK-NEXT: [-0.375, 3.0625, 4.625, -1]
// CHECK-NEXT: [4.5, 3.8125, 4.25, 1.875]
// CHECK-NEXT: [3, 1.125, 3.25, 1.125]
// CHECK-NEXT: [2.25, 1.375, 5.5, 1.375]
// CHECK-NEXT: [1.75, 1.75, 1.75, 1.75]
// CHECK-NEXT: [-1.25, 1.25, -0.875, -1.5]
// CHECK-NEXT: [4.0625, 0.5625, -9.0625, -0.75]
// CHECK-NEXT: [-2.25, 3, -2.75, -1.25]
// CHECK-NEXT: [4.125, -1.5625, -3.125, 0.3125]
// CHECK-NEXT: [-1.75, {{-?}}0, -0.25, 1]
// CHECK-NEXT: [1.875, -0.4375, 1.5, -1.1875]
// CHECK-NEXT: [-0.5, -0.5, -0.5, -0.5]
// CHECK-NEXT: [3.375, 0.5625, 4.125, -0.25]
// CHECK-NEXT: [8.6875, 2.0625, 5.8125, -1.8125]
// CHECK-NEXT: [4.375, {{-?}}0, 4.25, -0.0625]
// CHECK-NEXT: [4.0625, 4, 8.25, -0.0625]
// CHECK-NEXT: [-0.375, 4, 2.75, -0.25]
// CHECK-NEXT: [-1, 2.625, 5.125, 0.875]
// CHECK-NEXT: [1.75, 1.75, 1.75, 1.75]
func.func @convt2d_dynamic_dynamic(%a0: tensor<?x2x?x?xf32>, %a1: tensor<2x2x3x3xf32>, %a2: tensor<2xf32>) -> tensor<?x2x?x?xf32> {
  %r = plinth.conv_transpose %a0, %a1, %a2 {strides = array<i64: 2, 2>, pads = array<i64: 1, 0, 0, 1>, dilations = array<i64: 1, 1>, output_padding = array<i64: 1, 0>, group = 1 : i64} : (tensor<?x2x?x?xf32>, tensor<2x2x3x3xf32>, tensor<2xf32>) -> tensor<?x2x?x?xf32>
  return %r : tensor<?x2x?x?xf32>
}

func.func @convt2d_dynamic() {
  %in0 = plinth.constant dense<[[[[-0.75, -1.5], [-1.75, 1.0], [1.5, 1.5]], [[0.75, -1.5], [1.5, -2.0], [-1.0, -1.0]]], [[[0.75, -1.5], [1.75, -1.25], [1.25, 0.25]], [[-1.0, -0.5], [-1.75, -0.5], [0.75, -1.25]]]]> : tensor<2x2x3x2xf32>
  %in1 = plinth.constant dense<[[[[1.75, 0.5, -0.75], [-1.0, 1.0, -0.5], [1.75, -0.25, 0.75]], [[1.5, 1.75, -1.25], [-0.5, 0.75, -0.5], [-1.0, 0.25, 1.5]]], [[[-0.25, -0.5, 1.0], [0.0, -1.0, 1.5], [0.25, 0.5, 1.25]], [[-1.75, 1.25, -1.5], [-2.0, 1.75, -1.0], [-2.0, 0.75, -1.0]]]]> : tensor<2x2x3x3xf32>
  %in2 = plinth.constant dense<[-0.5, 1.75]> : tensor<2xf32>
  %d0 = tensor.cast %in0 : tensor<2x2x3x2xf32> to tensor<?x2x?x?xf32>
  %d1 = tensor.cast %in1 : tensor<2x2x3x3xf32> to tensor<2x2x3x3xf32>
  %d2 = tensor.cast %in2 : tensor<2xf32> to tensor<2xf32>
  %r = call @convt2d_dynamic_dynamic(%d0, %d1, %d2) : (tensor<?x2x?x?xf32>, tensor<2x2x3x3xf32>, tensor<2xf32>) -> tensor<?x2x?x?xf32>
  %u = tensor.cast %r : tensor<?x2x?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @main() {
  call @convt2d_stride2() : () -> ()
  call @convt2d_pads_outpad() : () -> ()
  call @convt2d_grouped() : () -> ()
  call @convt1d_crop() : () -> ()
  call @convt1d_unit_stride() : () -> ()
  call @convt3d() : () -> ()
  call @convt2d_dynamic() : () -> ()
  return
}
