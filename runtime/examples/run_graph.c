/* run_graph.c - the smallest program that runs a compiled graph.
 *
 *   webnnrt-run model.wnn [iterations]
 *
 * Loads the artifact, creates one tensor per input (zeros) and output,
 * dispatches, and prints each output's first values, the mean dispatch
 * time and the process's peak resident memory: what an application that
 * embeds webnnrt costs, without the compiler (webnnc links MLIR and LLVM).
 * Plain C against webnnrt.h only.
 */
#include "webnnrt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static int check(webnnrt_status status, const char *what) {
  if (status == WEBNNRT_OK)
    return 0;
  fprintf(stderr, "webnnrt-run: %s: %s (%s)\n", what,
          webnnrt_status_string(status), webnnrt_last_error());
  return 1;
}

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec * 1e-6;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: webnnrt-run model.wnn [iterations]\n");
    return 2;
  }
  int iterations = argc > 2 ? atoi(argv[2]) : 10;
  if (iterations < 1) {
    fprintf(stderr, "webnnrt-run: iterations must be at least 1\n");
    return 2;
  }
  webnnrt_context_options options = webnnrt_context_options_default();
  options.num_threads = 1;
  webnnrt_context *context = NULL;
  webnnrt_graph *graph = NULL;
  if (check(webnnrt_context_create(&options, &context), "context") ||
      check(webnnrt_graph_load_file(context, argv[1], &graph), argv[1]))
    return 1;

  size_t inputs = webnnrt_graph_num_inputs(graph);
  size_t outputs = webnnrt_graph_num_outputs(graph);
  webnnrt_named_tensor *bound =
      calloc(inputs + outputs, sizeof(webnnrt_named_tensor));
  if (!bound)
    return 1;
  for (size_t i = 0; i < inputs + outputs; ++i) {
    int isInput = i < inputs;
    size_t index = isInput ? i : i - inputs;
    webnnrt_tensor_descriptor descriptor;
    if (check(isInput ? webnnrt_graph_input_descriptor(graph, index,
                                                       &descriptor)
                      : webnnrt_graph_output_descriptor(graph, index,
                                                        &descriptor),
              "descriptor"))
      return 1;
    bound[i].name = isInput ? webnnrt_graph_input_name(graph, index)
                            : webnnrt_graph_output_name(graph, index);
    if (check(webnnrt_tensor_create(context, &descriptor,
                                    isInput ? WEBNNRT_TENSOR_WRITE
                                            : WEBNNRT_TENSOR_READ,
                                    &bound[i].tensor),
              bound[i].name))
      return 1;
    if (isInput) {
      size_t size = webnnrt_descriptor_byte_length(&descriptor);
      void *zeros = calloc(1, size ? size : 1);
      if (!zeros ||
          check(webnnrt_tensor_write(bound[i].tensor, zeros, size), "write"))
        return 1;
      free(zeros);
    }
  }

  double start = now_ms();
  for (int i = 0; i < iterations; ++i)
    if (check(webnnrt_graph_dispatch(graph, bound, inputs, bound + inputs,
                                     outputs),
              "dispatch"))
      return 1;
  double mean = (now_ms() - start) / iterations;

  for (size_t i = 0; i < outputs; ++i) {
    webnnrt_tensor_descriptor descriptor;
    webnnrt_graph_output_descriptor(graph, i, &descriptor);
    size_t size = webnnrt_descriptor_byte_length(&descriptor);
    unsigned char *data = malloc(size ? size : 1);
    if (!data ||
        check(webnnrt_tensor_read(bound[inputs + i].tensor, data, size),
              "read"))
      return 1;
    printf("output '%s': %zu bytes", bound[inputs + i].name, size);
    if (descriptor.data_type == WEBNNRT_FLOAT32)
      for (size_t j = 0; j < 4 && j * 4 < size; ++j) {
        float value;
        memcpy(&value, data + 4 * j, 4);
        printf("%s%g", j ? ", " : " [", value);
      }
    printf("%s\n", descriptor.data_type == WEBNNRT_FLOAT32 ? ", ...]" : "");
    free(data);
  }
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  printf("dispatch: %.3f ms (mean of %d), peak RSS %.1f MiB, arena %.1f MiB\n",
         mean, iterations, usage.ru_maxrss / 1024.0,
         webnnrt_graph_arena_size(graph) / 1048576.0);

  for (size_t i = 0; i < inputs + outputs; ++i)
    webnnrt_tensor_release(bound[i].tensor);
  free(bound);
  webnnrt_graph_release(graph);
  webnnrt_context_release(context);
  return 0;
}
