"""The ReportLab document of the packet: page templates, markers that record where sections and
exhibit pages land, and the self-resolving exhibit index table."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import inch
from reportlab.platypus import Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle
from reportlab.platypus.doctemplate import BaseDocTemplate
from reportlab.platypus.tableofcontents import TableOfContents

PAGE_W, PAGE_H = LETTER
MARGIN = 0.8 * inch
BOTTOM = 0.9 * inch  # leaves room for the running footer stamped later


@dataclass(frozen=True)
class FooterCtx:
    """What the running footer says from a marker's page on."""

    name: str
    exhibit: str | None = None


class Marker(Flowable):  # type: ignore[misc]
    """Zero-size flowable: starts a section (TOC + outline entry) and/or a footer context."""

    def __init__(
        self,
        ctx: FooterCtx,
        title: str = "",
        level: int = 0,
        plain_title: str = "",
        exhibit_letter: str | None = None,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.title = title  # Paragraph markup for the TOC
        self.plain_title = plain_title or title  # plain text for the PDF outline
        self.level = level
        self.exhibit_letter = exhibit_letter
        self.kind = ""  # "letter", "i131", "translator": pages the review record points to

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        pass


class Placeholder(Flowable):  # type: ignore[misc]
    """Stands in for one exhibit page; the page is replaced by the real one after the build."""

    def __init__(self, key: Any, index: int) -> None:
        super().__init__()
        self.key = key
        self.index = index

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return (aw, 1)

    def draw(self) -> None:
        pass


#: a US passport-style photo is 2 × 2 inches (the I-131 instructions, "Photographs": 2" x 2")
PHOTO_SIDE = 2.0 * inch


class PhotoSlot(Placeholder):
    """Stands in for one exhibit page that is a passport-style photo: the photo is drawn after the build
    into the 2 × 2 in square this slot outlines (true size, never cropped or stretched), and the caption
    under it names whose photo it is (the instructions ask for the name and A-Number on the back of each
    photo). ``box`` is the square's lower-left corner on the page, set when the slot is drawn."""

    def __init__(self, key: Any, index: int, caption: list[Any]) -> None:
        super().__init__(key, index)
        self.caption = caption
        self.box: tuple[float, float] | None = None
        self._heights: list[float] = []

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._heights = [p.wrap(aw, ah)[1] for p in self.caption]
        return (aw, PHOTO_SIDE + 8 + sum(self._heights))

    def draw(self) -> None:
        c = self.canv
        height = PHOTO_SIDE + 8 + sum(self._heights)
        y0 = height - PHOTO_SIDE
        c.saveState()
        c.setStrokeColor(colors.HexColor("#999999"))
        c.setLineWidth(0.3)
        c.setDash(2, 2)
        c.rect(0, y0, PHOTO_SIDE, PHOTO_SIDE, stroke=1, fill=0)
        c.restoreState()
        x, y = c.absolutePosition(0, y0)
        self.box = (float(x), float(y))
        top = y0 - 8
        for para, h in zip(self.caption, self._heights, strict=True):
            top -= h
            para.drawOn(c, 0, top)


class ExhibitIndex(Flowable):  # type: ignore[misc]
    """The exhibit index table; its "Page" column resolves like a TOC over ``multiBuild`` passes
    (the doc notifies ``("ExhibitPage", (letter, page))`` when an exhibit's tab page is placed)."""

    def __init__(
        self,
        header: list[str],
        rows: list[list[Any]],
        letters: list[str],
        styles: Any,
        col_widths: list[float],
        page_col: int,
    ) -> None:
        super().__init__()
        self.header = header
        self.rows = rows
        self.letters = letters
        self.styles = styles
        self.col_widths = col_widths
        self.page_col = page_col
        self._pages: dict[str, int] = {}
        self._last: dict[str, int] = {}
        self._table: Any = None

    def isIndexing(self) -> int:
        return 1

    def isSatisfied(self) -> bool:
        return self._pages == self._last

    def beforeBuild(self) -> None:
        self._last = dict(self._pages)
        self._pages = {}

    def afterBuild(self) -> None:
        pass

    def notify(self, kind: str, stuff: Any) -> None:
        if kind == "ExhibitPage":
            letter, page = stuff
            self._pages[letter] = page

    def _make_table(self) -> Any:
        small = self.styles.small
        data: list[list[Any]] = [[Paragraph(f"<b>{h}</b>", small) for h in self.header]]
        for letter, row in zip(self.letters, self.rows, strict=True):
            cells = [c if isinstance(c, Flowable) else Paragraph(str(c), small) for c in row]
            page = self._last.get(letter)
            cells[self.page_col] = Paragraph(str(page) if page else "?", small)
            data.append(cells)
        table = Table(data, colWidths=self.col_widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return table

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._table = self._make_table()
        w, h = self._table.wrap(aw, ah)
        return (w, h)

    def split(self, aw: float, ah: float) -> list[Any]:
        self._table = self._make_table()
        return list(self._table.split(aw, ah))

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        self._table.drawOn(canvas, x, y, _sW)


class PacketTOC(TableOfContents):  # type: ignore[misc]
    """A TOC as a two-column table (title, page). ReportLab's own TOC draws page numbers through an
    ``onDraw`` tag that breaks shaped (HarfBuzz) text in ReportLab 5.1."""

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        from reportlab.lib.enums import TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        entries = self._lastEntries or [(0, "Placeholder for table of contents", 0, None)]
        data = []
        num_styles: dict[int, Any] = {}
        for level, text, page, *_ in entries:
            st = self.getLevelStyle(level)
            num = num_styles.get(level)
            if num is None:  # the page number never inherits the level's indent, so it never wraps
                num = num_styles[level] = ParagraphStyle(
                    f"{st.name}-page", parent=st, leftIndent=0, firstLineIndent=0, alignment=TA_RIGHT
                )
            data.append([Paragraph(text, st), Paragraph(str(page), num)])
        self._table = Table(
            data,
            colWidths=[aw - 48, 48],
            style=TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                ]
            ),
        )
        self.width, self.height = self._table.wrapOn(self.canv, aw, ah)
        return self.width, self.height


