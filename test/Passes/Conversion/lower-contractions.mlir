// RUN: plinth-opt %s --plinth-lower-to-linalg -split-input-file -verify-diagnostics | FileCheck %s

// The contraction family (matmul, einsum, conv, conv_transpose, pool, attention,
// rotary_embedding) on tensors. Numerics are checked by exec/contract-*.mlir.
// CHECK-LABEL: func.func @matmul_2d(
// CHECK-SAME:    %[[A:.*]]: tensor<2x3xf32>, %[[B:.*]]: tensor<3x4xf32>
// CHECK-DAG:     %[[EMPTY:.*]] = tensor.empty() : tensor<2x4xf32>
// CHECK-DAG:     %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK:         %[[INIT:.*]] = linalg.fill ins(%[[ZERO]] : f32) outs(%[[EMPTY]] : tensor<2x4xf32>)
// CHECK:         %[[MM:.*]] = linalg.matmul ins(%[[A]], %[[B]] : tensor<2x3xf32>, tensor<3x4xf32>) outs(%[[INIT]] : tensor<2x4xf32>)
// CHECK:         return %[[MM]]

func.func @matmul_2d(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) -> tensor<2x4xf32> {
  %r = plinth.matmul %a, %b : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  return %r : tensor<2x4xf32>
}

// -----

// Dynamic batch and sequence: no reshape (that would merge two dynamic dims);
// a batch_matmul whose rhs map broadcasts the 2-D weight.
// CHECK-DAG:   #[[LHS:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
// CHECK-DAG:   #[[RHS:.*]] = affine_map<(d0, d1, d2, d3) -> (d3, d2)>
// CHECK-DAG:   #[[OUT:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @matmul_batch_times_2d(
// CHECK-SAME:    %[[A:.*]]: tensor<?x?x64xf32>, %[[B:.*]]: tensor<64x32xf32>
// CHECK:         %[[EMPTY:.*]] = tensor.empty(%{{.*}}, %{{.*}}) : tensor<?x?x32xf32>
// CHECK:         %[[INIT:.*]] = linalg.fill {{.*}} outs(%[[EMPTY]]
// CHECK:         %[[MM:.*]] = linalg.batch_matmul indexing_maps = [#[[LHS]], #[[RHS]], #[[OUT]]]
// CHECK-SAME:      ins(%[[A]], %[[B]] : tensor<?x?x64xf32>, tensor<64x32xf32>) outs(%[[INIT]] : tensor<?x?x32xf32>)
// CHECK:         return %[[MM]]
func.func @matmul_batch_times_2d(%a: tensor<?x?x64xf32>, %b: tensor<64x32xf32>) -> tensor<?x?x32xf32> {
  %r = plinth.matmul %a, %b : (tensor<?x?x64xf32>, tensor<64x32xf32>) -> tensor<?x?x32xf32>
  return %r : tensor<?x?x32xf32>
}

// -----

// CHECK-LABEL: func.func @matmul_batch_times_2d_static(
// CHECK-SAME:    %[[A:.*]]: tensor<2x8x64xf32>, %[[B:.*]]: tensor<64x32xf32>
// CHECK:         %[[FLAT:.*]] = tensor.collapse_shape %[[A]] {{\[\[}}0, 1], [2]] : tensor<2x8x64xf32> into tensor<16x64xf32>
// CHECK:         %[[INIT:.*]] = linalg.fill {{.*}} -> tensor<16x32xf32>
// CHECK:         %[[MM:.*]] = linalg.matmul ins(%[[FLAT]], %[[B]] : tensor<16x64xf32>, tensor<64x32xf32>) outs(%[[INIT]] : tensor<16x32xf32>)
// CHECK:         %[[OUT:.*]] = tensor.expand_shape %[[MM]] {{\[\[}}0, 1], [2]] output_shape [2, 8, 32] : tensor<16x32xf32> into tensor<2x8x32xf32>
// CHECK:         return %[[OUT]]

func.func @matmul_batch_times_2d_static(%a: tensor<2x8x64xf32>, %b: tensor<64x32xf32>) -> tensor<2x8x32xf32> {
  %r = plinth.matmul %a, %b : (tensor<2x8x64xf32>, tensor<64x32xf32>) -> tensor<2x8x32xf32>
  return %r : tensor<2x8x32xf32>
}

