#include "core/fingerprint.h"

#include <cstdio>
#include <cstring>
#include <stdexcept>

#define XXH_STATIC_LINKING_ONLY  // XXH3_state_t as a complete type, to hold it without a second allocation
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

// A value is fed as many small pieces (a tag byte, a length, a short string): they are gathered
// here and given to XXH3 a buffer at a time, which hashes the same bytes as feeding each piece
// (a streaming hash depends only on the bytes) for a fraction of the calls. The state is
// XXH3's own type, so it lives in this one allocation.
struct Fingerprinter::State {
    XXH3_state_t xxh;
    std::size_t used = 0;
    unsigned char buffer[512];

    void flush() {
        if (used > 0) XXH3_128bits_update(&xxh, buffer, used);
        used = 0;
    }
};

Fingerprinter::Fingerprinter() : state_(std::make_unique<State>()) {
    if (XXH3_128bits_reset(&state_->xxh) != XXH_OK) throw std::bad_alloc();
}

Fingerprinter::~Fingerprinter() = default;

void Fingerprinter::feed(const void* data, std::size_t size) {
    if (size == 0) return;  // an empty view may have no data at all, which memcpy must not be given
    State& s = *state_;
    if (size <= sizeof s.buffer - s.used) {
        std::memcpy(s.buffer + s.used, data, size);
        s.used += size;
        return;
    }
    s.flush();
    if (size < sizeof s.buffer) {
        std::memcpy(s.buffer, data, size);
        s.used = size;
    } else {
        XXH3_128bits_update(&s.xxh, data, size);
    }
}

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
    state_->flush();  // the bytes fed so far, all of them; more may follow
    const XXH128_hash_t h = XXH3_128bits_digest(&state_->xxh);
    return {h.high64, h.low64};
}

}  // namespace urker
