"""The one probe: whether a file can be printed in a packet, and the pages it prints as.

:func:`normalise` turns an evidence file (PDF or image) into the exhibit's packet pages: letter-size
pages whose content is scaled into :data:`FRAME` (the footer margin below it stays free for the
stamp), with nothing active left (no JavaScript, actions, links, attachments, media, forms or
XFA: annotations and form fields are flattened to their printed appearance), optional content shown
as the file's default view, and every stream decodable. A file it cannot turn into such pages raises
:class:`Unprintable` with a plain reason. Intake and the packet build both call it, in the child
process of :mod:`parole_desktop.packet.sandbox` (task ``normalise`` of :mod:`parole_desktop.packet.child`,
through :func:`probe_bytes`), so the verdict stored at intake is the build's.
"""

from __future__ import annotations

import io
import logging
import math
import warnings
import zlib
from dataclasses import dataclass, field
from typing import Any

from parole_desktop.packet.sandbox import TIMEOUT_S, UntrustedFileError, run_untrusted

log = logging.getLogger(__name__)

PAGE_W, PAGE_H = 612.0, 792.0
#: Where exhibit content goes on a packet page (x0, y0, x1, y1); the stamp uses the margin below.
FRAME = (36.0, 60.0, 576.0, 756.0)
FOOTER_TOP = 56.0  # the stamp never draws above this line on exhibit pages
MAX_PAGES = 500  # per exhibit
MAX_PIXELS = 50_000_000  # per image (decoded); JPEGs may be larger, they are decoded at a reduced scale
MAX_JPEG_PIXELS = 400_000_000
PRINT_LONG_SIDE = 3300  # 300 dpi over 11 inches: more pixels add nothing on paper
MIN_PT, MAX_PT = 0.5, 14_400.0 * 75_000  # page side limits after /UserUnit (1 pt .. far beyond 200 in)
#: The version of what :func:`normalise` and :func:`thumbnail_rgb` make. The vault keeps each exhibit's
#: output under the version that made it (``store/probes.py``); raise this whenever a change here alters
#: the pages or the thumbnail, so outputs of the older code are probed again (in the background).
PROBE_VERSION = 1
THUMB_SIDE = 192  # longest side of the first-page thumbnail, in pixels

# Keys that make a PDF do something (or carry a file) rather than show a page.
ACTIVE_KEYS = frozenset(
    {
        "/JS",
        "/JavaScript",
        "/AA",
        "/A",
        "/OpenAction",
        "/EmbeddedFiles",
        "/EmbeddedFile",
        "/EF",
        "/RichMedia",
        "/RichMediaContent",
        "/RichMediaSettings",
        "/XFA",
        "/AcroForm",
        "/Annots",
        "/Names",
        "/Launch",
        "/URI",
        "/GoToR",
        "/GoToE",
        "/Movie",
        "/Sound",
        "/3DD",
        "/Threads",
        "/SubmitForm",
        "/ImportData",
    }
)
_RESOURCE_KEYS = (
    "/Font",
    "/XObject",
    "/ExtGState",
    "/ColorSpace",
    "/Pattern",
    "/Shading",
    "/Properties",
    "/ProcSet",
)
_LOSSY = {"JPEG", "MPO", "WEBP", "HEIF", "AVIF"}
_ANIMATED = {"GIF", "WEBP", "PNG", "MPO", "AVIF", "HEIF", "FLI"}


