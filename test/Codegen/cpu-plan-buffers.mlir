// RUN: plinth-opt %s --pass-pipeline='builtin.module(func.func(plinth-cpu-plan-buffers))' --split-input-file | FileCheck %s

// %a and %b are live together at the copy from %a to %b; %c is allocated
// after %a's last use and takes its bytes. The output %d and the dynamically
// shaped %e keep their own allocations.
// CHECK-LABEL: func.func @chain(
// CHECK:         %[[ARENA:.*]] = memref.alloc() {alignment = 64 : i64} : memref<8192xi8>
// CHECK:         %[[C0:.*]] = arith.constant 0 : index
// CHECK:         memref.view %[[ARENA]][%[[C0]]][] : memref<8192xi8> to memref<32x32xf32>
// CHECK:         %[[C4K:.*]] = arith.constant 4096 : index
// CHECK:         memref.view %[[ARENA]][%[[C4K]]][] : memref<8192xi8> to memref<32x32xf32>
// CHECK:         %[[C0C:.*]] = arith.constant 0 : index
// CHECK:         memref.view %[[ARENA]][%[[C0C]]][] : memref<8192xi8> to memref<32x32xf32>
// CHECK:         memref.alloc() : memref<32x32xf32>
// CHECK:         memref.alloc(%{{.*}}) : memref<?xf32>
func.func @chain(%x: memref<32x32xf32>, %n: index) -> memref<32x32xf32> {
  %a = memref.alloc() : memref<32x32xf32>
  memref.copy %x, %a : memref<32x32xf32> to memref<32x32xf32>
  %b = memref.alloc() : memref<32x32xf32>
  memref.copy %a, %b : memref<32x32xf32> to memref<32x32xf32>
  %c = memref.alloc() : memref<32x32xf32>
  memref.copy %b, %c : memref<32x32xf32> to memref<32x32xf32>
  %d = memref.alloc() : memref<32x32xf32>
  memref.copy %c, %d : memref<32x32xf32> to memref<32x32xf32>
  %e = memref.alloc(%n) : memref<?xf32>
  return %d : memref<32x32xf32>
}

// -----

// Uses inside a loop count at the loop, and uses of a subview count for its
// buffer: %a (through %s in the loop, then after it) and %b (in the loop)
// are live together and get separate bytes.
// CHECK-LABEL: func.func @loop(
// CHECK:         memref.alloc() {alignment = 64 : i64} : memref<512xi8>
// CHECK:         memref.view {{.*}} to memref<64xf32>
// CHECK:         arith.constant 256 : index
// CHECK:         memref.view {{.*}} to memref<64xf32>
func.func @loop(%x: memref<64xf32>, %out: memref<64xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %a = memref.alloc() : memref<64xf32>
  %b = memref.alloc() : memref<64xf32>
  %s = memref.subview %a[0] [32] [1] : memref<64xf32> to memref<32xf32, strided<[1]>>
  scf.for %i = %c0 to %c4 step %c1 {
    %v = memref.load %x[%i] : memref<64xf32>
    memref.store %v, %s[%i] : memref<32xf32, strided<[1]>>
    memref.copy %x, %b : memref<64xf32> to memref<64xf32>
  }
  memref.copy %a, %out : memref<64xf32> to memref<64xf32>
  return
}

// -----

// Elements of odd widths take LLVM's power-of-two sizes (i24: 4 bytes), and
// an allocation aligned beyond the arena's 64 bytes keeps its own.
// CHECK-LABEL: func.func @sizes(
// CHECK:         memref.alloc() {alignment = 64 : i64} : memref<896xi8>
// CHECK:         memref.view {{.*}} to memref<100xi24>
// CHECK:         memref.view {{.*}} to memref<100xi24>
// CHECK:         memref.alloc() {alignment = 4096 : i64} : memref<16xf32>
// CHECK:         memref.view {{.*}} to memref<16xf32>
func.func @sizes(%x: memref<100xi24>, %y: memref<16xf32>) {
  %a = memref.alloc() : memref<100xi24>
  %b = memref.alloc() : memref<100xi24>
  memref.copy %x, %a : memref<100xi24> to memref<100xi24>
  memref.copy %a, %b : memref<100xi24> to memref<100xi24>
  memref.copy %b, %x : memref<100xi24> to memref<100xi24>
  %c = memref.alloc() {alignment = 4096 : i64} : memref<16xf32>
  %d = memref.alloc() : memref<16xf32>
  memref.copy %y, %c : memref<16xf32> to memref<16xf32>
  memref.copy %c, %d : memref<16xf32> to memref<16xf32>
  memref.copy %d, %y : memref<16xf32> to memref<16xf32>
  return
}

