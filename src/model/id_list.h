// A front-matter field that names one page by id or several (`author: m01`, `author: [m01, m02]`),
// as a list. Values that are not text are left out: the kind's schema reports their shape.
#pragma once

#include <string>
#include <vector>

#include "core/json.h"

namespace urker {

std::vector<std::string> as_list(const urker::Json& value);

}  // namespace urker
