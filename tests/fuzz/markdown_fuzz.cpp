// Markdown with the embeds (video, poll, map blocks), as the site builds a page body: the safe
// default options and the webmaster's "unsafe" ones, a link rewriter that resolves some links,
// reports some as missing and keeps the rest, and the summary's inline Markdown.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

#include "core/text.h"
#include "fuzz_target.h"
#include "markdown/embeds.h"
#include "markdown/markdown.h"

namespace {

const urker::MarkdownRenderer& renderer(bool unsafe) {
    static const urker::MarkdownRenderer safe_one = [] {
        urker::MarkdownRenderer r;
        r.fenced_blocks = urker::embed_handlers({});
        // Deterministic, so a replayed input takes the same path: the address decides the action.
        r.rewrite_link = [](std::string_view url) -> urker::LinkRewrite {
            switch (std::hash<std::string_view>{}(url) % 3) {
                case 0: return {};
                case 1: return {urker::LinkRewrite::Action::replace, "/pages/" + std::string(url) + "/", {}, {}};
                default: return {urker::LinkRewrite::Action::missing, {}, urker::Message("model.did_you_mean", {{"near", std::string(url)}}), {}};
            }
        };
        return r;
    }();
    static const urker::MarkdownRenderer unsafe_one = [] {
        urker::MarkdownRenderer r = safe_one;
        r.options.unsafe = true;
        r.options.smart_punctuation = false;
        r.options.hard_breaks = true;
        return r;
    }();
    return unsafe ? unsafe_one : safe_one;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    urker::register_markdown_extensions();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text = urker::fuzz::as_text(data, size);
    if (!urker::is_valid_utf8(text)) return 0;  // the loader refuses such a file before Markdown sees it
    for (bool unsafe : {false, true}) {
        urker::Diagnostics diags;
        urker::MarkdownInput input{text, {"content/fuzz.md", 3, 0}, text, unsafe ? "kk" : "ru"};
        urker::RenderedMarkdown out = renderer(unsafe).render(input, diags);
        for (const urker::Diagnostic& d : diags.items()) (void)urker::format_diagnostic(d);
        (void)urker::render_inline_markdown(text.substr(0, 512), renderer(unsafe).options);
    }
    return 0;
}
