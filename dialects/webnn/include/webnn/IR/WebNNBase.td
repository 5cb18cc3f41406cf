//===- WebNNBase.td - webnn dialect, types, enums and op base -*- tablegen -*-===//
//
// The `webnn` dialect states the W3C WebNN MLGraphBuilder operator set
// (../shared/spec/webnn/index.bs). This file holds what every op family
// shares; each family's ops live in their own *Ops.td so that the generated
// code, and the C++ that implements it, stays one concept per file.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_BASE_TD
#define WEBNN_BASE_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/EnumAttr.td"
include "mlir/IR/BuiltinAttributeInterfaces.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def WebNN_Dialect : Dialect {
  let name = "webnn";
  let cppNamespace = "::mlir::webnn";
  let summary = "The W3C WebNN operator set as an MLIR dialect";
  let description = [{
    One op per WebNN `MLGraphBuilder` operator. Operands and results are
    statically shaped tensors of the spec's `MLOperandDataType`s; options are
    attributes named as in the spec; result types come from the spec's
    output-shape formulas through `InferTypeOpInterface`, and every op's
    validation steps are checked (and cited) during type inference.

    A graph is a `func.func` whose arguments are the graph inputs and whose
    results are the graph outputs, each named by a `webnn.name` attribute.
  }];
  let useDefaultAttributePrinterParser = 1;
  let hasConstantMaterializer = 1;
  let hasRegionArgAttrVerify = 1;
  let hasRegionResultAttrVerify = 1;
  let extraClassDeclaration = [{
    /// Argument/result attribute naming a graph input or output.
    static constexpr ::llvm::StringLiteral kNameAttr = "webnn.name";
  private:
    void registerAttributes();
  public:
  }];
}

//===----------------------------------------------------------------------===//
// Data types (spec: MLOperandDataType)
//===----------------------------------------------------------------------===//
// Signed integers are signless `iN` (MLIR convention, what arith expects);
// unsigned integers are `uiN`. int4/uint4 are i4/ui4.

// Element types carry the spec's names, so ODS diagnostics read
// "static tensor of float32 or float16 ...".
def WebNN_F32 : TypeAlias<F32, "float32">;
def WebNN_F16 : TypeAlias<F16, "float16">;
def WebNN_I32 : TypeAlias<I<32>, "int32">;
def WebNN_UI32 : TypeAlias<UI<32>, "uint32">;
def WebNN_I64 : TypeAlias<I<64>, "int64">;
def WebNN_UI64 : TypeAlias<UI<64>, "uint64">;
def WebNN_I8 : TypeAlias<I<8>, "int8">;
def WebNN_UI8 : TypeAlias<UI<8>, "uint8">;
def WebNN_I4 : TypeAlias<I<4>, "int4">;
def WebNN_UI4 : TypeAlias<UI<4>, "uint4">;

defvar WebNN_FloatTypes = [WebNN_F32, WebNN_F16];
defvar WebNN_AllTypes = [WebNN_F32, WebNN_F16, WebNN_I32, WebNN_UI32,
                         WebNN_I64, WebNN_UI64, WebNN_I8, WebNN_UI8,
                         WebNN_I4, WebNN_UI4];
defvar WebNN_SignedTypes = [WebNN_F32, WebNN_F16, WebNN_I32, WebNN_I64,
                            WebNN_I8, WebNN_I4];
defvar WebNN_IndexTypes = [WebNN_I32, WebNN_UI32, WebNN_I64];

// A WebNN operand: a ranked tensor with a static shape whose dimensions are
// all "valid dimensions" (spec: MLOperandDescriptor, check dimensions: every
// dimension and the element count are integers in [1, 2^31 - 1]). The
// summary keeps its short wording, which diagnostics and tests quote.
class WebNN_TensorOf<list<Type> allowedTypes> :
    Type<And<[TensorOf<allowedTypes>.predicate, HasStaticShapePred,
              CPred<"::mlir::webnn::hasValidDimensions($_self)">]>,
         "static tensor of " #
             !interleave(!foreach(t, allowedTypes, t.summary), " or ") #
             " with valid dimensions",
         "::mlir::RankedTensorType">;

def WebNN_Tensor : WebNN_TensorOf<WebNN_AllTypes>;
def WebNN_FloatTensor : WebNN_TensorOf<WebNN_FloatTypes>;
def WebNN_SignedTensor : WebNN_TensorOf<WebNN_SignedTypes>;
def WebNN_Uint8Tensor : WebNN_TensorOf<[WebNN_UI8]>;
def WebNN_IndexTensor : WebNN_TensorOf<WebNN_IndexTypes>;

//===----------------------------------------------------------------------===//
// Enumerations (spec: the IDL enums; string values spelled as in the spec)
//===----------------------------------------------------------------------===//

class WebNN_Enum<string name, string description, list<I32EnumAttrCase> cases>
    : I32EnumAttr<name, description, cases> {
  let cppNamespace = "::mlir::webnn";
  let genSpecializedAttr = 0;
}

