// RUN: plinth-opt %s --plinth-graph-simplify -split-input-file | FileCheck %s --check-prefixes=CHECK,SIMPLIFY
// RUN: plinth-opt %s --plinth-graph-pipeline -split-input-file | FileCheck %s --check-prefixes=CHECK,PIPELINE

// --plinth-graph-simplify applies the plinth folders and canonical forms;
// --plinth-graph-pipeline runs it, then CSE and -canonicalize. CHECK lines
// hold for both, SIMPLIFY and PIPELINE lines for one each.

// The example of the pass description: the shape arithmetic an exporter
// writes for `x.view(x.size(0), 3, 4)` folds away on static shapes.
// CHECK-LABEL: func.func @shape_slice_concat_reshape
// CHECK-SAME: (%[[X:.*]]: tensor<2x12xf32>)
// CHECK-NEXT: %[[Y:.*]] = plinth.reshape %[[X]] : (tensor<2x12xf32>) -> tensor<2x3x4xf32>
// CHECK-NEXT: return %[[Y]]
func.func @shape_slice_concat_reshape(%x: tensor<2x12xf32>) -> tensor<2x3x4xf32> {
  %s = plinth.shape_of %x : (tensor<2x12xf32>) -> tensor<2xi64>
  %c = plinth.constant dense<[3, 4]> : tensor<2xi64>
  %n = plinth.slice %s {axes = array<i64: 0>, starts = array<i64: 0>,
         ends = array<i64: 1>, steps = array<i64: 1>} : (tensor<2xi64>) -> tensor<1xi64>
  %shape = plinth.concat %n, %c {axis = 0 : i64} : (tensor<1xi64>, tensor<2xi64>) -> tensor<3xi64>
  %y = plinth.reshape %x, %shape : (tensor<2x12xf32>, tensor<3xi64>) -> tensor<2x3x4xf32>
  return %y : tensor<2x3x4xf32>
}

// -----

// With a dynamic batch dim the shape is only known at run time: the chain
// stays and the reshape keeps its shape operand.
// CHECK-LABEL: func.func @shape_slice_concat_reshape_dynamic
// CHECK-SAME: (%[[X:.*]]: tensor<?x12xf32>)
// CHECK-DAG: %[[C:.*]] = plinth.constant dense<[3, 4]> : tensor<2xi64>
// CHECK-DAG: %[[S:.*]] = plinth.shape_of %[[X]] : (tensor<?x12xf32>) -> tensor<2xi64>
// CHECK: %[[N:.*]] = plinth.slice %[[S]] {{{.*}}} : (tensor<2xi64>) -> tensor<1xi64>
// CHECK: %[[SHAPE:.*]] = plinth.concat %[[N]], %[[C]] {axis = 0 : i64} : (tensor<1xi64>, tensor<2xi64>) -> tensor<3xi64>
// CHECK: %[[Y:.*]] = plinth.reshape %[[X]], %[[SHAPE]] : (tensor<?x12xf32>, tensor<3xi64>) -> tensor<?x3x4xf32>
// CHECK: return %[[Y]]
func.func @shape_slice_concat_reshape_dynamic(%x: tensor<?x12xf32>) -> tensor<?x3x4xf32> {
  %s = plinth.shape_of %x : (tensor<?x12xf32>) -> tensor<2xi64>
  %c = plinth.constant dense<[3, 4]> : tensor<2xi64>
  %n = plinth.slice %s {axes = array<i64: 0>, starts = array<i64: 0>,
         ends = array<i64: 1>, steps = array<i64: 1>} : (tensor<2xi64>) -> tensor<1xi64>
  %shape = plinth.concat %n, %c {axis = 0 : i64} : (tensor<1xi64>, tensor<2xi64>) -> tensor<3xi64>
  %y = plinth.reshape %x, %shape : (tensor<?x12xf32>, tensor<3xi64>) -> tensor<?x3x4xf32>
  return %y : tensor<?x3x4xf32>
}

// -----

// PyTorch's `x.flatten(1)`: Shape -> Gather -> Unsqueeze, and Size (a
// product of the shape), both folded on static shapes; the reshapes of the
// shape pieces fold too.
// CHECK-LABEL: func.func @shape_gather_size_reshape
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4xf32>)
// CHECK-NEXT: %[[Y:.*]] = plinth.reshape %[[X]] : (tensor<2x3x4xf32>) -> tensor<2x12xf32>
// CHECK-NEXT: return %[[Y]]
func.func @shape_gather_size_reshape(%x: tensor<2x3x4xf32>) -> tensor<2x12xf32> {
  %s = plinth.shape_of %x : (tensor<2x3x4xf32>) -> tensor<3xi64>
  %zero = plinth.constant dense<0> : tensor<i64>
  %batch = plinth.gather %s, %zero {axis = 0 : i64} : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %b1 = plinth.reshape %batch : (tensor<i64>) -> tensor<1xi64>
  %tail = plinth.slice %s {axes = array<i64: 0>, starts = array<i64: 1>,
            ends = array<i64: 3>, steps = array<i64: 1>} : (tensor<3xi64>) -> tensor<2xi64>
  %size = plinth.reduce prod %tail {axes = array<i64: 0>, keep_dims = true}
          : (tensor<2xi64>) -> tensor<1xi64>
  %shape = plinth.concat %b1, %size {axis = 0 : i64} : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
  %y = plinth.reshape %x, %shape : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<2x12xf32>
  return %y : tensor<2x12xf32>
}

