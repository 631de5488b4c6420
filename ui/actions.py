"""One registry of the application's actions: text, shortcut, menu, toolbar, when enabled.

Adding a feature is one `register_action(ActionSpec(...))` call made before the main window is
built (e.g. the "Export minutes" and "Sync" actions, from their own modules), with a handler that
receives the main window. Nothing is shown for features that do not exist yet.

Texts are English source strings translated in the "Actions" / "Menus" contexts; they are
wrapped in QT_TRANSLATE_NOOP so lupdate finds them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QToolBar, QWidget

from ui.i18n import translate

# States the main window reports; an action is enabled when all it `requires` are present.
LIST = "list"  # the inspection list is shown
INSPECTION = "inspection"  # an inspection is open
DRAFT = "draft"  # … and it can be edited
FINALIZED = "finalized"  # … and it is sealed
CHECKLIST = "checklist"  # … and its checklist tab is in front
CAN_UNDO = "can-undo"
CAN_REDO = "can-redo"

# A shortcut is a key sequence ("Ctrl+G", "F8") or "std:Name", a QKeySequence.StandardKey (the
# platform's own keys for New, Undo, Quit…). Kept as text so that building the menus for the first
# frame does not pay for Qt's key and style tables; `ActionRegistry.finish` resolves them.
Shortcut = str


@dataclass(frozen=True)
class MenuSpec:
    id: str
    text: str
    order: int


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str  # English source text (QT_TRANSLATE_NOOP("Actions", ...))
    menu: str = ""
    handler: Callable[[Any], None] | None = None  # called with the main window
    shortcuts: tuple[Shortcut, ...] = ()
    tip: str = ""  # English source text, "Actions" context
    toolbar: bool = False
    icon: str = ""  # name of a QStyle.StandardPixmap
    requires: frozenset[str] = field(default_factory=frozenset)
    order: int = 100
    separator_before: bool = False


MENUS: dict[str, MenuSpec] = {}
_SPECS: dict[str, ActionSpec] = {}


def register_menu(spec: MenuSpec) -> None:
    MENUS[spec.id] = spec


def register_action(spec: ActionSpec) -> None:
    """Add (or replace, by id) an action; call before the main window is created."""
    if spec.menu and spec.menu not in MENUS:
        raise KeyError(f"unknown menu {spec.menu!r} for action {spec.id!r}")
    _SPECS[spec.id] = spec


def action_specs() -> list[ActionSpec]:
    return sorted(_SPECS.values(), key=lambda s: (MENUS[s.menu].order if s.menu else 99, s.order, s.id))


class ActionRegistry(QObject):
    """The QActions of one main window, built from the registered specs."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        self.specs: dict[str, ActionSpec] = {}
        self.menus: dict[str, QMenu] = {}
        self.finished = False
        for spec in action_specs():
            action = QAction(window)
            action.setObjectName(spec.id)
            if spec.handler is not None:
                handler = spec.handler
                action.triggered.connect(lambda _checked=False, h=handler: h(self.window))
            window.addAction(action)  # shortcuts work even for actions in no visible menu
            self.actions[spec.id] = action
            self.specs[spec.id] = spec
        self.retranslate()

    def finish(self) -> None:
        """Shortcuts and icons: right after the first frame (see `Shortcut`)."""
        from PySide6.QtWidgets import QStyle

        style = QApplication.style()
        for action_id, spec in self.specs.items():
            action = self.actions[action_id]
            keys: list[QKeySequence] = []
            for shortcut in spec.shortcuts:
                key = _key_sequence(shortcut)
                if not key.isEmpty() and key not in keys:  # "std:Quit" is Ctrl+Q on some systems
                    keys.append(key)
            if keys:
                action.setShortcuts(keys)
            if spec.icon:
                action.setIcon(style.standardIcon(getattr(QStyle.StandardPixmap, spec.icon)))
        self.finished = True
        self.retranslate()

    def __getitem__(self, action_id: str) -> QAction:
        return self.actions[action_id]

    def build_menus(self, bar: QMenuBar) -> None:
        for menu_spec in sorted(MENUS.values(), key=lambda m: m.order):
            specs = [s for s in self.specs.values() if s.menu == menu_spec.id]
            if not specs:
                continue
            menu = bar.addMenu("")
            menu.setObjectName(f"menu-{menu_spec.id}")
            self.menus[menu_spec.id] = menu
            for spec in sorted(specs, key=lambda s: (s.order, s.id)):
                if spec.separator_before and menu.actions():
                    menu.addSeparator()
                menu.addAction(self.actions[spec.id])
        self.retranslate()

    def build_toolbar(self, toolbar: QToolBar) -> None:
        last_menu = None
        for spec in action_specs():
            if spec.toolbar:
                if last_menu is not None and spec.menu != last_menu:
                    toolbar.addSeparator()
                toolbar.addAction(self.actions[spec.id])
                last_menu = spec.menu

    def update_state(self, state: set[str]) -> None:
        for action_id, spec in self.specs.items():
            self.actions[action_id].setEnabled(spec.requires <= state)

    def retranslate(self) -> None:
        for action_id, spec in self.specs.items():
            action = self.actions[action_id]
            action.setText(translate("Actions", spec.text))
            tip = translate("Actions", spec.tip) if spec.tip else action.text().replace("&", "")
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) if self.finished else ""
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            action.setStatusTip(tip)
        for menu_id, menu in self.menus.items():
            menu.setTitle(translate("Menus", MENUS[menu_id].text))


