/*
 * urker: click-to-load embeds (themes/default/static/js/embeds.js).
 *
 * A ```video, ```poll or ```map block in Markdown becomes
 *   <figure class="embed embed--video" data-embed="video" data-embed-src="FRAME"
 *           data-embed-title="…"> notice + <button class="embed__load" hidden> </figure>
 * with a plain link in its <figcaption>. Nothing points at FRAME until the
 * visitor presses the button: this script shows the buttons and, on a press,
 * puts the frame in the notice's place. Without JavaScript the link remains.
 */
(function () {
  "use strict";

  // What each kind of frame may do. Forms and maps run sandboxed; video players are not
  // sandboxed, because YouTube, Rutube and VK refuse to play (or to go full screen) inside one.
  var kinds = {
    video: {
      allow: "accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; fullscreen",
      sandbox: null
    },
    poll: {
      allow: "",
      sandbox: "allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox"
    },
    map: {
      allow: "fullscreen",
      sandbox: "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"
    }
  };

  function show(figure) {
    var kind = kinds[figure.dataset.embed] || kinds.poll;
    var holder = figure.querySelector(".embed__frame");
    if (!holder) return;
    var frame = document.createElement("iframe");
    frame.title = figure.dataset.embedTitle || "";
    frame.setAttribute("loading", "lazy");
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    frame.setAttribute("allowfullscreen", "");
    if (kind.allow) frame.setAttribute("allow", kind.allow);
    if (kind.sandbox) frame.setAttribute("sandbox", kind.sandbox);
    if (figure.dataset.embedHeight) frame.style.height = figure.dataset.embedHeight + "px";
    frame.src = figure.dataset.embedSrc;
    holder.textContent = "";
    holder.appendChild(frame);
    figure.classList.add("is-loaded");
    frame.focus();
  }

  Array.prototype.forEach.call(document.querySelectorAll("figure.embed[data-embed-src]"), function (figure) {
    var button = figure.querySelector(".embed__load");
    if (!button) return;
    button.hidden = false;
    button.addEventListener("click", function () { show(figure); });
  });
})();
