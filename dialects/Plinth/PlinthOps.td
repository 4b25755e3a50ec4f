//===- PlinthOps.td - Plinth operations --------------------*- tablegen -*-===//
//
// Operations of the plinth dialect. Every op has value semantics on ranked
// tensors. Ops whose result shape follows from their operands and attributes
// infer it (InferTypeOpInterface); ops whose result shape depends on operand
// *values* (reshape, expand, fill, range, resize, ...) carry it in the result
// type and verify what they can.
//
//===----------------------------------------------------------------------===//

#ifndef PLINTH_OPS_TD
#define PLINTH_OPS_TD

include "dialects/Plinth/PlinthDialect.td"
include "dialects/Plinth/PlinthEnums.td"
include "mlir/IR/BuiltinAttributeInterfaces.td"
include "mlir/IR/CommonAttrConstraints.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def Plinth_Tensor : RankedTensorOf<[AnyType]>;
def Plinth_ShapeTensor : 1DTensorOf<[I64]>;
def Plinth_IndexTensor : RankedTensorOf<[I32, I64]>;

class Plinth_InferredOp<string mnemonic, list<Trait> traits = []>
    : Plinth_Op<mnemonic, !listconcat(traits, [Pure, InferTypeOpAdaptor])>;

//===----------------------------------------------------------------------===//
// ConstantOp
//===----------------------------------------------------------------------===//

