"""A finding's note split into the inspector's own words and the live probe's observations.

When the inspector accepts what the probe saw, `inspector.probe.changes` appends a block to the
note: a head line "[Kiểm tra tự động 04/12/2026 14:16, http://…] Đề xuất: Không đạt — …." and
one "- …" line per check. That block is evidence, not the team's finding: the official minutes
print the inspector's words only, and the probe's observations (without its "Đề xuất") in the
appendix as "Kết quả kiểm tra trực tuyến lúc … tại địa chỉ …: …".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "[Kiểm tra tự động 04/12/2026 14:16, http://x] rest" (and the English form the probe may store).
_HEAD = re.compile(
    r"^\s*\[(?:Kiểm tra tự động|Automatic check)\s+(?P<when>[^,\]]*?)\s*,\s*(?P<url>[^\]]*?)\s*\]\s*(?P<rest>.*)$")
_PROPOSAL = re.compile(r"^(?:Đề xuất|Proposed|Chưa đề xuất|No proposal|Giá trị đo được|Measured value)\b",
                       re.IGNORECASE)


@dataclass(frozen=True)
class ProbeObservation:
    """One probe block of a note: when ("14:16 04/12/2026" as the probe wrote it), where, and
    what it saw (the check lines, without the machine's proposal)."""

    when: str
    url: str
    observations: tuple[str, ...]
    measured: str = ""


@dataclass(frozen=True)
class SplitNote:
    own: str  # the inspector's words, probe blocks removed
    probe: tuple[ProbeObservation, ...]


def split_note(note: str) -> SplitNote:
    """Separate the probe's blocks from the inspector's words in `note`."""
    own: list[str] = []
    blocks: list[ProbeObservation] = []
    current: dict | None = None

    def close() -> None:
        nonlocal current
        if current is not None:
            blocks.append(ProbeObservation(current["when"], current["url"], tuple(current["obs"]),
                                           current["measured"]))
            current = None

    for line in (note or "").split("\n"):
        head = _HEAD.match(line)
        if head:
            close()
            rest = head.group("rest").strip().rstrip(".")
            measured = ""
            if rest.lower().startswith(("giá trị đo được", "measured value")):
                measured = rest.split(":", 1)[1].strip() if ":" in rest else ""
            current = {"when": head.group("when").strip(), "url": head.group("url").strip(),
                       "obs": [], "measured": measured}
            continue
        if current is not None:
            stripped = line.strip()
            if stripped.startswith("-"):
                text = stripped.lstrip("-– ").strip()
                if text and not _PROPOSAL.match(text):
                    current["obs"].append(text)
                continue
            if not stripped:
                close()
                continue
            close()
        own.append(line)
    close()
    text = "\n".join(own).strip()
    text = re.sub(r"\n{3,}", "\n\n", text)
    return SplitNote(text, tuple(blocks))
