/* De zoekfunctie van de site, geladen door zoeken.js zodra de lezer gaat zoeken.
 *
 * Pagefind (de index, gemaakt bij de bouw: flexteam/site/zoekindex.py) stamt Nederlandse woorden en negeert accenten.
 * Hierbovenop:
 * - stopwoorden vallen weg ("hoe betrek ik bewoners" zoekt "betrek bewoners");
 * - een woord van vijf letters of meer dat niets vindt, wordt het dichtstbijzijnde woord van de site (tikfout);
 * - vindt de hele vraag niets, dan telt elk woord apart (de pagina's met de meeste woorden eerst);
 * - een itempagina (dienst, kennisproduct, praktijkvoorbeeld, gemeente) gaat voor een overzichtspagina, een pagina
 *   waarvan de titel de vraag bevat voor een pagina die haar alleen in de tekst noemt.
 * Elk resultaat: titel, soort en één zin met de gevonden woorden gemarkeerd. Het aantal wordt voorgelezen.
 * Toetsen: pijltjes langs de resultaten, Enter opent, Escape sluit de lijst.
 */
(function () {
  "use strict";

  var STOPWOORDEN = new Set(("aan al als bij ben ben dan dat de deze die dit door een en er het hoe ik in is je jij kan " +
    "kun kunnen me met mijn moet na naar niet of om onze ook op over te tot u uw van voor waar wanneer wat we welk " +
    "welke wie wij wil willen wordt zijn zo zou").split(" "));
  var OVERZICHT = 0.4;   // het gewicht van een overzichtspagina (de menukaart, de labels ...) tegen een andere pagina
  var IN_TITEL = 3;      // het gewicht van een pagina waarvan de titel elk woord van de vraag bevat
  var ZELFDE_SOORT = 2;  // zoveel pagina's van dezelfde gemeentesjabloon vooraan (de rest volgt)
  var HERRANGEER = 40;   // zoveel resultaten (of meer, als er meer getoond worden) worden opnieuw gerangschikt
  var MIN_TIKFOUT = 5;
  var UITGANGEN = ["s", "n", "e", "en", "es", "ten", "den", "jes", "tjes", "ers"];   // meervoud, verbuiging
  var MEERVOUD = ["s", "en"];   // wat er af mag om ook het enkelvoud te zoeken

  var instellingen = null;
  var pagefind = null;
  var woordenlijst = null;

  function gewoon(tekst) {
    return tekst.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function woordenVan(tekst) {
    return gewoon(tekst).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  function index() {
    if (!pagefind) {
      var adres = new URL(instellingen.pagefind, document.baseURI);
      pagefind = import(adres.href).then(function (pf) {
        return pf.options({ baseUrl: new URL("..", adres).pathname, excerptLength: 30 }).then(function () { return pf; });
      });
    }
    return pagefind;
  }

  function woorden() {
    if (!woordenlijst) {
      woordenlijst = fetch(new URL(instellingen.woorden, document.baseURI).href)
        .then(function (antwoord) { return antwoord.ok ? antwoord.json() : []; })
        .catch(function () { return []; });
    }
    return woordenlijst;
  }

  // De Damerau-Levenshtein-afstand, afgebroken zodra hij boven `grens` komt.
  function afstand(a, b, grens) {
    if (Math.abs(a.length - b.length) > grens) return grens + 1;
    var vorige2 = null, vorige = [], i, j;
    for (j = 0; j <= b.length; j += 1) vorige.push(j);
    for (i = 1; i <= a.length; i += 1) {
      var rij = [i], kleinste = i;
      for (j = 1; j <= b.length; j += 1) {
        var kosten = a[i - 1] === b[j - 1] ? 0 : 1;
        var d = Math.min(vorige[j] + 1, rij[j - 1] + 1, vorige[j - 1] + kosten);
        if (vorige2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, vorige2[j - 2] + 1);
        rij.push(d);
        if (d < kleinste) kleinste = d;
      }
      if (kleinste > grens) return grens + 1;
      vorige2 = vorige;
      vorige = rij;
    }
    return vorige[b.length];
  }

  function dichtstbij(woord, lijst) {
    var grens = woord.length >= 8 ? 2 : 1, beste = null, besteAfstand = grens + 1;
    for (var i = 0; i < lijst.length && besteAfstand > 1; i += 1) {   // de lijst: vaakst gebruikt eerst
      var d = afstand(woord, gewoon(lijst[i][0]), grens);
      if (d < besteAfstand) { beste = lijst[i][0]; besteAfstand = d; }
    }
    return beste;
  }

  var bekendCache = null;
  function bekendeWoorden(lijst) {
    if (!bekendCache) {
      var woorden = new Set(lijst.map(function (x) { return gewoon(x[0]); }));
      bekendCache = { woorden: woorden, gesorteerd: Array.from(woorden).sort() };
    }
    return bekendCache;
  }

  // The word without the first of `uitgangen` it ends in whose rest (four letters or more) is a word of the site.
  function zonderUitgang(woord, uitgangen, bekend) {
    var uitgang = uitgangen.find(function (u) {
      return woord.length - u.length >= 4 && woord.slice(-u.length) === u && bekend.woorden.has(woord.slice(0, -u.length));
    });
    return uitgang ? woord.slice(0, -uitgang.length) : null;
  }

  // A word of the site, the start of one (still typing), or one with an ending (warmtenetten, klankbordgroepen).
  function isBekend(woord, bekend) {
    if (bekend.woorden.has(woord) || !bekend.woorden.size) return true;
    var lijst = bekend.gesorteerd, laag = 0, hoog = lijst.length;
    while (laag < hoog) { var midden = (laag + hoog) >> 1; if (lijst[midden] < woord) laag = midden + 1; else hoog = midden; }
    if (laag < lijst.length && lijst[laag].indexOf(woord) === 0) return true;
    return zonderUitgang(woord, UITGANGEN, bekend) !== null;
  }

  async function enkelvouden(kern) {
    if (!kern.some(function (w) { return w.length >= MIN_TIKFOUT; })) return kern;
    var bekend = bekendeWoorden(await woorden());
    return kern.map(function (woord) { return zonderUitgang(woord, MEERVOUD, bekend) || woord; });
  }

  // Pages made from one template per municipality (the council pages, the municipality pages) all match the same
  // words; at most ZELFDE_SOORT of them come before the other results, the rest follows.
  function gespreid(lijst) {
    var per = {}, eerst = [], later = [];
    lijst.forEach(function (x) {
      var soort = x.data.meta.soort;
      var familie = soort === "Gemeente" || soort === "Voor raadsleden" ? soort : null;
      per[familie] = (per[familie] || 0) + 1;
      (familie && per[familie] > ZELFDE_SOORT && x.gewicht !== Infinity ? later : eerst).push(x);
    });
    return eerst.concat(later);
  }

  // Two result lists as one: each page once, with its best score.
  function samen(a, b) {
    var per = new Map();
    a.concat(b).forEach(function (r) { var oud = per.get(r.id); if (!oud || r.score > oud.score) per.set(r.id, r); });
    return Array.from(per.values()).sort(function (x, y) { return y.score - x.score; });
  }

  function stam(woord) {
    return woord.slice(0, Math.max(4, woord.length - 2));
  }

  function bevat(woordenTitel, woord) {
    var begin = stam(woord);
    return woordenTitel.some(function (w) { return w.indexOf(begin) === 0 || woord.indexOf(w) === 0 && w.length >= 4; });
  }

  function zonderStopwoorden(woorden) {
    var kern = woorden.filter(function (w) { return !STOPWOORDEN.has(w); });
    return kern.length ? kern : woorden;
  }

  async function zoek(vraag, max) {
    var alle = woordenVan(vraag);
    var kern = zonderStopwoorden(alle);
    if (!kern.length) return { vraag: "", kern: [], resultaten: [], totaal: 0, verbeterd: false };
    var pf = await index();
    var anders = false;
    if (kern.some(function (w) { return w.length >= MIN_TIKFOUT; })) {
      var lijst = await woorden(), bekend = bekendeWoorden(lijst);
      kern = kern.map(function (woord) {
        var beter = woord.length >= MIN_TIKFOUT && !isBekend(woord, bekend) ? dichtstbij(woord, lijst) : null;
        anders = anders || Boolean(beter);
        return beter ? gewoon(beter) : woord;
      });
    }
    var gezocht = kern.join(" ");
    var resultaten = (await pf.search(gezocht)).results;
    // Pagefind's Dutch stemmer leaves some plurals (checklists, vragenlijsten): search the singular as well.
    var enkelvoud = await enkelvouden(kern);
    if (enkelvoud.join(" ") !== kern.join(" ")) resultaten = samen(resultaten, (await pf.search(enkelvoud.join(" "))).results);
    if (!resultaten.length && kern.length > 1) {
      var punten = new Map();
      for (var k = 0; k < kern.length; k += 1) {
        (await pf.search(kern[k])).results.forEach(function (r) {
          var oud = punten.get(r.id);
          punten.set(r.id, { r: r, score: (oud ? oud.score : 0) + r.score, woorden: (oud ? oud.woorden : 0) + 1 });
        });
      }
      resultaten = Array.from(punten.values()).sort(function (a, b) {
        return b.woorden - a.woorden || b.score - a.score;
      }).map(function (x) { x.r.score = x.score * x.woorden; return x.r; });
    }
    var bovenaan = await Promise.all(resultaten.slice(0, Math.max(HERRANGEER, max || 0)).map(function (r, plaats) {
      return r.data().then(function (data) {
        var titel = data.meta.title || data.url;
        var titelWoorden = woordenVan(titel + " " + (data.meta.titeldelen || ""));
        var gewicht = r.score * (data.meta.soort === "Overzicht" ? OVERZICHT : 1);
        if (kern.every(function (w) { return bevat(titelWoorden, w); })) gewicht *= IN_TITEL;
        if (zonderStopwoorden(woordenVan(titel)).join(" ") === kern.join(" ")) gewicht = Infinity;
        return { data: data, gewicht: gewicht, plaats: plaats };
      });
    }));
    bovenaan.sort(function (a, b) { return b.gewicht - a.gewicht || a.plaats - b.plaats; });
    bovenaan = gespreid(bovenaan);
    return { vraag: gezocht, kern: kern, resultaten: bovenaan.map(function (x) { return x.data; }), totaal: resultaten.length,
             verbeterd: anders };
  }

  // Eén zin uit het fragment van Pagefind, met de gevonden woorden gemarkeerd; zonder HTML van de inhoud.
  function zin(data, kern) {
    var dom = new DOMParser().parseFromString("<p>" + (data.excerpt || "") + "</p>", "text/html").body.firstChild;
    var stukken = [];
    (dom ? Array.from(dom.childNodes) : []).forEach(function (knoop) {
      stukken.push({ tekst: knoop.textContent, mark: knoop.nodeName === "MARK" });
    });
    var tekst = stukken.map(function (s) { return s.tekst; }).join("");
    var eerste = stukken.findIndex(function (s) { return s.mark; });
    if (eerste < 0 || /Zoekwoorden:/.test(tekst)) return gemarkeerd(data.meta.samenvatting || tekst, kern);
    var begin = stukken.slice(0, eerste).map(function (s) { return s.tekst; }).join("").length;
    var van = Math.max(tekst.lastIndexOf(". ", begin), tekst.lastIndexOf("? ", begin), tekst.lastIndexOf("! ", begin));
    van = van < 0 ? 0 : van + 2;
    var tot = tekst.slice(begin).search(/[.?!](\s|$)/);
    tot = tot < 0 ? tekst.length : begin + tot + 1;
    var gekozen = woordenVan(tekst.slice(van, tot));
    if (isOpsomming(tekst.slice(van, tot)) || gekozen.length < 5 || gekozen.join(" ") === woordenVan(data.meta.title || "").join(" ")) return gemarkeerd(data.meta.samenvatting || tekst, kern);
    var uit = [], plek = 0;
    stukken.forEach(function (s) {
      var a = Math.max(van, plek), b = Math.min(tot, plek + s.tekst.length);
      if (b > a) uit.push({ tekst: s.tekst.slice(a - plek, b - plek), mark: s.mark });
      plek += s.tekst.length;
    });
    if (uit.length && /^\s*\p{Ll}/u.test(uit[0].tekst)) uit.unshift({ tekst: "\u2026 ", mark: false });   // begint midden in een zin
    return uit;
  }

  // The hidden keywords of an item (a list of single words, no sentence) are no context to show.
  function isOpsomming(tekst) {
    var delen = tekst.split(/,\s*/);
    return delen.length >= 5 && delen.filter(function (d) { return d.trim().split(/\s+/).length <= 2; }).length >= 0.8 * delen.length;
  }

  function gemarkeerd(tekst, kern) {
    return tekst.split(/([\p{L}\p{N}]+)/u).map(function (stuk) {
      var w = gewoon(stuk);
      return { tekst: stuk, mark: w.length > 1 && kern.some(function (k) {
        var begin = stam(k);
        return w.indexOf(begin) === 0 || (begin.length >= 5 && w.indexOf(begin) > 0);   // ook als deel: bewonersparticipatie
      }) };
    });
  }

  // Text pieces into an element: as text, a found word in <mark>; never as HTML.
  function voegToe(element, stukken) {
    stukken.forEach(function (stuk) {
      if (!stuk.mark) { element.append(stuk.tekst); return; }
      var mark = document.createElement("mark");
      mark.textContent = stuk.tekst;
      element.append(mark);
    });
  }

  function aantal(n) {
    return n === 1 ? "1 resultaat" : n.toLocaleString("nl-NL") + " resultaten";
  }

  function toon(form, uitkomst, vraag, max) {
    var lijst = form.querySelector(".fx-zoek__resultaten");
    var status = form.querySelector(".fx-zoek__status");
    var alles = form.querySelector(".fx-zoek__alles");
    lijst.textContent = "";
    uitkomst.resultaten.slice(0, max).forEach(function (data) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.className = "fx-zoek__link";
      a.href = data.url;
      var titel = document.createElement("span");
      titel.className = "fx-zoek__titel";
      voegToe(titel, gemarkeerd(data.meta.title || data.url, uitkomst.kern));
      var soort = document.createElement("span");
      soort.className = "fx-zoek__soort";
      soort.textContent = data.meta.soort || "Pagina";
      a.append(titel, " ", soort);
      var context = document.createElement("span");
      context.className = "fx-zoek__context";
      voegToe(context, zin(data, uitkomst.kern));
      a.append(context);
      li.append(a);
      lijst.append(li);
    });
    var tekst = uitkomst.totaal ? aantal(uitkomst.totaal) + " voor \u201c" + vraag.trim() + "\u201d." : "Geen resultaten voor \u201c" + vraag.trim() + "\u201d. Probeer een ander of korter woord, of kijk op de menukaart.";
    if (uitkomst.totaal && uitkomst.verbeterd) {
      tekst = "Gezocht naar \u201c" + uitkomst.vraag + "\u201d (u typte \u201c" + vraag.trim() + "\u201d). " + aantal(uitkomst.totaal) + ".";
    }
    if (uitkomst.totaal > max) tekst += " De beste " + max + " staan hieronder.";
    status.textContent = tekst;
    if (alles) {
      alles.hidden = uitkomst.totaal <= max;
      var meer = alles.querySelector("a");
      meer.textContent = "Alle " + aantal(uitkomst.totaal);
      meer.href = instellingen.zoekpagina + "?q=" + encodeURIComponent(vraag.trim());
    }
  }

  function koppel(form, kop) {
    if (form.dataset.fxGekoppeld) return;
    form.dataset.fxGekoppeld = "1";
    instellingen = instellingen || {
      pagefind: kop.dataset.fxPagefind, woorden: kop.dataset.fxWoorden, zoekpagina: kop.dataset.fxZoekpagina
    };
    var veld = form.querySelector(".fx-zoek__veld");
    var uitslag = form.querySelector(".fx-zoek__uitslag");
    var opPagina = form.hasAttribute("data-fx-pagina");
    var max = parseInt(form.dataset.fxMax, 10) || 8;
    var volgnummer = 0;

    function sluit(terug) {
      if (opPagina) return;
      uitslag.hidden = true;
      if (terug) veld.focus();
    }

    function start() {
      var vraag = veld.value;
      var nummer = volgnummer += 1;
      if (opPagina) {
        var adres = new URL(window.location.href);
        adres.searchParams.set("q", vraag);
        window.history.replaceState(null, "", adres.href);
      }
      if (!vraag.trim()) {
        form.querySelector(".fx-zoek__resultaten").textContent = "";
        form.querySelector(".fx-zoek__status").textContent = "";
        sluit(false);
        return;
      }
      zoek(vraag, max).then(function (uitkomst) {
        if (nummer !== volgnummer) return;   // er is intussen verder getypt
        toon(form, uitkomst, vraag, max);
        uitslag.hidden = false;
      });
    }

    veld.addEventListener("input", start);
    form.addEventListener("submit", function (gebeurtenis) {
      if (!opPagina) return;   // de kop gaat naar de zoekpagina met alle resultaten
      gebeurtenis.preventDefault();
      start();
    });
    form.addEventListener("keydown", function (gebeurtenis) {
      var links = Array.from(form.querySelectorAll(".fx-zoek__link"));
      var hier = links.indexOf(document.activeElement);
      if (gebeurtenis.key === "ArrowDown" && links.length && !uitslag.hidden) {
        gebeurtenis.preventDefault();
        links[Math.min(hier + 1, links.length - 1)].focus();
      } else if (gebeurtenis.key === "ArrowUp" && hier >= 0) {
        gebeurtenis.preventDefault();
        (hier === 0 ? veld : links[hier - 1]).focus();
      } else if (gebeurtenis.key === "Escape" && !opPagina && !uitslag.hidden) {
        gebeurtenis.preventDefault();
        sluit(true);
      }
    });
    if (!opPagina) {
      form.addEventListener("focusout", function (gebeurtenis) {
        if (!gebeurtenis.relatedTarget || !form.contains(gebeurtenis.relatedTarget)) sluit(false);
      });
      veld.addEventListener("focus", function () { if (veld.value.trim() && form.querySelector(".fx-zoek__link")) uitslag.hidden = false; });
    } else {
      var gevraagd = new URLSearchParams(window.location.search).get("q");
      if (gevraagd && !veld.value) veld.value = gevraagd;
    }
    if (veld.value.trim()) start();
  }

  window.fxZoeker = { koppel: koppel, zoek: zoek };
})();
