#include "site/review_report.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace urker {

void print_review_report(const BuildSummary& summary, std::string_view language, std::ostream& out) {
    const std::string note = render_message(Message("label.note"), language) + ": ";
    if (!summary.review_queue.empty()) {
        out << note << render_message(Message("review.awaiting", {{"count", summary.review_queue.size()}}), language) << '\n';
        // The longest waiting first: that is what a coordinator looks at.
        std::vector<const ReviewQueueEntry*> queue;
        for (const auto& e : summary.review_queue) queue.push_back(&e);
        std::stable_sort(queue.begin(), queue.end(), [](const ReviewQueueEntry* a, const ReviewQueueEntry* b) {
            long da = a->since ? a->since->days_since_epoch() : 0, db = b->since ? b->since->days_since_epoch() : 0;
            return da < db;
        });
        for (const auto* e : queue) {
            out << render_message(Message("review.awaiting_entry", {{"file", e->source}, {"title", e->title}, {"status", e->status.empty() ? "none" : e->status}}),
                                  language);
            if (e->since && summary.build_date.year) {
                long days = summary.build_date.days_since_epoch() - e->since->days_since_epoch();
                if (days >= 0) out << render_message(Message("review.awaiting_days", {{"days", static_cast<std::int64_t>(days)}}), language);
            }
            out << '\n';
        }
    }
    for (const auto& c : summary.unsealed_certificates) {
        const char* id = c.changed ? "review.fingerprint_changed" : "review.fingerprint_to_record";
        out << note << render_message(Message(id, {{"number", c.number}, {"file", c.source}}), language) << '\n';
        out << "    fingerprint: \"sha256:" << c.fingerprint << "\"\n";
    }
}

}  // namespace urker
