"""`inspector sync …`: merge with the office's shared folder or WebDAV server; conflicts; templates."""

from __future__ import annotations

import argparse
import contextlib
import functools
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from inspector import clock, paths, secrets
from inspector.cli.messages import describe
from inspector.errors import (
    Cancelled,
    CertificateError,
    ChecklistError,
    DatabaseTooNewError,
    InvalidInputError,
    NetworkError,
    PassphraseError,
    SafetyBrakeError,
    StorageError,
    SyncError,
)
from inspector.storage import Store
from inspector.sync import (
    FolderTarget,
    SyncSettings,
    WebDAVTarget,
    last_sync,
    list_conflicts,
    load_settings,
    publish_template,
    resolve_conflict,
    save_settings,
    sync_now,
)
from inspector.sync.engine import quarantine_dir

EXIT_BRAKE = 3
_FMT = argparse.RawDescriptionHelpFormatter


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "sync",
        help="merge inspections with the office's shared folder or WebDAV server",
        description="Merge this computer's inspections with a shared target: a folder (USB stick, "
        "network share) or a WebDAV server (Nextcloud, ownCloud, Apache, IIS) over HTTPS. Nothing "
        "is lost: edits of the same finding made on two computers become a conflict to resolve. "
        "The target given is remembered; the WebDAV password is kept in the system keyring only "
        "(where there is none, it is asked each time). Exit code 0 done, 1 error, "
        f"{EXIT_BRAKE} stopped by the safety brake (re-run with --yes to go on).",
        epilog="Examples:\n"
        "  inspector sync --folder E:\\\\inspector --init --encrypt   (a new, encrypted USB stick)\n"
        "  inspector sync --webdav https://cloud.so-tttt.gov.vn/remote.php/dav/files/an/inspector --user an\n"
        "  inspector sync                                 (again, with the remembered target)\n"
        "  inspector sync --yes                           (pass the safety brake knowingly)\n"
        "  inspector sync conflicts list\n"
        "  inspector sync publish checklists/nd42-2022-v1.1.yaml",
        formatter_class=_FMT,
    )
    _target_options(p)
    p.add_argument("--init", action="store_true", help="create a new sync target where there is none yet")
    p.add_argument("--encrypt", action="store_true",
                   help="with --init on a folder: encrypt everything on it with a passphrase")
    p.add_argument("--yes", action="store_true",
                   help="go on when the safety brake stops the sync (other target, emptied target, mass deletion)")
    p.add_argument("--resend", action="store_true",
                   help="write everything this computer holds again, replacing the packs it has read, and put "
                        "back missing evidence (the way out when a file on the target is damaged)")
    p.add_argument("--actor", default=None, help="your name, recorded with merges and resolutions")
    p.set_defaults(func=_quiet_pipe(_sync))

    ssub = p.add_subparsers(dest="sync_command", metavar="ACTION")
    st = ssub.add_parser("status", help="show the remembered target and the last sync's result",
                         description="Show the sync target this computer uses and how the last sync went.",
                         epilog="Example:\n  inspector sync status", formatter_class=_FMT)
    st.add_argument("--database", type=Path, default=None, help="database file (default: your data folder)")
    st.set_defaults(func=_quiet_pipe(_status))

    c = ssub.add_parser("conflicts", help="list or resolve conflicts left by sync",
                        description="A conflict is a finding (or other record) changed on two computers "
                        "without either knowing of the other's change. List them, then keep one version.",
                        epilog="Examples:\n  inspector sync conflicts list\n"
                        "  inspector sync conflicts resolve 3f2a… finding nd43.1.2 --keep 9c41",
                        formatter_class=_FMT)
    csub = c.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    cl = csub.add_parser("list", help="show every conflict with its versions side by side",
                         description="Show every unresolved conflict: each version with who, when and "
                         "the fields that differ.",
                         epilog="Example:\n  inspector sync conflicts list", formatter_class=_FMT)
    cl.add_argument("--database", type=Path, default=None, help="database file (default: your data folder)")
    cl.set_defaults(func=_quiet_pipe(_conflicts_list))
    cr = csub.add_parser("resolve", help="keep one version of a conflicting record",
                         description="Keep one version; it replaces the others as a new change that syncs "
                         "like any edit. A finalized inspection must be amended first.",
                         epilog="Example:\n  inspector sync conflicts resolve 3f2a9c0e-… finding nd43.1.2 --keep 9c41d2",
                         formatter_class=_FMT)
    cr.add_argument("inspection", help="inspection id (as shown by `conflicts list`)")
    cr.add_argument("entity", choices=["finding", "inspection", "evidence", "recommendation"],
                    help="kind of record")
    cr.add_argument("key", nargs="?", default="", help="item id of the finding, or record id (empty for the header)")
    cr.add_argument("--keep", required=True, help="the version to keep (its id, or the first characters)")
    cr.add_argument("--actor", default=None, help="your name, recorded with the resolution")
    cr.add_argument("--reason", default="", help="why this version (kept in the audit trail)")
    cr.add_argument("--database", type=Path, default=None, help="database file (default: your data folder)")
    cr.set_defaults(func=_quiet_pipe(_conflicts_resolve))

    pub = ssub.add_parser("publish", help="publish a checklist template to the target (office)",
                          description="Check a checklist template file strictly and publish it on the sync "
                          "target, from where every laptop takes it at its next sync. A published version "
                          "is never replaced: give a changed template a new version.",
                          epilog="Example:\n  inspector sync publish nd42-2022-v1.1.yaml", formatter_class=_FMT)
    pub.add_argument("file", type=Path, help="the template file (.yaml)")
    _target_options(pub)
    pub.set_defaults(func=_quiet_pipe(_publish))


