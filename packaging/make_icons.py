"""Render the application icon: PNGs at every size and a multi-size Windows .ico, from the SVG.

    python packaging/make_icons.py                  # writes resources/icons/
    python packaging/make_icons.py --out /tmp/icons --preview /tmp/icons/sheet.png

`resources/icons/inspector.svg` is the source; sizes of 24 px and less are drawn from
`inspector-small.svg` (no lines of text, bolder strokes) when it exists, because detail
below that size turns to mush. Uses Qt's own SVG renderer (PySide6, offscreen), so it needs
no other tool. The .ico holds 32-bit BMP images up to 128 px (read by every Windows version
and tool) and a PNG image at 256 px (the Vista+ form), as Windows' own icons do.
The output is committed; run this again after changing the SVG.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
ICONS = REPO / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
SMALL_UP_TO = 24


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn into a transparent size × size image."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def source_for(size: int, svg: Path, small: Path | None) -> Path:
    return small if small is not None and size <= SMALL_UP_TO else svg


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def bmp_icon_bytes(image: QImage) -> bytes:
    """An ICO image entry as a 32-bit DIB: BITMAPINFOHEADER (height doubled for the AND mask),
    BGRA rows bottom-up, then a 1-bit AND mask (all zero: the alpha channel is what counts)."""
    w, h = image.width(), image.height()
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    rows = []
    for y in range(h - 1, -1, -1):  # DIBs are stored bottom-up
        line = argb.constScanLine(y)
        rows.append(bytes(line)[: w * 4])  # ARGB32 in memory is B, G, R, A on little-endian
    if sys.byteorder != "little":
        rows = [b"".join(bytes(reversed(r[i:i + 4])) for i in range(0, len(r), 4)) for r in rows]
    mask_row = ((w + 31) // 32) * 4
    header = struct.pack("<IiiHHIIiiII", 40, w, h * 2, 1, 32, 0, w * h * 4 + mask_row * h, 0, 0, 0, 0)
    return header + b"".join(rows) + bytes(mask_row * h)


def write_ico(path: Path, images: dict[int, QImage]) -> None:
    """A multi-size .ico: ICONDIR, one ICONDIRENTRY per size, then the image data."""
    sizes = sorted(images)
    blobs = [png_bytes(images[s]) if s >= 256 else bmp_icon_bytes(images[s]) for s in sizes]
    offset = 6 + 16 * len(sizes)
    out = [struct.pack("<HHH", 0, 1, len(sizes))]
    for size, blob in zip(sizes, blobs, strict=True):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        out.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset))
        offset += len(blob)
    path.write_bytes(b"".join(out) + b"".join(blobs))


def write_preview(path: Path, images: dict[int, QImage]) -> None:
    """Every size, actual pixels, on a light and a dark strip (for a person to look at)."""
    sizes = sorted(images)
    width = sum(sizes) + 24 * (len(sizes) + 1)
    height = 2 * (max(sizes) + 48)
    sheet = QImage(width, height, QImage.Format.Format_ARGB32)
    painter = QPainter(sheet)
    for row, color in enumerate(("#F5F5F5", "#2E3440")):
        top = row * height // 2
        painter.fillRect(0, top, width, height // 2, QColor(color))
        x = 24
        for s in sizes:
            painter.drawImage(x, top + 24 + (max(sizes) - s), images[s])
            x += s + 24
    painter.end()
    sheet.save(str(path))


def make_icons(out: Path, svg: Path, small: Path | None, preview: Path | None = None) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for size in PNG_SIZES:
        target = out / f"inspector-{size}.png"
        render(source_for(size, svg, small), size).save(str(target))
        written.append(target)
    ico = out / "inspector.ico"
    write_ico(ico, {s: render(source_for(s, svg, small), s) for s in ICO_SIZES})
    written.append(ico)
    if preview is not None:
        write_preview(preview, {s: render(source_for(s, svg, small), s) for s in PNG_SIZES})
        written.append(preview)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=ICONS / "inspector.svg")
    parser.add_argument("--small", type=Path, default=ICONS / "inspector-small.svg")
    parser.add_argument("--out", type=Path, default=ICONS)
    parser.add_argument("--preview", type=Path, default=None, help="also write a sheet of all sizes")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 - Qt needs one
    small = args.small if args.small.is_file() else None
    for path in make_icons(args.out, args.svg, small, args.preview):
        print(f"{path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
