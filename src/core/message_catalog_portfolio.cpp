// The catalogue rows of mentoring pairs and teachers' portfolios (ids "portfolio.…"): English,
// Russian, Kazakh. See message_catalog.cpp.
#include "core/message_catalog_parts.h"

#define COLUMN_EN "{column, select, none {} other { (column \"{column}\")}}"
#define COLUMN_RU "{column, select, none {} other { (столбец «{column}»)}}"
#define COLUMN_KK "{column, select, none {} other { («{column}» бағаны)}}"
#define PAIR_EXAMPLE "- '{'mentor: petrova-o, mentee: omarova-a, since: 2026-09-01, until: 2027-05-31, focus: \"…\"'}'"
#define COURSE_EXAMPLE "- '{'title: \"…\", hours: 72, year: 2025, organiser: \"…\"'}'"
#define VOCABULARY_EXAMPLE "categories: '{'педагог-эксперт: '{'ru: \"педагог-эксперт\", kk: \"педагог-сарапшы\"'}}'"
#define TERMS_EN "use one of: {list} (or its title in Russian or Kazakh); site.yaml's \"portfolio:\" can change the list"
#define TERMS_RU "укажите одно из: {list} (или его название на русском или казахском); список можно изменить в site.yaml, раздел «portfolio:»"
#define TERMS_KK "мыналардың бірін жазыңыз: {list} (немесе оның орысша не қазақша атауын); тізімді site.yaml файлының «portfolio:» бөлімінде өзгертуге болады"

