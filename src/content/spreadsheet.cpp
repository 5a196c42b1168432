#include "content/spreadsheet.h"

#include "content/zip_archive.h"

#include <pugixml.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>

namespace urker {

namespace {

// --- Shared helpers ------------------------------------------------------------------------------

constexpr int kMaxRows = 1 << 20;     // Excel's and Calc's limits
constexpr int kMaxColumns = 1 << 14;

SheetTable failure(Message error, Message hint) {
    SheetTable t;
    t.error = std::move(error);
    t.error_hint = std::move(hint);
    return t;
}

// Collects cells and rows, bounded by the cell limit, keeping only rows that hold text.
class TableBuilder {
public:
    explicit TableBuilder(std::size_t max_cells) : max_cells_(max_cells) {}

    void start_row(int number) {
        row_ = SheetRow{number, {}};
        pending_empty_ = 0;
    }
    // `count` equal cells (ODS repeats them); empty ones are only counted until text follows.
    bool add_cells(const std::string& text, std::size_t count) {
        if (text.empty()) {
            pending_empty_ += count;
            return true;
        }
        if (too_many(pending_empty_ + count)) return false;
        row_.cells.insert(row_.cells.end(), pending_empty_, std::string());
        row_.cells.insert(row_.cells.end(), count, text);
        cells_ += pending_empty_ + count;
        pending_empty_ = 0;
        return true;
    }
    // Places `text` in column `column` (1-based), as XLSX numbers its cells.
    bool set_cell(int column, const std::string& text) {
        if (column < 1 || text.empty()) return true;
        auto index = static_cast<std::size_t>(column - 1);
        if (index >= row_.cells.size()) {
            if (too_many(index + 1 - row_.cells.size())) return false;
            cells_ += index + 1 - row_.cells.size();
            row_.cells.resize(index + 1);
        }
        row_.cells[index] = text;
        return true;
    }
    // Ends the row, `repeat` times over (ODS); rows without text are left out.
    bool end_row(std::size_t repeat = 1) {
        if (row_.cells.empty()) return true;
        for (std::size_t k = 0; k < repeat; ++k) {
            if (k > 0) {
                if (too_many(row_.cells.size())) return false;
                cells_ += row_.cells.size();
            }
            rows_.push_back(row_);
            rows_.back().number = row_.number + static_cast<int>(k);
        }
        return true;
    }
    bool exceeded() const { return exceeded_; }

    std::vector<SheetRow> finish() {
        // Every row as wide as the widest, so a row's trailing empty cells are cells too.
        std::size_t width = 0;
        for (const auto& r : rows_) width = std::max(width, r.cells.size());
        for (auto& r : rows_) r.cells.resize(width);
        return std::move(rows_);
    }

private:
    bool too_many(std::size_t more) {
        if (cells_ + more > max_cells_) exceeded_ = true;
        return exceeded_;
    }
    std::size_t max_cells_;
    std::size_t cells_ = 0;
    std::size_t pending_empty_ = 0;
    bool exceeded_ = false;
    SheetRow row_;
    std::vector<SheetRow> rows_;
};

std::string trim_number(std::string text) {
    // "5.0000000000000009" and "0.30000000000000004" are Excel's binary doubles: show them as the
    // teacher typed them (15 significant digits, as Excel displays).
    double value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) return text;
    if (value == std::floor(value) && std::fabs(value) < 1e15) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.0f", value);
        return buf;
    }
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.15g", value);
    return buf;
}

std::string civil_date(long days_since_1970) {
    // Howard Hinnant's civil_from_days.
    long z = days_since_1970 + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2) ++y;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04ld-%02ld-%02ld", y, m, d);
    return buf;
}

// --- XLSX -----------------------------------------------------------------------------------------

bool parse_xml(pugi::xml_document& doc, const std::string& text) {
    return static_cast<bool>(doc.load_buffer(text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8));
}

