#include "render/charts.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>

#include "core/text.h"
#include "render/feeds.h"

namespace urker {

namespace {

// All charts are 640 units wide and scale to the width of their container; the height follows
// from the data. Text sizes are in the same units, so they scale with the chart.
constexpr double chart_width = 640;
// Rough advance of a character at the two text sizes, to decide how much of a label fits.
constexpr double char_width_13 = 7.5;
constexpr double char_width_11 = 6.5;

double finite_or_zero(double v) {
    return std::isfinite(v) ? v : 0;
}

std::string num(double v) {
    return format_chart_number(v);
}

// Ids may not contain whitespace in HTML; an empty one would make aria-labelledby point nowhere.
std::string svg_id(const std::string& id) {
    std::string out;
    for (char c : id) out += c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ? '-' : c;
    return escape_xml(out.empty() ? "urker-chart" : out);
}

// At most `max_chars` code points, the "…" included; cut after a whole word when one ends near
// the limit, without a dangling space or punctuation before the "…":
// ("Школа-лицей «Өркен», партнёры", 26) -> "Школа-лицей «Өркен»…".
std::string shorten(std::string_view s, std::size_t max_chars) {
    if (max_chars < 2) max_chars = 2;
    std::vector<std::size_t> starts;  // byte offset of each code point
    for (std::size_t i = 0; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) starts.push_back(i);
    if (starts.size() <= max_chars) return std::string(s);
    const std::size_t keep = max_chars - 1;
    std::size_t cut = starts[keep];
    for (std::size_t k = keep; k > 0 && k * 10 >= keep * 6; --k) {
        if (s[starts[k]] == ' ') {
            cut = starts[k];
            break;
        }
    }
    std::string_view head = s.substr(0, cut);
    for (bool trimmed = true; trimmed && !head.empty();) {
        trimmed = false;
        for (std::string_view tail : {" ", ",", ";", ":", ".", "-", "(", "/", "\xE2\x80\x93", "\xE2\x80\x94"}) {
            if (ends_with(head, tail)) {
                head.remove_suffix(tail.size());
                trimmed = true;
            }
        }
    }
    return std::string(head) + "\xE2\x80\xA6";
}

std::string tooltip(const std::string& label, double value, const std::string& unit) {
    std::string out = "<title>" + escape_xml(label) + ": " + num(value);
    if (!unit.empty()) out += " " + escape_xml(unit);
    return out + "</title>";
}

std::string open_svg(std::string_view modifier, const std::string& id, double height, const std::string& title,
                     const std::string& description, double width = chart_width) {
    const std::string base = svg_id(id);
    std::string out = R"(<svg xmlns="http://www.w3.org/2000/svg" class="urker-chart urker-chart--)";
    out.append(modifier);
    out += R"(" width="100%" viewBox="0 0 )" + num(width) + " " + num(height) + R"(" role="img" aria-labelledby=")" + base +
           "-title";
    if (!description.empty()) out += " " + base + "-desc";
    out += R"(" font-size="13" fill="currentColor">)";
    out += "\n<title id=\"" + base + "-title\">" + escape_xml(title) + "</title>\n";
    if (!description.empty()) out += "<desc id=\"" + base + "-desc\">" + escape_xml(description) + "</desc>\n";
    return out;
}

// A chart without data keeps its title and description and shows a dash.
std::string empty_svg(std::string_view modifier, const std::string& id, const std::string& title,
                      const std::string& description) {
    return open_svg(modifier, id, 40, title, description) +
           R"(<text class="urker-chart__empty" x="320" y="20" dy="0.35em" text-anchor="middle">—</text>)"
           "\n</svg>";
}

// A role="img" may not hold interactive content (a link inside it is hidden from assistive
// technology and still takes clicks), so bars are plain groups; the data table beside the chart
// carries the links.
std::string open_item(const std::string&) { return R"(<g class="urker-chart__item">)"; }

std::string close_item(const std::string&) { return "</g>"; }

double largest_value(const std::vector<ChartBar>& bars) {
    double largest = 0;
    for (const ChartBar& b : bars) largest = std::max(largest, finite_or_zero(b.value));
    return largest;
}

// Length of a bar for `value` when `largest` fills `full`; a positive value is never invisible.
double bar_length(double value, double largest, double full) {
    value = finite_or_zero(value);
    if (largest <= 0 || value <= 0) return 0;
    return std::max(1.0, value / largest * full);
}

// Category labels along the bottom of columns and line charts: each as long as the longest one
// (at most 14 characters), and when they would collide only every k-th is shown, counted from
// the last so that the newest month of a time series is always labelled.
struct AxisLabels {
    std::size_t every = 1, chars = 14;
};

template <typename Items>
AxisLabels axis_labels(const Items& items, double spacing) {
    std::size_t longest = 3;
    for (const auto& item : items) longest = std::max(longest, count_code_points(item.label));
    const double wanted = static_cast<double>(std::min<std::size_t>(longest, 14)) * char_width_11 + 8;
    AxisLabels labels;
    while (spacing * static_cast<double>(labels.every) < wanted) ++labels.every;
    const double fit = std::floor((spacing * static_cast<double>(labels.every) - 8) / char_width_11);
    labels.chars = std::clamp(static_cast<std::size_t>(std::max(fit, 3.0)), std::size_t{3}, std::size_t{14});
    return labels;
}

// A bottom label centred under its column or point, moved inwards at the chart's edges so that
// it is not clipped.
std::string axis_label(const std::string& label, const AxisLabels& labels, double center, double y) {
    if (label.empty()) return "";
    const std::string shown = shorten(label, labels.chars);
    const double half = static_cast<double>(count_code_points(shown)) * char_width_11 / 2;
    const double x = std::clamp(center, std::min(half, chart_width / 2), std::max(chart_width - half, chart_width / 2));
    return R"(<text class="urker-chart__label" x=")" + num(x) + "\" y=\"" + num(y) + R"(" text-anchor="middle" font-size="11">)" +
           escape_xml(shown) + "</text>\n";
}

