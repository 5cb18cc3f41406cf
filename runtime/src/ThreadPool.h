// ThreadPool.h - the context's kernel threads.
//
// `run(items, fn)` splits [0, items) into one contiguous chunk per thread
// and calls fn(begin, end) on each, the calling thread taking the first.
// Workers spin on an atomic generation counter for a short while after
// each job, so back-to-back kernels of a dispatch never touch a lock or the
// kernel; idle workers then sleep on a condition variable.
#ifndef WEBNNRT_SRC_THREADPOOL_H
#define WEBNNRT_SRC_THREADPOOL_H

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace webnnrt {

class ThreadPool {
public:
  using Task = void (*)(void *state, int64_t begin, int64_t end);

  /// `threads` includes the caller: 1 starts no thread.
  explicit ThreadPool(uint32_t threads);
  ~ThreadPool();
  ThreadPool(const ThreadPool &) = delete;
  ThreadPool &operator=(const ThreadPool &) = delete;

  uint32_t size() const { return static_cast<uint32_t>(workers.size()) + 1; }

  /// Runs task over [0, items) on all threads and returns when every chunk
  /// is done. Not reentrant: one run at a time per pool.
  void run(int64_t items, Task task, void *state);

private:
  void workerLoop(uint32_t index);
  void runChunk(uint32_t index);

  std::vector<std::thread> workers;
  std::atomic<uint64_t> generation{0};
  std::atomic<uint32_t> pending{0};
  std::atomic<bool> stopping{false};
  std::atomic<uint32_t> sleepers{0};
  std::mutex sleepMutex;
  std::condition_variable wake;
  // The current job; written before `generation` is bumped.
  Task task = nullptr;
  void *state = nullptr;
  int64_t items = 0;
};

} // namespace webnnrt

#endif // WEBNNRT_SRC_THREADPOOL_H
