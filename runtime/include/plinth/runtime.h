/*===- plinth/runtime.h - Plinth's runtime C ABI -------------------*- C -*-===*
 *
 * Load a Plinth artifact (a shared library made by plinth-compile) or wrap a
 * JIT-compiled model, query its signature, make tensors, run it.
 *
 * The runtime has no MLIR, LLVM or protobuf dependency: it needs only libc,
 * libstdc++, libm, libgcc_s, libdl, libpthread and libomp (see
 * docs/adr/0001-threads-openmp.md).
 *
 * Conventions
 *  - Every fallible call returns a `plinth_status *`: NULL means success; a
 *    non-NULL status is owned by the caller and released with
 *    plinth_status_free. No call aborts or throws on bad input.
 *  - `out` parameters are written only on success (and set to NULL on error).
 *  - Objects are opaque. Whoever a call's comment names as the owner frees the
 *    object with the matching *_free function; every *_free accepts NULL.
 *  - Strings returned by the runtime stay valid as long as the object they
 *    come from.
 *
 * Trust: loading an artifact runs its native code (constructors at load, the
 * model at run). An artifact is exactly as trusted as a program: load only
 * artifacts you would execute. What the runtime checks - the signature text,
 * the inputs against it, the outputs the model returns - guards against
 * mistakes, not against a malicious artifact.
 *
 * Thread safety: the functions are thread-safe for distinct objects. Run one
 * model from one thread at a time (a model may keep scratch state); different
 * models may run concurrently. Tensors and statuses are not synchronized: do
 * not free an object while another thread uses it. Parallel loops inside a
 * model use OpenMP's libomp: one thread pool per process, sized by
 * plinth_set_num_threads.
 *
 *===----------------------------------------------------------------------===*/

#ifndef PLINTH_RUNTIME_H
#define PLINTH_RUNTIME_H

#include <stddef.h>
#include <stdint.h>

#if defined(PLINTH_RT_BUILDING)
#define PLINTH_RT_API __attribute__((visibility("default")))
#else
#define PLINTH_RT_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/*===--- Versions ---------------------------------------------------------===*/

/* The version of this header's ABI. Bumped on any incompatible change. */
#define PLINTH_RUNTIME_ABI_VERSION 1
/* The artifact ABI version this runtime loads (`plinth_abi_version`). */
#define PLINTH_ARTIFACT_ABI_VERSION 1
/* Largest tensor rank the runtime accepts. */
#define PLINTH_MAX_RANK 32

/* The ABI version of the loaded library; compare with
 * PLINTH_RUNTIME_ABI_VERSION to detect a header/library mismatch. */
PLINTH_RT_API uint32_t plinth_runtime_abi_version(void);

/*===--- Status -----------------------------------------------------------===*/

typedef struct plinth_status plinth_status;

typedef enum plinth_status_code {
  /* Only ever reported for a NULL status. */
  PLINTH_STATUS_OK = 0,
  /* A bad argument, or inputs that do not match the signature. */
  PLINTH_STATUS_INVALID_ARGUMENT = 1,
  /* A file cannot be opened or read. */
  PLINTH_STATUS_IO_ERROR = 2,
  /* Not an artifact, a bad signature, another artifact ABI version. */
  PLINTH_STATUS_INVALID_ARTIFACT = 3,
  /* Valid, but not supported. */
  PLINTH_STATUS_UNSUPPORTED = 4,
  PLINTH_STATUS_OUT_OF_MEMORY = 5,
  /* The model reported a run-time error. */
  PLINTH_STATUS_EXECUTION_FAILED = 6,
  /* A bug, in the runtime or in a model. */
  PLINTH_STATUS_INTERNAL = 7,
} plinth_status_code;

/* A new status with a copy of `message` (NULL reads as ""). For libraries
 * that hand statuses to runtime users (the JIT). Caller owns the result.
 * `code` must not be PLINTH_STATUS_OK. Never returns NULL. */
PLINTH_RT_API plinth_status *plinth_status_create(plinth_status_code code,
                                                  const char *message);
/* PLINTH_STATUS_OK for NULL. */
PLINTH_RT_API plinth_status_code
plinth_status_get_code(const plinth_status *status);
/* "" for NULL; valid until the status is freed. */
PLINTH_RT_API const char *
plinth_status_get_message(const plinth_status *status);
PLINTH_RT_API void plinth_status_free(plinth_status *status);

/*===--- Element types ----------------------------------------------------===*/

/* Values are ONNX's TensorProto.DataType numbers.
 *
 * Every element takes a whole number of bytes: the sub-byte ONNX types are
 * stored one element per byte (unpacked), in the low bits:
 *  - float8 (F8*), F4E2M1 and F8E8M0: the element's bit pattern (F4E2M1: the
 *    4 low bits; the upper 4 bits are 0);
 *  - I4 and I2: the value as an int8 (sign-extended, -8..7 and -2..1);
 *  - U4 and U2: the value as a uint8 (zero-extended, 0..15 and 0..3).
 * (ONNX files pack 4-bit values two and 2-bit values four to a byte; the
 * runtime never does.) */
