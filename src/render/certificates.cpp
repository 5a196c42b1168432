#include "render/certificates.h"

#include "model/list_order.h"

#include "render/page_data_json.h"

#include <algorithm>

#include "core/thread_pool.h"
#include "render/pagination.h"
#include "render/publish_page.h"
#include "render/qr_svg.h"

namespace urker {

using json = urker::Json;

namespace {

std::string prefix_of(const SiteConfig& cfg, const std::string& lang) { return cfg.language_folder(lang); }

bool is_site_language(const SiteConfig& cfg, const std::string& lang) {
    return std::find(cfg.languages.begin(), cfg.languages.end(), lang) != cfg.languages.end();
}

// A page urker makes from the portal, not from a content file.
struct GeneratedPage {
    std::string template_name;
    std::string path;  // output folder: "certificates/urk-2026-001/"
    std::string lang;
    std::string kind;
    std::string title;
    std::vector<std::string> languages;  // where the same page exists in other languages (same path after the prefix)
    json extra = json::object();
};

class CertificatePages {
public:
    CertificatePages(const SiteModel& m, const Portal& p, const Theme& t, const ContextBuilder& c, OutputSink& o, Diagnostics& d, RenderStats& s)
        : m_(m), portal_(p), theme_(t), ctx_(c), out_(o), diags_(d), stats_(s) {}

    void run() {
        const SiteConfig& cfg = m_.config;
        for (const auto& c : portal_.certificates) add_certificate(c);
        for (const auto& c : portal_.participation) add_participation(c);
        for (const auto& lang : cfg.languages) {
            add_register(lang);
            add_reviewed_list(lang);
        }
        render_all();
    }

private:
    const SiteModel& m_;
    const Portal& portal_;
    const Theme& theme_;
    const ContextBuilder& ctx_;
    OutputSink& out_;
    Diagnostics& diags_;
    RenderStats& stats_;
    std::vector<GeneratedPage> pages_;

    std::string ui(const std::string& lang, const std::string& key) const {
        const json& s = theme_.strings_for(lang);
        return s.contains(key) && s[key].is_string() ? s[key].get<std::string>() : key;
    }


    // What a certificate and its register entry say: the material in the certificate's language
    // where it has that version, its authors with position and school, the reviewers.
    json certificate_json(const Certificate& c, const std::string& lang) const {
        const SiteConfig& cfg = m_.config;
        PageId page = m_.localized(c.material, lang);
        const json& data = portal_.data[page];
        json authors = json::array();
        const json page_data = page_data_json(m_, portal_, ctx_, page);
        for (const auto& a : page_data.value("authors", json::array())) {
            json out = {{"title", a.value("title", "")}, {"url", a.value("url", "")}, {"position", a.value("position", "")}};
            if (a.contains("school")) out["school"] = a["school"].value("title", "");
            authors.push_back(out);
        }
        json reviewers = json::array();
        if (data.contains("review")) reviewers = data["review"]["reviewers"];
        json files = json::array();
        for (const auto& f : c.files) files.push_back({{"name", f.name}, {"sha256", f.sha256}});
        std::string url = cfg.site_url("/" + prefix_of(cfg, lang) + "certificates/" + c.slug + "/");
        std::string material_url = m_.url_of(page);
        std::string issuer = cfg.certificates.issuer.empty() ? cfg.title.in(lang, cfg.language) : cfg.certificates.issuer.in(lang, cfg.language);
        return {{"number", c.number},
                {"slug", c.slug},
                {"url", url},
                {"permalink", cfg.absolute_url(url)},
                {"date", c.approved.iso()},
                {"year", c.approved.year},
                {"lang", c.lang},
                {"material", {{"title", m_.pages[page].title}, {"url", material_url}, {"permalink", cfg.absolute_url(material_url)}}},
                {"authors", authors},
                {"reviewers", reviewers},
                {"note", data.contains("review") ? data["review"]["note"] : json("")},
                {"issuer", issuer},
                {"media_registration", cfg.certificates.media_registration.in(lang, cfg.language)},
                {"fingerprint", c.fingerprint},
                {"recorded_fingerprint", c.recorded},
                {"state", fingerprint_state_name(c.state)},
                {"files", files},
                {"verify_url", certificate_verification_url(cfg, c)},
                {"commit", c.commit ? json{{"id", c.commit->commit}, {"short", c.commit->commit.substr(0, 7)}, {"date", c.commit->date}}
                                    : json(nullptr)}};
    }

