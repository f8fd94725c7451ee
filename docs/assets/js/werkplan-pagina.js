/* Werkplan, de pagina /werkplan/: geladen door werkplan.js, alleen op die pagina.
 *
 * Bouwt het werkplan uit het adres, werkplan.json (de items, de gemeenten, de capaciteit) en de <template> op de
 * pagina. Elke waarde komt er met textContent in, nooit als HTML. Wat ook op andere pagina's nodig is (het adres
 * lezen en schrijven, de statusregel, de link in de kop) komt uit werkplan.js, als `w`.
 */
window.fxWerkplanPagina = function (wortel, w) {
  "use strict";

  var GEMEENTE = w.GEMEENTE, lijst = w.lijst, params = w.params, idsUit = w.idsUit, zetAdres = w.zetAdres;
  var aantalTekst = w.aantalTekst, meld = w.meld, werkLinkBij = w.werkLinkBij, wissel = w.wissel;
  var ZWAKTE = ["vastgesteld", "afgeleid", "aanname", "voorbeeld"];
  var getal = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });

  function tekst(el, waarde) { if (el) el.textContent = waarde; }

  function urenTekst(van, tot) {
    return van === tot ? getal.format(van) + " uur" : getal.format(van) + " tot " + getal.format(tot) + " uur";
  }

  function wekenTekst(van, tot) {
    return van === tot ? getal.format(van) + " weken" : getal.format(van) + " tot " + getal.format(tot) + " weken";
  }

  function labelEl(soort) {
    var span = document.createElement("span");
    span.className = "fx-herkomst fx-herkomst--" + soort.replace(/ /g, "-");
    span.textContent = soort;
    return span;
  }

  function metLabel(el, tekstWaarde, soort) {
    el.textContent = tekstWaarde;
    if (soort) { el.appendChild(document.createTextNode(" ")); el.appendChild(labelEl(soort)); }
  }

  /* The herkomst of a sum: afgeleid, or as weak as the weakest figure it adds up (like rekenen/herkomst.py). */
  function somLabel(soorten) {
    var zwakst = soorten.reduce(function (z, s) { return ZWAKTE.indexOf(s) > ZWAKTE.indexOf(z) ? s : z; }, "vastgesteld");
    return zwakst === "vastgesteld" ? "afgeleid" : zwakst;
  }

  function yamlTekst(waarde) { return JSON.stringify(String(waarde)); }

  function eenRegel(waarde) { return String(waarde || "").replace(/\s+/g, " ").trim(); }

  function werkplanPagina(wortel) {
    var zonderJs = document.querySelector("[data-werkplan-zonder-js]");
    fetch(wortel.getAttribute("data-werkplan-gegevens"))
      .then(function (antwoord) {
        if (!antwoord.ok) throw new Error(String(antwoord.status));
        return antwoord.json();
      })
      .then(function (gegevens) {
        zonderJs.hidden = true;
        wortel.hidden = false;
        bouw(wortel, gegevens);
      })
      .catch(function () {
        var fout = zonderJs.querySelector("[data-werkplan-laadfout]");
        if (fout) fout.hidden = false;
      });
  }

  function bouw(wortel, g) {
    var perId = {};
    g.items.forEach(function (item) { perId[item.id] = item; });
    var perGemeente = {};
    g.gemeenten.forEach(function (gem) { perGemeente[gem.id] = gem; });
    var sjabloon = wortel.querySelector("template[data-werkplan-sjabloon=item]");
    var lijstEl = wortel.querySelector("[data-werkplan-items]");
    var keuze = wortel.querySelector("[data-werkplan-gemeentekeuze]");
    var kop = wortel.querySelector("#uw-werkplan");

    function items() { return idsUit(params()).filter(function (id) { return perId[id]; }); }

    function waarde(id, veld) {
      var item = perId[id];
      var v = params().get(id + "." + veld);
      if (veld === "jaar") return v && /^\d{4}$/.test(v) ? v : String(g.jaren[0]);
      if (veld === "uren") return v && /^\d{1,6}$/.test(v) && Number(v) > 0 ? v : (item.inzet ? String(item.inzet.tot) : "");
      return v || "";
    }

    function zet(id, veld, nieuw) {
      var p = params();
      var standaard = veld === "jaar" ? String(g.jaren[0]) : (veld === "uren" && perId[id].inzet ? String(perId[id].inzet.tot) : "");
      if (nieuw === "" || nieuw === standaard) p.delete(id + "." + veld);
      else p.set(id + "." + veld, nieuw);
      zetAdres(p);
      bijwerken();
    }

    function itemEl(id) {
      var item = perId[id];
      var li = sjabloon.content.firstElementChild.cloneNode(true);
      li.setAttribute("data-werkplan-item", id);
      var titel = li.querySelector("[data-veld=titel]");
      titel.textContent = item.titel;
      titel.setAttribute("href", item.adres);
      tekst(li.querySelector("[data-veld=typering]"), item.typering + (item.status ? " · " + item.status : ""));
      tekst(li.querySelector("[data-veld=fasen]"), item.fasen.join(", "));
      tekst(li.querySelector("[data-veld=resultaat]"), item.resultaat.join("; "));
      tekst(li.querySelector("[data-veld=titel-weg]"), ": " + item.titel);
      if (item.inzet) {
        metLabel(li.querySelector("[data-veld=inzet]"), urenTekst(item.inzet.van, item.inzet.tot) + " (indicatie)", item.inzet.label);
        metLabel(li.querySelector("[data-veld=doorlooptijd]"), wekenTekst(item.doorlooptijd.van, item.doorlooptijd.tot) + " (indicatie)",
                 item.doorlooptijd.label);
      } else {
        lijst(li.querySelectorAll("[data-alleen=dienst]")).forEach(function (el) { el.remove(); });
      }
      lijst(li.querySelectorAll("[data-invoer]")).forEach(function (invoer) {
        var veld = invoer.getAttribute("data-invoer");
        var ident = "wp-" + id + "-" + veld;
        invoer.id = ident;
        li.querySelector("[data-voor=" + veld + "]").setAttribute("for", ident);
        invoer.value = waarde(id, veld);
        invoer.addEventListener(invoer.tagName === "SELECT" ? "change" : "input", function () {
          var nieuw = invoer.value;
          if (veld === "uren" && nieuw !== "" && !/^\d{1,6}$/.test(nieuw)) return;
          zet(id, veld, veld === "notitie" ? nieuw.slice(0, 300) : nieuw);
        });
      });
      li.querySelector("[data-werkplan-weg]").addEventListener("click", function () {
        var volgende = li.nextElementSibling || li.previousElementSibling;
        wissel(id);
        li.remove();
        bijwerken();
        meld("Van uw werkplan gehaald: " + item.titel + ". " + aantalTekst(items().length));
        var focus = volgende ? volgende.querySelector("[data-werkplan-weg]") : kop;
        if (focus && !focus.closest("[hidden]")) focus.focus();
        else wortel.querySelector("[data-werkplan-leeg] a").focus();
      });
      return li;
    }

    function cel(rij, waardeTekst, label, soort) {
      var td = document.createElement(rij.children.length ? "td" : "th");
      if (!rij.children.length) td.setAttribute("scope", "row");
      else td.setAttribute("data-label", label);
      if (soort === "getal") td.className = "fx-getal";
      if (waardeTekst instanceof Node) td.appendChild(waardeTekst); else td.textContent = waardeTekst;
      rij.appendChild(td);
      return td;
    }

    function overzicht(ids) {
      var rijen = wortel.querySelector("[data-werkplan-rijen]");
      rijen.textContent = "";
      var van = 0, tot = 0, gevraagd = 0, wekenVan = 0, wekenTot = 0, wekenSom = 0, soorten = [], wekenSoorten = [];
      var uitleg = {};
      var diensten = 0, kennis = 0;
      ids.forEach(function (id) {
        var item = perId[id];
        var rij = document.createElement("tr");
        var a = document.createElement("a");
        a.href = item.adres;
        a.textContent = item.titel;
        cel(rij, a);
        cel(rij, item.fasen.join(", "), "Fase");
        cel(rij, waarde(id, "dorp") || "nog in te vullen", "Dorp of wijk");
        cel(rij, waarde(id, "jaar"), "Jaar");
        if (item.inzet) {
          diensten += 1;
          var uren = Number(waarde(id, "uren"));
          gevraagd += uren;
          van += item.inzet.van; tot += item.inzet.tot;
          wekenVan = Math.max(wekenVan, item.doorlooptijd.van);
          wekenTot = Math.max(wekenTot, item.doorlooptijd.tot);
          wekenSom += item.doorlooptijd.tot;
          soorten.push(item.inzet.soort); wekenSoorten.push(item.doorlooptijd.soort);
          uitleg[item.inzet.uitleg] = true;
          cel(rij, getal.format(uren) + " uur", "Gevraagde uren", "getal");
          var inzet = document.createElement("span");
          metLabel(inzet, urenTekst(item.inzet.van, item.inzet.tot), item.inzet.label);
          cel(rij, inzet, "Inzet volgens de menukaart", "getal");
          var weken = document.createElement("span");
          metLabel(weken, wekenTekst(item.doorlooptijd.van, item.doorlooptijd.tot), item.doorlooptijd.label);
          cel(rij, weken, "Doorlooptijd", "getal");
        } else {
          kennis += 1;
          cel(rij, "—", "Gevraagde uren", "getal");
          cel(rij, "kennisproduct, vrij te gebruiken", "Inzet volgens de menukaart", "getal");
          cel(rij, "—", "Doorlooptijd", "getal");
        }
        cel(rij, eenRegel(waarde(id, "notitie")), "Notitie");
        rijen.appendChild(rij);
      });
      var som = diensten ? urenTekst(van, tot) : "geen diensten";
      var somSoort = diensten ? somLabel(soorten) : null;
      metLabel(wortel.querySelector("[data-werkplan-uren]"), diensten ? som + " (indicatie, " + diensten + (diensten === 1 ? " dienst)" : " diensten)") : som, somSoort);
      tekst(wortel.querySelector("[data-werkplan-gevraagd]"), diensten ? getal.format(gevraagd) + " uur" : "—");
      var weken = wortel.querySelector("[data-werkplan-weken]");
      if (diensten) {
        metLabel(weken, diensten === 1 ? wekenTekst(wekenVan, wekenTot)
          : "ten minste " + getal.format(wekenVan) + " weken als alles tegelijk loopt; tot " + getal.format(wekenSom) +
            " weken als alles na elkaar loopt", somLabel(wekenSoorten));
      } else {
        weken.textContent = "—";
      }
      tekst(wortel.querySelector("[data-werkplan-kennis]"), kennis ? String(kennis) : "geen");
      tekst(wortel.querySelector("[data-werkplan-som-gevraagd]"), diensten ? getal.format(gevraagd) + " uur" : "—");
      metLabel(wortel.querySelector("[data-werkplan-som-inzet]"), som, somSoort);
      tekst(wortel.querySelector("[data-werkplan-som-weken]"), diensten ? "tot " + getal.format(wekenSom) + " weken na elkaar" : "—");
      var herkomsten = wortel.querySelector("[data-werkplan-herkomsten]");
      herkomsten.textContent = "";
      if (diensten) {
        var p = document.createElement("p");
        p.textContent = "Waar de getallen vandaan komen: de inzet en de doorlooptijd zijn indicaties uit de menukaart. De gevraagde uren zijn wat u invult. Samen: afgeleid, de som van de indicaties van de diensten op dit werkplan (zo zwak als de zwakste).";
        herkomsten.appendChild(p);
        var ul = document.createElement("ul");
        Object.keys(uitleg).forEach(function (zin) { if (zin && zin !== "null") { var li = document.createElement("li"); li.textContent = zin; ul.appendChild(li); } });
        herkomsten.appendChild(ul);
      }
      return { gevraagd: gevraagd, diensten: diensten };
    }

    function downloads(ids) {
      var blok = wortel.querySelector("[data-werkplan-downloadblok]");
      var ul = wortel.querySelector("[data-werkplan-downloads]");
      ul.textContent = "";
      ids.forEach(function (id) {
        var item = perId[id];
        if (!item.downloads || !item.downloads.length) return;
        var li = document.createElement("li");
        li.appendChild(document.createTextNode(item.titel + ": "));
        item.downloads.forEach(function (d, n) {
          if (n) li.appendChild(document.createTextNode(" · "));
          var a = document.createElement("a");
          a.href = d.adres;
          a.setAttribute("download", "");
          a.textContent = d.label;
          var extra = document.createElement("span");
          extra.className = "fx-onzichtbaar";
          extra.textContent = " van " + item.titel;
          a.appendChild(extra);
          li.appendChild(a);
          var grootte = document.createElement("span");
          grootte.className = "fx-bestandstype";
          grootte.textContent = " (" + getal.format(Math.max(1, Math.round(d.grootte / 1000))) + " kB)";
          li.appendChild(grootte);
        });
        ul.appendChild(li);
      });
      blok.hidden = !ul.children.length;
    }

    function cijferCel(rij, kop, c) {
      var th = document.createElement("th");
      th.setAttribute("scope", "row");
      th.textContent = kop;
      var td = document.createElement("td");
      td.className = "fx-getal";  // no data-label: on a small screen the row's header already names the one value
      if (c) {
        metLabel(td, c.tekst, c.label);
        if (c.uitleg) uitleg[c.uitleg] = true;
      } else {
        td.textContent = "nog niet bekend";
      }
      rij.appendChild(th);
      rij.appendChild(td);
    }

    var uitleg = {};

    function gemeenteVergelijking(ids, som) {
      var doel = wortel.querySelector("[data-werkplan-gemeente]");
      doel.textContent = "";
      var gem = perGemeente[params().get(GEMEENTE) || ""];
      if (!gem) {
        var p = document.createElement("p");
        p.textContent = "Kies uw gemeente: dan ziet u dit werkplan naast wat de gemeente al afsprak, haar bijdrage en de capaciteit van het " + g.team + ".";
        doel.appendChild(p);
        return null;
      }
      var perJaar = {};
      ids.forEach(function (id) {
        if (!perId[id].inzet) return;
        var jaar = waarde(id, "jaar");
        perJaar[jaar] = (perJaar[jaar] || 0) + Number(waarde(id, "uren"));
      });
      var jaren = Object.keys(perJaar).sort();
      if (!jaren.length) jaren = [String(g.jaren[0])];
      uitleg = {};
      jaren.forEach(function (jaar) {
        var gj = gem.jaren[jaar] || { afspraken: [], in_begroting: false };
        var cap = g.capaciteit[jaar];
        var h3 = document.createElement("h3");
        h3.textContent = gem.naam + " in " + jaar;
        doel.appendChild(h3);
        var regio = document.createElement("div");
        regio.className = "fx-tabel";
        regio.setAttribute("role", "region");
        regio.setAttribute("tabindex", "0");
        regio.setAttribute("aria-label", "Dit werkplan naast " + gem.naam + " en de capaciteit in " + jaar);
        var tabel = document.createElement("table");
        tabel.className = "fx-tabel__tabel";
        var bijschrift = document.createElement("caption");
        bijschrift.textContent = "Dit werkplan naast " + gem.naam + " en de capaciteit in " + jaar;
        tabel.appendChild(bijschrift);
        var tbody = document.createElement("tbody");
        function rij(kop, c) { var tr = document.createElement("tr"); cijferCel(tr, kop, c); tbody.appendChild(tr); }
        rij("Dit werkplan vraagt", { tekst: getal.format(perJaar[jaar] || 0) + " uur", label: null, uitleg: null });
        rij("Al afgesproken door " + gem.naam, gj.afgesproken);
        rij("Al aangevraagd door " + gem.naam + ", nog niet afgesproken", gj.aangevraagd);
        rij("Bijdrage van " + gem.naam, gj.in_begroting ? gj.bijdrage : null);
        if (cap) {
          rij("Capaciteit van het " + g.team + " (alle gemeenten)", cap.capaciteit);
          rij("Alle gemeenten: afgesproken", cap.afgesproken);
          rij("Alle gemeenten: aangevraagd", cap.aangevraagd);
          rij("Nog vrij na afspraken en aanvragen", cap.vrij);
          if (cap.vrij && cap.vrij.waarde !== null) {
            var na = Number(cap.vrij.waarde) - (perJaar[jaar] || 0);
            rij("Nog vrij als ook dit werkplan doorgaat", { tekst: getal.format(na) + " uur", label: cap.vrij.label,
              uitleg: "Afgeleid: wat nog vrij is, min de uren die dit werkplan vraagt." });
          }
        }
        tabel.appendChild(tbody);
        regio.appendChild(tabel);
        doel.appendChild(regio);
        if (!cap) {
          var geen = document.createElement("p");
          geen.className = "fx-noot";
          geen.textContent = "Voor " + jaar + " is er nog geen begroting: de bijdrage en de capaciteit van het " + g.team + " zijn nog niet bekend.";
          doel.appendChild(geen);
        }
        if (gj.afspraken.length) {
          var p = document.createElement("p");
          p.textContent = "Afspraken van " + gem.naam + " in " + jaar + ":";
          doel.appendChild(p);
          var ul = document.createElement("ul");
          ul.className = "fx-lijst";
          gj.afspraken.forEach(function (a) {
            var li = document.createElement("li");
            li.textContent = a.titel + " in " + a.dorp + " (" + a.status + "): " + getal.format(a.gevraagd) + " uur gevraagd" +
              (a.afgesproken !== null ? ", " + getal.format(a.afgesproken) + " afgesproken" : "");
            if (a.label) { li.appendChild(document.createTextNode(" ")); li.appendChild(labelEl(a.label)); }
            ul.appendChild(li);
          });
          doel.appendChild(ul);
        }
      });
      var zinnen = Object.keys(uitleg);
      if (zinnen.length) {
        var legenda = document.createElement("div");
        legenda.className = "fx-herkomsten";
        var kopje = document.createElement("p");
        kopje.textContent = "Waar de getallen vandaan komen:";
        legenda.appendChild(kopje);
        var ul2 = document.createElement("ul");
        zinnen.forEach(function (zin) { var li = document.createElement("li"); li.textContent = zin; ul2.appendChild(li); });
        legenda.appendChild(ul2);
        doel.appendChild(legenda);
      }
      return gem;
    }

    function afspraken(ids, gem) {
      var regels = [], ontbreekt = [];
      var door = gem ? "Gemeente " + gem.naam + ", aanvraag via het werkplan" : "De gemeente, aanvraag via het werkplan";
      ids.forEach(function (id) {
        var item = perId[id];
        if (!item.inzet) return;
        var dorp = eenRegel(waarde(id, "dorp"));
        if (!dorp) ontbreekt.push(item.titel);
        var notitie = eenRegel(waarde(id, "notitie"));
        regels.push("  - item: " + id);
        regels.push("    jaar: " + waarde(id, "jaar"));
        regels.push("    status: aangevraagd");
        regels.push("    uren_gevraagd: " + Number(waarde(id, "uren")));
        regels.push("    dorp_of_wijk: " + yamlTekst(dorp || "VUL IN: dorp of wijk"));
        if (notitie) regels.push("    toelichting: " + yamlTekst(notitie.slice(0, 300)));
        regels.push("    herkomst: aanname");
        regels.push("    door: " + yamlTekst(door.slice(0, 300)));
        regels.push("    waarom: " + yamlTekst("De uren die de gemeente in haar werkplan vraagt; nog niet met het " + g.team + " afgesproken."));
      });
      var code = wortel.querySelector("[data-werkplan-yaml]");
      code.textContent = regels.length ? regels.join("\n") + "\n" : "# Er staat nog geen dienst op dit werkplan.\n";
      var bestand = wortel.querySelector("[data-werkplan-bestand]");
      bestand.textContent = gem
        ? "Zet deze regels in " + gem.bestand + ", direct onder de regel afspraken:. Staat die regel er nog niet? Zet dan eerst een regel afspraken: aan het eind van het bestand."
        : "Kies hierboven uw gemeente: dan staat hier welk bestand het is.";
      var melding_ = wortel.querySelector("[data-werkplan-ontbreekt]");
      melding_.hidden = !ontbreekt.length;
      melding_.textContent = ontbreekt.length ? "Nog in te vullen: het dorp of de wijk bij " + ontbreekt.join(", ") + ". Tot dan staat er VUL IN, en de controle noemt die plek." : "";
      return code.textContent;
    }

    function aanvraagLink(ids, gem, yaml) {
      var stap = wortel.querySelector("[data-werkplan-aanvraagstap]");
      var a = wortel.querySelector("[data-werkplan-aanvraag]");
      if (!g.aanvraag || !ids.length) { stap.hidden = true; return; }
      stap.hidden = false;
      var titel = "Aanvraag werkplan" + (gem ? ": " + gem.naam : "");
      var regels = ids.map(function (id) {
        var item = perId[id];
        return "- " + item.titel + (item.inzet ? ", " + waarde(id, "uren") + " uur" : " (kennisproduct)") +
          (waarde(id, "dorp") ? ", " + eenRegel(waarde(id, "dorp")) : "") + ", " + waarde(id, "jaar");
      });
      var adres = window.location.href;
      var p = new URLSearchParams();
      if (g.aanvraag.soort === "github") {
        p.set("template", "aanvraag-werkplan.yml");
        p.set("title", titel);
        p.set("gemeente", gem ? gem.naam : "");
        p.set("werkplan", adres);
        p.set("items", regels.join("\n"));
        p.set("afspraken", yaml);
      } else {
        p.set("issue[title]", titel);
        p.set("issue[description]", "## Werkplan\n\n" + adres + "\n\n" + regels.join("\n") +
          "\n\n## Afspraken voor " + (gem ? gem.bestand : "het bestand van de gemeente") + "\n\n```yaml\n" + yaml + "```\n");
      }
      a.setAttribute("href", g.aanvraag.adres + "?" + p.toString());
    }

    function bijwerken() {
      var ids = items();
      var p = params();
      var onbekend = idsUit(p).filter(function (id) { return !perId[id]; });
      var onbekendEl = wortel.querySelector("[data-werkplan-onbekend]");
      onbekendEl.hidden = !onbekend.length;
      onbekendEl.textContent = onbekend.length ? "Niet (meer) in de menukaart, en daarom niet op dit werkplan: " + onbekend.join(", ") + "." : "";
      wortel.querySelector("[data-werkplan-leeg]").hidden = ids.length > 0;
      wortel.querySelector("[data-werkplan-inhoud]").hidden = ids.length === 0;
      var som = overzicht(ids);
      downloads(ids);
      var gem = gemeenteVergelijking(ids, som);
      var yaml = afspraken(ids, gem);
      aanvraagLink(ids, gem, yaml);
      wortel.querySelector("[data-werkplan-adres]").value = window.location.href;
      werkLinkBij();
    }

    items().forEach(function (id) { lijstEl.appendChild(itemEl(id)); });
    keuze.value = perGemeente[params().get(GEMEENTE) || ""] ? params().get(GEMEENTE) : "";
    keuze.addEventListener("change", function () {
      var p = params();
      if (keuze.value) p.set(GEMEENTE, keuze.value); else p.delete(GEMEENTE);
      zetAdres(p);
      bijwerken();
    });
    var gekopieerd = wortel.querySelector("[data-werkplan-gekopieerd]");
    lijst(wortel.querySelectorAll("[data-werkplan-kopieer]")).forEach(function (knop) {
      knop.addEventListener("click", function () {
        var wat = knop.getAttribute("data-werkplan-kopieer");
        var waardeTekst = wat === "yaml" ? wortel.querySelector("[data-werkplan-yaml]").textContent : window.location.href;
        var klaar = function () { gekopieerd.textContent = wat === "yaml" ? "De afspraken zijn gekopieerd." : "Het adres is gekopieerd."; };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(waardeTekst).then(klaar, function () {
            gekopieerd.textContent = "Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.";
          });
        } else {
          gekopieerd.textContent = "Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.";
        }
      });
    });
    wortel.querySelector("[data-werkplan-afdrukken]").addEventListener("click", function () { window.print(); });
    bijwerken();
  }

  werkplanPagina(wortel);
};
