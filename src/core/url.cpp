#include "core/url.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <iterator>

#include "core/text.h"

namespace urker {

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The named entities that can stand for a character that matters to a scheme. An unknown name
// stays as written: its '&' is not a scheme character, so the strict rule refuses it anyway.
struct NamedEntity {
    std::string_view name;
    char value;
};
constexpr std::array<NamedEntity, 12> kNamedEntities{{{"colon", ':'}, {"tab", '\t'}, {"newline", '\n'}, {"sol", '/'}, {"quest", '?'},
                                                      {"num", '#'}, {"period", '.'}, {"amp", '&'}, {"lpar", '('}, {"rpar", ')'},
                                                      {"nbsp", ' '}, {"semi", ';'}}};

// "&#106;", "&#x6A", "&colon;" at `i` (which holds '&'): the decoded text and how many bytes it
// took, or 0 bytes when it is no entity. Browsers accept numeric references without ';'.
std::size_t decode_entity(std::string_view s, std::size_t i, std::string& out) {
    std::size_t j = i + 1;
    if (j < s.size() && s[j] == '#') {
        ++j;
        bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
        if (hex) ++j;
        std::size_t digits_start = j;
        char32_t cp = 0;
        while (j < s.size() && (hex ? hex_value(s[j]) >= 0 : is_digit(s[j]))) {
            if (cp < 0x110000) cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(hex ? hex_value(s[j]) : s[j] - '0');
            ++j;
        }
        if (j == digits_start) return 0;
        if (j < s.size() && s[j] == ';') ++j;
        if (cp >= 0x110000 || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
        append_utf8(out, cp);
        return j - i;
    }
    std::size_t name_start = j;
    while (j < s.size() && j - name_start < 16 && is_alnum(s[j])) ++j;
    std::string name(s.substr(name_start, j - name_start));
    for (char& c : name) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    for (const auto& e : kNamedEntities) {
        if (name != e.name) continue;
        if (j < s.size() && s[j] == ';') ++j;
        out += e.value;
        return j - i;
    }
    return 0;
}

// One round of the decodings a value may go through before a browser reads it as an address.
std::string decode_once(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == '&') {
            if (std::size_t n = decode_entity(s, i, out)) {
                i += n;
                continue;
            }
        } else if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
            out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
            i += 3;
            continue;
        }
        out += s[i++];
    }
    return out;
}

// The address as a browser would see it when looking for a scheme: decoded until nothing changes
// (a few rounds: "&amp;#106;" is "&#106;" is "j"), without whitespace and control characters
// (browsers drop tabs and line breaks anywhere), in lower case.
std::string normalize_for_scheme(std::string_view url) {
    std::string cur(url);
    for (int round = 0; round < 4; ++round) {
        std::string next = decode_once(cur);
        if (next == cur) break;
        cur = std::move(next);
    }
    std::string out;
    out.reserve(cur.size());
    for (char c : cur) {
        auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7F) continue;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

bool is_active_scheme(std::string_view scheme) {
    return scheme == "javascript" || scheme == "vbscript" || scheme == "livescript" || scheme == "data" || scheme == "file" ||
           scheme == "blob" || scheme == "filesystem";
}

}  // namespace

UrlVerdict classify_url(std::string_view url) {
    std::string n = normalize_for_scheme(url);
    std::size_t stop = n.find_first_of(":/?#");
    if (stop == std::string::npos || n[stop] != ':') return {UrlKind::relative, ""};
    std::string scheme = n.substr(0, stop);
    if (scheme == "http" || scheme == "https") return {UrlKind::web, scheme};
    if (scheme == "mailto") return {UrlKind::mail, scheme};
    if (scheme == "tel") return {UrlKind::phone, scheme};
    return {UrlKind::refused, scheme};
}

bool runs_script(const UrlVerdict& verdict) { return verdict.kind == UrlKind::refused && is_active_scheme(verdict.scheme); }

std::string shorten_for_message(std::string_view text, std::size_t max_chars) {
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp;
        std::size_t len = decode_utf8(text, i, cp);
        if (len == 0) len = 1;
        if (chars == max_chars) return out + "…";
        // Control characters would garble the terminal; show them as "?".
        if (cp < 0x20 || cp == 0x7F) out += '?';
        else out.append(text.substr(i, len));
        i += len;
        ++chars;
    }
    return out;
}

