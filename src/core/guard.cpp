#include "core/guard.h"

#include <filesystem>
#include <new>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace urker {

namespace {

// nlohmann's messages start with "[json.exception.type_error.302] "; the rest is readable.
std::string without_json_prefix(std::string what) {
    if (what.rfind("[json.exception.", 0) == 0)
        if (auto end = what.find("] "); end != std::string::npos) what.erase(0, end + 2);
    return what;
}

}  // namespace

Diagnostic exception_diagnostic(const std::string& file, std::exception_ptr error) {
    Diagnostic d;
    d.where = SourceLocation{file, 0, 0};
    try {
        std::rethrow_exception(error);
    } catch (const std::bad_alloc&) {
        d.message = "urker ran out of memory while working on this file";
        d.hint = "the file is probably far larger, or nested far deeper, than a page needs to be: make it smaller";
    } catch (const nlohmann::json::type_error& e) {
        d.message = "a value in this file is not of the kind urker expected (" + without_json_prefix(e.what()) + ")";
        d.hint = "check the fields: text where text is expected, true/false without quotes, numbers as digits, lists as  [a, b]";
    } catch (const std::filesystem::filesystem_error& e) {
        d.message = "a file could not be read or written" + (e.path1().empty() ? std::string() : ": " + e.path1().string()) + " (" +
                    e.code().message() + ")";
        d.hint = "check that the file exists, is not a link to somewhere outside the site, and may be read";
    } catch (const std::exception& e) {
        d.message = std::string("urker could not work on this file: ") + without_json_prefix(e.what());
        d.hint = "this is a bug in urker; please report it together with this file";
    } catch (...) {
        d.message = "urker could not work on this file";
        d.hint = "this is a bug in urker; please report it together with this file";
    }
    return d;
}

}  // namespace urker
