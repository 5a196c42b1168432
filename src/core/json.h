// urker's JSON value: nlohmann's basic_json with its objects kept as one sorted array of members
// instead of a std::map.
//
// Every value a template reads goes through an object lookup (page.title, d.authors, a.url), and a
// build makes and copies objects by the hundred thousand (a summary of 24 members for each of 28 000
// pages at 10 000 materials, list entries, links). In a std::map each member is a node of its own:
// a lookup follows a pointer per level of the tree, a copy allocates a node per member, a
// destruction frees each. Here the members lie side by side, sorted as the map sorted them (by the
// key's bytes), so iteration order, serialization and equality are the same as before; a lookup is
// a binary search over adjacent memory, a copy is one allocation. A member is its name's pointer
// (core/member_name.h) and its value: 24 bytes.
//
// The difference callers must mind: inserting or erasing a member moves the others, so a reference
// or pointer to a member's value is valid only until the object next gains or loses a member (as
// with a std::vector, and unlike a std::map).
#pragma once

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/member_name.h"

namespace urker {

// Whether member name `a` sorts before `b`: by bytes as unsigned, then by length (std::string's
// order, the std::map's). Compared in line: names are short words ("title", "url"), and a call to
// memcmp for each step of a search was most of a lookup's cost.
inline bool name_before(std::string_view a, std::string_view b) {
    const std::size_t n = a.size() < b.size() ? a.size() : b.size();
    for (std::size_t i = 0; i < n; ++i) {
        const auto x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
        if (x != y) return x < y;
    }
    return a.size() < b.size();
}

// What a member is found by: a std::string, a std::string_view, a literal.
template <class K>
concept MemberKey = std::is_convertible_v<const K&, std::string_view>;

template <class Key, class T, class IgnoredLess = std::less<>, class Allocator = std::allocator<std::pair<const Key, T>>>
class SortedMembers : public std::vector<std::pair<MemberName, T>> {
public:
    // Each member's name is held once for the process (core/member_name.h); `Key` (std::string) is
    // what nlohmann's code names keys by, and a MemberName reads as one.
    using Container = std::vector<std::pair<MemberName, T>>;
    using key_type = Key;
    using mapped_type = T;
    using value_type = typename Container::value_type;
    using iterator = typename Container::iterator;
    using const_iterator = typename Container::const_iterator;
    using size_type = typename Container::size_type;
    using key_compare = std::less<>;
    using Container::operator[];  // by position, as a vector

    SortedMembers() = default;
    explicit SortedMembers(const Allocator&) {}
    template <class It>
    SortedMembers(It first, It last, const Allocator& = Allocator()) {
        for (; first != last; ++first) emplace(first->first, T(first->second));
    }
    SortedMembers(std::initializer_list<value_type> init, const Allocator& = Allocator()) {
        for (const value_type& v : init) emplace(v.first, T(v.second));
    }

    template <MemberKey K>
    iterator lower_bound(const K& key) {
        const std::string_view k(key);
        return std::lower_bound(this->begin(), this->end(), k, [](const value_type& m, std::string_view x) { return name_before(m.first, x); });
    }
    template <MemberKey K>
    const_iterator lower_bound(const K& key) const {
        const std::string_view k(key);
        return std::lower_bound(this->begin(), this->end(), k, [](const value_type& m, std::string_view x) { return name_before(m.first, x); });
    }
    template <MemberKey K>
    iterator find(const K& key) {
        auto it = lower_bound(key);
        return it != this->end() && std::string_view(it->first) == std::string_view(key) ? it : this->end();
    }
    template <MemberKey K>
    const_iterator find(const K& key) const {
        auto it = lower_bound(key);
        return it != this->end() && std::string_view(it->first) == std::string_view(key) ? it : this->end();
    }
    template <MemberKey K>
    size_type count(const K& key) const {
        return find(key) != this->end() ? 1 : 0;
    }
    template <MemberKey K>
    bool contains(const K& key) const {
        return find(key) != this->end();
    }

    // As std::map::emplace: the member `key`, made from `args` only when there is none.
    template <class K, class... Args>
        requires MemberKey<std::remove_cvref_t<K>>
    std::pair<iterator, bool> emplace(K&& key, Args&&... args) {
        auto it = lower_bound(key);
        if (it != this->end() && std::string_view(it->first) == std::string_view(key)) return {it, false};
        it = Container::emplace(it, std::piecewise_construct, std::forward_as_tuple(std::forward<K>(key)),
                                std::forward_as_tuple(std::forward<Args>(args)...));
        return {it, true};
    }
    // Members given in key order go at the end without a search (the hint is where they go).
    template <class K, class V>
        requires MemberKey<std::remove_cvref_t<K>>
    iterator emplace_hint(const_iterator hint, K&& key, V&& value) {
        const std::string_view k(key);
        if (hint == this->cend() && (this->empty() || name_before(this->back().first, k))) {
            Container::emplace_back(std::piecewise_construct, std::forward_as_tuple(std::forward<K>(key)), std::forward_as_tuple(std::forward<V>(value)));
            return std::prev(this->end());
        }
        return emplace(std::forward<K>(key), std::forward<V>(value)).first;
    }
    std::pair<iterator, bool> insert(value_type&& v) { return emplace(std::move(v.first), std::move(v.second)); }
    std::pair<iterator, bool> insert(const value_type& v) { return emplace(v.first, v.second); }
    template <class It>
    void insert(It first, It last) {
        for (; first != last; ++first) emplace(first->first, first->second);
    }

    template <class K>
        requires MemberKey<std::remove_cvref_t<K>>
    T& operator[](K&& key) {
        return emplace(std::forward<K>(key)).first->second;
    }
    template <MemberKey K>
    T& at(const K& key) {
        auto it = find(key);
        if (it == this->end()) throw std::out_of_range("key not found");
        return it->second;
    }
    template <MemberKey K>
    const T& at(const K& key) const {
        auto it = find(key);
        if (it == this->end()) throw std::out_of_range("key not found");
        return it->second;
    }

    template <MemberKey K>
    size_type erase(const K& key) {
        auto it = find(key);
        if (it == this->end()) return 0;
        Container::erase(it);
        return 1;
    }
    using Container::erase;  // by position, as a vector
};

using Json = nlohmann::basic_json<SortedMembers>;

}  // namespace urker
