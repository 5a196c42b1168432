#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

#include "render/charts.h"

using urker::BarChart;
using urker::chart_data_table;
using urker::format_chart_number;
using urker::LineChart;
using urker::svg_bar_chart;
using urker::svg_bar_chart_stacked;
using urker::svg_line_chart;
using urker::svg_progress_bar;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + what.size())) ++n;
    return n;
}

BarChart schools() {
    BarChart c;
    c.id = "by school";
    c.title = "Школы";
    c.description = "Участники";
    c.unit_label = "чел.";
    c.bars = {{"СОШ №1", 10, "/s/1/"}, {"Гимназия", 2.5, ""}};
    return c;
}

LineChart growth(int n) {
    LineChart c;
    c.id = "growth";
    c.title = "Рост";
    for (int i = 0; i < n; ++i) c.points.push_back({"м" + std::to_string(i + 1), static_cast<double>(i * 3)});
    return c;
}

}  // namespace

TEST_CASE("numbers have at most two decimals, no trailing zeros and a point whatever the locale") {
    CHECK(format_chart_number(1) == "1");
    CHECK(format_chart_number(12.0) == "12");
    CHECK(format_chart_number(2.5) == "2.5");
    CHECK(format_chart_number(1.0 / 3) == "0.33");
    CHECK(format_chart_number(2.0 / 3) == "0.67");
    CHECK(format_chart_number(1234567) == "1234567");
    CHECK(format_chart_number(-4.25) == "-4.25");
    CHECK(format_chart_number(-0.001) == "0");
    CHECK(format_chart_number(100.004) == "100");
    CHECK(format_chart_number(std::numeric_limits<double>::quiet_NaN()) == "0");
    CHECK(format_chart_number(std::numeric_limits<double>::infinity()) == "0");
    CHECK(format_chart_number(1e300).size() == 301);
}

TEST_CASE("a horizontal bar chart is written exactly") {
    CHECK(
        svg_bar_chart(schools()) ==
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"urker-chart urker-chart--bars\" width=\"100%\" viewBox=\"0 0 640 64\" "
        "role=\"img\" aria-labelledby=\"by-school-title by-school-desc\" font-size=\"13\" fill=\"currentColor\">\n"
        "<title id=\"by-school-title\">Школы</title>\n"
        "<desc id=\"by-school-desc\">Участники</desc>\n"
        "<g class=\"urker-chart__item\"><title>СОШ №1: 10 чел.</title>\n"
        "<text class=\"urker-chart__label\" x=\"192\" y=\"18\" dy=\"0.35em\" text-anchor=\"end\">СОШ №1</text>\n"
        "<rect class=\"urker-chart__bar\" x=\"200\" y=\"9\" width=\"368\" height=\"18\" rx=\"2\"/>\n"
        "<text class=\"urker-chart__value\" x=\"574\" y=\"18\" dy=\"0.35em\">10</text>\n"
        "</g>\n"
        "<g class=\"urker-chart__item\"><title>Гимназия: 2.5 чел.</title>\n"
        "<text class=\"urker-chart__label\" x=\"192\" y=\"46\" dy=\"0.35em\" text-anchor=\"end\">Гимназия</text>\n"
        "<rect class=\"urker-chart__bar\" x=\"200\" y=\"37\" width=\"92\" height=\"18\" rx=\"2\"/>\n"
        "<text class=\"urker-chart__value\" x=\"298\" y=\"46\" dy=\"0.35em\">2.5</text>\n"
        "</g>\n"
        "</svg>");
}

TEST_CASE("a chart without data keeps its name and shows a dash") {
    BarChart c;
    c.id = "empty";
    c.title = "Пусто";
    CHECK(
        svg_bar_chart(c) ==
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"urker-chart urker-chart--bars\" width=\"100%\" viewBox=\"0 0 640 40\" "
        "role=\"img\" aria-labelledby=\"empty-title\" font-size=\"13\" fill=\"currentColor\">\n"
        "<title id=\"empty-title\">Пусто</title>\n"
        "<text class=\"urker-chart__empty\" x=\"320\" y=\"20\" dy=\"0.35em\" text-anchor=\"middle\">—</text>\n"
        "</svg>");
    c.horizontal = false;
    CHECK(svg_bar_chart(c).find("urker-chart--columns") != std::string::npos);
    LineChart l;
    l.title = "Пусто";
    const std::string line = svg_line_chart(l);
    CHECK(line.find("urker-chart__empty") != std::string::npos);
    CHECK(line.find("<polyline") == std::string::npos);
}

