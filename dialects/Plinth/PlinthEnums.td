//===- PlinthEnums.td - Plinth enumerations ----------------*- tablegen -*-===//

#ifndef PLINTH_ENUMS_TD
#define PLINTH_ENUMS_TD

include "mlir/IR/EnumAttr.td"

class Plinth_I32Enum<string name, string summary, list<I32EnumAttrCase> cases>
    : I32EnumAttr<name, summary, cases> {
  let cppNamespace = "::mlir::plinth";
}

def Plinth_UnaryKind : Plinth_I32Enum<"UnaryKind", "elementwise unary function", [
  I32EnumAttrCase<"Abs", 0, "abs">,
  I32EnumAttrCase<"Neg", 1, "neg">,
  I32EnumAttrCase<"Exp", 2, "exp">,
  I32EnumAttrCase<"Log", 3, "log">,
  I32EnumAttrCase<"Sqrt", 4, "sqrt">,
  I32EnumAttrCase<"Reciprocal", 5, "reciprocal">,
  I32EnumAttrCase<"Sin", 6, "sin">,
  I32EnumAttrCase<"Cos", 7, "cos">,
  I32EnumAttrCase<"Tanh", 8, "tanh">,
  I32EnumAttrCase<"Erf", 9, "erf">,
  I32EnumAttrCase<"Ceil", 10, "ceil">,
  I32EnumAttrCase<"Floor", 11, "floor">,
  I32EnumAttrCase<"Sign", 12, "sign">,
  I32EnumAttrCase<"Not", 13, "not">,
  I32EnumAttrCase<"Relu", 14, "relu">,
  I32EnumAttrCase<"Sigmoid", 15, "sigmoid">,
  I32EnumAttrCase<"Softplus", 16, "softplus">,
  I32EnumAttrCase<"Elu", 17, "elu">,
  I32EnumAttrCase<"LeakyRelu", 18, "leaky_relu">,
  I32EnumAttrCase<"HardSigmoid", 19, "hard_sigmoid">,
  I32EnumAttrCase<"HardSwish", 20, "hard_swish">,
  I32EnumAttrCase<"Tan", 21, "tan">,
  I32EnumAttrCase<"Asin", 22, "asin">,
  I32EnumAttrCase<"Acos", 23, "acos">,
  I32EnumAttrCase<"Atan", 24, "atan">,
  I32EnumAttrCase<"Sinh", 25, "sinh">,
  I32EnumAttrCase<"Cosh", 26, "cosh">,
  I32EnumAttrCase<"Asinh", 27, "asinh">,
  I32EnumAttrCase<"Acosh", 28, "acosh">,
  I32EnumAttrCase<"Atanh", 29, "atanh">,
  I32EnumAttrCase<"Round", 30, "round">,
  I32EnumAttrCase<"Softsign", 31, "softsign">,
  I32EnumAttrCase<"Selu", 32, "selu">,
  I32EnumAttrCase<"Celu", 33, "celu">,
  I32EnumAttrCase<"ThresholdedRelu", 34, "thresholded_relu">,
  I32EnumAttrCase<"Shrink", 35, "shrink">,
  I32EnumAttrCase<"Mish", 36, "mish">,
  I32EnumAttrCase<"Swish", 37, "swish">,
  I32EnumAttrCase<"BitNot", 38, "bit_not">
]>;

def Plinth_BinaryKind : Plinth_I32Enum<"BinaryKind", "elementwise binary function", [
  I32EnumAttrCase<"Add", 0, "add">,
  I32EnumAttrCase<"Sub", 1, "sub">,
  I32EnumAttrCase<"Mul", 2, "mul">,
  I32EnumAttrCase<"Div", 3, "div">,
  I32EnumAttrCase<"Pow", 4, "pow">,
  I32EnumAttrCase<"Mod", 5, "mod">,
  I32EnumAttrCase<"FMod", 6, "fmod">,
  I32EnumAttrCase<"Max", 7, "max">,
  I32EnumAttrCase<"Min", 8, "min">,
  I32EnumAttrCase<"And", 9, "and">,
  I32EnumAttrCase<"Or", 10, "or">,
  I32EnumAttrCase<"Xor", 11, "xor">,
  I32EnumAttrCase<"PRelu", 12, "prelu">,
  I32EnumAttrCase<"ShiftLeft", 13, "shift_left">,
  I32EnumAttrCase<"ShiftRight", 14, "shift_right">
]>;