std::string_view url_authority(std::string_view url) {
    auto scheme_end = url.find("://");
    if (scheme_end == std::string_view::npos) return {};
    std::string_view rest = url.substr(scheme_end + 3);
    return rest.substr(0, rest.find_first_of("/?#"));
}

std::string url_host(std::string_view url) {
    std::string_view host = url_authority(url);
    if (auto at = host.rfind('@'); at != std::string_view::npos) host = host.substr(at + 1);
    if (auto colon = host.find(':'); colon != std::string_view::npos) host = host.substr(0, colon);
    std::string lower(host);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return lower;
}

std::optional<UrlProblem> check_content_url(std::string_view url, UrlPlace place, std::string_view name) {
    UrlVerdict v = classify_url(url);
    if (v.kind != UrlKind::refused) return std::nullopt;
    static constexpr std::array<std::string_view, 6> kPlaces = {"link", "image", "block", "poster", "field", "field_key"};
    const std::string_view where = kPlaces[static_cast<std::size_t>(place)];
    UrlProblem p;
    p.message = Message(runs_script(v) ? "core.url_runs_script" : "core.url_not_published",
                        {{"place", where},
                         {"name", shorten_for_message(name, 40)},
                         {"address", shorten_for_message(url, 60)},
                         {"scheme", shorten_for_message(v.scheme, 20)}});
    p.hint = Message("core.url_refused_hint");
    return p;
}

namespace {

// "…", "...", "…/", "....": nothing but an ellipsis (three dots or more, or the character).
bool only_ellipsis(std::string_view piece) {
    std::size_t dots = 0, ellipses = 0;
    for (std::size_t i = 0; i < piece.size();) {
        if (piece[i] == '.') {
            ++dots;
            ++i;
        } else if (piece.substr(i, 3) == "\xE2\x80\xA6") {
            ++ellipses;
            i += 3;
        } else {
            return false;
        }
    }
    return ellipses > 0 || dots >= 3;
}

bool is_example_host(std::string_view host) {
    for (std::string_view reserved : {"example.com", "example.net", "example.org"})
        if (host == reserved || ends_with(host, "." + std::string(reserved))) return true;
    for (std::string_view tld : {"example", "invalid"})
        if (host == tld || ends_with(host, "." + std::string(tld))) return true;
    return false;
}

}  // namespace

UrlPlaceholderVerdict placeholder_url(std::string_view url) {
    const std::string text = trim(url);
    std::string lower = text;
    for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    // The ellipsis anywhere, as written or percent-encoded; three dots at the end (an address cut
    // short) or as a whole part of it ("https://.../x"). Two dots are a real path ("../drobi/").
    if (lower.find("\xE2\x80\xA6") != std::string::npos || lower.find("%e2%80%a6") != std::string::npos || ends_with(lower, "..."))
        return {UrlPlaceholder::ellipsis, "…"};
    for (std::size_t start = 0; start <= lower.size();) {
        std::size_t end = lower.find_first_of("/?#&=", start);
        if (end == std::string::npos) end = lower.size();
        if (only_ellipsis(std::string_view(lower).substr(start, end - start))) return {UrlPlaceholder::ellipsis, "…"};
        start = end + 1;
    }
    if (classify_url(text).kind != UrlKind::web) return {};
    // A web address names a site: "https://" and then its name, which has a dot (or is localhost).
    const std::size_t colon = lower.find(':');
    std::string_view rest = std::string_view(lower).substr(colon + 1);
    if (!starts_with(rest, "//")) return {};  // "https:drobi": not a kind of address teachers copy; the browser decides
    const std::string host = url_host(lower);
    if (host.empty() || host.find_first_not_of('.') == std::string::npos) return {UrlPlaceholder::no_host, ""};
    if (is_example_host(host)) return {UrlPlaceholder::example, host};
    const std::string shown = url_host(text);
    if (host.find_first_of("<>{}[]\"* ") != std::string::npos) return {UrlPlaceholder::stand_in, shown};
    if (host.find('.') == std::string::npos && host != "localhost") return {UrlPlaceholder::stand_in, shown};
    return {};
}