def _key_sequence(shortcut: Shortcut) -> QKeySequence:
    if shortcut.startswith("std:"):
        return QKeySequence(getattr(QKeySequence.StandardKey, shortcut[4:]))
    return QKeySequence(shortcut)


# --------------------------------------------------------------- built-ins
def _register_builtins() -> None:
    for spec in (
        MenuSpec("file", QT_TRANSLATE_NOOP("Menus", "&File"), 10),
        MenuSpec("edit", QT_TRANSLATE_NOOP("Menus", "&Edit"), 20),
        MenuSpec("go", QT_TRANSLATE_NOOP("Menus", "&Go"), 30),
        MenuSpec("inspection", QT_TRANSLATE_NOOP("Menus", "&Inspection"), 40),
        MenuSpec("tools", QT_TRANSLATE_NOOP("Menus", "&Tools"), 50),
        MenuSpec("help", QT_TRANSLATE_NOOP("Menus", "&Help"), 90),
    ):
        register_menu(spec)
    ck = frozenset({INSPECTION, DRAFT, CHECKLIST})
    nav = frozenset({INSPECTION, CHECKLIST})
    specs = [
        ActionSpec("file.new", QT_TRANSLATE_NOOP("Actions", "&New inspection…"), "file",
                   lambda w: w.new_inspection(), ("std:New",),
                   QT_TRANSLATE_NOOP("Actions", "Start a new inspection"), True, "SP_FileIcon", order=10),
        ActionSpec("file.list", QT_TRANSLATE_NOOP("Actions", "&Inspection list"), "file",
                   lambda w: w.show_list(), ("Ctrl+L",),
                   QT_TRANSLATE_NOOP("Actions", "Back to the list of inspections"), True, "SP_FileDialogListView",
                   order=20),
        ActionSpec("file.demo", QT_TRANSLATE_NOOP("Actions", "Open the &sample inspection"), "file",
                   lambda w: w.open_demo(), (),
                   QT_TRANSLATE_NOOP("Actions", "Open a sample inspection to see how Inspector works"),
                   order=30),
        ActionSpec("file.my_data", QT_TRANSLATE_NOOP("Actions", "Back to &my data"), "file",
                   lambda w: w.leave_demo(), (), order=31),
        ActionSpec("file.quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "file",
                   lambda w: w.close(), ("std:Quit", "Ctrl+Q"), order=90, separator_before=True),
        ActionSpec("edit.undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), "edit",
                   lambda w: w.undo(), ("std:Undo",), requires=frozenset({INSPECTION, CAN_UNDO}),
                   icon="SP_ArrowBack", order=10),
        ActionSpec("edit.redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), "edit",
                   lambda w: w.redo(), ("Ctrl+Y", "std:Redo"), requires=frozenset({INSPECTION, CAN_REDO}),
                   icon="SP_ArrowForward", order=20),
        ActionSpec("edit.settings", QT_TRANSLATE_NOOP("Actions", "&Settings…"), "edit",
                   lambda w: w.open_settings(), ("Ctrl+,",), order=90, separator_before=True),
        ActionSpec("go.next", QT_TRANSLATE_NOOP("Actions", "&Next item"), "go",
                   lambda w: w.workspace.go_next(), ("Alt+Down",), requires=nav, order=10),
        ActionSpec("go.previous", QT_TRANSLATE_NOOP("Actions", "&Previous item"), "go",
                   lambda w: w.workspace.go_previous(), ("Alt+Up",), requires=nav, order=20),
        ActionSpec("go.unanswered", QT_TRANSLATE_NOOP("Actions", "Next &unanswered item"), "go",
                   lambda w: w.workspace.go_next_unanswered(), ("F8",),
                   QT_TRANSLATE_NOOP("Actions", "Jump to the next item without an answer"), True,
                   "SP_MediaSkipForward", requires=nav, order=30),
        ActionSpec("go.section", QT_TRANSLATE_NOOP("Actions", "&Go to section…"), "go",
                   lambda w: w.workspace.choose_section(), ("Ctrl+G",), requires=nav, order=40),
        ActionSpec("go.tree", QT_TRANSLATE_NOOP("Actions", "Checklist &tree"), "go",
                   lambda w: w.workspace.focus_tree(), ("F6",), requires=nav, order=50,
                   separator_before=True),
        ActionSpec("go.next_tab", QT_TRANSLATE_NOOP("Actions", "Ne&xt tab"), "go",
                   lambda w: w.workspace.switch_tab(1), ("Ctrl+Tab", "Ctrl+PgDown"), requires=frozenset({INSPECTION}),
                   order=70,
                   separator_before=True),
        ActionSpec("go.previous_tab", QT_TRANSLATE_NOOP("Actions", "Previous t&ab"), "go",
                   lambda w: w.workspace.switch_tab(-1), ("Ctrl+Shift+Tab", "Ctrl+PgUp"),
                   requires=frozenset({INSPECTION}), order=80),
        ActionSpec("go.note", QT_TRANSLATE_NOOP("Actions", "N&ote of this item"), "go",
                   lambda w: w.workspace.focus_note(), ("F2",), requires=nav, order=60),
        ActionSpec("go.value", QT_TRANSLATE_NOOP("Actions", "&Value of this item"), "go",
                   lambda w: w.workspace.focus_value(), ("F3",),
                   QT_TRANSLATE_NOOP("Actions", "Type the number or text this item asks for (Enter in the list too)"),
                   requires=nav, order=55),
        ActionSpec("finding.met", QT_TRANSLATE_NOOP("Actions", "Mark as Met"), "inspection",
                   lambda w: w.workspace.set_status_key(1), ("1",), requires=ck, order=10),
        ActionSpec("finding.partly", QT_TRANSLATE_NOOP("Actions", "Mark as Partly met"), "inspection",
                   lambda w: w.workspace.set_status_key(2), ("2",), requires=ck, order=11),
        ActionSpec("finding.not_met", QT_TRANSLATE_NOOP("Actions", "Mark as Not met"), "inspection",
                   lambda w: w.workspace.set_status_key(3), ("3",), requires=ck, order=12),
        ActionSpec("finding.na", QT_TRANSLATE_NOOP("Actions", "Mark as Not applicable"), "inspection",
                   lambda w: w.workspace.set_status_key(4), ("4",), requires=ck, order=13),
        ActionSpec("finding.clear", QT_TRANSLATE_NOOP("Actions", "Clear the status"), "inspection",
                   lambda w: w.workspace.set_status_key(0), ("0",), requires=ck, order=14),
        ActionSpec("evidence.add", QT_TRANSLATE_NOOP("Actions", "Attach &evidence file…"), "inspection",
                   lambda w: w.workspace.add_evidence_dialog(), ("Ctrl+E",),
                   QT_TRANSLATE_NOOP("Actions", "Attach a photo, scan or document to this item"),
                   requires=ck, order=20, separator_before=True),
        ActionSpec("evidence.paste", QT_TRANSLATE_NOOP("Actions", "Paste &image as evidence"), "inspection",
                   lambda w: w.workspace.paste_evidence(), ("Ctrl+Shift+V",), requires=ck, order=21),
        ActionSpec("inspection.recommend", QT_TRANSLATE_NOOP("Actions", "Make a &recommendation…"), "inspection",
                   lambda w: w.workspace.recommend_for_current_item(), ("Ctrl+R",),
                   QT_TRANSLATE_NOOP("Actions", "A recommendation (kiến nghị) for the item on screen, linked to it"),
                   requires=ck, order=30),
        ActionSpec("inspection.finalize", QT_TRANSLATE_NOOP("Actions", "&Finalize…"), "inspection",
                   lambda w: w.finalize(), ("Ctrl+Shift+F",),
                   QT_TRANSLATE_NOOP("Actions", "Seal the inspection: its content can no longer change"),
                   True, "SP_DialogApplyButton", requires=frozenset({INSPECTION, DRAFT}), order=80,
                   separator_before=True),
        ActionSpec("inspection.amend", QT_TRANSLATE_NOOP("Actions", "&Amend…"), "inspection",
                   lambda w: w.amend(), (),
                   QT_TRANSLATE_NOOP("Actions", "Reopen a finalized inspection, giving a reason"),
                   True, "SP_BrowserReload", requires=frozenset({INSPECTION, FINALIZED}), order=81),
        ActionSpec("tools.doctor", QT_TRANSLATE_NOOP("Actions", "&Check data…"), "tools",
                   lambda w: w.run_doctor(), (),
                   QT_TRANSLATE_NOOP("Actions", "Check the database, the seals and every evidence file"),
                   order=10),
        ActionSpec("tools.language", QT_TRANSLATE_NOOP("Actions", "Switch &language (Tiếng Việt / English)"),
                   "tools", lambda w: w.toggle_language(), ("Ctrl+Shift+L",), order=20),
        ActionSpec("help.about", QT_TRANSLATE_NOOP("Actions", "&About Inspector"), "help",
                   lambda w: w.about(), (), order=90),
        ActionSpec("help.keys", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), "help",
                   lambda w: w.show_shortcuts(), ("F1",), order=10),
    ]
    for spec in specs:
        register_action(spec)


_register_builtins()
