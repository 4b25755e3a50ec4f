// RUN: plinth-opt %s --plinth-lower-to-linalg -split-input-file | FileCheck %s

// A static reshape regroups through collapse_shape + expand_shape.
// CHECK-LABEL: func.func @reshape_regroup
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4xf32>)
// CHECK: %[[C:.*]] = tensor.collapse_shape %[[X]] {{\[}}[0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>
// CHECK: %[[E:.*]] = tensor.expand_shape %[[C]] {{\[}}[0], [1, 2]] output_shape [6, 2, 2]
// CHECK: return %[[E]] : tensor<6x2x2xf32>
func.func @reshape_regroup(%x: tensor<2x3x4xf32>) -> tensor<6x2x2xf32> {
  %y = plinth.reshape %x : (tensor<2x3x4xf32>) -> tensor<6x2x2xf32>
  return %y : tensor<6x2x2xf32>
}

// -----

// A dynamic regroup takes its sizes from the input.
// CHECK-LABEL: func.func @reshape_dynamic
// CHECK-SAME: (%[[X:.*]]: tensor<?x12xf32>)
// CHECK: %[[D:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<?x12xf32>
// CHECK: tensor.expand_shape %[[X]] {{\[}}[0], [1, 2]] output_shape [%[[D]], 3, 4] : tensor<?x12xf32> into tensor<?x3x4xf32>
// CHECK-NOT: cf.assert
func.func @reshape_dynamic(%x: tensor<?x12xf32>) -> tensor<?x3x4xf32> {
  %y = plinth.reshape %x : (tensor<?x12xf32>) -> tensor<?x3x4xf32>
  return %y : tensor<?x3x4xf32>
}

// -----

// Flatten of the two leading dynamic dims: one collapse, no check.
// CHECK-LABEL: func.func @reshape_flatten
// CHECK: tensor.collapse_shape %{{.*}} {{\[}}[0, 1], [2]] : tensor<?x?x4xf32> into tensor<?x4xf32>
// CHECK-NOT: cf.assert
func.func @reshape_flatten(%x: tensor<?x?x4xf32>) -> tensor<?x4xf32> {
  %y = plinth.reshape %x : (tensor<?x?x4xf32>) -> tensor<?x4xf32>
  return %y : tensor<?x4xf32>
}

// -----

// A static result from a dynamic input is checked before the cast.
// CHECK-LABEL: func.func @reshape_checked
// CHECK: %[[C:.*]] = tensor.collapse_shape %{{.*}} {{\[}}[0, 1]] : tensor<?x4xf32> into tensor<?xf32>
// CHECK: %[[D:.*]] = tensor.dim %[[C]]
// CHECK: %[[OK:.*]] = arith.cmpi eq, %[[D]], %{{.*}} : index
// CHECK: cf.assert %[[OK]], "reshape: dim 0 must be 8"
// CHECK: tensor.cast %[[C]] : tensor<?xf32> to tensor<8xf32>
func.func @reshape_checked(%x: tensor<?x4xf32>) -> tensor<8xf32> {
  %y = plinth.reshape %x : (tensor<?x4xf32>) -> tensor<8xf32>
  return %y : tensor<8xf32>
}

// -----

