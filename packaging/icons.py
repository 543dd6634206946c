"""Draw the app icon (same design as resources/icons/parole-desktop.svg) as PNG, ICO and ICNS with Pillow.

.venv/bin/python packaging/icons.py OUT_DIR     writes parole-desktop.png/.ico/.icns into OUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw


def draw(size: int = 256) -> Image.Image:
    s = 4  # supersample, then scale down for smooth edges
    n = 256 * s
    im = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)

    def k(*v: float) -> list[float]:
        return [x * s for x in v]

    d.rounded_rectangle(k(8, 8, 248, 248), radius=44 * s, fill="#1f4e8c")
    d.polygon(k(72, 40, 156, 40, 196, 80, 196, 216, 72, 216), fill="#ffffff")
    d.polygon(k(156, 40, 156, 80, 196, 80), fill="#c9d6ea")
    for x2, y in ((176, 104), (176, 128), (140, 152)):
        d.line(k(92, y, x2, y), fill="#8fa3c0", width=8 * s)
    d.ellipse(k(136, 144, 216, 224), fill="#2e8b57")
    d.line(k(156, 184, 171, 199, 198, 170), fill="#ffffff", width=12 * s, joint="curve")
    return im.resize((size, size), Image.Resampling.LANCZOS)


def write_all(out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    big = draw(1024)
    files = {
        "png": out / "parole-desktop.png",
        "ico": out / "parole-desktop.ico",
        "icns": out / "parole-desktop.icns",
    }
    big.resize((256, 256), Image.Resampling.LANCZOS).save(files["png"])
    big.save(files["ico"], sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    big.save(files["icns"])
    return files


if __name__ == "__main__":
    for path in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")).values():
        print(path)
