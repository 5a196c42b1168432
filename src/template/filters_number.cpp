// Filters over numbers: round, int, float, abs.
#include <charconv>
#include <cmath>

#include "core/text.h"
#include "template/filters.h"

namespace urker::tmpl {
namespace {

// Text that is a number ("12", " 3.5 "), for int and float.
std::optional<double> parse_number(const std::string& text, int base, std::optional<std::int64_t>& integer) {
    std::string s = trim(text);
    if (s.empty()) return std::nullopt;
    const char* b = s.data();
    const char* e = b + s.size();
    if (*b == '+') ++b;
    std::int64_t i = 0;
    auto [p, ec] = std::from_chars(b, e, i, base);
    if (ec == std::errc() && p == e) {
        integer = i;
        return static_cast<double>(i);
    }
    if (base != 10) return std::nullopt;
    double d = 0;
    auto [pd, ecd] = std::from_chars(b, e, d);
    if (ecd == std::errc() && pd == e) return d;
    return std::nullopt;
}

}  // namespace

// round(precision=0, method="common"|"ceil"|"floor"). "common" rounds halves away from zero
// (2.5 → 3), which is what readers expect; the result is a float, as in Jinja ({{ 2.5 | round }}
// shows 3.0; add "| int" for 3).
Val filter_round(Val& in, FilterCall& call) {
    call.allow(2, {"precision", "method"});
    std::int64_t precision = call.int_arg(0, "precision", 0);
    std::string method = call.string_arg(1, "method", "common");
    if (method != "common" && method != "ceil" && method != "floor")
        call.fail(Message("template.round_method", {{"method", method}}));
    if (in.is_undefined()) return {};
    const Value* j = in.plain();
    if (!j || !j->is_number()) call.bad_input(in, "number");
    double scale = std::pow(10.0, static_cast<double>(precision));
    double v = j->get<double>() * scale;
    v = method == "ceil" ? std::ceil(v) : method == "floor" ? std::floor(v) : std::round(v);
    return Val::owned(v / scale);
}

// int(default=0, base=10): numbers are truncated toward zero, text is parsed ("3.7" gives 3),
// anything else gives the default.
Val filter_int(Val& in, FilterCall& call) {
    call.allow(2, {"default", "base"});
    std::int64_t base = call.int_arg(1, "base", 10);
    if (base < 2 || base > 36) call.fail(Message("template.int_base"));
    Val* fallback = call.arg(0, "default");
    const Value* j = in.plain();
    if (j) {
        if (auto i = as_integer(*j)) return Val::owned(*i);
        if (j->is_number_float() && std::isfinite(j->get<double>()) && std::fabs(j->get<double>()) < 9.2e18)
            return Val::owned(static_cast<std::int64_t>(std::trunc(j->get<double>())));
        if (j->is_boolean()) return Val::owned(j->get<bool>() ? 1 : 0);
        if (j->is_string()) {
            std::optional<std::int64_t> integer;
            auto d = parse_number(j->get_ref<const std::string&>(), static_cast<int>(base), integer);
            if (integer) return Val::owned(*integer);
            if (d && std::isfinite(*d) && std::fabs(*d) < 9.2e18)
                return Val::owned(static_cast<std::int64_t>(std::trunc(*d)));
        }
    }
    return fallback ? std::move(*fallback) : Val::owned(0);
}

Val filter_float(Val& in, FilterCall& call) {
    call.allow(1, {"default"});
    Val* fallback = call.arg(0, "default");
    const Value* j = in.plain();
    if (j) {
        if (j->is_number()) return Val::owned(j->get<double>());
        if (j->is_boolean()) return Val::owned(j->get<bool>() ? 1.0 : 0.0);
        if (j->is_string()) {
            std::optional<std::int64_t> integer;
            if (auto d = parse_number(j->get_ref<const std::string&>(), 10, integer)) return Val::owned(*d);
        }
    }
    return fallback ? std::move(*fallback) : Val::owned(0.0);
}

Val filter_abs(Val& in, FilterCall& call) {
    call.allow(0, {});
    if (in.is_undefined()) return {};
    const Value* j = in.plain();
    if (!j || !j->is_number()) call.bad_input(in, "number");
    if (auto i = as_integer(*j); i && *i != INT64_MIN) return Val::owned(*i < 0 ? -*i : *i);
    return Val::owned(std::fabs(j->get<double>()));
}

}  // namespace urker::tmpl
