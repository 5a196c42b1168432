#include "cli/scaffold.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>

namespace urker {

namespace fs = std::filesystem;

const std::vector<std::string>& scaffold_languages() {
    static const std::vector<std::string> languages{"ru", "kk", "en"};
    return languages;
}

std::time_t scaffold_now() {
    if (const char* sde = std::getenv("SOURCE_DATE_EPOCH")) return static_cast<std::time_t>(std::strtoll(sde, nullptr, 10));
    return std::time(nullptr);
}

std::map<std::string, std::string> date_placeholders(std::time_t now) {
    // The teacher's own calendar day; SOURCE_DATE_EPOCH is read in UTC, as the build reads it.
    auto day_of = [&](std::time_t t) {
        std::tm tm{};
        if (std::getenv("SOURCE_DATE_EPOCH")) gmtime_r(&t, &tm);
        else localtime_r(&t, &tm);
        return tm;
    };
    auto format = [](const char* pattern, const std::tm& tm) {
        char buf[64];
        std::strftime(buf, sizeof buf, pattern, &tm);
        return std::string(buf);
    };
    std::tm today = day_of(now);
    std::tm event_day = day_of(now + 14 * 86400);  // an event two weeks ahead shows as upcoming
    int year = today.tm_year + 1900, month = today.tm_mon + 1;
    int school_year = month >= 8 ? year : year - 1;  // the school year starts in September
    char buf[32];
    std::map<std::string, std::string> v;
    v["today"] = format("%Y-%m-%d", today);
    std::snprintf(buf, sizeof buf, "%d-%d", school_year, school_year + 1);
    v["school_year"] = buf;
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    v["month"] = buf;
    std::snprintf(buf, sizeof buf, "%04d-%02d", month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1);
    v["next_month"] = buf;
    v["event_start"] = format("%Y-%m-%d", event_day) + "T15:00:00+05:00";  // Kazakhstan's time
    v["event_end"] = format("%Y-%m-%d", event_day) + "T17:00:00+05:00";
    return v;
}

std::string fill_placeholders(std::string_view text, const std::map<std::string, std::string>& values) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        std::string_view line = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos + 1);
        pos = end == std::string_view::npos ? text.size() : end + 1;
        std::string filled;
        bool empty_value = false;
        for (std::size_t i = 0; i < line.size();) {
            std::size_t open = line.find("{{", i);
            std::size_t close = open == std::string_view::npos ? open : line.find("}}", open + 2);
            if (close == std::string_view::npos) {
                filled += line.substr(i);
                break;
            }
            filled += line.substr(i, open - i);
            auto it = values.find(std::string(line.substr(open + 2, close - open - 2)));
            if (it == values.end()) {
                filled += line.substr(open, close + 2 - open);
            } else {
                filled += it->second;
                empty_value = empty_value || it->second.empty();
            }
            i = close + 2;
        }
        if (empty_value) {
            std::size_t indent = filled.find_first_not_of(' ');
            filled.insert(indent == std::string::npos ? 0 : indent, "# ");
        }
        out += filled;
    }
    return out;
}

std::string yaml_quoted_content(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\\' || c == '"') out += '\\';
        out += c;
    }
    return out;
}

Message write_new_file(const fs::path& path, std::string_view text) {
    std::error_code ec;
    if (fs::exists(path, ec)) return Message("cli.file_exists", {{"path", path.string()}});
    fs::create_directories(path.parent_path(), ec);
    if (ec) return Message("cli.cannot_create_folder", {{"folder", path.parent_path().string()}, {"detail", ec.message()}});
    std::ofstream file(path, std::ios::binary);
    file.write(text.data(), static_cast<std::streamsize>(text.size()));
    file.close();
    if (!file) return Message("cli.cannot_write", {{"path", path.string()}});
    return Message();
}

}  // namespace urker
