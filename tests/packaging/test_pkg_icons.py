"""The application icon: every PNG size, the multi-size .ico, and that they match the SVG."""

from __future__ import annotations

import struct

import pytest
from PySide6.QtGui import QGuiApplication, QImage, QImageReader

from support import REPO

ICONS = REPO / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


@pytest.fixture(scope="module", autouse=True)
def app():
    return QGuiApplication.instance() or QGuiApplication([])


def alpha(image: QImage, x: int, y: int) -> int:
    return image.pixelColor(x, y).alpha() if image.hasAlphaChannel() else 255


@pytest.mark.parametrize("size", PNG_SIZES)
def test_each_png_has_its_size_a_transparent_corner_and_the_red_shield(size):
    image = QImage(str(ICONS / f"inspector-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert alpha(image, size - 1, 0) == 0  # top-right corner: outside the document
    # The shield sits low and right: its body is red (more red than green and blue).
    shield = image.pixelColor(int(size * 0.7), int(size * 0.88))
    assert shield.alpha() == 255 and shield.red() > 150 and shield.green() < 90 and shield.blue() < 90
    covered = sum(alpha(image, x, y) > 0 for x in range(size) for y in range(size)) / size**2
    assert 0.45 < covered < 0.9  # not blank, not a filled square


def test_the_ico_holds_every_size_bmp_below_256_and_png_at_256():
    data = (ICONS / "inspector.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(ICO_SIZES))
    sizes = []
    for n in range(count):
        w, h, _, _, planes, bpp, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * n)
        size = w or 256
        sizes.append(size)
        blob = data[offset:offset + length]
        assert planes == 1 and bpp == 32 and offset + length <= len(data)
        if size == 256:
            assert blob[:8] == b"\x89PNG\r\n\x1a\n"
        else:  # BITMAPINFOHEADER: height doubled for the AND mask, 32 bits a pixel
            assert struct.unpack_from("<IiiHH", blob) == (40, size, size * 2, 1, 32)
    assert tuple(sizes) == ICO_SIZES
    reader = QImageReader(str(ICONS / "inspector.ico"))
    read = []
    for n in range(reader.imageCount()):
        reader.jumpToImage(n)
        image = reader.read()
        read.append(image.width())
        # Rows are bottom-up in a DIB: drawn upside down, the shield would be at the top.
        shield = image.pixelColor(image.width() * 7 // 10, image.height() * 88 // 100)
        assert shield.red() > 150 and shield.green() < 90, image.width()
    assert tuple(read) == ICO_SIZES


def test_the_committed_icons_are_what_the_svg_renders(tmp_path):
    import make_icons

    written = make_icons.make_icons(tmp_path, ICONS / "inspector.svg", ICONS / "inspector-small.svg",
                                    tmp_path / "sheet.png")
    assert {p.name for p in written} >= {"inspector.ico", "inspector-512.png", "sheet.png"}
    for size in (16, 64, 256):
        fresh, committed = QImage(str(tmp_path / f"inspector-{size}.png")), QImage(str(ICONS / f"inspector-{size}.png"))
        diff = sum(abs(fresh.pixelColor(x, y).red() - committed.pixelColor(x, y).red())
                   for x in range(size) for y in range(size)) / size**2
        assert diff < 3, f"inspector-{size}.png is stale: run python packaging/make_icons.py"