// A horizontal bar's label in at most two lines that fit left of the bars: the first breaks at
// the last space that fits, the second is shortened with "…". Cyrillic capitals are wide, so a
// line holds fewer characters than the space's width over the average advance.
std::vector<std::string> wrap_label(const std::string& label, std::size_t per_line) {
    if (count_code_points(label) <= per_line) return {label};
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < label.size(); ++i)
        if ((static_cast<unsigned char>(label[i]) & 0xC0) != 0x80) starts.push_back(i);
    std::size_t cut = 0;
    for (std::size_t k = 1; k <= per_line && k < starts.size(); ++k)
        if (label[starts[k]] == ' ') cut = k;
    if (cut == 0) cut = std::min(per_line, starts.size() - 1);  // one long word: break inside it
    std::string first = label.substr(0, starts[cut]);
    std::string rest = trim(label.substr(starts[cut]));
    while (!first.empty() && first.back() == ' ') first.pop_back();
    if (rest.empty()) return {first};
    return {first, shorten(rest, per_line)};
}

std::string horizontal_bars(const BarChart& chart) {
    constexpr double pad = 4, bar_height = 18, label_end = 192, bar_x = 200;
    // A shown suffix (kPercentSuffix) needs room after the longest bar.
    const double bar_full = chart.value_suffix.empty() ? 368 : 352;
    constexpr std::size_t per_line = 23;  // 23 × about 8 units: within the 192 left of the bars
    bool wraps = false;
    for (const ChartBar& b : chart.bars) wraps = wraps || count_code_points(b.label) > per_line;
    const double row = wraps ? 40 : 28;
    const double top = pad + (chart.has_target ? 18 : 0);
    const double largest = chart.full_value > 0 ? chart.full_value : largest_value(chart.bars);
    const double height = top + pad + row * static_cast<double>(chart.bars.size());
    std::string out = open_svg("bars", chart.id, height, chart.title, chart.description);
    for (std::size_t i = 0; i < chart.bars.size(); ++i) {
        const ChartBar& b = chart.bars[i];
        const double middle = top + row * static_cast<double>(i) + row / 2;
        const double length = std::min(bar_full, bar_length(b.value, largest, bar_full));
        out += open_item(b.url) + tooltip(b.label, b.value, chart.unit_label) + "\n";
        if (!b.label.empty()) {
            const std::vector<std::string> lines = wrap_label(b.label, per_line);
            const std::string x = num(label_end);
            out += R"(<text class="urker-chart__label" x=")" + x + "\" y=\"" + num(middle) + "\"";
            if (lines.size() == 1) {
                out += R"( dy="0.35em" text-anchor="end">)" + escape_xml(lines[0]);
            } else {
                // Two lines around the bar's middle: the first raised, the second below it.
                out += R"( text-anchor="end"><tspan x=")" + x + R"(" dy="-0.2em">)" + escape_xml(lines[0]) + "</tspan>";
                out += R"(<tspan x=")" + x + R"(" dy="1.1em">)" + escape_xml(lines[1]) + "</tspan>";
            }
            out += "</text>\n";
        }
        out += R"(<rect class="urker-chart__bar" x=")" + num(bar_x) + "\" y=\"" + num(middle - bar_height / 2) + "\" width=\"" +
               num(length) + "\" height=\"" + num(bar_height) + "\" rx=\"2\"/>\n";
        out += R"(<text class="urker-chart__value" x=")" + num(bar_x + length + 6) + "\" y=\"" + num(middle) +
               R"(" dy="0.35em">)" + num(b.value) + escape_xml(chart.value_suffix) + "</text>\n";
        out += close_item(b.url) + "\n";
    }
    if (chart.has_target && largest > 0) {
        const double x = bar_x + std::clamp(finite_or_zero(chart.target) / largest, 0.0, 1.0) * bar_full;
        out += R"(<line class="urker-chart__target" x1=")" + num(x) + "\" y1=\"" + num(top - 4) + "\" x2=\"" + num(x) + "\" y2=\"" +
               num(height - pad) + R"(" stroke="currentColor" stroke-width="2" stroke-dasharray="6 4"/>)" "\n";
        out += R"(<text class="urker-chart__target-label" x=")" + num(std::min(x, chart_width - 4)) + R"(" y="14" text-anchor="end" font-size="11">)" +
               escape_xml(chart.target_label) + "</text>\n";
    }
    return out + "</svg>";
}

