/* Filters op de menukaart: progressieve verbetering.
 * Zonder JavaScript staat de volledige lijst er. Met JavaScript: direct filteren, het aantal
 * resultaten wordt voorgelezen (role=status), de gekozen filters staan boven de resultaten (elk
 * weg te halen), de aantallen bij de opties en de groepen volgen de keuze, en de keuze staat in
 * de URL (?thema=participatie&fase=plannen), zodat een gefilterde weergave te delen is en
 * terug/vooruit in de browser werkt. Binnen een groep: of; tussen groepen: en.
 * Op een smal scherm is het filterpaneel dicht tot u het opent; "Toon de items" sluit het weer.
 */
(function () {
  "use strict";

  var SMAL = "(max-width: 44.9375em)";

  function lijst(nodes) { return Array.prototype.slice.call(nodes); }

  function start() {
    var form = document.querySelector("form[data-fx-filters]");
    if (!form || form.dataset.fxActief) return;
    form.dataset.fxActief = "1";
    var kaarten = lijst(document.querySelectorAll(".fx-groep .fx-kaart"));
    var groepen = lijst(document.querySelectorAll("[data-fx-groep]"));
    var teller = document.getElementById("fx-aantal");
    var leeg = document.querySelector("[data-fx-leeg]");
    var gekozenLijst = document.querySelector("[data-fx-gekozen]");
    var wissen = document.querySelector("[data-fx-wissen]");
    var paneel = form.querySelector("[data-fx-paneel]");
    var paneelGekozen = form.querySelector("[data-fx-paneel-gekozen]");
    var klaar = form.querySelector("[data-fx-klaar]");
    var filtergroepen = lijst(form.querySelectorAll("[data-fx-filtergroep]"));
    var vakjes = lijst(form.querySelectorAll("input[type=checkbox]"));
    var namen = vakjes.reduce(function (namen, vakje) {
      if (namen.indexOf(vakje.name) < 0) namen.push(vakje.name);
      return namen;
    }, []);
    var waardenVan = kaarten.map(function (kaart) {
      var waarden = {};
      namen.forEach(function (naam) { waarden[naam] = (kaart.getAttribute("data-" + naam) || "").split(" "); });
      return waarden;
    });

    function labelVan(vakje) {
      var tekst = vakje.parentNode.cloneNode(true);
      lijst(tekst.querySelectorAll("[data-fx-optie-aantal]")).forEach(function (n) { n.remove(); });
      return tekst.textContent.trim();
    }

    function legendaVan(naam) {
      var groep = form.querySelector('[data-fx-filtergroep="' + naam + '"] legend');
      return groep ? groep.textContent.trim() : naam;
    }

    function keuzeUitUrl() {
      var params = new URLSearchParams(window.location.search);
      var keuze = {};
      namen.forEach(function (naam) {
        var waarde = params.get(naam);
        var bekend = vakjes.filter(function (v) { return v.name === naam; }).map(function (v) { return v.value; });
        keuze[naam] = (waarde ? waarde.split(",") : []).filter(function (w) { return bekend.indexOf(w) >= 0; });
      });
      return keuze;
    }

    function keuzeUitFormulier() {
      var keuze = {};
      namen.forEach(function (naam) { keuze[naam] = []; });
      vakjes.forEach(function (vakje) { if (vakje.checked) keuze[vakje.name].push(vakje.value); });
      return keuze;
    }

    function zetFormulier(keuze) {
      vakjes.forEach(function (vakje) { vakje.checked = keuze[vakje.name].indexOf(vakje.value) >= 0; });
    }

    /* Past een kaart bij de keuze? Met "behalve" telt die ene groep niet mee (voor de aantallen per optie). */
    function past(index, keuze, behalve) {
      return namen.every(function (naam) {
        if (naam === behalve || !keuze[naam].length) return true;
        var waarden = waardenVan[index][naam];
        return keuze[naam].some(function (w) { return waarden.indexOf(w) >= 0; });
      });
    }

    function aantalTekst(aantal) {
      return aantal + (aantal === 1 ? " item" : " items");
    }

    function toonGekozen(keuze) {
      gekozenLijst.textContent = "";
      vakjes.forEach(function (vakje) {
        if (!vakje.checked) return;
        var li = document.createElement("li");
        var knop = document.createElement("button");
        knop.type = "button";
        knop.className = "fx-gekozen__knop";
        knop.textContent = legendaVan(vakje.name) + ": " + labelVan(vakje);
        var weg = document.createElement("span");
        weg.className = "fx-onzichtbaar";
        weg.textContent = " (filter weghalen)";
        knop.appendChild(weg);
        knop.addEventListener("click", function () {
          vakje.checked = false;
          pasToe();
          teller.focus();
        });
        li.appendChild(knop);
        gekozenLijst.appendChild(li);
      });
      var gefilterd = gekozenLijst.children.length > 0;
      gekozenLijst.hidden = !gefilterd;
      wissen.hidden = !gefilterd;
    }

    function toon(keuze) {
      var aantal = 0;
      kaarten.forEach(function (kaart, index) {
        var zichtbaar = past(index, keuze);
        kaart.hidden = !zichtbaar;
        if (zichtbaar) aantal += 1;
      });
      groepen.forEach(function (groep) {
        var getoond = groep.querySelectorAll(".fx-kaart:not([hidden])").length;
        groep.hidden = getoond === 0;
        var teller = groep.querySelector("[data-fx-groep-aantal]");
        if (teller) teller.textContent = getoond;
      });
      vakjes.forEach(function (vakje) {
        var n = 0;
        kaarten.forEach(function (kaart, index) {
          if (past(index, keuze, vakje.name) && waardenVan[index][vakje.name].indexOf(vakje.value) >= 0) n += 1;
        });
        vakje.parentNode.querySelector("[data-fx-optie-aantal]").textContent = "(" + n + ")";
        vakje.parentNode.classList.toggle("fx-optie--leeg", n === 0 && !vakje.checked);
      });
      filtergroepen.forEach(function (groep) {
        var gekozen = groep.querySelectorAll("input:checked").length;
        groep.querySelector("[data-fx-groep-gekozen]").textContent = gekozen ? " (" + gekozen + " gekozen)" : "";
      });
      var gekozenTotaal = form.querySelectorAll("input:checked").length;
      paneelGekozen.textContent = gekozenTotaal ? " (" + gekozenTotaal + " gekozen)" : "";
      var gefilterd = gekozenTotaal > 0;
      teller.textContent = gefilterd
        ? aantalTekst(aantal) + " gevonden van de " + kaarten.length + "."
        : "De menukaart bevat " + kaarten.length + " items.";
      klaar.textContent = "Toon " + (gefilterd ? "de " + aantalTekst(aantal) : "alle items");
      if (leeg) leeg.hidden = aantal > 0;
      toonGekozen(keuze);
    }

    function urlVoor(keuze) {
      // Other parts of the address (the werkplan's items, see werkplan.js) stay as they are.
      var params = new URLSearchParams(window.location.search);
      namen.forEach(function (naam) {
        if (keuze[naam].length) params.set(naam, keuze[naam].join(","));
        else params.delete(naam);
      });
      var zoek = params.toString();
      return window.location.pathname + (zoek ? "?" + zoek : "") + window.location.hash;
    }

    function pasToe() {
      var keuze = keuzeUitFormulier();
      toon(keuze);
      window.history.pushState(keuze, "", urlVoor(keuze));
    }

    form.addEventListener("change", pasToe);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () {
      window.setTimeout(function () {
        pasToe();
        teller.focus();
      }, 0);
    });
    klaar.addEventListener("click", function () {
      paneel.open = false;
      teller.focus();
    });
    window.addEventListener("popstate", function () {
      var keuze = keuzeUitUrl();
      zetFormulier(keuze);
      toon(keuze);
    });

    var begin = keuzeUitUrl();
    zetFormulier(begin);
    filtergroepen.forEach(function (groep) {
      if (groep.querySelector("input:checked")) groep.open = true;
    });
    if (window.matchMedia && window.matchMedia(SMAL).matches) paneel.open = false;
    form.hidden = false;
    toon(begin);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
