#include "markdown/inline_characters.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <dlfcn.h>

#include <cstring>
#include <initializer_list>

namespace {

// Written only by settle_inline_characters, before any thread starts; read afterwards.
bool settled = false;       // the table holds the extensions' characters for good
bool hook_called = false;   // cmark-gfm's call reached the function below

using ManageCharacters = void (*)(cmark_parser*, int);

ManageCharacters cmark_own_function() {
    static const auto own = reinterpret_cast<ManageCharacters>(dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters"));
    return own;
}

}  // namespace

// cmark-gfm's finish calls this exported function through its procedure linkage table, so this
// definition in urker's binary is the one it reaches. Until the table is settled it does what
// cmark-gfm's own does; after, adding is already done and removing is skipped.
extern "C" void cmark_manage_extensions_special_characters(cmark_parser* parser, int add) {
    if (settled) return;  // only read once threads run
    hook_called = true;
    if (ManageCharacters own = cmark_own_function()) own(parser, add);
}

namespace urker {

void settle_inline_characters() {
    if (settled || !cmark_own_function()) return;
    cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    for (const char* name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"})
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) cmark_parser_attach_syntax_extension(parser, ext);
    const char probe[] = "~~a~~";
    cmark_parser_feed(parser, probe, std::strlen(probe));
    hook_called = false;
    cmark_node* doc = cmark_parser_finish(parser);  // adds the characters and removes them again
    // Only if cmark-gfm's own finish went through this binary's function can it be kept from
    // changing the table; then add the characters for good.
    if (hook_called) {
        cmark_own_function()(parser, 1);
        settled = true;
    }
    cmark_node_free(doc);
    cmark_parser_free(parser);
}

bool parses_may_overlap() { return settled; }

}  // namespace urker
