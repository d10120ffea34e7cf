"""Coverage-guided fuzzing (atheris) of the loaders (text, JSON, pages, feeds) and the temporal tagger.

    python tests/fuzz/fuzz_targets.py -runs=20000 -max_total_time=60

Any exception other than the InputError a loader is meant to raise is a crash
(atheris stops and prints the input).  tests/test_fuzz.py runs it for a fixed
number of runs from a fixed seed in CI.
"""

from __future__ import annotations

import io
import sys

import atheris

with atheris.instrument_imports(include=["ainews_cli"]):
    from ainews_cli.dates import date_from_url, dateline_date, find_dates, parse_date_string
    from ainews_cli.entities import alias_mentions, canonical_mentions, load_alias_table
    from ainews_cli.errors import InputError
    from ainews_cli.ingest import analysable, parse_json, parse_text, parse_web, read_stream
    from ainews_cli.records import PubDate, Span

TABLE = load_alias_table()
PUB_DATES = [None, PubDate("2023-11-20", "json"), PubDate("2023-11", "url"), PubDate("2023", "url")]
LANGS = ["en", "de", "zh", "fr"]


def ignore(message: str) -> None:
    del message


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    target = fdp.ConsumeIntInRange(0, 5)
    if target == 0:  # files and stdin: bytes in, documents or InputErrors out
        for item in read_stream(io.BytesIO(fdp.ConsumeBytes(fdp.remaining_bytes())), ignore):
            assert isinstance(item, InputError) or isinstance(item.body, str)
    elif target == 1:
        raw = fdp.ConsumeBytes(fdp.remaining_bytes())
        list(parse_json("fuzz.jsonl", raw, lines=True, report=ignore))
        list(parse_json("fuzz.json", raw, lines=False, report=ignore))
    elif target == 2:
        try:
            document = parse_text("fuzz.md", fdp.ConsumeUnicodeNoSurrogates(4096), report=ignore)
        except InputError:
            return
        assert len(analysable(document.body)) == len(document.body)
    elif target == 3:  # the temporal tagger on any text, any language, any publication date
        lang = LANGS[fdp.ConsumeIntInRange(0, len(LANGS) - 1)]
        published = PUB_DATES[fdp.ConsumeIntInRange(0, len(PUB_DATES) - 1)]
        text = fdp.ConsumeUnicodeNoSurrogates(2048)
        cut = fdp.ConsumeIntInRange(0, len(text))
        found = find_dates(text, spans=[Span(0, len(text), lang, "fuzz")], sentences=[(0, cut), (cut, len(text))],
                           published=published)
        for expression in found:
            assert text[expression.start: expression.end] == expression.text
        parse_date_string(text[:80])
        dateline_date(text[:60])
        date_from_url(text)
    elif target == 5:  # saved pages and feeds: trafilatura, htmldate, feedparser on any bytes
        kind = "html" if fdp.ConsumeBool() else "feed"
        for item in parse_web("fuzz", fdp.ConsumeBytes(fdp.remaining_bytes()), kind, report=ignore):
            assert isinstance(item, InputError) or isinstance(item.body, str)
    else:  # the alias matcher and canonical names
        text = fdp.ConsumeUnicodeNoSurrogates(2048)
        mentions = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, "de"), TABLE)
        for mention in mentions:
            assert text[mention.start: mention.end] == mention.text


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
