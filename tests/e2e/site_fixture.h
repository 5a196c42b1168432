// Test sites written inline: a temporary folder with site.yaml, content files and a copy of the
// default theme, removed when the fixture goes away.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "core/diagnostic.h"
#include "output/output.h"
#include "site/build.h"

namespace urker::testing {

class SiteFixture {
public:
    // Files relative to the site folder; "site.yaml" must be among them.
    explicit SiteFixture(const std::map<std::string, std::string>& files, bool with_theme = true);
    ~SiteFixture();
    const std::filesystem::path& root() const { return root_; }
    void write(const std::string& path, const std::string& text) const;

    // Builds into memory.
    struct Result {
        bool ok = false;
        MemoryOutput out;
        Diagnostics diags;
        BuildSummary summary;
        std::string messages() const;
    };
    std::unique_ptr<Result> build(BuildOptions options = {}) const;

private:
    std::filesystem::path root_;
};

// Runs the urker binary with `args`; returns its exit code and fills `output` with stdout+stderr.
int run_urker(const std::string& args, std::string& output);

std::filesystem::path repository_root();

}  // namespace urker::testing
