#include "site_fixture.h"

#include <atomic>
#include <cstdio>
#include <fstream>

#include <unistd.h>

#include "markdown/markdown.h"

namespace urker::testing {

namespace fs = std::filesystem;

fs::path repository_root() { return fs::path(URKER_SOURCE_DIR); }

SiteFixture::SiteFixture(const std::map<std::string, std::string>& files, bool with_theme) {
    static std::atomic<int> counter{0};
    register_markdown_extensions();
    root_ = fs::temp_directory_path() / ("urker-site-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(root_);
    fs::create_directories(root_);
    if (with_theme) fs::create_directories(root_ / "themes");
    if (with_theme) fs::copy(repository_root() / "themes" / "default", root_ / "themes" / "default", fs::copy_options::recursive);
    for (const auto& [path, text] : files) write(path, text);
}

SiteFixture::~SiteFixture() {
    std::error_code ec;
    fs::remove_all(root_, ec);
}

void SiteFixture::write(const std::string& path, const std::string& text) const {
    fs::path p = root_ / path;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
}

std::string SiteFixture::Result::messages() const {
    std::string all;
    for (const auto& d : diags.items()) all += format_diagnostic(d);
    return all;
}

std::unique_ptr<SiteFixture::Result> SiteFixture::build(BuildOptions options) const {
    auto r = std::make_unique<Result>();
    options.source = root_;
    r->ok = build_into(options, r->out, r->diags, r->summary);
    return r;
}

int run_urker(const std::string& args, std::string& output) {
    std::string cmd = std::string(URKER_BINARY) + " " + args + " 2>&1";
    FILE* pipe = popen(cmd.c_str(), "r");
    if (!pipe) return -1;
    char buf[4096];
    output.clear();
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) output.append(buf, n);
    int status = pclose(pipe);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace urker::testing
