"""Shared fixtures for the minutes tests: the real nd43-tt25 template, the demo inspection, and
one exported document read back with python-docx (exported once per session: it is read-only)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from inspector.checklists.catalog import load_catalog
from inspector.checklists.template import ChecklistTemplate
from inspector.demo import build_demo_record, demo_evidence_blobs
from inspector.domain import InspectionRecord
from inspector.minutes import MinutesResult, export_minutes


@pytest.fixture(scope="session")
def nd43() -> ChecklistTemplate:
    return load_catalog().get("nd43-tt25")


@pytest.fixture(scope="session")
def demo(nd43: ChecklistTemplate) -> InspectionRecord:
    return build_demo_record(nd43)


@pytest.fixture(scope="session")
def sealed_demo(nd43: ChecklistTemplate) -> InspectionRecord:
    return build_demo_record(nd43, finalized=True)


@pytest.fixture(scope="session")
def evidence_folder(tmp_path_factory: pytest.TempPathFactory, sealed_demo: InspectionRecord) -> Path:
    """The demo's evidence files, stored by SHA-256 as storage keeps them."""
    folder = tmp_path_factory.mktemp("evidence")
    for sha, data in demo_evidence_blobs(sealed_demo).items():
        (folder / sha).write_bytes(data)
    return folder


@pytest.fixture(scope="session")
def exported(tmp_path_factory: pytest.TempPathFactory, nd43: ChecklistTemplate,
             sealed_demo: InspectionRecord, evidence_folder: Path) -> MinutesResult:
    out = tmp_path_factory.mktemp("minutes") / "bien-ban.docx"
    return export_minutes(sealed_demo, nd43, out, evidence_path=lambda sha: evidence_folder / sha)


@pytest.fixture(scope="session")
def document(exported: MinutesResult) -> docx.document.Document:
    return docx.Document(str(exported.path))
