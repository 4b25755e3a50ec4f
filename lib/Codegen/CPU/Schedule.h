//===- Schedule.h - Tile sizes and vector widths per CPU --------*- C++ -*-===//
//
// The one place where CPU code generation's tuning lives. Graph and linalg
// IR carry no tuning; passes read these numbers.
//
//===----------------------------------------------------------------------===//

#ifndef PLINTH_LIB_CODEGEN_CPU_SCHEDULE_H
#define PLINTH_LIB_CODEGEN_CPU_SCHEDULE_H

#include <cstdint>

namespace mlir::plinth {

struct CpuSchedule {
  /// f32 lanes of one vector register (16 with AVX-512, 8 with AVX2).
  int64_t vectorWidth = 16;
  /// Matmul block per thread task: rows x columns of the output.
  int64_t matmulBlockM = 64;
  int64_t matmulBlockN = 128;
  /// Reduction chunk of a block (0 = whole K): one chunk of a B panel stays
  /// in L1 while every row tile of the block uses it.
  int64_t matmulBlockK = 256;
  /// Matmul register tile: rows x columns (in f32 lanes) x reduction step.
  /// AVX-512 (32 registers): 8 x 2 vectors, 16 accumulators. AVX2 (16
  /// registers): 4 x 3 vectors, 12 accumulators + 3 B vectors + 1 broadcast;
  /// 24 columns divide BERT's and GPT-2's 768, 2304 and 3072.
  int64_t matmulTileM = 8;
  int64_t matmulTileNVectors = 2;
  int64_t matmulTileK = 1;
  /// Row reductions (softmax, norms, Reduce*): independent vector
  /// accumulators per row, so that the adds of one step do not wait on each
  /// other.
  int64_t reductionVectors = 4;

  int64_t matmulTileN() const { return matmulTileNVectors * vectorWidth; }

  /// The schedule for a CPU with `vectorBits`-bit vector registers.
  static CpuSchedule forVectorBits(unsigned vectorBits) {
    CpuSchedule schedule;
    schedule.vectorWidth = vectorBits >= 512 ? 16 : vectorBits >= 256 ? 8 : 4;
    if (vectorBits < 512) {
      schedule.matmulTileM = 4;
      schedule.matmulTileNVectors = 3;
      schedule.matmulBlockN = 4 * schedule.matmulTileN();
    }
    return schedule;
  }
};

} // namespace mlir::plinth

#endif // PLINTH_LIB_CODEGEN_CPU_SCHEDULE_H
