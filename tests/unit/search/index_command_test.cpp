#include "search/index_command.h"

#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

using namespace urker::search;
namespace fs = std::filesystem;

namespace {

// A scratch folder, removed at the end of the test.
struct TempDir {
    TempDir() : path(fs::temp_directory_path() / ("urker-index-test-" + std::to_string(::getpid()))) {
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
    std::string write(const std::string& name, const std::string& text) const {
        std::ofstream(path / name, std::ios::binary) << text;
        return (path / name).string();
    }
    std::string read(const std::string& name) const {
        std::ifstream in(path / name, std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    }
    fs::path path;
};

}  // namespace

TEST_CASE("index command writes the index of a document list") {
    TempDir dir;
    const std::string docs = dir.write("docs.json", R"([{"ref": "/a/", "title": "Школа", "tags": ["урок"], "body": "text"}])");
    std::ostringstream err;
    const std::string out = (dir.path / "index.json").string();
    CHECK(run_index_command(docs, "ru", {}, out, err) == 0);
    CHECK(err.str().empty());
    CHECK(dir.read("index.json") ==
          R"({"version":"2.3.9","fields":["title","tags","body"],"fieldVectors":[["title//a/",[0,2.877]],)"
          R"(["tags//a/",[1,1.438]],["body//a/",[2,0.288]]],"invertedIndex":[["",{"_index":2,"title":{},"tags":{},)"
          R"("body":{"/a/":{}}}],["урок",{"_index":1,"title":{},"tags":{"/a/":{}},"body":{}}],["школ",{"_index":0,)"
          R"("title":{"/a/":{}},"tags":{},"body":{}}]],"pipeline":["trimmer-ru","stemmer-ru"]})");
}

TEST_CASE("index command reports a JSON syntax error with line, column and caret") {
    TempDir dir;
    const std::string docs = dir.write("docs.json", "[\n  {\"ref\": \"a\", \"title\": \"x\",}\n]\n");
    std::ostringstream err;
    CHECK(run_index_command(docs, "ru", {}, (dir.path / "out.json").string(), err) == 1);
    CHECK(err.str() == docs + ":2:29: error: invalid JSON: syntax error while parsing object key - unexpected '}'; "
                              "expected string literal\n"
                              "      {\"ref\": \"a\", \"title\": \"x\",}\n"
                              "                                ^\n");
}

TEST_CASE("index command names the document and field that is not text") {
    TempDir dir;
    const std::string docs = dir.write("docs.json", R"([{"ref": "a", "title": {"x": 1}}, {"title": "no ref"}, 5])");
    std::ostringstream err;
    CHECK(run_index_command(docs, "ru", {}, (dir.path / "out.json").string(), err) == 1);
    CHECK(err.str() == docs + ": error: document 1 (ref \"a\"): field \"title\" must be a string or an array of strings\n" +
                           docs + ": error: document 2 needs a \"ref\" (a string or a number)\n" + docs +
                           ": error: document 3 is not a JSON object\n");
}

TEST_CASE("index command: missing file, wrong top level") {
    TempDir dir;
    std::ostringstream err;
    CHECK(run_index_command((dir.path / "nope.json").string(), "ru", {}, "", err) == 1);
    CHECK(err.str().find("nope.json: error: cannot open the document list") != std::string::npos);
    err.str("");
    const std::string docs = dir.write("obj.json", R"({"ref": "a"})");
    CHECK(run_index_command(docs, "ru", {}, "", err) == 1);
    CHECK(err.str().starts_with(docs + ": error: the document list must be a JSON array of objects\n"));
}

TEST_CASE("index command: usage errors exit with 2") {
    std::ostringstream err;
    CHECK(run_index_command("docs.json", "de", {}, "", err) == 2);
    CHECK(err.str() == "urker index: error: unknown language \"de\"\n    hint: use --lang en, ru, multi or multi-kk\n");
    err.str("");
    CHECK(run_index_command("docs.json", "ru", {"title^ten"}, "", err) == 2);
    CHECK(err.str().starts_with("urker index: error: --field \"title^ten\" has a malformed boost\n"));
    err.str("");
    CHECK(run_index_command("docs.json", "ru", {"a/b"}, "", err) == 2);
    err.str("");
    CHECK(run_index_command("", "ru", {}, "", err) == 2);
}

TEST_CASE("index command accepts numbers, booleans and null like JavaScript's String()") {
    TempDir dir;
    const std::string docs = dir.write("docs.json", R"([{"ref": 7, "title": 2024, "tags": [1.5, true, null], "body": null}])");
    std::ostringstream err;
    CHECK(run_index_command(docs, "en", {}, (dir.path / "out.json").string(), err) == 0);
    const std::string index = dir.read("out.json");
    CHECK(index.find(R"(["title/7",)") != std::string::npos);
    CHECK(index.find(R"(["2024",)") != std::string::npos);
    CHECK(index.find(R"(["1.5",)") != std::string::npos);
    CHECK(index.find(R"(["true",)") != std::string::npos);
}

TEST_CASE("index command speaks the language it is given") {
    std::ostringstream err;
    CHECK(run_index_command("docs.json", "de", {}, "", err, "ru") == 2);
    CHECK(err.str() == "urker index: ошибка: неизвестный язык «de»\n    подсказка: укажите --lang en, ru, multi или multi-kk\n");
    err.str("");
    CHECK(run_index_command("docs.json", "ru", {"a/b"}, "", err, "kk") == 2);
    CHECK(err.str().starts_with("urker index: қате: «a/b» іздеу өрісінде '/' бар"));
    err.str("");
    CHECK(run_index_command("", "ru", {}, "", err, "ru") == 2);
    CHECK(err.str() == "urker index: ошибка: нужно указать --docs\n    подсказка: например: urker index --docs DOCS.json\n");
    TempDir dir;
    err.str("");
    CHECK(run_index_command((dir.path / "nope.json").string(), "ru", {}, "", err, "kk") == 1);
    CHECK(err.str().find("nope.json: қате: құжаттар тізімін ашу мүмкін емес\n    кеңес: жолды тексеріңіз\n") != std::string::npos);
}
