"""Signed minutes end to end with real parts: LibreOffice's PDF/A, a test PKI made here, a CRL and
an RFC 3161 timestamp server over HTTP on 127.0.0.1, a SoftHSM2 token through PKCS#11."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest

from inspector.cli import main
from inspector.signing.blocks import text_lines
from inspector.signing.pdfa import FIELD_HOST, FIELD_LEADER, check_pdfa, read_identification
from inspector.signing.sign import Appearance, Credentials, SigningError, sign_pdf, signature_fields
from inspector.signing.verify import verify_pdf

from pki import needs_office

LEADER_PW = "Mật-khẩu 2026"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sign_both(pdf: Path, pki_server, token) -> None:
    pki = pki_server.pki
    sign_pdf(pdf, pdf, Credentials.pkcs12(pki.p12(pki.leader, LEADER_PW, "leader"), LEADER_PW),
             tsa_url=pki_server.tsa_url, appearance=Appearance(agency="Cục Tin học hóa"))
    sign_pdf(pdf, pdf, Credentials.pkcs11(token.module, token.pin, token.label),
             tsa_url=pki_server.tsa_url, appearance=Appearance(agency="Sở TT&TT tỉnh Phú Thọ"))


# ------------------------------------------------------------------------------- PDF/A

@needs_office
def test_pdfa_export_is_pdfa_2b_with_the_seal_and_fields_at_the_signature_blocks(minutes_pdfa, sealed_store):
    assert check_pdfa(minutes_pdfa) == []
    with pikepdf.open(minutes_pdfa) as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        assert pdf.Root.OutputIntents[0].S == "/GTS_PDFA1"
        assert "/Encrypt" not in pdf.trailer
    db, iid = sealed_store
    from inspector.storage import Store
    with Store.open(db) as store:
        seal = store.seals(iid)[-1]
    ident = read_identification(minutes_pdfa)
    assert ident["inspectionId"] == iid and ident["sealSha256"] == seal.sha256
    fields = {name: (signed, page, box) for name, signed, page, box in signature_fields(minutes_pdfa)}
    assert set(fields) == {FIELD_LEADER, FIELD_HOST}
    # Each field lies between its block's title and the signer's printed name, read independently
    # from the page's text: the title lines above its top, the name just under its bottom.
    lines = [ln for ln in text_lines(minutes_pdfa)]
    for name, heading in ((FIELD_LEADER, "TRƯỞNG ĐOÀN"), (FIELD_HOST, "PHÓ GIÁM ĐỐC")):
        signed, page, (x0, y0, x1, y1) = fields[name]
        assert not signed and page >= 0
        title = [ln for ln in lines if ln.page == page and ln.text.strip() == heading]
        assert title, heading
        assert title[0].y0 >= y1 and x0 < title[0].centre < x1
        below = [ln for ln in lines if ln.page == page and x0 < ln.centre < x1 and ln.y1 <= y0]
        assert below and y0 - max(ln.y1 for ln in below) < 5  # the name line right under it


def test_pdfa_export_refuses_an_inspection_that_is_not_finalized(inspection, store, nd43, tmp_path):
    from inspector.errors import ExportError
    from inspector.signing.pdfa import export_pdfa

    with pytest.raises(ExportError) as caught:
        export_pdfa(store.load_inspection(inspection.id), nd43, tmp_path / "x.pdf")
    assert caught.value.reason == "not-finalized"
    assert not (tmp_path / "x.pdf").exists()


def test_check_pdfa_names_what_is_wrong_in_a_plain_pdf(tmp_path):
    plain = tmp_path / "plain.pdf"
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.Root.Names = pikepdf.Dictionary(JavaScript=pikepdf.Dictionary(Names=pikepdf.Array()))
    pdf.save(plain)
    problems = check_pdfa(plain)
    assert any("identification" in p for p in problems)
    assert any("output intent" in p for p in problems)
    assert "contains JavaScript" in problems


def test_cli_without_libreoffice_hides_pdfa_and_says_why(tmp_path, monkeypatch, capsys):
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    with pytest.raises(SystemExit):
        main(["export", "minutes", "--help"])
    assert "--pdfa" not in capsys.readouterr().out
    assert main(["export", "minutes", "abc", "--pdfa", "-o", str(tmp_path / "bb.pdf")]) == 1
    err = capsys.readouterr().err
    assert "LibreOffice" in err and "install" in err
    assert not (tmp_path / "bb.pdf").exists()


@needs_office
def test_cli_exports_pdfa_of_a_finalized_inspection(sealed_store, tmp_path, capsys):
    db, iid = sealed_store
    out = tmp_path / "bb.pdf"
    assert main(["export", "minutes", iid, "--pdfa", "-o", str(out), "--database", str(db)]) == 0
    assert "PDF/A-2b" in capsys.readouterr().out
    assert check_pdfa(out) == []


# ------------------------------------------------------------------------------ signing

@needs_office
def test_two_signatures_team_leader_by_file_host_by_token_both_valid(fresh_pdf, pki_server, token):
    before = pki_server.tsa_requests
    _sign_both(fresh_pdf, pki_server, token)
    # at least one RFC 3161 request per signature (pyHanko also asks once to size the container)
    assert pki_server.tsa_requests - before >= 2
    reports = verify_pdf(fresh_pdf, ca_files=[pki_server.pki.root_file()])
    assert [r.field for r in reports] == [FIELD_LEADER, FIELD_HOST]
    assert [r.signer for r in reports] == ["Trần Quốc Hưng", "Nguyễn Văn Thành"]
    for r in reports:
        assert r.verdict == "valid", (r.field, r.problem)
        assert r.intact and r.trusted and not r.changed_after and not r.revoked and r.revocation_checked
        assert r.timestamp is not None and r.timestamp_ok
        assert r.issuer == "Test CA chuyên dùng Chính phủ"
        assert str(r.timestamp.tzinfo) == "Asia/Ho_Chi_Minh"
    assert not reports[0].covers_whole_file and reports[1].covers_whole_file
    # the archive copy stays PDF/A after signing (appearance fonts embedded)
    assert check_pdfa(fresh_pdf) == []


@needs_office
def test_one_byte_changed_after_signing_is_reported(fresh_pdf, pki_server, tmp_path):
    pki = pki_server.pki
    sign_pdf(fresh_pdf, fresh_pdf, Credentials.pkcs12(pki.p12(pki.leader, "pw", "l1"), "pw"))
    data = bytearray(fresh_pdf.read_bytes())
    # a byte of the first page's text drawing, inside the signed range
    at = data.index(b"stream", len(data) // 4) + 20
    data[at] ^= 0x01
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(bytes(data))
    reports = verify_pdf(changed, ca_files=[pki.root_file()])
    assert reports and reports[0].verdict == "broken" and not reports[0].intact


@needs_office
def test_content_added_after_signing_is_reported(fresh_pdf, pki_server, tmp_path):
    pki = pki_server.pki
    sign_pdf(fresh_pdf, fresh_pdf, Credentials.pkcs12(pki.p12(pki.leader, "pw", "l2"), "pw"))
    from pyhanko.pdf_utils.content import RawContent
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.layout import BoxConstraints

    edited = tmp_path / "edited.pdf"
    with fresh_pdf.open("rb") as inf:
        w = IncrementalPdfFileWriter(inf)
        w.add_stream_to_page(0, w.add_object(RawContent(b"0 0 1 rg 10 10 100 100 re f",
                                                        box=BoxConstraints(200, 200)).as_form_xobject()))
        with edited.open("wb") as out:
            w.write(out)
    report = verify_pdf(edited, ca_files=[pki.root_file()])[0]
    assert report.intact and report.changed_after and report.verdict == "modified"


@needs_office
@pytest.mark.parametrize("who,verdict", [("expired", "expired"), ("revoked", "revoked")])
def test_expired_and_revoked_signers_are_named_in_the_verdict(fresh_pdf, pki_server, who, verdict):
    pki = pki_server.pki
    sign_pdf(fresh_pdf, fresh_pdf, Credentials.pkcs12(pki.p12(getattr(pki, who), "pw", who), "pw"))
    report = verify_pdf(fresh_pdf, ca_files=[pki.root_file()])[0]
    assert report.verdict == verdict, report.problem
    assert ("thu hồi" if who == "revoked" else "hết hạn") in report.verdict_vi
    assert report.revoked is (who == "revoked")


@needs_office
def test_untrusted_root_is_named_in_the_verdict(fresh_pdf, pki_server):
    pki = pki_server.pki
    sign_pdf(fresh_pdf, fresh_pdf, Credentials.pkcs12(pki.p12(pki.leader, "pw", "l3"), "pw"))
    report = verify_pdf(fresh_pdf)[0]  # system roots only: the test root is not among them
    assert report.verdict == "untrusted" and not report.trusted
    assert "--ca-file" in report.verdict_en


@needs_office
def test_wrong_password_is_a_sentence_and_writes_nothing(fresh_pdf, pki_server, tmp_path, monkeypatch, capsys,
                                                         _isolated_data_dir):
    pki = pki_server.pki
    p12 = pki.p12(pki.leader, LEADER_PW, "l4")
    before = _sha(fresh_pdf)
    with pytest.raises(SigningError) as caught:
        sign_pdf(fresh_pdf, fresh_pdf, Credentials.pkcs12(p12, "sai"))
    assert caught.value.reason == "wrong-password"
    monkeypatch.setattr("sys.stdin", io.StringIO("sai mật khẩu\n"))
    assert main(["sign", str(fresh_pdf), "--pkcs12", str(p12), "--password-stdin"]) == 1
    err = capsys.readouterr().err
    assert "mật khẩu tệp chứng thư số không đúng" in err and "password is wrong" in err
    assert "sai mật khẩu" not in err
    logs = [p for p in _isolated_data_dir.rglob("*.log*")]
    assert logs and not any("sai mật khẩu" in p.read_text(encoding="utf-8", errors="replace") for p in logs)
    assert _sha(fresh_pdf) == before
    assert sorted(p.name for p in fresh_pdf.parent.iterdir()) == ["bien-ban.pdf", "l4.p12"] or \
        all(not p.name.endswith(".tmp") for p in fresh_pdf.parent.iterdir())


@needs_office
def test_wrong_pin_is_a_sentence_and_writes_nothing(fresh_pdf, token, monkeypatch, capsys):
    before = _sha(fresh_pdf)
    with pytest.raises(SigningError) as caught:
        sign_pdf(fresh_pdf, fresh_pdf, Credentials.pkcs11(token.module, "000000", token.label))
    assert caught.value.reason == "wrong-pin"
    monkeypatch.setattr("sys.stdin", io.StringIO("000000\n"))
    assert main(["sign", str(fresh_pdf), "--pkcs11", token.module, "--password-stdin"]) == 1
    assert "mã PIN" in capsys.readouterr().err
    assert _sha(fresh_pdf) == before
    assert not any(p.name.endswith(".tmp") for p in fresh_pdf.parent.iterdir())


@needs_office
def test_signature_appearances_sit_in_the_signature_blocks(fresh_pdf, pki_server, token, tmp_path):
    """Render the signature page before and after signing: every pixel that changed lies inside
    one of the two blocks, and both blocks changed."""
    Image = pytest.importorskip("PIL.Image")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    fields = {n: (p, box) for n, _, p, box in signature_fields(fresh_pdf)}
    page = fields[FIELD_LEADER][0]
    dpi = 72

    def render(pdf: Path, name: str):
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page + 1), "-l", str(page + 1),
                        "-singlefile", str(pdf), str(tmp_path / name)], check=True)
        return Image.open(tmp_path / f"{name}.png").convert("L")

    before = render(fresh_pdf, "before")
    _sign_both(fresh_pdf, pki_server, token)
    after = render(fresh_pdf, "after")
    height = after.size[1]
    changed = [(x, y) for y in range(after.size[1]) for x in range(after.size[0])
               if abs(before.getpixel((x, y)) - after.getpixel((x, y))) > 40]
    assert changed
    boxes = [(x0, height - y1, x1, height - y0) for _, (x0, y0, x1, y1) in fields.values()]
    outside = [(x, y) for x, y in changed
               if not any(bx0 - 1 <= x <= bx1 + 1 and by0 - 1 <= y <= by1 + 1 for bx0, by0, bx1, by1 in boxes)]
    assert outside == []
    for bx0, by0, bx1, by1 in boxes:
        assert any(bx0 <= x <= bx1 and by0 <= y <= by1 for x, y in changed)


@needs_office
def test_signed_file_is_recorded_as_evidence_in_the_audit_trail(fresh_pdf, pki_server, token, sealed_store,
                                                               capsys):
    from inspector.storage import Store

    _sign_both(fresh_pdf, pki_server, token)
    db, iid = sealed_store
    code = main(["verify", str(fresh_pdf), "--ca-file", str(pki_server.pki.root_file()), "--record", iid,
                 "--database", str(db)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "Trần Quốc Hưng" in out and "Hợp lệ" in out and "recorded as evidence" in out
    with Store.open(db) as store:
        docs = store.signed_documents(iid)
        trail = [e for e in store.audit_trail(iid) if e.entity == "signed-document"]
        assert trail and trail[-1].new["sha256"] == _sha(fresh_pdf)
        assert store.evidence_path(_sha(fresh_pdf)).read_bytes() == fresh_pdf.read_bytes()
        assert _sha(fresh_pdf) in store.referenced_blobs()
    signers = [s["signer"] for s in docs[-1][2]["signatures"]]
    assert signers == ["Trần Quốc Hưng", "Nguyễn Văn Thành"]


@needs_office
def test_verify_cli_refuses_to_record_an_invalid_file(fresh_pdf, pki_server, sealed_store, capsys):
    pki = pki_server.pki
    sign_pdf(fresh_pdf, fresh_pdf, Credentials.pkcs12(pki.p12(pki.revoked, "pw", "r2"), "pw"))
    db, iid = sealed_store
    assert main(["verify", str(fresh_pdf), "--ca-file", str(pki.root_file()), "--record", iid,
                 "--database", str(db)]) == 1
    captured = capsys.readouterr()
    assert "thu hồi" in captured.out and "not recorded" in captured.err


@needs_office
def test_record_if_valid_keeps_nothing_while_a_signature_is_not_valid(fresh_pdf, pki_server, sealed_store,
                                                                    tmp_path):
    from inspector.signing.evidence import record_if_valid
    from inspector.storage import Store

    pki = pki_server.pki
    sign_pdf(fresh_pdf, fresh_pdf, Credentials.pkcs12(pki.p12(pki.expired, "pw", "e1"), "pw"))
    reports = verify_pdf(fresh_pdf, ca_files=[pki.root_file()])
    db, iid = sealed_store
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(db, copy)
    with Store.open(copy) as store:
        before = len(store.audit_trail(iid))
        assert record_if_valid(store, iid, fresh_pdf, reports, actor="test") is None
        assert record_if_valid(store, iid, fresh_pdf, [], actor="test") is None
        assert len(store.audit_trail(iid)) == before


@needs_office
def test_b_lt_embeds_validation_data_when_the_chain_and_crl_can_be_fetched(fresh_pdf, pki_server):
    from asn1crypto import x509 as ax509
    from cryptography.hazmat.primitives import serialization

    pki = pki_server.pki
    root = ax509.Certificate.load(pki.root.cert.public_bytes(serialization.Encoding.DER))
    result = sign_pdf(fresh_pdf, fresh_pdf, Credentials.pkcs12(pki.p12(pki.leader, "pw", "lt"), "pw"),
                      tsa_url=pki_server.tsa_url, trust_roots=[root])
    assert result.level == "B-LT"
    with pikepdf.open(fresh_pdf) as pdf:
        dss = pdf.Root.DSS
        assert len(dss.Certs) >= 2 and len(dss.CRLs) >= 1
    assert verify_pdf(fresh_pdf, ca_files=[pki.root_file()])[0].verdict == "valid"


def _appearance_chars(pdf, field):
    """The characters an annotation's normal appearance draws (pdfminer reads page content only,
    so the widget's /AP /N stream is interpreted here on its own)."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTChar
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    with open(pdf, "rb") as fh:
        doc = PDFDocument(PDFParser(fh))
        for page in PDFPage.create_pages(doc):
            for annot in resolve1(page.annots) or []:
                a = resolve1(annot)
                name = a.get("T") or resolve1(a.get("Parent") or {}).get("T")
                if isinstance(name, bytes):
                    name = name.decode("latin-1")
                if name != field:
                    continue
                ap = resolve1(resolve1(a["AP"])["N"])
                rsrc = PDFResourceManager()
                device = PDFPageAggregator(rsrc, laparams=LAParams())
                interp = PDFPageInterpreter(rsrc, device)
                device.begin_page(page, (1, 0, 0, 1, 0, 0))
                interp.render_contents(resolve1(ap.attrs.get("Resources")) or {}, [ap])
                device.end_page(page)
                stack, chars = list(device.get_result()), []
                while stack:
                    el = stack.pop()
                    if isinstance(el, LTChar):
                        chars.append(el)
                    elif hasattr(el, "__iter__"):
                        stack.extend(el)
                return sorted(chars, key=lambda c: (-c.y0, c.x0))
    return None


