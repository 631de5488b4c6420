"""Turn an inspection record into the words of the minutes (`MinutesContent`).

Two kinds of output, never mixed. The *official* minutes hold only what the team asserts: the
findings in the inspector's own words, each limitation with the requirement it concerns and its
legal basis (texts in force on the inspection date, cited in the Decree 30/2020 form), figures
as context, and the live probe's observations only as evidence in the appendix. The *working
copy* (``draft=True``) adds what the team needs to check before signing: reference confidence
marks, item codes, the template's version and hash, practice items, items left out because
their basis was not in force, the probe's raw notes, characters dropped from the text.

Structure (minutes-format.md §4): basis and opening, I. composition, II. scope, III. results
per section, IV. general assessment (1. strengths before 2. limitations), V. recommendations,
VI. the unit's opinion, closing sentence; appendix: detailed results, online checks, evidence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime

from inspector.checklists.template import (
    ChecklistItem,
    ChecklistTemplate,
    ItemKind,
    RefConfidence,
    ResponseType,
    Section,
)
from inspector.domain import (
    Evidence,
    EvidenceSource,
    Finding,
    FindingStatus,
    InspectionRecord,
    InspectionStatus,
    TeamRole,
    seal_hash,
)
from inspector.minutes.content import (
    Cell,
    Kind,
    MinutesContent,
    MinutesWarning,
    Para,
    Row,
    Signature,
    Table,
)
from inspector.minutes.counts import SectionCount, count_sections, inspection_day
from inspector.minutes.formats import (
    as_statement,
    clean_text,
    count_emoji,
    format_clock_words,
    format_date_short,
    format_date_words,
    format_datetime_short,
    format_document_number,
    format_moment_words,
    format_number,
    format_percent,
    format_place_date,
    inline_text,
    local_time,
    lower_first,
    place_name,
    strip_end_punctuation,
    time_entered,
    two_digits,
    upper_first,
)
from inspector.minutes.legal import Citer, citable_documents, is_legal, item_reportable, kind_of
from inspector.minutes.notes import ProbeObservation, split_note
from inspector.minutes.register import (
    expand_abbreviations,
    formal_citations,
    person_line,
    signer_name,
)
from inspector.minutes.wording import Wording, fill, shipped_value

# Evidence check results (see export.check_evidence).
EVIDENCE_OK, EVIDENCE_MISSING, EVIDENCE_ALTERED, EVIDENCE_UNCHECKED = (
    "ok", "missing", "altered", "unchecked")

_ROLE_ORDER = {TeamRole.HEAD: 0, TeamRole.DEPUTY_HEAD: 1, TeamRole.MEMBER: 2, TeamRole.SECRETARY: 3}
_PROBLEMS = (FindingStatus.NOT_MET, FindingStatus.PARTLY_MET)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_STATUS_KEYS = (
    ("text.count_met", FindingStatus.MET),
    ("text.count_partly", FindingStatus.PARTLY_MET),
    ("text.count_not_met", FindingStatus.NOT_MET),
    ("text.count_not_applicable", FindingStatus.NOT_APPLICABLE),
)


@dataclass(frozen=True)
class _Numbered:
    number: str  # "3.12"
    item: ChecklistItem
    finding: Finding | None


def build_content(record: InspectionRecord, template: ChecklistTemplate, wording: Wording,
                  evidence_state: Mapping[str, str] | None = None, *, draft: bool = False) -> MinutesContent:
    """The complete text of the minutes. `evidence_state` maps evidence id → ``ok``,
    ``missing``, ``altered`` (from checking the files); absent ids are not marked. `draft`:
    the internal working copy instead of the official minutes."""
    return _Builder(record, template, wording, evidence_state or {}, draft).build()


class _Builder:
    def __init__(self, record: InspectionRecord, template: ChecklistTemplate, wording: Wording,
                 evidence_state: Mapping[str, str], draft: bool):
        self.r, self.t, self.w = record, template, wording
        self.draft = draft
        self.insp = record.inspection
        self.evidence_state = evidence_state
        self.warnings: list[MinutesWarning] = []
        self.work_notes: list[str] = []  # working copy only
        self.marked = False  # a reference carries the working copy's "(*)"
        summary = wording.get("summary_items")
        self.summary_ids = {k: v for k, v in summary.items() if v}
        self.summary_set = set(self.summary_ids.values())
        self.day = inspection_day(self.insp)
        self.citer = Citer(template, self.day)
        self.numbers: dict[str, str] = {}
        for s_no, section in enumerate(template.sections, 1):
            for i_no, item in enumerate(section.items, 1):
                self.numbers[item.id] = f"{s_no}.{i_no}"
        self.era = self._era_values()
        self.fields = self._common_fields()
        self.counts = count_sections(template, record.findings, on=self.day, skip=self.summary_set)
        ref = self.insp.template
        if ref.content_hash and ref.content_hash != template.content_hash:
            # The record was made under another version of the checklist: items may differ.
            self.warnings.append(MinutesWarning("template-mismatch", f"{ref.id} {ref.version}",
                                                f"{template.id} {template.version}"))
        if self.day is not None and not template.applies_on(self.day):
            self.warnings.append(MinutesWarning("template-not-in-force", f"{template.id} {template.version}",
                                                format_date_short(self.day)))
        self._note_dropped_characters()

    # ------------------------------------------------------------------ helpers
    def text(self, key: str, **fields: object) -> str:
        return self.w.text(key, **{**self.fields, **fields})

    def _era_values(self) -> dict[str, str]:
        """Agency names of the inspection's era: from `agency_era.from` (01/03/2025, when the
        Ministry of Information and Communications merged into the Ministry of Science and
        Technology) the `agency_era` names replace the `agency` ones."""
        w = self.w
        values = {k: w.get(f"agency.{k}") for k in ("parent", "ministry", "archive_unit")}
        start = str(w.get("agency_era.from") or "").strip()
        try:
            since = date.fromisoformat(start) if start else None
        except ValueError:
            since = None
        if since is not None and self.day is not None and self.day >= since:
            # A name the office or the user set themselves stays; the shipped ones follow the era.
            values = {k: w.get(f"agency_era.{k}") if v == shipped_value(f"agency.{k}") else v
                      for k, v in values.items()}
        return {k: clean_text(v) for k, v in values.items()}

    def _common_fields(self) -> dict[str, str]:
        insp, w = self.insp, self.w
        province = inline_text(insp.province.name)
        place = w.get("document.place") or place_name(province)
        day = self.signing_day()
        subject_basis = self.subject_basis(full=False)
        return {
            "inspected_unit": expand_abbreviations(inline_text(insp.inspected_unit), w) or "……",
            "province": province,
            "province_lower": lower_first(province),
            "place": place,
            "team_name": w.get("agency.team_name"),
            "ministry": self.era["ministry"],
            "unit_abbreviation": w.get("agency.unit_abbreviation"),
            "archive_unit": self.era["archive_unit"],
            "subject_basis": subject_basis,
            "subject_basis_lower": lower_first(subject_basis),
            "date": format_date_words(day) if day else "ngày …… tháng …… năm ……",
        }

    def main_documents(self) -> list[str]:
        """Ids of the texts the subject names ("Nghị định số 43/2011/NĐ-CP và Thông tư số …"),
        citable on the inspection date, in the order the wording names them."""
        configured = self.w.get("document.subject_basis").get(self.t.id) or ""
        docs = citable_documents(self.t, self.day)
        found = [(configured.find(d.number), d.id) for d in docs.values()
                 if d.number and d.number in configured]
        return [doc_id for _, doc_id in sorted(found)]

    def subject_basis(self, *, full: bool) -> str:
        """"Kiểm tra việc thực hiện Nghị định số 43/2011/NĐ-CP và Thông tư số …": the texts the
        wording names, leaving out any not yet issued (or no longer in force) on the date.
        `full`: their full titles (the first citation in the body)."""
        configured = self.w.get("document.subject_basis").get(self.t.id)
        if not self.t.documents:
            return configured or _basis_from_title(self.t.title)
        mentioned = [d for d in self.t.documents if d.number and configured and d.number in configured]
        if not mentioned:
            return configured or _basis_from_title(self.t.title)
        ids = self.main_documents()
        if not ids:
            return _basis_from_title(self.t.title)
        titles = [self.citer.introduce(i) if full else _short(self.citer, i) for i in ids]
        return f"{self.w.get('text.subject_prefix')} {' và '.join(titles)}"

    def signing_day(self) -> date | None:
        moment = self.insp.ended_at or self.insp.started_at or self.insp.created_at
        return local_time(moment).date() if moment else None

    def finding(self, item_id: str) -> Finding | None:
        return self.r.findings.get(item_id)

    def reportable(self, item: ChecklistItem) -> bool:
        return item.id not in self.summary_set and item_reportable(self.t, item, self.day)

    def official_item(self, item: ChecklistItem) -> bool:
        """Items the official minutes may show: legal duties in force, and figures."""
        return self.reportable(item) and kind_of(item) is not ItemKind.PRACTICE

    def section_title(self, section: Section) -> str:
        """The section's title without the reference in brackets the checklist shows after it
        ("(Điều 4 – Điều 9 Nghị định 43/2011/NĐ-CP)"): the minutes cite per item, by date."""
        title = inline_text(section.title)
        title = _TITLE_REF.sub("", title).strip()
        return formal_citations(expand_abbreviations(title, self.w))

    def requirement(self, item: ChecklistItem) -> str:
        text = inline_text(item.requirement) if item.requirement else as_statement(inline_text(item.text))
        return self.citer.mentions(formal_citations(expand_abbreviations(text, self.w)).rstrip(" .;"))

    def own_note(self, finding: Finding) -> str:
        """The inspector's words of the note (the probe's blocks left out), on one line."""
        return expand_abbreviations(inline_text(split_note(finding.note).own), self.w)

    def ref(self, item: ChecklistItem) -> str:
        ref = self.citer.cite_item(item)
        if self.draft and item.ref_confidence is not RefConfidence.HIGH and ref:
            ref = f"{ref} {self.w.get('appendix.ref_mark')}"
            self.marked = True
        return ref

    def value_text(self, item: ChecklistItem, finding: Finding) -> str:
        """The main value with its unit and the extra figures: "1.799 dịch vụ (mức độ 1: 1.201…)"."""
        parts = []
        value = finding.value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            unit = inline_text(item.response.unit)
            parts.append(f"{format_number(value)} {unit}".strip())
        elif isinstance(value, str) and value.strip():
            parts.append(expand_abbreviations(inline_text(value), self.w))
        extra = self.figures_text(finding)
        if extra:
            parts.append(f"({extra})" if parts else extra)
        return " ".join(parts)

    def figures_text(self, finding: Finding) -> str:
        labels = self.w.get("figure_labels")
        out = []
        for key, number in finding.figures.items():
            label = labels.get(key) or inline_text(key).replace("_", " ")
            out.append(f"{label}: {format_number(number)}")
        return "; ".join(out)

    def _note_dropped_characters(self) -> None:
        texts = [self.insp.inspected_unit, self.insp.basis, self.insp.place, self.insp.conclusion,
                 self.insp.host_opinion, *(f.note for f in self.r.findings.values()),
                 *(str(f.value) for f in self.r.findings.values() if isinstance(f.value, str)),
                 *(r.text for r in self.r.recommendations),
                 *(p.name for p in self.insp.team), *(p.name for p in self.insp.host_participants)]
        dropped = sum(count_emoji(t) for t in texts)
        if dropped:
            self.work_notes.append(self.text("work.emoji_dropped", n=dropped))

    # ------------------------------------------------------------------ build
    def build(self) -> MinutesContent:
        w = self.w
        insp = self.insp
        day = self.signing_day()
        place_date = None
        if w.get("document.show_place_date"):
            place_date = (format_place_date(self.fields["place"], day) if day
                          else f"{self.fields['place']}, ngày …… tháng …… năm ……")
        body: list[Para] = []
        body += self.basis()
        body += self.composition()
        body += self.scope()
        body += self.results()
        body += self.assessment()
        body += self.recommendations()
        body += self.host_opinion()
        body.append(Para(self.closing()))
        findings_table = self.findings_table()
        probe_paras = self.probe_evidence()
        evidence_table, evidence_notes = self.evidence_table()
        parent = clean_text(self.era["parent"]).strip()
        issuing = clean_text(w.get("agency.issuing_unit")).strip()
        subject = self.text("document.subject")
        recipients = self.recipients() if w.get("document.show_recipients") else ()
        self.check_copies(recipients)
        banner = []
        if getattr(insp, "sample", False):
            banner.append(w.get("document.sample_mark"))
        if self.draft:
            banner.append(w.get("document.draft_mark"))
        intro: list[Para] = []
        if self.draft:
            intro.append(Para(self.text("appendix.template_line", title=inline_text(self.t.title),
                                        version=self.t.version, hash=self.t.content_hash[:12]), Kind.NOTE))
        work = tuple(Para(line, Kind.NOTE) for line in self.working_notes()) if self.draft else ()
        return MinutesContent(
            parent_agency=parent,
            issuing_unit=issuing,
            number_line=format_document_number(insp.minutes_number, w.get("document.type_abbreviation"),
                                               w.get("agency.unit_abbreviation"),
                                               w.get("document.number_blank")),
            place_date=place_date,
            type_name=w.get("document.type_name"),
            subject=subject,
            body=tuple(body),
            signatures=self.signatures(),
            recipients_heading=w.get("recipients.heading"),
            recipients=recipients,
            appendix_heading=w.get("appendix.heading"),
            appendix_title=w.get("appendix.title"),
            appendix_subtitle=self.text("appendix.subtitle"),
            appendix_intro=tuple(intro),
            findings_table=findings_table,
            findings_notes=(Para(w.get("appendix.ref_note"), Kind.NOTE),) if self.marked else (),
            evidence_title=w.get("appendix.evidence_title"),
            evidence_table=evidence_table,
            evidence_notes=evidence_notes,
            seal_lines=self.seal_lines(),
            title_for_properties=f"{w.get('document.type_name').capitalize()} {lower_first(subject)}",
            author_for_properties=issuing.replace("\n", " "),
            warnings=tuple(self.warnings),
            banner=" – ".join(banner),
            probe_title=w.get("appendix.probe_title") if probe_paras else "",
            probe_paras=tuple(probe_paras),
            work_title=w.get("work.title") if work else "",
            work_notes=work,
        )

    def basis(self) -> list[Para]:
        out = []
        prefix = self.w.get("text.basis_prefix")
        for line in clean_text(self.insp.basis).split("\n"):
            line = inline_text(line)
            if not line:
                continue
            if not line.casefold().startswith(prefix.casefold()):
                line = f"{prefix} {line}"
            out.append(Para(expand_abbreviations(line.rstrip(" .;,"), self.w) + ";"))
        if self.insp.plan_number.strip():
            out.append(Para(self.text("text.basis_plan", plan_number=inline_text(self.insp.plan_number))))
        if not out:
            out.append(Para(self.text("text.basis_missing")))
        start = self.insp.started_at
        place = expand_abbreviations(inline_text(self.insp.place), self.w) or self.fields["inspected_unit"]
        if start is not None and time_entered(start):
            moment = self.text("text.start_moment", start_time=format_clock_words(start),
                               start_date=format_date_words(local_time(start).date()))
        elif start is not None:
            moment = format_date_words(local_time(start).date())
        else:
            moment = "ngày …… tháng …… năm ……"
        documents = self.subject_basis(full=True)
        out.append(Para(self.text(
            "text.opening", start_moment=moment, place_of_work=place, subject_full=lower_first(documents),
            # the placeholders of earlier versions' wording, for an office file that still uses them
            start_time=format_clock_words(start) if start else self.w.get("text.unknown_time"),
            start_date=format_date_words(local_time(start).date()) if start else "ngày …… tháng …… năm ……")))
        return out

    def composition(self) -> list[Para]:
        w = self.w
        out = [Para(w.get("headings.composition"), Kind.HEADING), Para(w.get("headings.team"), Kind.SUBHEADING)]
        team = sorted(self.insp.team, key=lambda m: _ROLE_ORDER.get(m.role, 9))
        lines = []
        for m in team:
            line, known = person_line(m, self.w)
            lines.append(self.text("text.team_member", name_position=line, role=m.role.label_vi))
            if not known:
                self.work_notes.append(self.text("work.no_honorific", name=inline_text(m.name)))
        out += _dash_lines(lines) if lines else [Para(w.get("text.nobody"))]
        out.append(Para(w.get("headings.host"), Kind.SUBHEADING))
        hosts = []
        for p in self.insp.host_participants:
            line, known = person_line(p, self.w)
            hosts.append(self.text("text.host_member", name_position=line))
            if not known:
                self.work_notes.append(self.text("work.no_honorific", name=inline_text(p.name)))
        out += _dash_lines(hosts) if hosts else [Para(w.get("text.nobody"))]
        return out

    def result_sections(self) -> list[SectionCount]:
        """Sections shown in Mục II–III: those with an answered item the official copy shows."""
        shown = []
        for count in self.counts:
            if any(self.official_item(it) and (f := self.finding(it.id)) is not None and f.answered
                   for it in count.section.items):
                shown.append(count)
        return shown

    def scope(self) -> list[Para]:
        out = [Para(self.w.get("headings.scope"), Kind.HEADING)]
        sections = self.result_sections() or [c for c in self.counts if c.total]
        out.append(Para(self.text("text.scope_intro", count=len(sections))))
        out += _dash_lines([self.section_title(c.section) for c in sections])
        return out

    def results(self) -> list[Para]:
        w = self.w
        out = [Para(w.get("headings.results"), Kind.HEADING)]
        probes = sorted((e for e in self.r.evidence if e.source is EvidenceSource.PROBE and e.url),
                        key=lambda e: (e.captured_at is None, e.captured_at or _EPOCH))
        if probes and probes[0].captured_at is not None:
            first = probes[0]
            out.append(Para(self.text("text.probe_line", url=inline_text(first.url),
                                      time=format_moment_words(first.captured_at))))
        sections = self.result_sections()
        if not sections:
            out.append(Para(w.get("text.results_empty")))
            return out
        for k, count in enumerate(sections, 1):
            title = self.section_title(count.section)
            out.append(Para(f"{k}. {title}", Kind.SUBHEADING))
            out += self.section_result(count)
        return out

    def counts_sentence(self, counts: Mapping[FindingStatus, int], key: str, **extra: object) -> str:
        """"… 12 nội dung đạt, 3 nội dung không đạt": only the statuses that occur."""
        assessed = sum(counts.values())
        present = [(k, s) for k, s in _STATUS_KEYS if counts.get(s)]
        if len(present) == 1:
            only = lower_first(present[0][1].label_vi)
            return self.text(f"{key}_single" if assessed == 1 else f"{key}_all",
                             checked=assessed, status=only, **extra)
        breakdown = ", ".join(self.text(k, n=counts[s]) for k, s in present)
        return self.text(key, checked=assessed, breakdown=breakdown, **extra)

    def section_result(self, count: SectionCount) -> list[Para]:
        section = count.section
        good, figures, info = [], [], []
        for item in section.items:
            if not self.official_item(item):
                continue
            f = self.finding(item.id)
            if f is None:
                continue
            own = self.own_note(f)
            if item.response.type is ResponseType.NUMBER and f.value not in (None, ""):
                line = f"{self.requirement(item)}: {self.value_text(item, f)}"
                if own:
                    line += f" ({lower_first(strip_end_punctuation(own))})"
                figures.append(line)
            elif item.response.type is ResponseType.TEXT and (f.value not in (None, "") or own):
                value = self.value_text(item, f) or own
                info.append(f"{self.requirement(item)}: {strip_end_punctuation(value)}")
            elif f.status is FindingStatus.MET and own and is_legal(item):
                good.append(upper_first(strip_end_punctuation(own)))
        out: list[Para] = []
        if count.assessed:
            out.append(Para(self.counts_sentence(count.by_status, "text.section_counts")))
        out += _dash_lines(good + info + figures)
        problems = count.by_status[FindingStatus.NOT_MET] + count.by_status[FindingStatus.PARTLY_MET]
        if problems:
            out.append(Para(self.w.get("text.section_refer")))
        unanswered = count.total - count.answered
        if unanswered and self.draft:
            self.work_notes.append(self.text("work.unanswered", n=unanswered,
                                             section=inline_text(section.title)))
        return out

    def problem_items(self) -> list[tuple[Section, list[_Numbered]]]:
        out = []
        for section in self.t.sections:
            found = []
            for item in section.items:
                f = self.finding(item.id)
                if (f is not None and f.status in _PROBLEMS and is_legal(item)
                        and self.reportable(item)):
                    found.append(_Numbered(self.numbers[item.id], item, f))
            if found:
                out.append((section, found))
        return out

    def summary_text(self, role: str) -> list[str]:
        item_id = self.summary_ids.get(role)
        f = self.finding(item_id) if item_id else None
        if f is None:
            return []
        parts = []
        if isinstance(f.value, str) and f.value.strip():
            parts.append(f.value)
        own = split_note(f.note).own
        if own.strip():
            parts.append(own)
        lines = clean_text("\n".join(parts)).split("\n")
        return [expand_abbreviations(inline_text(line), self.w) for line in lines if line.strip()]

    def totals(self) -> dict[FindingStatus, int]:
        totals = dict.fromkeys(FindingStatus, 0)
        for count in self.counts:
            for status, n in count.by_status.items():
                totals[status] += n
        return totals

    def assessment(self) -> list[Para]:
        """IV. Đánh giá chung: the overall counts, 1. Ưu điểm, 2. Tồn tại, hạn chế, then the
        team's own conclusion; empty parts are left out and the rest numbered in order."""
        w = self.w
        out = [Para(w.get("headings.conclusion"), Kind.HEADING)]
        totals = self.totals()
        assessed = sum(totals.values())
        if assessed:
            out.append(Para(self.counts_sentence(totals, "text.overall_counts")))
        scored = [s.score for s, n in totals.items() for _ in range(n) if s.score is not None]
        rate = sum(scored) / len(scored) if scored else None
        if rate is not None and self.draft:
            self.work_notes.append(self.text("work.rate", rate=format_percent(rate)))
        parts: list[tuple[str, list[Para]]] = []
        strengths = [Para(line) for line in self.summary_text("strengths")]
        if not strengths and rate is not None:
            threshold = float(w.get("text.strengths_threshold"))
            if rate >= threshold:
                strengths.append(Para(self.text("text.strengths_auto")))
            elif totals[FindingStatus.MET]:
                strengths.append(Para(self.text("text.strengths_some", met=totals[FindingStatus.MET])))
        if strengths:
            parts.append((w.get("headings.strengths"), strengths))
        limits = [Para(line) for line in self.summary_text("shortcomings")] + self.shortcoming_paras()
        if limits:
            parts.append((w.get("headings.shortcomings"), limits))
        conclusion = [Para(line) for line in self.summary_lines(self.insp.conclusion)]
        if conclusion:
            parts.append((w.get("headings.overall"), conclusion))
        for k, (heading, paras) in enumerate(parts, 1):
            out.append(Para(f"{k}. {heading}", Kind.SUBHEADING))
            out += paras
        if not assessed and not parts:
            out.append(Para(w.get("text.results_empty")))
        return out

    def summary_lines(self, text: str) -> list[str]:
        return [expand_abbreviations(inline_text(line), self.w)
                for line in clean_text(text).split("\n") if line.strip()]

    def shortcoming_paras(self) -> list[Para]:
        groups = self.problem_items()
        if not groups:
            return []
        out: list[Para] = []
        for section, numbered in groups:
            title = self.section_title(section)
            out.append(Para(self.text("text.shortcomings_group", title=lower_first(title)), Kind.LABEL))
            lines = []
            for n in numbered:
                assert n.finding is not None and n.finding.status is not None
                own = strip_end_punctuation(self.own_note(n.finding))
                status_key = ("text.status_not_met" if n.finding.status is FindingStatus.NOT_MET
                              else "text.status_partly")
                key = "text.shortcoming_line" if own else "text.shortcoming_line_no_note"
                code = f" [{n.item.id}]" if self.draft else ""
                requirement = self.requirement(n.item)
                ref = self.ref(n.item)
                line = self.text(key, requirement=requirement, text=requirement, legal_ref=ref or "\0",
                                 status=self.w.get(status_key), finding=lower_first(own))
                # No basis citable on the date (an inspection outside the checklist's period): the
                # bracket that would name it is left out rather than printed empty.
                line = re.sub(r"\s*\([^()]*\0[^()]*\)", "", line).replace("\0", "")
                lines.append(line + code)
            out += _dash_lines(lines)
        return out

    def recommendations(self) -> list[Para]:
        w = self.w
        out = [Para(w.get("headings.recommendations"), Kind.HEADING)]
        unit = self.fields["inspected_unit"]
        groups: dict[str, list[str]] = {}
        for rec in self.r.recommendations:
            owner = expand_abbreviations(inline_text(rec.responsible_unit), w) or unit
            text = expand_abbreviations(strip_end_punctuation(inline_text(rec.text)), w)
            if not text:
                continue
            if rec.deadline is not None:
                text += f" ({self.text('text.recommendation_deadline', deadline=format_date_short(rec.deadline))})"
            groups.setdefault(owner, []).append(upper_first(text))
        order = sorted(groups, key=lambda owner: owner != unit)  # the inspected unit first
        k = 0
        for owner in order:
            k += 1
            out.append(Para(f"{k}. {self.text('text.recommendations_for', unit=owner)}", Kind.SUBHEADING))
            out += _dash_lines(groups[owner])
        requests = self.summary_text("host_requests")
        if requests:
            k += 1
            out.append(Para(f"{k}. {w.get('text.host_requests')}", Kind.SUBHEADING))
            out += [Para(line) for line in requests]
        if k == 0:
            out.append(Para(w.get("text.recommendations_none")))
        return out

    def host_opinion(self) -> list[Para]:
        out = [Para(self.w.get("headings.host_opinion"), Kind.HEADING)]
        lines = self.summary_lines(self.insp.host_opinion)
        if lines:
            out += [Para(line) for line in lines]
        else:
            out += [Para(self.w.get("document.blank_line"), Kind.BLANK)] * 3
        return out

    def closing(self) -> str:
        start, end = self.insp.started_at, self.insp.ended_at
        end_day = self.w.get("text.same_day")
        if end is not None and start is not None and local_time(start).date() != local_time(end).date():
            end_day = format_date_words(local_time(end).date())
        if end is not None and time_entered(end):
            end_moment = self.text("text.end_moment", end_time=format_clock_words(end), end_day=end_day)
        else:
            end_moment = end_day
        team_copies, host_copies = int(self.w.get("copies.team")), int(self.w.get("copies.host"))
        return self.text("text.closing", end_moment=end_moment, end_day=end_day,
                         end_time=format_clock_words(end) if end else self.w.get("text.unknown_time"),
                         copies=two_digits(team_copies + host_copies),
                         team_copies=two_digits(team_copies), host_copies=two_digits(host_copies))

    def check_copies(self, recipients: tuple[str, ...]) -> None:
        copies = int(self.w.get("copies.team")) + int(self.w.get("copies.host"))
        if recipients and copies != len(recipients):
            self.warnings.append(MinutesWarning("copies-mismatch", str(copies), str(len(recipients))))
            self.work_notes.append(self.text("work.copies_mismatch", copies=copies, n=len(recipients)))

    def signatures(self) -> tuple[Signature, ...]:
        w = self.w
        hosts = self.insp.host_participants
        host = hosts[0] if hosts else None
        host_title = w.get("signatures.host_title") or (inline_text(host.title).upper() if host else "")
        host_name = signer_name(host.name) if host else ""
        host_sig = Signature(w.get("signatures.host_heading"), host_title, host_name,
                             "" if host_name else w.get("signatures.host_hint"))
        head = self.insp.head_of_team
        head_name = signer_name(head.name) if head else ""
        team_sig = Signature(w.get("signatures.team_heading"), w.get("signatures.team_title"),
                             head_name, "" if head_name else w.get("signatures.hint"))
        sigs = [host_sig, team_sig]
        secretary = next((m for m in self.insp.team if m.role is TeamRole.SECRETARY), None)
        if w.get("signatures.show_secretary") and secretary is not None:
            name = signer_name(secretary.name)
            sigs.append(Signature(w.get("signatures.secretary_heading"), "", name,
                                  "" if name else w.get("signatures.hint")))
        return tuple(sigs)

    def recipients(self) -> tuple[str, ...]:
        lines = [expand_abbreviations(inline_text(fill(line, self.fields)), self.w).lstrip("-–").strip().rstrip(" .;")
                 for line in self.w.lines("recipients.lines")]
        lines = [line for line in lines if line]
        return tuple(f"- {line}{'.' if i == len(lines) - 1 else ';'}" for i, line in enumerate(lines))

    # ------------------------------------------------------------------ appendix
    def findings_table(self) -> Table:
        w = self.w
        rows: list[Row] = []
        for s_no, section in enumerate(self.t.sections, 1):
            items = [it for it in section.items
                     if (self.reportable(it) or (self.draft and it.id not in self.summary_set))
                     and (self.draft or self.official_item(it))]
            if not items:
                continue
            title = self.section_title(section)
            rows.append(Row((Cell(f"{s_no}. {title}", bold=True),), span=True))
            for item in items:
                rows.append(self.finding_row(item))
        return Table(tuple(w.get("appendix.columns")), (5, 30, 19, 9, 12, 25), tuple(rows))

    def finding_row(self, item: ChecklistItem) -> Row:
        w = self.w
        f = self.finding(item.id)
        kind = kind_of(item)
        if f is None or not f.answered:
            result, figures, notes = w.get("appendix.not_answered"), "", ""
        else:
            result = f.status.label_vi if f.status is not None and kind is ItemKind.LEGAL else ""
            if f.status is not None and kind is not ItemKind.LEGAL and self.draft:
                result = f.status.label_vi
            figures = (self.value_text(item, f) if item.response.type is ResponseType.NUMBER
                       else self.figures_text(f))
            parts = []
            if item.response.type is ResponseType.TEXT and isinstance(f.value, str):
                parts.append(expand_abbreviations(inline_text(f.value), w))
            if self.draft:
                parts.append(clean_text(f.note).strip())
            else:
                parts.append(self.own_note(f))
            notes = "\n".join(p for p in parts if p)
        number = self.numbers[item.id]
        ref = self.ref(item) if kind is ItemKind.LEGAL else ""
        if self.draft:
            number = f"{number}\n{item.id}"
            if kind is not ItemKind.LEGAL:
                ref = f"{ref}\n{w.get(f'work.kind_{kind.value}')}".strip()
            if not self.reportable(item):
                ref = f"{ref}\n{w.get('work.not_in_force')}".strip()
        return Row((
            Cell(number, center=True),
            Cell(self.requirement(item)),
            Cell(ref),
            Cell(result, center=True, bold=f is not None and f.status in _PROBLEMS and kind is ItemKind.LEGAL),
            Cell(figures),
            Cell(notes),
        ))

    def probe_evidence(self) -> list[Para]:
        """"Kết quả kiểm tra trực tuyến lúc … tại địa chỉ …: …" per item the probe informed:
        what it saw, never what it proposed."""
        out: list[Para] = []
        runs = {e.item_id: e for e in self.r.evidence
                if e.source is EvidenceSource.PROBE and e.item_id and e.media_type == "application/json"}
        for section in self.t.sections:
            for item in section.items:
                f = self.finding(item.id)
                if f is None or not self.official_item(item):
                    continue
                for block in split_note(f.note).probe:
                    text = self.probe_line(item, block, runs.get(item.id))
                    if text:
                        out.append(Para(text))
        return out

    def probe_line(self, item: ChecklistItem, block: ProbeObservation, run: Evidence | None) -> str:
        seen = [inline_text(o) for o in block.observations if inline_text(o)]
        if block.measured:
            seen.insert(0, self.text("appendix.probe_measured", value=inline_text(block.measured)))
        if not seen:
            return ""
        if run is not None and run.captured_at is not None and inline_text(run.url) == inline_text(block.url):
            when = format_moment_words(run.captured_at)
        else:
            when = _probe_time_words(block.when)
        return self.text("appendix.probe_line", time=when, url=inline_text(block.url),
                         requirement=lower_first(self.requirement(item)),
                         observations="; ".join(strip_end_punctuation(s) for s in seen))

    def evidence_table(self) -> tuple[Table | None, tuple[Para, ...]]:
        w = self.w
        if not self.r.evidence:
            return None, (Para(w.get("appendix.evidence_none")),)
        rows = []
        for n, ev in enumerate(self.r.evidence, 1):
            state = self.evidence_state.get(ev.id, EVIDENCE_UNCHECKED)
            rows.append(Row((
                Cell(str(n), center=True),
                Cell(self.evidence_name(ev)),
                Cell(self.evidence_caption(ev, state)),
                Cell(self.numbers.get(ev.item_id or "", ""), center=True),
                Cell(format_datetime_short(ev.captured_at) if ev.captured_at else "", center=True),
                Cell(clean_text(ev.sha256).strip(), mono=True),
            )))
            if state == EVIDENCE_MISSING:
                self.warnings.append(MinutesWarning("evidence-missing", ev.id, clean_text(ev.file_name)))
            elif state == EVIDENCE_ALTERED:
                self.warnings.append(MinutesWarning("evidence-altered", ev.id, clean_text(ev.file_name)))
        # The file column fits a phone's screenshot name ("ChupManHinh_2016-10-07_09-36-57.png") on one line.
        table = Table(tuple(w.get("appendix.evidence_columns")), (4, 29, 25, 7, 11, 24), tuple(rows))
        return table, ()

    def evidence_name(self, ev: Evidence) -> str:
        name = inline_text(ev.file_name)
        if ev.source is EvidenceSource.PROBE and ev.url:
            url = inline_text(ev.url)
            # The probe names its records after the item's code: the working copy only.
            return f"{url}\n({name})" if name and (self.draft or not ev.item_id or ev.item_id not in name) else url
        return name

    def evidence_caption(self, ev: Evidence, state: str) -> str:
        caption = expand_abbreviations(inline_text(ev.caption), self.w)
        if ev.source is EvidenceSource.PROBE and (not caption or not self.draft):
            caption = self.w.get("appendix.evidence_probe")
        if state == EVIDENCE_MISSING:
            caption = f"{caption} {self.w.get('appendix.evidence_missing')}".strip()
        elif state == EVIDENCE_ALTERED:
            caption = f"{caption} {self.w.get('appendix.evidence_altered')}".strip()
        return caption

    def seal_lines(self) -> tuple[Para, ...]:
        seal = self.r.latest_seal
        if seal is None or self.insp.status is not InspectionStatus.FINALIZED:
            return ()
        lines = [Para(self.text("appendix.seal", sha256=seal.sha256,
                                time=format_moment_words(seal.sealed_at),
                                by=inline_text(seal.sealed_by) or "……"), Kind.NOTE)]
        if seal_hash(self.r) != seal.sha256:
            lines.append(Para(self.w.get("appendix.seal_mismatch"), Kind.NOTE))
            self.warnings.append(MinutesWarning("seal-mismatch", str(seal.seq), seal.sha256))
        return tuple(lines)

    # ------------------------------------------------------------------ working copy
    def working_notes(self) -> list[str]:
        """What the team checks before signing (the working copy's last page)."""
        out = list(dict.fromkeys(self.work_notes))
        left_out = [it for it in self.t.items()
                    if it.id not in self.summary_set and not item_reportable(self.t, it, self.day)]
        for item in left_out:
            f = self.finding(item.id)
            status = f.status.label_vi if f is not None and f.status is not None else "—"
            out.append(self.text("work.left_out", number=self.numbers[item.id], code=item.id,
                                 requirement=self.requirement(item), status=status))
        for item in self.t.items():
            if kind_of(item) is ItemKind.PRACTICE and self.reportable(item):
                f = self.finding(item.id)
                if f is not None and f.answered:
                    out.append(self.text("work.practice", number=self.numbers[item.id], code=item.id,
                                         requirement=self.requirement(item),
                                         status=f.status.label_vi if f.status else "—"))
        if self.warnings:
            out += [self.text("work.warning", code=w.code, subject=w.subject, detail=w.detail)
                    for w in self.warnings]
        return out


