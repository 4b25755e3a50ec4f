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
// CHECK-NEXT: [-7{{(\.0000[0-9]*)?}}, -0.5{{(0000[0-9]*)?}}, 1{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [-2.5{{(000[0-9]*)?}}, 1.25{{(00[0-9]*)?}}, -2.9166{{[0-9]*}}]
// CHECK-NEXT: [1.4722{{[0-9]*}}, 1.75{{(00[0-9]*)?}}, -4.6388{{[0-9]*}}]
// CHECK-NEXT: [-0.63888{{[0-9]*}}, -3.25{{(00[0-9]*)?}}, 4.1388{{[0-9]*}}]
func.func @linear_half_pixel() {
  %in0 = plinth.constant dense<[[[[-7.0, -7.0, 6.0, 0.0], [2.0, 2.0, 4.0, -9.0], [0.0, -7.0, -2.0, 8.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 1 : i32, coordinate_transformation_mode = 0 : i32, nearest_mode = 0 : i32, scales = array<f32: 1.0, 1.0, 1.5, 0.75>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x3x4xf32>) -> tensor<1x1x4x3xf32>
  %u = tensor.cast %r : tensor<1x1x4x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// linear, half_pixel_symmetric, scales [1, 1, 1.5, 0.75].
// CHECK-LABEL: sizes = [1, 1, 4, 3]
// CHECK-NEXT: [-7{{(\.0000[0-9]*)?}}, -0.5{{(0000[0-9]*)?}}, 1{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [-1{{(\.0000[0-9]*)?}}, 1.8333{{[0-9]*}}, -4.2222{{[0-9]*}}]
// CHECK-NEXT: [0.94444{{[0-9]*}}, 0.5{{(0000[0-9]*)?}}, -2.4444{{[0-9]*}}]
// CHECK-NEXT: [-1.1666{{[0-9]*}}, -4.5{{(000[0-9]*)?}}, 6.3333{{[0-9]*}}]
func.func @linear_half_pixel_symmetric() {
  %in0 = plinth.constant dense<[[[[-7.0, -7.0, 6.0, 0.0], [2.0, 2.0, 4.0, -9.0], [0.0, -7.0, -2.0, 8.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 1 : i32, coordinate_transformation_mode = 1 : i32, nearest_mode = 0 : i32, scales = array<f32: 1.0, 1.0, 1.5, 0.75>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x3x4xf32>) -> tensor<1x1x4x3xf32>
  %u = tensor.cast %r : tensor<1x1x4x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// linear, pytorch_half_pixel, scales [1, 1, 1.5, 0.75].
// CHECK-LABEL: sizes = [1, 1, 4, 3]
// CHECK-NEXT: [-7{{(\.0000[0-9]*)?}}, -0.5{{(0000[0-9]*)?}}, 1{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [-2.5{{(000[0-9]*)?}}, 1.25{{(00[0-9]*)?}}, -2.9166{{[0-9]*}}]
// CHECK-NEXT: [1.4722{{[0-9]*}}, 1.75{{(00[0-9]*)?}}, -4.6388{{[0-9]*}}]
// CHECK-NEXT: [-0.63888{{[0-9]*}}, -3.25{{(00[0-9]*)?}}, 4.1388{{[0-9]*}}]
func.func @linear_pytorch_half_pixel() {
  %in0 = plinth.constant dense<[[[[-7.0, -7.0, 6.0, 0.0], [2.0, 2.0, 4.0, -9.0], [0.0, -7.0, -2.0, 8.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 1 : i32, coordinate_transformation_mode = 2 : i32, nearest_mode = 0 : i32, scales = array<f32: 1.0, 1.0, 1.5, 0.75>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x3x4xf32>) -> tensor<1x1x4x3xf32>
  %u = tensor.cast %r : tensor<1x1x4x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// linear, align_corners, scales [1, 1, 1.5, 0.75].
// CHECK-LABEL: sizes = [1, 1, 4, 3]
// CHECK-NEXT: [-7{{(\.0000[0-9]*)?}}, -0.5{{(0000[0-9]*)?}}, 0]
// CHECK-NEXT: [-1{{(\.0000[0-9]*)?}}, 1.8333{{[0-9]*}}, -6{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [1.3333{{[0-9]*}}, 0.5{{(0000[0-9]*)?}}, -3.3333{{[0-9]*}}]
// CHECK-NEXT: [0, -4.5{{(000[0-9]*)?}}, 8{{(\.0000[0-9]*)?}}]
func.func @linear_align_corners() {
  %in0 = plinth.constant dense<[[[[-7.0, -7.0, 6.0, 0.0], [2.0, 2.0, 4.0, -9.0], [0.0, -7.0, -2.0, 8.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 1 : i32, coordinate_transformation_mode = 3 : i32, nearest_mode = 0 : i32, scales = array<f32: 1.0, 1.0, 1.5, 0.75>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x3x4xf32>) -> tensor<1x1x4x3xf32>
  %u = tensor.cast %r : tensor<1x1x4x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// linear, asymmetric, scales [1, 1, 1.5, 0.75].
// CHECK-LABEL: sizes = [1, 1, 4, 3]
// CHECK-NEXT: [-7{{(\.0000[0-9]*)?}}, -2.6666{{[0-9]*}}, 2{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [-1{{(\.0000[0-9]*)?}}, 0.88888{{[0-9]*}}, -2.4444{{[0-9]*}}]
// CHECK-NEXT: [1.3333{{[0-9]*}}, {{-?(0|[0-9.]+e-(0[5-9]|[1-9][0-9]+))}}, -1.5555{{[0-9]*}}]
// CHECK-NEXT: [0, -5.3333{{[0-9]*}}, 4.6666{{[0-9]*}}]
func.func @linear_asymmetric() {
  %in0 = plinth.constant dense<[[[[-7.0, -7.0, 6.0, 0.0], [2.0, 2.0, 4.0, -9.0], [0.0, -7.0, -2.0, 8.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 1 : i32, coordinate_transformation_mode = 4 : i32, nearest_mode = 0 : i32, scales = array<f32: 1.0, 1.0, 1.5, 0.75>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x3x4xf32>) -> tensor<1x1x4x3xf32>
  %u = tensor.cast %r : tensor<1x1x4x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// nearest, asymmetric, round_prefer_floor, scales [1, 1, 2.5, 1.25].
// CHECK-LABEL: sizes = [1, 1, 7, 5]
// CHECK-NEXT: [-7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 0]
// CHECK-NEXT: [-7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 0]
// CHECK-NEXT: [2{{(\.0000[0-9]*)?}}, 2{{(\.0000[0-9]*)?}}, 4{{(\.0000[0-9]*)?}}, 4{{(\.0000[0-9]*)?}}, -9{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [2{{(\.0000[0-9]*)?}}, 2{{(\.0000[0-9]*)?}}, 4{{(\.0000[0-9]*)?}}, 4{{(\.0000[0-9]*)?}}, -9{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [0, -7{{(\.0000[0-9]*)?}}, -2{{(\.0000[0-9]*)?}}, -2{{(\.0000[0-9]*)?}}, 8{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [0, -7{{(\.0000[0-9]*)?}}, -2{{(\.0000[0-9]*)?}}, -2{{(\.0000[0-9]*)?}}, 8{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [0, -7{{(\.0000[0-9]*)?}}, -2{{(\.0000[0-9]*)?}}, -2{{(\.0000[0-9]*)?}}, 8{{(\.0000[0-9]*)?}}]
func.func @nearest_round_prefer_floor() {
  %in0 = plinth.constant dense<[[[[-7.0, -7.0, 6.0, 0.0], [2.0, 2.0, 4.0, -9.0], [0.0, -7.0, -2.0, 8.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 0 : i32, coordinate_transformation_mode = 4 : i32, nearest_mode = 0 : i32, scales = array<f32: 1.0, 1.0, 2.5, 1.25>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x3x4xf32>) -> tensor<1x1x7x5xf32>
  %u = tensor.cast %r : tensor<1x1x7x5xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// nearest, asymmetric, round_prefer_ceil, scales [1, 1, 2.5, 1.25].
// CHECK-LABEL: sizes = [1, 1, 7, 5]
// CHECK-NEXT: [-7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 0]
// CHECK-NEXT: [-7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 0]
// CHECK-NEXT: [2{{(\.0000[0-9]*)?}}, 2{{(\.0000[0-9]*)?}}, 4{{(\.0000[0-9]*)?}}, 4{{(\.0000[0-9]*)?}}, -9{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [2{{(\.0000[0-9]*)?}}, 2{{(\.0000[0-9]*)?}}, 4{{(\.0000[0-9]*)?}}, 4{{(\.0000[0-9]*)?}}, -9{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [0, -7{{(\.0000[0-9]*)?}}, -2{{(\.0000[0-9]*)?}}, -2{{(\.0000[0-9]*)?}}, 8{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [0, -7{{(\.0000[0-9]*)?}}, -2{{(\.0000[0-9]*)?}}, -2{{(\.0000[0-9]*)?}}, 8{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [0, -7{{(\.0000[0-9]*)?}}, -2{{(\.0000[0-9]*)?}}, -2{{(\.0000[0-9]*)?}}, 8{{(\.0000[0-9]*)?}}]
func.func @nearest_round_prefer_ceil() {
  %in0 = plinth.constant dense<[[[[-7.0, -7.0, 6.0, 0.0], [2.0, 2.0, 4.0, -9.0], [0.0, -7.0, -2.0, 8.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 0 : i32, coordinate_transformation_mode = 4 : i32, nearest_mode = 1 : i32, scales = array<f32: 1.0, 1.0, 2.5, 1.25>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x3x4xf32>) -> tensor<1x1x7x5xf32>
  %u = tensor.cast %r : tensor<1x1x7x5xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// nearest, asymmetric, floor, scales [1, 1, 2.5, 1.25].
// CHECK-LABEL: sizes = [1, 1, 7, 5]
// CHECK-NEXT: [-7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 0]
// CHECK-NEXT: [-7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 0]
// CHECK-NEXT: [-7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 0]
// CHECK-NEXT: [2{{(\.0000[0-9]*)?}}, 2{{(\.0000[0-9]*)?}}, 2{{(\.0000[0-9]*)?}}, 4{{(\.0000[0-9]*)?}}, -9{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [2{{(\.0000[0-9]*)?}}, 2{{(\.0000[0-9]*)?}}, 2{{(\.0000[0-9]*)?}}, 4{{(\.0000[0-9]*)?}}, -9{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [0, 0, -7{{(\.0000[0-9]*)?}}, -2{{(\.0000[0-9]*)?}}, 8{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [0, 0, -7{{(\.0000[0-9]*)?}}, -2{{(\.0000[0-9]*)?}}, 8{{(\.0000[0-9]*)?}}]
func.func @nearest_floor() {
  %in0 = plinth.constant dense<[[[[-7.0, -7.0, 6.0, 0.0], [2.0, 2.0, 4.0, -9.0], [0.0, -7.0, -2.0, 8.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 0 : i32, coordinate_transformation_mode = 4 : i32, nearest_mode = 2 : i32, scales = array<f32: 1.0, 1.0, 2.5, 1.25>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x3x4xf32>) -> tensor<1x1x7x5xf32>
  %u = tensor.cast %r : tensor<1x1x7x5xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// nearest, asymmetric, ceil, scales [1, 1, 2.5, 1.25].
// CHECK-LABEL: sizes = [1, 1, 7, 5]
// CHECK-NEXT: [-7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 0, 0]
// CHECK-NEXT: [2{{(\.0000[0-9]*)?}}, 2{{(\.0000[0-9]*)?}}, 4{{(\.0000[0-9]*)?}}, -9{{(\.0000[0-9]*)?}}, -9{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [2{{(\.0000[0-9]*)?}}, 2{{(\.0000[0-9]*)?}}, 4{{(\.0000[0-9]*)?}}, -9{{(\.0000[0-9]*)?}}, -9{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [0, -7{{(\.0000[0-9]*)?}}, -2{{(\.0000[0-9]*)?}}, 8{{(\.0000[0-9]*)?}}, 8{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [0, -7{{(\.0000[0-9]*)?}}, -2{{(\.0000[0-9]*)?}}, 8{{(\.0000[0-9]*)?}}, 8{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [0, -7{{(\.0000[0-9]*)?}}, -2{{(\.0000[0-9]*)?}}, 8{{(\.0000[0-9]*)?}}, 8{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [0, -7{{(\.0000[0-9]*)?}}, -2{{(\.0000[0-9]*)?}}, 8{{(\.0000[0-9]*)?}}, 8{{(\.0000[0-9]*)?}}]
func.func @nearest_ceil() {
  %in0 = plinth.constant dense<[[[[-7.0, -7.0, 6.0, 0.0], [2.0, 2.0, 4.0, -9.0], [0.0, -7.0, -2.0, 8.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 0 : i32, coordinate_transformation_mode = 4 : i32, nearest_mode = 3 : i32, scales = array<f32: 1.0, 1.0, 2.5, 1.25>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x3x4xf32>) -> tensor<1x1x7x5xf32>
  %u = tensor.cast %r : tensor<1x1x7x5xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// nearest, half_pixel, round_prefer_ceil, scales [1, 1, 0.7, 1.8].
// CHECK-LABEL: sizes = [1, 1, 2, 7]
// CHECK-NEXT: [-7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, 6{{(\.0000[0-9]*)?}}, 0, 0]
// CHECK-NEXT: [0, 0, -7{{(\.0000[0-9]*)?}}, -7{{(\.0000[0-9]*)?}}, -2{{(\.0000[0-9]*)?}}, 8{{(\.0000[0-9]*)?}}, 8{{(\.0000[0-9]*)?}}]
func.func @nearest_half_pixel() {
  %in0 = plinth.constant dense<[[[[-7.0, -7.0, 6.0, 0.0], [2.0, 2.0, 4.0, -9.0], [0.0, -7.0, -2.0, 8.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 0 : i32, coordinate_transformation_mode = 0 : i32, nearest_mode = 1 : i32, scales = array<f32: 1.0, 1.0, 0.699999988079071, 1.7999999523162842>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x3x4xf32>) -> tensor<1x1x2x7xf32>
  %u = tensor.cast %r : tensor<1x1x2x7xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// cubic, half_pixel, a = -0.75, scales [1, 1, 2.0, 1.5].
// CHECK-LABEL: sizes = [1, 1, 6, 6]
// CHECK-NEXT: [-7.9492{{[0-9]*}}, -9.2767{{[0-9]*}}, -5.8256{{[0-9]*}}, 4.6354{{[0-9]*}}, 4.9075{{[0-9]*}}, 0.49247{{[0-9]*}}]
// CHECK-NEXT: [-4.9119{{[0-9]*}}, -5.7428{{[0-9]*}}, -2.9845{{[0-9]*}}, 4.9978{{[0-9]*}}, 2.5357{{[0-9]*}}, -3.3654{{[0-9]*}}]
// CHECK-NEXT: [0.10778{{[0-9]*}}, 0.14953{{[0-9]*}}, 1.8138{{[0-9]*}}, 5.7008{{[0-9]*}}, -1.4425{{[0-9]*}}, -9.9552{{[0-9]*}}]
// CHECK-NEXT: [2.6337{{[0-9]*}}, 1.5606{{[0-9]*}}, 1.1386{{[0-9]*}}, 2.9242{{[0-9]*}}, -1.6915{{[0-9]*}}, -6.8378{{[0-9]*}}]
// CHECK-NEXT: [1.2395{{[0-9]*}}, -2.3062{{[0-9]*}}, -4.6288{{[0-9]*}}, -1.7638{{[0-9]*}}, 1.9293{{[0-9]*}}, 4.2263{{[0-9]*}}]
// CHECK-NEXT: [0.46078{{[0-9]*}}, -4.5784{{[0-9]*}}, -8.0736{{[0-9]*}}, -4.6087{{[0-9]*}}, 4.0784{{[0-9]*}}, 10.871{{[0-9]*}}]
func.func @cubic() {
  %in0 = plinth.constant dense<[[[[-7.0, -7.0, 6.0, 0.0], [2.0, 2.0, 4.0, -9.0], [0.0, -7.0, -2.0, 8.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 2 : i32, coordinate_transformation_mode = 0 : i32, nearest_mode = 0 : i32, scales = array<f32: 1.0, 1.0, 2.0, 1.5>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x3x4xf32>) -> tensor<1x1x6x6xf32>
  %u = tensor.cast %r : tensor<1x1x6x6xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// cubic, align_corners, a = -0.5, exclude_outside, scales [1, 1, 1.7, 0.6].
// CHECK-LABEL: sizes = [1, 1, 5, 2]
// CHECK-NEXT: [-7{{(\.0000[0-9]*)?}}, 0]
// CHECK-NEXT: [-2.6470{{[0-9]*}}, -5.2352{{[0-9]*}}]
// CHECK-NEXT: [2{{(\.0000[0-9]*)?}}, -9{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [1.4705{{[0-9]*}}, -0.52941{{[0-9]*}}]
// CHECK-NEXT: [0, 8{{(\.0000[0-9]*)?}}]
func.func @cubic_exclude() {
  %in0 = plinth.constant dense<[[[[-7.0, -7.0, 6.0, 0.0], [2.0, 2.0, 4.0, -9.0], [0.0, -7.0, -2.0, 8.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 2 : i32, coordinate_transformation_mode = 3 : i32, nearest_mode = 0 : i32, scales = array<f32: 1.0, 1.0, 1.7000000476837158, 0.6000000238418579>, cubic_coeff_a = -0.5 : f32, exclude_outside} : (tensor<1x1x3x4xf32>) -> tensor<1x1x5x2xf32>
  %u = tensor.cast %r : tensor<1x1x5x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// cubic, pytorch_half_pixel, a = -0.75, scales [1, 1, 0.5, 2.0].
// CHECK-LABEL: sizes = [1, 1, 1, 8]
// CHECK-NEXT: [-7{{(\.0000[0-9]*)?}}, -7.4570{{[0-9]*}}, -8.3710{{[0-9]*}}, -3.8437{{[0-9]*}}, 3.6875{{[0-9]*}}, 6.0117{{[0-9]*}}, 1.8164{{[0-9]*}}, -0.63281{{[0-9]*}}]
func.func @cubic_pytorch() {
  %in0 = plinth.constant dense<[[[[-7.0, -7.0, 6.0, 0.0], [2.0, 2.0, 4.0, -9.0], [0.0, -7.0, -2.0, 8.0]]]]> : tensor<1x1x3x4xf32>
  %r = plinth.resize %in0 {mode = 2 : i32, coordinate_transformation_mode = 2 : i32, nearest_mode = 0 : i32, scales = array<f32: 1.0, 1.0, 0.5, 2.0>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x3x4xf32>) -> tensor<1x1x1x8xf32>
  %u = tensor.cast %r : tensor<1x1x1x8xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// linear, half_pixel, scales [1, 1, 2.0, 0.5].
// CHECK-LABEL: sizes = [1, 1, 6, 2]
// CHECK-NEXT: [-7{{(\.0000[0-9]*)?}}, 3{{(\.0000[0-9]*)?}}]
// CHECK-NEXT: [-4.75{{(00[0-9]*)?}}, 1.625{{(0[0-9]*)?}}]
// CHECK-NEXT: [-0.25{{(000[0-9]*)?}}, -1.125{{(0[0-9]*)?}}]
// CHECK-NEXT: [0.625{{(00[0-9]*)?}}, -1.125{{(0[0-9]*)?}}]
// CHECK-NEXT: [-2.125{{(0[0-9]*)?}}, 1.625{{(0[0-9]*)?}}]
// CHECK-NEXT: [-3.5{{(000[0-9]*)?}}, 3{{(\.0000[0-9]*)?}}]
func.func @linear_dynamic_dynamic(%a0: tensor<1x1x?x?xf32>) -> tensor<1x1x?x?xf32> {
  %r = plinth.resize %a0 {mode = 1 : i32, coordinate_transformation_mode = 0 : i32, nearest_mode = 0 : i32, scales = array<f32: 1.0, 1.0, 2.0, 0.5>, cubic_coeff_a = -0.75 : f32} : (tensor<1x1x?x?xf32>) -> tensor<1x1x?x?xf32>
  return %r : tensor<1x1x?x?xf32>
}

func.func @linear_dynamic() {
  %in0 = plinth.constant dense<[[[[-7.0, -7.0, 6.0, 0.0], [2.0, 2.0, 4.0, -9.0], [0.0, -7.0, -2.0, 8.0]]]]> : tensor<1x1x3x4xf32>
  %d0 = tensor.cast %in0 : tensor<1x1x3x4xf32> to tensor<1x1x?x?xf32>
  %r = call @linear_dynamic_dynamic(%d0) : (tensor<1x1x?x?xf32>) -> tensor<1x1x?x?xf32>
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
  return
}
