/* A hand-written stand-in for a compiled Plinth artifact (runtime/README.md),
 * to test the runtime's checks and plinth-run's I/O - not model math.
 *
 *   inputs:  x f32 [batch, seq], y f32 [batch, seq], z i32 [4]
 *   outputs: sum    f32 [batch, seq]  x + y                  (own buffer)
 *            x/t:0  f32 [seq, batch]  x transposed, returned as a strided
 *                                     view (the runtime must copy it)
 *            mask   bool [4]          z > 0     } one shared allocation,
 *            total% i64 []            sum of z  } at different offsets
 *   The model fails with code 7 (allocating nothing) when z[0] == -7.
 *
 * Build variants:
 *   -DFAKE_BAD_SIGNATURE    a signature with an unknown dtype
 *   -DFAKE_ABI_VERSION=N    another plinth_abi_version
 *   -DFAKE_BAD_OUTPUT_DIM   returns mask with 5 elements (signature: 4)
 *   -DFAKE_NO_EXPORTS       keeps the symbols static (not an artifact)
 *   -DFAKE_COLLIDING_NAMES  names the first output x_t_0, which is also
 *                           the file name of x/t:0
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#ifndef FAKE_ABI_VERSION
#define FAKE_ABI_VERSION 1
#endif

#ifdef FAKE_NO_EXPORTS
#define EXPORT static
#else
#define EXPORT
#endif

EXPORT const uint32_t plinth_abi_version = FAKE_ABI_VERSION;

#ifdef FAKE_BAD_SIGNATURE
EXPORT const char plinth_signature[] = "plinth-signature 1\n"
                                       "input\tx\tf33\t2\t?batch\t?seq\n"
                                       "output\tsum\tf32\t2\t?batch\t?seq\n";
#else
EXPORT const char plinth_signature[] = "plinth-signature 1\n"
                                       "input\tx\tf32\t2\t?batch\t?seq\n"
                                       "input\ty\tf32\t2\t?batch\t?seq\n"
                                       "input\tz\ti32\t1\t4\n"
#ifdef FAKE_COLLIDING_NAMES
                                       "output\tx_t_0\tf32\t2\t?batch\t?seq\n"
#else
                                       "output\tsum\tf32\t2\t?batch\t?seq\n"
#endif
                                       "output\tx/t:0\tf32\t2\t?seq\t?batch\n"
                                       "output\tmask\tbool\t1\t4\n"
                                       "output\ttotal%25\ti64\t0\n";
#endif

/* Memref descriptors by rank. */
typedef struct {
  void *allocated, *aligned;
  int64_t offset;
} Desc0;
typedef struct {
  void *allocated, *aligned;
  int64_t offset, sizes[1], strides[1];
} Desc1;
typedef struct {
  void *allocated, *aligned;
  int64_t offset, sizes[2], strides[2];
} Desc2;

EXPORT int32_t plinth_entry(void **inputs, void *outputs) {
  const Desc2 *x = (const Desc2 *)inputs[0];
  const Desc2 *y = (const Desc2 *)inputs[1];
  const Desc1 *z = (const Desc1 *)inputs[2];
  const float *xd = (const float *)x->aligned + x->offset;
  const float *yd = (const float *)y->aligned + y->offset;
  const int32_t *zd = (const int32_t *)z->aligned + z->offset;
  int64_t batch = x->sizes[0], seq = x->sizes[1];
  if (zd[0] == -7)
    return 7;

  /* sum: a fresh row-major buffer. */
  size_t n = (size_t)(batch * seq);
  float *sum = malloc(n ? n * sizeof(float) : 1);
  for (int64_t i = 0; i < batch; ++i)
    for (int64_t j = 0; j < seq; ++j)
      sum[i * seq + j] = xd[i * x->strides[0] + j * x->strides[1]] +
                         yd[i * y->strides[0] + j * y->strides[1]];

  /* x/t:0: a copy of x in [batch, seq] order, described as its transpose. */
  float *copy = malloc(n ? n * sizeof(float) : 1);
  for (int64_t i = 0; i < batch; ++i)
    for (int64_t j = 0; j < seq; ++j)
      copy[i * seq + j] = xd[i * x->strides[0] + j * x->strides[1]];

  /* total at bytes [0, 8), mask at bytes [8, 12) of one allocation. */
  char *shared = aligned_alloc(16, 16);
  int64_t total = 0;
  for (int i = 0; i < 4; ++i) {
    total += zd[i * z->strides[0]];
    shared[8 + i] = zd[i * z->strides[0]] > 0;
  }
  memcpy(shared, &total, sizeof(total));

  Desc2 sumDesc = {sum, sum, 0, {batch, seq}, {seq, 1}};
  Desc2 tDesc = {copy, copy, 0, {seq, batch}, {1, seq}};
  Desc1 maskDesc = {shared, shared, 8, {4}, {1}};
#ifdef FAKE_BAD_OUTPUT_DIM
  maskDesc.sizes[0] = 5;
#endif
  Desc0 totalDesc = {shared, shared, 0};
  char *out = (char *)outputs;
  memcpy(out, &sumDesc, sizeof(sumDesc));
  out += sizeof(sumDesc);
  memcpy(out, &tDesc, sizeof(tDesc));
  out += sizeof(tDesc);
  memcpy(out, &maskDesc, sizeof(maskDesc));
  out += sizeof(maskDesc);
  memcpy(out, &totalDesc, sizeof(totalDesc));
  return 0;
}
