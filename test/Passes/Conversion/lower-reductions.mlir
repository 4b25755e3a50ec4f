// RUN: plinth-opt %s --plinth-lower-to-linalg -split-input-file -verify-diagnostics | FileCheck %s

// Lowering of the reductions and normalizations (reduce, arg_reduce,
// softmax, layer_norm, rms_norm, group_norm, cumsum, topk): linalg.generic
// ops with reduction iterators into the reduced shape, keep_dims by
// tensor.expand_shape.

// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[KEPT:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-LABEL: func.func @reduce_sum_keep_dims
// CHECK-SAME: (%[[X:.*]]: tensor<2x?x4xf32>)
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[E:.*]] = tensor.empty() : tensor<2x4xf32>
// CHECK: %[[F:.*]] = linalg.fill ins(%[[ZERO]] : f32) outs(%[[E]] : tensor<2x4xf32>)
// CHECK: %[[S:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[KEPT]]], iterator_types = ["parallel", "reduction", "parallel"]}
// CHECK-SAME: ins(%[[X]] : tensor<2x?x4xf32>) outs(%[[F]] : tensor<2x4xf32>)
// CHECK: ^bb0(%[[IN:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK-NEXT: %[[R:.*]] = arith.addf %[[ACC]], %[[IN]] : f32
// CHECK-NEXT: linalg.yield %[[R]] : f32
// CHECK: %[[K:.*]] = tensor.expand_shape %[[S]] {{\[}}[0, 1], [2]] output_shape [2, 1, 4] : tensor<2x4xf32> into tensor<2x1x4xf32>
// CHECK: return %[[K]]
func.func @reduce_sum_keep_dims(%x: tensor<2x?x4xf32>) -> tensor<2x1x4xf32> {
  %y = plinth.reduce sum %x {axes = array<i64: 1>, keep_dims = true} : (tensor<2x?x4xf32>) -> tensor<2x1x4xf32>
  return %y : tensor<2x1x4xf32>
}

// -----

// Mean divides by the element count read at run time.
// CHECK-LABEL: func.func @reduce_mean_dynamic
// CHECK-SAME: (%[[X:.*]]: tensor<?x?xf32>)
// CHECK: %[[S:.*]] = linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "reduction"]
// CHECK: arith.addf
// CHECK: %[[N:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<?x?xf32>
// CHECK: %[[C:.*]] = arith.muli %{{.*}}, %[[N]] : index
// CHECK: %[[I:.*]] = arith.index_castui %[[C]] : index to i64
// CHECK: %[[F:.*]] = arith.uitofp %[[I]] : i64 to f32
// CHECK: linalg.generic
// CHECK-SAME: ins(%[[S]] : tensor<?xf32>)
// CHECK: ^bb0(%[[IN:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: arith.divf %[[IN]], %[[F]] : f32
func.func @reduce_mean_dynamic(%x: tensor<?x?xf32>) -> tensor<?xf32> {
  %y = plinth.reduce mean %x {axes = array<i64: 1>, keep_dims = false} : (tensor<?x?xf32>) -> tensor<?xf32>
  return %y : tensor<?xf32>
}

// -----

// Max starts at -inf and propagates NaN; unsigned min starts at the
// unsigned maximum (-1 as i8) and uses minui.
// CHECK-LABEL: func.func @reduce_max_min
// CHECK: %[[NINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK: linalg.fill ins(%[[NINF]] : f32)
// CHECK: arith.maximumf
// CHECK: %[[UMAX:.*]] = arith.constant -1 : i8
// CHECK: linalg.fill ins(%[[UMAX]] : i8)
// CHECK: iterator_types = ["reduction", "parallel"]
// CHECK: arith.minui %{{.*}}, %{{.*}} : i8
func.func @reduce_max_min(%x: tensor<3x4xf32>, %u: tensor<3x4xui8>) -> (tensor<3xf32>, tensor<4xui8>) {
  %y = plinth.reduce max %x {axes = array<i64: 1>, keep_dims = false} : (tensor<3x4xf32>) -> tensor<3xf32>
  %z = plinth.reduce min %u {axes = array<i64: 0>, keep_dims = false} : (tensor<3x4xui8>) -> tensor<4xui8>
  return %y, %z : tensor<3xf32>, tensor<4xui8>
}

