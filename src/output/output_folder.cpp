#include "output/output_folder.h"

#include <cstdlib>

#include "output/folder_swap.h"
#include "output/output_marker.h"

namespace urker {

namespace fs = std::filesystem;

namespace {

fs::path resolved(const fs::path& p) {
    std::error_code ec;
    fs::path r = fs::weakly_canonical(fs::absolute(p), ec);
    if (ec) r = fs::absolute(p).lexically_normal();
    if (r.filename().empty() && r != r.root_path()) r = r.parent_path();
    return r;
}

// Is `inner` strictly below `outer`? Both resolved.
bool is_inside(const fs::path& inner, const fs::path& outer) {
    auto rel = inner.lexically_relative(outer);
    return !rel.empty() && rel != "." && *rel.begin() != "..";
}

Diagnostic refusal(const std::string& shown, Message message, Message hint) {
    return make_diagnostic(Severity::error, SourceLocation{shown}, std::move(message), std::move(hint));
}

std::string examples(const FolderInspection& seen) {
    std::string list;
    for (const auto& f : seen.foreign_files) list += (list.empty() ? "" : ", ") + f;
    if (seen.foreign_count > seen.foreign_files.size()) list += ", …";
    return list;
}

Message choose_hint() { return Message("output.choose_hint"); }

}  // namespace

std::optional<Diagnostic> check_output_location(const fs::path& source, const fs::path& output, const std::string& shown) {
    const fs::path src = resolved(source);
    const fs::path out = resolved(output);
    if (out == out.root_path())
        return refusal(shown, Message("output.refused_root"), choose_hint());
    if (const char* home = std::getenv("HOME"); home && *home && out == resolved(home))
        return refusal(shown, Message("output.refused_home"), choose_hint());
    if (out == src)
        return refusal(shown, Message("output.refused_source"), choose_hint());
    if (is_inside(src, out))
        return refusal(shown, Message("output.refused_contains_source", {{"source", src.string()}}), choose_hint());
    if (is_inside(out, src)) {
        auto rel = out.lexically_relative(src).generic_string();
        if (rel != kDefaultOutput && rel != kDefaultDraftsOutput)
            return refusal(shown, Message("output.refused_inside_source", {{"folder", rel + "/"}}), Message("output.refused_inside_source_hint"));
    }
    std::error_code ec;
    auto status = fs::status(out, ec);
    if (fs::exists(status) && !fs::is_directory(status))
        return refusal(shown, Message("output.refused_file"), Message("output.choose_folder_hint"));
    if (fs::is_directory(status) && !fs::exists(out / kOutputMarker, ec) && (fs::exists(out / "site.yaml", ec) || fs::exists(out / "content", ec)))
        return refusal(shown, Message("output.refused_looks_like_source"), choose_hint());
    return std::nullopt;
}

std::string check_output_folder(const fs::path& source_root, const fs::path& output_dir) {
    auto d = check_output_location(source_root, output_dir, output_dir.string());
    return d ? d->message : "";
}

std::unique_ptr<OutputFolder> OutputFolder::open(const OutputRequest& request, std::ostream& err, Diagnostics& diags) {
    const std::string shown = request.output.string();
    if (auto refused = check_output_location(request.source, request.output, shown)) {
        diags.add(std::move(*refused));
        return nullptr;
    }
    auto folder = std::unique_ptr<OutputFolder>(new OutputFolder());
    // Symbolic links are followed: the site replaces the folder a link points to, not the link.
    folder->paths_ = OutputPaths::beside(resolved(request.output));
    const OutputPaths& paths = folder->paths_;

    std::error_code ec;
    fs::create_directories(paths.output.parent_path(), ec);
    if (ec) {
        diags.error({shown}, Message("output.cannot_create_folder", {{"folder", paths.output.parent_path().string()}, {"detail", ec.message()}}),
                    Message("output.cannot_create_folder_hint"));
        return nullptr;
    }
    std::string lock_error;
    folder->lock_ = OutputLock::acquire(paths.lock, request.wait, [&] {
        err << render_message(Message("output.waiting", {{"folder", shown}}), resolve_message_language(request.message_language, ""))
            << '\n';
        err.flush();
    }, lock_error);
    if (!folder->lock_.held()) {
        diags.error({shown}, Message("output.not_locked", {{"detail", lock_error}}), Message("output.not_locked_hint"));
        return nullptr;
    }

    std::vector<Message> recovered;
    recover_interrupted_build(paths, recovered);
    for (auto& m : recovered) folder->note(std::move(m));

    if (request.as_last_left && recovered.empty() && request.as_last_left(paths.output)) {
        folder->had_site_ = true;
        return folder;
    }
    FolderInspection seen = inspect_output_folder(paths.output);
    switch (seen.owner) {
    case FolderInspection::Owner::missing:
    case FolderInspection::Owner::empty:
        break;
    case FolderInspection::Owner::urker:
        folder->had_site_ = true;
        break;
    case FolderInspection::Owner::not_folder:
        diags.add(refusal(shown, Message("output.refused_not_folder"), Message("output.choose_folder_hint")));
        return nullptr;
    case FolderInspection::Owner::foreign: {
        Message what = seen.has_marker
            ? Message("output.refused_foreign_files", {{"count", seen.foreign_count}, {"examples", examples(seen)}})
            : Message("output.refused_foreign_folder", {{"marker", std::string(kOutputMarker)}, {"examples", examples(seen)}});
        if (!request.force) {
            diags.add(refusal(shown, std::move(what),
                              Message("output.refused_foreign_hint", {{"marked", seen.has_marker ? "yes" : "no"},
                                                                      // The date's place in the reader's words.
                                                                      {"backup", paths.output.filename().string() + ".urker-backup-DATE"},
                                                                      {"backup@ru", paths.output.filename().string() + ".urker-backup-ДАТА"},
                                                                      {"backup@kk", paths.output.filename().string() + ".urker-backup-КҮНІ"}})));
            return nullptr;
        }
        fs::path backup = free_backup_path(paths.output);
        fs::rename(paths.output, backup, ec);
        if (ec) {
            diags.error({shown}, Message("output.cannot_move_aside", {{"backup", backup.string()}, {"detail", ec.message()}}),
                        Message("output.cannot_move_aside_hint"));
            return nullptr;
        }
        folder->moved_aside_ = backup;
        folder->note(Message("output.note_forced", {{"folder", shown}, {"backup", backup.string()}}));
        break;
    }
    }
    return folder;
}

void OutputFolder::note(Message message) {
    notes_.push_back(render_message(message, "en"));
    note_messages_.push_back(std::move(message));
}

void OutputFolder::put_back_moved_aside() {
    if (moved_aside_.empty()) return;
    std::error_code ec;
    if (fs::symlink_status(paths_.output, ec).type() == fs::file_type::not_found) {
        fs::rename(moved_aside_, paths_.output, ec);
        if (!ec) moved_aside_.clear();
    }
}

}  // namespace urker
