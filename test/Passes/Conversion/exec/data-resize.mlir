// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.resize: nearest, linear and cubic (onnxruntime reference).
// Expected values: numpy / onnxruntime, written by data-reference.py.

func.func private @printMemrefF32(tensor<*xf32>)

// linear, half_pixel, scales [1, 1, 1.5, 0.75].
// CHECK-LABEL: sizes = [1, 1, 4, 3]
// CHECK-NEXT: [4.6666{{[0-9]*}}, -5{{(\.0000[0-9]*)?}}, 3.6666{{[0-9]*}}]
// CHECK-NEXT: [0.5{{(0000[0-9]*)?}}, -2{{(\.0000[0-9]*)?}}, 1.75{{(00[0-9]*)?}}]
// CHECK-NEXT: [-1.7777{{[0-9]*}}, 1.8333{{[0-9]*}}, 0.16666{{[0-9]*}}]
// CHECK-NEXT: [5.7777{{[0-9]*}}, 5.1666{{[0-9]*}}, 1.5{{(000[0-9]*)?}}]
func.func @linear_half_pixel() {
  %in0 = plinth.constant dense<[[[[7.0, -7.0, -3.0, 5.0], [-5.0, 3.0, -1.0, 0.0], [8.0, 6.0, 6.0, 1.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 1 : i32, coordinate_transformation_mode = 0 : i32, nearest_mode = 0 : i32, scales = array<f32: 1.0, 1.0, 1.5, 0.75>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x3x4xf32>) -> tensor<1x1x4x3xf32>
  %u = tensor.cast %r : tensor<1x1x4x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// linear, half_pixel_symmetric, scales [1, 1, 1.5, 0.75].
// CHECK-LABEL: sizes = [1, 1, 4, 3]
// CHECK-NEXT: [4.6666{{[0-9]*}}, -5{{(\.0000[0-9]*)?}}, 3.6666{{[0-9]*}}]
// CHECK-NEXT: [-0.88888{{[0-9]*}}, -1{{(\.0000[0-9]*)?}}, 1.1111{{[0-9]*}}]
// CHECK-NEXT: [0.11111{{[0-9]*}}, 2.6666{{[0-9]*}}, 0.5{{(0000[0-9]*)?}}]
// CHECK-NEXT: [7.6666{{[0-9]*}}, 6{{(\.0000[0-9]*)?}}, 1.8333{{[0-9]*}}]
func.func @linear_half_pixel_symmetric() {
  %in0 = plinth.constant dense<[[[[7.0, -7.0, -3.0, 5.0], [-5.0, 3.0, -1.0, 0.0], [8.0, 6.0, 6.0, 1.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 1 : i32, coordinate_transformation_mode = 1 : i32, nearest_mode = 0 : i32, scales = array<f32: 1.0, 1.0, 1.5, 0.75>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x3x4xf32>) -> tensor<1x1x4x3xf32>
  %u = tensor.cast %r : tensor<1x1x4x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// linear, pytorch_half_pixel, scales [1, 1, 1.5, 0.75].
// CHECK-LABEL: sizes = [1, 1, 4, 3]
// CHECK-NEXT: [4.6666{{[0-9]*}}, -5{{(\.0000[0-9]*)?}}, 3.6666{{[0-9]*}}]
// CHECK-NEXT: [0.5{{(0000[0-9]*)?}}, -2{{(\.0000[0-9]*)?}}, 1.75{{(00[0-9]*)?}}]
// CHECK-NEXT: [-1.7777{{[0-9]*}}, 1.8333{{[0-9]*}}, 0.16666{{[0-9]*}}]
// CHECK-NEXT: [5.7777{{[0-9]*}}, 5.1666{{[0-9]*}}, 1.5{{(000[0-9]*)?}}]
func.func @linear_pytorch_half_pixel() {
  %in0 = plinth.constant dense<[[[[7.0, -7.0, -3.0, 5.0], [-5.0, 3.0, -1.0, 0.0], [8.0, 6.0, 6.0, 1.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 1 : i32, coordinate_transformation_mode = 2 : i32, nearest_mode = 0 : i32, scales = array<f32: 1.0, 1.0, 1.5, 0.75>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x3x4xf32>) -> tensor<1x1x4x3xf32>
  %u = tensor.cast %r : tensor<1x1x4x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// linear, align_corners, scales [1, 1, 1.5, 0.75].
// CHECK-LABEL: sizes = [1, 1, 4, 3]
// CHECK-NEXT: [7{{(\.0000[0-9]*)?}}, -5{{(\.0000[0-9]*)?}}, 5{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [-1{{(\.0000[0-9]*)?}}, -1{{(\.0000[0-9]*)?}}, 1.6666{{[0-9]*}}]
// CHECK-NEXT: [-0.66666{{[0-9]*}}, 2.6666{{[0-9]*}}, 0.33333{{[0-9]*}}]
// CHECK-NEXT: [8{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 1{{(\.0000[0-9]*)?}}]
func.func @linear_align_corners() {
  %in0 = plinth.constant dense<[[[[7.0, -7.0, -3.0, 5.0], [-5.0, 3.0, -1.0, 0.0], [8.0, 6.0, 6.0, 1.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 1 : i32, coordinate_transformation_mode = 3 : i32, nearest_mode = 0 : i32, scales = array<f32: 1.0, 1.0, 1.5, 0.75>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x3x4xf32>) -> tensor<1x1x4x3xf32>
  %u = tensor.cast %r : tensor<1x1x4x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// linear, asymmetric, scales [1, 1, 1.5, 0.75].
// CHECK-LABEL: sizes = [1, 1, 4, 3]
// CHECK-NEXT: [7{{(\.0000[0-9]*)?}}, -5.6666{{[0-9]*}}, 2.3333{{[0-9]*}}]
// CHECK-NEXT: [-1{{(\.0000[0-9]*)?}}, -0.77777{{[0-9]*}}, 0.55555{{[0-9]*}}]
// CHECK-NEXT: [-0.66666{{[0-9]*}}, 3.1111{{[0-9]*}}, 0.66666{{[0-9]*}}]
// CHECK-NEXT: [8{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 2.6666{{[0-9]*}}]
func.func @linear_asymmetric() {
  %in0 = plinth.constant dense<[[[[7.0, -7.0, -3.0, 5.0], [-5.0, 3.0, -1.0, 0.0], [8.0, 6.0, 6.0, 1.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 1 : i32, coordinate_transformation_mode = 4 : i32, nearest_mode = 0 : i32, scales = array<f32: 1.0, 1.0, 1.5, 0.75>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x3x4xf32>) -> tensor<1x1x4x3xf32>
  %u = tensor.cast %r : tensor<1x1x4x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// nearest, asymmetric, round_prefer_floor, scales [1, 1, 2.5, 1.25].
// CHECK-LABEL: sizes = [1, 1, 7, 5]
// CHECK-NEXT: [7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, -3{{(\.0000[0-9]*)?}}, -3{{(\.0000[0-9]*)?}}, 5{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, -3{{(\.0000[0-9]*)?}}, -3{{(\.0000[0-9]*)?}}, 5{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [-5{{(\.0000[0-9]*)?}}, 3{{(\.0000[0-9]*)?}}, -1{{(\.0000[0-9]*)?}}, -1{{(\.0000[0-9]*)?}}, 0]
// CHECK-NEXT: [-5{{(\.0000[0-9]*)?}}, 3{{(\.0000[0-9]*)?}}, -1{{(\.0000[0-9]*)?}}, -1{{(\.0000[0-9]*)?}}, 0]
// CHECK-NEXT: [8{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 1{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [8{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 1{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [8{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 1{{(\.0000[0-9]*)?}}]
func.func @nearest_round_prefer_floor() {
  %in0 = plinth.constant dense<[[[[7.0, -7.0, -3.0, 5.0], [-5.0, 3.0, -1.0, 0.0], [8.0, 6.0, 6.0, 1.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 0 : i32, coordinate_transformation_mode = 4 : i32, nearest_mode = 0 : i32, scales = array<f32: 1.0, 1.0, 2.5, 1.25>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x3x4xf32>) -> tensor<1x1x7x5xf32>
  %u = tensor.cast %r : tensor<1x1x7x5xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// nearest, asymmetric, round_prefer_ceil, scales [1, 1, 2.5, 1.25].
// CHECK-LABEL: sizes = [1, 1, 7, 5]
// CHECK-NEXT: [7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, -3{{(\.0000[0-9]*)?}}, -3{{(\.0000[0-9]*)?}}, 5{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, -3{{(\.0000[0-9]*)?}}, -3{{(\.0000[0-9]*)?}}, 5{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [-5{{(\.0000[0-9]*)?}}, 3{{(\.0000[0-9]*)?}}, -1{{(\.0000[0-9]*)?}}, -1{{(\.0000[0-9]*)?}}, 0]
// CHECK-NEXT: [-5{{(\.0000[0-9]*)?}}, 3{{(\.0000[0-9]*)?}}, -1{{(\.0000[0-9]*)?}}, -1{{(\.0000[0-9]*)?}}, 0]
// CHECK-NEXT: [8{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 1{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [8{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 1{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [8{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 1{{(\.0000[0-9]*)?}}]
func.func @nearest_round_prefer_ceil() {
  %in0 = plinth.constant dense<[[[[7.0, -7.0, -3.0, 5.0], [-5.0, 3.0, -1.0, 0.0], [8.0, 6.0, 6.0, 1.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 0 : i32, coordinate_transformation_mode = 4 : i32, nearest_mode = 1 : i32, scales = array<f32: 1.0, 1.0, 2.5, 1.25>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x3x4xf32>) -> tensor<1x1x7x5xf32>
  %u = tensor.cast %r : tensor<1x1x7x5xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// nearest, asymmetric, floor, scales [1, 1, 2.5, 1.25].
// CHECK-LABEL: sizes = [1, 1, 7, 5]
// CHECK-NEXT: [7{{(\.0000[0-9]*)?}}, 7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, -3{{(\.0000[0-9]*)?}}, 5{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [7{{(\.0000[0-9]*)?}}, 7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, -3{{(\.0000[0-9]*)?}}, 5{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [7{{(\.0000[0-9]*)?}}, 7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, -3{{(\.0000[0-9]*)?}}, 5{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [-5{{(\.0000[0-9]*)?}}, -5{{(\.0000[0-9]*)?}}, 3{{(\.0000[0-9]*)?}}, -1{{(\.0000[0-9]*)?}}, 0]
// CHECK-NEXT: [-5{{(\.0000[0-9]*)?}}, -5{{(\.0000[0-9]*)?}}, 3{{(\.0000[0-9]*)?}}, -1{{(\.0000[0-9]*)?}}, 0]
// CHECK-NEXT: [8{{(\.0000[0-9]*)?}}, 8{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 1{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [8{{(\.0000[0-9]*)?}}, 8{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 1{{(\.0000[0-9]*)?}}]
func.func @nearest_floor() {
  %in0 = plinth.constant dense<[[[[7.0, -7.0, -3.0, 5.0], [-5.0, 3.0, -1.0, 0.0], [8.0, 6.0, 6.0, 1.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 0 : i32, coordinate_transformation_mode = 4 : i32, nearest_mode = 2 : i32, scales = array<f32: 1.0, 1.0, 2.5, 1.25>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x3x4xf32>) -> tensor<1x1x7x5xf32>
  %u = tensor.cast %r : tensor<1x1x7x5xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// nearest, asymmetric, ceil, scales [1, 1, 2.5, 1.25].
// CHECK-LABEL: sizes = [1, 1, 7, 5]
// CHECK-NEXT: [7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, -3{{(\.0000[0-9]*)?}}, 5{{(\.0000[0-9]*)?}}, 5{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [-5{{(\.0000[0-9]*)?}}, 3{{(\.0000[0-9]*)?}}, -1{{(\.0000[0-9]*)?}}, 0, 0]
// CHECK-NEXT: [-5{{(\.0000[0-9]*)?}}, 3{{(\.0000[0-9]*)?}}, -1{{(\.0000[0-9]*)?}}, 0, 0]
// CHECK-NEXT: [8{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 1{{(\.0000[0-9]*)?}}, 1{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [8{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 1{{(\.0000[0-9]*)?}}, 1{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [8{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 1{{(\.0000[0-9]*)?}}, 1{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [8{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 1{{(\.0000[0-9]*)?}}, 1{{(\.0000[0-9]*)?}}]
func.func @nearest_ceil() {
  %in0 = plinth.constant dense<[[[[7.0, -7.0, -3.0, 5.0], [-5.0, 3.0, -1.0, 0.0], [8.0, 6.0, 6.0, 1.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 0 : i32, coordinate_transformation_mode = 4 : i32, nearest_mode = 3 : i32, scales = array<f32: 1.0, 1.0, 2.5, 1.25>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x3x4xf32>) -> tensor<1x1x7x5xf32>
  %u = tensor.cast %r : tensor<1x1x7x5xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// nearest, half_pixel, round_prefer_ceil, scales [1, 1, 0.7, 1.8].
// CHECK-LABEL: sizes = [1, 1, 2, 7]
// CHECK-NEXT: [7{{(\.0000[0-9]*)?}}, 7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, -3{{(\.0000[0-9]*)?}}, 5{{(\.0000[0-9]*)?}}, 5{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [8{{(\.0000[0-9]*)?}}, 8{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 1{{(\.0000[0-9]*)?}}, 1{{(\.0000[0-9]*)?}}]
func.func @nearest_half_pixel() {
  %in0 = plinth.constant dense<[[[[7.0, -7.0, -3.0, 5.0], [-5.0, 3.0, -1.0, 0.0], [8.0, 6.0, 6.0, 1.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 0 : i32, coordinate_transformation_mode = 0 : i32, nearest_mode = 1 : i32, scales = array<f32: 1.0, 1.0, 0.699999988079071, 1.7999999523162842>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x3x4xf32>) -> tensor<1x1x2x7xf32>
  %u = tensor.cast %r : tensor<1x1x2x7xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// cubic, half_pixel, a = -0.75, scales [1, 1, 2.0, 1.5].
// CHECK-LABEL: sizes = [1, 1, 6, 6]
// CHECK-NEXT: [9.6823{{[0-9]*}}, -0.34863{{[0-9]*}}, -8.9279{{[0-9]*}}, -4.9479{{[0-9]*}}, 1.6123{{[0-9]*}}, 6.2858{{[0-9]*}}]
// CHECK-NEXT: [4.5763{{[0-9]*}}, -0.69970{{[0-9]*}}, -5.4131{{[0-9]*}}, -3.8122{{[0-9]*}}, 0.71142{{[0-9]*}}, 4.4071{{[0-9]*}}]
// CHECK-NEXT: [-4.0056{{[0-9]*}}, -1.3725{{[0-9]*}}, 0.34092{{[0-9]*}}, -2.0256{{[0-9]*}}, -0.82666{{[0-9]*}}, 1.3067{{[0-9]*}}]
// CHECK-NEXT: [-4.0195{{[0-9]*}}, 1.0761{{[0-9]*}}, 4.8875{{[0-9]*}}, 1.5971{{[0-9]*}}, -0.12109{{[0-9]*}}, -0.39606{{[0-9]*}}]
// CHECK-NEXT: [4.5426{{[0-9]*}}, 5.2636{{[0-9]*}}, 5.6591{{[0-9]*}}, 5.0102{{[0-9]*}}, 2.4296{{[0-9]*}}, 0.26026{{[0-9]*}}]
// CHECK-NEXT: [9.6362{{[0-9]*}}, 7.8042{{[0-9]*}}, 6.2095{{[0-9]*}}, 7.1136{{[0-9]*}}, 3.9614{{[0-9]*}}, 0.61651{{[0-9]*}}]
func.func @cubic() {
  %in0 = plinth.constant dense<[[[[7.0, -7.0, -3.0, 5.0], [-5.0, 3.0, -1.0, 0.0], [8.0, 6.0, 6.0, 1.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 2 : i32, coordinate_transformation_mode = 0 : i32, nearest_mode = 0 : i32, scales = array<f32: 1.0, 1.0, 2.0, 1.5>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x3x4xf32>) -> tensor<1x1x6x6xf32>
  %u = tensor.cast %r : tensor<1x1x6x6xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// cubic, align_corners, a = -0.5, exclude_outside, scales [1, 1, 1.7, 0.6].
// CHECK-LABEL: sizes = [1, 1, 5, 2]
// CHECK-NEXT: [7{{(\.0000[0-9]*)?}}, 5{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [0.58823{{[0-9]*}}, 2.5882{{[0-9]*}}]
// CHECK-NEXT: [-5{{(\.0000[0-9]*)?}}, 0]
// CHECK-NEXT: [1.1764{{[0-9]*}}, 0.23529{{[0-9]*}}]
// CHECK-NEXT: [8{{(\.0000[0-9]*)?}}, 1{{(\.0000[0-9]*)?}}]
func.func @cubic_exclude() {
  %in0 = plinth.constant dense<[[[[7.0, -7.0, -3.0, 5.0], [-5.0, 3.0, -1.0, 0.0], [8.0, 6.0, 6.0, 1.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 2 : i32, coordinate_transformation_mode = 3 : i32, nearest_mode = 0 : i32, scales = array<f32: 1.0, 1.0, 1.7000000476837158, 0.6000000238418579>, cubic_coeff_a = -0.5 : f32, exclude_outside} : (tensor<1x1x3x4xf32>) -> tensor<1x1x5x2xf32>
  %u = tensor.cast %r : tensor<1x1x5x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// cubic, pytorch_half_pixel, a = -0.75, scales [1, 1, 0.5, 2.0].
// CHECK-LABEL: sizes = [1, 1, 1, 8]
// CHECK-NEXT: [8.4765{{[0-9]*}}, 3.6875{{[0-9]*}}, -4.25{{(00[0-9]*)?}}, -7.8515{{[0-9]*}}, -5.2421{{[0-9]*}}, -0.76562{{[0-9]*}}, 3.3281{{[0-9]*}}, 5.8437{{[0-9]*}}]
func.func @cubic_pytorch() {
  %in0 = plinth.constant dense<[[[[7.0, -7.0, -3.0, 5.0], [-5.0, 3.0, -1.0, 0.0], [8.0, 6.0, 6.0, 1.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 2 : i32, coordinate_transformation_mode = 2 : i32, nearest_mode = 0 : i32, scales = array<f32: 1.0, 1.0, 0.5, 2.0>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x3x4xf32>) -> tensor<1x1x1x8xf32>
  %u = tensor.cast %r : tensor<1x1x1x8xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// linear, half_pixel, scales [1, 1, 2.0, 0.5].
// CHECK-LABEL: sizes = [1, 1, 6, 2]
// CHECK-NEXT: [0, 1{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [-0.25{{(000[0-9]*)?}}, 0.625{{(00[0-9]*)?}}]
// CHECK-NEXT: [-0.75{{(000[0-9]*)?}}, -0.125{{(00[0-9]*)?}}]
// CHECK-NEXT: [1{{(\.0000[0-9]*)?}}, 0.5{{(0000[0-9]*)?}}]
// CHECK-NEXT: [5{{(\.0000[0-9]*)?}}, 2.5{{(000[0-9]*)?}}]
// CHECK-NEXT: [7{{(\.0000[0-9]*)?}}, 3.5{{(000[0-9]*)?}}]
func.func @linear_dynamic_dynamic(%a0: tensor<1x1x?x?xf32>) -> tensor<1x1x?x?xf32> {
  %r = plinth.resize %a0 {mode = 1 : i32, coordinate_transformation_mode = 0 : i32, nearest_mode = 0 : i32, scales = array<f32: 1.0, 1.0, 2.0, 0.5>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x?x?xf32>) -> tensor<1x1x?x?xf32>
  return %r : tensor<1x1x?x?xf32>
}

func.func @linear_dynamic() {
  %in0 = plinth.constant dense<[[[[7.0, -7.0, -3.0, 5.0], [-5.0, 3.0, -1.0, 0.0], [8.0, 6.0, 6.0, 1.0]]]]> : tensor<1x1x3x4xf32>
  %d0 = tensor.cast %in0 : tensor<1x1x3x4xf32> to tensor<1x1x?x?xf32>
  %r = call @linear_dynamic_dynamic(%d0) : (tensor<1x1x?x?xf32>) -> tensor<1x1x?x?xf32>
  %u = tensor.cast %r : tensor<1x1x?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// nearest, half_pixel_symmetric, ceil, scales [1, 1, 1.0, 2.5].
// CHECK-LABEL: sizes = [1, 1, 2, 12]
// CHECK-NEXT: [9{{(\.0000[0-9]*)?}}, 9{{(\.0000[0-9]*)?}}, 9{{(\.0000[0-9]*)?}}, 9{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, -6{{(\.0000[0-9]*)?}}, -6{{(\.0000[0-9]*)?}}, -6{{(\.0000[0-9]*)?}}, -4{{(\.0000[0-9]*)?}}, -4{{(\.0000[0-9]*)?}}, -4{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [1{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 0, 0, 9{{(\.0000[0-9]*)?}}, 9{{(\.0000[0-9]*)?}}, 9{{(\.0000[0-9]*)?}}, -3{{(\.0000[0-9]*)?}}, -3{{(\.0000[0-9]*)?}}, -3{{(\.0000[0-9]*)?}}]
func.func @nearest_symmetric() {
  %in0 = plinth.constant dense<[[[[9.0, 9.0, -7.0, -6.0, -4.0], [1.0, 6.0, 0.0, 9.0, -3.0]]]]> : tensor<1x1x2x5xf32>
  %r = plinth.resize %in0 {mode = 0 : i32, coordinate_transformation_mode = 1 : i32, nearest_mode = 3 : i32, scales = array<f32: 1.0, 1.0, 1.0, 2.5>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x2x5xf32>) -> tensor<1x1x2x12xf32>
  %u = tensor.cast %r : tensor<1x1x2x12xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// linear, asymmetric, scales [1, 1, 1.1, 1.1].
// CHECK-LABEL: sizes = [1, 1, 3, 4]
// CHECK-NEXT: [7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, -3{{(\.0000[0-9]*)?}}, 5{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [-5{{(\.0000[0-9]*)?}}, 3{{(\.0000[0-9]*)?}}, -1{{(\.0000[0-9]*)?}}, 0]
// CHECK-NEXT: [8{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 1{{(\.0000[0-9]*)?}}]
func.func @same_size_dynamic_dynamic(%a0: tensor<1x1x?x?xf32>) -> tensor<1x1x?x?xf32> {
  %r = plinth.resize %a0 {mode = 1 : i32, coordinate_transformation_mode = 4 : i32, nearest_mode = 0 : i32, scales = array<f32: 1.0, 1.0, 1.100000023841858, 1.100000023841858>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x?x?xf32>) -> tensor<1x1x?x?xf32>
  return %r : tensor<1x1x?x?xf32>
}

func.func @same_size_dynamic() {
  %in0 = plinth.constant dense<[[[[7.0, -7.0, -3.0, 5.0], [-5.0, 3.0, -1.0, 0.0], [8.0, 6.0, 6.0, 1.0]]]]> : tensor<1x1x3x4xf32>
  %d0 = tensor.cast %in0 : tensor<1x1x3x4xf32> to tensor<1x1x?x?xf32>
  %r = call @same_size_dynamic_dynamic(%d0) : (tensor<1x1x?x?xf32>) -> tensor<1x1x?x?xf32>
  %u = tensor.cast %r : tensor<1x1x?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @main() {
  call @linear_half_pixel() : () -> ()
  call @linear_half_pixel_symmetric() : () -> ()
  call @linear_pytorch_half_pixel() : () -> ()
  call @linear_align_corners() : () -> ()
  call @linear_asymmetric() : () -> ()
  call @nearest_round_prefer_floor() : () -> ()
  call @nearest_round_prefer_ceil() : () -> ()
  call @nearest_floor() : () -> ()
  call @nearest_ceil() : () -> ()
  call @nearest_half_pixel() : () -> ()
  call @cubic() : () -> ()
  call @cubic_exclude() : () -> ()
  call @cubic_pytorch() : () -> ()
  call @linear_dynamic() : () -> ()
  call @nearest_symmetric() : () -> ()
  call @same_size_dynamic() : () -> ()
  return
}
