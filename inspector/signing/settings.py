"""Signing settings: images for the visible signatures, the token's module, the timestamp server.

Two YAML files, both optional, with the same keys; the user's wins over the office's:
- the office's `signing.yaml` in the data folder (the agency's seal image, its TSA, its CA files);
- the user's `signing.yaml` in the config folder (their own signature image, their token module).

    signature_image: D:/chu-ky/tran-quoc-hung.png   # blue signature, transparent PNG
    seal_image: D:/con-dau/cuc-thh.png              # red seal, transparent PNG, real size
    agency: Cục Tin học hóa
    pkcs11_module: C:/Windows/System32/vnpt-ca_v34.dll
    tsa_url: http://tsa.example.vn/
    ca_files: [D:/ca/root-ca-g2.cer]

No image → a text-only appearance. Passwords and PINs are never written here (asked each time).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from inspector import paths

FILE_NAME = "signing.yaml"


@dataclass(frozen=True)
class SigningSettings:
    signature_image: Path | None = None
    seal_image: Path | None = None
    agency: str = ""
    pkcs11_module: str = ""
    tsa_url: str = ""
    ca_files: tuple[Path, ...] = field(default_factory=tuple)


def load_signing_settings(*files: Path) -> SigningSettings:
    """Settings from `files` (later ones win); default: office file, then the user's file."""
    if not files:
        files = (paths.data_dir() / FILE_NAME, paths.config_dir() / FILE_NAME)
    merged: dict = {}
    for file in files:
        if file.is_file():
            data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
            if isinstance(data, dict):
                merged.update({k: v for k, v in data.items() if v not in (None, "")})

    def path(key: str) -> Path | None:
        value = merged.get(key)
        return Path(str(value)) if value else None

    cas = merged.get("ca_files") or []
    if isinstance(cas, str):
        cas = [cas]
    return SigningSettings(
        signature_image=path("signature_image"), seal_image=path("seal_image"),
        agency=str(merged.get("agency", "")), pkcs11_module=str(merged.get("pkcs11_module", "")),
        tsa_url=str(merged.get("tsa_url", "")), ca_files=tuple(Path(str(c)) for c in cas))


def user_signing_file() -> Path:
    """The user's own signing settings (may not exist yet)."""
    return paths.config_dir() / FILE_NAME


def office_signing_file(data_dir: Path | None = None) -> Path:
    """The office's signing settings in the data folder (may not exist)."""
    return (data_dir or paths.data_dir()) / FILE_NAME


def save_signing_settings(settings: SigningSettings, path: Path | None = None) -> Path:
    """Write `settings` (only the values set) to `path` (default: the user's file), atomically.

    Nothing secret is ever in a SigningSettings: passwords and PINs are asked at each signature.
    """
    import os

    target = path or user_signing_file()
    data: dict = {}
    for key in ("signature_image", "seal_image"):
        value = getattr(settings, key)
        if value:
            data[key] = str(value)
    for key in ("agency", "pkcs11_module", "tsa_url"):
        value = getattr(settings, key).strip()
        if value:
            data[key] = value
    if settings.ca_files:
        data["ca_files"] = [str(p) for p in settings.ca_files]
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.tmp")
    partial.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    os.replace(partial, target)
    return target