TEST_CASE("aria-labelledby names the title and, when there is one, the description") {
    BarChart c = schools();
    c.id = "";
    std::string svg = svg_bar_chart(c);
    CHECK(svg.find("aria-labelledby=\"urker-chart-title urker-chart-desc\"") != std::string::npos);
    CHECK(svg.find("<title id=\"urker-chart-title\">") != std::string::npos);
    CHECK(svg.find("<desc id=\"urker-chart-desc\">") != std::string::npos);
    c.id = "a\"b";
    c.description.clear();
    svg = svg_bar_chart(c);
    CHECK(svg.find("aria-labelledby=\"a&quot;b-title\"") != std::string::npos);
    CHECK(svg.find("<desc") == std::string::npos);
}

TEST_CASE("long labels wrap onto a second line that fits left of the bars; the full label is in the tooltip") {
    BarChart c = schools();
    c.bars = {{"Средняя общеобразовательная школа-гимназия №12 имени Абая", 42, ""},
              {"Школа-лицей «Өркен», партнёры", 1, ""},
              {"Оченьдлинноеназваниешколыбезединогопробела", 1, ""}};
    const std::string svg = svg_bar_chart(c);
    // Each line holds at most 23 characters, so that none runs past the chart's left edge at any width.
    CHECK(svg.find("<tspan x=\"192\" dy=\"-0.2em\">Средняя</tspan><tspan x=\"192\" dy=\"1.1em\">общеобразовательная…</tspan>") != std::string::npos);
    CHECK(svg.find("<tspan x=\"192\" dy=\"-0.2em\">Школа-лицей «Өркен»,</tspan><tspan x=\"192\" dy=\"1.1em\">партнёры</tspan>") != std::string::npos);
    CHECK(svg.find(">Оченьдлинноеназваниешко</tspan>") != std::string::npos);  // no space: broken inside the word
    CHECK(svg.find("<title>Средняя общеобразовательная школа-гимназия №12 имени Абая: 42 чел.</title>") != std::string::npos);
    CHECK(svg.find("viewBox=\"0 0 640 128\"") != std::string::npos);  // rows grow to 40 for two lines
}

TEST_CASE("a bar chart against a target draws full bars at the target's scale and a dashed target line") {
    BarChart c;
    c.id = "plans";
    c.title = "Выполнение";
    c.bars = {{"План работы", 75, ""}, {"Наставничество", 100, ""}};
    c.full_value = 100;
    c.value_suffix = " %";
    c.has_target = true;
    c.target = 90;
    c.target_label = "цель 90 %";
    const std::string svg = svg_bar_chart(c);
    CHECK(svg.find("width=\"264\"") != std::string::npos);  // 75 % of 352
    CHECK(svg.find(">75 %</text>") != std::string::npos);
    CHECK(svg.find("<line class=\"urker-chart__target\" x1=\"516.8\"") != std::string::npos);  // 200 + 0.9 × 352
    CHECK(svg.find(">цель 90 %</text>") != std::string::npos);
}

TEST_CASE("all text in a chart is escaped") {
    BarChart c;
    c.id = "x";
    c.title = "<b>&</b>";
    c.description = "\"d\"\x01";
    c.unit_label = "<u>";
    c.bars = {{"<script>", 1, "/a?b=1&c=\"2\""}};
    const std::string svg = svg_bar_chart(c);
    CHECK(svg.find("<title id=\"x-title\">&lt;b&gt;&amp;&lt;/b&gt;</title>") != std::string::npos);
    CHECK(svg.find("<desc id=\"x-desc\">&quot;d&quot;</desc>") != std::string::npos);
    CHECK(svg.find("href=") == std::string::npos);  // links live in the data table, not in role="img"
    CHECK(chart_data_table(c, "c", "l", "v").find("href=\"/a?b=1&amp;c=&quot;2&quot;\"") != std::string::npos);
    CHECK(svg.find("<script>") == std::string::npos);
    CHECK(svg.find("<u>") == std::string::npos);
}

