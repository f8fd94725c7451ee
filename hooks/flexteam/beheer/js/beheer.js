/* Het formulier in /beheer/: Decap CMS met de formaten van de menukaart (menukaart-yaml.js).
 * Dit script laadt vóór decap-cms.js: Decap start pas als de formaten er zijn (CMS_MANUAL_INIT). De velden.json komt
 * uit het model, net als de configuratie van Decap (beide in instellingen.json); niets wordt met de hand bijgehouden.
 */
(function () {
  "use strict";
  window.CMS_MANUAL_INIT = true;

  function meld(tekst) {
    var vak = document.createElement("p");
    vak.setAttribute("role", "alert");
    vak.textContent = tekst;
    document.body.appendChild(vak);
  }

  /* make beheer draait het lokale beheer op 127.0.0.1:8081; een andere poort geeft /beheer/?lokaal=<poort>. */
  function metLokalePoort(config) {
    var poort = new URLSearchParams(window.location.search).get("lokaal");
    if (poort && /^[0-9]{2,5}$/.test(poort)) config.local_backend = { url: "http://127.0.0.1:" + poort + "/api/v1" };
    return config;
  }

  function start() {
    fetch("instellingen.json", { credentials: "same-origin" })
      .then(function (antwoord) {
        if (!antwoord.ok) throw new Error("instellingen.json: " + antwoord.status);
        return antwoord.json();
      })
      .then(function (instellingen) {
        Object.keys(instellingen.formaten).forEach(function (naam) {
          window.CMS.registerCustomFormat(naam, "yml", window.MenukaartYaml.formaat(instellingen.formaten[naam]));
        });
        var config = metLokalePoort(instellingen.config);
        config.load_config_file = false;
        window.CMS.init({ config: config });
      })
      .catch(function (fout) {
        meld("Het formulier kon niet starten (" + fout.message + "). Herlaad de pagina; lukt het dan nog niet, " +
             "meld het aan het flexteam.");
      });
  }

  window.addEventListener("load", start);
})();
