#include "core/messages.h"

#include <unicode/msgfmt.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace urker {

namespace {

const CatalogEntry* find_entry(std::string_view id) {
    const auto& catalog = message_catalog();
    auto it = std::lower_bound(catalog.begin(), catalog.end(), id,
                               [](const CatalogEntry& e, std::string_view key) { return e.id < key; });
    return it != catalog.end() && it->id == id ? &*it : nullptr;
}

std::string_view pattern_for(const CatalogEntry& e, std::string_view language) {
    if (language == "ru") return e.ru;
    if (language == "kk") return e.kk;
    return e.en;
}

std::string fallback_text(const Message& m) {
    std::string out = m.id;
    for (const auto& a : m.args) {
        out += ' ' + a.name + '=';
        if (const auto* s = std::get_if<std::string>(&a.value)) out += *s;
        else out += std::to_string(std::get<std::int64_t>(a.value));
    }
    return out;
}

// "ru_RU.UTF-8" -> "ru"; "C", "POSIX", "C.UTF-8" -> "" (no language chosen); "" -> "".
std::string language_of_locale(std::string_view locale) {
    if (locale.empty()) return {};
    if (locale == "C" || locale == "POSIX" || locale.substr(0, 2) == "C.") return {};
    std::size_t end = locale.find_first_of("_.@-");
    std::string code(locale.substr(0, end));
    std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return code;
}

std::string spoken(std::string code) { return code == "ru" || code == "kk" ? code : "en"; }

std::string_view env(const char* name) {
    const char* v = std::getenv(name);
    return v ? std::string_view(v) : std::string_view();
}

}  // namespace

std::string render_message(const Message& message, std::string_view language) {
    const CatalogEntry* entry = find_entry(message.id);
    if (!entry) return fallback_text(message);
    std::string_view pattern = pattern_for(*entry, language);
    const char* locale = language == "ru" ? "ru" : language == "kk" ? "kk" : "en";

    UErrorCode status = U_ZERO_ERROR;
    icu::MessageFormat format(icu::UnicodeString::fromUTF8(icu::StringPiece(pattern.data(), static_cast<int32_t>(pattern.size()))),
                              icu::Locale(locale), status);
    if (U_FAILURE(status)) return std::string(pattern);

    std::vector<icu::UnicodeString> names;
    std::vector<icu::Formattable> values;
    names.reserve(message.args.size());
    values.reserve(message.args.size());
    // "list@kk": the argument "list" for a Kazakh reader (a value that is a word of the reader's
    // language); it replaces a plain "list", and is left out in the other languages.
    const std::string suffix = std::string("@") + (language == "ru" || language == "kk" ? std::string(language) : std::string("en"));
    auto localized = [&](const std::string& name) { return name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0; };
    for (const auto& a : message.args) {
        std::string name = a.name;
        if (localized(name)) {
            name.resize(name.size() - suffix.size());
        } else if (name.find('@') != std::string::npos) {
            continue;  // another language's
        } else if (std::any_of(message.args.begin(), message.args.end(), [&](const MessageArg& b) { return b.name == name + suffix; })) {
            continue;
        }
        names.push_back(icu::UnicodeString::fromUTF8(name));
        if (const auto* s = std::get_if<std::string>(&a.value))
            values.emplace_back(icu::UnicodeString::fromUTF8(*s));
        else
            values.emplace_back(static_cast<int64_t>(std::get<std::int64_t>(a.value)));
    }
    icu::UnicodeString result;
    format.format(names.data(), values.data(), static_cast<int32_t>(values.size()), result, status);
    if (U_FAILURE(status)) return std::string(pattern);
    std::string out;
    result.toUTF8String(out);
    return out;
}

std::string resolve_message_language(std::string_view option, std::string_view urker_lang, std::string_view lc_all,
                                     std::string_view lc_messages, std::string_view lang, std::string_view site_default) {
    if (!option.empty()) return spoken(language_of_locale(option));
    if (!urker_lang.empty()) return spoken(language_of_locale(urker_lang));
    // POSIX precedence: LC_ALL overrides LC_MESSAGES, which overrides LANG. "C" and "C.UTF-8" (what
    // servers, containers and CI machines have) choose no language: the portal's speaks then, so a
    // Kazakh portal's webmaster on a server is answered in Kazakh, not English.
    for (std::string_view locale : {lc_all, lc_messages, lang})
        if (!locale.empty()) {
            const std::string code = language_of_locale(locale);
            if (code.empty()) break;
            return spoken(code);
        }
    if (!site_default.empty()) return spoken(std::string(site_default));
    return "en";
}

std::string resolve_message_language(std::string_view option, std::string_view site_default) {
    return resolve_message_language(option, env("URKER_LANG"), env("LC_ALL"), env("LC_MESSAGES"), env("LANG"), site_default);
}

}  // namespace urker
