#include "src/ordered_queue.h"

#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using kgraph::OrderedQueue;

namespace {

// Runs `producers` threads that put index * 10 for every index they claim,
// and takes every result in order. Records the most results held at once,
// as counted from outside: the consumer counts a take once it has returned,
// so the count may be one more than the queue's own.
struct Run {
  std::vector<int> taken;
  std::size_t most_held = 0;
};

Run run(std::size_t count, std::size_t window, int producers) {
  OrderedQueue<int> queue(count, window);
  std::atomic<std::size_t> claimed{0}, taken{0};
  Run out;
  std::atomic<std::size_t> most{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < producers; ++t)
    threads.emplace_back([&] {
      while (std::optional<std::size_t> i = queue.claim()) {
        std::size_t held = ++claimed - taken;
        for (std::size_t m = most; held > m && !most.compare_exchange_weak(m, held);) {}
        queue.put(*i, static_cast<int>(*i) * 10);
      }
    });
  for (std::size_t i = 0; i < count; ++i) {
    out.taken.push_back(queue.take(i));
    ++taken;
  }
  for (std::thread& t : threads) t.join();
  out.most_held = most;
  return out;
}

}  // namespace

TEST_CASE("OrderedQueue: results come in index order, never more than a window held") {
  // Without the window the producers run up to `count` ahead: 1000 held, not 9.
  const struct {
    std::size_t count, window;
    int producers;
  } cases[] = {{0, 4, 2}, {1, 1, 3}, {100, 1, 4}, {1000, 8, 4}, {1000, 64, 2}, {50, 200, 5}};
  for (const auto& c : cases) {
    CAPTURE(c.count);
    CAPTURE(c.window);
    Run r = run(c.count, c.window, c.producers);
    std::vector<int> expected;
    for (std::size_t i = 0; i < c.count; ++i) expected.push_back(static_cast<int>(i) * 10);
    CHECK(r.taken == expected);
    CHECK(r.most_held <= c.window + 1);
  }
}

TEST_CASE("OrderedQueue: a producer's failure reaches the consumer and ends claiming") {
  OrderedQueue<std::string> queue(10, 4);
  REQUIRE(queue.claim() == std::optional<std::size_t>(0));
  queue.put(0, "first");
  CHECK(queue.take(0) == "first");
  queue.fail(std::make_exception_ptr(std::runtime_error("out of memory")));
  CHECK_THROWS_WITH(queue.take(1), "out of memory");
  CHECK(queue.claim() == std::nullopt);
}

TEST_CASE("OrderedQueue: stop() wakes a producer waiting for room") {
  OrderedQueue<int> queue(10, 1);
  REQUIRE(queue.claim() == std::optional<std::size_t>(0));  // the window is now full
  std::optional<std::size_t> second = 0;
  std::thread producer([&] { second = queue.claim(); });
  queue.stop();
  producer.join();
  CHECK(second == std::nullopt);
}
