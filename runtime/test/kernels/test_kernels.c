/* Kernels for the runtime's tests, built as a shared object the tests pack
 * into artifacts. Same ABI as compiled kernels:
 *   void kernel(void *const *args, int64_t begin, int64_t end) */
#include <stdint.h>

/* args: input float*, output float. out[i] = 2 * in[i]. */
void scale_by_two(void *const *args, int64_t begin, int64_t end) {
  const float *in = (const float *)args[0];
  float *out = (float *)args[1];
  for (int64_t i = begin; i < end; ++i)
    out[i] = 2.0f * in[i];
}

/* args: a float*, constant float* (one value), out float*. */
void add_constant(void *const *args, int64_t begin, int64_t end) {
  const float *a = (const float *)args[0];
  const float *c = (const float *)args[1];
  float *out = (float *)args[2];
  for (int64_t i = begin; i < end; ++i)
    out[i] = a[i] + c[0];
}
