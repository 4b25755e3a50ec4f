// RUN: plinth-opt %s | plinth-opt | FileCheck %s

// Round trip of every plinth op, with each optional operand and attribute
// both present and absent.

// CHECK-LABEL: func.func @constant_dense
func.func @constant_dense() -> (tensor<2xi64>, tensor<2x2xf32>) {
  // CHECK: %[[S:.*]] = plinth.constant dense<[2, 12]> : tensor<2xi64>
  %0 = plinth.constant dense<[2, 12]> : tensor<2xi64>
  // CHECK: %[[F:.*]] = plinth.constant dense<1.500000e+00> : tensor<2x2xf32>
  %1 = plinth.constant dense<1.5> : tensor<2x2xf32>
  // CHECK: return %[[S]], %[[F]]
  return %0, %1 : tensor<2xi64>, tensor<2x2xf32>
}

// CHECK-LABEL: func.func @constant_resource
func.func @constant_resource() -> tensor<2xf32> {
  // CHECK: plinth.constant dense_resource<wte> : tensor<2xf32>
  %0 = plinth.constant dense_resource<wte> : tensor<2xf32>
  return %0 : tensor<2xf32>
}

// CHECK-LABEL: func.func @external_weight
func.func @external_weight() -> (tensor<3x128xf32>, tensor<16xi1>) {
  // CHECK: plinth.external_weight "weights.bin"[4096, 1536] : tensor<3x128xf32>
  %0 = plinth.external_weight "weights.bin"[4096, 1536] : tensor<3x128xf32>
  // CHECK: plinth.external_weight "sub/masks.bin"[0, 16] : tensor<16xi1>
  %1 = plinth.external_weight "sub/masks.bin"[0, 16] : tensor<16xi1>
  return %0, %1 : tensor<3x128xf32>, tensor<16xi1>
}

// CHECK-LABEL: func.func @unary
// CHECK-SAME: (%[[X:.*]]: tensor<2x?xf32>, %[[B:.*]]: tensor<4xi1>, %[[I:.*]]: tensor<4xi32>)
func.func @unary(%x: tensor<2x?xf32>, %b: tensor<4xi1>, %i: tensor<4xi32>) {
  // CHECK: plinth.unary exp %[[X]] : tensor<2x?xf32>
  %0 = plinth.unary exp %x : tensor<2x?xf32>
  // CHECK: plinth.unary leaky_relu %[[X]] {alpha = 1.000000e-01 : f32} : tensor<2x?xf32>
  %1 = plinth.unary leaky_relu %x {alpha = 0.1 : f32} : tensor<2x?xf32>
  // CHECK: plinth.unary elu %[[X]] {alpha = 1.000000e+00 : f32} : tensor<2x?xf32>
  %2 = plinth.unary elu %x {alpha = 1.0 : f32} : tensor<2x?xf32>
  // CHECK: plinth.unary hard_sigmoid %[[X]] {alpha = 2.000000e-01 : f32, beta = 5.000000e-01 : f32} : tensor<2x?xf32>
  %3 = plinth.unary hard_sigmoid %x {alpha = 0.2 : f32, beta = 0.5 : f32} : tensor<2x?xf32>
  // CHECK: plinth.unary not %[[B]] : tensor<4xi1>
  %4 = plinth.unary not %b : tensor<4xi1>
  // CHECK: plinth.unary neg %[[I]] : tensor<4xi32>
  %5 = plinth.unary neg %i : tensor<4xi32>
  // CHECK: plinth.unary abs %[[I]] : tensor<4xi32>
  %6 = plinth.unary abs %i : tensor<4xi32>
  // CHECK: plinth.unary sign %[[I]] : tensor<4xi32>
  %7 = plinth.unary sign %i : tensor<4xi32>
  // CHECK: plinth.unary relu %[[I]] : tensor<4xi32>
  %8 = plinth.unary relu %i : tensor<4xi32>
  // CHECK: plinth.unary hard_swish %[[X]] : tensor<2x?xf32>
  %9 = plinth.unary hard_swish %x : tensor<2x?xf32>
  return
}

