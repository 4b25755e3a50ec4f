/* Exercises the runtime's C API directly (test/Runtime/api.test). Linked with
 * fake_artifact.c, whose plinth_entry and plinth_signature stand in for a
 * JIT-compiled model given to plinth_model_create. Prints one line per check
 * for FileCheck; exits non-zero if a value check fails. */
#include "plinth/runtime.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern const char plinth_signature[];
int32_t plinth_entry(void **inputs, void *outputs);

static int failures = 0;

#define EXPECT(cond)                                                           \
  do {                                                                         \
    if (!(cond)) {                                                             \
      printf("FAILED: %s (line %d)\n", #cond, __LINE__);                       \
      ++failures;                                                              \
    }                                                                          \
  } while (0)

/* Prints "<label>: <message> [code N]" and frees the status. */
static void report(const char *label, plinth_status *status) {
  printf("%s: %s [code %d]\n", label,
         status ? plinth_status_get_message(status) : "ok",
         (int)plinth_status_get_code(status));
  plinth_status_free(status);
}

static int released = 0;
static void release(void *owner) {
  released += 1;
  free(owner);
}

static void checkSignatures(void) {
  static const char *const bad[] = {
      "",
      "plinth-signature 2\noutput\ty\tf32\t0\n",
      "plinth-signature 1\noutput\ty\tf32\t0",
      "plinth-signature 1\n\noutput\ty\tf32\t0\n",
      "plinth-signature 1\ninout\tx\tf32\t0\noutput\ty\tf32\t0\n",
      "plinth-signature 1\ninput\tx\tf32\n",
      "plinth-signature 1\ninput\tx\tf33\t0\noutput\ty\tf32\t0\n",
      "plinth-signature 1\ninput\tx\tf32\t2\t4\noutput\ty\tf32\t0\n",
      "plinth-signature 1\ninput\tx\tf32\t01\t4\noutput\ty\tf32\t0\n",
      "plinth-signature 1\ninput\tx\tf32\t1\t-1\noutput\ty\tf32\t0\n",
      "plinth-signature 1\ninput\tx\tf32\t1\t99999999999999999999\n"
      "output\ty\tf32\t0\n",
      "plinth-signature 1\ninput\tx%4\tf32\t0\noutput\ty\tf32\t0\n",
      "plinth-signature 1\ninput\tx%00\tf32\t0\noutput\ty\tf32\t0\n",
      "plinth-signature 1\ninput\tx\x01\tf32\t0\noutput\ty\tf32\t0\n",
      "plinth-signature 1\ninput\tx\tf32\t0\ninput\tx\tf32\t0\n"
      "output\ty\tf32\t0\n",
      "plinth-signature 1\ninput\tx\tf32\t0\n",
      "plinth-signature 1\noutput\ty\tf32\t33\n",
      "plinth-signature 1\ninput\t\tf32\t0\noutput\ty\tf32\t0\n",
      "plinth-signature 1\noutput\ty\tf32\t1\t4\t\n",
      "plinth-signature 1\noutput\ty\tf32\t0\r\n",
      "plinth-signature 1\noutput\ty\tf32\t1\t?%zz\n",
  };
  for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); ++i) {
    plinth_model *model = (plinth_model *)1;
    char label[32];
    snprintf(label, sizeof(label), "bad signature %zu", i);
    void *owner = malloc(1);
    plinth_status *status =
        plinth_model_create(plinth_entry, bad[i], owner, release, &model);
    EXPECT(status != NULL && model == NULL);
    report(label, status);
    free(owner); /* still ours: create failed */
  }
  EXPECT(released == 0);
}

static void checkQueries(const plinth_model *model) {
  printf("inputs %zu outputs %zu\n", plinth_model_num_inputs(model),
         plinth_model_num_outputs(model));
  for (size_t i = 0; i < plinth_model_num_inputs(model); ++i) {
    printf("input %zu %s %s rank %lld:", i, plinth_model_input_name(model, i),
           plinth_dtype_name(plinth_model_input_dtype(model, i)),
           (long long)plinth_model_input_rank(model, i));
    for (int64_t d = 0; d < plinth_model_input_rank(model, i); ++d) {
      const char *name = plinth_model_input_dim_name(model, i, (size_t)d);
      printf(" %lld/%s", (long long)plinth_model_input_dim(model, i, (size_t)d),
             name ? name : "-");
    }
    printf("\n");
  }
  for (size_t i = 0; i < plinth_model_num_outputs(model); ++i)
    printf("output %zu %s %s rank %lld\n", i,
           plinth_model_output_name(model, i),
           plinth_dtype_name(plinth_model_output_dtype(model, i)),
           (long long)plinth_model_output_rank(model, i));
  /* Out of range. */
  EXPECT(plinth_model_input_name(model, 3) == NULL);
  EXPECT(plinth_model_output_dtype(model, 4) == PLINTH_DTYPE_INVALID);
  EXPECT(plinth_model_input_rank(model, 9) == -1);
  EXPECT(plinth_model_input_dim(model, 0, 2) == PLINTH_DIM_INVALID);
  EXPECT(plinth_model_input_dim(model, 0, 0) == PLINTH_DIM_DYNAMIC);
  EXPECT(plinth_model_input_dim(model, 2, 0) == 4);
  EXPECT(plinth_model_input_dim_name(model, 2, 0) == NULL);
  EXPECT(strcmp(plinth_model_output_dim_name(model, 1, 0), "seq") == 0);
  EXPECT(strcmp(plinth_model_signature(model), plinth_signature) == 0);
}