class WebNN_EnumAttr<EnumAttrInfo enumInfo, string mnemonic>
    : EnumAttr<WebNN_Dialect, enumInfo, mnemonic> {
  let assemblyFormat = "`<` $value `>`";
}

def WebNN_InputOperandLayout : WebNN_Enum<"InputOperandLayout",
    "MLInputOperandLayout", [
      I32EnumAttrCase<"nchw", 0>,
      I32EnumAttrCase<"nhwc", 1>]>;
def WebNN_InputOperandLayoutAttr :
    WebNN_EnumAttr<WebNN_InputOperandLayout, "input_layout">;

def WebNN_Conv2dFilterOperandLayout : WebNN_Enum<"Conv2dFilterOperandLayout",
    "MLConv2dFilterOperandLayout", [
      I32EnumAttrCase<"oihw", 0>,
      I32EnumAttrCase<"hwio", 1>,
      I32EnumAttrCase<"ohwi", 2>,
      I32EnumAttrCase<"ihwo", 3>]>;
def WebNN_Conv2dFilterOperandLayoutAttr :
    WebNN_EnumAttr<WebNN_Conv2dFilterOperandLayout, "conv2d_filter_layout">;

def WebNN_ConvTranspose2dFilterOperandLayout :
    WebNN_Enum<"ConvTranspose2dFilterOperandLayout",
    "MLConvTranspose2dFilterOperandLayout", [
      I32EnumAttrCase<"iohw", 0>,
      I32EnumAttrCase<"hwoi", 1>,
      I32EnumAttrCase<"ohwi", 2>]>;
def WebNN_ConvTranspose2dFilterOperandLayoutAttr :
    WebNN_EnumAttr<WebNN_ConvTranspose2dFilterOperandLayout,
                   "conv_transpose2d_filter_layout">;

def WebNN_RoundingType : WebNN_Enum<"RoundingType", "MLRoundingType", [
      I32EnumAttrCase<"floor", 0>,
      I32EnumAttrCase<"ceil", 1>]>;
def WebNN_RoundingTypeAttr : WebNN_EnumAttr<WebNN_RoundingType, "rounding_type">;

def WebNN_PaddingMode : WebNN_Enum<"PaddingMode", "MLPaddingMode", [
      I32EnumAttrCase<"constant", 0>,
      I32EnumAttrCase<"edge", 1>,
      I32EnumAttrCase<"reflection", 2>]>;
def WebNN_PaddingModeAttr : WebNN_EnumAttr<WebNN_PaddingMode, "padding_mode">;

def WebNN_InterpolationMode : WebNN_Enum<"InterpolationMode",
    "MLInterpolationMode", [
      I32EnumAttrCase<"nearest_neighbor", 0, "nearest-neighbor">,
      I32EnumAttrCase<"linear", 1>]>;
def WebNN_InterpolationModeAttr :
    WebNN_EnumAttr<WebNN_InterpolationMode, "interpolation_mode"> {
  // "nearest-neighbor" is not a bare keyword: printed quoted.
  let assemblyFormat = ?;
  let hasCustomAssemblyFormat = 1;
}

def WebNN_RecurrentNetworkDirection : WebNN_Enum<"RecurrentNetworkDirection",
    "MLRecurrentNetworkDirection", [
      I32EnumAttrCase<"forward", 0>,
      I32EnumAttrCase<"backward", 1>,
      I32EnumAttrCase<"both", 2>]>;
def WebNN_RecurrentNetworkDirectionAttr :
    WebNN_EnumAttr<WebNN_RecurrentNetworkDirection, "recurrent_direction">;

def WebNN_RecurrentNetworkActivation : WebNN_Enum<"RecurrentNetworkActivation",
    "MLRecurrentNetworkActivation", [
      I32EnumAttrCase<"relu", 0>,
      I32EnumAttrCase<"sigmoid", 1>,
      I32EnumAttrCase<"tanh", 2>]>;
def WebNN_RecurrentNetworkActivationAttr :
    WebNN_EnumAttr<WebNN_RecurrentNetworkActivation, "recurrent_activation">;
def WebNN_RecurrentNetworkActivationArrayAttr :
    TypedArrayAttrBase<WebNN_RecurrentNetworkActivationAttr,
                       "array of MLRecurrentNetworkActivation">;

def WebNN_GruWeightLayout : WebNN_Enum<"GruWeightLayout", "MLGruWeightLayout", [
      I32EnumAttrCase<"zrn", 0>,
      I32EnumAttrCase<"rzn", 1>]>;
def WebNN_GruWeightLayoutAttr :
    WebNN_EnumAttr<WebNN_GruWeightLayout, "gru_weight_layout">;

def WebNN_LstmWeightLayout : WebNN_Enum<"LstmWeightLayout", "MLLstmWeightLayout", [
      I32EnumAttrCase<"iofg", 0>,
      I32EnumAttrCase<"ifgo", 1>]>;
def WebNN_LstmWeightLayoutAttr :
    WebNN_EnumAttr<WebNN_LstmWeightLayout, "lstm_weight_layout">;