// -----

// Dynamically shaped buffers with disjoint lifetimes share a slot: the first
// allocates its bytes (4 * 32 * %n), a later one views the slot when it
// fits and otherwise takes a larger allocation. %b overlaps %a and takes a
// slot of its own; %c (after both) goes to the slot whose last buffer had
// the same dynamic size as %c (memref.dim %a, 0 is %n, seen through %a's
// allocation): %a's. A slot of one buffer stays a plain allocation.
// CHECK-LABEL: func.func @dynamic(
// CHECK-SAME:    %[[N:[^:]*]]: index, %[[M:[^:]*]]: index
// CHECK:         %[[C128:.*]] = arith.constant 128 : index
// CHECK:         %[[BYTES_A:.*]] = arith.muli %[[C128]], %[[N]] : index
// CHECK:         %[[SLOT:.*]] = memref.alloc(%[[BYTES_A]]) {alignment = 64 : i64} : memref<?xi8>
// CHECK:         %[[A:.*]] = memref.view %[[SLOT]][%{{.*}}][%[[N]]] : memref<?xi8> to memref<?x32xf32>
// CHECK:         memref.alloc(%[[M]]) : memref<?xf32>
// CHECK:         %[[C256:.*]] = arith.constant 256 : index
// CHECK:         %[[BYTES_C:.*]] = arith.muli %[[C256]], %[[DIM:.*]] : index
// CHECK:         %[[CAP:.*]] = memref.dim %[[SLOT]], %{{.*}} : memref<?xi8>
// CHECK:         %[[GROW:.*]] = arith.cmpi ugt, %[[BYTES_C]], %[[CAP]] : index
// CHECK:         %[[SLOT2:.*]] = scf.if %[[GROW]] -> (memref<?xi8>) {
// CHECK:           %[[LARGER:.*]] = memref.alloc(%[[BYTES_C]]) {alignment = 64 : i64} : memref<?xi8>
// CHECK:           scf.yield %[[LARGER]] : memref<?xi8>
// CHECK:         } else {
// CHECK:           scf.yield %[[SLOT]] : memref<?xi8>
// CHECK:         }
// CHECK:         memref.view %[[SLOT2]][%{{.*}}][%[[DIM]]] : memref<?xi8> to memref<?x64xf32>
func.func @dynamic(%n: index, %m: index, %x: memref<?x32xf32>, %y: memref<?xf32>) {
  %c0 = arith.constant 0 : index
  %a = memref.alloc(%n) : memref<?x32xf32>
  memref.copy %x, %a : memref<?x32xf32> to memref<?x32xf32>
  %b = memref.alloc(%m) : memref<?xf32>
  memref.copy %a, %x : memref<?x32xf32> to memref<?x32xf32>
  memref.copy %y, %b : memref<?xf32> to memref<?xf32>
  memref.copy %b, %y : memref<?xf32> to memref<?xf32>
  %d = memref.dim %a, %c0 : memref<?x32xf32>
  %c = memref.alloc(%d) : memref<?x64xf32>
  %s = memref.subview %c[0, 0] [%d, 32] [1, 1] : memref<?x64xf32> to memref<?x32xf32, strided<[64, 1]>>
  memref.copy %s, %x : memref<?x32xf32, strided<[64, 1]>> to memref<?x32xf32>
  return
}
