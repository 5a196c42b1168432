#include "search/kazakh_stemmer.h"

#include "search/pipeline.h"

#include <algorithm>
#include <cstdint>
#include <span>
#include <string_view>

namespace urker::search {

namespace {

// Classes of the letter before an ending (after folding).
enum : std::uint8_t {
    V = 1,      // vowel: а е и о у ы э ю я
    VL = 2,     // voiceless: к п с т ф х ц ч ш щ
    BVGD = 4,   // б в г д (devoiced at the end of a word: the endings that follow are the voiceless ones)
    ZJ = 8,     // ж з
    L = 16,     // л
    MN = 32,    // м н (and ң)
    RJ = 64,    // р й
    ANY = 127,  // any letter of the classes above (not ь ъ)
};

// What an ending needs besides its letter class.
enum : std::uint8_t {
    none = 0,
    min3 = 1,       // three letters must remain
    after_poss = 2, // only after a 3rd person possessive, taken off with it
};

struct Ending {
    std::u16string_view text;
    std::uint8_t after;
    std::uint8_t needs;
};

std::uint8_t class_of(char16_t c) {
    switch (c) {
        case u'а': case u'е': case u'и': case u'о': case u'у': case u'ы': case u'э': case u'ю': case u'я': return V;
        case u'к': case u'п': case u'с': case u'т': case u'ф': case u'х': case u'ц': case u'ч': case u'ш': case u'щ': return VL;
        case u'б': case u'в': case u'г': case u'д': return BVGD;
        case u'ж': case u'з': return ZJ;
        case u'л': return L;
        case u'м': case u'н': return MN;
        case u'р': case u'й': return RJ;
        default: return 0;
    }
}

constexpr std::uint8_t voiced_after = V | L | MN | ZJ | RJ;  // where the voiced allomorph (-да, -ға …) goes
constexpr std::uint8_t voiceless_after = VL | BVGD;         // where the voiceless one (-та, -қа …) goes

// Every list longest ending first (the first that fits is taken).
constexpr Ending personal[] = {
    {u"сындар", ANY, min3}, {u"синдер", ANY, min3},
    {u"мын", V | L | MN | RJ, min3}, {u"мин", V | L | MN | RJ, min3},
    {u"бын", ZJ, min3}, {u"бин", ZJ, min3},
    {u"пын", voiceless_after, min3}, {u"пин", voiceless_after, min3},
};

constexpr Ending cases[] = {
    // locative + -ғы/-гі («мектептегі»)
    {u"ндагы", V, after_poss}, {u"ндеги", V, after_poss},
    {u"менен", V | L | MN | RJ, none}, {u"бенен", ZJ | MN, none}, {u"пенен", voiceless_after, none},
    {u"дагы", voiced_after, none}, {u"деги", voiced_after, none},
    {u"тагы", voiceless_after, none}, {u"теги", voiceless_after, none},
    {u"ндан", V, after_poss}, {u"нден", V, after_poss},
    // ablative
    {u"дан", V | L | ZJ | RJ, none}, {u"ден", V | L | ZJ | RJ, none},
    {u"нан", V | MN, none}, {u"нен", V | MN, none},
    {u"тан", voiceless_after, none}, {u"тен", voiceless_after, none},
    // genitive
    {u"нын", V | MN, none}, {u"нин", V | MN, none},
    {u"дын", L | ZJ | RJ, none}, {u"дин", L | ZJ | RJ, none},
    {u"тын", voiceless_after, none}, {u"тин", voiceless_after, none},
    // instrumental
    {u"мен", V | L | MN | RJ, none}, {u"бен", ZJ | MN, none}, {u"пен", voiceless_after, none},
    // locative
    {u"нда", V, after_poss}, {u"нде", V, after_poss},
    {u"да", voiced_after, none}, {u"де", voiced_after, none},
    {u"та", voiceless_after, none}, {u"те", voiceless_after, none},
    // dative
    {u"га", voiced_after, none}, {u"ге", voiced_after, none},
    {u"ка", voiceless_after, none}, {u"ке", voiceless_after, none},
    {u"на", V, after_poss}, {u"не", V, after_poss},
    // accusative
    {u"ны", V, none}, {u"ни", V, none},
    {u"ды", L | MN | ZJ | RJ, none}, {u"ди", L | MN | ZJ | RJ, none},
    {u"ты", voiceless_after, none}, {u"ти", voiceless_after, none},
    {u"н", V, after_poss},
};

constexpr Ending plurals[] = {
    {u"лар", V | RJ, none}, {u"лер", V | RJ, none},
    {u"дар", L | MN | ZJ, none}, {u"дер", L | MN | ZJ, none},
    {u"тар", voiceless_after, none}, {u"тер", voiceless_after, none},
};

std::size_t code_points(std::u16string_view s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char16_t u) { return u < 0xDC00 || u > 0xDFFF; }));
}

