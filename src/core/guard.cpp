#include "core/guard.h"

#include <filesystem>
#include <new>
#include <stdexcept>

#include "core/json.h"

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
    Message message, hint;
    try {
        std::rethrow_exception(error);
    } catch (const std::bad_alloc&) {
        message = Message("core.out_of_memory");
        hint = Message("core.out_of_memory_hint");
    } catch (const urker::Json::type_error& e) {
        message = Message("core.unexpected_value", {{"detail", without_json_prefix(e.what())}});
        hint = Message("core.unexpected_value_hint");
    } catch (const std::filesystem::filesystem_error& e) {
        const std::string path = e.path1().string();
        message = Message("core.file_error", {{"has_path", path.empty() ? "no" : "yes"}, {"path", path}, {"detail", e.code().message()}});
        hint = Message("core.file_error_hint");
    } catch (const std::exception& e) {
        message = Message("core.crashed_on_file", {{"has_detail", "yes"}, {"detail", without_json_prefix(e.what())}});
        hint = Message("core.bug_hint");
    } catch (...) {
        message = Message("core.crashed_on_file", {{"has_detail", "no"}, {"detail", ""}});
        hint = Message("core.bug_hint");
    }
    return make_diagnostic(Severity::error, SourceLocation{file, 0, 0}, std::move(message), std::move(hint));
}

}  // namespace urker