// Text of a shared string or an inline string: its <t>, or its rich-text runs' <t>s (phonetic
// guides left out).
std::string string_item_text(const pugi::xml_node& si) {
    std::string text;
    for (const auto& child : si.children()) {
        std::string_view name = child.name();
        if (name == "t") text += child.text().get();
        else if (name == "r") text += child.child("t").text().get();
    }
    return text;
}

// Whether an Excel number format shows a date: the built-in date formats, or a format code with
// day or year parts outside quoted text and [brackets].
bool is_date_format(int id, const std::string& code) {
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return true;
    if (code.empty()) return false;
    bool quoted = false, bracket = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        char c = code[i];
        if (c == '\\') {
            ++i;
            continue;
        }
        if (c == '"') quoted = !quoted;
        else if (!quoted && c == '[') bracket = true;
        else if (!quoted && c == ']') bracket = false;
        else if (!quoted && !bracket && (c == 'd' || c == 'D' || c == 'y' || c == 'Y')) return true;
    }
    return false;
}

SheetTable read_xlsx(const ZipArchive& zip, const SheetLimits& limits) {
    bool too_large = false;
    auto read_part = [&](const std::string& name) { return zip.read(name, limits.max_part_bytes, too_large); };
    const Message hint("plan.sheet_save_xlsx");

    auto workbook_text = read_part("xl/workbook.xml");
    if (!workbook_text) return failure(Message(too_large ? "plan.sheet_too_large" : "plan.sheet_not_workbook"), hint);
    pugi::xml_document workbook;
    if (!parse_xml(workbook, *workbook_text)) return failure(Message("plan.sheet_damaged", {{"part", "xl/workbook.xml"}}), hint);
    pugi::xml_node root = workbook.child("workbook");
    bool date1904 = root.child("workbookPr").attribute("date1904").as_bool();
    pugi::xml_node sheet = root.child("sheets").child("sheet");
    if (!sheet) return failure(Message("plan.sheet_no_sheet"), hint);
    SheetTable table;
    table.sheet_name = sheet.attribute("name").value();
    std::string rel_id;
    for (const auto& a : sheet.attributes())
        if (std::string_view(a.name()).ends_with(":id")) rel_id = a.value();

    // The sheet's part, through the workbook's relationships.
    std::string sheet_path = "xl/worksheets/sheet1.xml";
    if (auto rels_text = read_part("xl/_rels/workbook.xml.rels")) {
        pugi::xml_document rels;
        if (parse_xml(rels, *rels_text))
            for (const auto& r : rels.child("Relationships").children("Relationship"))
                if (rel_id == r.attribute("Id").value()) {
                    std::string target = r.attribute("Target").value();
                    sheet_path = target.starts_with("/") ? target.substr(1) : "xl/" + target;
                }
    }

    std::vector<std::string> shared;
    if (zip.has("xl/sharedStrings.xml")) {
        auto text = read_part("xl/sharedStrings.xml");
        if (!text) return failure(Message(too_large ? "plan.sheet_too_large" : "plan.sheet_damaged", {{"part", "xl/sharedStrings.xml"}}), hint);
        pugi::xml_document doc;
        if (!parse_xml(doc, *text)) return failure(Message("plan.sheet_damaged", {{"part", "xl/sharedStrings.xml"}}), hint);
        for (const auto& si : doc.child("sst").children("si")) shared.push_back(string_item_text(si));
    }

    std::vector<bool> style_is_date;
    if (zip.has("xl/styles.xml")) {
        if (auto text = read_part("xl/styles.xml")) {
            pugi::xml_document doc;
            if (parse_xml(doc, *text)) {
                std::map<int, std::string> codes;
                for (const auto& f : doc.child("styleSheet").child("numFmts").children("numFmt"))
                    codes[f.attribute("numFmtId").as_int()] = f.attribute("formatCode").value();
                for (const auto& xf : doc.child("styleSheet").child("cellXfs").children("xf")) {
                    int id = xf.attribute("numFmtId").as_int();
                    auto it = codes.find(id);
                    style_is_date.push_back(is_date_format(id, it == codes.end() ? std::string() : it->second));
                }
            }
        }
    }

    auto sheet_text = read_part(sheet_path);
    if (!sheet_text) return failure(Message(too_large ? "plan.sheet_too_large" : "plan.sheet_damaged", {{"part", sheet_path}}), hint);
    pugi::xml_document doc;
    if (!parse_xml(doc, *sheet_text)) return failure(Message("plan.sheet_damaged", {{"part", sheet_path}}), hint);

    TableBuilder builder(limits.max_cells);
    int next_row = 1;
    for (const auto& row : doc.child("worksheet").child("sheetData").children("row")) {
        // Excel has 1 048 576 rows and 16 384 columns; a number beyond them is a damaged file's.
        // Rows are stored in order; one numbered lower than the one before is taken as the next.
        int number = std::clamp(row.attribute("r").as_int(next_row), next_row, kMaxRows);
        next_row = std::min(number + 1, kMaxRows);
        builder.start_row(number);
        int next_column = 1;
        for (const auto& c : row.children("c")) {
            int column = spreadsheet_column(c.attribute("r").value());
            if (column == 0) column = next_column;
            if (column > kMaxColumns) continue;
            next_column = column + 1;
            std::string_view type = c.attribute("t").value();
            std::string value = c.child("v").text().get();
            std::string text;
            if (type == "s") {
                std::size_t index = 0;
                auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), index);
                if (ec == std::errc() && index < shared.size()) text = shared[index];
            } else if (type == "inlineStr") {
                text = string_item_text(c.child("is"));
            } else if (type == "b") {
                text = value == "1" ? "TRUE" : "FALSE";
            } else if (type == "d") {
                text = value.substr(0, 10);
            } else if (type == "str" || type == "e") {
                text = value;
            } else if (!value.empty()) {
                auto style = static_cast<std::size_t>(c.attribute("s").as_uint(0));
                double serial = 0;
                auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), serial);
                bool numeric = ec == std::errc() && end == value.data() + value.size();
                if (numeric && style < style_is_date.size() && style_is_date[style] && serial >= 1 && serial < 2958466)
                    text = excel_serial_date(serial, date1904);
                else
                    text = trim_number(value);
            }
            if (!builder.set_cell(column, text)) break;
        }
        if (builder.exceeded() || !builder.end_row()) break;
    }
    if (builder.exceeded()) return failure(Message("plan.sheet_too_many_cells", {{"count", limits.max_cells}}), Message("plan.sheet_too_many_cells_hint"));
    table.rows = builder.finish();
    return table;
}

