// The data files pages name (a plan's items_file, a poll's results) are read by the content stage,
// once, and handed on in ContentSet::data_files: the later stages read no file themselves.
#include <doctest/doctest.h>

#include "config/site_config.h"
#include "content/loader.h"
#include "../../support/temp_folder.h"

using namespace urker;

TEST_CASE("the content stage keeps the data files pages name, and only those") {
    testing::TempFolder site("urker-data-files-");
    site.write("site.yaml", "title: Сеть\nlanguage: ru\n");
    site.write("content/_index.md", "---\ntitle: Главная\n---\n");
    site.write("content/plans/p.md", "---\ntitle: План\nitems_file: p-items.csv\n---\n");
    site.write("content/plans/p-items.csv", "Что;Когда\nСеминар;сентябрь\n");
    site.write("content/plans/q.md", "---\ntitle: План 2\nitems_file: ../data/.q.yaml\n---\n");
    site.write("content/data/.q.yaml", "- what: Семинар\n");  // hidden: not listed, but named
    site.write("content/news/n.md", "---\ntitle: Итоги\npoll: {title: Анкета, results: otvety.csv}\n---\n");
    site.write("content/news/otvety.csv", "Вопрос;Ответ\n");
    site.write("content/news/other.csv", "a;b\n");  // named by no page
    site.write("content/plans/r.md", "---\ntitle: План 3\nitems_file: missing.csv\n---\n");
    site.write("content/plans/s.md", "---\ntitle: План 4\nitems_file: bad.csv\n---\n");
    site.write("content/plans/bad.csv", std::string("\xff\xfe" "a\0;\0", 6));  // UTF-16: refused

    Diagnostics config_diags;
    auto config = load_site_config(site.root(), config_diags, "");
    REQUIRE(config);
    Diagnostics diags;
    const ContentSet set = load_content(site.root(), *config, LoadOptions{}, diags);

    REQUIRE(set.data_files.count("plans/p-items.csv"));
    CHECK(*set.data_files.at("plans/p-items.csv") == "Что;Когда\nСеминар;сентябрь\n");
    REQUIRE(set.data_files.count("data/.q.yaml"));
    CHECK(*set.data_files.at("data/.q.yaml") == "- what: Семинар\n");
    CHECK(set.data_files.count("news/otvety.csv"));
    CHECK_FALSE(set.data_files.count("news/other.csv"));
    // Missing: left to the page that names it (the portal says which page and how to fix it).
    CHECK_FALSE(set.data_files.count("plans/missing.csv"));
    // Not UTF-8: refused here, once, and named unreadable so no later stage reports it again.
    CHECK_FALSE(set.data_files.count("plans/bad.csv"));
    CHECK(set.unreadable.count("plans/bad.csv"));
    CHECK(diags.error_count() == 1);
}
