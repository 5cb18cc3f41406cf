// Context.cpp - contexts and tensors.
#include "Error.h"
#include "Runtime.h"

#include <algorithm>
#include <cstring>
#include <new>
#include <thread>

using namespace webnnrt;

extern "C" webnnrt_context_options webnnrt_context_options_default(void) {
  webnnrt_context_options options;
  options.device_type = WEBNNRT_DEVICE_CPU;
  options.power_preference = WEBNNRT_POWER_DEFAULT;
  options.num_threads = 0;
  return options;
}

extern "C" webnnrt_status
webnnrt_context_create(const webnnrt_context_options *options,
                       webnnrt_context **out) {
  if (!out)
    return fail(WEBNNRT_INVALID_ARGUMENT, "out_context is NULL");
  *out = nullptr;
  webnnrt_context_options chosen =
      options ? *options : webnnrt_context_options_default();
  if (chosen.device_type != WEBNNRT_DEVICE_CPU)
    return fail(WEBNNRT_UNSUPPORTED,
                "device type %d: this runtime runs CPU artifacts only",
                static_cast<int>(chosen.device_type));
  if (chosen.power_preference > WEBNNRT_POWER_LOW_POWER)
    return fail(WEBNNRT_INVALID_ARGUMENT, "unknown power preference %d",
                static_cast<int>(chosen.power_preference));
  uint32_t threads = chosen.num_threads;
  if (threads == 0)
    threads = std::max(1u, std::thread::hardware_concurrency());
  // Low power: one thread.
  if (chosen.power_preference == WEBNNRT_POWER_LOW_POWER)
    threads = 1;
  auto *context = new (std::nothrow) webnnrt_context;
  if (!context)
    return fail(WEBNNRT_OUT_OF_MEMORY, "cannot allocate a context");
  context->options = chosen;
  context->pool.reset(new (std::nothrow) ThreadPool(threads));
  if (!context->pool) {
    delete context;
    return fail(WEBNNRT_OUT_OF_MEMORY, "cannot start the thread pool");
  }
  *out = context;
  return WEBNNRT_OK;
}

extern "C" uint32_t webnnrt_context_num_threads(const webnnrt_context *c) {
  return c ? c->pool->size() : 0;
}

extern "C" void webnnrt_context_release(webnnrt_context *context) {
  delete context;
}

static size_t elementSize(webnnrt_data_type type) {
  switch (type) {
  case WEBNNRT_FLOAT32:
  case WEBNNRT_INT32:
  case WEBNNRT_UINT32:
    return 4;
  case WEBNNRT_FLOAT16:
    return 2;
  case WEBNNRT_INT64:
  case WEBNNRT_UINT64:
    return 8;
  case WEBNNRT_INT8:
  case WEBNNRT_UINT8:
  case WEBNNRT_INT4:
  case WEBNNRT_UINT4:
    return 1;
  }
  return 0;
}

extern "C" size_t
webnnrt_descriptor_byte_length(const webnnrt_tensor_descriptor *d) {
  if (!d || d->rank > WEBNNRT_MAX_RANK)
    return 0;
  size_t bytes = elementSize(d->data_type);
  for (uint32_t i = 0; i < d->rank; ++i) {
    // Valid dimensions are in [1, 2^31 - 1] (WebNN's "valid dimension").
    if (d->shape[i] <= 0 || d->shape[i] > 2147483647)
      return 0;
    if (__builtin_mul_overflow(bytes, static_cast<size_t>(d->shape[i]),
                               &bytes))
      return 0;
  }
  return bytes;
}

extern "C" webnnrt_status
webnnrt_tensor_create(webnnrt_context *context,
                      const webnnrt_tensor_descriptor *descriptor,
                      uint32_t usage, webnnrt_tensor **out) {
  if (!context || !descriptor || !out)
    return fail(WEBNNRT_INVALID_ARGUMENT, "NULL argument to tensor_create");
  *out = nullptr;
  size_t bytes = webnnrt_descriptor_byte_length(descriptor);
  if (bytes == 0)
    return fail(WEBNNRT_INVALID_ARGUMENT,
                "invalid descriptor: data type %d, rank %u (dimensions must "
                "be in [1, 2^31-1], rank at most %d)",
                static_cast<int>(descriptor->data_type), descriptor->rank,
                WEBNNRT_MAX_RANK);
  if (usage & ~uint32_t(WEBNNRT_TENSOR_READ | WEBNNRT_TENSOR_WRITE))
    return fail(WEBNNRT_INVALID_ARGUMENT, "unknown tensor usage bits 0x%x",
                usage);
  auto *tensor = new (std::nothrow) webnnrt_tensor;
  if (!tensor)
    return fail(WEBNNRT_OUT_OF_MEMORY, "cannot allocate a tensor");
  tensor->descriptor = *descriptor;
  tensor->usage = usage;
  tensor->buffer = AlignedBuffer(bytes);
  if (!tensor->buffer.data) {
    delete tensor;
    return fail(WEBNNRT_OUT_OF_MEMORY, "cannot allocate %zu bytes", bytes);
  }
  std::memset(tensor->buffer.data, 0, bytes);
  *out = tensor;
  return WEBNNRT_OK;
}

extern "C" void webnnrt_tensor_release(webnnrt_tensor *tensor) {
  delete tensor;
}

extern "C" webnnrt_status webnnrt_tensor_write(webnnrt_tensor *tensor,
                                               const void *data,
                                               size_t size) {
  if (!tensor || (!data && size))
    return fail(WEBNNRT_INVALID_ARGUMENT, "NULL argument to tensor_write");
  if (!(tensor->usage & WEBNNRT_TENSOR_WRITE))
    return fail(WEBNNRT_INVALID_ARGUMENT,
                "the tensor was not created with WEBNNRT_TENSOR_WRITE");
  if (size != tensor->buffer.size)
    return fail(WEBNNRT_INVALID_ARGUMENT,
                "writing %zu bytes to a tensor of %zu bytes", size,
                tensor->buffer.size);
  std::memcpy(tensor->buffer.data, data, size);
  return WEBNNRT_OK;
}

extern "C" webnnrt_status webnnrt_tensor_read(const webnnrt_tensor *tensor,
                                              void *data, size_t size) {
  if (!tensor || (!data && size))
    return fail(WEBNNRT_INVALID_ARGUMENT, "NULL argument to tensor_read");
  if (!(tensor->usage & WEBNNRT_TENSOR_READ))
    return fail(WEBNNRT_INVALID_ARGUMENT,
                "the tensor was not created with WEBNNRT_TENSOR_READ");
  if (size != tensor->buffer.size)
    return fail(WEBNNRT_INVALID_ARGUMENT,
                "reading %zu bytes from a tensor of %zu bytes", size,
                tensor->buffer.size);
  std::memcpy(data, tensor->buffer.data, size);
  return WEBNNRT_OK;
}
