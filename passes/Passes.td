//===- Passes.td - Plinth passes ---------------------------*- tablegen -*-===//

#ifndef PLINTH_PASSES_TD
#define PLINTH_PASSES_TD

include "mlir/Pass/PassBase.td"

//===----------------------------------------------------------------------===//
// Graph
//===----------------------------------------------------------------------===//

def GraphSimplify : Pass<"plinth-graph-simplify", "func::FuncOp"> {
  let summary = "Folds constants and shape arithmetic and applies the plinth canonical forms.";
  let description = [{
    Applies the folders and canonicalization patterns of the plinth dialect
    greedily: shape arithmetic on static shapes becomes constants, chains of
    reshapes and transposes collapse, identities (`x + 0`, identity casts,
    full slices) disappear. Weights are never folded.

    Before:
    ```mlir
    %s = plinth.shape_of %x : (tensor<2x12xf32>) -> tensor<2xi64>
    %c = plinth.constant dense<[3, 4]> : tensor<2xi64>
    %n = plinth.slice %s {axes = array<i64: 0>, starts = array<i64: 0>,
           ends = array<i64: 1>, steps = array<i64: 1>} : (tensor<2xi64>) -> tensor<1xi64>
    %shape = plinth.concat %n, %c {axis = 0 : i64} : (tensor<1xi64>, tensor<2xi64>) -> tensor<3xi64>
    %y = plinth.reshape %x, %shape : (tensor<2x12xf32>, tensor<3xi64>) -> tensor<2x3x4xf32>
    ```
    After:
    ```mlir
    %y = plinth.reshape %x : (tensor<2x12xf32>) -> tensor<2x3x4xf32>
    ```
  }];
  let options = [
    Option<"maxIterations", "max-iterations", "int64_t", /*default=*/"10",
           "Maximum number of greedy rewrite iterations">
  ];
}

//===----------------------------------------------------------------------===//
// Conversion
//===----------------------------------------------------------------------===//

def LowerToLinalg : Pass<"plinth-lower-to-linalg", "ModuleOp"> {
  let summary = "Lowers every plinth op to linalg, tensor, arith and math on tensors.";
  let description = [{
    Named linalg ops where they exist (matmul, batch_matmul, convolutions,
    pooling, fill), `linalg.generic` elsewhere; integer element types become
    signless (the signedness is read from the plinth op's types while
    lowering). Constants become `arith.constant` (weights stay
    `dense_resource` blobs; external weights are mapped from their file).
    A plinth op without a lowering fails the pass with an error naming it.

    Before:
    ```mlir
    %y = plinth.binary add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
    ```
    After:
    ```mlir
    %e = tensor.empty() : tensor<2x3xf32>
    %y = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>,
           affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>],
           iterator_types = ["parallel", "parallel"]}
         ins(%a, %b : tensor<2x3xf32>, tensor<3xf32>) outs(%e : tensor<2x3xf32>) {
    ^bb0(%x: f32, %z: f32, %out: f32):
      %s = arith.addf %x, %z : f32
      linalg.yield %s : f32
    } -> tensor<2x3xf32>
    ```
  }];
  let dependentDialects = ["linalg::LinalgDialect", "tensor::TensorDialect",
                           "arith::ArithDialect", "math::MathDialect",
                           "scf::SCFDialect", "bufferization::BufferizationDialect",
                           "cf::ControlFlowDialect"];
}

#endif // PLINTH_PASSES_TD
