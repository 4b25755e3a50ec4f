// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.range: index generic, run-time length.
// Expected values: numpy / onnxruntime, written by data-reference.py.

func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI64(tensor<*xi64>)

// start 1.0, limit 3.0, delta 0.5, run-time length.
// CHECK-LABEL: sizes = [4]
// CHECK-NEXT: [1, 1.5, 2, 2.5]
func.func @f_up_dynamic(%a0: tensor<f32>, %a1: tensor<f32>, %a2: tensor<f32>) -> tensor<?xf32> {
  %r = plinth.range %a0, %a1, %a2 : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<?xf32>
  return %r : tensor<?xf32>
}

func.func @f_up() {
  %in0 = plinth.constant dense<1.0> : tensor<f32>
  %in1 = plinth.constant dense<3.0> : tensor<f32>
  %in2 = plinth.constant dense<0.5> : tensor<f32>
  %d0 = tensor.cast %in0 : tensor<f32> to tensor<f32>
  %d1 = tensor.cast %in1 : tensor<f32> to tensor<f32>
  %d2 = tensor.cast %in2 : tensor<f32> to tensor<f32>
  %r = call @f_up_dynamic(%d0, %d1, %d2) : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<?xf32>
  %u = tensor.cast %r : tensor<?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// start 2.0, limit -1.5, delta -1.25, run-time length.
// CHECK-LABEL: sizes = [3]
// CHECK-NEXT: [2, 0.75, -0.5]
func.func @f_down_dynamic(%a0: tensor<f32>, %a1: tensor<f32>, %a2: tensor<f32>) -> tensor<?xf32> {
  %r = plinth.range %a0, %a1, %a2 : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<?xf32>
  return %r : tensor<?xf32>
}

func.func @f_down() {
  %in0 = plinth.constant dense<2.0> : tensor<f32>
  %in1 = plinth.constant dense<-1.5> : tensor<f32>
  %in2 = plinth.constant dense<-1.25> : tensor<f32>
  %d0 = tensor.cast %in0 : tensor<f32> to tensor<f32>
  %d1 = tensor.cast %in1 : tensor<f32> to tensor<f32>
  %d2 = tensor.cast %in2 : tensor<f32> to tensor<f32>
  %r = call @f_down_dynamic(%d0, %d1, %d2) : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<?xf32>
  %u = tensor.cast %r : tensor<?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// start -3, limit 8, delta 3, run-time length.
// CHECK-LABEL: sizes = [4]
// CHECK-NEXT: [-3, 0, 3, 6]
func.func @i_up_dynamic(%a0: tensor<i64>, %a1: tensor<i64>, %a2: tensor<i64>) -> tensor<?xi64> {
  %r = plinth.range %a0, %a1, %a2 : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  return %r : tensor<?xi64>
}

func.func @i_up() {
  %in0 = plinth.constant dense<-3> : tensor<i64>
  %in1 = plinth.constant dense<8> : tensor<i64>
  %in2 = plinth.constant dense<3> : tensor<i64>
  %d0 = tensor.cast %in0 : tensor<i64> to tensor<i64>
  %d1 = tensor.cast %in1 : tensor<i64> to tensor<i64>
  %d2 = tensor.cast %in2 : tensor<i64> to tensor<i64>
  %r = call @i_up_dynamic(%d0, %d1, %d2) : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  %u = tensor.cast %r : tensor<?xi64> to tensor<*xi64>
  call @printMemrefI64(%u) : (tensor<*xi64>) -> ()
  return
}

// start 10, limit 1, delta -4, run-time length.
// CHECK-LABEL: sizes = [3]
// CHECK-NEXT: [10, 6, 2]
func.func @i_down_dynamic(%a0: tensor<i64>, %a1: tensor<i64>, %a2: tensor<i64>) -> tensor<?xi64> {
  %r = plinth.range %a0, %a1, %a2 : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  return %r : tensor<?xi64>
}

func.func @i_down() {
  %in0 = plinth.constant dense<10> : tensor<i64>
  %in1 = plinth.constant dense<1> : tensor<i64>
  %in2 = plinth.constant dense<-4> : tensor<i64>
  %d0 = tensor.cast %in0 : tensor<i64> to tensor<i64>
  %d1 = tensor.cast %in1 : tensor<i64> to tensor<i64>
  %d2 = tensor.cast %in2 : tensor<i64> to tensor<i64>
  %r = call @i_down_dynamic(%d0, %d1, %d2) : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  %u = tensor.cast %r : tensor<?xi64> to tensor<*xi64>
  call @printMemrefI64(%u) : (tensor<*xi64>) -> ()
  return
}

// start 5, limit 1, delta 2, run-time length.
// CHECK-LABEL: sizes = [0]
func.func @i_empty_dynamic(%a0: tensor<i64>, %a1: tensor<i64>, %a2: tensor<i64>) -> tensor<?xi64> {
  %r = plinth.range %a0, %a1, %a2 : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  return %r : tensor<?xi64>
}

func.func @i_empty() {
  %in0 = plinth.constant dense<5> : tensor<i64>
  %in1 = plinth.constant dense<1> : tensor<i64>
  %in2 = plinth.constant dense<2> : tensor<i64>
  %d0 = tensor.cast %in0 : tensor<i64> to tensor<i64>
  %d1 = tensor.cast %in1 : tensor<i64> to tensor<i64>
  %d2 = tensor.cast %in2 : tensor<i64> to tensor<i64>
  %r = call @i_empty_dynamic(%d0, %d1, %d2) : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  %u = tensor.cast %r : tensor<?xi64> to tensor<*xi64>
  call @printMemrefI64(%u) : (tensor<*xi64>) -> ()
  return
}

// a static length of 4.
// CHECK-LABEL: sizes = [4]
// CHECK-NEXT: [0, 0.25, 0.5, 0.75]
func.func @f_static() {
  %in0 = plinth.constant dense<0.0> : tensor<f32>
  %in1 = plinth.constant dense<1.0> : tensor<f32>
  %in2 = plinth.constant dense<0.25> : tensor<f32>
  %r = plinth.range %in0, %in1, %in2 : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
  %u = tensor.cast %r : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @main() {
  call @f_up() : () -> ()
  call @f_down() : () -> ()
  call @i_up() : () -> ()
  call @i_down() : () -> ()
  call @i_empty() : () -> ()
  call @f_static() : () -> ()
  return
}