class Unprintable(Exception):
    """The file cannot be printed; ``reason`` says why and what to do, in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Normalised:
    kind: str  # "pdf" | "image"
    media_type: str
    pages: int
    width_px: int | None = None
    height_px: int | None = None
    notes: list[str] = field(default_factory=list)
    pdf: bytes = b""  # the exhibit's packet pages (see module docstring)
    converted: bytes = b""  # a JPEG made from a HEIC/HEIF/AVIF photo (stored instead at intake)
    converted_media_type: str = ""


def normalise(data: bytes) -> Normalised:
    """The exhibit pages for ``data`` or :class:`Unprintable`. Deterministic: same bytes, same verdict.
    The pages are always made (intake too), so nothing the build does can fail where intake passed."""
    if not data:
        raise Unprintable("the file is empty")
    if b"%PDF" in data[:1024]:
        return _normalise_pdf(data)
    head = data[:16]
    if head[:2] == b"MZ" or head[:4] == b"\x7fELF" or head[:4] in (b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe"):
        raise Unprintable("this is a program, not a document: add the document itself (PDF or photo)")
    return _normalise_image(data)


# ------------------------------------------------------------------------------------------------ PDF
def _normalise_pdf(data: bytes) -> Normalised:
    import pikepdf

    try:
        src = pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError:
        raise Unprintable(
            "the PDF is password-protected: open it with its password and save or print an "
            "unprotected copy, then add that copy"
        ) from None
    except (pikepdf.PdfError, ValueError, OSError) as e:
        log.debug("PDF open failed: %s", type(e).__name__)
        raise Unprintable(
            "the PDF is damaged and cannot be opened: save or print it again as PDF from the "
            "program that made it, or scan the paper original"
        ) from None
    with src:
        n = len(src.pages)
        if n == 0:
            raise Unprintable("the PDF has no pages")
        if n > MAX_PAGES:
            raise Unprintable(
                f"the PDF has {n} pages, more than {MAX_PAGES} per exhibit: split it into parts "
                "and add each part as its own exhibit"
            )
        _refuse_xfa_only(src)
        notes: list[str] = []
        hidden = _hidden_ocgs(src)
        had_forms = "/AcroForm" in src.Root
        for i, page in enumerate(src.pages, 1):
            _normalise_boxes(page, i)
            _drop_hidden_annots(page, hidden)
        try:
            if had_forms:
                src.generate_appearance_streams()
            src.flatten_annotations("print")
        except (pikepdf.PdfError, ValueError, TypeError) as e:
            log.debug("flatten failed: %s", type(e).__name__)
            raise Unprintable(
                "the PDF's form fields or notes are damaged and cannot be printed: print it to a "
                "new PDF and add that copy"
            ) from None
        if had_forms:
            notes.append("form fields printed as filled in (no longer fillable)")
        out = pikepdf.new()
        try:
            for i, page in enumerate(src.pages, 1):
                if hidden:
                    _strip_hidden_content(src, page.obj, hidden, set())
                _place_page(out, page, i)
        except pikepdf.PdfError as e:
            log.debug("page copy failed: %s", type(e).__name__)
            raise Unprintable("the PDF is damaged: a page cannot be read") from None
        if hidden:
            notes.append("hidden layers left out, as the PDF shows them by default")
        pdf = _finish(out)
    lost = _lost_pages(data, pdf)
    if lost:  # content only a viewer can draw (notes without appearance, a stream only pdfium recovers)
        pdf = _rasterise(data, pdf, lost)
        shown = ", ".join(str(i + 1) for i in lost[:10]) + (" …" if len(lost) > 10 else "")
        notes.append(
            f"page {shown} printed as a picture (its content can only be shown that way)"
            if len(lost) == 1
            else f"pages {shown} printed as pictures (their content can only be shown that way)"
        )
    return Normalised("pdf", "application/pdf", n, notes=notes, pdf=pdf)


def _ink(doc: Any, index: int, px: int = 64) -> bool | None:
    """Whether page ``index`` of a pypdfium2 document shows anything, as printed (None: cannot tell)."""
    try:
        page = doc[index]
        w, h = page.get_size()
        scale = max(0.005, min(4.0, px / max(w, h, 1.0)))
        im = page.render(scale=scale, draw_annots=True, may_draw_forms=True, optimize_mode="print").to_pil()
    except Exception:
        return None
    lo, _ = im.convert("L").getextrema()
    return bool(lo < 235)


def _lost_pages(src: bytes, out: bytes) -> list[int]:
    """Pages that show content in a viewer (pdfium) but not in the normalised pages."""
    import pypdfium2 as pdfium

    try:
        a, b = pdfium.PdfDocument(src), pdfium.PdfDocument(out)
    except pdfium.PdfiumError:
        return []
    try:
        if len(a) != len(b):
            return []
        return [i for i in range(len(a)) if _ink(a, i) and _ink(b, i) is False]
    finally:
        a.close()
        b.close()


def _rasterise(src: bytes, out: bytes, pages: list[int]) -> bytes:
    """Replace ``pages`` of ``out`` by a picture of the source page as a viewer prints it."""
    import pikepdf
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(src)
    new = pikepdf.new()
    try:
        with pikepdf.open(io.BytesIO(out)) as ours:
            for i, page in enumerate(ours.pages):
                if i not in pages:
                    new.pages.append(page)
                    continue
                p = doc[i]
                w, h = p.get_size()
                scale = max(0.01, min(150 / 72, PRINT_LONG_SIDE / max(w, h, 1.0)))
                im = p.render(
                    scale=scale, draw_annots=True, may_draw_forms=True, optimize_mode="print"
                ).to_pil()
                _pixel_page(new, im.convert("RGB"), lossy=False)
            return _finish(new)
    finally:
        doc.close()


def _refuse_xfa_only(src: Any) -> None:
    form = src.Root.get("/AcroForm")
    if form is None or "/XFA" not in form:
        return
    fields = form.get("/Fields")
    needs = bool(src.Root.get("/NeedsRendering", False))
    if needs or fields is None or len(fields) == 0:
        raise Unprintable(
            "the PDF is an XFA form that only Adobe Reader can show; what other programs print "
            "is a placeholder page. Open it in Adobe Reader and print it to a new PDF, then add "
            "that copy"
        )


def _normalise_boxes(page: Any, number: int) -> None:
    """Boxes with their corners in any order become plain rectangles; the printed area is the crop box
    inside the media box; a page without a usable size is refused."""
    import pikepdf

    def rect(key: str) -> tuple[float, float, float, float] | None:
        v = page.obj.get(key)
        if not isinstance(v, pikepdf.Array) or len(v) != 4:
            return None
        try:
            x0, y0, x1, y1 = (float(x) for x in v)
        except (TypeError, ValueError):
            return None
        if not all(math.isfinite(x) for x in (x0, y0, x1, y1)):
            return None
        return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)

    media = rect("/MediaBox")
    if media is None:
        raise Unprintable(f"page {number} of the PDF has no page size")
    crop = rect("/CropBox")
    if crop is not None:
        crop = (
            max(crop[0], media[0]),
            max(crop[1], media[1]),
            min(crop[2], media[2]),
            min(crop[3], media[3]),
        )
        if crop[2] - crop[0] <= 0 or crop[3] - crop[1] <= 0:
            crop = None
    box = crop or media
    unit = page.obj.get("/UserUnit", 1)
    try:
        unit = float(unit)
    except (TypeError, ValueError):
        unit = 1.0
    if not math.isfinite(unit) or unit <= 0:
        unit = 1.0
    w, h = (box[2] - box[0]) * unit, (box[3] - box[1]) * unit
    if w < MIN_PT or h < MIN_PT or w > MAX_PT or h > MAX_PT:
        raise Unprintable(f"page {number} of the PDF has no usable size ({w:.2g} x {h:.2g} points)")
    arr = pikepdf.Array([*box])
    page.obj.MediaBox = pikepdf.Array([*media])
    page.obj.CropBox = arr
    page.obj.TrimBox = arr  # the form XObject made from the page shows exactly what a viewer shows
    for key in ("/BleedBox", "/ArtBox"):
        if key in page.obj:
            del page.obj[key]
    if "/UserUnit" in page.obj and unit == 1.0:
        del page.obj["/UserUnit"]
    rot = page.obj.get("/Rotate", 0)
    try:
        rot = int(rot) % 360
    except (TypeError, ValueError):
        rot = 0
    page.obj.Rotate = rot - rot % 90


def _place_page(out: Any, page: Any, number: int) -> None:
    import pikepdf

    fx = page.as_form_xobject(handle_transformations=True)
    res = fx.get("/Resources")
    if isinstance(res, pikepdf.Dictionary):
        for key in list(res.keys()):
            if key not in _RESOURCE_KEYS:
                del res[key]
    fx_out = out.copy_foreign(fx)
    new = out.add_blank_page(page_size=(PAGE_W, PAGE_H))
    new.obj.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(P0=fx_out))
    cm = new.calc_form_xobject_placement(
        fx_out,
        pikepdf.Name.P0,
        pikepdf.Rectangle(*FRAME),
        invert_transformations=True,
        allow_shrink=True,
        allow_expand=True,
    )
    if not cm.strip():
        raise Unprintable(f"page {number} of the PDF has no usable size")
    new.obj.Contents = out.make_stream(b"q\n" + cm + b"\nQ\n")


# ------------------------------------------------------------------------------- optional content
def _hidden_ocgs(src: Any) -> set[tuple[int, int]]:
    """Optional-content groups the document's default view hides (objgen of each)."""
    import pikepdf

    props = src.Root.get("/OCProperties")
    if not isinstance(props, pikepdf.Dictionary):
        return set()
    groups = props.get("/OCGs")
    all_groups = (
        {g.objgen for g in groups if isinstance(g, pikepdf.Dictionary)}
        if isinstance(groups, pikepdf.Array)
        else set()
    )
    d = props.get("/D")
    if not isinstance(d, pikepdf.Dictionary):
        return set()

    def ids(key: str) -> set[tuple[int, int]]:
        v = d.get(key)
        return (
            {g.objgen for g in v if isinstance(g, pikepdf.Dictionary)}
            if isinstance(v, pikepdf.Array)
            else set()
        )

    if d.get("/BaseState") == pikepdf.Name.OFF:
        return all_groups - ids("/ON")
    return ids("/OFF")


