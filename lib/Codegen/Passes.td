//===- Passes.td - Plinth code generation passes -----------*- tablegen -*-===//

#ifndef PLINTH_CODEGEN_PASSES_TD
#define PLINTH_CODEGEN_PASSES_TD

include "mlir/Pass/PassBase.td"

def RecordSignature : Pass<"plinth-codegen-record-signature", "ModuleOp"> {
  let summary = "Records the model signature (names, dtypes, dims) as a module attribute.";
  let description = [{
    Reads `func.func @main` while it still has plinth's element types
    (`ui8` is unsigned) and its `plinth.name` / `plinth.dim_names`
    attributes, and stores the artifact signature text (see
    runtime/README.md) as the module attribute `plinth.signature`. Run it
    before the lowering to linalg, which makes integers signless. Also
    marks `@main` for the C interface (`llvm.emit_c_interface`) and its
    arguments read-only (`bufferization.writable = false`): the inputs
    belong to the caller.

    Before: `func.func @main(%arg0: tensor<?x8xf32> {plinth.name = "x", plinth.dim_names = ["batch", ""]})`
    After: the module carries `plinth.signature = "plinth-signature 1\ninput\tx\tf32\t2\t?batch\t8\n..."`.
  }];
}

def CpuFuseElementwise : Pass<"plinth-cpu-fuse-elementwise", "func::FuncOp"> {
  let summary = "Fuses elementwise producers into their single all-parallel consumer.";
  let description = [{
    Upstream elementwise fusion with a control function: a producer fuses
    into a consumer only when that consumer is its single user and has no
    reduction loops. Fusing into a contraction or a reduction would recompute
    the producer for every reduction step and hide the named contraction from
    the contraction schedule.

    Before: `%g = linalg.generic {erf...} ins(%x)`, `%y = linalg.generic {mul} ins(%g, %x)`
    After: one `linalg.generic` computing both.
  }];
  let dependentDialects = ["linalg::LinalgDialect"];
}

def CpuTileAndVectorize : Pass<"plinth-cpu-tile-and-vectorize", "func::FuncOp"> {
  let summary = "Tiles contractions for threads and registers and vectorizes the register tiles.";
  let description = [{
    2-D convolutions (`linalg.conv_2d_nchw_fchw`, float) are first rewritten
    into an im2col copy and a generic matmul. Then for every
    `linalg.matmul`, `linalg.batch_matmul` and generic matmul (parallel
    loops, one reduction, a multiply-add body, no transposed operand) on
    tensors: tiles the
    parallel dims into `scf.forall` blocks (one per thread task) and each
    block into register tiles with `scf.for` over M and N (K is not tiled).
    The tile loops are peeled; remainder tiles are cut again into one row by
    one vector. Every static tile with a float element type becomes a
    register kernel: `vector.transfer_read` of the accumulators, an `scf.for`
    over K carrying them as iter_args with one `vector.broadcast` of A per
    row and one `vector.fma` per accumulator, then `vector.transfer_write`.
    Sizes come from the CPU schedule (lib/Codegen/CPU/Schedule.h).

    Before: `%c = linalg.matmul ins(%a, %b : tensor<128x768xf32>, tensor<768x768xf32>) outs(...)`
    After (AVX2): `scf.forall` over 64x96 blocks, `scf.for` over 4x24 tiles,
    each an `scf.for` over K with 12 `vector<8xf32>` accumulators.
  }];
  let options = [
    Option<"vectorWidth", "vector-width", "int64_t", /*default=*/"16",
           "f32 lanes of the target's vector registers (16 for AVX-512)">
  ];
  let dependentDialects = ["scf::SCFDialect", "vector::VectorDialect",
                           "affine::AffineDialect", "tensor::TensorDialect"];
}

def CpuChecksToStatus : Pass<"plinth-cpu-checks-to-status", "ModuleOp"> {
  let summary = "Turns the run-time size checks of @main into a status instead of an abort.";
  let description = [{
    Sizes only a run can know (a reshape's element count, concat inputs that
    must agree) are checked with `cf.assert`, which would abort the process.
    @main gets a trailing `memref<2xi64>` status slot; each check at its top
    level becomes a `cf.cond_br` to a block that stores the code 2 and the
    address of the message ("node 'NAME': ...", a constant global) in the
    slot and returns poison results. The module gets `plinth.status_slot`;
    plinth-cpu-emit-entry-point passes the slot and returns the code, with
    the message address in the first word of the outputs.

    Before: `cf.assert %ok, "reshape: ..."`
    After: `cf.cond_br %ok, ^continue, ^fail` with `^fail` storing into the slot and returning.
  }];
  let dependentDialects = ["cf::ControlFlowDialect", "LLVM::LLVMDialect",
                           "ub::UBDialect", "memref::MemRefDialect",
                           "arith::ArithDialect"];
}