// -----

// log_sum_exp is max + log(sum(exp(x - max))), with the shift 0 for an
// infinite max.
// CHECK-LABEL: func.func @reduce_log_sum_exp
// CHECK-SAME: (%[[X:.*]]: tensor<3x4xf32>)
// CHECK: %[[M:.*]] = linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "reduction"]
// CHECK: arith.maximumf
// CHECK: %[[S:.*]] = linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "reduction"]
// CHECK-SAME: ins(%[[X]], %[[M]] : tensor<3x4xf32>, tensor<3xf32>)
// CHECK: ^bb0(%[[IN:.*]]: f32, %[[MAX:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK: %[[A:.*]] = math.absf %[[MAX]] : f32
// CHECK: %[[INF:.*]] = arith.cmpf oeq, %[[A]], %{{.*}} : f32
// CHECK: %[[SHIFT:.*]] = arith.select %[[INF]], %{{.*}}, %[[MAX]] : f32
// CHECK: %[[D:.*]] = arith.subf %[[IN]], %[[SHIFT]] : f32
// CHECK: %[[E:.*]] = math.exp %[[D]] : f32
// CHECK: arith.addf %[[ACC]], %[[E]] : f32
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["parallel"]
// CHECK-SAME: ins(%[[S]], %[[M]] : tensor<3xf32>, tensor<3xf32>)
// CHECK: math.log
// CHECK: arith.addf
func.func @reduce_log_sum_exp(%x: tensor<3x4xf32>) -> tensor<3xf32> {
  %y = plinth.reduce log_sum_exp %x {axes = array<i64: 1>, keep_dims = false} : (tensor<3x4xf32>) -> tensor<3xf32>
  return %y : tensor<3xf32>
}

// -----

// f16 accumulates in f32; reducing every dim gives a 0-d tensor.
// CHECK-LABEL: func.func @reduce_l2_f16_all
// CHECK: linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<f32>)
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["reduction", "reduction"]
// CHECK: ^bb0(%[[IN:.*]]: f16, %[[ACC:.*]]: f32):
// CHECK: %[[W:.*]] = arith.extf %[[IN]] : f16 to f32
// CHECK: %[[SQ:.*]] = arith.mulf %[[W]], %[[W]] : f32
// CHECK: arith.addf %[[ACC]], %[[SQ]] : f32
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = []
// CHECK: math.sqrt
// CHECK: arith.truncf %{{.*}} : f32 to f16
func.func @reduce_l2_f16_all(%x: tensor<3x4xf16>) -> tensor<f16> {
  %y = plinth.reduce l2 %x {axes = array<i64: 0, 1>, keep_dims = false} : (tensor<3x4xf16>) -> tensor<f16>
  return %y : tensor<f16>
}

// -----

// Integer means accumulate in i64 and divide (truncating) by the count.
// CHECK-LABEL: func.func @reduce_mean_int
// CHECK: linalg.fill ins(%{{.*}} : i64)
// CHECK: ^bb0(%[[IN:.*]]: i32, %[[ACC:.*]]: i64):
// CHECK: %[[W:.*]] = arith.extsi %[[IN]] : i32 to i64
// CHECK: arith.addi %[[ACC]], %[[W]] : i64
// CHECK: arith.divsi
// CHECK: arith.trunci %{{.*}} : i64 to i32
func.func @reduce_mean_int(%x: tensor<3x4xi32>) -> tensor<3xi32> {
  %y = plinth.reduce mean %x {axes = array<i64: 1>, keep_dims = false} : (tensor<3x4xi32>) -> tensor<3xi32>
  return %y : tensor<3xi32>
}

// -----

