"""Reading exhibits (images via Pillow, PDFs via pikepdf) and turning them into packet pages.

Everything stays in memory; an unreadable exhibit becomes a UserError naming it."""

from __future__ import annotations

import hashlib
import io
import logging
import warnings
import zlib
from dataclasses import dataclass, field
from typing import Any

from parole_desktop.errors import IntegrityError, UserError
from parole_desktop.packet.plan import PlannedExhibit

log = logging.getLogger(__name__)

MAX_BYTES = 512 * 1024 * 1024
MAX_PIXELS = 120_000_000  # per image frame; Pillow raises DecompressionBombError at 2x
MAX_PAGES_PER_EXHIBIT = 500
MAX_PAGES_TOTAL = 3000

PAGE_W, PAGE_H = 612.0, 792.0
IMG_MARGIN, IMG_BOTTOM = 36.0, 60.0


@dataclass
class LoadedExhibit:
    """An exhibit read and checked; ``pages`` is its page count in the packet."""

    planned: PlannedExhibit
    kind: str  # "pdf" | "jpeg" | "image"
    data: bytes
    pages: int
    pdf: Any = None  # pikepdf.Pdf for kind == "pdf"
    jpeg: dict[str, Any] = field(default_factory=dict)


def _fail(ex: PlannedExhibit, why: str) -> UserError:
    return UserError(f"{ex.describe()} cannot be used: {why}. Replace the file and build the packet again.")


def load_exhibit(ex: PlannedExhibit) -> LoadedExhibit:
    """Read one exhibit fully into memory, check its hash and that it can be rendered."""
    ev = ex.source.evidence
    try:
        with ex.source.open() as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as e:
        raise _fail(ex, f"the file could not be read ({e})") from e
    if len(data) > MAX_BYTES:
        raise _fail(ex, "the file is larger than 512 MB")
    if not data:
        raise _fail(ex, "the file is empty")
    if ev.sha256 and hashlib.sha256(data).hexdigest() != ev.sha256.lower():
        raise IntegrityError(f"{ex.describe()} does not match its recorded SHA-256: the stored file changed.")
    if data[:1024].lstrip().startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return _load_pdf(ex, data)
    return _load_image(ex, data)


def _load_pdf(ex: PlannedExhibit, data: bytes) -> LoadedExhibit:
    import pikepdf

    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError as e:
        raise _fail(ex, "the PDF is password-protected") from e
    except (pikepdf.PdfError, ValueError, OSError) as e:
        raise _fail(ex, "the PDF is damaged") from e
    try:
        n = len(pdf.pages)
        if n == 0:
            raise _fail(ex, "the PDF has no pages")
        if n > MAX_PAGES_PER_EXHIBIT:
            raise _fail(ex, f"the PDF has {n} pages (at most {MAX_PAGES_PER_EXHIBIT} per exhibit)")
        for page in pdf.pages:  # force parsing now, so damage shows up here and not mid-merge
            box = page.mediabox
            if float(box[2]) - float(box[0]) <= 0 or float(box[3]) - float(box[1]) <= 0:
                raise _fail(ex, "a page of the PDF has no size")
            contents = page.obj.get("/Contents")
            if contents is not None:
                page.obj.Contents = contents  # resolves the object
                for s in contents if isinstance(contents, pikepdf.Array) else [contents]:
                    s.read_bytes()
    except UserError:
        pdf.close()
        raise
    except (pikepdf.PdfError, ValueError, KeyError, TypeError, AttributeError) as e:
        pdf.close()
        raise _fail(ex, "the PDF is damaged") from e
    return LoadedExhibit(ex, "pdf", data, n, pdf=pdf)


def _open_image(ex: PlannedExhibit, data: bytes) -> Any:
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
        raise _fail(ex, "the image is too large (possible decompression bomb)") from e
    except (OSError, ValueError, SyntaxError) as e:
        raise _fail(ex, "the file is not a PDF or an image this app can read") from e


