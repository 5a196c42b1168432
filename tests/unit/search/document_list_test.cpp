#include "search/document_list.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace urker::search;

namespace {

const std::vector<SearchField> fields{{"title", 10}, {"tags", 5}, {"body", 1}};

std::vector<SearchDocument> read(const std::string& text, urker::Diagnostics& problems) {
    return read_document_list("docs.json", text, fields, problems);
}

// In English; every problem is also checked to be a catalogue message, so it reads in Russian
// and Kazakh too.
std::string messages(const urker::Diagnostics& problems) {
    std::string out;
    for (const auto& d : problems.items()) {
        CHECK_FALSE(d.message_id.empty());
        CHECK(d.hint.empty() == d.hint_id.empty());
        out += urker::format_diagnostic(d);
    }
    return out;
}

}  // namespace

TEST_CASE("document list: ref anywhere in the object, unknown keys and nested values ignored") {
    urker::Diagnostics problems;
    const auto docs = read(R"([{"title": "T", "extra": {"deep": [1, {"x": 2}]}, "tags": ["a", null, 3, false],
                                "ref": 7, "body": "B", "skip": [[1]]}])",
                           problems);
    CHECK(problems.empty());
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].ref == "7");
    CHECK(std::get<std::string>(docs[0].fields.at("title")) == "T");
    CHECK(std::get<std::vector<std::string>>(docs[0].fields.at("tags")) == std::vector<std::string>{"a", "", "3", "false"});
    CHECK(std::get<std::string>(docs[0].fields.at("body")) == "B");
}

TEST_CASE("document list: the last of duplicate keys wins, as in JSON.parse; null removes a field") {
    urker::Diagnostics problems;
    const auto docs = read(R"([{"ref": "a", "ref": "b", "title": "one", "title": "two", "body": "x", "body": null}])", problems);
    CHECK(problems.empty());
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].ref == "b");
    CHECK(std::get<std::string>(docs[0].fields.at("title")) == "two");
    CHECK(docs[0].fields.count("body") == 0);
}

TEST_CASE("document list: numbers are written as JavaScript prints them") {
    urker::Diagnostics problems;
    const auto docs = read(R"([{"ref": 1.50, "title": 1e21, "body": 0.000001}])", problems);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].ref == "1.5");
    CHECK(std::get<std::string>(docs[0].fields.at("title")) == "1e+21");
    CHECK(std::get<std::string>(docs[0].fields.at("body")) == "0.000001");
}

TEST_CASE("document list: bad refs and fields are reported per document, in order") {
    urker::Diagnostics problems;
    read(R"([{"ref": true}, {"ref": "a", "tags": [["x"]], "title": {"y": 1}}, {"ref": "b", "body": "ok"}, "text",
            [1, 2], {"ref": null}])",
         problems);
    CHECK(messages(problems) ==
          "docs.json: error: document 1 needs a \"ref\" (a string or a number)\n"
          "docs.json: error: document 2 (ref \"a\"): field \"tags\" must be a string or an array of strings\n"
          "docs.json: error: document 2 (ref \"a\"): field \"title\" must be a string or an array of strings\n"
          "docs.json: error: document 4 is not a JSON object\n"
          "docs.json: error: document 5 is not a JSON object\n"
          "docs.json: error: document 6 needs a \"ref\" (a string or a number)\n");
}

TEST_CASE("document list: the top level must be an array") {
    for (const char* text : {R"({"ref": "a"})", "42", "\"docs\""}) {
        urker::Diagnostics problems;
        CHECK(read(text, problems).empty());
        CHECK(messages(problems).starts_with("docs.json: error: the document list must be a JSON array of objects\n"));
    }
}

TEST_CASE("document list: a syntax error is reported alone, at its line and column") {
    urker::Diagnostics problems;
    CHECK(read("[{\"ref\": true},\n {\"ref\": \"a\" \"title\": 1}]", problems).empty());
    REQUIRE(problems.items().size() == 1);
    CHECK(problems.items()[0].where.line == 2);
    CHECK(problems.items()[0].where.column == 20);  // nlohmann stops at the end of the token "title"
}

TEST_CASE("document list: reading stops after 20 errors") {
    std::string text = "[";
    for (int i = 0; i < 50; ++i) text += std::string(i ? "," : "") + "{}";
    text += "]";
    urker::Diagnostics problems;
    read(text, problems);
    CHECK(problems.error_count() == 20);
}

TEST_CASE("document list: a repeated ref is a warning") {
    urker::Diagnostics problems;
    const auto docs = read(R"([{"ref": "a"}, {"ref": "b"}, {"ref": "a"}])", problems);
    CHECK(docs.size() == 3);
    CHECK_FALSE(problems.has_errors());
    CHECK(messages(problems).starts_with("docs.json: warning: documents 1 and 3 share the ref \"a\"\n"));
}

TEST_CASE("document list: problems read in Russian and Kazakh") {
    urker::Diagnostics problems;
    read(R"([{"ref": "a", "title": {"x": 1}}, {"ref": "", "body": [[1]]}, 5, {"ref": "b"}, {"ref": "b"}])", problems);
    const std::string en = messages(problems);
    std::string ru, kk;
    for (const auto& d : problems.items()) {
        ru += urker::format_diagnostic(d, "ru");
        kk += urker::format_diagnostic(d, "kk");
    }
    CHECK(en == "docs.json: error: document 1 (ref \"a\"): field \"title\" must be a string or an array of strings\n"
                "docs.json: error: document 2: field \"body\" must be a string or an array of strings\n"
                "docs.json: error: document 3 is not a JSON object\n"
                "docs.json: warning: documents 4 and 5 share the ref \"b\"\n"
                "    hint: lunr.js merges them: both are found, the later one's text decides the score\n");
    CHECK(ru == "docs.json: ошибка: документ 1 (ref «a»): поле «title» должно быть строкой или массивом строк\n"
                "docs.json: ошибка: документ 2: поле «body» должно быть строкой или массивом строк\n"
                "docs.json: ошибка: документ 3 — не объект JSON\n"
                "docs.json: предупреждение: у документов 4 и 5 одинаковый ref «b»\n"
                "    подсказка: lunr.js объединит их: найдутся оба, а вес в поиске определит текст второго\n");
    CHECK(kk.find("docs.json: қате: 3-құжат JSON нысаны емес\n") != std::string::npos);
}
