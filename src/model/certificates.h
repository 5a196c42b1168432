// Certificates of publication (docs/kinds.md, "Review and certificates"): one for every approved
// material, with a number that stays put as content is added, and a fingerprint — the SHA-256 of
// the material's files — that shows whether the material changed since it was approved; and,
// when the site is in Git, the commit of the approved version.
//
// Numbers: `prefix-YEAR-NNN`, NNN counting the approvals of that year in order of approval date,
// then content path. A material approved later gets a later number, so adding content never
// renumbers the certificates already issued.
//
// Fingerprint: each file of the material (its Markdown files without their `review:` lines, and
// its attachments) is hashed; the lines "<sha256>  <name>", sorted by name, make a list in
// sha256sum's format, and the fingerprint is the SHA-256 of that list.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/diagnostic.h"
#include "model/site_model.h"

namespace urker {

struct CertificateFile {
    std::string name;    // relative to the material's folder: "index.md", "rabochiy-list.pdf"
    std::string sha256;  // of the file (a Markdown file without its review lines)
};

enum class FingerprintState { matches, changed, unrecorded };
const char* fingerprint_state_name(FingerprintState s);

struct Certificate {
    std::string number;  // "УРК-2026-001"
    std::string slug;    // "urk-2026-001": the certificate's address is certificates/<slug>/
    PageId material = 0; // the default-language page
    Date approved;
    int sequence = 0;    // within the year
    std::string lang;    // the material's language, the certificate's
    std::vector<std::string> reviewers;  // member ids
    std::string fingerprint;  // now (64 hex digits)
    std::string recorded;     // in the review; "" when not recorded
    FingerprintState state = FingerprintState::unrecorded;
    std::vector<CertificateFile> files;
    // The commit of the approved version (the last one that changed the material by the day of
    // approval), when the site's history comes from Git (model/page_history.h).
    std::optional<FileHistory::Revision> commit;
};

// "УРК-2026-007" (no prefix: "2026-007").
std::string certificate_number(const std::string& prefix, int year, int sequence);

// The text of a Markdown file without the lines of its front matter's `review:` field.
std::string text_without_review(const Page& page);

// The list "<sha256>  <name>\n" sorted by name, and its SHA-256.
std::string fingerprint_manifest(std::vector<CertificateFile> files);
std::string fingerprint_of(const std::vector<CertificateFile>& files);

// The files of the material `page` belongs to (all its language versions and attachments), hashed.
// Attachments are read from `content_root`; one that cannot be read is an error at the page.
std::vector<CertificateFile> material_files(const SiteModel& model, PageId page, const std::filesystem::path& content_root,
                                            Diagnostics& diags);

// A certificate for every approved material (its default-language page, not a draft), numbered,
// sorted by number order (year, sequence).
std::vector<Certificate> issue_certificates(const SiteModel& model, const std::filesystem::path& content_root, Diagnostics& diags);

}  // namespace urker
