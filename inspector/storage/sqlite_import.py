"""sqlite-utils, imported without numpy.

sqlite-utils imports numpy when it is installed (matplotlib brings it) only to accept numpy
numbers in inserts, which the store never passes; numpy's import was a third of the desktop
app's start-up to its list of inspections. numpy is hidden for this one import; it still imports
normally afterwards (the office view's chart), and sqlite-utils works as without numpy.
"""

from __future__ import annotations

import sys

_hide_numpy = "numpy" not in sys.modules
if _hide_numpy:
    sys.modules["numpy"] = None  # type: ignore[assignment] - "import numpy" now raises ImportError
try:
    import sqlite_utils
finally:
    if _hide_numpy:
        del sys.modules["numpy"]

__all__ = ["sqlite_utils"]
