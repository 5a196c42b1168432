#include "render/publish_page.h"

#include <algorithm>

#include "output/published_memo.h"
#include "template/globals_trace.h"

namespace urker {

namespace {

bool publish(const ContextBuilder& ctx, OutputSink& out, const std::string& path, const std::string& template_name, const Fingerprint* values,
             const urker::Json* given, const std::function<urker::Json()>* make_context, const std::string& lang, const std::string& url,
             Diagnostics& diags, const std::function<std::string(std::string&&)>* wrap, const tmpl::SharedLists* lists) {
    const Theme& theme = ctx.theme();
    const ContextBuilder::Globals& globals = ctx.globals(lang, url);
    PublishedMemo* memo = ctx.memo();
    Fingerprint inputs;
    if (memo) {
        Fingerprinter f;
        // The templates the page used are among its reads (template/globals_trace.h's kTemplateReads).
        f.add(theme.strings_fingerprint).add(std::string_view(template_name)).add(std::string_view(lang));
        if (values) f.add(std::string_view("values")).add(*values);
        else f.add(std::string_view("context")).add(*given);
        if (wrap) f.add(std::string_view("wrapped"));
        inputs = f.finish();
        auto now = [&globals](const std::string& where, std::uint8_t kind) { return globals.read(where, kind); };
        // The reads of the lists' items, looked at in this page's items. `lists` come made (their
        // items are pointers to the summaries), before the context, which is made only to render.
        const PublishedMemo::OwnReadsNow own_now = [&ctx, lists](const std::vector<const PublishedMemo::Read*>& own) {
            std::vector<ContextBuilder::ItemRead> reads;
            for (const PublishedMemo::Read* r : own)
                reads.emplace_back(static_cast<std::uint8_t>(r->kind & ~PublishedMemo::kPageOwnRead), std::string_view(r->where));
            std::sort(reads.begin(), reads.end());
            reads.erase(std::unique(reads.begin(), reads.end()), reads.end());
            return ctx.items_seen(lists, reads);
        };
        if (memo->reuse(out, path, inputs, now, &globals.verdicts(*memo), &own_now)) return true;
    }
    urker::Json made;
    if (!given) {
        made = (*make_context)();
        given = &made;
    }
    const std::size_t reported = diags.items().size();
    tmpl::Locale locale{lang, &theme.strings_for(lang)};
    tmpl::GlobalsTrace trace;
    // One buffer per render thread, page after page: its capacity stays, so a page's HTML is not
    // grown anew by doubling for every page (the copies were about 1 % of a first build's work).
    thread_local std::string html;
    // A wrapped file (a card file) leaves with the buffer: room for it as large as it was last time.
    if (wrap && memo) html.reserve(static_cast<std::size_t>(std::min<std::uintmax_t>(memo->published_size(path), std::uintmax_t(1) << 30)));
    if (!theme.engine->render_into(html, template_name, *given, globals.value, locale, diags, ctx.fragments(), memo ? &trace : nullptr, lists,
                                   ctx.template_clock()))
        return false;
    if (wrap) {
        // A wrapped file is one of the catalogue's card files, the size of the whole catalogue:
        // handed over, not copied, and the buffer not kept at its size for the pages after it.
        std::string page;
        page.swap(html);
        out.write(path, (*wrap)(std::move(page)));
    } else {
        out.write(path, html);
    }
    if (memo && diags.items().size() == reported) {
        std::vector<std::uint32_t> reads;
        std::vector<const tmpl::GlobalsRead*> item_reads;
        globals.number_reads(*memo, trace, reads, item_reads);
        // The items' reads, each once, numbered with nothing seen: what they see is the page's
        // own, kept with it, together.
        std::vector<ContextBuilder::ItemRead> own;
        for (const tmpl::GlobalsRead* r : item_reads) own.emplace_back(static_cast<std::uint8_t>(r->kind), std::string_view(r->path));
        std::sort(own.begin(), own.end());
        own.erase(std::unique(own.begin(), own.end()), own.end());
        for (const auto& [kind, where] : own)
            reads.push_back(memo->number_for({std::string(where), static_cast<std::uint8_t>(kind | PublishedMemo::kPageOwnRead), Fingerprint{}}));
        const Fingerprint own_seen = own.empty() ? Fingerprint{} : ctx.items_seen(lists, own);
        std::sort(reads.begin(), reads.end());
        reads.erase(std::unique(reads.begin(), reads.end()), reads.end());
        memo->remember_numbered(path, inputs, std::move(reads), own_seen);
    }
    return true;
}

}  // namespace

bool publish_page(const ContextBuilder& ctx, OutputSink& out, const std::string& path, const std::string& template_name,
                  const urker::Json& context, const std::string& lang, const std::string& url, Diagnostics& diags) {
    return publish(ctx, out, path, template_name, nullptr, &context, nullptr, lang, url, diags, nullptr, nullptr);
}

bool publish_page_lazily(const ContextBuilder& ctx, OutputSink& out, const std::string& path, const std::string& template_name,
                         const Fingerprint& values, const std::function<urker::Json()>& make_context, const std::string& lang,
                         const std::string& url, Diagnostics& diags, const std::function<std::string(std::string&&)>* wrap,
                         const tmpl::SharedLists* lists) {
    if (!ctx.memo()) {
        const urker::Json context = make_context();
        return publish(ctx, out, path, template_name, nullptr, &context, nullptr, lang, url, diags, wrap, lists);
    }
    return publish(ctx, out, path, template_name, &values, nullptr, &make_context, lang, url, diags, wrap, lists);
}

}  // namespace urker
