"""Which payment or fee-waiver form a fee document is, read from its title or file name — one reading for the
packet's enclosure list (``packet/layout``) and the check that it matches the payment method (HP-FEE-05)."""

from __future__ import annotations

import re

#: the fee documents a paper filing encloses, by the form each is
FEE_FORMS = ("G-1450", "G-1650", "G-1651", "I-912")
_FORM_IN_TEXT = re.compile(r"\b(G)[- ]?(1450|1650|1651)\b|\b(I)[- ]?(912)\b", re.IGNORECASE)


def form_named(title: str, filename: str = "") -> str:
    """The one form ("G-1450", …, "I-912") a document's title or file name names; "" for none or several."""
    text = f"{title} {filename}".replace("\u2010", "-")
    found = {f"{(m[0] or m[2]).upper()}-{m[1] or m[3]}" for m in _FORM_IN_TEXT.findall(text)}
    return found.pop() if len(found) == 1 else ""
