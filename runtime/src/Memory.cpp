// Memory.cpp - aligned buffers.
#include "Runtime.h"

#include <cstdlib>
#include <utility>

namespace webnnrt {

static constexpr size_t kAlignment = 64;

AlignedBuffer::AlignedBuffer(size_t bytes) : size(bytes) {
  if (bytes == 0)
    return;
  size_t rounded = (bytes + kAlignment - 1) / kAlignment * kAlignment;
  data = static_cast<uint8_t *>(std::aligned_alloc(kAlignment, rounded));
}

AlignedBuffer::AlignedBuffer(AlignedBuffer &&other) noexcept
    : data(std::exchange(other.data, nullptr)),
      size(std::exchange(other.size, 0)) {}

AlignedBuffer &AlignedBuffer::operator=(AlignedBuffer &&other) noexcept {
  if (this != &other) {
    std::free(data);
    data = std::exchange(other.data, nullptr);
    size = std::exchange(other.size, 0);
  }
  return *this;
}

AlignedBuffer::~AlignedBuffer() { std::free(data); }

} // namespace webnnrt
