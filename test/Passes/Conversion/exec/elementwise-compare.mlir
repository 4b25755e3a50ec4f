// RUN: plinth-opt %s --plinth-lower-to-linalg \
// RUN: | /usr/lib/llvm-22/bin/mlir-opt --one-shot-bufferize="bufferize-function-boundaries" --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine --finalize-memref-to-llvm --convert-math-to-llvm --convert-math-to-libm --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | /usr/lib/llvm-22/bin/mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// plinth.compare lowered to linalg and run.
// Expected values: numpy / onnxruntime, written by elementwise-reference.py.

// case0: eq f32, NaN compares false (numpy)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}0, 0, 1, 0],
// CHECK-NEXT: [1, 0, 0, 0]]
// case1: lt f32, NaN compares false (numpy)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}1, 0, 0, 0],
// CHECK-NEXT: [0, 0, 0, 0]]
// case2: le f32, NaN compares false (numpy)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}1, 0, 1, 0],
// CHECK-NEXT: [1, 0, 0, 0]]
// case3: gt f32, NaN compares false (numpy)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}0, 0, 0, 1],
// CHECK-NEXT: [0, 0, 1, 1]]
// case4: ge f32, NaN compares false (numpy)
// CHECK: sizes = [2, 4] strides
// CHECK-NEXT: {{\[\[}}0, 0, 1, 1],
// CHECK-NEXT: [1, 0, 1, 1]]
// case5: lt ui8 unsigned (numpy)
// CHECK: sizes = [4] strides
// CHECK-NEXT: [0, 0, 1, 1]
// case6: lt i8 signed, same bits (numpy)
// CHECK: sizes = [4] strides
// CHECK-NEXT: [1, 0, 0, 0]
// case7: gt i1 (false < true), broadcast (numpy)
// CHECK: sizes = [2, 2] strides
// CHECK-NEXT: {{\[\[}}1, 0],
// CHECK-NEXT: [0, 0]]
// case8: ge i64 with dynamic dims, broadcast at run time (numpy)
// CHECK: sizes = [2, 2] strides
// CHECK-NEXT: {{\[\[}}1, 1],
// CHECK-NEXT: [0, 1]]

func.func private @printMemrefF32(tensor<*xf32>)
func.func private @printMemrefI32(tensor<*xi32>)
func.func private @printMemrefI64(tensor<*xi64>)

