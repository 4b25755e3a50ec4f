// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.select lowered to linalg and run.
// Expected values: numpy / onnxruntime, written by elementwise-reference.py.

// case0: select 2x1 ? 2x3 : scalar (onnxruntime Where)
// CHECK: sizes = [2, 3] strides
// CHECK-NEXT: {{\[\[}}0.06, 1.34, -0.492],
// CHECK-NEXT: [7, 7, 7]]
// case1: select with dynamic dims (onnxruntime Where)
// CHECK: sizes = [2, 3] strides
// CHECK-NEXT: {{\[\[}}0.06, 1.34, -0.492],
// CHECK-NEXT: [7, 7, 7]]
// case2: select ui8 (numpy)
// CHECK: sizes = [3] strides
// CHECK-NEXT: [1, 201, 3]

func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI32(tensor<*xi32>)
func.func private @printMemrefI64(tensor<*xi64>)

func.func @case0() {
  %in0 = plinth.constant dense<[[true], [false]]> : tensor<2x1xi1>
  %in1 = plinth.constant dense<[[0.05999999865889549, 1.340000033378601, -0.492000013589859], [-0.6200000047683716, 0.49000000953674316, 0.3569999933242798]]> : tensor<2x3xf32>
  %in2 = plinth.constant dense<7.0> : tensor<f32>
  %r:1 = plinth.select %in0, %in1, %in2 : (tensor<2x1xi1>, tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %u0 = tensor.cast %r#0 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case1_dynamic(%a0: tensor<?x?xi1>, %a1: tensor<?x?xf32>, %a2: tensor<f32>) -> (tensor<?x?xf32>) {
  %r:1 = plinth.select %a0, %a1, %a2 : (tensor<?x?xi1>, tensor<?x?xf32>, tensor<f32>) -> tensor<?x?xf32>
  return %r#0 : tensor<?x?xf32>
}

func.func @case1() {
  %in0 = plinth.constant dense<[[true], [false]]> : tensor<2x1xi1>
  %in1 = plinth.constant dense<[[0.05999999865889549, 1.340000033378601, -0.492000013589859], [-0.6200000047683716, 0.49000000953674316, 0.3569999933242798]]> : tensor<2x3xf32>
  %in2 = plinth.constant dense<7.0> : tensor<f32>
  %d0 = tensor.cast %in0 : tensor<2x1xi1> to tensor<?x?xi1>
  %d1 = tensor.cast %in1 : tensor<2x3xf32> to tensor<?x?xf32>
  %d2 = tensor.cast %in2 : tensor<f32> to tensor<f32>
  %r:1 = call @case1_dynamic(%d0, %d1, %d2) : (tensor<?x?xi1>, tensor<?x?xf32>, tensor<f32>) -> (tensor<?x?xf32>)
  %u0 = tensor.cast %r#0 : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  return
}

func.func @case2() {
  %in0 = plinth.constant dense<[true, false, true]> : tensor<3xi1>
  %in1 = plinth.constant dense<[1, 2, 3]> : tensor<3xui8>
  %in2 = plinth.constant dense<[200, 201, 202]> : tensor<3xui8>
  %r:1 = plinth.select %in0, %in1, %in2 : (tensor<3xi1>, tensor<3xui8>, tensor<3xui8>) -> tensor<3xui8>
  %p0 = plinth.cast %r#0 : tensor<3xui8> to tensor<3xi32>
  %u0 = tensor.cast %p0 : tensor<3xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @main() {
  call @case0() : () -> ()
  call @case1() : () -> ()
  call @case2() : () -> ()
  return
}
