// RUN: plinth-opt %s -split-input-file -verify-diagnostics

// One case per verifier and type-inference error of the plinth ops. Errors
// from inferReturnTypes come with a second "failed to infer returned types".

//===----------------------------------------------------------------------===//
// Ranked tensors only (unranked operands and results used to crash the
// verifiers and type inference, which read their dims)
//===----------------------------------------------------------------------===//

func.func @fp_class_unranked_result(%x: tensor<4xf32>) {
  // expected-error @+1 {{result #0 must be ranked tensor of 1-bit signless integer values}}
  %0 = "plinth.fp_class"(%x) <{kind = 0 : i32}> : (tensor<4xf32>) -> tensor<*xi1>
  return
}

// -----

func.func @softmax_unranked(%x: tensor<*xf32>) {
  // expected-error @+1 {{operand #0 must be ranked tensor of floating-point values}}
  %0 = "plinth.softmax"(%x) <{axis = 0 : i64}> : (tensor<*xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @select_unranked_condition(%c: tensor<*xi1>, %x: tensor<4xf32>) {
  // expected-error @+1 {{operand #0 must be ranked tensor of 1-bit signless integer values}}
  %0 = "plinth.select"(%c, %x, %x) : (tensor<*xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @gather_nd_unranked_indices(%x: tensor<4xf32>, %i: tensor<*xi64>) {
  // expected-error @+1 {{operand #1 must be ranked tensor of 64-bit signless integer values}}
  %0 = "plinth.gather_nd"(%x, %i) <{batch_dims = 0 : i64}> : (tensor<4xf32>, tensor<*xi64>) -> tensor<4xf32>
  return
}

// -----

func.func @attention_unranked(%q: tensor<*xf32>) {
  // expected-error @+1 {{operand #0 must be ranked tensor of floating-point values}}
  %0 = "plinth.attention"(%q, %q, %q) : (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) -> tensor<*xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// ExternalWeightOp
//===----------------------------------------------------------------------===//

func.func @external_weight_dynamic() {
  // expected-error @+1 {{'plinth.external_weight' op external weights need a static shape}}
  %0 = plinth.external_weight "w.bin"[0, 16] : tensor<?xf32>
  return
}

// -----

func.func @external_weight_index() {
  // expected-error @+1 {{'plinth.external_weight' op expects integer or floating-point elements, got 'index'}}
  %0 = plinth.external_weight "w.bin"[0, 16] : tensor<2xindex>
  return
}

// -----

func.func @external_weight_complex() {
  // expected-error @+1 {{expects integer or floating-point elements, got 'complex<f32>'}}
  %0 = plinth.external_weight "w.bin"[0, 16] : tensor<2xcomplex<f32>>
  return
}

// -----

func.func @external_weight_too_many_elements() {
  // expected-error @+1 {{'plinth.external_weight' op has an invalid tensor type}}
  %0 = plinth.external_weight "w.bin"[0, 0] : tensor<65536x65536x65537xf32>
  return
}

// -----

// 2^48 elements of 2^16 bits: the bit count overflows int64 (it used to wrap
// to 0 and match a length of 0).
func.func @external_weight_bit_count_overflows() {
  // expected-error @+1 {{'plinth.external_weight' op has an invalid tensor type}}
  %0 = plinth.external_weight "w.bin"[0, 0] : tensor<281474976710656xi65536>
  return
}

// -----

func.func @external_weight_i0() {
  // expected-error @+1 {{'plinth.external_weight' op has an invalid tensor type}}
  %0 = plinth.external_weight "w.bin"[0, 0] : tensor<4xi0>
  return
}

// -----

func.func @external_weight_length() {
  // expected-error @+1 {{'plinth.external_weight' op length 16 does not match the 24 bytes of 'tensor<2x3xf32>'}}
  %0 = plinth.external_weight "w.bin"[0, 16] : tensor<2x3xf32>
  return
}

// -----

func.func @external_weight_i1_length() {
  // i1 takes one byte per element.
  // expected-error @+1 {{length 1 does not match the 8 bytes of 'tensor<8xi1>'}}
  %0 = plinth.external_weight "w.bin"[0, 1] : tensor<8xi1>
  return
}

// -----

func.func @external_weight_range_overflows() {
  // expected-error @+1 {{'plinth.external_weight' op offset 9223372036854775807 + length 16 overflows}}
  %0 = plinth.external_weight "w.bin"[9223372036854775807, 16] : tensor<4xf32>
  return
}

// -----

func.func @external_weight_absolute_path() {
  // expected-error @+1 {{'plinth.external_weight' op file must be a relative path inside the model folder}}
  %0 = plinth.external_weight "/etc/w.bin"[0, 16] : tensor<4xf32>
  return
}

// -----

func.func @external_weight_parent_path() {
  // expected-error @+1 {{file must be a relative path inside the model folder}}
  %0 = plinth.external_weight "data/../../w.bin"[0, 16] : tensor<4xf32>
  return
}

// -----

func.func @external_weight_negative_offset() {
  // expected-error @+1 {{attribute 'offset' failed to satisfy constraint: 64-bit signless integer attribute whose value is non-negative}}
  %0 = plinth.external_weight "w.bin"[-1, 16] : tensor<4xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// ConstantOp
//===----------------------------------------------------------------------===//

func.func @constant_type_mismatch() {
  // expected-error @+1 {{'plinth.constant' op failed to verify that all of {value, result} have same type}}
  %0 = "plinth.constant"() <{value = dense<1> : tensor<2xi64>}> : () -> tensor<2xi32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// UnaryOp
//===----------------------------------------------------------------------===//

func.func @unary_not_float(%x: tensor<4xf32>) {
  // expected-error @+1 {{'plinth.unary' op 'not' expects i1 elements}}
  %0 = plinth.unary not %x : tensor<4xf32>
  return
}

// -----

func.func @unary_neg_i1(%x: tensor<4xi1>) {
  // expected-error @+1 {{'plinth.unary' op 'neg' expects numbers, not i1}}
  %0 = plinth.unary neg %x : tensor<4xi1>
  return
}

// -----

func.func @unary_relu_i1(%x: tensor<4xi1>) {
  // expected-error @+1 {{'relu' expects numbers, not i1}}
  %0 = plinth.unary relu %x : tensor<4xi1>
  return
}

// -----

func.func @unary_exp_int(%x: tensor<4xi32>) {
  // expected-error @+1 {{'plinth.unary' op 'exp' expects floating-point elements}}
  %0 = plinth.unary exp %x : tensor<4xi32>
  return
}

// -----

func.func @unary_elu_needs_alpha(%x: tensor<4xf32>) {
  // expected-error @+1 {{'plinth.unary' op 'elu' needs alpha}}
  %0 = plinth.unary elu %x : tensor<4xf32>
  return
}

// -----

func.func @unary_exp_takes_no_alpha(%x: tensor<4xf32>) {
  // expected-error @+1 {{'plinth.unary' op 'exp' takes no alpha}}
  %0 = plinth.unary exp %x {alpha = 1.0 : f32} : tensor<4xf32>
  return
}

// -----

func.func @unary_hard_sigmoid_needs_beta(%x: tensor<4xf32>) {
  // expected-error @+1 {{'plinth.unary' op 'hard_sigmoid' needs beta}}
  %0 = plinth.unary hard_sigmoid %x {alpha = 0.2 : f32} : tensor<4xf32>
  return
}

// -----

func.func @unary_leaky_relu_takes_no_beta(%x: tensor<4xf32>) {
  // expected-error @+1 {{'plinth.unary' op 'leaky_relu' takes no beta}}
  %0 = plinth.unary leaky_relu %x {alpha = 0.1 : f32, beta = 0.5 : f32} : tensor<4xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// BinaryOp, CompareOp, SelectOp
//===----------------------------------------------------------------------===//

func.func @binary_element_types(%a: tensor<4xf32>, %b: tensor<4xf16>) {
  // expected-error @+2 {{operands have different element types 'f32' and 'f16'}}
  // expected-error @+1 {{'plinth.binary' op failed to infer returned types}}
  %0 = plinth.binary add %a, %b : (tensor<4xf32>, tensor<4xf16>) -> tensor<4xf32>
  return
}

// -----

func.func @binary_and_float(%a: tensor<4xf32>) {
  // expected-error @+2 {{'and' expects i1 or integer elements}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.binary and %a, %a : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @binary_shift_float(%a: tensor<4xf32>) {
  // expected-error @+2 {{'shift_left' expects integer elements}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.binary shift_left %a, %a : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @unary_bit_not_float(%a: tensor<4xf32>) {
  // expected-error @+1 {{'plinth.unary' op 'bit_not' expects integer elements}}
  %0 = plinth.unary bit_not %a : tensor<4xf32>
  return
}

// -----

func.func @unary_selu_needs_beta(%a: tensor<4xf32>) {
  // expected-error @+1 {{'plinth.unary' op 'selu' needs beta}}
  %0 = plinth.unary selu %a {alpha = 1.0 : f32} : tensor<4xf32>
  return
}

// -----

func.func @binary_add_i1(%a: tensor<4xi1>) {
  // expected-error @+2 {{'add' does not take i1 elements}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.binary add %a, %a : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  return
}

// -----

func.func @binary_broadcast(%a: tensor<2x3xf32>, %b: tensor<4xf32>) {
  // expected-error @+2 {{shapes 2x3 and 4 do not broadcast}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.binary add %a, %b : (tensor<2x3xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @binary_wrong_result(%a: tensor<2x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{'plinth.binary' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x?xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.binary add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x?xf32>
  return
}

// -----

func.func @compare_element_types(%a: tensor<4xf32>, %b: tensor<4xi32>) {
  // expected-error @+2 {{operands have different element types}}
  // expected-error @+1 {{'plinth.compare' op failed to infer returned types}}
  %0 = plinth.compare eq %a, %b : (tensor<4xf32>, tensor<4xi32>) -> tensor<4xi1>
  return
}

// -----

func.func @compare_broadcast(%a: tensor<3xf32>, %b: tensor<4xf32>) {
  // expected-error @+2 {{shapes 3 and 4 do not broadcast}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.compare lt %a, %b : (tensor<3xf32>, tensor<4xf32>) -> tensor<4xi1>
  return
}

// -----

func.func @compare_result_not_i1(%a: tensor<4xf32>) {
  // expected-error @+1 {{result #0 must be ranked tensor of 1-bit signless integer values}}
  %0 = plinth.compare lt %a, %a : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @select_value_types(%c: tensor<4xi1>, %a: tensor<4xf32>, %b: tensor<4xf16>) {
  // expected-error @+2 {{true and false values have different element types}}
  // expected-error @+1 {{'plinth.select' op failed to infer returned types}}
  %0 = plinth.select %c, %a, %b : (tensor<4xi1>, tensor<4xf32>, tensor<4xf16>) -> tensor<4xf32>
  return
}

// -----

func.func @select_broadcast(%c: tensor<3xi1>, %a: tensor<4xf32>) {
  // expected-error @+2 {{shapes 3 and 4 do not broadcast}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.select %c, %a, %a : (tensor<3xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @select_condition_not_i1(%c: tensor<4xi8>, %a: tensor<4xf32>) {
  // expected-error @+1 {{operand #0 must be ranked tensor of 1-bit signless integer values}}
  %0 = plinth.select %c, %a, %a : (tensor<4xi8>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// CastOp, FPClassOp, GeluOp
//===----------------------------------------------------------------------===//

func.func @cast_shape(%x: tensor<2x3xi64>) {
  // expected-error @+1 {{'plinth.cast' op result shape 3x2 differs from input shape 2x3}}
  %0 = plinth.cast %x : tensor<2x3xi64> to tensor<3x2xf32>
  return
}

// -----

func.func @cast_rank(%x: tensor<2x3xi64>) {
  // expected-error @+1 {{'plinth.cast' op result shape 6 differs from input shape 2x3}}
  %0 = plinth.cast %x : tensor<2x3xi64> to tensor<6xf32>
  return
}

// -----

func.func @fp_class_shape(%x: tensor<4xf32>) {
  // expected-error @+1 {{'plinth.fp_class' op result shape 5 differs from input shape 4}}
  %0 = plinth.fp_class inf %x : tensor<4xf32> -> tensor<5xi1>
  return
}

// -----

func.func @fp_class_int(%x: tensor<4xi32>) {
  // expected-error @+1 {{operand #0 must be ranked tensor of floating-point values}}
  %0 = plinth.fp_class nan %x : tensor<4xi32> -> tensor<4xi1>
  return
}

// -----

func.func @gelu_int(%x: tensor<4xi32>) {
  // expected-error @+1 {{operand #0 must be ranked tensor of floating-point values}}
  %0 = plinth.gelu none %x : tensor<4xi32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// MatMulOp
//===----------------------------------------------------------------------===//

func.func @matmul_element_types(%a: tensor<2x3xf32>, %b: tensor<3x4xf16>) {
  // expected-error @+2 {{operands have different element types}}
  // expected-error @+1 {{'plinth.matmul' op failed to infer returned types}}
  %0 = plinth.matmul %a, %b : (tensor<2x3xf32>, tensor<3x4xf16>) -> tensor<2x4xf32>
  return
}

// -----

func.func @matmul_scalar(%a: tensor<f32>, %b: tensor<3x4xf32>) {
  // expected-error @+2 {{operands must have rank 1 or more}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.matmul %a, %b : (tensor<f32>, tensor<3x4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @matmul_contraction(%a: tensor<2x3xf32>, %b: tensor<5x4xf32>) {
  // expected-error @+2 {{contraction dims differ: 2x3 times 5x4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.matmul %a, %b : (tensor<2x3xf32>, tensor<5x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @matmul_batch(%a: tensor<2x4x3xf32>, %b: tensor<5x3x4xf32>) {
  // expected-error @+2 {{batch dims: shapes 2 and 5 do not broadcast}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.matmul %a, %b : (tensor<2x4x3xf32>, tensor<5x3x4xf32>) -> tensor<2x4x4xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// EinsumOp
//===----------------------------------------------------------------------===//

func.func @einsum_implicit(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{equation 'ij' needs an explicit '->'}}
  // expected-error @+1 {{'plinth.einsum' op failed to infer returned types}}
  %0 = plinth.einsum "ij" %a : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @einsum_no_inputs() {
  // expected-error @+2 {{expects at least one input}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.einsum "->" : () -> tensor<f32>
  return
}

// -----

func.func @einsum_term_count(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{equation has 2 input terms but the op has 1 inputs}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.einsum "ij,jk->ik" %a : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @einsum_element_types(%a: tensor<2x3xf32>, %b: tensor<3x4xf16>) {
  // expected-error @+2 {{inputs have different element types}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.einsum "ij,jk->ik" %a, %b : (tensor<2x3xf32>, tensor<3x4xf16>) -> tensor<2x4xf32>
  return
}

// -----

func.func @einsum_term_rank(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{term 'ijk' does not match rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.einsum "ijk->i" %a : (tensor<2x3xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @einsum_ellipsis(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{invalid label '.' in equation}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.einsum "i.->i" %a : (tensor<2x3xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @einsum_label_sizes(%a: tensor<2x3xf32>, %b: tensor<4x5xf32>) {
  // expected-error @+2 {{label 'j' has sizes 3 and 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.einsum "ij,jk->ik" %a, %b : (tensor<2x3xf32>, tensor<4x5xf32>) -> tensor<2x5xf32>
  return
}

// -----

func.func @einsum_unknown_output_label(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{output label 'k' does not appear in an input}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.einsum "ij->k" %a : (tensor<2x3xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @einsum_repeated_output_label(%a: tensor<3x4xf32>) {
  // expected-error @+2 {{output label 'i' appears twice}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.einsum "ij->ii" %a : (tensor<3x4xf32>) -> tensor<3x3xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// ConvOp, ConvTransposeOp
//===----------------------------------------------------------------------===//

func.func @conv_rank(%x: tensor<1x3xf32>, %w: tensor<4x3xf32>) {
  // expected-error @+2 {{input and filter must have the same rank >= 3, got 1x3 and 4x3}}
  // expected-error @+1 {{'plinth.conv' op failed to infer returned types}}
  %0 = plinth.conv %x, %w {strides = array<i64>, pads = array<i64>, dilations = array<i64>, group = 1 : i64}
       : (tensor<1x3xf32>, tensor<4x3xf32>) -> tensor<1x4xf32>
  return
}

// -----

func.func @conv_element_types(%x: tensor<1x3x8xf32>, %w: tensor<4x3x3xf16>) {
  // expected-error @+2 {{input and filter element types differ}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.conv %x, %w {strides = array<i64: 1>, pads = array<i64: 0, 0>, dilations = array<i64: 1>, group = 1 : i64}
       : (tensor<1x3x8xf32>, tensor<4x3x3xf16>) -> tensor<1x4x6xf32>
  return
}

// -----

func.func @conv_window_attrs(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{expects 2 kernel dims, strides and dilations and 4 pads for 2 spatial dims}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.conv %x, %w {strides = array<i64: 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>, group = 1 : i64}
       : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv_empty_kernel(%x: tensor<1x3x8xf32>, %w: tensor<4x3x0xf32>) {
  // expected-error @+2 {{kernel dim 0 must be positive}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.conv %x, %w {strides = array<i64: 1>, pads = array<i64: 0, 0>, dilations = array<i64: 1>, group = 1 : i64}
       : (tensor<1x3x8xf32>, tensor<4x3x0xf32>) -> tensor<1x4x9xf32>
  return
}

// -----

func.func @conv_zero_stride(%x: tensor<1x3x8xf32>, %w: tensor<4x3x3xf32>) {
  // expected-error @+2 {{strides and dilations must be positive}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.conv %x, %w {strides = array<i64: 0>, pads = array<i64: 0, 0>, dilations = array<i64: 1>, group = 1 : i64}
       : (tensor<1x3x8xf32>, tensor<4x3x3xf32>) -> tensor<1x4x6xf32>
  return
}

// -----

func.func @conv_negative_pad(%x: tensor<1x3x8xf32>, %w: tensor<4x3x3xf32>) {
  // expected-error @+2 {{pads must be non-negative and bounded}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.conv %x, %w {strides = array<i64: 1>, pads = array<i64: -1, 0>, dilations = array<i64: 1>, group = 1 : i64}
       : (tensor<1x3x8xf32>, tensor<4x3x3xf32>) -> tensor<1x4x5xf32>
  return
}

// -----

func.func @conv_channels(%x: tensor<1x3x8xf32>, %w: tensor<4x2x3xf32>) {
  // expected-error @+2 {{input has 3 channels but the filter expects 2 x 1 groups}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.conv %x, %w {strides = array<i64: 1>, pads = array<i64: 0, 0>, dilations = array<i64: 1>, group = 1 : i64}
       : (tensor<1x3x8xf32>, tensor<4x2x3xf32>) -> tensor<1x4x6xf32>
  return
}

// -----

func.func @conv_filter_count(%x: tensor<1x4x8xf32>, %w: tensor<3x2x3xf32>) {
  // expected-error @+2 {{filter count 3 is not a multiple of group 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.conv %x, %w {strides = array<i64: 1>, pads = array<i64: 0, 0>, dilations = array<i64: 1>, group = 2 : i64}
       : (tensor<1x4x8xf32>, tensor<3x2x3xf32>) -> tensor<1x3x6xf32>
  return
}

// -----

// 4 x 2^62 channels overflow int64 (they used to wrap to 0 and match an
// empty input).
func.func @conv_group_overflows(%x: tensor<1x0x5xf32>, %w: tensor<0x4x2xf32>) {
  // expected-error @+2 {{filter dim 1 (4) times group 4611686018427387904 is too large}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.conv %x, %w {strides = array<i64: 1>, pads = array<i64: 0, 0>, dilations = array<i64: 1>, group = 4611686018427387904 : i64}
       : (tensor<1x0x5xf32>, tensor<0x4x2xf32>) -> tensor<1x0x4xf32>
  return
}

// -----

func.func @conv_bias(%x: tensor<1x3x8xf32>, %w: tensor<4x3x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{bias must be 1-D with 4 elements, got 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.conv %x, %w, %b {strides = array<i64: 1>, pads = array<i64: 0, 0>, dilations = array<i64: 1>, group = 1 : i64}
       : (tensor<1x3x8xf32>, tensor<4x3x3xf32>, tensor<3xf32>) -> tensor<1x4x6xf32>
  return
}

// -----

func.func @conv_input_too_small(%x: tensor<1x3x2xf32>, %w: tensor<4x3x3xf32>) {
  // expected-error @+2 {{spatial dim 0 is smaller than the dilated kernel}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.conv %x, %w {strides = array<i64: 1>, pads = array<i64: 0, 0>, dilations = array<i64: 1>, group = 1 : i64}
       : (tensor<1x3x2xf32>, tensor<4x3x3xf32>) -> tensor<1x4x1xf32>
  return
}

// -----

func.func @conv_group_zero(%x: tensor<1x3x8xf32>, %w: tensor<4x3x3xf32>) {
  // expected-error @+1 {{attribute 'group' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive}}
  %0 = plinth.conv %x, %w {strides = array<i64: 1>, pads = array<i64: 0, 0>, dilations = array<i64: 1>, group = 0 : i64}
       : (tensor<1x3x8xf32>, tensor<4x3x3xf32>) -> tensor<1x4x6xf32>
  return
}

// -----

func.func @conv_transpose_channels(%x: tensor<1x4x4xf32>, %w: tensor<3x2x2xf32>) {
  // expected-error @+2 {{input has 4 channels but the filter has 3}}
  // expected-error @+1 {{'plinth.conv_transpose' op failed to infer returned types}}
  %0 = plinth.conv_transpose %x, %w {strides = array<i64: 2>, pads = array<i64: 0, 0>, dilations = array<i64: 1>, output_padding = array<i64: 0>, group = 1 : i64}
       : (tensor<1x4x4xf32>, tensor<3x2x2xf32>) -> tensor<1x2x8xf32>
  return
}

// -----

func.func @conv_transpose_group(%x: tensor<1x3x4xf32>, %w: tensor<3x2x2xf32>) {
  // expected-error @+2 {{channels 3 not a multiple of group 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.conv_transpose %x, %w {strides = array<i64: 2>, pads = array<i64: 0, 0>, dilations = array<i64: 1>, output_padding = array<i64: 0>, group = 2 : i64}
       : (tensor<1x3x4xf32>, tensor<3x2x2xf32>) -> tensor<1x4x8xf32>
  return
}

// -----

func.func @conv_transpose_bias(%x: tensor<1x4x4xf32>, %w: tensor<4x2x2xf32>, %b: tensor<4xf32>) {
  // expected-error @+2 {{bias must be 1-D with 2 elements, got 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.conv_transpose %x, %w, %b {strides = array<i64: 2>, pads = array<i64: 0, 0>, dilations = array<i64: 1>, output_padding = array<i64: 0>, group = 1 : i64}
       : (tensor<1x4x4xf32>, tensor<4x2x2xf32>, tensor<4xf32>) -> tensor<1x2x8xf32>
  return
}

// -----

func.func @conv_transpose_output_padding_count(%x: tensor<1x4x4xf32>, %w: tensor<4x2x2xf32>) {
  // expected-error @+2 {{expects 1 output_padding values}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.conv_transpose %x, %w {strides = array<i64: 2>, pads = array<i64: 0, 0>, dilations = array<i64: 1>, output_padding = array<i64: 0, 0>, group = 1 : i64}
       : (tensor<1x4x4xf32>, tensor<4x2x2xf32>) -> tensor<1x2x8xf32>
  return
}

// -----

func.func @conv_transpose_output_padding_range(%x: tensor<1x4x4xf32>, %w: tensor<4x2x2xf32>) {
  // expected-error @+2 {{output_padding must be in [0, max(stride, dilation))}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.conv_transpose %x, %w {strides = array<i64: 2>, pads = array<i64: 0, 0>, dilations = array<i64: 1>, output_padding = array<i64: 2>, group = 1 : i64}
       : (tensor<1x4x4xf32>, tensor<4x2x2xf32>) -> tensor<1x2x10xf32>
  return
}

// -----

func.func @conv_transpose_cropped_away(%x: tensor<1x4x1xf32>, %w: tensor<4x2x1xf32>) {
  // expected-error @+2 {{output size of spatial dim 0 is 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.conv_transpose %x, %w {strides = array<i64: 1>, pads = array<i64: 1, 0>, dilations = array<i64: 1>, output_padding = array<i64: 0>, group = 1 : i64}
       : (tensor<1x4x1xf32>, tensor<4x2x1xf32>) -> tensor<1x2x1xf32>
  return
}

// -----

// A stride of 2^62 times 4 wraps to 0 in int64; the size used to come out
// as 2 and the op verified.
func.func @conv_transpose_size_overflows(%x: tensor<1x1x5xf32>, %w: tensor<1x1x2xf32>) {
  // expected-error @+2 {{output size of spatial dim 0 overflows}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.conv_transpose %x, %w {strides = array<i64: 4611686018427387904>, pads = array<i64: 0, 0>, dilations = array<i64: 1>, output_padding = array<i64: 0>, group = 1 : i64}
       : (tensor<1x1x5xf32>, tensor<1x1x2xf32>) -> tensor<1x1x2xf32>
  return
}

// -----

func.func @conv_transpose_wrong_result(%x: tensor<1x4x4xf32>, %w: tensor<4x2x2xf32>) {
  // expected-error @+2 {{inferred type(s) 'tensor<1x2x8xf32>' are incompatible with return type(s) of operation 'tensor<1x2x7xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.conv_transpose %x, %w {strides = array<i64: 2>, pads = array<i64: 0, 0>, dilations = array<i64: 1>, output_padding = array<i64: 0>, group = 1 : i64}
       : (tensor<1x4x4xf32>, tensor<4x2x2xf32>) -> tensor<1x2x7xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// PoolOp
//===----------------------------------------------------------------------===//

func.func @pool_rank(%x: tensor<3x8xf32>) {
  // expected-error @+2 {{input must have rank >= 3}}
  // expected-error @+1 {{'plinth.pool' op failed to infer returned types}}
  %0 = plinth.pool max %x {kernel_shape = array<i64>, strides = array<i64>, pads = array<i64>, dilations = array<i64>}
       : (tensor<3x8xf32>) -> tensor<3x8xf32>
  return
}

// -----

func.func @pool_window_attrs(%x: tensor<1x3x8x8xf32>) {
  // expected-error @+2 {{expects 2 kernel dims, strides and dilations and 4 pads for 2 spatial dims}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.pool max %x {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads = array<i64: 0, 0>, dilations = array<i64: 1, 1>}
       : (tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xf32>
  return
}

// -----

func.func @pool_zero_kernel(%x: tensor<1x3x8xf32>) {
  // expected-error @+2 {{kernel dim 0 must be positive}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.pool max %x {kernel_shape = array<i64: 0>, strides = array<i64: 1>, pads = array<i64: 0, 0>, dilations = array<i64: 1>}
       : (tensor<1x3x8xf32>) -> tensor<1x3x9xf32>
  return
}

// -----

// The dynamic-dim sentinel is not a kernel size.
func.func @pool_dynamic_kernel(%x: tensor<1x3x8xf32>) {
  // expected-error @+2 {{kernel dim 0 must be positive}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.pool max %x {kernel_shape = array<i64: -9223372036854775808>, strides = array<i64: 1>, pads = array<i64: 0, 0>, dilations = array<i64: 1>}
       : (tensor<1x3x8xf32>) -> tensor<1x3x8xf32>
  return
}

// -----

func.func @pool_negative_stride(%x: tensor<1x3x8xf32>) {
  // expected-error @+2 {{strides and dilations must be positive}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.pool avg %x {kernel_shape = array<i64: 2>, strides = array<i64: -1>, pads = array<i64: 0, 0>, dilations = array<i64: 1>}
       : (tensor<1x3x8xf32>) -> tensor<1x3x7xf32>
  return
}

// -----

func.func @pool_huge_pad(%x: tensor<1x3x8xf32>) {
  // expected-error @+2 {{pads must be non-negative and bounded}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.pool avg %x {kernel_shape = array<i64: 2>, strides = array<i64: 1>, pads = array<i64: 0, 281474976710657>, dilations = array<i64: 1>}
       : (tensor<1x3x8xf32>) -> tensor<1x3x7xf32>
  return
}

// -----

func.func @pool_pad_kernel(%x: tensor<1x3x8xf32>) {
  // expected-error @+2 {{pads must be smaller than the kernel}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.pool max %x {kernel_shape = array<i64: 2>, strides = array<i64: 1>, pads = array<i64: 2, 0>, dilations = array<i64: 1>}
       : (tensor<1x3x8xf32>) -> tensor<1x3x9xf32>
  return
}

// -----

func.func @pool_input_too_small(%x: tensor<1x3x2xf32>) {
  // expected-error @+2 {{spatial dim 0 is smaller than the dilated kernel}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.pool max %x {kernel_shape = array<i64: 2>, strides = array<i64: 1>, pads = array<i64: 0, 0>, dilations = array<i64: 2>}
       : (tensor<1x3x2xf32>) -> tensor<1x3x1xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// ReduceOp, ArgReduceOp, SoftmaxOp, CumSumOp, TopKOp, TriluOp
//===----------------------------------------------------------------------===//

func.func @reduce_axis_range(%x: tensor<2x8xf32>) {
  // expected-error @+2 {{reduction axis 2 is out of range for rank 2}}
  // expected-error @+1 {{'plinth.reduce' op failed to infer returned types}}
  %0 = plinth.reduce sum %x {axes = array<i64: 2>, keep_dims = false} : (tensor<2x8xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @reduce_negative_axis(%x: tensor<2x8xf32>) {
  // expected-error @+2 {{reduction axis -1 is out of range for rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.reduce sum %x {axes = array<i64: -1>, keep_dims = false} : (tensor<2x8xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @reduce_axis_twice(%x: tensor<2x8xf32>) {
  // expected-error @+2 {{reduction axis 1 appears twice}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.reduce max %x {axes = array<i64: 1, 1>, keep_dims = false} : (tensor<2x8xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @reduce_unsorted(%x: tensor<2x8xf32>) {
  // expected-error @+2 {{reduction axes must be sorted}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.reduce min %x {axes = array<i64: 1, 0>, keep_dims = false} : (tensor<2x8xf32>) -> tensor<f32>
  return
}

// -----

func.func @reduce_i1(%x: tensor<2x8xi1>) {
  // expected-error @+2 {{cannot reduce i1 elements}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.reduce sum %x {axes = array<i64: 1>, keep_dims = false} : (tensor<2x8xi1>) -> tensor<2xi1>
  return
}

// -----

func.func @reduce_keep_dims_result(%x: tensor<2x8xf32>) {
  // expected-error @+2 {{inferred type(s) 'tensor<2x1xf32>' are incompatible with return type(s) of operation 'tensor<2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.reduce mean %x {axes = array<i64: 1>, keep_dims = true} : (tensor<2x8xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @arg_reduce_axis(%x: tensor<2x8xf32>) {
  // expected-error @+2 {{axis 2 is out of range for rank 2}}
  // expected-error @+1 {{'plinth.arg_reduce' op failed to infer returned types}}
  %0 = plinth.arg_reduce argmax %x {axis = 2 : i64, keep_dims = false} : (tensor<2x8xf32>) -> tensor<2xi64>
  return
}

// -----

func.func @arg_reduce_result_i32(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{result #0 must be ranked tensor of 64-bit signless integer values}}
  %0 = plinth.arg_reduce argmax %x {axis = 1 : i64, keep_dims = false} : (tensor<2x8xf32>) -> tensor<2xi32>
  return
}

// -----

func.func @softmax_axis(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{'plinth.softmax' op axis -3 is out of range for rank 2}}
  %0 = plinth.softmax %x {axis = -3 : i64} : tensor<2x8xf32>
  return
}

// -----

func.func @softmax_int(%x: tensor<2x8xi32>) {
  // expected-error @+1 {{operand #0 must be ranked tensor of floating-point values}}
  %0 = plinth.softmax %x {axis = 1 : i64} : tensor<2x8xi32>
  return
}

// -----

func.func @cumsum_i1(%x: tensor<5xi1>) {
  // expected-error @+1 {{'plinth.cumsum' op cannot sum i1 elements}}
  %0 = plinth.cumsum %x {axis = 0 : i64} : tensor<5xi1>
  return
}

// -----

func.func @cumsum_axis(%x: tensor<5xf32>) {
  // expected-error @+1 {{'plinth.cumsum' op axis 1 is out of range for rank 1}}
  %0 = plinth.cumsum %x {axis = 1 : i64} : tensor<5xf32>
  return
}

// -----

func.func @topk_axis(%x: tensor<3x8xf32>) {
  // expected-error @+2 {{axis 2 is out of range for rank 2}}
  // expected-error @+1 {{'plinth.topk' op failed to infer returned types}}
  %v, %i = plinth.topk %x {k = 2 : i64, axis = 2 : i64, largest = true, sorted = true}
           : (tensor<3x8xf32>) -> (tensor<3x2xf32>, tensor<3x2xi64>)
  return
}

// -----

func.func @topk_k(%x: tensor<3x8xf32>) {
  // expected-error @+2 {{k = 9 exceeds the axis size 8}}
  // expected-error @+1 {{failed to infer returned types}}
  %v, %i = plinth.topk %x {k = 9 : i64, axis = 1 : i64, largest = true, sorted = true}
           : (tensor<3x8xf32>) -> (tensor<3x9xf32>, tensor<3x9xi64>)
  return
}

// -----

func.func @topk_negative_k(%x: tensor<3x8xf32>) {
  // expected-error @+1 {{attribute 'k' failed to satisfy constraint: 64-bit signless integer attribute whose value is non-negative}}
  %v, %i = plinth.topk %x {k = -1 : i64, axis = 1 : i64, largest = true, sorted = true}
           : (tensor<3x8xf32>) -> (tensor<3x2xf32>, tensor<3x2xi64>)
  return
}

// -----

func.func @trilu_rank(%x: tensor<4xf32>) {
  // expected-error @+1 {{'plinth.trilu' op expects rank >= 2}}
  %0 = plinth.trilu %x : tensor<4xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// LayerNormOp, RMSNormOp, GroupNormOp
//===----------------------------------------------------------------------===//

func.func @layer_norm_axis(%x: tensor<2x8x32xf32>, %g: tensor<32xf32>) {
  // expected-error @+2 {{axis 3 is out of range for rank 3}}
  // expected-error @+1 {{'plinth.layer_norm' op failed to infer returned types}}
  %0 = plinth.layer_norm %x, %g {axis = 3 : i64, epsilon = 1.0e-5 : f32}
       : (tensor<2x8x32xf32>, tensor<32xf32>) -> tensor<2x8x32xf32>
  return
}

// -----

func.func @layer_norm_scale_type(%x: tensor<2x8x32xf32>, %g: tensor<32xf16>) {
  // expected-error @+2 {{scale and bias must have the input's element type}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.layer_norm %x, %g {axis = -1 : i64, epsilon = 1.0e-5 : f32}
       : (tensor<2x8x32xf32>, tensor<32xf16>) -> tensor<2x8x32xf32>
  return
}

// -----

func.func @layer_norm_bias_shape(%x: tensor<2x8x32xf32>, %g: tensor<32xf32>, %b: tensor<16xf32>) {
  // expected-error @+2 {{parameter of shape 16 does not broadcast to the normalized dims 32}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.layer_norm %x, %g, %b {axis = -1 : i64, epsilon = 1.0e-5 : f32}
       : (tensor<2x8x32xf32>, tensor<32xf32>, tensor<16xf32>) -> tensor<2x8x32xf32>
  return
}

// -----

func.func @layer_norm_scale_rank(%x: tensor<2x8x32xf32>, %g: tensor<8x32xf32>) {
  // expected-error @+2 {{parameter of shape 8x32 does not broadcast to the normalized dims 32}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.layer_norm %x, %g {axis = 2 : i64, epsilon = 1.0e-5 : f32}
       : (tensor<2x8x32xf32>, tensor<8x32xf32>) -> tensor<2x8x32xf32>
  return
}

// -----

func.func @layer_norm_scale_widens(%x: tensor<2x8x1xf32>, %g: tensor<4xf32>) {
  // expected-error @+2 {{parameter of shape 4 does not broadcast to the normalized dims 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.layer_norm %x, %g {axis = -1 : i64, epsilon = 1.0e-5 : f32}
       : (tensor<2x8x1xf32>, tensor<4xf32>) -> tensor<2x8x1xf32>
  return
}

// -----

func.func @rms_norm_scale(%x: tensor<2x8x32xf32>, %g: tensor<8xf32>) {
  // expected-error @+2 {{parameter of shape 8 does not broadcast to the normalized dims 8x32}}
  // expected-error @+1 {{'plinth.rms_norm' op failed to infer returned types}}
  %0 = plinth.rms_norm %x, %g {axis = 1 : i64, epsilon = 1.0e-6 : f32}
       : (tensor<2x8x32xf32>, tensor<8xf32>) -> tensor<2x8x32xf32>
  return
}

// -----

func.func @rms_norm_axis(%x: tensor<2x8x32xf32>, %g: tensor<32xf32>) {
  // expected-error @+2 {{axis -4 is out of range for rank 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.rms_norm %x, %g {axis = -4 : i64, epsilon = 1.0e-6 : f32}
       : (tensor<2x8x32xf32>, tensor<32xf32>) -> tensor<2x8x32xf32>
  return
}

// -----

func.func @group_norm_rank(%x: tensor<4xf32>, %g: tensor<4xf32>) {
  // expected-error @+2 {{input must have rank >= 2}}
  // expected-error @+1 {{'plinth.group_norm' op failed to infer returned types}}
  %0 = plinth.group_norm %x, %g, %g {num_groups = 2 : i64, epsilon = 1.0e-5 : f32}
       : (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @group_norm_groups(%x: tensor<1x6x8xf32>, %g: tensor<6xf32>) {
  // expected-error @+2 {{6 channels do not split into 4 groups}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.group_norm %x, %g, %g {num_groups = 4 : i64, epsilon = 1.0e-5 : f32}
       : (tensor<1x6x8xf32>, tensor<6xf32>, tensor<6xf32>) -> tensor<1x6x8xf32>
  return
}

// -----

func.func @group_norm_scale(%x: tensor<1x6x8xf32>, %g: tensor<6xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{scale and bias must be 1-D with one value per channel, got 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.group_norm %x, %g, %b {num_groups = 3 : i64, epsilon = 1.0e-5 : f32}
       : (tensor<1x6x8xf32>, tensor<6xf32>, tensor<3xf32>) -> tensor<1x6x8xf32>
  return
}

// -----

func.func @group_norm_zero_groups(%x: tensor<1x6x8xf32>, %g: tensor<6xf32>) {
  // expected-error @+1 {{attribute 'num_groups' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive}}
  %0 = plinth.group_norm %x, %g, %g {num_groups = 0 : i64, epsilon = 1.0e-5 : f32}
       : (tensor<1x6x8xf32>, tensor<6xf32>, tensor<6xf32>) -> tensor<1x6x8xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// ReshapeOp, ExpandOp
//===----------------------------------------------------------------------===//

func.func @reshape_element_type(%x: tensor<2x12xf32>) {
  // expected-error @+1 {{'plinth.reshape' op changes the element type}}
  %0 = plinth.reshape %x : (tensor<2x12xf32>) -> tensor<24xf16>
  return
}

// -----

func.func @reshape_overflow(%x: tensor<65536x65536x65537xf32>) {
  // expected-error @+1 {{'plinth.reshape' op has a shape that overflows}}
  %0 = plinth.reshape %x : (tensor<65536x65536x65537xf32>) -> tensor<?xf32>
  return
}

// -----

func.func @reshape_count(%x: tensor<2x12xf32>) {
  // expected-error @+1 {{'plinth.reshape' op cannot reshape 2x12 (24 elements) into 5x5 (25 elements)}}
  %0 = plinth.reshape %x : (tensor<2x12xf32>) -> tensor<5x5xf32>
  return
}

// -----

func.func @reshape_shape_length(%x: tensor<?x12xf32>, %s: tensor<2xi64>) {
  // expected-error @+1 {{'plinth.reshape' op shape operand has 2 values for a result of rank 3}}
  %0 = plinth.reshape %x, %s : (tensor<?x12xf32>, tensor<2xi64>) -> tensor<?x3x4xf32>
  return
}

// -----

func.func @reshape_shape_i32(%x: tensor<?x12xf32>, %s: tensor<3xi32>) {
  // expected-error @+1 {{operand #1 must be 1D tensor of 64-bit signless integer values}}
  %0 = plinth.reshape %x, %s : (tensor<?x12xf32>, tensor<3xi32>) -> tensor<?x3x4xf32>
  return
}

// -----

func.func @expand_element_type(%x: tensor<3x1xf32>) {
  // expected-error @+1 {{'plinth.expand' op changes the element type}}
  %0 = plinth.expand %x : (tensor<3x1xf32>) -> tensor<3x4xf16>
  return
}

// -----

func.func @expand_rank(%x: tensor<2x3x1xf32>) {
  // expected-error @+1 {{'plinth.expand' op result rank 2 is below the input rank 3}}
  %0 = plinth.expand %x : (tensor<2x3x1xf32>) -> tensor<3x4xf32>
  return
}

// -----

func.func @expand_broadcast(%x: tensor<3x2xf32>) {
  // expected-error @+1 {{'plinth.expand' op cannot broadcast 3x2 to 3x4}}
  %0 = plinth.expand %x : (tensor<3x2xf32>) -> tensor<3x4xf32>
  return
}

// -----

func.func @expand_shape_length(%x: tensor<3x1xf32>, %s: tensor<3xi64>) {
  // expected-error @+1 {{'plinth.expand' op shape operand is longer than the result rank}}
  %0 = plinth.expand %x, %s : (tensor<3x1xf32>, tensor<3xi64>) -> tensor<3x?xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// SliceOp
//===----------------------------------------------------------------------===//

func.func @slice_rank(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{'plinth.slice' op result must have the input's rank and element type}}
  %0 = plinth.slice %x {axes = array<i64: 1>, starts = array<i64: 0>, ends = array<i64: 4>, steps = array<i64: 1>}
       : (tensor<2x8xf32>) -> tensor<8xf32>
  return
}

// -----

func.func @slice_lengths(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{'plinth.slice' op axes, starts, ends and steps must have the same length}}
  %0 = plinth.slice %x {axes = array<i64: 1>, starts = array<i64: 0, 0>, ends = array<i64: 4>, steps = array<i64: 1>}
       : (tensor<2x8xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @slice_axis_range(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{slice axis 2 is out of range for rank 2}}
  %0 = plinth.slice %x {axes = array<i64: 2>, starts = array<i64: 0>, ends = array<i64: 4>, steps = array<i64: 1>}
       : (tensor<2x8xf32>) -> tensor<2x8xf32>
  return
}

// -----

func.func @slice_axis_twice(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{slice axis 1 appears twice}}
  %0 = plinth.slice %x {axes = array<i64: 1, 1>, starts = array<i64: 0, 0>, ends = array<i64: 4, 4>, steps = array<i64: 1, 1>}
       : (tensor<2x8xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @slice_dyn_bounds(%x: tensor<2x8xf32>, %b: tensor<2xi64>) {
  // expected-error @+1 {{'plinth.slice' op dynamic bounds must have one value per axis}}
  %0 = plinth.slice %x starts(%b) {axes = array<i64: 1>, starts = array<i64: 0>, ends = array<i64: 8>, steps = array<i64: 1>}
       : (tensor<2x8xf32>, tensor<2xi64>) -> tensor<2x?xf32>
  return
}

// -----

func.func @slice_zero_step(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{'plinth.slice' op step must not be zero}}
  %0 = plinth.slice %x {axes = array<i64: 1>, starts = array<i64: 0>, ends = array<i64: 4>, steps = array<i64: 0>}
       : (tensor<2x8xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @slice_result_dim(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{'plinth.slice' op result dim 1 is 3 but the slice has 2 elements}}
  %0 = plinth.slice %x {axes = array<i64: 1>, starts = array<i64: 0>, ends = array<i64: 4>, steps = array<i64: 2>}
       : (tensor<2x8xf32>) -> tensor<2x3xf32>
  return
}

// -----

// A step of 2^63 - 1 takes one element; ceil(8 / step) used to overflow and
// give 0.
func.func @slice_huge_step(%x: tensor<8xf32>) {
  // expected-error @+1 {{'plinth.slice' op result dim 0 is 0 but the slice has 1 elements}}
  %0 = plinth.slice %x {axes = array<i64: 0>, starts = array<i64: 0>, ends = array<i64: 8>, steps = array<i64: 9223372036854775807>}
       : (tensor<8xf32>) -> tensor<0xf32>
  return
}

// -----

func.func @slice_other_dim(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{'plinth.slice' op result dim 0 differs from the input dim}}
  %0 = plinth.slice %x {axes = array<i64: 1>, starts = array<i64: 0>, ends = array<i64: 4>, steps = array<i64: 1>}
       : (tensor<2x8xf32>) -> tensor<3x4xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// TransposeOp, ConcatOp, PadOp, TileOp
//===----------------------------------------------------------------------===//

func.func @transpose_length(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{permutation has 3 entries for rank 2}}
  // expected-error @+1 {{'plinth.transpose' op failed to infer returned types}}
  %0 = plinth.transpose %x {permutation = array<i64: 0, 1, 2>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @transpose_range(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{permutation axis 2 is out of range for rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.transpose %x {permutation = array<i64: 0, 2>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @transpose_twice(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{permutation axis 0 appears twice}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.transpose %x {permutation = array<i64: 0, 0>} : (tensor<2x3xf32>) -> tensor<2x2xf32>
  return
}

// -----

func.func @transpose_result(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{inferred type(s) 'tensor<3x2xf32>' are incompatible with return type(s) of operation 'tensor<2x3xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.transpose %x {permutation = array<i64: 1, 0>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @concat_no_inputs() {
  // expected-error @+2 {{expects at least one input}}
  // expected-error @+1 {{'plinth.concat' op failed to infer returned types}}
  %0 = plinth.concat {axis = 0 : i64} : () -> tensor<0xf32>
  return
}

// -----

func.func @concat_axis(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{axis 2 is out of range for rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.concat %a, %a {axis = 2 : i64} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x6xf32>
  return
}

// -----

func.func @concat_rank(%a: tensor<2x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{inputs must share rank and element type}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.concat %a, %b {axis = 1 : i64} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x6xf32>
  return
}

// -----

func.func @concat_element_type(%a: tensor<2x3xf32>, %b: tensor<2x3xf16>) {
  // expected-error @+2 {{inputs must share rank and element type}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.concat %a, %b {axis = 1 : i64} : (tensor<2x3xf32>, tensor<2x3xf16>) -> tensor<2x6xf32>
  return
}

// -----

func.func @concat_other_dim(%a: tensor<2x3xf32>, %b: tensor<4x3xf32>) {
  // expected-error @+2 {{inputs differ in dim 0: 2x3 vs 4x3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.concat %a, %b {axis = 1 : i64} : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<2x6xf32>
  return
}

// -----

func.func @concat_too_large(%a: tensor<281474976710656xi8>) {
  // expected-error @+2 {{concatenated dim is too large}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.concat %a, %a {axis = 0 : i64} : (tensor<281474976710656xi8>, tensor<281474976710656xi8>) -> tensor<?xi8>
  return
}

// -----

// The sum of two 2^63 - 1 dims overflows int64 (it used to wrap to a
// negative dim).
func.func @concat_sum_overflows(%a: tensor<9223372036854775807xi8>) {
  // expected-error @+2 {{concatenated dim is too large}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.concat %a, %a {axis = 0 : i64} : (tensor<9223372036854775807xi8>, tensor<9223372036854775807xi8>) -> tensor<?xi8>
  return
}

// -----

func.func @pad_count(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{expects 4 pads, got 2}}
  // expected-error @+1 {{'plinth.pad' op failed to infer returned types}}
  %0 = plinth.pad constant %x {pads = array<i64: 1, 1>} : (tensor<2x3xf32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @pad_value_rank(%x: tensor<2x3xf32>, %v: tensor<1xf32>) {
  // expected-error @+2 {{pad value must be a 0-d tensor of the input's element type}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.pad constant %x, %v {pads = array<i64: 0, 1, 0, 1>} : (tensor<2x3xf32>, tensor<1xf32>) -> tensor<2x5xf32>
  return
}

// -----

func.func @pad_value_type(%x: tensor<2x3xf32>, %v: tensor<f16>) {
  // expected-error @+2 {{pad value must be a 0-d tensor of the input's element type}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.pad constant %x, %v {pads = array<i64: 0, 1, 0, 1>} : (tensor<2x3xf32>, tensor<f16>) -> tensor<2x5xf32>
  return
}

// -----

func.func @pad_too_large(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{pad is too large}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.pad constant %x {pads = array<i64: 0, 281474976710657, 0, 0>} : (tensor<2x3xf32>) -> tensor<2x?xf32>
  return
}

// -----

// std::abs(INT64_MIN) overflows; on a dynamic dim this pad used to verify.
func.func @pad_most_negative(%x: tensor<?x3xf32>) {
  // expected-error @+2 {{pad is too large}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.pad constant %x {pads = array<i64: -9223372036854775808, 0, 0, 0>} : (tensor<?x3xf32>) -> tensor<?x3xf32>
  return
}

// -----

func.func @pad_crop(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{pads crop dim 1 below zero}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.pad constant %x {pads = array<i64: 0, -2, 0, -2>} : (tensor<2x3xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @pad_reflect(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{reflect pads must be smaller than the dim}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.pad reflect %x {pads = array<i64: 0, 3, 0, 0>} : (tensor<2x3xf32>) -> tensor<2x6xf32>
  return
}

// -----

func.func @tile_count(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{expects one repeat per dim}}
  // expected-error @+1 {{'plinth.tile' op failed to infer returned types}}
  %0 = plinth.tile %x {repeats = array<i64: 2>} : (tensor<2x3xf32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @tile_negative(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{repeat -1 is out of range}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.tile %x {repeats = array<i64: -1, 1>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @tile_too_large(%x: tensor<65536x3xf32>) {
  // expected-error @+2 {{tiled dim is too large}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.tile %x {repeats = array<i64: 4294967297, 1>} : (tensor<65536x3xf32>) -> tensor<?x3xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// GatherOp, GatherElementsOp, GatherNDOp, ScatterElementsOp, ScatterNDOp
//===----------------------------------------------------------------------===//

func.func @gather_axis(%t: tensor<8x4xf32>, %i: tensor<2xi64>) {
  // expected-error @+2 {{axis -3 is out of range for rank 2}}
  // expected-error @+1 {{'plinth.gather' op failed to infer returned types}}
  %0 = plinth.gather %t, %i {axis = -3 : i64} : (tensor<8x4xf32>, tensor<2xi64>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gather_index_type(%t: tensor<8x4xf32>, %i: tensor<2xi16>) {
  // expected-error @+1 {{operand #1 must be ranked tensor of 32-bit signless integer or 64-bit signless integer values}}
  %0 = plinth.gather %t, %i {axis = 0 : i64} : (tensor<8x4xf32>, tensor<2xi16>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gather_elements_rank(%x: tensor<2x3xf32>, %i: tensor<2xi64>) {
  // expected-error @+2 {{data and indices must have the same rank >= 1}}
  // expected-error @+1 {{'plinth.gather_elements' op failed to infer returned types}}
  %0 = plinth.gather_elements %x, %i {axis = 0 : i64} : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<2xf32>
  return
}

// -----

func.func @gather_elements_axis(%x: tensor<2x3xf32>, %i: tensor<2x2xi64>) {
  // expected-error @+2 {{axis 2 is out of range for rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.gather_elements %x, %i {axis = 2 : i64} : (tensor<2x3xf32>, tensor<2x2xi64>) -> tensor<2x2xf32>
  return
}

// -----

func.func @gather_nd_rank(%x: tensor<f32>, %i: tensor<1xi64>) {
  // expected-error @+2 {{data and indices must have rank >= 1}}
  // expected-error @+1 {{'plinth.gather_nd' op failed to infer returned types}}
  %0 = plinth.gather_nd %x, %i {batch_dims = 0 : i64} : (tensor<f32>, tensor<1xi64>) -> tensor<f32>
  return
}

// -----

func.func @gather_nd_batch_dims(%x: tensor<2x3xf32>, %i: tensor<2x1xi64>) {
  // expected-error @+2 {{batch_dims 2 is too large}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.gather_nd %x, %i {batch_dims = 2 : i64} : (tensor<2x3xf32>, tensor<2x1xi64>) -> tensor<2xf32>
  return
}

// -----

func.func @gather_nd_batch_mismatch(%x: tensor<2x3x4xf32>, %i: tensor<5x1xi64>) {
  // expected-error @+2 {{batch dim 0 differs: data 2x3x4, indices 5x1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.gather_nd %x, %i {batch_dims = 1 : i64} : (tensor<2x3x4xf32>, tensor<5x1xi64>) -> tensor<5x4xf32>
  return
}

// -----

func.func @gather_nd_dynamic_depth(%x: tensor<2x3xf32>, %i: tensor<2x?xi64>) {
  // expected-error @+2 {{the last dim of indices must be static}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.gather_nd %x, %i {batch_dims = 0 : i64} : (tensor<2x3xf32>, tensor<2x?xi64>) -> tensor<2xf32>
  return
}

// -----

func.func @gather_nd_depth(%x: tensor<2x3xf32>, %i: tensor<2x3xi64>) {
  // expected-error @+2 {{index tuples of length 3 do not fit data of rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.gather_nd %x, %i {batch_dims = 0 : i64} : (tensor<2x3xf32>, tensor<2x3xi64>) -> tensor<2xf32>
  return
}

// -----

func.func @scatter_elements_result(%d: tensor<3x4xf32>, %i: tensor<3x2xi64>, %u: tensor<3x2xf32>) {
  // expected-error @+1 {{'plinth.scatter_elements' op result type must equal the data type}}
  %0 = plinth.scatter_elements none %d, %i, %u {axis = 1 : i64}
       : (tensor<3x4xf32>, tensor<3x2xi64>, tensor<3x2xf32>) -> tensor<3x?xf32>
  return
}

// -----

func.func @scatter_elements_axis(%d: tensor<3x4xf32>, %i: tensor<3x2xi64>, %u: tensor<3x2xf32>) {
  // expected-error @+1 {{'plinth.scatter_elements' op axis 2 is out of range for rank 2}}
  %0 = plinth.scatter_elements none %d, %i, %u {axis = 2 : i64}
       : (tensor<3x4xf32>, tensor<3x2xi64>, tensor<3x2xf32>) -> tensor<3x4xf32>
  return
}

// -----

func.func @scatter_elements_shapes(%d: tensor<3x4xf32>, %i: tensor<3x2xi64>, %u: tensor<3x3xf32>) {
  // expected-error @+1 {{'plinth.scatter_elements' op indices and updates must have the same shape}}
  %0 = plinth.scatter_elements add %d, %i, %u {axis = 1 : i64}
       : (tensor<3x4xf32>, tensor<3x2xi64>, tensor<3x3xf32>) -> tensor<3x4xf32>
  return
}

// -----

// Updates of another rank than the indices (this used to verify: the dims
// were zipped to the shorter shape).
func.func @scatter_elements_update_rank(%d: tensor<3x4xf32>, %i: tensor<3x2xi64>, %u: tensor<3x2x1xf32>) {
  // expected-error @+1 {{'plinth.scatter_elements' op indices and updates must have the same shape}}
  %0 = plinth.scatter_elements none %d, %i, %u {axis = 1 : i64}
       : (tensor<3x4xf32>, tensor<3x2xi64>, tensor<3x2x1xf32>) -> tensor<3x4xf32>
  return
}

// -----

func.func @scatter_elements_index_rank(%d: tensor<3x4xf32>, %i: tensor<6xi64>, %u: tensor<6xf32>) {
  // expected-error @+1 {{'plinth.scatter_elements' op indices must have the data's rank and updates its element type}}
  %0 = plinth.scatter_elements none %d, %i, %u {axis = 1 : i64}
       : (tensor<3x4xf32>, tensor<6xi64>, tensor<6xf32>) -> tensor<3x4xf32>
  return
}

// -----

func.func @scatter_elements_update_type(%d: tensor<3x4xf32>, %i: tensor<3x2xi64>, %u: tensor<3x2xf16>) {
  // expected-error @+1 {{indices must have the data's rank and updates its element type}}
  %0 = plinth.scatter_elements none %d, %i, %u {axis = 1 : i64}
       : (tensor<3x4xf32>, tensor<3x2xi64>, tensor<3x2xf16>) -> tensor<3x4xf32>
  return
}

// -----

func.func @scatter_nd_result(%d: tensor<8xf32>, %i: tensor<4x1xi64>, %u: tensor<4xf32>) {
  // expected-error @+1 {{'plinth.scatter_nd' op result type must equal the data type}}
  %0 = plinth.scatter_nd none %d, %i, %u : (tensor<8xf32>, tensor<4x1xi64>, tensor<4xf32>) -> tensor<8xf16>
  return
}

// -----

func.func @scatter_nd_depth(%d: tensor<8xf32>, %i: tensor<4x2xi64>, %u: tensor<4xf32>) {
  // expected-error @+1 {{'plinth.scatter_nd' op the last dim of indices must be static and in [1, data rank]}}
  %0 = plinth.scatter_nd none %d, %i, %u : (tensor<8xf32>, tensor<4x2xi64>, tensor<4xf32>) -> tensor<8xf32>
  return
}

// -----

func.func @scatter_nd_scalar_indices(%d: tensor<8xf32>, %i: tensor<i64>, %u: tensor<4xf32>) {
  // expected-error @+1 {{the last dim of indices must be static and in [1, data rank]}}
  %0 = plinth.scatter_nd none %d, %i, %u : (tensor<8xf32>, tensor<i64>, tensor<4xf32>) -> tensor<8xf32>
  return
}

// -----

func.func @scatter_nd_updates_shape(%d: tensor<8x3xf32>, %i: tensor<4x1xi64>, %u: tensor<4x2xf32>) {
  // expected-error @+1 {{'plinth.scatter_nd' op updates must have shape 4x3}}
  %0 = plinth.scatter_nd none %d, %i, %u : (tensor<8x3xf32>, tensor<4x1xi64>, tensor<4x2xf32>) -> tensor<8x3xf32>
  return
}

// -----

// Updates of another element type than the data (this used to verify).
func.func @scatter_nd_updates_type(%d: tensor<8xf32>, %i: tensor<4x1xi64>, %u: tensor<4xi32>) {
  // expected-error @+1 {{'plinth.scatter_nd' op updates must have the data's element type}}
  %0 = plinth.scatter_nd none %d, %i, %u : (tensor<8xf32>, tensor<4x1xi64>, tensor<4xi32>) -> tensor<8xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// ShapeOfOp, FillOp, RangeOp, ResizeOp
//===----------------------------------------------------------------------===//

func.func @shape_of_length(%x: tensor<?x8xf32>) {
  // expected-error @+2 {{'plinth.shape_of' op inferred type(s) 'tensor<2xi64>' are incompatible with return type(s) of operation 'tensor<3xi64>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.shape_of %x : (tensor<?x8xf32>) -> tensor<3xi64>
  return
}

// -----

func.func @fill_value_type(%s: tensor<2xi64>) {
  // expected-error @+1 {{'plinth.fill' op value must be a scalar of the result's element type}}
  %0 = plinth.fill %s {value = 0 : i32} : (tensor<2xi64>) -> tensor<?x?xf32>
  return
}

// -----

// A string is typed but not a scalar (folding it used to crash).
func.func @fill_string_value(%s: tensor<1xi64>) {
  // expected-error @+1 {{'plinth.fill' op value must be a scalar of the result's element type}}
  %0 = plinth.fill %s {value = "x" : i32} : (tensor<1xi64>) -> tensor<4xi32>
  return
}

// -----

func.func @fill_untyped_value(%s: tensor<1xi64>) {
  // expected-error @+1 {{attribute 'value' failed to satisfy constraint: TypedAttr instance}}
  %0 = plinth.fill %s {value = unit} : (tensor<1xi64>) -> tensor<4xi32>
  return
}

// -----

func.func @fill_shape_length(%s: tensor<3xi64>) {
  // expected-error @+1 {{'plinth.fill' op shape operand has 3 values for a result of rank 2}}
  %0 = plinth.fill %s {value = 0.0 : f32} : (tensor<3xi64>) -> tensor<?x?xf32>
  return
}

// -----

func.func @range_operand_rank(%a: tensor<1xi64>, %b: tensor<i64>) {
  // expected-error @+1 {{'plinth.range' op start, limit and delta must be 0-d tensors of 'i64'}}
  %0 = plinth.range %a, %b, %b : (tensor<1xi64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  return
}

// -----

func.func @range_operand_type(%a: tensor<i32>, %b: tensor<i64>) {
  // expected-error @+1 {{start, limit and delta must be 0-d tensors of 'i64'}}
  %0 = plinth.range %b, %b, %a : (tensor<i64>, tensor<i64>, tensor<i32>) -> tensor<?xi64>
  return
}

// -----

func.func @range_result_rank(%a: tensor<i64>) {
  // expected-error @+1 {{'plinth.range' op result must be 1-D}}
  %0 = plinth.range %a, %a, %a : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?x?xi64>
  return
}

// -----

func.func @resize_rank(%x: tensor<1x3x4x4xf32>) {
  // expected-error @+1 {{'plinth.resize' op result must have the input's rank and element type}}
  %0 = plinth.resize %x {mode = 0 : i32, coordinate_transformation_mode = 4 : i32, scales = array<f32: 1.0, 1.0, 2.0>}
       : (tensor<1x3x4x4xf32>) -> tensor<1x3x8xf32>
  return
}

// -----

func.func @resize_scale_count(%x: tensor<1x3x4x4xf32>) {
  // expected-error @+1 {{'plinth.resize' op expects one scale per dim}}
  %0 = plinth.resize %x {mode = 0 : i32, coordinate_transformation_mode = 4 : i32, scales = array<f32: 2.0, 2.0>}
       : (tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32>
  return
}

// -----

func.func @resize_zero_scale(%x: tensor<1x3x4x4xf32>) {
  // expected-error @+1 {{'plinth.resize' op scales must be positive and finite}}
  %0 = plinth.resize %x {mode = 0 : i32, coordinate_transformation_mode = 4 : i32, scales = array<f32: 1.0, 1.0, 0.0, 2.0>}
       : (tensor<1x3x4x4xf32>) -> tensor<1x3x0x8xf32>
  return
}

// -----

func.func @resize_nan_scale(%x: tensor<1x3x4x4xf32>) {
  // expected-error @+1 {{scales must be positive and finite}}
  %0 = plinth.resize %x {mode = 0 : i32, coordinate_transformation_mode = 4 : i32, scales = array<f32: 1.0, 1.0, 0x7FC00000, 2.0>}
       : (tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32>
  return
}

// -----

func.func @resize_linear_int(%x: tensor<1x3x4x4xi8>) {
  // expected-error @+1 {{'plinth.resize' op linear and cubic modes need floating-point elements}}
  %0 = plinth.resize %x {mode = 1 : i32, coordinate_transformation_mode = 0 : i32, scales = array<f32: 1.0, 1.0, 2.0, 2.0>}
       : (tensor<1x3x4x4xi8>) -> tensor<1x3x8x8xi8>
  return
}

// -----

func.func @resize_bad_mode(%x: tensor<1x3x4x4xf32>) {
  // expected-error @+1 {{attribute 'mode' failed to satisfy constraint: resize interpolation}}
  %0 = plinth.resize %x {mode = 7 : i32, coordinate_transformation_mode = 0 : i32, scales = array<f32: 1.0, 1.0, 2.0, 2.0>}
       : (tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// AttentionOp
//===----------------------------------------------------------------------===//

func.func @attention_rank(%q: tensor<4x8x16xf32>) {
  // expected-error @+2 {{query, key and value must be 4-D (B x H x S x D)}}
  // expected-error @+1 {{'plinth.attention' op failed to infer returned types}}
  %0 = plinth.attention %q, %q, %q : (tensor<4x8x16xf32>, tensor<4x8x16xf32>, tensor<4x8x16xf32>) -> tensor<4x8x16xf32>
  return
}

// -----

func.func @attention_element_types(%q: tensor<1x4x8x16xf32>, %k: tensor<1x4x8x16xf16>) {
  // expected-error @+2 {{query, key and value element types differ}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.attention %q, %k, %k : (tensor<1x4x8x16xf32>, tensor<1x4x8x16xf16>, tensor<1x4x8x16xf16>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @attention_batch(%q: tensor<1x4x8x16xf32>, %k: tensor<2x4x8x16xf32>) {
  // expected-error @+2 {{batch sizes differ}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.attention %q, %k, %k : (tensor<1x4x8x16xf32>, tensor<2x4x8x16xf32>, tensor<2x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @attention_head_size(%q: tensor<1x4x8x16xf32>, %k: tensor<1x4x8x32xf32>) {
  // expected-error @+2 {{query head size 16 differs from key head size 32}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.attention %q, %k, %k : (tensor<1x4x8x16xf32>, tensor<1x4x8x32xf32>, tensor<1x4x8x32xf32>) -> tensor<1x4x8x32xf32>
  return
}

// -----

func.func @attention_key_value(%q: tensor<1x4x8x16xf32>, %k: tensor<1x4x8x16xf32>, %v: tensor<1x4x6x16xf32>) {
  // expected-error @+2 {{key and value differ in heads or sequence}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.attention %q, %k, %v : (tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<1x4x6x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @attention_heads(%q: tensor<1x4x8x16xf32>, %k: tensor<1x3x8x16xf32>) {
  // expected-error @+2 {{query heads 4 are not a multiple of key/value heads 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.attention %q, %k, %k : (tensor<1x4x8x16xf32>, tensor<1x3x8x16xf32>, tensor<1x3x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @attention_zero_kv_heads(%q: tensor<1x4x8x16xf32>, %k: tensor<1x0x8x16xf32>) {
  // expected-error @+2 {{query heads 4 are not a multiple of key/value heads 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.attention %q, %k, %k : (tensor<1x4x8x16xf32>, tensor<1x0x8x16xf32>, tensor<1x0x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @attention_mask_shape(%q: tensor<1x4x8x16xf32>, %m: tensor<8x7xi1>) {
  // expected-error @+2 {{mask of shape 8x7 does not broadcast to the scores 1x4x8x8}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.attention %q, %q, %q mask(%m) : (tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<8x7xi1>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @attention_mask_rank(%q: tensor<1x4x8x16xf32>, %m: tensor<1x1x4x8x8xi1>) {
  // expected-error @+2 {{mask of shape 1x1x4x8x8 does not broadcast to the scores 1x4x8x8}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.attention %q, %q, %q mask(%m) : (tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<1x1x4x8x8xi1>) -> tensor<1x4x8x16xf32>
  return
}

// -----

// A mask with a larger batch would widen the scores, not broadcast to them
// (this used to verify).
func.func @attention_mask_widens(%q: tensor<1x4x8x16xf32>, %m: tensor<2x4x8x8xf32>) {
  // expected-error @+2 {{mask of shape 2x4x8x8 does not broadcast to the scores 1x4x8x8}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.attention %q, %q, %q mask(%m) : (tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<2x4x8x8xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @attention_mask_type(%q: tensor<1x4x8x16xf32>, %m: tensor<8x8xi8>) {
  // expected-error @+2 {{mask must be i1 or the query's element type}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.attention %q, %q, %q mask(%m) : (tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<8x8xi8>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @attention_softcap(%q: tensor<1x4x8x16xf32>) {
  // expected-error @+2 {{softcap must be non-negative}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = plinth.attention %q, %q, %q {softcap = -1.0 : f32} : (tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// RotaryEmbeddingOp
//===----------------------------------------------------------------------===//

func.func @rotary_rank(%x: tensor<4x8x16xf32>, %c: tensor<4x8x8xf32>) {
  // expected-error @+1 {{'plinth.rotary_embedding' op input must be 4-D (B x H x S x D)}}
  %0 = plinth.rotary_embedding %x, %c, %c : (tensor<4x8x16xf32>, tensor<4x8x8xf32>, tensor<4x8x8xf32>) -> tensor<4x8x16xf32>
  return
}

// -----

func.func @rotary_odd_dim(%x: tensor<1x4x8x16xf32>, %c: tensor<1x8x8xf32>) {
  // expected-error @+1 {{'plinth.rotary_embedding' op rotary_embedding_dim must be even and at most the head size}}
  %0 = plinth.rotary_embedding %x, %c, %c {rotary_embedding_dim = 7 : i64} : (tensor<1x4x8x16xf32>, tensor<1x8x8xf32>, tensor<1x8x8xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @rotary_large_dim(%x: tensor<1x4x8x16xf32>, %c: tensor<1x8x8xf32>) {
  // expected-error @+1 {{rotary_embedding_dim must be even and at most the head size}}
  %0 = plinth.rotary_embedding %x, %c, %c {rotary_embedding_dim = 18 : i64} : (tensor<1x4x8x16xf32>, tensor<1x8x8xf32>, tensor<1x8x8xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @rotary_cache_shapes(%x: tensor<1x4x8x16xf32>, %c: tensor<1x8x8xf32>, %s: tensor<1x8x4xf32>) {
  // expected-error @+1 {{'plinth.rotary_embedding' op cos and sin caches must have the same shape}}
  %0 = plinth.rotary_embedding %x, %c, %s : (tensor<1x4x8x16xf32>, tensor<1x8x8xf32>, tensor<1x8x4xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @rotary_cache_rank_with_ids(%x: tensor<1x4x8x16xf32>, %c: tensor<1x8x8xf32>, %p: tensor<1x8xi64>) {
  // expected-error @+1 {{'plinth.rotary_embedding' op caches must be 2-D with position_ids}}
  %0 = plinth.rotary_embedding %x, %c, %c, %p : (tensor<1x4x8x16xf32>, tensor<1x8x8xf32>, tensor<1x8x8xf32>, tensor<1x8xi64>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @rotary_cache_rank_without_ids(%x: tensor<1x4x8x16xf32>, %c: tensor<64x8xf32>) {
  // expected-error @+1 {{'plinth.rotary_embedding' op caches must be 3-D without position_ids}}
  %0 = plinth.rotary_embedding %x, %c, %c : (tensor<1x4x8x16xf32>, tensor<64x8xf32>, tensor<64x8xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @rotary_cache_width(%x: tensor<1x4x8x16xf32>, %c: tensor<64x16xf32>, %p: tensor<1x8xi64>) {
  // expected-error @+1 {{'plinth.rotary_embedding' op caches have 16 values per position, expected 8}}
  %0 = plinth.rotary_embedding %x, %c, %c, %p : (tensor<1x4x8x16xf32>, tensor<64x16xf32>, tensor<64x16xf32>, tensor<1x8xi64>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @rotary_cache_width_partial(%x: tensor<1x4x8x16xf32>, %c: tensor<64x8xf32>, %p: tensor<1x8xi64>) {
  // expected-error @+1 {{caches have 8 values per position, expected 4}}
  %0 = plinth.rotary_embedding %x, %c, %c, %p {rotary_embedding_dim = 8 : i64} : (tensor<1x4x8x16xf32>, tensor<64x8xf32>, tensor<64x8xf32>, tensor<1x8xi64>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @rotary_cos_type(%x: tensor<1x4x8x16xf32>, %c: tensor<1x8x8xf16>) {
  // expected-error @+1 {{'plinth.rotary_embedding' op caches must have the input's element type}}
  %0 = plinth.rotary_embedding %x, %c, %c : (tensor<1x4x8x16xf32>, tensor<1x8x8xf16>, tensor<1x8x8xf16>) -> tensor<1x4x8x16xf32>
  return
}

// -----

// Only the cos cache's element type used to be checked.
func.func @rotary_sin_type(%x: tensor<1x4x8x16xf32>, %c: tensor<1x8x8xf32>, %s: tensor<1x8x8xf16>) {
  // expected-error @+1 {{'plinth.rotary_embedding' op caches must have the input's element type}}
  %0 = plinth.rotary_embedding %x, %c, %s : (tensor<1x4x8x16xf32>, tensor<1x8x8xf32>, tensor<1x8x8xf16>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @rotary_position_ids_shape(%x: tensor<1x4x8x16xf32>, %c: tensor<64x8xf32>, %p: tensor<3x5x7xi64>) {
  // expected-error @+1 {{'plinth.rotary_embedding' op position_ids of shape 3x5x7 do not match batch x sequence 1x8 of the input}}
  %0 = plinth.rotary_embedding %x, %c, %c, %p : (tensor<1x4x8x16xf32>, tensor<64x8xf32>, tensor<64x8xf32>, tensor<3x5x7xi64>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @rotary_position_ids_sequence(%x: tensor<1x4x8x16xf32>, %c: tensor<64x8xf32>, %p: tensor<1x6xi64>) {
  // expected-error @+1 {{position_ids of shape 1x6 do not match batch x sequence 1x8 of the input}}
  %0 = plinth.rotary_embedding %x, %c, %c, %p : (tensor<1x4x8x16xf32>, tensor<64x8xf32>, tensor<64x8xf32>, tensor<1x6xi64>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @rotary_cache_batch_sequence(%x: tensor<2x4x8x16xf32>, %c: tensor<3x8x8xf32>) {
  // expected-error @+1 {{'plinth.rotary_embedding' op caches of shape 3x8 do not match batch x sequence 2x8 of the input}}
  %0 = plinth.rotary_embedding %x, %c, %c : (tensor<2x4x8x16xf32>, tensor<3x8x8xf32>, tensor<3x8x8xf32>) -> tensor<2x4x8x16xf32>
  return
}

// -----

func.func @rotary_result_type(%x: tensor<1x4x8x16xf32>, %c: tensor<1x8x8xf32>) {
  // expected-error @+1 {{'plinth.rotary_embedding' op failed to verify that all of {input, result} have same type}}
  %0 = plinth.rotary_embedding %x, %c, %c : (tensor<1x4x8x16xf32>, tensor<1x8x8xf32>, tensor<1x8x8xf32>) -> tensor<1x4x8x8xf32>
  return
}
