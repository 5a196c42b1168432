/*
 * urker: the comment thread loader (themes/default/static/js/comments.js).
 *
 * The page carries the thread as inert data (templates/partials/comments.html):
 * a <section class="comments" data-comments="PROVIDER"> with the provider's
 * script attributes (.comments__client), its configuration object
 * (.comments__config, JSON) and the element it renders into (.comments__thread).
 * Nothing is requested from the comment host until this script is asked to
 * load the thread:
 *   data-comments-load="click"  (default) on the visitor's press of the button,
 *   data-comments-load="lazy"   when the thread comes near the screen,
 *   data-comments-load="eager"  at once.
 * Then it adds the provider's official client from the provider's host, set
 * up as that provider documents. No inline handlers, no globals but the ones a
 * provider's client reads (remark_config, CUSDIS_LOCALE).
 *
 * A host that does not answer (a dead connection never fails by itself) is
 * given up after data-comments-timeout milliseconds (15 s): the page says so
 * and offers the button again, as a retry. Keyboard focus stays in the
 * thread's box all along (the notice while loading, the button after a
 * failure, the thread once it is there), never falling back to the top.
 */
(function () {
  "use strict";

  function config(section) {
    var el = section.querySelector(".comments__config");
    if (!el) return {};
    try {
      return JSON.parse(el.textContent);
    } catch (e) {
      return {};
    }
  }

  function addScript(src, attrs, parent) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      Object.keys(attrs || {}).forEach(function (name) {
        s.setAttribute(name, attrs[name]);
      });
      s.async = true;
      s.onload = function () { resolve(s); };
      s.onerror = function () { reject(new Error("could not load " + src)); };
      s.src = src;
      (parent || document.head).appendChild(s);
    });
  }

  function addStyle(href) {
    return new Promise(function (resolve, reject) {
      var l = document.createElement("link");
      l.rel = "stylesheet";
      l.onload = function () { resolve(l); };
      l.onerror = function () { reject(new Error("could not load " + href)); };
      l.href = href;
      document.head.appendChild(l);
    });
  }

  // The attributes of .comments__client, as the provider's <script> wants them. `strip` turns
  // data-repo into repo for providers whose attributes are not data-* (utterances).
  function clientAttributes(section, strip) {
    var out = {};
    var el = section.querySelector(".comments__client");
    if (!el) return out;
    Array.prototype.forEach.call(el.attributes, function (a) {
      if (a.name.indexOf("data-") !== 0) return;
      out[strip ? a.name.slice(5) : a.name] = a.value;
    });
    return out;
  }

  function prefersDark() {
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  }

  // One loader per provider; each resolves once the provider's client has been added.
  var providers = {
    giscus: function (section, thread) {
      var attrs = clientAttributes(section, false);
      attrs.crossorigin = "anonymous";
      return addScript(section.dataset.commentsScript, attrs, thread);
    },
    utterances: function (section, thread) {
      var attrs = clientAttributes(section, true);
      attrs.crossorigin = "anonymous";
      return addScript(section.dataset.commentsScript, attrs, thread);
    },
    remark42: function (section) {
      var cfg = config(section);
      if (!cfg.theme) cfg.theme = prefersDark() ? "dark" : "light";
      window.remark_config = cfg;
      return addScript(section.dataset.commentsScript, { defer: "" });
    },
    isso: function (section) {
      return addScript(section.dataset.commentsScript, clientAttributes(section, false));
    },
    waline: function (section, thread) {
      var cfg = config(section);
      cfg.el = thread;
      var style = section.dataset.commentsStyle ? addStyle(section.dataset.commentsStyle) : Promise.resolve();
      return Promise.all([style, addScript(section.dataset.commentsScript, {})]).then(function () {
        if (!window.Waline || typeof window.Waline.init !== "function") throw new Error("the Waline client did not start");
        window.Waline.init(cfg);
      });
    },
    cusdis: function (section) {
      var cfg = config(section);
      if (cfg.locale) window.CUSDIS_LOCALE = cfg.locale;
      return addScript(section.dataset.commentsScript, { defer: "" });
    },
    custom: function (section, thread) {
      var tpl = section.querySelector("template.comments__custom");
      if (!tpl) return Promise.resolve();
      var content = tpl.content.cloneNode(true);
      // The snippet's scripts are taken out and run one after another, each after the one before
      // it has loaded, as they would in a page; the rest of the snippet goes in at once.
      var scripts = Array.prototype.map.call(content.querySelectorAll("script"), function (old) {
        var mark = document.createComment("script");
        old.parentNode.replaceChild(mark, old);
        return { old: old, mark: mark };
      });
      thread.appendChild(content);
      return scripts.reduce(function (previous, item) {
        return previous.then(function () {
          var s = document.createElement("script");
          Array.prototype.forEach.call(item.old.attributes, function (a) { s.setAttribute(a.name, a.value); });
          s.textContent = item.old.textContent;
          var done = s.src
            ? new Promise(function (resolve, reject) { s.onload = resolve; s.onerror = reject; })
            : Promise.resolve();
          item.mark.parentNode.replaceChild(s, item.mark);
          return done;
        });
      }, Promise.resolve());
    }
  };

  // The provider's promise, or a failure once `ms` have passed without an answer.
  function withTimeout(promise, ms) {
    return new Promise(function (resolve, reject) {
      var timer = setTimeout(function () { reject(new Error("no answer in " + ms + " ms")); }, ms);
      promise.then(function (v) { clearTimeout(timer); resolve(v); }, function (e) { clearTimeout(timer); reject(e); });
    });
  }

  function load(section) {
    if (section.dataset.commentsState === "loading" || section.dataset.commentsState === "loaded") return;
    var provider = providers[section.dataset.comments];
    var thread = section.querySelector(".comments__thread");
    if (!provider || !thread) return;
    var gate = section.querySelector(".comments__gate");
    var notice = section.querySelector(".comments__notice");
    var button = section.querySelector(".comments__load");
    var status = section.querySelector(".comments__status");
    if (!status) {
      // Where "loading…" and "could not load" are said: a live region inside the gate.
      status = document.createElement("p");
      status.className = "comments__status";
      status.setAttribute("role", "status");
      status.tabIndex = -1;
      if (gate) gate.insertBefore(status, button || null);
    }
    var hadFocus = section.contains(document.activeElement);
    section.dataset.commentsState = "loading";
    section.setAttribute("aria-busy", "true");
    status.setAttribute("role", "status");
    status.textContent = section.dataset.commentsLoading || "";
    if (notice) notice.hidden = true;
    if (button) button.hidden = true;
    if (hadFocus && status.isConnected) status.focus();
    var ms = Number(section.dataset.commentsTimeout) || 15000;
    var loaded = provider(section, thread);
    function done() {
      var focusHere = section.contains(document.activeElement);
      section.dataset.commentsState = "loaded";
      section.removeAttribute("aria-busy");
      if (gate) gate.hidden = true;
      if (focusHere) {
        thread.tabIndex = -1;
        thread.focus();
      }
    }
    withTimeout(loaded, ms).then(done, function () {
      var focusHere = section.contains(document.activeElement);
      section.dataset.commentsState = "failed";
      section.removeAttribute("aria-busy");
      status.setAttribute("role", "alert");
      status.textContent = section.dataset.commentsError || "";
      if (button) {
        if (section.dataset.commentsRetry) button.textContent = section.dataset.commentsRetry;
        button.hidden = false;
        if (focusHere) button.focus();
      }
      // A host that answers after all, later than the timeout, still shows its thread.
      loaded.then(function () {
        if (section.dataset.commentsState === "failed") done();
      }, function () {});
    });
  }

  function start(section) {
    var mode = section.dataset.commentsLoad || "click";
    var button = section.querySelector(".comments__load");
    if (button) {
      button.addEventListener("click", function () {
        // The failed script tags of a previous try are left behind; the provider loads afresh.
        if (section.dataset.commentsState === "failed") delete section.dataset.commentsState;
        load(section);
      });
    }
    if (mode === "eager") {
      load(section);
    } else if (mode === "lazy" && "IntersectionObserver" in window) {
      var seen = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (!entry.isIntersecting) return;
          seen.disconnect();
          load(section);
        });
      }, { rootMargin: "300px 0px" });
      seen.observe(section);
    } else if (button) {
      // click, or lazy in a browser that cannot tell when the thread is in view
      button.hidden = false;
    }
  }

  Array.prototype.forEach.call(document.querySelectorAll("section.comments[data-comments]"), start);
})();
