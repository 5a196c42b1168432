#include "site/history_report.h"

namespace urker {

void report_history(const GitHistory& history, const SiteConfig& config, Diagnostics& diags, std::vector<Message>& notes) {
    const bool expected = config.history == HistorySetting::git;
    if (history.state == GitHistoryState::outside && expected) {
        diags.add(config.document.warning_at("/history", Message("history.not_in_git"), Message("history.not_in_git_hint")));
        return;
    }
    if (history.state != GitHistoryState::partial || history.commits.empty()) return;
    Message partial("history.partial", {{"date", history.commits.back().date()}, {"limit", std::to_string(GitHistoryOptions{}.max_commits)}});
    if (expected) {
        diags.add(config.document.warning_at("/history", std::move(partial), Message("history.partial_hint")));
    } else {
        notes.push_back(std::move(partial));
        notes.push_back(Message("history.partial_hint"));
    }
}

}  // namespace urker
