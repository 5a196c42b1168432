// The catalogue rows of search/ (ids "search.…"): English, Russian, Kazakh. See message_catalog.cpp.
// Document numbers ({index}, {first}, {second}) are passed as text, so they are never grouped.
#include "core/message_catalog_parts.h"

namespace urker {

std::vector<CatalogEntry> catalog_search() {
    return {
        // ---- the text of attachments (content/attachment_cache) --------------------------------
        {"search.attachment_unreadable", "the text of {name} cannot be read for the search: the file is damaged or is not a real .{extension} file",
         "текст файла {name} не удаётся прочитать для поиска: файл повреждён или это не настоящий файл .{extension}",
         "{name} файлының мәтінін іздеу үшін оқу мүмкін емес: файл бүлінген немесе ол нағыз .{extension} файлы емес"},
        {"search.attachment_unreadable_hint", "the file is published as it is, but search does not find words inside it; open it and save it again",
         "файл публикуется как есть, но поиск не найдёт слов внутри него; откройте его и сохраните заново",
         "файл сол күйінде жарияланады, бірақ іздеу оның ішіндегі сөздерді таппайды; оны ашып, қайта сақтаңыз"},
        {"search.attachment_encrypted", "{name} is protected by a password: search cannot read its text",
         "файл {name} защищён паролем: поиск не может прочитать его текст",
         "{name} файлы құпиясөзбен қорғалған: іздеу оның мәтінін оқи алмайды"},
        {"search.attachment_encrypted_hint", "to make its words searchable, save a copy without a password",
         "чтобы его слова находились поиском, сохраните копию без пароля",
         "оның сөздері іздеуде табылуы үшін көшірмесін құпиясөзсіз сақтаңыз"},
        {"search.attachment_too_large", "{name} is larger than {megabytes} MB: search does not read its text",
         "файл {name} больше {megabytes} МБ: поиск не читает его текст",
         "{name} файлы {megabytes} МБ-тан үлкен: іздеу оның мәтінін оқымайды"},
        {"search.attachment_too_large_hint", "the file is published as it is; a smaller file (e.g. a PDF without large pictures) is searchable",
         "файл публикуется как есть; файл поменьше (например, PDF без больших картинок) будет доступен поиску",
         "файл сол күйінде жарияланады; кішірек файл (мысалы, үлкен суреттерсіз PDF) іздеуде табылады"},
        // ---- urker index: the command line ------------------------------------------------------
        {"search.unknown_language", "unknown language \"{lang}\"", "неизвестный язык «{lang}»", "белгісіз «{lang}» тілі"},
        {"search.unknown_language_hint", "use --lang en, ru, multi or multi-kk", "укажите --lang en, ru, multi или multi-kk",
         "--lang en, ru, multi немесе multi-kk деп көрсетіңіз"},
        {"search.malformed_boost", "--field \"{field}\" has a malformed boost", "в --field «{field}» неверно записан вес",
         "--field «{field}» ішінде салмақ қате жазылған"},
        {"search.malformed_boost_hint", "write NAME or NAME^BOOST, e.g. --field title^10",
         "пишите ИМЯ или ИМЯ^ВЕС, например --field title^10", "АТАУ немесе АТАУ^САЛМАҚ деп жазыңыз, мысалы --field title^10"},
        {"search.docs_required", "--docs is required", "нужно указать --docs", "--docs көрсетілуі керек"},
        {"search.docs_required_hint", "urker index --docs DOCS.json", "например: urker index --docs DOCS.json",
         "мысалы: urker index --docs DOCS.json"},
        {"search.cannot_open_documents", "cannot open the document list", "не удаётся открыть список документов",
         "құжаттар тізімін ашу мүмкін емес"},
        {"search.cannot_open_documents_hint", "check the path", "проверьте путь", "жолды тексеріңіз"},
        {"search.cannot_read_documents", "cannot read the document list", "не удаётся прочитать список документов",
         "құжаттар тізімін оқу мүмкін емес"},
        {"search.cannot_write_index", "cannot write the index", "не удаётся записать индекс", "индексті жазу мүмкін емес"},
        {"search.standard_output", "standard output", "стандартный вывод", "стандартты шығыс"},

        // ---- the search fields (lunr.js's limits) -------------------------------------------------
        {"search.field_without_name", "a search field needs a name", "у поля поиска должно быть имя",
         "іздеу өрісінің атауы болуы керек"},
        {"search.field_with_slash", "search field \"{name}\" contains '/', which lunr.js does not allow in a field name",
         "поле поиска «{name}» содержит '/', а lunr.js не допускает этот знак в имени поля",
         "«{name}» іздеу өрісінде '/' бар, ал lunr.js өріс атауында бұл таңбаға рұқсат бермейді"},
        {"search.field_named_index", "search field \"_index\" would clash with lunr.js's own \"_index\" key",
         "поле поиска «_index» совпало бы с собственным ключом lunr.js \"_index\"",
         "«_index» іздеу өрісі lunr.js-тің өз \"_index\" кілтімен қайшы келер еді"},
        {"search.field_object_property",
         "search field \"{name}\" is a JavaScript object property name that lunr.js cannot use",
         "поле поиска «{name}» называется как свойство объекта JavaScript, и lunr.js не может его использовать",
         "«{name}» іздеу өрісінің атауы JavaScript нысанының қасиетімен бірдей, lunr.js оны қолдана алмайды"},

        // ---- DOCS.json, the document list -------------------------------------------------------
        {"search.invalid_json", "invalid JSON: {detail}", "ошибка в JSON: {detail}", "JSON қатесі: {detail}"},
        {"search.not_a_list", "the document list must be a JSON array of objects",
         "список документов должен быть массивом объектов JSON", "құжаттар тізімі JSON нысандарының массиві болуы керек"},
        {"search.not_a_list_hint", "write ['{\"ref\": \"/materials/x/\", \"title\": \"…\", \"body\": \"…\"}', …]",
         "пишите так: ['{\"ref\": \"/materials/x/\", \"title\": \"…\", \"body\": \"…\"}', …]",
         "былай жазыңыз: ['{\"ref\": \"/materials/x/\", \"title\": \"…\", \"body\": \"…\"}', …]"},
        {"search.document_not_object", "document {index} is not a JSON object", "документ {index} — не объект JSON",
         "{index}-құжат JSON нысаны емес"},
        {"search.document_needs_ref", "document {index} needs a \"ref\" (a string or a number)",
         "у документа {index} должен быть \"ref\" (строка или число)", "{index}-құжатта \"ref\" (жол немесе сан) болуы керек"},
        {"search.field_not_text",
         "document {index}{has_ref, select, yes { (ref \"{ref}\")} other {}}: field \"{field}\" must be a string or an "
         "array of strings",
         "документ {index}{has_ref, select, yes { (ref «{ref}»)} other {}}: поле «{field}» должно быть строкой или "
         "массивом строк",
         "{index}-құжат{has_ref, select, yes { (ref «{ref}»)} other {}}: «{field}» өрісі жол немесе жолдар массиві болуы керек"},
        {"search.shared_ref", "documents {first} and {second} share the ref \"{ref}\"",
         "у документов {first} и {second} одинаковый ref «{ref}»", "{first} және {second} құжаттарының ref мәні бірдей: «{ref}»"},
        {"search.shared_ref_hint", "lunr.js merges them: both are found, the later one's text decides the score",
         "lunr.js объединит их: найдутся оба, а вес в поиске определит текст второго",
         "lunr.js оларды біріктіреді: екеуі де табылады, ал іздеудегі салмағын кейінгісінің мәтіні анықтайды"},
    };
}

}  // namespace urker
