/* webnnrt.h - the webnnc runtime C API.
 *
 * Executes graphs compiled by webnnc (`.wnn` artifacts). The shape follows
 * the WebNN MLContext / MLTensor API: create a context for a device, load a
 * graph, create tensors once from descriptors, then dispatch the graph on
 * named input and output tensors as often as needed. A dispatch allocates
 * nothing and takes no lock.
 *
 * Every call returns a webnnrt_status; after a failure,
 * webnnrt_last_error() returns a message for the calling thread. Memory
 * the caller passes in stays the caller's; objects the runtime creates are
 * released with the matching *_release call.
 *
 * Threading: different graphs may be dispatched from different threads at
 * once. One graph runs one dispatch at a time; a concurrent dispatch of the
 * same graph returns WEBNNRT_BUSY.
 */
#ifndef WEBNNRT_H
#define WEBNNRT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum webnnrt_status {
  WEBNNRT_OK = 0,
  WEBNNRT_INVALID_ARGUMENT = 1,
  WEBNNRT_NOT_FOUND = 2,
  WEBNNRT_OUT_OF_MEMORY = 3,
  WEBNNRT_INVALID_ARTIFACT = 4,
  WEBNNRT_UNSUPPORTED = 5,
  WEBNNRT_INTERNAL = 6,
  WEBNNRT_BUSY = 7
} webnnrt_status;

/* A static, human-readable name for `status` ("ok", "invalid argument"...);
 * "unknown status" for values outside the enumeration. */
const char *webnnrt_status_string(webnnrt_status status);

/* The message of the last failed call on this thread ("" if none). Valid
 * until the next failing call on the same thread. */
const char *webnnrt_last_error(void);

/* The runtime's version, "major.minor.patch". */
const char *webnnrt_version(void);

/* ---- Data types and descriptors (MLOperandDataType, MLOperandDescriptor) */

typedef enum webnnrt_data_type {
  WEBNNRT_FLOAT32 = 0,
  WEBNNRT_FLOAT16 = 1,
  WEBNNRT_INT32 = 2,
  WEBNNRT_UINT32 = 3,
  WEBNNRT_INT64 = 4,
  WEBNNRT_UINT64 = 5,
  WEBNNRT_INT8 = 6,
  WEBNNRT_UINT8 = 7,
  WEBNNRT_INT4 = 8, /* stored unpacked, one element per byte */
  WEBNNRT_UINT4 = 9
} webnnrt_data_type;

#define WEBNNRT_MAX_RANK 8

typedef struct webnnrt_tensor_descriptor {
  webnnrt_data_type data_type;
  uint32_t rank;
  int64_t shape[WEBNNRT_MAX_RANK];
} webnnrt_tensor_descriptor;

/* Bytes a tensor of `descriptor` holds (0 for an invalid descriptor). */
size_t webnnrt_descriptor_byte_length(const webnnrt_tensor_descriptor *d);

/* ---- Contexts (MLContext) ---------------------------------------------- */

typedef enum webnnrt_device_type {
  WEBNNRT_DEVICE_CPU = 0,
  WEBNNRT_DEVICE_GPU = 1,
  WEBNNRT_DEVICE_NPU = 2
} webnnrt_device_type;

typedef enum webnnrt_power_preference {
  WEBNNRT_POWER_DEFAULT = 0,
  WEBNNRT_POWER_HIGH_PERFORMANCE = 1,
  WEBNNRT_POWER_LOW_POWER = 2
} webnnrt_power_preference;

typedef struct webnnrt_context_options {
  webnnrt_device_type device_type;
  webnnrt_power_preference power_preference;
  /* Threads that run kernels, the calling thread included; 0 = one per
   * available core, 1 = no extra threads. */
  uint32_t num_threads;
} webnnrt_context_options;

typedef struct webnnrt_context webnnrt_context;

/* Options with every field at its default (CPU, default power, 0). */
webnnrt_context_options webnnrt_context_options_default(void);
webnnrt_status webnnrt_context_create(const webnnrt_context_options *options,
                                      webnnrt_context **out_context);
/* Threads the context runs kernels on. */
uint32_t webnnrt_context_num_threads(const webnnrt_context *context);
void webnnrt_context_release(webnnrt_context *context);

