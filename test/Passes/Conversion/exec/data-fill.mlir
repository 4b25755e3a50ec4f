// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.fill: tensor.empty + linalg.fill.
// Expected values: numpy / onnxruntime, written by data-reference.py.

func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI64(tensor<*xi64>)

// 2x3 of 1.5 from a run-time shape.
// CHECK-LABEL: sizes = [2, 3]
// CHECK-NEXT: [1.5, 1.5, 1.5]
// CHECK-NEXT: [1.5, 1.5, 1.5]
func.func @f32_dynamic(%a0: tensor<2xi64>) -> tensor<?x?xf32> {
  %r = plinth.fill %a0 {value = 1.5 : f32} : (tensor<2xi64>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

func.func @f32() {
  %in0 = plinth.constant dense<[2, 3]> : tensor<2xi64>
  %d0 = tensor.cast %in0 : tensor<2xi64> to tensor<2xi64>
  %r = call @f32_dynamic(%d0) : (tensor<2xi64>) -> tensor<?x?xf32>
  %u = tensor.cast %r : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// ?x4 of -3.
// CHECK-LABEL: sizes = [3, 4]
// CHECK-NEXT: [-3, -3, -3, -3]
// CHECK-NEXT: [-3, -3, -3, -3]
// CHECK-NEXT: [-3, -3, -3, -3]
func.func @i64_dynamic(%a0: tensor<2xi64>) -> tensor<?x4xi64> {
  %r = plinth.fill %a0 {value = -3 : i64} : (tensor<2xi64>) -> tensor<?x4xi64>
  return %r : tensor<?x4xi64>
}

func.func @i64() {
  %in0 = plinth.constant dense<[3, 4]> : tensor<2xi64>
  %d0 = tensor.cast %in0 : tensor<2xi64> to tensor<2xi64>
  %r = call @i64_dynamic(%d0) : (tensor<2xi64>) -> tensor<?x4xi64>
  %u = tensor.cast %r : tensor<?x4xi64> to tensor<*xi64>
  call @printMemrefI64(%u) : (tensor<*xi64>) -> ()
  return
}

func.func @main() {
  call @f32() : () -> ()
  call @i64() : () -> ()
  return
}
