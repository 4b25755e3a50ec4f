// RUN: plinth-opt %s --pass-pipeline="builtin.module(func.func(plinth-cpu-tile-and-vectorize{vector-width=8},canonicalize,cse))" -split-input-file | FileCheck %s

// AVX2 schedule (8 lanes): 64x96 thread blocks, K in chunks of 256, 4x24
// register tiles. The constant B is repacked at compile time into 24-column
// panels [ceil(48/24), 300, 24]; each tile is a loop over K carrying 12
// vector<8xf32> accumulators, with 4 broadcasts and 12 FMAs per step.
// Numerics: test/E2E (every MatMul model and the transformers).

// CHECK-LABEL: func.func @matmul_constant_b(
// CHECK-DAG:     %[[PANELS:.*]] = arith.constant dense_resource<packed_panels> : tensor<2x300x24xf32>
// CHECK:         scf.forall ({{.*}}) = (0) to (128) step (64)
// CHECK:           scf.for {{.*}} step %c256
// CHECK:             scf.for {{.*}} step %c4
// CHECK:               scf.for {{.*}} step %c24
// CHECK:                 %[[PANEL:.*]] = tensor.extract_slice %[[PANELS]][{{.*}}] [1, %{{.*}}, 24] [1, 1, 1] : tensor<2x300x24xf32> to tensor<?x24xf32>
// CHECK-COUNT-12:        vector.transfer_read {{.*}} : tensor<4x24xf32>, vector<8xf32>
// CHECK:                 scf.for {{.*}} iter_args({{.*}}) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>)
// CHECK-COUNT-3:           vector.transfer_read %[[PANEL]]
// CHECK:                   tensor.extract
// CHECK:                   vector.broadcast {{.*}} : f32 to vector<8xf32>
// CHECK-COUNT-3:           vector.fma
// CHECK-COUNT-12:        vector.transfer_write
// CHECK-NOT:     linalg.matmul
func.func @matmul_constant_b(%a: tensor<128x300xf32>) -> tensor<128x48xf32> {
  %b = arith.constant dense<0.5> : tensor<300x48xf32>
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<128x48xf32>
  %init = linalg.fill ins(%zero : f32) outs(%empty : tensor<128x48xf32>) -> tensor<128x48xf32>
  %c = linalg.matmul ins(%a, %b : tensor<128x300xf32>, tensor<300x48xf32>) outs(%init : tensor<128x48xf32>) -> tensor<128x48xf32>
  return %c : tensor<128x48xf32>
}

// -----

// Dynamic rows and 20 columns: full 4x24 tiles cannot exist, so the
// remainders are cut into one-row, one-vector (1x8) kernels; the last 4
// columns stay a scalar linalg.matmul.
// CHECK-LABEL: func.func @matmul_dynamic_rows(
// CHECK:         scf.forall
// CHECK:         scf.for {{.*}} iter_args({{.*}}) -> (vector<8xf32>)
// CHECK:           vector.fma {{.*}} : vector<8xf32>
// CHECK:         linalg.matmul ins({{.*}} : tensor<1x64xf32>, tensor<64x4xf32>)
func.func @matmul_dynamic_rows(%a: tensor<?x64xf32>, %b: tensor<64x20xf32>, %init: tensor<?x20xf32>) -> tensor<?x20xf32> {
  %c = linalg.matmul ins(%a, %b : tensor<?x64xf32>, tensor<64x20xf32>) outs(%init : tensor<?x20xf32>) -> tensor<?x20xf32>
  return %c : tensor<?x20xf32>
}

// -----

// A transposed operand (B read as [n, k]) is not a plain matmul: tiled, but
// left to scalar code rather than given the wrong kernel.
// CHECK-LABEL: func.func @matmul_transposed_b(
// CHECK-NOT:     vector.fma
// CHECK:         linalg.matmul
// CHECK-NOT:     vector.fma
func.func @matmul_transposed_b(%a: tensor<8x16xf32>, %b: tensor<24x16xf32>, %init: tensor<8x24xf32>) -> tensor<8x24xf32> {
  %c = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>]
       ins(%a, %b : tensor<8x16xf32>, tensor<24x16xf32>) outs(%init : tensor<8x24xf32>) -> tensor<8x24xf32>
  return %c : tensor<8x24xf32>
}

// -----

// A weight used transposed (a tied embedding: B = transpose(E), E [48, 32])
// is packed straight from E; the transpose is not left to run.
// CHECK-LABEL: func.func @matmul_transposed_constant(
// CHECK-DAG:     arith.constant dense_resource<packed_panels> : tensor<2x32x24xf32>
// CHECK-NOT:     linalg.transpose
// CHECK:         vector.fma
func.func @matmul_transposed_constant(%a: tensor<8x32xf32>) -> tensor<8x48xf32> {
  %e = arith.constant dense<0.25> : tensor<48x32xf32>
  %empty_t = tensor.empty() : tensor<32x48xf32>
  %b = linalg.transpose ins(%e : tensor<48x32xf32>) outs(%empty_t : tensor<32x48xf32>) permutation = [1, 0]
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<8x48xf32>
  %init = linalg.fill ins(%zero : f32) outs(%empty : tensor<8x48xf32>) -> tensor<8x48xf32>
  %c = linalg.matmul ins(%a, %b : tensor<8x32xf32>, tensor<32x48xf32>) outs(%init : tensor<8x48xf32>) -> tensor<8x48xf32>
  return %c : tensor<8x48xf32>
}

// -----

// A 2-D convolution becomes an im2col copy and a generic matmul
// (filter [8, 4*3*3] x columns [1, 36, 6*6]), which gets register kernels.
// CHECK-LABEL: func.func @conv_nchw(
// CHECK-NOT:     linalg.conv_2d_nchw_fchw
// CHECK:         linalg.generic {{.*}} ins(%{{.*}} : tensor<1x4x8x8xf32>) outs(%{{.*}} : tensor<1x36x36xf32>)
// CHECK:         scf.for {{.*}} -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>)
// CHECK:           vector.fma {{.*}} : vector<8xf32>
func.func @conv_nchw(%x: tensor<1x4x8x8xf32>, %w: tensor<8x4x3x3xf32>, %init: tensor<1x8x6x6xf32>) -> tensor<1x8x6x6xf32> {
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
       ins(%x, %w : tensor<1x4x8x8xf32>, tensor<8x4x3x3xf32>) outs(%init : tensor<1x8x6x6xf32>) -> tensor<1x8x6x6xf32>
  return %c : tensor<1x8x6x6xf32>
}
