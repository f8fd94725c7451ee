/* Toegankelijkheid: twee aanvullingen op Material for MkDocs, getest in tests/test_browser_toegankelijkheid.py.
 *
 * 1. Tabellen uit Markdown (zoals in docs/): Material zet elke tabel in een scrollbaar blok
 *    (.md-typeset__scrollwrap). Dat blok krijgt tabindex="0", role="region" en als naam het
 *    bijschrift of de kop boven de tabel, zodat je het met het toetsenbord kunt scrollen
 *    (WCAG 2.1.1; axe: scrollable-region-focusable). De tabellen die de menukaart zelf maakt
 *    (.fx-tabel) hebben dat al in de HTML.
 *    Zonder Materials script (dat alleen met Materials eigen zoekfunctie komt) zet dit script ze zelf in zo'n blok.
 * 2. De knoppen "Menu" en "Zoeken" in de kopregel zijn in Material labels zonder tabstop en
 *    zonder naam: op een smal scherm (of bij 400% zoom) kon je ze niet met het toetsenbord
 *    bedienen. Ze worden hier knoppen met een naam en aria-expanded; Enter (dat regelt Material
 *    zelf) en spatie openen ze, Escape sluit het menu (WCAG 2.1.1, 4.1.2).
 */
(function () {
  "use strict";

  function tekst(element) {
    return (element.textContent || "").replace(/\s+/g, " ").replace(/¶$/, "").trim();
  }

  function naamVoor(tabel) {
    if (tabel.caption && tekst(tabel.caption)) return tekst(tabel.caption);
    var kop = null;
    var koppen = document.querySelectorAll(".md-content h1, .md-content h2, .md-content h3, .md-content h4");
    for (var i = 0; i < koppen.length; i += 1) {
      if (koppen[i].compareDocumentPosition(tabel) & Node.DOCUMENT_POSITION_FOLLOWING) kop = koppen[i];
    }
    return kop ? "Tabel bij " + tekst(kop) : "Tabel";
  }

  // Without Material's script bundle (it only comes with Material's own search) no one wraps the tables from
  // Markdown: do what it does, so a wide table scrolls in its own block instead of widening the page (WCAG 1.4.10).
  function omhul() {
    if (window.document$) return;
    Array.prototype.forEach.call(document.querySelectorAll(".md-typeset table:not([class])"), function (tabel) {
      if (tabel.parentElement.classList.contains("md-typeset__table")) return;
      var blok = document.createElement("div");
      blok.className = "md-typeset__scrollwrap";
      var binnen = document.createElement("div");
      binnen.className = "md-typeset__table";
      tabel.parentNode.insertBefore(blok, tabel);
      blok.appendChild(binnen);
      binnen.appendChild(tabel);
    });
  }

  function tabellen() {
    omhul();
    Array.prototype.forEach.call(document.querySelectorAll(".md-typeset__scrollwrap"), function (blok) {
      var tabel = blok.querySelector("table");
      if (!tabel || blok.closest(".fx-tabel") || blok.hasAttribute("role")) return;
      blok.setAttribute("role", "region");
      blok.setAttribute("tabindex", "0");
      blok.setAttribute("aria-label", naamVoor(tabel));
    });
  }

  var KNOPPEN = { __drawer: "Menu", __search: "Zoeken" };  // __search: only in `make zoekbench` (Material's search)

  function knoppen() {
    Object.keys(KNOPPEN).forEach(function (id) {
      var vakje = document.getElementById(id);
      var knop = document.querySelector("label.md-header__button[for='" + id + "']");
      if (!vakje || !knop || knop.hasAttribute("role")) return;
      knop.setAttribute("role", "button");
      knop.setAttribute("tabindex", "0");
      knop.setAttribute("aria-label", KNOPPEN[id]);
      knop.setAttribute("aria-expanded", String(vakje.checked));
      vakje.addEventListener("change", function () {
        knop.setAttribute("aria-expanded", String(vakje.checked));
        // Opened from the keyboard: move the focus into the menu once it is visible (CSS).
        if (id === "__drawer" && vakje.checked && document.activeElement === knop) {
          var eerste = document.querySelector(".md-sidebar--primary a[href]");
          window.requestAnimationFrame(function () { if (eerste) eerste.focus(); });
        }
      });
      // Material's bundle clicks a focused label on Enter (without it, this does); a button also reacts to the space bar.
      knop.addEventListener("keydown", function (gebeurtenis) {
        if (gebeurtenis.key !== " " && (gebeurtenis.key !== "Enter" || window.document$)) return;
        gebeurtenis.preventDefault();
        knop.click();
      });
    });
    if (document.documentElement.dataset.fxEscape) return;
    document.documentElement.dataset.fxEscape = "1";
    document.addEventListener("keydown", function (gebeurtenis) {
      var menu = document.getElementById("__drawer");
      if (gebeurtenis.key !== "Escape" || !menu || !menu.checked) return;
      menu.checked = false;
      menu.dispatchEvent(new Event("change"));
      var knop = document.querySelector("label.md-header__button[for='__drawer']");
      if (knop) knop.focus();
    });
  }

  // A link to a year of the appendix (#jaar-2023) opens its closed details block; Chromium does this itself,
  // other browsers only with this.
  function openDoel() {
    if (!window.location.hash) return;
    var doel = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    var blok = doel && doel.closest("details");
    if (blok && !blok.open) {
      blok.open = true;
      doel.scrollIntoView();
    }
  }

  function start() {
    tabellen();
    knoppen();
    openDoel();
    if (!document.documentElement.dataset.fxDoel) {
      document.documentElement.dataset.fxDoel = "1";
      window.addEventListener("hashchange", openDoel);
    }
  }

  // Material wraps the tables when it mounts a page; document$ emits after that.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(start);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
