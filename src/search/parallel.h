// The index writer's only threading primitive: run a job on N threads and wait.
#pragma once

#include <exception>
#include <functional>
#include <mutex>
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

}  // namespace urker::search
