// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | not --crash /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so

// A run-time reshape shape whose element count (4 x 2) differs from the
// input's (2 x 3) stops the program (cf.assert) instead of reading past the
// input, where onnxruntime raises an error.

func.func @reshape(%x: tensor<?x?xf32>, %s: tensor<2xi64>) -> tensor<?x?xf32> {
  %y = plinth.reshape %x, %s : (tensor<?x?xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %y : tensor<?x?xf32>
}

func.func @main() {
  %x = plinth.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %s = plinth.constant dense<[4, 2]> : tensor<2xi64>
  %xd = tensor.cast %x : tensor<2x3xf32> to tensor<?x?xf32>
  %y = call @reshape(%xd, %s) : (tensor<?x?xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return
}