def _oc_hidden(oc: Any, hidden: set[tuple[int, int]]) -> bool:
    """Whether an /OC entry (an OCG or a membership dictionary) is hidden in the default view."""
    import pikepdf

    if not isinstance(oc, pikepdf.Dictionary):
        return False
    if oc.get("/Type") == pikepdf.Name.OCMD:
        got = oc.get("/OCGs")
        groups: list[Any] = (
            [got]
            if isinstance(got, pikepdf.Dictionary)
            else list(got)
            if isinstance(got, pikepdf.Array)
            else []
        )
        if not groups:
            return False
        on = [g.objgen not in hidden for g in groups if isinstance(g, pikepdf.Dictionary)]
        if not on:
            return False
        policy = str(oc.get("/P", "/AnyOn"))
        visible = {"/AllOn": all(on), "/AnyOff": not all(on), "/AllOff": not any(on)}.get(policy, any(on))
        return not visible
    return oc.objgen in hidden


def _drop_hidden_annots(page: Any, hidden: set[tuple[int, int]]) -> None:
    import pikepdf

    annots = page.obj.get("/Annots")
    if not hidden or not isinstance(annots, pikepdf.Array):
        return
    keep = [a for a in annots if not (isinstance(a, pikepdf.Dictionary) and _oc_hidden(a.get("/OC"), hidden))]
    page.obj.Annots = pikepdf.Array(keep)


