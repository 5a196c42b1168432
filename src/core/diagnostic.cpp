#include "core/diagnostic.h"

#include <algorithm>
#include <tuple>

#include "core/text.h"

namespace urker {

namespace {

Diagnostic from_message(Severity severity, SourceLocation where, Message message, Message hint, std::string source_line) {
    Diagnostic d{severity, std::move(where), render_message(message, "en"), hint.empty() ? std::string() : render_message(hint, "en"),
                 std::move(source_line)};
    d.message_id = std::move(message);
    d.hint_id = std::move(hint);
    return d;
}

}  // namespace

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
            int col = 1;
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

void Diagnostics::error(SourceLocation where, std::string message, std::string hint, std::string source_line) {
    items_.push_back({Severity::error, std::move(where), std::move(message), std::move(hint), std::move(source_line)});
}

void Diagnostics::warning(SourceLocation where, std::string message, std::string hint, std::string source_line) {
    items_.push_back({Severity::warning, std::move(where), std::move(message), std::move(hint), std::move(source_line)});
}

void Diagnostics::error(SourceLocation where, Message message, Message hint, std::string source_line) {
    items_.push_back(from_message(Severity::error, std::move(where), std::move(message), std::move(hint), std::move(source_line)));
}

void Diagnostics::warning(SourceLocation where, Message message, Message hint, std::string source_line) {
    items_.push_back(from_message(Severity::warning, std::move(where), std::move(message), std::move(hint), std::move(source_line)));
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
