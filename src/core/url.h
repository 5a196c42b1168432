// The one URL policy: every place where a teacher's text becomes an address in the built site (a
// Markdown link or image, a member's `links:`, a material's `link:`, an embed's address or poster,
// JSON-LD) asks `check_content_url` first. Allowed: http(s), mailto, tel, and addresses relative to
// the site. Everything else — javascript:, data:, vbscript:, file:, any unknown scheme — is refused,
// however it is disguised (HTML entities, percent-encoding, control characters, mixed case), so no
// content can put a script into a link a visitor clicks.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/messages.h"

namespace urker {

enum class UrlKind {
    relative,  // "../drobi/", "files/plan.pdf", "#itogi", "//cdn.example.kz/x" (http(s) of the page)
    web,       // http:, https:
    mail,      // mailto:
    phone,     // tel:
    refused,   // anything else
};

struct UrlVerdict {
    UrlKind kind = UrlKind::relative;
    std::string scheme;  // lower case, as a browser would read it once decoded; empty if relative
};

// Reads `url` the way a browser would after every decoding a value can go through on its way into
// an attribute (HTML entities, percent-encoding; tabs, line breaks and control characters dropped;
// case folded), and decides. Stricter than a browser on purpose: any ':' before the first '/', '?'
// or '#' makes a scheme, so "урок:1.pdf" must be written "./урок:1.pdf".
UrlVerdict classify_url(std::string_view url);

// Whether a refused address would run script or load content of its own (javascript:, vbscript:,
// data:, file:, blob:…) rather than merely not being a kind of address urker publishes.
bool runs_script(const UrlVerdict& verdict);

struct UrlProblem {
    Message message;  // names the address (shortened) and says why it is refused
    Message hint;
};

// Where a refused address was written, for the message: a Markdown link or image, the address of
// an embed block (```video), a video's poster, a front-matter field (`name` is the key) or a key of
// a mapping under such a field (links: {"https://edu.kz": Блог}).
enum class UrlPlace { link, image, block, poster, field, field_key };

// nullopt when `url` may become an address; otherwise what to tell the teacher, in their language.
// `name` is the block's word (video) or the field's key.
std::optional<UrlProblem> check_content_url(std::string_view url, UrlPlace place, std::string_view name = {});

// Why an address is a placeholder rather than a real one (see placeholder_url): the template's
// ellipsis left in or an address cut short ("https://…", "https://...", "https://docs.google.com/d/1Ab…"),
// no site name ("https://"), a name reserved for examples (example.com, .org, .net, .example,
// .invalid), or a word standing where the site's name should be ("https://ссылка", "https://<адрес>").
enum class UrlPlaceholder { none, ellipsis, no_host, example, stand_in };

struct UrlPlaceholderVerdict {
    UrlPlaceholder kind = UrlPlaceholder::none;
    std::string part;  // what stands where the address should be: the host, or the ellipsis
};

// Whether `url` (an address the policy above allows) is a placeholder. Stricter on web addresses,
// whose site name must look like one (a dot in it, or localhost); any address with an ellipsis.
UrlPlaceholderVerdict placeholder_url(std::string_view url);

// nullopt unless `url` is a placeholder; otherwise what to tell the teacher: a warning, and the
// address is left out of the site (it is never published as a link).
std::optional<UrlProblem> check_placeholder_url(std::string_view url, UrlPlace place, std::string_view name = {});

// The authority of an absolute address: "user@host:port" of "https://user@host:port/path?q#f";
// "" when it has no "scheme://".
std::string_view url_authority(std::string_view url);
// Its host: the authority without the user and the port, in lower case ("uchi.ru" of
// "https://Uchi.RU:443/x"). Every place that shows or compares a host asks this.
std::string url_host(std::string_view url);

// The address a teacher meant by a relative one that names no file of the site but reads as a web
// address or an e-mail written without its scheme: "www.bilimland.kz" -> "https://www.bilimland.kz",
// "youtube.com/watch?v=x" -> "https://youtube.com/watch?v=x", "info@school.kz" ->
// "mailto:info@school.kz". A browser takes each for a file beside the page. nullopt for what reads
// as a file name ("plan.docx", "index.md": a file's extension is no country's domain here).
std::optional<std::string> address_meant(std::string_view url);

// Whether `text` reads as an e-mail address: something before one "@", and after it a domain of
// two or more parts joined by dots, the last of letters ("ivanova@mail.ru", "info@школа.қаз").
// Not "ivanova@mail", "mailto:ivanova@mail.ru" or "ivanova mail.ru".
bool looks_like_email(std::string_view text);

// At most `max_chars` code points of `text`, with "…" when cut: long values in messages stay short.
std::string shorten_for_message(std::string_view text, std::size_t max_chars = 80);

}  // namespace urker
