// RUN: plinth-opt %s --plinth-cpu-serialize-nested-parallel | FileCheck %s

// The outer loop stays parallel (it becomes the OpenMP work-sharing loop);
// the inner one becomes an scf.for nest, one loop per dim.
// CHECK-LABEL: func.func @nested(
// CHECK:         scf.parallel (%[[I:.*]]) =
// CHECK-NOT:       scf.parallel
// CHECK:           scf.for %[[J:.*]] =
// CHECK:             scf.for %[[K:.*]] =
// CHECK:               memref.store {{.*}}[%[[I]], %[[J]], %[[K]]]
func.func @nested(%out: memref<4x8x16xf32>, %v: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c8 = arith.constant 8 : index
  %c16 = arith.constant 16 : index
  scf.parallel (%i) = (%c0) to (%c4) step (%c1) {
    scf.parallel (%j, %k) = (%c0, %c0) to (%c8, %c16) step (%c1, %c1) {
      memref.store %v, %out[%i, %j, %k] : memref<4x8x16xf32>
    }
  }
  return
}

// A loop nest that is parallel only at the top is left alone.
// CHECK-LABEL: func.func @single(
// CHECK:         scf.parallel
// CHECK-NOT:     scf.for
func.func @single(%out: memref<8xf32>, %v: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  scf.parallel (%i) = (%c0) to (%c8) step (%c1) {
    memref.store %v, %out[%i] : memref<8xf32>
  }
  return
}
