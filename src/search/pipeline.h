// The text pipelines of lunr 2.3.9 + lunr-languages 1.22.0, by language:
//   en     lunr(...)                                index: trimmer, stopWordFilter, stemmer
//                                                  search: stemmer
//   ru     this.use(lunr.ru)                        index: trimmer-ru, stopWordFilter-ru, stemmer-ru
//                                                  search: trimmer-ru, stemmer-ru
//   multi  this.use(lunr.multiLanguage('en','ru'))  index: lunr-multi-trimmer-en-ru, stopWordFilter-ru,
//                                                         stopWordFilter, stemmer, stemmer-ru
//                                                  search: stemmer, stemmer-ru
//   multi-kk  multi + urker's `fold-kk`              index: lunr-multi-trimmer-en-ru, stopWordFilter-ru,
//             (lunr.fold-kk.js, bundled)                   stopWordFilter, fold-kk, stemmer, stemmer-ru
//                                                  search: fold-kk, stemmer, stemmer-ru
//   multi-kk, a Kazakh document (SearchDocument::language "kk"):
//                                                  index: lunr-multi-trimmer-en-ru, stopWordFilter-ru,
//                                                         stopWordFilter, fold-kk, stemmer, stemmer-kk
//             multi-kk's search pipeline is then    fold-kk, stemmer, stemmer-ru-kk: a query word
//             becomes its Russian and its Kazakh stem (one term if they agree; lunr.kk.js).
// fold-kk writes Kazakh letters as the Russian letters people type for them on a phone without a
// Kazakh layout (ң→н, қ→к, ү ұ→у, ө→о, ғ→г, ә→а, і→и, һ→х) and ё as е, so «Шанырак» finds
// «Шаңырақ» and «еж» finds «ёж». A site in Russian or Kazakh gets multi-kk.
// The lunr label lists come from a real lunr builder at build time (search_data.h); the serialized
// index names the search pipeline, which lunr.Index.load rebuilds from registered functions.
#pragma once

#include "search/russian_stemmer.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace urker::search {

enum class Language { en, ru, multi, multi_kk };

std::optional<Language> parse_language(std::string_view name);  // "en", "ru", "multi", "multi-kk"
std::string_view language_name(Language language);

std::span<const std::string_view> index_pipeline_labels(Language language, bool kazakh_document = false);
std::span<const std::string_view> search_pipeline_labels(Language language);

// fold-kk on a lowercase term, in place (the folded letters are all in the BMP: one code unit
// each way).
void fold_kazakh_letters(std::u16string& term);

// The indexing pipeline of one language. Holds a stemmer instance, so each thread needs its own.
class Pipeline {
public:
    // `kazakh_document`: the pipeline of a Kazakh document (multi-kk only; see above).
    explicit Pipeline(Language language, bool kazakh_document = false);
    ~Pipeline();
    Pipeline(Pipeline&&) noexcept;
    Pipeline& operator=(Pipeline&&) noexcept;

    // Runs the pipeline on one token. Returns false when a stop word filter removed it; otherwise
    // `term` holds the resulting term, which may be empty (lunr indexes a token that the trimmer
    // reduced to nothing as the term "").
    bool run(std::u16string_view token, std::u16string& term);

private:
    enum class Step : std::uint8_t { trim_en, trim_ru, trim_multi, stop_en, stop_ru, fold_kk, stem_en, stem_ru, stem_kk };
    std::vector<Step> steps_;
    std::unique_ptr<RussianStemmer> russian_;  // only when the pipeline has stemmer-ru
};

}  // namespace urker::search
