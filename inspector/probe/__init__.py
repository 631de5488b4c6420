"""The live portal probe: fetch a provincial portal over HTTP(S) and turn what it shows into
evidence and proposed statuses for checklist items. Optional: everything else works offline.

Entry points: `run_probe` (blocking; the UI calls it in a worker thread), `plan_probe_changes`
(what to store for the items the inspector accepted), `describe_*` (Vietnamese wording).
"""

from inspector.probe.changes import EvidencePayload, FindingChange, ProbeChanges, plan_probe_changes
from inspector.probe.describe import describe_check, describe_note, describe_proposal, describe_run
from inspector.probe.results import (
    CheckResult,
    FetchedPage,
    ItemProposal,
    ProbeOptions,
    ProbeRun,
    ProbeTarget,
    Verdict,
)
from inspector.probe.run import run_probe

__all__ = [
    "CheckResult",
    "EvidencePayload",
    "FindingChange",
    "ProbeChanges",
    "describe_check",
    "describe_note",
    "describe_proposal",
    "describe_run",
    "plan_probe_changes",
    "FetchedPage",
    "ItemProposal",
    "ProbeOptions",
    "ProbeRun",
    "ProbeTarget",
    "Verdict",
    "run_probe",
]
