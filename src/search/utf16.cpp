#include "search/utf16.h"

#include "core/text.h"

namespace urker::search {

bool is_ascii(std::string_view s) {
    for (char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return true;
}

void append_utf16(std::u16string& out, std::string_view in) {
    out.reserve(out.size() + in.size());
    for (std::size_t i = 0; i < in.size();) {
        auto b = static_cast<unsigned char>(in[i]);
        if (b < 0x80) {
            out.push_back(static_cast<char16_t>(b));
            ++i;
            continue;
        }
        // Two-byte sequences (Cyrillic) inline; everything else through the validating decoder.
        if (b >= 0xC2 && b <= 0xDF && i + 1 < in.size() && (static_cast<unsigned char>(in[i + 1]) & 0xC0) == 0x80) {
            out.push_back(static_cast<char16_t>((b & 0x1F) << 6 | (static_cast<unsigned char>(in[i + 1]) & 0x3F)));
            i += 2;
            continue;
        }
        char32_t cp = 0;
        i += urker::decode_utf8(in, i, cp);
        if (cp < 0x10000) {
            out.push_back(static_cast<char16_t>(cp));
        } else {
            cp -= 0x10000;
            out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
            out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
        }
    }
}

bool is_valid_utf8(std::string_view s) { return is_ascii(s) || urker::is_valid_utf8(s); }

std::u16string to_utf16(std::string_view in) {
    std::u16string out;
    append_utf16(out, in);
    return out;
}

void append_utf8(std::string& out, std::u16string_view in) {
    for (std::size_t i = 0; i < in.size(); ++i) {
        char32_t u = in[i];
        if (u < 0x80) {
            out.push_back(static_cast<char>(u));
            continue;
        }
        if (u < 0x800) {
            const char two[2] = {static_cast<char>(0xC0 | (u >> 6)), static_cast<char>(0x80 | (u & 0x3F))};
            out.append(two, 2);
            continue;
        }
        if (u >= 0xD800 && u <= 0xDFFF) {
            if (u <= 0xDBFF && i + 1 < in.size() && in[i + 1] >= 0xDC00 && in[i + 1] <= 0xDFFF) {
                u = 0x10000 + ((u - 0xD800) << 10) + (in[i + 1] - 0xDC00);
                ++i;
            } else {
                u = 0xFFFD;
            }
        }
        urker::append_utf8(out, u);
    }
}

std::string to_utf8(std::u16string_view in) {
    std::string out;
    out.reserve(in.size() * 2);
    append_utf8(out, in);
    return out;
}

}  // namespace urker::search
