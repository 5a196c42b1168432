/*
 * urker: Kazakh for lunr. The pipeline function `stemmer-kk`, the browser twin of
 * kazakh_stem (src/search/kazakh_stemmer.{h,cpp}: the rules are explained
 * there, and tests/compat/stemmer_compat.mjs checks that both give the same
 * stem for every hunspell-kk word form), and `stemmer-ru-kk`, the search
 * pipeline's last step in a site whose documents are Russian and Kazakh: a
 * query word becomes its Russian stem and its Kazakh stem (one term when they
 * agree), since a Russian page's terms come from stemmer-ru and a Kazakh
 * page's from stemmer-kk. Needs lunr.fold-kk.js and lunr-languages' ru loaded
 * first. Bundled into search/lunr.js; in node: require('./lunr.kk.js')(lunr).
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory;
  else factory(root.lunr);
})(typeof self !== 'undefined' ? self : this, function (lunr) {
  'use strict';
  if (!lunr || lunr.kk) return;

  // Classes of the letter before an ending (after folding).
  var V = 1, VL = 2, BVGD = 4, ZJ = 8, L = 16, MN = 32, RJ = 64, ANY = 127;
  var MIN3 = 1, AFTER_POSS = 2;
  var CLASS = {};
  var put = function (letters, cls) {
    for (var i = 0; i < letters.length; i++) CLASS[letters[i]] = cls;
  };
  put('аеиоуыэюя', V);
  put('кпстфхцчшщ', VL);
  put('бвгд', BVGD);
  put('жз', ZJ);
  put('л', L);
  put('мн', MN);
  put('рй', RJ);
  var classOf = function (c) {
    return CLASS[c] || 0;
  };
  var VOICED = V | L | MN | ZJ | RJ;
  var VOICELESS = VL | BVGD;
  var E = function (text, after, needs) {
    return { text: text, after: after, needs: needs || 0 };
  };

  // Every list longest ending first, as in kazakh_stemmer.cpp.
  var PERSONAL = [
    E('сындар', ANY, MIN3), E('синдер', ANY, MIN3),
    E('мын', V | L | MN | RJ, MIN3), E('мин', V | L | MN | RJ, MIN3),
    E('бын', ZJ, MIN3), E('бин', ZJ, MIN3),
    E('пын', VOICELESS, MIN3), E('пин', VOICELESS, MIN3),
  ];
  var CASES = [
    E('ндагы', V, AFTER_POSS), E('ндеги', V, AFTER_POSS),
    E('менен', V | L | MN | RJ), E('бенен', ZJ | MN), E('пенен', VOICELESS),
    E('дагы', VOICED), E('деги', VOICED), E('тагы', VOICELESS), E('теги', VOICELESS),
    E('ндан', V, AFTER_POSS), E('нден', V, AFTER_POSS),
    E('дан', V | L | ZJ | RJ), E('ден', V | L | ZJ | RJ), E('нан', V | MN), E('нен', V | MN),
    E('тан', VOICELESS), E('тен', VOICELESS),
    E('нын', V | MN), E('нин', V | MN), E('дын', L | ZJ | RJ), E('дин', L | ZJ | RJ),
    E('тын', VOICELESS), E('тин', VOICELESS),
    E('мен', V | L | MN | RJ), E('бен', ZJ | MN), E('пен', VOICELESS),
    E('нда', V, AFTER_POSS), E('нде', V, AFTER_POSS),
    E('да', VOICED), E('де', VOICED), E('та', VOICELESS), E('те', VOICELESS),
    E('га', VOICED), E('ге', VOICED), E('ка', VOICELESS), E('ке', VOICELESS),
    E('на', V, AFTER_POSS), E('не', V, AFTER_POSS),
    E('ны', V), E('ни', V), E('ды', L | MN | ZJ | RJ), E('ди', L | MN | ZJ | RJ),
    E('ты', VOICELESS), E('ти', VOICELESS),
    E('н', V, AFTER_POSS),
  ];
  var PLURALS = [
    E('лар', V | RJ), E('лер', V | RJ), E('дар', L | MN | ZJ), E('дер', L | MN | ZJ),
    E('тар', VOICELESS), E('тер', VOICELESS),
  ];

  var endsWith = function (s, e) {
    return s.length >= e.length && s.slice(s.length - e.length) === e;
  };
  var codePoints = function (s) {
    var n = 0;
    for (var i = 0; i < s.length; i++) {
      var u = s.charCodeAt(i);
      if (u < 0xdc00 || u > 0xdfff) n++;
    }
    return n;
  };
  var stemOk = function (stem, min) {
    if (codePoints(stem) < min) return false;
    for (var i = 0; i < stem.length; i++) if (classOf(stem[i]) === V) return true;
    return false;
  };
  var fits = function (word, e) {
    if (!endsWith(word, e.text)) return false;
    var stem = word.slice(0, word.length - e.text.length);
    if (!stem.length || !(classOf(stem[stem.length - 1]) & e.after)) return false;
    return stemOk(stem, e.needs & MIN3 ? 3 : 2);
  };
  var fitting = function (word, list) {
    for (var i = 0; i < list.length; i++) if (fits(word, list[i])) return list[i].text.length;
    return 0;
  };
  var possessive = function (word) {
    var fitsPoss = function (ending, afterVowel) {
      if (!endsWith(word, ending)) return false;
      var stem = word.slice(0, word.length - ending.length);
      if (!stem.length || (classOf(stem[stem.length - 1]) === V) !== afterVowel) return false;
      if (!afterVowel && stem[stem.length - 1] === 'ш') return false;
      return stemOk(stem, 3);
    };
    var i, list = ['ымыз', 'имиз', 'ыныз', 'иниз'];
    for (i = 0; i < list.length; i++) if (fitsPoss(list[i], false)) return list[i].length;
    list = ['мыз', 'миз', 'ныз', 'низ', 'сы', 'си'];
    for (i = 0; i < list.length; i++) if (fitsPoss(list[i], true)) return list[i].length;
    if (endsWith(word, 'ы') || endsWith(word, 'и')) {
      var stem = word.slice(0, word.length - 1);
      var last = stem[stem.length - 1];
      if (stem.length && last !== 'ш' && (classOf(last) & (VL | BVGD | ZJ | L | MN | RJ)) &&
          (last === 'г' || last === 'б' || fitting(stem, PLURALS) !== 0) && stemOk(stem, 2)) return 1;
    }
    return 0;
  };
  var cut = function (s, n) {
    return s.slice(0, s.length - n);
  };

  var fold = lunr.foldKazakhText;
  var stem = function (word) {
    var w = fold(word);
    if (!w.length || !/^[а-я]*$/.test(w)) return w;
    w = cut(w, fitting(w, PERSONAL));
    var possessiveTaken = false;
    for (var i = 0; i < CASES.length; i++) {
      var e = CASES[i];
      if (!fits(w, e)) continue;
      if (e.text === 'тан' && endsWith(w, 'стан')) continue;
      var rest = cut(w, e.text.length);
      if (!(e.needs & AFTER_POSS)) {
        w = rest;
        break;
      }
      var p = possessive(rest);
      if (p) {
        w = cut(rest, p);
        possessiveTaken = true;
        break;
      }
    }
    if (!possessiveTaken) w = cut(w, possessive(w));
    w = cut(w, fitting(w, PLURALS));
    var last = w[w.length - 1];
    if (last === 'г') w = w.slice(0, -1) + 'к';
    else if (last === 'б') w = w.slice(0, -1) + 'п';
    return w;
  };

  var stemmerKk = function (token) {
    return token.update(stem);
  };
  lunr.Pipeline.registerFunction(stemmerKk, 'stemmer-kk');

  // A query word's Russian and Kazakh stems: a page's terms come from one or the other.
  var stemmerRuKk = function (token) {
    var ru = lunr.ru.stemmer(token.clone()).toString();
    var kk = stem(token.toString());
    return ru === kk ? token.update(function () { return ru; }) : [token.clone(function () { return ru; }), token.clone(function () { return kk; })];
  };
  lunr.Pipeline.registerFunction(stemmerRuKk, 'stemmer-ru-kk');

  // Kazakh function words: conjunctions, postpositions, pronouns, particles and the commonest
  // auxiliaries. The index keeps them (a query of several words finds pages that have them), but a
  // search drops them from the query, as it drops Russian and English stop words: alone, «және»
  // would match most Kazakh pages and, with shards, load one of the largest parts of the index.
  var stopWordFilter = lunr.generateStopWordFilter([
    'және', 'мен', 'бен', 'пен', 'да', 'де', 'та', 'те', 'ма', 'ме', 'ба', 'бе', 'па', 'пе', 'ал',
    'бірақ', 'немесе', 'не', 'әлде', 'яғни', 'себебі', 'сондықтан', 'егер', 'өйткені', 'үшін',
    'туралы', 'бойынша', 'арқылы', 'дейін', 'кейін', 'бері', 'сияқты', 'секілді', 'қарай', 'бірге',
    'бұл', 'осы', 'сол', 'ол', 'олар', 'біз', 'сіз', 'сен', 'оның', 'олардың', 'бұның', 'соның',
    'мұнда', 'сонда', 'әр', 'әрбір', 'барлық', 'бәрі', 'кейбір', 'бір', 'еді', 'екен', 'болып',
    'болды', 'бар', 'жоқ', 'емес', 'деп', 'деген', 'тағы', 'өте', 'ең', 'ғой', 'ғана', 'қана',
  ]);

  lunr.kk = { stemmer: stemmerKk, stem: stem, stemmerRuKk: stemmerRuKk, stopWordFilter: stopWordFilter };
});
