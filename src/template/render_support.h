// Small helpers shared by the renderer's files (renderer.cpp: statements and expressions,
// calls.cpp: macros, functions and methods).
#pragma once

#include <string>
#include <string_view>

#include "template/ast.h"
#include "template/errors.h"

namespace urker::tmpl {

// Puts a member back to its value when the scope ends, also when an error unwinds it.
template <class T>
class Restore {
public:
    explicit Restore(T& ref) : ref_(ref), saved_(ref) {}
    ~Restore() { ref_ = saved_; }
    Restore(const Restore&) = delete;
    Restore& operator=(const Restore&) = delete;

private:
    T& ref_;
    T saved_;
};

// Counts nested includes, macro calls and super() calls; deeper than `limit` is taken as endless
// recursion and reported instead of overflowing the stack.
class DepthGuard {
public:
    DepthGuard(int& depth, int limit) : depth_(depth) {
        if (depth_ >= limit)
            fail(Message("template.too_deep", {{"limit", limit}}), Message("template.too_deep_hint"));
        ++depth_;
    }
    ~DepthGuard() { --depth_; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;

private:
    int& depth_;
};

// "page.title", "items[0]": how an expression reads in the template, for messages.
std::string describe_expr(const Expr& e);

}  // namespace urker::tmpl
