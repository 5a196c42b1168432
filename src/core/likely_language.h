// Which language a teacher or webmaster meant by a word that is not one of the codes urker knows:
// `--lang kz`, `language: қаз` in front matter.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace urker {

// The code among `codes` ("ru", "kk", "en"…) that `written` most likely means: the code in other
// letters ("KK"), a near slip ("kz", "rus"), or a language's name or country in Latin or Cyrillic
// letters by its first letter ("қаз", "қазақша", "qazaq", "рус", "Kazakh"); "" when none.
std::string likely_language(std::string_view written, const std::vector<std::string>& codes);

}  // namespace urker