// Several dynamic result dims from a shape operand: tensor.reshape, after a
// run-time check of the element count.
// CHECK-LABEL: func.func @reshape_shape
// CHECK-SAME: (%[[X:.*]]: tensor<?x?xf32>, %[[S:.*]]: tensor<2xi64>)
// CHECK-DAG: %[[S0:.*]] = tensor.extract %[[S]][%{{.*}}] : tensor<2xi64>
// CHECK-DAG: %[[S1:.*]] = tensor.extract %[[S]][%{{.*}}] : tensor<2xi64>
// CHECK: %[[N:.*]] = arith.muli %[[S0]], %[[S1]] : i64
// CHECK: %[[EQ:.*]] = arith.cmpi eq, %[[N]], %{{.*}} : i64
// CHECK: %[[OK:.*]] = arith.andi %{{.*}}, %[[EQ]] : i1
// CHECK: cf.assert %[[OK]], "reshape: the shape does not match the element count"
// CHECK: %[[SHAPE:.*]] = tensor.from_elements %[[S0]], %[[S1]] : tensor<2xi64>
// CHECK: tensor.reshape %[[X]](%[[SHAPE]]) : (tensor<?x?xf32>, tensor<2xi64>) -> tensor<?x?xf32>
func.func @reshape_shape(%x: tensor<?x?xf32>, %s: tensor<2xi64>) -> tensor<?x?xf32> {
  %y = plinth.reshape %x, %s : (tensor<?x?xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %y : tensor<?x?xf32>
}

// -----

// CHECK-LABEL: func.func @transpose
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x4xf32>)
// CHECK: %[[D:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<?x3x4xf32>
// CHECK: %[[INIT:.*]] = tensor.empty(%[[D]]) : tensor<4x?x3xf32>
// CHECK: linalg.transpose ins(%[[X]] : tensor<?x3x4xf32>) outs(%[[INIT]] : tensor<4x?x3xf32>) permutation = [2, 0, 1]
func.func @transpose(%x: tensor<?x3x4xf32>) -> tensor<4x?x3xf32> {
  %y = plinth.transpose %x {permutation = array<i64: 2, 0, 1>} : (tensor<?x3x4xf32>) -> tensor<4x?x3xf32>
  return %y : tensor<4x?x3xf32>
}

// -----

// A static input broadcasts through its indexing map.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2) -> (d1, 0)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @expand
// CHECK: linalg.generic {indexing_maps = [#[[IN]], #[[OUT]]], iterator_types = ["parallel", "parallel", "parallel"]}
// CHECK-SAME: ins(%{{.*}} : tensor<3x1xf32>) outs(%{{.*}} : tensor<2x3x4xf32>)
// CHECK-NEXT: ^bb0(%[[A:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: linalg.yield %[[A]] : f32
func.func @expand(%x: tensor<3x1xf32>) -> tensor<2x3x4xf32> {
  %y = plinth.expand %x : (tensor<3x1xf32>) -> tensor<2x3x4xf32>
  return %y : tensor<2x3x4xf32>
}

// -----

// A dynamic input dim may be 1 or the full size: read at min(i, dim - 1); the
// result dim is `dim == 1 ? target : dim`.
// CHECK-LABEL: func.func @expand_dynamic
// CHECK-SAME: (%[[X:.*]]: tensor<?x4xf32>, %[[S:.*]]: tensor<2xi64>)
// CHECK: %[[T:.*]] = tensor.extract %[[S]]
// CHECK: %[[TI:.*]] = arith.index_cast %[[T]] : i64 to index
// CHECK: %[[TARGET:.*]] = arith.maxsi %[[TI]], %{{.*}} : index
// CHECK: %[[D:.*]] = tensor.dim %[[X]]
// CHECK: %[[ONE:.*]] = arith.cmpi eq, %[[D]], %{{.*}} : index
// CHECK: %[[SIZE:.*]] = arith.select %[[ONE]], %[[TARGET]], %[[D]] : index
// CHECK: %[[INIT:.*]] = tensor.empty(%[[SIZE]]) : tensor<?x4xf32>
// CHECK: linalg.generic {{.*}} outs(%[[INIT]] : tensor<?x4xf32>)
// CHECK: %[[I:.*]] = linalg.index 0 : index
// CHECK: %[[ROW:.*]] = arith.minsi %[[I]], %{{.*}} : index
// CHECK: %[[J:.*]] = linalg.index 1 : index
// CHECK: tensor.extract %[[X]][%[[ROW]], %[[J]]] : tensor<?x4xf32>
func.func @expand_dynamic(%x: tensor<?x4xf32>, %s: tensor<2xi64>) -> tensor<?x4xf32> {
  %y = plinth.expand %x, %s : (tensor<?x4xf32>, tensor<2xi64>) -> tensor<?x4xf32>
  return %y : tensor<?x4xf32>
}

// -----

