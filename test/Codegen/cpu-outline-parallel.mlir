// RUN: plinth-opt %s --plinth-cpu-outline-parallel | FileCheck %s

// Each outermost omp.parallel moves into a private function called in its
// place. Buffers from outside become arguments; constants and the address
// of a global (and a view of it) are cloned into the function instead. The
// nested omp.parallel stays inside its parent.
// CHECK-LABEL: func.func private @main_parallel_0(
// CHECK-SAME:    %[[A0:.*]]: memref<4xf32>, %[[A1:.*]]: index)
// CHECK-DAG:     %[[C3:.*]] = arith.constant 3 : index
// CHECK-DAG:     %[[W:.*]] = memref.get_global @w : memref<8xf32>
// CHECK-DAG:     %[[S:.*]] = memref.subview %[[W]][4] [4] [1]
// CHECK:         omp.parallel {
// CHECK:           memref.load %[[S]][%[[C3]]]
// CHECK:           memref.store %{{.*}}, %[[A0]][%[[A1]]]
// CHECK:           omp.terminator
// CHECK-LABEL: func.func private @main_parallel_1(
// CHECK-SAME:    memref<4xf32>)
// CHECK:         omp.parallel {
// CHECK:           omp.parallel {
// CHECK-LABEL: func.func @main(
// CHECK-SAME:    %[[OUT:.*]]: memref<4xf32>, %[[N:.*]]: index)
// CHECK-NOT:     omp.parallel
// CHECK:         call @main_parallel_0(%[[OUT]], %[[N]]) : (memref<4xf32>, index) -> ()
// CHECK-NOT:     omp.parallel
// CHECK:         call @main_parallel_1(%[[OUT]]) : (memref<4xf32>) -> ()
// CHECK-NEXT:    return
memref.global "private" constant @w : memref<8xf32> = dense<1.0>
func.func @main(%out: memref<4xf32>, %n: index) {
  %c3 = arith.constant 3 : index
  %w = memref.get_global @w : memref<8xf32>
  %s = memref.subview %w[4] [4] [1] : memref<8xf32> to memref<4xf32, strided<[1], offset: 4>>
  omp.parallel {
    %v = memref.load %s[%c3] : memref<4xf32, strided<[1], offset: 4>>
    memref.store %v, %out[%n] : memref<4xf32>
    omp.terminator
  }
  omp.parallel {
    omp.parallel {
      %v = memref.load %out[%c3] : memref<4xf32>
      memref.store %v, %out[%c3] : memref<4xf32>
      omp.terminator
    }
    omp.terminator
  }
  return
}
