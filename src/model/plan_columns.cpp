#include "model/plan_columns.h"

#include <algorithm>
#include <map>

#include "core/text.h"

namespace urker {

namespace {

// Lower case, «ё» as «е», brackets and what is in them dropped, punctuation at the ends and
// runs of spaces (also non-breaking ones, as Word writes) folded: "  Сроки  (месяц): " -> "сроки".
std::string normalize(std::string_view text) {
    std::string lower = to_lower(text);
    std::string out;
    int depth = 0;
    bool space = false;
    for (std::size_t i = 0; i < lower.size();) {
        char32_t cp = 0;
        std::size_t n = decode_utf8(lower, i, cp);
        if (n == 0) n = 1;
        i += n;
        if (cp == '(' || cp == '[') {
            ++depth;
            continue;
        }
        if (cp == ')' || cp == ']') {
            if (depth > 0) --depth;
            continue;
        }
        if (depth > 0) continue;
        if (cp == U'ё') cp = U'е';
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x202F) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        append_utf8(out, cp);
    }
    while (!out.empty() && (out.back() == ':' || out.back() == '.' || out.back() == '*' || out.back() == ',')) out.pop_back();
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

struct Alias {
    const char* key;
    std::vector<const char*> names;  // normalized: lower case, single spaces
};

// The first name in each language group is the one messages show.
const std::vector<Alias>& column_aliases() {
    static const std::vector<Alias> aliases = {
        {"number", {"№", "№ п/п", "n", "no", "nr", "#", "номер", "р/с", "р/н", "реттік нөмірі"}},
        {"what",
         {"what", "event", "activity", "title",
          "мероприятие", "мероприятия", "наименование мероприятия", "наименование мероприятий", "наименование",
          "содержание работы", "содержание деятельности", "вид деятельности", "виды деятельности", "тема", "название",
          "іс-шара", "іс-шаралар", "іс-шараның атауы", "іс-шаралардың атауы", "атауы", "тақырыбы", "тақырып", "жұмыс мазмұны",
          // A table made in a hurry asks the questions: «Что / Когда / Кто / Где», «Не / Қашан / Кім / Қайда».
          "что", "что проводится", "не", "не өткізіледі"}},
        {"when",
         {"when", "date", "dates", "deadline", "time",
          "сроки", "срок", "сроки проведения", "сроки исполнения", "сроки выполнения", "срок исполнения", "срок проведения", "дата",
          "дата проведения", "время проведения", "период",
          "мерзімі", "мерзім", "өткізу мерзімі", "орындалу мерзімі", "өткізілу мерзімі", "күні", "өткізу уақыты", "уақыты",
          "когда", "қашан"}},
        {"responsible",
         {"responsible", "in charge", "owner",
          "ответственные", "ответственный", "ответственные за исполнение", "ответственный за исполнение", "ответственный исполнитель",
          "исполнитель", "исполнители", "ответственные лица",
          "жауаптылар", "жауапты", "жауапты тұлғалар", "жауапты тұлға", "орындаушы", "орындаушылар",
          "кто", "кто проводит", "кім", "кім өткізеді"}},
        {"participants",
         {"participants", "audience", "target audience",
          "участники", "целевая аудитория", "категория участников",
          "қатысушылар", "мақсатты аудитория", "қатысушылар санаты"}},
        {"place",
         {"place", "venue", "location",
          "место проведения", "место",
          "өтетін орны", "өткізілетін орны", "өткізу орны", "орны",
          "где", "қайда"}},
        {"goal", {"goal", "aim", "purpose", "objective", "цель", "цели", "задачи", "цель и задачи", "мақсаты", "мақсат", "міндеттері"}},
        {"result",
         {"result", "expected result", "outcome", "expected outcome",
          "ожидаемый результат", "результат", "результаты", "планируемый результат", "форма завершения",
          "форма представления результата", "выход",
          "күтілетін нәтиже", "нәтиже", "нәтижесі", "аяқталу нысаны", "нәтиженің берілу нысаны"}},
        {"status",
         {"status", "done?",
          "статус", "отметка о выполнении", "отметка об исполнении", "выполнение", "исполнение",
          "мәртебесі", "орындалуы", "орындалуы туралы белгі", "орындалу белгісі"}},
        {"stage", {"stage", "phase", "этап", "этапы", "этапы работы", "кезең", "кезеңдер", "кезеңі"}},
        {"content", {"content", "contents", "содержание", "содержание этапа", "мазмұны", "мазмұн", "кезең мазмұны"}},
        {"mentoring", {"mentoring", "mentoring pair", "наставничество", "пара наставничества", "тәлімгерлік", "тәлімгерлік жұбы"}},
        // How an event is held (a seminar, a round table, a webinar): a column of most Russian
        // school plans, «Форма проведения».
        {"form",
         {"form", "format", "форма проведения", "формы проведения", "форма", "формы работы", "форма работы", "форма мероприятия",
          "өткізу түрі", "өткізу нысаны", "өткізілу түрі", "жұмыс түрі", "жұмыс нысаны", "түрі", "нысаны"}},
        // The last column of many a school's plan.
        {"note", {"note", "notes", "remark", "comment", "примечание", "примечания", "комментарий", "ескертпе", "ескерту", "түсініктеме"}},
    };
    return aliases;
}

const std::vector<Alias>& status_aliases() {
    static const std::vector<Alias> aliases = {
        {"planned", {"planned", "запланировано", "планируется", "запланирован", "запланирована", "в плане",
                     "жоспарланған", "жоспарланды", "жоспарда"}},
        {"in_progress", {"in progress", "in_progress", "ongoing",
                         "в работе", "выполняется", "в процессе", "проводится", "в процессе выполнения",
                         "орындалуда", "орындалып жатыр", "жүргізілуде", "жүзеге асырылуда"}},
        {"done", {"done", "completed", "complete", "held", "+",
                  "выполнено", "выполнен", "выполнена", "проведено", "проведен", "проведена", "исполнено", "сделано",
                  "орындалды", "өткізілді", "орындалған", "жүзеге асырылды"}},
        {"postponed", {"postponed", "delayed", "отложено", "отложен", "отложена", "перенесено", "перенесен", "перенесена",
                       "кейінге қалдырылды", "шегерілді", "кейінге шегерілді"}},
        {"moved", {"moved", "rescheduled", "перенесено на другую дату", "перенесено на другой срок", "изменен срок",
                   "ауыстырылды", "басқа күнге ауыстырылды"}},
        {"cancelled", {"cancelled", "canceled", "отменено", "отменен", "отменена", "не проводилось", "снято",
                       "тоқтатылды", "алынып тасталды", "өткізілмеді", "күшін жойды"}},
    };
    return aliases;
}

std::string find_key(const std::vector<Alias>& aliases, std::string_view value) {
    std::string n = normalize(value);
    if (n.empty()) return {};
    for (const auto& a : aliases)
        if (std::find(a.names.begin(), a.names.end(), n) != a.names.end()) return a.key;
    return {};
}

// Russian and Kazakh are told apart by Kazakh's own letters.
bool has_kazakh_letter(std::string_view s) {
    std::string lower = to_lower(s);
    for (const char* letter : {"ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і"})
        if (lower.find(letter) != std::string::npos) return true;
    return false;
}

bool is_cyrillic(std::string_view s) { return !s.empty() && static_cast<unsigned char>(s[0]) >= 0xD0; }

// Capitalized as a header is written: "сроки" -> "Сроки".
std::string as_header(std::string_view name) {
    std::string shown(name);
    char32_t first = 0;
    std::size_t n = decode_utf8(shown, 0, first);
    if (n == 0) return shown;
    std::string head;
    append_utf8(head, first);
    return to_upper(head) + shown.substr(n);
}

// The name shown for a key in a language: the first alias written in that language's letters.
std::vector<std::string> names_in(const std::vector<Alias>& aliases, std::string_view lang, bool skip_number) {
    auto is_kazakh = has_kazakh_letter;
    std::vector<std::string> out;
    for (const auto& a : aliases) {
        if (skip_number && std::string_view(a.key) == "number") continue;
        const char* chosen = a.names.front();
        for (const char* name : a.names) {
            std::string_view s(name);
            // Russian and Kazakh names are told apart by Kazakh's own letters; every group has a
            // Kazakh name with one of them.
            bool matches = lang == "kk" ? is_kazakh(s) : lang == "ru" ? is_cyrillic(s) && !is_kazakh(s) : !is_cyrillic(s);
            if (matches) {
                chosen = name;
                break;
            }
        }
        out.push_back(as_header(chosen));
    }
    return out;
}

}  // namespace

std::string plan_column_key(std::string_view header) { return find_key(column_aliases(), header); }

std::string plan_column_misspelt(std::string_view header) {
    const std::string n = normalize(header);
    if (n.empty() || !find_key(column_aliases(), header).empty()) return {};
    // A slip of a letter or two in a long header, one in a short one: «Ответсвенный». A header
    // four letters off a known one is a column of its own («Форма проведения» is not «Время
    // проведения»), and the names of three letters or fewer («кто», «№») are not guessed at.
    const std::size_t limit = std::max<std::size_t>(1, count_code_points(n) / 5);
    std::size_t best = limit + 1;
    std::string near;
    for (const auto& a : column_aliases())
        for (const char* name : a.names) {
            if (count_code_points(name) < 4) continue;
            if (std::size_t d = edit_distance(n, name); d < best) {
                best = d;
                near = name;
            }
        }
    return near.empty() ? near : as_header(near);
}

std::vector<std::string> plan_column_names(std::string_view lang) { return names_in(column_aliases(), lang, true); }

std::string plan_header_language(const std::vector<std::string>& headers) {
    bool cyrillic = false;
    for (const auto& h : headers) {
        const std::string text = trim(h);
        if (has_kazakh_letter(text)) return "kk";
        cyrillic = cyrillic || is_cyrillic(text);
    }
    return cyrillic ? "ru" : "en";
}

std::string plan_status_key(std::string_view value) { return find_key(status_aliases(), value); }

std::vector<std::string> plan_status_names(std::string_view lang) {
    std::vector<std::string> names = names_in(status_aliases(), lang, false);
    for (auto& n : names) n = to_lower(n);
    return names;
}

}  // namespace urker
