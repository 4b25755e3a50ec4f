// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.shape_of: tensor.from_elements of the dims.
// Expected values: numpy / onnxruntime, written by data-reference.py.

func.func private @printMemrefI64(tensor<*xi64>)

// a static shape.
// CHECK-LABEL: sizes = [3]
// CHECK-NEXT: [2, 3, 4]
func.func @static() {
  %in0 = plinth.constant dense<[[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]], [[12.0, 13.0, 14.0, 15.0], [16.0, 17.0, 18.0, 19.0], [20.0, 21.0, 22.0, 23.0]]]> : tensor<2x3x4xf32>
  %r = plinth.shape_of %in0 : (tensor<2x3x4xf32>) -> tensor<3xi64>
  %u = tensor.cast %r : tensor<3xi64> to tensor<*xi64>
  call @printMemrefI64(%u) : (tensor<*xi64>) -> ()
  return
}

// a ?x3x? shape.
// CHECK-LABEL: sizes = [3]
// CHECK-NEXT: [2, 3, 4]
func.func @dynamic_dynamic(%a0: tensor<?x3x?xf32>) -> tensor<3xi64> {
  %r = plinth.shape_of %a0 : (tensor<?x3x?xf32>) -> tensor<3xi64>
  return %r : tensor<3xi64>
}

func.func @dynamic() {
  %in0 = plinth.constant dense<[[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]], [[12.0, 13.0, 14.0, 15.0], [16.0, 17.0, 18.0, 19.0], [20.0, 21.0, 22.0, 23.0]]]> : tensor<2x3x4xf32>
  %d0 = tensor.cast %in0 : tensor<2x3x4xf32> to tensor<?x3x?xf32>
  %r = call @dynamic_dynamic(%d0) : (tensor<?x3x?xf32>) -> tensor<3xi64>
  %u = tensor.cast %r : tensor<3xi64> to tensor<*xi64>
  call @printMemrefI64(%u) : (tensor<*xi64>) -> ()
  return
}

func.func @main() {
  call @static() : () -> ()
  call @dynamic() : () -> ()
  return
}