// -----

// f16 accumulates in f32: batch_matmul into f32, then truncf.
// CHECK-LABEL: func.func @matmul_same_batch(
// CHECK-SAME:    %[[A:.*]]: tensor<2x4x8x16xf16>, %[[B:.*]]: tensor<2x4x16x8xf16>
// CHECK-DAG:     %[[FA:.*]] = tensor.collapse_shape %[[A]] {{\[\[}}0, 1], [2], [3]] : tensor<2x4x8x16xf16> into tensor<8x8x16xf16>
// CHECK-DAG:     %[[FB:.*]] = tensor.collapse_shape %[[B]] {{\[\[}}0, 1], [2], [3]] : tensor<2x4x16x8xf16> into tensor<8x16x8xf16>
// CHECK:         %[[INIT:.*]] = linalg.fill {{.*}} -> tensor<8x8x8xf32>
// CHECK:         %[[BMM:.*]] = linalg.batch_matmul ins(%[[FA]], %[[FB]] : tensor<8x8x16xf16>, tensor<8x16x8xf16>) outs(%[[INIT]] : tensor<8x8x8xf32>)
// CHECK:         %[[UNFLAT:.*]] = tensor.expand_shape %[[BMM]] {{\[\[}}0, 1], [2], [3]] output_shape [2, 4, 8, 8]
// CHECK:         %[[TRUNC:.*]] = linalg.generic {{.*}} ins(%[[UNFLAT]] : tensor<2x4x8x8xf32>) outs(%{{.*}} : tensor<2x4x8x8xf16>)
// CHECK:           arith.truncf %{{.*}} : f32 to f16
// CHECK:         return %[[TRUNC]]

func.func @matmul_same_batch(%a: tensor<2x4x8x16xf16>, %b: tensor<2x4x16x8xf16>) -> tensor<2x4x8x8xf16> {
  %r = plinth.matmul %a, %b : (tensor<2x4x8x16xf16>, tensor<2x4x16x8xf16>) -> tensor<2x4x8x8xf16>
  return %r : tensor<2x4x8x8xf16>
}

// -----

// Batch [2, 1] x [3]: the size-1 dim is read at 0, integers accumulate in i32.
// CHECK-DAG:   #[[LHS:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, 0, d2, d4)>
// CHECK-DAG:   #[[RHS:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4, d3)>
// CHECK-DAG:   #[[OUT:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @matmul_broadcast_batch(
// CHECK:         %[[ZERO:.*]] = arith.constant 0 : i32
// CHECK:         %[[INIT:.*]] = linalg.fill ins(%[[ZERO]] : i32) {{.*}} -> tensor<2x3x3x5xi32>
// CHECK:         linalg.generic {indexing_maps = [#[[LHS]], #[[RHS]], #[[OUT]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]}
// CHECK-SAME:      outs(%[[INIT]] : tensor<2x3x3x5xi32>)
// CHECK:           %[[PROD:.*]] = arith.muli
// CHECK:           arith.addi %{{.*}}, %[[PROD]] : i32

func.func @matmul_broadcast_batch(%a: tensor<2x1x3x4xi32>, %b: tensor<3x4x5xi32>) -> tensor<2x3x3x5xi32> {
  %r = plinth.matmul %a, %b : (tensor<2x1x3x4xi32>, tensor<3x4x5xi32>) -> tensor<2x3x3x5xi32>
  return %r : tensor<2x3x3x5xi32>
}

// -----

// [M, K] x [B, K, N]: the lhs map broadcasts over the batch.
// CHECK-DAG:   #[[LHS:.*]] = affine_map<(d0, d1, d2, d3) -> (d1, d3)>
// CHECK-DAG:   #[[RHS:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>
// CHECK-DAG:   #[[OUT:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @matmul_2d_times_batch(
// CHECK-SAME:    %[[A:.*]]: tensor<3x4xf32>, %[[B:.*]]: tensor<?x4x5xf32>
// CHECK:         %[[MM:.*]] = linalg.batch_matmul indexing_maps = [#[[LHS]], #[[RHS]], #[[OUT]]]
// CHECK-SAME:      ins(%[[A]], %[[B]] : tensor<3x4xf32>, tensor<?x4x5xf32>) outs(%{{.*}} : tensor<?x3x5xf32>)
// CHECK:         return %[[MM]]
func.func @matmul_2d_times_batch(%a: tensor<3x4xf32>, %b: tensor<?x4x5xf32>) -> tensor<?x3x5xf32> {
  %r = plinth.matmul %a, %b : (tensor<3x4xf32>, tensor<?x4x5xf32>) -> tensor<?x3x5xf32>
  return %r : tensor<?x3x5xf32>
}

