// The catalogue rows of template/ (ids "template.…"): English, Russian, Kazakh. See message_catalog.cpp.
//
// Template syntax inside a message is quoted for ICU ('{% endif %}' reads {% endif %}): a single
// quote starts literal text only before "{" or "}", so "theme's" needs no escaping.
// Messages that describe a value or a token take two arguments each (template/value.h with_value,
// template/parser.cpp with_found); the fragments below spell them out in each language. Russian
// and Kazakh put the description after a colon ("…: это список", "…: бұл — тізім"), so it stays in
// the nominative whatever the sentence around it.
#include "core/message_catalog_parts.h"

// A value: <v>_kind is none, true, false, text, quoted, number, list, dict, undefined, macro,
// module, loop or unset; <v> is the text, number or name shown with it.
#define VALUE_EN(v)                                                                                                      \
    "{" v "_kind, select, none {none} true {true} false {false} text {text \"{" v "}\"} quoted {\"{" v "}\"} "           \
    "number {the number {" v "}} list {a list} dict {a dictionary} undefined {an undefined value} "                     \
    "macro {the macro \"{" v "}\"} module {the imported template \"{" v "}\"} loop {the loop variable} "                \
    "unset {not a variable set in this template} other {{" v "}}}"
#define VALUE_RU(v)                                                                                                      \
    "{" v "_kind, select, none {none} true {true} false {false} text {текст «{" v "}»} quoted {«{" v "}»} "              \
    "number {число {" v "}} list {список} dict {словарь} undefined {неопределённое значение} "                         \
    "macro {макрос «{" v "}»} module {импортированный шаблон «{" v "}»} loop {переменная loop} "                        \
    "unset {не переменная этого шаблона} other {{" v "}}}"
#define VALUE_KK(v)                                                                                                      \
    "{" v "_kind, select, none {none} true {true} false {false} text {«{" v "}» мәтіні} quoted {«{" v "}»} "            \
    "number {{" v "} саны} list {тізім} dict {сөздік} undefined {анықталмаған мән} "                                  \
    "macro {«{" v "}» макросы} module {импортталған «{" v "}» шаблоны} loop {loop айнымалысы} "                        \
    "unset {бұл шаблонда берілген айнымалы емес} other {{" v "}}}"

// What the parser found instead of what it expected: found_kind is text, end or token.
#define FOUND_EN "{found_kind, select, text {text} end {the end of the template} other {{found}}}"
#define FOUND_RU "{found_kind, select, text {обычный текст} end {конец шаблона} other {{found}}}"
#define FOUND_KK "{found_kind, select, text {мәтін} end {шаблонның соңы} other {{found}}}"

// What a filter expected of its input or argument (template/filters.h bad_input).
#define EXPECTED_EN                                                                                                      \
    "{expected, select, number {a number} whole_number {a whole number} boolean {true or false} text {text} "           \
    "format_text {text with %s placeholders} list {a list} test_name {the name of a test} "                            \
    "text_list_or_dict {text, a list or a dictionary} list_or_text {a list or text} dict {a dictionary} "              \
    "boolean_or_text {true/false or text} size_in_bytes {a size in bytes} other {{expected}}}"
#define EXPECTED_RU                                                                                                      \
    "{expected, select, number {число} whole_number {целое число} boolean {true или false} text {текст} "               \
    "format_text {текст с подстановками %s} list {список} test_name {имя теста} "                                      \
    "text_list_or_dict {текст, список или словарь} list_or_text {список или текст} dict {словарь} "                    \
    "boolean_or_text {true/false или текст} size_in_bytes {размер в байтах} other {{expected}}}"
#define EXPECTED_KK                                                                                                      \
    "{expected, select, number {сан} whole_number {бүтін сан} boolean {true немесе false} text {мәтін} "                \
    "format_text {%s орындары бар мәтін} list {тізім} test_name {тест атауы} "                                         \
    "text_list_or_dict {мәтін, тізім немесе сөздік} list_or_text {тізім немесе мәтін} dict {сөздік} "                  \
    "boolean_or_text {true/false немесе мәтін} size_in_bytes {байтпен берілген өлшем} other {{expected}}}"

// Where expect_op wanted its operator (template/parser.cpp).
#define OP_CONTEXT_EN                                                                                                    \
    "{context, select, after_macro_name {after the macro name} end_macro_parameters {to end the macro's parameters} "   \
    "arguments {to start the arguments} end_arguments {to end the arguments} close_parenthesis {to close \"(\"} "      \
    "close_list {to close the list} after_key {after the key} close_dictionary {to close the dictionary} "             \
    "after_variable_name {after the variable name} close_bracket {to close \"[\"} other {}}"
#define OP_CONTEXT_RU                                                                                                    \
    "{context, select, after_macro_name {после имени макроса} end_macro_parameters {в конце параметров макроса} "       \
    "arguments {перед аргументами} end_arguments {в конце аргументов} close_parenthesis {чтобы закрыть \"(\"} "        \
    "close_list {в конце списка} after_key {после ключа} close_dictionary {в конце словаря} "                          \
    "after_variable_name {после имени переменной} close_bracket {чтобы закрыть \"[\"} other {}}"
#define OP_CONTEXT_KK                                                                                                    \
    "{context, select, after_macro_name {макрос атауынан кейін} end_macro_parameters {макрос параметрлерінің соңында} " \
    "arguments {аргументтердің алдында} end_arguments {аргументтердің соңында} close_parenthesis {\"(\" жақшасын жабу үшін} " \
    "close_list {тізімнің соңында} after_key {кілттен кейін} close_dictionary {сөздіктің соңында} "                   \
    "after_variable_name {айнымалы атауынан кейін} close_bracket {\"[\" жақшасын жабу үшін} other {}}"

// "expected <what>, found <token>" in each language.
#define EXPECTED_FOUND(en, ru, kk) \
    "expected " en ", found " FOUND_EN, ru ", а найдено: " FOUND_RU, kk " күтілген еді, бірақ мынау кездесті: " FOUND_KK

