// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.gelu lowered to linalg and run.
// Expected values: numpy / onnxruntime, written by elementwise-reference.py.

// case0: gelu none (onnxruntime Gelu)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}0.197184, -0.007332{{([0-9]*)?}}, -0.0409146, 2.04743],
// CHECK-NEXT: [-0.000111058, -0.116535, -0, -0.000211354]]
// case1: gelu tanh (onnxruntime Gelu approximate=tanh)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}0.197181, -0.00686595, -0.0409146, 2.0476],
// CHECK-NEXT: [-5.99762e-05, -0.116769, -0, -0.000129{{([0-9]*)?}}]]
// case2: gelu none with dynamic dims (onnxruntime Gelu)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}0.197184, -0.007332{{([0-9]*)?}}, -0.0409146, 2.04743],
// CHECK-NEXT: [-0.000111058, -0.116535, -0, -0.000211354]]
// case3: gelu none f16, computed in f32 (numpy, math.erf)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}0.197144, -0.00733185, -0.0409241, 2.04688],
// CHECK-NEXT: [-0.000111{{([0-9]*)?}}, -0.116516, {{-?(0|[0-9.]+e-(0[5-9]|[1-9][0-9]+))}}, -0.000211239]]

func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI32(tensor<*xi32>)
func.func private @printMemrefI64(tensor<*xi64>)

func.func @case0() {
  %in0 = plinth.constant dense<[[0.3160000145435333, -2.7909998893737793, -0.08799999952316284, 2.0859999656677246], [-4.0329999923706055, -1.3730000257492065, -5.703999996185303, -3.86899995803833]]> : tensor<2x4xf32>
  %r:1 = plinth.gelu none %in0 : tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case1() {
  %in0 = plinth.constant dense<[[0.3160000145435333, -2.7909998893737793, -0.08799999952316284, 2.0859999656677246], [-4.0329999923706055, -1.3730000257492065, -5.703999996185303, -3.86899995803833]]> : tensor<2x4xf32>
  %r:1 = plinth.gelu tanh %in0 : tensor<2x4xf32>
  %u0 = tensor.cast %r#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case2_dynamic(%a0: tensor<?x?xf32>) -> (tensor<?x?xf32>) {
  %r:1 = plinth.gelu none %a0 : tensor<?x?xf32>
  return %r#0 : tensor<?x?xf32>
}

func.func @case2() {
  %in0 = plinth.constant dense<[[0.3160000145435333, -2.7909998893737793, -0.08799999952316284, 2.0859999656677246], [-4.0329999923706055, -1.3730000257492065, -5.703999996185303, -3.86899995803833]]> : tensor<2x4xf32>
  %d0 = tensor.cast %in0 : tensor<2x4xf32> to tensor<?x?xf32>
  %r:1 = call @case2_dynamic(%d0) : (tensor<?x?xf32>) -> (tensor<?x?xf32>)
  %u0 = tensor.cast %r#0 : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case3() {
  %in0 = plinth.constant dense<[[0.31591796875, -2.791015625, -0.0880126953125, 2.0859375], [-4.03125, -1.373046875, -5.703125, -3.869140625]]> : tensor<2x4xf16>
  %r:1 = plinth.gelu none %in0 : tensor<2x4xf16>
  %p0 = plinth.cast %r#0 : tensor<2x4xf16> to tensor<2x4xf32>
  %u0 = tensor.cast %p0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @main() {
  call @case0() : () -> ()
  call @case1() : () -> ()
  call @case2() : () -> ()
  call @case3() : () -> ()
  return
}