def _strip_hidden_content(
    src: Any, holder: Any, hidden: set[tuple[int, int]], seen: set[tuple[int, int]]
) -> None:
    """Remove marked content and XObjects the default view hides from a page or form XObject."""
    import pikepdf

    res = holder.get("/Resources")
    res = res if isinstance(res, pikepdf.Dictionary) else pikepdf.Dictionary()
    props: Any = res.get("/Properties") if isinstance(res.get("/Properties"), pikepdf.Dictionary) else {}
    xobjs: Any = res.get("/XObject") if isinstance(res.get("/XObject"), pikepdf.Dictionary) else {}
    for xo in xobjs.values() if xobjs else []:
        if (
            isinstance(xo, pikepdf.Stream)
            and xo.get("/Subtype") == pikepdf.Name.Form
            and xo.objgen not in seen
        ):
            if xo.objgen != (0, 0):
                seen.add(xo.objgen)
            _strip_hidden_content(src, xo, hidden, seen)
    try:
        ops = pikepdf.parse_content_stream(holder)
    except pikepdf.PdfError as e:
        raise Unprintable("the PDF is damaged: a page's drawing instructions cannot be read") from e
    kept = []
    depth = 0  # >0 while inside hidden marked content (counting nested sections)
    changed = False
    for item in ops:
        op = str(item.operator)
        if depth:
            changed = True
            if op in ("BMC", "BDC"):
                depth += 1
            elif op == "EMC":
                depth -= 1
            continue
        if op == "BDC" and len(item.operands) == 2 and item.operands[0] == pikepdf.Name.OC:
            tag = item.operands[1]
            oc = props.get(tag) if isinstance(tag, pikepdf.Name) and props else tag
            if _oc_hidden(oc, hidden):
                depth = 1
                changed = True
                continue
        if op == "Do" and item.operands and xobjs:
            xo = xobjs.get(item.operands[0])
            if isinstance(xo, pikepdf.Stream) and _oc_hidden(xo.get("/OC"), hidden):
                changed = True
                continue
        kept.append(item)
    if changed:
        data = pikepdf.unparse_content_stream(kept)
        if isinstance(holder, pikepdf.Stream):
            holder.write(data)
        else:
            holder.Contents = src.make_stream(data)


# ---------------------------------------------------------------------------------------- cleaning
def _scrub(pdf: Any) -> None:
    """Drop every key that could act (scripts, actions, links, attachments, media, forms) from every
    object of the new file; annotations are already flattened into the page content."""
    import pikepdf

    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            for key in list(obj.keys()):
                if key in ACTIVE_KEYS:
                    del obj[key]
            if obj.get("/Type") in (pikepdf.Name.Filespec, pikepdf.Name.EmbeddedFile):
                for key in list(obj.keys()):
                    del obj[key]