// CHECK-LABEL: func.func @binary
// CHECK-SAME: (%[[A:.*]]: tensor<2x3xf32>, %[[B:.*]]: tensor<3xf32>, %[[D:.*]]: tensor<?x1xf32>, %[[P:.*]]: tensor<4xi1>, %[[Q:.*]]: tensor<4xi1>, %[[I:.*]]: tensor<4xi64>)
func.func @binary(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %d: tensor<?x1xf32>,
                  %p: tensor<4xi1>, %q: tensor<4xi1>, %i: tensor<4xi64>) {
  // CHECK: plinth.binary add %[[A]], %[[B]] : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %0 = plinth.binary add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: plinth.binary prelu %[[D]], %[[B]] : (tensor<?x1xf32>, tensor<3xf32>) -> tensor<?x3xf32>
  %1 = plinth.binary prelu %d, %b : (tensor<?x1xf32>, tensor<3xf32>) -> tensor<?x3xf32>
  // CHECK: plinth.binary xor %[[P]], %[[Q]] : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  %2 = plinth.binary xor %p, %q : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  // CHECK: plinth.binary mod %[[I]], %[[I]] : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
  %3 = plinth.binary mod %i, %i : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
  // CHECK: plinth.binary fmod %[[A]], %[[A]] : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %4 = plinth.binary fmod %a, %a : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// CHECK-LABEL: func.func @compare
// CHECK-SAME: (%[[A:.*]]: tensor<4xf32>, %[[B:.*]]: tensor<?x4xf32>)
func.func @compare(%a: tensor<4xf32>, %b: tensor<?x4xf32>) -> tensor<?x4xi1> {
  // CHECK: %[[R:.*]] = plinth.compare lt %[[A]], %[[B]] : (tensor<4xf32>, tensor<?x4xf32>) -> tensor<?x4xi1>
  %0 = plinth.compare lt %a, %b : (tensor<4xf32>, tensor<?x4xf32>) -> tensor<?x4xi1>
  // CHECK: return %[[R]]
  return %0 : tensor<?x4xi1>
}

// CHECK-LABEL: func.func @select
// CHECK-SAME: (%[[C:.*]]: tensor<4xi1>, %[[A:.*]]: tensor<4xf32>, %[[B:.*]]: tensor<f32>)
func.func @select(%c: tensor<4xi1>, %a: tensor<4xf32>, %b: tensor<f32>) -> tensor<4xf32> {
  // CHECK: plinth.select %[[C]], %[[A]], %[[B]] : (tensor<4xi1>, tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %0 = plinth.select %c, %a, %b : (tensor<4xi1>, tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// CHECK-LABEL: func.func @cast
// CHECK-SAME: (%[[X:.*]]: tensor<2x?xi64>)
func.func @cast(%x: tensor<2x?xi64>) -> tensor<2x3xf32> {
  // CHECK: plinth.cast %[[X]] : tensor<2x?xi64> to tensor<2x3xf32>
  %0 = plinth.cast %x : tensor<2x?xi64> to tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func.func @fp_class
// CHECK-SAME: (%[[X:.*]]: tensor<4xf32>)
func.func @fp_class(%x: tensor<4xf32>) {
  // CHECK: plinth.fp_class nan %[[X]] : tensor<4xf32> -> tensor<4xi1>
  %0 = plinth.fp_class nan %x : tensor<4xf32> -> tensor<4xi1>
  // CHECK: plinth.fp_class neg_inf %[[X]] : tensor<4xf32> -> tensor<4xi1>
  %1 = plinth.fp_class neg_inf %x : tensor<4xf32> -> tensor<4xi1>
  return
}

// CHECK-LABEL: func.func @gelu
// CHECK-SAME: (%[[X:.*]]: tensor<2x8xf32>)
func.func @gelu(%x: tensor<2x8xf32>) {
  // CHECK: plinth.gelu none %[[X]] : tensor<2x8xf32>
  %0 = plinth.gelu none %x : tensor<2x8xf32>
  // CHECK: plinth.gelu tanh %[[X]] : tensor<2x8xf32>
  %1 = plinth.gelu tanh %x : tensor<2x8xf32>
  return
}

// CHECK-LABEL: func.func @matmul
// CHECK-SAME: (%[[A:.*]]: tensor<2x8x16xf32>, %[[B:.*]]: tensor<16x4xf32>, %[[V:.*]]: tensor<16xf32>, %[[D:.*]]: tensor<?x?x16xf32>)
func.func @matmul(%a: tensor<2x8x16xf32>, %b: tensor<16x4xf32>, %v: tensor<16xf32>,
                  %d: tensor<?x?x16xf32>) {
  // CHECK: plinth.matmul %[[A]], %[[B]] : (tensor<2x8x16xf32>, tensor<16x4xf32>) -> tensor<2x8x4xf32>
  %0 = plinth.matmul %a, %b : (tensor<2x8x16xf32>, tensor<16x4xf32>) -> tensor<2x8x4xf32>
  // CHECK: plinth.matmul %[[V]], %[[B]] : (tensor<16xf32>, tensor<16x4xf32>) -> tensor<4xf32>
  %1 = plinth.matmul %v, %b : (tensor<16xf32>, tensor<16x4xf32>) -> tensor<4xf32>
  // CHECK: plinth.matmul %[[A]], %[[V]] : (tensor<2x8x16xf32>, tensor<16xf32>) -> tensor<2x8xf32>
  %2 = plinth.matmul %a, %v : (tensor<2x8x16xf32>, tensor<16xf32>) -> tensor<2x8xf32>
  // CHECK: plinth.matmul %[[D]], %[[B]] : (tensor<?x?x16xf32>, tensor<16x4xf32>) -> tensor<?x?x4xf32>
  %3 = plinth.matmul %d, %b : (tensor<?x?x16xf32>, tensor<16x4xf32>) -> tensor<?x?x4xf32>
  return
}

// CHECK-LABEL: func.func @einsum
// CHECK-SAME: (%[[A:.*]]: tensor<2x3xf32>, %[[B:.*]]: tensor<3x4xf32>)
func.func @einsum(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) {
  // CHECK: plinth.einsum "ij,jk->ik" %[[A]], %[[B]] : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  %0 = plinth.einsum "ij,jk->ik" %a, %b : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  // CHECK: plinth.einsum "ij->" %[[A]] : (tensor<2x3xf32>) -> tensor<f32>
  %1 = plinth.einsum "ij->" %a : (tensor<2x3xf32>) -> tensor<f32>
  return
}

// CHECK-LABEL: func.func @conv
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x8x8xf32>, %[[W:.*]]: tensor<4x3x3x3xf32>, %[[B:.*]]: tensor<4xf32>, %[[D:.*]]: tensor<?x3x?x8xf32>)
func.func @conv(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<4xf32>,
                %d: tensor<?x3x?x8xf32>) {
  // CHECK: plinth.conv %[[X]], %[[W]], %[[B]] {dilations = array<i64: 1, 1>, group = 1 : i64, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x8x8xf32>
  %0 = plinth.conv %x, %w, %b {strides = array<i64: 1, 1>, pads = array<i64: 1, 1, 1, 1>,
         dilations = array<i64: 1, 1>, group = 1 : i64}
       : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x8x8xf32>
  // CHECK: plinth.conv %[[X]], %[[W]] {dilations = array<i64: 2, 1>, group = 1 : i64, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 2>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x3xf32>
  %1 = plinth.conv %x, %w {strides = array<i64: 1, 2>, pads = array<i64: 0, 0, 0, 0>,
         dilations = array<i64: 2, 1>, group = 1 : i64}
       : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x3xf32>
  // CHECK: plinth.conv %[[D]], %[[W]] {{.*}} : (tensor<?x3x?x8xf32>, tensor<4x3x3x3xf32>) -> tensor<?x4x?x6xf32>
  %2 = plinth.conv %d, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>,
         dilations = array<i64: 1, 1>, group = 1 : i64}
       : (tensor<?x3x?x8xf32>, tensor<4x3x3x3xf32>) -> tensor<?x4x?x6xf32>
  return
}

// CHECK-LABEL: func.func @conv_grouped
// CHECK-SAME: (%[[X:.*]]: tensor<1x4x5x5xf32>, %[[W:.*]]: tensor<4x1x3x3xf32>)
func.func @conv_grouped(%x: tensor<1x4x5x5xf32>, %w: tensor<4x1x3x3xf32>) -> tensor<1x4x3x3xf32> {
  // CHECK: plinth.conv %[[X]], %[[W]] {{{.*}}group = 4 : i64{{.*}}} : (tensor<1x4x5x5xf32>, tensor<4x1x3x3xf32>) -> tensor<1x4x3x3xf32>
  %0 = plinth.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>,
         dilations = array<i64: 1, 1>, group = 4 : i64}
       : (tensor<1x4x5x5xf32>, tensor<4x1x3x3xf32>) -> tensor<1x4x3x3xf32>
  return %0 : tensor<1x4x3x3xf32>
}