// No axes: an elementwise transform (sum_square is x * x).
// CHECK-LABEL: func.func @reduce_no_axes
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel"]
// CHECK: ^bb0(%[[IN:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[R:.*]] = arith.mulf %[[IN]], %[[IN]] : f32
// CHECK-NEXT: linalg.yield %[[R]] : f32
// CHECK-NOT: reduction
func.func @reduce_no_axes(%x: tensor<3x4xf32>) -> tensor<3x4xf32> {
  %y = plinth.reduce sum_square %x {axes = array<i64>, keep_dims = true} : (tensor<3x4xf32>) -> tensor<3x4xf32>
  return %y : tensor<3x4xf32>
}

// -----

// Arg reductions: one generic with two outputs (value, i64 index; -1 until
// the first element). First index on ties uses a strict compare, last index
// a non-strict one.
// CHECK-LABEL: func.func @arg_reduce
// CHECK: %[[NONE:.*]] = arith.constant -1 : i64
// CHECK: %[[V:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<3xf32>)
// CHECK: %[[I:.*]] = linalg.fill ins(%[[NONE]] : i64) outs(%{{.*}} : tensor<3xi64>)
// CHECK: %[[R:.*]]:2 = linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "reduction"]
// CHECK-SAME: outs(%[[V]], %[[I]] : tensor<3xf32>, tensor<3xi64>)
// CHECK: ^bb0(%[[IN:.*]]: f32, %[[BEST:.*]]: f32, %[[BI:.*]]: i64):
// CHECK: %[[IDX:.*]] = linalg.index 1 : index
// CHECK: %[[IDX64:.*]] = arith.index_cast %[[IDX]] : index to i64
// CHECK: %[[FIRST:.*]] = arith.cmpi eq, %[[BI]], %[[NONE]] : i64
// CHECK: %[[GT:.*]] = arith.cmpf ogt, %[[IN]], %[[BEST]] : f32
// CHECK: %[[TAKE:.*]] = arith.ori %[[FIRST]], %[[GT]] : i1
// CHECK: %[[NV:.*]] = arith.select %[[TAKE]], %[[IN]], %[[BEST]] : f32
// CHECK: %[[NI:.*]] = arith.select %[[TAKE]], %[[IDX64]], %[[BI]] : i64
// CHECK: linalg.yield %[[NV]], %[[NI]] : f32, i64
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["reduction", "parallel"]
// CHECK: linalg.index 0 : index
// CHECK: arith.cmpf ole
// CHECK: %[[K:.*]] = tensor.expand_shape %{{.*}}#1 {{\[}}[0, 1]] output_shape [1, 4] : tensor<4xi64> into tensor<1x4xi64>
// CHECK: return %[[R]]#1, %[[K]]
func.func @arg_reduce(%x: tensor<3x4xf32>) -> (tensor<3xi64>, tensor<1x4xi64>) {
  %y = plinth.arg_reduce argmax %x {axis = 1 : i64, keep_dims = false} : (tensor<3x4xf32>) -> tensor<3xi64>
  %z = plinth.arg_reduce argmin %x {axis = 0 : i64, keep_dims = true, select_last_index = true} : (tensor<3x4xf32>) -> tensor<1x4xi64>
  return %y, %z : tensor<3xi64>, tensor<1x4xi64>
}

// -----

// Softmax: a max pass, a sum of exp(x - max) pass, then a parallel pass.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @softmax
// CHECK-SAME: (%[[X:.*]]: tensor<?x8xf32>)
// CHECK: %[[NINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK: linalg.fill ins(%[[NINF]] : f32)
// CHECK: %[[M:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]]], iterator_types = ["parallel", "reduction"]}
// CHECK: arith.maximumf
// CHECK: %[[S:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]], #[[ROW]]], iterator_types = ["parallel", "reduction"]}
// CHECK-SAME: ins(%[[X]], %[[M]] : tensor<?x8xf32>, tensor<?xf32>)
// CHECK: arith.subf
// CHECK: math.exp
// CHECK: arith.addf
// CHECK: %[[Y:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]], #[[ROW]], #[[ID]]], iterator_types = ["parallel", "parallel"]}
// CHECK-SAME: ins(%[[X]], %[[M]], %[[S]] : tensor<?x8xf32>, tensor<?xf32>, tensor<?xf32>)
// CHECK: ^bb0(%[[IN:.*]]: f32, %[[MAX:.*]]: f32, %[[SUM:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[D:.*]] = arith.subf %[[IN]], %[[MAX]] : f32
// CHECK: %[[E:.*]] = math.exp %[[D]] : f32
// CHECK: arith.divf %[[E]], %[[SUM]] : f32
// CHECK: return %[[Y]]
func.func @softmax(%x: tensor<?x8xf32>) -> tensor<?x8xf32> {
  %y = plinth.softmax %x {axis = -1 : i64} : tensor<?x8xf32>
  return %y : tensor<?x8xf32>
}

