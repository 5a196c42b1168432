// The text inside a material's attachments, for the site search: PDF (poppler's C++ library),
// Word, PowerPoint and Excel files (.docx, .pptx, .xlsx: their XML through libzip + pugixml) and
// LibreOffice files (.odt, .odp, .ods: content.xml). Teachers' materials are often mostly in
// these files (the lesson plan in .docx, the test in .pdf).
//
// A file is data, never trusted: the input, every XML part, the text and the PDF's pages are
// bounded, and a damaged or password-protected file gives a problem to report, not a failure.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace urker {

struct AttachmentTextLimits {
    std::size_t max_input_bytes = 64u << 20;  // larger files are not read at all
    std::size_t max_part_bytes = 64u << 20;   // the uncompressed size of one XML part
    std::size_t max_text_bytes = 1u << 20;    // the text kept (cut at a character boundary)
    int max_pages = 300;                      // PDF pages read
    double max_seconds = 20;                  // reading stops (keeping what it has) after this long
};

enum class AttachmentProblem {
    none,
    unreadable,  // damaged, or not the format its extension says
    encrypted,   // needs a password
    too_large,   // over max_input_bytes (or an XML part over max_part_bytes)
};

struct AttachmentText {
    std::string text;  // UTF-8, words separated by spaces and newlines
    AttachmentProblem problem = AttachmentProblem::none;
    bool cut = false;        // stopped at a limit (text, pages or time)
    bool timed_out = false;  // ... the time limit, which depends on the machine's load
};

// Whether the extension (lower case, without the dot) is one whose text is read.
bool has_readable_text(std::string_view extension);

// The text of a file with these bytes and extension.
AttachmentText extract_attachment_text(const std::string& bytes, std::string_view extension,
                                       const AttachmentTextLimits& limits = {});

}  // namespace urker
