"""Turn an inspection record into the words of the minutes (`MinutesContent`).

Mục III is a readable account per checklist section: how many items were checked and with what
result, what the team noted as done, the main figures and the information recorded — items met
without a note are not listed (they are in the appendix). Items "Không đạt" and "Đạt một phần"
with their notes make Mục IV. The answers to the "tổng hợp" items (strengths, shortcomings,
the unit's own requests) feed Mục IV–VI instead of Mục III.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime

from inspector.checklists.template import (
    ChecklistItem,
    ChecklistTemplate,
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
from inspector.minutes.formats import (
    as_statement,
    clean_text,
    format_clock_words,
    format_date_short,
    format_date_words,
    format_datetime_short,
    format_document_number,
    format_moment_words,
    format_number,
    format_percent,
    format_place_date,
    local_time,
    lower_first,
    place_name,
    strip_end_punctuation,
    two_digits,
    upper_first,
)
from inspector.minutes.wording import Wording, fill

# Evidence check results (see export.check_evidence).
EVIDENCE_OK, EVIDENCE_MISSING, EVIDENCE_ALTERED, EVIDENCE_UNCHECKED = (
    "ok", "missing", "altered", "unchecked")

_ROLE_ORDER = {TeamRole.HEAD: 0, TeamRole.DEPUTY_HEAD: 1, TeamRole.MEMBER: 2, TeamRole.SECRETARY: 3}
_PROBLEMS = (FindingStatus.NOT_MET, FindingStatus.PARTLY_MET)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class _Numbered:
    number: str  # "3.12"
    item: ChecklistItem
    finding: Finding | None


def build_content(record: InspectionRecord, template: ChecklistTemplate, wording: Wording,
                  evidence_state: Mapping[str, str] | None = None) -> MinutesContent:
    """The complete text of the minutes. `evidence_state` maps evidence id → ``ok``,
    ``missing``, ``altered`` (from checking the files); absent ids are not marked."""
    return _Builder(record, template, wording, evidence_state or {}).build()


class _Builder:
    def __init__(self, record: InspectionRecord, template: ChecklistTemplate, wording: Wording,
                 evidence_state: Mapping[str, str]):
        self.r, self.t, self.w = record, template, wording
        self.insp = record.inspection
        self.evidence_state = evidence_state
        self.warnings: list[MinutesWarning] = []
        summary = wording.get("summary_items")
        self.summary_ids = {k: v for k, v in summary.items() if v}
        self.summary_set = set(self.summary_ids.values())
        self.numbers: dict[str, str] = {}
        for s_no, section in enumerate(template.sections, 1):
            for i_no, item in enumerate(section.items, 1):
                self.numbers[item.id] = f"{s_no}.{i_no}"
        self.fields = self._common_fields()
        ref = self.insp.template
        if ref.content_hash and ref.content_hash != template.content_hash:
            # The record was made under another version of the checklist: items may differ.
            self.warnings.append(MinutesWarning("template-mismatch", f"{ref.id} {ref.version}",
                                                f"{template.id} {template.version}"))

    # ------------------------------------------------------------------ helpers
    def text(self, key: str, **fields: object) -> str:
        return self.w.text(key, **{**self.fields, **fields})

    def _common_fields(self) -> dict[str, str]:
        insp, w = self.insp, self.w
        basis_map = w.get("document.subject_basis")
        subject_basis = basis_map.get(self.t.id) or _basis_from_title(self.t.title)
        province = clean_text(insp.province.name)
        place = w.get("document.place") or place_name(province)
        day = self.signing_day()
        return {
            "inspected_unit": clean_text(insp.inspected_unit).strip() or "……",
            "province": province,
            "province_lower": lower_first(province),
            "place": place,
            "team_name": w.get("agency.team_name"),
            "ministry": w.get("agency.ministry"),
            "unit_abbreviation": w.get("agency.unit_abbreviation"),
            "subject_basis": subject_basis,
            "subject_basis_lower": lower_first(subject_basis),
            "date": format_date_words(day) if day else "ngày …… tháng …… năm ……",
        }

    def signing_day(self) -> date | None:
        moment = self.insp.ended_at or self.insp.started_at or self.insp.created_at
        return local_time(moment).date() if moment else None

    def finding(self, item_id: str) -> Finding | None:
        return self.r.findings.get(item_id)

    def ref(self, item: ChecklistItem) -> str:
        ref = clean_text(item.legal_ref).strip()
        if item.ref_confidence is not RefConfidence.HIGH:
            ref = f"{ref} {self.w.get('appendix.ref_mark')}"
        return ref

    def value_text(self, item: ChecklistItem, finding: Finding) -> str:
        """The main value with its unit and the extra figures: "1.799 dịch vụ (mức độ 1: 1.201…)"."""
        parts = []
        value = finding.value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            unit = clean_text(item.response.unit).strip()
            parts.append(f"{format_number(value)} {unit}".strip())
        elif isinstance(value, str) and value.strip():
            parts.append(clean_text(value).strip())
        extra = self.figures_text(finding)
        if extra:
            parts.append(f"({extra})" if parts else extra)
        return " ".join(parts)

    def figures_text(self, finding: Finding) -> str:
        labels = self.w.get("figure_labels")
        out = []
        for key, number in finding.figures.items():
            label = labels.get(key) or clean_text(key).replace("_", " ")
            out.append(f"{label}: {format_number(number)}")
        return "; ".join(out)

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
        body += self.shortcomings()
        body += self.conclusion()
        body += self.recommendations()
        body += self.host_opinion()
        body.append(Para(self.closing()))
        findings_table, findings_notes = self.findings_table()
        evidence_table, evidence_notes = self.evidence_table()
        parent = clean_text(w.get("agency.parent")).strip()
        issuing = clean_text(w.get("agency.issuing_unit")).strip()
        subject = self.text("document.subject")
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
            recipients=self.recipients() if w.get("document.show_recipients") else (),
            appendix_heading=w.get("appendix.heading"),
            appendix_title=w.get("appendix.title"),
            appendix_subtitle=self.text("appendix.subtitle"),
            appendix_intro=(Para(self.text("appendix.template_line", title=clean_text(self.t.title),
                                           version=self.t.version, hash=self.t.content_hash[:12]),
                                 Kind.NOTE),),
            findings_table=findings_table,
            findings_notes=findings_notes,
            evidence_title=w.get("appendix.evidence_title"),
            evidence_table=evidence_table,
            evidence_notes=evidence_notes,
            seal_lines=self.seal_lines(),
            title_for_properties=f"{w.get('document.type_name').title()} – {subject}",
            author_for_properties=issuing.replace("\n", " "),
            warnings=tuple(self.warnings),
        )

    def basis(self) -> list[Para]:
        out = []
        prefix = self.w.get("text.basis_prefix")
        for line in clean_text(self.insp.basis).split("\n"):
            line = line.strip()
            if not line:
                continue
            if not line.casefold().startswith(prefix.casefold()):
                line = f"{prefix} {line}"
            out.append(Para(line.rstrip(" .;,") + ";"))
        if self.insp.plan_number.strip():
            out.append(Para(self.text("text.basis_plan", plan_number=clean_text(self.insp.plan_number).strip())))
        if not out:
            out.append(Para(self.text("text.basis_missing")))
        start = self.insp.started_at
        place = clean_text(self.insp.place).strip() or self.fields["inspected_unit"]
        out.append(Para(self.text(
            "text.opening",
            start_time=format_clock_words(start) if start else self.w.get("text.unknown_time"),
            start_date=format_date_words(local_time(start).date()) if start else "ngày …… tháng …… năm ……",
            place_of_work=place,
        )))
        return out

    def composition(self) -> list[Para]:
        w = self.w
        out = [Para(w.get("headings.composition"), Kind.HEADING), Para(w.get("headings.team"), Kind.SUBHEADING)]
        team = sorted(self.insp.team, key=lambda m: _ROLE_ORDER.get(m.role, 9))
        lines = [self.text("text.team_member", name_position=_name_position(m.name, m.title, m.unit),
                           role=m.role.label_vi) for m in team]
        out += _dash_lines(lines) if lines else [Para(w.get("text.nobody"))]
        out.append(Para(w.get("headings.host"), Kind.SUBHEADING))
        hosts = [self.text("text.host_member", name_position=_name_position(p.name, p.title, p.unit))
                 for p in self.insp.host_participants]
        out += _dash_lines(hosts) if hosts else [Para(w.get("text.nobody"))]
        return out

    def result_sections(self) -> list[tuple[int, Section]]:
        """Sections shown in Mục II–III: those with an answer, leaving out the summary section."""
        shown = []
        for number, section in enumerate(self.t.sections, 1):
            items = [it for it in section.items if it.id not in self.summary_set]
            if not items:
                continue
            if any((f := self.finding(it.id)) is not None and f.answered for it in items):
                shown.append((number, section))
        return shown

    def scope(self) -> list[Para]:
        out = [Para(self.w.get("headings.scope"), Kind.HEADING)]
        sections = self.result_sections() or [
            (n, s) for n, s in enumerate(self.t.sections, 1)
            if any(it.id not in self.summary_set for it in s.items)
        ]
        out.append(Para(self.text("text.scope_intro", count=len(sections))))
        out += _dash_lines([f"{clean_text(s.title)}" for _, s in sections])
        return out

    def results(self) -> list[Para]:
        w = self.w
        out = [Para(w.get("headings.results"), Kind.HEADING)]
        probes = sorted((e for e in self.r.evidence if e.source is EvidenceSource.PROBE and e.url),
                        key=lambda e: (e.captured_at is None, e.captured_at or _EPOCH))
        if probes:
            first = probes[0]
            when = format_moment_words(first.captured_at) if first.captured_at else "……"
            out.append(Para(self.text("text.probe_line", url=clean_text(first.url), time=when)))
        sections = self.result_sections()
        if not sections:
            out.append(Para(w.get("text.results_empty")))
            return out
        for k, (_, section) in enumerate(sections, 1):
            out.append(Para(f"{k}. {clean_text(section.title)}", Kind.SUBHEADING))
            out += self.section_result(section)
        return out

    def section_result(self, section: Section) -> list[Para]:
        counts = dict.fromkeys(FindingStatus, 0)
        assessable = unanswered = 0
        good, figures, info = [], [], []
        for item in section.items:
            if item.id in self.summary_set:
                continue
            f = self.finding(item.id)
            if item.response.type is ResponseType.STATUS or (f is not None and f.status is not None):
                assessable += 1
                if f is None or f.status is None:
                    unanswered += 1
                else:
                    counts[f.status] += 1
            if f is None:
                continue
            if item.response.type is ResponseType.NUMBER and f.value not in (None, ""):
                line = f"{as_statement(item.text)}: {self.value_text(item, f)}"
                if f.note.strip():
                    line += f" ({lower_first(strip_end_punctuation(f.note))})"
                figures.append(line)
            elif item.response.type is ResponseType.TEXT and (f.value not in (None, "") or f.note.strip()):
                value = self.value_text(item, f) or strip_end_punctuation(f.note)
                info.append(f"{as_statement(item.text)}: {strip_end_punctuation(value)}")
            elif f.status is FindingStatus.MET and f.note.strip():
                good.append(upper_first(strip_end_punctuation(f.note)))
        out: list[Para] = []
        checked = assessable - unanswered
        if checked:
            parts = [self.text(key, n=counts[status]) for key, status in (
                ("text.count_met", FindingStatus.MET),
                ("text.count_partly", FindingStatus.PARTLY_MET),
                ("text.count_not_met", FindingStatus.NOT_MET),
                ("text.count_not_applicable", FindingStatus.NOT_APPLICABLE),
            ) if counts[status]]
            out.append(Para(self.text("text.section_counts", checked=checked, total=assessable,
                                      breakdown=", ".join(parts))))
        if good:
            out.append(Para(self.w.get("text.section_good"), Kind.LABEL))
            out += _dash_lines(good)
        if info:
            out.append(Para(self.w.get("text.section_info"), Kind.LABEL))
            out += _dash_lines(info)
        if figures:
            out.append(Para(self.w.get("text.section_figures"), Kind.LABEL))
            out += _dash_lines(figures)
        problems = counts[FindingStatus.NOT_MET] + counts[FindingStatus.PARTLY_MET]
        if problems:
            out.append(Para(self.text("text.section_refer", n=problems)))
        if unanswered:
            out.append(Para(self.text("text.section_unanswered", n=unanswered)))
        return out

    def problem_items(self) -> list[tuple[Section, list[_Numbered]]]:
        out = []
        for section in self.t.sections:
            found = []
            for item in section.items:
                f = self.finding(item.id)
                if f is not None and f.status in _PROBLEMS and item.id not in self.summary_set:
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
        if f.note.strip():
            parts.append(f.note)
        lines = clean_text("\n".join(parts)).split("\n")
        return [line.strip() for line in lines if line.strip()]

    def shortcomings(self) -> list[Para]:
        w = self.w
        out = [Para(w.get("headings.shortcomings"), Kind.HEADING)]
        out += [Para(line) for line in self.summary_text("shortcomings")]
        groups = self.problem_items()
        if not groups:
            out.append(Para(w.get("text.shortcomings_none")))
            return out
        not_met = sum(1 for _, g in groups for n in g if n.finding and n.finding.status is FindingStatus.NOT_MET)
        partly = sum(len(g) for _, g in groups) - not_met
        out.append(Para(self.text("text.shortcomings_intro", not_met=not_met, partly=partly)))
        marked = False
        for k, (section, numbered) in enumerate(groups, 1):
            out.append(Para(f"{k}. {clean_text(section.title)}", Kind.LABEL))
            lines = []
            for n in numbered:
                assert n.finding is not None and n.finding.status is not None
                note = strip_end_punctuation(n.finding.note)
                text = upper_first(note) if note else as_statement(n.item.text)
                marked = marked or n.item.ref_confidence is not RefConfidence.HIGH
                lines.append(self.text("text.shortcoming_line", text=text,
                                       status=lower_first(n.finding.status.label_vi),
                                       legal_ref=self.ref(n.item)))
            out += _dash_lines(lines)
        if marked:
            out.append(Para(w.get("appendix.ref_note"), Kind.NOTE))
        return out

    def conclusion(self) -> list[Para]:
        w = self.w
        out = [Para(w.get("headings.conclusion"), Kind.HEADING), Para(w.get("headings.strengths"), Kind.SUBHEADING)]
        strengths = self.summary_text("strengths")
        out += [Para(line) for line in strengths] or [Para(self.text("text.strengths_auto"))]
        out.append(Para(w.get("headings.overall"), Kind.SUBHEADING))
        conclusion = [Para(line.strip()) for line in clean_text(self.insp.conclusion).split("\n")
                      if line.strip()]
        out += conclusion
        # Only items of this template count (a record may carry findings of removed items).
        counts = dict.fromkeys(FindingStatus, 0)
        for item in self.t.items():
            f = self.finding(item.id)
            if f is not None and f.status is not None and item.id not in self.summary_set:
                counts[f.status] += 1
        checked = sum(counts.values())
        scored = [s.score for s, n in counts.items() for _ in range(n) if s.score is not None]
        if checked:
            rate = format_percent(sum(scored) / len(scored)) if scored else "—"
            out.append(Para(self.text(
                "text.overall_rate", checked=checked, met=counts[FindingStatus.MET],
                partly=counts[FindingStatus.PARTLY_MET], not_met=counts[FindingStatus.NOT_MET],
                not_applicable=counts[FindingStatus.NOT_APPLICABLE], rate=rate)))
        elif not conclusion:
            out.append(Para(w.get("text.results_empty")))
        return out

    def recommendations(self) -> list[Para]:
        w = self.w
        out = [Para(w.get("headings.recommendations"), Kind.HEADING)]
        unit = self.fields["inspected_unit"]
        groups: dict[str, list[str]] = {}
        for rec in self.r.recommendations:
            owner = clean_text(rec.responsible_unit).strip() or unit
            text = strip_end_punctuation(rec.text)
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
        lines = [line.strip() for line in clean_text(self.insp.host_opinion).split("\n") if line.strip()]
        if lines:
            out += [Para(line) for line in lines]
        else:
            out += [Para(self.w.get("document.blank_line"), Kind.BLANK)] * 3
        return out

    def closing(self) -> str:
        start, end = self.insp.started_at, self.insp.ended_at
        if end is None:
            end_time, end_day = self.w.get("text.unknown_time"), self.w.get("text.same_day")
        else:
            end_time = format_clock_words(end)
            same = start is not None and local_time(start).date() == local_time(end).date()
            end_day = self.w.get("text.same_day") if same else format_date_words(local_time(end).date())
        team_copies, host_copies = int(self.w.get("copies.team")), int(self.w.get("copies.host"))
        return self.text("text.closing", end_time=end_time, end_day=end_day,
                         copies=two_digits(team_copies + host_copies),
                         team_copies=two_digits(team_copies), host_copies=two_digits(host_copies))

    def signatures(self) -> tuple[Signature, ...]:
        w = self.w
        hosts = self.insp.host_participants
        host = hosts[0] if hosts else None
        host_title = w.get("signatures.host_title") or (clean_text(host.title).upper() if host else "")
        host_sig = Signature(w.get("signatures.host_heading"), host_title,
                             clean_text(host.name).strip() if host else "",
                             "" if host and host.name.strip() else w.get("signatures.host_hint"))
        head = self.insp.head_of_team
        team_sig = Signature(w.get("signatures.team_heading"), w.get("signatures.team_title"),
                             clean_text(head.name).strip() if head else "",
                             "" if head and head.name.strip() else w.get("signatures.hint"))
        sigs = [host_sig, team_sig]
        secretary = next((m for m in self.insp.team if m.role is TeamRole.SECRETARY), None)
        if w.get("signatures.show_secretary") and secretary is not None:
            sigs.append(Signature(w.get("signatures.secretary_heading"), "",
                                  clean_text(secretary.name).strip(),
                                  "" if secretary.name.strip() else w.get("signatures.hint")))
        return tuple(sigs)

    def recipients(self) -> tuple[str, ...]:
        lines = [fill(line, self.fields).strip().lstrip("-–").strip().rstrip(" .;")
                 for line in self.w.lines("recipients.lines")]
        lines = [line for line in lines if line]
        return tuple(f"- {line}{'.' if i == len(lines) - 1 else ';'}" for i, line in enumerate(lines))

    # ------------------------------------------------------------------ appendix
    def findings_table(self) -> tuple[Table, tuple[Para, ...]]:
        w = self.w
        rows: list[Row] = []
        marked = False
        for s_no, section in enumerate(self.t.sections, 1):
            rows.append(Row((Cell(f"{s_no}. {clean_text(section.title)}", bold=True),), span=True))
            for item in section.items:
                f = self.finding(item.id)
                if item.ref_confidence is not RefConfidence.HIGH:
                    marked = True
                if f is None or not f.answered:
                    result, figures, notes = w.get("appendix.not_answered"), "", ""
                else:
                    result = f.status.label_vi if f.status is not None else "—"
                    figures = self.value_text(item, f) if item.response.type is ResponseType.NUMBER else self.figures_text(f)
                    notes_parts = []
                    if item.response.type is ResponseType.TEXT and isinstance(f.value, str):
                        notes_parts.append(clean_text(f.value).strip())
                    if f.note.strip():
                        notes_parts.append(clean_text(f.note).strip())
                    notes = "\n".join(p for p in notes_parts if p)
                rows.append(Row((
                    Cell(self.numbers[item.id], center=True),
                    Cell(clean_text(item.text)),
                    Cell(self.ref(item)),
                    Cell(result, center=True, bold=f is not None and f.status in _PROBLEMS),
                    Cell(figures),
                    Cell(notes),
                )))
        table = Table(tuple(w.get("appendix.columns")), (5, 30, 19, 9, 12, 25), tuple(rows))
        notes = (Para(w.get("appendix.ref_note"), Kind.NOTE),) if marked else ()
        return table, notes

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
        table = Table(tuple(w.get("appendix.evidence_columns")), (4, 23, 27, 7, 12, 27), tuple(rows))
        return table, ()

    def evidence_name(self, ev: Evidence) -> str:
        name = clean_text(ev.file_name).strip()
        if ev.source is EvidenceSource.PROBE and ev.url:
            url = clean_text(ev.url).strip()
            return f"{url}\n({name})" if name else url
        return name

    def evidence_caption(self, ev: Evidence, state: str) -> str:
        caption = clean_text(ev.caption).strip()
        if not caption and ev.source is EvidenceSource.PROBE:
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
                                by=clean_text(seal.sealed_by) or "……"), Kind.NOTE)]
        if seal_hash(self.r) != seal.sha256:
            lines.append(Para(self.w.get("appendix.seal_mismatch"), Kind.NOTE))
            self.warnings.append(MinutesWarning("seal-mismatch", str(seal.seq), seal.sha256))
        return tuple(lines)


def _basis_from_title(title: str) -> str:
    """"Danh mục kiểm tra việc thực hiện X tại địa phương" → "Kiểm tra việc thực hiện X"."""
    text = clean_text(title).strip()
    low = text.casefold()
    if low.startswith("danh mục "):
        text = text[len("danh mục "):]
    for tail in (" tại địa phương", " tại các địa phương"):
        if text.casefold().endswith(tail):
            text = text[: -len(tail)]
    return upper_first(text)


def _name_position(name: str, title: str, unit: str) -> str:
    parts = [clean_text(p).strip() for p in (name, title, unit)]
    head = parts[0] or "……"
    rest = ", ".join(p for p in parts[1:] if p)
    return f"{head}, {rest}" if rest else head


def _dash_lines(lines: list[str]) -> list[Para]:
    """List lines as official texts write them: "- …;" and the last one "- … ."."""
    cleaned = [strip_end_punctuation(line) for line in lines]
    cleaned = [line for line in cleaned if line]
    return [Para(f"- {line}{'.' if i == len(cleaned) - 1 else ';'}", Kind.DASH)
            for i, line in enumerate(cleaned)]
