// cmark-gfm and threads. While it finishes a parse, cmark-gfm adds the extensions' characters
// ('~' for strikethrough, ':' and 'w' for autolinks) to a global table of characters that start
// inline syntax, and removes them again when done (github/cmark-gfm#176). Two parses finishing at
// once race on that table: one's removal can hide '~' from the other, which then misses a
// strikethrough. urker attaches the same extensions to every parser, so the table it needs never
// changes: it fills the table once, before any thread starts, and from then on keeps cmark-gfm
// from changing it. Parses then run on all cores.
#pragma once

namespace urker {

// Fills cmark-gfm's table of inline characters for urker's extensions, once, and checks that it
// stays filled. Called by register_markdown_extensions (from main, before threads start).
void settle_inline_characters();

// True when the table is settled, so parses may run at once; false (parse one at a time) when
// settle_inline_characters was not called or could not take effect (a cmark-gfm built to call
// its own function directly).
bool parses_may_overlap();

}  // namespace urker