// CHECK-LABEL: func.func @slice
// CHECK: tensor.extract_slice %{{.*}}[1, 0] [2, 3] [1, 2] : tensor<4x6xf32> to tensor<2x3xf32>
func.func @slice(%x: tensor<4x6xf32>) -> tensor<2x3xf32> {
  %y = plinth.slice %x {axes = array<i64: 0, 1>, starts = array<i64: 1, 0>, ends = array<i64: 3, 6>, steps = array<i64: 1, 2>} : (tensor<4x6xf32>) -> tensor<2x3xf32>
  return %y : tensor<2x3xf32>
}

// -----

// A negative step reads input[start + i * step].
// CHECK-LABEL: func.func @slice_negative
// CHECK-SAME: (%[[X:.*]]: tensor<4x6xf32>)
// CHECK-DAG: %[[START:.*]] = arith.constant 5 : index
// CHECK-DAG: %[[STEP:.*]] = arith.constant -1 : index
// CHECK: linalg.generic
// CHECK: %[[I:.*]] = linalg.index 0 : index
// CHECK: %[[J:.*]] = linalg.index 1 : index
// CHECK: %[[OFF:.*]] = arith.muli %[[J]], %[[STEP]] : index
// CHECK: %[[COL:.*]] = arith.addi %[[START]], %[[OFF]] : index
// CHECK: tensor.extract %[[X]][%[[I]], %[[COL]]] : tensor<4x6xf32>
func.func @slice_negative(%x: tensor<4x6xf32>) -> tensor<4x6xf32> {
  %y = plinth.slice %x {axes = array<i64: 1>, starts = array<i64: -1>, ends = array<i64: -7>, steps = array<i64: -1>} : (tensor<4x6xf32>) -> tensor<4x6xf32>
  return %y : tensor<4x6xf32>
}

// -----

