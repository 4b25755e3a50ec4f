// RUN: plinth-opt %s --plinth-lower-to-linalg -split-input-file -verify-diagnostics | FileCheck %s

// Lowering of the elementwise plinth ops (unary, binary, compare, select,
// cast, fp_class, gelu) to parallel linalg.generic ops on tensors.

// A unary op is one parallel generic; dynamic dims come from tensor.dim.
// CHECK-LABEL: func.func @unary_exp
// CHECK-SAME: (%[[X:.*]]: tensor<2x?xf32>)
// CHECK: %[[D:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<2x?xf32>
// CHECK: %[[E:.*]] = tensor.empty(%[[D]]) : tensor<2x?xf32>
// CHECK: %[[Y:.*]] = linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel"]
// CHECK-SAME: ins(%[[X]] : tensor<2x?xf32>) outs(%[[E]] : tensor<2x?xf32>)
// CHECK: ^bb0(%[[IN:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[R:.*]] = math.exp %[[IN]] : f32
// CHECK-NEXT: linalg.yield %[[R]] : f32
// CHECK-NOT: scf.if
// CHECK: return %[[Y]]
func.func @unary_exp(%x: tensor<2x?xf32>) -> tensor<2x?xf32> {
  %y = plinth.unary exp %x : tensor<2x?xf32>
  return %y : tensor<2x?xf32>
}

// -----

// f16 is computed in f32 and truncated.
// CHECK-LABEL: func.func @unary_sigmoid_f16
// CHECK: ^bb0(%[[IN:.*]]: f16, %{{.*}}: f16):
// CHECK: %[[W:.*]] = arith.extf %[[IN]] : f16 to f32
// CHECK: %[[N:.*]] = arith.negf %[[W]] : f32
// CHECK: %[[E:.*]] = math.exp %[[N]] : f32
// CHECK: %[[S:.*]] = arith.addf %{{.*}}, %[[E]] : f32
// CHECK: %[[R:.*]] = arith.divf %{{.*}}, %[[S]] : f32
// CHECK: %[[T:.*]] = arith.truncf %[[R]] : f32 to f16
// CHECK: linalg.yield %[[T]] : f16
func.func @unary_sigmoid_f16(%x: tensor<4xf16>) -> tensor<4xf16> {
  %y = plinth.unary sigmoid %x : tensor<4xf16>
  return %y : tensor<4xf16>
}

// -----

// Unsigned types become signless; abs of an unsigned value is the value.
// CHECK-LABEL: func.func @unary_abs_unsigned
// CHECK-SAME: (%[[X:.*]]: tensor<4xi8>) -> tensor<4xi8>
// CHECK: ^bb0(%[[IN:.*]]: i8, %{{.*}}: i8):
// CHECK-NEXT: linalg.yield %[[IN]] : i8
func.func @unary_abs_unsigned(%x: tensor<4xui8>) -> tensor<4xui8> {
  %y = plinth.unary abs %x : tensor<4xui8>
  return %y : tensor<4xui8>
}

// -----

// Signed integer sign: 1, -1 or 0.
// CHECK-LABEL: func.func @unary_sign_signed
// CHECK-DAG: arith.cmpi sgt
// CHECK-DAG: arith.cmpi slt
// CHECK-NOT: arith.sitofp
func.func @unary_sign_signed(%x: tensor<4xi32>) -> tensor<4xi32> {
  %y = plinth.unary sign %x : tensor<4xi32>
  return %y : tensor<4xi32>
}

// -----

// Softplus is log1p(exp(-|x|)) + max(x, 0), finite for large |x|.
// CHECK-LABEL: func.func @unary_softplus
// CHECK: ^bb0(%[[IN:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[A:.*]] = math.absf %[[IN]] : f32
// CHECK: %[[N:.*]] = arith.negf %[[A]] : f32
// CHECK: %[[E:.*]] = math.exp %[[N]] : f32
// CHECK: %[[M:.*]] = arith.maximumf %[[IN]], %{{.*}} : f32
// CHECK: %[[L:.*]] = math.log1p %[[E]] : f32
// CHECK: %[[R:.*]] = arith.addf %[[L]], %[[M]] : f32
// CHECK: linalg.yield %[[R]] : f32
func.func @unary_softplus(%x: tensor<4xf32>) -> tensor<4xf32> {
  %y = plinth.unary softplus %x : tensor<4xf32>
  return %y : tensor<4xf32>
}

