// RUN: plinth-opt %s --plinth-lower-to-linalg -split-input-file -verify-diagnostics

// Data-movement cases without a lowering yet: each fails with an op error
// that says why (and the conversion reports the op as not legalized).

func.func @resize_crop(%x: tensor<1x4xf32>) -> tensor<1x8xf32> {
  // expected-error @+2 {{lowering not supported yet: tf_crop_and_resize (needs roi)}}
  // expected-error @+1 {{failed to legalize operation 'plinth.resize'}}
  %y = plinth.resize %x {mode = 1 : i32, coordinate_transformation_mode = 5 : i32, scales = array<f32: 1.0, 2.0>} : (tensor<1x4xf32>) -> tensor<1x8xf32>
  return %y : tensor<1x8xf32>
}

// -----

// Two dynamic result dims from one input dim, and no shape operand: their
// split is unknown.
func.func @reshape_unknown_split(%x: tensor<?xf32>) -> tensor<?x?xf32> {
  // expected-error @+2 {{lowering not supported yet: dynamic result dims that do not regroup the input's dims need a shape operand}}
  // expected-error @+1 {{failed to legalize operation 'plinth.reshape'}}
  %y = plinth.reshape %x : (tensor<?xf32>) -> tensor<?x?xf32>
  return %y : tensor<?x?xf32>
}

// -----

func.func @expand_unknown_length(%x: tensor<?xf32>, %s: tensor<?xi64>) -> tensor<?x?xf32> {
  // expected-error @+2 {{lowering not supported yet: a shape operand of unknown length}}
  // expected-error @+1 {{failed to legalize operation 'plinth.expand'}}
  %y = plinth.expand %x, %s : (tensor<?xf32>, tensor<?xi64>) -> tensor<?x?xf32>
  return %y : tensor<?x?xf32>
}

// -----

func.func @range_unsigned(%s: tensor<ui32>, %l: tensor<ui32>, %d: tensor<ui32>) -> tensor<?xui32> {
  // expected-error @+2 {{lowering not supported yet: unsigned or boolean range}}
  // expected-error @+1 {{failed to legalize operation 'plinth.range'}}
  %y = plinth.range %s, %l, %d : (tensor<ui32>, tensor<ui32>, tensor<ui32>) -> tensor<?xui32>
  return %y : tensor<?xui32>
}
