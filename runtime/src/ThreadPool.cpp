// ThreadPool.cpp - the context's kernel threads.
#include "ThreadPool.h"

namespace webnnrt {

/// Spins before a worker goes to sleep: long enough to bridge the gap
/// between two kernels of one dispatch.
static constexpr int kSpinIterations = 1 << 14;

ThreadPool::ThreadPool(uint32_t threads) {
  for (uint32_t i = 1; i < threads; ++i)
    workers.emplace_back([this, i] { workerLoop(i); });
}

ThreadPool::~ThreadPool() {
  stopping.store(true, std::memory_order_release);
  {
    std::lock_guard<std::mutex> lock(sleepMutex);
    generation.fetch_add(1);
  }
  wake.notify_all();
  for (std::thread &worker : workers)
    worker.join();
}

void ThreadPool::runChunk(uint32_t index) {
  int64_t threads = size();
  int64_t begin = items * index / threads;
  int64_t end = items * (index + 1) / threads;
  if (begin < end)
    task(state, begin, end);
}

void ThreadPool::run(int64_t itemCount, Task job, void *jobState) {
  if (workers.empty() || itemCount <= 1) {
    if (itemCount > 0)
      job(jobState, 0, itemCount);
    return;
  }
  task = job;
  state = jobState;
  items = itemCount;
  pending.store(static_cast<uint32_t>(workers.size()),
                std::memory_order_relaxed);
  // Sequentially consistent bump and check: a worker that is about to sleep
  // either sees the new generation or is counted in `sleepers`.
  generation.fetch_add(1);
  if (sleepers.load() != 0) {
    std::lock_guard<std::mutex> lock(sleepMutex);
    wake.notify_all();
  }
  runChunk(0);
  while (pending.load(std::memory_order_acquire) != 0)
    std::this_thread::yield();
}

void ThreadPool::workerLoop(uint32_t index) {
  uint64_t seen = 0;
  while (true) {
    uint64_t current = generation.load();
    for (int spin = 0; current == seen && spin < kSpinIterations; ++spin) {
      std::this_thread::yield();
      current = generation.load();
    }
    if (current == seen) {
      std::unique_lock<std::mutex> lock(sleepMutex);
      sleepers.fetch_add(1);
      wake.wait(lock, [&] {
        return generation.load() != seen;
      });
      sleepers.fetch_sub(1);
      current = generation.load();
    }
    seen = current;
    if (stopping.load(std::memory_order_acquire))
      return;
    runChunk(index);
    pending.fetch_sub(1, std::memory_order_acq_rel);
  }
}

} // namespace webnnrt