// -----

// The example of the pass description: numpy broadcasting by indexing maps.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @binary_broadcast
// CHECK-SAME: (%[[A:.*]]: tensor<2x3xf32>, %[[B:.*]]: tensor<3xf32>)
// CHECK: %[[E:.*]] = tensor.empty() : tensor<2x3xf32>
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[ROW]], #[[ID]]], iterator_types = ["parallel", "parallel"]}
// CHECK-SAME: ins(%[[A]], %[[B]] : tensor<2x3xf32>, tensor<3xf32>) outs(%[[E]] : tensor<2x3xf32>)
// CHECK: arith.addf
// CHECK-NOT: scf.if
func.func @binary_broadcast(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
  %y = plinth.binary add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %y : tensor<2x3xf32>
}

// -----

// A batch dim that only one operand has needs no run-time check.
// CHECK-LABEL: func.func @binary_dynamic_batch
// CHECK-NOT: scf.if
// CHECK: linalg.generic
// CHECK: arith.subf
func.func @binary_dynamic_batch(%a: tensor<?x768xf32>, %b: tensor<768xf32>) -> tensor<?x768xf32> {
  %y = plinth.binary sub %a, %b : (tensor<?x768xf32>, tensor<768xf32>) -> tensor<?x768xf32>
  return %y : tensor<?x768xf32>
}

// -----

// `?` against `?` may broadcast at run time: the result size is the first
// size that is not 1, and an operand whose size differs is copied at the
// result size reading index min(i, size - 1) (never out of bounds).
// CHECK-LABEL: func.func @binary_dynamic_broadcast
// CHECK-SAME: (%[[A:.*]]: tensor<?x?xf32>, %[[B:.*]]: tensor<?xf32>)
// CHECK: tensor.dim %[[A]], %{{.*}} : tensor<?x?xf32>
// CHECK: %[[A1:.*]] = tensor.dim %[[A]], %{{.*}} : tensor<?x?xf32>
// CHECK: %[[B0:.*]] = tensor.dim %[[B]], %{{.*}} : tensor<?xf32>
// CHECK: %[[ONE:.*]] = arith.cmpi eq, %[[A1]], %{{.*}} : index
// CHECK: %[[N:.*]] = arith.select %[[ONE]], %[[B0]], %[[A1]] : index
// CHECK: %[[NE:.*]] = arith.cmpi ne, %[[AN:.*]], %[[N]] : index
// CHECK: %[[CA:.*]] = scf.if %[[NE]] -> (tensor<?x?xf32>) {
// CHECK: linalg.fill
// CHECK: } else {
// CHECK: linalg.generic
// CHECK: %[[LAST:.*]] = arith.subi %[[AN]], %{{.*}} : index
// CHECK: %[[I:.*]] = arith.minui %{{.*}}, %[[LAST]] : index
// CHECK: tensor.extract %[[A]][%{{.*}}, %[[I]]] : tensor<?x?xf32>
// CHECK: } else {
// CHECK-NEXT: scf.yield %[[A]] : tensor<?x?xf32>
// CHECK: %[[CB:.*]] = scf.if %{{.*}} -> (tensor<?xf32>) {
// CHECK: tensor.extract %[[B]]
// CHECK: %[[E:.*]] = tensor.empty(%{{.*}}, %[[N]]) : tensor<?x?xf32>
// CHECK: linalg.generic
// CHECK-SAME: ins(%[[CA]], %[[CB]] : tensor<?x?xf32>, tensor<?xf32>) outs(%[[E]] : tensor<?x?xf32>)
// CHECK: arith.mulf
func.func @binary_dynamic_broadcast(%a: tensor<?x?xf32>, %b: tensor<?xf32>) -> tensor<?x?xf32> {
  %y = plinth.binary mul %a, %b : (tensor<?x?xf32>, tensor<?xf32>) -> tensor<?x?xf32>
  return %y : tensor<?x?xf32>
}

