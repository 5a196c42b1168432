// `urker index`: builds a lunr.js search index from a JSON list of documents, without a site.
//
//   urker index --docs DOCS.json [--lang en|ru|multi|multi-kk] [--field NAME[^BOOST]]... [--output FILE]
//
// DOCS.json is an array of objects, each with a `ref` (string or number) and the fields to index
// as strings or arrays of strings (numbers and booleans are indexed as JavaScript would print
// them, null as nothing). Fields default to title^10 tags^5 body, the language to multi.
// A `lang` of "kk" (when no field is called lang) gives the document the Kazakh pipeline in
// multi-kk (search/pipeline.h).
// The output is byte-identical to JSON.stringify of the index lunr.js 2.3.9 builds from the
// same documents (`lunr(function () { this.ref('ref'); this.field(name, {boost}); … })`).
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace urker::search {

// Returns 0 on success, 1 when DOCS.json cannot be read or is not a valid document list (the
// message names the file and, for JSON syntax errors, line:column with the line and a caret),
// 2 for a usage error (unknown language, malformed --field). Messages go to `err`, in
// `message_language` (ru, kk, en: see resolve_message_language); the index goes to `output_path`,
// or to standard output when it is empty.
int run_index_command(const std::string& docs_path, const std::string& lang, const std::vector<std::string>& fields,
                      const std::string& output_path, std::ostream& err, std::string_view message_language = "en");

// The same documents as an index in shards (search/sharded_index.h), written into `output_dir`:
// manifest.json, i0.json, i1.json, … (each a lunr 2.3.9 index whose refs are document numbers),
// terms.json (every term) and refs.json (the ref of each document number). `shard_bytes` 0 means
// the default shard size. For tests and tools; a site's build writes its own shards.
int run_sharded_index_command(const std::string& docs_path, const std::string& lang,
                              const std::vector<std::string>& fields, const std::string& output_dir,
                              std::size_t shard_bytes, std::ostream& err, std::string_view message_language = "en");

// The defaults the command uses when no --field is given.
std::vector<std::string> default_index_fields();

}  // namespace urker::search