// MLOperandDataType, for ops whose options name a data type (cast, argMin/
// argMax outputDataType).
def WebNN_OperandDataType : WebNN_Enum<"OperandDataType", "MLOperandDataType", [
      I32EnumAttrCase<"float32", 0>,
      I32EnumAttrCase<"float16", 1>,
      I32EnumAttrCase<"int32", 2>,
      I32EnumAttrCase<"uint32", 3>,
      I32EnumAttrCase<"int64", 4>,
      I32EnumAttrCase<"uint64", 5>,
      I32EnumAttrCase<"int8", 6>,
      I32EnumAttrCase<"uint8", 7>,
      I32EnumAttrCase<"int4", 8>,
      I32EnumAttrCase<"uint4", 9>]>;
def WebNN_OperandDataTypeAttr :
    WebNN_EnumAttr<WebNN_OperandDataType, "data_type">;

//===----------------------------------------------------------------------===//
// Common attributes
//===----------------------------------------------------------------------===//

// sequence<unsigned long> options; absent means the spec's default.
def WebNN_UIntArrayAttr : ConfinedAttr<DenseI64ArrayAttr,
    [DenseArrayNonNegative<DenseI64ArrayAttr>]>;
class WebNN_DefaultUIntArrayAttr<string default> :
    DefaultValuedOptionalAttr<WebNN_UIntArrayAttr, default>;

// unsigned long options.
def WebNN_UIntAttr : ConfinedAttr<I64Attr, [IntNonNegative]>;

// MLNumber: a double or bigint; kept as a typed attribute (f64 or i64) so
// that integer values beyond 2^53 survive.
def WebNN_NumberAttr : AnyAttrOf<[F64Attr, I64Attr]>;

//===----------------------------------------------------------------------===//
// Op base
//===----------------------------------------------------------------------===//

// Like upstream's InferTypeOpAdaptor (each op defines
// `inferReturnTypes(context, location, Adaptor, types)`), but the attributes
// are checked against their ODS constraints first: importers call inference
// before any verifier has run, and an op-specific rule must never see a
// missing required option.
def WebNN_InferTypeOpAdaptor : TraitList<[
    DeclareOpInterfaceMethods<InferTypeOpInterface>,
    NativeOpTrait<"InferTypeOpAdaptor", [], [{
      static ::llvm::LogicalResult
      inferReturnTypes(::mlir::MLIRContext *context,
                       std::optional<::mlir::Location> location,
                       Adaptor adaptor,
                       ::llvm::SmallVectorImpl<::mlir::Type> &inferredReturnTypes);
    }], [{
      ::llvm::LogicalResult $cppClass::inferReturnTypes(
          ::mlir::MLIRContext *context,
          std::optional<::mlir::Location> location,
          ::mlir::ValueRange operands, ::mlir::DictionaryAttr attributes,
          ::mlir::OpaqueProperties properties, ::mlir::RegionRange regions,
          ::llvm::SmallVectorImpl<::mlir::Type> &inferredReturnTypes) {
        $cppClass::Adaptor adaptor(operands, attributes, properties, regions);
        if (::mlir::failed(adaptor.verify(
                location ? *location : ::mlir::UnknownLoc::get(context))))
          return ::mlir::failure();
        return $cppClass::inferReturnTypes(context, location, adaptor,
                                           inferredReturnTypes);
      }
    }]>
  ]>;

// Every WebNN op is pure and infers its result types from the spec's
// output-shape formula; `inferReturnTypes` also runs the op's validation
// steps, so the same checks guard both the parser and the C++ builders.
class WebNN_Op<string mnemonic, list<Trait> traits = []> :
    Op<WebNN_Dialect, mnemonic,
       !listconcat(traits, [Pure, WebNN_InferTypeOpAdaptor])> {
  // Operands, attributes and the operand -> result types, always printed.
  let assemblyFormat = [{
    operands attr-dict `:` functional-type(operands, results)
  }];
}

// The `label` option every MLOperatorOptions carries.
defvar WebNN_Label = (ins OptionalAttr<StrAttr>:$label);

// Ops whose output has the input's shape and data type (unary element-wise
// ops, most activations), restricted to the tensor-limits table's types.
// `options` are the op's attributes besides `label`.
class WebNN_SameTypeAsInputOp<string mnemonic, list<Type> allowedTypes,
                              dag options = (ins)>
    : WebNN_Op<mnemonic> {
  let arguments = !con((ins WebNN_TensorOf<allowedTypes>:$input), options,
                       WebNN_Label);
  let results = (outs WebNN_TensorOf<allowedTypes>:$output);
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::inferReturnTypes(
        ::mlir::MLIRContext *, std::optional<::mlir::Location> location,
        Adaptor adaptor, ::llvm::SmallVectorImpl<::mlir::Type> &types) {
      return ::mlir::webnn::inferSameAsInputType(
          {location, getOperationName()}, adaptor.getInput(), types);
    }
  }];
}

#endif // WEBNN_BASE_TD