// -----

// CHECK-LABEL: func.func @matmul_vectors(
// CHECK-SAME:    %[[A:.*]]: tensor<4xf32>, %[[B:.*]]: tensor<4xf32>, %[[M:.*]]: tensor<4x5xf32>
// CHECK:         %[[DOT:.*]] = linalg.dot ins(%[[A]], %[[B]] : tensor<4xf32>, tensor<4xf32>) outs(%{{.*}} : tensor<f32>)
// CHECK:         %[[ROW:.*]] = tensor.expand_shape %[[A]] {{\[\[}}0, 1]] output_shape [1, 4] : tensor<4xf32> into tensor<1x4xf32>
// CHECK:         %[[MM:.*]] = linalg.matmul ins(%[[ROW]], %[[M]] : tensor<1x4xf32>, tensor<4x5xf32>)
// CHECK:         %[[VEC:.*]] = tensor.collapse_shape %[[MM]] {{\[\[}}0, 1]] : tensor<1x5xf32> into tensor<5xf32>
// CHECK:         return %[[DOT]], %[[VEC]]

func.func @matmul_vectors(%a: tensor<4xf32>, %b: tensor<4xf32>, %m: tensor<4x5xf32>) -> (tensor<f32>, tensor<5xf32>) {
  %d = plinth.matmul %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<f32>
  %v = plinth.matmul %a, %m : (tensor<4xf32>, tensor<4x5xf32>) -> tensor<5xf32>
  return %d, %v : tensor<f32>, tensor<5xf32>
}

// -----

// bij,bjk->bki: loops (b, k, i) parallel then j reduction.
// CHECK-DAG:   #[[A:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
// CHECK-DAG:   #[[B:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d3, d1)>
// CHECK-DAG:   #[[OUT:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @einsum(
// CHECK:         %[[INIT:.*]] = linalg.fill {{.*}} -> tensor<2x5x3xf32>
// CHECK:         %[[SUM:.*]] = linalg.generic {indexing_maps = [#[[A]], #[[B]], #[[OUT]]], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
// CHECK-SAME:      outs(%[[INIT]] : tensor<2x5x3xf32>)
// CHECK:           %[[X:.*]] = arith.extf %{{.*}} : f16 to f32
// CHECK:           %[[Y:.*]] = arith.extf %{{.*}} : f16 to f32
// CHECK:           %[[P:.*]] = arith.mulf %[[X]], %[[Y]] : f32
// CHECK:           arith.addf %{{.*}}, %[[P]] : f32
// CHECK:         linalg.generic {{.*}} ins(%[[SUM]] : tensor<2x5x3xf32>) outs(%{{.*}} : tensor<2x5x3xf16>)
// CHECK:           arith.truncf

func.func @einsum(%a: tensor<2x3x4xf16>, %b: tensor<2x4x5xf16>) -> tensor<2x5x3xf16> {
  %r = plinth.einsum "bij,bjk->bki" %a, %b : (tensor<2x3x4xf16>, tensor<2x4x5xf16>) -> tensor<2x5x3xf16>
  return %r : tensor<2x5x3xf16>
}

// -----