// Whether `stem` may stand as what is left when an ending is taken off.
bool stem_ok(std::u16string_view stem, std::size_t min_letters) {
    if (code_points(stem) < min_letters) return false;
    return std::any_of(stem.begin(), stem.end(), [](char16_t c) { return class_of(c) == V; });
}

// The length of the first ending of `list` that fits the end of `word` (0: none).
std::size_t fitting(std::u16string_view word, std::span<const Ending> list, std::uint8_t* needs = nullptr) {
    for (const Ending& e : list) {
        if (!word.ends_with(e.text)) continue;
        const std::u16string_view stem = word.substr(0, word.size() - e.text.size());
        if (stem.empty() || !(class_of(stem.back()) & e.after)) continue;
        if (!stem_ok(stem, (e.needs & min3) ? 3 : 2)) continue;
        if (needs) *needs = e.needs;
        return e.text.size();
    }
    return 0;
}

bool ends_with_plural(std::u16string_view word) { return fitting(word, plurals) != 0; }

// The length of the possessive ending at the end of `word` (0: none).
std::size_t possessive(std::u16string_view word) {
    auto fits = [&](std::u16string_view ending, bool after_vowel) {
        if (!word.ends_with(ending)) return false;
        const std::u16string_view stem = word.substr(0, word.size() - ending.size());
        if (stem.empty() || (class_of(stem.back()) == V) != after_vowel) return false;
        // -шы/-ші makes nouns of agents («оқушы»): its vowel is not a possessive's.
        if (!after_vowel && stem.back() == u'ш') return false;
        return stem_ok(stem, 3);
    };
    for (std::u16string_view e : {u"ымыз", u"имиз", u"ыныз", u"иниз"})
        if (fits(e, false)) return e.size();
    for (std::u16string_view e : {u"мыз", u"миз", u"ныз", u"низ", u"сы", u"си"})
        if (fits(e, true)) return e.size();
    // -ы/-і after a consonant: only where the word proves a possessive.
    if (word.ends_with(u'ы') || word.ends_with(u'и')) {
        const std::u16string_view stem = word.substr(0, word.size() - 1);
        if (!stem.empty() && stem.back() != u'ш' && (class_of(stem.back()) & (VL | BVGD | ZJ | L | MN | RJ)) &&
            (stem.back() == u'г' || stem.back() == u'б' || ends_with_plural(stem)) && stem_ok(stem, 2))
            return 1;
    }
    return 0;
}

bool cyrillic_lowercase(std::u16string_view word) {
    return std::all_of(word.begin(), word.end(), [](char16_t c) { return c >= u'а' && c <= u'я'; });
}

}  // namespace

void kazakh_stem(std::u16string& word) {
    fold_kazakh_letters(word);
    if (word.empty() || !cyrillic_lowercase(word)) return;
    std::u16string_view w = word;
    w.remove_suffix(fitting(w, personal));
    bool possessive_taken = false;
    for (const Ending& e : cases) {
        if (!fitting(w, std::span<const Ending>(&e, 1))) continue;
        // -стан names countries («Қазақстан»): its -тан is no ablative.
        if (e.text == u"тан" && w.ends_with(u"стан")) continue;
        const std::u16string_view rest = w.substr(0, w.size() - e.text.size());
        if (!(e.needs & after_poss)) {
            w = rest;
            break;
        }
        // A case form that follows only a possessive goes with it; when there is none («машина»),
        // the next ending that fits is tried.
        if (const std::size_t p = possessive(rest)) {
            w = rest.substr(0, rest.size() - p);
            possessive_taken = true;
            break;
        }
    }
    if (!possessive_taken) w.remove_suffix(possessive(w));
    w.remove_suffix(fitting(w, plurals));
    word.resize(w.size());
    if (word.back() == u'г') word.back() = u'к';
    else if (word.back() == u'б') word.back() = u'п';
}

}  // namespace urker::search
