"""Roles, money and percentages stated in sentences, normalised."""

from __future__ import annotations

import pytest

from ainews_cli.entities import alias_mentions, canonical_mentions, load_alias_table
from ainews_cli.facts import extract_facts, parse_number

TABLE = load_alias_table()


def facts(text: str, lang: str = "en") -> list[dict]:
    entities = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, lang), TABLE)
    return [f.to_dict() for f in extract_facts(text, [(0, len(text), lang)], entities)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("On Friday, then-CEO Sam Altman was fired.", "en", ("Sam Altman", "CEO", None, "then")),
        ("Meta CEO Mark Zuckerberg and Elon Musk met.", "en", ("Mark Zuckerberg", "CEO", "Meta", None)),
        ("Microsoft-CEO Satya Nadella verkündete es.", "de", ("Satya Nadella", "CEO", "Microsoft", None)),
        ("Microsofts CEO Satya Nadella holt Altman.", "de", ("Satya Nadella", "CEO", "Microsoft", None)),
        ("Elon Musk, who co-founded OpenAI in 2015, left.", "en", ("Elon Musk", "co-founder", "OpenAI", None)),
        ("the Ex-OpenAI Vorsitzenden Greg Brockman", "de", ("Greg Brockman", "chair", "OpenAI", "ex")),
    ],
)
def test_roles(text: str, lang: str, expected: tuple) -> None:
    roles = [f for f in facts(text, lang) if f["kind"] == "role"]
    assert [(f["person"], f["role"], f["org"], f["qualifier"]) for f in roles] == [expected]
    assert text[roles[0]["start"]: roles[0]["end"]] == roles[0]["text"]


def test_role_after_as_or_als() -> None:
    text = "hat sich Nadella nicht nur Sam Altman als CEO einer eigens für ihn gegründeten AI-Einheit gesichert"
    roles = [(f["person"], f["role"], f["org"]) for f in facts(text, "de") if f["kind"] == "role"]
    assert roles == [("Sam Altman", "CEO", None)]


def test_role_needs_a_person_next_to_it() -> None:
    assert [f for f in facts("The CEO of the board met Microsoft.") if f["kind"] == "role"] == []


@pytest.mark.parametrize(
    ("text", "lang", "amount", "currency", "qualifier"),
    [
        ("Microsoft's $1 billion investment in OpenAI in 2019", "en", 1_000_000_000, "USD", None),
        ("a $6.6 billion funding round", "en", 6_600_000_000, "USD", None),
        ("over $1 billion in revenue", "en", 1_000_000_000, "USD", "over"),
        ("Microsoft verlor fast 47 Milliarden US-Dollar Börsenwert", "de", 47_000_000_000, "USD", "fast"),
        ("acquired OpenAI for $0", "en", 0, "USD", None),
        ("rund 2,5 Milliarden Euro", "de", 2_500_000_000, "EUR", "rund"),
    ],
)
def test_money(text: str, lang: str, amount: int, currency: str, qualifier: str | None) -> None:
    [money] = [f for f in facts(text, lang) if f["kind"] == "money"]
    assert (money["amount"], money["currency"], money["qualifier"]) == (amount, currency, qualifier)


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("Microsoft mit 49 Prozent der größte Anteilseigner von OpenAI", "de", [49]),
        ("the probability of AI doom at between 5 and 50 percent", "en", [5, 50]),
        ("a 2.5% stake", "en", [2.5]),
    ],
)
def test_percentages(text: str, lang: str, values: list) -> None:
    [percent] = [f for f in facts(text, lang) if f["kind"] == "percent"]
    assert percent["values"] == values


def test_money_fact_lists_the_entities_of_its_sentence() -> None:
    [money] = [f for f in facts("Microsoft's $1 billion investment in OpenAI") if f["kind"] == "money"]
    assert money["entities"] == ["Microsoft", "OpenAI"]


@pytest.mark.parametrize(("text", "lang", "value"),
                         [("6.6", "en", 6.6), ("1,000", "en", 1000), ("6,6", "de", 6.6), ("1.000", "de", 1000)])
def test_parse_number(text: str, lang: str, value: float) -> None:
    assert parse_number(text, lang) == value
