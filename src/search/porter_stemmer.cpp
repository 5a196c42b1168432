#include "search/porter_stemmer.h"

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace urker::search {

namespace {

// --- The measure patterns ------------------------------------------------------------------------
// lunr builds them from  c = [^aeiou], v = [aeiouy], C = c[^aeiouy]*, V = v[aeiou]*:
//   mgr0 = ^(C)?VC            (m > 0)
//   meq1 = ^(C)?VC(V)?$       (m = 1)
//   mgr1 = ^(C)?VCVC          (m > 1)
//   s_v  = ^(C)?v             (the stem has a vowel)
//   cvc  = ^Cv[^aeiouwxy]$
// Each is a sequence of character classes with ?, * or no quantifier, which a small NFA matches
// exactly. (C)? is written c?[^aeiouy]* and (V)? as v?[aeiou]*: the languages are the same because
// [^aeiouy] is inside c and [aeiou] inside v.

enum class CharClass : std::uint8_t { not_aeiou, not_aeiouy, aeiouy, aeiou, not_aeiouwxy };
enum class Repeat : std::uint8_t { one, optional, any };
struct Item {
    CharClass cls;
    Repeat repeat;
};

bool is_one_of(char16_t u, std::string_view set) {
    return u < 0x80 && set.find(static_cast<char>(u)) != std::string_view::npos;
}

bool in_class(CharClass cls, char16_t u) {
    switch (cls) {
        case CharClass::not_aeiou: return !is_one_of(u, "aeiou");
        case CharClass::not_aeiouy: return !is_one_of(u, "aeiouy");
        case CharClass::aeiouy: return is_one_of(u, "aeiouy");
        case CharClass::aeiou: return is_one_of(u, "aeiou");
        case CharClass::not_aeiouwxy: return !is_one_of(u, "aeiouwxy");
    }
    return false;
}

// Does the pattern (anchored at the start) match a prefix of `s` (or all of it, with `to_end`)?
template <std::size_t N>
bool matches(const std::array<Item, N>& pattern, std::u16string_view s, bool to_end) {
    static_assert(N < 32);
    constexpr std::uint32_t accept = std::uint32_t{1} << N;
    auto close = [&](std::uint32_t states) {  // follow the epsilon moves past ? and * items
        for (std::size_t i = 0; i < N; ++i) {
            if ((states >> i & 1) && pattern[i].repeat != Repeat::one) states |= std::uint32_t{1} << (i + 1);
        }
        return states;
    };
    std::uint32_t states = close(1);
    for (char16_t u : s) {
        if (!to_end && (states & accept)) return true;
        std::uint32_t next = 0;
        for (std::size_t i = 0; i < N; ++i) {
            if (!(states >> i & 1) || !in_class(pattern[i].cls, u)) continue;
            next |= std::uint32_t{1} << (pattern[i].repeat == Repeat::any ? i : i + 1);
        }
        states = close(next);
        if (states == 0) return false;
    }
    return (states & accept) != 0;
}

constexpr Item c_opt{CharClass::not_aeiou, Repeat::optional};
constexpr Item c_one{CharClass::not_aeiou, Repeat::one};
constexpr Item c_rest{CharClass::not_aeiouy, Repeat::any};
constexpr Item v_opt{CharClass::aeiouy, Repeat::optional};
constexpr Item v_one{CharClass::aeiouy, Repeat::one};
constexpr Item v_rest{CharClass::aeiou, Repeat::any};

constexpr std::array<Item, 6> mgr0_pattern{c_opt, c_rest, v_one, v_rest, c_one, c_rest};
constexpr std::array<Item, 8> meq1_pattern{c_opt, c_rest, v_one, v_rest, c_one, c_rest, v_opt, v_rest};
constexpr std::array<Item, 10> mgr1_pattern{c_opt, c_rest, v_one, v_rest, c_one, c_rest, v_one, v_rest, c_one, c_rest};
constexpr std::array<Item, 4> cvc_pattern{c_one, c_rest, v_one, Item{CharClass::not_aeiouwxy, Repeat::one}};

bool measure_above_0(std::u16string_view s) { return matches(mgr0_pattern, s, false); }
bool measure_is_1(std::u16string_view s) { return matches(meq1_pattern, s, true); }
bool measure_above_1(std::u16string_view s) { return matches(mgr1_pattern, s, false); }
bool is_cvc(std::u16string_view s) { return matches(cvc_pattern, s, true); }
bool has_vowel(std::u16string_view s) {
    for (char16_t u : s) {
        if (is_one_of(u, "aeiouy")) return true;
    }
    return false;
}

// --- Suffix rules --------------------------------------------------------------------------------

bool ends_with(std::u16string_view w, std::string_view suffix) {
    if (w.size() < suffix.size()) return false;
    const std::size_t off = w.size() - suffix.size();
    for (std::size_t i = 0; i < suffix.size(); ++i) {
        if (w[off + i] != static_cast<char16_t>(suffix[i])) return false;
    }
    return true;
}

bool is_line_terminator(char16_t u) { return u == u'\n' || u == u'\r' || u == 0x2028 || u == 0x2029; }

struct Rule {
    std::string_view suffix;
    std::string_view replacement;
};

// lunr's /^(.+?)(s1|s2|...)$/: the lazy (.+?) takes the shortest stem, i.e. the longest listed
// suffix that leaves at least one code unit, and `.` cannot cross a line terminator. Returns the
// stem length, or 0 when the expression does not match.
template <class Rules>
std::size_t match_stem(std::u16string_view w, const Rules& rules, const Rule** matched = nullptr) {
    std::size_t best = 0;
    for (const Rule& r : rules) {
        if (w.size() > r.suffix.size() && ends_with(w, r.suffix)) {
            const std::size_t stem = w.size() - r.suffix.size();
            if (best == 0 || stem < best) {
                best = stem;
                if (matched) *matched = &r;
            }
        }
    }
    for (std::size_t i = 0; i < best; ++i) {
        if (is_line_terminator(w[i])) return 0;
    }
    return best;
}

std::size_t match_stem_suffix(std::u16string_view w, std::string_view suffix) {
    const std::array<Rule, 1> rules{Rule{suffix, {}}};
    return match_stem(w, rules);
}

constexpr std::array<Rule, 21> step2_rules{{
    {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
    {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
    {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
    {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
    {"logi", "log"},
}};

constexpr std::array<Rule, 7> step3_rules{{
    {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""},
}};

constexpr std::array<Rule, 18> step4_rules{{
    {"al", ""}, {"ance", ""}, {"ence", ""}, {"er", ""}, {"ic", ""}, {"able", ""}, {"ible", ""}, {"ant", ""},
    {"ement", ""}, {"ment", ""}, {"ent", ""}, {"ou", ""}, {"ism", ""}, {"ate", ""}, {"iti", ""}, {"ous", ""},
    {"ive", ""}, {"ize", ""},
}};

void replace_suffix(std::u16string& w, std::size_t stem, std::string_view replacement) {
    w.resize(stem);
    for (char c : replacement) w.push_back(static_cast<char16_t>(c));
}

void step1a(std::u16string& w) {
    static constexpr std::array<Rule, 2> rules{{{"sses", "ss"}, {"ies", "i"}}};
    const Rule* rule = nullptr;
    if (std::size_t stem = match_stem(w, rules, &rule)) {
        replace_suffix(w, stem, rule->replacement);
        return;
    }
    // /^(.+?)([^s])s$/
    const std::size_t n = w.size();
    if (n >= 3 && w[n - 1] == u's' && w[n - 2] != u's') {
        for (std::size_t i = 0; i + 2 < n; ++i) {
            if (is_line_terminator(w[i])) return;
        }
        w.pop_back();
    }
}

void step1b(std::u16string& w) {
    if (std::size_t stem = match_stem_suffix(w, "eed")) {
        if (measure_above_0(std::u16string_view(w).substr(0, stem))) w.pop_back();
        return;
    }
    static constexpr std::array<Rule, 2> rules{{{"ed", ""}, {"ing", ""}}};
    const std::size_t stem = match_stem(w, rules);
    if (stem == 0 || !has_vowel(std::u16string_view(w).substr(0, stem))) return;
    w.resize(stem);
    const std::size_t n = w.size();
    if (ends_with(w, "at") || ends_with(w, "bl") || ends_with(w, "iz")) {
        w.push_back(u'e');
    } else if (n >= 2 && w[n - 1] == w[n - 2] && !is_one_of(w[n - 1], "aeiouylsz")) {
        w.pop_back();
    } else if (is_cvc(w)) {
        w.push_back(u'e');
    }
}

void step1c(std::u16string& w) {
    // /^(.+?[^aeiou])y$/
    const std::size_t n = w.size();
    if (n < 3 || w[n - 1] != u'y' || is_one_of(w[n - 2], "aeiou")) return;
    for (std::size_t i = 0; i + 2 < n; ++i) {
        if (is_line_terminator(w[i])) return;
    }
    w[n - 1] = u'i';
}

template <class Rules>
void replace_if_measure_above_0(std::u16string& w, const Rules& rules) {
    const Rule* rule = nullptr;
    const std::size_t stem = match_stem(w, rules, &rule);
    if (stem != 0 && measure_above_0(std::u16string_view(w).substr(0, stem))) replace_suffix(w, stem, rule->replacement);
}

void step4(std::u16string& w) {
    if (std::size_t stem = match_stem(w, step4_rules)) {
        if (measure_above_1(std::u16string_view(w).substr(0, stem))) w.resize(stem);
        return;
    }
    // /^(.+?)(s|t)(ion)$/: the stem keeps the s or t.
    static constexpr std::array<Rule, 2> rules{{{"sion", ""}, {"tion", ""}}};
    if (std::size_t stem = match_stem(w, rules)) {
        if (measure_above_1(std::u16string_view(w).substr(0, stem + 1))) w.resize(stem + 1);
    }
}

void step5(std::u16string& w) {
    if (std::size_t stem = match_stem_suffix(w, "e")) {
        const std::u16string_view s = std::u16string_view(w).substr(0, stem);
        if (measure_above_1(s) || (measure_is_1(s) && !is_cvc(s))) w.resize(stem);
    }
    if (ends_with(w, "ll") && measure_above_1(w)) w.pop_back();
}

}  // namespace

void porter_stem(std::u16string& w) {
    if (w.size() < 3) return;
    // Every rule needs the word to end in a particular lowercase ASCII letter, so any other ending
    // (a Cyrillic word in the multi pipeline, a number) leaves the word as it is.
    if (w.back() < u'a' || w.back() > u'z') return;
    // An initial y is a consonant: lunr uppercases it for the duration, and no class matches 'Y'
    // as a vowel.
    const bool initial_y = w[0] == u'y';
    if (initial_y) w[0] = u'Y';
    step1a(w);
    step1b(w);
    step1c(w);
    replace_if_measure_above_0(w, step2_rules);
    replace_if_measure_above_0(w, step3_rules);
    step4(w);
    step5(w);
    if (initial_y) w[0] = u'y';
}

}  // namespace urker::search
