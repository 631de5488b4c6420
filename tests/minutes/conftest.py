"""Shared fixtures for the minutes tests: the real nd43-tt25 template, the sample inspection
(resources/sample, as `demo`; sealed as finalizing would, as `sealed_demo`), and
one exported document read back with python-docx (exported once per session: it is read-only)."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path

import docx
import pytest

from inspector.checklists.catalog import load_catalog
from inspector.checklists.template import ChecklistTemplate
from inspector.domain import InspectionRecord, InspectionStatus, Seal, seal_hash
from inspector.minutes import MinutesResult, export_minutes
from inspector.sample import read_sample, sample_record


@pytest.fixture(scope="session")
def nd43() -> ChecklistTemplate:
    return load_catalog().get("nd43-tt25")


@pytest.fixture(scope="session")
def demo(nd43: ChecklistTemplate) -> InspectionRecord:
    return sample_record(nd43)


@pytest.fixture(scope="session")
def sealed_demo(demo: InspectionRecord) -> InspectionRecord:
    # The layout tests read the minutes a team signs: without the sample's "DỮ LIỆU MẪU" mark
    # (that mark has tests of its own in test_minutes_official and test_minutes_cli).
    unmarked = dataclasses.replace(demo, inspection=dataclasses.replace(demo.inspection, sample=False))
    header = unmarked.inspection
    seal = Seal(demo.id, 1, seal_hash(unmarked), (header.ended_at or header.created_at) + timedelta(hours=2, minutes=15),
                header.team[0].name)
    return dataclasses.replace(unmarked, inspection=dataclasses.replace(header, status=InspectionStatus.FINALIZED),
                               seals=(seal,))


@pytest.fixture(scope="session")
def evidence_folder(tmp_path_factory: pytest.TempPathFactory, sealed_demo: InspectionRecord) -> Path:
    """The sample's evidence files, stored by SHA-256 as storage keeps them."""
    folder = tmp_path_factory.mktemp("evidence")
    for sha, data in read_sample().files.items():
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
