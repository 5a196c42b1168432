#include "model/page_history.h"

#include <algorithm>
#include <map>

namespace urker {

std::vector<std::string> history_paths(const SiteModel& model, PageId id) {
    std::vector<PageId> versions{id};
    if (auto it = model.translations.find(model.pages[id].translation_key); it != model.translations.end()) versions = it->second;
    std::vector<std::string> paths;
    for (PageId v : versions) {
        const Page& p = model.pages[v];
        // A view is the same file as the page it shows, already among the versions.
        if (p.is_view || p.content_path.empty()) continue;
        paths.push_back(p.is_bundle ? "content/" + p.bundle_dir + "/" : "content/" + p.content_path);
    }
    std::sort(paths.begin(), paths.end());
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
    return paths;
}

std::vector<FileHistory> page_histories(const SiteModel& model, const GitHistory& history) {
    std::vector<FileHistory> out;
    if (history.state == GitHistoryState::off || history.state == GitHistoryState::outside) return out;
    out.resize(model.pages.size());
    // The language versions of a page share one history: worked out once per translation key.
    std::map<std::string, PageId> done;
    for (PageId i = 0; i < model.pages.size(); ++i) {
        const std::string& key = model.pages[i].translation_key;
        if (key.empty()) {
            out[i] = history_of(history, history_paths(model, i));
            continue;
        }
        auto [it, fresh] = done.emplace(key, i);
        if (fresh) out[i] = history_of(history, history_paths(model, i));
        else out[i] = out[it->second];
    }
    return out;
}

std::optional<Date> last_changed(const SiteModel& model, PageId id) {
    if (id >= model.history.size() || !model.history[id].tracked()) return std::nullopt;
    if (auto d = parse_date(model.history[id].last()->date).date) return d;
    return std::nullopt;
}

}  // namespace urker