// Dynamic batch and spatial dims: output sizes computed from the padded input.
// CHECK-DAG:   #[[ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG:   #[[CH:.*]] = affine_map<(d0, d1, d2, d3) -> (d1)>
// CHECK-LABEL: func.func @conv2d(
// CHECK-SAME:    %[[X:.*]]: tensor<?x3x?x?xf32>, %[[W:.*]]: tensor<8x3x3x3xf32>, %[[B:.*]]: tensor<8xf32>
// CHECK:         %[[PAD:.*]] = tensor.pad %[[X]] low[0, 0, 1, 1] high[0, 0, 1, 1]
// CHECK:         %[[H:.*]] = tensor.dim %[[PAD]], %c2
// CHECK:         %[[HK:.*]] = arith.subi %[[H]], %c1
// CHECK:         %[[HP:.*]] = arith.maxsi %[[HK]], %c0
// CHECK:         %[[OH:.*]] = arith.divsi %[[HP]], %c2
// CHECK:         %[[EMPTY:.*]] = tensor.empty(%{{.*}}, %[[OH]], %{{.*}}) : tensor<?x8x?x?xf32>
// CHECK:         %[[INIT:.*]] = linalg.fill {{.*}} outs(%[[EMPTY]]
// CHECK:         %[[CONV:.*]] = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%[[PAD]], %[[W]] : tensor<?x3x?x?xf32>, tensor<8x3x3x3xf32>) outs(%[[INIT]] : tensor<?x8x?x?xf32>)
// CHECK:         %[[OUT:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[CH]], #[[ID]]], {{.*}}} ins(%[[CONV]], %[[B]] : tensor<?x8x?x?xf32>, tensor<8xf32>)
// CHECK:           arith.addf
// CHECK:         return %[[OUT]]

func.func @conv2d(%x: tensor<?x3x?x?xf32>, %w: tensor<8x3x3x3xf32>, %b: tensor<8xf32>) -> tensor<?x8x?x?xf32> {
  %y = plinth.conv %x, %w, %b {strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>, dilations = array<i64: 1, 1>, group = 1 : i64} : (tensor<?x3x?x?xf32>, tensor<8x3x3x3xf32>, tensor<8xf32>) -> tensor<?x8x?x?xf32>
  return %y : tensor<?x8x?x?xf32>
}

// -----

// CHECK-LABEL: func.func @conv2d_grouped(
// CHECK-SAME:    %[[X:.*]]: tensor<1x4x5x5xf32>, %[[W:.*]]: tensor<6x2x3x3xf32>
// CHECK-DAG:     %[[GX:.*]] = tensor.expand_shape %[[X]] {{\[\[}}0], [1, 2], [3], [4]] output_shape [1, 2, 2, 5, 5] : tensor<1x4x5x5xf32> into tensor<1x2x2x5x5xf32>
// CHECK-DAG:     %[[GW:.*]] = tensor.expand_shape %[[W]] {{\[\[}}0, 1], [2], [3], [4]] output_shape [2, 3, 2, 3, 3] : tensor<6x2x3x3xf32> into tensor<2x3x2x3x3xf32>
// CHECK:         %[[INIT:.*]] = linalg.fill {{.*}} -> tensor<1x2x3x3x3xf32>
// CHECK:         %[[CONV:.*]] = linalg.conv_2d_ngchw_gfchw {{.*}} ins(%[[GX]], %[[GW]] : {{.*}}) outs(%[[INIT]] : tensor<1x2x3x3x3xf32>)
// CHECK:         %[[OUT:.*]] = tensor.collapse_shape %[[CONV]] {{\[\[}}0], [1, 2], [3], [4]] : tensor<1x2x3x3x3xf32> into tensor<1x6x3x3xf32>
// CHECK:         return %[[OUT]]

func.func @conv2d_grouped(%x: tensor<1x4x5x5xf32>, %w: tensor<6x2x3x3xf32>) -> tensor<1x6x3x3xf32> {
  %y = plinth.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>, group = 2 : i64} : (tensor<1x4x5x5xf32>, tensor<6x2x3x3xf32>) -> tensor<1x6x3x3xf32>
  return %y : tensor<1x6x3x3xf32>
}

// -----

// CHECK-LABEL: func.func @conv2d_depthwise(
// CHECK-SAME:    %[[X:.*]]: tensor<1x3x5x5xf32>, %[[W:.*]]: tensor<3x1x3x3xf32>
// CHECK:         %[[FW:.*]] = tensor.collapse_shape %[[W]] {{\[\[}}0, 1], [2], [3]] : tensor<3x1x3x3xf32> into tensor<3x3x3xf32>
// CHECK:         %[[CONV:.*]] = linalg.depthwise_conv_2d_nchw_chw {{.*}} ins(%[[X]], %[[FW]] : tensor<1x3x5x5xf32>, tensor<3x3x3xf32>)
// CHECK:         return %[[CONV]]