def _target_options(p: argparse.ArgumentParser) -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument("--folder", type=Path, help="target folder (USB stick, network share)")
    g.add_argument("--webdav", metavar="URL", help="target WebDAV address (https://…)")
    p.add_argument("--user", help="WebDAV user name")
    p.add_argument("--ca-file", type=Path, help="extra CA certificate (PEM) for the WebDAV server")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the WebDAV password (or folder passphrase) from standard input")
    p.add_argument("--database", type=Path, default=None, help="database file (default: your data folder)")


# ------------------------------------------------------------------ helpers
def _quiet_pipe(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """`inspector sync status | head -1`: a reader that stops early is not an error. The rest of
    the output goes nowhere (also at exit, when Python flushes stdout) and no traceback shows.
    A database that cannot be used (damaged, newer, read-only) is a sentence, not a traceback."""

    @functools.wraps(func)
    def run(args: argparse.Namespace) -> int:
        try:
            code = func(args)
            sys.stdout.flush()
            return code
        except StorageError as exc:
            _err(_explain(exc))
            return 1
        except BrokenPipeError:
            with contextlib.suppress(OSError, ValueError):
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            return 0

    return run


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _open_store(args: argparse.Namespace) -> Store:
    return Store.open(args.database or paths.database_path())


def _settings(args: argparse.Namespace, store: Store) -> SyncSettings | None:
    actor = getattr(args, "actor", None)
    if args.folder:
        return SyncSettings(FolderTarget(args.folder), actor or "")
    if args.webdav:
        if not args.user:
            raise InvalidInputError("user", None, "--webdav needs --user")
        return SyncSettings(WebDAVTarget(args.webdav, args.user, args.ca_file), actor or "")
    saved = load_settings(store)
    if saved and actor:
        saved = SyncSettings(saved.target, actor)
    return saved


class _Secrets:
    """The password/passphrase: keyring first, then stdin or a prompt; kept in the keyring after use."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.session = secrets.SessionSecrets()
        self._stdin_lines: list[str] | None = None

    def _read(self, prompt: str) -> str:
        if self.args.password_stdin:
            if self._stdin_lines is None:
                self._stdin_lines = sys.stdin.read().splitlines()
            if not self._stdin_lines:
                raise InvalidInputError("password", None, "nothing more on standard input")
            return self._stdin_lines.pop(0)
        if not sys.stdin.isatty():
            raise InvalidInputError("password", None, "not asked: no terminal (use --password-stdin)")
        return getpass.getpass(prompt)

    def get(self, name: str, prompt: str) -> tuple[str, bool]:
        """(secret, typed now)."""
        value = self.session.get(name)
        if value is not None:
            return value, False
        return self._read(prompt), True

    def keep(self, name: str, value: str) -> None:
        if not self.session.remember(name, value):
            _err("Máy này không có kho khóa (keyring): mật khẩu không được lưu, lần sau sẽ hỏi lại. / "
                 "No system keyring here: the password was not stored and will be asked next time.")


# -------------------------------------------------------------------- sync
def _sync(args: argparse.Namespace) -> int:
    if getattr(args, "sync_command", None):
        return 2
    try:
        store = _open_store(args)
    except StorageError as exc:
        _err("{} / {}".format(*describe(exc)))
        return 1
    with store:
        try:
            settings = _settings(args, store)
        except (InvalidInputError, SyncError) as exc:
            _err(_explain(exc))
            return 2
        if settings is None:
            _err("Chưa có nơi đồng bộ: dùng --folder hoặc --webdav. / No sync target yet: give --folder or --webdav.")
            return 2
        if args.encrypt and not isinstance(settings.target, FolderTarget):
            _err("Chỉ mã hóa được thư mục (USB). / --encrypt is for folder targets.")
            return 2
        return _run_sync(args, store, settings)


def _run_sync(args: argparse.Namespace, store: Store, settings: SyncSettings) -> int:
    box = _Secrets(args)
    target = settings.target
    password = None
    pw_name = None
    typed_pw = False
    if isinstance(target, WebDAVTarget):
        pw_name = secrets.webdav_secret_name(target.url, target.user)
        try:
            password, typed_pw = box.get(pw_name, f"Mật khẩu WebDAV cho {target.user} / password: ")
        except InvalidInputError:
            _err("Cần mật khẩu WebDAV (không có trong kho khóa). / The WebDAV password is needed "
                 "(none in the keyring): run in a terminal or use --password-stdin.")
            return 2
    pp_name = secrets.passphrase_secret_name(target.location)
    passphrase = None
    typed_pp = False
    if args.init and args.encrypt:
        passphrase = box._read("Cụm mật khẩu mã hóa mới / new passphrase: ")
        if not args.password_stdin and box._read("Nhập lại / again: ") != passphrase:
            _err("Hai lần nhập không khớp. / The passphrases differ.")
            return 2
        typed_pp = True
    else:
        passphrase = box.session.get(pp_name)
    first = load_settings(store) is None
    for _ in range(2):
        try:
            report = sync_now(store, settings, password=password, passphrase=passphrase, init=args.init,
                              confirm=args.yes, progress=_progress, resend=args.resend)
            break
        except PassphraseError as exc:
            if exc.reason == "wrong" or typed_pp:
                _err(_explain(exc))
                return 1
            try:
                passphrase = box._read("Cụm mật khẩu của thư mục mã hóa / passphrase: ")
            except InvalidInputError:
                _err("Thư mục được mã hóa: cần cụm mật khẩu (không có trong kho khóa). / The folder is encrypted "
                     "and its passphrase is not in the keyring: run in a terminal or use --password-stdin.")
                return 2
            typed_pp = True
        except SafetyBrakeError as exc:
            _err(_explain(exc))
            return EXIT_BRAKE
        except (SyncError, NetworkError, StorageError) as exc:
            _err(_explain(exc))
            if first:
                # A first sync that fails (server down, stick not ready) keeps what was typed, so
                # the next try is just `inspector sync`; a refused password is not kept.
                save_settings(store, settings)
                if pw_name and typed_pw and password is not None and exc.reason != "auth":
                    box.keep(pw_name, password)
            return 1
        except (Cancelled, KeyboardInterrupt):
            _err("Đã dừng; lần đồng bộ sau sẽ làm tiếp. / Stopped; the next sync completes the work.")
            return 130
    else:
        return 1
    if sys.stderr.isatty():
        print(file=sys.stderr)
    save_settings(store, settings)
    if pw_name and typed_pw and password is not None:
        box.keep(pw_name, password)
    if typed_pp and passphrase:
        box.keep(pp_name, passphrase)
    r = report
    print(f"Đồng bộ xong / Sync done: {target.location}")
    print(f"  nhận / received: {r.revisions_imported} thay đổi, {r.blobs_downloaded} tệp minh chứng; "
          f"gửi / sent: {r.revisions_pushed} thay đổi, {r.blobs_uploaded} tệp minh chứng")
    for name in r.templates_added:
        print(f"  mẫu danh mục mới / new checklist template: {name}")
    for problem in r.templates_rejected:
        print(f"  mẫu bị từ chối / template refused: {problem}")
    if r.seal_guards:
        print(f"  {r.seal_guards} thay đổi muộn vào biên bản đã chốt được giữ lại dưới dạng xung đột / "
              "late changes to finalized inspections kept as conflicts")
    for iid in r.seal_problems:
        print(f"  CẢNH BÁO: cuộc kiểm tra {iid} đã hoàn thành nhưng dữ liệu lưu không còn khớp với niêm phong hoặc "
              "lịch sử thay đổi (bị sửa ngoài chương trình); đồng bộ chỉ gửi lịch sử. Chạy `inspector doctor`.\n"
              f"  WARNING: finalized inspection {iid} no longer matches its seal or its history of changes "
              "(edited outside the program); sync sends only the history. Run `inspector doctor`.")
    if r.missing_blobs:
        print(f"  CẢNH BÁO: thiếu {len(r.missing_blobs)} tệp minh chứng, trên máy này và trên nơi đồng bộ (xem "
              "`inspector doctor`); máy đã thêm tệp có thể gửi lại bằng `inspector sync --resend`, lần đồng bộ sau "
              "sẽ lấy về.\n"
              f"  WARNING: {len(r.missing_blobs)} evidence files are missing here and on the target (see "
              "`inspector doctor`); the computer that added them can send them again with "
              "`inspector sync --resend`; the next sync fetches them.")
    for name in r.damaged_packs:
        print(f"  CẢNH BÁO: tệp packs/{name} trên nơi đồng bộ bị hỏng nên được để riêng (bản sao ở "
              f"{quarantine_dir(store)}); phần còn lại đã đồng bộ xong. Cách xử lý: trên một máy đã đồng bộ "
              "trước khi tệp hỏng (hoặc máy đã tạo ra nó), chạy `inspector sync --resend`: tệp hỏng được thay "
              "thế và rời khỏi danh sách.\n"
              f"  WARNING: packs/{name} on the target is damaged and was set aside (a copy is in "
              f"{quarantine_dir(store)}); everything else was synced. Way out: on a computer that synced "
              "before the damage (or the one that made it), run `inspector sync --resend`: the damaged file is "
              "replaced and leaves the listing.")
    if r.samples_kept:
        print(f"  số cuộc kiểm tra mẫu giữ lại trên máy này (không bao giờ được gửi): {r.samples_kept} / "
              f"sample inspections kept on this computer (never sent): {r.samples_kept}")
    if r.samples_skipped:
        print(f"  số cuộc kiểm tra mẫu trên nơi đồng bộ không được nhận về: {r.samples_skipped} / "
              f"sample inspections on the target not taken in: {r.samples_skipped}")
    if r.conflicts:
        print(f"  {r.conflicts} xung đột cần xử lý / conflicts to resolve: inspector sync conflicts list")
    return 0


def _progress(done: int, total: int, phase: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{phase}: {done}/{total}   ", end="", file=sys.stderr)


def _explain(exc: BaseException) -> str:
    """One plain sentence (Vietnamese / English) for each kind of failure."""
    if isinstance(exc, SafetyBrakeError):
        text = {
            "empty-target": "Nơi đồng bộ trống, dù lần trước có dữ liệu (USB khác hoặc đã bị xóa?). / "
                            "The target is empty although it held data last time.",
            "different-target": "Đây không phải nơi đồng bộ máy này từng dùng (mã khác: có thể của đơn vị "
                                "khác); đi tiếp sẽ trộn dữ liệu hai bên. / This is not a target this computer "
                                "synced with (another id, maybe another office's): going on merges both ways.",
            "packs-missing": "Một số tệp trên nơi đồng bộ đã biến mất. / Files seen on the target are gone.",
            "mass-delete": "Lần đồng bộ này sẽ xóa phần lớn dữ liệu trên máy. / "
                           "This sync would delete most local records.",
            "mass-delete-outgoing": "Máy này đã xóa phần lớn dữ liệu; đồng bộ sẽ xóa chúng trên mọi máy khác. / "
                                    "This computer deleted most records; the sync would delete them on every "
                                    "other computer.",
        }.get(exc.reason, exc.reason)
        counts = ", ".join(f"{k}={v}" for k, v in exc.counts.items())
        return (f"Đã dừng để an toàn, chưa thay đổi gì: {text} ({counts}). Nếu chắc chắn, chạy lại với --yes. / "
                "Stopped before changing anything; re-run with --yes if you are sure.")
    if isinstance(exc, PassphraseError):
        return ("Sai cụm mật khẩu của thư mục mã hóa. / Wrong passphrase." if exc.reason == "wrong" else
                "Thư mục được mã hóa: cần cụm mật khẩu. / The folder is encrypted: a passphrase is needed.")
    if isinstance(exc, CertificateError):
        return (f"Chứng chỉ của máy chủ không được tin cậy ({exc.problem}); nếu cơ quan có CA riêng, dùng "
                f"--ca-file. / The server's certificate was refused ({exc.problem}).")
    if isinstance(exc, NetworkError):
        return f"Không kết nối được tới {exc.url} ({exc.reason}). Kiểm tra mạng rồi thử lại. / Cannot reach the server."
    if isinstance(exc, SyncError):
        text = {
            "not-initialized": "Chưa có dữ liệu đồng bộ ở đây; lần đầu dùng --init. / No sync data here yet: use --init.",
            "auth": "Tên đăng nhập hoặc mật khẩu không đúng. / User name or password refused.",
            "forbidden": "Không có quyền ghi vào nơi đồng bộ. / Not allowed to write there.",
            "forbidden-read": "Không có quyền đọc nơi đồng bộ. / Not allowed to read there.",
            "not-found": "Không tìm thấy thư mục/địa chỉ đồng bộ (USB đã cắm chưa?). / The target was not found.",
            "full": "Nơi đồng bộ đã hết chỗ. / The target is full.",
            "busy": "Máy khác đang khởi tạo nơi đồng bộ; thử lại sau ít phút. / Another computer holds the lock.",
            "damaged": "Một tệp trên nơi đồng bộ bị hỏng. / A file on the target is damaged.",
            "format-too-new": "Nơi đồng bộ do phiên bản Inspector mới hơn tạo; hãy cập nhật. / Made by a newer Inspector.",
            "insecure": "Phải dùng https:// (http chỉ cho máy này). / Use https://.",
            "server": "Máy chủ báo lỗi; thử lại sau. / The server reported an error; try again later.",
            "invalid": "Thiết lập không hợp lệ. / Invalid setting.",
        }.get(exc.reason, exc.reason)
        return f"{text} [{exc.target}{': ' + exc.detail if exc.detail else ''}]"
    if isinstance(exc, DatabaseTooNewError):
        return (f"Cơ sở dữ liệu do phiên bản Inspector mới hơn tạo; hãy cập nhật. / The database was made by a "
                f"newer Inspector: update it first. [{exc.path}]")
    if isinstance(exc, StorageError):
        return f"Không dùng được cơ sở dữ liệu / the database cannot be used: {exc}"
    if isinstance(exc, InvalidInputError):
        return f"Giá trị không hợp lệ / invalid value: {exc}"
    return str(exc)


# ------------------------------------------------------------- subcommands
def _status(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        settings = load_settings(store)
        if settings is None:
            print("Chưa thiết lập đồng bộ. / Sync is not set up.")
            return 0
        attempt, success, result = last_sync(store, settings)
        print(f"Nơi đồng bộ / target: {settings.target.location}")
        print(f"  lần thử gần nhất / last attempt: {attempt or '-'}; thành công / last success: {success or '-'}")
        if result:
            print(f"  kết quả / result: {'OK' if result.get('ok') else 'LỖI / ERROR ' + str(result.get('error'))}")
            for name in result.get("damaged_packs") or ():
                print(f"  tệp hỏng đã để riêng / damaged file set aside: packs/{name} "
                      "(inspector sync --resend trên máy đã đồng bộ trước đó / on a computer that synced before)")
        print(f"  xung đột / conflicts: {len(list_conflicts(store))}")
    return 0


def _conflicts_list(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        conflicts = list_conflicts(store)
        if not conflicts:
            print("Không có xung đột. / No conflicts.")
            return 0
        for c in conflicts:
            print(f"{c.inspection_id}  {c.inspection_title}")
            print(f"  {c.entity} {c.key or '(header)'} — khác nhau / differs: {', '.join(c.changed_fields()) or '-'}")
            for v in c.versions:
                fields = {k: (v.data or {}).get(k) for k in c.changed_fields()} if v.data else "(đã xóa / deleted)"
                print(f"    --keep {v.revision[:12]}  {clock.format_datetime(v.at)} {v.actor or '?'} ({v.device[:8]}): {fields}")
        print(f"{len(conflicts)} xung đột / conflicts.")
    return 0


def _conflicts_resolve(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        settings = load_settings(store)
        actor = args.actor or (settings.actor if settings else "") or getpass.getuser()
        try:
            rev = resolve_conflict(store, args.inspection, args.entity, args.key, args.keep, actor=actor,
                                   reason=args.reason)
        except (InvalidInputError, StorageError) as exc:
            if exc.__class__.__name__ == "SealedError":
                _err("Biên bản đã chốt: hãy sửa đổi (amend) trước. / The inspection is finalized: amend it first.")
            else:
                _err(_explain(exc))
            return 1
        print(f"Đã giữ phiên bản / kept version {args.keep}; thay đổi mới / new revision {rev[:12]}. "
              "Đồng bộ để gửi đi. / Sync to send it.")
    return 0


def _publish(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        settings = _settings(args, store)
        if settings is None:
            _err("Chưa có nơi đồng bộ: dùng --folder hoặc --webdav. / No sync target yet.")
            return 2
        box = _Secrets(args)
        password = None
        if isinstance(settings.target, WebDAVTarget):
            password, _ = box.get(secrets.webdav_secret_name(settings.target.url, settings.target.user),
                                  "Mật khẩu WebDAV / password: ")
        passphrase = box.session.get(secrets.passphrase_secret_name(settings.target.location))
        try:
            try:
                name = publish_template(settings, args.file, password=password, passphrase=passphrase)
            except PassphraseError as exc:
                if exc.reason != "missing":
                    raise
                passphrase = box._read("Cụm mật khẩu / passphrase: ")
                name = publish_template(settings, args.file, password=password, passphrase=passphrase)
        except ChecklistError as exc:
            for problem in exc.problems[:20]:
                _err(str(problem))
            if len(exc.problems) > 20:
                _err(f"… {len(exc.problems) - 20} vấn đề nữa / more problems")
            return 1
        except (RecursionError, MemoryError, ValueError) as exc:
            # Until every template source goes through the one guarded loader.
            _err(f"Không đọc được mẫu danh mục / the template cannot be read: {args.file} "
                 f"({type(exc).__name__})")
            return 1
        except InvalidInputError:
            _err("Thư mục được mã hóa: cần cụm mật khẩu. / The folder is encrypted: a passphrase is needed "
                 "(run in a terminal or use --password-stdin).")
            return 2
        except (SyncError, NetworkError) as exc:
            _err(_explain(exc))
            return 1
        print(f"Đã công bố / published: templates/{name}")
    return 0
