// Filters over text: case mapping (ICU, in the page's language), trimming, replacing, tag
// stripping, truncation, indentation, splitting, slugs, file sizes.
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdlib>

#include "core/text.h"
#include "template/filters.h"

namespace urker::tmpl {
namespace {

// Text filters accept any value and work on how it prints; undefined stays undefined (prints
// nothing), so {{ page.missing | upper }} is empty like in Jinja.
bool text_input(Val& in, std::string& out) {
    if (in.is_undefined()) return false;
    if (in.is_special()) return false;
    out = plain_string(in);
    return true;
}

bool is_white(char32_t cp) { return u_isUWhiteSpace(static_cast<UChar32>(cp)); }

// Case mapping for the scripts portal pages are written in, one code point at a time with ICU's
// simple mappings (u_tolower/u_toupper). Building an icu::UnicodeString for every {{ x | lower }}
// was the largest cost of a page render, and for Latin-1 and Cyrillic text (Kazakh letters
// included) the full and the simple mappings agree. Anything else, the "ß" that upper-cases to
// "SS", and the languages with their own rules for "i" go through the full ICU mapping.
std::string map_case(const std::string& s, const std::string& lang, bool upper) {
    bool special_language = lang == "tr" || lang == "az" || lang == "lt" || lang.starts_with("tr-") ||
                            lang.starts_with("az-") || lang.starts_with("lt-");
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size() && !special_language;) {
        char32_t cp;
        std::size_t len = decode_utf8(s, i, cp);
        bool simple = cp < 0x80 || (cp >= 0xC0 && cp < 0x100 && cp != 0xDF) || (cp >= 0x400 && cp < 0x530);
        if (!simple) break;
        UChar32 mapped = upper ? u_toupper(static_cast<UChar32>(cp)) : u_tolower(static_cast<UChar32>(cp));
        append_utf8(out, static_cast<char32_t>(mapped));
        i += len;
        if (i == s.size()) return out;
    }
    if (s.empty()) return out;
    return upper ? to_upper(s, lang) : to_lower(s, lang);
}

std::string title_case(std::string_view s, const std::string& lang) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    // A null break iterator means ICU's word break iterator for the locale.
    u.toTitle(nullptr, icu::Locale(lang.c_str()));
    std::string out;
    u.toUTF8String(out);
    return out;
}

Val case_filter(Val& in, FilterCall& call, bool upper) {
    call.allow(0, {});
    if (const Value* j = in.plain(); j && j->is_string())  // the common case: no copy of the input
        return Val::owned(map_case(j->get_ref<const std::string&>(), call.locale.language, upper));
    std::string s;
    if (!text_input(in, s)) return {};
    return Val::owned(map_case(s, call.locale.language, upper));
}

}  // namespace

Val filter_upper(Val& in, FilterCall& call) { return case_filter(in, call, true); }
Val filter_lower(Val& in, FilterCall& call) { return case_filter(in, call, false); }

// First letter upper case, the rest lower case (as Jinja's capitalize).
Val filter_capitalize(Val& in, FilterCall& call) {
    call.allow(0, {});
    std::string s;
    if (!text_input(in, s)) return {};
    std::string lower = map_case(s, call.locale.language, false);
    if (lower.empty()) return Val::owned(std::move(lower));
    char32_t cp;
    std::size_t len = decode_utf8(lower, 0, cp);
    return Val::owned(map_case(lower.substr(0, len), call.locale.language, true) + lower.substr(len));
}

Val filter_title(Val& in, FilterCall& call) {
    call.allow(0, {});
    std::string s;
    if (!text_input(in, s)) return {};
    return Val::owned(title_case(s, call.locale.language));
}