TEST_CASE("bars are as long as their share of the largest value; zero, negative and NaN bars are empty") {
    BarChart c = schools();
    c.bars = {{"a", 4, ""}, {"b", 1, ""}, {"c", 0, ""}, {"d", -3, ""}, {"e", std::nan(""), ""}, {"f", 0.001, ""}};
    const std::string svg = svg_bar_chart(c);
    CHECK(svg.find("width=\"368\" height=\"18\"") != std::string::npos);
    CHECK(svg.find("width=\"92\" height=\"18\"") != std::string::npos);
    CHECK(count(svg, "width=\"0\" height=\"18\"") == 3);
    CHECK(svg.find("width=\"1\" height=\"18\"") != std::string::npos);  // tiny but visible
    CHECK(svg.find(">-3</text>") != std::string::npos);
    CHECK(svg.find("viewBox=\"0 0 640 176\"") != std::string::npos);  // 4 + 6 * 28 + 4
}

TEST_CASE("columns: one per value, values above, labels below, every label when they fit") {
    BarChart c;
    c.id = "months";
    c.title = "Материалы";
    c.horizontal = false;
    c.bars = {{"2026-09", 4, ""}, {"2026-10", 0, "/m/10/"}};
    const std::string svg = svg_bar_chart(c);
    CHECK(svg.find("class=\"urker-chart urker-chart--columns\"") != std::string::npos);
    CHECK(svg.find("<rect class=\"urker-chart__bar\" x=\"140\" y=\"20\" width=\"48\" height=\"192\" rx=\"2\"/>") !=
          std::string::npos);
    CHECK(svg.find("<rect class=\"urker-chart__bar\" x=\"452\" y=\"212\" width=\"48\" height=\"0\" rx=\"2\"/>") !=
          std::string::npos);
    CHECK(svg.find(">2026-09</text>") != std::string::npos);
    CHECK(svg.find(">2026-10</text>") != std::string::npos);
    CHECK(svg.find("<g class=\"urker-chart__item\"><title>2026-10: 0</title>") != std::string::npos);
    CHECK(count(svg, "class=\"urker-chart__axis\"") == 1);
}

TEST_CASE("columns: crowded labels are thinned out, always keeping the last one") {
    BarChart c;
    c.id = "months";
    c.horizontal = false;
    for (int i = 1; i <= 24; ++i) c.bars.push_back({"2026-" + std::string(i < 10 ? "0" : "") + std::to_string(i), 1.0 * i, ""});
    const std::string svg = svg_bar_chart(c);
    CHECK(count(svg, "<rect class=\"urker-chart__bar\"") == 24);
    CHECK(count(svg, "<title>") == 24);  // one per column (the chart's has an id)
    const std::size_t labels = count(svg, "class=\"urker-chart__label\"");
    CHECK(labels >= 6);
    CHECK(labels <= 12);
    CHECK(svg.find(">2026-24</text>") != std::string::npos);
    CHECK(svg.find(">2026-01</text>") == std::string::npos);
    CHECK(svg.find("…") == std::string::npos);  // the labels that are shown are whole
}

TEST_CASE("a line chart has a line through its points on round grid lines") {
    LineChart c = growth(4);  // 0, 3, 6, 9
    const std::string svg = svg_line_chart(c);
    CHECK(svg.find("class=\"urker-chart urker-chart--line\"") != std::string::npos);
    CHECK(count(svg, "<polyline") == 1);
    CHECK(count(svg, "<circle class=\"urker-chart__point\"") == 4);
    CHECK(svg.find("<polyline class=\"urker-chart__line\" points=\"48,212 234.67,154.4 421.33,96.8 608,39.2\"") !=
          std::string::npos);
    for (const char* tick : {">0</text>", ">5</text>", ">10</text>"})
        CHECK(svg.find("dy=\"0.35em\" text-anchor=\"end\" font-size=\"11\"" + std::string(tick)) != std::string::npos);
    CHECK(count(svg, "class=\"urker-chart__tick\"") == 3);
    CHECK(count(svg, "class=\"urker-chart__axis\"") == 1);
    CHECK(count(svg, "class=\"urker-chart__grid\"") == 2);
    CHECK(svg.find("<title>м3: 6</title>") != std::string::npos);
}