def _finish(out: Any) -> bytes:
    """Clean, save, and check the result: every stream decodes and qpdf's own check is silent."""
    import pikepdf

    _scrub(out)
    buf = io.BytesIO()
    try:
        out.remove_unreferenced_resources()
        out.save(buf, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    except (pikepdf.PdfError, RuntimeError) as e:
        log.debug("save failed: %s", type(e).__name__)
        raise Unprintable("the PDF is damaged: part of its content cannot be decoded") from None
    data = buf.getvalue()
    with pikepdf.open(io.BytesIO(data)) as check:
        for obj in check.objects:
            if isinstance(obj, pikepdf.Stream):
                try:
                    obj.read_bytes()
                except pikepdf.PdfError as e:
                    if "unfilterable" in str(e) and _image_codec(obj):
                        continue  # JPEG/JPEG 2000/JBIG2/fax pictures: decoded by the viewer, not by qpdf
                    raise Unprintable(
                        "the PDF is damaged: part of its content cannot be decoded. Save or print "
                        "it again as PDF, or scan the paper original"
                    ) from None
        problems = check.check_pdf_syntax()
        if problems:
            log.debug("check: %d problems", len(problems))
            raise Unprintable(
                "the PDF is damaged: part of its content cannot be read. Save or print it again as "
                "PDF, or scan the paper original"
            )
    return data


def _image_codec(stream: Any) -> bool:
    import pikepdf

    f = stream.get("/Filter")
    names = [f] if isinstance(f, pikepdf.Name) else list(f) if isinstance(f, pikepdf.Array) else []
    return any(
        str(n) in ("/DCTDecode", "/JPXDecode", "/JBIG2Decode", "/CCITTFaxDecode", "/DCT", "/CCF")
        for n in names
    )


# ------------------------------------------------------------------------------------------- images
def _open_image(data: bytes) -> Any:
    from PIL import Image, UnidentifiedImageError

    register_heif()
    Image.MAX_IMAGE_PIXELS = None  # checked below, per format (JPEGs decode at a reduced scale)
    try:
        im = Image.open(io.BytesIO(data))
    except UnidentifiedImageError:
        if _looks_like_image(data):
            raise Unprintable("the image is damaged and cannot be opened: take or scan it again") from None
        raise Unprintable(
            "this file type cannot be printed in a packet: add a PDF or a photo (JPEG, PNG, TIFF, HEIC)"
        ) from None
    except (OSError, ValueError, SyntaxError, EOFError, struct_error(), TypeError, KeyError, IndexError) as e:
        log.debug("image open failed: %s", type(e).__name__)
        raise Unprintable("the image is damaged and cannot be opened: take or scan it again") from None
    w, h = im.size
    if w <= 0 or h <= 0:
        raise Unprintable("the image has no pixels")
    limit = MAX_JPEG_PIXELS if im.format in ("JPEG", "MPO") else MAX_PIXELS
    if w * h > limit:
        raise Unprintable(
            f"the image is too large to print ({w} x {h} pixels, at most {limit // 1_000_000} "
            "million): save a smaller copy"
        )
    return im


def _looks_like_image(data: bytes) -> bool:
    head = data[:16]
    return (
        head[:3] == b"\xff\xd8\xff"
        or head[:8] == b"\x89PNG\r\n\x1a\n"
        or head[:4] in (b"II*\x00", b"MM\x00*")
        or head[:4] == b"GIF8"
        or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
        or head[4:8] == b"ftyp"
    )


def struct_error() -> type[Exception]:
    import struct

    return struct.error


def register_heif() -> None:
    try:
        from pillow_heif import register_heif_opener
    except ImportError:  # pragma: no cover - a dependency; without it HEIC photos are refused
        return
    register_heif_opener()


def _normalise_image(data: bytes) -> Normalised:
    from PIL import Image

    im = _open_image(data)
    fmt = str(im.format or "")
    media = Image.MIME.get(fmt, "image/" + fmt.lower())
    w, h = im.size
    notes: list[str] = []
    frames = int(getattr(im, "n_frames", 1) or 1)
    multipage = fmt == "TIFF"
    if frames > 1 and not multipage:
        what = "photo of a multi-picture (MPO) file" if fmt == "MPO" else "frame of the animation"
        notes.append(f"only the first {what} is printed ({frames} in the file)")
        frames = 1
    if frames > MAX_PAGES:
        raise Unprintable(f"the image has {frames} pages, more than {MAX_PAGES} per exhibit: split it")
    converted, converted_media = b"", ""
    import pikepdf

    out = pikepdf.new()
    try:
        with im, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for i in range(frames):
                if i:
                    im.seek(i)
                if (
                    i == 0
                    and fmt == "JPEG"
                    and im.mode in ("L", "RGB")
                    and frames == 1
                    and w * h <= MAX_PIXELS
                    and max(w, h) <= 4 * PRINT_LONG_SIDE
                ):
                    im.load()  # decodes every byte: a cut-off photo fails here
                    _jpeg_page(out, data, im)
                    continue
                frame = _printable_frame(im, notes)
                if fmt in ("HEIF", "AVIF") and i == 0:
                    buf = io.BytesIO()
                    frame.save(buf, "JPEG", quality=92, optimize=True)
                    converted, converted_media = buf.getvalue(), "image/jpeg"
                    notes.append(f"converted from {fmt} to JPEG at intake")
                _pixel_page(out, frame, lossy=fmt in _LOSSY)
    except Unprintable:
        raise
    except Image.DecompressionBombError:
        raise Unprintable("the image is too large to print (possibly a decompression bomb)") from None
    except (OSError, ValueError, SyntaxError, EOFError, struct_error(), IndexError, TypeError, KeyError) as e:
        log.debug("image decode failed: %s", type(e).__name__)
        cut = "truncated" in str(e) or isinstance(e, EOFError)
        raise Unprintable(
            "the image is incomplete (cut off): copy it again from the phone or scanner"
            if cut
            else "the image is damaged and cannot be decoded: take or scan it again"
        ) from None
    return Normalised("image", media, frames, w, h, notes, _finish(out), converted, converted_media)


def _printable_frame(im: Any, notes: list[str]) -> Any:
    """The current frame as 8-bit L, RGB or 1-bit, upright, on white, at most PRINT_LONG_SIDE."""
    from PIL import Image, ImageOps

    if im.format == "JPEG" and max(im.size) > PRINT_LONG_SIDE:
        im.draft(im.mode, (PRINT_LONG_SIDE, PRINT_LONG_SIDE))  # decode big JPEGs at 1/2..1/8 scale
    im.load()
    frame = im
    try:
        frame = ImageOps.exif_transpose(im)
    except (ValueError, TypeError, KeyError, SyntaxError):
        frame = im  # a broken EXIF block: print as stored
    mode = frame.mode
    if mode in ("I;16", "I;16L", "I;16B", "I;16N", "I", "F"):
        frame = _scale_to_8bit(frame, notes)
    elif mode == "1":
        pass
    elif mode in ("RGBA", "LA", "PA", "La", "RGBa") or (mode == "P" and "transparency" in frame.info):
        rgba = frame.convert("RGBA")
        bg = Image.new("RGB", rgba.size, (255, 255, 255))
        bg.paste(rgba, mask=rgba.getchannel("A"))
        frame = bg
    elif mode == "P" or mode not in ("L", "RGB"):
        frame = frame.convert("RGB")
    if max(frame.size) > PRINT_LONG_SIDE:
        frame = frame.copy()
        frame.thumbnail(
            (PRINT_LONG_SIDE, PRINT_LONG_SIDE),
            Image.Resampling.LANCZOS if frame.mode != "1" else Image.Resampling.NEAREST,
        )
    return frame


def _scale_to_8bit(frame: Any, notes: list[str]) -> Any:
    """16-bit, 32-bit and floating-point grey images, scaled (not clipped) to 0..255."""
    src = frame.mode
    f = frame.convert("F") if src != "F" else frame
    lo, hi = f.getextrema()
    if not (math.isfinite(lo) and math.isfinite(hi)):
        f = f.point(lambda v: v if math.isfinite(v) else 0.0)
        lo, hi = f.getextrema()
    if src == "F" and lo >= 0.0 and hi <= 1.0:
        lo, hi = 0.0, 1.0  # a float image in the usual 0..1 range
    elif src.startswith("I;16"):
        top = 65535.0
        for bits in (8, 10, 12, 14):  # 10/12/14-bit sensor data stored in 16-bit containers
            if hi < 2**bits:
                top = 2.0**bits - 1
                break
        lo, hi = 0.0, top
    if hi <= lo:
        hi = lo + 1.0
    scale = 255.0 / (hi - lo)
    out = f.point(lambda v: (v - lo) * scale).convert("L")
    notes.append("image with more than 8 bits per sample scaled to print")
    return out


def _jpeg_page(out: Any, data: bytes, im: Any) -> None:
    """A baseline JPEG goes into the page as it is (no re-compression), turned by its EXIF orientation."""
    import pikepdf

    w, h = im.size
    try:
        o = int(im.getexif().get(0x0112, 1) or 1)
    except (ValueError, TypeError, SyntaxError):
        o = 1
    xobj = out.make_stream(data)
    xobj.Type, xobj.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    xobj.Width, xobj.Height = w, h
    xobj.ColorSpace = pikepdf.Name.DeviceGray if im.mode == "L" else pikepdf.Name.DeviceRGB
    xobj.BitsPerComponent = 8
    xobj.Filter = pikepdf.Name.DCTDecode
    pw, ph = (h, w) if o in (5, 6, 7, 8) else (w, h)
    _image_page(out, xobj, _orient_matrix(o, *fit(pw, ph)))


def _pixel_page(out: Any, frame: Any, *, lossy: bool) -> None:
    import pikepdf

    xobj: Any
    if frame.mode == "1":
        xobj = out.make_stream(zlib.compress(frame.tobytes(), 6))
        xobj.ColorSpace, xobj.BitsPerComponent = pikepdf.Name.DeviceGray, 1
        xobj.Filter, xobj.Decode = pikepdf.Name.FlateDecode, pikepdf.Array([0, 1])
    elif lossy:  # a photo: JPEG again (flate would make it several times larger)
        buf = io.BytesIO()
        frame.save(buf, "JPEG", quality=90)
        xobj = out.make_stream(buf.getvalue())
        xobj.ColorSpace = pikepdf.Name.DeviceGray if frame.mode == "L" else pikepdf.Name.DeviceRGB
        xobj.BitsPerComponent, xobj.Filter = 8, pikepdf.Name.DCTDecode
    else:
        xobj = out.make_stream(zlib.compress(frame.tobytes(), 6))
        xobj.ColorSpace = pikepdf.Name.DeviceGray if frame.mode == "L" else pikepdf.Name.DeviceRGB
        xobj.BitsPerComponent, xobj.Filter = 8, pikepdf.Name.FlateDecode
    xobj.Type, xobj.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    xobj.Width, xobj.Height = frame.size
    _image_page(out, xobj, _orient_matrix(1, *fit(*frame.size)))


def fit(w: float, h: float) -> tuple[float, float, float, float]:
    """(x, y, width, height) of a ``w`` x ``h`` picture scaled into FRAME, centred."""
    x0, y0, x1, y1 = FRAME
    aw, ah = x1 - x0, y1 - y0
    s = min(aw / w, ah / h)
    dw, dh = w * s, h * s
    return x0 + (aw - dw) / 2, y0 + (ah - dh) / 2, dw, dh


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


def _image_page(out: Any, xobj: Any, matrix: tuple[float, ...]) -> None:
    import pikepdf

    cm = " ".join(f"{v:.4f}" for v in matrix)
    page = out.add_blank_page(page_size=(PAGE_W, PAGE_H))
    page.obj.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=xobj))
    page.obj.Contents = out.make_stream(f"q {cm} cm /Im0 Do Q".encode())


