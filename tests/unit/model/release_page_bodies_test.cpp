#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "config/yaml_document.h"
#include "core/diagnostic.h"
#include "model/site_model.h"

using namespace urker;

TEST_CASE("after render's inputs are made, a page keeps its front matter's lines, shared with its views, and lets the body go") {
    const std::string file = "---\ntitle: Дроби\ngrade: 5\n---\n\nДлинный текст урока.\n";
    const std::size_t body_offset = file.find("\nДлинный") + 1;
    auto text = std::make_shared<const SourceText>(file);
    Diagnostics diags;
    SiteModel model;
    for (int k = 0; k < 2; ++k) {  // a page and its view share one text
        Page p;
        p.source = "content/materials/drobi.md";
        p.set_text(text, body_offset);
        p.front_matter = parse_yaml_in_file("title: Дроби\ngrade: 5\n", p.source, diags, 1, text);
        p.is_view = k == 1;
        model.pages.push_back(std::move(p));
    }
    Page without_front_matter;
    without_front_matter.set_text(std::string("Только текст.\n"), 0);
    model.pages.push_back(std::move(without_front_matter));
    const std::weak_ptr<const SourceText> old = text;
    text.reset();

    release_page_bodies(model);

    CHECK(old.expired());  // nobody holds the whole file any more
    CHECK(model.pages[0].file_text() == file.substr(0, body_offset));
    CHECK(model.pages[0].body().empty());
    CHECK(model.pages[0].shared_text() == model.pages[1].shared_text());
    CHECK(model.pages[0].front_matter.shared_text.get() == model.pages[0].shared_text());
    // A message about a front-matter field still quotes its line.
    Diagnostic d = model.pages[1].front_matter.error_at("/grade", "a grade is a number from 1 to 11");
    CHECK(d.where.line == 3);
    CHECK(d.source_line == "grade: 5");
    CHECK(model.pages[2].file_text().empty());
}

TEST_CASE("a reviewed material keeps its whole text for its certificate, and a list page its file") {
    const std::string file = "---\ntitle: Дроби\nreview:\n  status: approved\n---\n\nТекст урока.\n";
    const std::size_t body_offset = file.find("\nТекст") + 1;
    SiteModel model;
    Page reviewed;
    reviewed.set_text(file, body_offset);
    reviewed.review = Review{};
    model.pages.push_back(std::move(reviewed));
    Page section;
    section.kind = PageKind::section;
    section.set_text(std::string("Раздел без шапки.\n"), 0);
    model.pages.push_back(std::move(section));
    Page plain;
    plain.set_text(file, body_offset);
    model.pages.push_back(std::move(plain));

    release_page_bodies(model);

    CHECK(model.pages[0].file_text() == file);
    CHECK(model.pages[1].file_text() == "Раздел без шапки.\n");
    CHECK(model.pages[2].body().empty());
}
