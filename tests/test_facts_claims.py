"""Facts that would be wrong claims: a plan told as a deal, a founder's employer told
as the company founded, a person's valuation, an amount from the next clause. Each
case beside the plain sentence that does state the fact, so no test passes for want
of a reading."""

from __future__ import annotations

import pytest

from ainews_cli.dates import find_dates
from ainews_cli.entities import alias_mentions, canonical_mentions, load_alias_table
from ainews_cli.facts import extract_facts
from ainews_cli.records import Sentence, Span

TABLE = load_alias_table()
KEYS = ("investor", "holder", "target", "subject", "org", "founders", "amount", "direction", "year")


def typed(text: str, lang: str) -> list[tuple]:
    entities = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, lang), TABLE)
    dates = find_dates(text, spans=[Span(0, len(text), lang, "x")], sentences=[(0, len(text))], published=None)
    found = [f.to_dict() for f in extract_facts(text, [Sentence(0, len(text), lang)], entities, dates)]
    return [(f["kind"], *[(k, f[k]) for k in KEYS if f.get(k) is not None])
            for f in found if f["kind"] not in ("role", "money", "percent")]


INVESTMENT = ("investment", ("investor", "Microsoft"), ("target", "OpenAI"), ("amount", 10_000_000_000))


@pytest.mark.parametrize(
    ("lang", "stated", "unreal", "fact"),
    [
        ("en", "Microsoft invested $10bn in OpenAI.", "Microsoft plans to invest $10bn in OpenAI.", INVESTMENT),
        ("en", "Microsoft invested $10bn in OpenAI.", "Microsoft is in talks to invest $10bn in OpenAI.", INVESTMENT),
        ("en", "OpenAI raised money at a valuation of $100bn.",
         "OpenAI is in talks to raise money at a valuation of $100bn.",
         ("valuation", ("subject", "OpenAI"), ("amount", 100_000_000_000))),
        ("de", "Microsoft investierte 10 Milliarden Dollar in OpenAI.",
         "Microsoft wollte 10 Milliarden Dollar in OpenAI investieren.", INVESTMENT),
        ("zh", "微软向OpenAI投资100亿美元。", "微软计划向OpenAI投资100亿美元。", INVESTMENT),
    ],
)
def test_a_plan_or_talks_state_no_fact(lang: str, stated: str, unreal: str, fact: tuple) -> None:
    assert fact in typed(stated, lang)
    assert typed(unreal, lang) == []


def test_a_plan_in_a_relative_clause_leaves_the_main_clause_stated() -> None:
    assert typed("Anthropic, which plans to hire, raised $4bn from Amazon.", "en") == [
        ("investment", ("investor", "Amazon"), ("target", "Anthropic"), ("amount", 4_000_000_000)),
        ("funding_round", ("subject", "Anthropic"), ("amount", 4_000_000_000)),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # An organisation after "by"/"von" founded nothing: the one founded comes before it.
        ("en", "Anthropic, the startup co-founded by OpenAI's former researcher Dario Amodei, raised $4bn.",
         [("founded", ("org", "Anthropic"), ("founders", ["Dario Amodei"])),
          ("funding_round", ("subject", "Anthropic"), ("amount", 4_000_000_000))]),
        ("de", "IBM wurde 1911 von Charles Flint gegründet.", [("founded", ("org", "IBM"), ("founders", []),
                                                                ("year", "1911"))]),
        ("de", "Das Unternehmen wurde 1990 von Acorn, Apple und VLSI Technology gegründet.", []),
        ("de", "Der Softwarekonzern wurde 1972 von fünf ehemaligen IBM-Mitarbeitern gegründet.", []),
        # The year of the founding clause, not of the clause after it.
        ("zh", "百度于2000年1月在北京创立，2005年在纳斯达克上市。", [("founded", ("org", "Baidu"), ("founders", []),
                                                             ("year", "2000"))]),
    ],
)
def test_founders_and_their_employers(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A person has no valuation, revenue or funding round: the company before does.
        ("en", "Sam Altman has raised $1bn.", []),
        ("en", "OpenAI, led by Sam Altman, has raised $1bn.",
         [("funding_round", ("subject", "OpenAI"), ("amount", 1_000_000_000))]),
        ("en", "OpenAI raised $1bn in a round led by Microsoft.",
         [("investment", ("investor", "Microsoft"), ("target", "OpenAI")),
          ("funding_round", ("subject", "OpenAI"), ("amount", 1_000_000_000))]),
        # A change of market value says which way, or it is no fact.
        ("en", "Apple's market value stood at $3 trillion.", []),
        ("en", "Apple gained $200 billion in market value.",
         [("market_value_change", ("subject", "Apple"), ("amount", 200_000_000_000), ("direction", "gain"))]),
        # An amount belongs to its own part of the sentence.
        ("zh", "微软营收620亿美元；今年1月，微软市值突破3万亿美元。",
         [("revenue", ("subject", "Microsoft"), ("amount", 62_000_000_000))]),
    ],
)
def test_subjects_and_amounts_of_their_own(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A description stands for one organisation, never a guess among a list or the subject
        # of its own clause.
        ("en", "Anthropic, the startup founded by Dario Amodei, is valued at $18bn.",
         [("founded", ("org", "Anthropic"), ("founders", ["Dario Amodei"])),
          ("valuation", ("subject", "Anthropic"), ("amount", 18_000_000_000))]),
        ("en", "OpenAI said the company is valued at $80bn.",
         [("valuation", ("subject", "OpenAI"), ("amount", 80_000_000_000))]),
        ("en", "Microsoft backed the startup, which is valued at $4bn.", []),
        ("en", "Microsoft and Nvidia backed the startup, which is valued at $4bn.", []),
        ("de", "Der Konzern Microsoft investierte in das Start-up, das mit 4 Milliarden Dollar bewertet wird.", []),
        ("zh", "投资者包括微软、英伟达及谷歌，估值约40亿美元。", []),
        # An amount before the cue, in another clause, is not the cue's.
        ("en", "Mistral AI, valued at €5.8bn, raised money.",
         [("valuation", ("subject", "Mistral AI"), ("amount", 5_800_000_000))]),
    ],
)
def test_descriptions_and_lists(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed(text, lang) == expected