def _load_image(ex: PlannedExhibit, data: bytes) -> LoadedExhibit:
    from PIL import Image

    im = _open_image(ex, data)
    try:
        frames = int(getattr(im, "n_frames", 1))
        if frames > MAX_PAGES_PER_EXHIBIT:
            raise _fail(ex, f"the image has {frames} pages (at most {MAX_PAGES_PER_EXHIBIT})")
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            if im.format == "JPEG" and im.mode in ("L", "RGB") and frames == 1:
                info = {"w": im.size[0], "h": im.size[1], "mode": im.mode,
                        "orientation": int(im.getexif().get(0x0112, 1) or 1)}
                # Decode at 1/8 scale: cheap, and still reads every byte, so truncation shows.
                im.draft(im.mode, (max(1, im.size[0] // 8), max(1, im.size[1] // 8)))
                im.load()
                return LoadedExhibit(ex, "jpeg", data, 1, jpeg=info)
            for i in range(frames):
                im.seek(i)
                im.load()
    except UserError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
        raise _fail(ex, "the image is too large (possible decompression bomb)") from e
    except (OSError, ValueError, SyntaxError, EOFError) as e:
        raise _fail(ex, "the image is damaged or truncated") from e
    finally:
        im.close()
    return LoadedExhibit(ex, "image", data, frames)


def _fit(w: float, h: float) -> tuple[float, float, float, float]:
    aw, ah = PAGE_W - 2 * IMG_MARGIN, PAGE_H - IMG_MARGIN - IMG_BOTTOM
    s = min(aw / w, ah / h)
    dw, dh = w * s, h * s
    return IMG_MARGIN + (aw - dw) / 2, IMG_BOTTOM + (ah - dh) / 2, dw, dh


def _orient_matrix(o: int, x: float, y: float, dw: float, dh: float) -> tuple[float, ...]:
    """``cm`` operands mapping the image unit square to the box, applying EXIF orientation ``o``."""
    return {
        2: (-dw, 0, 0, dh, x + dw, y),
        3: (-dw, 0, 0, -dh, x + dw, y + dh),
        4: (dw, 0, 0, -dh, x, y + dh),
        5: (0, -dh, -dw, 0, x + dw, y + dh),
        6: (0, -dh, dw, 0, x, y + dh),
        7: (0, dh, dw, 0, x, y),
        8: (0, dh, -dw, 0, x + dw, y),
    }.get(o, (dw, 0, 0, dh, x, y))


def _image_page(pdf: Any, xobj: Any, matrix: tuple[float, ...]) -> Any:
    import pikepdf

    cm = " ".join(f"{v:.4f}" for v in matrix)
    content = pdf.make_stream(f"q {cm} cm /Im0 Do Q".encode())
    page = pikepdf.Dictionary(
        Type=pikepdf.Name.Page,
        MediaBox=pikepdf.Array([0, 0, PAGE_W, PAGE_H]),
        Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=xobj)),
        Contents=content,
    )
    return pikepdf.Page(pdf.make_indirect(page))


def _jpeg_page(pdf: Any, le: LoadedExhibit) -> Any:
    import pikepdf

    j = le.jpeg
    xobj = pdf.make_stream(le.data)  # the JPEG bytes go in untouched
    xobj.Type = pikepdf.Name.XObject
    xobj.Subtype = pikepdf.Name.Image
    xobj.Width, xobj.Height = j["w"], j["h"]
    xobj.ColorSpace = pikepdf.Name.DeviceGray if j["mode"] == "L" else pikepdf.Name.DeviceRGB
    xobj.BitsPerComponent = 8
    xobj.Filter = pikepdf.Name.DCTDecode
    o = j["orientation"]
    w, h = (j["h"], j["w"]) if o in (5, 6, 7, 8) else (j["w"], j["h"])
    return _image_page(pdf, xobj, _orient_matrix(o, *_fit(w, h)))


def _pixel_page(pdf: Any, frame: Any) -> Any:
    import pikepdf
    from PIL import Image, ImageOps

    frame = ImageOps.exif_transpose(frame)
    if frame.mode == "1":
        raw, cs, bpc = frame.tobytes(), pikepdf.Name.DeviceGray, 1
    else:
        if frame.mode in ("RGBA", "LA", "PA") or (frame.mode == "P" and "transparency" in frame.info):
            rgba = frame.convert("RGBA")
            bg = Image.new("RGB", rgba.size, (255, 255, 255))
            bg.paste(rgba, mask=rgba.getchannel("A"))
            frame = bg
        elif frame.mode not in ("L", "RGB"):
            frame = frame.convert("L" if frame.mode in ("I", "I;16", "F") else "RGB")
        raw, bpc = frame.tobytes(), 8
        cs = pikepdf.Name.DeviceGray if frame.mode == "L" else pikepdf.Name.DeviceRGB
    xobj = pdf.make_stream(zlib.compress(raw, 6))
    xobj.Type = pikepdf.Name.XObject
    xobj.Subtype = pikepdf.Name.Image
    xobj.Width, xobj.Height = frame.size
    xobj.ColorSpace = cs
    xobj.BitsPerComponent = bpc
    xobj.Filter = pikepdf.Name.FlateDecode
    if frame.mode == "1":
        xobj.Decode = pikepdf.Array([0, 1])
    return _image_page(pdf, xobj, _orient_matrix(1, *_fit(*frame.size)))


def _strip_actions(page: Any) -> None:
    """No scripts or launch actions from an exhibit in the packet: drop the page's and its annotations'
    additional actions (/AA) and every annotation action except a plain web link (/URI)."""
    import pikepdf

    if "/AA" in page.obj:
        del page.obj["/AA"]
    for annot in page.obj.get("/Annots", None) or []:
        if not isinstance(annot, pikepdf.Dictionary):
            continue
        if "/AA" in annot:
            del annot["/AA"]
        action = annot.get("/A")
        if action is not None and (not isinstance(action, pikepdf.Dictionary) or action.get("/S") != "/URI"
                                   or "/Next" in action):
            del annot["/A"]


def exhibit_pages(pdf: Any, le: LoadedExhibit) -> list[Any]:
    """The exhibit's pages, ready to put into ``pdf`` (PDF pages come from the exhibit's own Pdf)."""
    if le.kind == "pdf":
        pages = list(le.pdf.pages)
        for page in pages:
            _strip_actions(page)
        return pages
    if le.kind == "jpeg":
        return [_jpeg_page(pdf, le)]
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    pages = []
    try:
        with Image.open(io.BytesIO(le.data)) as im:
            for i in range(le.pages):
                im.seek(i)
                pages.append(_pixel_page(pdf, im.copy()))
    except (OSError, ValueError, EOFError) as e:
        raise _fail(le.planned, "the image is damaged") from e
    return pages