// --- ODS ------------------------------------------------------------------------------------------

void paragraph_text(const pugi::xml_node& node, std::string& out) {
    for (const auto& child : node.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            out += child.value();
            continue;
        }
        std::string_view name = child.name();
        if (name == "text:s") out.append(static_cast<std::size_t>(std::clamp(child.attribute("text:c").as_int(1), 1, 1000)), ' ');
        else if (name == "text:tab") out += '\t';
        else if (name == "text:line-break") out += '\n';
        else if (name == "office:annotation") continue;  // a comment on the cell, not its text
        else paragraph_text(child, out);
    }
}

std::string ods_cell_text(const pugi::xml_node& cell) {
    std::string_view type = cell.attribute("office:value-type").value();
    if (type == "date") return std::string(cell.attribute("office:date-value").value()).substr(0, 10);
    if (type == "float" || type == "percentage" || type == "currency") return trim_number(cell.attribute("office:value").value());
    if (type == "boolean") return cell.attribute("office:boolean-value").as_bool() ? "TRUE" : "FALSE";
    std::string text;
    bool first = true;
    for (const auto& p : cell.children("text:p")) {
        if (!first) text += '\n';
        first = false;
        paragraph_text(p, text);
    }
    return text;
}

// The rows of a table in order, also inside header-row and row-group wrappers.
bool ods_rows(const pugi::xml_node& parent, TableBuilder& builder, int& next_row) {
    for (const auto& node : parent.children()) {
        std::string_view name = node.name();
        if (name == "table:table-header-rows" || name == "table:table-row-group" || name == "table:table-rows") {
            if (!ods_rows(node, builder, next_row)) return false;
            continue;
        }
        if (name != "table:table-row") continue;
        std::size_t repeat = std::max(1u, node.attribute("table:number-rows-repeated").as_uint(1));
        builder.start_row(next_row);
        for (const auto& cell : node.children()) {
            std::string_view cell_name = cell.name();
            if (cell_name != "table:table-cell" && cell_name != "table:covered-table-cell") continue;
            std::size_t count = std::max(1u, cell.attribute("table:number-columns-repeated").as_uint(1));
            std::string text = cell_name == "table:covered-table-cell" ? std::string() : ods_cell_text(cell);
            if (!builder.add_cells(text, count)) return false;
        }
        if (!builder.end_row(repeat)) return false;
        next_row = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(next_row) + repeat, kMaxRows));
    }
    return true;
}

