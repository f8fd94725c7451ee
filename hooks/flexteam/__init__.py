"""Menukaart Warmtetransitie: the engine-free core. Nothing here imports MkDocs or logs.

The layers, each importing only from the ones before it in this list::

    basis      Fout, MenukaartFouten and the one exception base class; every Dutch message for contributors
               (``basis/meldingen.py``); Dutch number formats; the one rounding rule and the cent split
    inhoud     the model (pydantic), the content's rules, where records live on the site
    rekenen    budget (the only place its rules are written), contributions, capacity
    lezen      files (no links), strict YAML with line marks, Record, placeholders, Markdown
    controle   validation in phases, pydantic errors in Dutch, cross-file and budget checks → Catalogus
               (with the budget computed once: ``Catalogus.financien``)
    weergave   view models: labels and filters, URLs, tables, charts, number formats, safe text
    site       pages and downloads from Jinja templates; ``bouw.bouw_site`` is the one list of outputs
    cli        ``python -m flexteam check|schema|nieuw|bijgewerkt|export|export-paginas|export-project|afwerken``
"""

from flexteam.basis.fout import Fout, MenukaartFouten
from flexteam.controle.catalogus import Catalogus
from flexteam.controle.laden import laad_menukaart, lees_menukaart

__all__ = ["Catalogus", "Fout", "MenukaartFouten", "laad_menukaart", "lees_menukaart"]