// Strips Unicode white space (including the no-break space) from both ends, or the characters
// given.
Val filter_trim(Val& in, FilterCall& call) {
    call.allow(1, {"chars"});
    auto chars = call.optional_string_arg(0, "chars");
    std::string s;
    if (!text_input(in, s)) return {};
    std::vector<char32_t> strip;
    if (chars)
        for (std::size_t i = 0; i < chars->size();) {
            char32_t cp;
            i += decode_utf8(*chars, i, cp);
            strip.push_back(cp);
        }
    auto stripped = [&](char32_t cp) {
        return chars ? std::find(strip.begin(), strip.end(), cp) != strip.end() : is_white(cp);
    };
    // From each end, without a table of the code points (a page's description goes through here).
    std::size_t first = 0;
    while (first < s.size()) {
        char32_t cp;
        const std::size_t len = decode_utf8(s, first, cp);
        if (!stripped(cp)) break;
        first += len;
    }
    std::size_t last = s.size();
    while (last > first) {
        std::size_t start = last - 1;
        while (start > first && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
        char32_t cp;
        decode_utf8(s, start, cp);
        if (!stripped(cp)) break;
        last = start;
    }
    if (first == 0 && last == s.size()) return Val::owned(std::move(s), in.safe());
    return Val::owned(s.substr(first, last - first), in.safe());
}

Val filter_replace(Val& in, FilterCall& call) {
    call.allow(3, {"old", "new", "count"});
    std::string from = call.string_arg(0, "old", "");
    std::string to = call.string_arg(1, "new", "");
    std::int64_t count = call.int_arg(2, "count", -1);
    if (!call.arg(0, "old") || !call.arg(1, "new")) call.fail(Message("template.replace_needs_text"));
    std::string s;
    if (!text_input(in, s)) return {};
    if (from.empty()) return Val::owned(std::move(s));
    std::string out;
    std::size_t pos = 0;
    for (std::int64_t done = 0; count < 0 || done < count; ++done) {
        std::size_t hit = s.find(from, pos);
        if (hit == std::string::npos) break;
        out.append(s, pos, hit - pos);
        out += to;
        pos = hit + from.size();
    }
    out.append(s, pos);
    return Val::owned(std::move(out));
}

// Removes tags and comments, decodes the common entities and collapses white space, for
// summaries and <meta name="description">.
// Whether the code point at `i` is white space, and its length. Only lead bytes C2 (U+0085,
// U+00A0), E1 (U+1680), E2 (U+2000–U+205F) and E3 (U+3000) start a white space beyond ASCII, so
// the rest (Cyrillic text, say) is not looked up in ICU.
bool white_at(std::string_view text, std::size_t i, std::size_t& len) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
        len = 1;
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
    char32_t cp;
    len = decode_utf8(text, i, cp);
    return (c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3) && is_white(cp);
}

// The text without tags and comments, the common entities decoded, white space collapsed to single
// spaces and trimmed. Text between tags is copied a run at a time: a page's summary goes through
// here for its description on every page that has none of its own.
Val filter_striptags(Val& in, FilterCall& call) {
    call.allow(0, {});
    std::string s;
    if (!text_input(in, s)) return {};
    std::string text;
    text.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] != '<' && s[i] != '&') {
            const std::size_t next = s.find_first_of("<&", i);
            const std::size_t stop = next == std::string::npos ? s.size() : next;
            text.append(s, i, stop - i);
            i = stop;
        } else if (s.compare(i, 4, "<!--") == 0) {
            std::size_t end = s.find("-->", i + 4);
            i = end == std::string::npos ? s.size() : end + 3;
            text += ' ';
        } else if (s[i] == '<') {
            std::size_t end = s.find('>', i + 1);
            i = end == std::string::npos ? s.size() : end + 1;
            text += ' ';
        } else {
            std::size_t end = s.find(';', i + 1);
            std::string_view entity =
                end == std::string::npos || end - i > 10 ? std::string_view() : std::string_view(s).substr(i + 1, end - i - 1);
            char32_t cp = 0;
            if (entity == "amp") cp = '&';
            else if (entity == "lt") cp = '<';
            else if (entity == "gt") cp = '>';
            else if (entity == "quot") cp = '"';
            else if (entity == "apos" || entity == "#39") cp = '\'';
            else if (entity == "nbsp") cp = 0xA0;
            else if (entity.size() > 1 && entity[0] == '#') {
                bool hex = entity[1] == 'x' || entity[1] == 'X';
                std::string digits(entity.substr(hex ? 2 : 1));
                char* endp = nullptr;
                unsigned long v = std::strtoul(digits.c_str(), &endp, hex ? 16 : 10);
                if (!digits.empty() && *endp == '\0' && v > 0 && v <= 0x10FFFF) cp = static_cast<char32_t>(v);
            }
            if (cp) {
                append_utf8(text, cp);
                i = end + 1;
            } else {
                text += s[i++];
            }
        }
    }
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = 0;
        if (white_at(text, i, len)) {
            space = !out.empty();
            i += len;
            continue;
        }
        if (space) out += ' ';
        space = false;
        // The run up to the next byte that may start a white space, at once.
        std::size_t stop = i + len;
        while (stop < text.size()) {
            const auto c = static_cast<unsigned char>(text[stop]);
            if (c <= ' ' || c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3) break;
            ++stop;
        }
        out.append(text, i, stop - i);
        i = stop;
    }
    return Val::owned(std::move(out));
}

