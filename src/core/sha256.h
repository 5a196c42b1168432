// SHA-256 digests, for the fingerprints of approved materials (certificates of publication).
// The only code that sees OpenSSL's libcrypto.
#pragma once

#include <string>
#include <string_view>

namespace urker {

// The digest of `data` as 64 lower-case hexadecimal digits, as `sha256sum` prints it.
std::string sha256_hex(std::string_view data);

}  // namespace urker
