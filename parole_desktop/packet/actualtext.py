"""Arabic-script words keep a correct text layer: every drawn word is wrapped in a marked-content span
whose ``/ActualText`` is the word as typed, found through the near-black colour the markup tagged it with
(:class:`parole_desktop.packet.text.ArabicWords`). Extractors (pdftotext, viewers' copy and search) then
return the typed letters instead of the shaped glyphs' guesses."""

from __future__ import annotations

from typing import Any

from parole_desktop.packet.text import ArabicWords

_SHOW = {"Tj", "TJ", "'", '"'}


def _naskh_fonts(holder: Any) -> set[str]:
    fonts = holder.get("/Resources", {}).get("/Font", {})
    return {str(k) for k, v in fonts.items() if "NotoNaskhArabic" in str(v.get("/BaseFont", ""))}


def _wrap(ops: list[Any], naskh: set[str], words: ArabicWords) -> tuple[list[Any], int]:
    import pikepdf

    out: list[Any] = []
    font = ""
    color: int | None = None
    last: int | None = None  # the word of the previous text-show operator, if tagged
    done = 0
    for op in ops:
        name = str(op.operator)
        if name == "Tf":
            font = str(op.operands[0])
        elif name == "rg":
            color = ArabicWords.index_of(tuple(float(x) for x in op.operands))  # type: ignore[arg-type]
        if name in _SHOW and font in naskh and color is not None and color < len(words.words):
            # a word with a raised mark (a damma, a hamza above) is drawn in several operators, one per
            # rise: the first carries the word, the rest nothing, or extractors repeat it
            text = "" if last == color else words.words[color][::-1]  # letters as drawn (visual order)
            last = color
            out.append(
                pikepdf.ContentStreamInstruction(
                    [pikepdf.Name.Span, pikepdf.Dictionary(ActualText=pikepdf.String(text))],
                    pikepdf.Operator("BDC"),
                )
            )
            out.append(op)
            out.append(pikepdf.ContentStreamInstruction([], pikepdf.Operator("EMC")))
            done += 1
        else:
            if name in _SHOW:
                last = None
            out.append(op)
    return out, done


def add_actual_text(
    pdf: Any, words: ArabicWords, pages: range | None = None, *, xobjects: bool = False
) -> int:
    """Wrap the tagged Arabic text-show operators of ``pages`` (default: all) in ActualText spans; the
    text is given in drawing (visual) order, which is what extractors reorder back into the typed
    order. With ``xobjects``, the pages' form XObjects (the stamped footers) are processed too.
    Returns the number of words wrapped."""
    import pikepdf

    if not words.words:
        return 0
    done = 0
    seen: set[tuple[int, int]] = set()
    for i in pages if pages is not None else range(len(pdf.pages)):
        page = pdf.pages[i]
        naskh = _naskh_fonts(page)
        if naskh:
            out, n = _wrap(list(pikepdf.parse_content_stream(page)), naskh, words)
            if n:
                page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(out))
                done += n
        if not xobjects:
            continue
        for xo in page.get("/Resources", {}).get("/XObject", {}).values():
            if xo.objgen in seen or xo.get("/Subtype") != pikepdf.Name.Form:
                continue
            seen.add(xo.objgen)
            xn = _naskh_fonts(xo)
            if not xn:
                continue
            out, n = _wrap(list(pikepdf.parse_content_stream(xo)), xn, words)
            if n:
                xo.write(pikepdf.unparse_content_stream(out))
                done += n
    return done
