/* A hand-written stand-in for a compiled Plinth artifact (runtime/README.md)
 * whose inputs and outputs have ONNX's small element types, stored one
 * element per byte: it returns each input unchanged, to test how plinth-run
 * reads them from .pb files and writes them as .npy - not model math.
 *
 *   inputs:  one per dtype, all 1-D of the same dynamic size n, in the order
 *            f8e4m3fn f8e4m3fnuz f8e5m2 f8e5m2fnuz u4 i4 f4e2m1 f8e8m0 u2 i2
 *            (named after the dtype)
 *   outputs: out_<dtype>, a copy of input <dtype>, in the same order
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NUM_TYPES 10

const uint32_t plinth_abi_version = 1;

/* clang-format off */
#define ARGS(kind, prefix)                                                     \
  kind "\t" prefix "f8e4m3fn\tf8e4m3fn\t1\t?n\n"                               \
  kind "\t" prefix "f8e4m3fnuz\tf8e4m3fnuz\t1\t?n\n"                           \
  kind "\t" prefix "f8e5m2\tf8e5m2\t1\t?n\n"                                   \
  kind "\t" prefix "f8e5m2fnuz\tf8e5m2fnuz\t1\t?n\n"                           \
  kind "\t" prefix "u4\tu4\t1\t?n\n"                                           \
  kind "\t" prefix "i4\ti4\t1\t?n\n"                                           \
  kind "\t" prefix "f4e2m1\tf4e2m1\t1\t?n\n"                                   \
  kind "\t" prefix "f8e8m0\tf8e8m0\t1\t?n\n"                                   \
  kind "\t" prefix "u2\tu2\t1\t?n\n"                                           \
  kind "\t" prefix "i2\ti2\t1\t?n\n"
/* clang-format on */

const char plinth_signature[] =
    "plinth-signature 1\n" ARGS("input", "") ARGS("output", "out_");

typedef struct {
  void *allocated, *aligned;
  int64_t offset, sizes[1], strides[1];
} Desc1;

int32_t plinth_entry(void **inputs, void *outputs) {
  char *out = (char *)outputs;
  for (int k = 0; k < NUM_TYPES; ++k) {
    const Desc1 *in = (const Desc1 *)inputs[k];
    const uint8_t *data = (const uint8_t *)in->aligned + in->offset;
    int64_t n = in->sizes[0];
    uint8_t *copy = malloc(n ? (size_t)n : 1);
    for (int64_t i = 0; i < n; ++i)
      copy[i] = data[i * in->strides[0]];
    Desc1 desc = {copy, copy, 0, {n}, {1}};
    memcpy(out, &desc, sizeof(desc));
    out += sizeof(desc);
  }
  return 0;
}
