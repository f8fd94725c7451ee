"""Serve a built site on 127.0.0.1, start Chromium, run axe-core: no network beyond this machine."""

from __future__ import annotations

import contextlib
import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Iterator

TESTS = Path(__file__).resolve().parents[1]
AXE_VERSIE = "4.14.1"
"""Pinned here and in the Makefile (AXE_VERSIE), which vendors it from the npm registry."""
AXE = TESTS / ".vendor" / f"axe-core-{AXE_VERSIE}" / "axe.min.js"
DEBIAN_CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    # This machine has no internet: without these Chromium keeps trying to reach Google's hosts.
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-domain-reliability", "--metrics-recording-only",
]
BREEDTES = {"breed": 1280, "smal": 390}
"""Viewport widths: a laptop and a phone (iPhone 12-15 class)."""
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


AXE_PAD = "/__test__/axe.min.js"
"""Where the test server serves the vendored axe-core, so Chromium caches and compiles it once."""


class _StilleHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - name from the base class
        pass

    def translate_path(self, path: str) -> str:
        if path.split("?", 1)[0] == AXE_PAD:
            return str(AXE)
        return super().translate_path(path)


@contextlib.contextmanager
def serveer(map: Path) -> Iterator[str]:
    """Serve ``map`` on 127.0.0.1 on a free port; yields the base URL ending in ``/``."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_StilleHandler, directory=str(map)))
    server.daemon_threads = True
    draad = threading.Thread(target=server.serve_forever, name=f"http {map}", daemon=True)
    draad.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        draad.join(timeout=5)


def start_chromium(playwright: Any) -> Any:
    """Debian's Chromium where it is installed (CI), else the browser Playwright installed itself."""
    if DEBIAN_CHROMIUM.exists():
        return playwright.chromium.launch(executable_path=str(DEBIAN_CHROMIUM), args=CHROMIUM_ARGS)
    return playwright.chromium.launch(args=CHROMIUM_ARGS)


def draai_axe(pagina: Any) -> list[dict[str, Any]]:
    """Load axe-core into ``pagina`` (from the test server) and return the WCAG 2.2 A and AA violations."""
    if not pagina.evaluate("() => typeof window.axe === 'object'"):
        pagina.add_script_tag(url=AXE_PAD)
    resultaat = pagina.evaluate(
        """async (tags) => {
            const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html.slice(0, 200),
                                           summary: n.failureSummary}))}));
        }""",
        AXE_TAGS,
    )
    return list(resultaat)


def ernstig(overtredingen: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [v for v in overtredingen if v["impact"] in {"serious", "critical"}]


def beschrijf(overtredingen: list[dict[str, Any]]) -> str:
    regels = []
    for v in overtredingen:
        regels.append(f"- {v['id']} ({v['impact']}): {v['help']}")
        for n in v["nodes"][:5]:
            regels.append(f"    {n['target']}: {n['html']}")
            if n.get("summary"):
                regels.append("      " + n["summary"].replace("\n", "\n      "))
    return "\n".join(regels)