def _short(citer: Citer, doc_id: str) -> str:
    from inspector.checklists.citation import short_title
    return short_title(citer.docs[doc_id])


_TITLE_REF = re.compile(
    r"\s*\((?=[^()]*(?:Điều|Chương|Nghị định|Thông tư|Luật|Quyết định|NĐ-CP|TT-))[^()]*\)\s*$")
_PROBE_WHEN = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})\s+(\d{1,2}):(\d{2})")


def _probe_time_words(when: str) -> str:
    """"04/12/2026 14:16" (as the probe wrote it) → "14 giờ 16 phút ngày 04/12/2026"."""
    m = _PROBE_WHEN.search(when)
    if not m:
        return inline_text(when)
    day, month, year, hour, minute = (int(g) for g in m.groups())
    try:
        return f"{hour} giờ {minute:02d} phút ngày {format_date_short(date(year, month, day))}"
    except ValueError:
        return inline_text(when)


def _basis_from_title(title: str) -> str:
    """"Danh mục kiểm tra việc thực hiện X tại địa phương" → "Kiểm tra việc thực hiện X"."""
    text = inline_text(title)
    low = text.casefold()
    if low.startswith("danh mục "):
        text = text[len("danh mục "):]
    for tail in (" tại địa phương", " tại các địa phương"):
        if text.casefold().endswith(tail):
            text = text[: -len(tail)]
    return upper_first(text)


def _dash_lines(lines: list[str]) -> list[Para]:
    """List lines as official texts write them: "- …;" and the last one "- … ."."""
    cleaned = [strip_end_punctuation(line) for line in lines]
    cleaned = [line for line in cleaned if line]
    return [Para(f"- {line}{'.' if i == len(cleaned) - 1 else ';'}", Kind.DASH)
            for i, line in enumerate(cleaned)]
