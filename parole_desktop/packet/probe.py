"""Cheap look at a PDF before it is stored: page count, encrypted or broken (pikepdf, lazy)."""

from __future__ import annotations

from pathlib import Path

MAX_PAGES = 2000


def pdf_pages(path: Path) -> tuple[int | None, str]:
    """(pages, problem). A non-empty problem means the PDF cannot go into a packet as it is."""
    import pikepdf

    try:
        with pikepdf.open(path) as pdf:
            n = len(pdf.pages)
    except pikepdf.PasswordError:
        return None, "the PDF is password-protected: save an unprotected copy"
    except (pikepdf.PdfError, OSError, ValueError, RecursionError) as exc:
        return None, f"the PDF is damaged ({str(exc)[:80]})"
    if n == 0:
        return 0, "the PDF has no pages"
    if n > MAX_PAGES:
        return n, f"the PDF has {n} pages (more than {MAX_PAGES})"
    return n, ""
