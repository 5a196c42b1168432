// The text of attachments (.docx, .pptx, .xlsx, .odt) for the search. Random bytes are almost
// never a zip archive whose checksums hold, so the input's first byte picks what the fuzzer
// writes: the XML of a Word document, of a slide, of a workbook's shared strings, of an ODF
// content.xml, or (rarely useful, still tried) the archive's or a PDF's bytes themselves.
#include <cstddef>
#include <cstdint>
#include <string>

#include "content/attachment_text.h"
#include "fuzz_target.h"
#include "../support/zip_writer.h"

using urker::testing::make_zip;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    std::string part(reinterpret_cast<const char*>(data) + 1, size - 1);
    urker::AttachmentTextLimits limits;
    limits.max_text_bytes = 4096;  // small enough to hit the cut often
    urker::AttachmentText t;
    switch (data[0] % 6) {
        case 0: t = urker::extract_attachment_text(make_zip({{"word/document.xml", part}}), "docx", limits); break;
        case 1: t = urker::extract_attachment_text(make_zip({{"ppt/slides/slide1.xml", part}, {"ppt/slides/slide2.xml", part}}), "pptx", limits); break;
        case 2: t = urker::extract_attachment_text(make_zip({{"xl/workbook.xml", "<workbook/>"}, {"xl/sharedStrings.xml", part}}), "xlsx", limits); break;
        case 3: t = urker::extract_attachment_text(make_zip({{"content.xml", part}}), data[0] & 8 ? "odp" : "odt", limits); break;
        case 4: t = urker::extract_attachment_text(part, "pdf", limits); break;
        default: t = urker::extract_attachment_text(part, data[0] & 8 ? "docx" : "odt", limits); break;
    }
    // The text stays within its limit, is whole UTF-8 characters at its end, and a problem has no text.
    if (t.text.size() > limits.max_text_bytes) __builtin_trap();
    if (!t.text.empty() && (static_cast<unsigned char>(t.text.back()) & 0xC0) == 0xC0) __builtin_trap();
    if (t.problem != urker::AttachmentProblem::none && !t.text.empty()) __builtin_trap();
    return 0;
}