def _images(folder: Path, seal_dpi: int | None = 300) -> tuple[Path, Path]:
    """A blue handwritten-like signature and a red round seal (40 mm at `seal_dpi`), transparent
    PNGs."""
    from PIL import Image, ImageDraw

    sig = Image.new("RGBA", (300, 120), (0, 0, 0, 0))
    d = ImageDraw.Draw(sig)
    d.line([(20, 90), (80, 20), (120, 100), (170, 30), (220, 95), (280, 40)], fill=(20, 40, 200, 255), width=6)
    side = round(40 / 25.4 * (seal_dpi or 300))
    seal = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    d = ImageDraw.Draw(seal)
    d.ellipse((8, 8, side - 8, side - 8), outline=(220, 20, 20, 255), width=14)
    d.ellipse((side // 4, side // 4, side * 3 // 4, side * 3 // 4), outline=(220, 20, 20, 255), width=6)
    d.regular_polygon((side // 2, side // 2, side // 8), 5, fill=(220, 20, 20, 255))
    paths = folder / "chu-ky.png", folder / "con-dau.png"
    sig.save(paths[0])
    seal.save(paths[1], dpi=(seal_dpi, seal_dpi)) if seal_dpi else seal.save(paths[1])
    return paths


@needs_office
def test_signature_image_and_agency_seal_follow_decree_30_appendix_i(fresh_pdf, pki_server, tmp_path):
    """Decree 30/2020, Appendix I, Part I, II.7.d and II.8.a (read 2026-12-04): the signer's image
    centred between title and name; the seal at its real size over about the left third of the
    signature image; only images, no words; the file stays PDF/A and both signatures valid."""
    pytest.importorskip("PIL")
    from inspector.signing.sign import image_box

    pki = pki_server.pki
    sig_png, seal_png = _images(tmp_path)
    sign_pdf(fresh_pdf, fresh_pdf, Credentials.pkcs12(pki.p12(pki.leader, "pw", "li"), "pw"),
             field=FIELD_LEADER, appearance=Appearance(agency="Cục Tin học hóa", image=sig_png))
    seal = sign_pdf(fresh_pdf, fresh_pdf, Credentials.pkcs12(pki.p12(pki.leader, "pw", "ls"), "pw"),
                    field=FIELD_LEADER, seal=True,
                    appearance=Appearance(agency="Cục Tin học hóa", image=seal_png))
    assert seal.field == FIELD_LEADER + "_Dau"
    fields = {n: (p, box) for n, _, p, box in signature_fields(fresh_pdf)}
    (page, leader), (_, stamp) = fields[FIELD_LEADER], fields[seal.field]
    img = image_box(leader, 300, 120)
    # the image is centred in the block, between the title above it and the name under it
    assert abs((img[0] + img[2]) / 2 - (leader[0] + leader[2]) / 2) < 0.5
    assert abs((img[1] + img[3]) / 2 - (leader[1] + leader[3]) / 2) < 0.5
    # the seal is 40 mm (its PNG's resolution), its right edge a third into the image from the left
    forty_mm = 40 / 25.4 * 72
    assert abs((stamp[2] - stamp[0]) - forty_mm) < 1 and abs((stamp[3] - stamp[1]) - forty_mm) < 1
    assert abs(stamp[2] - (img[0] + (img[2] - img[0]) / 3)) < 1
    assert stamp[0] < img[0] and abs((stamp[1] + stamp[3]) / 2 - (img[1] + img[3]) / 2) < 1
    # only the images: neither appearance draws a word
    assert _appearance_chars(fresh_pdf, FIELD_LEADER) == []
    assert _appearance_chars(fresh_pdf, seal.field) == []
    assert check_pdfa(fresh_pdf) == []
    reports = verify_pdf(fresh_pdf, ca_files=[pki.root_file()])
    assert [r.verdict for r in reports] == ["valid", "valid"]
    _look_at_signed_page(fresh_pdf, page, tmp_path, colours=True)


def _look_at_signed_page(pdf: Path, page: int, folder: Path, colours: bool = False) -> None:
    """Render the signed page; with `colours`, blue ink and red ink are both on it. A copy of the
    PNG is left in INSPECTOR_SHOTS (when set) for a person to look at."""
    import os

    from PIL import Image

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-f", str(page + 1), "-l", str(page + 1),
                    "-singlefile", str(pdf), str(folder / "signed")], check=True)
    shot = folder / "signed.png"
    if os.environ.get("INSPECTOR_SHOTS"):
        shutil.copy(shot, Path(os.environ["INSPECTOR_SHOTS"]) / f"signed-{pdf.stem}.png")
    if colours:
        im = Image.open(shot).convert("RGB")
        px = list(im.get_flattened_data()) if hasattr(im, "get_flattened_data") else list(im.getdata())
        assert any(b > 150 and r < 100 and g < 120 for r, g, b in px), "no blue signature ink"
        assert any(r > 180 and g < 80 and b < 80 for r, g, b in px), "no red seal ink"


@needs_office
def test_without_images_the_appearance_is_text_with_the_iso_8601_time(fresh_pdf, pki_server, tmp_path):
    """No image configured: name (or agency) and the time with the Vietnam offset, 10 pt, black."""
    from datetime import UTC, datetime

    pki = pki_server.pki
    moment = datetime(2026, 12, 4, 2, 15, 30, tzinfo=UTC)
    sign_pdf(fresh_pdf, fresh_pdf, Credentials.pkcs12(pki.p12(pki.leader, "pw", "lt"), "pw"),
             field=FIELD_LEADER, now=moment, appearance=Appearance(agency="Cục Tin học hóa"))
    chars = _appearance_chars(fresh_pdf, FIELD_LEADER)
    text = "".join(c.get_text() for c in chars)
    assert text == "Trần Quốc Hưng" + "Cục Tin học hóa" + "04/12/2026 09:15:30 +07:00"
    assert {round(c.size, 1) for c in chars} == {10.0}
    assert {str(c.graphicstate.ncolor) for c in chars} <= {"0", "(0, 0, 0)", "[0, 0, 0]"}
    # Times New Roman where it is installed (Windows); its metric twin Liberation Serif here
    assert all(("TimesNewRoman" in c.fontname) or ("LiberationSerif" in c.fontname) for c in chars)


def test_signing_time_is_shown_with_the_iso_8601_vietnam_offset():
    from datetime import UTC, datetime

    from inspector.signing.sign import format_signing_time

    assert format_signing_time(datetime(2026, 12, 31, 17, 0, 1, tzinfo=UTC)) == \
        "01/01/2027 00:00:01 +07:00"


def test_check_image_names_what_differs_from_decree_30(tmp_path):
    from PIL import Image

    from inspector.signing.sign import check_image

    sig, seal = _images(tmp_path)
    assert check_image(sig, "signature") == []
    assert check_image(seal, "seal") == []
    assert check_image(seal, "signature") == ["not-blue"]
    assert check_image(sig, "seal") == ["not-red", "size-unknown"]
    flat = Image.new("RGB", (300, 120), (255, 255, 255))
    flat.paste(Image.open(sig), mask=Image.open(sig).getchannel("A"))
    flat.save(tmp_path / "sig.jpg")
    assert check_image(tmp_path / "sig.jpg", "signature") == ["not-png", "not-transparent"]
    (tmp_path / "x").mkdir()
    _, no_dpi = _images(tmp_path / "x", seal_dpi=None)
    assert check_image(no_dpi, "seal") == ["size-unknown"]
    (tmp_path / "bad.png").write_bytes(b"not an image")
    assert check_image(tmp_path / "bad.png", "seal") == ["unreadable"]


def test_signing_settings_user_file_wins_over_the_office_file(tmp_path):
    from inspector.signing.settings import load_signing_settings

    office, user = tmp_path / "office.yaml", tmp_path / "user.yaml"
    office.write_text("seal_image: D:/dau/cuc.png\nagency: Cục Tin học hóa\ntsa_url: http://127.0.0.1:9/tsa\n"
                      "signature_image: D:/office-default.png\nca_files: D:/ca/root.cer\n", encoding="utf-8")
    user.write_text("signature_image: D:/chu-ky/hung.png\npkcs11_module: C:/token.dll\n", encoding="utf-8")
    s = load_signing_settings(office, user)
    assert s.signature_image == Path("D:/chu-ky/hung.png") and s.seal_image == Path("D:/dau/cuc.png")
    assert s.agency == "Cục Tin học hóa" and s.pkcs11_module == "C:/token.dll"
    assert s.ca_files == (Path("D:/ca/root.cer"),)
    assert load_signing_settings(tmp_path / "none.yaml").signature_image is None


@needs_office
def test_cli_signs_twice_with_office_settings_then_verify_passes_and_fails_after_an_edit(
        fresh_pdf, pki_server, token, tmp_path, monkeypatch, capsys, _isolated_data_dir):
    pki = pki_server.pki
    sig_png, _ = _images(tmp_path)
    _isolated_data_dir.mkdir(parents=True, exist_ok=True)
    (_isolated_data_dir / "signing.yaml").write_text(
        f"tsa_url: {pki_server.tsa_url}\nagency: Cục Tin học hóa\nsignature_image: {sig_png}\n"
        f"pkcs11_module: {token.module}\nca_files: [{pki.root_file()}]\n", encoding="utf-8")
    p12 = pki.p12(pki.leader, LEADER_PW, "cli")
    monkeypatch.setattr("sys.stdin", io.StringIO(LEADER_PW + "\n"))
    assert main(["sign", str(fresh_pdf), "--pkcs12", str(p12), "--password-stdin"]) == 0
    captured = capsys.readouterr()
    assert "TruongDoan — Trần Quốc Hưng" in captured.out and "PAdES B-LT" in captured.out
    assert "Lưu ý" not in captured.err  # the image is as Decree 30 describes
    monkeypatch.setattr("sys.stdin", io.StringIO(token.pin + "\n"))
    assert main(["sign", str(fresh_pdf), "--pkcs11", "--password-stdin", "--agency", "Sở TT&TT tỉnh Phú Thọ"]) == 0
    assert "DaiDienDonVi — Nguyễn Văn Thành" in capsys.readouterr().out
    assert main(["verify", str(fresh_pdf)]) == 0  # the CA file comes from signing.yaml
    out = capsys.readouterr().out
    assert out.count("Kết luận: Hợp lệ") == 2 and "All signatures are valid" in out
    # a third signature into an already signed field is refused, the file untouched
    before = _sha(fresh_pdf)
    monkeypatch.setattr("sys.stdin", io.StringIO(LEADER_PW + "\n"))
    assert main(["sign", str(fresh_pdf), "--pkcs12", str(p12), "--password-stdin", "--field", FIELD_LEADER]) == 1
    assert "đã được ký" in capsys.readouterr().err and _sha(fresh_pdf) == before
    # a seal image that is not what Decree 30 describes is named before signing (it still signs)
    from PIL import Image
    Image.open(sig_png).convert("RGB").save(tmp_path / "dau.jpg")
    monkeypatch.setattr("sys.stdin", io.StringIO(LEADER_PW + "\n"))
    assert main(["sign", str(fresh_pdf), "--pkcs12", str(p12), "--password-stdin", "--field", FIELD_LEADER,
                 "--seal", "--image", str(tmp_path / "dau.jpg")]) == 0
    err = capsys.readouterr().err
    assert "không phải định dạng PNG" in err and "is not a red seal" in err and "real size is unknown" in err
    data = bytearray(fresh_pdf.read_bytes())
    at = data.index(b"stream", len(data) // 4) + 20
    data[at] ^= 0x01
    fresh_pdf.write_bytes(bytes(data))
    assert main(["verify", str(fresh_pdf)]) == 1
    assert "KHÔNG hợp lệ" in capsys.readouterr().out


@needs_office
def test_revocation_not_checked_is_said_when_no_list_can_be_had(fresh_pdf, pki_server):
    pki = pki_server.pki
    sign_pdf(fresh_pdf, fresh_pdf, Credentials.pkcs12(pki.p12(pki.revoked, "pw", "off"), "pw"))
    offline = verify_pdf(fresh_pdf, ca_files=[pki.root_file()], allow_fetching=False)[0]
    assert not offline.revocation_checked and not offline.revoked
    from inspector.signing.verify import describe
    assert any("not checked" in line for line in describe(offline, 1))
    online = verify_pdf(fresh_pdf, ca_files=[pki.root_file()])[0]
    assert online.revoked and online.revocation_checked


@needs_office
def test_block_without_a_printed_name_is_found_under_the_hint(tmp_path):
    """The inspected unit's representative not yet known: the minutes print '(Ký, ghi rõ họ tên)'
    and leave the space under it; the field goes there."""
    import dataclasses

    from inspector.checklists.catalog import load_catalog
    from inspector.minutes import convert_to_pdf, export_minutes
    from inspector.minutes.narrative import build_content
    from inspector.minutes.wording import load_wording
    from inspector.signing.blocks import find_blocks
    from inspector.signing.pdfa import _block_specs

    template = load_catalog().get("nd43-tt25")
    from inspector.sample import sample_record

    record = sample_record(template)
    record = dataclasses.replace(record, inspection=dataclasses.replace(record.inspection, host_participants=()))
    content = build_content(record, template, load_wording(), {})
    host = content.signatures[0]
    assert not host.name and host.hint
    export_minutes(record, template, tmp_path / "bb.docx")
    pdf = convert_to_pdf(tmp_path / "bb.docx", tmp_path / "bb.pdf")
    blocks = {b.key: b for b in find_blocks(pdf, _block_specs(content.signatures))}
    assert set(blocks) == {"host", "leader"}
    lines = [ln for ln in text_lines(pdf) if ln.page == blocks["host"].page]
    hint = next(ln for ln in lines if ln.text.strip() == host.hint)
    x0, y0, x1, y1 = blocks["host"].box
    assert x0 < hint.centre < x1 and 0 <= hint.y0 - y1 < 3  # right under the hint
    assert not [ln for ln in lines if x0 < ln.centre < x1 and ln.y1 > y0 and ln.y0 < y1]  # empty space


@needs_office
def test_cli_pdfa_of_a_draft_says_finalize_first(inspection, store, tmp_path, capsys):
    out = tmp_path / "bb.pdf"
    assert main(["export", "minutes", inspection.id, "--pdfa", "-o", str(out), "--database", str(store.path)]) == 1
    assert "hoàn thành" in capsys.readouterr().err
    assert not out.exists()