def Plinth_ComparePredicate : Plinth_I32Enum<"ComparePredicate", "comparison predicate", [
  I32EnumAttrCase<"EQ", 0, "eq">,
  I32EnumAttrCase<"LT", 1, "lt">,
  I32EnumAttrCase<"LE", 2, "le">,
  I32EnumAttrCase<"GT", 3, "gt">,
  I32EnumAttrCase<"GE", 4, "ge">
]>;

def Plinth_FPClass : Plinth_I32Enum<"FPClass", "floating-point class test", [
  I32EnumAttrCase<"NaN", 0, "nan">,
  I32EnumAttrCase<"Inf", 1, "inf">,
  I32EnumAttrCase<"PosInf", 2, "pos_inf">,
  I32EnumAttrCase<"NegInf", 3, "neg_inf">
]>;

def Plinth_ReduceKind : Plinth_I32Enum<"ReduceKind", "reduction", [
  I32EnumAttrCase<"Sum", 0, "sum">,
  I32EnumAttrCase<"Mean", 1, "mean">,
  I32EnumAttrCase<"Max", 2, "max">,
  I32EnumAttrCase<"Min", 3, "min">,
  I32EnumAttrCase<"Prod", 4, "prod">,
  I32EnumAttrCase<"SumSquare", 5, "sum_square">,
  I32EnumAttrCase<"L2", 6, "l2">,
  I32EnumAttrCase<"LogSumExp", 7, "log_sum_exp">
]>;

def Plinth_ArgReduceKind : Plinth_I32Enum<"ArgReduceKind", "index reduction", [
  I32EnumAttrCase<"ArgMax", 0, "argmax">,
  I32EnumAttrCase<"ArgMin", 1, "argmin">
]>;

def Plinth_PoolKind : Plinth_I32Enum<"PoolKind", "pooling", [
  I32EnumAttrCase<"Max", 0, "max">,
  I32EnumAttrCase<"Avg", 1, "avg">
]>;

def Plinth_PadMode : Plinth_I32Enum<"PadMode", "padding mode", [
  I32EnumAttrCase<"Constant", 0, "constant">,
  I32EnumAttrCase<"Reflect", 1, "reflect">,
  I32EnumAttrCase<"Edge", 2, "edge">,
  I32EnumAttrCase<"Wrap", 3, "wrap">
]>;

def Plinth_ScatterReduction : Plinth_I32Enum<"ScatterReduction", "scatter reduction", [
  I32EnumAttrCase<"None", 0, "none">,
  I32EnumAttrCase<"Add", 1, "add">,
  I32EnumAttrCase<"Mul", 2, "mul">,
  I32EnumAttrCase<"Max", 3, "max">,
  I32EnumAttrCase<"Min", 4, "min">
]>;

def Plinth_GeluApproximation : Plinth_I32Enum<"GeluApproximation", "GELU formula", [
  I32EnumAttrCase<"None", 0, "none">,
  I32EnumAttrCase<"Tanh", 1, "tanh">
]>;

def Plinth_ResizeMode : Plinth_I32Enum<"ResizeMode", "resize interpolation", [
  I32EnumAttrCase<"Nearest", 0, "nearest">,
  I32EnumAttrCase<"Linear", 1, "linear">,
  I32EnumAttrCase<"Cubic", 2, "cubic">
]>;

def Plinth_CoordinateTransform : Plinth_I32Enum<"CoordinateTransform",
    "resize coordinate transformation", [
  I32EnumAttrCase<"HalfPixel", 0, "half_pixel">,
  I32EnumAttrCase<"HalfPixelSymmetric", 1, "half_pixel_symmetric">,
  I32EnumAttrCase<"PytorchHalfPixel", 2, "pytorch_half_pixel">,
  I32EnumAttrCase<"AlignCorners", 3, "align_corners">,
  I32EnumAttrCase<"Asymmetric", 4, "asymmetric">,
  I32EnumAttrCase<"TfCropAndResize", 5, "tf_crop_and_resize">
]>;

def Plinth_NearestMode : Plinth_I32Enum<"NearestMode", "resize nearest rounding", [
  I32EnumAttrCase<"RoundPreferFloor", 0, "round_prefer_floor">,
  I32EnumAttrCase<"RoundPreferCeil", 1, "round_prefer_ceil">,
  I32EnumAttrCase<"Floor", 2, "floor">,
  I32EnumAttrCase<"Ceil", 3, "ceil">
]>;

#endif // PLINTH_ENUMS_TD
