// DOCS.json, the input of `urker index`: a JSON array of objects, each with a `ref` (string or
// number) and the fields to index as strings or arrays of strings. Numbers and booleans are
// indexed as JavaScript's String() prints them, null as nothing (inside an array: as ""); other
// keys are ignored. Read with a streaming (SAX) parser straight into SearchDocuments: the texts are
// moved, never copied, and no JSON tree is built.
#pragma once

#include "core/diagnostic.h"
#include "search/index_writer.h"

#include <string>
#include <string_view>
#include <vector>

namespace urker::search {

// The documents of DOCS.json `text` (read from `path`). A JSON syntax error is reported alone,
// with line:column, the line and a caret; otherwise every problem (up to 20 errors) is reported,
// naming the document. Documents that share a ref give a warning (lunr.js merges them).
std::vector<SearchDocument> read_document_list(const std::string& path, const std::string& text,
                                               const std::vector<SearchField>& fields, Diagnostics& problems);

}  // namespace urker::search