namespace urker {

std::vector<CatalogEntry> catalog_portfolio() {
    return {
        {"portfolio.allowed_terms", TERMS_EN, TERMS_RU, TERMS_KK},
        {"portfolio.allowed_terms_near", "did you mean \"{near}\"? " TERMS_EN, "вы имели в виду «{near}»? " TERMS_RU,
         "«{near}» деп жазғыңыз келді ме? " TERMS_KK},
        {"portfolio.course_bad_hours", "\"hours\" of a course must be a number of hours from 1 to 2000",
         "«hours» курса должно быть числом часов от 1 до 2000", "курстың «hours» өрісі 1-ден 2000-ға дейінгі сағат саны болуы керек"},
        {"portfolio.course_bad_year", "\"year\" of a course must be a year such as 2025", "«year» курса должно быть годом, например 2025",
         "курстың «year» өрісі жыл болуы керек, мысалы 2025"},
        {"portfolio.course_example", "e.g.  " COURSE_EXAMPLE, "например  " COURSE_EXAMPLE, "мысалы  " COURSE_EXAMPLE},
        {"portfolio.course_keys", "the fields of a course are: {keys}", "поля курса: {keys}", "курстың өрістері: {keys}"},
        {"portfolio.course_no_title", "a course needs its title", "у курса должно быть название (title)", "курстың атауы (title) болуы керек"},
        {"portfolio.course_not_map", "a course must be its title, or a map of title, hours, year and organiser",
         "курс записывается названием или полями title, hours, year и organiser",
         "курс атауымен немесе title, hours, year және organiser өрістерімен жазылады"},
        {"portfolio.course_organiser_text", "\"organiser\" of a course must be a text", "«organiser» курса должно быть текстом",
         "курстың «organiser» өрісі мәтін болуы керек"},
        {"portfolio.course_unknown_key", "\"{key}\" is not a field of a course", "у курса нет поля «{key}»", "курста «{key}» деген өріс жоқ"},
        {"portfolio.courses_not_list", "\"courses\" must be a list of courses", "«courses» должно быть списком курсов",
         "«courses» курстар тізімі болуы керек"},
        {"portfolio.did_you_mean", "did you mean \"{near}\"?", "вы имели в виду «{near}»?", "«{near}» деп жазғыңыз келді ме?"},
        {"portfolio.member_ids_hint", "a member's id is the name of their file in content/members/ without .md",
         "id участника — имя его файла в content/members/ без .md", "қатысушының id-і — оның content/members/ ішіндегі файлының .md-сіз аты"},
        {"portfolio.member_mentor_field", "a member's page has no \"{key}\": mentoring pairs are declared once, in the mentoring group",
         "на странице участника нет поля «{key}»: пары наставничества указываются один раз, в группе наставников",
         "қатысушы бетінде «{key}» өрісі жоқ: тәлімгерлік жұптары бір рет, тәлімгерлер тобында көрсетіледі"},
        {"portfolio.member_mentor_field_hint", "move it to the \"mentoring:\" list of the group's page (content/groups/…):  {line}",
         "перенесите его в список «mentoring:» на странице группы (content/groups/…):  {line}",
         "оны топ бетіндегі «mentoring:» тізіміне көшіріңіз (content/groups/…):  {line}"},
        {"portfolio.mentoring_bad_date", "\"{key}\" of a mentoring pair must be a date written as YYYY-MM-DD, not \"{value}\"",
         "«{key}» пары наставничества должно быть датой вида ГГГГ-ММ-ДД, а не «{value}»",
         "тәлімгерлік жұбының «{key}» өрісі «{value}» емес, ЖЖЖЖ-АА-КК түріндегі күн болуы керек"},
        {"portfolio.mentoring_date_hint", "e.g.  since: 2026-09-01", "например  since: 2026-09-01", "мысалы  since: 2026-09-01"},
        {"portfolio.mentoring_duplicate", "the pair {pair} is declared twice", "пара {pair} указана дважды", "{pair} жұбы екі рет көрсетілген"},
        {"portfolio.mentoring_duplicate_hint", "declare each pair once (to extend it, change its \"until\")",
         "укажите каждую пару один раз (чтобы продлить её, измените «until»)", "әр жұпты бір рет көрсетіңіз (ұзарту үшін «until» өзгертіңіз)"},
        {"portfolio.mentoring_entry_not_map", "a mentoring pair must be a map of mentor, mentee, since, until and focus",
         "пара наставничества записывается полями mentor, mentee, since, until и focus",
         "тәлімгерлік жұбы mentor, mentee, since, until және focus өрістерімен жазылады"},
        {"portfolio.mentoring_example", "e.g.  " PAIR_EXAMPLE, "например  " PAIR_EXAMPLE, "мысалы  " PAIR_EXAMPLE},
        {"portfolio.mentoring_focus_text", "\"focus\" of a mentoring pair must be a text", "«focus» пары наставничества должно быть текстом",
         "тәлімгерлік жұбының «focus» өрісі мәтін болуы керек"},
        {"portfolio.mentoring_keys", "the fields of a pair are: {keys}", "поля пары: {keys}", "жұптың өрістері: {keys}"},
        {"portfolio.mentoring_missing", "the mentoring pair has no \"{key}\"", "у пары наставничества не указано «{key}»",
         "тәлімгерлік жұбында «{key}» көрсетілмеген"},
        {"portfolio.mentoring_not_list", "\"mentoring\" must be a list of pairs", "«mentoring» должно быть списком пар",
         "«mentoring» жұптар тізімі болуы керек"},
        {"portfolio.mentoring_pairs_hint", "name a pair as mentor/mentee (e.g. petrova-o/omarova-a), or a group's id for all its pairs",
         "укажите пару как наставник/наставляемый (например petrova-o/omarova-a) или id группы — для всех её пар",
         "жұпты тәлімгер/тәлімгерлік алушы түрінде (мысалы petrova-o/omarova-a) немесе барлық жұптары үшін топтың id-і арқылы көрсетіңіз"},
        {"portfolio.mentoring_ref_shape", "\"mentoring\" must be a pair (mentor/mentee), a group's id, or a list of them",
         "«mentoring» должно быть парой (наставник/наставляемый), id группы или их списком",
         "«mentoring» жұп (тәлімгер/тәлімгерлік алушы), топтың id-і немесе олардың тізімі болуы керек"},
        {"portfolio.mentoring_self", "\"{id}\" is both the mentor and the mentee of this pair",
         "«{id}» в этой паре — одновременно наставник и наставляемый", "«{id}» бұл жұпта әрі тәлімгер, әрі тәлімгерлік алушы"},
        {"portfolio.mentoring_self_hint", "a pair is two different members: check the mentee's id",
         "пара — это два разных участника: проверьте id наставляемого", "жұп — екі түрлі қатысушы: тәлімгерлік алушының id-ін тексеріңіз"},
        {"portfolio.mentoring_unknown_key", "\"{key}\" is not a field of a mentoring pair", "у пары наставничества нет поля «{key}»",
         "тәлімгерлік жұбында «{key}» деген өріс жоқ"},
        {"portfolio.mentoring_unknown_member", "the {role, select, mentor {mentor} other {mentee}} \"{id}\" is not a member",
         "{role, select, mentor {наставника} other {наставляемого}} «{id}» нет среди участников",
         "{role, select, mentor {тәлімгер} other {тәлімгерлік алушы}} «{id}» қатысушылар арасында жоқ"},
        {"portfolio.mentoring_unknown_pair", "no mentoring pair or group of pairs is called \"{ref}\"",
         "пары наставничества или группы пар «{ref}» нет", "«{ref}» деген тәлімгерлік жұбы немесе жұптар тобы жоқ"},
        {"portfolio.mentoring_until_before_since", "the pair ends ({until}) before it begins ({since})",
         "пара заканчивается ({until}) раньше, чем начинается ({since})", "жұп басталмай ({since}) тұрып аяқталады ({until})"},
        {"portfolio.mentoring_until_hint", "check the years: \"since\" is the pair's first day, \"until\" its last",
         "проверьте годы: «since» — первый день пары, «until» — последний", "жылдарды тексеріңіз: «since» — жұптың алғашқы күні, «until» — соңғы күні"},
        {"portfolio.no_pairs_declared", "no group declares mentoring pairs yet: add a \"mentoring:\" list to the mentoring group's page",
         "ни одна группа пока не указала пары наставничества: добавьте список «mentoring:» на страницу группы наставников",
         "әзірге ешбір топ тәлімгерлік жұптарын көрсетпеген: тәлімгерлер тобының бетіне «mentoring:» тізімін қосыңыз"},
        {"portfolio.plan_unknown_pair", "no mentoring pair or group of pairs is called \"{ref}\"" COLUMN_EN,
         "пары наставничества или группы пар «{ref}» нет" COLUMN_RU, "«{ref}» деген тәлімгерлік жұбы немесе жұптар тобы жоқ" COLUMN_KK},
        {"portfolio.settings_keys", "the settings are: categories, levels", "настройки: categories, levels", "баптаулар: categories, levels"},
        {"portfolio.settings_not_map", "\"portfolio\" must be a map with \"categories\" and \"levels\"",
         "«portfolio» должно содержать «categories» и «levels»", "«portfolio» ішінде «categories» және «levels» болуы керек"},
        {"portfolio.settings_unknown_key", "\"{key}\" is not a setting of \"portfolio\"", "у «portfolio» нет настройки «{key}»",
         "«portfolio» бөлімінде «{key}» деген баптау жоқ"},
        {"portfolio.unknown_term",
         "\"{value}\" is not a {key, select, category {qualification category} other {course level}} of this site",
         "«{value}» нет в списке {key, select, category {квалификационных категорий} other {уровней курсов}} сайта",
         "«{value}» сайттың {key, select, category {біліктілік санаттарының} other {курс деңгейлерінің}} тізімінде жоқ"},
        {"portfolio.vocabulary_example", "e.g.  " VOCABULARY_EXAMPLE, "например  " VOCABULARY_EXAMPLE, "мысалы  " VOCABULARY_EXAMPLE},
        {"portfolio.vocabulary_not_map", "\"{key}\" must be a map of values and their titles", "«{key}» должно быть списком значений с их названиями",
         "«{key}» мәндер мен олардың атауларының тізімі болуы керек"},
        {"portfolio.vocabulary_title", "the title of \"{key}\" must be a text, or a text per language",
         "название «{key}» должно быть текстом или текстом для каждого языка", "«{key}» атауы мәтін немесе әр тілге арналған мәтін болуы керек"},
    };
}

}  // namespace urker