typedef enum plinth_dtype {
  PLINTH_DTYPE_INVALID = 0,
  PLINTH_DTYPE_F32 = 1,
  PLINTH_DTYPE_U8 = 2,
  PLINTH_DTYPE_I8 = 3,
  PLINTH_DTYPE_U16 = 4,
  PLINTH_DTYPE_I16 = 5,
  PLINTH_DTYPE_I32 = 6,
  PLINTH_DTYPE_I64 = 7,
  PLINTH_DTYPE_BOOL = 9, /* one byte, 0 or 1 */
  PLINTH_DTYPE_F16 = 10,
  PLINTH_DTYPE_F64 = 11,
  PLINTH_DTYPE_U32 = 12,
  PLINTH_DTYPE_U64 = 13,
  PLINTH_DTYPE_BF16 = 16,
  PLINTH_DTYPE_F8E4M3FN = 17,   /* one byte, the bit pattern */
  PLINTH_DTYPE_F8E4M3FNUZ = 18, /* one byte, the bit pattern */
  PLINTH_DTYPE_F8E5M2 = 19,     /* one byte, the bit pattern */
  PLINTH_DTYPE_F8E5M2FNUZ = 20, /* one byte, the bit pattern */
  PLINTH_DTYPE_U4 = 21,         /* one byte, 0..15 */
  PLINTH_DTYPE_I4 = 22,         /* one byte (int8), -8..7 */
  PLINTH_DTYPE_F4E2M1 = 23,     /* one byte, the bit pattern in bits 0-3 */
  PLINTH_DTYPE_F8E8M0 = 24,     /* one byte, the bit pattern */
  PLINTH_DTYPE_U2 = 25,         /* one byte, 0..3 */
  PLINTH_DTYPE_I2 = 26,         /* one byte (int8), -2..1 */
} plinth_dtype;

/* Bytes per element; 0 for an invalid dtype. */
PLINTH_RT_API size_t plinth_dtype_size(plinth_dtype dtype);
/* The signature spelling ("f32", "bool", "f8e4m3fn", "i4", ...); "invalid"
 * for others. */
PLINTH_RT_API const char *plinth_dtype_name(plinth_dtype dtype);

/*===--- Tensors ----------------------------------------------------------===*/

/* A dense, row-major (C order) tensor: dtype, dims, data. */
typedef struct plinth_tensor plinth_tensor;

/* A new zero-filled tensor that owns its data (64-byte aligned, never NULL,
 * even with zero elements). `dims` holds `rank` values >= 0 (may be NULL when
 * rank is 0); rank <= PLINTH_MAX_RANK. The byte size is computed with overflow
 * checks. Caller owns *out. */
PLINTH_RT_API plinth_status *plinth_tensor_create(plinth_dtype dtype,
                                                  const int64_t *dims,
                                                  size_t rank,
                                                  plinth_tensor **out);

/* A tensor over caller memory: `data` must hold at least `data_size` bytes,
 * be aligned to the element size, and stay valid until the tensor is freed;
 * data_size must cover the tensor (data may be NULL only when it is empty).
 * The runtime never frees or (as a model input) writes `data`. Caller owns
 * *out. */
PLINTH_RT_API plinth_status *
plinth_tensor_wrap(plinth_dtype dtype, const int64_t *dims, size_t rank,
                   void *data, size_t data_size, plinth_tensor **out);

/* Frees the tensor, and its data if it owns it. */
PLINTH_RT_API void plinth_tensor_free(plinth_tensor *tensor);

/* Accessors; NULL / PLINTH_DTYPE_INVALID / 0 for a NULL tensor. */
PLINTH_RT_API void *plinth_tensor_data(const plinth_tensor *tensor);
PLINTH_RT_API plinth_dtype plinth_tensor_dtype(const plinth_tensor *tensor);
PLINTH_RT_API size_t plinth_tensor_rank(const plinth_tensor *tensor);
/* `rank` values, owned by the tensor; NULL when rank is 0. */
PLINTH_RT_API const int64_t *plinth_tensor_dims(const plinth_tensor *tensor);
PLINTH_RT_API size_t plinth_tensor_num_elements(const plinth_tensor *tensor);
PLINTH_RT_API size_t plinth_tensor_byte_size(const plinth_tensor *tensor);

/*===--- Models -----------------------------------------------------------===*/

/* A loaded artifact or a JIT-compiled model, with its parsed signature. */
typedef struct plinth_model plinth_model;

/* An artifact's `plinth_entry`: `inputs[i]` points to input i's memref
 * descriptor; the model writes one descriptor per output to `outputs`.
 * Returns 0 on success. See runtime/README.md for the full contract. */
typedef int32_t (*plinth_entry_fn)(void **inputs, void *outputs);

