"""Facts: the kinds of fact a sentence can state, each with its typed details, and the fact record."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from ainews_cli.records.base import JSON


@cache
def _approximations() -> dict[str, str]:
    from ainews_cli import languages

    return languages.table("facts.approximation_english")


def english_qualifier(qualifier: str | None) -> str | None:
    """An approximation word in English: "fast" -> "almost", "rund" -> "about" (each
    language's [facts.approximation_english]); a word no table knows stays as written."""
    if qualifier is None:
        return None
    return _approximations().get(qualifier.lower(), qualifier)


@dataclass(frozen=True)
class FactDate:
    """The sentence's date nearest a fact's cue."""

    value: str
    text: str

    def to_dict(self) -> JSON:
        return {"value": self.value, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> FactDate | None:
        return cls(data["value"], data["text"]) if data else None


def _money(amount: float | None, currency: str | None, qualifier: str | None) -> str:
    """An amount as the output says it, its approximation word in English."""
    if amount is None:
        return ""
    english = english_qualifier(qualifier)
    return f"{english + ' ' if english else ''}{amount:,} {currency}"


@dataclass(frozen=True)
class Role:
    """role: who holds which role where ("then-CEO Sam Altman": Sam Altman, CEO, None, then)."""

    person: str
    role: str
    org: str | None
    qualifier: str | None  # then, former, ex, interim, acting, new, ...

    def to_dict(self) -> JSON:
        return {"person": self.person, "role": self.role, "org": self.org, "qualifier": self.qualifier}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Role:
        return cls(data["person"], data["role"], data["org"], data["qualifier"])

    def says(self) -> str:
        qualifier = f"{self.qualifier} " if self.qualifier else ""
        return f"{self.person}: {qualifier}{self.role}" + (f" of {self.org}" if self.org else "")



@dataclass(frozen=True)
class Founded:
    """founded: "Musk, who co-founded OpenAI in 2015": OpenAI, [Elon Musk], co-founder, 2015."""

    org: str
    founders: tuple[str, ...]
    role: str  # founder or co-founder
    year: str | None
    date_text: str | None

    def to_dict(self) -> JSON:
        return {"org": self.org, "founders": list(self.founders), "role": self.role, "year": self.year,
                "date_text": self.date_text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Founded:
        return cls(data["org"], tuple(data["founders"]), data["role"], data["year"], data["date_text"])

    def says(self) -> str:
        founders = f" by {', '.join(self.founders)}" if self.founders else ""
        verb = "co-founded" if self.role == "co-founder" else "founded"
        year = f" in {self.year}" if self.year else ""
        return f"{self.org} {verb}{year}{founders}"



@dataclass(frozen=True)
class Investment:
    """investment: who invested in whom, how much, when."""

    investor: str
    target: str | None
    amount: float | None
    currency: str | None
    qualifier: str | None
    amount_text: str | None  # present exactly when the amount is
    date: FactDate | None

    def to_dict(self) -> JSON:
        found: JSON = {"investor": self.investor, "target": self.target, "amount": self.amount,
                       "currency": self.currency, "qualifier": self.qualifier,
                       "qualifier_en": english_qualifier(self.qualifier)}
        if self.amount is not None:
            found["amount_text"] = self.amount_text
        found["date"] = self.date.to_dict() if self.date else None
        return found

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Investment:
        return cls(data["investor"], data["target"], data["amount"], data["currency"], data["qualifier"],
                   data.get("amount_text"), FactDate.from_dict(data["date"]))

    def says(self) -> str:
        amount = _money(self.amount, self.currency, self.qualifier)
        return f"{self.investor} → {self.target or '?'}" + (f": {amount}" if amount else "")



@dataclass(frozen=True)
class Stake:
    """stake: "Microsoft mit 49 Prozent der größte Anteilseigner von OpenAI": Microsoft, OpenAI, 49."""

    holder: str
    target: str
    percent: float
    qualifier: str | None

    def to_dict(self) -> JSON:
        return {"holder": self.holder, "target": self.target, "percent": self.percent, "qualifier": self.qualifier,
                "qualifier_en": english_qualifier(self.qualifier)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Stake:
        return cls(data["holder"], data["target"], data["percent"], data["qualifier"])

    def says(self) -> str:
        qualifier = f"{english_qualifier(self.qualifier)} " if self.qualifier else ""
        return f"{self.holder} holds {qualifier}{self.percent} % of {self.target}"



@dataclass(frozen=True)
class SubjectAmount:
    """valuation, revenue, funding_round: an amount told of one subject."""

    subject: str
    amount: float
    currency: str
    qualifier: str | None
    amount_text: str
    date: FactDate | None

    def to_dict(self) -> JSON:
        return {"subject": self.subject, "amount": self.amount, "currency": self.currency,
                "qualifier": self.qualifier, "qualifier_en": english_qualifier(self.qualifier),
                "amount_text": self.amount_text, "date": self.date.to_dict() if self.date else None}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SubjectAmount:
        return cls(data["subject"], data["amount"], data["currency"], data["qualifier"], data["amount_text"],
                   FactDate.from_dict(data["date"]))

    def says(self) -> str:
        return f"{self.subject}: {_money(self.amount, self.currency, self.qualifier)}"



@dataclass(frozen=True)
class ValueChange:
    """market_value_change: "Microsoft verlor … fast 47 Milliarden US-Dollar Börsenwert": Microsoft, loss."""

    subject: str
    amount: float
    currency: str
    qualifier: str | None
    amount_text: str
    direction: str | None  # loss, gain
    date: FactDate | None

    def to_dict(self) -> JSON:
        return {"subject": self.subject, "amount": self.amount, "currency": self.currency,
                "qualifier": self.qualifier, "qualifier_en": english_qualifier(self.qualifier),
                "amount_text": self.amount_text, "direction": self.direction,
                "date": self.date.to_dict() if self.date else None}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ValueChange:
        return cls(data["subject"], data["amount"], data["currency"], data["qualifier"], data["amount_text"],
                   data["direction"], FactDate.from_dict(data["date"]))

    def says(self) -> str:
        return f"{self.subject}: {self.direction or 'change'} of {_money(self.amount, self.currency, self.qualifier)}"



@dataclass(frozen=True)
class Money:
    """money: an amount no typed fact explains."""

    amount: float
    currency: str
    qualifier: str | None  # about, over, almost, fast, rund, ...

    def to_dict(self) -> JSON:
        return {"amount": self.amount, "currency": self.currency, "qualifier": self.qualifier,
                "qualifier_en": english_qualifier(self.qualifier)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Money:
        return cls(data["amount"], data["currency"], data["qualifier"])

    def says(self) -> str:
        return _money(self.amount, self.currency, self.qualifier)



@dataclass(frozen=True)
class Percent:
    """percent: "between 5 and 50 percent": [5, 50]."""

    values: tuple[float, ...]
    qualifier: str | None

    def to_dict(self) -> JSON:
        return {"values": list(self.values), "qualifier": self.qualifier,
                "qualifier_en": english_qualifier(self.qualifier)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Percent:
        return cls(tuple(data["values"]), data["qualifier"])

    def says(self) -> str:
        qualifier = f"{english_qualifier(self.qualifier)} " if self.qualifier else ""
        return f"{qualifier}{'–'.join(str(v) for v in self.values)} %"



FactDetails = Role | Founded | Investment | Stake | SubjectAmount | ValueChange | Money | Percent

# Every kind of fact, in the order the commands list them, with the record of its
# details.  The CLI's --type choices, shell completion and docs read this table.
FACT_KINDS: dict[str, type[FactDetails]] = {
    "role": Role,
    "founded": Founded,
    "investment": Investment,
    "stake": Stake,
    "valuation": SubjectAmount,
    "revenue": SubjectAmount,
    "market_value_change": ValueChange,
    "funding_round": SubjectAmount,
    "money": Money,
    "percent": Percent,
}


@dataclass(frozen=True)
class Fact:
    """Something one sentence states, of a kind in FACT_KINDS, with the phrase that states it.

    ``entities`` are the canonical names mentioned in the sentence; ``details`` the
    kind's own fields (who holds which role where; who invested how much in whom; ...).
    """

    kind: str
    text: str  # the phrase that states it
    start: int
    end: int
    sentence: str
    sentence_start: int
    entities: tuple[str, ...]
    details: FactDetails

    def to_dict(self) -> JSON:
        return {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            **self.details.to_dict(),
            "entities": list(self.entities),
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Fact:
        return cls(
            kind=data["kind"],
            text=data["text"],
            start=data["start"],
            end=data["end"],
            sentence=data["sentence"],
            sentence_start=data["sentence_start"],
            entities=tuple(data["entities"]),
            details=FACT_KINDS[data["kind"]].from_dict(data),
        )

    def says(self) -> str:
        """The fact's normalised content in a few words."""
        return self.details.says()

    @property
    def when(self) -> str | None:
        """The date the fact names: its sentence's date near the cue, or a founding year."""
        details = self.details
        if isinstance(details, Investment | SubjectAmount | ValueChange):
            return details.date.value if details.date else None
        return details.year if isinstance(details, Founded) else None

    @property
    def money(self) -> tuple[float, str] | None:
        """The amount of money the fact states and its currency, if it states one."""
        details = self.details
        if isinstance(details, Money | Investment | SubjectAmount | ValueChange) and details.amount is not None:
            return details.amount, details.currency or ""
        return None


@dataclass(frozen=True)
class RoleSource:
    """Where a document states a role."""

    doc: str
    text: str
    start: int
    end: int
    sentence: str

    def to_dict(self) -> JSON:
        return {"doc": self.doc, "text": self.text, "start": self.start, "end": self.end, "sentence": self.sentence}


@dataclass(frozen=True)
class MergedRole:
    """One role of one person at one organisation, with every document that states it:
    a profile lists it once ("Satya Nadella: CEO of Microsoft", three sources)."""

    person: str
    role: str
    org: str | None
    qualifiers: tuple[str, ...]  # then, former, interim, ... as the sources write them
    sources: tuple[RoleSource, ...]

    def to_dict(self) -> JSON:
        return {"person": self.person, "role": self.role, "org": self.org, "qualifiers": list(self.qualifiers),
                "sources": [source.to_dict() for source in self.sources]}


def merge_roles(facts: Sequence[DocumentFact]) -> list[MergedRole]:
    """The role facts merged per person, role and organisation, in the order first stated;
    a role without an organisation joins the one with its organisation where there is one."""
    # Each (organisation, qualifier) once, however many documents state it: 2,500 copies of
    # one article would otherwise be compared with each other.
    with_org: dict[tuple[str, str], dict[tuple[str, str | None], None]] = {}
    for record in facts:
        details = record.fact.details
        if isinstance(details, Role) and details.org is not None:
            with_org.setdefault((details.person, details.role), {})[(details.org, details.qualifier)] = None
    groups: dict[tuple[str, str, str | None], list[tuple[DocumentFact, Role]]] = {}
    for record in facts:
        details = record.fact.details
        if not isinstance(details, Role):
            continue
        org = details.org
        # "interim CEO" is not the "former CEO of Twitch" another source names.
        orgs = {o for o, q in with_org.get((details.person, details.role), {})
                if q == details.qualifier or not details.qualifier}
        if org is None and len(orgs) == 1:
            org = next(iter(orgs))
        groups.setdefault((details.person, details.role, org), []).append((record, details))
    return [MergedRole(person, role, org,
                       tuple(dict.fromkeys(d.qualifier for _, d in found if d.qualifier)),
                       tuple(RoleSource(r.doc, r.fact.text, r.fact.start, r.fact.end, r.fact.sentence)
                             for r, _ in found))
            for (person, role, org), found in groups.items()]


@dataclass(frozen=True)
class DocumentFact:
    """A fact and the document that states it: a record of `ainews facts` and of profiles."""

    doc: str
    fact: Fact

    def to_dict(self) -> JSON:
        return {"doc": self.doc, **self.fact.to_dict()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DocumentFact:
        return cls(data["doc"], Fact.from_dict(data))
