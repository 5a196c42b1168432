// A QR code as inline SVG, for the verification address printed on a certificate. The only code
// that sees libqrencode; the SVG is ours: one path of unit squares, a quiet zone of four modules,
// black on white whatever the page's colours, so phones read it from paper and screen alike.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace urker {

// An <svg> element encoding `text` (UTF-8, 8-bit mode, error correction level M), `size_css` wide
// (e.g. "32mm"), titled `label` for screen readers. nullopt when the text is too long for a QR
// code.
std::optional<std::string> qr_svg(std::string_view text, std::string_view label, std::string_view size_css = "32mm");

}  // namespace urker
