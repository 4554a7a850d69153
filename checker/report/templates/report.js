(function () {
  "use strict";
  // Links between findings and the quotes they cite, and the filters. Text from the claim files
  // only ever reaches the page through textContent and attributes, never as HTML.
  var doc = document;
  function all(selector, root) { return Array.prototype.slice.call((root || doc).querySelectorAll(selector)); }
  function ids(element, name) { return (element.getAttribute(name) || "").split(" ").filter(Boolean); }

  var cards = all("article.finding[data-finding]");
  var byClaim = {};
  cards.forEach(function (card) {
    ids(card, "data-claims").forEach(function (claim) { (byClaim[claim] = byClaim[claim] || []).push(card); });
  });
  var popover = doc.getElementById("popover");

  function clearActive() {
    all("mark.q.active").forEach(function (m) { m.classList.remove("active"); });
    all("article.finding.current, a.note.current").forEach(function (c) { c.classList.remove("current"); });
  }
  function hidePopover() { if (popover) { popover.hidden = true; } }

  function showClaims(claims, scroll) {
    var first = null;
    claims.forEach(function (claim) {
      if (!/^c[0-9]+$/.test(claim)) { return; }
      all('mark.q[data-claims~="' + claim + '"]').forEach(function (mark) {
        mark.classList.add("active");
        if (!first) { first = mark; }
      });
    });
    if (first && scroll) { first.scrollIntoView({ block: "center", behavior: "smooth" }); }
    return first;
  }

  function activateFinding(card, scroll) {
    clearActive();
    hidePopover();
    card.classList.add("current");
    all('a.note[data-finding-ref="' + card.id + '"]').forEach(function (note) { note.classList.add("current"); });
    return showClaims(ids(card, "data-claims"), scroll);
  }

  function showPopover(mark) {
    if (!popover) { return; }
    while (popover.firstChild) { popover.removeChild(popover.firstChild); }
    var claims = ids(mark, "data-claims");
    var heading = doc.createElement("h4");
    heading.textContent = claims.length > 1 ? "Claims quoted here" : "Claim quoted here";
    popover.appendChild(heading);
    var seen = {};
    var found = [];
    claims.forEach(function (claim) {
      var label = doc.querySelector('[data-claim-label="' + claim + '"]');
      var line = doc.createElement("p");
      line.className = "pop-claim";
      line.textContent = label ? label.getAttribute("title") : claim;
      popover.appendChild(line);
      (byClaim[claim] || []).forEach(function (card) {
        if (!seen[card.id]) { seen[card.id] = true; found.push(card); }
      });
    });
    var title = doc.createElement("h4");
    title.textContent = found.length ? "Findings" : "No findings cite this quote";
    popover.appendChild(title);
    found.forEach(function (card) {
      var link = doc.createElement("a");
      link.href = "#" + card.id;
      link.className = "pop-finding sev-" + card.getAttribute("data-severity");
      link.setAttribute("data-finding-ref", card.id);
      link.setAttribute("data-severity", card.getAttribute("data-severity"));
      link.setAttribute("data-rule", card.getAttribute("data-rule"));
      link.hidden = card.hidden;
      var head = doc.createElement("b");
      head.textContent = card.querySelector(".badge").textContent + " \u00b7 " + card.getAttribute("data-rule") + " ";
      var text = doc.createElement("span");
      text.textContent = card.querySelector(".message").textContent;
      link.appendChild(head);
      link.appendChild(text);
      popover.appendChild(link);
    });
    var box = mark.getBoundingClientRect();
    popover.hidden = false;
    var left = Math.min(window.scrollX + box.left, window.scrollX + doc.documentElement.clientWidth - popover.offsetWidth - 12);
    popover.style.left = Math.max(8, left) + "px";
    popover.style.top = (window.scrollY + box.bottom + 8) + "px";
  }

  doc.addEventListener("click", function (event) {
    var target = event.target;
    var ref = target.closest("[data-finding-ref]");
    if (ref) {
      var card = doc.getElementById(ref.getAttribute("data-finding-ref"));
      if (card) { activateFinding(card, false); }
      return; // the link itself scrolls to the finding
    }
    var quoteLink = target.closest("a[data-claim]");
    if (quoteLink) {
      event.preventDefault();
      clearActive();
      hidePopover();
      var owner = quoteLink.closest("article.finding");
      if (owner) { owner.classList.add("current"); }
      showClaims([quoteLink.getAttribute("data-claim")], true);
      history.replaceState(null, "", "#q-" + quoteLink.getAttribute("data-claim"));
      return;
    }
    var mark = target.closest("mark.q");
    if (mark) {
      clearActive();
      ids(mark, "data-claims").forEach(function (claim) { showClaims([claim], false); });
      showPopover(mark);
      return;
    }
    var finding = target.closest("article.finding");
    if (finding && !target.closest("a, input, label")) {
      activateFinding(finding, true);
      history.replaceState(null, "", "#" + finding.id);
      return;
    }
    if (popover && !target.closest("#popover")) { hidePopover(); }
  });

  doc.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { hidePopover(); clearActive(); return; }
    var card = event.target.closest && event.target.closest("article.finding");
    if (card && event.target === card && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      activateFinding(card, true);
    }
  });

  function checked(kind) {
    var values = {};
    all('input[data-filter="' + kind + '"]').forEach(function (box) { if (box.checked) { values[box.value] = true; } });
    return values;
  }
  function applyFilters() {
    var severities = checked("severity");
    var rules = checked("rule");
    all("[data-severity][data-rule]").forEach(function (element) {
      element.hidden = !(severities[element.getAttribute("data-severity")] && rules[element.getAttribute("data-rule")]);
    });
    var shown = cards.filter(function (card) { return !card.hidden; }).length;
    var counter = doc.getElementById("shown-count");
    if (counter) { counter.textContent = String(shown); }
    layoutMargins();
  }
  all("input[data-filter]").forEach(function (box) { box.addEventListener("change", applyFilters); });
  all("button[data-rules]").forEach(function (button) {
    button.addEventListener("click", function () {
      var on = button.getAttribute("data-rules") === "all";
      all('input[data-filter="rule"]').forEach(function (box) { box.checked = on; });
      applyFilters();
    });
  });
  all("button[data-locate]").forEach(function (button) {
    button.addEventListener("click", function (event) {
      event.stopPropagation();
      var card = doc.getElementById(button.getAttribute("data-locate"));
      if (card) { activateFinding(card, true); }
    });
  });

  // Margin notes float beside the sentences they are about and, like notes on a proof, move down
  // only as far as needed not to overlap the ones above; without script they sit in a grid.
  var narrow = window.matchMedia ? window.matchMedia("(max-width: 860px)") : null;
  function layoutMargins() {
    all(".article").forEach(function (article) {
      var paragraphs = all(".para", article);
      article.style.paddingBottom = "";
      paragraphs.forEach(function (p) { p.querySelector(".margin").style.top = ""; });
      var floating = !(narrow && narrow.matches);
      article.classList.toggle("floating", floating);
      if (!floating) { return; }
      var bottom = 0;
      var last = 0;
      paragraphs.forEach(function (p) {
        var margin = p.querySelector(".margin");
        var top = p.offsetTop;
        last = top + p.offsetHeight;
        var notes = all(".note", margin).filter(function (n) { return !n.hidden; });
        if (!notes.length) { return; }
        var y = Math.max(top, bottom);
        margin.style.top = (y - top) + "px";
        bottom = y + margin.offsetHeight + 6;
      });
      if (bottom > last) { article.style.paddingBottom = (bottom - last + 10) + "px"; }
    });
  }
  if (narrow && narrow.addEventListener) { narrow.addEventListener("change", layoutMargins); }
  window.addEventListener("resize", layoutMargins);

  function fromHash() {
    var hash = decodeURIComponent(location.hash.slice(1));
    if (/^f[0-9]+$/.test(hash)) {
      var card = doc.getElementById(hash);
      if (card) { activateFinding(card, false); }
    } else if (/^q-c[0-9]+$/.test(hash)) {
      clearActive();
      showClaims([hash.slice(2)], false);
    }
  }
  window.addEventListener("hashchange", fromHash);
  applyFilters();
  fromHash();
})();