func.func @case0() {
  %in0 = plinth.constant dense<[[1.0, 0x7FC00000, 3.0, -1.0], [2.0, 2.0, 0x7F800000, 0.0]]> : tensor<2x4xf32>
  %in1 = plinth.constant dense<[2.0, 0x7FC00000, 3.0, 0xFF800000]> : tensor<4xf32>
  %r:1 = plinth.compare eq %in0, %in1 : (tensor<2x4xf32>, tensor<4xf32>) -> tensor<2x4xi1>
  %p0 = plinth.cast %r#0 : tensor<2x4xi1> to tensor<2x4xi32>
  %u0 = tensor.cast %p0 : tensor<2x4xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case1() {
  %in0 = plinth.constant dense<[[1.0, 0x7FC00000, 3.0, -1.0], [2.0, 2.0, 0x7F800000, 0.0]]> : tensor<2x4xf32>
  %in1 = plinth.constant dense<[2.0, 0x7FC00000, 3.0, 0xFF800000]> : tensor<4xf32>
  %r:1 = plinth.compare lt %in0, %in1 : (tensor<2x4xf32>, tensor<4xf32>) -> tensor<2x4xi1>
  %p0 = plinth.cast %r#0 : tensor<2x4xi1> to tensor<2x4xi32>
  %u0 = tensor.cast %p0 : tensor<2x4xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case2() {
  %in0 = plinth.constant dense<[[1.0, 0x7FC00000, 3.0, -1.0], [2.0, 2.0, 0x7F800000, 0.0]]> : tensor<2x4xf32>
  %in1 = plinth.constant dense<[2.0, 0x7FC00000, 3.0, 0xFF800000]> : tensor<4xf32>
  %r:1 = plinth.compare le %in0, %in1 : (tensor<2x4xf32>, tensor<4xf32>) -> tensor<2x4xi1>
  %p0 = plinth.cast %r#0 : tensor<2x4xi1> to tensor<2x4xi32>
  %u0 = tensor.cast %p0 : tensor<2x4xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case3() {
  %in0 = plinth.constant dense<[[1.0, 0x7FC00000, 3.0, -1.0], [2.0, 2.0, 0x7F800000, 0.0]]> : tensor<2x4xf32>
  %in1 = plinth.constant dense<[2.0, 0x7FC00000, 3.0, 0xFF800000]> : tensor<4xf32>
  %r:1 = plinth.compare gt %in0, %in1 : (tensor<2x4xf32>, tensor<4xf32>) -> tensor<2x4xi1>
  %p0 = plinth.cast %r#0 : tensor<2x4xi1> to tensor<2x4xi32>
  %u0 = tensor.cast %p0 : tensor<2x4xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case4() {
  %in0 = plinth.constant dense<[[1.0, 0x7FC00000, 3.0, -1.0], [2.0, 2.0, 0x7F800000, 0.0]]> : tensor<2x4xf32>
  %in1 = plinth.constant dense<[2.0, 0x7FC00000, 3.0, 0xFF800000]> : tensor<4xf32>
  %r:1 = plinth.compare ge %in0, %in1 : (tensor<2x4xf32>, tensor<4xf32>) -> tensor<2x4xi1>
  %p0 = plinth.cast %r#0 : tensor<2x4xi1> to tensor<2x4xi32>
  %u0 = tensor.cast %p0 : tensor<2x4xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case5() {
  %in0 = plinth.constant dense<[200, 7, 9, 1]> : tensor<4xui8>
  %in1 = plinth.constant dense<[3, 7, 200, 255]> : tensor<4xui8>
  %r:1 = plinth.compare lt %in0, %in1 : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xi1>
  %p0 = plinth.cast %r#0 : tensor<4xi1> to tensor<4xi32>
  %u0 = tensor.cast %p0 : tensor<4xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case6() {
  %in0 = plinth.constant dense<[-56, 7, 9, 1]> : tensor<4xi8>
  %in1 = plinth.constant dense<[3, 7, -56, -1]> : tensor<4xi8>
  %r:1 = plinth.compare lt %in0, %in1 : (tensor<4xi8>, tensor<4xi8>) -> tensor<4xi1>
  %p0 = plinth.cast %r#0 : tensor<4xi1> to tensor<4xi32>
  %u0 = tensor.cast %p0 : tensor<4xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case7() {
  %in0 = plinth.constant dense<[true, false]> : tensor<2xi1>
  %in1 = plinth.constant dense<[[false], [true]]> : tensor<2x1xi1>
  %r:1 = plinth.compare gt %in0, %in1 : (tensor<2xi1>, tensor<2x1xi1>) -> tensor<2x2xi1>
  %p0 = plinth.cast %r#0 : tensor<2x2xi1> to tensor<2x2xi32>
  %u0 = tensor.cast %p0 : tensor<2x2xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @case8_dynamic(%a0: tensor<?x?xi64>, %a1: tensor<?x?xi64>) -> (tensor<?x?xi1>) {
  %r:1 = plinth.compare ge %a0, %a1 : (tensor<?x?xi64>, tensor<?x?xi64>) -> tensor<?x?xi1>
  return %r#0 : tensor<?x?xi1>
}

func.func @case8() {
  %in0 = plinth.constant dense<[[5, -3], [0, 9]]> : tensor<2x2xi64>
  %in1 = plinth.constant dense<[[-3], [9]]> : tensor<2x1xi64>
  %d0 = tensor.cast %in0 : tensor<2x2xi64> to tensor<?x?xi64>
  %d1 = tensor.cast %in1 : tensor<2x1xi64> to tensor<?x?xi64>
  %r:1 = call @case8_dynamic(%d0, %d1) : (tensor<?x?xi64>, tensor<?x?xi64>) -> (tensor<?x?xi1>)
  %p0 = plinth.cast %r#0 : tensor<?x?xi1> to tensor<?x?xi32>
  %u0 = tensor.cast %p0 : tensor<?x?xi32> to tensor<*xi32>
  call @printMemrefI32(%u0) : (tensor<*xi32>) -> ()
  return
}

func.func @main() {
  call @case0() : () -> ()
  call @case1() : () -> ()
  call @case2() : () -> ()
  call @case3() : () -> ()
  call @case4() : () -> ()
  call @case5() : () -> ()
  call @case6() : () -> ()
  call @case7() : () -> ()
  call @case8() : () -> ()
  return
}