SheetTable read_ods(const ZipArchive& zip, const SheetLimits& limits) {
    const Message hint("plan.sheet_save_ods");
    bool too_large = false;
    auto text = zip.read("content.xml", limits.max_part_bytes, too_large);
    if (!text) return failure(Message(too_large ? "plan.sheet_too_large" : "plan.sheet_not_ods"), hint);
    pugi::xml_document doc;
    if (!parse_xml(doc, *text)) return failure(Message("plan.sheet_damaged", {{"part", "content.xml"}}), hint);
    pugi::xml_node table_node =
        doc.child("office:document-content").child("office:body").child("office:spreadsheet").child("table:table");
    if (!table_node) return failure(Message("plan.sheet_no_sheet"), hint);
    SheetTable table;
    table.sheet_name = table_node.attribute("table:name").value();
    TableBuilder builder(limits.max_cells);
    int next_row = 1;
    ods_rows(table_node, builder, next_row);
    if (builder.exceeded()) return failure(Message("plan.sheet_too_many_cells", {{"count", limits.max_cells}}), Message("plan.sheet_too_many_cells_hint"));
    table.rows = builder.finish();
    return table;
}

}  // namespace

int spreadsheet_column(std::string_view ref) {
    int column = 0;
    std::size_t i = 0;
    for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 4; ++i) column = column * 26 + (ref[i] - 'A' + 1);
    return i == 0 ? 0 : column;
}

std::string excel_serial_date(double serial, bool date1904) {
    long days = static_cast<long>(std::floor(serial));
    // 1900 system: day 1 is 1900-01-01 and day 60 the 29 February 1900 that never was (Lotus's
    // leap-year slip, kept by Excel); from day 61 on, day N is N days after 1899-12-30.
    long epoch_offset;  // days from 1970-01-01 to day 0
    if (date1904) epoch_offset = -24107;          // 1904-01-01 is day 0
    else if (days >= 61) epoch_offset = -25569;   // 1899-12-30
    else epoch_offset = -25568;                   // 1899-12-31 is day 0
    if (!date1904 && days == 60) return "1900-02-29";
    return civil_date(days + epoch_offset);
}

SheetTable read_spreadsheet_bytes(const std::string& bytes, const std::string& extension, const SheetLimits& limits) {
    ZipArchive zip(bytes);
    if (!zip.ok()) {
        return failure(Message("plan.sheet_not_zip", {{"extension", extension}}),
                       Message(extension == "ods" ? "plan.sheet_save_ods" : "plan.sheet_save_xlsx"));
    }
    return extension == "ods" ? read_ods(zip, limits) : read_xlsx(zip, limits);
}

SheetTable read_spreadsheet(const std::filesystem::path& file, const SheetLimits& limits) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return failure(Message("plan.sheet_cannot_open"), Message("plan.sheet_cannot_open_hint"));
    std::ostringstream data;
    data << in.rdbuf();
    std::string extension = file.extension().string();
    if (!extension.empty()) extension.erase(0, 1);
    for (auto& ch : extension) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return read_spreadsheet_bytes(data.str(), extension, limits);
}

}  // namespace urker
