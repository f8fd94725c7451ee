/* Zoeken, het begin: klein, op elke pagina. De zoekfunctie zelf (zoeker.js) en de index (Pagefind, in kleine
 * stukken) komen pas als de lezer gaat zoeken: in het zoekveld komt, de toets / of s gebruikt, of de zoekpagina
 * met een vraag opent. Zo haalt een pagina die niemand doorzoekt niets van het zoeken op.
 */
(function () {
  "use strict";

  var kop = document.querySelector("form.fx-zoek--kop");
  var pagina = document.querySelector("form[data-fx-pagina]");
  if (!kop) return;
  var laden = null;

  function zoeker() {
    if (!laden) {
      laden = new Promise(function (klaar, mislukt) {
        var script = document.createElement("script");
        script.src = kop.dataset.fxZoeker;
        script.onload = function () { klaar(window.fxZoeker); };
        script.onerror = mislukt;
        document.head.appendChild(script);
      });
    }
    return laden;
  }

  function koppel(form) {
    var veld = form.querySelector(".fx-zoek__veld");
    var begin = function () {
      zoeker().then(function (z) { z.koppel(form, kop); });
    };
    veld.addEventListener("focus", begin, { once: true });
    veld.addEventListener("input", begin, { once: true });
  }

  koppel(kop);
  if (pagina) {
    koppel(pagina);
    if (new URLSearchParams(window.location.search).get("q")) {
      zoeker().then(function (z) { z.koppel(pagina, kop); });
    }
  }

  function zichtbaar(element) {
    return element.offsetParent !== null || element.getClientRects().length > 0;
  }

  // De toetsen / en s brengen de lezer naar het zoekveld (niet in een veld, niet met Ctrl, Alt of Cmd).
  document.addEventListener("keydown", function (gebeurtenis) {
    if ((gebeurtenis.key !== "/" && gebeurtenis.key !== "s") || gebeurtenis.ctrlKey || gebeurtenis.metaKey || gebeurtenis.altKey) return;
    var doel = gebeurtenis.target;
    if (doel && (doel.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(doel.tagName))) return;
    var veld = pagina ? pagina.querySelector(".fx-zoek__veld") : kop.querySelector(".fx-zoek__veld");
    gebeurtenis.preventDefault();
    if (zichtbaar(veld)) {
      veld.focus();
      veld.select();
    } else {
      window.location.href = kop.dataset.fxZoekpagina;
    }
  });
})();
