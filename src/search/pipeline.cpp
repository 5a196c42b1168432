#include "search/pipeline.h"

#include "search/kazakh_stemmer.h"
#include "search/porter_stemmer.h"
#include "search/search_data.h"
#include "search/stop_words.h"
#include "search/trimmer.h"

#include <stdexcept>

namespace urker::search {

namespace {

void trim_in_place(std::u16string& s, const CodeUnitSet& word_characters) {
    const std::u16string_view kept = trim_token(s, word_characters);
    const auto begin = static_cast<std::size_t>(kept.data() - s.data());
    s.resize(begin + kept.size());
    s.erase(0, begin);
}

// multi's pipelines with fold-kk before the stemmers.
constexpr std::string_view multi_kk_index_pipeline[] = {"lunr-multi-trimmer-en-ru", "stopWordFilter-ru", "stopWordFilter",
                                                        "fold-kk", "stemmer", "stemmer-ru"};
constexpr std::string_view multi_kk_kazakh_index_pipeline[] = {"lunr-multi-trimmer-en-ru", "stopWordFilter-ru", "stopWordFilter",
                                                               "fold-kk", "stemmer", "stemmer-kk"};
constexpr std::string_view multi_kk_search_pipeline[] = {"fold-kk", "stemmer", "stemmer-ru-kk"};

}  // namespace

void fold_kazakh_letters(std::u16string& term) {
    for (char16_t& c : term) {
        switch (c) {
            case u'ң': c = u'н'; break;
            case u'қ': c = u'к'; break;
            case u'ү':
            case u'ұ': c = u'у'; break;
            case u'ө': c = u'о'; break;
            case u'ғ': c = u'г'; break;
            case u'ә': c = u'а'; break;
            case u'і': c = u'и'; break;
            case u'һ': c = u'х'; break;
            case u'ё': c = u'е'; break;
            default: break;
        }
    }
}

std::optional<Language> parse_language(std::string_view name) {
    if (name == "en") return Language::en;
    if (name == "ru") return Language::ru;
    if (name == "multi") return Language::multi;
    if (name == "multi-kk") return Language::multi_kk;
    return std::nullopt;
}

std::string_view language_name(Language language) {
    switch (language) {
        case Language::en: return "en";
        case Language::ru: return "ru";
        case Language::multi: return "multi";
        case Language::multi_kk: return "multi-kk";
    }
    return "?";
}

std::span<const std::string_view> index_pipeline_labels(Language language, bool kazakh_document) {
    switch (language) {
        case Language::en: return data::en_index_pipeline;
        case Language::ru: return data::ru_index_pipeline;
        case Language::multi: return data::multi_index_pipeline;
        case Language::multi_kk: return kazakh_document ? std::span<const std::string_view>(multi_kk_kazakh_index_pipeline)
                                                        : std::span<const std::string_view>(multi_kk_index_pipeline);
    }
    return {};
}

std::span<const std::string_view> search_pipeline_labels(Language language) {
    switch (language) {
        case Language::en: return data::en_search_pipeline;
        case Language::ru: return data::ru_search_pipeline;
        case Language::multi: return data::multi_search_pipeline;
        case Language::multi_kk: return multi_kk_search_pipeline;
    }
    return {};
}

Pipeline::Pipeline(Language language, bool kazakh_document) {
    for (std::string_view label : index_pipeline_labels(language, kazakh_document)) {
        if (label == "trimmer") steps_.push_back(Step::trim_en);
        else if (label == "trimmer-ru") steps_.push_back(Step::trim_ru);
        else if (label == "lunr-multi-trimmer-en-ru") steps_.push_back(Step::trim_multi);
        else if (label == "stopWordFilter") steps_.push_back(Step::stop_en);
        else if (label == "stopWordFilter-ru") steps_.push_back(Step::stop_ru);
        else if (label == "fold-kk") steps_.push_back(Step::fold_kk);
        else if (label == "stemmer") steps_.push_back(Step::stem_en);
        else if (label == "stemmer-ru") steps_.push_back(Step::stem_ru);
        else if (label == "stemmer-kk") steps_.push_back(Step::stem_kk);
        else throw std::logic_error("lunr pipeline function '" + std::string(label) + "' is not implemented");
        if (steps_.back() == Step::stem_ru && !russian_) russian_ = std::make_unique<RussianStemmer>();
    }
}

Pipeline::~Pipeline() = default;
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;

bool Pipeline::run(std::u16string_view token, std::u16string& term) {
    term.assign(token);
    for (Step step : steps_) {
        switch (step) {
            case Step::trim_en: trim_in_place(term, en_word_characters); break;
            case Step::trim_ru: trim_in_place(term, ru_word_characters); break;
            case Step::trim_multi: trim_in_place(term, multi_word_characters); break;
            case Step::stop_en:
                if (is_en_stop_word(term)) return false;
                break;
            case Step::stop_ru:
                if (is_ru_stop_word(term)) return false;
                break;
            case Step::fold_kk: fold_kazakh_letters(term); break;
            case Step::stem_en: porter_stem(term); break;
            case Step::stem_ru: russian_->stem(term); break;
            case Step::stem_kk: kazakh_stem(term); break;
        }
    }
    return true;
}

}  // namespace urker::search
