#include "core/source_text.h"

#include "core/diagnostic.h"
#include "core/text_file.h"

namespace urker {

const std::string& SourceText::str() const {
    if (read_.load(std::memory_order_acquire)) return text_;  // read at construction or by an earlier call
    std::call_once(once_, [this] {
        Diagnostics ignored;  // the file was read without a problem before; if it has one now, the next build says so
        if (auto text = read_text_file(file_, file_.string(), max_bytes_, ignored)) text_ = std::move(*text);
        read_.store(true, std::memory_order_release);
    });
    return text_;
}

bool SourceText::in_memory() const { return read_.load(std::memory_order_acquire); }

}  // namespace urker
