"""Alt-key letters: within each menu (and the menu bar), no two entries share their underlined
letter, in Vietnamese and in English; otherwise Alt+letter only cycles between them."""

from __future__ import annotations

import re

from ui.i18n import current_language


def _letters(texts: list[str]) -> list[str]:
    out = []
    for text in texts:
        found = re.search(r"&([^&])", text.replace("&&", ""))
        if found:
            out.append(found.group(1).lower())
    return out


def _clashes(texts: list[str]) -> list[str]:
    letters = _letters(texts)
    return sorted({f"{letter}: " + ", ".join(t for t in texts if re.search(r"&" + re.escape(letter), t, re.I))
                   for letter in letters if letters.count(letter) > 1})


def test_no_two_entries_of_a_menu_share_their_letter_in_either_language(qtbot, make_window):
    window = make_window()
    found = []
    for _ in range(2):
        bar = [a.text() for a in window.menuBar().actions()]
        found += [(current_language(), "menu bar", c) for c in _clashes(bar)]
        for menu_id, menu in window.registry.menus.items():
            texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]
            found += [(current_language(), menu_id, c) for c in _clashes(texts)]
        window.toggle_language()
        qtbot.wait(50)  # the menus are retranslated on the language-change event
    assert not found, "\n".join(map(str, found))
