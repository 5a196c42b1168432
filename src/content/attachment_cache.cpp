#include "content/attachment_cache.h"

#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <thread>

#include "core/sha256.h"
#include "core/thread_pool.h"

namespace urker {

namespace fs = std::filesystem;

namespace {

// Bumped when extraction changes, so an older urker's texts are not reused.
constexpr const char* kCacheVersion = "attachment-text-1";

struct Job {
    const Attachment* attachment;
    AttachmentText result;
    bool cached = false;
};

std::optional<std::string> read_file(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream data;
    data << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return std::move(data).str();
}

// A cache entry: the problem's name on the first line, then the text.
std::string cache_entry(const AttachmentText& t) {
    const char* problem = t.problem == AttachmentProblem::none        ? "ok"
                          : t.problem == AttachmentProblem::encrypted ? "encrypted"
                          : t.problem == AttachmentProblem::too_large ? "too_large"
                                                                       : "unreadable";
    return std::string(problem) + (t.cut ? " cut" : "") + "\n" + t.text;
}

std::optional<AttachmentText> parse_cache_entry(const std::string& entry) {
    const std::size_t eol = entry.find('\n');
    if (eol == std::string::npos) return std::nullopt;
    const std::string head = entry.substr(0, eol);
    AttachmentText t;
    t.cut = head.ends_with(" cut");
    const std::string problem = head.substr(0, head.find(' '));
    if (problem == "ok") t.problem = AttachmentProblem::none;
    else if (problem == "encrypted") t.problem = AttachmentProblem::encrypted;
    else if (problem == "too_large") t.problem = AttachmentProblem::too_large;
    else if (problem == "unreadable") t.problem = AttachmentProblem::unreadable;
    else return std::nullopt;
    t.text = entry.substr(eol + 1);
    return t;
}

// Written beside and renamed into place, so a killed build or a parallel one never leaves half an
// entry. A cache that cannot be written (a read-only folder) only costs the next build time.
void store(const fs::path& folder, const std::string& name, const std::string& entry) {
    std::error_code ec;
    fs::create_directories(folder, ec);
    std::ostringstream id;
    id << std::this_thread::get_id();
    const fs::path temporary = folder / (name + ".tmp-" + id.str());
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) return;
        out << entry;
        if (!out.flush()) {
            out.close();
            fs::remove(temporary, ec);
            return;
        }
    }
    fs::rename(temporary, folder / name, ec);
    if (ec) fs::remove(temporary, ec);
}

void report(Diagnostics& diags, const Attachment& a, const AttachmentText& t, const AttachmentTextLimits& limits) {
    const SourceLocation where{"content/" + a.source};
    switch (t.problem) {
        case AttachmentProblem::none: return;
        case AttachmentProblem::encrypted:
            diags.warning(where, Message("search.attachment_encrypted", {{"name", a.name}}), Message("search.attachment_encrypted_hint"));
            return;
        case AttachmentProblem::too_large:
            diags.warning(where, Message("search.attachment_too_large", {{"name", a.name}, {"megabytes", std::to_string(limits.max_input_bytes >> 20)}}),
                          Message("search.attachment_too_large_hint"));
            return;
        case AttachmentProblem::unreadable:
            diags.warning(where, Message("search.attachment_unreadable", {{"name", a.name}, {"extension", a.ext}}),
                          Message("search.attachment_unreadable_hint"));
            return;
    }
}

}  // namespace

AttachmentTexts read_attachment_texts(const std::vector<Page>& pages, const fs::path& content_root, const fs::path& cache_folder,
                                      Diagnostics& diags, const AttachmentTextLimits& limits) {
    std::vector<Job> jobs;
    std::set<std::string> seen;
    for (const Page& p : pages) {
        if (p.is_view) continue;
        for (const Attachment& a : p.attachments)
            if (has_readable_text(a.ext) && seen.insert(a.source).second) jobs.push_back({&a, {}, false});
    }
    const fs::path folder = cache_folder.empty() ? fs::path() : cache_folder / kCacheVersion;
    parallel_for(jobs.size(), [&](std::size_t i) {
        Job& job = jobs[i];
        const fs::path file = content_root / job.attachment->source;
        std::error_code ec;
        const auto size = fs::file_size(file, ec);
        if (!ec && size > limits.max_input_bytes) {  // not even read into memory
            job.result.problem = AttachmentProblem::too_large;
            return;
        }
        std::optional<std::string> bytes = read_file(file);
        if (!bytes) {
            job.result.problem = AttachmentProblem::unreadable;
            return;
        }
        // The key is the file's bytes, its kind and the limits: a renamed or moved file is not read again.
        std::string key = job.attachment->ext + " " + std::to_string(limits.max_text_bytes) + " " + std::to_string(limits.max_pages);
        key = sha256_hex(*bytes) + "-" + sha256_hex(key).substr(0, 8) + ".txt";
        if (!folder.empty()) {
            if (auto entry = read_file(folder / key))
                if (auto cached = parse_cache_entry(*entry)) {
                    job.result = std::move(*cached);
                    job.cached = true;
                    return;
                }
        }
        job.result = extract_attachment_text(*bytes, job.attachment->ext, limits);
        // A time limit's cut depends on the machine's load: not cached, so a later build may do better.
        if (!folder.empty() && !job.result.timed_out)
            store(folder, key, cache_entry(job.result));
    });
    AttachmentTexts out;
    for (Job& job : jobs) {
        (job.cached ? out.from_cache : out.read) += 1;
        report(diags, *job.attachment, job.result, limits);
        if (!job.result.text.empty()) out.text_of.emplace(job.attachment->source, std::move(job.result.text));
    }
    return out;
}

}  // namespace urker
