#include "core/text_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <system_error>

#include "core/fs.h"
#include "core/text.h"

namespace urker {

namespace fs = std::filesystem;

std::string megabytes_figure(std::uintmax_t bytes) {
    char buf[32];
    double mb = static_cast<double>(bytes) / (1u << 20);
    if (bytes % (1u << 20) == 0) std::snprintf(buf, sizeof buf, "%.0f", mb);
    else std::snprintf(buf, sizeof buf, "%.1f", mb);
    return buf;
}

std::string megabytes(std::uintmax_t bytes) { return megabytes_figure(bytes) + " MB"; }

namespace {

// How to save the file again as UTF-8: a table (.csv) from Excel, where "CSV UTF-8" is its own
// choice; any other text file (a page, site.yaml) from a text editor, where the encoding is
// chosen in the "Save as" window.
Message save_as_utf8_hint(std::string_view display) {
    return Message(ends_with(to_lower(display), ".csv") ? "core.save_as_utf8" : "core.save_text_as_utf8");
}

// Cyrillic saved by an old Windows program: most bytes above 0x7F are letters А…я (0xC0…0xFF)
// or Ё/ё (0xA8/0xB8); the rest are quotes, dashes and №.
bool looks_like_windows_1251(std::string_view s) {
    std::size_t high = 0, letters = 0;
    for (unsigned char c : s) {
        if (c < 0x80) continue;
        ++high;
        if (c >= 0xC0 || c == 0xA8 || c == 0xB8) ++letters;
    }
    return high > 0 && letters * 10 >= high * 6;
}

// Windows-1251 bytes 0x80…0xBF (0xC0…0xFF are А…я in order); 0x98 is unassigned.
constexpr char32_t kWindows1251High[64] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, U'?',  0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457};

// A Windows-1251 line shown as the reader would see it in their editor.
std::string windows_1251_to_utf8(std::string_view s) {
    std::string out;
    for (unsigned char c : s) {
        if (c < 0x80) out += static_cast<char>(c);
        else if (c >= 0xC0) append_utf8(out, 0x0410 + (c - 0xC0));
        else append_utf8(out, kWindows1251High[c - 0x80]);
    }
    return out;
}

}  // namespace

bool check_utf8(std::string_view text, const std::string& display, Diagnostics& diags) {
    if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'))) {
        diags.error({display, 0, 0}, Message("core.utf16"), save_as_utf8_hint(display));
        return false;
    }
    std::size_t bad = first_invalid_utf8(text);
    if (bad == std::string_view::npos) return true;
    // Where the first wrong byte is: line, and column in characters.
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < bad; ++i)
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    int column = static_cast<int>(count_code_points(text.substr(line_start, bad - line_start))) + 1;
    const bool windows_1251 = looks_like_windows_1251(text);
    Diagnostic d = make_diagnostic(Severity::error, {display, line, column}, Message(windows_1251 ? "core.windows_1251" : "core.not_utf8"),
                                   save_as_utf8_hint(display));
    if (windows_1251) attach_source_line(d, windows_1251_to_utf8(line_of(text, line)));
    diags.add(std::move(d));
    return false;
}

std::optional<std::string> read_text_file(const fs::path& path, const std::string& display, std::uintmax_t max_bytes,
                                          Diagnostics& diags) {
    // One stat, one open, the reads: a site of 10 000 materials reads 11 760 files every build,
    // and a system call is dear on a VM (through a C++ stream it was twice as many: a second stat
    // for the size, and seeks to find it again).
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        diags.error({display, 0, 0}, Message("core.file_missing"), Message("core.file_missing_hint"));
        return std::nullopt;
    }
    if (!S_ISREG(st.st_mode)) {
        diags.error({display, 0, 0}, Message("core.not_regular_file"), Message("core.not_regular_file_hint"));
        return std::nullopt;
    }
    auto too_large = [&](std::uintmax_t size) {
        diags.error({display, 0, 0}, Message("core.text_file_too_large", {{"size", megabytes_figure(size)}, {"most", megabytes_figure(max_bytes)}}),
                    Message("core.text_file_too_large_hint", {{"mb", std::to_string(size / (1u << 20) + 1)}}));
        return std::nullopt;
    };
    const auto size = static_cast<std::uintmax_t>(st.st_size);
    if (size > max_bytes) return too_large(size);
    auto unreadable = [&] {
        diags.error({display, 0, 0}, Message("core.file_unreadable"), Message("core.file_unreadable_hint"));
        return std::nullopt;
    };
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return unreadable();
    // Read to the end, whatever the size said: a file being saved can grow or shrink meanwhile.
    // The read that finds the end goes into a buffer of its own: growing the text for it would
    // copy it into twice its capacity (std::string grows geometrically), and a page keeps its
    // file's text until the model is built: at 10 000 materials 155 MB more, and copied.
    std::string text(static_cast<std::size_t>(size), '\0');
    std::size_t got = 0;
    bool failed = false;
    for (;;) {
        char beyond[4096];
        const bool full = got == text.size();
        char* into = full ? beyond : text.data() + got;
        const std::size_t room = full ? sizeof beyond : text.size() - got;
        const ssize_t n = ::read(fd, into, room);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            failed = true;
            break;
        }
        if (n == 0) break;
        if (full) {
            text.append(beyond, static_cast<std::size_t>(n));  // the file grew since the stat
            got = text.size();
            if (got > max_bytes) break;  // grew past the limit: the check below reports it
        } else {
            got += static_cast<std::size_t>(n);
        }
    }
    ::close(fd);
    if (failed) return unreadable();
    text.resize(got);
    if (text.size() > max_bytes) return too_large(text.size());
    if (!check_utf8(text, display, diags)) return std::nullopt;
    return text;
}

}  // namespace urker
