"""Menukaart Warmtetransitie Drenthe: the engine-free core.

Data flows one way: ``menukaart/*.yml`` → ``laden`` (strict YAML, line marks) → ``model``
(typed, immutable) → pages, finance and exports. Nothing here imports MkDocs or logs.
"""

from .catalogus import Catalogus
from .fouten import Fout, MenukaartFouten
from .laden import laad_menukaart, lees_menukaart

__all__ = ["Catalogus", "Fout", "MenukaartFouten", "laad_menukaart", "lees_menukaart"]
