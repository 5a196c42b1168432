#include "content/active_files.h"

#include "core/text.h"

namespace urker {

namespace {

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}

struct Reference {
    const Page* page = nullptr;
    int line = 0, column = 0;
};

// The first place in `page` that names the file: its name standing alone (not the tail of a
// longer name), in a link, an image or a front-matter field.
Reference find_reference(const Page& page, const std::string& name) {
    const std::string& text = page.file_text();
    for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
        bool starts_alone = at == 0 || !is_name_char(text[at - 1]);
        std::size_t end = at + name.size();
        bool ends_alone = end == text.size() || !is_name_char(text[end]) || text[end] == '.';
        if (!starts_alone || !ends_alone) continue;
        std::size_t line_start = text.rfind('\n', at);
        line_start = line_start == std::string::npos ? 0 : line_start + 1;
        int line = 1;
        for (std::size_t i = 0; i < line_start; ++i) line += text[i] == '\n';
        int column = static_cast<int>(count_code_points(std::string_view(text).substr(line_start, at - line_start))) + 1;
        return {&page, line, column};
    }
    return {};
}

std::string folder_of(const std::string& path) {
    auto slash = path.rfind('/');
    return slash == std::string::npos ? "" : path.substr(0, slash + 1);  // "materials/drobi/" or ""
}

// The page nearest to the file that names it: one in its own folder (its bundle) first, then in
// the folders above, then anywhere else.
Reference first_reference(const std::vector<Page>& pages, const std::string& rel) {
    const std::string name = rel.substr(folder_of(rel).size());
    Reference best;
    std::size_t best_depth = 0;
    for (const Page& p : pages) {
        const std::string folder = folder_of(p.content_path);
        const std::size_t depth = starts_with(rel, folder) ? folder.size() + 1 : 0;  // 0: not above the file
        if (best.page && depth <= best_depth) continue;
        Reference r = find_reference(p, name);
        if (!r.page) continue;
        best = r;
        best_depth = depth;
    }
    return best;
}

Message hint_for(const std::string& ext) {
    return Message("content.active_file_hint", {{"picture", ext == "svg" || ext == "svgz" ? "yes" : "no"}, {"ext", ext}});
}

}  // namespace

void check_active_files(const std::filesystem::path& content_root, const std::vector<StaticAsset>& assets,
                        const std::vector<Page>& pages, const SecurityConfig& security, Diagnostics& diags) {
    const std::string root = content_root.string() + "/";
    for (const StaticAsset& a : assets) {
        const std::string ext = active_extension_of(a.output_path.substr(a.output_path.rfind('/') + 1));
        if (!is_active_file_type(ext) || security.allowed_active_files.count(ext)) continue;
        const std::string rel = starts_with(a.source, root) ? a.source.substr(root.size()) : a.source;
        const std::string file = "content/" + rel;
        const std::string name = rel.substr(folder_of(rel).size());
        const std::string kind = active_file_kind_code(ext);
        Reference ref = first_reference(pages, rel);
        if (ref.page)
            diags.error({ref.page->source, ref.line, ref.column},
                        Message("content.active_file_referenced", {{"name", name}, {"file", file}, {"kind", kind}}), hint_for(ext),
                        std::string(line_of(ref.page->file_text(), ref.line)));
        else
            diags.error({file, 0, 0}, Message("content.active_file", {{"name", name}, {"kind", kind}}), hint_for(ext));
    }
}

}  // namespace urker
