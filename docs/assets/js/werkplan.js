/* Werkplan: diensten en kennisproducten bij elkaar zetten, zonder iets op te slaan.
 *
 * Het werkplan staat alleen in het adres: ?items=a,b,c met per item <id>.dorp, <id>.jaar, <id>.uren en
 * <id>.notitie, en gemeente=<id>. Geen cookies, geen localStorage of sessionStorage. Op elke pagina:
 * - de knop "Zet op werkplan" (op een itempagina in de HTML, op een kaart gemaakt door dit script) zet een item in
 *   het adres of haalt het eruit; een statusregel zegt het voor schermlezers;
 * - een klik op een link naar een andere pagina van de site neemt het werkplan mee in het adres;
 * - de link "Werkplan (n)" in de kop gaat naar /werkplan/ met het werkplan.
 * Op /werkplan/ laadt dit script werkplan-pagina.js, dat het werkplan bouwt; de andere pagina's halen dat niet op.
 */
(function () {
  "use strict";

  var ITEMS = "items";
  var GEMEENTE = "gemeente";
  var VELDEN = ["dorp", "jaar", "uren", "notitie"];
  var SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  var VELDSLEUTEL = /^[a-z0-9]+(?:-[a-z0-9]+)*\.(dorp|jaar|uren|notitie)$/;

  function lijst(nodes) { return Array.prototype.slice.call(nodes); }

  function params() { return new URLSearchParams(window.location.search); }

  function idsUit(p) {
    var gezien = [];
    (p.get(ITEMS) || "").split(",").forEach(function (id) {
      id = id.trim();
      if (SLUG.test(id) && gezien.indexOf(id) < 0) gezien.push(id);
    });
    return gezien;
  }

  function isWerkplanSleutel(sleutel) {
    return sleutel === ITEMS || sleutel === GEMEENTE || VELDSLEUTEL.test(sleutel);
  }

  /* Only the werkplan's part of an address (the filters of the menukaart stay where they are). */
  function werkplanDeel(p) {
    var deel = new URLSearchParams();
    p.forEach(function (waarde, sleutel) { if (isWerkplanSleutel(sleutel) && waarde !== "") deel.append(sleutel, waarde); });
    return deel;
  }

  function zetItems(p, ids) {
    if (ids.length) p.set(ITEMS, ids.join(","));
    else p.delete(ITEMS);
  }

  function zetAdres(p) {
    var zoek = p.toString().replace(/%2C/g, ",");
    window.history.replaceState(window.history.state, "", window.location.pathname + (zoek ? "?" + zoek : "") + window.location.hash);
  }

  function aantalTekst(n) {
    return n === 0 ? "Uw werkplan is leeg." : "Uw werkplan heeft nu " + n + (n === 1 ? " item." : " items.");
  }

  var melding = null;
  function meld(tekst) {
    if (!melding) return;
    melding.textContent = "";
    window.setTimeout(function () { melding.textContent = tekst; }, 50);
  }

  /* --- op elke pagina: de link in de kop, de knoppen, de links die het werkplan meenemen --------------------- */

  function werkLinkBij() {
    var link = document.querySelector("[data-werkplan-link]");
    if (!link) return;
    var basis = link.getAttribute("data-werkplan-basis") || link.getAttribute("href").split("?")[0];
    link.setAttribute("data-werkplan-basis", basis);
    var deel = werkplanDeel(params());
    var n = idsUit(deel).length;
    var zoek = deel.toString().replace(/%2C/g, ",");
    link.setAttribute("href", basis + (zoek ? "?" + zoek : ""));
    link.querySelector("[data-werkplan-aantal]").textContent = "(" + n + ")";
    link.setAttribute("aria-label", "Werkplan, " + n + (n === 1 ? " item" : " items"));
    link.hidden = n === 0;
  }

  function knoppenBij() {
    var ids = idsUit(params());
    lijst(document.querySelectorAll("[data-werkplan-knop]")).forEach(function (knop) {
      var erop = ids.indexOf(knop.getAttribute("data-werkplan-knop")) >= 0;
      knop.querySelector("[data-knoptekst]").textContent = erop ? "Haal van werkplan" : "Zet op werkplan";
      knop.classList.toggle("nl-button--primary", erop);
      knop.classList.toggle("nl-button--secondary", !erop);
    });
  }

  function titelVan(knop) {
    var tekst = knop.querySelector(".fx-onzichtbaar");
    return tekst ? tekst.textContent.replace(/^:\s*/, "") : "";
  }

  function wissel(id) {
    var p = params();
    var ids = idsUit(p);
    var plek = ids.indexOf(id);
    if (plek >= 0) {
      ids.splice(plek, 1);
      VELDEN.forEach(function (veld) { p.delete(id + "." + veld); });
    } else {
      ids.push(id);
    }
    zetItems(p, ids);
    zetAdres(p);
    return plek < 0;
  }

  /* A card (data-werkplan-item) gets the same button as an item page has in its HTML (_macros.j2, werkplan_knop). */
  function kaartKnoppen() {
    lijst(document.querySelectorAll("[data-werkplan-item]")).forEach(function (kaart) {
      var vak = document.createElement("p");
      vak.className = "fx-werkplan-knop";
      vak.setAttribute("data-pagefind-ignore", "");
      var knop = document.createElement("button");
      knop.type = "button";
      knop.className = "nl-button nl-button--secondary";
      knop.setAttribute("data-werkplan-knop", kaart.getAttribute("data-werkplan-item"));
      var tekstEl = document.createElement("span");
      tekstEl.setAttribute("data-knoptekst", "");
      tekstEl.textContent = "Zet op werkplan";
      var titel = document.createElement("span");
      titel.className = "fx-onzichtbaar";
      var kop = kaart.querySelector(".fx-kaart__titel");
      titel.textContent = ": " + (kop ? kop.textContent.trim() : "");
      knop.appendChild(tekstEl);
      knop.appendChild(titel);
      vak.appendChild(knop);
      kaart.appendChild(vak);
    });
  }

  function knoppen() {
    kaartKnoppen();
    lijst(document.querySelectorAll("[data-werkplan-knop]")).forEach(function (knop) {
      knop.closest(".fx-werkplan-knop").hidden = false;
      knop.addEventListener("click", function () {
        var erbij = wissel(knop.getAttribute("data-werkplan-knop"));
        knoppenBij();
        werkLinkBij();
        meld((erbij ? "Op uw werkplan gezet: " : "Van uw werkplan gehaald: ") + titelVan(knop) + ". " +
             aantalTekst(idsUit(params()).length));
      });
    });
    knoppenBij();
  }

  /* A link to another page of this site carries the werkplan (read at the moment of the click, so links the
   * search draws later carry it too). In-page links, downloads and other sites are left alone. */
  function neemMee(event) {
    var a = event.target.closest ? event.target.closest("a[href]") : null;
    if (!a || a.hasAttribute("download") || a.hasAttribute("data-werkplan-link")) return;
    var deel = werkplanDeel(params());
    if (!idsUit(deel).length) return;
    var url = new URL(a.getAttribute("href"), window.location.href);
    if (url.origin !== window.location.origin || !/(\/|\.html)$/.test(url.pathname)) return;
    if (url.pathname === window.location.pathname && url.hash) return;
    var doel = new URLSearchParams(url.search);
    lijst(doel.keys()).forEach(function (sleutel) { if (isWerkplanSleutel(sleutel)) doel.delete(sleutel); });
    deel.forEach(function (waarde, sleutel) { doel.append(sleutel, waarde); });
    url.search = doel.toString().replace(/%2C/g, ",");
    a.setAttribute("href", url.href);
  }

  /* --- de pagina /werkplan/: het script daarvan komt alleen op die pagina (werkplan-pagina.js) -------------- */

  function laadPagina(wortel) {
    var script = document.createElement("script");
    script.src = wortel.getAttribute("data-werkplan-script");
    script.onload = function () {
      window.fxWerkplanPagina(wortel, {
        GEMEENTE: GEMEENTE, lijst: lijst, params: params, idsUit: idsUit, zetAdres: zetAdres,
        aantalTekst: aantalTekst, meld: meld, werkLinkBij: werkLinkBij, wissel: wissel
      });
    };
    script.onerror = function () {
      var fout = document.querySelector("[data-werkplan-laadfout]");
      if (fout) fout.hidden = false;
    };
    document.head.appendChild(script);
  }

  function start() {
    melding = document.createElement("p");
    melding.className = "fx-onzichtbaar";
    melding.setAttribute("role", "status");
    melding.setAttribute("data-werkplan-melding", "");
    (document.querySelector("main") || document.body).appendChild(melding);
    document.addEventListener("click", neemMee, true);
    document.addEventListener("auxclick", neemMee, true);
    knoppen();
    werkLinkBij();
    var wortel = document.querySelector("[data-werkplan]");
    if (wortel) laadPagina(wortel);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
