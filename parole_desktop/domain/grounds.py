"""Grounds of inadmissibility as the case records them: what is refused wherever a ground is entered.

INA 214(b) (8 U.S.C. 1184(b)) is the presumption that a visitor intends to immigrate, the reason a
nonimmigrant visa is refused; it is not one of the grounds of inadmissibility of INA 212(a) (rules pack
sources S42, S45). A letter that calls it one harms the request, so the workspace, ``case edit`` and the
checks (HP-RSN-06) refuse it. A visa refused under 214(b) is a fact about the visa: it belongs in "why no
visa", where it is not refused.
"""

from __future__ import annotations

import re

# "214(b)", "214 (b)", "214b", "section 214(b)", "INA §214(b)"; not 2214(b), 214(bb) or 212(a)(214)
_INA_214B = re.compile(r"(?<![\d(])214\s*(?:\(\s*b\s*\)|b\b)", re.IGNORECASE)

REFUSED_214B = (
    "INA 214(b) is not a ground of inadmissibility (it is the presumption of immigrant intent that a "
    "nonimmigrant visa is refused under). Pick the ground of INA 212(a) from the list, and let the "
    "reviewer check it; a visa refused under 214(b) belongs in 'why no visa'."
)


def names_ina_214b(text: str) -> bool:
    """The text names INA section 214(b) in any of its usual spellings."""
    return bool(_INA_214B.search(text or ""))
