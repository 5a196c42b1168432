#include "core/fingerprint.h"

#include <bit>

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
    std::string text;
    append_hex(text);
    return text;
}

void Fingerprint::append_hex(std::string& out) const {
    static constexpr char digits[] = "0123456789abcdef";
    char text[32];
    for (int k = 0; k < 16; ++k) {
        text[k] = digits[(high >> (60 - 4 * k)) & 15];
        text[16 + k] = digits[(low >> (60 - 4 * k)) & 15];
    }
    out.append(text, sizeof text);
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
//
// Most values are small (a summary's member, a date): until the buffer first fills, nothing is
// given to XXH3, and finish() hashes the buffer in one call, which gives the same hash as
// streaming the same bytes (XXH3's promise) for less than the streaming state's setup costs.
struct Fingerprinter::State {
    XXH3_state_t xxh;
    bool streaming = false;  // xxh is set up and holds what was flushed
    std::size_t used = 0;
    unsigned char buffer[512];

    void flush() {
        if (!streaming) {
            if (XXH3_128bits_reset(&xxh) != XXH_OK) throw std::bad_alloc();
            streaming = true;
        }
        if (used > 0) XXH3_128bits_update(&xxh, buffer, used);
        used = 0;
    }
    // A piece of a size known when compiling (a tag, a number): copied without a call to memcpy.
    template <std::size_t N>
    void put(const void* data) {
        static_assert(N <= sizeof buffer);
        if (used + N > sizeof buffer) flush();
        std::memcpy(buffer + used, data, N);
        used += N;
    }
    // A tag byte and a number, the framing of most values.
    void put_tagged(unsigned char tag, std::uint64_t number) {
        if (used + 9 > sizeof buffer) flush();
        buffer[used] = tag;
        std::memcpy(buffer + used + 1, &number, 8);
        used += 9;
    }
};

// Default-initialized, not value-initialized (make_unique would zero the kilobyte of XXH3's
// state and the buffer, which flush() and feed() set before they are read): a rebuild makes
// one for each summary and page it compares with the last build's, tens of thousands of them.
Fingerprinter::Fingerprinter() : state_(new State) {}

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
    state_->put_tagged(tag, text.size());
    feed(text.data(), text.size());
    return *this;
}

Fingerprinter& Fingerprinter::add(std::uint64_t number) {
    state_->put_tagged(number_tag, number);
    return *this;
}

Fingerprinter& Fingerprinter::add(const Fingerprint& f) {
    state_->put_tagged(fingerprint_tag, f.high);
    state_->put<sizeof f.low>(&f.low);
    return *this;
}

Fingerprinter& Fingerprinter::add(const urker::Json& value) {
    using T = urker::Json::value_t;
    State& s = *state_;
    auto tag = [&s](Tag t) {
        const unsigned char byte = t;
        s.put<1>(&byte);
    };
    switch (value.type()) {
        case T::null: tag(null_tag); break;
        case T::boolean: tag(value.get<bool>() ? true_tag : false_tag); break;
        case T::number_integer: s.put_tagged(int_tag, static_cast<std::uint64_t>(value.get<std::int64_t>())); break;
        case T::number_unsigned: s.put_tagged(uint_tag, value.get<std::uint64_t>()); break;
        case T::number_float: s.put_tagged(float_tag, std::bit_cast<std::uint64_t>(value.get<double>())); break;
        case T::string: add(std::string_view(value.get_ref<const std::string&>())); break;
        case T::array: {
            s.put_tagged(array_tag, value.size());
            for (const auto& item : value) add(item);
            break;
        }
        case T::object: {
            s.put_tagged(object_tag, value.size());
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
    State& s = *state_;
    if (!s.streaming) {
        const XXH128_hash_t h = XXH3_128bits(s.buffer, s.used);  // the buffer stays: more may follow
        return {h.high64, h.low64};
    }
    s.flush();  // the bytes fed so far, all of them; more may follow
    const XXH128_hash_t h = XXH3_128bits_digest(&s.xxh);
    return {h.high64, h.low64};
}

}  // namespace urker

namespace urker {

Fingerprint fingerprint_of(std::string_view text) { return Fingerprinter().add(text).finish(); }

}  // namespace urker
