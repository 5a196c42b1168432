// A reference written as the name on the page instead of its id: `author: Сәрсенова А.` where the
// id is sarsenova-a, the file content/members/sarsenova-a.md titled «Сәрсенова Айгүл Болатқызы».
// The ids are file names, which a teacher does not see on the site; the names they do. Used for
// the hint of an unknown reference ("did you mean sarsenova-a (Сәрсенова Айгүл Болатқызы)?").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace urker {

// A page a reference may name: its id and its titles (one per language version).
struct NamedPage {
    std::string id;
    std::vector<std::string> titles;
};

// The words of a name or a label as they are compared: lower case, «ё» as «е», the Kazakh letters
// as a Russian keyboard types them (ә as а, қ as к…); dots, commas, hyphens and spaces separate
// them, so «Сәрсенова А.Б.» is сарсенова, а, б.
std::vector<std::string> name_words(std::string_view text);

// The ids of the pages `written` names, best first. A name matches a title ignoring case, spacing,
// punctuation, «ё» and the Kazakh letters typed on a Russian keyboard (Сарсенова for Сәрсенова),
// whole («Сәрсенова Айгүл Болатқызы»), shortened to initials in any order («Сәрсенова А. Б.»,
// «А. Сәрсенова»), in part («Сәрсенова Айгүл»), or with one typo in a word of 5 letters or more
// beside a word without one.
// A written text that transliterates to the id («Сәрсенова А» -> sarsenova-a) matches too. When
// some titles match whole, only those are returned. Empty when nothing matches.
std::vector<std::string> ids_named(std::string_view written, const std::vector<NamedPage>& pages);

}  // namespace urker