# ------------------------------------------------------------------------------------- previews
def render_rgb(data: bytes, index: int, width: int) -> tuple[int, int, int, bytes]:
    """(width, height, pages, RGB bytes) of page ``index`` of a PDF or the first frame of an image, about
    ``width`` pixels wide (at most 4000). Runs in the child (sandbox task "render")."""
    width = max(16, min(width, 4000))
    if b"%PDF" in data[:1024]:
        import pypdfium2 as pdfium

        try:
            doc = pdfium.PdfDocument(data)
        except pdfium.PdfiumError:
            raise Unprintable("the PDF cannot be shown (password-protected or damaged)") from None
        try:
            pages = len(doc)
            if not 0 <= index < pages:
                raise Unprintable(f"the PDF has no page {index + 1}")
            page = doc[index]
            scale = max(0.02, min(width / (page.get_width() or 612), 8.0))
            pil = page.render(scale=scale).to_pil().convert("RGB")
        finally:
            doc.close()
        return pil.width, pil.height, pages, pil.tobytes()
    im = _open_image(data)
    with im, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            if im.format == "JPEG":
                im.draft("RGB", (width, width))
            frame = _printable_frame(im, [])
        except (OSError, ValueError, SyntaxError, EOFError, struct_error()) as e:
            log.debug("preview decode failed: %s", type(e).__name__)
            raise Unprintable("the image is damaged and cannot be shown") from None
        frame = frame.convert("RGB")
        if frame.width > width:
            frame = frame.resize((width, max(1, round(frame.height * width / frame.width))))
        return frame.width, frame.height, 1, frame.tobytes()