// -----

// Chains of transposes compose into one; a chain that composes to the
// identity disappears.
// CHECK-LABEL: func.func @transposes_compose
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4x5xf32>)
// CHECK-NEXT: %[[T:.*]] = plinth.transpose %[[X]] {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x3x4x5xf32>) -> tensor<2x4x3x5xf32>
// CHECK-NEXT: return %[[T]], %[[X]]
func.func @transposes_compose(%x: tensor<2x3x4x5xf32>) -> (tensor<2x4x3x5xf32>, tensor<2x3x4x5xf32>) {
  %0 = plinth.transpose %x {permutation = array<i64: 0, 2, 3, 1>}
       : (tensor<2x3x4x5xf32>) -> tensor<2x4x5x3xf32>
  %1 = plinth.transpose %0 {permutation = array<i64: 0, 1, 3, 2>}
       : (tensor<2x4x5x3xf32>) -> tensor<2x4x3x5xf32>
  %2 = plinth.transpose %x {permutation = array<i64: 1, 0, 3, 2>}
       : (tensor<2x3x4x5xf32>) -> tensor<3x2x5x4xf32>
  %3 = plinth.transpose %2 {permutation = array<i64: 1, 0, 3, 2>}
       : (tensor<3x2x5x4xf32>) -> tensor<2x3x4x5xf32>
  return %1, %3 : tensor<2x4x3x5xf32>, tensor<2x3x4x5xf32>
}

// -----

// Identities and reshape chains go; weights (dense_resource blobs) are not
// folded even where a folder would apply to a literal.
// CHECK-LABEL: func.func @identities_and_weights
// CHECK-SAME: (%[[X:.*]]: tensor<4x8xf32>)
// CHECK: %[[W:.*]] = plinth.constant dense_resource<weight> : tensor<8xf32>
// CHECK: %[[R:.*]] = plinth.reshape %[[W]] : (tensor<8xf32>) -> tensor<2x4xf32>
// CHECK: %[[Y:.*]] = plinth.reshape %[[X]] : (tensor<4x8xf32>) -> tensor<32xf32>
// CHECK: return %[[R]], %[[Y]]
func.func @identities_and_weights(%x: tensor<4x8xf32>) -> (tensor<2x4xf32>, tensor<32xf32>) {
  %w = plinth.constant dense_resource<weight> : tensor<8xf32>
  %r = plinth.reshape %w : (tensor<8xf32>) -> tensor<2x4xf32>
  %c = plinth.cast %x : tensor<4x8xf32> to tensor<4x8xf32>
  %zero = plinth.constant dense<-0.0> : tensor<f32>
  %a = plinth.binary add %c, %zero : (tensor<4x8xf32>, tensor<f32>) -> tensor<4x8xf32>
  %0 = plinth.reshape %a : (tensor<4x8xf32>) -> tensor<2x16xf32>
  %1 = plinth.reshape %0 : (tensor<2x16xf32>) -> tensor<32xf32>
  return %r, %1 : tensor<2x4xf32>, tensor<32xf32>
}

{-#
  dialect_resources: {
    builtin: {
      weight: "0x040000000000803F0000004000004040000080400000A0400000C0400000E04000000041"
    }
  }
#-}

// -----

// The pass folds and canonicalizes but does not CSE; the pipeline does.
// CHECK-LABEL: func.func @pipeline_cse
// CHECK-SAME: (%[[X:.*]]: tensor<4xf32>)
// SIMPLIFY-NEXT: %[[A:.*]] = plinth.unary exp %[[X]] : tensor<4xf32>
// SIMPLIFY-NEXT: %[[B:.*]] = plinth.unary exp %[[X]] : tensor<4xf32>
// SIMPLIFY-NEXT: %[[S:.*]] = plinth.binary add %[[A]], %[[B]]
// PIPELINE-NEXT: %[[A:.*]] = plinth.unary exp %[[X]] : tensor<4xf32>
// PIPELINE-NEXT: %[[S:.*]] = plinth.binary add %[[A]], %[[A]]
// CHECK-NEXT: return %[[S]]
func.func @pipeline_cse(%x: tensor<4xf32>) -> tensor<4xf32> {
  %a = plinth.unary exp %x : tensor<4xf32>
  %b = plinth.unary exp %x : tensor<4xf32>
  %s = plinth.binary add %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %s : tensor<4xf32>
}
