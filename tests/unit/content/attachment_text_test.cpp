#include "content/attachment_text.h"

#include <doctest/doctest.h>

#include <string>

#include "../../support/pdf_writer.h"
#include "../../support/zip_writer.h"

using namespace urker;
using urker::testing::make_pdf;
using urker::testing::make_zip;

namespace {

const char* kW = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

std::string docx(const std::string& body) {
    return make_zip({{"[Content_Types].xml", "<Types/>"},
                     {"word/document.xml", std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document ") + kW + "><w:body>" + body +
                                               "</w:body></w:document>"}});
}

}  // namespace

TEST_CASE("a Word document's text: paragraphs, runs joined as they show, no field codes or deleted text") {
    const std::string file = docx(
        "<w:p><w:r><w:t>План урока:</w:t></w:r><w:r><w:t xml:space=\"preserve\"> фото</w:t></w:r><w:r><w:t>синтез</w:t></w:r></w:p>"
        "<w:p><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:delText>удалено</w:delText></w:r><w:r><w:t>Хлорофилл</w:t></w:r>"
        "<w:r><w:tab/><w:t>сабақ</w:t></w:r></w:p>");
    AttachmentText t = extract_attachment_text(file, "docx");
    CHECK(t.problem == AttachmentProblem::none);
    CHECK(t.text == "План урока: фотосинтез\nХлорофилл сабақ");
    CHECK_FALSE(t.cut);
}

TEST_CASE("a PowerPoint presentation's slides in their order, an Excel workbook's strings") {
    const char* a = R"(xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main")";
    auto slide = [&](const std::string& text) {
        return std::string("<p:sld xmlns:p=\"p\" ") + a + "><a:p><a:r><a:t>" + text + "</a:t></a:r></a:p></p:sld>";
    };
    const std::string pptx = make_zip({{"ppt/slides/slide10.xml", slide("десятый")},
                                       {"ppt/slides/slide2.xml", slide("второй")},
                                       {"ppt/slides/slide1.xml", slide("первый")},
                                       {"ppt/slides/_rels/slide1.xml.rels", "<Relationships/>"}});
    CHECK(extract_attachment_text(pptx, "pptx").text == "первый\nвторой\nдесятый");

    const std::string xlsx = make_zip(
        {{"xl/workbook.xml", "<workbook/>"},
         {"xl/sharedStrings.xml", "<sst><si><t>Маятник</t></si><si><r><t>пери</t></r><r><t>од</t></r></si></sst>"},
         {"xl/worksheets/sheet1.xml",
          "<worksheet><sheetData><row><c t=\"s\"><v>0</v></c><c><f>A1*2</f><v>42</v></c><c t=\"inlineStr\"><is><t>длина</t></is></c></row></sheetData></worksheet>"}});
    CHECK(extract_attachment_text(xlsx, "xlsx").text == "Маятник\nпериод\nдлина");
}

TEST_CASE("a LibreOffice document's content.xml, with its spaces and line breaks") {
    const std::string odt = make_zip(
        {{"mimetype", "application/vnd.oasis.opendocument.text"},
         {"content.xml", R"(<office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text>)"
                         R"(<text:h>Қазақ хандығы</text:h><text:p>Керей<text:s/>мен<text:line-break/>Жәнібек <text:span>хан</text:span>дар</text:p>)"
                         R"(</office:text></office:body></office:document-content>)"}});
    AttachmentText t = extract_attachment_text(odt, "odt");
    CHECK(t.problem == AttachmentProblem::none);
    CHECK(t.text == "Қазақ хандығы\nКерей мен\nЖәнібек хандар");
}

TEST_CASE("a PDF's text, page by page") {
    AttachmentText t = extract_attachment_text(make_pdf({"Photosynthesis quiz", "Chlorophyll answers"}), "pdf");
    CHECK(t.problem == AttachmentProblem::none);
    CHECK(t.text.find("Photosynthesis quiz") != std::string::npos);
    CHECK(t.text.find("Chlorophyll answers") != std::string::npos);
    CHECK(t.text.find("Photosynthesis") < t.text.find("Chlorophyll"));
}

TEST_CASE("the limits: text cut at a character, PDF pages, the input's size") {
    AttachmentTextLimits limits;
    limits.max_text_bytes = 10;  // "План " is 9 bytes; the 10th is half of «у»
    AttachmentText t = extract_attachment_text(docx("<w:p><w:r><w:t>План урока</w:t></w:r></w:p>"), "docx", limits);
    CHECK(t.cut);
    CHECK(t.text == "План");

    limits = {};
    limits.max_pages = 1;
    t = extract_attachment_text(make_pdf({"first page", "second page"}), "pdf", limits);
    CHECK(t.cut);
    CHECK(t.text.find("first") != std::string::npos);
    CHECK(t.text.find("second") == std::string::npos);

    limits = {};
    limits.max_input_bytes = 100;
    CHECK(extract_attachment_text(std::string(101, 'x'), "pdf", limits).problem == AttachmentProblem::too_large);
    limits = {};
    limits.max_part_bytes = 50;
    CHECK(extract_attachment_text(docx(std::string(100, ' ')), "docx", limits).problem == AttachmentProblem::too_large);
}

TEST_CASE("a damaged file is unreadable, a password-protected one encrypted; neither throws") {
    for (const char* ext : {"pdf", "docx", "pptx", "xlsx", "odt"}) {
        CAPTURE(ext);
        CHECK(extract_attachment_text("this is not a document", ext).problem == AttachmentProblem::unreadable);
        CHECK(extract_attachment_text("", ext).problem == AttachmentProblem::unreadable);
    }
    const std::string whole = docx("<w:p><w:r><w:t>текст</w:t></w:r></w:p>");
    CHECK(extract_attachment_text(whole.substr(0, whole.size() / 2), "docx").problem == AttachmentProblem::unreadable);
    CHECK(extract_attachment_text(make_zip({{"word/document.xml", "<w:document><w:body>"}}), "docx").problem ==
          AttachmentProblem::unreadable);
    CHECK(extract_attachment_text(make_zip({{"other.xml", "<x/>"}}), "docx").problem == AttachmentProblem::unreadable);
    const std::string pdf = make_pdf({"some text"});
    CHECK(extract_attachment_text(pdf.substr(0, 40), "pdf").problem == AttachmentProblem::unreadable);

    // Office's password protection: an OLE compound file in place of the zip.
    const std::string ole = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0');
    CHECK(extract_attachment_text(ole, "docx").problem == AttachmentProblem::encrypted);
    // LibreOffice's: the manifest says how content.xml is encrypted.
    const std::string odt = make_zip({{"META-INF/manifest.xml", "<manifest:manifest><manifest:file-entry><manifest:encryption-data/>"
                                                                "</manifest:file-entry></manifest:manifest>"},
                                      {"content.xml", "\x01\x02garbage"}});
    CHECK(extract_attachment_text(odt, "odt").problem == AttachmentProblem::encrypted);
    // A PDF that needs a password to open.
    CHECK(extract_attachment_text(make_pdf({"secret"}, urker::testing::kPdfPasswordEncryption), "pdf").problem ==
          AttachmentProblem::encrypted);
}

TEST_CASE("other extensions have no text to read") {
    CHECK_FALSE(has_readable_text("jpg"));
    CHECK_FALSE(has_readable_text("doc"));
    CHECK(has_readable_text("docx"));
    CHECK(extract_attachment_text("whatever", "zip").text.empty());
}