// Run-time bounds: negative -> + dim, clamped to [0, dim], length
// ceil((end - start) / step) when positive.
// CHECK-LABEL: func.func @slice_dynamic
// CHECK-SAME: (%[[X:.*]]: tensor<?x6xf32>, %[[S:.*]]: tensor<1xi64>, %[[E:.*]]: tensor<1xi64>)
// CHECK: %[[START:.*]] = tensor.extract %[[S]]
// CHECK: %[[END:.*]] = tensor.extract %[[E]]
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %[[START]], %{{.*}} : i64
// CHECK: %[[WRAPPED:.*]] = arith.select %[[NEG]]
// CHECK: %[[MIN:.*]] = arith.minsi %[[WRAPPED]], %{{.*}} : i64
// CHECK: %[[B:.*]] = arith.maxsi %[[MIN]], %{{.*}} : i64
// CHECK: %[[Q:.*]] = arith.divsi %{{.*}}, %{{.*}} : i64
// CHECK: %[[LEN:.*]] = arith.select
// CHECK-DAG: %[[OFFSET:.*]] = arith.index_cast %[[B]] : i64 to index
// CHECK-DAG: %[[SIZE:.*]] = arith.index_cast %[[LEN]] : i64 to index
// CHECK: tensor.extract_slice %[[X]][%[[OFFSET]], 0] [%[[SIZE]], 6] [2, 1] : tensor<?x6xf32> to tensor<?x6xf32>
func.func @slice_dynamic(%x: tensor<?x6xf32>, %s: tensor<1xi64>, %e: tensor<1xi64>) -> tensor<?x6xf32> {
  %y = plinth.slice %x starts(%s) ends(%e) {axes = array<i64: 0>, starts = array<i64: 0>, ends = array<i64: 0>, steps = array<i64: 2>} : (tensor<?x6xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<?x6xf32>
  return %y : tensor<?x6xf32>
}

// -----

// CHECK-LABEL: func.func @concat
// CHECK-SAME: (%[[A:.*]]: tensor<2x?xf32>, %[[B:.*]]: tensor<2x3xf32>)
// CHECK: %[[DA:.*]] = tensor.dim %[[A]]
// CHECK: %[[TOTAL:.*]] = arith.addi %[[DA]], %{{.*}} : index
// CHECK: %[[INIT:.*]] = tensor.empty(%[[TOTAL]]) : tensor<2x?xf32>
// CHECK: %[[D:.*]] = tensor.dim %[[A]]
// CHECK: %[[FIRST:.*]] = tensor.insert_slice %[[A]] into %[[INIT]][0, 0] [2, %[[D]]] [1, 1]
// CHECK: %[[OFFSET:.*]] = arith.addi %{{.*}}, %[[D]] : index
// CHECK: %[[SECOND:.*]] = tensor.insert_slice %[[B]] into %[[FIRST]][0, %[[OFFSET]]] [2, 3] [1, 1]
// CHECK: return %[[SECOND]]
func.func @concat(%a: tensor<2x?xf32>, %b: tensor<2x3xf32>) -> tensor<2x?xf32> {
  %y = plinth.concat %a, %b {axis = 1 : i64} : (tensor<2x?xf32>, tensor<2x3xf32>) -> tensor<2x?xf32>
  return %y : tensor<2x?xf32>
}

// -----

// Dynamic dims that the result fixes are checked at run time.
// CHECK-LABEL: func.func @concat_checked
// CHECK: cf.assert %{{.*}}, "concat input: dim 0 must be 2"
// CHECK: tensor.cast %{{.*}} : tensor<?x3xf32> to tensor<2x3xf32>
func.func @concat_checked(%a: tensor<?x3xf32>, %b: tensor<2x3xf32>) -> tensor<2x6xf32> {
  %y = plinth.concat %a, %b {axis = 1 : i64} : (tensor<?x3xf32>, tensor<2x3xf32>) -> tensor<2x6xf32>
  return %y : tensor<2x6xf32>
}

// -----

// A negative pad crops first; the pad value is the 0-d operand.
// CHECK-LABEL: func.func @pad_constant
// CHECK-SAME: (%[[X:.*]]: tensor<3x4xf32>, %[[V:.*]]: tensor<f32>)
// CHECK: %[[CROP:.*]] = tensor.extract_slice %[[X]][0, 1] [3, 3] [1, 1] : tensor<3x4xf32> to tensor<3x3xf32>
// CHECK: %[[VALUE:.*]] = tensor.extract %[[V]][] : tensor<f32>
// CHECK: tensor.pad %[[CROP]] low[1, 0] high[1, 1]
// CHECK: tensor.yield %[[VALUE]] : f32
// CHECK: tensor<3x3xf32> to tensor<5x4xf32>
func.func @pad_constant(%x: tensor<3x4xf32>, %v: tensor<f32>) -> tensor<5x4xf32> {
  %y = plinth.pad constant %x, %v {pads = array<i64: 1, -1, 1, 1>} : (tensor<3x4xf32>, tensor<f32>) -> tensor<5x4xf32>
  return %y : tensor<5x4xf32>
}

// -----

// Reflect: the source index is periodic with period 2 * (dim - 1).
// CHECK-LABEL: func.func @pad_reflect
// CHECK-SAME: (%[[X:.*]]: tensor<?x4xf32>)
// CHECK: linalg.generic
// CHECK: %[[I:.*]] = linalg.index 0 : index
// CHECK: %[[J:.*]] = linalg.index 1 : index
// CHECK: %[[SHIFTED:.*]] = arith.subi %[[J]], %{{.*}} : index
// CHECK: %[[PERIOD:.*]] = arith.maxsi
// CHECK: %[[R:.*]] = arith.remsi %[[SHIFTED]], %[[PERIOD]] : index
// CHECK: %[[MIRROR:.*]] = arith.subi %[[PERIOD]], %{{.*}} : index
// CHECK: %[[COL:.*]] = arith.select %{{.*}}, %[[MIRROR]], %{{.*}} : index
// CHECK: tensor.extract %[[X]][%[[I]], %[[COL]]] : tensor<?x4xf32>
func.func @pad_reflect(%x: tensor<?x4xf32>) -> tensor<?x7xf32> {
  %y = plinth.pad reflect %x {pads = array<i64: 0, 2, 0, 1>} : (tensor<?x4xf32>) -> tensor<?x7xf32>
  return %y : tensor<?x7xf32>
}

// -----

// CHECK-LABEL: func.func @tile
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>)
// CHECK: %[[ROWS:.*]] = arith.constant 2 : index
// CHECK: linalg.generic {{.*}} outs(%{{.*}} : tensor<4x3xf32>)
// CHECK: %[[I:.*]] = linalg.index 0 : index
// CHECK: %[[R:.*]] = arith.remui %[[I]], %[[ROWS]] : index
// CHECK: %[[J:.*]] = linalg.index 1 : index
// CHECK: tensor.extract %[[X]][%[[R]], %[[J]]] : tensor<2x3xf32>
func.func @tile(%x: tensor<2x3xf32>) -> tensor<4x3xf32> {
  %y = plinth.tile %x {repeats = array<i64: 2, 1>} : (tensor<2x3xf32>) -> tensor<4x3xf32>
  return %y : tensor<4x3xf32>
}

