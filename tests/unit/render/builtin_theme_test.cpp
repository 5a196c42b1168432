// The default theme built into urker is byte for byte the repository's themes/default/.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <string>

#include "core/fs.h"
#include "render/builtin_theme.h"

TEST_CASE("every file of themes/default is built into urker, unchanged") {
    const std::filesystem::path theme = std::filesystem::path(URKER_SOURCE_DIR) / "themes" / "default";
    std::set<std::string> on_disk;
    for (const auto& rel : urker::list_files(theme)) {
        CAPTURE(rel);
        on_disk.insert(rel);
        const urker::EmbeddedFile* f = urker::find_embedded(urker::resources::builtin_theme(), rel);
        REQUIRE(f != nullptr);
        CHECK(f->data == urker::read_file(theme / rel).value());
    }
    std::set<std::string> built_in;
    for (const auto& f : urker::resources::builtin_theme()) built_in.insert(std::string(f.path));
    CHECK(built_in == on_disk);
    CHECK(on_disk.count("templates/base.html"));
    CHECK(on_disk.count("i18n/kk.yaml"));
}
