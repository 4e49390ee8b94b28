/* The search box of the reference site. The first time it is used, it loads
   elasticlunr.js, the locale's stemmer and the locale's index, each with a
   <script> element, so that it works from disk (file://) as well as from a
   server. Codes are matched exactly: 550, 5.7.1, X.7.1 (every class) and
   two codes such as "334 451", which lead to their comparison. Other words
   go through the index's own pipeline, the one the site was indexed with.
   Without JavaScript the box still submits to the search page. */
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form || !window.Promise) return;
  var input = form.querySelector("input[type=search]");
  var panel = document.getElementById("search-results");
  var page = document.getElementById("search-page");
  var base = form.getAttribute("data-base");
  var MAX = 20;
  var loading = null;

  function load(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error(src)); };
      document.head.appendChild(script);
    });
  }

  /* What lunr-languages expects of lunr that elasticlunr lacks, and the
     trimmer of languages without a stemmer (trimmer-smtpkb in the index). */
  function prepare() {
    var lunr = window.elasticlunr;
    lunr.generateStopWordFilter = function (words) {
      var stop = {};
      words.forEach(function (w) { stop[w] = true; });
      return function (token) { return stop[token] ? undefined : token; };
    };
    var edges = /^[^\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}]+$/gu;
    var trimmer = function (token) { return token.replace(edges, "") || undefined; };
    lunr.Pipeline.registerFunction(trimmer, "trimmer-smtpkb");
  }

  function ready() {
    if (!loading) {
      var scripts = form.getAttribute("data-scripts").split(" ");
      loading = load(scripts[0]).then(function () {
        prepare();
        return scripts.slice(1).reduce(function (done, src) {
          return done.then(function () { return load(src); });
        }, Promise.resolve());
      }).then(function () {
        var data = window.smtpkbSearch;
        data.lunr = window.elasticlunr.Index.load(data.index);
        data.byCode = {};
        data.docs.forEach(function (doc, i) { data.byCode[doc.code] = i; });
        return data;
      });
    }
    return loading;
  }

  var BASIC = /^[2-5][0-5]\d$/;
  var ENHANCED = /^([245x])\.(\d{1,3})\.(\d{1,3})$/i;

  /* The pages a query finds, best first: a comparison of two codes, the
     codes typed, then the pages whose words match. */
  function find(data, query) {
    var found = [];
    var seen = {};
    function add(item) {
      if (!seen[item.href]) { seen[item.href] = true; found.push(item); }
    }
    function doc(i) {
      var d = data.docs[i];
      return { title: d.title, href: base + d.href, kind: data.labels[d.kind], summary: d.summary };
    }
    var words = [];
    var codes = [];
    query.normalize("NFC").split(/[\s,;]+/).forEach(function (token) {
      var m;
      if (BASIC.test(token) && data.byCode[token] !== undefined) {
        codes.push(token);
      } else if ((m = ENHANCED.exec(token))) {
        var subject = Number(m[2]), detail = Number(m[3]);
        data.docs.forEach(function (d, i) {
          if (d.kind !== "enhanced") return;
          var parts = d.code.split(".");
          if (Number(parts[1]) === subject && Number(parts[2]) === detail &&
              (m[1].toLowerCase() === "x" || parts[0] === m[1])) add(doc(i));
        });
      } else if (token) {
        words.push(token);
      }
    });
    if (codes.length >= 2 && codes[0] !== codes[1]) {
      var a = Math.min(codes[0], codes[1]), b = Math.max(codes[0], codes[1]);
      var first = data.docs[data.byCode[String(a)]], second = data.docs[data.byCode[String(b)]];
      add({
        title: first.title + " · " + second.title,
        href: base + data.pair_href.replace("{a}", a).replace("{b}", b),
        kind: data.labels.comparison,
        summary: ""
      });
    }
    codes.forEach(function (code) { add(doc(data.byCode[code])); });
    if (words.length) {
      var text = words.join(" ");
      var options = { fields: { title: { boost: 3 }, body: { boost: 1 } }, expand: true, bool: "AND" };
      var hits = data.lunr.search(text, options);
      if (!hits.length) {
        options.bool = "OR";
        hits = data.lunr.search(text, options);
      }
      hits.forEach(function (hit) { add(doc(Number(hit.ref))); });
    }
    return found.slice(0, MAX);
  }

  function show(target, data, query) {
    var results = find(data, query);
    target.textContent = "";
    var count = document.createElement("p");
    count.className = "search-count";
    count.textContent = results.length ? data.labels.counts[results.length] : data.labels.none;
    target.appendChild(count);
    if (!results.length) return;
    var list = document.createElement("ol");
    results.forEach(function (result) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = result.href;
      link.textContent = result.title;
      var kind = document.createElement("span");
      kind.className = "search-kind";
      kind.textContent = result.kind;
      item.appendChild(link);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(kind);
      if (result.summary) {
        var summary = document.createElement("p");
        summary.textContent = result.summary;
        item.appendChild(summary);
      }
      list.appendChild(item);
    });
    target.appendChild(list);
  }

  var pending = 0;
  function update() {
    var query = input.value.trim();
    var ticket = ++pending;
    var target = page || panel;
    if (!query) {
      if (!page) panel.hidden = true;
      target.textContent = "";
      return;
    }
    ready().then(function (data) {
      if (ticket !== pending) return;
      show(target, data, query);
      if (!page) panel.hidden = false;
    });
  }

  input.addEventListener("focus", function () { ready(); }, { once: true });
  input.addEventListener("input", update);
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !page) { panel.hidden = true; }
  });
  if (page) {
    var q = new URLSearchParams(window.location.search).get("q");
    if (q) { input.value = q; update(); }
    form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  }

  /* The link beside each heading: a click also copies it. */
  document.querySelectorAll("a.anchor").forEach(function (anchor) {
    anchor.addEventListener("click", function () {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(anchor.href).then(function () {
          var said = anchor.getAttribute("data-copied");
          if (said) anchor.setAttribute("aria-label", said);
        }, function () {});
      }
    });
  });
})();