// The same bars for a phone's width: each label on a line of its own above its bar, the whole
// chart 320 units wide, so that at 300–360 px its text keeps its size and nothing scrolls.
std::string stacked_bars(const BarChart& chart) {
    constexpr double width = 320, pad = 4, label_height = 18, bar_height = 14, gap = 10;
    const double bar_full = width - (chart.value_suffix.empty() ? 36 : 52);
    const double row = label_height + bar_height + gap;
    const double top = pad + (chart.has_target ? 18 : 0);
    const double largest = chart.full_value > 0 ? chart.full_value : largest_value(chart.bars);
    const double target_x = chart.has_target && largest > 0 ? std::clamp(finite_or_zero(chart.target) / largest, 0.0, 1.0) * bar_full : width;
    // A label ends before the target's dashed line, which crosses the rows. Measured in Chromium,
    // a line of Cyrillic at 13 units advances about 8.1 a character (more than the 7.5 of mixed
    // text the wide layout counts with).
    constexpr double cyrillic_width_13 = 8.2;
    const std::size_t per_line = static_cast<std::size_t>(std::max(target_x - 8, width / 2) / cyrillic_width_13);
    const double height = top + row * static_cast<double>(chart.bars.size());
    std::string out = open_svg("bars urker-chart--stacked", chart.id + "-stacked", height, chart.title, chart.description, width);
    for (std::size_t i = 0; i < chart.bars.size(); ++i) {
        const ChartBar& b = chart.bars[i];
        const double y = top + row * static_cast<double>(i);
        const double length = std::min(bar_full, bar_length(b.value, largest, bar_full));
        out += open_item(b.url) + tooltip(b.label, b.value, chart.unit_label) + "\n";
        if (!b.label.empty())
            out += R"(<text class="urker-chart__label" x="0" y=")" + num(y + 13) + "\">" + escape_xml(shorten(b.label, per_line)) +
                   "</text>\n";
        out += R"(<rect class="urker-chart__bar" x="0" y=")" + num(y + label_height) + "\" width=\"" + num(length) + "\" height=\"" +
               num(bar_height) + "\" rx=\"2\"/>\n";
        out += R"(<text class="urker-chart__value" x=")" + num(length + 6) + "\" y=\"" + num(y + label_height + bar_height / 2) +
               R"(" dy="0.35em">)" + num(b.value) + escape_xml(chart.value_suffix) + "</text>\n";
        out += close_item(b.url) + "\n";
    }
    if (chart.has_target && largest > 0) {
        const double x = target_x;
        out += R"(<line class="urker-chart__target" x1=")" + num(x) + "\" y1=\"" + num(top - 4) + "\" x2=\"" + num(x) + "\" y2=\"" +
               num(height - pad) + R"(" stroke="currentColor" stroke-width="2" stroke-dasharray="6 4"/>)" "\n";
        out += R"(<text class="urker-chart__target-label" x=")" + num(std::min(x, width - 4)) + R"(" y="14" text-anchor="end" font-size="11">)" +
               escape_xml(chart.target_label) + "</text>\n";
    }
    return out + "</svg>";
}

