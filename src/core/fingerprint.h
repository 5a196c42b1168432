// Fingerprints of what an output file was made from, for the build cache (render/render_memo.h):
// equal fingerprints mean equal inputs. 128 bits of XXH3 (Debian's libxxhash): fast enough to
// fingerprint every page's template values on each build (several gigabytes a second), and wide
// enough that two different inputs sharing one is not a practical concern. Not for security:
// nothing here resists someone crafting a collision, and nothing needs to (the inputs are the
// site's own).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/json.h"

namespace urker {

struct Fingerprint {
    std::uint64_t high = 0, low = 0;
    bool operator==(const Fingerprint&) const = default;
    // 32 lower-case hexadecimal digits; parse() reads them back (nullopt for anything else).
    std::string hex() const;
    // The same digits at the end of `out`.
    void append_hex(std::string& out) const;
    static std::optional<Fingerprint> parse(std::string_view hex);
};

// Feeds values in order; each is framed (a type tag, and strings their length), so ("ab", "c")
// and ("a", "bc") differ.
class Fingerprinter {
public:
    Fingerprinter();
    ~Fingerprinter();
    Fingerprinter(const Fingerprinter&) = delete;
    Fingerprinter& operator=(const Fingerprinter&) = delete;

    Fingerprinter& add(std::string_view text);
    Fingerprinter& add(std::uint64_t number);
    Fingerprinter& add(const Fingerprint& f);
    // A JSON value as what it holds, without writing it out: objects key by key in key order
    // (urker::Json keeps them sorted), arrays in order, numbers by type and bits.
    Fingerprinter& add(const urker::Json& value);
    Fingerprint finish() const;

private:
    void feed(const void* data, std::size_t size);
    struct State;
    std::unique_ptr<State> state_;
};

// One text's fingerprint: Fingerprinter().add(text).finish().
Fingerprint fingerprint_of(std::string_view text);

}  // namespace urker
