/* Menukaart: YAML lezen en schrijven voor het formulier in /beheer/ (Decap CMS), in de stijl van de bestanden in
 * menukaart/. De veldenboom (beheer/velden.json) komt uit het model: de volgorde van de sleutels, welke velden
 * verplicht zijn, welke null mogen zijn, welke lijsten een bron als losse id mogen noemen.
 *
 * Lezen: js-yaml met het CORE-schema (een datum blijft tekst). Schrijven: de regel voor de editor bovenaan, de
 * sleutels in de volgorde van het model, tekst met regeleinden als |-blok, lange tekst als >- over regels van
 * hoogstens 120 tekens, korte lijsten als [a, b], en alles tussen aanhalingstekens wat YAML anders zou lezen
 * (een datum, een getal, yes/no, een dubbele punt met spatie). Een sleutel die het model niet kent, blijft staan.
 * Werkt in de browser (window.MenukaartYaml) en in Node (require), voor de test van de rondgang.
 */
(function (wereld, maak) {
  if (typeof module === "object" && module.exports) {
    module.exports = maak(require(process.env.JS_YAML || "js-yaml"));
  } else {
    wereld.MenukaartYaml = maak(wereld.jsyaml);
  }
})(typeof self !== "undefined" ? self : this, function (jsyaml) {
  "use strict";

  var BREEDTE = 120;
  var KORT = 40;
  var GERESERVEERD = /^(?:null|Null|NULL|~|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
  var BEGINTEKEN = /^[-?:,\[\]{}#&*!|>'"%@`\s]/;
  var ONZICHTBAAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

  function isLeeg(waarde) {
    return waarde === undefined || waarde === null || waarde === "" ||
      (Array.isArray(waarde) && waarde.length === 0) ||
      (isBlok(waarde) && Object.keys(waarde).every(function (k) { return isLeeg(waarde[k]); }));
  }

  function isBlok(waarde) {
    return waarde !== null && typeof waarde === "object" && !Array.isArray(waarde);
  }

  /* Mag deze tekst zonder aanhalingstekens? In een lijst als [a, b] (flow) gelden nog meer tekens. */
  function kaal(tekst, inFlow) {
    if (tekst === "" || tekst !== tekst.trim() || BEGINTEKEN.test(tekst) || ONZICHTBAAR.test(tekst)) return false;
    if (/[\n\r\t]/.test(tekst) || /: |:$| #/.test(tekst) || GERESERVEERD.test(tekst)) return false;
    if (/^[-+.0-9]/.test(tekst)) return false;  /* een getal, een datum, een tijd: YAML zou het anders lezen */
    if (inFlow && !/^[\p{L}\p{N}][\p{L}\p{N} .\-\/()&+]*$/u.test(tekst)) return false;  /* in [a, b]: alleen gewone tekens */
    return true;
  }

  function geciteerd(tekst) {
    return JSON.stringify(tekst).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, function (teken) {
      return "\\u" + ("000" + teken.charCodeAt(0).toString(16)).slice(-4);
    });
  }

  /* Een losse waarde na "sleutel: " of "- ": één regel, of een blok met regels eronder (ingesprongen met 'in'). */
  function scalair(waarde, inspringing, ruimte) {
    if (waarde === null || waarde === undefined) return ["null"];
    if (typeof waarde === "boolean" || typeof waarde === "number") return [String(waarde)];
    var tekst = String(waarde);
    var spaties = " ".repeat(inspringing);
    if (tekst.indexOf("\n") >= 0 && !ONZICHTBAAR.test(tekst) && !/^[ \t]/.test(tekst) && tekst.indexOf("\r") < 0) {
      var kern = tekst.replace(/\n+$/, "");
      var einde = tekst.length - kern.length;
      var teken = einde === 0 ? "|-" : einde === 1 ? "|" : "|+";
      var regels = kern.split("\n").map(function (r) { return r === "" ? "" : spaties + r; });
      if (einde > 1) for (var i = 1; i < einde; i++) regels.push("");
      return [teken].concat(regels);
    }
    if (kaal(tekst, false) && tekst.length <= ruimte) return [tekst];
    if (tekst.length > ruimte && !ONZICHTBAAR.test(tekst) && tekst === tekst.trim() && !/ {2}|\t|\n|\r/.test(tekst)) {
      return [">-"].concat(gevouwen(tekst, BREEDTE - inspringing).map(function (r) { return spaties + r; }));
    }
    return [geciteerd(tekst)];
  }

  function gevouwen(tekst, breedte) {
    var regels = [], regel = "";
    tekst.split(" ").forEach(function (woord) {
      if (regel && regel.length + 1 + woord.length > breedte) { regels.push(regel); regel = woord; }
      else regel = regel ? regel + " " + woord : woord;
    });
    regels.push(regel);
    return regels;
  }

  function flow(lijst, ruimte) {
    /* Alleen korte waarden (ids, trefwoorden): zinnen krijgen elk een eigen regel. */
    var enkel = lijst.every(function (w) {
      return typeof w === "number" || (typeof w === "string" && w !== "" && w.length <= KORT && !/[\n\r]/.test(w) &&
        !ONZICHTBAAR.test(w));
    });
    if (!enkel) return null;
    var regel = "[" + lijst.map(function (w) { return typeof w === "string" && !kaal(w, true) ? geciteerd(w) : String(w); }).join(", ") + "]";
    return regel.length <= ruimte ? regel : null;
  }

  function veldPerNaam(velden) {
    var per = {};
    (velden || []).forEach(function (v) { per[v.naam] = v; });
    return per;
  }

  function sleutels(blok, velden) {
    var bekend = (velden || []).map(function (v) { return v.naam; }).filter(function (n) { return n in blok; });
    var onbekend = Object.keys(blok).filter(function (n) { return bekend.indexOf(n) < 0; });
    return bekend.concat(onbekend);
  }

  /* Wat het formulier afgeeft, zo schoon als een bestand in menukaart/: lege optionele velden weg, een bron met alleen
   * een id als die id, een bijlage als alleen de bestandsnaam. */
  function opgeschoond(waarde, knoop, isRij) {
    knoop = knoop || {};
    if (Array.isArray(waarde)) {
      /* Een regel die je toevoegde en niet invulde valt weg; een lege cel ("") in een rij van een tabel blijft. */
      return waarde.map(function (w) { return opgeschoond(w, knoop.element, true); })
        .filter(function (w) { return isRij ? w !== undefined && w !== null : !isLeeg(w); });
    }
    if (isBlok(waarde)) {
      var per = veldPerNaam(knoop.velden), uit = {};
      sleutels(waarde, knoop.velden).forEach(function (naam) {
        var veld = per[naam], w = opgeschoond(waarde[naam], veld);
        if (!isLeeg(w)) uit[naam] = w;
        else if (veld && veld.verplicht) uit[naam] = veld["null"] ? null : (veld.soort === "lijst" ? [] : w === undefined ? null : w);
        else if (!veld && w !== undefined) uit[naam] = w;  /* niet van het formulier: blijft zoals het was */
      });
      if (knoop.kort && Object.keys(uit).length === 1 && typeof uit[knoop.kort] === "string") return uit[knoop.kort];
      return uit;
    }
    if (typeof waarde === "string" && knoop.bestand) return waarde.split("/").pop();
    if (typeof waarde === "string" && knoop.opmaak === "markdown") return waarde.replace(/\r\n?/g, "\n");
    return waarde;
  }

  function blokRegels(blok, knoop, inspringing) {
    var per = veldPerNaam(knoop && knoop.velden), spaties = " ".repeat(inspringing), regels = [];
    sleutels(blok, knoop && knoop.velden).forEach(function (naam) {
      var sleutel = kaal(naam, false) ? naam : geciteerd(naam);
      regels.push.apply(regels, waardeRegels(spaties + sleutel + ":", blok[naam], per[naam], inspringing));
    });
    return regels;
  }

  /* 'kop' is "  sleutel:" of "  -"; de waarde volgt op dezelfde regel of eronder. */
  function waardeRegels(kop, waarde, knoop, inspringing) {
    if (Array.isArray(waarde)) {
      if (waarde.length === 0) return [kop + " []"];
      var kort = flow(waarde, BREEDTE - kop.length - 1);
      if (kort !== null) return [kop + " " + kort];
      var regels = [kop];
      waarde.forEach(function (element) {
        regels.push.apply(regels, elementRegels(element, knoop && knoop.element, inspringing + 2));
      });
      return regels;
    }
    if (isBlok(waarde)) {
      if (Object.keys(waarde).length === 0) return [kop + " {}"];
      return [kop].concat(blokRegels(waarde, knoop, inspringing + 2));
    }
    var delen = scalair(waarde, inspringing + 2, BREEDTE - kop.length - 1);
    return [kop + " " + delen[0]].concat(delen.slice(1));
  }

  function elementRegels(element, knoop, inspringing) {
    var spaties = " ".repeat(inspringing);
    if (isBlok(element) && Object.keys(element).length > 0) {
      var regels = blokRegels(element, knoop, inspringing + 2);
      regels[0] = spaties + "- " + regels[0].slice(inspringing + 2);
      return regels;
    }
    return waardeRegels(spaties + "-", element, knoop, inspringing);
  }

  /* Een bron als losse id ('- besluit-gs-2023') wordt een blok, zodat het formulier er één soort veld voor heeft. */
  function voorFormulier(waarde, knoop) {
    knoop = knoop || {};
    if (Array.isArray(waarde)) return waarde.map(function (w) { return voorFormulier(w, knoop.element); });
    if (typeof waarde === "string" && knoop.kort) { var blok = {}; blok[knoop.kort] = waarde; return blok; }
    if (isBlok(waarde)) {
      var per = veldPerNaam(knoop.velden), uit = {};
      Object.keys(waarde).forEach(function (naam) { uit[naam] = voorFormulier(waarde[naam], per[naam]); });
      return uit;
    }
    return waarde;
  }

  function lees(tekst, boom) {
    var gegevens = jsyaml.load(tekst, { schema: jsyaml.CORE_SCHEMA }) || {};
    return voorFormulier(gegevens, boom);
  }

  function schrijf(gegevens, boom) {
    var schoon = opgeschoond(gegevens, boom);
    return [boom.modeline].concat(blokRegels(schoon, boom, 0)).join("\n") + "\n";
  }

  /* Voor Decap: CMS.registerCustomFormat(naam, "yml", formaat(boom)). */
  function formaat(boom) {
    return {
      fromFile: function (tekst) { return lees(tekst, boom); },
      toFile: function (gegevens) { return schrijf(gegevens, boom); },
    };
  }

  return { lees: lees, schrijf: schrijf, formaat: formaat, opgeschoond: opgeschoond };
});
