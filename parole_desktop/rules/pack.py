"""The typed rules pack: the dataclasses and lookups a check reads, built from an already-validated pack dict.

Nothing here reads files or validates: :mod:`parole_desktop.rules.loader` does that (JSON, schema, the rule
catalog, signatures) and then wraps the dict in :class:`RulesPack`. This module imports nothing from the
rest of ``rules/``, so the checks, the check context and the checklist can all depend on it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from parole_desktop.rules.digest import content_sha256


@dataclass(frozen=True)
class Source:
    """One cited source with its stated date and reliability tag (P, P-old, S, U)."""

    id: str
    title: str
    url: str | None
    stated_date: str
    reliability: str
    date_read: str


@dataclass(frozen=True)
class ItemSpec:
    """One evidence checklist item as the pack defines it."""

    id: str
    title: str
    description: str
    required: bool
    required_when: str | None
    channels: tuple[str, ...]
    accepted_kinds: frozenset[str]
    citation: str
    verify: bool
    # (condition, title, description): other wording when the condition holds (self-filer, organization ...)
    variants: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class ReasonSpec:
    """A reason category: its evidence checklist and the parole-fee exceptions it likely falls under."""

    id: str
    title: str
    key_date_required: bool
    key_date_label: str
    items: tuple[ItemSpec, ...]
    parole_fee_exceptions: tuple[str, ...]
    typical_max_months: int | None = None  # HP-DUR-02: longer needs a justification
    names_person_kinds: frozenset[str] = frozenset()  # HP-RSN-07: document kinds that name the person


@dataclass(frozen=True)
class RuleSpec:
    """Catalog entry of one rule id: title, base severity, citation text, verify mark."""

    id: str
    title: str
    severity: str
    citation: str
    verify: bool
    action: str = ""  # what the volunteer should do (docs/rules.md lists it)


@dataclass(frozen=True)
class Fee:
    """One fee with its amount, source and date."""

    id: str
    label: str
    amount_usd: int
    source: str
    as_of: dt.date
    verify: bool
    fiscal_year: int | None = None


@dataclass(frozen=True)
class Program:
    """A parole program and its status on a date."""

    id: str
    name: str
    names: frozenset[str]
    status: str
    status_date: dt.date
    note: str
    source: str
    verify: bool
    reparole: str = ""  # "continuing" | "ended" | "unknown" | "" (not stated)
    reparole_earliest_days: int | None = None  # a re-parole request is not filed earlier than this
    reparole_window_source: str = ""
    parole_in_place: bool = False  # the program allows parole in place


@dataclass(frozen=True)
class SuspensionException:
    """One exception of an entry-suspension proclamation's own list (pack table ``suspension_exceptions``)."""

    id: str
    text: str
    evidence: str  # what shows that it applies
    proclamations: tuple[str, ...]
    source: str
    as_of: dt.date
    verify: bool


@dataclass(frozen=True)
class HoldStatement:
    """The pack's dated statement of which USCIS holds apply, and to whom."""

    text: str
    applies_to: str
    sources: tuple[str, ...]
    as_of: dt.date
    verify: bool


@dataclass(frozen=True)
class EntryRestriction:
    """A country under a presidential entry suspension (full or partial) from a date."""

    country: str  # ISO 3166-1 alpha-2
    names: tuple[str, ...]
    scope: str  # "full" | "partial"
    proclamation: str
    effective: dt.date
    source: str
    as_of: dt.date
    verify: bool

    @property
    def display(self) -> str:
        return self.names[0] if self.names else self.country


@dataclass(frozen=True)
class AdjudicationHold:
    """A USCIS memo holding final decisions for people born in or nationals of listed countries."""

    memo: str
    effective: dt.date
    basis: str
    countries: frozenset[str]
    status: str  # "in effect" | "lifted"
    note: str
    source: str
    as_of: dt.date
    verify: bool
    lifted_on: dt.date | None = None

    def in_effect(self, on: dt.date) -> bool:
        if self.effective > on:
            return False
        return self.status == "in effect" or (self.lifted_on is not None and self.lifted_on > on)


