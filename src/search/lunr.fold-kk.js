/*
 * urker: the lunr pipeline function `fold-kk`, the browser twin of
 * fold_kazakh_letters (src/search/pipeline.cpp). It writes Kazakh letters as
 * the Russian letters people type for them without a Kazakh keyboard
 * (ң→н, қ→к, ү ұ→у, ө→о, ғ→г, ә→а, і→и, һ→х) and ё as е, so that «Шанырак»
 * finds «Шаңырақ». A site's index (search language multi-kk) runs it before
 * the stemmers, at indexing and at search time; lunr.Index.load needs it
 * registered under its label. Bundled into search/lunr.js after lunr.js;
 * in node: require('./lunr.fold-kk.js')(lunr).
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory;
  else factory(root.lunr);
})(typeof self !== 'undefined' ? self : this, function (lunr) {
  'use strict';
  if (!lunr || lunr.foldKazakh) return;
  var FOLD = { 'ң': 'н', 'қ': 'к', 'ү': 'у', 'ұ': 'у', 'ө': 'о', 'ғ': 'г', 'ә': 'а', 'і': 'и', 'һ': 'х', 'ё': 'е' };
  var LETTERS = /[ңқүұөғәіһё]/g;
  var fold = function (s) {
    return s.replace(LETTERS, function (c) {
      return FOLD[c];
    });
  };
  var foldKazakh = function (token) {
    return token.update(fold);
  };
  lunr.Pipeline.registerFunction(foldKazakh, 'fold-kk');
  lunr.foldKazakh = foldKazakh;
  lunr.foldKazakhText = fold;
});
