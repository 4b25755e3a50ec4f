/* Prints the code, name and size of ONNX's small element types (and of the
 * first code past them) as the runtime sees them, then whether each name
 * round-trips through a signature. */
#include "plinth/runtime.h"

#include <stdio.h>
#include <string.h>

static int32_t entry(void **inputs, void *outputs) {
  (void)inputs;
  (void)outputs;
  return 0;
}

int main(void) {
  int ok = 1;
  for (int code = PLINTH_DTYPE_F8E4M3FN; code <= PLINTH_DTYPE_I2 + 1; ++code) {
    plinth_dtype dtype = (plinth_dtype)code;
    printf("%d %s %zu\n", code, plinth_dtype_name(dtype),
           plinth_dtype_size(dtype));
    if (code > PLINTH_DTYPE_I2)
      break;
    /* A signature with an input and an output of this dtype parses. */
    char signature[256];
    snprintf(signature, sizeof(signature),
             "plinth-signature 1\ninput\tx\t%s\t1\t3\noutput\ty\t%s\t0\n",
             plinth_dtype_name(dtype), plinth_dtype_name(dtype));
    plinth_model *model = NULL;
    plinth_status *status =
        plinth_model_create(entry, signature, NULL, NULL, &model);
    if (status) {
      printf("signature for %s: %s\n", plinth_dtype_name(dtype),
             plinth_status_get_message(status));
      plinth_status_free(status);
      ok = 0;
      continue;
    }
    if (plinth_model_input_dtype(model, 0) != dtype ||
        plinth_model_output_dtype(model, 0) != dtype) {
      printf("signature for %s: wrong dtype\n", plinth_dtype_name(dtype));
      ok = 0;
    }
    plinth_model_free(model);
    /* Tensors take one byte per element. */
    int64_t dims[2] = {3, 5};
    plinth_tensor *tensor = NULL;
    status = plinth_tensor_create(dtype, dims, 2, &tensor);
    if (status || plinth_tensor_byte_size(tensor) != 15) {
      printf("tensor for %s: %s\n", plinth_dtype_name(dtype),
             status ? plinth_status_get_message(status) : "wrong size");
      ok = 0;
    }
    plinth_status_free(status);
    plinth_tensor_free(tensor);
  }
  printf(ok ? "ok\n" : "FAILED\n");
  return ok ? 0 : 1;
}
