// The message catalogue: every sentence urker says to a person, in Russian, Kazakh and English.
// A message is an id and named arguments; the text is chosen when the message is shown, in the
// reader's language (see resolve_message_language). Texts are ICU MessageFormat patterns, so
// plurals follow each language's rules ("1 ошибка", "2 ошибки", "5 ошибок").
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace urker {

struct MessageArg {
    std::string name;
    std::variant<std::string, std::int64_t> value;
    MessageArg(std::string n, std::string v) : name(std::move(n)), value(std::move(v)) {}
    MessageArg(std::string n, const char* v) : name(std::move(n)), value(std::string(v)) {}
    MessageArg(std::string n, std::string_view v) : name(std::move(n)), value(std::string(v)) {}
    MessageArg(std::string n, std::int64_t v) : name(std::move(n)), value(v) {}
    MessageArg(std::string n, int v) : name(std::move(n)), value(static_cast<std::int64_t>(v)) {}
    MessageArg(std::string n, std::size_t v) : name(std::move(n)), value(static_cast<std::int64_t>(v)) {}
};

// A message to show: its catalogue id and arguments. An empty id means "no message". An argument
// whose value depends on the reader's language is given once per language with the language after
// '@' ("list@ru", "list@kk", "list@en"): the pattern reads it as "list" in that language.
struct Message {
    std::string id;
    std::vector<MessageArg> args;
    Message() = default;
    explicit Message(std::string message_id, std::initializer_list<MessageArg> arguments = {})
        : id(std::move(message_id)), args(arguments) {}
    bool empty() const { return id.empty(); }
};

// One row of the catalogue: the id and the pattern in each language.
struct CatalogEntry {
    std::string_view id;
    std::string_view en;
    std::string_view ru;
    std::string_view kk;
};

// Every entry, in id order (the catalogue test checks the order, the translations and that each
// pattern parses and uses the same arguments in every language).
const std::vector<CatalogEntry>& message_catalog();

// The message's text in `language` ("ru", "kk", "en"; anything else reads English). An unknown id
// renders as the id itself with its arguments, so a slip never hides what was meant.
std::string render_message(const Message& message, std::string_view language);

// The language urker speaks to the person running it: the --lang option if given, else
// URKER_LANG, else LC_ALL / LC_MESSAGES / LANG (ru_RU.UTF-8 -> ru; C and POSIX mean English), else
// the site's default language, else English. Only ru, kk and en are spoken; others read English.
std::string resolve_message_language(std::string_view option, std::string_view site_default);

// The same, from explicit environment values (for tests).
std::string resolve_message_language(std::string_view option, std::string_view urker_lang, std::string_view lc_all,
                                     std::string_view lc_messages, std::string_view lang, std::string_view site_default);

}  // namespace urker
