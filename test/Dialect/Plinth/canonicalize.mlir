// RUN: plinth-opt %s -canonicalize -split-input-file | FileCheck %s

// Folders and canonicalization patterns of the plinth ops, each with cases
// that must not fold.

// CHECK-LABEL: func.func @neg_neg
// CHECK-SAME: (%[[X:.*]]: tensor<4xf32>)
// CHECK-NEXT: return %[[X]]
func.func @neg_neg(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = plinth.unary neg %x : tensor<4xf32>
  %1 = plinth.unary neg %0 : tensor<4xf32>
  return %1 : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @not_not
// CHECK-SAME: (%[[X:.*]]: tensor<4xi1>)
// CHECK-NEXT: return %[[X]]
func.func @not_not(%x: tensor<4xi1>) -> tensor<4xi1> {
  %0 = plinth.unary not %x : tensor<4xi1>
  %1 = plinth.unary not %0 : tensor<4xi1>
  return %1 : tensor<4xi1>
}

// -----

// CHECK-LABEL: func.func @abs_abs_not_folded
// CHECK-SAME: (%[[X:.*]]: tensor<4xf32>)
// CHECK: %[[A:.*]] = plinth.unary abs %[[X]]
// CHECK: %[[B:.*]] = plinth.unary abs %[[A]]
// CHECK: return %[[B]]
func.func @abs_abs_not_folded(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = plinth.unary abs %x : tensor<4xf32>
  %1 = plinth.unary abs %0 : tensor<4xf32>
  return %1 : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @neg_exp_not_folded
// CHECK: plinth.unary exp
// CHECK: plinth.unary neg
func.func @neg_exp_not_folded(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = plinth.unary exp %x : tensor<4xf32>
  %1 = plinth.unary neg %0 : tensor<4xf32>
  return %1 : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @int_binary
// CHECK-DAG: %[[ADD:.*]] = plinth.constant dense<[9, -5, 7]> : tensor<3xi64>
// CHECK-DAG: %[[SUB:.*]] = plinth.constant dense<[5, -9, 17]> : tensor<3xi64>
// CHECK-DAG: %[[MUL:.*]] = plinth.constant dense<[14, -14, -60]> : tensor<3xi64>
// CHECK-DAG: %[[DIV:.*]] = plinth.constant dense<[3, -3, -2]> : tensor<3xi64>
// CHECK-DAG: %[[MAX:.*]] = plinth.constant dense<[7, 2, 12]> : tensor<3xi64>
// CHECK-DAG: %[[MIN:.*]] = plinth.constant dense<[2, -7, -5]> : tensor<3xi64>
// CHECK-NOT: plinth.binary
// CHECK: return %[[ADD]], %[[SUB]], %[[MUL]], %[[DIV]], %[[MAX]], %[[MIN]]
func.func @int_binary() -> (tensor<3xi64>, tensor<3xi64>, tensor<3xi64>, tensor<3xi64>, tensor<3xi64>, tensor<3xi64>) {
  %a = plinth.constant dense<[7, -7, 12]> : tensor<3xi64>
  %b = plinth.constant dense<[2, 2, -5]> : tensor<3xi64>
  %0 = plinth.binary add %a, %b : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
  %1 = plinth.binary sub %a, %b : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
  %2 = plinth.binary mul %a, %b : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
  %3 = plinth.binary div %a, %b : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
  %4 = plinth.binary max %a, %b : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
  %5 = plinth.binary min %a, %b : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
  return %0, %1, %2, %3, %4, %5 : tensor<3xi64>, tensor<3xi64>, tensor<3xi64>, tensor<3xi64>, tensor<3xi64>, tensor<3xi64>
}

// -----

// CHECK-LABEL: func.func @int_binary_splat
// CHECK-NEXT: %[[C:.*]] = plinth.constant dense<{{\[}}[10, 20], [30, 40]]> : tensor<2x2xi32>
// CHECK-NEXT: return %[[C]]
func.func @int_binary_splat() -> tensor<2x2xi32> {
  %a = plinth.constant dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>
  %b = plinth.constant dense<10> : tensor<i32>
  %0 = plinth.binary mul %a, %b : (tensor<2x2xi32>, tensor<i32>) -> tensor<2x2xi32>
  return %0 : tensor<2x2xi32>
}

// -----

// Results wrap to the element width.
// CHECK-LABEL: func.func @int_binary_wraps_to_width
// CHECK-NEXT: %[[C:.*]] = plinth.constant dense<[-56, 56]> : tensor<2xi8>
// CHECK-NEXT: return %[[C]]
func.func @int_binary_wraps_to_width() -> tensor<2xi8> {
  %a = plinth.constant dense<[100, -100]> : tensor<2xi8>
  %0 = plinth.binary add %a, %a : (tensor<2xi8>, tensor<2xi8>) -> tensor<2xi8>
  return %0 : tensor<2xi8>
}

// -----

// CHECK-LABEL: func.func @int_binary_not_folded
// CHECK-DAG: %[[T:.*]] = plinth.constant dense<[true, false]> : tensor<2xi1>
// CHECK-DAG: %[[F:.*]] = plinth.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK-DAG: %[[D:.*]] = plinth.constant dense<{{\[}}[3, 4]]> : tensor<1x2xi64>
// CHECK-DAG: %[[C:.*]] = plinth.constant dense<{{\[}}[1], [2]]> : tensor<2x1xi64>
// CHECK-DAG: %[[A:.*]] = plinth.constant dense<[7, 9223372036854775807]> : tensor<2xi64>
// CHECK-DAG: %[[Z:.*]] = plinth.constant dense<[0, 1]> : tensor<2xi64>
// CHECK-DAG: %[[ONE:.*]] = plinth.constant dense<1> : tensor<2xi64>
// CHECK: %[[R0:.*]] = plinth.binary div %[[A]], %[[Z]]
// CHECK: %[[R1:.*]] = plinth.binary add %[[A]], %[[ONE]]
// CHECK: %[[R2:.*]] = plinth.binary mod %[[A]], %[[A]]
// CHECK: %[[R3:.*]] = plinth.binary add %[[C]], %[[D]]
// CHECK: %[[R4:.*]] = plinth.binary add %[[F]], %[[F]]
// CHECK: %[[R5:.*]] = plinth.binary and %[[T]], %[[T]]
// CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]]
func.func @int_binary_not_folded() -> (tensor<2xi64>, tensor<2xi64>, tensor<2xi64>, tensor<2x2xi64>, tensor<2xf32>, tensor<2xi1>) {
  %a = plinth.constant dense<[7, 9223372036854775807]> : tensor<2xi64>
  %z = plinth.constant dense<[0, 1]> : tensor<2xi64>
  %one = plinth.constant dense<1> : tensor<2xi64>
  // Division by zero.
  %0 = plinth.binary div %a, %z : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  // INT64_MAX + 1 overflows.
  %1 = plinth.binary add %a, %one : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  // mod is not evaluated.
  %2 = plinth.binary mod %a, %a : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  // Broadcasting of two non-splat literals.
  %c = plinth.constant dense<[[1], [2]]> : tensor<2x1xi64>
  %d = plinth.constant dense<[[3, 4]]> : tensor<1x2xi64>
  %3 = plinth.binary add %c, %d : (tensor<2x1xi64>, tensor<1x2xi64>) -> tensor<2x2xi64>
  // Floats are not evaluated.
  %f = plinth.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %4 = plinth.binary add %f, %f : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  // Nor is boolean logic.
  %t = plinth.constant dense<[true, false]> : tensor<2xi1>
  %5 = plinth.binary and %t, %t : (tensor<2xi1>, tensor<2xi1>) -> tensor<2xi1>
  return %0, %1, %2, %3, %4, %5 : tensor<2xi64>, tensor<2xi64>, tensor<2xi64>, tensor<2x2xi64>, tensor<2xf32>, tensor<2xi1>
}

// -----

// Values are read sign-extended: add wraps correctly, but unsigned division
// and ordering must not be evaluated that way (200 / 2 is not 228, and
// max(200, 2) is not 2).
// CHECK-LABEL: func.func @unsigned_binary
// CHECK-DAG: %[[A:.*]] = plinth.constant dense<[200, 100]> : tensor<2xui8>
// CHECK-DAG: %[[B:.*]] = plinth.constant dense<2> : tensor<2xui8>
// CHECK-DAG: %[[SUM:.*]] = plinth.constant dense<[202, 102]> : tensor<2xui8>
// CHECK: %[[DIV:.*]] = plinth.binary div %[[A]], %[[B]]
// CHECK: %[[MAX:.*]] = plinth.binary max %[[A]], %[[B]]
// CHECK: return %[[SUM]], %[[DIV]], %[[MAX]]
func.func @unsigned_binary() -> (tensor<2xui8>, tensor<2xui8>, tensor<2xui8>) {
  %a = plinth.constant dense<[200, 100]> : tensor<2xui8>
  %b = plinth.constant dense<2> : tensor<2xui8>
  %0 = plinth.binary add %a, %b : (tensor<2xui8>, tensor<2xui8>) -> tensor<2xui8>
  %1 = plinth.binary div %a, %b : (tensor<2xui8>, tensor<2xui8>) -> tensor<2xui8>
  %2 = plinth.binary max %a, %b : (tensor<2xui8>, tensor<2xui8>) -> tensor<2xui8>
  return %0, %1, %2 : tensor<2xui8>, tensor<2xui8>, tensor<2xui8>
}

// -----

// `index` literals are not evaluated (this used to crash).
// CHECK-LABEL: func.func @index_binary_not_folded
// CHECK: %[[C:.*]] = plinth.constant dense<[1, 2, 3]> : tensor<3xindex>
// CHECK: plinth.binary add %[[C]], %[[C]]
func.func @index_binary_not_folded() -> tensor<3xindex> {
  %c = plinth.constant dense<[1, 2, 3]> : tensor<3xindex>
  %0 = plinth.binary add %c, %c : (tensor<3xindex>, tensor<3xindex>) -> tensor<3xindex>
  return %0 : tensor<3xindex>
}

// -----

// Folding evaluates at most 2^16 elements, splats included.
// CHECK-LABEL: func.func @large_binary_not_folded
// CHECK-DAG: %[[A:.*]] = plinth.constant dense<1> : tensor<65537xi64>
// CHECK-DAG: %[[B:.*]] = plinth.constant dense<2> : tensor<65537xi64>
// CHECK: %[[R:.*]] = plinth.binary add %[[A]], %[[B]]
// CHECK: return %[[R]]
func.func @large_binary_not_folded() -> tensor<65537xi64> {
  %a = plinth.constant dense<1> : tensor<65537xi64>
  %b = plinth.constant dense<2> : tensor<65537xi64>
  %0 = plinth.binary add %a, %b : (tensor<65537xi64>, tensor<65537xi64>) -> tensor<65537xi64>
  return %0 : tensor<65537xi64>
}

// -----

// CHECK-LABEL: func.func @identities
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xi64>, %[[F:.*]]: tensor<2x3xf32>)
// CHECK-NOT: plinth.binary
// CHECK: return %[[X]], %[[X]], %[[X]], %[[X]], %[[F]], %[[F]], %[[F]], %[[F]]
func.func @identities(%x: tensor<2x3xi64>, %f: tensor<2x3xf32>) -> (tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
  %zero = plinth.constant dense<0> : tensor<3xi64>
  %one = plinth.constant dense<1> : tensor<2x3xi64>
  %0 = plinth.binary add %x, %zero : (tensor<2x3xi64>, tensor<3xi64>) -> tensor<2x3xi64>
  %1 = plinth.binary sub %x, %zero : (tensor<2x3xi64>, tensor<3xi64>) -> tensor<2x3xi64>
  %2 = plinth.binary mul %x, %one : (tensor<2x3xi64>, tensor<2x3xi64>) -> tensor<2x3xi64>
  %3 = plinth.binary div %x, %one : (tensor<2x3xi64>, tensor<2x3xi64>) -> tensor<2x3xi64>
  %fone = plinth.constant dense<1.0> : tensor<f32>
  %nzero = plinth.constant dense<-0.0> : tensor<f32>
  %pzero = plinth.constant dense<0.0> : tensor<f32>
  %4 = plinth.binary mul %f, %fone : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %5 = plinth.binary div %f, %fone : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %6 = plinth.binary add %f, %nzero : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %7 = plinth.binary sub %f, %pzero : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @identities_not_folded
// CHECK-SAME: (%[[X:.*]]: tensor<3xi64>, %[[F:.*]]: tensor<3xf32>)
// CHECK-DAG: %[[MIXED:.*]] = plinth.constant dense<[0, 1, 0]> : tensor<3xi64>
// CHECK-DAG: %[[NZERO:.*]] = plinth.constant dense<-0.000000e+00> : tensor<f32>
// CHECK-DAG: %[[PZERO:.*]] = plinth.constant dense<0.000000e+00> : tensor<f32>
// CHECK-DAG: %[[Z:.*]] = plinth.constant dense<0> : tensor<3xi64>
// CHECK-DAG: %[[ZERO:.*]] = plinth.constant dense<0> : tensor<2x3xi64>
// CHECK: %[[R0:.*]] = plinth.binary add %[[X]], %[[ZERO]] : (tensor<3xi64>, tensor<2x3xi64>) -> tensor<2x3xi64>
// CHECK: %[[R1:.*]] = plinth.binary add %[[Z]], %[[X]]
// CHECK: %[[R2:.*]] = plinth.binary add %[[F]], %[[PZERO]]
// CHECK: %[[R3:.*]] = plinth.binary sub %[[F]], %[[NZERO]]
// CHECK: %[[R4:.*]] = plinth.binary mul %[[X]], %[[MIXED]]
// CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]]
func.func @identities_not_folded(%x: tensor<3xi64>, %f: tensor<3xf32>) -> (tensor<2x3xi64>, tensor<3xi64>, tensor<3xf32>, tensor<3xf32>, tensor<3xi64>) {
  %zero = plinth.constant dense<0> : tensor<2x3xi64>
  // x + 0 where the zero broadcasts x to a larger shape.
  %0 = plinth.binary add %x, %zero : (tensor<3xi64>, tensor<2x3xi64>) -> tensor<2x3xi64>
  // 0 + x: only the right-hand side is matched.
  %z = plinth.constant dense<0> : tensor<3xi64>
  %1 = plinth.binary add %z, %x : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
  // x + (+0.0) is not x when x is -0.0.
  %pzero = plinth.constant dense<0.0> : tensor<f32>
  %2 = plinth.binary add %f, %pzero : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
  // x - (-0.0) is not x when x is -0.0.
  %nzero = plinth.constant dense<-0.0> : tensor<f32>
  %3 = plinth.binary sub %f, %nzero : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
  // A non-splat right-hand side.
  %mixed = plinth.constant dense<[0, 1, 0]> : tensor<3xi64>
  %4 = plinth.binary mul %x, %mixed : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
  return %0, %1, %2, %3, %4 : tensor<2x3xi64>, tensor<3xi64>, tensor<3xf32>, tensor<3xf32>, tensor<3xi64>
}

// -----

// CHECK-LABEL: func.func @select_splat
// CHECK-SAME: (%[[A:.*]]: tensor<4xf32>, %[[B:.*]]: tensor<4xf32>)
// CHECK-NEXT: return %[[A]], %[[B]]
func.func @select_splat(%a: tensor<4xf32>, %b: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %t = plinth.constant dense<true> : tensor<4xi1>
  %f = plinth.constant dense<false> : tensor<i1>
  %0 = plinth.select %t, %a, %b : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %1 = plinth.select %f, %a, %b : (tensor<i1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0, %1 : tensor<4xf32>, tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @select_not_folded
// CHECK-SAME: (%[[C:.*]]: tensor<4xi1>, %[[A:.*]]: tensor<4xf32>, %[[S:.*]]: tensor<f32>)
// CHECK-DAG: %[[FALSE:.*]] = plinth.constant dense<false> : tensor<4xi1>
// CHECK-DAG: %[[MASK:.*]] = plinth.constant dense<[true, false, true, false]> : tensor<4xi1>
// CHECK: %[[R0:.*]] = plinth.select %[[MASK]], %[[A]], %[[S]]
// CHECK: %[[R1:.*]] = plinth.select %[[FALSE]], %[[A]], %[[S]]
// CHECK: %[[R2:.*]] = plinth.select %[[C]], %[[A]], %[[S]]
// CHECK: return %[[R0]], %[[R1]], %[[R2]]
func.func @select_not_folded(%c: tensor<4xi1>, %a: tensor<4xf32>, %s: tensor<f32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  // A non-splat condition.
  %m = plinth.constant dense<[true, false, true, false]> : tensor<4xi1>
  %0 = plinth.select %m, %a, %s : (tensor<4xi1>, tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  // The chosen value would have to be broadcast.
  %t = plinth.constant dense<false> : tensor<4xi1>
  %1 = plinth.select %t, %a, %s : (tensor<4xi1>, tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  // A condition that is not a constant.
  %2 = plinth.select %c, %a, %s : (tensor<4xi1>, tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  return %0, %1, %2 : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @cast_identity
// CHECK-SAME: (%[[X:.*]]: tensor<2x?xf32>)
// CHECK-NEXT: return %[[X]]
func.func @cast_identity(%x: tensor<2x?xf32>) -> tensor<2x?xf32> {
  %0 = plinth.cast %x : tensor<2x?xf32> to tensor<2x?xf32>
  return %0 : tensor<2x?xf32>
}

// -----

// Narrowing truncates; ui8 zero-extends, signless integers sign-extend.
// CHECK-LABEL: func.func @cast_int_constants
// CHECK-DAG: %[[A:.*]] = plinth.constant dense<[1, -2, 3]> : tensor<3xi32>
// CHECK-DAG: %[[B:.*]] = plinth.constant dense<[44, -1]> : tensor<2xi8>
// CHECK-DAG: %[[C:.*]] = plinth.constant dense<[200, 255]> : tensor<2xi32>
// CHECK-DAG: %[[D:.*]] = plinth.constant dense<[-1, 5]> : tensor<2xi64>
// CHECK-NOT: plinth.cast
// CHECK: return %[[A]], %[[B]], %[[C]], %[[D]]
func.func @cast_int_constants() -> (tensor<3xi32>, tensor<2xi8>, tensor<2xi32>, tensor<2xi64>) {
  %a = plinth.constant dense<[1, -2, 3]> : tensor<3xi64>
  %0 = plinth.cast %a : tensor<3xi64> to tensor<3xi32>
  %b = plinth.constant dense<[300, -1]> : tensor<2xi32>
  %1 = plinth.cast %b : tensor<2xi32> to tensor<2xi8>
  %c = plinth.constant dense<[200, 255]> : tensor<2xui8>
  %2 = plinth.cast %c : tensor<2xui8> to tensor<2xi32>
  %d = plinth.constant dense<[-1, 5]> : tensor<2xi8>
  %3 = plinth.cast %d : tensor<2xi8> to tensor<2xi64>
  return %0, %1, %2, %3 : tensor<3xi32>, tensor<2xi8>, tensor<2xi32>, tensor<2xi64>
}

// -----

// CHECK-LABEL: func.func @cast_not_folded
// CHECK-SAME: (%[[X:.*]]: tensor<2xi64>)
// CHECK-DAG: %[[B:.*]] = plinth.constant dense<[true, false]> : tensor<2xi1>
// CHECK-DAG: %[[F:.*]] = plinth.constant dense<[1.500000e+00, 2.500000e+00]> : tensor<2xf32>
// CHECK-DAG: %[[A:.*]] = plinth.constant dense<[1, 2]> : tensor<2xi64>
// CHECK: plinth.cast %[[A]] : tensor<2xi64> to tensor<2xf32>
// CHECK: plinth.cast %[[A]] : tensor<2xi64> to tensor<2xi1>
// CHECK: plinth.cast %[[F]] : tensor<2xf32> to tensor<2xi32>
// CHECK: plinth.cast %[[B]] : tensor<2xi1> to tensor<2xi64>
// CHECK: plinth.cast %[[X]] : tensor<2xi64> to tensor<2xi32>
func.func @cast_not_folded(%x: tensor<2xi64>) -> (tensor<2xf32>, tensor<2xi1>, tensor<2xi32>, tensor<2xi64>, tensor<2xi32>) {
  %a = plinth.constant dense<[1, 2]> : tensor<2xi64>
  // To float.
  %0 = plinth.cast %a : tensor<2xi64> to tensor<2xf32>
  // To i1 (a comparison with zero, not a truncation).
  %1 = plinth.cast %a : tensor<2xi64> to tensor<2xi1>
  // From float.
  %f = plinth.constant dense<[1.5, 2.5]> : tensor<2xf32>
  %2 = plinth.cast %f : tensor<2xf32> to tensor<2xi32>
  // From i1.
  %b = plinth.constant dense<[true, false]> : tensor<2xi1>
  %3 = plinth.cast %b : tensor<2xi1> to tensor<2xi64>
  // Not a constant.
  %4 = plinth.cast %x : tensor<2xi64> to tensor<2xi32>
  return %0, %1, %2, %3, %4 : tensor<2xf32>, tensor<2xi1>, tensor<2xi32>, tensor<2xi64>, tensor<2xi32>
}

// -----

// CHECK-LABEL: func.func @reduce_empty_axes
// CHECK-SAME: (%[[X:.*]]: tensor<2x?xf32>)
// CHECK-NEXT: %[[SQ:.*]] = plinth.reduce sum_square %[[X]] {axes = array<i64>, keep_dims = false}
// CHECK-NEXT: return %[[X]], %[[X]], %[[SQ]]
func.func @reduce_empty_axes(%x: tensor<2x?xf32>) -> (tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>) {
  %0 = plinth.reduce sum %x {axes = array<i64>, keep_dims = false} : (tensor<2x?xf32>) -> tensor<2x?xf32>
  %1 = plinth.reduce max %x {axes = array<i64>, keep_dims = true} : (tensor<2x?xf32>) -> tensor<2x?xf32>
  // sum_square squares its input even with no axes.
  %2 = plinth.reduce sum_square %x {axes = array<i64>, keep_dims = false} : (tensor<2x?xf32>) -> tensor<2x?xf32>
  return %0, %1, %2 : tensor<2x?xf32>, tensor<2x?xf32>, tensor<2x?xf32>
}

// -----

// ONNX Size and numel: the product (or sum) of a constant shape.
// CHECK-LABEL: func.func @reduce_1d_constant
// CHECK-DAG: %[[P:.*]] = plinth.constant dense<24> : tensor<i64>
// CHECK-DAG: %[[K:.*]] = plinth.constant dense<24> : tensor<1xi64>
// CHECK-DAG: %[[S:.*]] = plinth.constant dense<9> : tensor<i64>
// CHECK-NOT: plinth.reduce
// CHECK: return %[[P]], %[[K]], %[[S]]
func.func @reduce_1d_constant() -> (tensor<i64>, tensor<1xi64>, tensor<i64>) {
  %s = plinth.constant dense<[2, 3, 4]> : tensor<3xi64>
  %0 = plinth.reduce prod %s {axes = array<i64: 0>, keep_dims = false} : (tensor<3xi64>) -> tensor<i64>
  %1 = plinth.reduce prod %s {axes = array<i64: 0>, keep_dims = true} : (tensor<3xi64>) -> tensor<1xi64>
  %2 = plinth.reduce sum %s {axes = array<i64: 0>, keep_dims = false} : (tensor<3xi64>) -> tensor<i64>
  return %0, %1, %2 : tensor<i64>, tensor<1xi64>, tensor<i64>
}

// -----

// CHECK-LABEL: func.func @reduce_not_folded
// CHECK-SAME: (%[[X:.*]]: tensor<3xi64>)
// CHECK-DAG: %[[M:.*]] = plinth.constant dense<{{\[}}[1, 2], [3, 4]]> : tensor<2x2xi64>
// CHECK-DAG: %[[BIG:.*]] = plinth.constant dense<4294967296> : tensor<2xi64>
// CHECK-DAG: %[[S:.*]] = plinth.constant dense<[2, 3, 4]> : tensor<3xi64>
// CHECK: plinth.reduce mean %[[S]]
// CHECK: plinth.reduce prod %[[BIG]]
// CHECK: plinth.reduce prod %[[X]]
// CHECK: plinth.reduce sum %[[M]]
func.func @reduce_not_folded(%x: tensor<3xi64>) -> (tensor<i64>, tensor<i64>, tensor<i64>, tensor<2xi64>) {
  %s = plinth.constant dense<[2, 3, 4]> : tensor<3xi64>
  // Mean is not evaluated.
  %0 = plinth.reduce mean %s {axes = array<i64: 0>, keep_dims = false} : (tensor<3xi64>) -> tensor<i64>
  // The product overflows.
  %big = plinth.constant dense<[4294967296, 4294967296]> : tensor<2xi64>
  %1 = plinth.reduce prod %big {axes = array<i64: 0>, keep_dims = false} : (tensor<2xi64>) -> tensor<i64>
  // Not a constant.
  %2 = plinth.reduce prod %x {axes = array<i64: 0>, keep_dims = false} : (tensor<3xi64>) -> tensor<i64>
  // Not 1-D.
  %m = plinth.constant dense<[[1, 2], [3, 4]]> : tensor<2x2xi64>
  %3 = plinth.reduce sum %m {axes = array<i64: 1>, keep_dims = false} : (tensor<2x2xi64>) -> tensor<2xi64>
  return %0, %1, %2, %3 : tensor<i64>, tensor<i64>, tensor<i64>, tensor<2xi64>
}

// -----

// CHECK-LABEL: func.func @reshape_identity
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>)
// CHECK-NEXT: return %[[X]]
func.func @reshape_identity(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = plinth.reshape %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// Equal dynamic types do not make a reshape an identity.
// CHECK-LABEL: func.func @reshape_dynamic_identity_not_folded
// CHECK-SAME: (%[[X:.*]]: tensor<?x4xf32>, %[[S:.*]]: tensor<2xi64>)
// CHECK: %[[R:.*]] = plinth.reshape %[[X]], %[[S]] : (tensor<?x4xf32>, tensor<2xi64>) -> tensor<?x4xf32>
// CHECK: return %[[R]]
func.func @reshape_dynamic_identity_not_folded(%x: tensor<?x4xf32>, %s: tensor<2xi64>) -> tensor<?x4xf32> {
  %0 = plinth.reshape %x, %s : (tensor<?x4xf32>, tensor<2xi64>) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

// CHECK-LABEL: func.func @reshape_constant
// CHECK-DAG: %[[A:.*]] = plinth.constant dense<{{\[}}[1, 2], [3, 4]]> : tensor<2x2xi64>
// CHECK-DAG: %[[B:.*]] = plinth.constant dense<1.500000e+00> : tensor<4x1xf32>
// CHECK-NOT: plinth.reshape
// CHECK: return %[[A]], %[[B]]
func.func @reshape_constant() -> (tensor<2x2xi64>, tensor<4x1xf32>) {
  %c = plinth.constant dense<[1, 2, 3, 4]> : tensor<4xi64>
  %0 = plinth.reshape %c : (tensor<4xi64>) -> tensor<2x2xi64>
  %f = plinth.constant dense<1.5> : tensor<2x2xf32>
  %1 = plinth.reshape %f : (tensor<2x2xf32>) -> tensor<4x1xf32>
  return %0, %1 : tensor<2x2xi64>, tensor<4x1xf32>
}

// -----

// Weights (dense_resource blobs) are never folded.
// CHECK-LABEL: func.func @reshape_weights_not_folded
// CHECK: %[[W:.*]] = plinth.constant dense_resource<blob> : tensor<2xf32>
// CHECK: %[[R:.*]] = plinth.reshape %[[W]] : (tensor<2xf32>) -> tensor<2x1xf32>
// CHECK: return %[[R]]
func.func @reshape_weights_not_folded() -> tensor<2x1xf32> {
  %w = plinth.constant dense_resource<blob> : tensor<2xf32>
  %0 = plinth.reshape %w : (tensor<2xf32>) -> tensor<2x1xf32>
  return %0 : tensor<2x1xf32>
}

{-#
  dialect_resources: {
    builtin: {
      blob: "0x040000000000803F00000040"
    }
  }
#-}

// -----

// CHECK-LABEL: func.func @reshape_chain
// CHECK-SAME: (%[[X:.*]]: tensor<2x12xf32>)
// CHECK-NEXT: %[[R:.*]] = plinth.reshape %[[X]] : (tensor<2x12xf32>) -> tensor<24xf32>
// CHECK-NEXT: return %[[R]]
func.func @reshape_chain(%x: tensor<2x12xf32>) -> tensor<24xf32> {
  %0 = plinth.reshape %x : (tensor<2x12xf32>) -> tensor<2x3x4xf32>
  %1 = plinth.reshape %0 : (tensor<2x3x4xf32>) -> tensor<6x4xf32>
  %2 = plinth.reshape %1 : (tensor<6x4xf32>) -> tensor<24xf32>
  return %2 : tensor<24xf32>
}

// -----

// CHECK-LABEL: func.func @reshape_chain_keeps_outer_shape
// CHECK-SAME: (%[[X:.*]]: tensor<?x12xf32>, %[[S:.*]]: tensor<3xi64>, %[[T:.*]]: tensor<2xi64>)
// CHECK-NEXT: %[[R:.*]] = plinth.reshape %[[X]], %[[T]] : (tensor<?x12xf32>, tensor<2xi64>) -> tensor<?x6xf32>
// CHECK-NEXT: return %[[R]]
func.func @reshape_chain_keeps_outer_shape(%x: tensor<?x12xf32>, %s: tensor<3xi64>, %t: tensor<2xi64>) -> tensor<?x6xf32> {
  %0 = plinth.reshape %x, %s : (tensor<?x12xf32>, tensor<3xi64>) -> tensor<?x3x4xf32>
  %1 = plinth.reshape %0, %t : (tensor<?x3x4xf32>, tensor<2xi64>) -> tensor<?x6xf32>
  return %1 : tensor<?x6xf32>
}

// -----

// The outer reshape regroups dims whose sizes only the inner shape operand
// knows: composing them would lose that operand.
// CHECK-LABEL: func.func @reshape_chain_not_folded
// CHECK-SAME: (%[[X:.*]]: tensor<?x?xf32>, %[[S:.*]]: tensor<3xi64>)
// CHECK-NEXT: %[[A:.*]] = plinth.reshape %[[X]], %[[S]] : (tensor<?x?xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
// CHECK-NEXT: %[[B:.*]] = plinth.reshape %[[A]] : (tensor<?x?x?xf32>) -> tensor<?x?xf32>
// CHECK-NEXT: return %[[B]]
func.func @reshape_chain_not_folded(%x: tensor<?x?xf32>, %s: tensor<3xi64>) -> tensor<?x?xf32> {
  %0 = plinth.reshape %x, %s : (tensor<?x?xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  %1 = plinth.reshape %0 : (tensor<?x?x?xf32>) -> tensor<?x?xf32>
  return %1 : tensor<?x?xf32>
}

// -----

// CHECK-LABEL: func.func @reshape_drop_static_shape
// CHECK-SAME: (%[[X:.*]]: tensor<2x12xf32>, %[[S:.*]]: tensor<3xi64>)
// CHECK-NEXT: %[[R:.*]] = plinth.reshape %[[X]] : (tensor<2x12xf32>) -> tensor<2x3x4xf32>
// CHECK-NEXT: return %[[R]]
func.func @reshape_drop_static_shape(%x: tensor<2x12xf32>, %s: tensor<3xi64>) -> tensor<2x3x4xf32> {
  %0 = plinth.reshape %x, %s : (tensor<2x12xf32>, tensor<3xi64>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// CHECK-LABEL: func.func @transpose_identity
// CHECK-SAME: (%[[X:.*]]: tensor<2x?xf32>)
// CHECK-NEXT: return %[[X]]
func.func @transpose_identity(%x: tensor<2x?xf32>) -> tensor<2x?xf32> {
  %0 = plinth.transpose %x {permutation = array<i64: 0, 1>} : (tensor<2x?xf32>) -> tensor<2x?xf32>
  return %0 : tensor<2x?xf32>
}

// -----

// CHECK-LABEL: func.func @transpose_compose
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4xf32>)
// CHECK-NEXT: %[[T:.*]] = plinth.transpose %[[X]] {permutation = array<i64: 2, 0, 1>} : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
// CHECK-NEXT: return %[[T]]
func.func @transpose_compose(%x: tensor<2x3x4xf32>) -> tensor<4x2x3xf32> {
  %0 = plinth.transpose %x {permutation = array<i64: 1, 2, 0>} : (tensor<2x3x4xf32>) -> tensor<3x4x2xf32>
  %1 = plinth.transpose %0 {permutation = array<i64: 0, 2, 1>} : (tensor<3x4x2xf32>) -> tensor<3x2x4xf32>
  %2 = plinth.transpose %1 {permutation = array<i64: 2, 1, 0>} : (tensor<3x2x4xf32>) -> tensor<4x2x3xf32>
  return %2 : tensor<4x2x3xf32>
}

// -----

// CHECK-LABEL: func.func @transpose_inverse
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4xf32>)
// CHECK-NEXT: return %[[X]]
func.func @transpose_inverse(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = plinth.transpose %x {permutation = array<i64: 1, 2, 0>} : (tensor<2x3x4xf32>) -> tensor<3x4x2xf32>
  %1 = plinth.transpose %0 {permutation = array<i64: 2, 0, 1>} : (tensor<3x4x2xf32>) -> tensor<2x3x4xf32>
  return %1 : tensor<2x3x4xf32>
}

// -----

// CHECK-LABEL: func.func @transpose_splat
// CHECK-NEXT: %[[C:.*]] = plinth.constant dense<2.000000e+00> : tensor<3x2xf32>
// CHECK-NEXT: return %[[C]]
func.func @transpose_splat() -> tensor<3x2xf32> {
  %c = plinth.constant dense<2.0> : tensor<2x3xf32>
  %0 = plinth.transpose %c {permutation = array<i64: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// -----

// Only splats are transposed at compile time.
// CHECK-LABEL: func.func @transpose_constant_not_folded
// CHECK: %[[C:.*]] = plinth.constant dense<{{\[}}[1, 2]]> : tensor<1x2xi64>
// CHECK: plinth.transpose %[[C]]
func.func @transpose_constant_not_folded() -> tensor<2x1xi64> {
  %c = plinth.constant dense<[[1, 2]]> : tensor<1x2xi64>
  %0 = plinth.transpose %c {permutation = array<i64: 1, 0>} : (tensor<1x2xi64>) -> tensor<2x1xi64>
  return %0 : tensor<2x1xi64>
}

// -----

// CHECK-LABEL: func.func @expand_identity
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>)
// CHECK-NEXT: return %[[X]]
func.func @expand_identity(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = plinth.expand %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @expand_splat
// CHECK-NEXT: %[[C:.*]] = plinth.constant dense<7> : tensor<2x3x4xi64>
// CHECK-NEXT: return %[[C]]
func.func @expand_splat() -> tensor<2x3x4xi64> {
  %c = plinth.constant dense<7> : tensor<3x1xi64>
  %0 = plinth.expand %c : (tensor<3x1xi64>) -> tensor<2x3x4xi64>
  return %0 : tensor<2x3x4xi64>
}

// -----

// CHECK-LABEL: func.func @expand_not_folded
// CHECK-SAME: (%[[X:.*]]: tensor<?xf32>, %[[S:.*]]: tensor<1xi64>)
// CHECK: %[[C:.*]] = plinth.constant dense<[1, 2, 3]> : tensor<3xi64>
// CHECK: %[[A:.*]] = plinth.expand %[[C]] : (tensor<3xi64>) -> tensor<2x3xi64>
// CHECK: %[[B:.*]] = plinth.expand %[[X]], %[[S]] : (tensor<?xf32>, tensor<1xi64>) -> tensor<?xf32>
// CHECK: return %[[A]], %[[B]]
func.func @expand_not_folded(%x: tensor<?xf32>, %s: tensor<1xi64>) -> (tensor<2x3xi64>, tensor<?xf32>) {
  // A non-splat constant would be materialized at the larger size.
  %c = plinth.constant dense<[1, 2, 3]> : tensor<3xi64>
  %0 = plinth.expand %c : (tensor<3xi64>) -> tensor<2x3xi64>
  // With a dynamic dim, the same type may still broadcast a 1.
  %1 = plinth.expand %x, %s : (tensor<?xf32>, tensor<1xi64>) -> tensor<?xf32>
  return %0, %1 : tensor<2x3xi64>, tensor<?xf32>
}

// -----

// CHECK-LABEL: func.func @slice_identity
// CHECK-SAME: (%[[X:.*]]: tensor<2x8xf32>)
// CHECK-NEXT: return %[[X]]
func.func @slice_identity(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  %0 = plinth.slice %x {axes = array<i64: 1>, starts = array<i64: 0>, ends = array<i64: 100>, steps = array<i64: 1>}
       : (tensor<2x8xf32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

// Slices of shapes, with ONNX clamping and negative steps.
// CHECK-LABEL: func.func @slice_1d_constant
// CHECK-DAG: %[[A:.*]] = plinth.constant dense<[12, 3]> : tensor<2xi64>
// CHECK-DAG: %[[B:.*]] = plinth.constant dense<[4, 12]> : tensor<2xi64>
// CHECK-DAG: %[[C:.*]] = plinth.constant dense<[4, 3, 2, 1]> : tensor<4xi32>
// CHECK-NOT: plinth.slice
// CHECK: return %[[A]], %[[B]], %[[C]]
func.func @slice_1d_constant() -> (tensor<2xi64>, tensor<2xi64>, tensor<4xi32>) {
  %s = plinth.constant dense<[2, 12, 3, 4]> : tensor<4xi64>
  %0 = plinth.slice %s {axes = array<i64: 0>, starts = array<i64: 1>, ends = array<i64: 3>, steps = array<i64: 1>}
       : (tensor<4xi64>) -> tensor<2xi64>
  %1 = plinth.slice %s {axes = array<i64: 0>, starts = array<i64: -1>, ends = array<i64: -100>, steps = array<i64: -2>}
       : (tensor<4xi64>) -> tensor<2xi64>
  %r = plinth.constant dense<[1, 2, 3, 4]> : tensor<4xi32>
  %2 = plinth.slice %r {axes = array<i64: 0>, starts = array<i64: 3>, ends = array<i64: -5>, steps = array<i64: -1>}
       : (tensor<4xi32>) -> tensor<4xi32>
  return %0, %1, %2 : tensor<2xi64>, tensor<2xi64>, tensor<4xi32>
}

// -----

// CHECK-LABEL: func.func @slice_not_folded
// CHECK-SAME: (%[[X:.*]]: tensor<2x8xf32>, %[[B:.*]]: tensor<1xi64>)
// CHECK: %[[M:.*]] = plinth.constant dense<{{\[}}[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi64>
// CHECK: %[[R0:.*]] = plinth.slice %[[X]] {{{.*}}steps = array<i64: -1>} : (tensor<2x8xf32>) -> tensor<2x8xf32>
// CHECK: %[[R1:.*]] = plinth.slice %[[X]] starts(%[[B]]) {{{.*}}} : (tensor<2x8xf32>, tensor<1xi64>) -> tensor<2x?xf32>
// CHECK: %[[R2:.*]] = plinth.slice %[[M]] {{{.*}}} : (tensor<2x3xi64>) -> tensor<1x2xi64>
// CHECK: %[[R3:.*]] = plinth.slice %[[X]] starts(%[[B]]) {{{.*}}} : (tensor<2x8xf32>, tensor<1xi64>) -> tensor<2x8xf32>
// CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]]
func.func @slice_not_folded(%x: tensor<2x8xf32>, %b: tensor<1xi64>) -> (tensor<2x8xf32>, tensor<2x?xf32>, tensor<1x2xi64>, tensor<2x8xf32>) {
  // A reversal keeps the type but is no identity.
  %0 = plinth.slice %x {axes = array<i64: 1>, starts = array<i64: -1>, ends = array<i64: -9>, steps = array<i64: -1>}
       : (tensor<2x8xf32>) -> tensor<2x8xf32>
  // Run-time bounds.
  %1 = plinth.slice %x starts(%b) {axes = array<i64: 1>, starts = array<i64: 0>, ends = array<i64: 8>, steps = array<i64: 1>}
       : (tensor<2x8xf32>, tensor<1xi64>) -> tensor<2x?xf32>
  // A 2-D constant.
  %m = plinth.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi64>
  %2 = plinth.slice %m {axes = array<i64: 0, 1>, starts = array<i64: 0, 1>, ends = array<i64: 1, 3>, steps = array<i64: 1, 1>}
       : (tensor<2x3xi64>) -> tensor<1x2xi64>
  // Full bounds but run-time starts.
  %3 = plinth.slice %x starts(%b) {axes = array<i64: 1>, starts = array<i64: 0>, ends = array<i64: 8>, steps = array<i64: 1>}
       : (tensor<2x8xf32>, tensor<1xi64>) -> tensor<2x8xf32>
  return %0, %1, %2, %3 : tensor<2x8xf32>, tensor<2x?xf32>, tensor<1x2xi64>, tensor<2x8xf32>
}

// -----

// CHECK-LABEL: func.func @concat_single
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>)
// CHECK-NEXT: return %[[X]]
func.func @concat_single(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = plinth.concat %x {axis = 0 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @concat_constants
// CHECK-NEXT: %[[C:.*]] = plinth.constant dense<[2, 3, 4, -1, -1]> : tensor<5xi64>
// CHECK-NEXT: return %[[C]]
func.func @concat_constants() -> tensor<5xi64> {
  %a = plinth.constant dense<[2]> : tensor<1xi64>
  %b = plinth.constant dense<[3, 4]> : tensor<2xi64>
  %c = plinth.constant dense<-1> : tensor<2xi64>
  %0 = plinth.concat %a, %b, %c {axis = 0 : i64} : (tensor<1xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<5xi64>
  return %0 : tensor<5xi64>
}

// -----

// CHECK-LABEL: func.func @concat_not_folded
// CHECK-SAME: (%[[X:.*]]: tensor<2xi64>)
// CHECK-DAG: %[[M:.*]] = plinth.constant dense<{{\[}}[1, 2]]> : tensor<1x2xi64>
// CHECK-DAG: %[[F:.*]] = plinth.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK-DAG: %[[A:.*]] = plinth.constant dense<1> : tensor<1xi64>
// CHECK: plinth.concat %[[A]], %[[X]] {axis = 0 : i64}
// CHECK: plinth.concat %[[F]], %[[F]] {axis = 0 : i64}
// CHECK: plinth.concat %[[M]], %[[M]] {axis = 0 : i64}
func.func @concat_not_folded(%x: tensor<2xi64>) -> (tensor<3xi64>, tensor<4xf32>, tensor<2x2xi64>) {
  %a = plinth.constant dense<[1]> : tensor<1xi64>
  %0 = plinth.concat %a, %x {axis = 0 : i64} : (tensor<1xi64>, tensor<2xi64>) -> tensor<3xi64>
  %f = plinth.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %1 = plinth.concat %f, %f {axis = 0 : i64} : (tensor<2xf32>, tensor<2xf32>) -> tensor<4xf32>
  %m = plinth.constant dense<[[1, 2]]> : tensor<1x2xi64>
  %2 = plinth.concat %m, %m {axis = 0 : i64} : (tensor<1x2xi64>, tensor<1x2xi64>) -> tensor<2x2xi64>
  return %0, %1, %2 : tensor<3xi64>, tensor<4xf32>, tensor<2x2xi64>
}

// -----

// CHECK-LABEL: func.func @gather_constants
// CHECK-DAG: %[[A:.*]] = plinth.constant dense<[3, 2]> : tensor<2xi64>
// CHECK-DAG: %[[B:.*]] = plinth.constant dense<12> : tensor<i64>
// CHECK-DAG: %[[C:.*]] = plinth.constant dense<{{\[}}[10, 20], [30, 10]]> : tensor<2x2xi32>
// CHECK-NOT: plinth.gather
// CHECK: return %[[A]], %[[B]], %[[C]]
func.func @gather_constants() -> (tensor<2xi64>, tensor<i64>, tensor<2x2xi32>) {
  %s = plinth.constant dense<[2, 12, 3]> : tensor<3xi64>
  %i = plinth.constant dense<[2, -3]> : tensor<2xi64>
  %0 = plinth.gather %s, %i {axis = 0 : i64} : (tensor<3xi64>, tensor<2xi64>) -> tensor<2xi64>
  %j = plinth.constant dense<1> : tensor<i32>
  %1 = plinth.gather %s, %j {axis = 0 : i64} : (tensor<3xi64>, tensor<i32>) -> tensor<i64>
  %t = plinth.constant dense<[10, 20, 30]> : tensor<3xi32>
  %k = plinth.constant dense<[[0, 1], [2, 0]]> : tensor<2x2xi64>
  %2 = plinth.gather %t, %k {axis = 0 : i64} : (tensor<3xi32>, tensor<2x2xi64>) -> tensor<2x2xi32>
  return %0, %1, %2 : tensor<2xi64>, tensor<i64>, tensor<2x2xi32>
}

// -----

// CHECK-LABEL: func.func @gather_not_folded
// CHECK-SAME: (%[[X:.*]]: tensor<2xi64>)
// CHECK-DAG: %[[J:.*]] = plinth.constant dense<[0, 2]> : tensor<2xi64>
// CHECK-DAG: %[[IDX:.*]] = plinth.constant dense<[1, 2, 3]> : tensor<3xindex>
// CHECK-DAG: %[[S:.*]] = plinth.constant dense<[2, 12, 3]> : tensor<3xi64>
// CHECK-DAG: %[[OUT:.*]] = plinth.constant dense<3> : tensor<1xi64>
// CHECK: plinth.gather %[[S]], %[[OUT]] {axis = 0 : i64}
// CHECK: plinth.gather %[[S]], %[[X]] {axis = 0 : i64}
// CHECK: plinth.gather %[[IDX]], %[[J]] {axis = 0 : i64}
func.func @gather_not_folded(%x: tensor<2xi64>) -> (tensor<1xi64>, tensor<2xi64>, tensor<2xindex>) {
  %s = plinth.constant dense<[2, 12, 3]> : tensor<3xi64>
  // Out of range.
  %i = plinth.constant dense<[3]> : tensor<1xi64>
  %0 = plinth.gather %s, %i {axis = 0 : i64} : (tensor<3xi64>, tensor<1xi64>) -> tensor<1xi64>
  // Run-time indices.
  %1 = plinth.gather %s, %x {axis = 0 : i64} : (tensor<3xi64>, tensor<2xi64>) -> tensor<2xi64>
  // index elements are not folded.
  %c = plinth.constant dense<[1, 2, 3]> : tensor<3xindex>
  %j = plinth.constant dense<[0, 2]> : tensor<2xi64>
  %2 = plinth.gather %c, %j {axis = 0 : i64} : (tensor<3xindex>, tensor<2xi64>) -> tensor<2xindex>
  return %0, %1, %2 : tensor<1xi64>, tensor<2xi64>, tensor<2xindex>
}

// -----

// CHECK-LABEL: func.func @shape_of_static
// CHECK-DAG: %[[A:.*]] = plinth.constant dense<[2, 12]> : tensor<2xi64>
// CHECK-DAG: %[[B:.*]] = plinth.constant dense<> : tensor<0xi64>
// CHECK-NOT: plinth.shape_of
// CHECK: return %[[A]], %[[B]]
func.func @shape_of_static(%x: tensor<2x12xf32>, %s: tensor<f32>) -> (tensor<2xi64>, tensor<0xi64>) {
  %0 = plinth.shape_of %x : (tensor<2x12xf32>) -> tensor<2xi64>
  %1 = plinth.shape_of %s : (tensor<f32>) -> tensor<0xi64>
  return %0, %1 : tensor<2xi64>, tensor<0xi64>
}

// -----

// CHECK-LABEL: func.func @shape_of_dynamic
// CHECK-SAME: (%[[X:.*]]: tensor<?x12xf32>)
// CHECK-NEXT: %[[S:.*]] = plinth.shape_of %[[X]] : (tensor<?x12xf32>) -> tensor<2xi64>
// CHECK-NEXT: return %[[S]]
func.func @shape_of_dynamic(%x: tensor<?x12xf32>) -> tensor<2xi64> {
  %0 = plinth.shape_of %x : (tensor<?x12xf32>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

// CHECK-LABEL: func.func @fill_static
// CHECK-DAG: %[[A:.*]] = plinth.constant dense<5.000000e-01> : tensor<2x3xf32>
// CHECK-DAG: %[[B:.*]] = plinth.constant dense<true> : tensor<4xi1>
// CHECK-NOT: plinth.fill
// CHECK: return %[[A]], %[[B]]
func.func @fill_static(%s: tensor<2xi64>) -> (tensor<2x3xf32>, tensor<4xi1>) {
  %0 = plinth.fill %s {value = 0.5 : f32} : (tensor<2xi64>) -> tensor<2x3xf32>
  %t = plinth.constant dense<[4]> : tensor<1xi64>
  %1 = plinth.fill %t {value = true} : (tensor<1xi64>) -> tensor<4xi1>
  return %0, %1 : tensor<2x3xf32>, tensor<4xi1>
}

// -----

// CHECK-LABEL: func.func @fill_dynamic
// CHECK-SAME: (%[[S:.*]]: tensor<2xi64>)
// CHECK-NEXT: %[[F:.*]] = plinth.fill %[[S]] {value = 5.000000e-01 : f32} : (tensor<2xi64>) -> tensor<2x?xf32>
// CHECK-NEXT: return %[[F]]
func.func @fill_dynamic(%s: tensor<2xi64>) -> tensor<2x?xf32> {
  %0 = plinth.fill %s {value = 0.5 : f32} : (tensor<2xi64>) -> tensor<2x?xf32>
  return %0 : tensor<2x?xf32>
}

// -----

// CHECK-LABEL: func.func @range_int
// CHECK-DAG: %[[A:.*]] = plinth.constant dense<[1, 3, 5, 7, 9]> : tensor<5xi64>
// CHECK-DAG: %[[B:.*]] = plinth.constant dense<[5, 3, 1]> : tensor<3xi32>
// CHECK-DAG: %[[C:.*]] = plinth.constant dense<> : tensor<0xi64>
// CHECK-NOT: plinth.range
// CHECK: return %[[A]], %[[B]], %[[C]]
func.func @range_int() -> (tensor<5xi64>, tensor<3xi32>, tensor<0xi64>) {
  %s = plinth.constant dense<1> : tensor<i64>
  %l = plinth.constant dense<10> : tensor<i64>
  %d = plinth.constant dense<2> : tensor<i64>
  %0 = plinth.range %s, %l, %d : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<5xi64>
  %a = plinth.constant dense<5> : tensor<i32>
  %b = plinth.constant dense<-1> : tensor<i32>
  %c = plinth.constant dense<-2> : tensor<i32>
  %1 = plinth.range %a, %b, %c : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3xi32>
  %2 = plinth.range %l, %s, %d : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<0xi64>
  return %0, %1, %2 : tensor<5xi64>, tensor<3xi32>, tensor<0xi64>
}

// -----

// CHECK-LABEL: func.func @range_float
// CHECK-NEXT: %[[C:.*]] = plinth.constant dense<[0.000000e+00, 2.500000e-01, 5.000000e-01, 7.500000e-01]> : tensor<4xf32>
// CHECK-NEXT: return %[[C]]
func.func @range_float() -> tensor<4xf32> {
  %s = plinth.constant dense<0.0> : tensor<f32>
  %l = plinth.constant dense<1.0> : tensor<f32>
  %d = plinth.constant dense<0.25> : tensor<f32>
  %0 = plinth.range %s, %l, %d : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @range_not_folded
// CHECK-SAME: (%[[N:.*]]: tensor<i64>)
// CHECK-DAG: %[[Z:.*]] = plinth.constant dense<0.000000e+00> : tensor<f32>
// CHECK-DAG: %[[S:.*]] = plinth.constant dense<0> : tensor<i64>
// CHECK-DAG: %[[L:.*]] = plinth.constant dense<10> : tensor<i64>
// CHECK-DAG: %[[D:.*]] = plinth.constant dense<1> : tensor<i64>
// CHECK: plinth.range %[[S]], %[[L]], %[[D]] : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<3xi64>
// CHECK: plinth.range %[[Z]], %[[Z]], %[[Z]] : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<2xf32>
// CHECK: plinth.range %[[S]], %[[L]], %[[D]] : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
// CHECK: plinth.range %[[S]], %[[N]], %[[D]] : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<4xi64>
func.func @range_not_folded(%n: tensor<i64>) -> (tensor<3xi64>, tensor<2xf32>, tensor<?xi64>, tensor<4xi64>) {
  %s = plinth.constant dense<0> : tensor<i64>
  %l = plinth.constant dense<10> : tensor<i64>
  %d = plinth.constant dense<1> : tensor<i64>
  // The operands give 10 elements, the result type 3.
  %0 = plinth.range %s, %l, %d : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<3xi64>
  // A zero delta.
  %z = plinth.constant dense<0.0> : tensor<f32>
  %1 = plinth.range %z, %z, %z : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<2xf32>
  // A dynamic length.
  %2 = plinth.range %s, %l, %d : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  // A run-time limit.
  %3 = plinth.range %s, %n, %d : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<4xi64>
  return %0, %1, %2, %3 : tensor<3xi64>, tensor<2xf32>, tensor<?xi64>, tensor<4xi64>
}
