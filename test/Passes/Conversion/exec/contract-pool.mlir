// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.pool lowered to linalg and run.
// Expected values: numpy / onnxruntime, written by contract-reference.py.

func.func private @printMemrefF16(tensor<*xf16>) attributes {llvm.emit_c_interface}
func.func private @printMemrefF32(tensor<*xf32>)

// Max 2-D, kernel 3, stride 2, pads 1, ceil_mode: pooling_nchw_max.
// CHECK-LABEL: sizes = [1, 2, 4, 4]
// CHECK-NEXT: [1.5, 0.5, 0.25, 0.25]
// CHECK-NEXT: [1.5, 1, 1, 1]
// CHECK-NEXT: [1.5, 1.25, 1.25, {{-?}}0]
// CHECK-NEXT: [1.5, 1.25, 1.25, {{-?}}0]
// CHECK-NEXT: [0.75, 1.25, 1.75, 1.75]
// CHECK-NEXT: [1.5, 1.25, 1.75, 1.75]
// CHECK-NEXT: [1.5, 1.75, 1.5, 1.25]
// CHECK-NEXT: [0.5, -0.25, 1.5, -1]
func.func @maxpool2d_ceil() {
  %in0 = plinth.constant dense<[[[[0.25, -2.0, 0.5, -1.5, -0.75, -1.25], [1.5, -1.75, 0.0, -0.25, 0.0, 0.25], [-1.75, -0.75, 0.25, -1.75, 1.0, 1.0], [0.0, 1.0, -0.5, 0.0, -0.25, -1.5], [-1.5, 0.0, -1.75, 0.5, -0.75, -0.5], [1.5, 1.25, -0.25, -0.5, 1.25, 0.0]], [[0.75, -1.75, 0.75, 0.25, -1.25, 1.0], [0.0, 0.75, 1.25, -1.0, 1.0, 1.75], [0.0, 0.75, 1.0, -0.5, 1.0, -0.5], [1.5, 1.0, 0.0, -1.5, 1.25, 0.5], [0.25, 0.75, 1.75, 0.0, -0.5, 1.25], [0.5, -0.25, -1.5, -0.25, 1.5, -1.0]]]]> : tensor<1x2x6x6xf32>
  %r = plinth.pool max %in0 {kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>, dilations = array<i64: 1, 1>, ceil_mode = true} : (tensor<1x2x6x6xf32>) -> tensor<1x2x4x4xf32>
  %u = tensor.cast %r : tensor<1x2x4x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// Avg 2-D, pads excluded from the count, ceil_mode.
// CHECK-LABEL: sizes = [1, 2, 4, 4]
// CHECK-NEXT: [-0.5, -0.83333{{[0-9]*}}, -0.58333{{[0-9]*}}, -0.5]
// CHECK-NEXT: [-0.29166{{[0-9]*}}, -0.41666{{[0-9]*}}, -0.16666{{[0-9]*}}, -0.083333{{[0-9]*}}]
// CHECK-NEXT: [0.375, -0.027777{{[0-9]*}}, -0.19444{{[0-9]*}}, -0.66666{{[0-9]*}}]
// CHECK-NEXT: [1.375, 0.16666{{[0-9]*}}, 0.25, {{-?}}0]
// CHECK-NEXT: [-0.0625, 0.041666{{[0-9]*}}, 0.29166{{[0-9]*}}, 1.375]
// CHECK-NEXT: [0.66666{{[0-9]*}}, 0.19444{{[0-9]*}}, 0.22222{{[0-9]*}}, 0.58333{{[0-9]*}}]
// CHECK-NEXT: [0.625, {{-?}}0, 0.13888{{[0-9]*}}, 0.25]
// CHECK-NEXT: [0.125, -0.66666{{[0-9]*}}, 0.083333{{[0-9]*}}, -1]
func.func @avgpool2d_exclude_pad() {
  %in0 = plinth.constant dense<[[[[0.25, -2.0, 0.5, -1.5, -0.75, -1.25], [1.5, -1.75, 0.0, -0.25, 0.0, 0.25], [-1.75, -0.75, 0.25, -1.75, 1.0, 1.0], [0.0, 1.0, -0.5, 0.0, -0.25, -1.5], [-1.5, 0.0, -1.75, 0.5, -0.75, -0.5], [1.5, 1.25, -0.25, -0.5, 1.25, 0.0]], [[0.75, -1.75, 0.75, 0.25, -1.25, 1.0], [0.0, 0.75, 1.25, -1.0, 1.0, 1.75], [0.0, 0.75, 1.0, -0.5, 1.0, -0.5], [1.5, 1.0, 0.0, -1.5, 1.25, 0.5], [0.25, 0.75, 1.75, 0.0, -0.5, 1.25], [0.5, -0.25, -1.5, -0.25, 1.5, -1.0]]]]> : tensor<1x2x6x6xf32>
  %r = plinth.pool avg %in0 {kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>, dilations = array<i64: 1, 1>, ceil_mode = true} : (tensor<1x2x6x6xf32>) -> tensor<1x2x4x4xf32>
  %u = tensor.cast %r : tensor<1x2x4x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// Avg 2-D, count_include_pad, ceil_mode (the overhang is not counted).
// CHECK-LABEL: sizes = [1, 1, 3, 3]
// CHECK-NEXT: [0.61111{{[0-9]*}}, 0.36111{{[0-9]*}}, 0.33333{{[0-9]*}}]
// CHECK-NEXT: [0.75, -0.16666{{[0-9]*}}, -0.70833{{[0-9]*}}]
// CHECK-NEXT: [0.41666{{[0-9]*}}, -0.66666{{[0-9]*}}, -1.5]
func.func @avgpool2d_include_pad() {
  %in0 = plinth.constant dense<[[[[1.75, 1.5, 1.25, -0.75, 1.0], [0.75, 1.5, -0.5, 0.25, 1.5], [1.5, 1.75, -1.75, -2.0, -1.75], [1.75, -0.5, 0.25, -0.5, -1.75], [1.5, -0.25, -1.0, -2.0, -1.75]]]]> : tensor<1x1x5x5xf32>
  %r = plinth.pool avg %in0 {kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 0, 0>, dilations = array<i64: 1, 1>, ceil_mode = true, count_include_pad = true} : (tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32>
  %u = tensor.cast %r : tensor<1x1x3x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// Avg 2-D without pads: a constant divisor.
// CHECK-LABEL: sizes = [1, 2, 2, 2]
// CHECK-NEXT: [0.1875, -0.25]
// CHECK-NEXT: [0.4375, 0.4375]
// CHECK-NEXT: [-0.6875, 0.125]
// CHECK-NEXT: [-0.6875, {{-?}}0]
func.func @avgpool2d_plain() {
  %in0 = plinth.constant dense<[[[[0.0, 1.0, -1.5, 0.0], [-0.75, 0.5, -1.0, 1.5], [0.25, -1.5, 1.25, 0.5], [1.5, 1.5, -0.75, 0.75]], [[0.25, -0.5, -2.0, 1.25], [-0.75, -1.75, 1.75, -0.5], [-1.75, -0.5, 1.25, 0.75], [0.5, -1.0, -1.0, -1.0]]]]> : tensor<1x2x4x4xf32>
  %r = plinth.pool avg %in0 {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>) -> tensor<1x2x2x2xf32>
  %u = tensor.cast %r : tensor<1x2x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// Avg 1-D, dilation 2, pads: pooling_ncw_sum.
// CHECK-LABEL: sizes = [1, 2, 4]
// CHECK-NEXT: [{{-?}}0, 0.5, -0.41666{{[0-9]*}}, -0.66666{{[0-9]*}}]
// CHECK-NEXT: [-0.25, -0.58333{{[0-9]*}}, {{-?}}0, -0.75]
func.func @avgpool1d_dilated() {
  %in0 = plinth.constant dense<[[[1.0, 1.0, -1.0, -1.0, 1.5, 1.75, -1.75, -1.0, -1.75], [-0.75, 1.0, 0.25, -0.25, -1.25, -1.5, 1.0, 0.0, -2.0]]]> : tensor<1x2x9xf32>
  %r = plinth.pool avg %in0 {kernel_shape = array<i64: 3>, strides = array<i64: 2>, pads = array<i64: 2, 1>, dilations = array<i64: 2>} : (tensor<1x2x9xf32>) -> tensor<1x2x4xf32>
  %u = tensor.cast %r : tensor<1x2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// Avg 1-D, dilation 2, count_include_pad, ceil_mode.
// CHECK-LABEL: sizes = [1, 1, 3]
// CHECK-NEXT: [0.25, 0.375, -0.75]
func.func @avgpool1d_dilated_include_pad() {
  %in0 = plinth.constant dense<[[[-1.0, 0.5, 0.0, 0.75, 0.75, -1.75, 1.25, 0.25]]]> : tensor<1x1x8xf32>
  %r = plinth.pool avg %in0 {kernel_shape = array<i64: 2>, strides = array<i64: 3>, pads = array<i64: 1, 1>, dilations = array<i64: 2>, ceil_mode = true, count_include_pad = true} : (tensor<1x1x8xf32>) -> tensor<1x1x3xf32>
  %u = tensor.cast %r : tensor<1x1x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// Max 1-D: pooling_ncw_max.
// CHECK-LABEL: sizes = [2, 1, 4]
// CHECK-NEXT: [1.75, 0.25, 1.75, -0.25]
// CHECK-NEXT: [1, 1, 1.25, -1]
func.func @maxpool1d() {
  %in0 = plinth.constant dense<[[[-2.0, 1.75, 0.25, -1.25, 1.75, -2.0, -0.25]], [[-2.0, 1.0, 1.0, -1.75, -1.0, 1.25, -1.0]]]> : tensor<2x1x7xf32>
  %r = plinth.pool max %in0 {kernel_shape = array<i64: 2>, strides = array<i64: 2>, pads = array<i64: 0, 1>, dilations = array<i64: 1>, ceil_mode = true} : (tensor<2x1x7xf32>) -> tensor<2x1x4xf32>
  %u = tensor.cast %r : tensor<2x1x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// Max 3-D: linalg.generic.
// CHECK-LABEL: sizes = [1, 1, 2, 2, 2]
// CHECK-NEXT: [1, 1.5]
// CHECK-NEXT: [1.25, 1.5]
// CHECK-NEXT: [1, 1.5]
// CHECK-NEXT: [1.25, 1.5]
func.func @maxpool3d() {
  %in0 = plinth.constant dense<[[[[[0.25, 0.0, 1.5, 0.75], [1.0, -1.75, 1.25, -0.25], [-2.0, -1.75, 0.75, 1.5], [-1.25, -1.0, -1.0, 1.5]], [[-0.75, 0.5, 0.25, -0.5], [0.5, -1.25, 1.5, 1.5], [-2.0, -0.25, -1.25, -0.25], [-0.75, 1.25, 1.25, -1.0]], [[0.0, -0.5, 0.0, 1.5], [1.0, -2.0, 0.5, 1.0], [-1.0, 0.75, -1.75, -1.75], [-0.25, -0.5, 1.5, 1.25]]]]]> : tensor<1x1x3x4x4xf32>
  %r = plinth.pool max %in0 {kernel_shape = array<i64: 2, 2, 2>, strides = array<i64: 1, 2, 2>, pads = array<i64: 0, 0, 0, 0, 1, 1>, dilations = array<i64: 1, 1, 1>} : (tensor<1x1x3x4x4xf32>) -> tensor<1x1x2x2x2xf32>
  %u = tensor.cast %r : tensor<1x1x2x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// Avg 3-D with pads: linalg.generic.
// CHECK-LABEL: sizes = [1, 1, 2, 2, 2]
// CHECK-NEXT: [0.25, -1]
// CHECK-NEXT: [-0.875, -0.125]
// CHECK-NEXT: [-0.125, 0.375]
// CHECK-NEXT: [-0.0625, 0.1875]
func.func @avgpool3d() {
  %in0 = plinth.constant dense<[[[[[0.25, 0.0, -2.0], [-1.25, -0.25, -0.5], [-0.5, 0.0, 0.25]], [[-0.5, 0.25, -1.75], [1.75, 0.0, -0.75], [-0.25, -0.5, -1.0]], [[0.25, 1.5, 1.5], [-1.5, 0.75, 1.0], [-0.25, 0.75, 1.25]]]]]> : tensor<1x1x3x3x3xf32>
  %r = plinth.pool avg %in0 {kernel_shape = array<i64: 2, 2, 2>, strides = array<i64: 2, 2, 2>, pads = array<i64: 1, 1, 1, 0, 0, 0>, dilations = array<i64: 1, 1, 1>, ceil_mode = true} : (tensor<1x1x3x3x3xf32>) -> tensor<1x1x2x2x2xf32>
  %u = tensor.cast %r : tensor<1x1x2x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// Max 2-D f16.
// CHECK-LABEL: sizes = [1, 1, 3, 3]
// CHECK-NEXT: [{{-?}}0, -0.25, 1.75]
// CHECK-NEXT: [1.25, 1.75, 1.75]
// CHECK-NEXT: [1.25, 1.75, 1.75]
func.func @maxpool2d_f16() {
  %in0 = plinth.constant dense<[[[[-1.75, -0.25, -2.0, 1.75], [0.0, -1.0, -1.75, -1.5], [-1.0, 1.25, 1.75, -1.0], [-0.75, 1.25, -1.75, 0.25]]]]> : tensor<1x1x4x4xf16>
  %r = plinth.pool max %in0 {kernel_shape = array<i64: 2, 2>, strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x1x4x4xf16>) -> tensor<1x1x3x3xf16>
  %u = tensor.cast %r : tensor<1x1x3x3xf16> to tensor<*xf16>
  call @printMemrefF16(%u) : (tensor<*xf16>) -> ()
  return
}

// Avg 2-D f16 (sums in f32).
// CHECK-LABEL: sizes = [1, 1, 4, 4]
// CHECK-NEXT: [0.0625, 0.083313{{[0-9]*}}, -0.375, -0.8125]
// CHECK-NEXT: [0.29174{{[0-9]*}}, 0.33325{{[0-9]*}}, 0.22216{{[0-9]*}}, -0.125]
// CHECK-NEXT: [-0.083313{{[0-9]*}}, -0.22216{{[0-9]*}}, -0.16662{{[0-9]*}}, -0.54150{{[0-9]*}}]
// CHECK-NEXT: [-0.125, -0.16662{{[0-9]*}}, 0.041656{{[0-9]*}}, -0.125]
func.func @avgpool2d_f16() {
  %in0 = plinth.constant dense<[[[[0.25, 0.0, 1.25, -1.75], [-1.0, 1.0, -1.0, -1.75], [-0.25, 1.75, 1.0, 1.5], [-1.0, -1.0, -1.5, -1.5]]]]> : tensor<1x1x4x4xf16>
  %r = plinth.pool avg %in0 {kernel_shape = array<i64: 3, 3>, strides = array<i64: 1, 1>, pads = array<i64: 1, 1, 1, 1>, dilations = array<i64: 1, 1>} : (tensor<1x1x4x4xf16>) -> tensor<1x1x4x4xf16>
  %u = tensor.cast %r : tensor<1x1x4x4xf16> to tensor<*xf16>
  call @printMemrefF16(%u) : (tensor<*xf16>) -> ()
  return
}

// Max 2-D with dynamic dims and ceil_mode.
// CHECK-LABEL: sizes = [1, 2, 4, 4]
// CHECK-NEXT: [1.5, 1.25, -0.25, 0.5]
// CHECK-NEXT: [1.5, 1.25, 1.75, 0.5]
// CHECK-NEXT: [1.75, 1.5, 1.75, 1.5]
// CHECK-NEXT: [1.5, {{-?}}0, -0.75, 1.5]
// CHECK-NEXT: [0.75, 1.25, 1.5, 1.5]
// CHECK-NEXT: [1.5, 1.75, 1.5, 1.5]
// CHECK-NEXT: [1.5, 1.75, 1.75, -0.25]
// CHECK-NEXT: [0.75, 1.5, 1.75, -0.75]
func.func @maxpool2d_dynamic_dynamic(%a0: tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32> {
  %r = plinth.pool max %a0 {kernel_shape = array<i64: 3, 2>, strides = array<i64: 2, 2>, pads = array<i64: 1, 0, 1, 1>, dilations = array<i64: 1, 1>, ceil_mode = true} : (tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
  return %r : tensor<?x?x?x?xf32>
}

func.func @maxpool2d_dynamic() {
  %in0 = plinth.constant dense<[[[[-1.0, 1.5, 0.5, -0.25, -0.25, -1.75, -0.25], [-0.25, 1.0, -1.25, 1.25, -0.5, -2.0, 0.5], [0.25, 1.5, 0.0, 1.0, -1.25, -1.5, 0.5], [-0.25, 1.0, -0.25, 1.0, 1.75, 1.75, -1.75], [1.75, 0.0, -0.75, 1.5, -1.5, -0.5, 1.25], [-1.0, 1.5, 0.0, 0.0, -0.75, -1.5, 1.5]], [[-2.0, -1.75, -1.75, -1.25, 0.75, -1.75, -1.5], [0.75, -2.0, -1.0, 1.25, 1.5, -0.25, 1.5], [1.5, 1.5, -1.25, -1.0, 0.5, -2.0, -1.0], [-0.5, 1.5, 1.75, -0.75, 1.0, 0.0, -2.0], [-0.5, 0.75, 0.75, 1.5, 0.5, 1.75, -0.25], [0.75, 0.25, 1.25, 1.5, 1.25, 1.75, -0.75]]]]> : tensor<1x2x6x7xf32>
  %d0 = tensor.cast %in0 : tensor<1x2x6x7xf32> to tensor<?x?x?x?xf32>
  %r = call @maxpool2d_dynamic_dynamic(%d0) : (tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
  %u = tensor.cast %r : tensor<?x?x?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// Avg 2-D with dynamic dims, pads excluded.
// CHECK-LABEL: sizes = [1, 2, 3, 4]
// CHECK-NEXT: [{{-?}}0, 0.083333{{[0-9]*}}, {{-?}}0, -0.75]
// CHECK-NEXT: [-0.125, 1.0555{{[0-9]*}}, 0.19444{{[0-9]*}}, -0.58333{{[0-9]*}}]
// CHECK-NEXT: [0.4375, 0.5, -0.375, 0.375]
// CHECK-NEXT: [-1.0625, -0.75, 0.41666{{[0-9]*}}, 1.125]
// CHECK-NEXT: [-1.375, -0.61111{{[0-9]*}}, -0.11111{{[0-9]*}}, 0.41666{{[0-9]*}}]
// CHECK-NEXT: [-0.1875, -0.25, -0.33333{{[0-9]*}}, -0.625]
func.func @avgpool2d_dynamic_dynamic(%a0: tensor<?x2x?x?xf32>) -> tensor<?x2x?x?xf32> {
  %r = plinth.pool avg %a0 {kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>, dilations = array<i64: 1, 1>, ceil_mode = true} : (tensor<?x2x?x?xf32>) -> tensor<?x2x?x?xf32>
  return %r : tensor<?x2x?x?xf32>
}

func.func @avgpool2d_dynamic() {
  %in0 = plinth.constant dense<[[[[1.75, -1.75, -0.75, 0.75, 0.25, -1.5], [0.5, -0.5, 1.0, 1.75, -1.25, 0.0], [-2.0, 0.0, 1.25, 1.75, 1.0, -1.0], [-0.5, 1.75, 1.0, 1.5, -1.25, -0.75], [1.25, -0.75, 1.0, -1.5, -1.75, 1.5]], [[-1.0, -1.5, -1.0, -2.0, 1.0, 1.5], [-2.0, 0.25, -0.75, 0.5, 0.75, 0.75], [-2.0, -2.0, 1.75, -1.75, 0.0, -0.25], [-0.5, -2.0, -1.5, 0.0, -1.75, 0.75], [1.25, 0.5, 1.25, 0.25, 0.75, -2.0]]]]> : tensor<1x2x5x6xf32>
  %d0 = tensor.cast %in0 : tensor<1x2x5x6xf32> to tensor<?x2x?x?xf32>
  %r = call @avgpool2d_dynamic_dynamic(%d0) : (tensor<?x2x?x?xf32>) -> tensor<?x2x?x?xf32>
  %u = tensor.cast %r : tensor<?x2x?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @main() {
  call @maxpool2d_ceil() : () -> ()
  call @avgpool2d_exclude_pad() : () -> ()
  call @avgpool2d_include_pad() : () -> ()
  call @avgpool2d_plain() : () -> ()
  call @avgpool1d_dilated() : () -> ()
  call @avgpool1d_dilated_include_pad() : () -> ()
  call @maxpool1d() : () -> ()
  call @maxpool3d() : () -> ()
  call @avgpool3d() : () -> ()
  call @maxpool2d_f16() : () -> ()
  call @avgpool2d_f16() : () -> ()
  call @maxpool2d_dynamic() : () -> ()
  call @avgpool2d_dynamic() : () -> ()
  return
}
