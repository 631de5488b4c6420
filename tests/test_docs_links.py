"""The documentation holds together: every relative link and image in docs/ points at a file that
exists (images are real PNG/SVG files), and the bundle ships what the manual shows.

The manual's index links to feature pages written on other branches (probe, minutes, sync,
office); a link to one of those may point nowhere only while that page does not exist yet. Every
page that exists is checked in full.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"
MANUAL = DOCS / "manual"
FEATURE_PAGES = {f"{name}.{lang}.md" for name in ("probe", "minutes", "sync", "office") for lang in ("vi", "en")}

# [text](target) and ![alt](target "title"); code spans are removed first.
_LINK = re.compile(r"(!?)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_CODE = re.compile(r"```.*?```|`[^`\n]*`", re.DOTALL)


def links(page: Path) -> list[tuple[bool, str]]:
    """(is image, target) of each link in a Markdown page, outside code."""
    text = _CODE.sub("", page.read_text(encoding="utf-8"))
    return [(bang == "!", target) for bang, target in _LINK.findall(text)]


def local_target(page: Path, target: str) -> Path | None:
    if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE) or target.startswith("#"):
        return None  # a web address, mailto:, or an anchor in the same page
    return (page.parent / target.split("#", 1)[0]).resolve()


def pages() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


def test_the_link_parser_finds_links_and_images(tmp_path):
    page = tmp_path / "p.md"
    page.write_text('See [a](a.md), ![pic](../x.png "t"), [web](https://example.org), `[not](code.md)`\n'
                    "```\n![nor](this.png)\n```\n[anchor](#top) [part](b.md#s)", encoding="utf-8")
    assert links(page) == [(False, "a.md"), (True, "../x.png"), (False, "https://example.org"),
                           (False, "#top"), (False, "b.md#s")]
    assert local_target(page, "https://example.org") is None and local_target(page, "#top") is None
    assert local_target(page, "b.md#s") == (tmp_path / "b.md").resolve()


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.relative_to(DOCS).as_posix())
def test_every_relative_link_and_image_resolves(page):
    broken = []
    for is_image, target in links(page):
        path = local_target(page, target)
        if path is None or path.exists():
            if is_image and path is not None:
                head = path.read_bytes()[:8]
                assert head.startswith(b"\x89PNG") or path.suffix == ".svg", f"{target}: not an image"
            continue
        if not is_image and path.parent == MANUAL.resolve() and path.name in FEATURE_PAGES:
            continue  # a feature page from another branch, not merged yet
        broken.append(target)
    assert not broken, f"{page.relative_to(REPO)}: broken links {broken}"


def test_the_index_links_both_languages_and_every_feature_page():
    targets = {t for _, t in links(MANUAL / "README.md")}
    assert {"getting-started.vi.md", "getting-started.en.md"} <= targets
    assert targets >= FEATURE_PAGES


def test_both_languages_show_the_same_pictures():
    vi = [t for image, t in links(MANUAL / "getting-started.vi.md") if image]
    en = [t for image, t in links(MANUAL / "getting-started.en.md") if image]
    # the English pages show the same screens taken with the English interface (name-en.png)
    assert [t.replace(".png", "-en.png") for t in vi] == en and len(vi) >= 9
    assert "../screenshots/08-chao-mung.png" in vi and "../screenshots/09-gioi-thieu.png" in vi


def test_the_bundle_ships_the_manual_and_every_picture_it_shows():
    sys.path.insert(0, str(REPO / "packaging"))
    try:
        import bundle_files
    finally:
        sys.path.remove(str(REPO / "packaging"))
    shipped = {Path(src).resolve(): dest for src, dest in bundle_files.docs_datas(REPO)}
    for page in MANUAL.glob("*.md"):
        assert shipped[page.resolve()] == "docs/manual"
        for is_image, target in links(page):
            path = local_target(page, target)
            if is_image and path is not None:
                # the same relative place inside the bundle: docs/<folder>/<name>
                assert shipped.get(path) == f"docs/{path.parent.name}", target
