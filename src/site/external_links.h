// Asking the servers of external links whether the pages are there: HEAD, then GET when a server
// refuses HEAD; a bounded timeout and a few requests at a time. Only `urker check --external`.
#pragma once

#include <map>
#include <string>

#include "core/diagnostic.h"

namespace urker {

// Every address in `links` (address -> where it appears) that does not answer with 2xx/3xx
// becomes an error at its place.
void check_external_links(const std::map<std::string, SourceLocation>& links, int timeout_seconds, int parallel,
                          Diagnostics& diags);

}  // namespace urker