std::string columns(const BarChart& chart) {
    constexpr double height = 240, top = 20, baseline = 212, side = 8;
    const double plot_height = baseline - top;
    const double slot = (chart_width - 2 * side) / static_cast<double>(chart.bars.size());
    const double column_width = std::min(48.0, slot * 0.7);
    const AxisLabels labels = axis_labels(chart.bars, slot);
    const bool show_values = slot >= 24;
    const double largest = largest_value(chart.bars);
    std::string out = open_svg("columns", chart.id, height, chart.title, chart.description);
    out += R"(<line class="urker-chart__axis" x1=")" + num(side) + "\" y1=\"" + num(baseline) + "\" x2=\"" +
           num(chart_width - side) + "\" y2=\"" + num(baseline) +
           R"(" stroke="currentColor"/>)"
           "\n";
    const std::size_t n = chart.bars.size();
    for (std::size_t i = 0; i < n; ++i) {
        const ChartBar& b = chart.bars[i];
        const double center = side + slot * (static_cast<double>(i) + 0.5);
        const double length = bar_length(b.value, largest, plot_height);
        out += open_item(b.url) + tooltip(b.label, b.value, chart.unit_label) + "\n";
        out += R"(<rect class="urker-chart__bar" x=")" + num(center - column_width / 2) + "\" y=\"" + num(baseline - length) +
               "\" width=\"" + num(column_width) + "\" height=\"" + num(length) + "\" rx=\"2\"/>\n";
        if (show_values)
            out += R"(<text class="urker-chart__value" x=")" + num(center) + "\" y=\"" + num(baseline - length - 6) +
                   R"(" text-anchor="middle" font-size="11">)" + num(b.value) + "</text>\n";
        if ((n - 1 - i) % labels.every == 0) out += axis_label(b.label, labels, center, baseline + 18);
        out += close_item(b.url) + "\n";
    }
    return out + "</svg>";
}

