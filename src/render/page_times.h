// `urker build --profile`: where the render stage's time goes, by template. Each page's time runs
// from the start of its job (building its context) to the end of its write, because most of a
// page's cost is outside the template engine; the engine's own share is not separated.
#pragma once

#include <algorithm>
#include <chrono>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace urker {

class PageTimes {
public:
    struct Entry {
        std::string template_name;
        std::size_t pages = 0;
        double milliseconds = 0;  // summed over the pages, across threads
        double slowest = 0;
    };

    void add(const std::string& template_name, double milliseconds) {
        std::lock_guard lock(mutex_);
        Entry& e = by_template_[template_name];
        e.template_name = template_name;
        ++e.pages;
        e.milliseconds += milliseconds;
        e.slowest = std::max(e.slowest, milliseconds);
    }

    // The `count` templates that took the most time, slowest first.
    std::vector<Entry> top(std::size_t count) const {
        std::lock_guard lock(mutex_);
        std::vector<Entry> all;
        for (const auto& [name, e] : by_template_) all.push_back(e);
        std::sort(all.begin(), all.end(), [](const Entry& a, const Entry& b) {
            return a.milliseconds != b.milliseconds ? a.milliseconds > b.milliseconds : a.template_name < b.template_name;
        });
        if (all.size() > count) all.resize(count);
        return all;
    }

private:
    mutable std::mutex mutex_;
    std::map<std::string, Entry> by_template_;
};

// Times one page's job; does nothing when profiling is off (`times` is null).
class PageTimer {
public:
    explicit PageTimer(PageTimes* times) : times_(times), started_(std::chrono::steady_clock::now()) {}
    PageTimer(const PageTimer&) = delete;
    PageTimer& operator=(const PageTimer&) = delete;
    void name(const std::string& template_name) { name_ = template_name; }
    ~PageTimer() {
        if (times_ && !name_.empty())
            times_->add(name_, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_).count());
    }

private:
    PageTimes* times_;
    std::chrono::steady_clock::time_point started_;
    std::string name_;
};

}  // namespace urker
