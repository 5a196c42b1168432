// The members' directory: filters by school, subject, category and course level
// (templates/members/section.html). Without this script the form stays hidden and every member
// is listed. The choice is kept in the address (?school=…&subject=…), so a filtered list can be
// sent as a link, and read back from it.
(function () {
  var form = document.querySelector("[data-member-filters]");
  var list = document.querySelector("[data-member-list]");
  if (!form || !list) return;
  var items = Array.prototype.slice.call(list.children);
  var none = document.querySelector("[data-member-none]");
  var count = form.querySelector("[data-member-count]");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  var params = new URLSearchParams(location.search);
  selects.forEach(function (s) {
    var wanted = params.get(s.name);
    if (wanted && Array.prototype.some.call(s.options, function (o) { return o.value === wanted; })) s.value = wanted;
  });

  function matches(item, name, value) {
    if (!value) return true;
    if (name === "subject") return (item.getAttribute("data-subjects") || "").split("|").indexOf(value) >= 0;
    return item.getAttribute("data-" + name) === value;
  }

  function apply(updateAddress) {
    var shown = 0;
    items.forEach(function (item) {
      var ok = selects.every(function (s) { return matches(item, s.name, s.value); });
      item.hidden = !ok;
      if (ok) shown += 1;
    });
    if (none) none.hidden = shown > 0;
    count.textContent = form.getAttribute("data-shown").replace("{n}", shown).replace("{total}", items.length);
    if (updateAddress) {
      var query = new URLSearchParams();
      selects.forEach(function (s) { if (s.value) query.set(s.name, s.value); });
      var q = query.toString();
      history.replaceState(null, "", location.pathname + (q ? "?" + q : "") + location.hash);
    }
  }

  form.hidden = false;
  form.addEventListener("change", function () { apply(true); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(function () { apply(true); }, 0); });
  apply(false);
})();