/* Loads the artifact at `path` (a file path; a bare name means ./name) with
 * dlopen(RTLD_NOW | RTLD_LOCAL), checks `plinth_abi_version` and parses
 * `plinth_signature` strictly. This runs the artifact's native code: see
 * "Trust" above. Caller owns *out; freeing it unloads the library. */
PLINTH_RT_API plinth_status *plinth_model_load(const char *path,
                                               plinth_model **out);

/* A model over an entry point that is already in the process (the JIT).
 * `signature` uses the artifact signature format and is checked exactly as
 * plinth_model_load checks it (and copied). On success the model owns `owner`
 * and calls release(owner) (if release is not NULL) when it is freed, after
 * its last use of `entry`; on error nothing is released and the caller keeps
 * `owner`. Caller owns *out. */
PLINTH_RT_API plinth_status *
plinth_model_create(plinth_entry_fn entry, const char *signature, void *owner,
                    void (*release)(void *owner), plinth_model **out);

PLINTH_RT_API void plinth_model_free(plinth_model *model);

/* Signature queries. Out-of-range indices give NULL / PLINTH_DTYPE_INVALID /
 * -1 (rank) / PLINTH_DIM_INVALID. Names are decoded (no percent escapes). */
#define PLINTH_DIM_DYNAMIC (-1)
#define PLINTH_DIM_INVALID (-2)

PLINTH_RT_API size_t plinth_model_num_inputs(const plinth_model *model);
PLINTH_RT_API size_t plinth_model_num_outputs(const plinth_model *model);
/* The signature text as the artifact spelled it. */
PLINTH_RT_API const char *plinth_model_signature(const plinth_model *model);

PLINTH_RT_API const char *plinth_model_input_name(const plinth_model *model,
                                                  size_t index);
PLINTH_RT_API plinth_dtype plinth_model_input_dtype(const plinth_model *model,
                                                    size_t index);
PLINTH_RT_API int64_t plinth_model_input_rank(const plinth_model *model,
                                              size_t index);
/* The static size, or PLINTH_DIM_DYNAMIC. */
PLINTH_RT_API int64_t plinth_model_input_dim(const plinth_model *model,
                                             size_t index, size_t dim);
/* The symbolic name of a dynamic dim; NULL if static or unnamed. */
PLINTH_RT_API const char *plinth_model_input_dim_name(const plinth_model *model,
                                                      size_t index, size_t dim);

PLINTH_RT_API const char *plinth_model_output_name(const plinth_model *model,
                                                   size_t index);
PLINTH_RT_API plinth_dtype plinth_model_output_dtype(const plinth_model *model,
                                                     size_t index);
PLINTH_RT_API int64_t plinth_model_output_rank(const plinth_model *model,
                                               size_t index);
PLINTH_RT_API int64_t plinth_model_output_dim(const plinth_model *model,
                                              size_t index, size_t dim);
PLINTH_RT_API const char *
plinth_model_output_dim_name(const plinth_model *model, size_t index,
                             size_t dim);

/*===--- Running ----------------------------------------------------------===*/

/* Runs the model once.
 *
 * Before touching any tensor memory it checks the input count, and for each
 * input its dtype, rank, static dims, and that every symbolic dim name is
 * bound to one size across all inputs; an error names the input (by its graph
 * name), the dim index and both values. It also checks the sizes the model
 * returns against the signature.
 *
 * `inputs`: `num_inputs` tensors in signature order, borrowed (not written).
 * `outputs`: a caller array of `num_outputs` slots (must equal the signature's
 * output count). On success each slot holds a new owning tensor that the
 * caller frees with plinth_tensor_free; on error every slot is NULL.
 * A model error is PLINTH_STATUS_EXECUTION_FAILED, "model execution failed
 * (code N)". */
PLINTH_RT_API plinth_status *
plinth_model_run(plinth_model *model, const plinth_tensor *const *inputs,
                 size_t num_inputs, plinth_tensor **outputs,
                 size_t num_outputs);

/* Sets the number of threads of the process-wide OpenMP pool that models run
 * on (1 .. 4096); applies to every later plinth_model_run from any thread.
 * Without a call, libomp's default (OMP_NUM_THREADS, else one per core). */
PLINTH_RT_API plinth_status *plinth_set_num_threads(int num_threads);

/*===--- JIT hook ---------------------------------------------------------===*/

/* The C function a JIT library (libplinth_jit.so) exports so that tools can
 * compile an .onnx model in-process without linking the compiler:
 *   plinth_status *plinth_jit_compile(const char *onnx_path,
 *                                     const char *options, plinth_model **out);
 * `options` is a compiler option string ("" for the defaults). */
#define PLINTH_JIT_COMPILE_SYMBOL "plinth_jit_compile"
typedef plinth_status *(*plinth_jit_compile_fn)(const char *onnx_path,
                                                const char *options,
                                                plinth_model **out);

#ifdef __cplusplus
}
#endif

#endif /* PLINTH_RUNTIME_H */
