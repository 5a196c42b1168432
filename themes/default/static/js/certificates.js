// Certificates of publication. On a certificate: the print button (hidden without this script).
// In the register: find a number typed into the form. Rows carry the number
// (data-number) and an id made from it; matching ignores case, spaces and the kind of dash, so
// "урк 2026 001" finds УРК-2026-001. Without this script the rows' anchors still work.
(function () {
  var print = document.querySelector("[data-print]");
  if (print) {
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }
  var form = document.querySelector("[data-certificate-find]");
  if (!form) return;
  var input = form.querySelector("input[name=number]");
  var result = form.querySelector(".certificate-find-result");
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-number]"));
  function norm(s) { return s.toLowerCase().replace(/[\s\u2010-\u2015\u2212_№#-]+/g, ""); }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var wanted = norm(input.value);
    var found = null;
    rows.forEach(function (row) {
      row.classList.remove("is-found");
      if (!found && wanted && norm(row.getAttribute("data-number")) === wanted) found = row;
    });
    if (found) {
      found.classList.add("is-found");
      history.replaceState(null, "", "#" + found.id);
      found.scrollIntoView({ block: "center" });
      result.textContent = "";
      var link = found.querySelector("a");
      if (link) link.focus();
    } else {
      result.textContent = result.getAttribute("data-not-found");
    }
  });
})();
