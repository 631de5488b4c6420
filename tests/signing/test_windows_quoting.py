"""LibreOffice's command line survives Windows quoting: on Windows `subprocess` joins the argument
list with `list2cmdline`, and soffice.exe splits it back by the CommandLineToArgvW rules. The
PDF/A filter option is full of double quotes and the paths may hold spaces, Vietnamese letters and
backslashes; every argument must come back as it was.

`command_line_to_argv` implements the rules as Microsoft documents them for CommandLineToArgvW
("Parsing C++ command-line arguments" / CommandLineToArgvW, learn.microsoft.com): the program name
is taken up to the first whitespace, or between the first pair of double quotes, with no escapes;
after it, arguments are separated by spaces or tabs; a double-quoted part may hold whitespace;
2n backslashes followed by a double quote give n backslashes and the quote opens or closes a
quoted part; 2n+1 backslashes followed by a double quote give n backslashes and a literal quote;
backslashes not followed by a double quote are literal. (Inside a quoted part, two double quotes
in a row give one literal quote and stay quoted, as the Microsoft C runtime since 2008 does.)
"""

from __future__ import annotations

import subprocess
from pathlib import PureWindowsPath

from hypothesis import given
from hypothesis import strategies as st

from inspector.minutes.pdf import _PDFA2_FILTER, office_command


def command_line_to_argv(line: str) -> list[str]:
    argv: list[str] = []
    i, n = 0, len(line)
    # the program name: no backslash escapes
    if line.startswith('"'):
        end = line.find('"', 1)
        end = n if end < 0 else end
        argv.append(line[1:end])
        i = end + 1
    else:
        while i < n and line[i] not in " \t":
            i += 1
        argv.append(line[:i])
    while True:
        while i < n and line[i] in " \t":
            i += 1
        if i >= n:
            return argv
        arg: list[str] = []
        quoted = False
        while i < n and (quoted or line[i] not in " \t"):
            if line[i] == "\\":
                start = i
                while i < n and line[i] == "\\":
                    i += 1
                count = i - start
                if i < n and line[i] == '"':
                    arg.append("\\" * (count // 2))
                    if count % 2:
                        arg.append('"')
                        i += 1
                    # an even count: the quote is handled below, as a delimiter
                else:
                    arg.append("\\" * count)
                continue
            if line[i] == '"':
                if quoted and i + 1 < n and line[i + 1] == '"':
                    arg.append('"')
                    i += 2
                    continue
                quoted = not quoted
                i += 1
                continue
            arg.append(line[i])
            i += 1
        argv.append("".join(arg))


def test_the_parser_follows_the_documented_examples():
    # Microsoft's own table of examples for the rules above
    assert command_line_to_argv('p "a b c" d e') == ["p", "a b c", "d", "e"]
    assert command_line_to_argv(r'p "ab\"c" "\\" d') == ["p", 'ab"c', "\\", "d"]
    assert command_line_to_argv(r'p a\\\b d"e f"g h') == ["p", r"a\\\b", "de fg", "h"]
    assert command_line_to_argv(r'p a\\\"b c d') == ["p", r'a\"b', "c", "d"]
    assert command_line_to_argv(r'p a\\\\"b c" d e') == ["p", r"a\\b c", "d", "e"]


def _windows_command(user: str, pdfa: bool) -> list[str]:
    temp = PureWindowsPath(f"C:/Users/{user}/AppData/Local/Temp/inspector-office-k2 x")
    return office_command(PureWindowsPath("C:/Program Files/LibreOffice/program/soffice.exe"),
                          temp, temp / "minutes.docx", temp / "out", pdfa=pdfa)


def test_the_pdfa_command_comes_back_whole_after_windows_quoting():
    for pdfa in (True, False):
        argv = _windows_command("Nguyễn Văn A", pdfa)
        assert (_PDFA2_FILTER in argv) is pdfa
        assert command_line_to_argv(subprocess.list2cmdline(argv)) == argv
    # the option itself: its quotes escaped, and no whitespace that would split it
    line = subprocess.list2cmdline([_PDFA2_FILTER])
    assert line == r'pdf:writer_pdf_Export:{\"SelectPdfVersion\":{\"type\":\"long\",\"value\":\"2\"}}'
    assert command_line_to_argv("soffice.exe " + line) == ["soffice.exe", _PDFA2_FILTER]


_user_names = st.text(st.sampled_from(list('ab ĐđệẫỹNg\\"\'&^%!()\t')), min_size=1, max_size=20).filter(
    lambda s: s.strip(" \t\\") and '"' not in s and "\t" not in s)  # Windows names hold no quote or tab


@given(_user_names, st.booleans())
def test_any_user_folder_comes_back_whole(user, pdfa):
    argv = _windows_command(user, pdfa)
    assert command_line_to_argv(subprocess.list2cmdline(argv)) == argv


@given(st.lists(st.text(st.sampled_from(list('ab \t"\\ệ')), max_size=12), min_size=1, max_size=5))
def test_list2cmdline_and_the_parser_agree_on_any_arguments(args):
    argv = ["soffice.exe", *args]
    assert command_line_to_argv(subprocess.list2cmdline(argv)) == argv
