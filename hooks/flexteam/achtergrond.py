"""Render the generated pages in a second process while the site engine works on the pages before them.

The engine needs every path before it reads any page (navigation, links); then it reads the pages
one by one and spends several milliseconds on each (Markdown to HTML, search index, theme).
Rendering one of our pages costs about a millisecond, so a second process that renders them in
the order the engine reads them stays ahead, and the engine only waits for the first.

The second process is a fork: it starts with the loaded catalogue and compiled code, and only the
finished text travels back through a pipe. It is used on Linux, with more than one CPU available,
from a process with a single thread (forking a process with threads, such as ``mkdocs serve`` with
its file watcher, can leave the child waiting on a lock forever). Otherwise every page is rendered
in this process, before the engine starts on the pages. Both give the same text.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
import traceback
from multiprocessing.connection import Connection
from typing import Callable, Protocol, Sequence

Taak = tuple[str, Callable[[], "str | bytes"]]
"""A path and the function that renders its content."""


class RenderFout(Exception):
    """A page or download could not be rendered: a fault in this code, not in the contributor's YAML."""

    def __init__(self, pad: str, details: str) -> None:
        super().__init__(f"Het maken van {pad} is mislukt. Dit is een fout in de sitecode, niet in de YAML:\n{details}")
        self.pad = pad


class Levering(Protocol):
    def inhoud(self, pad: str) -> str | bytes:
        """The rendered content of ``pad``; each path is asked for once."""

    def sluit(self) -> None:
        """Stop rendering (also when not everything was asked for) and free what is left."""


def start(taken: Sequence[Taak], *, tweede_proces: bool | None = None) -> Levering:
    """Start rendering ``taken`` in their order; ``tweede_proces=None`` decides by the machine."""
    if tweede_proces is None:
        tweede_proces = tweede_proces_mogelijk()
    if tweede_proces:
        try:
            return _TweedeProces(taken)
        except OSError:  # no fork now (memory, process limit): the same pages, rendered here
            pass
    return _HierRenderen(taken)


def tweede_proces_mogelijk() -> bool:
    return (
        sys.platform.startswith("linux")
        and len(os.sched_getaffinity(0)) > 1
        and threading.active_count() == 1
    )


class _HierRenderen:
    """Every page rendered in this process, all at once at the start.

    Not one by one when asked: between MkDocs' pages the heap is large, and the many small objects
    of rendering would make Python's collector scan it again and again (measured: 1,000 items
    render in 1.5 s at the start, and cost 4 to 6 s more when spread over the build).
    """

    def __init__(self, taken: Sequence[Taak]) -> None:
        self._klaar: dict[str, str | bytes] = {}
        for pad, maak in taken:
            try:
                self._klaar[pad] = maak()
            except Exception as fout:
                raise RenderFout(pad, traceback.format_exc()) from fout

    def inhoud(self, pad: str) -> str | bytes:
        return self._klaar.pop(pad)

    def sluit(self) -> None:
        self._klaar.clear()


class _TweedeProces:
    """A forked process renders the pages in order; a thread here receives each as soon as it is done.

    The thread keeps the pipe empty, so the second process never waits for the engine and has the
    big pages at the end (overview, exports) ready before the engine gets there.
    """

    def __init__(self, taken: Sequence[Taak]) -> None:
        context = multiprocessing.get_context("fork")
        self._ontvanger, zender = context.Pipe(duplex=False)
        self._verwacht = {pad for pad, _ in taken}
        self._ontvangen: dict[str, str | bytes] = {}
        self._fout: RenderFout | None = None
        self._gestopt = False
        self._nieuw = threading.Condition()
        # Objects that exist now are not collected in either process while the other runs: a
        # collection writes to every object it scans and would copy every memory page (copy on write).
        gc.freeze()
        self._proces = context.Process(target=_render_alles, args=(taken, zender), name="menukaart-renderen", daemon=True)
        try:
            self._proces.start()
        except BaseException:
            gc.unfreeze()
            self._ontvanger.close()
            raise
        finally:
            zender.close()
        self._lezer = threading.Thread(target=self._ontvang, name="menukaart-ontvangen", daemon=True)
        self._lezer.start()

    def _ontvang(self) -> None:
        try:
            while True:
                pad, inhoud, fout = self._ontvanger.recv()
                with self._nieuw:
                    if fout is None:
                        self._ontvangen[pad] = inhoud
                    else:
                        self._fout = RenderFout(pad, fout)
                    self._nieuw.notify_all()
        except (EOFError, OSError):
            with self._nieuw:
                self._gestopt = True
                self._nieuw.notify_all()

    def inhoud(self, pad: str) -> str | bytes:
        if pad not in self._verwacht:
            raise KeyError(pad)
        with self._nieuw:
            self._nieuw.wait_for(lambda: pad in self._ontvangen or self._fout is not None or self._gestopt)
            if pad in self._ontvangen:
                self._verwacht.discard(pad)
                return self._ontvangen.pop(pad)
            if self._fout is not None:
                raise self._fout
        raise RenderFout(pad, f"Het tweede proces stopte voordat {pad} klaar was (code {self._proces.exitcode}).")

    def sluit(self) -> None:
        if self._proces.is_alive():
            self._proces.kill()
        self._proces.join()  # its end of the pipe is closed now: the thread reads to the end and stops
        self._lezer.join()
        self._ontvanger.close()
        self._ontvangen.clear()
        gc.unfreeze()


def _render_alles(taken: Sequence[Taak], zender: Connection) -> None:
    """In the second process: render every task in order; stop at the first fault or when the reader is gone."""
    gc.disable()  # a short-lived process: collecting would only copy the parent's memory pages
    try:
        for pad, maak in taken:
            try:
                inhoud = maak()
            except Exception:
                zender.send((pad, None, traceback.format_exc()))
                return
            zender.send((pad, inhoud, None))
    except (BrokenPipeError, ConnectionResetError):
        pass
    finally:
        zender.close()
