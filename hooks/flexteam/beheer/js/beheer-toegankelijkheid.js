/* Toegankelijkheid van het formulier in /beheer/: wat Decap CMS 3 zelf niet goed doet, hier hersteld (axe-core, WCAG 2.2
 * AA, getest op 1280 en 390 px). De kleuren staan in beheer.css. Decap tekent zijn scherm steeds opnieuw (React);
 * daarom kijkt dit script na elke wijziging opnieuw, één keer per beeld.
 * - de schakelaar tussen 'Rijke tekst' en 'Markdown' heeft geen naam en geen aria-checked als hij uit staat;
 * - het Markdown-veld (een contenteditable) is niet aan zijn label gekoppeld;
 * - het voorbeeld (een iframe) heeft geen titel, de knoppen van een regel in een lijst
 *   (uitklappen, verslepen, weghalen) geen naam;
 * - een menuknop (span role=button) om een echte knop heen: twee knoppen in elkaar.
 */
(function () {
  "use strict";

  function labelVan(element) {
    for (var ouder = element.parentElement; ouder; ouder = ouder.parentElement) {
      var label = ouder.querySelector("label");
      if (label && label.textContent.trim()) return label.textContent.trim();
    }
    return null;
  }

  function herstel() {
    document.querySelectorAll("[role=switch]").forEach(function (schakelaar) {
      if (!schakelaar.hasAttribute("aria-checked")) schakelaar.setAttribute("aria-checked", "false");
      if (!schakelaar.hasAttribute("aria-label")) schakelaar.setAttribute("aria-label", "Markdown-code tonen");
    });
    document.querySelectorAll("[role=textbox][contenteditable]:not([aria-label])").forEach(function (vak) {
      var label = labelVan(vak);
      if (label) vak.setAttribute("aria-label", label);
    });
    document.querySelectorAll("[aria-roledescription=sortable][role=button]:not([aria-label])").forEach(function (greep) {
      greep.setAttribute("aria-label", "Verslepen om de volgorde te veranderen");
    });
    /* Een regel van een lijst: links de knop om hem in of uit te klappen, rechts de knop om hem weg te halen. */
    document.querySelectorAll("[class*=TopBarButton]:not([aria-label])").forEach(function (knop) {
      var eerste = knop.parentElement && knop.parentElement.querySelector("[class*=TopBarButton]") === knop;
      knop.setAttribute("aria-label", eerste ? "Regel in- of uitklappen" : "Regel verwijderen");
    });
    document.querySelectorAll("iframe:not([title])").forEach(function (kader) {
      kader.setAttribute("title", "Voorbeeld van het item");
    });
    document.querySelectorAll("span[role=button]").forEach(function (omhulsel) {
      var knop = omhulsel.querySelector("button, a[href], input, select, textarea");
      if (knop) {
        omhulsel.removeAttribute("role");
        omhulsel.removeAttribute("tabindex");
        omhulsel.setAttribute("data-beheer-omhulsel", "");
      }
    });
    /* Open of dicht zet Decap op het omhulsel; de echte knop zegt het nu. */
    document.querySelectorAll("[data-beheer-omhulsel][aria-expanded]").forEach(function (omhulsel) {
      var knop = omhulsel.querySelector("button, a[href]");
      if (!knop) return;
      knop.setAttribute("aria-haspopup", "true");
      knop.setAttribute("aria-expanded", omhulsel.getAttribute("aria-expanded"));
      omhulsel.removeAttribute("aria-expanded");
      omhulsel.removeAttribute("aria-haspopup");
    });
  }

  var gepland = false;
  function plan() {
    if (gepland) return;
    gepland = true;
    window.requestAnimationFrame(function () { gepland = false; herstel(); });
  }

  new MutationObserver(plan).observe(document.documentElement,
    { childList: true, subtree: true, attributes: true, attributeFilter: ["aria-checked", "aria-label", "aria-expanded", "title", "role"] });
})();
