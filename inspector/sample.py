"""The sample inspections, shipped as inspection files in `resources/sample/`.

`phu-tho-2016.inspection.json` is the sample a newcomer opens (File ▸ Open the sample
inspection, `inspector --demo`, `inspector export minutes --demo`, the self-test): the inspection
of Phú Thọ's Department of Information and Communications on 07/10/2016, modelled on the topics
and figures the Ministry published about it (`shared/domain/seeds/004_*`), with invented people
and findings, marked `sample` so every output says "DỮ LIỆU MẪU". The other files are smaller
invented inspections of a few provinces in 2015 and 2016, so the office view, the year-over-year
comparison and the national report have more than one province to show.

They go through the same import path as any inspection file (`inspector.inspection_file`,
`Store.import_inspection`), answered against the installed checklist of their id.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from inspector import paths
from inspector.checklists.template import ChecklistTemplate
from inspector.domain.record import InspectionRecord
from inspector.inspection_file import (
    SUFFIX,
    InspectionFile,
    installed_template,
    read_inspection_file,
)
from inspector.storage.store import Store

MAIN_SAMPLE = "phu-tho-2016" + SUFFIX
SAMPLE_ID = "sample-phutho-2016"
ACTOR = "sample"


def sample_folder() -> Path:
    return paths.resource("sample")


def sample_paths() -> list[Path]:
    """Every shipped sample file, the main one first."""
    others = sorted(p for p in sample_folder().glob("*" + SUFFIX) if p.name != MAIN_SAMPLE)
    return [sample_folder() / MAIN_SAMPLE, *others]


def read_sample(path: Path | None = None) -> InspectionFile:
    """The checked content of a sample file (the main one by default)."""
    return read_inspection_file(path or sample_folder() / MAIN_SAMPLE)


def sample_record(template: ChecklistTemplate, path: Path | None = None) -> InspectionRecord:
    """The sample inspection as a record answered against `template` (not stored anywhere)."""
    return read_sample(path).bound_to(template)


def import_sample(store: Store, template_for: Callable[..., ChecklistTemplate], *,
                  everything: bool = True) -> str:
    """Import the main sample (and, with `everything`, the other sample provinces) into `store`;
    return the main sample's id.

    `template_for(template_id, version)` gives the installed checklist to answer them against
    (`catalog.get`): the version the sample names when it is installed, else the newest (a
    version the office published may have dropped an item the sample answers). Samples already
    in the store are left as the user left them.
    """
    known = set(store.inspection_ids())
    main_id = ""
    for path in sample_paths() if everything else sample_paths()[:1]:
        content = read_sample(path)
        record_id = content.record.inspection.id
        main_id = main_id or record_id
        if record_id in known:
            continue
        template = installed_template(content, template_for)
        store.import_inspection(content.bound_to(template), template, content.files, actor=ACTOR)
    return main_id
