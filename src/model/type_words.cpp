#include "model/type_words.h"

#include <vector>

#include "core/text.h"
#include "model/name_match.h"

namespace urker {

namespace {

struct TypeWords {
    const char* key;   // the field
    const char* code;
    // The first of each language is the default theme's label (themes/default/i18n; the unit
    // test holds them to it), the others what schools also write.
    std::vector<const char*> ru, kk, en;
};

const std::vector<TypeWords>& type_words() {
    static const std::vector<TypeWords> words = {
        {"material_type", "lesson-plan",
         {"Поурочный план", "план урока", "конспект урока", "конспект", "поурочное планирование", "краткосрочный план", "КСП",
          "разработка урока"},
         {"Сабақ жоспары", "сабақтың жоспары", "сабақ конспектісі", "қысқа мерзімді жоспар", "ҚМЖ"},
         {"Lesson plan"}},
        {"material_type", "presentation", {"Презентация"}, {"Презентация", "тұсаукесер"}, {"Presentation", "slides"}},
        {"material_type", "test", {"Тест", "тесты", "тестирование"}, {"Тест", "тестілеу"}, {"Test", "quiz"}},
        {"material_type", "methodical", {"Методическая разработка", "методичка", "методические рекомендации"},
         {"Әдістемелік әзірлеме", "әдістемелік ұсыныстар"}, {"Methodical guide"}},
        {"material_type", "worksheet", {"Рабочий лист", "раздаточный материал"}, {"Жұмыс парағы", "үлестірме материал"}, {"Worksheet"}},
        {"material_type", "extracurricular", {"Внеклассное мероприятие", "внеурочное мероприятие", "классный час"},
         {"Сыныптан тыс іс-шара", "сынып сағаты"}, {"Extracurricular activity"}},
        {"material_type", "normative", {"Нормативный документ"}, {"Нормативтік құжат"}, {"Regulatory document", "normative document", "regulation"}},
        {"material_type", "digital-resource", {"Цифровой ресурс", "электронный ресурс", "ЦОР"}, {"Цифрлық ресурс", "электрондық ресурс"},
         {"Digital resource"}},
        {"material_type", "external-link", {"Внешний ресурс", "внешняя ссылка", "ссылка"}, {"Сыртқы ресурс", "сыртқы сілтеме", "сілтеме"},
         {"External resource", "link"}},
        {"material_type", "video", {"Видеоурок", "видео"}, {"Бейнесабақ", "бейне", "видео"}, {"Video lesson", "video"}},

        {"event_type", "seminar", {"Семинар", "семинар-практикум"}, {"Семинар", "семинар-практикум"}, {"Seminar"}},
        {"event_type", "webinar", {"Вебинар"}, {"Вебинар"}, {"Webinar"}},
        {"event_type", "coaching", {"Коучинг-сессия", "коучинг"}, {"Коучинг-сессия", "коучинг"}, {"Coaching session", "coaching"}},
        {"event_type", "mentoring", {"Менторинг", "наставничество"}, {"Тәлімгерлік", "менторинг"}, {"Mentoring"}},
        {"event_type", "open-lesson", {"Открытый урок"}, {"Ашық сабақ"}, {"Open lesson"}},
        {"event_type", "conference", {"Конференция"}, {"Конференция"}, {"Conference"}},
        {"event_type", "master-class", {"Мастер-класс"}, {"Шеберлік сыныбы", "мастер-класс"}, {"Master class"}},
        {"event_type", "meeting", {"Заседание", "совещание", "встреча"}, {"Отырыс", "кездесу", "жиналыс"}, {"Meeting"}},
        {"event_type", "round-table", {"Круглый стол"}, {"Дөңгелек үстел"}, {"Round table"}},
        {"event_type", "competition", {"Конкурс"}, {"Байқау", "конкурс"}, {"Competition", "contest"}},

        {"group_type", "steering", {"Координационный совет"}, {"Үйлестіру кеңесі"}, {"Steering council"}},
        {"group_type", "coordinating", {"Координационная группа"}, {"Үйлестіру тобы"}, {"Coordinating group"}},
        {"group_type", "research", {"Исследовательская группа"}, {"Зерттеу тобы"}, {"Research group"}},
        {"group_type", "mentoring", {"Группа наставников"}, {"Тәлімгерлер тобы"}, {"Mentoring group"}},
        {"group_type", "methodical-association", {"Методическое объединение", "МО"}, {"Әдістемелік бірлестік"}, {"Methodical association"}},
        {"group_type", "working", {"Рабочая группа"}, {"Жұмыс тобы"}, {"Working group"}},
    };
    return words;
}

std::string folded(std::string_view text) {
    std::string out;
    for (const auto& word : name_words(text)) out += (out.empty() ? "" : " ") + word;
    return out;
}

}  // namespace

std::string type_code_for(std::string_view key, std::string_view written) {
    const std::string wanted = folded(written);
    if (wanted.empty()) return {};
    // Every word of the field, folded, with its code; the code itself too («Lesson plan»).
    std::vector<std::string> spellings, codes;
    for (const TypeWords& t : type_words()) {
        if (key != t.key) continue;
        spellings.push_back(folded(t.code));
        codes.push_back(t.code);
        for (const auto* list : {&t.ru, &t.kk, &t.en})
            for (const char* word : *list) {
                spellings.push_back(folded(word));
                codes.push_back(t.code);
            }
    }
    for (std::size_t k = 0; k < spellings.size(); ++k)
        if (spellings[k] == wanted) return codes[k];
    // A typo («презентацыя»); a short word must be exact, or «тест» would be «текст».
    if (count_code_points(wanted) < 6) return {};
    const std::string near = closest_match(wanted, spellings);
    for (std::size_t k = 0; k < spellings.size(); ++k)
        if (!near.empty() && spellings[k] == near) return codes[k];
    return {};
}

std::string type_label(std::string_view key, std::string_view code, std::string_view lang) {
    for (const TypeWords& t : type_words())
        if (key == t.key && code == t.code) return lang == "ru" ? t.ru.front() : lang == "kk" ? t.kk.front() : t.en.front();
    return {};
}

}  // namespace urker