// -----

// The index (an input of the generic) gets the dim added when negative and is
// clamped into [0, dim - 1].
// CHECK-DAG: #[[IDX:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @gather
// CHECK-SAME: (%[[D:.*]]: tensor<5x8xf32>, %[[I:.*]]: tensor<2x3xi32>)
// CHECK: linalg.generic {indexing_maps = [#[[IDX]], {{.*}}]{{.*}} ins(%[[I]] : tensor<2x3xi32>)
// CHECK-NEXT: ^bb0(%[[IN:.*]]: i32, %{{.*}}: f32):
// CHECK: %[[K:.*]] = arith.index_cast %[[IN]] : i32 to index
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %[[K]], %{{.*}} : index
// CHECK: %[[W:.*]] = arith.select %[[NEG]], %{{.*}}, %[[K]] : index
// CHECK: %[[LO:.*]] = arith.minsi %[[W]], %{{.*}} : index
// CHECK: %[[ROW:.*]] = arith.maxsi %[[LO]], %{{.*}} : index
// CHECK: %[[J:.*]] = linalg.index 2 : index
// CHECK: tensor.extract %[[D]][%[[ROW]], %[[J]]] : tensor<5x8xf32>
func.func @gather(%d: tensor<5x8xf32>, %i: tensor<2x3xi32>) -> tensor<2x3x8xf32> {
  %y = plinth.gather %d, %i {axis = 0 : i64} : (tensor<5x8xf32>, tensor<2x3xi32>) -> tensor<2x3x8xf32>
  return %y : tensor<2x3x8xf32>
}

// -----

// A gathered dim that may be empty at run time: zeros instead.
// CHECK-LABEL: func.func @gather_dynamic
// CHECK: %[[DIM:.*]] = tensor.dim
// CHECK: %[[OK:.*]] = arith.cmpi sgt, %[[DIM]], %{{.*}} : index
// CHECK: scf.if %[[OK]] -> (tensor<3x8xf32>)
// CHECK: linalg.generic
// CHECK: } else {
// CHECK: linalg.fill
func.func @gather_dynamic(%d: tensor<?x8xf32>, %i: tensor<3xi64>) -> tensor<3x8xf32> {
  %y = plinth.gather %d, %i {axis = 0 : i64} : (tensor<?x8xf32>, tensor<3xi64>) -> tensor<3x8xf32>
  return %y : tensor<3x8xf32>
}

// -----

// CHECK-LABEL: func.func @gather_elements
// CHECK-SAME: (%[[D:.*]]: tensor<3x4xf32>, %[[I:.*]]: tensor<2x4xi64>)
// CHECK: linalg.generic {{.*}} ins(%[[I]] : tensor<2x4xi64>)
// CHECK-NEXT: ^bb0(%[[IN:.*]]: i64, %{{.*}}: f32):
// CHECK: %[[ROW:.*]] = linalg.index 0 : index
// CHECK: %[[K:.*]] = arith.index_cast %[[IN]] : i64 to index
// CHECK: %[[COL:.*]] = arith.maxsi
// CHECK: tensor.extract %[[D]][%[[ROW]], %[[COL]]] : tensor<3x4xf32>
func.func @gather_elements(%d: tensor<3x4xf32>, %i: tensor<2x4xi64>) -> tensor<2x4xf32> {
  %y = plinth.gather_elements %d, %i {axis = 1 : i64} : (tensor<3x4xf32>, tensor<2x4xi64>) -> tensor<2x4xf32>
  return %y : tensor<2x4xf32>
}

