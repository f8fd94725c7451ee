/* Filters op de menukaart: progressieve verbetering.
 * Zonder JavaScript staat de volledige lijst er. Met JavaScript: direct filteren,
 * het aantal resultaten wordt voorgelezen (role=status) en de keuze staat in de URL
 * (?thema=participatie&fase=plannen), zodat een gefilterde weergave te delen is
 * en terug/vooruit in de browser werkt. Binnen een groep: of; tussen groepen: en.
 */
(function () {
  "use strict";

  function start() {
    var form = document.querySelector("form[data-fx-filters]");
    if (!form || form.dataset.fxActief) return;
    form.dataset.fxActief = "1";
    var kaarten = Array.prototype.slice.call(document.querySelectorAll(".fx-groep .fx-kaart"));
    var groepen = Array.prototype.slice.call(document.querySelectorAll("[data-fx-groep]"));
    var teller = document.getElementById("fx-aantal");
    var leeg = document.querySelector("[data-fx-leeg]");
    var vakjes = Array.prototype.slice.call(form.querySelectorAll("input[type=checkbox]"));
    var namen = vakjes.reduce(function (lijst, vakje) {
      if (lijst.indexOf(vakje.name) < 0) lijst.push(vakje.name);
      return lijst;
    }, []);

    function keuzeUitUrl() {
      var params = new URLSearchParams(window.location.search);
      var keuze = {};
      namen.forEach(function (naam) {
        var waarde = params.get(naam);
        keuze[naam] = waarde ? waarde.split(",").filter(Boolean) : [];
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

    function past(kaart, keuze) {
      return namen.every(function (naam) {
        if (!keuze[naam].length) return true;
        var waarden = (kaart.getAttribute("data-" + naam) || "").split(" ");
        return keuze[naam].some(function (w) { return waarden.indexOf(w) >= 0; });
      });
    }

    function toon(keuze) {
      var aantal = 0;
      kaarten.forEach(function (kaart) {
        var zichtbaar = past(kaart, keuze);
        kaart.hidden = !zichtbaar;
        if (zichtbaar) aantal += 1;
      });
      groepen.forEach(function (groep) {
        groep.hidden = !groep.querySelector(".fx-kaart:not([hidden])");
      });
      var gefilterd = namen.some(function (naam) { return keuze[naam].length > 0; });
      teller.textContent = gefilterd
        ? aantal + (aantal === 1 ? " item gevonden" : " items gevonden") + " van de " + kaarten.length + "."
        : "De menukaart bevat " + kaarten.length + " items.";
      if (leeg) leeg.hidden = aantal > 0;
    }

    function urlVoor(keuze) {
      var params = new URLSearchParams();
      namen.forEach(function (naam) { if (keuze[naam].length) params.set(naam, keuze[naam].join(",")); });
      var zoek = params.toString();
      return window.location.pathname + (zoek ? "?" + zoek : "") + window.location.hash;
    }

    form.addEventListener("change", function () {
      var keuze = keuzeUitFormulier();
      toon(keuze);
      window.history.pushState(keuze, "", urlVoor(keuze));
    });
    form.addEventListener("reset", function () {
      window.setTimeout(function () {
        var keuze = keuzeUitFormulier();
        toon(keuze);
        window.history.pushState(keuze, "", urlVoor(keuze));
      }, 0);
    });
    window.addEventListener("popstate", function () {
      var keuze = keuzeUitUrl();
      zetFormulier(keuze);
      toon(keuze);
    });

    var begin = keuzeUitUrl();
    zetFormulier(begin);
    form.hidden = false;
    toon(begin);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