def CpuSerializeNestedParallel : Pass<"plinth-cpu-serialize-nested-parallel"> {
  let summary = "Turns scf.parallel loops nested in another scf.parallel into scf.for.";
  let description = [{
    Threads share only the outermost parallel loop of a nest. A nested
    `scf.parallel` would become a nested OpenMP region that libomp runs
    serialized, but with a fork, a schedule setup and a join per outer
    iteration; it becomes an `scf.for` nest instead. The innermost dim of a
    multi-dim `scf.parallel` also becomes an `scf.for` inside it: OpenMP
    would collapse all dims into one index and divide it back per
    iteration, which keeps LLVM from vectorizing the contiguous dim.

    Before: `scf.parallel (%i) ... { scf.parallel (%j) ... }`,
    `scf.parallel (%i, %j) ...`
    After: `scf.parallel (%i) ... { scf.for %j ... }` for both.
  }];
  let dependentDialects = ["scf::SCFDialect"];
}

def CpuFlattenAllocaScopes : Pass<"plinth-cpu-flatten-alloca-scopes"> {
  let summary = "Inlines memref.alloca_scope regions so nested loops can lower to branches.";
  let description = [{
    convert-scf-to-openmp wraps each work-sharing loop body in a
    `memref.alloca_scope`, whose region must stay a single block; lowering
    the loops nested inside to `cf` branches would break it. Plinth's loop
    bodies do not grow the stack per iteration (buffers are heap-allocated
    by bufferization, transfer temporaries are hoisted to the enclosing
    `omp.parallel`), so the scopes are inlined.

    Before: `memref.alloca_scope { scf.for ... }`
    After: `scf.for ...`
  }];
  let dependentDialects = ["memref::MemRefDialect"];
}

def CpuOutlineParallel : Pass<"plinth-cpu-outline-parallel", "ModuleOp"> {
  let summary = "Moves every outermost omp.parallel into a function of its own.";
  let description = [{
    Translation outlines each `omp.parallel` region with LLVM's
    CodeExtractor, whose analysis cache scans the whole enclosing function
    once per region: quadratic in the size of a model's entry function.
    Each outermost `omp.parallel` inside a `func.func` becomes a call to a
    new private function `<func>_parallel_<N>` holding it; values defined
    outside become arguments.

    Before: `func.func @main(...) { ... omp.parallel { ... } ... }`
    After: `func.func @main(...) { ... call @main_parallel_0(%a, %b) ... }`,
    `func.func private @main_parallel_0(%a, %b) { omp.parallel { ... } }`.
  }];
  let dependentDialects = ["func::FuncDialect", "scf::SCFDialect"];
}

def CpuExpandStridedCopies : Pass<"plinth-cpu-expand-strided-copies"> {
  let summary = "Turns memref copies between non-contiguous buffers into linalg.copy.";
  let description = [{
    A `memref.copy` between contiguous buffers lowers to `memcpy`; any other
    would lower to a call into MLIR's C runner library, which artifacts must
    not depend on. Those become `linalg.copy`, which the pipeline lowers to
    parallel loops with every other linalg op.

    Before: `memref.copy %a, %b : memref<4x4xf32, strided<[8, 1]>> to memref<4x4xf32>`
    After: `linalg.copy ins(%a : ...) outs(%b : ...)`
  }];
  let dependentDialects = ["linalg::LinalgDialect"];
}

