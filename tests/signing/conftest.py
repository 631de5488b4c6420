"""Fixtures for the signing tests: a sealed sample inspection exported once to PDF/A, a test PKI
with its CRL and timestamp servers on 127.0.0.1, and a SoftHSM2 token."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from inspector.minutes.pdf import find_office

from pki import PkiServer, have_softhsm, make_token


@pytest.fixture(scope="session")
def sealed_store(tmp_path_factory):
    from inspector.checklists.catalog import load_catalog
    from inspector.sample import import_sample
    from inspector.storage import Store

    folder = tmp_path_factory.mktemp("sealed")
    db = folder / "inspector.sqlite3"
    with Store.open(db) as store:
        iid = import_sample(store, load_catalog().get, everything=False)
        store.finalize(iid, actor="Vũ Quang Huy")
    return db, iid


@pytest.fixture(scope="session")
def minutes_pdfa(sealed_store, tmp_path_factory) -> Path:
    """The sample inspection's minutes as PDF/A with its signature fields (exported once)."""
    if find_office() is None:
        pytest.skip("LibreOffice is not installed")
    from inspector.signing.pdfa import export_pdfa
    from inspector.storage import Store

    db, iid = sealed_store
    out = tmp_path_factory.mktemp("pdfa") / "bien-ban.pdf"
    with Store.open(db) as store:
        record = store.load_inspection(iid)
        export_pdfa(record, store.template_for(record.inspection), out, evidence_path=store.evidence_path)
    return out


@pytest.fixture
def fresh_pdf(minutes_pdfa, tmp_path) -> Path:
    copy = tmp_path / "bien-ban.pdf"
    shutil.copyfile(minutes_pdfa, copy)
    return copy


@pytest.fixture(scope="session")
def pki_server(tmp_path_factory):
    server = PkiServer(tmp_path_factory.mktemp("pki"))
    yield server
    server.close()


@pytest.fixture(scope="session")
def token(pki_server, tmp_path_factory):
    """A SoftHSM2 token with the inspected unit's representative's key (python-pkcs11 loads its
    module once per process, so the token is made once and SOFTHSM2_CONF stays set)."""
    if not have_softhsm():
        pytest.skip("SoftHSM2 is not installed (Debian package softhsm2)")
    previous = os.environ.get("SOFTHSM2_CONF")
    made = make_token(tmp_path_factory.mktemp("softhsm"), pki_server.pki.host)
    yield made
    if previous is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = previous
