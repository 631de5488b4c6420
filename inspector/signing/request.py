"""One signature as a user asks for it, with the signing settings filled in: what `inspector sign`
and Tools › Sign a PDF… both call, so both sign the same way.

    prepared = prepare(settings, seal=False)              # image, agency, TSA, their problems
    result = sign_document(src, out, credentials, settings, field="TruongDoan")

The core signing is `sign.sign_pdf`; this module only chooses, from the user's choices and
`SigningSettings`, the image (signature or seal), the agency, the timestamp server and the trusted
roots (for B-LT), and names the ways the image differs from Decree 30/2020 (`sign.check_image`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from inspector.signing.settings import SigningSettings
from inspector.signing.sign import (
    Appearance,
    Credentials,
    SigningError,
    SignResult,
    check_image,
    sign_pdf,
)


@dataclass(frozen=True)
class Prepared:
    """What a signature will use: `image` (None → text), `agency`, `tsa_url` ("" → no timestamp)
    and `image_problems` (codes of `check_image`; empty when the image is as Decree 30 says)."""

    image: Path | None
    agency: str
    tsa_url: str
    image_problems: tuple[str, ...]


def prepare(settings: SigningSettings, *, seal: bool = False, image: Path | None = None,
            agency: str | None = None, tsa_url: str | None = None) -> Prepared:
    """The image, agency and TSA of a signature: the explicit values, else the settings'. A
    configured image that is not a file is an error (`SigningError("no-image")`), not silently
    dropped."""
    chosen = image if image is not None else (settings.seal_image if seal else settings.signature_image)
    if chosen is not None and not Path(chosen).is_file():
        raise SigningError("no-image", str(chosen))
    problems = tuple(check_image(Path(chosen), "seal" if seal else "signature")) if chosen else ()
    return Prepared(Path(chosen) if chosen else None,
                    agency if agency is not None else settings.agency,
                    tsa_url if tsa_url is not None else settings.tsa_url, problems)


def sign_document(src: str | Path, out: str | Path, credentials: Credentials,
                  settings: SigningSettings, *, field: str = "", seal: bool = False, name: str = "",
                  image: Path | None = None, agency: str | None = None, tsa_url: str | None = None,
                  extra_ca_files: tuple[Path, ...] = ()) -> SignResult:
    """Sign `src` into `out` as `sign_pdf` does, with `settings` supplying what is not given. With
    a TSA, the system's roots and the office's CA files are the trust roots for B-LT; a CA file
    that cannot be read is `SigningError("ca-file")`. Raises `SigningError`."""
    prepared = prepare(settings, seal=seal, image=image, agency=agency, tsa_url=tsa_url)
    roots = None
    if prepared.tsa_url:
        from inspector.signing.verify import load_ca_files, system_roots
        try:
            roots = system_roots() + load_ca_files([*settings.ca_files, *extra_ca_files])
        except (OSError, ValueError) as exc:
            raise SigningError("ca-file", str(exc)) from exc
    return sign_pdf(src, out, credentials, field=field, tsa_url=prepared.tsa_url, seal=seal,
                    trust_roots=roots,
                    appearance=Appearance(name=name, agency=prepared.agency, image=prepared.image))
