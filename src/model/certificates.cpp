#include "model/certificates.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "config/review_diagnostic.h"
#include "core/fs.h"
#include "core/sha256.h"
#include "core/text.h"

namespace urker {

const char* fingerprint_state_name(FingerprintState s) {
    switch (s) {
        case FingerprintState::matches: return "matches";
        case FingerprintState::changed: return "changed";
        case FingerprintState::unrecorded: return "unrecorded";
    }
    return "unrecorded";
}

std::string certificate_number(const std::string& prefix, int year, int sequence) {
    char tail[32];
    std::snprintf(tail, sizeof tail, "%04d-%03d", year, sequence);
    return prefix.empty() ? std::string(tail) : prefix + "-" + tail;
}

std::string text_without_review(const Page& page) {
    const YamlDocument& fm = page.front_matter;
    auto key = fm.positions.find("/review#key");
    if (key == fm.positions.end()) return page.file_text();
    const int first = key->second.line;
    // The field runs to the next top-level key, or to the end of the front matter (the line
    // before the body is its closing ---).
    int end = page.body_line - 1;
    for (const auto& [pointer, at] : fm.positions) {
        if (pointer.size() < 6 || pointer.compare(pointer.size() - 4, 4, "#key") != 0) continue;
        if (pointer.find('/', 1) != std::string::npos) continue;  // not top-level
        if (at.line > first && at.line < end) end = at.line;
    }
    std::string out;
    out.reserve(page.file_text().size());
    int line = 1;
    std::size_t pos = 0;
    while (pos < page.file_text().size()) {
        std::size_t nl = page.file_text().find('\n', pos);
        std::size_t next = nl == std::string::npos ? page.file_text().size() : nl + 1;
        if (line < first || line >= end) out.append(page.file_text(), pos, next - pos);
        pos = next;
        ++line;
    }
    return out;
}

std::string fingerprint_manifest(std::vector<CertificateFile> files) {
    std::sort(files.begin(), files.end(), [](const CertificateFile& a, const CertificateFile& b) { return a.name < b.name; });
    std::string list;
    for (const auto& f : files) list += f.sha256 + "  " + f.name + "\n";
    return list;
}

std::string fingerprint_of(const std::vector<CertificateFile>& files) { return sha256_hex(fingerprint_manifest(files)); }

std::vector<CertificateFile> material_files(const SiteModel& model, PageId page, const std::filesystem::path& content_root,
                                            Diagnostics& diags) {
    const Page& p = model.pages[page];
    std::vector<CertificateFile> files;
    std::string folder = p.is_bundle ? p.bundle_dir + "/" : p.content_path.substr(0, p.content_path.rfind('/') + 1);
    auto name_of = [&](const std::string& content_path) {
        return starts_with(content_path, folder) ? content_path.substr(folder.size()) : content_path;
    };
    std::vector<PageId> versions{page};
    if (auto it = model.translations.find(p.translation_key); it != model.translations.end()) versions = it->second;
    // Views (another language's interface around the same file) are not files of their own.
    for (PageId v : versions)
        if (!model.pages[v].is_view)
            files.push_back({name_of(model.pages[v].content_path), sha256_hex(text_without_review(model.pages[v]))});
    for (const auto& a : p.attachments) {
        auto bytes = read_file(content_root / a.source);
        if (!bytes) {
            diags.add(review_diagnostic(p.front_matter, "/review", Message("review.attachment_unreadable", {{"file", "content/" + a.source}})));
            continue;
        }
        files.push_back({name_of(a.source), sha256_hex(*bytes)});
    }
    std::sort(files.begin(), files.end(), [](const CertificateFile& a, const CertificateFile& b) { return a.name < b.name; });
    return files;
}

std::vector<Certificate> issue_certificates(const SiteModel& model, const std::filesystem::path& content_root, Diagnostics& diags) {
    std::vector<Certificate> out;
    if (!model.config.certificates.enabled) return out;
    for (PageId i = 0; i < model.pages.size(); ++i) {
        const Page& p = model.pages[i];
        if (p.kind != PageKind::page || p.section != "materials" || p.draft) continue;
        if (p.is_translation && !model.config.is_default_language(p.lang)) {
            // A translation whose default-language file exists is covered by that file.
            auto it = model.translations.find(p.translation_key);
            if (it != model.translations.end() && it->second.front() != i) continue;
        }
        if (!p.review || p.review->status != ReviewStatus::approved || !p.review->date) continue;
        Certificate c;
        c.material = i;
        c.approved = *p.review->date;
        c.reviewers = p.review->reviewers;
        const auto& fm = p.front_matter.value;
        c.lang = fm.contains("language") && fm["language"].is_string() ? fm["language"].get<std::string>() : p.lang;
        c.files = material_files(model, i, content_root, diags);
        c.fingerprint = fingerprint_of(c.files);
        c.recorded = p.review->fingerprint;
        c.state = c.recorded.empty() ? FingerprintState::unrecorded
                  : c.recorded == c.fingerprint ? FingerprintState::matches
                                                : FingerprintState::changed;
        // The approved version in Git: the last commit that changed the material by the day of approval.
        if (i < model.history.size())
            if (const auto* r = model.history[i].as_of(c.approved)) c.commit = *r;
        out.push_back(std::move(c));
    }
    std::sort(out.begin(), out.end(), [&](const Certificate& a, const Certificate& b) {
        long da = a.approved.days_since_epoch(), db = b.approved.days_since_epoch();
        return da != db ? da < db : model.pages[a.material].content_path < model.pages[b.material].content_path;
    });
    std::map<int, int> per_year;
    for (auto& c : out) {
        c.sequence = ++per_year[c.approved.year];
        c.number = certificate_number(model.config.certificates.prefix, c.approved.year, c.sequence);
        c.slug = slugify(c.number);
    }
    return out;
}

}  // namespace urker