// Words are runs of letters, digits, marks and "_" (Python's \w).
Val filter_wordcount(Val& in, FilterCall& call) {
    call.allow(0, {});
    std::string s;
    if (!text_input(in, s)) return Val::owned(0);
    std::int64_t words = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp;
        i += decode_utf8(s, i, cp);
        auto c = static_cast<UChar32>(cp);
        bool word_char = u_isalnum(c) || cp == U'_' || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
        if (word_char && !in_word) ++words;
        in_word = word_char;
    }
    return Val::owned(words);
}

// truncate(length=255, killwords=false, end="…", leeway=0), counting code points. The result,
// `end` included, is at most `length` long. Without killwords it ends at a word boundary. The
// second and third positional arguments may come in either order (Jinja has killwords first,
// Tera-style templates write the end text first): text is `end`, true/false is `killwords`.
Val filter_truncate(Val& in, FilterCall& call) {
    call.allow(4, {"length", "killwords", "end", "leeway"});
    std::int64_t length = call.int_arg(0, "length", 255);
    bool killwords = false;
    std::string end = "…";
    for (std::size_t i = 1; i < 3 && i < call.positional.size(); ++i) {
        const Value* j = call.positional[i].plain();
        if (j && j->is_boolean()) killwords = j->get<bool>();
        else if (j && j->is_string()) end = j->get<std::string>();
        else call.bad_arg(i == 1 ? "killwords" : "end", call.positional[i], "boolean_or_text");
    }
    for (auto& [n, v] : call.named) {
        if (n == "killwords") killwords = call.bool_arg(SIZE_MAX, "killwords", false);
        if (n == "end") end = call.string_arg(SIZE_MAX, "end", "…");
    }
    std::int64_t leeway = call.positional.size() > 3 ? call.int_arg(3, "leeway", 0) : call.int_arg(SIZE_MAX, "leeway", 0);
    if (length < 0) call.fail(Message("template.truncate_length"));
    if (in.plain() && in.plain()->is_string() &&
        static_cast<std::int64_t>(count_code_points(in.plain()->get_ref<const std::string&>())) <= length + leeway) {
        in.mark_safe(false);
        return std::move(in);  // short enough: no copy
    }
    // Text is read where it is; anything else as it prints.
    std::string printed;
    std::string_view s;
    if (in.plain() && in.plain()->is_string()) {
        s = in.plain()->get_ref<const std::string&>();
    } else {
        if (!text_input(in, printed)) return {};
        if (static_cast<std::int64_t>(count_code_points(printed)) <= length + leeway) return Val::owned(std::move(printed));
        s = printed;
    }
    // Walk to the code point where the kept part ends; only that prefix is ever decoded.
    auto keep = static_cast<std::size_t>(std::max<std::int64_t>(0, length - static_cast<std::int64_t>(count_code_points(end))));
    std::size_t cut = 0;
    for (std::size_t k = 0; k < keep; ++k) {
        char32_t cp;
        cut += decode_utf8(s, cut, cp);
    }
    if (!killwords) {
        char32_t after;
        decode_utf8(s, cut, after);
        if (!is_white(after)) {
            // Back up to the last white space inside the kept part, if there is one.
            for (std::size_t pos = cut; pos > 0;) {
                std::size_t start = pos - 1;
                while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
                char32_t cp;
                decode_utf8(s, start, cp);
                if (is_white(cp)) {
                    cut = start;
                    break;
                }
                pos = start;
            }
        }
    }
    while (cut > 0 && (s[cut - 1] == ' ' || s[cut - 1] == '\t' || s[cut - 1] == '\n')) --cut;
    std::string out;
    out.reserve(cut + end.size());
    out.append(s.substr(0, cut));
    out += end;
    return Val::owned(std::move(out));
}