static void checkTensors(void) {
  plinth_tensor *t = (plinth_tensor *)1;
  int64_t huge[2] = {INT64_MAX, 2};
  report("create overflow",
         plinth_tensor_create(PLINTH_DTYPE_F32, huge, 2, &t));
  EXPECT(t == NULL);
  int64_t negative[2] = {2, -3};
  report("create negative",
         plinth_tensor_create(PLINTH_DTYPE_F32, negative, 2, &t));
  int64_t many[33] = {0};
  report("create rank 33",
         plinth_tensor_create(PLINTH_DTYPE_F32, many, 33, &t));
  report("create null dims",
         plinth_tensor_create(PLINTH_DTYPE_F32, NULL, 2, &t));
  report("create bad dtype",
         plinth_tensor_create((plinth_dtype)8, NULL, 0, &t));
  report("create null out",
         plinth_tensor_create(PLINTH_DTYPE_F32, NULL, 0, NULL));

  int64_t dims[2] = {3, 5};
  report("create", plinth_tensor_create(PLINTH_DTYPE_I16, dims, 2, &t));
  EXPECT(plinth_tensor_dtype(t) == PLINTH_DTYPE_I16);
  EXPECT(plinth_tensor_rank(t) == 2);
  EXPECT(plinth_tensor_dims(t)[0] == 3 && plinth_tensor_dims(t)[1] == 5);
  EXPECT(plinth_tensor_num_elements(t) == 15);
  EXPECT(plinth_tensor_byte_size(t) == 30);
  EXPECT((uintptr_t)plinth_tensor_data(t) % 64 == 0);
  for (size_t i = 0; i < 30; ++i)
    EXPECT(((unsigned char *)plinth_tensor_data(t))[i] == 0);
  plinth_tensor_free(t);

  int64_t empty[2] = {0, 7};
  report("create empty", plinth_tensor_create(PLINTH_DTYPE_F64, empty, 2, &t));
  EXPECT(plinth_tensor_data(t) != NULL && plinth_tensor_byte_size(t) == 0);
  plinth_tensor_free(t);
  report("create scalar", plinth_tensor_create(PLINTH_DTYPE_BOOL, NULL, 0, &t));
  EXPECT(plinth_tensor_num_elements(t) == 1 && plinth_tensor_dims(t) == NULL);
  plinth_tensor_free(t);

  /* Wrapped memory is never freed by the runtime: a stack buffer. */
  float buffer[16];
  int64_t big[2] = {4, 5};
  report("wrap too small", plinth_tensor_wrap(PLINTH_DTYPE_F32, big, 2, buffer,
                                              sizeof(buffer), &t));
  report("wrap null",
         plinth_tensor_wrap(PLINTH_DTYPE_F32, dims, 2, NULL, 60, &t));
  report("wrap misaligned", plinth_tensor_wrap(PLINTH_DTYPE_F32, dims, 1,
                                               (char *)buffer + 1, 12, &t));
  report("wrap", plinth_tensor_wrap(PLINTH_DTYPE_F32, dims, 1, buffer,
                                    sizeof(buffer), &t));
  EXPECT(plinth_tensor_data(t) == buffer);
  plinth_tensor_free(t);
  plinth_tensor_free(NULL);

  EXPECT(plinth_dtype_size(PLINTH_DTYPE_BF16) == 2);
  EXPECT(strcmp(plinth_dtype_name(PLINTH_DTYPE_U64), "u64") == 0);
  EXPECT(plinth_dtype_size((plinth_dtype)99) == 0);
}