@dataclass(frozen=True)
class PaymentMethodSpec:
    """How a paper filing's fee may be paid (electronic payment only, from a date)."""

    id: str
    label: str
    kind: str  # "payment" | "exemption" | "waiver"
    requires_us_bank_account: bool
    source: str
    as_of: dt.date
    verify: bool


@dataclass(frozen=True)
class VerifyItem:
    """Something marked "verify before filing": shown on check screens and in the packet."""

    kind: str
    key: str
    label: str
    value: str
    source: str
    as_of: str


def _item(d: dict[str, Any]) -> ItemSpec:
    return ItemSpec(
        id=d["id"],
        title=d["title"],
        description=d["description"],
        required=d["requirement"] == "required",
        required_when=d.get("required_when"),
        channels=tuple(d.get("channels", ())),
        accepted_kinds=frozenset([d["id"], *d["accepted_kinds"]]),
        citation=d["citation"],
        verify=bool(d.get("verify", False)),
        variants=tuple((v["when"], v["title"], v["description"]) for v in d.get("variants", ())),
    )


class RulesPack:
    """A loaded, validated rules pack. ``raw`` is the pack dict as read; ``sha256`` names exactly this pack
    (``rules/digest.py``: the same for the bundled file and a signed import of the same content)."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw
        self.id: str = raw["id"]
        self.version: str = raw["version"]
        self.jurisdiction: str = raw["jurisdiction"]
        self.as_of: dt.date = dt.date.fromisoformat(raw["as_of"])
        self.sources: dict[str, Source] = {
            s["id"]: Source(s["id"], s["title"], s["url"], s["stated_date"], s["reliability"], s["date_read"])
            for s in raw["sources"]
        }
        self.reasons: dict[str, ReasonSpec] = {
            r["id"]: ReasonSpec(
                id=r["id"],
                title=r["title"],
                key_date_required=r["key_date"] == "required",
                key_date_label=r.get("key_date_label", "key date"),
                items=tuple(_item(i) for i in r["items"]),
                parole_fee_exceptions=tuple(r["parole_fee_exceptions"]),
                typical_max_months=r.get("typical_max_months"),
                names_person_kinds=frozenset(r.get("names_person_kinds", ())),
            )
            for r in raw["reasons"]
        }
        self.common_items: tuple[ItemSpec, ...] = tuple(_item(i) for i in raw["common_items"])
        self.rules: dict[str, RuleSpec] = {
            k: RuleSpec(
                k, v["title"], v["severity"], v["citation"], bool(v.get("verify", False)), v.get("action", "")
            )
            for k, v in raw["rules"].items()
        }
        self.fees: dict[str, Fee] = {
            f["id"]: Fee(
                f["id"],
                f["label"],
                f["amount_usd"],
                f["source"],
                dt.date.fromisoformat(f["as_of"]),
                f["verify"],
                f.get("fiscal_year"),
            )
            for f in raw["fees"]
        }
        self.programs: tuple[Program, ...] = tuple(
            Program(
                id=p["id"],
                name=p["name"],
                names=frozenset(n.casefold() for n in (p["id"], p["name"], *p.get("aliases", ()))),
                status=p["status"],
                status_date=dt.date.fromisoformat(p["status_date"]),
                note=p.get("note", ""),
                source=p["source"],
                verify=p["verify"],
                reparole=p.get("reparole", ""),
                reparole_earliest_days=p.get("reparole_earliest_days"),
                reparole_window_source=p.get("reparole_window_source", ""),
                parole_in_place=bool(p.get("parole_in_place", False)),
            )
            for p in raw["programs"]
        )
        self.parole_fee_exceptions: dict[str, str] = {
            e["id"]: e["text"] for e in raw["parole_fee"]["exceptions"]
        }
        #: grounds of inadmissibility the case may name, code -> (words, citation) (the packet's letter)
        self.inadmissibility_grounds: dict[str, tuple[str, str]] = {
            g["id"]: (g["text"], g["citation"]) for g in raw.get("inadmissibility_grounds", ())
        }
        #: the order of the documents of a paper filing (lockbox), kinds as in the pack's filing_order
        self.filing_order: tuple[str, ...] = tuple(raw.get("filing_order", {}).get("order", ()))
        self.no_consular_services: dict[str, str] = {}  # any spelling (casefolded) -> display name
        for c in raw["no_consular_services"]:
            for name in (c["country"], *c["names"]):
                self.no_consular_services[name.casefold()] = (c["names"] or [c["country"]])[0]
        self._params = {k: v["value"] for k, v in raw["parameters"].items()}
        self.entry_restrictions: tuple[EntryRestriction, ...] = tuple(
            EntryRestriction(
                country=e["country"],
                names=tuple(e["names"]),
                scope=e["scope"],
                proclamation=e["proclamation"],
                effective=dt.date.fromisoformat(e["effective"]),
                source=e["source"],
                as_of=dt.date.fromisoformat(e["as_of"]),
                verify=e["verify"],
            )
            for e in raw.get("entry_restrictions", ())
        )
        self.adjudication_holds: tuple[AdjudicationHold, ...] = tuple(
            AdjudicationHold(
                memo=h["memo"],
                effective=dt.date.fromisoformat(h["effective"]),
                basis=h["basis"],
                countries=frozenset(h["countries"]),
                status=h["status"],
                note=h.get("note", ""),
                source=h["source"],
                as_of=dt.date.fromisoformat(h["as_of"]),
                verify=h["verify"],
                lifted_on=dt.date.fromisoformat(h["lifted_on"]) if h.get("lifted_on") else None,
            )
            for h in raw.get("adjudication_holds", ())
        )
        #: the exceptions of the entry-suspension proclamations' own lists, by id (in the pack's order)
        self.suspension_exceptions: dict[str, SuspensionException] = {
            e["id"]: SuspensionException(
                id=e["id"],
                text=e["text"],
                evidence=e["evidence"],
                proclamations=tuple(e["proclamations"]),
                source=e["source"],
                as_of=dt.date.fromisoformat(e["as_of"]),
                verify=e["verify"],
            )
            for e in raw.get("suspension_exceptions", ())
        }
        st = raw.get("adjudication_holds_statement")
        self.holds_statement: HoldStatement | None = (
            HoldStatement(
                text=st["text"],
                applies_to=st["applies_to"],
                sources=tuple(st["sources"]),
                as_of=dt.date.fromisoformat(st["as_of"]),
                verify=st["verify"],
            )
            if st
            else None
        )
        payment = raw.get("payment") or {}
        self.electronic_payment_from: dt.date | None = (
            dt.date.fromisoformat(payment["electronic_only_from"]) if payment else None
        )
        self.payment_methods: dict[str, PaymentMethodSpec] = {
            m["id"]: PaymentMethodSpec(
                m["id"],
                m["label"],
                m["kind"],
                m["requires_us_bank_account"],
                m["source"],
                dt.date.fromisoformat(m["as_of"]),
                m["verify"],
            )
            for m in payment.get("methods", ())
        }
        # country code or any spelling (casefolded) -> ISO code, from every country table of the pack
        self._country_codes: dict[str, str] = {}
        for e in raw.get("entry_restrictions", ()):
            for name in (e["country"], *e["names"]):
                self._country_codes.setdefault(name.casefold(), e["country"])
        for c in raw["no_consular_services"]:
            for name in (c["country"], *c["names"]):
                self._country_codes.setdefault(name.casefold(), c["country"])
        self._country_names: dict[str, str] = {}
        for e in (*raw.get("entry_restrictions", ()), *raw["no_consular_services"]):
            if e["names"]:
                self._country_names.setdefault(e["country"], e["names"][0])

    def __repr__(self) -> str:
        return f"RulesPack({self.id!r}, {self.version!r}, as_of={self.as_of.isoformat()})"

    @property
    def label(self) -> str:
        """What the GUI and packet print: id, version and date."""
        return f"{self.id} {self.version} (as of {self.as_of.isoformat()})"

    @cached_property
    def sha256(self) -> str:
        """SHA-256 of the pack's canonical JSON: what sign-offs and ``verify`` name as the exact pack."""
        return content_sha256(self.raw)

    def param(self, name: str) -> Any:
        """A named parameter's value (KeyError names the parameter if the pack lacks it)."""
        return self._params[name]

    def int_param(self, name: str) -> int:
        return int(self._params[name])

    def fee(self, name: str) -> Fee:
        return self.fees[name]

    def rule(self, rule_id: str) -> RuleSpec:
        return self.rules[rule_id]

    def rule_as_of(self, rule_id: str) -> str:
        """The rule's own ``as_of`` when the pack gives one; else the date its sources were last read (the
        latest ``date_read`` of its sources), or the pack's ``as_of`` when it cites none (``rules show`` and
        docs/rules.md print it)."""
        own = self.raw["rules"][rule_id].get("as_of")
        if own:
            return str(own)
        refs = self.raw["rules"][rule_id].get("sources", [])
        dates = [self.sources[s].date_read for s in refs if s in self.sources]
        return max(dates, default=self.as_of.isoformat())

    def parole_fee_for(self, on: dt.date) -> tuple[Fee | None, bool]:
        """(fee for the US fiscal year of ``on`` or the latest earlier one, exact-year match?)."""
        fiscal_year = on.year + 1 if on.month >= 10 else on.year
        known = sorted(
            (f for f in self.fees.values() if f.fiscal_year is not None and f.id.startswith("parole_fee")),
            key=lambda f: f.fiscal_year or 0,
        )
        best = None
        for f in known:
            if (f.fiscal_year or 0) <= fiscal_year:
                best = f
        return best, best is not None and best.fiscal_year == fiscal_year

    def country_code(self, country: str) -> str:
        """The ISO code for a code or a country name the pack knows ("" when unknown)."""
        return self._country_codes.get(country.strip().casefold(), "")

    def country_name(self, country: str) -> str:
        """A country's name in words when the pack knows it (else the value as recorded)."""
        return self._country_names.get(self.country_code(country), country.strip())

    def entry_restriction(self, country: str, on: dt.date) -> EntryRestriction | None:
        """The suspension in force for ``country`` on ``on``: the latest one (a full suspension wins a tie)."""
        code = self.country_code(country)
        found = (
            [e for e in self.entry_restrictions if e.country == code and e.effective <= on] if code else []
        )
        if not found:
            return None
        return max(found, key=lambda e: (e.effective, e.scope == "full"))

    def holds_for(self, country: str, on: dt.date) -> list[AdjudicationHold]:
        code = self.country_code(country)
        return [h for h in self.adjudication_holds if code and code in h.countries and h.in_effect(on)]

    def tables_text(self) -> list[str]:
        """The dated tables of the pack as text lines (``rules show``), each row with its source and as_of."""
        raw = self.raw
        out: list[str] = []
        pay = raw.get("payment")
        if pay:
            out.append(
                f"Fee payment (paper filing), electronic only from {pay['electronic_only_from']}; "
                f"rejected: {', '.join(pay['rejected'])} (source {pay['source']}, as of {pay['as_of']}):"
            )
            for m in pay["methods"]:
                bank = "; needs a US bank account" if m["requires_us_bank_account"] else ""
                out.append(
                    f"  {m['id']:<7} {m['kind']:<9} {m['label']}{bank} (source {m['source']}, as of {m['as_of']})"
                )
        if raw.get("entry_restrictions"):
            out.append("Entry restrictions (country, full/partial, proclamation, effective):")
            for e in raw["entry_restrictions"]:
                out.append(
                    f"  {e['country']} {e['names'][0]:<32} {e['scope']:<8} P{e['proclamation']}  "
                    f"{e['effective']} (source {e['source']}, as of {e['as_of']})"
                )
        if raw.get("adjudication_holds"):
            out.append("USCIS adjudication holds (born in or national of):")
            for h in raw["adjudication_holds"]:
                out.append(
                    f"  {h['memo']} from {h['effective']}, {h['status']}: {', '.join(h['countries'])} "
                    f"(source {h['source']}, as of {h['as_of']})"
                )
        st = raw.get("adjudication_holds_statement")
        if st:
            out.append(
                f"  Statement (applies to {st['applies_to']}): {st['text']} "
                f"(source {', '.join(st['sources'])}, as of {st['as_of']}){' [verify]' if st['verify'] else ''}"
            )
        if raw.get("suspension_exceptions"):
            out.append("Exceptions to the entry suspensions (id, proclamations, evidence):")
            for e in raw["suspension_exceptions"]:
                out.append(
                    f"  {e['id']:<30} P{'/P'.join(e['proclamations'])}: {e['text']}; evidence: {e['evidence']} "
                    f"(source {e['source']}, as of {e['as_of']}){' [verify]' if e['verify'] else ''}"
                )
        out.append("Programs:")
        for p in raw["programs"]:
            extra = f"; re-parole {p['reparole']}" if p.get("reparole") else ""
            if p.get("reparole_earliest_days"):
                extra += (
                    f", requests no earlier than {p['reparole_earliest_days']} days before expiry "
                    f"(source {p.get('reparole_window_source') or p['source']})"
                )
            out.append(
                f"  {p['id']:<5} {p['status']} since {p['status_date']}{extra} "
                f"(source {p['source']}, as of {p.get('as_of', p['status_date'])})"
            )
        pf = raw["parole_fee"]
        out.append(
            f"Parole fee: {pf['statute']}; effective {pf['effective']}; due {pf['due']}"
            f"{'; also for requests filed earlier' if pf.get('applies_to_earlier_filings') else ''} "
            f"(source {pf['source']}, as of {pf['effective']})"
        )
        if pf.get("fee_year_note"):
            out.append(f"  {pf['fee_year_note']}{' [verify]' if pf.get('fee_year_verify') else ''}")
        for f in raw["fees"]:
            if f["id"].startswith("parole_fee"):
                out.append(
                    f"  FY{f.get('fiscal_year')}: ${f['amount_usd']:,} (source {f['source']}, as of {f['as_of']})"
                    f"{' [verify]' if f['verify'] else ''}"
                )
        out.append("No US consular services:")
        for c in raw["no_consular_services"]:
            out.append(
                f"  {c['country']} {c['names'][0]} (source {c['source']}, as of {c['as_of']})"
                f"{' [verify]' if c['verify'] else ''}"
            )
        cbp = raw.get("cbp_channel")
        if cbp:
            out.append(
                f"CBP port of entry: {cbp['appointments']}. {cbp['note']} (source {cbp['source']}, as of {cbp['as_of']})"
            )
        return out

    def program(self, name: str) -> Program | None:
        key = name.strip().casefold()
        return next((p for p in self.programs if key in p.names), None)

    def verify_items(self) -> list[VerifyItem]:
        """Every figure marked "verify before filing", in a stable order, for display."""
        raw = self.raw
        out: list[VerifyItem] = []
        for f in raw["fees"]:
            if f["verify"]:
                out.append(
                    VerifyItem("fee", f["id"], f["label"], f"${f['amount_usd']:,}", f["source"], f["as_of"])
                )
        for a in raw["filing_addresses"]:
            if a["verify"]:
                out.append(
                    VerifyItem("address", a["id"], a["label"], ", ".join(a["lines"]), a["source"], a["as_of"])
                )
        for e in raw["form_editions"]:
            if e["verify"]:
                out.append(
                    VerifyItem(
                        "form_edition",
                        e["form"],
                        f"Form {e['form']} edition",
                        e["edition"],
                        e["source"],
                        e["as_of"],
                    )
                )
        pf = raw["parole_fee"]
        if pf["verify"]:
            out.append(
                VerifyItem(
                    "parole_fee",
                    "exceptions",
                    "Parole fee exceptions (full list and wording)",
                    pf["statute"],
                    pf["source"],
                    pf["effective"],
                )
            )
        for p in raw["programs"]:
            if p["verify"]:
                out.append(
                    VerifyItem(
                        "program",
                        p["id"],
                        p["name"],
                        f"{p['status']} {p['status_date']}",
                        p["source"],
                        p["status_date"],
                    )
                )
        for c in raw["no_consular_services"]:
            if c["verify"]:
                out.append(
                    VerifyItem(
                        "country",
                        c["country"],
                        f"No US consular services: {c['names'][0]}",
                        c["country"],
                        c["source"],
                        c["as_of"],
                    )
                )
        pay = raw.get("payment")
        if pay and pay["verify"]:
            out.append(
                VerifyItem(
                    "payment",
                    "electronic_only",
                    "Electronic fee payment only (G-1450, G-1650; G-1651 exemption)",
                    f"from {pay['electronic_only_from']}",
                    pay["source"],
                    pay["as_of"],
                )
            )
        for procl in sorted({e["proclamation"] for e in raw.get("entry_restrictions", ()) if e["verify"]}):
            rows = [e for e in raw["entry_restrictions"] if e["proclamation"] == procl]
            out.append(
                VerifyItem(
                    "entry_restriction",
                    procl,
                    f"Entry suspension, Proclamation {procl}",
                    ", ".join(f"{e['country']} ({e['scope']})" for e in rows),
                    rows[0]["source"],
                    rows[0]["as_of"],
                )
            )
        for h in raw.get("adjudication_holds", ()):
            if h["verify"]:
                out.append(
                    VerifyItem(
                        "adjudication_hold",
                        h["memo"],
                        f"USCIS adjudication hold {h['memo']}",
                        f"{h['status']} since {h['effective']}",
                        h["source"],
                        h["as_of"],
                    )
                )
        st = raw.get("adjudication_holds_statement")
        if st and st["verify"]:
            out.append(
                VerifyItem(
                    "adjudication_hold",
                    "statement",
                    "Which USCIS holds apply, and to whom",
                    st["applies_to"],
                    ", ".join(st["sources"]),
                    st["as_of"],
                )
            )
        for procl in sorted({p for e in raw.get("suspension_exceptions", ()) for p in e["proclamations"]}):
            rows = [e for e in raw["suspension_exceptions"] if procl in e["proclamations"] and e["verify"]]
            if rows:
                out.append(
                    VerifyItem(
                        "suspension_exception",
                        procl,
                        f"Exceptions to the entry suspension, Proclamation {procl}",
                        ", ".join(e["id"] for e in rows),
                        ", ".join(sorted({e["source"] for e in rows})),
                        max(e["as_of"] for e in rows),
                    )
                )
        if pf.get("fee_year_verify"):
            out.append(
                VerifyItem(
                    "parole_fee",
                    "fee_year",
                    "Parole fee amount for the current fiscal year",
                    pf.get("fee_year_note", ""),
                    pf["source"],
                    pf["effective"],
                )
            )
        for k, v in raw["parameters"].items():
            if v["verify"]:
                out.append(
                    VerifyItem("parameter", k, v["description"], str(v["value"]), v["source"], raw["as_of"])
                )
        for item in raw["common_items"]:
            if item.get("verify"):
                out.append(
                    VerifyItem(
                        "checklist",
                        item["id"],
                        item["title"],
                        item["requirement"],
                        ", ".join(item.get("sources", [])),
                        raw["as_of"],
                    )
                )
        return out