func.func @conv2d_depthwise(%x: tensor<1x3x5x5xf32>, %w: tensor<3x1x3x3xf32>) -> tensor<1x3x3x3xf32> {
  %y = plinth.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>, group = 3 : i64} : (tensor<1x3x5x5xf32>, tensor<3x1x3x3xf32>) -> tensor<1x3x3x3xf32>
  return %y : tensor<1x3x3x3xf32>
}

// -----

// Loops n, g, f, o, c, k; the input is read at o * stride + k.
// CHECK-DAG:   #[[IN:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d4, d3 * 2 + d5)>
// CHECK-DAG:   #[[W:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d2, d4, d5)>
// CHECK-DAG:   #[[OUT:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @conv1d_grouped(
// CHECK:         %[[PAD:.*]] = tensor.pad %{{.*}} low[0, 0, 0] high[0, 0, 1]
// CHECK:         %[[GX:.*]] = tensor.expand_shape %[[PAD]] {{\[\[}}0], [1, 2], [3]] output_shape [1, 2, 2, 7]
// CHECK:         %[[GW:.*]] = tensor.expand_shape %{{.*}} {{\[\[}}0, 1], [2], [3]] output_shape [2, 2, 2, 2]
// CHECK:         %[[CONV:.*]] = linalg.generic {indexing_maps = [#[[IN]], #[[W]], #[[OUT]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
// CHECK-SAME:      ins(%[[GX]], %[[GW]] : tensor<1x2x2x7xf16>, tensor<2x2x2x2xf16>) outs(%{{.*}} : tensor<1x2x2x3xf32>)
// CHECK:         %[[FLAT:.*]] = tensor.collapse_shape %[[CONV]] {{\[\[}}0], [1, 2], [3]] : tensor<1x2x2x3xf32> into tensor<1x4x3xf32>
// CHECK:         linalg.generic {{.*}} ins(%[[FLAT]] : tensor<1x4x3xf32>) outs(%{{.*}} : tensor<1x4x3xf16>)
// CHECK:           arith.truncf

func.func @conv1d_grouped(%x: tensor<1x4x6xf16>, %w: tensor<4x2x2xf16>) -> tensor<1x4x3xf16> {
  %y = plinth.conv %x, %w {strides = array<i64: 2>, pads = array<i64: 0, 1>, dilations = array<i64: 1>, group = 2 : i64} : (tensor<1x4x6xf16>, tensor<4x2x2xf16>) -> tensor<1x4x3xf16>
  return %y : tensor<1x4x3xf16>
}

// -----

// Zeros between the inputs (strided insert), the flipped, channel-swapped
// filter, then a stride-1 convolution.
// CHECK-DAG:   #[[FLIP:.*]] = affine_map<(d0, d1, d2, d3) -> (d1, d0, -d2 + 2, -d3 + 2)>
// CHECK-LABEL: func.func @conv_transpose(
// CHECK-SAME:    %[[X:.*]]: tensor<1x2x3x3xf32>, %[[W:.*]]: tensor<2x3x3x3xf32>
// CHECK:         %[[ZEROS:.*]] = linalg.fill {{.*}} -> tensor<1x2x9x9xf32>
// CHECK:         %[[DILATED:.*]] = tensor.insert_slice %[[X]] into %[[ZEROS]][0, 0, 2, 2] [1, 2, 3, 3] [1, 1, 2, 2]
// CHECK:         %[[FLIPPED:.*]] = linalg.generic {indexing_maps = [#[[FLIP]], {{.*}}]{{.*}} ins(%[[W]] : tensor<2x3x3x3xf32>) outs(%{{.*}} : tensor<3x2x3x3xf32>)
// CHECK:         %[[CONV:.*]] = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%[[DILATED]], %[[FLIPPED]] : tensor<1x2x9x9xf32>, tensor<3x2x3x3xf32>)
// CHECK:         return %[[CONV]]