/* Runs the model on x [b, s], y [b2, s2], z [zn] (i32) and reports. */
static void runCase(plinth_model *model, const char *label, int64_t b,
                    int64_t s, int64_t b2, int64_t s2, int64_t zn,
                    plinth_dtype xtype, int32_t z0) {
  static float xdata[64], ydata[64];
  static int32_t zdata[8];
  for (int i = 0; i < 64; ++i) {
    xdata[i] = (float)i;
    ydata[i] = 100.0f;
  }
  for (int i = 0; i < 8; ++i)
    zdata[i] = i + 1;
  zdata[0] = z0;
  int64_t xd[2] = {b, s}, yd[2] = {b2, s2}, zd[1] = {zn};
  plinth_tensor *x, *y, *z;
  plinth_status_free(
      plinth_tensor_wrap(xtype, xd, 2, xdata, sizeof(xdata), &x));
  plinth_status_free(
      plinth_tensor_wrap(PLINTH_DTYPE_F32, yd, 2, ydata, sizeof(ydata), &y));
  plinth_status_free(
      plinth_tensor_wrap(PLINTH_DTYPE_I32, zd, 1, zdata, sizeof(zdata), &z));
  const plinth_tensor *inputs[3] = {x, y, z};
  plinth_tensor *outputs[4];
  for (int i = 0; i < 4; ++i)
    outputs[i] = (plinth_tensor *)&failures; /* garbage the run must clear */
  plinth_status *status = plinth_model_run(model, inputs, 3, outputs, 4);
  if (status) {
    for (int i = 0; i < 4; ++i)
      EXPECT(outputs[i] == NULL);
  } else {
    const float *sum = plinth_tensor_data(outputs[0]);
    const float *t = plinth_tensor_data(outputs[1]);
    const unsigned char *mask = plinth_tensor_data(outputs[2]);
    const int64_t *total = plinth_tensor_data(outputs[3]);
    EXPECT(plinth_tensor_dims(outputs[1])[0] == s);
    EXPECT(plinth_tensor_dims(outputs[1])[1] == b);
    for (int64_t i = 0; i < b; ++i)
      for (int64_t j = 0; j < s; ++j) {
        EXPECT(sum[i * s + j] == xdata[i * s + j] + 100.0f);
        EXPECT(t[j * b + i] == xdata[i * s + j]);
      }
    EXPECT(mask[0] == (z0 > 0) && mask[1] == 1);
    EXPECT(*total == z0 + 2 + 3 + 4);
    for (int i = 0; i < 4; ++i)
      plinth_tensor_free(outputs[i]);
  }
  report(label, status);
  plinth_tensor_free(x);
  plinth_tensor_free(y);
  plinth_tensor_free(z);
}

static void checkRuns(plinth_model *model) {
  runCase(model, "run ok", 2, 3, 2, 3, 4, PLINTH_DTYPE_F32, 5);
  runCase(model, "run negative total", 4, 1, 4, 1, 4, PLINTH_DTYPE_F32, -20);
  runCase(model, "run empty", 0, 3, 0, 3, 4, PLINTH_DTYPE_F32, 1);
  runCase(model, "run dtype", 2, 3, 2, 3, 4, PLINTH_DTYPE_I32, 1);
  runCase(model, "run static dim", 2, 3, 2, 3, 5, PLINTH_DTYPE_F32, 1);
  runCase(model, "run symbolic dim", 2, 3, 2, 4, 4, PLINTH_DTYPE_F32, 1);
  runCase(model, "run model error", 2, 3, 2, 3, 4, PLINTH_DTYPE_F32, -7);

  plinth_tensor *outputs[4];
  report("run count", plinth_model_run(model, NULL, 0, outputs, 4));
  const plinth_tensor *none[3] = {NULL, NULL, NULL};
  report("run slots", plinth_model_run(model, none, 3, outputs, 3));
  report("run null input", plinth_model_run(model, none, 3, outputs, 4));
  report("run null model", plinth_model_run(NULL, none, 3, outputs, 4));
}

int main(void) {
  printf("abi %u\n", plinth_runtime_abi_version());
  EXPECT(plinth_runtime_abi_version() == PLINTH_RUNTIME_ABI_VERSION);

  plinth_status *status =
      plinth_status_create(PLINTH_STATUS_UNSUPPORTED, "nope");
  EXPECT(plinth_status_get_code(status) == PLINTH_STATUS_UNSUPPORTED);
  EXPECT(strcmp(plinth_status_get_message(status), "nope") == 0);
  plinth_status_free(status);
  EXPECT(plinth_status_get_code(NULL) == PLINTH_STATUS_OK);
  EXPECT(strcmp(plinth_status_get_message(NULL), "") == 0);
  plinth_status_free(NULL);

  report("threads 0", plinth_set_num_threads(0));
  report("threads 2", plinth_set_num_threads(2));

  plinth_model *model = NULL;
  report("load null", plinth_model_load(NULL, &model));
  report("load missing", plinth_model_load("/nonexistent/model.so", &model));
  report("create null entry",
         plinth_model_create(NULL, plinth_signature, NULL, NULL, &model));

  checkSignatures();
  checkTensors();

  report("create", plinth_model_create(plinth_entry, plinth_signature,
                                       malloc(8), release, &model));
  checkQueries(model);
  checkRuns(model);
  EXPECT(released == 0);
  plinth_model_free(model);
  EXPECT(released == 1);
  plinth_model_free(NULL);

  printf("failures: %d\n", failures);
  return failures != 0;
}
