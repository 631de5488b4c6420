"""Constants shared by test modules (imported by name: `from support import REPO`)."""

from __future__ import annotations

from pathlib import Path

from inspector.domain import ProvinceRef

REPO = Path(__file__).resolve().parent.parent
PHU_THO = ProvinceRef("63", "25", "Tỉnh Phú Thọ")