// CHECK-LABEL: func.func @conv_transpose
// CHECK-SAME: (%[[X:.*]]: tensor<1x4x4x4xf32>, %[[W:.*]]: tensor<4x2x2x2xf32>, %[[B:.*]]: tensor<2xf32>)
func.func @conv_transpose(%x: tensor<1x4x4x4xf32>, %w: tensor<4x2x2x2xf32>, %b: tensor<2xf32>) {
  // CHECK: plinth.conv_transpose %[[X]], %[[W]] {dilations = array<i64: 1, 1>, group = 1 : i64, output_padding = array<i64: 0, 0>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x4x4x4xf32>, tensor<4x2x2x2xf32>) -> tensor<1x2x8x8xf32>
  %0 = plinth.conv_transpose %x, %w {strides = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>,
         dilations = array<i64: 1, 1>, output_padding = array<i64: 0, 0>, group = 1 : i64}
       : (tensor<1x4x4x4xf32>, tensor<4x2x2x2xf32>) -> tensor<1x2x8x8xf32>
  // CHECK: plinth.conv_transpose %[[X]], %[[W]], %[[B]] {{.*}}output_padding = array<i64: 1, 0>{{.*}} : (tensor<1x4x4x4xf32>, tensor<4x2x2x2xf32>, tensor<2xf32>) -> tensor<1x2x9x8xf32>
  %1 = plinth.conv_transpose %x, %w, %b {strides = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>,
         dilations = array<i64: 1, 1>, output_padding = array<i64: 1, 0>, group = 1 : i64}
       : (tensor<1x4x4x4xf32>, tensor<4x2x2x2xf32>, tensor<2xf32>) -> tensor<1x2x9x8xf32>
  return
}

// CHECK-LABEL: func.func @conv_transpose_dynamic
// CHECK-SAME: (%[[X:.*]]: tensor<?x4x?x4xf32>, %[[W:.*]]: tensor<4x1x3x3xf32>)
func.func @conv_transpose_dynamic(%x: tensor<?x4x?x4xf32>, %w: tensor<4x1x3x3xf32>) -> tensor<?x2x?x8xf32> {
  // CHECK: plinth.conv_transpose %[[X]], %[[W]] {{{.*}}group = 2 : i64{{.*}}} : (tensor<?x4x?x4xf32>, tensor<4x1x3x3xf32>) -> tensor<?x2x?x8xf32>
  %0 = plinth.conv_transpose %x, %w {strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 0, 0>,
         dilations = array<i64: 1, 1>, output_padding = array<i64: 0, 0>, group = 2 : i64}
       : (tensor<?x4x?x4xf32>, tensor<4x1x3x3xf32>) -> tensor<?x2x?x8xf32>
  return %0 : tensor<?x2x?x8xf32>
}

