// newsgraph pages: the article page's highlight details. No framework, no network, and no
// untrusted text ever goes through innerHTML: every value is set with textContent.
(function () {
  "use strict";

  var LABELS = {
    speaker: "Speaker", title: "Title", said_as: "Named as", cue: "Cue", date: "Date", type: "Type",
    mode: "Mode", actor: "Actor", recipient: "Recipient", place: "Place", trigger: "Trigger",
    confidence: "Confidence", name: "Name", country: "Country", sector: "Sector", actor_kind: "Kind",
    feature: "Feature", lat: "Latitude", lon: "Longitude", text: "Text", value: "Resolves to"
  };
  var ORDER = {
    statement: ["speaker", "title", "said_as", "cue", "date"],
    event: ["type", "mode", "actor", "recipient", "date", "place", "trigger", "confidence"],
    actor: ["name", "title", "country", "sector", "actor_kind"],
    place: ["name", "country", "feature", "lat", "lon"],
    date: ["text", "value"]
  };

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function detailNode(key, d) {
    var box = el("div", null, "detail detail-" + d.kind);
    box.setAttribute("data-key", key);
    var head = el("h4", d.label);
    if (d.kind === "event") head.textContent = (d.negated ? "Event: not " : "Event: ") + d.type;
    box.appendChild(head);
    var dl = el("dl");
    (ORDER[d.kind] || []).forEach(function (field) {
      var value = d[field];
      if (value === null || value === undefined || value === "") return;
      if (d.kind === "event" && field === "actor" && d.recipient) {
        dl.appendChild(el("dt", "Who → whom"));
        dl.appendChild(el("dd", d.actor + " → " + d.recipient));
        return;
      }
      if (d.kind === "event" && (field === "recipient" && d.actor || field === "type")) return;
      dl.appendChild(el("dt", LABELS[field] || field));
      dl.appendChild(el("dd", value));
    });
    box.appendChild(dl);
    if (d.href && d.href.charAt(0) === "/") {
      var link = el("a", d.kind === "actor" || d.kind === "statement" ? "Open actor page →" : "Related events →");
      link.href = d.href;
      link.className = "detail-link" + (d.kind === "actor" || d.kind === "statement" ? " actor-link" : "");
      box.appendChild(link);
    }
    return box;
  }

  function setupArticle() {
    var source = document.getElementById("coded-details");
    var card = document.getElementById("detail-card");
    var text = document.getElementById("article-text");
    if (!source || !card || !text) return;
    var details = JSON.parse(source.textContent);
    var pinned = null;

    function show(keys) {
      card.replaceChildren();
      keys.forEach(function (key) { if (details[key]) card.appendChild(detailNode(key, details[key])); });
    }
    function mark(keys) {
      text.querySelectorAll(".hl.selected").forEach(function (n) { n.classList.remove("selected"); });
      keys.forEach(function (key) {
        text.querySelectorAll(".hl").forEach(function (n) {
          if ((n.getAttribute("data-keys") || "").split(" ").indexOf(key) >= 0) n.classList.add("selected");
        });
      });
    }
    function keysOf(node) { return (node.getAttribute("data-keys") || "").split(" ").filter(Boolean); }
    function select(keys) {
      pinned = keys; show(keys); mark(keys.slice(0, 1));
    }

    text.addEventListener("mouseover", function (ev) {
      var hl = ev.target.closest(".hl");
      if (hl) show(keysOf(hl));
    });
    text.addEventListener("mouseleave", function () { if (pinned) show(pinned); });
    text.addEventListener("click", function (ev) {
      var hl = ev.target.closest(".hl");
      if (hl) select(keysOf(hl));
    });
    text.addEventListener("keydown", function (ev) {
      var hl = ev.target.closest(".hl");
      if (hl && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); select(keysOf(hl)); }
    });
    document.querySelectorAll("[data-select]").forEach(function (a) {
      a.addEventListener("click", function () {
        var key = a.getAttribute("data-select");
        select([key]);
        var first = Array.prototype.find.call(text.querySelectorAll(".hl"), function (n) {
          return keysOf(n).indexOf(key) >= 0;
        });
        if (first) first.scrollIntoView({block: "center", behavior: "smooth"});
      });
    });
    var hash = decodeURIComponent(location.hash.slice(1));
    if (hash && details[hash]) select([hash]);
  }

  document.addEventListener("DOMContentLoaded", setupArticle);
})();