    // A certificate in every language of the site, each in its own part (/certificates/…, /kk/certificates/…),
    // so a visitor's interface holds: the one in the material's language is the certificate, the
    // others are the same certificate "in the other language on request".
    void add_certificate(const Certificate& c) {
        for (const auto& lang : m_.config.languages) {
            std::string path = prefix_of(m_.config, lang) + "certificates/" + c.slug + "/";
            if (!out_.wants(path + "index.html")) continue;
            json cert = certificate_json(c, lang);
            // The QR code is drawn by our code (render/qr_svg.h) into the page: no image file, no service.
            if (auto svg = qr_svg(cert["verify_url"].get<std::string>(), ui(lang, "certificate_verify_qr"))) cert["qr_svg"] = *svg;
            pages_.push_back({"certificate.html", path, lang, "certificate", ui(lang, "certificate") + " № " + c.number, m_.config.languages,
                              {{"certificate", cert}}});
        }
    }


    // A participation certificate and its register entry: the event in the certificate's language.
    json participation_json(const ParticipationCertificate& c, const std::string& lang) const {
        const SiteConfig& cfg = m_.config;
        PageId page = m_.localized(c.event, lang);
        std::string url = cfg.site_url("/" + prefix_of(cfg, lang) + "certificates/" + c.slug + "/");
        std::string event_url = m_.url_of(page);
        json participant = {{"title", c.name}, {"url", ""}, {"position", ""}, {"school", ""}};
        if (!c.member.empty()) {
            if (auto m = portal_.members.find(c.member); m != portal_.members.end()) {
                PageId mp = m_.localized(m->second, lang);
                const json& fm = ctx_.front_matter(mp);
                participant["url"] = m_.url_of(mp);
                participant["position"] = fm.value("position", json(""));
                if (const auto* member = std::get_if<MemberData>(&portal_.kind_data[mp]); member && member->school)
                    participant["school"] = link_title(m_, *member->school, m_.pages[mp].lang);
            }
        }
        json organizers = page_data_json(m_, portal_, ctx_, page).value("organizers", json::array());
        std::string issuer = cfg.certificates.issuer.empty() ? cfg.title.in(lang, cfg.language) : cfg.certificates.issuer.in(lang, cfg.language);
        std::string verify = cfg.absolute_url(cfg.site_url("/" + prefix_of(cfg, lang) + "certificates/")) + "#" + c.slug;
        return {{"number", c.number}, {"slug", c.slug}, {"url", url}, {"permalink", cfg.absolute_url(url)}, {"date", c.date.iso()},
                {"hours", c.hours}, {"participant", participant}, {"organizers", organizers},
                {"event", {{"title", m_.pages[page].title}, {"url", event_url}, {"permalink", cfg.absolute_url(event_url)},
                           {"event_type", ctx_.front_matter(page).value("event_type", json(""))}}},
                {"issuer", issuer}, {"media_registration", cfg.certificates.media_registration.in(lang, cfg.language)}, {"verify_url", verify}};
    }

    void add_participation(const ParticipationCertificate& c) {
        if (!theme_.engine->has_template("participation.html")) return;
        for (const auto& lang : m_.config.languages) {
            std::string path = prefix_of(m_.config, lang) + "certificates/" + c.slug + "/";
            if (!out_.wants(path + "index.html")) continue;
            json cert = participation_json(c, lang);
            if (auto svg = qr_svg(cert["verify_url"].get<std::string>(), ui(lang, "certificate_verify_qr"))) cert["qr_svg"] = *svg;
            pages_.push_back({"participation.html", path, lang, "certificate", ui(lang, "participation_certificate") + " № " + c.number,
                              m_.config.languages, {{"certificate", cert}}});
        }
    }

