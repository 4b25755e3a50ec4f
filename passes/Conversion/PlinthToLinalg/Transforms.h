//===- Transforms.h - plinth to linalg lowering -----------------*- C++ -*-===//

#ifndef PLINTH_PASSES_CONVERSION_PLINTHTOLINALG_TRANSFORMS_H
#define PLINTH_PASSES_CONVERSION_PLINTHTOLINALG_TRANSFORMS_H

#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/DialectConversion.h"

namespace mlir::plinth {

/// Tensor types after lowering: integer element types become signless
/// (arith works on signless integers; the patterns read signedness from the
/// plinth op's original types).
class PlinthToLinalgTypeConverter : public TypeConverter {
public:
  PlinthToLinalgTypeConverter();
};

/// Every plinth op's lowering to linalg / tensor / arith / math.
void populatePlinthToLinalgPatterns(const TypeConverter &converter,
                                    RewritePatternSet &patterns);

// The families (one file each). Patterns are OpConversionPatterns that get
// the type converter.
void populateElementwiseLoweringPatterns(const TypeConverter &converter,
                                         RewritePatternSet &patterns);
void populateReductionLoweringPatterns(const TypeConverter &converter,
                                       RewritePatternSet &patterns);
void populateDataMovementLoweringPatterns(const TypeConverter &converter,
                                          RewritePatternSet &patterns);
void populateIndexingLoweringPatterns(const TypeConverter &converter,
                                      RewritePatternSet &patterns);
void populateContractionLoweringPatterns(const TypeConverter &converter,
                                         RewritePatternSet &patterns);

} // namespace mlir::plinth

#endif // PLINTH_PASSES_CONVERSION_PLINTHTOLINALG_TRANSFORMS_H