// -----

// CHECK-LABEL: func.func @gather_nd
// CHECK-SAME: (%[[D:.*]]: tensor<2x3x4xf32>, %[[I:.*]]: tensor<5x2xi64>)
// CHECK: linalg.generic {{.*}} outs(%{{.*}} : tensor<5x4xf32>)
// CHECK: %[[N:.*]] = linalg.index 0 : index
// CHECK: %[[I0:.*]] = tensor.extract %[[I]][%[[N]], %{{.*}}] : tensor<5x2xi64>
// CHECK: %[[A:.*]] = arith.maxsi
// CHECK: %[[I1:.*]] = tensor.extract %[[I]][%[[N]], %{{.*}}] : tensor<5x2xi64>
// CHECK: %[[B:.*]] = arith.maxsi
// CHECK: %[[C:.*]] = linalg.index 1 : index
// CHECK: tensor.extract %[[D]][%[[A]], %[[B]], %[[C]]] : tensor<2x3x4xf32>
func.func @gather_nd(%d: tensor<2x3x4xf32>, %i: tensor<5x2xi64>) -> tensor<5x4xf32> {
  %y = plinth.gather_nd %d, %i {batch_dims = 0 : i64} : (tensor<2x3x4xf32>, tensor<5x2xi64>) -> tensor<5x4xf32>
  return %y : tensor<5x4xf32>
}

// -----

// Sequential loops over the updates; unsigned max for ui8.
// CHECK-LABEL: func.func @scatter_elements
// CHECK-SAME: (%[[D:.*]]: tensor<3x4xi8>, %[[I:.*]]: tensor<3x2xi64>, %[[U:.*]]: tensor<3x2xi8>)
// CHECK: %[[R:.*]] = scf.for %[[A:.*]] = {{.*}} iter_args(%[[ACC0:.*]] = %[[D]]) -> (tensor<3x4xi8>)
// CHECK: scf.for %[[B:.*]] = {{.*}} iter_args(%[[ACC:.*]] = %[[ACC0]]) -> (tensor<3x4xi8>)
// CHECK: tensor.extract %[[I]][%[[A]], %[[B]]] : tensor<3x2xi64>
// CHECK: %[[COL:.*]] = arith.maxsi
// CHECK: %[[NEW:.*]] = tensor.extract %[[U]][%[[A]], %[[B]]] : tensor<3x2xi8>
// CHECK: %[[OLD:.*]] = tensor.extract %[[ACC]][%[[A]], %[[COL]]] : tensor<3x4xi8>
// CHECK: %[[MAX:.*]] = arith.maxui %[[OLD]], %[[NEW]] : i8
// CHECK: %[[INS:.*]] = tensor.insert %[[MAX]] into %[[ACC]][%[[A]], %[[COL]]] : tensor<3x4xi8>
// CHECK: scf.yield %[[INS]]
// CHECK: return %[[R]]
func.func @scatter_elements(%d: tensor<3x4xui8>, %i: tensor<3x2xi64>, %u: tensor<3x2xui8>) -> tensor<3x4xui8> {
  %y = plinth.scatter_elements max %d, %i, %u {axis = 1 : i64} : (tensor<3x4xui8>, tensor<3x2xi64>, tensor<3x2xui8>) -> tensor<3x4xui8>
  return %y : tensor<3x4xui8>
}

// -----