// -----

// Signed division truncates toward zero and never traps: a 0 or -1 divisor
// is replaced by 1 (x / 0 = 0, x / -1 = -x wrapping, so INT_MIN / -1 is
// INT_MIN).
// CHECK-LABEL: func.func @binary_div_signed
// CHECK: ^bb0(%[[L:.*]]: i32, %[[R:.*]]: i32, %{{.*}}: i32):
// CHECK: %[[ZERO:.*]] = arith.constant 0 : i32
// CHECK: %[[ONE:.*]] = arith.constant 1 : i32
// CHECK: %[[ISZERO:.*]] = arith.cmpi eq, %[[R]], %[[ZERO]] : i32
// CHECK: %[[MINUS:.*]] = arith.constant -1 : i32
// CHECK: %[[ISMINUS:.*]] = arith.cmpi eq, %[[R]], %[[MINUS]] : i32
// CHECK: %[[GUARD:.*]] = arith.ori %[[ISZERO]], %[[ISMINUS]] : i1
// CHECK: %[[SAFE:.*]] = arith.select %[[GUARD]], %[[ONE]], %[[R]] : i32
// CHECK: %[[Q:.*]] = arith.divsi %[[L]], %[[SAFE]] : i32
// CHECK: %[[NEG:.*]] = arith.subi %[[ZERO]], %[[L]] : i32
// CHECK: %[[Q1:.*]] = arith.select %[[GUARD]], %[[NEG]], %[[Q]] : i32
// CHECK: %[[Q2:.*]] = arith.select %[[ISZERO]], %[[ZERO]], %[[Q1]] : i32
// CHECK: linalg.yield %[[Q2]] : i32
func.func @binary_div_signed(%a: tensor<4xi32>, %b: tensor<4xi32>) -> tensor<4xi32> {
  %y = plinth.binary div %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  return %y : tensor<4xi32>
}

// -----

// Unsigned division reads the signedness from the plinth type.
// CHECK-LABEL: func.func @binary_div_unsigned
// CHECK-SAME: tensor<4xi32>
// CHECK: %[[SAFE:.*]] = arith.select
// CHECK: arith.divui %{{.*}}, %[[SAFE]] : i32
// CHECK-NOT: arith.divsi
func.func @binary_div_unsigned(%a: tensor<4xui32>, %b: tensor<4xui32>) -> tensor<4xui32> {
  %y = plinth.binary div %a, %b : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
  return %y : tensor<4xui32>
}

// -----

// Integer mod takes the sign of the divisor: remsi, then add the divisor
// when the signs differ.
// CHECK-LABEL: func.func @binary_mod
// CHECK: ^bb0(%[[L:.*]]: i32, %[[R:.*]]: i32, %{{.*}}: i32):
// CHECK: %[[SAFE:.*]] = arith.select %{{.*}}, %{{.*}}, %[[R]] : i32
// CHECK: %[[REM:.*]] = arith.remsi %[[L]], %[[SAFE]] : i32
// CHECK: %[[X:.*]] = arith.xori %[[REM]], %[[R]] : i32
// CHECK: %[[DIFF:.*]] = arith.cmpi slt, %[[X]], %{{.*}} : i32
// CHECK: %[[NZ:.*]] = arith.cmpi ne, %[[REM]], %{{.*}} : i32
// CHECK: %[[FIX:.*]] = arith.andi %[[DIFF]], %[[NZ]] : i1
// CHECK: %[[SUM:.*]] = arith.addi %[[REM]], %[[R]] : i32
// CHECK: arith.select %[[FIX]], %[[SUM]], %[[REM]] : i32
func.func @binary_mod(%a: tensor<4xi32>, %b: tensor<4xi32>) -> tensor<4xi32> {
  %y = plinth.binary mod %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  return %y : tensor<4xi32>
}

// -----

// Float fmod is arith.remf (C fmod).
// CHECK-LABEL: func.func @binary_fmod_float
// CHECK: arith.remf
func.func @binary_fmod_float(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  %y = plinth.binary fmod %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %y : tensor<4xf32>
}

