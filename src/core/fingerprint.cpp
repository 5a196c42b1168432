#include "core/fingerprint.h"

#include <cstdio>
#include <cstring>
#include <stdexcept>

#include <xxhash.h>

namespace urker {

namespace {

// Type tags: one byte before each value, so a string and a number of the same bytes differ.
enum Tag : unsigned char { text_tag = 1, number_tag, fingerprint_tag, null_tag, false_tag, true_tag, int_tag, uint_tag, float_tag, array_tag, object_tag, other_tag };

}  // namespace

std::string Fingerprint::hex() const {
    char text[33];
    std::snprintf(text, sizeof text, "%016llx%016llx", static_cast<unsigned long long>(high), static_cast<unsigned long long>(low));
    return text;
}

std::optional<Fingerprint> Fingerprint::parse(std::string_view hex) {
    if (hex.size() != 32) return std::nullopt;
    Fingerprint f;
    for (std::size_t i = 0; i < 32; ++i) {
        const char c = hex[i];
        unsigned digit;
        if (c >= '0' && c <= '9') digit = static_cast<unsigned>(c - '0');
        else if (c >= 'a' && c <= 'f') digit = static_cast<unsigned>(c - 'a' + 10);
        else return std::nullopt;
        std::uint64_t& half = i < 16 ? f.high : f.low;
        half = (half << 4) | digit;
    }
    return f;
}

struct Fingerprinter::State {
    XXH3_state_t* xxh = nullptr;
};

Fingerprinter::Fingerprinter() : state_(std::make_unique<State>()) {
    state_->xxh = XXH3_createState();
    if (!state_->xxh || XXH3_128bits_reset(state_->xxh) != XXH_OK) throw std::bad_alloc();
}

Fingerprinter::~Fingerprinter() { XXH3_freeState(state_->xxh); }

void Fingerprinter::feed(const void* data, std::size_t size) { XXH3_128bits_update(state_->xxh, data, size); }

Fingerprinter& Fingerprinter::add(std::string_view text) {
    const unsigned char tag = text_tag;
    const std::uint64_t size = text.size();
    feed(&tag, 1);
    feed(&size, sizeof size);
    feed(text.data(), text.size());
    return *this;
}

Fingerprinter& Fingerprinter::add(std::uint64_t number) {
    const unsigned char tag = number_tag;
    feed(&tag, 1);
    feed(&number, sizeof number);
    return *this;
}

Fingerprinter& Fingerprinter::add(const Fingerprint& f) {
    const unsigned char tag = fingerprint_tag;
    feed(&tag, 1);
    feed(&f.high, sizeof f.high);
    feed(&f.low, sizeof f.low);
    return *this;
}

Fingerprinter& Fingerprinter::add(const nlohmann::json& value) {
    using T = nlohmann::json::value_t;
    auto tag = [this](Tag t) {
        const unsigned char byte = t;
        feed(&byte, 1);
    };
    switch (value.type()) {
        case T::null: tag(null_tag); break;
        case T::boolean: tag(value.get<bool>() ? true_tag : false_tag); break;
        case T::number_integer: {
            tag(int_tag);
            const std::int64_t v = value.get<std::int64_t>();
            feed(&v, sizeof v);
            break;
        }
        case T::number_unsigned: {
            tag(uint_tag);
            const std::uint64_t v = value.get<std::uint64_t>();
            feed(&v, sizeof v);
            break;
        }
        case T::number_float: {
            tag(float_tag);
            const double v = value.get<double>();
            feed(&v, sizeof v);
            break;
        }
        case T::string: add(std::string_view(value.get_ref<const std::string&>())); break;
        case T::array: {
            tag(array_tag);
            const std::uint64_t size = value.size();
            feed(&size, sizeof size);
            for (const auto& item : value) add(item);
            break;
        }
        case T::object: {
            tag(object_tag);
            const std::uint64_t size = value.size();
            feed(&size, sizeof size);
            for (auto it = value.begin(); it != value.end(); ++it) {
                add(std::string_view(it.key()));
                add(it.value());
            }
            break;
        }
        default: {  // binary, discarded: as their text
            tag(other_tag);
            add(std::string_view(value.dump()));
            break;
        }
    }
    return *this;
}

Fingerprint Fingerprinter::finish() const {
    const XXH128_hash_t h = XXH3_128bits_digest(state_->xxh);
    return {h.high64, h.low64};
}

}  // namespace urker
