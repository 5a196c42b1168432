#include "core/diagnostic.h"

#include <algorithm>
#include <tuple>

#include "core/text.h"

namespace urker {

std::string format_diagnostic(const Diagnostic& d) { return format_diagnostic(d, "en"); }

std::string format_diagnostic(const Diagnostic& d, std::string_view language) {
    std::string out = d.where.file;
    if (d.where.line > 0) {
        out += ':' + std::to_string(d.where.line);
        if (d.where.column > 0) out += ':' + std::to_string(d.where.column);
    }
    if (!out.empty()) out += ": ";
    out += render_message(Message(d.severity == Severity::error ? "label.error" : "label.warning"), language);
    out += ": ";
    out += d.message_id.empty() ? d.message : render_message(d.message_id, language);
    out += '\n';
    if (!d.source_line.empty()) {
        out += "    " + d.source_line + '\n';
        if (d.where.column > 0) {
            // The caret goes under the column'th character; tabs are kept so it lines up.
            std::string pad = "    ";
            int col = d.source_first_column;
            for (std::size_t i = 0; i < d.source_line.size() && col < d.where.column;) {
                char32_t cp = 0;
                std::size_t len = decode_utf8(d.source_line, i, cp);
                pad += cp == U'\t' ? '\t' : ' ';
                i += len;
                ++col;
            }
            out += pad + "^\n";
        }
    }
    if (!d.hint.empty())
        out += "    " + render_message(Message("label.hint"), language) + ": " +
               (d.hint_id.empty() ? d.hint : render_message(d.hint_id, language)) + '\n';
    return out;
}

namespace {

// Byte offset after `count` code points from `from` (or the end of `s`).
std::size_t skip_code_points(std::string_view s, std::size_t from, std::size_t count) {
    while (from < s.size() && count > 0) {
        char32_t cp = 0;
        from += decode_utf8(s, from, cp);
        --count;
    }
    return from;
}

// At most `limit` code points of `s`, with "…" where it was cut.
void clip_text(std::string& s, std::size_t limit) {
    if (s.size() <= limit) return;
    std::size_t end = skip_code_points(s, 0, limit);
    if (end < s.size()) s = s.substr(0, end) + "…";
}

constexpr std::size_t kLongestLine = 160;   // lines up to this many characters are shown whole
constexpr std::size_t kLineWindow = 120;    // otherwise this many around the column
constexpr std::size_t kWindowLead = 50;     // of which this many before it
constexpr std::size_t kLongestMessage = 500;

}  // namespace

void attach_source_line(Diagnostic& d, std::string_view line) {
    d.source_first_column = 1;
    if (skip_code_points(line, 0, kLongestLine) == line.size()) {
        d.source_line = std::string(line);
        return;
    }
    std::size_t column = d.where.column > 0 ? static_cast<std::size_t>(d.where.column) : 1;
    std::size_t first = column > kWindowLead ? column - kWindowLead : 1;  // 1-based code point
    std::size_t begin = skip_code_points(line, 0, first - 1);
    std::size_t end = skip_code_points(line, begin, kLineWindow);
    d.source_line.clear();
    if (begin > 0) d.source_line += "…";
    d.source_line += line.substr(begin, end - begin);
    if (end < line.size()) d.source_line += "…";
    d.source_first_column = static_cast<int>(first) - (begin > 0 ? 1 : 0);
}

void Diagnostics::add(Diagnostic d) {
    clip_text(d.message, kLongestMessage);
    clip_text(d.hint, kLongestMessage);
    if (d.source_first_column == 1 && d.source_line.size() > kLongestLine) {
        std::string line = std::move(d.source_line);
        attach_source_line(d, line);
    }
    items_.push_back(std::move(d));
}

void Diagnostics::error(SourceLocation where, std::string message, std::string hint, std::string source_line) {
    add({Severity::error, std::move(where), std::move(message), std::move(hint), std::move(source_line)});
}

void Diagnostics::warning(SourceLocation where, std::string message, std::string hint, std::string source_line) {
    add({Severity::warning, std::move(where), std::move(message), std::move(hint), std::move(source_line)});
}

std::string format_diagnostics(const Diagnostics& diags, std::size_t per_file, std::string_view language) {
    std::string out;
    const std::string* file = nullptr;
    std::size_t shown = 0, hidden = 0;
    auto sum_up_hidden = [&] {
        if (hidden == 0) return;
        if (!file->empty()) out += *file + ": ";
        out += render_message(Message("diagnostics.more_in_file", {{"count", hidden}}), language) + '\n';
    };
    for (const auto& d : diags.items()) {
        if (!file || d.where.file != *file) {
            if (file) sum_up_hidden();
            file = &d.where.file;
            shown = hidden = 0;
        }
        if (shown < per_file) {
            out += format_diagnostic(d, language);
            ++shown;
        } else {
            ++hidden;
        }
    }
    if (file) sum_up_hidden();
    return out;
}

// A catalogue message keeps its id for translation; its text arguments (a teacher's title, an
// address) are cut like any message, so no language can print a 50 MB value.
Diagnostic make_diagnostic(Severity severity, SourceLocation where, Message message, Message hint, std::string source_line) {
    for (Message* m : {&message, &hint})
        for (auto& arg : m->args)
            if (auto* text = std::get_if<std::string>(&arg.value)) clip_text(*text, kLongestMessage / 2);
    Diagnostic d{severity, std::move(where), render_message(message, "en"), hint.empty() ? std::string() : render_message(hint, "en"),
                 std::move(source_line)};
    d.message_id = std::move(message);
    d.hint_id = std::move(hint);
    return d;
}

void Diagnostics::error(SourceLocation where, Message message, Message hint, std::string source_line) {
    add(make_diagnostic(Severity::error, std::move(where), std::move(message), std::move(hint), std::move(source_line)));
}

void Diagnostics::warning(SourceLocation where, Message message, Message hint, std::string source_line) {
    add(make_diagnostic(Severity::warning, std::move(where), std::move(message), std::move(hint), std::move(source_line)));
}

void Diagnostics::append(const Diagnostics& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

std::size_t Diagnostics::error_count() const {
    return static_cast<std::size_t>(
        std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

std::size_t Diagnostics::warning_count() const { return items_.size() - error_count(); }

void Diagnostics::sort() {
    std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.where.file, a.where.line, a.where.column) < std::tie(b.where.file, b.where.line, b.where.column);
    });
}

std::string_view line_of(std::string_view text, int line) {
    if (line < 1) return {};
    std::size_t pos = 0;
    for (int i = 1; i < line; ++i) {
        pos = text.find('\n', pos);
        if (pos == std::string_view::npos) return {};
        ++pos;
    }
    std::size_t end = text.find('\n', pos);
    std::string_view l = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    return l;
}

}  // namespace urker
