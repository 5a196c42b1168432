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

Diagnostic refusal(const std::string& shown, std::string message, std::string hint) {
    Diagnostic d;
    d.where.file = shown;
    d.message = std::move(message);
    d.hint = std::move(hint);
    return d;
}

std::string examples(const FolderInspection& seen) {
    std::string list;
    for (const auto& f : seen.foreign_files) list += (list.empty() ? "" : ", ") + f;
    if (seen.foreign_count > seen.foreign_files.size()) list += ", …";
    return list;
}

constexpr const char* kChooseHint =
    "leave out --output to build into the site's public/ folder, or choose a new or empty folder outside the site";

}  // namespace

std::optional<Diagnostic> check_output_location(const fs::path& source, const fs::path& output, const std::string& shown) {
    const fs::path src = resolved(source);
    const fs::path out = resolved(output);
    if (out == out.root_path())
        return refusal(shown, "the output folder cannot be the root of the file system: building would replace everything on it", kChooseHint);
    if (const char* home = std::getenv("HOME"); home && *home && out == resolved(home))
        return refusal(shown, "the output folder cannot be your home folder: building would replace all your files with the site", kChooseHint);
    if (out == src)
        return refusal(shown, "the output folder is the site's own folder: building would replace site.yaml and content/ with the web pages", kChooseHint);
    if (is_inside(src, out))
        return refusal(shown, "the output folder contains the site's folder (" + src.string() + "): building would replace the site's own files with the web pages", kChooseHint);
    if (is_inside(out, src)) {
        auto rel = out.lexically_relative(src).generic_string();
        if (rel != kDefaultOutput && rel != kDefaultDraftsOutput)
            return refusal(shown, "the output folder " + rel + "/ is inside the site's folder: building would replace it with the web pages",
                           "inside the site only public/ (and public-drafts/ for --drafts) can hold the built site; or choose a folder outside the site");
    }
    std::error_code ec;
    auto status = fs::status(out, ec);
    if (fs::exists(status) && !fs::is_directory(status))
        return refusal(shown, "the output is a file, not a folder: building would replace it with the site",
                       "choose a folder for the site, e.g. --output public");
    if (fs::is_directory(status) && !fs::exists(out / kOutputMarker, ec) && (fs::exists(out / "site.yaml", ec) || fs::exists(out / "content", ec)))
        return refusal(shown, "the output folder looks like a site's source (it has site.yaml or content/): building would replace it", kChooseHint);
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
        diags.error({shown}, "cannot create the folder " + paths.output.parent_path().string() + ": " + ec.message(),
                    "check the path and the folder's permissions");
        return nullptr;
    }
    std::string lock_error;
    folder->lock_ = OutputLock::acquire(paths.lock, request.wait, [&] {
        err << "Another urker build is publishing into " << shown << "; waiting for it to finish…\n";
        err.flush();
    }, lock_error);
    if (!folder->lock_.held()) {
        diags.error({shown}, lock_error, "wait until the other build has finished, then build again");
        return nullptr;
    }

    recover_interrupted_build(paths, folder->notes_);

    FolderInspection seen = inspect_output_folder(paths.output);
    switch (seen.owner) {
    case FolderInspection::Owner::missing:
    case FolderInspection::Owner::empty:
        break;
    case FolderInspection::Owner::urker:
        folder->had_site_ = true;
        break;
    case FolderInspection::Owner::not_folder:
        diags.add(refusal(shown, "the output is not a folder: building would replace it with the site", "choose a folder for the site, e.g. --output public"));
        return nullptr;
    case FolderInspection::Owner::foreign: {
        std::string what = seen.has_marker
            ? "the output folder holds " + std::to_string(seen.foreign_count) + (seen.foreign_count == 1 ? " file" : " files") +
                  " that urker did not write (" + examples(seen) + "): building would replace them"
            : "the output folder is not empty and was not made by urker (it has no " + std::string(kOutputMarker) +
                  " file): building would replace what is in it (" + examples(seen) + ")";
        if (!request.force) {
            diags.add(refusal(shown, what,
                              std::string(seen.has_marker ? "move those files into the site's static/ folder, which every build publishes; "
                                                          : "choose a new or empty folder; ") +
                                  "or build with --force to move the folder's contents aside to " +
                                  paths.output.filename().string() + ".urker-backup-DATE (nothing is deleted)"));
            return nullptr;
        }
        fs::path backup = free_backup_path(paths.output);
        fs::rename(paths.output, backup, ec);
        if (ec) {
            diags.error({shown}, "cannot move the folder's contents aside to " + backup.string() + ": " + ec.message(),
                        "check the folder's permissions, or choose a new or empty folder");
            return nullptr;
        }
        folder->moved_aside_ = backup;
        folder->notes_.push_back("--force: moved what was in " + shown + " to " + backup.string() +
                                 " (urker never deletes files it did not write)");
        break;
    }
    }
    return folder;
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
