//===- PlinthDialect.td - Plinth graph dialect -------------*- tablegen -*-===//
//
// The plinth dialect: Plinth's graph-level IR. Value semantics on ranked
// tensors with static or dynamic dims. See README.md for why each op exists.
//
//===----------------------------------------------------------------------===//

#ifndef PLINTH_DIALECT_TD
#define PLINTH_DIALECT_TD

include "mlir/IR/OpBase.td"

def Plinth_Dialect : Dialect {
  let name = "plinth";
  let summary = "Plinth's graph-level dialect for transformer and diffusion models.";
  let description = [{
    The `plinth` dialect is the graph IR that the ONNX importer produces and
    that Plinth's graph, fusion and quantization passes transform. Ops work on
    ranked tensors with value semantics; dims are static or dynamic (`?`), and
    symbolic dim names from ONNX `dim_param` are carried on function arguments
    and results as the `plinth.dim_names` attribute.

    The op set is normalized rather than a mirror of ONNX: one `matmul`, one
    `binary` op with a kind, one `compare` op with a predicate, one `reduce` op
    with a kind, and so on. ONNX ops that are compositions of others (Gemm,
    BatchNormalization, Clip, Split, Squeeze, Size, ...) are imported as those
    compositions.
  }];
  let cppNamespace = "::mlir::plinth";
  let hasConstantMaterializer = 1;
}

class Plinth_Op<string mnemonic, list<Trait> traits = []>
    : Op<Plinth_Dialect, mnemonic, traits>;

#endif // PLINTH_DIALECT_TD