def thumbnail_rgb(pdf: bytes, side: int = THUMB_SIDE) -> tuple[int, int, bytes]:
    """(width, height, RGB bytes) of the first page of the probe's own pages (``pdf``: what
    :func:`normalise` made), its longest side ``side`` pixels. Runs in the child, so the app shows a
    thumbnail without ever decoding an untrusted file."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        page = doc[0]
        scale = side / max(page.get_width() or PAGE_W, page.get_height() or PAGE_H)
        pil = page.render(scale=scale).to_pil().convert("RGB")
    finally:
        doc.close()
    return pil.width, pil.height, pil.tobytes()


# ------------------------------------------------------------------------------- parent-side API
@dataclass(frozen=True)
class Verdict:
    """What intake stores: printable or not, why not / what was done, pages and pixel size."""

    printable: bool
    reason: str = ""  # why not (plain, whole, no path, no exception name)
    notes: tuple[str, ...] = ()
    kind: str = ""
    media_type: str = ""
    pages: int | None = None
    width_px: int | None = None
    height_px: int | None = None
    converted: bytes = b""
    converted_media_type: str = ""
    seconds: float = 0.0
    peak_rss_mb: float = 0.0
    #: the first page as raw RGB (``thumb=True``), made in the child from the probe's own pages
    thumb_width: int = 0
    thumb_height: int = 0
    thumb_rgb: bytes = b""

    @property
    def note(self) -> str:
        return "; ".join(self.notes)


def probe_bytes(
    data: bytes, *, want_pdf: bool = False, thumb: bool = False, timeout: float | None = None
) -> tuple[Verdict, bytes]:
    """Run :func:`normalise` in the sandbox child. Returns the verdict and (``want_pdf``) the pages;
    ``thumb`` adds the first-page thumbnail (checked here: a size that does not add up is dropped)."""
    try:
        res = run_untrusted(
            "normalise", data, {"want_pdf": want_pdf, "thumb": thumb}, timeout=timeout or TIMEOUT_S
        )
    except UntrustedFileError as e:
        return Verdict(False, e.reason), b""
    h = res.header
    pdf, converted, rgb = [*res.payloads, b"", b"", b""][:3]
    tw, th = int(h.get("thumb_width") or 0), int(h.get("thumb_height") or 0)
    if not (0 < tw <= THUMB_SIDE and 0 < th <= THUMB_SIDE and len(rgb) == tw * th * 3):
        tw, th, rgb = 0, 0, b""
    return Verdict(
        True,
        "",
        tuple(h.get("notes") or ()),
        str(h.get("kind", "")),
        str(h.get("media_type", "")),
        h.get("pages"),
        h.get("width_px"),
        h.get("height_px"),
        converted,
        str(h.get("converted_media_type") or ""),
        res.seconds,
        res.peak_rss_mb,
        tw,
        th,
        rgb,
    ), pdf


def render_page(data: bytes, index: int = 0, width: int = 800) -> tuple[int, int, int, bytes]:
    """(width, height, page count, RGB bytes) of a preview rendered by :func:`render_rgb` in the sandbox
    child; UntrustedFileError if it cannot be shown."""
    res = run_untrusted("render", data, {"index": index, "width": width}, timeout=60)
    h = res.header
    return int(h["width"]), int(h["height"]), int(h["pages"]), res.payloads[0]


#: what the "text" task reads of a PDF's text layer (enough for a passport page or a letter's first pages)
TEXT_MAX_PAGES = 4
TEXT_MAX_CHARS = 20_000


def text_layer(data: bytes, max_pages: int = TEXT_MAX_PAGES, max_chars: int = TEXT_MAX_CHARS) -> str:
    """In the child only: the text layer of the first pages of a PDF ("" for an image: no OCR is done)."""
    if _looks_like_image(data):
        return ""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise Unprintable("it is not a PDF or an image this app can read") from exc
    parts: list[str] = []
    try:
        for i in range(min(len(doc), max_pages)):
            page = doc[i]
            textpage = page.get_textpage()
            try:
                parts.append(textpage.get_text_range())
            finally:
                textpage.close()
                page.close()
            if sum(len(p) for p in parts) >= max_chars:
                break
    finally:
        doc.close()
    return "\n".join(parts)[:max_chars]


def document_text(data: bytes, timeout: float | None = None) -> str:
    """The text layer of an evidence file, read by the sandbox child (task "text"), never in this process.
    Raises UntrustedFileError with a plain reason when the child cannot read it."""
    res = run_untrusted("text", data, {"max_chars": TEXT_MAX_CHARS}, timeout=timeout or TIMEOUT_S)
    raw = res.payloads[0] if res.payloads else b""
    return raw[: TEXT_MAX_CHARS * 4].decode("utf-8", errors="replace")[:TEXT_MAX_CHARS]