// One iteration per index tuple, on slices.
// CHECK-LABEL: func.func @scatter_nd
// CHECK-SAME: (%[[D:.*]]: tensor<8x4xf32>, %[[I:.*]]: tensor<3x1xi64>, %[[U:.*]]: tensor<3x4xf32>)
// CHECK: scf.for %[[K:.*]] = {{.*}} iter_args(%[[ACC:.*]] = %[[D]]) -> (tensor<8x4xf32>)
// CHECK: tensor.extract %[[I]][%[[K]], %{{.*}}] : tensor<3x1xi64>
// CHECK: %[[ROW:.*]] = arith.maxsi
// CHECK: %[[NEW:.*]] = tensor.extract_slice %[[U]][%[[K]], 0] [1, 4] [1, 1] : tensor<3x4xf32> to tensor<4xf32>
// CHECK: %[[OLD:.*]] = tensor.extract_slice %[[ACC]][%[[ROW]], 0] [1, 4] [1, 1] : tensor<8x4xf32> to tensor<4xf32>
// CHECK: %[[SUM:.*]] = linalg.generic {{.*}} ins(%[[OLD]], %[[NEW]] : tensor<4xf32>, tensor<4xf32>)
// CHECK: arith.addf
// CHECK: %[[INS:.*]] = tensor.insert_slice %[[SUM]] into %[[ACC]][%[[ROW]], 0] [1, 4] [1, 1]
// CHECK: scf.yield %[[INS]]
func.func @scatter_nd(%d: tensor<8x4xf32>, %i: tensor<3x1xi64>, %u: tensor<3x4xf32>) -> tensor<8x4xf32> {
  %y = plinth.scatter_nd add %d, %i, %u : (tensor<8x4xf32>, tensor<3x1xi64>, tensor<3x4xf32>) -> tensor<8x4xf32>
  return %y : tensor<8x4xf32>
}

// -----

// CHECK-LABEL: func.func @shape_of
// CHECK-SAME: (%[[X:.*]]: tensor<?x8xf32>)
// CHECK: %[[D:.*]] = tensor.dim %[[X]]
// CHECK: %[[D64:.*]] = arith.index_cast %[[D]] : index to i64
// CHECK: %[[C8:.*]] = arith.constant 8 : i64
// CHECK: tensor.from_elements %[[D64]], %[[C8]] : tensor<2xi64>
func.func @shape_of(%x: tensor<?x8xf32>) -> tensor<2xi64> {
  %y = plinth.shape_of %x : (tensor<?x8xf32>) -> tensor<2xi64>
  return %y : tensor<2xi64>
}

// -----

// ui8 200 is the signless i8 -56.
// CHECK-LABEL: func.func @fill
// CHECK-SAME: (%[[S:.*]]: tensor<2xi64>)
// CHECK: %[[N:.*]] = tensor.extract %[[S]]
// CHECK: %[[NI:.*]] = arith.index_cast %[[N]] : i64 to index
// CHECK: %[[SIZE:.*]] = arith.maxsi %[[NI]], %{{.*}} : index
// CHECK: %[[V:.*]] = arith.constant -56 : i8
// CHECK: %[[INIT:.*]] = tensor.empty(%[[SIZE]]) : tensor<?x4xi8>
// CHECK: linalg.fill ins(%[[V]] : i8) outs(%[[INIT]] : tensor<?x4xi8>)
func.func @fill(%s: tensor<2xi64>) -> tensor<?x4xui8> {
  %y = plinth.fill %s {value = 200 : ui8} : (tensor<2xi64>) -> tensor<?x4xui8>
  return %y : tensor<?x4xui8>
}

// -----

// CHECK-LABEL: func.func @range
// CHECK-SAME: (%[[S:.*]]: tensor<i64>, %[[L:.*]]: tensor<i64>, %[[D:.*]]: tensor<i64>)
// CHECK-DAG: %[[START:.*]] = tensor.extract %[[S]][] : tensor<i64>
// CHECK-DAG: %[[DELTA:.*]] = tensor.extract %[[D]][] : tensor<i64>
// CHECK: %[[Q:.*]] = arith.divsi
// CHECK: %[[LEN:.*]] = arith.index_cast %{{.*}} : i64 to index
// CHECK: %[[INIT:.*]] = tensor.empty(%[[LEN]]) : tensor<?xi64>
// CHECK: linalg.generic {{.*}} outs(%[[INIT]] : tensor<?xi64>)
// CHECK: %[[I:.*]] = linalg.index 0 : index
// CHECK: %[[I64:.*]] = arith.index_cast %[[I]] : index to i64
// CHECK: %[[STEP:.*]] = arith.muli %[[I64]], %[[DELTA]] : i64
// CHECK: %[[V:.*]] = arith.addi %[[START]], %[[STEP]] : i64
// CHECK: linalg.yield %[[V]]
func.func @range(%s: tensor<i64>, %l: tensor<i64>, %d: tensor<i64>) -> tensor<?xi64> {
  %y = plinth.range %s, %l, %d : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  return %y : tensor<?xi64>
}

