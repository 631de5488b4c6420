"""The packaging tests import the helpers in packaging/ (bundle_files, third_party_licenses,
make_icons) the way the spec does: with that folder on sys.path."""

from __future__ import annotations

import sys

from support import REPO

PACKAGING = str(REPO / "packaging")
if PACKAGING not in sys.path:
    sys.path.insert(0, PACKAGING)
