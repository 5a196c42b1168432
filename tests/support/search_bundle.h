// Reads a built site's sharded search as a browser does (render/range_bundle.h): the manifest's
// description of a bundle gives each part's file and byte range; a part is a gzip member.
#pragma once

#include "core/json.h"
#include <zlib.h>

#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "render/range_bundle.h"

namespace urker::testing {

// The data of one gzip member (or of a whole .gz file); "(not gzip)" when it is not one.
inline std::string gunzip(const std::string& data) {
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK) return {};
    std::string out;
    char buf[16384];
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    int status = Z_OK;
    while (status == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef*>(buf);
        zs.avail_out = sizeof buf;
        status = inflate(&zs, Z_NO_FLUSH);
        out.append(buf, sizeof buf - zs.avail_out);
    }
    const bool whole = status == Z_STREAM_END && zs.avail_in == 0;  // nothing after the member
    inflateEnd(&zs);
    return whole ? out : std::string("(not gzip)");
}

struct BundlePart {
    std::string file;
    std::size_t offset = 0, length = 0;
};

// Where each part of a bundle is, from its description in the manifest.
inline std::vector<BundlePart> bundle_layout(const urker::Json& description) {
    const std::size_t unit = description.at("unit");
    const std::vector<std::size_t> units = decode_unit_sizes(description.at("sizes").get<std::string>(), description.at("width"));
    const auto& starts = description.at("starts");
    std::vector<BundlePart> parts;
    std::size_t file = 0, offset = 0;
    for (std::size_t k = 0; k < units.size(); ++k) {
        if (file + 1 < starts.size() && starts[file + 1].get<std::size_t>() == k) {
            ++file;
            offset = 0;
        }
        parts.push_back({description.at("files").at(file).get<std::string>(), offset, units[k] * unit});
        offset += units[k] * unit;
    }
    return parts;
}

// Part k's text, read from the site's search/ folder through `read` (path → file bytes).
inline std::string bundle_part(const urker::Json& description, std::size_t k,
                               const std::function<std::string(const std::string&)>& read) {
    const auto parts = bundle_layout(description);
    const BundlePart& p = parts.at(k);
    const std::string file = read("search/" + p.file);
    if (p.offset + p.length > file.size()) throw std::out_of_range("bundle part beyond its file");
    return gunzip(file.substr(p.offset, p.length));
}

}  // namespace urker::testing
