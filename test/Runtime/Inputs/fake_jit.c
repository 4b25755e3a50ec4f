/* A stand-in for libplinth_jit.so (test/Runtime/jit.test): "compiles" any
 * .onnx path to fake_artifact.c's model through plinth_model_create. A path
 * containing "unsupported" gets PLINTH_STATUS_UNSUPPORTED. The owner's
 * release prints a line, so tests see the model release it. */
#include "plinth/runtime.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern const char plinth_signature[];
int32_t plinth_entry(void **inputs, void *outputs);

static void release(void *owner) {
  fprintf(stderr, "fake-jit: released %s\n", (const char *)owner);
  free(owner);
}

plinth_status *plinth_jit_compile(const char *onnx_path, const char *options,
                                  plinth_model **out) {
  if (strstr(onnx_path, "unsupported"))
    return plinth_status_create(PLINTH_STATUS_UNSUPPORTED,
                                "fake-jit: unsupported model");
  char *owner = malloc(16);
  strcpy(owner, "owner");
  plinth_status *status =
      plinth_model_create(plinth_entry, plinth_signature, owner, release, out);
  if (status)
    free(owner);
  return status;
}