TEST_CASE("a line chart of whole numbers never has fractional grid lines") {
    LineChart c = growth(0);
    c.points = {{"a", 1}, {"b", 2}};
    const std::string svg = svg_line_chart(c);
    CHECK(svg.find(".5</text>") == std::string::npos);
    c.points = {{"a", 0.2}, {"b", 0.4}};
    CHECK(svg_line_chart(c).find(">0.1</text>") != std::string::npos);
}

TEST_CASE("a line chart with one point or all zeros still draws") {
    LineChart c = growth(1);
    std::string svg = svg_line_chart(c);
    CHECK(count(svg, "<circle") == 1);
    CHECK(svg.find("<polyline") == std::string::npos);
    CHECK(svg.find("cx=\"328\"") != std::string::npos);  // in the middle
    c.points = {{"a", 0}, {"b", 0}};
    svg = svg_line_chart(c);
    CHECK(svg.find("nan") == std::string::npos);
    CHECK(svg.find("inf") == std::string::npos);
    CHECK(svg.find(">1</text>") != std::string::npos);
}

TEST_CASE("a long line chart shows values only in the tooltips") {
    const std::string svg = svg_line_chart(growth(30));
    CHECK(count(svg, "<circle") == 30);
    CHECK(svg.find("urker-chart__value") == std::string::npos);
    CHECK(svg.find(">м30</text>") != std::string::npos);
}

TEST_CASE("a progress bar is written exactly, its fraction clamped") {
    CHECK(svg_progress_bar("plan", "План", 0.6, "12 из 20 — 60 %") ==
          "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"urker-chart urker-chart--progress\" width=\"100%\" viewBox=\"0 0 "
          "640 44\" "
          "role=\"img\" aria-labelledby=\"plan-title plan-desc\" font-size=\"13\" fill=\"currentColor\">\n"
          "<title id=\"plan-title\">План</title>\n"
          "<desc id=\"plan-desc\">12 из 20 — 60 %</desc>\n"
          "<text class=\"urker-chart__label\" x=\"0\" y=\"14\">План</text>\n"
          "<text class=\"urker-chart__value\" x=\"640\" y=\"14\" text-anchor=\"end\">12 из 20 — 60 %</text>\n"
          "<rect class=\"urker-chart__track\" x=\"0\" y=\"22\" width=\"640\" height=\"16\" rx=\"8\" fill-opacity=\"0.15\"/>\n"
          "<rect class=\"urker-chart__bar\" x=\"0\" y=\"22\" width=\"384\" height=\"16\" rx=\"8\"/>\n"
          "</svg>");
    CHECK(svg_progress_bar("p", "План", 1.5, "").find("class=\"urker-chart__bar\" x=\"0\" y=\"22\" width=\"640\"") !=
          std::string::npos);
    CHECK(svg_progress_bar("p", "План", -1, "").find("class=\"urker-chart__bar\" x=\"0\" y=\"22\" width=\"0\"") !=
          std::string::npos);
    CHECK(svg_progress_bar("p", "План", std::nan(""), "").find("width=\"0\"") != std::string::npos);
    // Its own text joins the number and the sign with a no-break space.
    CHECK(svg_progress_bar("p", "План", 1.0 / 3, "").find("<desc id=\"p-desc\">33.33\u00a0%</desc>") != std::string::npos);
}

TEST_CASE("the data table beside a chart has the same data, with links") {
    CHECK(chart_data_table(schools(), "Участники по школам", "Школа", "Участники, чел.") ==
          "<table class=\"urker-chart-table\">\n"
          "<caption>Участники по школам</caption>\n"
          "<thead><tr><th scope=\"col\">Школа</th><th scope=\"col\" class=\"urker-chart-table__value\">Участники, "
          "чел.</th></tr></thead>\n"
          "<tbody>\n"
          "<tr><th scope=\"row\"><a href=\"/s/1/\">СОШ №1</a></th><td class=\"urker-chart-table__value\">10</td></tr>\n"
          "<tr><th scope=\"row\">Гимназия</th><td class=\"urker-chart-table__value\">2.5</td></tr>\n"
          "</tbody>\n"
          "</table>");
}

TEST_CASE("an empty data table has no caption when none is given and one row with a dash") {
    CHECK(chart_data_table(BarChart{}, "", "Школа", "Участники") ==
          "<table class=\"urker-chart-table\">\n"
          "<thead><tr><th scope=\"col\">Школа</th><th scope=\"col\" "
          "class=\"urker-chart-table__value\">Участники</th></tr></thead>\n"
          "<tbody>\n"
          "<tr><td colspan=\"2\">—</td></tr>\n"
          "</tbody>\n"
          "</table>");
}