def make_toc(styles: Any) -> Any:
    toc = PacketTOC()
    toc.levelStyles = styles.toc_levels
    return toc


def _draw_tab(canvas: Any, doc: Any) -> None:
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#dddddd"))
    canvas.rect(PAGE_W - 0.45 * inch, PAGE_H / 2 - 1.2 * inch, 0.45 * inch, 2.4 * inch, stroke=0, fill=1)
    canvas.restoreState()


class PacketDoc(BaseDocTemplate):  # type: ignore[misc]
    """Named page templates ``body`` and ``tab``; records marker and placeholder pages each pass."""

    def __init__(self, fileobj: Any, **kw: Any) -> None:
        super().__init__(
            fileobj,
            pagesize=LETTER,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=BOTTOM,
            **kw,
        )
        frame = Frame(MARGIN, BOTTOM, PAGE_W - 2 * MARGIN, PAGE_H - MARGIN - BOTTOM, id="body")
        tab = Frame(MARGIN, BOTTOM, PAGE_W - 2 * MARGIN, PAGE_H - MARGIN - BOTTOM, id="tab")
        self.addPageTemplates(
            [
                PageTemplate(id="body", frames=[frame]),
                PageTemplate(id="tab", frames=[tab], onPage=_draw_tab),
            ]
        )
        self.markers: list[tuple[int, Marker]] = []
        self.placeholders: dict[tuple[Any, int], int] = {}
        self.photo_boxes: dict[tuple[Any, int], tuple[float, float]] = {}

    def beforeDocument(self) -> None:
        self.markers = []
        self.placeholders = {}
        self.photo_boxes = {}

    def afterFlowable(self, flowable: Any) -> None:
        if isinstance(flowable, Marker):
            page = self.page
            self.markers.append((page, flowable))
            if flowable.title:
                self.notify("TOCEntry", (flowable.level, flowable.title, page))
            if flowable.exhibit_letter:
                self.notify("ExhibitPage", (flowable.exhibit_letter, page))
        elif isinstance(flowable, Placeholder):
            self.placeholders[(flowable.key, flowable.index)] = self.page
            if isinstance(flowable, PhotoSlot) and flowable.box is not None:
                self.photo_boxes[(flowable.key, flowable.index)] = flowable.box
