// A minimal valid PDF with one page per given text (ASCII, in Helvetica), written by hand with a
// correct cross-reference table: for tests that need a real PDF without a PDF program.
// `encrypt_dictionary` (e.g. a Standard security handler whose password is not empty) is put in
// the trailer as /Encrypt, with a file /ID, to make a file that needs a password.
#pragma once

#include <string>
#include <vector>

namespace urker::testing {

inline std::string make_pdf(const std::vector<std::string>& pages, const std::string& encrypt_dictionary = {}) {
    std::vector<std::string> objects;  // object i + 1
    const std::size_t page_count = pages.size();
    // 1: catalog, 2: pages, 3: font, then per page: page, contents; last: the /Encrypt dictionary.
    std::string kids;
    for (std::size_t i = 0; i < page_count; ++i) kids += std::to_string(4 + 2 * i) + " 0 R ";
    objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
    objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(page_count) + " >>");
    objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    for (std::size_t i = 0; i < page_count; ++i) {
        objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents " +
                          std::to_string(5 + 2 * i) + " 0 R >>");
        const std::string stream = "BT /F1 12 Tf 72 700 Td (" + pages[i] + ") Tj ET";
        objects.push_back("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "\nendstream");
    }
    if (!encrypt_dictionary.empty()) objects.push_back(encrypt_dictionary);

    std::string pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const std::size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (std::size_t offset : offsets) {
        std::string number = std::to_string(offset);
        pdf += std::string(10 - number.size(), '0') + number + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R";
    if (!encrypt_dictionary.empty())
        pdf += " /Encrypt " + std::to_string(objects.size()) + " 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>]";
    pdf += " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

// A Standard security handler (RC4, 40 bits) whose user password is not empty: poppler cannot
// open the file without it. The /O and /U values are arbitrary, so no password opens it.
inline const char* kPdfPasswordEncryption =
    "<< /Filter /Standard /V 1 /R 2 /P -4 /O <4E6F7420746865206F776E65722070617373776F726420666F72207468697321> "
    "/U <5468697320697320616E2061726269747261727920552076616C75652121212E> >>";

}  // namespace urker::testing