Val filter_indent(Val& in, FilterCall& call) {
    call.allow(3, {"width", "first", "blank"});
    std::string pad;
    Val* width = call.arg(0, "width");
    if (width && width->plain() && width->plain()->is_string()) pad = width->plain()->get<std::string>();
    else pad.assign(static_cast<std::size_t>(std::max<std::int64_t>(0, call.int_arg(0, "width", 4))), ' ');
    bool first = call.bool_arg(1, "first", false);
    bool blank = call.bool_arg(2, "blank", false);
    std::string s;
    if (!text_input(in, s)) return {};
    std::string out;
    std::size_t start = 0;
    bool is_first = true;
    for (;;) {
        std::size_t nl = s.find('\n', start);
        std::string_view line = std::string_view(s).substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        bool indent = (!is_first || first) && (blank || !trim(line).empty());
        if (indent) out += pad;
        out += line;
        if (nl == std::string::npos) break;
        out += '\n';
        start = nl + 1;
        is_first = false;
    }
    return Val::owned(std::move(out), in.safe());
}

// "a, b" | split(", ") → ["a", "b"]; without a separator, splits at runs of white space.
Val filter_split(Val& in, FilterCall& call) {
    call.allow(2, {"separator", "maxsplit"});
    auto sep = call.optional_string_arg(0, "separator");
    std::int64_t maxsplit = call.int_arg(1, "maxsplit", -1);
    std::string s;
    if (!text_input(in, s)) return Val::owned(Value::array());
    Value parts = Value::array();
    if (sep && sep->empty()) call.fail(Message("template.split_empty"));
    if (sep) {
        std::size_t start = 0;
        for (;;) {
            std::size_t hit = maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) >= maxsplit
                                  ? std::string::npos
                                  : s.find(*sep, start);
            if (hit == std::string::npos) {
                parts.push_back(s.substr(start));
                break;
            }
            parts.push_back(s.substr(start, hit - start));
            start = hit + sep->size();
        }
    } else {
        std::string word;
        for (std::size_t i = 0; i <= s.size();) {
            char32_t cp = U' ';
            std::size_t len = i < s.size() ? decode_utf8(s, i, cp) : 1;
            if (is_white(cp)) {
                if (!word.empty()) parts.push_back(std::move(word));
                word.clear();
            } else {
                word.append(s, i, len);
            }
            i += len;
        }
    }
    return Val::owned(std::move(parts));
}

Val filter_slugify(Val& in, FilterCall& call) {
    call.allow(0, {});
    std::string s;
    if (!text_input(in, s)) return {};
    return Val::owned(slugify(s));
}

// A phone number as a link a phone can call: "+7 (7212) 41-23-45" -> "tel:+77212412345". Only
// the first number of "41-23-45, 41-23-46" is taken; text with fewer than five digits
// ("внутр. 12") or with letters before its digits gives "", for the template to show it as text.
Val filter_tel(Val& in, FilterCall& call) {
    call.allow(0, {});
    std::string s;
    if (!text_input(in, s)) return {};
    std::string digits;
    bool plus = false;
    for (std::size_t i = 0; i < s.size();) {
        char32_t c = 0;
        std::size_t n = decode_utf8(s, i, c);
        i += n == 0 ? 1 : n;
        if (c == ',' || c == ';') break;
        if (c >= '0' && c <= '9') {
            digits += static_cast<char>(c);
        } else if (c == '+' && digits.empty()) {
            plus = true;
        } else if (u_isalpha(static_cast<UChar32>(c))) {
            if (digits.empty()) return Val::owned(std::string());
            break;  // "41-23-45 (приёмная)": the number is before the words
        }
        // Spaces (a no-break one too, as Word puts between groups), brackets, dashes: skipped.
    }
    if (digits.size() < 5 || digits.size() > 15) return Val::owned(std::string());
    return Val::owned("tel:" + std::string(plus ? "+" : "") + digits);
}

Val filter_filesizeformat(Val& in, FilterCall& call) {
    call.allow(0, {});
    if (in.is_undefined()) return {};
    const Value* j = in.plain();
    if (!j || !j->is_number() || j->get<double>() < 0) call.bad_input(in, "size_in_bytes");
    return Val::owned(human_size(static_cast<std::uintmax_t>(j->get<double>()), call.locale.language));
}

}  // namespace urker::tmpl
