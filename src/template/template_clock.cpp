#include "template/template_clock.h"

#include <algorithm>

#include "template/ast.h"

namespace urker::tmpl {

std::vector<TemplateClock::Entry> TemplateClock::top(std::size_t count) const {
    std::lock_guard lock(mutex_);
    std::vector<Entry> all;
    all.reserve(entries_.size());
    for (const auto& [name, e] : entries_) all.push_back(e);
    std::sort(all.begin(), all.end(), [](const Entry& a, const Entry& b) {
        return a.milliseconds != b.milliseconds ? a.milliseconds > b.milliseconds : a.name < b.name;
    });
    if (all.size() > count) all.resize(count);
    return all;
}

void TemplateClock::add(const std::vector<Render::Local>& parts) {
    std::lock_guard lock(mutex_);
    for (std::size_t i = 1; i < parts.size(); ++i) {
        const Render::Local& p = parts[i];
        std::string name = p.t->name;
        if (p.m) name += ": " + p.m->name;
        auto it = entries_.find(name);
        if (it == entries_.end()) it = entries_.emplace(name, Entry{name, 0, 0}).first;
        it->second.runs += p.runs;
        it->second.milliseconds += std::chrono::duration<double, std::milli>(p.spent).count();
    }
}

TemplateClock::Render::Render(TemplateClock& clock) : clock_(clock), since_(std::chrono::steady_clock::now()) {
    parts_.push_back({nullptr, nullptr, 0, {}});
}

TemplateClock::Render::~Render() {
    switch_to(0);
    clock_.add(parts_);
}

std::size_t TemplateClock::Render::part_of(const Template& t, const Macro* m) {
    // A page runs a few dozen parts: a search through them costs less than a map.
    for (std::size_t i = parts_.size(); i-- > 1;)
        if (parts_[i].t == &t && parts_[i].m == m) return i;
    parts_.push_back({&t, m, 0, {}});
    return parts_.size() - 1;
}

std::size_t TemplateClock::Render::switch_to(std::size_t part) {
    const auto now = std::chrono::steady_clock::now();
    parts_[running_].spent += now - since_;
    since_ = now;
    return std::exchange(running_, part);
}

TemplateClock::Render::Part::Part(Render* render, const Template& t, const Macro* m, bool run) : render_(render) {
    if (!render_) return;
    const std::size_t part = render_->part_of(t, m);
    if (run) ++render_->parts_[part].runs;
    previous_ = render_->switch_to(part);
}

TemplateClock::Render::Part::~Part() {
    if (render_) render_->switch_to(previous_);
}

}  // namespace urker::tmpl
