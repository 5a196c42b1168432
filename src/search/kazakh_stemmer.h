// urker's Kazakh stemmer (lunr label `stemmer-kk`; its browser twin is src/search/lunr.kk.js,
// compared on every hunspell-kk word form by tests/compat/stemmer_compat.mjs). Snowball has no
// Kazakh algorithm and lunr-languages no `kk`, so this one is ours.
//
// It works on Kazakh written with Russian letters: it first folds the word as fold-kk does
// (ң→н, қ→к, ү ұ→у, ө→о, ғ→г, ә→а, і→и, һ→х, ё→е), so «сабақтан» and «сабактан» (typed without
// a Kazakh layout) give the same stem, «сабак». Then it takes inflectional endings off the end in
// the reverse of their order in the word (stem + plural + possessive + case + personal ending):
//   1. personal endings  -мын/-мін, -бын/-бін, -пын/-пін, -сыңдар/-сіңдер (not -сыздар: -сыз+-дар «without …»)
//   2. case endings      genitive, dative, accusative, locative (+ -ғы/-гі), ablative, instrumental
//   3. possessive        3rd person -сы/-сі (and -ы/-і where the word proves it, see below),
//                        1st plural -(ы)мыз/-(і)міз, 2nd polite -(ы)ңыз/-(і)ңіз
//   4. plural            -лар/-лер/-дар/-дер/-тар/-тер
// at most one ending of each class, the longest that fits. An ending fits only after the letters
// Kazakh puts it after (consonant assimilation: -тар after a voiceless consonant, -дар after
// л м н ж з, -лар after a vowel or р й у, and so on for every case), and only when at least two
// letters with a vowel among them remain (three for the rarer classes 1 and 3). The 3rd person
// possessive -ы/-і is taken off only where the word shows it is one: after ғ/г or б (the voiced
// forms of a final қ/к, п before a vowel: «сабағы», «кітабы») or after a plural; otherwise
// «оқушы», «білім», «ақын» would lose letters of their own. Case forms that exist only after a
// possessive (-нда, -нан, -на, -н …) are taken off only together with one. Finally a final г is
// written к and a final б п, so «сабағы» and «сабақ» meet.
//
// Verbs are left alone beyond the personal endings; derivational suffixes (-шы, -лық, -сыз …) are
// kept: they make other words. A final -стан («Қазақстан») is no ablative. Words with a letter outside the Russian alphabet (after folding)
// are only folded.
#pragma once

#include <string>

namespace urker::search {

// Folds and stems a lowercase word in place.
void kazakh_stem(std::u16string& word);

}  // namespace urker::search
