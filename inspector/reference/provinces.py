"""Provinces and centrally run cities, before and after the 1 July 2025 merger.

Two eras: "63" (until 30/6/2025) and "34" (from 1/7/2025, Resolution 202/2025/QH15). Seven codes
name a different province in each era, so a province is keyed by era + code, never the code
alone. Names have validity periods (Thừa Thiên Huế became Thành phố Huế on 1/1/2025).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from inspector import paths
from inspector.domain.inspection import ProvinceRef
from inspector.errors import ReferenceDataError

MERGER_DATE = date(2025, 7, 1)
ERAS = ("63", "34")
_CONFIDENCE = ("high", "medium", "low")


@dataclass(frozen=True)
class FormerName:
    name: str
    until: date  # last day the name was in use


@dataclass(frozen=True)
class FormerPortal:
    url: str
    until: date  # last day the address was the portal's


@dataclass(frozen=True)
class Province:
    era: str
    code: str
    name: str  # current official name in its era, e.g. "Tỉnh Phú Thọ"
    short_name: str  # "Phú Thọ"
    portal_url: str
    dvc_url: str  # online public service portal; "" when unknown
    confidence: str
    region: str = ""
    merged_from: tuple[str, ...] = ()  # era-63 codes (era 34 only)
    former_names: tuple[FormerName, ...] = ()
    former_portals: tuple[FormerPortal, ...] = ()

    def portal_on(self, day: date) -> str:
        """The portal address in use on `day` (Thừa Thiên Huế: thuathienhue.gov.vn until 2024)."""
        for former in sorted(self.former_portals, key=lambda f: f.until):
            if day <= former.until:
                return former.url
        return self.portal_url

    def name_on(self, day: date) -> str:
        """The name in force on `day`."""
        for former in sorted(self.former_names, key=lambda f: f.until):
            if day <= former.until:
                return former.name
        return self.name

    def ref(self, day: date | None = None) -> ProvinceRef:
        return ProvinceRef(self.era, self.code, self.name_on(day) if day else self.name)

    def department_name(self, day: date | None = None) -> str:
        """The provincial department an inspection visits (Sở TT&TT before the 2025 reform)."""
        name = self.name_on(day) if day else self.name
        local = name[0].lower() + name[1:]  # "Tỉnh Phú Thọ" → "tỉnh Phú Thọ"
        if self.era == "63" and (day is None or day < date(2025, 3, 1)):
            return f"Sở Thông tin và Truyền thông {local}"
        return f"Sở Khoa học và Công nghệ {local}"


@dataclass(frozen=True)
class ProvinceTable:
    provinces: tuple[Province, ...]

    def era(self, era: str) -> list[Province]:
        return [p for p in self.provinces if p.era == era]

    def get(self, era: str, code: str) -> Province:
        for p in self.provinces:
            if p.era == era and p.code == code:
                return p
        raise KeyError(f"{era}:{code}")

    def for_date(self, day: date) -> list[Province]:
        """The provinces that existed on `day`."""
        return self.era("63" if day < MERGER_DATE else "34")

    def successor_of(self, code63: str) -> Province:
        """The era-34 province an era-63 province became part of."""
        for p in self.era("34"):
            if code63 in p.merged_from:
                return p
        raise KeyError(code63)


def _rows(path: Path, required: list[str]) -> list[tuple[int, dict[str, str]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReferenceDataError(path, None, f"cannot read: {exc}") from exc
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        raise ReferenceDataError(path, 1, f"missing columns: {', '.join(missing)}")
    return [(reader.line_num, row) for row in reader]


def _former(path: Path, line: int, raw: str) -> tuple[FormerName, ...]:
    out = []
    for part in filter(None, (p.strip() for p in raw.split("|"))):
        name, _, until = part.partition("@")
        try:
            out.append(FormerName(name.strip(), date.fromisoformat(until.strip())))
        except ValueError as exc:
            raise ReferenceDataError(path, line, f"former_names entry {part!r} must be 'Name@YYYY-MM-DD'") from exc
    return tuple(out)


def _former_portals(path: Path, line: int, raw: str) -> tuple[FormerPortal, ...]:
    out = []
    for part in filter(None, (p.strip() for p in raw.split("|"))):
        url, _, until = part.rpartition("@")
        if not url.startswith(("https://", "http://")):
            raise ReferenceDataError(path, line, f"former_portals entry {part!r} must be 'https://address@YYYY-MM-DD'")
        try:
            out.append(FormerPortal(url.strip(), date.fromisoformat(until.strip())))
        except ValueError as exc:
            raise ReferenceDataError(path, line, f"former_portals entry {part!r} must be 'https://address@YYYY-MM-DD'") from exc
    return tuple(out)


def _check(path: Path, line: int, row: dict[str, str], seen: set[str]) -> None:
    code = row["code"]
    if not (len(code) == 2 and code.isdigit()):
        raise ReferenceDataError(path, line, f"code {code!r} must be two digits")
    if code in seen:
        raise ReferenceDataError(path, line, f"code {code} appears twice")
    seen.add(code)
    if not row["name"].strip():
        raise ReferenceDataError(path, line, "name is empty")
    for col in ("portal_url", "dvc_url"):
        url = row.get(col) or ""
        if url and not url.startswith(("https://", "http://")):
            raise ReferenceDataError(path, line, f"{col} {url!r} must start with http:// or https://")
    if row["confidence"] not in _CONFIDENCE:
        raise ReferenceDataError(path, line, f"confidence {row['confidence']!r} must be high, medium or low")


def load_provinces(folder: Path | None = None) -> ProvinceTable:
    """Load both eras from `resources/reference/` (or `folder`), validating every row."""
    folder = folder or paths.resource("reference")
    p63, p34 = folder / "provinces-63.csv", folder / "provinces-34.csv"
    base = ["code", "name", "short_name", "portal_url", "dvc_url", "former_names", "confidence"]
    provinces: list[Province] = []
    seen: set[str] = set()
    by_short: dict[str, str] = {}
    for line, row in _rows(p63, [*base, "region"]):
        _check(p63, line, row, seen)
        by_short[row["short_name"]] = row["code"]
        provinces.append(Province(
            era="63", code=row["code"], name=row["name"].strip(), short_name=row["short_name"].strip(),
            portal_url=row["portal_url"], dvc_url=row["dvc_url"], confidence=row["confidence"],
            region=row["region"], former_names=_former(p63, line, row["former_names"]),
            former_portals=_former_portals(p63, line, row.get("former_portals") or ""),
        ))
    seen = set()
    covered: dict[str, str] = {}
    for line, row in _rows(p34, [*base, "merged_from"]):
        _check(p34, line, row, seen)
        codes = []
        for short in filter(None, (s.strip() for s in row["merged_from"].split(";"))):
            if short not in by_short:
                raise ReferenceDataError(p34, line, f"merged_from names {short!r}, which is not in {p63.name}")
            code63 = by_short[short]
            if code63 in covered:
                raise ReferenceDataError(p34, line, f"{short} is already merged into {covered[code63]}")
            covered[code63] = row["code"]
            codes.append(code63)
        if not codes:
            raise ReferenceDataError(p34, line, "merged_from is empty")
        provinces.append(Province(
            era="34", code=row["code"], name=row["name"].strip(), short_name=row["short_name"].strip(),
            portal_url=row["portal_url"], dvc_url=row["dvc_url"], confidence=row["confidence"],
            merged_from=tuple(codes), former_names=_former(p34, line, row["former_names"]),
            former_portals=_former_portals(p34, line, row.get("former_portals") or ""),
        ))
    missing = sorted(set(by_short.values()) - covered.keys())
    if missing:
        raise ReferenceDataError(p34, None, f"era-63 provinces not merged anywhere: {', '.join(missing)}")
    return ProvinceTable(tuple(provinces))
