// The name of a JSON object's member (core/json.h), kept once for the whole process.
//
// A build holds hundreds of thousands of JSON objects at once (a summary of 25 members for each of
// 28 000 pages at 10 000 materials, with its data, front matter and translations inside), and
// their members use a few hundred names ("title", "url", "data"…). Held as a std::string each
// name took 32 bytes of every member, two thirds of a member beside its 16-byte value. Here a
// member holds a pointer to its name's one copy: 8 bytes, and copying an object copies pointers.
//
// Names are never forgotten: a process makes only as many as its sites' keys (the theme's, the
// front matter's, the columns of data files), and the dev server's rebuilds make the same ones
// again. Two names are equal exactly when they are the same pointer.
#pragma once

#include <compare>
#include <cstddef>
#include <string>
#include <string_view>

namespace urker {

class MemberName {
public:
    MemberName(std::string_view name) : name_(&intern(name)) {}  // NOLINT: names convert implicitly, as strings did
    MemberName(const std::string& name) : MemberName(std::string_view(name)) {}
    MemberName(const char* name) : MemberName(std::string_view(name)) {}

    const std::string& str() const { return *name_; }
    operator const std::string&() const { return *name_; }  // NOLINT: nlohmann's code reads keys as strings
    operator std::string_view() const { return *name_; }
    const char* data() const { return name_->data(); }
    const char* c_str() const { return name_->c_str(); }
    std::size_t size() const { return name_->size(); }
    bool empty() const { return name_->empty(); }

    friend bool operator==(const MemberName& a, const MemberName& b) { return a.name_ == b.name_; }
    friend bool operator==(const MemberName& a, std::string_view b) { return std::string_view(*a.name_) == b; }
    friend bool operator==(const MemberName& a, const std::string& b) { return *a.name_ == b; }
    friend bool operator==(const MemberName& a, const char* b) { return std::string_view(*a.name_) == b; }
    // By bytes, as std::string orders.
    friend std::strong_ordering operator<=>(const MemberName& a, const MemberName& b) { return a.name_->compare(*b.name_) <=> 0; }

private:
    // The one copy of `name`, made on first use. Safe from any thread.
    static const std::string& intern(std::string_view name);

    const std::string* name_;
};

}  // namespace urker