// -----

// Integer pow is exponentiation by squaring unrolled over the exponent bits
// (7 for i8), no loop and no libm call.
// CHECK-LABEL: func.func @binary_pow_int
// CHECK-NOT: math.
// CHECK-COUNT-6: arith.shrui
// CHECK-NOT: arith.shrui
// CHECK: arith.cmpi slt
// CHECK: linalg.yield
func.func @binary_pow_int(%a: tensor<4xi8>, %b: tensor<4xi8>) -> tensor<4xi8> {
  %y = plinth.binary pow %a, %b : (tensor<4xi8>, tensor<4xi8>) -> tensor<4xi8>
  return %y : tensor<4xi8>
}

// -----

// Float pow is math.powf.
// CHECK-LABEL: func.func @binary_pow_float
// CHECK: math.powf
func.func @binary_pow_float(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  %y = plinth.binary pow %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %y : tensor<4xf32>
}

// -----

// Float max propagates NaN; unsigned max is maxui.
// CHECK-LABEL: func.func @binary_max
// CHECK: arith.maximumf
// CHECK: arith.maxui %{{.*}}, %{{.*}} : i16
func.func @binary_max(%a: tensor<4xf32>, %b: tensor<4xf32>, %c: tensor<4xui16>, %d: tensor<4xui16>) -> (tensor<4xf32>, tensor<4xui16>) {
  %y = plinth.binary max %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %z = plinth.binary max %c, %d : (tensor<4xui16>, tensor<4xui16>) -> tensor<4xui16>
  return %y, %z : tensor<4xf32>, tensor<4xui16>
}

// -----

// PRelu: lhs < 0 ? lhs * rhs : lhs.
// CHECK-LABEL: func.func @binary_prelu
// CHECK: ^bb0(%[[L:.*]]: f32, %[[R:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[NEG:.*]] = arith.cmpf olt, %[[L]], %{{.*}} : f32
// CHECK: %[[M:.*]] = arith.mulf %[[L]], %[[R]] : f32
// CHECK: arith.select %[[NEG]], %[[M]], %[[L]] : f32
func.func @binary_prelu(%a: tensor<2x4xf32>, %b: tensor<4xf32>) -> tensor<2x4xf32> {
  %y = plinth.binary prelu %a, %b : (tensor<2x4xf32>, tensor<4xf32>) -> tensor<2x4xf32>
  return %y : tensor<2x4xf32>
}

// -----

// Float compares are ordered (NaN compares false); integers follow the
// plinth type's signedness.
// CHECK-LABEL: func.func @compare
// CHECK: arith.cmpf ole, %{{.*}}, %{{.*}} : f32
// CHECK: arith.cmpi ult, %{{.*}}, %{{.*}} : i8
// CHECK: arith.cmpi sgt, %{{.*}}, %{{.*}} : i8
// CHECK: arith.cmpi uge, %{{.*}}, %{{.*}} : i1
func.func @compare(%a: tensor<4xf32>, %b: tensor<4xf32>, %c: tensor<4xui8>, %d: tensor<4xui8>, %e: tensor<4xi8>, %f: tensor<4xi1>) -> (tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>) {
  %y = plinth.compare le %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  %z = plinth.compare lt %c, %d : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xi1>
  %w = plinth.compare gt %e, %e : (tensor<4xi8>, tensor<4xi8>) -> tensor<4xi1>
  %v = plinth.compare ge %f, %f : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  return %y, %z, %w, %v : tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>
}

// -----

