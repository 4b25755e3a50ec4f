// RUN: plinth-opt %s --plinth-cpu-vectorize-reductions=vector-width=8 --split-input-file | FileCheck %s

// Softmax's sum: an exp body on vectors, four accumulators of 8 lanes over
// chunks of 32, folded into the row's initial value, then a scalar tail.
// CHECK-LABEL: func.func @exp_sum(
// CHECK-SAME:    %[[X:.*]]: memref<?x?xf32>, %[[MAX:.*]]: memref<?xf32>, %[[OUT:.*]]: memref<?xf32>)
// CHECK:         scf.parallel (%[[ROW:.*]]) =
// CHECK:           %[[INIT:.*]] = memref.load %[[OUT]][%[[ROW]]]
// CHECK:           %[[C32:.*]] = arith.constant 32 : index
// CHECK:           %[[END:.*]] = arith.muli
// CHECK:           %[[NZ:.*]] = arith.constant -0.000000e+00 : f32
// CHECK:           vector.broadcast %[[NZ]] : f32 to vector<8xf32>
// CHECK:           %[[ACCS:.*]]:4 = scf.for %[[K:.*]] = %{{.*}} to %[[END]] step %[[C32]] iter_args(
// CHECK:             vector.load %[[X]][%[[ROW]], %{{.*}}] : memref<?x?xf32>, vector<8xf32>
// CHECK:             %[[M:.*]] = memref.load %[[MAX]][%[[ROW]]]
// CHECK:             vector.broadcast %[[M]] : f32 to vector<8xf32>
// CHECK:             arith.subf {{.*}} : vector<8xf32>
// CHECK:             math.exp {{.*}} : vector<8xf32>
// CHECK:             arith.addf {{.*}} : vector<8xf32>
// CHECK-COUNT-3:     math.exp {{.*}} : vector<8xf32>
// CHECK:           %[[R0:.*]] = vector.reduction <add>, %[[ACCS]]#0, %[[INIT]]
// CHECK:           %[[R1:.*]] = vector.reduction <add>, %[[ACCS]]#1, %[[R0]]
// CHECK:           %[[R2:.*]] = vector.reduction <add>, %[[ACCS]]#2, %[[R1]]
// CHECK:           %[[R3:.*]] = vector.reduction <add>, %[[ACCS]]#3, %[[R2]]
// CHECK:           %[[SUM:.*]] = scf.for %{{.*}} = %[[END]] to %{{.*}} iter_args(%{{.*}} = %[[R3]]) -> (f32)
// CHECK:             math.exp {{.*}} : f32
// CHECK:           memref.store %[[SUM]], %[[OUT]][%[[ROW]]]
// CHECK-NOT:     linalg.generic
func.func @exp_sum(%x: memref<?x?xf32>, %max: memref<?xf32>, %out: memref<?xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0)>],
                  iterator_types = ["parallel", "reduction"]}
      ins(%x, %max : memref<?x?xf32>, memref<?xf32>) outs(%out : memref<?xf32>) {
  ^bb0(%in: f32, %m: f32, %acc: f32):
    %d = arith.subf %in, %m : f32
    %e = math.exp %d : f32
    %s = arith.addf %acc, %e : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// A full reduction to a scalar (no parallel loop); max starts from -inf.
// CHECK-LABEL: func.func @max_all(
// CHECK-NOT:     scf.parallel
// CHECK:         %[[NEG:.*]] = arith.constant 0xFF800000 : f32
// CHECK:         vector.broadcast %[[NEG]] : f32 to vector<8xf32>
// CHECK:         arith.maximumf {{.*}} : vector<8xf32>
// CHECK:         vector.reduction <maximumf>
func.func @max_all(%x: memref<100xf32>, %out: memref<f32>) {
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>],
                  iterator_types = ["reduction"]}
      ins(%x : memref<100xf32>) outs(%out : memref<f32>) {
  ^bb0(%in: f32, %acc: f32):
    %m = arith.maximumf %in, %acc : f32
    linalg.yield %m : f32
  }
  return
}

// -----

// Integer sums of i64 take 4 lanes per 256-bit register.
// CHECK-LABEL: func.func @sum_i64(
// CHECK:         vector.load {{.*}} vector<4xi64>
// CHECK:         vector.reduction <add>, {{.*}} : vector<4xi64> into i64
func.func @sum_i64(%x: memref<8x64xi64>, %out: memref<8xi64>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>],
                  iterator_types = ["parallel", "reduction"]}
      ins(%x : memref<8x64xi64>) outs(%out : memref<8xi64>) {
  ^bb0(%in: i64, %acc: i64):
    %s = arith.addi %in, %acc : i64
    linalg.yield %s : i64
  }
  return
}

// -----

// Left to the loop lowering: a reduction along a strided dim, the output
// used twice in the body, and an index-dependent body.
// CHECK-LABEL: func.func @not_rows(
// CHECK-COUNT-3: linalg.generic
// CHECK-NOT:     vector.
func.func @not_rows(%x: memref<64x8xf32>, %y: memref<8x64xf32>, %out: memref<8xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1, d0)>, affine_map<(d0, d1) -> (d0)>],
                  iterator_types = ["parallel", "reduction"]}
      ins(%x : memref<64x8xf32>) outs(%out : memref<8xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %s = arith.addf %in, %acc : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>],
                  iterator_types = ["parallel", "reduction"]}
      ins(%y : memref<8x64xf32>) outs(%out : memref<8xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %s = arith.addf %in, %acc : f32
    %t = arith.mulf %s, %acc : f32
    linalg.yield %t : f32
  }
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>],
                  iterator_types = ["parallel", "reduction"]}
      ins(%y : memref<8x64xf32>) outs(%out : memref<8xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %i = linalg.index 1 : index
    %c = arith.index_cast %i : index to i32
    %f = arith.sitofp %c : i32 to f32
    %p = arith.mulf %in, %f : f32
    %s = arith.addf %p, %acc : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// Integer ops with no-wrap flags are left alone: reassociated partial sums
// may overflow where the original order does not.
// CHECK-LABEL: func.func @nsw_sum(
// CHECK:         linalg.generic
// CHECK-NOT:     vector.
func.func @nsw_sum(%x: memref<8x64xi32>, %out: memref<8xi32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>],
                  iterator_types = ["parallel", "reduction"]}
      ins(%x : memref<8x64xi32>) outs(%out : memref<8xi32>) {
  ^bb0(%in: i32, %acc: i32):
    %s = arith.addi %in, %acc overflow<nsw> : i32
    linalg.yield %s : i32
  }
  return
}