// A round step for about four grid lines: 1, 2, 2.5 or 5 times a power of ten; whole numbers
// only when all the values are whole (no "2.5 members").
double grid_step(double range, bool whole) {
    const double raw = range / 4;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / power;
    double nice = 10;
    for (double candidate : {1.0, 2.0, 2.5, 5.0}) {
        if (whole && candidate == 2.5) continue;
        if (fraction <= candidate + 1e-9) {
            nice = candidate;
            break;
        }
    }
    const double step = nice * power;
    return whole ? std::max(1.0, step) : step;
}

std::string table_start(const std::string& caption, const std::string& label_header, const std::string& value_header) {
    std::string out = "<table class=\"urker-chart-table\">\n";
    if (!caption.empty()) out += "<caption>" + escape_xml(caption) + "</caption>\n";
    out += "<thead><tr><th scope=\"col\">" + escape_xml(label_header) +
           "</th><th scope=\"col\" class=\"urker-chart-table__value\">" + escape_xml(value_header) +
           "</th></tr></thead>\n<tbody>\n";
    return out;
}

std::string table_row(const std::string& label, double value, const std::string& url) {
    std::string head = escape_xml(label);
    if (!url.empty()) head = "<a href=\"" + escape_xml(url) + "\">" + head + "</a>";
    return "<tr><th scope=\"row\">" + head + "</th><td class=\"urker-chart-table__value\">" + num(value) + "</td></tr>\n";
}

std::string table_end(bool empty) {
    return std::string(empty ? "<tr><td colspan=\"2\">—</td></tr>\n" : "") + "</tbody>\n</table>";
}

}  // namespace

std::string format_chart_number(double value) {
    value = finite_or_zero(value);
    char buf[400];  // the longest double in fixed notation has 309 digits before the point
    const auto result = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, 2);
    std::string out(buf, result.ptr);
    if (out.find('.') != std::string::npos) {
        while (out.back() == '0') out.pop_back();
        if (out.back() == '.') out.pop_back();
    }
    return out == "-0" ? "0" : out;
}

std::string svg_bar_chart(const BarChart& chart) {
    if (chart.bars.empty()) return empty_svg(chart.horizontal ? "bars" : "columns", chart.id, chart.title, chart.description);
    return chart.horizontal ? horizontal_bars(chart) : columns(chart);
}

std::string svg_bar_chart_stacked(const BarChart& chart) {
    if (!chart.horizontal) return "";
    if (chart.bars.empty()) return "";
    return stacked_bars(chart);
}