// CHECK-LABEL: func.func @pool
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x8x8xf32>, %[[D:.*]]: tensor<?x3x?x7xf32>)
func.func @pool(%x: tensor<1x3x8x8xf32>, %d: tensor<?x3x?x7xf32>) {
  // CHECK: plinth.pool max %[[X]] {dilations = array<i64: 1, 1>, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xf32>
  %0 = plinth.pool max %x {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>,
         pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>}
       : (tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xf32>
  // CHECK: plinth.pool avg %[[D]] {ceil_mode = true, count_include_pad = true, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<?x3x?x7xf32>) -> tensor<?x3x?x4xf32>
  %1 = plinth.pool avg %d {kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>,
         pads = array<i64: 1, 1, 1, 1>, dilations = array<i64: 1, 1>, ceil_mode = true,
         count_include_pad = true}
       : (tensor<?x3x?x7xf32>) -> tensor<?x3x?x4xf32>
  return
}

// CHECK-LABEL: func.func @reduce
// CHECK-SAME: (%[[X:.*]]: tensor<2x?x8xf32>)
func.func @reduce(%x: tensor<2x?x8xf32>) {
  // CHECK: plinth.reduce mean %[[X]] {axes = array<i64: 1>, keep_dims = true} : (tensor<2x?x8xf32>) -> tensor<2x1x8xf32>
  %0 = plinth.reduce mean %x {axes = array<i64: 1>, keep_dims = true}
       : (tensor<2x?x8xf32>) -> tensor<2x1x8xf32>
  // CHECK: plinth.reduce log_sum_exp %[[X]] {axes = array<i64: 0, 2>, keep_dims = false} : (tensor<2x?x8xf32>) -> tensor<?xf32>
  %1 = plinth.reduce log_sum_exp %x {axes = array<i64: 0, 2>, keep_dims = false}
       : (tensor<2x?x8xf32>) -> tensor<?xf32>
  // CHECK: plinth.reduce sum %[[X]] {axes = array<i64>, keep_dims = false} : (tensor<2x?x8xf32>) -> tensor<2x?x8xf32>
  %2 = plinth.reduce sum %x {axes = array<i64>, keep_dims = false}
       : (tensor<2x?x8xf32>) -> tensor<2x?x8xf32>
  return
}

// CHECK-LABEL: func.func @arg_reduce
// CHECK-SAME: (%[[X:.*]]: tensor<2x8xf32>)
func.func @arg_reduce(%x: tensor<2x8xf32>) {
  // CHECK: plinth.arg_reduce argmax %[[X]] {axis = 1 : i64, keep_dims = false} : (tensor<2x8xf32>) -> tensor<2xi64>
  %0 = plinth.arg_reduce argmax %x {axis = 1 : i64, keep_dims = false}
       : (tensor<2x8xf32>) -> tensor<2xi64>
  // CHECK: plinth.arg_reduce argmin %[[X]] {axis = -2 : i64, keep_dims = true, select_last_index = true} : (tensor<2x8xf32>) -> tensor<1x8xi64>
  %1 = plinth.arg_reduce argmin %x {axis = -2 : i64, keep_dims = true, select_last_index = true}
       : (tensor<2x8xf32>) -> tensor<1x8xi64>
  return
}

// CHECK-LABEL: func.func @softmax
// CHECK-SAME: (%[[X:.*]]: tensor<2x?xf32>)
func.func @softmax(%x: tensor<2x?xf32>) {
  // CHECK: plinth.softmax %[[X]] {axis = 1 : i64} : tensor<2x?xf32>
  %0 = plinth.softmax %x {axis = 1 : i64} : tensor<2x?xf32>
  // CHECK: plinth.softmax %[[X]] {axis = -1 : i64, log} : tensor<2x?xf32>
  %1 = plinth.softmax %x {axis = -1 : i64, log} : tensor<2x?xf32>
  return
}

// CHECK-LABEL: func.func @layer_norm
// CHECK-SAME: (%[[X:.*]]: tensor<2x?x32xf32>, %[[G:.*]]: tensor<32xf32>, %[[B:.*]]: tensor<32xf32>)
func.func @layer_norm(%x: tensor<2x?x32xf32>, %g: tensor<32xf32>, %b: tensor<32xf32>) {
  // CHECK: plinth.layer_norm %[[X]], %[[G]], %[[B]] {axis = -1 : i64, epsilon = 9.99999974E-6 : f32} : (tensor<2x?x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<2x?x32xf32>
  %0 = plinth.layer_norm %x, %g, %b {axis = -1 : i64, epsilon = 1.0e-5 : f32}
       : (tensor<2x?x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<2x?x32xf32>
  // CHECK: plinth.layer_norm %[[X]], %[[G]] {axis = 2 : i64, epsilon = 9.99999974E-6 : f32} : (tensor<2x?x32xf32>, tensor<32xf32>) -> tensor<2x?x32xf32>
  %1 = plinth.layer_norm %x, %g {axis = 2 : i64, epsilon = 1.0e-5 : f32}
       : (tensor<2x?x32xf32>, tensor<32xf32>) -> tensor<2x?x32xf32>
  return
}

// CHECK-LABEL: func.func @rms_norm
// CHECK-SAME: (%[[X:.*]]: tensor<2x8x32xf16>, %[[G:.*]]: tensor<32xf16>)
func.func @rms_norm(%x: tensor<2x8x32xf16>, %g: tensor<32xf16>) -> tensor<2x8x32xf16> {
  // CHECK: plinth.rms_norm %[[X]], %[[G]] {axis = -1 : i64, epsilon = 9.99999997E-7 : f32} : (tensor<2x8x32xf16>, tensor<32xf16>) -> tensor<2x8x32xf16>
  %0 = plinth.rms_norm %x, %g {axis = -1 : i64, epsilon = 1.0e-6 : f32}
       : (tensor<2x8x32xf16>, tensor<32xf16>) -> tensor<2x8x32xf16>
  return %0 : tensor<2x8x32xf16>
}

// CHECK-LABEL: func.func @group_norm
// CHECK-SAME: (%[[X:.*]]: tensor<1x4x8x8xf32>, %[[G:.*]]: tensor<4xf32>, %[[B:.*]]: tensor<4xf32>)
func.func @group_norm(%x: tensor<1x4x8x8xf32>, %g: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<1x4x8x8xf32> {
  // CHECK: plinth.group_norm %[[X]], %[[G]], %[[B]] {epsilon = 9.99999974E-6 : f32, num_groups = 2 : i64} : (tensor<1x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4x8x8xf32>
  %0 = plinth.group_norm %x, %g, %b {num_groups = 2 : i64, epsilon = 1.0e-5 : f32}
       : (tensor<1x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4x8x8xf32>
  return %0 : tensor<1x4x8x8xf32>
}

// CHECK-LABEL: func.func @cumsum
// CHECK-SAME: (%[[X:.*]]: tensor<5xf32>, %[[I:.*]]: tensor<?x3xi32>)
func.func @cumsum(%x: tensor<5xf32>, %i: tensor<?x3xi32>) {
  // CHECK: plinth.cumsum %[[X]] {axis = 0 : i64, exclusive, reverse} : tensor<5xf32>
  %0 = plinth.cumsum %x {axis = 0 : i64, exclusive, reverse} : tensor<5xf32>
  // CHECK: plinth.cumsum %[[I]] {axis = -1 : i64} : tensor<?x3xi32>
  %1 = plinth.cumsum %i {axis = -1 : i64} : tensor<?x3xi32>
  return
}

// CHECK-LABEL: func.func @topk
// CHECK-SAME: (%[[X:.*]]: tensor<3x8xf32>, %[[D:.*]]: tensor<3x?xf32>)
func.func @topk(%x: tensor<3x8xf32>, %d: tensor<3x?xf32>) -> (tensor<3x2xf32>, tensor<3x2xi64>) {
  // CHECK: %[[V:.*]], %[[I:.*]] = plinth.topk %[[X]] {axis = 1 : i64, k = 2 : i64, largest = true, sorted = true} : (tensor<3x8xf32>) -> (tensor<3x2xf32>, tensor<3x2xi64>)
  %v, %i = plinth.topk %x {k = 2 : i64, axis = 1 : i64, largest = true, sorted = true}
           : (tensor<3x8xf32>) -> (tensor<3x2xf32>, tensor<3x2xi64>)
  // CHECK: plinth.topk %[[D]] {axis = -1 : i64, k = 16 : i64, largest = false, sorted = false} : (tensor<3x?xf32>) -> (tensor<3x16xf32>, tensor<3x16xi64>)
  %dv, %di = plinth.topk %d {k = 16 : i64, axis = -1 : i64, largest = false, sorted = false}
             : (tensor<3x?xf32>) -> (tensor<3x16xf32>, tensor<3x16xi64>)
  // CHECK: return %[[V]], %[[I]]
  return %v, %i : tensor<3x2xf32>, tensor<3x2xi64>
}

// CHECK-LABEL: func.func @trilu
// CHECK-SAME: (%[[X:.*]]: tensor<4x4xf32>)
func.func @trilu(%x: tensor<4x4xf32>) {
  // CHECK: plinth.trilu %[[X]] : tensor<4x4xf32>
  %0 = plinth.trilu %x {diagonal = 0 : i64} : tensor<4x4xf32>
  // CHECK: plinth.trilu %[[X]] {diagonal = 1 : i64, upper} : tensor<4x4xf32>
  %1 = plinth.trilu %x {upper, diagonal = 1 : i64} : tensor<4x4xf32>
  // CHECK: plinth.trilu %[[X]] {diagonal = -1 : i64} : tensor<4x4xf32>
  %2 = plinth.trilu %x {diagonal = -1 : i64} : tensor<4x4xf32>
  return
}

// CHECK-LABEL: func.func @reshape
// CHECK-SAME: (%[[X:.*]]: tensor<2x12xf32>, %[[D:.*]]: tensor<?x12xf32>, %[[S:.*]]: tensor<3xi64>)
func.func @reshape(%x: tensor<2x12xf32>, %d: tensor<?x12xf32>, %s: tensor<3xi64>) {
  // CHECK: plinth.reshape %[[X]] : (tensor<2x12xf32>) -> tensor<2x3x4xf32>
  %0 = plinth.reshape %x : (tensor<2x12xf32>) -> tensor<2x3x4xf32>
  // CHECK: plinth.reshape %[[D]], %[[S]] : (tensor<?x12xf32>, tensor<3xi64>) -> tensor<?x3x4xf32>
  %1 = plinth.reshape %d, %s : (tensor<?x12xf32>, tensor<3xi64>) -> tensor<?x3x4xf32>
  // CHECK: plinth.reshape %[[D]] : (tensor<?x12xf32>) -> tensor<?xf32>
  %2 = plinth.reshape %d : (tensor<?x12xf32>) -> tensor<?xf32>
  return
}

// CHECK-LABEL: func.func @transpose
// CHECK-SAME: (%[[X:.*]]: tensor<2x?x4x16xf32>)
func.func @transpose(%x: tensor<2x?x4x16xf32>) -> tensor<2x4x?x16xf32> {
  // CHECK: plinth.transpose %[[X]] {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x?x4x16xf32>) -> tensor<2x4x?x16xf32>
  %0 = plinth.transpose %x {permutation = array<i64: 0, 2, 1, 3>}
       : (tensor<2x?x4x16xf32>) -> tensor<2x4x?x16xf32>
  return %0 : tensor<2x4x?x16xf32>
}

// CHECK-LABEL: func.func @expand
// CHECK-SAME: (%[[X:.*]]: tensor<3x1xf32>, %[[S:.*]]: tensor<2xi64>)
func.func @expand(%x: tensor<3x1xf32>, %s: tensor<2xi64>) {
  // CHECK: plinth.expand %[[X]] : (tensor<3x1xf32>) -> tensor<2x3x4xf32>
  %0 = plinth.expand %x : (tensor<3x1xf32>) -> tensor<2x3x4xf32>
  // CHECK: plinth.expand %[[X]], %[[S]] : (tensor<3x1xf32>, tensor<2xi64>) -> tensor<3x?xf32>
  %1 = plinth.expand %x, %s : (tensor<3x1xf32>, tensor<2xi64>) -> tensor<3x?xf32>
  return
}

// CHECK-LABEL: func.func @slice
// CHECK-SAME: (%[[X:.*]]: tensor<2x8xf32>, %[[B:.*]]: tensor<1xi64>, %[[E:.*]]: tensor<1xi64>)
func.func @slice(%x: tensor<2x8xf32>, %b: tensor<1xi64>, %e: tensor<1xi64>) {
  // CHECK: plinth.slice %[[X]] {axes = array<i64: 1>, ends = array<i64: 4>, starts = array<i64: 0>, steps = array<i64: 2>} : (tensor<2x8xf32>) -> tensor<2x2xf32>
  %0 = plinth.slice %x {axes = array<i64: 1>, starts = array<i64: 0>,
         ends = array<i64: 4>, steps = array<i64: 2>}
       : (tensor<2x8xf32>) -> tensor<2x2xf32>
  // CHECK: plinth.slice %[[X]] {axes = array<i64: 1>, ends = array<i64: -9>, starts = array<i64: -1>, steps = array<i64: -3>} : (tensor<2x8xf32>) -> tensor<2x3xf32>
  %1 = plinth.slice %x {axes = array<i64: 1>, starts = array<i64: -1>,
         ends = array<i64: -9>, steps = array<i64: -3>}
       : (tensor<2x8xf32>) -> tensor<2x3xf32>
  // CHECK: plinth.slice %[[X]] starts(%[[B]]) ends(%[[E]]) {axes = array<i64: 1>, ends = array<i64: 0>, starts = array<i64: 0>, steps = array<i64: 1>} : (tensor<2x8xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<2x?xf32>
  %2 = plinth.slice %x starts(%b) ends(%e) {axes = array<i64: 1>, starts = array<i64: 0>,
         ends = array<i64: 0>, steps = array<i64: 1>}
       : (tensor<2x8xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<2x?xf32>
  // CHECK: plinth.slice %[[X]] starts(%[[B]]) {{{.*}}} : (tensor<2x8xf32>, tensor<1xi64>) -> tensor<2x?xf32>
  %3 = plinth.slice %x starts(%b) {axes = array<i64: 1>, starts = array<i64: 0>,
         ends = array<i64: 8>, steps = array<i64: 1>}
       : (tensor<2x8xf32>, tensor<1xi64>) -> tensor<2x?xf32>
  // CHECK: plinth.slice %[[X]] ends(%[[E]]) {{{.*}}} : (tensor<2x8xf32>, tensor<1xi64>) -> tensor<2x?xf32>
  %4 = plinth.slice %x ends(%e) {axes = array<i64: 1>, starts = array<i64: 0>,
         ends = array<i64: 8>, steps = array<i64: 1>}
       : (tensor<2x8xf32>, tensor<1xi64>) -> tensor<2x?xf32>
  return
}

// CHECK-LABEL: func.func @concat
// CHECK-SAME: (%[[A:.*]]: tensor<2x3xf32>, %[[B:.*]]: tensor<2x5xf32>, %[[D:.*]]: tensor<?x?xf32>)
func.func @concat(%a: tensor<2x3xf32>, %b: tensor<2x5xf32>, %d: tensor<?x?xf32>) {
  // CHECK: plinth.concat %[[A]], %[[B]] {axis = 1 : i64} : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
  %0 = plinth.concat %a, %b {axis = 1 : i64}
       : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
  // CHECK: plinth.concat %[[A]], %[[D]], %[[B]] {axis = -1 : i64} : (tensor<2x3xf32>, tensor<?x?xf32>, tensor<2x5xf32>) -> tensor<2x?xf32>
  %1 = plinth.concat %a, %d, %b {axis = -1 : i64}
       : (tensor<2x3xf32>, tensor<?x?xf32>, tensor<2x5xf32>) -> tensor<2x?xf32>
  return
}

// CHECK-LABEL: func.func @pad
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>, %[[V:.*]]: tensor<f32>, %[[D:.*]]: tensor<?x3xf32>)
func.func @pad(%x: tensor<2x3xf32>, %v: tensor<f32>, %d: tensor<?x3xf32>) {
  // CHECK: plinth.pad constant %[[X]], %[[V]] {pads = array<i64: 0, 1, 0, 1>} : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x5xf32>
  %0 = plinth.pad constant %x, %v {pads = array<i64: 0, 1, 0, 1>}
       : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x5xf32>
  // CHECK: plinth.pad constant %[[X]] {pads = array<i64: 1, 0, 0, -1>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %1 = plinth.pad constant %x {pads = array<i64: 1, 0, 0, -1>}
       : (tensor<2x3xf32>) -> tensor<3x2xf32>
  // CHECK: plinth.pad reflect %[[X]] {pads = array<i64: 1, 2, 1, 2>} : (tensor<2x3xf32>) -> tensor<4x7xf32>
  %2 = plinth.pad reflect %x {pads = array<i64: 1, 2, 1, 2>}
       : (tensor<2x3xf32>) -> tensor<4x7xf32>
  // CHECK: plinth.pad edge %[[D]] {pads = array<i64: 2, 2, 2, 2>} : (tensor<?x3xf32>) -> tensor<?x7xf32>
  %3 = plinth.pad edge %d {pads = array<i64: 2, 2, 2, 2>}
       : (tensor<?x3xf32>) -> tensor<?x7xf32>
  // CHECK: plinth.pad wrap %[[X]] {pads = array<i64: 0, 3, 0, 3>} : (tensor<2x3xf32>) -> tensor<2x9xf32>
  %4 = plinth.pad wrap %x {pads = array<i64: 0, 3, 0, 3>}
       : (tensor<2x3xf32>) -> tensor<2x9xf32>
  return
}

// CHECK-LABEL: func.func @tile
// CHECK-SAME: (%[[X:.*]]: tensor<2x?xf32>)
func.func @tile(%x: tensor<2x?xf32>) {
  // CHECK: plinth.tile %[[X]] {repeats = array<i64: 2, 3>} : (tensor<2x?xf32>) -> tensor<4x?xf32>
  %0 = plinth.tile %x {repeats = array<i64: 2, 3>} : (tensor<2x?xf32>) -> tensor<4x?xf32>
  // CHECK: plinth.tile %[[X]] {repeats = array<i64: 1, 0>} : (tensor<2x?xf32>) -> tensor<2x0xf32>
  %1 = plinth.tile %x {repeats = array<i64: 1, 0>} : (tensor<2x?xf32>) -> tensor<2x0xf32>
  return
}

// CHECK-LABEL: func.func @gather
// CHECK-SAME: (%[[T:.*]]: tensor<512x128xf32>, %[[I:.*]]: tensor<2x?xi64>, %[[J:.*]]: tensor<i32>)
func.func @gather(%t: tensor<512x128xf32>, %i: tensor<2x?xi64>, %j: tensor<i32>) {
  // CHECK: plinth.gather %[[T]], %[[I]] {axis = 0 : i64} : (tensor<512x128xf32>, tensor<2x?xi64>) -> tensor<2x?x128xf32>
  %0 = plinth.gather %t, %i {axis = 0 : i64}
       : (tensor<512x128xf32>, tensor<2x?xi64>) -> tensor<2x?x128xf32>
  // CHECK: plinth.gather %[[T]], %[[J]] {axis = -1 : i64} : (tensor<512x128xf32>, tensor<i32>) -> tensor<512xf32>
  %1 = plinth.gather %t, %j {axis = -1 : i64}
       : (tensor<512x128xf32>, tensor<i32>) -> tensor<512xf32>
  return
}

// CHECK-LABEL: func.func @gather_elements
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>, %[[I:.*]]: tensor<2x2xi64>)
func.func @gather_elements(%x: tensor<2x3xf32>, %i: tensor<2x2xi64>) -> tensor<2x2xf32> {
  // CHECK: plinth.gather_elements %[[X]], %[[I]] {axis = 1 : i64} : (tensor<2x3xf32>, tensor<2x2xi64>) -> tensor<2x2xf32>
  %0 = plinth.gather_elements %x, %i {axis = 1 : i64}
       : (tensor<2x3xf32>, tensor<2x2xi64>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// CHECK-LABEL: func.func @gather_nd
// CHECK-SAME: (%[[X:.*]]: tensor<2x2xf32>, %[[I:.*]]: tensor<2x2xi64>, %[[B:.*]]: tensor<2x3x4xf32>, %[[J:.*]]: tensor<2x1xi64>)
func.func @gather_nd(%x: tensor<2x2xf32>, %i: tensor<2x2xi64>, %b: tensor<2x3x4xf32>,
                     %j: tensor<2x1xi64>) {
  // CHECK: plinth.gather_nd %[[X]], %[[I]] {batch_dims = 0 : i64} : (tensor<2x2xf32>, tensor<2x2xi64>) -> tensor<2xf32>
  %0 = plinth.gather_nd %x, %i {batch_dims = 0 : i64}
       : (tensor<2x2xf32>, tensor<2x2xi64>) -> tensor<2xf32>
  // CHECK: plinth.gather_nd %[[B]], %[[J]] {batch_dims = 1 : i64} : (tensor<2x3x4xf32>, tensor<2x1xi64>) -> tensor<2x4xf32>
  %1 = plinth.gather_nd %b, %j {batch_dims = 1 : i64}
       : (tensor<2x3x4xf32>, tensor<2x1xi64>) -> tensor<2x4xf32>
  return
}

// CHECK-LABEL: func.func @scatter_elements
// CHECK-SAME: (%[[D:.*]]: tensor<3x4xf32>, %[[I:.*]]: tensor<3x2xi64>, %[[U:.*]]: tensor<3x2xf32>)
func.func @scatter_elements(%d: tensor<3x4xf32>, %i: tensor<3x2xi64>, %u: tensor<3x2xf32>) {
  // CHECK: plinth.scatter_elements add %[[D]], %[[I]], %[[U]] {axis = 1 : i64} : (tensor<3x4xf32>, tensor<3x2xi64>, tensor<3x2xf32>) -> tensor<3x4xf32>
  %0 = plinth.scatter_elements add %d, %i, %u {axis = 1 : i64}
       : (tensor<3x4xf32>, tensor<3x2xi64>, tensor<3x2xf32>) -> tensor<3x4xf32>
  // CHECK: plinth.scatter_elements none %[[D]], %[[I]], %[[U]] {axis = -1 : i64} : (tensor<3x4xf32>, tensor<3x2xi64>, tensor<3x2xf32>) -> tensor<3x4xf32>
  %1 = plinth.scatter_elements none %d, %i, %u {axis = -1 : i64}
       : (tensor<3x4xf32>, tensor<3x2xi64>, tensor<3x2xf32>) -> tensor<3x4xf32>
  return
}

// CHECK-LABEL: func.func @scatter_nd
// CHECK-SAME: (%[[D:.*]]: tensor<8xf32>, %[[I:.*]]: tensor<4x1xi64>, %[[U:.*]]: tensor<4xf32>)
func.func @scatter_nd(%d: tensor<8xf32>, %i: tensor<4x1xi64>, %u: tensor<4xf32>) -> tensor<8xf32> {
  // CHECK: plinth.scatter_nd max %[[D]], %[[I]], %[[U]] : (tensor<8xf32>, tensor<4x1xi64>, tensor<4xf32>) -> tensor<8xf32>
  %0 = plinth.scatter_nd max %d, %i, %u
       : (tensor<8xf32>, tensor<4x1xi64>, tensor<4xf32>) -> tensor<8xf32>
  return %0 : tensor<8xf32>
}

// CHECK-LABEL: func.func @shape_of
// CHECK-SAME: (%[[X:.*]]: tensor<?x8xf32>)
func.func @shape_of(%x: tensor<?x8xf32>) -> tensor<2xi64> {
  // CHECK: plinth.shape_of %[[X]] : (tensor<?x8xf32>) -> tensor<2xi64>
  %0 = plinth.shape_of %x : (tensor<?x8xf32>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// CHECK-LABEL: func.func @fill
// CHECK-SAME: (%[[S:.*]]: tensor<2xi64>, %[[T:.*]]: tensor<?xi64>)
func.func @fill(%s: tensor<2xi64>, %t: tensor<?xi64>) {
  // CHECK: plinth.fill %[[S]] {value = 0.000000e+00 : f32} : (tensor<2xi64>) -> tensor<?x?xf32>
  %0 = plinth.fill %s {value = 0.0 : f32} : (tensor<2xi64>) -> tensor<?x?xf32>
  // CHECK: plinth.fill %[[T]] {value = 7 : i32} : (tensor<?xi64>) -> tensor<?x4x?xi32>
  %1 = plinth.fill %t {value = 7 : i32} : (tensor<?xi64>) -> tensor<?x4x?xi32>
  return
}

// CHECK-LABEL: func.func @range
// CHECK-SAME: (%[[A:.*]]: tensor<i64>, %[[B:.*]]: tensor<i64>, %[[C:.*]]: tensor<i64>, %[[F:.*]]: tensor<f32>)
func.func @range(%a: tensor<i64>, %b: tensor<i64>, %c: tensor<i64>, %f: tensor<f32>) {
  // CHECK: plinth.range %[[A]], %[[B]], %[[C]] : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  %0 = plinth.range %a, %b, %c : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  // CHECK: plinth.range %[[F]], %[[F]], %[[F]] : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<?xf32>
  %1 = plinth.range %f, %f, %f : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<?xf32>
  return
}

// The enum attributes of resize are I32EnumAttr, so they are written as
// integers: mode 0 = nearest, 2 = cubic; coordinate_transformation_mode
// 0 = half_pixel, 4 = asymmetric, 5 = tf_crop_and_resize; nearest_mode
// 1 = round_prefer_ceil, 2 = floor.
// CHECK-LABEL: func.func @resize
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x4x4xf32>, %[[I:.*]]: tensor<1x3x4x4xi8>)
func.func @resize(%x: tensor<1x3x4x4xf32>, %i: tensor<1x3x4x4xi8>) {
  // CHECK: plinth.resize %[[X]] {coordinate_transformation_mode = 4 : i32, mode = 0 : i32, nearest_mode = 2 : i32, scales = array<f32: 1.000000e+00, 1.000000e+00, 2.000000e+00, 2.000000e+00>} : (tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32>
  %0 = plinth.resize %x {mode = 0 : i32, coordinate_transformation_mode = 4 : i32,
         nearest_mode = 2 : i32, scales = array<f32: 1.0, 1.0, 2.0, 2.0>}
       : (tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32>
  // CHECK: plinth.resize %[[X]] {coordinate_transformation_mode = 0 : i32, cubic_coeff_a = -5.000000e-01 : f32, exclude_outside, extrapolation_value = 1.000000e+00 : f32, mode = 2 : i32, scales = array<f32: 1.000000e+00, 1.000000e+00, 5.000000e-01, 5.000000e-01>} : (tensor<1x3x4x4xf32>) -> tensor<1x3x2x2xf32>
  %1 = plinth.resize %x {mode = 2 : i32, coordinate_transformation_mode = 0 : i32,
         scales = array<f32: 1.0, 1.0, 0.5, 0.5>, cubic_coeff_a = -0.5 : f32,
         exclude_outside, extrapolation_value = 1.0 : f32}
       : (tensor<1x3x4x4xf32>) -> tensor<1x3x2x2xf32>
  // CHECK: plinth.resize %[[I]] {coordinate_transformation_mode = 5 : i32, mode = 0 : i32, nearest_mode = 1 : i32, scales = array<f32: 1.000000e+00, 1.000000e+00, 2.000000e+00, 2.000000e+00>} : (tensor<1x3x4x4xi8>) -> tensor<1x3x8x8xi8>
  %2 = plinth.resize %i {mode = 0 : i32, coordinate_transformation_mode = 5 : i32,
         nearest_mode = 1 : i32, scales = array<f32: 1.0, 1.0, 2.0, 2.0>}
       : (tensor<1x3x4x4xi8>) -> tensor<1x3x8x8xi8>
  return
}

// CHECK-LABEL: func.func @attention
// CHECK-SAME: (%[[Q:.*]]: tensor<1x4x8x16xf32>, %[[K:.*]]: tensor<1x2x8x16xf32>, %[[V:.*]]: tensor<1x2x8x32xf32>, %[[M:.*]]: tensor<8x8xi1>, %[[A:.*]]: tensor<1x1x1x8xf32>)
func.func @attention(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>,
                     %v: tensor<1x2x8x32xf32>, %m: tensor<8x8xi1>,
                     %a: tensor<1x1x1x8xf32>) {
  // CHECK: plinth.attention %[[Q]], %[[K]], %[[V]] {is_causal} : (tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x32xf32>) -> tensor<1x4x8x32xf32>
  %0 = plinth.attention %q, %k, %v {is_causal}
       : (tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x32xf32>) -> tensor<1x4x8x32xf32>
  // CHECK: plinth.attention %[[Q]], %[[K]], %[[V]] mask(%[[M]]) : (tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x32xf32>, tensor<8x8xi1>) -> tensor<1x4x8x32xf32>
  %1 = plinth.attention %q, %k, %v mask(%m)
       : (tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x32xf32>, tensor<8x8xi1>) -> tensor<1x4x8x32xf32>
  // CHECK: plinth.attention %[[Q]], %[[K]], %[[V]] mask(%[[A]]) {scale = 1.250000e-01 : f32, softcap = 5.000000e+01 : f32} : (tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x32xf32>, tensor<1x1x1x8xf32>) -> tensor<1x4x8x32xf32>
  %2 = plinth.attention %q, %k, %v mask(%a) {scale = 0.125 : f32, softcap = 50.0 : f32}
       : (tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x32xf32>, tensor<1x1x1x8xf32>) -> tensor<1x4x8x32xf32>
  return
}

// CHECK-LABEL: func.func @attention_dynamic
// CHECK-SAME: (%[[Q:.*]]: tensor<?x4x?x16xf16>, %[[K:.*]]: tensor<?x1x?x16xf16>)
func.func @attention_dynamic(%q: tensor<?x4x?x16xf16>, %k: tensor<?x1x?x16xf16>) -> tensor<?x4x?x16xf16> {
  // CHECK: plinth.attention %[[Q]], %[[K]], %[[K]] : (tensor<?x4x?x16xf16>, tensor<?x1x?x16xf16>, tensor<?x1x?x16xf16>) -> tensor<?x4x?x16xf16>
  %0 = plinth.attention %q, %k, %k
       : (tensor<?x4x?x16xf16>, tensor<?x1x?x16xf16>, tensor<?x1x?x16xf16>) -> tensor<?x4x?x16xf16>
  return %0 : tensor<?x4x?x16xf16>
}

// CHECK-LABEL: func.func @rotary_embedding
// CHECK-SAME: (%[[X:.*]]: tensor<1x4x8x16xf32>, %[[C:.*]]: tensor<64x8xf32>, %[[S:.*]]: tensor<64x8xf32>, %[[P:.*]]: tensor<1x8xi64>, %[[C3:.*]]: tensor<1x8x4xf32>, %[[S3:.*]]: tensor<1x8x4xf32>)
func.func @rotary_embedding(%x: tensor<1x4x8x16xf32>, %cos: tensor<64x8xf32>,
                            %sin: tensor<64x8xf32>, %pos: tensor<1x8xi64>,
                            %cos3: tensor<1x8x4xf32>, %sin3: tensor<1x8x4xf32>) {
  // CHECK: plinth.rotary_embedding %[[X]], %[[C]], %[[S]], %[[P]] : (tensor<1x4x8x16xf32>, tensor<64x8xf32>, tensor<64x8xf32>, tensor<1x8xi64>) -> tensor<1x4x8x16xf32>
  %0 = plinth.rotary_embedding %x, %cos, %sin, %pos
       : (tensor<1x4x8x16xf32>, tensor<64x8xf32>, tensor<64x8xf32>, tensor<1x8xi64>) -> tensor<1x4x8x16xf32>
  // CHECK: plinth.rotary_embedding %[[X]], %[[C3]], %[[S3]] {interleaved, rotary_embedding_dim = 8 : i64} : (tensor<1x4x8x16xf32>, tensor<1x8x4xf32>, tensor<1x8x4xf32>) -> tensor<1x4x8x16xf32>
  %1 = plinth.rotary_embedding %x, %cos3, %sin3 {interleaved, rotary_embedding_dim = 8 : i64}
       : (tensor<1x4x8x16xf32>, tensor<1x8x4xf32>, tensor<1x8x4xf32>) -> tensor<1x4x8x16xf32>
  return
}

// The blob of the dense_resource constant survives the round trip.
// CHECK: dialect_resources
// CHECK: wte: "0x040000000000803F00000040"

{-#
  dialect_resources: {
    builtin: {
      wte: "0x040000000000803F00000040"
    }
  }
#-}