    void add_register(const std::string& lang) {
        if (!theme_.engine->has_template("certificates.html") || !m_.config.certificates.enabled) return;
        std::string path = prefix_of(m_.config, lang) + "certificates/";
        if (!out_.wants(path + "index.html")) return;
        json list = json::array();
        for (const auto& c : portal_.certificates) list.push_back(certificate_json(c, lang));
        json participation = json::array();
        for (const auto& c : portal_.participation) participation.push_back(participation_json(c, lang));
        pages_.push_back({"certificates.html", path, lang, "certificates", ui(lang, "certificates_register"), m_.config.languages,
                          {{"certificates", list}, {"participation", participation}}});
    }

    // The catalogue filtered to approved materials, newest first, every one on one page.
    void add_reviewed_list(const std::string& lang) {
        if (!theme_.engine->has_template("materials/reviewed.html")) return;
        std::string path = prefix_of(m_.config, lang) + "materials/reviewed/";
        if (!out_.wants(path + "index.html")) return;
        std::vector<PageId> ids;
        for (PageId i = 0; i < m_.pages.size(); ++i) {
            const Page& p = m_.pages[i];
            if (portal_.kinds[i] != Kind::material || p.draft || (p.is_translation && !m_.config.is_default_language(p.lang))) continue;
            if (p.review && p.review->status == ReviewStatus::approved) ids.push_back(i);
        }
        sort_newest_first(ids, m_.pages);
        json items = json::array();
        for (PageId i : ids) items.push_back(ctx_.summary(m_.localized(i, lang)));
        std::string url = m_.config.site_url("/" + path);
        const std::size_t count = items.size();
        json paginator = make_paginator(items, 1, count, {url});
        pages_.push_back({"materials/reviewed.html", path, lang, "reviewed", ui(lang, "reviewed_materials"), m_.config.languages,
                          {{"paginator", paginator}, {"pages", items}}});
    }

    void render_all() {
        const SiteConfig& cfg = m_.config;
        std::vector<Diagnostics> local(pages_.size());
        std::vector<int> rendered(pages_.size(), 0);
        parallel_for(pages_.size(), [&](std::size_t k) {
            const GeneratedPage& v = pages_[k];
            PageTimer timer(stats_.page_times);
            timer.name(v.template_name);
            std::string url = cfg.site_url("/" + v.path);
            json context = v.extra;
            context["lang"] = v.lang;
            json translations = json::array();
            std::string rest = v.path.substr(prefix_of(cfg, v.lang).size());
            for (const auto& other : v.languages)
                if (other != v.lang) translations.push_back({{"lang", other}, {"url", cfg.site_url("/" + prefix_of(cfg, other) + rest)}, {"title", v.title}});
            json home = ctx_.site(v.lang)["home_url"];
            context["page"] = {{"kind", v.kind}, {"title", v.title}, {"url", url}, {"permalink", cfg.absolute_url(url)}, {"lang", v.lang},
                               {"section", v.kind == "reviewed" ? "materials" : ""}, {"params", json::object()}, {"content", ""},
                               {"summary", ""}, {"description", ""}, {"translations", translations}, {"toc", json::array()},
                               {"date", ""}, {"updated", ""},
                               {"breadcrumbs", json::array({{{"title", ctx_.site(v.lang)["title"]}, {"url", home}}})},
                               {"attachments", json::array()}, {"data", json::object()}, {"type", v.kind}, {"draft", false}};
            if (publish_page(ctx_, out_, v.path + "index.html", v.template_name, context, v.lang, url, local[k])) rendered[k] = 1;
        });
        for (std::size_t k = 0; k < pages_.size(); ++k) {
            diags_.append(local[k]);
            stats_.pages += static_cast<std::size_t>(rendered[k]);
        }
    }
};

}  // namespace

std::string certificate_verification_url(const SiteConfig& config, const Certificate& c) {
    std::string lang = is_site_language(config, c.lang) ? c.lang : config.language;
    return config.absolute_url(config.site_url("/" + prefix_of(config, lang) + "certificates/")) + "#" + c.slug;
}

void render_certificates(const SiteModel& model, const Portal& portal, const Theme& theme, const ContextBuilder& ctx, OutputSink& out,
                         Diagnostics& diags, RenderStats& stats) {
    if (!theme.engine->has_template("certificate.html")) return;
    CertificatePages(model, portal, theme, ctx, out, diags, stats).run();
}

}  // namespace urker