// -----

// Log-softmax: x - max - log(sum).
// CHECK-LABEL: func.func @log_softmax
// CHECK: iterator_types = ["reduction", "parallel"]
// CHECK: iterator_types = ["reduction", "parallel"]
// CHECK: ^bb0(%[[IN:.*]]: f32, %[[MAX:.*]]: f32, %[[SUM:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[D:.*]] = arith.subf %[[IN]], %[[MAX]] : f32
// CHECK: %[[L:.*]] = math.log %[[SUM]] : f32
// CHECK: arith.subf %[[D]], %[[L]] : f32
func.func @log_softmax(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %y = plinth.softmax %x {axis = 0 : i64, log} : tensor<4x8xf32>
  return %y : tensor<4x8xf32>
}

// -----

// Layer norm: the sum, the mean (per row), the squared deviations from it,
// 1 / sqrt(variance + epsilon) (per row), all in f32 for f16; then one
// parallel pass with scale and bias broadcast onto the last dim.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG: #[[LAST:.*]] = affine_map<(d0, d1, d2) -> (d2)>
// CHECK-LABEL: func.func @layer_norm
// CHECK-SAME: (%[[X:.*]]: tensor<2x?x32xf16>, %[[G:.*]]: tensor<32xf16>, %[[B:.*]]: tensor<32xf16>)
// CHECK: %[[N:.*]] = arith.uitofp %{{.*}} : i64 to f32
// CHECK: %[[S:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]]], iterator_types = ["parallel", "parallel", "reduction"]}
// CHECK: arith.extf %{{.*}} : f16 to f32
// CHECK: %[[MEAN:.*]] = linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel"]
// CHECK-SAME: ins(%[[S]] : tensor<2x?xf32>)
// CHECK: arith.divf %{{.*}}, %[[N]] : f32
// CHECK: %[[V:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]], #[[ROW]]], iterator_types = ["parallel", "parallel", "reduction"]}
// CHECK-SAME: ins(%[[X]], %[[MEAN]] : tensor<2x?x32xf16>, tensor<2x?xf32>)
// CHECK: ^bb0(%[[IN:.*]]: f16, %[[M:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK: %[[W:.*]] = arith.extf %[[IN]] : f16 to f32
// CHECK: %[[D:.*]] = arith.subf %[[W]], %[[M]] : f32
// CHECK: %[[SQ:.*]] = arith.mulf %[[D]], %[[D]] : f32
// CHECK: arith.addf %[[ACC]], %[[SQ]] : f32
// CHECK: %[[INV:.*]] = linalg.generic
// CHECK-SAME: ins(%[[V]] : tensor<2x?xf32>)
// CHECK: arith.divf %{{.*}}, %[[N]] : f32
// CHECK: arith.constant 9.99999974E-6 : f32
// CHECK: math.sqrt
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[ROW]], #[[ROW]], #[[LAST]], #[[LAST]], #[[ID]]], iterator_types = ["parallel", "parallel", "parallel"]}
// CHECK-SAME: ins(%[[X]], %[[MEAN]], %[[INV]], %[[G]], %[[B]] :
// CHECK: ^bb0(%[[IN2:.*]]: f16, %[[M2:.*]]: f32, %[[I2:.*]]: f32, %[[G2:.*]]: f16, %[[B2:.*]]: f16, %{{.*}}: f16):
// CHECK-NOT: math.sqrt
// CHECK: %[[C:.*]] = arith.subf %{{.*}}, %[[M2]] : f32
// CHECK: %[[NORM:.*]] = arith.mulf %[[C]], %[[I2]] : f32
// CHECK: arith.truncf %{{.*}} : f32 to f16
func.func @layer_norm(%x: tensor<2x?x32xf16>, %g: tensor<32xf16>, %b: tensor<32xf16>) -> tensor<2x?x32xf16> {
  %y = plinth.layer_norm %x, %g, %b {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<2x?x32xf16>, tensor<32xf16>, tensor<32xf16>) -> tensor<2x?x32xf16>
  return %y : tensor<2x?x32xf16>
}

