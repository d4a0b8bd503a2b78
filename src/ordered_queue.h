// OrderedQueue: results made by several threads, in any order, taken by one
// consumer in index order, for `kgraph build --jobs N`: readers make one
// Reading per document, the merger takes them in file order.
//
// Guarantees: claim() hands out 0, 1, 2, ... count-1, each index once, and
// never one that is `window` or more ahead of the next index to be taken, so
// at most `window` results are held at a time (memory bound by the window,
// not by the corpus). take(i) waits for result i; after fail(e), take()
// rethrows e and claim() hands out nothing more. stop() ends claiming too
// (the consumer's own failure), so that every producer can be joined.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <vector>

namespace kgraph {

template <class T>
class OrderedQueue {
 public:
  OrderedQueue(std::size_t count, std::size_t window) : count_(count), slots_(window) {}

  // The next index to produce, or nullopt when there is none (all handed
  // out, or stopped). Waits while the index is a window ahead of the consumer.
  std::optional<std::size_t> claim() {
    std::unique_lock<std::mutex> lock(mutex_);
    room_.wait(lock, [&] { return stopped_ || next_ < taken_ + slots_.size(); });
    if (stopped_ || next_ >= count_) return std::nullopt;
    return next_++;
  }

  void put(std::size_t index, T value) {
    std::lock_guard<std::mutex> lock(mutex_);
    slots_[index % slots_.size()] = std::move(value);
    ready_.notify_all();
  }

  void fail(std::exception_ptr failure) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!failure_) failure_ = failure;
    stopped_ = true;
    ready_.notify_all();
    room_.notify_all();
  }

  void stop() {
    std::lock_guard<std::mutex> lock(mutex_);
    stopped_ = true;
    room_.notify_all();
  }

  // Result `index`, which must be the one after the last taken.
  T take(std::size_t index) {
    std::unique_lock<std::mutex> lock(mutex_);
    std::optional<T>& slot = slots_[index % slots_.size()];
    ready_.wait(lock, [&] { return failure_ || slot.has_value(); });
    if (failure_) std::rethrow_exception(failure_);
    T value = std::move(*slot);
    slot.reset();
    taken_ = index + 1;
    room_.notify_all();
    return value;
  }

 private:
  const std::size_t count_;
  std::mutex mutex_;
  std::condition_variable ready_;  // a result was put, or a producer failed
  std::condition_variable room_;   // a result was taken, or claiming stopped
  std::vector<std::optional<T>> slots_;
  std::size_t next_ = 0;   // the next index claim() hands out
  std::size_t taken_ = 0;  // the next index take() returns
  bool stopped_ = false;
  std::exception_ptr failure_ = nullptr;
};

}  // namespace kgraph
