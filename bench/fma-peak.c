// fma-peak.c - peak fp32 FMA throughput of this machine's cores.
//
//   clang-22 -O2 -march=native bench/fma-peak.c -o /tmp/fma-peak -lpthread
//   /tmp/fma-peak [threads] [iterations]
//
// Each kernel keeps K independent accumulator chains in registers
// (acc = acc * m + a, a fused multiply-add) so that the FMA units, not the
// FMA latency, bound the loop: with a latency of L cycles and P FMA pipes a
// core needs at least L * P chains (4 * 2 = 8 on Zen 4/5, Intel since
// Skylake); K = 16 for 512-bit vectors (32 zmm registers) and 12 for 256-bit
// ones (16 ymm registers). One FMA on a W-float vector counts 2 * W flops.
// m = 1 - 2^-20 and a = 2^-20 keep every accumulator near 1: no overflow,
// no denormals. Without -ffast-math the compiler may not reassociate the
// chains, and the final sum keeps the work alive.
//
// Also a dependent chain (one accumulator), whose time per FMA is the FMA
// latency; divided into the usual 4 cycles it estimates the clock.
//
// Prints, per kernel, the best of 7 trials (the peak) and the median.
// `threads` (default 1) runs the same kernel on that many threads at once
// and reports the total.
#include <immintrin.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

// volatile: the compiler must not see these values, or it folds the loops
// (the recurrence has the fixed point a / (1 - m) = 1).
static volatile float m_val = 1.0f - 1.0f / 1048576.0f;
static volatile float a_val = 1.0f / 1048576.0f;
static volatile float init_val = 1.0f;
#define M_VAL m_val
#define A_VAL a_val

// An empty asm that claims to change x: keeps x in a vector register and
// opaque to the optimizer; it emits no instruction.
#define OPAQUE(x) __asm__ volatile("" : "+v"(x))

#ifdef __AVX512F__
#define K512 16
static float kernel_avx512(long iters) {
  __m512 acc[K512];
  for (int k = 0; k < K512; ++k)
    acc[k] = _mm512_set1_ps(init_val + k * 1e-3f);
  __m512 m = _mm512_set1_ps(M_VAL), a = _mm512_set1_ps(A_VAL);
  for (long i = 0; i < iters; ++i) {
#pragma clang loop unroll(full)
    for (int k = 0; k < K512; ++k)
      acc[k] = _mm512_fmadd_ps(acc[k], m, a);
#pragma clang loop unroll(full)
    for (int k = 0; k < K512; ++k)
      OPAQUE(acc[k]);
  }
  __m512 s = acc[0];
  for (int k = 1; k < K512; ++k)
    s = _mm512_add_ps(s, acc[k]);
  return _mm512_reduce_add_ps(s);
}
#endif

#ifdef __AVX2__
#define K256 12
static float kernel_avx2(long iters) {
  __m256 acc[K256];
  for (int k = 0; k < K256; ++k)
    acc[k] = _mm256_set1_ps(init_val + k * 1e-3f);
  __m256 m = _mm256_set1_ps(M_VAL), a = _mm256_set1_ps(A_VAL);
  for (long i = 0; i < iters; ++i) {
#pragma clang loop unroll(full)
    for (int k = 0; k < K256; ++k)
      acc[k] = _mm256_fmadd_ps(acc[k], m, a);
#pragma clang loop unroll(full)
    for (int k = 0; k < K256; ++k)
      OPAQUE(acc[k]);
  }
  __m256 s = acc[0];
  for (int k = 1; k < K256; ++k)
    s = _mm256_add_ps(s, acc[k]);
  float out[8];
  _mm256_storeu_ps(out, s);
  float r = 0;
  for (int j = 0; j < 8; ++j)
    r += out[j];
  return r;
}

// One chain: each FMA waits for the previous one (latency-bound).
static float kernel_latency(long iters) {
  __m256 acc = _mm256_set1_ps(init_val);
  __m256 m = _mm256_set1_ps(M_VAL), a = _mm256_set1_ps(A_VAL);
  for (long i = 0; i < iters; ++i) {
    acc = _mm256_fmadd_ps(acc, m, a);
    OPAQUE(acc);
  }
  return _mm256_cvtss_f32(acc);
}
#endif

typedef float (*kernel_fn)(long);

struct job {
  kernel_fn fn;
  long iters;
  float result;
};

static void *run_job(void *p) {
  struct job *j = p;
  j->result = j->fn(j->iters);
  return NULL;
}

static volatile float sink;

// Seconds for `threads` threads each running fn(iters) at once.
static double timed(kernel_fn fn, long iters, int threads) {
  pthread_t tid[256];
  struct job jobs[256];
  double t0 = now_s();
  for (int t = 0; t < threads; ++t) {
    jobs[t] = (struct job){fn, iters, 0};
    if (t > 0)
      pthread_create(&tid[t], NULL, run_job, &jobs[t]);
  }
  run_job(&jobs[0]);
  for (int t = 1; t < threads; ++t)
    pthread_join(tid[t], NULL);
  double dt = now_s() - t0;
  for (int t = 0; t < threads; ++t)
    sink += jobs[t].result;
  return dt;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

#define TRIALS 7

// Best and median seconds over TRIALS runs.
static void measure(kernel_fn fn, long iters, int threads, double *best,
                    double *median) {
  double t[TRIALS];
  timed(fn, iters / 10 + 1, threads); // warm up (clock ramp, page-in)
  for (int i = 0; i < TRIALS; ++i)
    t[i] = timed(fn, iters, threads);
  qsort(t, TRIALS, sizeof t[0], cmp_double);
  *best = t[0];
  *median = t[TRIALS / 2];
}

static void report(const char *name, kernel_fn fn, long iters, int threads,
                   int chains, int width) {
  double best, median;
  measure(fn, iters, threads, &best, &median);
  double flops = 2.0 * width * chains * (double)iters * threads;
  printf("%-28s %8.1f GFLOP/s peak  (median %.1f)  [%d chains x %d floats, "
         "%d thread%s]\n",
         name, flops / best * 1e-9, flops / median * 1e-9, chains, width,
         threads, threads == 1 ? "" : "s");
}

int main(int argc, char **argv) {
  int threads = argc > 1 ? atoi(argv[1]) : 1;
  long iters = argc > 2 ? atol(argv[2]) : 50000000L;
  if (threads < 1 || threads > 256 || iters < 1) {
    fprintf(stderr, "usage: %s [threads 1-256] [iterations]\n", argv[0]);
    return 2;
  }
#ifdef __AVX512F__
  if (__builtin_cpu_supports("avx512f"))
    report("avx512 fp32 FMA", kernel_avx512, iters, threads, K512, 16);
#else
  printf("avx512: not compiled in (no __AVX512F__ for this -march)\n");
#endif
#ifdef __AVX2__
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) {
    report("avx2 fp32 FMA", kernel_avx2, iters, threads, K256, 8);
    double best, median;
    long lat_iters = iters * 2;
    measure(kernel_latency, lat_iters, 1, &best, &median);
    double ns = best / lat_iters * 1e9;
    printf("%-28s %8.3f ns per dependent FMA (if its latency is 4 cycles: "
           "%.2f GHz)\n",
           "FMA latency (1 chain)", ns, 4.0 / ns);
  }
#else
  printf("avx2: not compiled in (no __AVX2__ for this -march)\n");
#endif
  return 0;
}