std::string svg_line_chart(const LineChart& chart) {
    if (chart.points.empty()) return empty_svg("line", chart.id, chart.title, chart.description);
    constexpr double height = 240, left = 48, right = 32, top = 20, bottom = 212;
    const double plot_width = chart_width - left - right, plot_height = bottom - top;

    double low = 0, high = 0;
    bool whole = true;
    for (const LinePoint& p : chart.points) {
        const double v = finite_or_zero(p.value);
        low = std::min(low, v);
        high = std::max(high, v);
        whole = whole && v == std::floor(v);
    }
    if (high - low <= 0) high = low + 1;
    const double step = grid_step(high - low, whole);
    const double grid_low = std::floor(low / step + 1e-9) * step, grid_high = std::ceil(high / step - 1e-9) * step;
    const auto y_of = [&](double v) { return top + (grid_high - finite_or_zero(v)) / (grid_high - grid_low) * plot_height; };
    const std::size_t n = chart.points.size();
    const auto x_of = [&](std::size_t i) {
        return n == 1 ? left + plot_width / 2 : left + plot_width * static_cast<double>(i) / static_cast<double>(n - 1);
    };

    std::string out = open_svg("line", chart.id, height, chart.title, chart.description);
    const auto lines = static_cast<long>(std::lround((grid_high - grid_low) / step));
    for (long t = 0; t <= lines; ++t) {
        const double v = grid_low + step * static_cast<double>(t);
        const double y = y_of(v);
        const bool zero = std::fabs(v) < step * 1e-6;
        out += std::string("<line class=\"urker-chart__") + (zero ? "axis" : "grid") + "\" x1=\"" + num(left) + "\" y1=\"" +
               num(y) + "\" x2=\"" + num(chart_width - right) + "\" y2=\"" + num(y) + "\" stroke=\"currentColor\"" +
               (zero ? "" : " stroke-opacity=\"0.2\"") + "/>\n";
        out += R"(<text class="urker-chart__tick" x=")" + num(left - 6) + "\" y=\"" + num(y) +
               R"(" dy="0.35em" text-anchor="end" font-size="11">)" + num(zero ? 0 : v) + "</text>\n";
    }
    if (n > 1) {
        out += R"(<polyline class="urker-chart__line" points=")";
        for (std::size_t i = 0; i < n; ++i) out += (i ? " " : "") + num(x_of(i)) + "," + num(y_of(chart.points[i].value));
        out += R"(" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/>)"
               "\n";
    }
    const double spacing = n == 1 ? plot_width : plot_width / static_cast<double>(n - 1);
    const AxisLabels labels = axis_labels(chart.points, spacing);
    for (std::size_t i = 0; i < n; ++i) {
        const LinePoint& p = chart.points[i];
        const double x = x_of(i), y = y_of(p.value);
        out += open_item("") + tooltip(p.label, p.value, "") + "\n";
        out += R"(<circle class="urker-chart__point" cx=")" + num(x) + "\" cy=\"" + num(y) + "\" r=\"3.5\"/>\n";
        if (n <= 12)
            out += R"(<text class="urker-chart__value" x=")" + num(x) + "\" y=\"" + num(y - 8) +
                   R"(" text-anchor="middle" font-size="11">)" + num(p.value) + "</text>\n";
        if ((n - 1 - i) % labels.every == 0) out += axis_label(p.label, labels, x, bottom + 18);
        out += close_item("") + "\n";
    }
    return out + "</svg>";
}

std::string svg_progress_bar(const std::string& id, const std::string& label, double fraction, const std::string& text) {
    constexpr double height = 44, bar_y = 22, bar_height = 16;
    fraction = std::clamp(finite_or_zero(fraction), 0.0, 1.0);
    const std::string shown = text.empty() ? num(fraction * 100) + kPercentSuffix : text;
    const double room = chart_width / char_width_13 - static_cast<double>(count_code_points(shown)) - 4;
    std::string out = open_svg("progress", id, height, label, shown);
    if (!label.empty())
        out += R"(<text class="urker-chart__label" x="0" y="14">)" +
               escape_xml(shorten(label, room < 10 ? 10 : static_cast<std::size_t>(room))) + "</text>\n";
    out += R"(<text class="urker-chart__value" x=")" + num(chart_width) + R"(" y="14" text-anchor="end">)" + escape_xml(shown) +
           "</text>\n";
    out += R"(<rect class="urker-chart__track" x="0" y=")" + num(bar_y) + "\" width=\"" + num(chart_width) + "\" height=\"" +
           num(bar_height) +
           R"(" rx="8" fill-opacity="0.15"/>)"
           "\n";
    out += R"(<rect class="urker-chart__bar" x="0" y=")" + num(bar_y) + "\" width=\"" + num(chart_width * fraction) +
           "\" height=\"" + num(bar_height) +
           R"(" rx="8"/>)"
           "\n";
    return out + "</svg>";
}

std::string chart_data_table(const BarChart& chart, const std::string& caption, const std::string& label_header,
                             const std::string& value_header) {
    std::string out = table_start(caption, label_header, value_header);
    for (const ChartBar& b : chart.bars) out += table_row(b.label, b.value, b.url);
    return out + table_end(chart.bars.empty());
}

std::string chart_data_table(const LineChart& chart, const std::string& caption, const std::string& label_header,
                             const std::string& value_header) {
    std::string out = table_start(caption, label_header, value_header);
    for (const LinePoint& p : chart.points) out += table_row(p.label, p.value, "");
    return out + table_end(chart.points.empty());
}

}  // namespace urker