func.func @conv_transpose(%x: tensor<1x2x3x3xf32>, %w: tensor<2x3x3x3xf32>) -> tensor<1x3x7x7xf32> {
  %y = plinth.conv_transpose %x, %w {strides = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>, output_padding = array<i64: 0, 0>, group = 1 : i64} : (tensor<1x2x3x3xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x7x7xf32>
  return %y : tensor<1x3x7x7xf32>
}

// -----

// ceil_mode: one more row and column of -inf at the end.
// CHECK-LABEL: func.func @maxpool(
// CHECK:         %[[NEGINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK:         %[[PAD:.*]] = tensor.pad %{{.*}} low[0, 0, 1, 1] high[0, 0, 2, 2]
// CHECK:           tensor.yield %[[NEGINF]]
// CHECK:         %[[WINDOW:.*]] = tensor.empty() : tensor<3x3xf32>
// CHECK:         %[[INIT:.*]] = linalg.fill ins(%[[NEGINF]] : f32) {{.*}} -> tensor<1x2x4x4xf32>
// CHECK:         %[[POOL:.*]] = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%[[PAD]], %[[WINDOW]] : tensor<1x2x9x9xf32>, tensor<3x3xf32>) outs(%[[INIT]] : tensor<1x2x4x4xf32>)
// CHECK:         return %[[POOL]]

func.func @maxpool(%x: tensor<1x2x6x6xf32>) -> tensor<1x2x4x4xf32> {
  %y = plinth.pool max %x {kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>, dilations = array<i64: 1, 1>, ceil_mode = true} : (tensor<1x2x6x6xf32>) -> tensor<1x2x4x4xf32>
  return %y : tensor<1x2x4x4xf32>
}

// -----

// ui8 is signless i8 after lowering: the max is unsigned and starts at 0.
// CHECK-LABEL: func.func @maxpool_unsigned(
// CHECK-SAME:    %[[X:.*]]: tensor<1x2x4x4x4xi8>
// CHECK:         %[[ZERO:.*]] = arith.constant 0 : i8
// CHECK:         %[[INIT:.*]] = linalg.fill ins(%[[ZERO]] : i8)
// CHECK:         linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]
// CHECK-SAME:      ins(%[[X]], %{{.*}} : tensor<1x2x4x4x4xi8>, tensor<2x2x2xi8>) outs(%[[INIT]] : tensor<1x2x2x2x2xi8>)
// CHECK:           arith.maxui

func.func @maxpool_unsigned(%x: tensor<1x2x4x4x4xui8>) -> tensor<1x2x2x2x2xui8> {
  %y = plinth.pool max %x {kernel_shape = array<i64: 2, 2, 2>, strides = array<i64: 2, 2, 2>, pads = array<i64: 0, 0, 0, 0, 0, 0>, dilations = array<i64: 1, 1, 1>} : (tensor<1x2x4x4x4xui8>) -> tensor<1x2x2x2x2xui8>
  return %y : tensor<1x2x2x2x2xui8>
}

// -----

// Without pads the divisor is the window size; with excluded pads it is
// counted per output position.
// CHECK-LABEL: func.func @avgpool(
// CHECK:         %[[SUM:.*]] = linalg.pooling_nchw_sum {{.*}} -> tensor<1x2x2x2xf32>
// CHECK:         linalg.generic {{.*}} ins(%[[SUM]] : tensor<1x2x2x2xf32>)
// CHECK:           %[[FOUR:.*]] = arith.constant 4.000000e+00 : f32
// CHECK:           arith.divf %{{.*}}, %[[FOUR]] : f32
// CHECK:         %[[PAD:.*]] = tensor.pad %{{.*}} low[0, 0, 1, 1] high[0, 0, 1, 1]
// CHECK:         %[[SUM2:.*]] = linalg.pooling_nchw_sum {{.*}} ins(%[[PAD]], %{{.*}} : tensor<1x2x6x6xf32>, tensor<3x3xf32>)
// CHECK:         linalg.generic {{.*}} ins(%[[SUM2]] : tensor<1x2x4x4xf32>)
// CHECK:           linalg.index 2
// CHECK:           linalg.index 3
// CHECK:           %[[COUNT:.*]] = arith.sitofp %{{.*}} : i64 to f32
// CHECK:           arith.divf %{{.*}}, %[[COUNT]] : f32

func.func @avgpool(%x: tensor<1x2x4x4xf32>) -> (tensor<1x2x2x2xf32>, tensor<1x2x4x4xf32>) {
  %a = plinth.pool avg %x {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>) -> tensor<1x2x2x2xf32>
  %b = plinth.pool avg %x {kernel_shape = array<i64: 3, 3>, strides = array<i64: 1, 1>, pads = array<i64: 1, 1, 1, 1>, dilations = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  return %a, %b : tensor<1x2x2x2xf32>, tensor<1x2x4x4xf32>
}

// -----

// GQA: Q viewed as [B, Hkv, G, Sq, D] so K and V are read at (b, hkv).
// CHECK-DAG:   #[[Q:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3, d5)>
// CHECK-DAG:   #[[K:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d4, d5)>
// CHECK-DAG:   #[[S:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3, d4)>
// CHECK-DAG:   #[[ID:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
// CHECK-DAG:   #[[MASK:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d3, d4)>
// CHECK-DAG:   #[[ROW:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
// CHECK-DAG:   #[[V:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d5, d4)>
// CHECK-LABEL: func.func @attention_gqa(
// CHECK-SAME:    %[[QA:.*]]: tensor<?x4x?x8xf32>, %[[KA:.*]]: tensor<?x2x?x8xf32>, %[[VA:.*]]: tensor<?x2x?x8xf32>, %[[MA:.*]]: tensor<?x?xi1>
// CHECK:         %[[Q5:.*]] = tensor.expand_shape %[[QA]] {{\[\[}}0], [1, 2], [3], [4]] output_shape [%{{.*}}, 2, 2, %{{.*}}, 8]
// CHECK:         %[[SCORES:.*]] = linalg.generic {indexing_maps = [#[[Q]], #[[K]], #[[S]]], {{.*}}} ins(%[[Q5]], %[[KA]] : {{.*}}) outs(%{{.*}} : tensor<?x2x2x?x?xf32>)
// CHECK:         %[[SCALE:.*]] = arith.constant 0.353553{{[0-9]*}} : f32
// CHECK:         %[[NEGINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK:         %[[BIASED:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[MASK]], #[[ID]]], {{.*}}} ins(%[[SCORES]], %[[MA]] : tensor<?x2x2x?x?xf32>, tensor<?x?xi1>)
// CHECK:         ^bb0(%[[SV:.*]]: f32, %[[MV:.*]]: i1, %{{.*}}: f32):
// CHECK:           %[[SCALED:.*]] = arith.mulf %[[SV]], %[[SCALE]] : f32
// CHECK:           %[[MASKED:.*]] = arith.select %[[MV]], %[[SCALED]], %[[NEGINF]] : f32
// CHECK-DAG:       %[[J:.*]] = linalg.index 4 : index
// CHECK-DAG:       %[[I:.*]] = linalg.index 3 : index
// CHECK:           %[[FUTURE:.*]] = arith.cmpi ugt, %[[J]], %[[I]] : index
// CHECK:           arith.select %[[FUTURE]], %[[NEGINF]], %[[MASKED]] : f32
// CHECK:         %[[MAX:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]]], {{.*}} "reduction"]} ins(%[[BIASED]] : {{.*}})
// CHECK:           arith.maximumf
// CHECK:         %[[EXP:.*]] = linalg.generic {{.*}} ins(%[[BIASED]], %[[MAX]] : {{.*}})
// CHECK:           arith.cmpf oeq, %{{.*}}, %[[NEGINF]] : f32
// CHECK:           math.exp
// CHECK:         %[[SUM:.*]] = linalg.generic {{.*}} ins(%[[EXP]] : {{.*}})
// CHECK:           arith.addf
// CHECK:         %[[PV:.*]] = linalg.generic {indexing_maps = [#[[Q]], #[[V]], #[[S]]], {{.*}}} ins(%[[EXP]], %[[VA]] : {{.*}}) outs(%{{.*}} : tensor<?x2x2x?x8xf32>)
// CHECK:         %[[NORM:.*]] = linalg.generic {{.*}} ins(%[[PV]], %[[SUM]] : {{.*}})
// CHECK:           %[[EMPTYROW:.*]] = arith.cmpf oeq
// CHECK:           %[[MEAN:.*]] = arith.divf
// CHECK:           arith.select %[[EMPTYROW]], %{{.*}}, %[[MEAN]] : f32
// CHECK:         %[[OUT:.*]] = tensor.collapse_shape %[[NORM]] {{\[\[}}0], [1, 2], [3], [4]] : tensor<?x2x2x?x8xf32> into tensor<?x4x?x8xf32>
// CHECK:         return %[[OUT]]

func.func @attention_gqa(%q: tensor<?x4x?x8xf32>, %k: tensor<?x2x?x8xf32>, %v: tensor<?x2x?x8xf32>, %m: tensor<?x?xi1>) -> tensor<?x4x?x8xf32> {
  %o = plinth.attention %q, %k, %v mask(%m) {is_causal} : (tensor<?x4x?x8xf32>, tensor<?x2x?x8xf32>, tensor<?x2x?x8xf32>, tensor<?x?xi1>) -> tensor<?x4x?x8xf32>
  return %o : tensor<?x4x?x8xf32>
}

// -----

// Non-interleaved, full rotation: partner d +- 8, positions clamped to [0, 63].
// CHECK-LABEL: func.func @rotary(
// CHECK-SAME:    %[[X:.*]]: tensor<1x4x8x16xf32>, %[[COS:.*]]: tensor<64x8xf32>, %[[SIN:.*]]: tensor<64x8xf32>, %[[POS:.*]]: tensor<1x8xi64>
// CHECK:         linalg.generic {{.*}} ins(%[[X]] : tensor<1x4x8x16xf32>) outs(%{{.*}} : tensor<1x4x8x16xf32>)
// CHECK:         ^bb0(%[[SELF:.*]]: f32, %{{.*}}: f32):
// CHECK:           %[[B:.*]] = linalg.index 0
// CHECK:           %[[S:.*]] = linalg.index 2
// CHECK:           %[[D:.*]] = linalg.index 3
// CHECK:           %[[ID:.*]] = tensor.extract %[[POS]][%[[B]], %[[S]]] : tensor<1x8xi64>
// CHECK:           %[[LOW:.*]] = arith.maxsi %[[ID]], %{{.*}} : i64
// CHECK:           %[[CLAMPED:.*]] = arith.minsi %[[LOW]], %{{.*}} : i64
// CHECK:           %[[P:.*]] = arith.index_cast %[[CLAMPED]] : i64 to index
// CHECK:           %[[C:.*]] = tensor.extract %[[COS]][%[[P]], %[[PAIR:.*]]] : tensor<64x8xf32>
// CHECK:           %[[SN:.*]] = tensor.extract %[[SIN]][%[[P]], %[[PAIR]]] : tensor<64x8xf32>
// CHECK:           %[[OTHER:.*]] = tensor.extract %[[X]][%[[B]], %{{.*}}, %[[S]], %{{.*}}] : tensor<1x4x8x16xf32>
// CHECK:           %[[SC:.*]] = arith.mulf %[[SELF]], %[[C]] : f32
// CHECK:           %[[OS:.*]] = arith.mulf %[[OTHER]], %[[SN]] : f32
// CHECK:           arith.subf %[[SC]], %[[OS]] : f32
// CHECK:           arith.addf %[[SC]], %[[OS]] : f32

func.func @rotary(%x: tensor<1x4x8x16xf32>, %c: tensor<64x8xf32>, %s: tensor<64x8xf32>, %p: tensor<1x8xi64>) -> tensor<1x4x8x16xf32> {
  %y = plinth.rotary_embedding %x, %c, %s, %p : (tensor<1x4x8x16xf32>, tensor<64x8xf32>, tensor<64x8xf32>, tensor<1x8xi64>) -> tensor<1x4x8x16xf32>
  return %y : tensor<1x4x8x16xf32>
}

// -----

// Integer average pooling has no ONNX counterpart: a clear error.

func.func @avgpool_int(%x: tensor<1x1x4x4xi32>) -> tensor<1x1x2x2xi32> {
  // expected-error @+2 {{not supported yet: average pooling of integers}}
  // expected-error @+1 {{failed to legalize operation 'plinth.pool'}}
  %y = plinth.pool avg %x {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x1x4x4xi32>) -> tensor<1x1x2x2xi32>
  return %y : tensor<1x1x2x2xi32>
}
