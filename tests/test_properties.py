"""Property tests: any input, however odd, keeps the invariants (Hypothesis), and
adversarial text goes through every stage (benchmarks/linearity.py times it)."""

from __future__ import annotations

import io
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ainews_cli.dates import find_dates
from ainews_cli.entities import alias_mentions, canonical_mentions, load_alias_table
from ainews_cli.errors import InputError
from ainews_cli.facts import extract_facts
from ainews_cli.ingest import analysable, parse_text, read_stream
from ainews_cli.language import blocks, language_spans
from ainews_cli.records import Document, PubDate, Sentence, Span

TABLE = load_alias_table()
WORDS = st.sampled_from(["Microsoft", "Microsofts", "Altman", "Sam Altman", "Altmann", "OpenAI", "微软", "am",
                         "Freitag", "On", "Friday", "2015", "$1 billion", "49 Prozent", "https://x.com/2023/",
                         "\n", "- ", ".", ",", "’s", "---", "the", "end", "of", "November", "2022"])
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join))


def ignore(message: str) -> None:
    del message


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes_give_documents_or_input_errors(data: bytes) -> None:
    for item in read_stream(io.BytesIO(data), ignore):
        assert isinstance(item, (Document, InputError))
        if isinstance(item, InputError):
            assert item.source and item.fix


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_any_text_parses_and_offsets_survive_blanking(text: str) -> None:
    try:
        document = parse_text("x.md", text, report=ignore)
    except InputError:
        return
    assert text.endswith(document.body)
    blanked = analysable(document.body)
    assert len(blanked) == len(document.body)
    assert analysable(blanked) == blanked  # idempotent


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.sampled_from(["en", "de", "zh"]))
def test_alias_matches_are_exact_whole_words(text: str, lang: str) -> None:
    found = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, lang), TABLE)
    for mention in found:
        assert text[mention.start: mention.end] == mention.text
        if not any("\u4e00" <= ch <= "\u9fff" for ch in mention.text):
            before = text[mention.start - 1: mention.start]
            after = text[mention.end: mention.end + 1]
            assert not before.isalnum() and not (after.isalnum() and after != "s")
    starts = [m.start for m in found]
    assert starts == sorted(starts)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.sampled_from([None, "2023-11-20", "2023"]), st.sampled_from(["en", "de", "zh"]))
def test_dates_are_exact_ordered_and_never_anchored_without_a_date(text: str, pub: str | None, lang: str) -> None:
    published = PubDate(pub, "json") if pub else None
    found = find_dates(text, spans=[Span(0, len(text), lang, "x")], sentences=[(0, len(text))],
                       published=published)
    for expression in found:
        assert text[expression.start: expression.end] == expression.text
        if published is None and expression.anchor is not None:
            assert expression.anchor.source == "mentioned"  # only a date the text itself tells
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


ADVERSARIAL = {
    "digits": "1" * 200_000,
    "dollars": "$" * 200_000,
    "years": "2015 " * 40_000,
    "weekdays": "am Freitag " * 20_000,
    "months": "in November " * 20_000,
    "parens": "(" * 200_000,
    "urlish": "http://" + "a" * 200_000,
    "no spaces": "x" * 200_000,
    "bullets": "-\n" * 100_000,
    "names": "Microsoft " * 20_000,
    "money words": "$1 billion investment in " * 8_000,
    # Chinese without a single punctuation mark or line break: names, dates, triggers and
    # amounts all the way (issue 13's "10 MB of Han characters").
    "han": (
        "微软首席执行官萨蒂亚纳德拉上周五宣布奥特曼将加入微软"
        "持有OpenAI约49%股份微软向OpenAI追加投资约100亿美元11月17日"
    )
    * 3_000,
}


def all_stages(text: str) -> tuple[str, list, list, list]:
    """Every analysis stage but the spaCy model, as the pipeline chains them: (the
    analysed text, temporal expressions, entity mentions, facts)."""
    blanked = analysable(text)
    spans = language_spans(blanked, "en")
    pieces = blocks(blanked, "en", spans)
    sentences = [(b.start, b.end) for b in pieces]
    dates = find_dates(blanked, spans=[Span(b.start, b.end, b.lang, "x") for b in pieces], sentences=sentences,
                       published=PubDate("2023-11-20", "json"))
    aliases = [m for b in pieces for m in alias_mentions(blanked, b.start, b.end, TABLE, b.lang)]
    entities = canonical_mentions(blanked, [], aliases, TABLE)
    facts = extract_facts(blanked, [Sentence(b.start, b.end, b.lang) for b in pieces], entities, dates)
    return blanked, dates, entities, facts


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_text_goes_through_every_stage(name: str) -> None:
    """Pathological text (20,000 characters of what benchmarks/linearity.py times at
    50,000 and 200,000) gives exact, ordered results from every stage; how the time
    grows with the length is the benchmark's to measure, not a test's."""
    text = ADVERSARIAL[name][:20_000]
    blanked, dates, entities, facts = all_stages(text)
    assert len(blanked) == len(text)
    for found in (*dates, *entities, *facts):
        assert blanked[found.start: found.end] == found.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(dates))
    assert [m.start for m in entities] == sorted(m.start for m in entities)
    if name == "names":
        assert {m.name for m in entities} == {"Microsoft"} and len(entities) == text.count("Microsoft")
    if name == "han":
        assert {"Microsoft", "Satya Nadella", "Sam Altman", "OpenAI"} <= {m.name for m in entities}
        assert {d.value for d in dates} >= {"2023-11-17"} and {f.kind for f in facts} >= {"stake", "investment"}