namespace urker {

std::vector<CatalogEntry> catalog_template() {
    return {
        {"template.chain_too_long", "more than {limit} filters and tests follow each other here",
         "здесь подряд идут больше {limit} фильтров и проверок",
         "мұнда {limit}-ден артық сүзгі мен тексеру қатар тұр"},
        {"template.nested_too_deep", "the template is nested more than {limit} levels deep here",
         "здесь шаблон вложен глубже {limit} уровней",
         "мұнда үлгі {limit} деңгейден тереңірек кірістірілген"},
        {"template.nested_too_deep_hint", "split it: move the inner part into a macro or an included template",
         "разделите его: вынесите внутреннюю часть в макрос или подключаемый шаблон",
         "оны бөліңіз: ішкі бөлігін макросқа немесе қосылатын үлгіге шығарыңыз"},
        // ---- lexer ------------------------------------------------------------------------------
        {"template.comment_never_closed", "\"'{#'\" comment is never closed", "комментарий \"'{#'\" нигде не закрыт",
         "\"'{#'\" түсініктемесі жабылмаған"},
        {"template.comment_never_closed_hint", "add \"#'}'\" where the comment ends",
         "добавьте \"#'}'\" там, где комментарий заканчивается", "түсініктеме аяқталатын жерге \"#'}'\" қосыңыз"},
        {"template.raw_never_closed", "\"'{% raw %}'\" is never closed", "\"'{% raw %}'\" нигде не закрыт",
         "\"'{% raw %}'\" тегі жабылмаған"},
        {"template.raw_never_closed_hint", "add '{% endraw %}' after the raw text",
         "добавьте '{% endraw %}' после текста, который нужно вывести как есть",
         "өзгертусіз шығатын мәтіннен кейін '{% endraw %}' қосыңыз"},
        {"template.tag_never_closed", "\"'{%'\" is never closed", "тег \"'{%'\" нигде не закрыт", "\"'{%'\" тегі жабылмаған"},
        {"template.tag_never_closed_hint", "add \"%'}'\" where the tag ends", "добавьте \"%'}'\" там, где тег заканчивается",
         "тег аяқталатын жерге \"%'}'\" қосыңыз"},
        {"template.expression_never_closed", "\"'{{'\" is never closed", "выражение \"'{{'\" нигде не закрыто",
         "\"'{{'\" өрнегі жабылмаған"},
        {"template.expression_never_closed_hint", "add \"'}}'\" where the expression ends",
         "добавьте \"'}}'\" там, где выражение заканчивается", "өрнек аяқталатын жерге \"'}}'\" қосыңыз"},
        {"template.tag_closed_as_expression", "the tag opened with \"'{%'\" is closed with \"'}}'\"",
         "тег открыт через \"'{%'\", а закрыт через \"'}}'\"", "\"'{%'\" арқылы ашылған тег \"'}}'\" арқылы жабылған"},
        {"template.tag_closed_as_expression_hint", "close tags with \"%'}'\", e.g. '{% if x %}'",
         "закрывайте теги через \"%'}'\", например '{% if x %}'", "тегтерді \"%'}'\" арқылы жабыңыз, мысалы '{% if x %}'"},
        {"template.expression_closed_as_tag", "the expression opened with \"'{{'\" is closed with \"%'}'\"",
         "выражение открыто через \"'{{'\", а закрыто через \"%'}'\"", "\"'{{'\" арқылы ашылған өрнек \"%'}'\" арқылы жабылған"},
        {"template.expression_closed_as_tag_hint", "close expressions with \"'}}'\", e.g. '{{ title }}'",
         "закрывайте выражения через \"'}}'\", например '{{ title }}'",
         "өрнектерді \"'}}'\" арқылы жабыңыз, мысалы '{{ title }}'"},
        {"template.unexpected_brace", "unexpected \"'}'\"", "лишняя скобка \"'}'\"", "артық \"'}'\" жақшасы"},
        {"template.unexpected_brace_in_tag_hint", "close the tag with \"%'}'\"", "закройте тег через \"%'}'\"",
         "тегті \"%'}'\" арқылы жабыңыз"},
        {"template.unexpected_brace_in_expression_hint", "close the expression with \"'}}'\"",
         "закройте выражение через \"'}}'\"", "өрнекті \"'}}'\" арқылы жабыңыз"},
        {"template.double_bar_operator", "\"||\" is not an operator in templates", "в шаблонах нет оператора \"||\"",
         "шаблондарда \"||\" операторы жоқ"},
        {"template.double_bar_operator_hint", "write \"or\" instead", "пишите вместо него \"or\"",
         "оның орнына \"or\" деп жазыңыз"},
        {"template.double_ampersand_operator", "\"&&\" is not an operator in templates", "в шаблонах нет оператора \"&&\"",
         "шаблондарда \"&&\" операторы жоқ"},
        {"template.double_ampersand_operator_hint", "write \"and\" instead", "пишите вместо него \"and\"",
         "оның орнына \"and\" деп жазыңыз"},
        {"template.unexpected_character", "unexpected character \"{character}\" in a template expression",
         "неожиданный символ \"{character}\" в выражении шаблона", "шаблон өрнегінде күтпеген \"{character}\" таңбасы"},
        {"template.exclamation_hint", "write \"not x\" to negate, or \"!=\" for \"not equal\"",
         "для отрицания пишите \"not x\", а для «не равно» — \"!=\"",
         "терістеу үшін \"not x\", ал «тең емес» үшін \"!=\" деп жазыңыз"},
        {"template.ampersand_hint", "write \"and\" to combine conditions", "чтобы объединить условия, пишите \"and\"",
         "шарттарды біріктіру үшін \"and\" деп жазыңыз"},
        {"template.string_never_closed", "this text in quotes is never closed", "текст в кавычках не закрыт",
         "тырнақшадағы мәтін жабылмаған"},
        {"template.string_never_closed_hint", "add the closing quote ({quote})", "добавьте закрывающую кавычку ({quote})",
         "жабатын тырнақшаны қосыңыз ({quote})"},

        // ---- parser: what was expected ------------------------------------------------------
        {"template.expected_op",
         "expected \"{op}\" " OP_CONTEXT_EN ", found " FOUND_EN,
         "ожидалось \"{op}\" " OP_CONTEXT_RU ", а найдено: " FOUND_RU,
         OP_CONTEXT_KK " \"{op}\" күтілген еді, бірақ мынау кездесті: " FOUND_KK},
        {"template.expected_loop_variable",
         EXPECTED_FOUND("a loop variable name after \"for\"", "после \"for\" ожидалось имя переменной цикла",
                        "\"for\" сөзінен кейін цикл айнымалысының атауы")},
        {"template.expected_another_loop_variable",
         EXPECTED_FOUND("another loop variable name after \",\"", "после \",\" ожидалось имя ещё одной переменной цикла",
                        "\",\" белгісінен кейін тағы бір цикл айнымалысының атауы")},
        {"template.expected_in",
         EXPECTED_FOUND("\"in\" after the loop variable", "после переменной цикла ожидалось \"in\"",
                        "цикл айнымалысынан кейін \"in\"")},
        {"template.expected_set_variable",
         EXPECTED_FOUND("a variable name after \"set\"", "после \"set\" ожидалось имя переменной",
                        "\"set\" сөзінен кейін айнымалы атауы")},
        {"template.expected_attribute",
         EXPECTED_FOUND("an attribute name after \".\"", "после \".\" ожидалось имя атрибута",
                        "\".\" белгісінен кейін атрибут атауы")},
        {"template.expected_block_name",
         EXPECTED_FOUND("a block name after \"block\"", "после \"block\" ожидалось имя блока",
                        "\"block\" сөзінен кейін блок атауы")},
        {"template.expected_macro_name",
         EXPECTED_FOUND("a macro name after \"macro\"", "после \"macro\" ожидалось имя макроса",
                        "\"macro\" сөзінен кейін макрос атауы")},
        {"template.expected_parameter_name",
         EXPECTED_FOUND("a parameter name", "ожидалось имя параметра", "параметр атауы")},
        {"template.expected_name_after_as",
         EXPECTED_FOUND("a name after \"as\"", "после \"as\" ожидалось имя", "\"as\" сөзінен кейін атау")},
        {"template.expected_macro_to_import",
         EXPECTED_FOUND("a macro name to import", "ожидалось имя импортируемого макроса", "импортталатын макрос атауы")},
        {"template.expected_variable_name",
         EXPECTED_FOUND("a variable name", "ожидалось имя переменной", "айнымалы атауы")},
        {"template.expected_missing",
         EXPECTED_FOUND("\"missing\" after \"ignore\"", "после \"ignore\" ожидалось \"missing\"",
                        "\"ignore\" сөзінен кейін \"missing\"")},
        {"template.expected_context", EXPECTED_FOUND("\"context\"", "ожидалось \"context\"", "\"context\"")},
        {"template.expected_as",
         EXPECTED_FOUND("\"as\" after the template name", "после имени шаблона ожидалось \"as\"",
                        "шаблон атауынан кейін \"as\"")},
        {"template.expected_import",
         EXPECTED_FOUND("\"import\" after the template name", "после имени шаблона ожидалось \"import\"",
                        "шаблон атауынан кейін \"import\"")},
        {"template.expected_tag_end",
         EXPECTED_FOUND("\"%'}'\" to end the \"'{%' {tag} %'}'\" tag",
                        "ожидалось \"%'}'\", чтобы закончить тег \"'{%' {tag} %'}'\"",
                        "\"'{%' {tag} %'}'\" тегін аяқтау үшін \"%'}'\"")},
        {"template.expected_expression_end",
         EXPECTED_FOUND("\"'}}'\" to end the expression", "ожидалось \"'}}'\" в конце выражения",
                        "өрнектің соңында \"'}}'\"")},
        {"template.expected_tag_name",
         EXPECTED_FOUND("a tag name after \"'{%'\"", "после \"'{%'\" ожидалось имя тега",
                        "\"'{%'\" белгісінен кейін тег атауы")},
        {"template.expected_filter_name",
         EXPECTED_FOUND("a filter name after \"|\"", "после \"|\" ожидалось имя фильтра",
                        "\"|\" белгісінен кейін сүзгі атауы")},
        {"template.expected_test_name",
         EXPECTED_FOUND("a test name after \"is\"", "после \"is\" ожидалось имя теста",
                        "\"is\" сөзінен кейін тест атауы")},
        {"template.expected_value", EXPECTED_FOUND("a value", "ожидалось значение", "мән")},
        {"template.expected_dict_key",
         EXPECTED_FOUND("a key (a name or text in quotes)", "ожидался ключ (имя или текст в кавычках)",
                        "кілт (атау немесе тырнақшадағы мәтін)")},
        {"template.unexpected_token", "unexpected " FOUND_EN, "неожиданно встретилось: " FOUND_RU,
         "күтпеген жерде мынау кездесті: " FOUND_KK},

        // ---- parser: how to write it --------------------------------------------------------
        {"template.for_syntax_hint", "write it as '{% for item in list %}' or '{% for key, value in dict %}'",
         "пишите так: '{% for item in list %}' или '{% for key, value in dict %}'",
         "былай жазыңыз: '{% for item in list %}' немесе '{% for key, value in dict %}'"},
        {"template.set_syntax_hint", "write '{% set name = value %}', or '{% set name %}…{% endset %}' to capture text",
         "пишите '{% set name = value %}', а чтобы сохранить кусок текста — '{% set name %}…{% endset %}'",
         "'{% set name = value %}' деп жазыңыз, ал мәтін бөлігін сақтау үшін — '{% set name %}…{% endset %}'"},
        {"template.block_syntax_hint", "write '{% block content %}'", "пишите так: '{% block content %}'",
         "былай жазыңыз: '{% block content %}'"},
        {"template.macro_syntax_hint", "write '{% macro card(title, url=\"#\") %}'",
         "пишите так: '{% macro card(title, url=\"#\") %}'", "былай жазыңыз: '{% macro card(title, url=\"#\") %}'"},
        {"template.import_syntax_hint", "write '{% import \"macros.html\" as m %}'",
         "пишите так: '{% import \"macros.html\" as m %}'", "былай жазыңыз: '{% import \"macros.html\" as m %}'"},
        {"template.from_syntax_hint", "write '{% from \"macros.html\" import card, button as btn %}'",
         "пишите так: '{% from \"macros.html\" import card, button as btn %}'",
         "былай жазыңыз: '{% from \"macros.html\" import card, button as btn %}'"},
        {"template.cache_needs_key", "\"cache\" needs at least one key: what the kept fragment depends on",
         "после \"cache\" нужен хотя бы один ключ: то, от чего зависит сохраняемый фрагмент",
         "\"cache\" сөзінен кейін кемінде бір кілт керек: сақталатын үзінді неге байланысты екені"},
        {"template.cache_key_not_value", "a key of \"cache\" must be a value (text, a number, a list…); this one is " VALUE_EN("value"),
         "ключ \"cache\" должен быть значением (текстом, числом, списком…); это " VALUE_RU("value"),
         "\"cache\" кілті мән болуы керек (мәтін, сан, тізім…); бұл — " VALUE_KK("value")},
        {"template.cache_syntax_hint",
         "write '{% cache p.url, lang %}…{% endcache %}' with every value the fragment depends on",
         "пишите так: '{% cache p.url, lang %}…{% endcache %}' — со всеми значениями, от которых зависит фрагмент",
         "былай жазыңыз: '{% cache p.url, lang %}…{% endcache %}' — үзінді тәуелді барлық мәндермен"},
        {"template.with_syntax_hint", "write '{% with title = page.title %}'", "пишите так: '{% with title = page.title %}'",
         "былай жазыңыз: '{% with title = page.title %}'"},
        {"template.dict_syntax_hint", "write '{title: \"x\", \"url\": \"/\"}'", "пишите так: '{title: \"x\", \"url\": \"/\"}'",
         "былай жазыңыз: '{title: \"x\", \"url\": \"/\"}'"},
        {"template.empty_expression", "\"'{{ }}'\" is empty", "выражение \"'{{ }}'\" пустое", "\"'{{ }}'\" өрнегі бос"},
        {"template.empty_expression_hint", "write a variable or expression inside, e.g. '{{ title }}'",
         "напишите внутри переменную или выражение, например '{{ title }}'",
         "ішіне айнымалы не өрнек жазыңыз, мысалы '{{ title }}'"},
        {"template.expected_expression_end_hint", "an expression ends with \"'}}'\"; join text with ~ and add filters with |",
         "выражение заканчивается на \"'}}'\"; текст соединяйте через ~, а фильтры добавляйте через |",
         "өрнек \"'}}'\" белгісімен аяқталады; мәтінді ~ арқылы біріктіріп, сүзгілерді | арқылы қосыңыз"},
        {"template.expected_tag_name_hint", "write a tag such as '{% if … %}' or '{% for … in … %}'",
         "напишите тег, например '{% if … %}' или '{% for … in … %}'",
         "тег жазыңыз, мысалы '{% if … %}' немесе '{% for … in … %}'"},
        {"template.expected_filter_name_hint", "write a filter name, e.g. '{{ title | upper }}'",
         "напишите имя фильтра, например '{{ title | upper }}'", "сүзгі атауын жазыңыз, мысалы '{{ title | upper }}'"},
        {"template.expected_test_name_hint", "write a test such as '{% if x is defined %}'",
         "напишите тест, например '{% if x is defined %}'", "тест жазыңыз, мысалы '{% if x is defined %}'"},
        {"template.expression_ends_early_hint", "the expression ends too early", "выражение обрывается слишком рано",
         "өрнек тым ерте аяқталып қалды"},

        // ---- parser: tags in the wrong place ------------------------------------------------
        {"template.branch_after_else", "\"'{%' {tag} %'}'\" cannot come after \"'{% else %}'\" in the same \"'{% if %}'\"",
         "\"'{%' {tag} %'}'\" не может идти после \"'{% else %}'\" в том же \"'{% if %}'\"",
         "бір \"'{% if %}'\" ішінде \"'{%' {tag} %'}'\" тегі \"'{% else %}'\" тегінен кейін тұра алмайды"},
        {"template.branch_after_else_hint", "keep '{% else %}' as the last branch, just before '{% endif %}'",
         "'{% else %}' должен быть последней веткой, прямо перед '{% endif %}'",
         "'{% else %}' соңғы тармақ болуы керек, дәл '{% endif %}' алдында"},
        {"template.for_second_else", "\"'{% for %}'\" can have only one \"'{% else %}'\"",
         "у \"'{% for %}'\" может быть только один \"'{% else %}'\"", "\"'{% for %}'\" ішінде тек бір \"'{% else %}'\" болады"},
        {"template.for_second_else_hint", "remove the second '{% else %}'", "уберите второй '{% else %}'",
         "екінші '{% else %}' тегін алып тастаңыз"},
        {"template.branch_outside_if",
         "\"'{%' {tag} %'}'\" can only be used inside \"'{% if %}'\"{tag, select, else { or \"'{% for %}'\"} other {}}",
         "\"'{%' {tag} %'}'\" можно использовать только внутри \"'{% if %}'\"{tag, select, else { или \"'{% for %}'\"} other {}}",
         "\"'{%' {tag} %'}'\" тегін тек \"'{% if %}'\"{tag, select, else { немесе \"'{% for %}'\"} other {}} ішінде қолдануға болады"},
        {"template.branch_outside_if_hint", "remove it, or add the '{% if … %}' it belongs to before it",
         "уберите его или добавьте перед ним '{% if … %}', к которому он относится",
         "оны алып тастаңыз немесе алдына ол тиесілі '{% if … %}' тегін қосыңыз"},
        {"template.end_tag_mismatch", "\"'{%' {tag} %'}'\" does not match the open \"'{%' {open} %'}'\" from line {line}",
         "\"'{%' {tag} %'}'\" не подходит к открытому \"'{%' {open} %'}'\" из строки {line}",
         "\"'{%' {tag} %'}'\" тегі {line}-жолдағы ашық \"'{%' {open} %'}'\" тегіне сәйкес келмейді"},
        {"template.end_tag_mismatch_hint",
         "close the \"'{%' {open} %'}'\" first with '{% end'{open} %'}', or remove this \"'{%' {tag} %'}'\"",
         "сначала закройте \"'{%' {open} %'}'\" тегом '{% end'{open} %'}' или уберите этот \"'{%' {tag} %'}'\"",
         "алдымен \"'{%' {open} %'}'\" тегін '{% end'{open} %'}' арқылы жабыңыз немесе осы \"'{%' {tag} %'}'\" тегін алып тастаңыз"},
        {"template.end_tag_without_opener", "\"'{%' {tag} %'}'\" has no \"'{%' {opener} %'}'\" to close",
         "для \"'{%' {tag} %'}'\" нет открывающего \"'{%' {opener} %'}'\"",
         "\"'{%' {tag} %'}'\" жабатын \"'{%' {opener} %'}'\" тегі жоқ"},
        {"template.end_tag_without_opener_hint", "remove it, or add the '{%' {opener} … %'}' it should close before it",
         "уберите его или добавьте перед ним '{%' {opener} … %'}', который он должен закрыть",
         "оны алып тастаңыз немесе алдына ол жабуға тиіс '{%' {opener} … %'}' тегін қосыңыз"},
        {"template.unknown_tag", "unknown tag \"{tag}\"", "неизвестный тег «{tag}»", "белгісіз «{tag}» тегі"},
        {"template.unknown_tag_hint",
         "the tags are if, for, set, include, extends, block, macro, import, from, filter, with and raw",
         "теги такие: if, for, set, include, extends, block, macro, import, from, filter, with и raw",
         "тегтер мыналар: if, for, set, include, extends, block, macro, import, from, filter, with және raw"},
        {"template.tag_not_ended", "\"'{%' {tag} %'}'\" is never closed", "\"'{%' {tag} %'}'\" нигде не закрыт",
         "\"'{%' {tag} %'}'\" тегі жабылмаған"},
        {"template.tag_not_ended_hint",
         "{tag, select, for {add '{% endfor %}' after the loop body} if {add '{% endif %}' after the last branch} "
         "block {add '{% endblock %}' after the block's content} macro {add '{% endmacro %}' after the macro's body} "
         "set {add '{% endset %}' after the text to capture} filter {add '{% endfilter %}' after the text to filter} "
         "other {add '{% end'{tag} %'}' where it ends}}",
         "{tag, select, for {добавьте '{% endfor %}' после тела цикла} if {добавьте '{% endif %}' после последней ветки} "
         "block {добавьте '{% endblock %}' после содержимого блока} macro {добавьте '{% endmacro %}' после тела макроса} "
         "set {добавьте '{% endset %}' после текста, который нужно сохранить} "
         "filter {добавьте '{% endfilter %}' после текста, к которому применяется фильтр} "
         "other {добавьте '{% end'{tag} %'}' там, где он заканчивается}}",
         "{tag, select, for {цикл денесінен кейін '{% endfor %}' қосыңыз} if {соңғы тармақтан кейін '{% endif %}' қосыңыз} "
         "block {блок мазмұнынан кейін '{% endblock %}' қосыңыз} macro {макрос денесінен кейін '{% endmacro %}' қосыңыз} "
         "set {сақталатын мәтіннен кейін '{% endset %}' қосыңыз} filter {сүзгіден өтетін мәтіннен кейін '{% endfilter %}' қосыңыз} "
         "other {тег аяқталатын жерге '{% end'{tag} %'}' қосыңыз}}"},
        {"template.recursive_loop", "recursive loops are not supported", "рекурсивные циклы не поддерживаются",
         "рекурсивті циклдарға қолдау жоқ"},
        {"template.recursive_loop_hint", "use a macro that calls itself instead",
         "вместо этого используйте макрос, который вызывает сам себя", "оның орнына өзін-өзі шақыратын макрос қолданыңыз"},
        {"template.extends_not_top_level",
         "\"'{% extends %}'\" must be at the top level of the template, not inside \"'{%' {tag} %'}'\"",
         "\"'{% extends %}'\" должен стоять на верхнем уровне шаблона, а не внутри \"'{%' {tag} %'}'\"",
         "\"'{% extends %}'\" шаблонның ең жоғарғы деңгейінде тұруы керек, \"'{%' {tag} %'}'\" ішінде емес"},
        {"template.extends_not_top_level_hint", "move '{% extends … %}' to the first line of the template",
         "перенесите '{% extends … %}' в первую строку шаблона", "'{% extends … %}' тегін шаблонның бірінші жолына көшіріңіз"},
        {"template.extends_twice", "a template can extend only one other template",
         "шаблон может расширять только один другой шаблон", "шаблон тек бір басқа шаблонды кеңейте алады"},
        {"template.extends_twice_hint", "keep one '{% extends … %}'", "оставьте один '{% extends … %}'",
         "бір ғана '{% extends … %}' қалдырыңыз"},
        {"template.block_defined_twice", "the block \"{name}\" is defined twice in this template",
         "блок «{name}» определён в этом шаблоне дважды", "«{name}» блогы бұл шаблонда екі рет анықталған"},
        {"template.block_defined_twice_hint", "rename one of them; each block name can appear once per template",
         "переименуйте один из них: каждое имя блока может встречаться в шаблоне только один раз",
         "біреуінің атын өзгертіңіз: әр блок атауы шаблонда бір-ақ рет кездесе алады"},
        {"template.endblock_mismatch", "\"'{% endblock' {end} %'}'\" closes the block \"{name}\"",
         "\"'{% endblock' {end} %'}'\" закрывает блок «{name}»", "\"'{% endblock' {end} %'}'\" тегі «{name}» блогын жабады"},
        {"template.endblock_mismatch_hint", "write '{% endblock' {name} %'}' or just '{% endblock %}'",
         "напишите '{% endblock' {name} %'}' или просто '{% endblock %}'",
         "'{% endblock' {name} %'}' немесе жай ғана '{% endblock %}' деп жазыңыз"},
        {"template.parameter_needs_default", "the parameter \"{name}\" needs a default value",
         "параметру «{name}» нужно значение по умолчанию", "«{name}» параметріне әдепкі мән керек"},
        {"template.parameter_needs_default_hint", "parameters with defaults must come after those without",
         "параметры со значениями по умолчанию должны идти после параметров без них",
         "әдепкі мәні бар параметрлер әдепкі мәні жоқтардан кейін тұруы керек"},
        {"template.macro_defined_twice", "the macro \"{name}\" is defined twice in this template",
         "макрос «{name}» определён в этом шаблоне дважды", "«{name}» макросы бұл шаблонда екі рет анықталған"},
        {"template.macro_defined_twice_hint", "rename one of them", "переименуйте один из них", "біреуінің атын өзгертіңіз"},
        {"template.unknown_filter", "unknown filter \"{name}\"", "неизвестный фильтр «{name}»", "белгісіз «{name}» сүзгісі"},
        {"template.unknown_filter_hint", "see the list of filters in the template reference (docs/templates.md)",
         "список фильтров есть в справочнике по шаблонам (docs/templates.md)",
         "сүзгілер тізімі шаблондар анықтамалығында бар (docs/templates.md)"},
        {"template.unknown_test", "unknown test \"{name}\"", "неизвестный тест «{name}»", "белгісіз «{name}» тесті"},
        {"template.unknown_test_hint", "see the list of tests in the template reference (docs/templates.md)",
         "список тестов есть в справочнике по шаблонам (docs/templates.md)",
         "тесттер тізімі шаблондар анықтамалығында бар (docs/templates.md)"},
        {"template.test_named_arguments", "tests take no named arguments", "тесты не принимают именованных аргументов",
         "тесттер атаулы аргументтерді қабылдамайды"},
        {"template.test_argument_count",
         "the test \"{name}\" takes {takes, select, none {no arguments} exactly {{max, plural, one {# argument} other {# arguments}}} "
         "other {at most {max} arguments}}, but {given, plural, one {# was given} other {# were given}}",
         "тест «{name}» {takes, select, none {не принимает аргументов} "
         "exactly {принимает {max, plural, one {# аргумент} few {# аргумента} many {# аргументов} other {# аргумента}}} "
         "other {принимает не больше {max, plural, one {# аргумента} few {# аргументов} many {# аргументов} other {# аргумента}}}}, "
         "а передано {given}",
         "«{name}» тесті {takes, select, none {аргумент қабылдамайды} exactly {{max} аргумент қабылдайды} "
         "other {ең көбі {max} аргумент қабылдайды}}, бірақ {given} берілді"},
        {"template.positional_after_named", "a value without a name comes after named ones",
         "значение без имени идёт после именованных", "атаусыз мән атаулы мәндерден кейін тұр"},
        {"template.positional_after_named_hint", "put values without names first: f(1, 2, name=3)",
         "сначала пишите значения без имён: f(1, 2, name=3)", "алдымен атаусыз мәндерді жазыңыз: f(1, 2, name=3)"},
        {"template.slice_step", "slice steps (a[::2]) are not supported", "шаг среза (a[::2]) не поддерживается",
         "кесінді қадамына (a[::2]) қолдау жоқ"},

        // ---- templates that refer to each other ---------------------------------------------
        {"template.missing_template",
         "{what, select, extended {the extended template} included {the included template} imported {the imported template} "
         "other {the template}} \"{name}\" does not exist",
         "{what, select, extended {расширяемого шаблона} included {подключаемого шаблона} imported {импортируемого шаблона} "
         "other {шаблона}} «{name}» нет",
         "«{name}» деген {what, select, extended {кеңейтілетін шаблон} included {қосылатын шаблон} "
         "imported {импортталатын шаблон} other {шаблон}} жоқ"},
        {"template.template_name_hint", "check the name; it is the path inside the theme's templates folder",
         "проверьте имя: это путь внутри папки templates темы", "атауын тексеріңіз: бұл templates қалтасының ішіндегі жол"},
        {"template.template_names_hint", "check the names; they are paths inside the theme's templates folder",
         "проверьте имена: это пути внутри папки templates темы",
         "атауларын тексеріңіз: бұлар templates қалтасының ішіндегі жолдар"},
        {"template.none_of_templates_exists", "none of the templates {names} exists", "ни одного из шаблонов {names} нет",
         "{names} шаблондарының ешқайсысы жоқ"},
        {"template.imported_template_missing", "the template \"{name}\" imported as \"{alias}\" does not exist",
         "шаблона «{name}», импортированного как «{alias}», нет", "«{alias}» ретінде импортталған «{name}» шаблоны жоқ"},
        {"template.extends_circle", "templates extend each other in a circle: {path}",
         "шаблоны расширяют друг друга по кругу: {path}", "шаблондар бірін-бірі шеңбер бойымен кеңейтеді: {path}"},
        {"template.extends_circle_hint", "one template in the circle must not use '{% extends %}'",
         "один из шаблонов в этом круге не должен использовать '{% extends %}'",
         "осы шеңбердегі бір шаблон '{% extends %}' қолданбауы керек"},
        {"template.has_errors",
         "the template \"{name}\" has errors (reported above), so it cannot be "
         "{what, select, extended {extended} included {included} imported {imported} other {rendered}}",
         "в шаблоне «{name}» есть ошибки (о них сказано выше), поэтому его нельзя "
         "{what, select, extended {расширить} included {подключить} imported {импортировать} other {применить}}",
         "«{name}» шаблонында қателер бар (олар жоғарыда айтылды), сондықтан оны "
         "{what, select, extended {кеңейтуге} included {қосуға} imported {импорттауға} other {қолдануға}} болмайды"},
        {"template.template_name_not_text",
         "the name of the {what, select, extended {extended} included {included} imported {imported} other {{what}}} "
         "template must be text, got " VALUE_EN("value"),
         "имя {what, select, extended {расширяемого} included {подключаемого} imported {импортируемого} other {{what}}} "
         "шаблона должно быть текстом, а получено: " VALUE_RU("value"),
         "{what, select, extended {кеңейтілетін} included {қосылатын} imported {импортталатын} other {{what}}} "
         "шаблонның атауы мәтін болуы керек, бірақ берілгені: " VALUE_KK("value")},
        {"template.template_name_not_text_hint", "write the name in quotes, e.g. \"partials/card.html\"",
         "напишите имя в кавычках, например \"partials/card.html\"",
         "атауын тырнақшаға алып жазыңыз, мысалы \"partials/card.html\""},
        {"template.no_such_macro", "the template \"{template}\" has no macro named \"{name}\"",
         "в шаблоне «{template}» нет макроса «{name}»", "«{template}» шаблонында «{name}» деген макрос жоқ"},
        {"template.no_such_macro_imported_as",
         "the template \"{template}\" (imported as \"{alias}\") has no macro named \"{name}\"",
         "в шаблоне «{template}» (импортирован как «{alias}») нет макроса «{name}»",
         "«{template}» шаблонында («{alias}» ретінде импортталған) «{name}» деген макрос жоқ"},
        {"template.define_macro_hint", "define it there with '{% macro '{name}(…) %'}'",
         "определите его там: '{% macro '{name}(…) %'}'", "оны сол жерде анықтаңыз: '{% macro '{name}(…) %'}'"},
        {"template.render_failed", "the template could not be rendered: {what}", "шаблон не удалось применить: {what}",
         "шаблонды қолдану мүмкін болмады: {what}"},
        {"template.too_deep", "templates and macros call each other more than {limit} levels deep",
         "шаблоны и макросы вызывают друг друга глубже чем на "
         "{limit, plural, one {# уровень} few {# уровня} many {# уровней} other {# уровня}}",
         "шаблондар мен макростар бірін-бірі {limit} деңгейден тереңірек шақырады"},
        {"template.too_deep_hint",
         "a macro or include probably calls itself without end; check the condition that should stop it",
         "похоже, макрос или include бесконечно вызывает сам себя; проверьте условие, которое должно его остановить",
         "макрос не include өзін-өзі шексіз шақыратын сияқты; оны тоқтатуы тиіс шартты тексеріңіз"},
        {"template.did_you_mean", "did you mean \"{name}\"?", "может быть, вы имели в виду «{name}»?",
         "«{name}» деп жазғыңыз келген шығар?"},

        // ---- rendering: values and operators ------------------------------------------------
        {"template.repeat_too_many", "repeating text more than 10000 times is not allowed",
         "повторять текст больше 10000 раз нельзя", "мәтінді 10000 реттен артық қайталауға болмайды"},
        {"template.operator_operands", "cannot use \"{op}\" with " VALUE_EN("left") " and " VALUE_EN("right"),
         "нельзя применить \"{op}\" к этим значениям: " VALUE_RU("left") " и " VALUE_RU("right"),
         "\"{op}\" операторын мына мәндерге қолдануға болмайды: " VALUE_KK("left") " және " VALUE_KK("right")},
        {"template.join_text_hint", "to join text, use ~: '{{ a ~ b }}'", "чтобы соединить текст, используйте ~: '{{ a ~ b }}'",
         "мәтінді біріктіру үшін ~ қолданыңыз: '{{ a ~ b }}'"},
        {"template.arithmetic_hint", "arithmetic works on numbers; the int and float filters turn text into a number",
         "арифметика работает с числами; фильтры int и float превращают текст в число",
         "арифметика сандармен жұмыс істейді; int және float сүзгілері мәтінді санға айналдырады"},
        {"template.division_by_zero", "division by zero", "деление на ноль", "нөлге бөлу"},
        {"template.division_by_zero_hint", "check the number you divide by", "проверьте число, на которое делите",
         "бөлгіш санды тексеріңіз"},
        {"template.operator_operand", "cannot use \"{op}\" with " VALUE_EN("value"),
         "нельзя применить \"{op}\" к этому значению: это " VALUE_RU("value"),
         "\"{op}\" операторын бұл мәнге қолдануға болмайды: бұл — " VALUE_KK("value")},
        {"template.operator_on_expression", "cannot use \"{op}\" with \"{expression}\", which is " VALUE_EN("value"),
         "нельзя применить \"{op}\" к «{expression}»: это " VALUE_RU("value"),
         "\"{op}\" операторын «{expression}» мәніне қолдануға болмайды: бұл — " VALUE_KK("value")},
        {"template.undefined_default_hint", "check the variable's name, or give it a default: x | default(0)",
         "проверьте имя переменной или задайте значение по умолчанию: x | default(0)",
         "айнымалының атауын тексеріңіз немесе әдепкі мән беріңіз: x | default(0)"},
        {"template.undefined_expression_hint", "check the variable's name, or give it a default: {expression} | default(0)",
         "проверьте имя переменной или задайте значение по умолчанию: {expression} | default(0)",
         "айнымалының атауын тексеріңіз немесе әдепкі мән беріңіз: {expression} | default(0)"},
        {"template.cannot_compare", "cannot compare " VALUE_EN("left") " with " VALUE_EN("right") " using \"{op}\"",
         "эти значения нельзя сравнить через \"{op}\": " VALUE_RU("left") " и " VALUE_RU("right"),
         "бұл мәндерді \"{op}\" арқылы салыстыруға болмайды: " VALUE_KK("left") " және " VALUE_KK("right")},
        {"template.compare_undefined_hint", "one side is not defined; check its name, or give it a default: x | default(0)",
         "одна из сторон не определена; проверьте её имя или задайте значение по умолчанию: x | default(0)",
         "бір жағы анықталмаған; атауын тексеріңіз немесе әдепкі мән беріңіз: x | default(0)"},
        {"template.compare_kinds_hint",
         "compare numbers with numbers and text with text; the int filter turns text into a number",
         "сравнивайте числа с числами, а текст с текстом; фильтр int превращает текст в число",
         "сандарды сандармен, мәтінді мәтінмен салыстырыңыз; int сүзгісі мәтінді санға айналдырады"},
        {"template.cannot_show", "cannot show " VALUE_EN("value") " as text", "нельзя вывести как текст: это " VALUE_RU("value"),
         "мұны мәтін ретінде шығаруға болмайды: бұл — " VALUE_KK("value")},
        {"template.call_macro_hint", "call it: '{{ '{name}(…) '}}'", "вызовите его: '{{ '{name}(…) '}}'",
         "оны шақырыңыз: '{{ '{name}(…) '}}'"},
        {"template.show_part_hint", "show one of its parts, e.g. '{{ loop.index }}'",
         "выведите одну из его частей, например '{{ loop.index }}'", "оның бір бөлігін шығарыңыз, мысалы '{{ loop.index }}'"},
        {"template.cannot_loop", "cannot loop over " VALUE_EN("value"), "по этому значению нельзя пройти циклом: это " VALUE_RU("value"),
         "бұл мәнді циклмен аралауға болмайды: бұл — " VALUE_KK("value")},
        {"template.cannot_loop_hint", "a for loop needs a list or a dictionary", "циклу for нужен список или словарь",
         "for цикліне тізім немесе сөздік керек"},
        {"template.cannot_unpack", "cannot unpack " VALUE_EN("value") " into {count} loop variables",
         "значение нельзя разложить на "
         "{count, plural, one {# переменную} few {# переменные} many {# переменных} other {# переменной}} цикла: это "
         VALUE_RU("value"),
         "мәнді {count} цикл айнымалысына жіктеуге болмайды: бұл — " VALUE_KK("value")},
        {"template.cannot_unpack_hint", "loop with one variable, or over a list of lists (for key, value in dict | items)",
         "используйте одну переменную цикла или перебирайте список списков (for key, value in dict | items)",
         "бір айнымалымен цикл жасаңыз немесе тізімдер тізімін аралаңыз (for key, value in dict | items)"},
        {"template.not_a_namespace", "only a namespace can have its attributes set, and \"{name}\" is " VALUE_EN("value"),
         "задавать атрибуты можно только у namespace, а «{name}» — " VALUE_RU("value"),
         "атрибуттарды тек namespace үшін беруге болады, ал «{name}» — " VALUE_KK("value")},
        {"template.not_a_namespace_hint", "create one first: '{% set '{name} = namespace({attribute}=0) %'}'",
         "сначала создайте его: '{% set '{name} = namespace({attribute}=0) %'}'",
         "алдымен оны жасаңыз: '{% set '{name} = namespace({attribute}=0) %'}'"},
        {"template.slice_needs_integers", "a slice needs whole numbers, got " VALUE_EN("value"),
         "для среза нужны целые числа, а получено: " VALUE_RU("value"),
         "кесіндіге бүтін сандар керек, бірақ берілгені: " VALUE_KK("value")},

        // ---- rendering: calls -----------------------------------------------------------------
        {"template.not_callable", "\"{name}\" is " VALUE_EN("value") ", not a macro, so it cannot be called",
         "«{name}» — не макрос, его нельзя вызвать; это " VALUE_RU("value"),
         "«{name}» — макрос емес, оны шақыруға болмайды; бұл — " VALUE_KK("value")},
        {"template.not_callable_hint", "remove the \"(…)\" after it, or check the macro's name",
         "уберите \"(…)\" после него или проверьте имя макроса", "одан кейінгі \"(…)\" алып тастаңыз немесе макрос атауын тексеріңіз"},
        {"template.not_callable_remove_hint", "remove the \"(…)\" after it", "уберите \"(…)\" после него",
         "одан кейінгі \"(…)\" алып тастаңыз"},
        {"template.cycle_needs_value", "loop.cycle() needs at least one value", "loop.cycle() нужно хотя бы одно значение",
         "loop.cycle() үшін кемінде бір мән керек"},
        {"template.cycle_needs_value_hint", "write loop.cycle(\"odd\", \"even\")", "напишите loop.cycle(\"odd\", \"even\")",
         "loop.cycle(\"odd\", \"even\") деп жазыңыз"},
        {"template.macro_parameters_hint", "its parameters are: {params}", "его параметры: {params}",
         "оның параметрлері: {params}"},
        {"template.macro_no_parameters_hint", "its parameters are: none", "у него нет параметров", "оның параметрлері жоқ"},
        {"template.macro_too_many_arguments",
         "the macro \"{name}\" takes {count, plural, one {# argument} other {# arguments}}, "
         "but {given, plural, one {# was} other {# were}} given",
         "макрос «{name}» принимает {count, plural, one {# аргумент} few {# аргумента} many {# аргументов} other {# аргумента}}, "
         "а передано {given}",
         "«{name}» макросы {count} аргумент қабылдайды, бірақ {given} берілді"},
        {"template.macro_unknown_parameter", "the macro \"{name}\" has no parameter named \"{parameter}\"",
         "у макроса «{name}» нет параметра «{parameter}»", "«{name}» макросында «{parameter}» деген параметр жоқ"},
        {"template.macro_argument_twice", "the macro \"{name}\" is given \"{parameter}\" twice",
         "макросу «{name}» дважды передан «{parameter}»", "«{name}» макросына «{parameter}» екі рет берілген"},
        {"template.function_failed", "the function \"{name}\" failed: {what}", "функция «{name}» завершилась с ошибкой: {what}",
         "«{name}» функциясы қатемен аяқталды: {what}"},
        {"template.super_arguments", "super() takes no arguments", "super() не принимает аргументов",
         "super() аргумент қабылдамайды"},
        {"template.super_outside_block", "super() can only be used inside a '{% block %}'",
         "super() можно использовать только внутри '{% block %}'", "super() тек '{% block %}' ішінде қолданылады"},
        {"template.super_without_parent", "the block \"{name}\" has no parent block, so super() has nothing to show",
         "у блока «{name}» нет родительского блока, поэтому super() нечего показать",
         "«{name}» блогының ата-блогы жоқ, сондықтан super() көрсететін ештеңе жоқ"},
        {"template.super_without_parent_hint", "remove '{{ super() }}', or define the block in the template this one extends",
         "уберите '{{ super() }}' или определите этот блок в шаблоне, который расширяет этот шаблон",
         "'{{ super() }}' алып тастаңыз немесе блокты осы шаблон кеңейтетін шаблонда анықтаңыз"},
        {"template.range_arguments", "range() takes one to three whole numbers", "range() принимает от одного до трёх целых чисел",
         "range() бірден үшке дейін бүтін сан қабылдайды"},
        {"template.range_arguments_hint", "range(5) is 0…4, range(1, 6) is 1…5, range(0, 10, 2) is 0, 2, 4, 6, 8",
         "range(5) — это 0…4, range(1, 6) — 1…5, range(0, 10, 2) — 0, 2, 4, 6, 8",
         "range(5) — 0…4, range(1, 6) — 1…5, range(0, 10, 2) — 0, 2, 4, 6, 8"},
        {"template.range_needs_integers", "range() needs whole numbers, got " VALUE_EN("value"),
         "range() нужны целые числа, а получено: " VALUE_RU("value"),
         "range() үшін бүтін сандар керек, бірақ берілгені: " VALUE_KK("value")},
        {"template.range_zero_step", "range() cannot step by 0", "шаг range() не может быть равен 0",
         "range() қадамы 0 бола алмайды"},
        {"template.range_too_long", "range() would make more than 100000 numbers", "range() дал бы больше 100000 чисел",
         "range() 100000-нан көп сан шығарар еді"},
        {"template.named_values_only", "{name}() takes named values, e.g. {name}(count=0)",
         "{name}() принимает именованные значения, например {name}(count=0)",
         "{name}() атаулы мәндерді қабылдайды, мысалы {name}(count=0)"},
        {"template.unknown_function", "there is no macro or function named \"{name}\"",
         "нет ни макроса, ни функции с именем «{name}»", "«{name}» деген макрос та, функция да жоқ"},
        {"template.unknown_function_hint", "define it with '{% macro '{name}(…) %'}', or import it",
         "определите его через '{% macro '{name}(…) %'}' или импортируйте",
         "оны '{% macro '{name}(…) %'}' арқылы анықтаңыз немесе импорттаңыз"},
        {"template.get_needs_key", "get() needs a key, e.g. page.get(\"title\", \"\")",
         "get() нужен ключ, например page.get(\"title\", \"\")", "get() үшін кілт керек, мысалы page.get(\"title\", \"\")"},
        {"template.method_needs_text", "{method}() needs one piece of text", "{method}() нужен один текстовый аргумент",
         "{method}() үшін бір мәтін керек"},
        {"template.unknown_method", "\"{name}\" is not a macro or a known method, so it cannot be called",
         "«{name}» — не макрос и не известный метод, поэтому его нельзя вызвать",
         "«{name}» — макрос та, белгілі әдіс те емес, сондықтан оны шақыруға болмайды"},
        {"template.unknown_method_hint", "the value is " VALUE_EN("value") "; use a filter instead, e.g. x | upper",
         "значение здесь — " VALUE_RU("value") "; используйте вместо этого фильтр, например x | upper",
         "мұндағы мән — " VALUE_KK("value") "; оның орнына сүзгі қолданыңыз, мысалы x | upper"},

        // ---- filters --------------------------------------------------------------------------
        {"template.filter_argument_twice", "the \"{filter}\" filter is given \"{param}\" twice",
         "фильтру «{filter}» дважды передан «{param}»", "«{filter}» сүзгісіне «{param}» екі рет берілген"},
        {"template.filter_too_many_arguments",
         "the \"{filter}\" filter {max, plural, =0 {takes no arguments} one {takes at most # argument} "
         "other {takes at most # arguments}}, but {given, plural, one {# was} other {# were}} given",
         "фильтр «{filter}» {max, plural, =0 {не принимает аргументов} one {принимает не больше # аргумента} "
         "few {принимает не больше # аргументов} many {принимает не больше # аргументов} other {принимает не больше # аргумента}}, "
         "а передано {given}",
         "«{filter}» сүзгісі {max, plural, =0 {аргумент қабылдамайды} other {ең көбі # аргумент қабылдайды}}, "
         "бірақ {given} берілді"},
        {"template.filter_unknown_argument", "the \"{filter}\" filter has no argument named \"{param}\"",
         "у фильтра «{filter}» нет аргумента «{param}»", "«{filter}» сүзгісінде «{param}» деген аргумент жоқ"},
        {"template.filter_usage_hint", "usage: {usage}", "как писать: {usage}", "қалай жазу керек: {usage}"},
        {"template.filter_needs_argument", "the \"{filter}\" filter needs a value for \"{param}\"",
         "фильтру «{filter}» нужно значение для «{param}»", "«{filter}» сүзгісіне «{param}» үшін мән керек"},
        {"template.filter_bad_input", "the \"{filter}\" filter needs " EXPECTED_EN ", got " VALUE_EN("value"),
         "фильтр «{filter}» ожидает " EXPECTED_RU ", а получено: " VALUE_RU("value"),
         "«{filter}» сүзгісіне " EXPECTED_KK " керек, бірақ берілгені: " VALUE_KK("value")},
        {"template.filter_bad_argument", "the \"{filter}\" filter needs " EXPECTED_EN " for \"{param}\", got " VALUE_EN("value"),
         "фильтр «{filter}» ожидает в «{param}» " EXPECTED_RU ", а получено: " VALUE_RU("value"),
         "«{filter}» сүзгісіне «{param}» үшін " EXPECTED_KK " керек, бірақ берілгені: " VALUE_KK("value")},
        {"template.filter_failed", "the \"{filter}\" filter failed: {what}", "фильтр «{filter}» завершился с ошибкой: {what}",
         "«{filter}» сүзгісі қатемен аяқталды: {what}"},
        {"template.format_ends_in_placeholder", "the format text ends in the middle of a %-placeholder",
         "текст формата обрывается посреди %-подстановки", "формат мәтіні %-орынның ортасында үзіліп қалды"},
        {"template.format_unknown_placeholder", "unknown placeholder \"{placeholder}\" in the format text",
         "неизвестная подстановка \"{placeholder}\" в тексте формата", "формат мәтініндегі \"{placeholder}\" орны белгісіз"},
        {"template.format_too_few_values", "the format text has more placeholders than values",
         "в тексте формата больше подстановок, чем значений", "формат мәтінінде орындар мәндерден көп"},
        {"template.format_too_many_values", "the format text has fewer placeholders than values",
         "в тексте формата меньше подстановок, чем значений", "формат мәтінінде орындар мәндерден аз"},
        {"template.format_needs_number", "the placeholder \"{placeholder}\" needs a number, got " VALUE_EN("value"),
         "подстановке \"{placeholder}\" нужно число, а получено: " VALUE_RU("value"),
         "\"{placeholder}\" орнына сан керек, бірақ берілгені: " VALUE_KK("value")},
        {"template.format_needs_character_code", "the placeholder \"%c\" needs a character code",
         "подстановке \"%c\" нужен код символа", "\"%c\" орнына таңба коды керек"},
        {"template.no_such_test", "there is no test named \"{name}\"", "теста «{name}» нет", "«{name}» деген тест жоқ"},
        {"template.no_such_filter", "there is no filter named \"{name}\"", "фильтра «{name}» нет", "«{name}» деген сүзгі жоқ"},
        {"template.cannot_slice", "cannot take a slice of " VALUE_EN("value"), "из этого значения нельзя взять срез: это " VALUE_RU("value"),
         "бұл мәннен кесінді алуға болмайды: бұл — " VALUE_KK("value")},
        {"template.map_needs_attribute", "the \"map\" filter needs attribute=\"name\" or the name of a filter",
         "фильтру «map» нужен attribute=\"name\" или имя фильтра", "«map» сүзгісіне attribute=\"name\" немесе сүзгі атауы керек"},
        {"template.filter_needs_attribute_name", "the \"{filter}\" filter needs the name of an attribute, e.g. {filter}(\"draft\")",
         "фильтру «{filter}» нужно имя атрибута, например {filter}(\"draft\")",
         "«{filter}» сүзгісіне атрибут атауы керек, мысалы {filter}(\"draft\")"},
        {"template.groupby_needs_attribute", "the \"groupby\" filter needs the attribute to group by",
         "фильтру «groupby» нужен атрибут, по которому группировать", "«groupby» сүзгісіне топтайтын атрибут керек"},
        {"template.dictsort_by", "the \"dictsort\" filter sorts by \"key\" or \"value\", not \"{by}\"",
         "фильтр «dictsort» сортирует по \"key\" или \"value\", а не по «{by}»",
         "«dictsort» сүзгісі «{by}» бойынша емес, \"key\" не \"value\" бойынша сұрыптайды"},
        {"template.batch_size", "the \"batch\" filter needs a size of 1 or more", "фильтру «batch» нужен размер 1 или больше",
         "«batch» сүзгісіне 1 немесе одан үлкен өлшем керек"},
        {"template.sum_needs_numbers", "the \"sum\" filter can only add numbers, got " VALUE_EN("value"),
         "фильтр «sum» складывает только числа, а получено: " VALUE_RU("value"),
         "«sum» сүзгісі тек сандарды қосады, бірақ берілгені: " VALUE_KK("value")},
        {"template.round_method", "the \"round\" filter's method must be \"common\", \"ceil\" or \"floor\", got \"{method}\"",
         "метод фильтра «round» должен быть \"common\", \"ceil\" или \"floor\", а получено «{method}»",
         "«round» сүзгісінің әдісі \"common\", \"ceil\" не \"floor\" болуы керек, бірақ берілгені: «{method}»"},
        {"template.int_base", "the \"int\" filter's base must be between 2 and 36",
         "основание у фильтра «int» должно быть от 2 до 36", "«int» сүзгісінің негізі 2 мен 36 аралығында болуы керек"},
        {"template.replace_needs_text", "the \"replace\" filter needs the old and the new text",
         "фильтру «replace» нужны старый и новый текст", "«replace» сүзгісіне ескі және жаңа мәтін керек"},
        {"template.truncate_length", "the \"truncate\" filter needs a length of 0 or more",
         "фильтру «truncate» нужна длина 0 или больше", "«truncate» сүзгісіне 0 немесе одан үлкен ұзындық керек"},
        {"template.split_empty", "the \"split\" filter cannot split at empty text",
         "фильтр «split» не может делить текст по пустой строке", "«split» сүзгісі мәтінді бос жол бойынша бөле алмайды"},

        // ---- translations and dates (template/i18n.cpp) ---------------------------------------
        {"template.t_named_only", "the \"t\" filter takes only named values, e.g. t(name=user.name)",
         "фильтр «t» принимает только именованные значения, например t(name=user.name)",
         "«t» сүзгісі тек атаулы мәндерді қабылдайды, мысалы t(name=user.name)"},
        {"template.plural_key_and_forms", "give the \"plural\" filter either a string key or the forms, not both",
         "передайте фильтру «plural» либо ключ строки, либо формы, но не то и другое сразу",
         "«plural» сүзгісіне не жол кілтін, не пішіндерді беріңіз, екеуін бірдей емес"},
        {"template.plural_forms_not_text", "the string \"{key}\" has no plural forms (one, few, many, other) as text",
         "у строки «{key}» нет текстовых форм множественного числа (one, few, many, other)",
         "«{key}» жолында мәтін түріндегі көпше пішіндер (one, few, many, other) жоқ"},
        {"template.plural_string_kind", "the string \"{key}\" must be text or plural forms (one, few, many, other)",
         "строка «{key}» должна быть текстом или формами множественного числа (one, few, many, other)",
         "«{key}» жолы мәтін немесе көпше пішіндер (one, few, many, other) болуы керек"},
        {"template.plural_needs_forms",
         "the \"plural\" filter needs a string key or forms, e.g. plural(one=\"'{n}' file\", other=\"'{n}' files\")",
         "фильтру «plural» нужен ключ строки или формы, например "
         "plural(one=\"'{n}' файл\", few=\"'{n}' файла\", many=\"'{n}' файлов\")",
         "«plural» сүзгісіне жол кілті немесе пішіндер керек, мысалы plural(other=\"'{n}' файл\")"},
        {"template.date_unreadable", "the date " VALUE_EN("value") " is not a date the \"date\" filter can read",
         "фильтр «date» не может прочитать это как дату: " VALUE_RU("value"),
         "«date» сүзгісі мұны күн ретінде оқи алмайды: " VALUE_KK("value")},
        {"template.date_unreadable_hint",
         "write dates as YYYY-MM-DD (2026-09-01), a month as YYYY-MM (2026-09), or a date and time as "
         "2026-09-01T10:00 (optionally with an offset such as +05:00)",
         "пишите даты как YYYY-MM-DD (2026-09-01), месяц — как YYYY-MM (2026-09), а дату со временем — как "
         "2026-09-01T10:00 (можно со смещением, например +05:00)",
         "күнді YYYY-MM-DD (2026-09-01), айды YYYY-MM (2026-09), ал күн мен уақытты 2026-09-01T10:00 түрінде жазыңыз "
         "(қаласаңыз, +05:00 сияқты ығысумен)"},
        {"template.date_format_unknown",
         "the date format \"{format}\" is not one of long, short, medium, full, month, time, datetime, iso, and not an ICU "
         "pattern such as \"d MMMM y\"",
         "формат даты «{format}» — не один из long, short, medium, full, month, time, datetime, iso и не шаблон ICU "
         "вроде \"d MMMM y\"",
         "«{format}» күн пішімі long, short, medium, full, month, time, datetime, iso пішімдерінің бірі емес және "
         "\"d MMMM y\" сияқты ICU үлгісі де емес"},
        {"template.date_has_no_time", "the date \"{date}\" has no time, so it cannot be shown as \"{format}\"",
         "у даты «{date}» нет времени, поэтому её нельзя показать как «{format}»",
         "«{date}» күнінде уақыт жоқ, сондықтан оны «{format}» түрінде көрсету мүмкін емес"},
        {"template.date_has_no_time_hint",
         "write the time too, e.g. 2026-09-01T10:00, or use the date formats long, short or month",
         "укажите и время, например 2026-09-01T10:00, или используйте форматы даты long, short или month",
         "уақытты да жазыңыз, мысалы 2026-09-01T10:00, немесе long, short не month күн пішімдерін қолданыңыз"},
        {"template.date_format_icu", "ICU cannot use the date format \"{format}\"",
         "ICU не может использовать формат даты «{format}»", "ICU «{format}» күн пішімін қолдана алмайды"},

        // ---- tests (x is odd, x is lt(3), "a" in b) -------------------------------------------
        {"template.test_needs_integer", "the test \"{name}\" needs a whole number, got " VALUE_EN("value"),
         "тесту «{name}» нужно целое число, а получено: " VALUE_RU("value"),
         "«{name}» тестіне бүтін сан керек, бірақ берілгені: " VALUE_KK("value")},
        {"template.divisibleby_zero", "\"divisibleby(0)\" divides by zero", "\"divisibleby(0)\" делит на ноль",
         "\"divisibleby(0)\" нөлге бөледі"},
        {"template.divisibleby_zero_hint", "use a number other than 0", "используйте число, отличное от 0",
         "0-ден басқа сан қолданыңыз"},
        {"template.test_cannot_compare", "the test \"{name}\" cannot compare " VALUE_EN("left") " with " VALUE_EN("right"),
         "тест «{name}» не может сравнить эти значения: " VALUE_RU("left") " и " VALUE_RU("right"),
         "«{name}» тесті бұл мәндерді салыстыра алмайды: " VALUE_KK("left") " және " VALUE_KK("right")},
        {"template.in_text_needs_text", "cannot look for " VALUE_EN("value") " inside text",
         "в тексте нельзя искать такое значение: это " VALUE_RU("value"),
         "мәтін ішінен мұндай мәнді іздеуге болмайды: бұл — " VALUE_KK("value")},
        {"template.in_text_needs_text_hint", "look for text inside text", "в тексте ищите текст", "мәтін ішінен мәтін іздеңіз"},
        {"template.in_needs_container", "cannot look inside " VALUE_EN("value"), "внутри этого значения искать нельзя: это " VALUE_RU("value"),
         "бұл мәннің ішінен іздеуге болмайды: бұл — " VALUE_KK("value")},
        {"template.in_needs_container_hint", "\"in\" works with text, lists and dictionaries",
         "\"in\" работает с текстом, списками и словарями", "\"in\" мәтінмен, тізімдермен және сөздіктермен жұмыс істейді"},
    };
}

}  // namespace urker

#undef VALUE_EN
#undef VALUE_RU
#undef VALUE_KK
#undef FOUND_EN
#undef FOUND_RU
#undef FOUND_KK
#undef EXPECTED_EN
#undef EXPECTED_RU
#undef EXPECTED_KK
#undef OP_CONTEXT_EN
#undef OP_CONTEXT_RU
#undef OP_CONTEXT_KK
#undef EXPECTED_FOUND
