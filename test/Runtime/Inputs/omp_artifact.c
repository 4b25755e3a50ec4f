/* A stand-in artifact whose loop runs in parallel on libomp, like generated
 * code does (built with clang -fopenmp: __kmpc_* calls into libomp):
 *   inputs:  x f32 [n]
 *   outputs: threads i32 []  the size of the team that ran the loop
 *            y       f32 [n] 2 * x
 * test/Runtime/threads.test checks that --threads reaches it. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int omp_get_num_threads(void);

const uint32_t plinth_abi_version = 1;
const char plinth_signature[] = "plinth-signature 1\n"
                                "input\tx\tf32\t1\t?n\n"
                                "output\tthreads\ti32\t0\n"
                                "output\ty\tf32\t1\t?n\n";

typedef struct {
  void *allocated, *aligned;
  int64_t offset;
} Desc0;
typedef struct {
  void *allocated, *aligned;
  int64_t offset, sizes[1], strides[1];
} Desc1;

int32_t plinth_entry(void **inputs, void *outputs) {
  const Desc1 *x = (const Desc1 *)inputs[0];
  const float *xd = (const float *)x->aligned + x->offset;
  int64_t n = x->sizes[0];
  float *y = malloc(n ? (size_t)n * sizeof(float) : 1);
  int32_t *team = malloc(sizeof(int32_t));
  *team = 0;
#pragma omp parallel
  {
#pragma omp single
    *team = omp_get_num_threads();
#pragma omp for
    for (int64_t i = 0; i < n; ++i)
      y[i] = 2 * xd[i * x->strides[0]];
  }
  Desc0 teamDesc = {team, team, 0};
  Desc1 yDesc = {y, y, 0, {n}, {1}};
  memcpy(outputs, &teamDesc, sizeof(teamDesc));
  memcpy((char *)outputs + sizeof(teamDesc), &yDesc, sizeof(yDesc));
  return 0;
}
