// `urker build --profile`, for theme authors: the time spent in each template and each macro, its
// own statements only (what it includes or calls is counted where that runs), summed over every
// render and every thread. A page's time by page template says which kind of page is costly; this
// says which part of the theme makes it so (the header on every page, a card macro in a list).
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace urker::tmpl {

struct Macro;
struct Template;

class TemplateClock {
public:
    struct Entry {
        std::string name;  // "partials/header.html", or "macros.html: material_facets" for a macro
        std::size_t runs = 0;
        double milliseconds = 0;
    };

    // The `count` entries that took the most time, the costliest first.
    std::vector<Entry> top(std::size_t count) const;

    // One render's measurements, taken as it goes and added to the clock when it ends (one lock a
    // render). Time runs for one part at a time: entering a template or a macro stops the part
    // that was running and starts the new one, leaving it starts the old one again.
    class Render {
    public:
        explicit Render(TemplateClock& clock);
        ~Render();
        Render(const Render&) = delete;
        Render& operator=(const Render&) = delete;

        // While it lives, the time is the part (t, m)'s: m null for a template's own statements.
        // `run`: this is a run of the part (a template rendered or included, a macro called);
        // false for a block of it that an extending template shows.
        class Part {
        public:
            Part(Render* render, const Template& t, const Macro* m, bool run = true);
            ~Part();
            Part(const Part&) = delete;
            Part& operator=(const Part&) = delete;

        private:
            Render* render_;
            std::size_t previous_ = 0;
        };

        struct Local {
            const Template* t;
            const Macro* m;
            std::size_t runs;
            std::chrono::steady_clock::duration spent;
        };

    private:
        std::size_t switch_to(std::size_t part);
        std::size_t part_of(const Template& t, const Macro* m);

        TemplateClock& clock_;
        std::vector<Local> parts_;  // [0]: outside any template
        std::size_t running_ = 0;
        std::chrono::steady_clock::time_point since_;
    };

private:
    void add(const std::vector<Render::Local>& parts);

    mutable std::mutex mutex_;
    std::map<std::string, Entry, std::less<>> entries_;
};

}  // namespace urker::tmpl
