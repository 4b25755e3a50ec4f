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

#endif // PLINTH_PASSES_TD