/* ---- Graphs (MLGraph) --------------------------------------------------- */

typedef struct webnnrt_graph webnnrt_graph;

/* Loads a .wnn file. The artifact is verified (structure, offsets, sizes,
 * alignment, CPU features) before anything in it is used. */
webnnrt_status webnnrt_graph_load_file(webnnrt_context *context,
                                       const char *path,
                                       webnnrt_graph **out_graph);
/* Loads an artifact from memory (copied; the caller's buffer may go away
 * after the call). */
webnnrt_status webnnrt_graph_load_memory(webnnrt_context *context,
                                         const void *data, size_t size,
                                         webnnrt_graph **out_graph);
void webnnrt_graph_release(webnnrt_graph *graph);

size_t webnnrt_graph_num_inputs(const webnnrt_graph *graph);
size_t webnnrt_graph_num_outputs(const webnnrt_graph *graph);
/* Name and descriptor of input/output `index` (NULL / INVALID_ARGUMENT
 * when out of range). The name stays valid while the graph lives. */
const char *webnnrt_graph_input_name(const webnnrt_graph *graph, size_t index);
const char *webnnrt_graph_output_name(const webnnrt_graph *graph,
                                      size_t index);
webnnrt_status webnnrt_graph_input_descriptor(const webnnrt_graph *graph,
                                              size_t index,
                                              webnnrt_tensor_descriptor *out);
webnnrt_status webnnrt_graph_output_descriptor(const webnnrt_graph *graph,
                                               size_t index,
                                               webnnrt_tensor_descriptor *out);
/* Bytes of the graph's intermediate-value arena. */
size_t webnnrt_graph_arena_size(const webnnrt_graph *graph);

/* ---- Tensors (MLTensor) ------------------------------------------------- */

typedef enum webnnrt_tensor_usage {
  WEBNNRT_TENSOR_READ = 1,  /* the host reads it (webnnrt_tensor_read) */
  WEBNNRT_TENSOR_WRITE = 2  /* the host writes it (webnnrt_tensor_write) */
} webnnrt_tensor_usage;

typedef struct webnnrt_tensor webnnrt_tensor;

webnnrt_status webnnrt_tensor_create(webnnrt_context *context,
                                     const webnnrt_tensor_descriptor *desc,
                                     uint32_t usage,
                                     webnnrt_tensor **out_tensor);
void webnnrt_tensor_release(webnnrt_tensor *tensor);
/* Copies `size` bytes (the tensor's byte length exactly) in or out. */
webnnrt_status webnnrt_tensor_write(webnnrt_tensor *tensor, const void *data,
                                    size_t size);
webnnrt_status webnnrt_tensor_read(const webnnrt_tensor *tensor, void *data,
                                   size_t size);

/* ---- Dispatch ------------------------------------------------------------ */

typedef struct webnnrt_named_tensor {
  const char *name;
  webnnrt_tensor *tensor;
} webnnrt_named_tensor;

/* Runs the graph: every input and output must be given exactly once, by
 * name, with a tensor of the graph's descriptor. */
webnnrt_status webnnrt_graph_dispatch(webnnrt_graph *graph,
                                      const webnnrt_named_tensor *inputs,
                                      size_t num_inputs,
                                      const webnnrt_named_tensor *outputs,
                                      size_t num_outputs);

/* ---- Profiling ---------------------------------------------------------- */

/* The graph's kernels, in dispatch order, and their names. */
size_t webnnrt_graph_num_kernels(const webnnrt_graph *graph);
const char *webnnrt_graph_kernel_name(const webnnrt_graph *graph,
                                      size_t index);
/* Turns per-kernel timing on (non-zero; the totals restart at zero) or off.
 * Timing reads the clock twice per kernel; it is off by default. */
webnnrt_status webnnrt_graph_set_profiling(webnnrt_graph *graph, int enabled);
/* Time kernel `index` ran during the profiled dispatches, in nanoseconds. */
webnnrt_status webnnrt_graph_kernel_time(const webnnrt_graph *graph,
                                         size_t index, uint64_t *total_ns);

#ifdef __cplusplus
}
#endif

#endif /* WEBNNRT_H */