// -----

// A scale whose size is only known at run time is checked against the
// input (and broadcast if it is 1).
// CHECK-LABEL: func.func @layer_norm_dynamic_scale
// CHECK-SAME: (%[[X:.*]]: tensor<2x32xf32>, %[[G:.*]]: tensor<?xf32>)
// CHECK: %[[GN:.*]] = tensor.dim %[[G]], %{{.*}} : tensor<?xf32>
// CHECK: %[[NE:.*]] = arith.cmpi ne, %[[GN]], %{{.*}} : index
// CHECK: %[[CG:.*]] = scf.if %[[NE]] -> (tensor<?xf32>)
// CHECK: tensor.extract %[[G]]
// CHECK: linalg.generic
// CHECK-SAME: ins(%[[X]], %{{.*}}, %{{.*}}, %[[CG]] :
func.func @layer_norm_dynamic_scale(%x: tensor<2x32xf32>, %g: tensor<?xf32>) -> tensor<2x32xf32> {
  %y = plinth.layer_norm %x, %g {axis = 1 : i64, epsilon = 1.0e-5 : f32} : (tensor<2x32xf32>, tensor<?xf32>) -> tensor<2x32xf32>
  return %y : tensor<2x32xf32>
}

// -----

// RMS norm: one pass for the sum of squares, 1 / sqrt(mean + epsilon) per
// row, then x * inverse * scale.
// CHECK-LABEL: func.func @rms_norm
// CHECK: %[[SS:.*]] = linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel", "reduction"]
// CHECK: ^bb0(%[[IN:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK: %[[SQ:.*]] = arith.mulf %[[IN]], %[[IN]] : f32
// CHECK: arith.addf %[[ACC]], %[[SQ]] : f32
// CHECK: %[[INV:.*]] = linalg.generic
// CHECK-SAME: ins(%[[SS]] : tensor<2x8xf32>)
// CHECK: arith.constant 9.99999997E-7 : f32
// CHECK: math.sqrt
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel", "parallel"]
// CHECK-SAME: ins(%{{.*}}, %[[INV]], %{{.*}} : tensor<2x8x32xf32>, tensor<2x8xf32>, tensor<32xf32>)
// CHECK-NOT: linalg.generic
func.func @rms_norm(%x: tensor<2x8x32xf32>, %g: tensor<32xf32>) -> tensor<2x8x32xf32> {
  %y = plinth.rms_norm %x, %g {axis = -1 : i64, epsilon = 1.0e-6 : f32} : (tensor<2x8x32xf32>, tensor<32xf32>) -> tensor<2x8x32xf32>
  return %y : tensor<2x8x32xf32>
}

// -----

