// Every file a build publishes, by output path, with where it comes from. Two sources that would
// be written to the same path are an error naming both, never a silent replacement: a teacher's
// file cannot take the place of the theme's script, a generated page or another page.
//
// The plan sits in front of the real sink. Before rendering, the build claims the paths whose
// origin it knows (pages, the theme's and the site's static files, content files); claims that
// meet are reported at once. While rendering, a write to a path claimed by a file, or a second
// write to a path, is a collision too; the losing write is dropped (the build fails anyway).
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <mutex>
#include <utility>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "model/site_model.h"
#include "output/output.h"

namespace urker {

struct OutputOrigin {
    // From least to most the user's own doing: a collision is reported at the later kind's file.
    enum class Kind { generated, theme_file, section_list, page, site_static, content_file };
    Kind kind = Kind::generated;
    // As shown in messages: "content/news/_index.md", "static/favicon.svg", "content/news/" for
    // the list page of a folder without _index.md; "" for a file urker generates.
    std::string source;
};

class OutputPlan : public OutputSink {
public:
    explicit OutputPlan(OutputSink& inner) : inner_(inner) {}

    // Declares that `origin` will be published at `path`: a page by a write, a file (`file`, the
    // path it is copied from) by a copy. The site's static/ file replaces the theme's of the same
    // name, as documented; every other pair of claims on one path is a collision.
    void claim(const std::string& path, OutputOrigin origin, std::filesystem::path file = {});

    void write(const std::string& path, std::string_view data) override;
    void write_pieces(const std::string& path, std::span<const std::string_view> pieces) override;
    void copy(const std::filesystem::path& source_file, const std::string& path) override;
    std::size_t file_count() const override { return inner_.file_count(); }
    std::uintmax_t byte_count() const override { return inner_.byte_count(); }
    bool wants(std::string_view path) const override { return inner_.wants(path); }
    bool wants_all() const override { return inner_.wants_all(); }
    bool link_previous(const std::string& path, std::optional<std::uintmax_t> size = std::nullopt) override;
    std::optional<std::string> read_previous(const std::string& path) const override { return inner_.read_previous(path); }

    // The collisions found so far, each at the user's file that caused it, in a stable order.
    void report(Diagnostics& diags) const;

private:
    struct Entry {
        OutputOrigin origin;
        std::filesystem::path file;  // for a copy
        bool written = false;
    };
    struct Collision {
        std::string path;
        OutputOrigin first, second;
        std::string second_path;  // where `second` goes when it is not `path`: a file inside the folder `path`, or its folder
    };
    // Paths whose claims collided: the write or copy of either claimant there later is refused
    // without a second report (static/index.html was told once at itself, and once more at
    // content/_index.md as if urker's own file took its place).
    std::set<std::string> collided_claims_;
    // A claimed file whose path is a folder of `path`, or a claimed file inside the folder `path`:
    // one of the two could not be written. nullptr when there is none. Call with mutex_ held.
    const std::pair<const std::string, Entry>* folder_conflict(const std::string& path) const;
    // True when the caller may go on and write; records a collision otherwise.
    bool admit(const std::string& path, const OutputOrigin& writer, const std::filesystem::path* copied_file);

    OutputSink& inner_;
    mutable std::mutex mutex_;
    std::map<std::string, Entry> entries_;
    std::vector<Collision> collisions_;
};

// Claims every page of `model`, the theme's and the site's static files (`static_files`, as the
// theme lists them) and the files copied from content/. Sources are shown relative to `source_root`.
void claim_site_output(OutputPlan& plan, const std::filesystem::path& source_root, const SiteModel& model,
                       const std::vector<StaticAsset>& static_files);

}  // namespace urker