// Select broadcasts all three operands (a 0-d one reads `()`).
// CHECK-DAG: #[[COND:.*]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[SCALAR:.*]] = affine_map<(d0, d1) -> ()>
// CHECK-LABEL: func.func @select
// CHECK: linalg.generic {indexing_maps = [#[[COND]], #[[ID]], #[[SCALAR]], #[[ID]]]
// CHECK: ^bb0(%[[C:.*]]: i1, %[[T:.*]]: f32, %[[F:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[R:.*]] = arith.select %[[C]], %[[T]], %[[F]] : f32
func.func @select(%c: tensor<2x1xi1>, %t: tensor<2x3xf32>, %f: tensor<f32>) -> tensor<2x3xf32> {
  %y = plinth.select %c, %t, %f : (tensor<2x1xi1>, tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  return %y : tensor<2x3xf32>
}

// -----

// Float to integer never produces poison: NaN and out-of-range inputs are
// replaced by 0 before fptosi, then NaN stays 0 and the rest saturate.
// CHECK-LABEL: func.func @cast_float_to_int
// CHECK: ^bb0(%[[IN:.*]]: f32, %{{.*}}: i32):
// CHECK: %[[NAN:.*]] = arith.cmpf uno, %[[IN]], %[[IN]] : f32
// CHECK: %[[BIG:.*]] = arith.cmpf oge, %[[IN]], %{{.*}} : f32
// CHECK: %[[SMALL:.*]] = arith.cmpf olt, %[[IN]], %{{.*}} : f32
// CHECK: %[[OUT:.*]] = arith.ori %[[BIG]], %[[SMALL]] : i1
// CHECK: %[[BAD:.*]] = arith.ori %[[NAN]], %[[OUT]] : i1
// CHECK: %[[SAFE:.*]] = arith.select %[[BAD]], %{{.*}}, %[[IN]] : f32
// CHECK: %[[I:.*]] = arith.fptosi %[[SAFE]] : f32 to i32
// CHECK: %[[MAX:.*]] = arith.constant 2147483647 : i32
// CHECK: %[[I1:.*]] = arith.select %[[BIG]], %[[MAX]], %[[I]] : i32
// CHECK: %[[MIN:.*]] = arith.constant -2147483648 : i32
// CHECK: arith.select %[[SMALL]], %[[MIN]], %[[I1]] : i32
func.func @cast_float_to_int(%x: tensor<4xf32>) -> tensor<4xi32> {
  %y = plinth.cast %x : tensor<4xf32> to tensor<4xi32>
  return %y : tensor<4xi32>
}

// -----

// Unsigned to float is uitofp.
// CHECK-LABEL: func.func @cast_unsigned_to_float
// CHECK-SAME: (%{{.*}}: tensor<4xi8>) -> tensor<4xf32>
// CHECK: arith.uitofp %{{.*}} : i8 to f32
func.func @cast_unsigned_to_float(%x: tensor<4xui8>) -> tensor<4xf32> {
  %y = plinth.cast %x : tensor<4xui8> to tensor<4xf32>
  return %y : tensor<4xf32>
}

// -----

// A static result from a dynamic input checks the size at run time.
// CHECK-LABEL: func.func @cast_dynamic_to_static
// CHECK: scf.if
// CHECK: linalg.generic {{.*}} ins(%{{.*}} : tensor<?xf32>) outs(%{{.*}} : tensor<4xf16>)
// CHECK: arith.truncf %{{.*}} : f32 to f16
func.func @cast_dynamic_to_static(%x: tensor<?xf32>) -> tensor<4xf16> {
  %y = plinth.cast %x : tensor<?xf32> to tensor<4xf16>
  return %y : tensor<4xf16>
}

// -----

// A float8 tensor is lowered to bytes: the cast encodes the f32 bits with
// integer arithmetic (round to nearest even, then the saturating clamp).
// CHECK-LABEL: func.func @cast_to_float8
// CHECK-SAME: (%{{.*}}: tensor<4xf32>) -> tensor<4xi8>
// CHECK: arith.bitcast %{{.*}} : f32 to i32
// CHECK: arith.trunci %{{.*}} : i32 to i8
// CHECK-NOT: f8E4M3FN
func.func @cast_to_float8(%x: tensor<4xf32>) -> tensor<4xf8E4M3FN> {
  %y = plinth.cast %x : tensor<4xf32> to tensor<4xf8E4M3FN>
  return %y : tensor<4xf8E4M3FN>
}

// -----

// Decoding rebuilds the f32 bits from the byte.
// CHECK-LABEL: func.func @cast_from_float8
// CHECK-SAME: (%{{.*}}: tensor<4xi8>) -> tensor<4xf32>
// CHECK: arith.extui %{{.*}} : i8 to i32
// CHECK: arith.bitcast %{{.*}} : i32 to f32
func.func @cast_from_float8(%x: tensor<4xf8E5M2>) -> tensor<4xf32> {
  %y = plinth.cast %x : tensor<4xf8E5M2> to tensor<4xf32>
  return %y : tensor<4xf32>
}

// -----

// To int4 (a sign-extended byte) the value wraps: shift left, then right.
// CHECK-LABEL: func.func @cast_to_int4
// CHECK-SAME: -> tensor<4xi8>
// CHECK: arith.shli
// CHECK: arith.shrsi
func.func @cast_to_int4(%x: tensor<4xi32>) -> tensor<4xi4> {
  %y = plinth.cast %x : tensor<4xi32> to tensor<4xi4>
  return %y : tensor<4xi4>
}

// -----

// Other ops do not compute with the small types.
func.func @add_float8(%x: tensor<4xf8E4M3FN>) -> tensor<4xf8E4M3FN> {
  // expected-error @+2 {{element type 'f8E4M3FN' is only supported by casts and data movement}}
  // expected-error @+1 {{failed to legalize operation 'plinth.binary'}}
  %y = plinth.binary add %x, %x : (tensor<4xf8E4M3FN>, tensor<4xf8E4M3FN>) -> tensor<4xf8E4M3FN>
  return %y : tensor<4xf8E4M3FN>
}

// -----

// NaN is `uno x, x`; the infinities compare ordered with +-inf.
// CHECK-LABEL: func.func @fp_class
// CHECK: ^bb0(%[[IN:.*]]: f32, %{{.*}}: i1):
// CHECK: arith.cmpf uno, %[[IN]], %[[IN]] : f32
// CHECK: %[[NINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK: arith.cmpf oeq, %{{.*}}, %[[NINF]] : f32
// CHECK: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK: %[[A:.*]] = math.absf %{{.*}} : f32
// CHECK: arith.cmpf oeq, %[[A]], %[[INF]] : f32
func.func @fp_class(%x: tensor<4xf32>) -> (tensor<4xi1>, tensor<4xi1>, tensor<4xi1>) {
  %y = plinth.fp_class nan %x : tensor<4xf32> -> tensor<4xi1>
  %z = plinth.fp_class neg_inf %x : tensor<4xf32> -> tensor<4xi1>
  %w = plinth.fp_class inf %x : tensor<4xf32> -> tensor<4xi1>
  return %y, %z, %w : tensor<4xi1>, tensor<4xi1>, tensor<4xi1>
}

// -----

// GELU: 0.5 x (1 + erf(x / sqrt 2)), or the tanh form.
// CHECK-LABEL: func.func @gelu
// CHECK: ^bb0(%[[IN:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[C:.*]] = arith.constant 0.707106769 : f32
// CHECK: %[[S:.*]] = arith.mulf %[[IN]], %[[C]] : f32
// CHECK: %[[E:.*]] = math.erf %[[S]] : f32
// CHECK: %[[H:.*]] = arith.mulf %{{.*}}, %[[IN]] : f32
// CHECK: %[[P:.*]] = arith.addf %{{.*}}, %[[E]] : f32
// CHECK: arith.mulf %[[H]], %[[P]] : f32
// CHECK: arith.constant 4.471500e-02 : f32
// CHECK: arith.constant 0.797884583 : f32
// CHECK: math.tanh
func.func @gelu(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %y = plinth.gelu none %x : tensor<4xf32>
  %z = plinth.gelu tanh %x : tensor<4xf32>
  return %y, %z : tensor<4xf32>, tensor<4xf32>
}

// -----

// Element types without scalar arithmetic are reported, not crashed on.
func.func @unary_complex(%x: tensor<2xcomplex<f32>>) -> tensor<2xcomplex<f32>> {
  // expected-error @+2 {{lowering to linalg is not supported yet: element type 'complex<f32>' is not an integer or float}}
  // expected-error @+1 {{failed to legalize operation 'plinth.unary'}}
  %y = plinth.unary abs %x : tensor<2xcomplex<f32>>
  return %y : tensor<2xcomplex<f32>>
}
