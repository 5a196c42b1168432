// lunr's English `stemmer` (lunr 2.3.9): Martin Porter's algorithm as in his JavaScript
// implementation, which departs from the paper and from Snowball `porter` (step 1c turns a final
// y into i only after a consonant, step 2 has `logi` -> `log` and `bli` -> `ble`, words shorter
// than 3 code units are left alone). lunr expresses the steps as regular expressions over UTF-16
// code units; this implementation reproduces their exact matching, including two details that
// only matter for odd input: `.` does not match line terminators (possible inside array-field
// tokens, which are not split) and a character outside the BMP counts as two code units.
#pragma once

#include <string>

namespace urker::search {

// Stems `word` (already lowercased and trimmed) in place.
void porter_stem(std::u16string& word);

}  // namespace urker::search