std::optional<UrlProblem> check_placeholder_url(std::string_view url, UrlPlace place, std::string_view name) {
    const UrlPlaceholderVerdict v = placeholder_url(url);
    if (v.kind == UrlPlaceholder::none) return std::nullopt;
    static constexpr std::array<std::string_view, 6> kPlaces = {"link", "image", "block", "poster", "field", "field_key"};
    static constexpr std::array<std::string_view, 5> kReasons = {"none", "ellipsis", "no_host", "example", "stand_in"};
    UrlProblem p;
    p.message = Message("core.url_placeholder", {{"place", kPlaces[static_cast<std::size_t>(place)]},
                                                 {"name", shorten_for_message(name, 40)},
                                                 {"address", shorten_for_message(url, 60)},
                                                 {"reason", kReasons[static_cast<std::size_t>(v.kind)]},
                                                 {"part", shorten_for_message(v.part, 40)}});
    p.hint = Message("core.url_placeholder_hint", {{"place", kPlaces[static_cast<std::size_t>(place)]}});
    return p;
}

namespace {

// The domains a portal's teachers link to most, Kazakhstan's and Russia's first; a file's
// extension is none of them (not "md", Moldova's, which is also Markdown's).
bool is_common_top_level_domain(std::string_view label) {
    static constexpr std::string_view kDomains[] = {"kz", "ru", "com", "org", "net", "edu", "gov", "info", "io", "me", "be",
                                                    "by", "uz", "kg", "su", "ua", "uk", "de", "tv", "app", "online", "site"};
    const std::string lower = to_lower(label);
    return std::find(std::begin(kDomains), std::end(kDomains), lower) != std::end(kDomains);
}

// Labels of letters, digits and hyphens (none at a label's ends) joined by dots, two or more; with
// `non_ascii`, any byte beyond ASCII counts as a letter (Cyrillic domains). Its last label in `last`.
bool is_domain(std::string_view host, bool non_ascii, std::string_view& last) {
    std::size_t labels = 0;
    for (std::size_t start = 0; start <= host.size();) {
        const std::size_t dot = std::min(host.find('.', start), host.size());
        last = host.substr(start, dot - start);
        if (last.empty() || last.front() == '-' || last.back() == '-') return false;
        for (unsigned char c : last)
            if (!std::isalnum(c) && c != '-' && !(non_ascii && c >= 0x80)) return false;
        ++labels;
        start = dot + 1;
    }
    return labels >= 2;
}

// "www.bilimland.kz", "youtube.com": a domain whose last label is a common one.
bool is_host_name(std::string_view host) {
    std::string_view last;
    return is_domain(host, false, last) && is_common_top_level_domain(last);
}

}  // namespace

std::optional<std::string> address_meant(std::string_view url) {
    const std::string text = trim(url);
    if (text.empty() || text.find_first_of(" \t") != std::string::npos) return std::nullopt;
    // An e-mail: one "@", a host name after it, nothing like a path.
    if (const std::size_t at = text.find('@'); at != std::string::npos) {
        if (at == 0 || text.find('@', at + 1) != std::string::npos || text.find_first_of("/?#") != std::string::npos ||
            !is_host_name(std::string_view(text).substr(at + 1)))
            return std::nullopt;
        return "mailto:" + text;
    }
    const std::size_t end = std::min(text.find_first_of("/?#"), text.size());
    const std::string_view host = std::string_view(text).substr(0, end);
    if (!is_host_name(host) && !(starts_with(to_lower(host), "www.") && host.size() > 4)) return std::nullopt;
    return "https://" + text;
}

bool looks_like_email(std::string_view text) {
    const std::size_t at = text.find('@');
    if (at == 0 || at == std::string_view::npos || text.find('@', at + 1) != std::string_view::npos) return false;
    const std::string_view local = text.substr(0, at), domain = text.substr(at + 1);
    // No spaces, no scheme ("mailto:"), nothing an address of a page would have.
    if (local.find_first_of(" \t:/<>()[],;\"") != std::string_view::npos) return false;
    std::string_view last;
    if (!is_domain(domain, true, last) || last.size() < 2) return false;
    return std::none_of(last.begin(), last.end(), [](unsigned char c) { return std::isdigit(c); });
}

}  // namespace urker
