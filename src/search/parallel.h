// The index writer's threading: run a job on N threads and wait; produce numbered pieces of text
// on N threads and consume them in order.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace urker::search {

// Runs `job(worker_index)` for worker_index 0..threads-1, on `threads` threads (the calling
// thread is worker 0), and rethrows the first exception any of them threw.
inline void run_parallel(unsigned threads, const std::function<void(unsigned)>& job) {
    std::exception_ptr error;
    std::mutex error_mutex;
    auto guarded = [&](unsigned w) {
        try {
            job(w);
        } catch (...) {
            std::lock_guard lock(error_mutex);
            if (!error) error = std::current_exception();
        }
    };
    std::vector<std::thread> pool;
    for (unsigned w = 1; w < threads; ++w) pool.emplace_back(guarded, w);
    guarded(0);
    for (std::thread& t : pool) t.join();
    if (error) std::rethrow_exception(error);
}

// Calls `produce(i, text)` for every piece i in [0, pieces) on `threads` threads and
// `consume(text)` for each piece in order of i, never concurrently. At most `window` pieces are in
// flight, and their buffers are reused: memory stays bounded and, for a large output, fresh pages
// (and their faults) are not needed for every piece. The first exception stops the work and is
// rethrown.
inline void produce_in_order(std::size_t pieces, unsigned threads, std::size_t window,
                             const std::function<void(std::size_t, std::string&)>& produce,
                             const std::function<void(const std::string&)>& consume) {
    struct Slot {
        std::string text;
        bool ready = false;
    };
    std::vector<Slot> slots(window);
    std::mutex mutex;
    std::condition_variable changed;
    std::size_t next_to_claim = 0, next_to_consume = 0;
    bool consuming = false, failed = false;

    run_parallel(threads, [&](unsigned) {
        std::unique_lock lock(mutex);
        try {
            for (;;) {
                changed.wait(lock, [&] {
                    return failed || next_to_claim == pieces || next_to_claim < next_to_consume + window;
                });
                if (failed || next_to_claim == pieces) return;
                const std::size_t piece = next_to_claim++;
                Slot& slot = slots[piece % window];
                lock.unlock();
                slot.text.clear();
                produce(piece, slot.text);
                lock.lock();
                slot.ready = true;
                // Whoever finds the next piece ready consumes it (and the ones after it).
                while (!consuming && next_to_consume < pieces && slots[next_to_consume % window].ready) {
                    consuming = true;
                    Slot& next = slots[next_to_consume % window];
                    lock.unlock();
                    consume(next.text);
                    lock.lock();
                    next.ready = false;
                    ++next_to_consume;
                    consuming = false;
                }
                changed.notify_all();
            }
        } catch (...) {
            if (!lock.owns_lock()) lock.lock();
            failed = true;
            consuming = false;
            changed.notify_all();
            throw;
        }
    });
}

}  // namespace urker::search