TEST_CASE("a line chart has a data table too, and table text is escaped") {
    LineChart c = growth(2);
    c.points[1].label = "<окт & ноя>";
    const std::string table = chart_data_table(c, "A&B", "<Месяц>", "Участники");
    CHECK(table.find("<caption>A&amp;B</caption>") != std::string::npos);
    CHECK(table.find("<th scope=\"col\">&lt;Месяц&gt;</th>") != std::string::npos);
    CHECK(table.find("<tr><th scope=\"row\">&lt;окт &amp; ноя&gt;</th><td class=\"urker-chart-table__value\">3</td></tr>") !=
          std::string::npos);
}

TEST_CASE("the same data always gives the same chart") {
    CHECK(svg_bar_chart(schools()) == svg_bar_chart(schools()));
    CHECK(svg_line_chart(growth(7)) == svg_line_chart(growth(7)));
}

TEST_CASE("an empty label leaves no empty text element") {
    BarChart c = schools();
    c.bars = {{"", 1, ""}};
    CHECK(svg_bar_chart(c).find("urker-chart__label") == std::string::npos);
    c.horizontal = false;
    CHECK(svg_bar_chart(c).find("urker-chart__label") == std::string::npos);
    CHECK(svg_progress_bar("p", "", 0.5, "1 из 2").find("urker-chart__label") == std::string::npos);
}

TEST_CASE("a horizontal bar chart's phone layout puts each label above its bar within 320 units") {
    const std::string svg = svg_bar_chart_stacked(schools());
    CHECK(svg.rfind(R"(<svg xmlns="http://www.w3.org/2000/svg" class="urker-chart urker-chart--bars urker-chart--stacked" width="100%" viewBox="0 0 320 )", 0) == 0);
    // Its own ids, so that both layouts can be on one page.
    CHECK(svg.find(R"(aria-labelledby="by-school-stacked-title by-school-stacked-desc")") != std::string::npos);
    CHECK(count(svg, "<g class=\"urker-chart__item\">") == 2);
    // Each label at the left edge, on the line above its bar, which starts at the edge too.
    CHECK(svg.find(R"(<text class="urker-chart__label" x="0" y="17">СОШ №1</text>)") != std::string::npos);
    CHECK(svg.find(R"(<rect class="urker-chart__bar" x="0" y="22" width="284" height="14" rx="2"/>)") != std::string::npos);
    CHECK(svg.find(R"(<text class="urker-chart__value" x="290" y="29" dy="0.35em">10</text>)") != std::string::npos);
    CHECK(svg.find(R"(<text class="urker-chart__value" x="77" y="71" dy="0.35em">2.5</text>)") != std::string::npos);
    // Columns keep their one layout, and a chart without bars its dash.
    BarChart columns = schools();
    columns.horizontal = false;
    CHECK(svg_bar_chart_stacked(columns).empty());
    BarChart none = schools();
    none.bars.clear();
    CHECK(svg_bar_chart_stacked(none).empty());
}

TEST_CASE("in the phone layout a long label ends before the target's line") {
    BarChart c;
    c.id = "plans";
    c.title = "Планы";
    c.full_value = 100;
    c.value_suffix = "\xC2\xA0%";
    c.has_target = true;
    c.target = 100;
    c.target_label = "цель 100 %";
    c.bars = {{"План работы сетевого сообщества «Үркер» на 2026–2027 учебный год", 82, ""}};
    const std::string svg = svg_bar_chart_stacked(c);
    const auto start = svg.find(R"(<text class="urker-chart__label" x="0" y="35">)");
    REQUIRE(start != std::string::npos);
    const std::string label = svg.substr(start, svg.find("</text>", start) - start);
    CHECK(label.find("…") != std::string::npos);
    // The target line at 100 % of the 268 units a bar may take; the label within 260 of them.
    CHECK(svg.find(R"(<line class="urker-chart__target" x1="268")") != std::string::npos);
    const std::string shown = label.substr(label.find('>') + 1);
    std::size_t letters = 0;
    for (unsigned char ch : shown) letters += (ch & 0xC0) != 0x80;
    CHECK(letters * 8.2 <= 260);
}