def CpuPlanBuffers : Pass<"plinth-cpu-plan-buffers", "func::FuncOp"> {
  let summary = "Lets a function's intermediate buffers reuse memory by lifetime.";
  let description = [{
    Runs after bufferization and before deallocation. Every contiguous
    `memref.alloc` in the function's body whose aliases
    (`BufferViewFlowAnalysis`) are neither returned nor passed to a call is
    live from its allocation to the last use of an alias (a use inside a
    nested region counts at its ancestor in the body).

    Statically shaped buffers get offsets in one arena, largest first, at
    the lowest 64-byte aligned offset that no buffer with an overlapping
    lifetime occupies; each allocation becomes a `memref.view` of the arena.

    Dynamically shaped buffers with disjoint lifetimes share slots: a slot
    is allocated where its first buffer was, and each later buffer views it
    at offset 0 when it is large enough, or takes a larger allocation (the
    smaller is dead by then, and freed when the function returns). Buffers whose dynamic sizes are provably the
    same values (the same SSA value, or `memref.dim` of the same argument,
    seen through allocations, views and expand_shapes) are put together
    first, so that slots seldom grow. Deallocation then frees each arena and
    slot once. Outputs keep their own allocations.

    Before: `%a = memref.alloc() : memref<128x768xf32>` ... (last use of %a)
    ... `%b = memref.alloc() : memref<128x768xf32>`
    After: `%arena = memref.alloc() : memref<393216xi8>`, `%a` and `%b` both
    `memref.view %arena[%c0][]`.
  }];
  let dependentDialects = ["memref::MemRefDialect", "arith::ArithDialect",
                           "scf::SCFDialect"];
}

def CpuVectorizeReductions : Pass<"plinth-cpu-vectorize-reductions"> {
  let summary = "Vectorizes row reductions on buffers (softmax, norms, Reduce*).";
  let description = [{
    A `linalg.generic` on buffers whose parallel loops are outside one
    innermost reduction loop, whose inputs are read along that loop as their
    last, unit-stride dim (or not at all), whose body is elementwise arith and
    math ops on f32, f64 or integers, and whose output is combined by one
    associative op (add, mul, max, min, and, or, xor) becomes an
    `scf.parallel` over its rows. Each row runs the body on vectors with
    several independent accumulators (`vector.load`, the body's ops on
    vectors), folds them into the row's initial value with
    `vector.reduction`, and finishes the last elements with the scalar body.
    Float sums are reassociated, as every vectorized reduction is. Sizes come
    from the CPU schedule (lib/Codegen/CPU/Schedule.h).

    Before: `linalg.generic {iterator_types = ["parallel", "reduction"]}
    ins(%x : memref<128x768xf32>) outs(%sum : memref<128xf32>)` adding rows.
    After (AVX2): `scf.parallel` over 128 rows, each an `scf.for` over 768 in
    steps of 32 carrying four `vector<8xf32>` sums, four `vector.reduction
    <add>`, then a scalar `scf.for` over the rest.
  }];
  let options = [
    Option<"vectorWidth", "vector-width", "int64_t", /*default=*/"16",
           "f32 lanes of one vector register">,
  ];
  let dependentDialects = ["scf::SCFDialect", "vector::VectorDialect",
                           "memref::MemRefDialect", "arith::ArithDialect"];
}

def CpuApproximateMath : Pass<"plinth-cpu-approximate-math"> {
  let summary = "Replaces transcendental math ops with vectorizable polynomial approximations.";
  let description = [{
    `math.exp`, `math.log`, `math.tanh`, `math.erf`, `math.sin`, ... become
    MLIR's polynomial approximations (accurate to a few float ulps): plain
    arithmetic that LLVM vectorizes, instead of a libm call per element.

    Before: `%y = math.erf %x : f32`
    After: a sequence of `arith.mulf` / `math.fma` / `arith.select` ops.
  }];
  let dependentDialects = ["math::MathDialect", "arith::ArithDialect",
                           "vector::VectorDialect", "LLVM::LLVMDialect"];
}

def CpuEmitEntryPoint : Pass<"plinth-cpu-emit-entry-point", "ModuleOp"> {
  let summary = "Adds the artifact's C entry point and signature to an LLVM-dialect module.";
  let description = [{
    After the lowering to the LLVM dialect, adds
    `int32_t plinth_entry(void **inputs, void *outputs)`, which unpacks the
    input descriptor pointers and calls `_mlir_ciface_main`, and the globals
    `plinth_signature` (from the module attribute `plinth.signature`) and
    `plinth_abi_version`, the artifact ABI of runtime/README.md.
  }];
  let dependentDialects = ["LLVM::LLVMDialect"];
}

#endif // PLINTH_CODEGEN_PASSES_TD
