#include "render/qr_svg.h"

#include <qrencode.h>

#include <memory>

#include "core/text.h"

namespace urker {

std::optional<std::string> qr_svg(std::string_view text, std::string_view label, std::string_view size_css) {
    std::string data(text);
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeData(static_cast<int>(data.size()),
                                                                         reinterpret_cast<const unsigned char*>(data.data()), 0, QR_ECLEVEL_M),
                                                         &QRcode_free);
    if (!code) return std::nullopt;
    const int width = code->width;
    const int quiet = 4;
    const int total = width + 2 * quiet;
    std::string path;
    path.reserve(static_cast<std::size_t>(width) * width * 4);
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            if (!(code->data[y * width + x] & 1)) continue;  // bit 0: the module is dark
            // A run of dark modules on a row is one rectangle: a smaller file.
            int run = 1;
            while (x + run < width && (code->data[y * width + x + run] & 1)) ++run;
            path += "M" + std::to_string(x + quiet) + " " + std::to_string(y + quiet) + "h" + std::to_string(run) + "v1h-" +
                    std::to_string(run) + "z";
            x += run - 1;
        }
    }
    std::string n = std::to_string(total);
    std::string svg = "<svg class=\"qr-code\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n + " " + n + "\" width=\"" +
                      std::string(size_css) + "\" height=\"" + std::string(size_css) +
                      "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"" + escape_html(label) + "\">";
    svg += "<rect width=\"" + n + "\" height=\"" + n + "\" fill=\"#fff\"/>";
    svg += "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    return svg;
}

}  // namespace urker
