// Exceptions never cross a stage: whatever one file's processing throws (a library's type error,
// std::bad_alloc, a filesystem error, a bug) becomes an error that names the file, so it costs
// that file its place in the build, not the build its report.
#pragma once

#include <exception>
#include <string>

#include "core/diagnostic.h"

namespace urker {

// The error for an exception caught while `file` was processed, in words a teacher can act on.
Diagnostic exception_diagnostic(const std::string& file, std::exception_ptr error);

// Runs fn(); if it throws, adds exception_diagnostic(file, …) and returns false.
template <class Fn>
bool guard_file(const std::string& file, Diagnostics& diags, Fn&& fn) {
    try {
        fn();
        return true;
    } catch (...) {
        diags.add(exception_diagnostic(file, std::current_exception()));
        return false;
    }
}

}  // namespace urker
