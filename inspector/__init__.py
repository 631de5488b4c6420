"""Inspector core: inspections of provincial government portals, offline first.

Nothing in this package imports Qt or the `ui` package (a test enforces it).
"""

__version__ = "0.1.0"
