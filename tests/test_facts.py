"""Roles, money and percentages stated in sentences, normalised."""

from __future__ import annotations

import pytest

from ainews_cli.entities import alias_mentions, canonical_mentions, load_alias_table
from ainews_cli.facts import extract_facts, parse_number
from ainews_cli.records import Sentence

TABLE = load_alias_table()


def facts(text: str, lang: str = "en") -> list[dict]:
    entities = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, lang), TABLE)
    return [f.to_dict() for f in extract_facts(text, [Sentence(0, len(text), lang)], entities)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("On Friday, then-CEO Sam Altman was fired.", "en", ("Sam Altman", "CEO", None, "then")),
        ("Meta CEO Mark Zuckerberg and Elon Musk met.", "en", ("Mark Zuckerberg", "CEO", "Meta", None)),
        ("Microsoft-CEO Satya Nadella verkündete es.", "de", ("Satya Nadella", "CEO", "Microsoft", None)),
        ("Microsofts CEO Satya Nadella holt Altman.", "de", ("Satya Nadella", "CEO", "Microsoft", None)),
        ("Elon Musk, who co-founded OpenAI in 2015, left.", "en", ("Elon Musk", "co-founder", "OpenAI", None)),
        ("the Ex-OpenAI Vorsitzenden Greg Brockman", "de", ("Greg Brockman", "chairman", "OpenAI", "ex")),
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
    # Typed (investment, revenue, ...) or plain: every amount is read once, normalised.
    [money] = [f for f in facts(text, lang) if "amount" in f]
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
    [percent] = [f for f in facts(text, lang) if f["kind"] in ("percent", "stake")]
    assert percent.get("values", [percent.get("percent")]) == values


def test_money_fact_lists_the_entities_of_its_sentence() -> None:
    [money] = [f for f in facts("Microsoft said it spent $1 billion, OpenAI said nothing.") if f["kind"] == "money"]
    assert money["entities"] == ["Microsoft", "OpenAI"]


def typed(text: str, lang: str = "en") -> list[tuple]:
    found = [f for f in facts(text, lang) if f["kind"] not in ("role", "money", "percent")]
    keys = ("investor", "holder", "target", "subject", "org", "founders", "amount", "percent", "direction", "year")
    return [(f["kind"], *[(k, f[k]) for k in keys if f.get(k) is not None]) for f in found]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Microsoft's $1 billion investment in OpenAI in 2019 marked the beginning.", "en",
         [("investment", ("investor", "Microsoft"), ("target", "OpenAI"), ("amount", 1_000_000_000))]),
        ("Major backers like Microsoft have poured billions into OpenAI.", "en",
         [("investment", ("investor", "Microsoft"), ("target", "OpenAI"))]),
        ("Zwar ist Microsoft mit 49 Prozent der größte Anteilseigner von OpenAI.", "de",
         [("stake", ("holder", "Microsoft"), ("target", "OpenAI"), ("percent", 49))]),
        ("Microsoft verlor über das Wochenende fast 47 Milliarden US-Dollar Börsenwert.", "de",
         [("market_value_change", ("subject", "Microsoft"), ("amount", 47_000_000_000), ("direction", "loss"))]),
        ("OpenAI’s growth: its recent $6.6 billion funding round pushed its valuation to $157 billion.", "en",
         [("valuation", ("subject", "OpenAI"), ("amount", 157_000_000_000)),
          ("funding_round", ("subject", "OpenAI"), ("amount", 6_600_000_000))]),
        ("Musk’s xAI recently secured $6 billion in funding.", "en",
         [("funding_round", ("subject", "xAI"), ("amount", 6_000_000_000))]),
        ("Today ChatGPT has over 100 million weekly users and over $1 billion in revenue.", "en",
         [("revenue", ("subject", "ChatGPT"), ("amount", 1_000_000_000))]),
        ("Elon Musk, who co-founded OpenAI in 2015, left.", "en",
         [("founded", ("org", "OpenAI"), ("founders", ["Elon Musk"]))]),
        ("Da weder Microsoft noch andere Investoren einen Sitz in OpenAIs Gremium besitzen.", "de", []),
    ],
)
def test_typed_facts(text: str, lang: str, expected: list[tuple]) -> None:
    assert typed(text, lang) == expected


def test_typed_facts_carry_the_date_of_their_sentence() -> None:
    from ainews_cli.dates import find_dates
    from ainews_cli.records import Span

    text = "Microsoft's $1 billion investment in OpenAI in 2019 marked the beginning."
    entities = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, "en"), TABLE)
    dates = find_dates(text, spans=[Span(0, len(text), "en", "x")], sentences=[(0, len(text))], published=None)
    [fact] = [f.to_dict() for f in extract_facts(text, [Sentence(0, len(text), "en")], entities, dates)]
    assert fact["date"] == {"value": "2019", "text": "2019"}
    assert fact["text"] == "Microsoft's $1 billion investment in OpenAI"


@pytest.mark.parametrize(("text", "lang", "value"),
                         [("6.6", "en", 6.6), ("1,000", "en", 1000), ("6,6", "de", 6.6), ("1.000", "de", 1000)])
def test_parse_number(text: str, lang: str, value: float) -> None:
    assert parse_number(text, lang) == value