// -----

// CHECK-LABEL: func.func @trilu
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: linalg.generic
// CHECK-NEXT: ^bb0(%[[IN:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[I:.*]] = linalg.index 0 : index
// CHECK: %[[I64:.*]] = arith.index_cast %[[I]] : index to i64
// CHECK: %[[J:.*]] = linalg.index 1 : index
// CHECK: %[[J64:.*]] = arith.index_cast %[[J]] : index to i64
// CHECK: %[[DIFF:.*]] = arith.subi %[[J64]], %[[I64]] : i64
// CHECK: %[[KEEP:.*]] = arith.cmpi sge, %[[DIFF]], %{{.*}} : i64
// CHECK: %[[V:.*]] = arith.select %[[KEEP]], %[[IN]], %[[ZERO]] : f32
// CHECK: linalg.yield %[[V]]
func.func @trilu(%x: tensor<4x4xf32>) -> tensor<4x4xf32> {
  %y = plinth.trilu %x {upper, diagonal = 1 : i64} : tensor<4x4xf32>
  return %y : tensor<4x4xf32>
}

// -----

// Nearest, asymmetric, floor: floor(x / scale) clamped; unit dims copied.
// CHECK-LABEL: func.func @resize_nearest
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x4x4xf32>)
// CHECK: linalg.generic {{.*}} outs(%{{.*}} : tensor<1x3x8x8xf32>)
// CHECK: %[[N:.*]] = linalg.index 0 : index
// CHECK: %[[C:.*]] = linalg.index 1 : index
// CHECK: %[[H:.*]] = arith.divf
// CHECK: math.floor %[[H]] : f32
// CHECK: %[[ROW:.*]] = arith.index_cast %{{.*}} : i64 to index
// CHECK: %[[W:.*]] = arith.divf
// CHECK: math.floor %[[W]] : f32
// CHECK: %[[COL:.*]] = arith.index_cast %{{.*}} : i64 to index
// CHECK: tensor.extract %[[X]][%[[N]], %[[C]], %[[ROW]], %[[COL]]] : tensor<1x3x4x4xf32>
func.func @resize_nearest(%x: tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32> {
  %y = plinth.resize %x {mode = 0 : i32, coordinate_transformation_mode = 4 : i32, nearest_mode = 2 : i32, scales = array<f32: 1.0, 1.0, 2.0, 2.0>} : (tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32>
  return %y : tensor<1x3x8x8xf32>
}

// -----

// Linear on f16: four taps, weights and sum in f32, truncated at the end.
// CHECK-LABEL: func.func @resize_linear
// CHECK: linalg.generic {{.*}} outs(%{{.*}} : tensor<1x8x2xf16>)
// CHECK-COUNT-4: arith.extf %{{.*}} : f16 to f32
// CHECK: %[[SUM:.*]] = arith.addf
// CHECK-NEXT: %[[R:.*]] = arith.truncf %[[SUM]] : f32 to f16
// CHECK-NEXT: linalg.yield %[[R]] : f16
func.func @resize_linear(%x: tensor<1x4x4xf16>) -> tensor<1x8x2xf16> {
  %y = plinth.resize %x {mode = 1 : i32, coordinate_transformation_mode = 0 : i32, scales = array<f32: 1.0, 2.0, 0.5>} : (tensor<1x4x4xf16>) -> tensor<1x8x2xf16>
  return %y : tensor<1x8x2xf16>
}
