// Charts for the monitoring page, drawn at build time as inline SVG (no JavaScript): members per
// school, materials per month or subject, plan completion, growth of active members.
//
// Every chart is an <svg role="img"> named by its <title> and <desc> (aria-labelledby), sized by
// its viewBox at width 100%, and painted with currentColor so that it follows the text colour.
// The theme's CSS may restyle it through these classes:
//   urker-chart (and --bars, --columns, --line, --progress)   the <svg>
//   urker-chart--stacked  a horizontal bar chart's second layout, for phones (svg_bar_chart_stacked)
//   urker-chart__item    one bar, column or point with its texts (a <g>, or an <a> when linked)
//   urker-chart__bar     a bar's or a column's <rect>, the filled part of a progress bar
//   urker-chart__track   the unfilled part of a progress bar
//   urker-chart__label   a category's name        urker-chart__value   a number
//   urker-chart__axis    the base line            urker-chart__grid    a value grid line
//   urker-chart__tick    a grid line's number     urker-chart__line    the line of a line chart
//   urker-chart__point   a point of a line chart  urker-chart__empty   the mark of a chart without data
//   urker-chart-table (and __value)               the data table beside a chart
// Long labels of horizontal bars wrap onto a second line and are shortened with "…" only beyond
// it, so that no label runs past the chart's left edge; the full label and value are in each item's <title>
// (shown on hover). Assistive technology reads the chart's title and description only, so the
// data table beside it is the accessible version of the data, links included.
#pragma once

#include <string>
#include <vector>

namespace urker {

struct ChartBar {
    std::string label;
    double value = 0;
    std::string url;  // optional link
};

// What follows a percentage: a no-break space and the sign ("100 %"), as ICU's Russian number
// format writes it, so that a line never breaks between the number and its sign.
inline constexpr char kPercentSuffix[] = "\xC2\xA0%";

struct BarChart {
    std::string id;  // unique in the page: the <title> and <desc> ids are "<id>-title", "<id>-desc"
    std::string title, description;
    std::string unit_label;  // added after the value in each bar's tooltip: "12 чел."
    std::vector<ChartBar> bars;
    bool horizontal = true;  // horizontal bars with labels; false = columns, for a time series
    // Horizontal bars only: the value a full bar stands for (0: the largest value), a suffix after
    // each shown value (" %"), and a target drawn as a dashed line across the bars with its label
    // above it ("цель 100 %"), class urker-chart__target.
    double full_value = 0;
    std::string value_suffix;
    bool has_target = false;
    double target = 0;
    std::string target_label;
};

struct LinePoint {
    std::string label;
    double value = 0;
};

struct LineChart {
    std::string id, title, description;
    std::vector<LinePoint> points;
};

std::string svg_bar_chart(const BarChart& chart);
// A horizontal bar chart laid out for a phone (class urker-chart--stacked, ids "<id>-stacked-…"):
// each label above its bar, 320 units wide. The theme shows it instead of svg_bar_chart's below
// 35rem; "" for columns and for a chart without bars (whose dash fits any width).
std::string svg_bar_chart_stacked(const BarChart& chart);
std::string svg_line_chart(const LineChart& chart);
// `fraction` is clamped to 0..1; `text` ("12 из 20 — 60 %") is shown and is the description.
std::string svg_progress_bar(const std::string& id, const std::string& label, double fraction, const std::string& text);

// The chart's data as a <table>: a row per bar, the label (linked when the bar has a URL) as the
// row header. An empty `caption` leaves the caption out.
std::string chart_data_table(const BarChart& chart, const std::string& caption, const std::string& label_header,
                             const std::string& value_header);
std::string chart_data_table(const LineChart& chart, const std::string& caption, const std::string& label_header,
                             const std::string& value_header);

// A number as charts print it: at most two decimals, no trailing zeros, "." as the separator,
// whatever the locale (1 -> "1", 2.5 -> "2.5", 1/3 -> "0.33"). Not-a-number and infinities are 0.
std::string format_chart_number(double value);

}  // namespace urker