// Group norm: N x C x H x W -> N x G x C/G x H x W, statistics per (n, g),
// per-channel scale and bias as G x C/G, and back.
// CHECK-DAG: #[[STAT:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1)>
// CHECK-DAG: #[[CHAN:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d1, d2)>
// CHECK-LABEL: func.func @group_norm
// CHECK-SAME: (%[[X:.*]]: tensor<1x4x8x8xf32>, %[[G:.*]]: tensor<4xf32>, %[[B:.*]]: tensor<4xf32>)
// CHECK: %[[XE:.*]] = tensor.expand_shape %[[X]] {{\[}}[0], [1, 2], [3], [4]] output_shape [1, 2, 2, 8, 8] : tensor<1x4x8x8xf32> into tensor<1x2x2x8x8xf32>
// CHECK: iterator_types = ["parallel", "parallel", "reduction", "reduction", "reduction"]
// CHECK: %[[MEAN:.*]] = linalg.generic
// CHECK: iterator_types = ["parallel", "parallel", "reduction", "reduction", "reduction"]
// CHECK: %[[INV:.*]] = linalg.generic
// CHECK: %[[GE:.*]] = tensor.expand_shape %[[G]] {{\[}}[0, 1]] output_shape [2, 2] : tensor<4xf32> into tensor<2x2xf32>
// CHECK: %[[BE:.*]] = tensor.expand_shape %[[B]] {{\[}}[0, 1]] output_shape [2, 2] : tensor<4xf32> into tensor<2x2xf32>
// CHECK: %[[Y:.*]] = linalg.generic {indexing_maps = [#{{.*}}, #[[STAT]], #[[STAT]], #[[CHAN]], #[[CHAN]], #{{.*}}]
// CHECK-SAME: ins(%[[XE]], %[[MEAN]], %[[INV]], %[[GE]], %[[BE]] :
// CHECK: %[[R:.*]] = tensor.collapse_shape %[[Y]] {{\[}}[0], [1, 2], [3], [4]] : tensor<1x2x2x8x8xf32> into tensor<1x4x8x8xf32>
// CHECK: return %[[R]]
func.func @group_norm(%x: tensor<1x4x8x8xf32>, %g: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<1x4x8x8xf32> {
  %y = plinth.group_norm %x, %g, %b {num_groups = 2 : i64, epsilon = 1.0e-5 : f32} : (tensor<1x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4x8x8xf32>
  return %y : tensor<1x4x8x8xf32>
}

// -----

// A dynamic channel count splits into groups at run time.
// CHECK-LABEL: func.func @group_norm_dynamic
// CHECK-SAME: (%[[X:.*]]: tensor<?x?x?xf32>
// CHECK: %[[C:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<?x?x?xf32>
// CHECK: %[[CG:.*]] = arith.divui %[[C]], %{{.*}} : index
// CHECK: tensor.expand_shape %[[X]] {{\[}}[0], [1, 2], [3]] output_shape [%{{.*}}, 3, %[[CG]], %{{.*}}] : tensor<?x?x?xf32> into tensor<?x3x?x?xf32>
// CHECK: tensor.collapse_shape %{{.*}} {{\[}}[0], [1, 2], [3]] : tensor<?x3x?x?xf32> into tensor<?x?x?xf32>
func.func @group_norm_dynamic(%x: tensor<?x?x?xf32>, %g: tensor<?xf32>, %b: tensor<?xf32>) -> tensor<?x?x?xf32> {
  %y = plinth.group_norm %x, %g, %b {num_groups = 3 : i64, epsilon = 1.0e-5 : f32} : (tensor<?x?x?xf32>, tensor<?xf32>, tensor<?xf32>) -> tensor<?x?x?xf32>
  return %y : tensor<?x?x?xf32>
}

// -----

// Cumsum: scf.for over the axis carrying the running sum; exclusive writes
// the sum before adding, reverse counts down.
// CHECK-LABEL: func.func @cumsum
// CHECK-SAME: (%[[X:.*]]: tensor<5x?xf32>)
// CHECK: %[[ACC0:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<1x?xf32>)
// CHECK: %[[OUT:.*]] = tensor.empty(%{{.*}}) : tensor<5x?xf32>
// CHECK: %[[C5:.*]] = arith.constant 5 : index
// CHECK: %[[L:.*]]:2 = scf.for %[[I:.*]] = %{{.*}} to %[[C5]] step %{{.*}} iter_args(%[[O:.*]] = %[[OUT]], %[[S:.*]] = %[[ACC0]]) -> (tensor<5x?xf32>, tensor<1x?xf32>) {
// CHECK: %[[LAST:.*]] = arith.subi %[[C5]], %{{.*}} : index
// CHECK: %[[J:.*]] = arith.subi %[[LAST]], %[[I]] : index
// CHECK: %[[SL:.*]] = tensor.extract_slice %[[X]][%[[J]], 0] [1, %{{.*}}] [1, 1] : tensor<5x?xf32> to tensor<1x?xf32>
// CHECK: %[[W:.*]] = tensor.insert_slice %[[S]] into %[[O]][%[[J]], 0] [1, %{{.*}}] [1, 1] : tensor<1x?xf32> into tensor<5x?xf32>
// CHECK: %[[N:.*]] = linalg.generic
// CHECK-SAME: ins(%[[SL]] : tensor<1x?xf32>) outs(%[[S]] : tensor<1x?xf32>)
// CHECK: arith.addf
// CHECK: scf.yield %[[W]], %[[N]] : tensor<5x?xf32>, tensor<1x?xf32>
// CHECK: return %[[L]]#0
func.func @cumsum(%x: tensor<5x?xf32>) -> tensor<5x?xf32> {
  %y = plinth.cumsum %x {axis = 0 : i64, exclusive, reverse} : tensor<5x?xf32>
  return %y : tensor<5x?xf32>
}

// -----

// TopK: scf.for over the k outputs; each step is a reduction along the axis
// picking the first element after the previous pick.
// CHECK-LABEL: func.func @topk
// CHECK-SAME: (%[[X:.*]]: tensor<3x8xf32>)
// CHECK: %[[V0:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<3x2xf32>)
// CHECK: %[[I0:.*]] = linalg.fill ins(%{{.*}} : i64) outs(%{{.*}} : tensor<3x2xi64>)
// CHECK: %[[K:.*]] = arith.constant 2 : index
// CHECK: %[[L:.*]]:2 = scf.for %[[J:.*]] = %{{.*}} to %[[K]] step %{{.*}} iter_args(%[[V:.*]] = %[[V0]], %[[I:.*]] = %[[I0]])
// CHECK: %[[PV:.*]] = tensor.extract_slice %[[V]][0, %{{.*}}] [3, 1] [1, 1] : tensor<3x2xf32> to tensor<3xf32>
// CHECK: %[[PI:.*]] = tensor.extract_slice %[[I]][0, %{{.*}}] [3, 1] [1, 1] : tensor<3x2xi64> to tensor<3xi64>
// CHECK: %[[B:.*]]:2 = linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "reduction"]
// CHECK-SAME: ins(%[[X]], %[[PV]], %[[PI]] : tensor<3x8xf32>, tensor<3xf32>, tensor<3xi64>)
// CHECK: linalg.index 1 : index
// CHECK: linalg.yield
// CHECK: %[[NV:.*]] = tensor.insert_slice %[[B]]#0 into %[[V]][0, %[[J]]] [3, 1] [1, 1] : tensor<3xf32> into tensor<3x2xf32>
// CHECK: %[[NI:.*]] = tensor.insert_slice %[[B]]#1 into %[[I]][0, %[[J]]] [3, 1] [1, 1] : tensor<3xi64> into tensor<3x2xi64>
// CHECK: scf.yield %[[NV]], %[[NI]]
// CHECK: return %[[L]]#0, %[[L]]#1
func.func @topk(%x: tensor<3x8xf32>) -> (tensor<3x2xf32>, tensor<3x2xi64>) {
  %v, %i = plinth.topk %x {k = 2 : i64, axis = 1 : i64, largest = true, sorted = true} : (tensor<3x8xf32>) -> (tensor<3x2xf32>, tensor<3x2xi64>)
  return %v, %i : tensor<3x2xf32>, tensor<3x2xi64>
}

// -----

// Element types without scalar arithmetic are reported, not crashed on.
func.func @reduce_index(%x: tensor<2xindex>) -> tensor<index> {
  // expected-error @+2 {{lowering to linalg is not supported yet: element type 'index' is not an integer or float}}
  // expected-error @+1 {{failed to legalize operation 'plinth.reduce'}}
  %y = plinth.reduce sum %x {axes = array<i64: 0>, keep_dims = false} : (tensor<2xindex>) -> tensor<index>
  return %y : tensor<index>
}