def Plinth_ConstantOp : Plinth_Op<"constant", [ConstantLike, Pure,
    AllTypesMatch<["value", "result"]>]> {
  let summary = "A tensor constant: a dense literal or a dense_resource blob.";
  let description = [{
    Produces a tensor from an elements attribute. Model weights are
    `dense_resource` blobs (never giant textual literals); small constants
    such as folded shapes are `dense` literals.

    ```mlir
    %shape = plinth.constant dense<[2, 12]> : tensor<2xi64>
    %w = plinth.constant dense_resource<wte> : tensor<512x128xf32>
    ```
  }];
  let arguments = (ins ElementsAttr:$value);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "attr-dict $value";
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// ExternalWeightOp
//===----------------------------------------------------------------------===//

def Plinth_ExternalWeightOp : Plinth_Op<"external_weight", [Pure]> {
  let summary = "A weight tensor stored in an external file beside the model.";
  let description = [{
    References `length` bytes at `offset` in `file`, a path relative to the
    model's directory (recorded as the module attribute `plinth.model_dir`).
    The importer checked that the file exists, stays inside the model
    directory and holds the whole range, so the weight is mapped, never
    copied, when the model is compiled.

    ```mlir
    %w = plinth.external_weight "weights.bin"[4096, 1536] : tensor<3x128xf32>
    ```
  }];
  let arguments = (ins StrAttr:$file,
                       ConfinedAttr<I64Attr, [IntNonNegative]>:$offset,
                       ConfinedAttr<I64Attr, [IntNonNegative]>:$length);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$file `[` $offset `,` $length `]` attr-dict `:` type($result)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// UnaryOp
//===----------------------------------------------------------------------===//

def Plinth_UnaryOp : Plinth_Op<"unary", [Pure, SameOperandsAndResultType]> {
  let summary = "An elementwise unary function, selected by `kind`.";
  let description = [{
    Applies `kind` to every element. `elu`, `leaky_relu`, `celu`,
    `thresholded_relu` (`x > alpha ? x : 0`) and `swish` (`x *
    sigmoid(alpha * x)`) take `alpha`; `hard_sigmoid` (`max(0, min(1,
    alpha*x+beta))`), `selu` (alpha, gamma as `beta`) and `shrink` (lambd as
    `alpha`, bias as `beta`) take both; the other kinds take neither. `not`
    works on `i1`; `bit_not` on integers; `abs`, `neg` and `sign` on numbers;
    the rest on floats. `round` rounds half to even.

    ```mlir
    %y = plinth.unary exp %x : tensor<2x3xf32>
    %z = plinth.unary leaky_relu %x {alpha = 0.1 : f32} : tensor<2x3xf32>
    ```
  }];
  let arguments = (ins Plinth_UnaryKind:$kind, Plinth_Tensor:$input,
                       OptionalAttr<F32Attr>:$alpha,
                       OptionalAttr<F32Attr>:$beta);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$kind $input attr-dict `:` type($input)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// BinaryOp
//===----------------------------------------------------------------------===//

def Plinth_BinaryOp : Plinth_InferredOp<"binary"> {
  let summary = "An elementwise binary function with numpy broadcasting.";
  let description = [{
    Applies `kind` to the broadcast operands. Both operands have the same
    element type; the result has it too. `mod` is modulo with the sign
    of the divisor, `fmod` has the sign of the dividend (C `fmod`); `prelu`
    is `lhs < 0 ? lhs * rhs : lhs`; `and`, `or`, `xor` take `i1` (logical)
    or integers (bitwise); `shift_left` and `shift_right` take integers
    (the right shift is arithmetic for signed types), and a shift amount
    outside `[0, bit width)` shifts every bit out.

    ```mlir
    %y = plinth.binary add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
    ```
  }];
  let arguments = (ins Plinth_BinaryKind:$kind, Plinth_Tensor:$lhs,
                       Plinth_Tensor:$rhs);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$kind $lhs `,` $rhs attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// CompareOp
//===----------------------------------------------------------------------===//

def Plinth_CompareOp : Plinth_InferredOp<"compare"> {
  let summary = "An elementwise comparison with numpy broadcasting.";
  let description = [{
    Compares the broadcast operands with `predicate`; the result is `i1`.
    One op for ONNX's Equal, Less, LessOrEqual, Greater and GreaterOrEqual.

    ```mlir
    %m = plinth.compare lt %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    ```
  }];
  let arguments = (ins Plinth_ComparePredicate:$predicate, Plinth_Tensor:$lhs,
                       Plinth_Tensor:$rhs);
  let results = (outs RankedTensorOf<[I1]>:$result);
  let assemblyFormat = "$predicate $lhs `,` $rhs attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// SelectOp
//===----------------------------------------------------------------------===//

def Plinth_SelectOp : Plinth_InferredOp<"select"> {
  let summary = "Elementwise choice between two tensors by a boolean condition.";
  let description = [{
    `result = condition ? true_value : false_value`, all three broadcast
    (ONNX Where).

    ```mlir
    %r = plinth.select %c, %a, %b : (tensor<4xi1>, tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
    ```
  }];
  let arguments = (ins RankedTensorOf<[I1]>:$condition, Plinth_Tensor:$true_value,
                       Plinth_Tensor:$false_value);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$condition `,` $true_value `,` $false_value attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// CastOp
//===----------------------------------------------------------------------===//

def Plinth_CastOp : Plinth_Op<"cast", [Pure]> {
  let summary = "Converts every element to another element type.";
  let description = [{
    Float to integer truncates toward zero; to `i1` means `!= 0`; integer
    signedness follows the element types (`ui8` is unsigned). To a float8
    type, `saturate` (the default) maps values beyond the range to the
    largest finite value; without it they become infinity (E5M2) or NaN. To
    a 4- or 2-bit integer the value wraps.

    ```mlir
    %y = plinth.cast %x : tensor<2x3xi64> to tensor<2x3xf32>
    %z = plinth.cast %x {saturate = false} : tensor<4xf32> to tensor<4xf8E4M3FN>
    ```
  }];
  let arguments = (ins Plinth_Tensor:$input,
                       DefaultValuedAttr<BoolAttr, "true">:$saturate);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$input attr-dict `:` type($input) `to` type($result)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// FPClassOp
//===----------------------------------------------------------------------===//

def Plinth_FPClassOp : Plinth_Op<"fp_class", [Pure]> {
  let summary = "Tests every element for NaN or infinity.";
  let description = [{
    ONNX IsNaN and IsInf (with `detect_negative` / `detect_positive` mapped to
    `inf`, `pos_inf` or `neg_inf`).

    ```mlir
    %m = plinth.fp_class nan %x : tensor<4xf32> -> tensor<4xi1>
    ```
  }];
  let arguments = (ins Plinth_FPClass:$kind, RankedTensorOf<[AnyFloat]>:$input);
  let results = (outs RankedTensorOf<[I1]>:$result);
  let assemblyFormat = "$kind $input attr-dict `:` type($input) `->` type($result)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// GeluOp
//===----------------------------------------------------------------------===//

def Plinth_GeluOp : Plinth_Op<"gelu", [Pure, SameOperandsAndResultType]> {
  let summary = "Gaussian error linear unit, exact (erf) or tanh-approximated.";
  let description = [{
    `none`: `0.5 * x * (1 + erf(x / sqrt(2)))`; `tanh`:
    `0.5 * x * (1 + tanh(sqrt(2/pi) * (x + 0.044715 * x^3)))`. Imported from
    ONNX Gelu and raised from its spelled-out forms by the fusion passes.

    ```mlir
    %y = plinth.gelu tanh %x : tensor<2x8xf32>
    ```
  }];
  let arguments = (ins Plinth_GeluApproximation:$approximation,
                       RankedTensorOf<[AnyFloat]>:$input);
  let results = (outs RankedTensorOf<[AnyFloat]>:$result);
  let assemblyFormat = "$approximation $input attr-dict `:` type($input)";
}

//===----------------------------------------------------------------------===//
// MatMulOp
//===----------------------------------------------------------------------===//

def Plinth_MatMulOp : Plinth_InferredOp<"matmul"> {
  let summary = "Batched, broadcasting matrix product (numpy matmul semantics).";
  let description = [{
    A 1-D `lhs` is treated as a row vector and a 1-D `rhs` as a column vector,
    and the added dim is dropped from the result; batch dims broadcast. The one
    contraction op of the graph level: ONNX MatMul and Gemm both become it.

    ```mlir
    %c = plinth.matmul %a, %b : (tensor<2x8x16xf32>, tensor<16x4xf32>) -> tensor<2x8x4xf32>
    ```
  }];
  let arguments = (ins Plinth_Tensor:$lhs, Plinth_Tensor:$rhs);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$lhs `,` $rhs attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// EinsumOp
//===----------------------------------------------------------------------===//

def Plinth_EinsumOp : Plinth_InferredOp<"einsum"> {
  let summary = "Einstein summation over the operands.";
  let description = [{
    `equation` is an explicit ONNX/numpy equation with `->` (the importer adds
    the implicit output). Ellipses are expanded by the importer.

    ```mlir
    %c = plinth.einsum "ij,jk->ik" %a, %b : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
    ```
  }];
  let arguments = (ins StrAttr:$equation, Variadic<Plinth_Tensor>:$inputs);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$equation $inputs attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// ConvOp
//===----------------------------------------------------------------------===//

def Plinth_ConvOp : Plinth_InferredOp<"conv"> {
  let summary = "N-d convolution (NC... layout) with groups and dilations.";
  let description = [{
    `input` is `N x C x D1 x ... x Dn`, `filter` is `M x C/group x K1 x ... x Kn`,
    the optional `bias` is `M`. `pads` holds the begin pads of every spatial
    dim followed by the end pads (ONNX order); `auto_pad` is resolved by the
    importer.

    ```mlir
    %y = plinth.conv %x, %w, %b {strides = array<i64: 1, 1>, pads = array<i64: 1, 1, 1, 1>,
           dilations = array<i64: 1, 1>, group = 1 : i64}
         : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x8x8xf32>
    ```
  }];
  let arguments = (ins Plinth_Tensor:$input, Plinth_Tensor:$filter,
                       Optional<Plinth_Tensor>:$bias,
                       DenseI64ArrayAttr:$strides, DenseI64ArrayAttr:$pads,
                       DenseI64ArrayAttr:$dilations,
                       ConfinedAttr<I64Attr, [IntPositive]>:$group);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$input `,` $filter (`,` $bias^)? attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// ConvTransposeOp
//===----------------------------------------------------------------------===//

def Plinth_ConvTransposeOp : Plinth_InferredOp<"conv_transpose"> {
  let summary = "N-d transposed convolution (NC... layout).";
  let description = [{
    `filter` is `C x M/group x K1 x ... x Kn`. Output size per spatial dim:
    `stride*(in-1) + output_padding + (k-1)*dilation + 1 - pad_begin - pad_end`.
    The importer turns ONNX `output_shape` into explicit pads.

    ```mlir
    %y = plinth.conv_transpose %x, %w {strides = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>,
           dilations = array<i64: 1, 1>, output_padding = array<i64: 0, 0>, group = 1 : i64}
         : (tensor<1x4x4x4xf32>, tensor<4x2x2x2xf32>) -> tensor<1x2x8x8xf32>
    ```
  }];
  let arguments = (ins Plinth_Tensor:$input, Plinth_Tensor:$filter,
                       Optional<Plinth_Tensor>:$bias,
                       DenseI64ArrayAttr:$strides, DenseI64ArrayAttr:$pads,
                       DenseI64ArrayAttr:$dilations,
                       DenseI64ArrayAttr:$output_padding,
                       ConfinedAttr<I64Attr, [IntPositive]>:$group);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$input `,` $filter (`,` $bias^)? attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// PoolOp
//===----------------------------------------------------------------------===//

def Plinth_PoolOp : Plinth_InferredOp<"pool"> {
  let summary = "N-d max or average pooling (NC... layout).";
  let description = [{
    Windows of `kernel_shape` with `strides`, `dilations` and begin/end `pads`;
    `ceil_mode` rounds the output size up. Average pooling divides by the
    window size including padding when `count_include_pad` is set.

    ```mlir
    %y = plinth.pool max %x {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>,
           pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>}
         : (tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xf32>
    ```
  }];
  let arguments = (ins Plinth_PoolKind:$kind, Plinth_Tensor:$input,
                       DenseI64ArrayAttr:$kernel_shape, DenseI64ArrayAttr:$strides,
                       DenseI64ArrayAttr:$pads, DenseI64ArrayAttr:$dilations,
                       DefaultValuedAttr<BoolAttr, "false">:$ceil_mode,
                       DefaultValuedAttr<BoolAttr, "false">:$count_include_pad);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$kind $input attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// ReduceOp
//===----------------------------------------------------------------------===//

def Plinth_ReduceOp : Plinth_InferredOp<"reduce"> {
  let summary = "Reduces a tensor over a set of axes.";
  let description = [{
    `axes` are non-negative, sorted and unique. `sum_square`, `l2` and
    `log_sum_exp` are their ONNX namesakes. ONNX's `noop_with_empty_axes` is
    resolved by the importer.

    ```mlir
    %m = plinth.reduce mean %x {axes = array<i64: 1>, keep_dims = true}
         : (tensor<2x8xf32>) -> tensor<2x1xf32>
    ```
  }];
  let arguments = (ins Plinth_ReduceKind:$kind, Plinth_Tensor:$input,
                       DenseI64ArrayAttr:$axes, BoolAttr:$keep_dims);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$kind $input attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// ArgReduceOp
//===----------------------------------------------------------------------===//

def Plinth_ArgReduceOp : Plinth_InferredOp<"arg_reduce"> {
  let summary = "Index of the largest or smallest element along an axis.";
  let description = [{
    Returns `i64` indices; ties pick the first index, or the last with
    `select_last_index`.

    ```mlir
    %i = plinth.arg_reduce argmax %x {axis = 1 : i64, keep_dims = false}
         : (tensor<2x8xf32>) -> tensor<2xi64>
    ```
  }];
  let arguments = (ins Plinth_ArgReduceKind:$kind, Plinth_Tensor:$input,
                       I64Attr:$axis, BoolAttr:$keep_dims,
                       DefaultValuedAttr<BoolAttr, "false">:$select_last_index);
  let results = (outs RankedTensorOf<[I64]>:$result);
  let assemblyFormat = "$kind $input attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// SoftmaxOp
//===----------------------------------------------------------------------===//

def Plinth_SoftmaxOp : Plinth_Op<"softmax", [Pure, SameOperandsAndResultType]> {
  let summary = "Softmax (or log-softmax) along one axis.";
  let description = [{
    ```mlir
    %p = plinth.softmax %x {axis = 1 : i64} : tensor<2x8xf32>
    %l = plinth.softmax %x {axis = 1 : i64, log} : tensor<2x8xf32>
    ```
  }];
  let arguments = (ins RankedTensorOf<[AnyFloat]>:$input, I64Attr:$axis, UnitAttr:$log);
  let results = (outs RankedTensorOf<[AnyFloat]>:$result);
  let assemblyFormat = "$input attr-dict `:` type($input)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// LayerNormOp
//===----------------------------------------------------------------------===//

def Plinth_LayerNormOp : Plinth_InferredOp<"layer_norm"> {
  let summary = "Layer normalization over the dims from `axis` to the last.";
  let description = [{
    `(x - mean) / sqrt(var + epsilon) * scale + bias`, statistics over dims
    `axis..rank-1`; `scale` and the optional `bias` broadcast to those dims.

    ```mlir
    %y = plinth.layer_norm %x, %g, %b {axis = -1 : i64, epsilon = 1.0e-5 : f32}
         : (tensor<2x8x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<2x8x32xf32>
    ```
  }];
  let arguments = (ins RankedTensorOf<[AnyFloat]>:$input, RankedTensorOf<[AnyFloat]>:$scale,
                       Optional<RankedTensorOf<[AnyFloat]>>:$bias, I64Attr:$axis,
                       F32Attr:$epsilon);
  let results = (outs RankedTensorOf<[AnyFloat]>:$result);
  let assemblyFormat = "$input `,` $scale (`,` $bias^)? attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// RMSNormOp
//===----------------------------------------------------------------------===//

def Plinth_RMSNormOp : Plinth_InferredOp<"rms_norm"> {
  let summary = "Root-mean-square normalization over the dims from `axis` on.";
  let description = [{
    `x / sqrt(mean(x^2) + epsilon) * scale` (ONNX RMSNormalization, Llama).

    ```mlir
    %y = plinth.rms_norm %x, %g {axis = -1 : i64, epsilon = 1.0e-6 : f32}
         : (tensor<2x8x32xf32>, tensor<32xf32>) -> tensor<2x8x32xf32>
    ```
  }];
  let arguments = (ins RankedTensorOf<[AnyFloat]>:$input, RankedTensorOf<[AnyFloat]>:$scale,
                       I64Attr:$axis, F32Attr:$epsilon);
  let results = (outs RankedTensorOf<[AnyFloat]>:$result);
  let assemblyFormat = "$input `,` $scale attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// GroupNormOp
//===----------------------------------------------------------------------===//

def Plinth_GroupNormOp : Plinth_InferredOp<"group_norm"> {
  let summary = "Group normalization of an N x C x ... tensor, per-channel affine.";
  let description = [{
    Channels are split into `num_groups` groups; each (sample, group) is
    normalized over its channels and spatial dims, then scaled and shifted by
    the per-channel `scale` and `bias` (both of size C). ONNX
    InstanceNormalization is the case `num_groups == C`.

    ```mlir
    %y = plinth.group_norm %x, %g, %b {num_groups = 2 : i64, epsilon = 1.0e-5 : f32}
         : (tensor<1x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4x8x8xf32>
    ```
  }];
  let arguments = (ins RankedTensorOf<[AnyFloat]>:$input, RankedTensorOf<[AnyFloat]>:$scale,
                       RankedTensorOf<[AnyFloat]>:$bias,
                       ConfinedAttr<I64Attr, [IntPositive]>:$num_groups,
                       F32Attr:$epsilon);
  let results = (outs RankedTensorOf<[AnyFloat]>:$result);
  let assemblyFormat = "$input `,` $scale `,` $bias attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// CumSumOp
//===----------------------------------------------------------------------===//

def Plinth_CumSumOp : Plinth_Op<"cumsum", [Pure, SameOperandsAndResultType]> {
  let summary = "Cumulative sum (or product) along an axis.";
  let description = [{
    With `product` the running value is a product starting at 1 (ONNX
    CumProd) instead of a sum starting at 0.

    ```mlir
    %y = plinth.cumsum %x {axis = 0 : i64, exclusive, reverse} : tensor<5xf32>
    %p = plinth.cumsum %x {axis = 0 : i64, product} : tensor<5xf32>
    ```
  }];
  let arguments = (ins Plinth_Tensor:$input, I64Attr:$axis, UnitAttr:$exclusive,
                       UnitAttr:$reverse, UnitAttr:$product);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$input attr-dict `:` type($input)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// TopKOp
//===----------------------------------------------------------------------===//

def Plinth_TopKOp : Plinth_InferredOp<"topk"> {
  let summary = "The k largest (or smallest) elements along an axis, with indices.";
  let description = [{
    ```mlir
    %v, %i = plinth.topk %x {k = 2 : i64, axis = 1 : i64, largest = true, sorted = true}
             : (tensor<3x8xf32>) -> (tensor<3x2xf32>, tensor<3x2xi64>)
    ```
  }];
  let arguments = (ins Plinth_Tensor:$input,
                       ConfinedAttr<I64Attr, [IntNonNegative]>:$k, I64Attr:$axis,
                       BoolAttr:$largest, BoolAttr:$sorted);
  let results = (outs Plinth_Tensor:$values, RankedTensorOf<[I64]>:$indices);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// TriluOp
//===----------------------------------------------------------------------===//

def Plinth_TriluOp : Plinth_Op<"trilu", [Pure, SameOperandsAndResultType]> {
  let summary = "Keeps the upper or lower triangle of the last two dims, zeroing the rest.";
  let description = [{
    Lower keeps `j <= i + diagonal`; upper keeps `j >= i + diagonal`.

    ```mlir
    %l = plinth.trilu %x {diagonal = 0 : i64} : tensor<4x4xf32>
    %u = plinth.trilu %x {upper, diagonal = 1 : i64} : tensor<4x4xf32>
    ```
  }];
  let arguments = (ins Plinth_Tensor:$input, UnitAttr:$upper,
                       DefaultValuedAttr<I64Attr, "0">:$diagonal);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$input attr-dict `:` type($input)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// ReshapeOp
//===----------------------------------------------------------------------===//

def Plinth_ReshapeOp : Plinth_Op<"reshape", [Pure]> {
  let summary = "Reinterprets a tensor with another shape and the same elements.";
  let description = [{
    The result type gives the new shape. When it has dynamic dims that are not
    a regrouping of the input's dims, the optional `shape` operand (ONNX
    semantics already resolved: no `0` or `-1`) supplies their values at run
    time. ONNX Reshape, Flatten, Squeeze and Unsqueeze all become this op.

    ```mlir
    %y = plinth.reshape %x : (tensor<2x12xf32>) -> tensor<2x3x4xf32>
    %z = plinth.reshape %x, %s : (tensor<?x12xf32>, tensor<3xi64>) -> tensor<?x3x4xf32>
    ```
  }];
  let arguments = (ins Plinth_Tensor:$input, Optional<Plinth_ShapeTensor>:$shape);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$input (`,` $shape^)? attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
  let hasFolder = 1;
  let hasCanonicalizer = 1;
}

//===----------------------------------------------------------------------===//
// TransposeOp
//===----------------------------------------------------------------------===//

def Plinth_TransposeOp : Plinth_InferredOp<"transpose"> {
  let summary = "Permutes the dims of a tensor.";
  let description = [{
    Result dim `i` is input dim `permutation[i]`.

    ```mlir
    %y = plinth.transpose %x {permutation = array<i64: 0, 2, 1, 3>}
         : (tensor<2x8x4x16xf32>) -> tensor<2x4x8x16xf32>
    ```
  }];
  let arguments = (ins Plinth_Tensor:$input, DenseI64ArrayAttr:$permutation);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
  let hasCanonicalizer = 1;
}

//===----------------------------------------------------------------------===//
// ExpandOp
//===----------------------------------------------------------------------===//

def Plinth_ExpandOp : Plinth_Op<"expand", [Pure]> {
  let summary = "Broadcasts a tensor to a larger shape (numpy rules).";
  let description = [{
    The result type is the broadcast of the input shape with the target shape
    (ONNX Expand). When that has dynamic dims, the optional `shape` operand
    holds the target shape at run time.

    ```mlir
    %y = plinth.expand %x : (tensor<3x1xf32>) -> tensor<2x3x4xf32>
    ```
  }];
  let arguments = (ins Plinth_Tensor:$input, Optional<Plinth_ShapeTensor>:$shape);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$input (`,` $shape^)? attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// SliceOp
//===----------------------------------------------------------------------===//

def Plinth_SliceOp : Plinth_Op<"slice", [Pure, AttrSizedOperandSegments]> {
  let summary = "Takes a strided slice along some axes.";
  let description = [{
    For each `axes[i]`, keeps indices `starts[i], starts[i] + steps[i], ...`
    up to (excluding) `ends[i]`, ONNX clamping rules already applied where the
    dim is static. When the bounds are only known at run time, `dyn_starts`
    and `dyn_ends` (one `i64` per axis, ONNX semantics, clamped at run time)
    replace the attributes. ONNX Slice and Split become this op.

    ```mlir
    %y = plinth.slice %x {axes = array<i64: 1>, starts = array<i64: 0>,
           ends = array<i64: 4>, steps = array<i64: 2>}
         : (tensor<2x8xf32>) -> tensor<2x2xf32>
    ```
  }];
  let arguments = (ins Plinth_Tensor:$input,
                       Optional<Plinth_ShapeTensor>:$dyn_starts,
                       Optional<Plinth_ShapeTensor>:$dyn_ends,
                       DenseI64ArrayAttr:$axes, DenseI64ArrayAttr:$starts,
                       DenseI64ArrayAttr:$ends, DenseI64ArrayAttr:$steps);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = [{
    $input (`starts` `(` $dyn_starts^ `)`)? (`ends` `(` $dyn_ends^ `)`)? attr-dict
    `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// ConcatOp
//===----------------------------------------------------------------------===//

def Plinth_ConcatOp : Plinth_InferredOp<"concat"> {
  let summary = "Joins tensors along an axis.";
  let description = [{
    ```mlir
    %y = plinth.concat %a, %b {axis = 1 : i64}
         : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
    ```
  }];
  let arguments = (ins Variadic<Plinth_Tensor>:$inputs, I64Attr:$axis);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$inputs attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// PadOp
//===----------------------------------------------------------------------===//

def Plinth_PadOp : Plinth_InferredOp<"pad"> {
  let summary = "Pads a tensor with a constant, its reflection, its edge or a wrap.";
  let description = [{
    `pads` holds the begin pads of every dim followed by the end pads;
    negative pads crop. `value` (a 0-d tensor, default zero) is used by mode
    `constant`.

    ```mlir
    %y = plinth.pad constant %x, %v {pads = array<i64: 0, 1, 0, 1>}
         : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x5xf32>
    ```
  }];
  let arguments = (ins Plinth_PadMode:$mode, Plinth_Tensor:$input,
                       Optional<Plinth_Tensor>:$value, DenseI64ArrayAttr:$pads);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$mode $input (`,` $value^)? attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// TileOp
//===----------------------------------------------------------------------===//

def Plinth_TileOp : Plinth_InferredOp<"tile"> {
  let summary = "Repeats a tensor along every dim.";
  let description = [{
    ```mlir
    %y = plinth.tile %x {repeats = array<i64: 2, 1>} : (tensor<2x3xf32>) -> tensor<4x3xf32>
    ```
  }];
  let arguments = (ins Plinth_Tensor:$input, DenseI64ArrayAttr:$repeats);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// GatherOp
//===----------------------------------------------------------------------===//

def Plinth_GatherOp : Plinth_InferredOp<"gather"> {
  let summary = "Gathers slices of `data` along `axis` at `indices` (ONNX Gather).";
  let description = [{
    Result shape: `data[:axis] ++ indices ++ data[axis+1:]`. Negative indices
    count from the end; out-of-range indices are a run-time error.

    ```mlir
    %e = plinth.gather %table, %ids {axis = 0 : i64}
         : (tensor<512x128xf32>, tensor<2x7xi64>) -> tensor<2x7x128xf32>
    ```
  }];
  let arguments = (ins Plinth_Tensor:$data, Plinth_IndexTensor:$indices, I64Attr:$axis);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$data `,` $indices attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// GatherElementsOp
//===----------------------------------------------------------------------===//

def Plinth_GatherElementsOp : Plinth_InferredOp<"gather_elements"> {
  let summary = "Gathers single elements along `axis` (ONNX GatherElements).";
  let description = [{
    The result has the shape of `indices`.

    ```mlir
    %y = plinth.gather_elements %x, %i {axis = 1 : i64}
         : (tensor<2x3xf32>, tensor<2x2xi64>) -> tensor<2x2xf32>
    ```
  }];
  let arguments = (ins Plinth_Tensor:$data, Plinth_IndexTensor:$indices, I64Attr:$axis);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$data `,` $indices attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// GatherNDOp
//===----------------------------------------------------------------------===//

def Plinth_GatherNDOp : Plinth_InferredOp<"gather_nd"> {
  let summary = "Gathers slices addressed by index tuples (ONNX GatherND).";
  let description = [{
    ```mlir
    %y = plinth.gather_nd %x, %i {batch_dims = 0 : i64}
         : (tensor<2x2xf32>, tensor<2x2xi64>) -> tensor<2xf32>
    ```
  }];
  let arguments = (ins Plinth_Tensor:$data, RankedTensorOf<[I64]>:$indices,
                       ConfinedAttr<I64Attr, [IntNonNegative]>:$batch_dims);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$data `,` $indices attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// ScatterElementsOp
//===----------------------------------------------------------------------===//

def Plinth_ScatterElementsOp : Plinth_Op<"scatter_elements", [Pure]> {
  let summary = "Writes `updates` into a copy of `data` at per-element indices.";
  let description = [{
    ONNX ScatterElements: `indices` and `updates` have the same shape; the
    result has the shape of `data`.

    ```mlir
    %y = plinth.scatter_elements add %d, %i, %u {axis = 1 : i64}
         : (tensor<3x4xf32>, tensor<3x2xi64>, tensor<3x2xf32>) -> tensor<3x4xf32>
    ```
  }];
  let arguments = (ins Plinth_ScatterReduction:$reduction, Plinth_Tensor:$data,
                       Plinth_IndexTensor:$indices, Plinth_Tensor:$updates,
                       I64Attr:$axis);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$reduction $data `,` $indices `,` $updates attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// ScatterNDOp
//===----------------------------------------------------------------------===//

def Plinth_ScatterNDOp : Plinth_Op<"scatter_nd", [Pure]> {
  let summary = "Writes slices of `updates` into a copy of `data` at index tuples.";
  let description = [{
    ```mlir
    %y = plinth.scatter_nd none %d, %i, %u
         : (tensor<8xf32>, tensor<4x1xi64>, tensor<4xf32>) -> tensor<8xf32>
    ```
  }];
  let arguments = (ins Plinth_ScatterReduction:$reduction, Plinth_Tensor:$data,
                       RankedTensorOf<[I64]>:$indices, Plinth_Tensor:$updates);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$reduction $data `,` $indices `,` $updates attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// ShapeOfOp
//===----------------------------------------------------------------------===//

def Plinth_ShapeOfOp : Plinth_InferredOp<"shape_of"> {
  let summary = "The dims of a tensor as a 1-D `i64` tensor.";
  let description = [{
    Folds to a constant when the input shape is static. ONNX Shape (with
    `start`/`end` becoming a slice) and Size (a product reduction) use it.

    ```mlir
    %s = plinth.shape_of %x : (tensor<?x8xf32>) -> tensor<2xi64>
    ```
  }];
  let arguments = (ins Plinth_Tensor:$input);
  let results = (outs Plinth_ShapeTensor:$result);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// FillOp
//===----------------------------------------------------------------------===//

def Plinth_FillOp : Plinth_Op<"fill", [Pure]> {
  let summary = "A tensor of a run-time shape filled with one value.";
  let description = [{
    ONNX ConstantOfShape when the shape is not a constant (a constant shape
    becomes a splat `plinth.constant`, and this op folds to one once its
    result type is static).

    ```mlir
    %z = plinth.fill %s {value = 0.0 : f32} : (tensor<2xi64>) -> tensor<?x?xf32>
    ```
  }];
  let arguments = (ins Plinth_ShapeTensor:$shape, TypedAttrInterface:$value);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$shape attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// RangeOp
//===----------------------------------------------------------------------===//

def Plinth_RangeOp : Plinth_Op<"range", [Pure]> {
  let summary = "A 1-D sequence `start, start + delta, ...` up to `limit`.";
  let description = [{
    Operands are 0-d tensors of the result's element type. The length is
    `max(ceil((limit - start) / delta), 0)`; folds when all three are constant.

    ```mlir
    %r = plinth.range %start, %limit, %delta : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
    ```
  }];
  let arguments = (ins Plinth_Tensor:$start, Plinth_Tensor:$limit, Plinth_Tensor:$delta);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$start `,` $limit `,` $delta attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// ResizeOp
//===----------------------------------------------------------------------===//

def Plinth_ResizeOp : Plinth_Op<"resize", [Pure]> {
  let summary = "Resizes a tensor by interpolation (ONNX Resize, static scales).";
  let description = [{
    `scales` has one entry per dim; the result type carries the output size
    (the importer resolved ONNX `sizes`, `axes` and `keep_aspect_ratio_policy`).
    The enum attributes are `I32EnumAttr`s and are written as their integer
    values (here `mode` nearest = 0, `coordinate_transformation_mode`
    asymmetric = 4, `nearest_mode` floor = 2).

    ```mlir
    %y = plinth.resize %x {mode = 0 : i32, coordinate_transformation_mode = 4 : i32,
           nearest_mode = 2 : i32, scales = array<f32: 1.0, 1.0, 2.0, 2.0>}
         : (tensor<1x3x4x4xf32>) -> tensor<1x3x8x8xf32>
    ```
  }];
  let arguments = (ins Plinth_Tensor:$input, Plinth_ResizeMode:$mode,
                       Plinth_CoordinateTransform:$coordinate_transformation_mode,
                       DefaultValuedAttr<Plinth_NearestMode, "::mlir::plinth::NearestMode::RoundPreferFloor">:$nearest_mode,
                       DenseF32ArrayAttr:$scales,
                       DefaultValuedAttr<F32Attr, "-0.75">:$cubic_coeff_a,
                       UnitAttr:$exclude_outside,
                       DefaultValuedAttr<F32Attr, "0.0">:$extrapolation_value);
  let results = (outs Plinth_Tensor:$result);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// AttentionOp
//===----------------------------------------------------------------------===//

def Plinth_AttentionOp : Plinth_InferredOp<"attention"> {
  let summary = "Scaled dot-product attention (MHA, GQA and MQA) in B x H x S x D layout.";
  let description = [{
    `query` is `B x Hq x Sq x D`, `key` `B x Hkv x Skv x D`, `value`
    `B x Hkv x Skv x Dv`, with `Hq` a multiple of `Hkv` (grouped heads share
    K and V). The result is `B x Hq x Sq x Dv`:
    `softmax(softcap(Q K^T * scale) + mask) V`. `scale` defaults to
    `1/sqrt(D)`; a `softcap` > 0 applies `softcap * tanh(x / softcap)`. The
    optional `mask` broadcasts to `B x Hq x Sq x Skv` and is boolean (true
    attends) or additive. `is_causal` masks `j > i` (upper-left aligned, as
    ONNX Attention-23). A KV cache is the concatenation of the past keys and
    values with the new ones, done by `plinth.concat` before this op.
    Created from ONNX Attention and raised from MatMul-Softmax-MatMul chains.

    ```mlir
    %o = plinth.attention %q, %k, %v {is_causal}
         : (tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) -> tensor<1x4x8x16xf32>
    ```
  }];
  let arguments = (ins RankedTensorOf<[AnyFloat]>:$query, RankedTensorOf<[AnyFloat]>:$key,
                       RankedTensorOf<[AnyFloat]>:$value,
                       Optional<Plinth_Tensor>:$mask,
                       UnitAttr:$is_causal, OptionalAttr<F32Attr>:$scale,
                       DefaultValuedAttr<F32Attr, "0.0">:$softcap);
  let results = (outs RankedTensorOf<[AnyFloat]>:$result);
  let assemblyFormat = "$query `,` $key `,` $value (`mask` `(` $mask^ `)`)? attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// RotaryEmbeddingOp
//===----------------------------------------------------------------------===//

def Plinth_RotaryEmbeddingOp : Plinth_Op<"rotary_embedding",
    [Pure, AllTypesMatch<["input", "result"]>]> {
  let summary = "Rotary position embedding of a B x H x S x D tensor.";
  let description = [{
    Rotates the first `rotary_embedding_dim` (0: all) features of every head
    by the angles in `cos_cache` / `sin_cache`. With `position_ids` (`B x S`)
    the caches are `max_pos x D/2` and are gathered per position; without,
    they are already `B x S x D/2`. `interleaved` pairs features `(2i, 2i+1)`
    instead of `(i, i + D/2)`. The importer brings ONNX's 3-D layout to 4-D.

    ```mlir
    %y = plinth.rotary_embedding %x, %cos, %sin, %pos
         : (tensor<1x4x8x16xf32>, tensor<64x8xf32>, tensor<64x8xf32>, tensor<1x8xi64>) -> tensor<1x4x8x16xf32>
    ```
  }];
  let arguments = (ins RankedTensorOf<[AnyFloat]>:$input, RankedTensorOf<[AnyFloat]>:$cos_cache,
                       RankedTensorOf<[AnyFloat]>:$sin_cache,
                       Optional<RankedTensorOf<[I64]>>:$position_ids,
                       UnitAttr:$interleaved,
                       DefaultValuedAttr<I64Attr, "0">:$rotary_embedding_dim);
  let results = (outs RankedTensorOf<[AnyFloat]>:$result);
  let assemblyFormat = "$input `,` $cos_cache `,` $sin_cache (`,` $position_ids^)? attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

#endif // PLINTH_OPS_TD
