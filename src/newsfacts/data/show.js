/* Script of the review pages written by `newsfacts show` (show.py inlines this file).
   Source: the project's own. It reads the facts' details from the page's JSON block
   (#nf-data: {"facts": [{"type", "text", "rows": [[label, value], ...]}, ...]}, indexed like the
   document's `facts` and the highlights' data-fact) and only ever writes text with textContent,
   so nothing of the article can become markup. Fields: none. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("nf-data").textContent);
  var tip = document.getElementById("nf-tip");
  var current = null;

  function marksOf(index) {
    return document.querySelectorAll('.nf[data-fact="' + index + '"]');
  }

  function place(mark) {
    var box = mark.getBoundingClientRect();
    var left = Math.max(4, Math.min(box.left + window.scrollX, document.documentElement.clientWidth - tip.offsetWidth - 4));
    tip.style.left = left + "px";
    tip.style.top = (box.bottom + window.scrollY + 6) + "px";
  }

  function showTip(mark) {
    var fact = data.facts[Number(mark.getAttribute("data-fact"))];
    if (!fact || mark.classList.contains("off")) { return; }
    if (current === mark && !tip.hidden) { return; }
    tip.textContent = "";
    var head = document.createElement("p");
    head.className = "head";
    head.textContent = fact.type + " · " + fact.text;
    tip.appendChild(head);
    var list = document.createElement("dl");
    fact.rows.forEach(function (row) {
      var term = document.createElement("dt");
      var value = document.createElement("dd");
      term.textContent = row[0];
      value.textContent = row[1];
      list.appendChild(term);
      list.appendChild(value);
    });
    tip.appendChild(list);
    tip.hidden = false;
    place(mark);
    if (current) { current.removeAttribute("aria-describedby"); }
    current = mark;
    mark.setAttribute("aria-describedby", "nf-tip");
  }

  function hideTip() {
    tip.hidden = true;
    if (current) { current.removeAttribute("aria-describedby"); }
    current = null;
  }

  function markAt(target) {
    return target && target.closest ? target.closest(".nf") : null;
  }

  document.addEventListener("mouseover", function (event) {
    var mark = markAt(event.target);
    if (mark) { showTip(mark); } else if (!tip.contains(event.target)) { hideTip(); }
  });
  document.addEventListener("focusin", function (event) {
    var mark = markAt(event.target);
    if (mark) { showTip(mark); } else { hideTip(); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { hideTip(); }
  });

  /* type filters: a type unchecked loses its highlight (the text stays) and its tab stops */
  document.querySelectorAll("input[data-filter]").forEach(function (box) {
    box.addEventListener("change", function () {
      var type = box.getAttribute("data-filter");
      document.querySelectorAll(".nf").forEach(function (mark) {
        if (mark.getAttribute("data-type") !== type) { return; }
        mark.classList.toggle("off", !box.checked);
        if (mark.hasAttribute("tabindex")) { mark.tabIndex = box.checked ? 0 : -1; }
      });
      hideTip();
    });
  });

  /* links from a target or investment to the facts it joins: scroll there and flash them */
  var reduced = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-goto]") : null;
    if (!link) { return; }
    var marks = marksOf(link.getAttribute("data-goto"));
    if (!marks.length) { return; }
    event.preventDefault();
    marks[0].scrollIntoView({ block: "center", behavior: reduced ? "auto" : "smooth" });
    marks[0].focus({ preventScroll: true });
    marks.forEach(function (mark) {
      mark.classList.remove("flash");
      void mark.offsetWidth;            /* restart the animation when clicked again */
      mark.classList.add("flash");
      window.setTimeout(function () { mark.classList.remove("flash"); }, 2000);
    });
  });
}());
