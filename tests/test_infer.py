"""Publication dates inferred for undated documents from the happenings other documents date
(infer.py, docs/dates.md "Inferred publication dates"): the seeds' targets, a small pile of
written articles (English, German, Simplified and Traditional Chinese) with the bad inputs
the rule must refuse, re-inference when the pile changes (without analysing again), and
the flags that show or hide it."""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from ainews_cli.analyse import Analyser
from ainews_cli.cli import app
from ainews_cli.dates import find_dates
from ainews_cli.dates.reanchor import is_bare, passages, resolve_passages
from ainews_cli.infer import infer
from ainews_cli.records import Document, Extraction, PubDate, Sentence, Span
from ainews_cli.store import Store

ROOT = Path(__file__).resolve().parents[1]
SEED_002 = "seeds/002_ff88baaabcbe5633.txt"
NO_NER = ["--model", "en=none", "--model", "de=none", "--model", "zh=none"]  # the alias table: fast and fixed


def run(*args: str) -> Any:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.stderr
    return result


def extract(db: str, path: str, *flags: str) -> dict[str, Any]:
    [record] = json.loads(run("extract", path, "--db", db, "--json", *flags).stdout)
    return record  # type: ignore[no-any-return]


# --- the seeds ---------------------------------------------------------------------------------

def test_the_german_seed_is_dated_2023_11_20_to_21_from_seed_000s_events(seeds_db: str) -> None:
    record = extract(seeds_db, str(ROOT / SEED_002), "--explain")
    published = record["published"]
    assert {key: published[key] for key in ("date", "source", "first", "last")} == {
        "date": "2023-11-20/2023-11-21", "source": "inferred", "first": "2023-11-20", "last": "2023-11-21"}
    evidence = {e["text"]: e for e in published["evidence"]}
    assert set(evidence) == {"Freitag", "Sonntagnacht"}
    assert [(e["date"], e["type"], e["headline"]) for e in evidence["Freitag"]["events"]] == [
        ("2023-11-17", "departure", "OpenAI fires Sam Altman")]
    assert evidence["Freitag"]["implies"] == ["2023-11-17/2023-11-21"]
    assert [e["date"] for e in evidence["Sonntagnacht"]["events"]] == ["2023-11-19"]
    assert evidence["Sonntagnacht"]["implies"] == ["2023-11-20/2023-11-23"]  # the night runs into Monday
    assert record["inference"]["against"] == [] and "agree" in record["inference"]["reason"]
    # Relative dates placed through the inferred date say so; the plea of Saturday is 2023-11-18.
    dates = {d["text"]: d for d in record["dates"]}
    inferred = {"source": "inferred", "value": "2023-11-20/2023-11-21", "text": None, "start": None}
    for text, value in (("Samstag", "2023-11-18"), ("Freitag", "2023-11-17"), ("Sonntagnacht", "2023-11-19TNI"),
                        ("über das Wochenende", "2023-W46-WE"), ("diesem Jahr", "2023")):
        assert (dates[text]["value"], dates[text]["anchored"], dates[text]["anchor"]) == (value, True, inferred)
    assert [(e["date"]["text"], e["type"]) for e in record["events"]] == [
        ("Freitag", "departure"), ("Sonntagnacht", "other"), ("über das Wochenende", "financial")]


def test_the_german_seeds_friday_and_sunday_night_join_seed_000s_events(seeds_db: str) -> None:
    events = json.loads(run("timeline", "--db", seeds_db, "--json", "--explain").stdout)
    told = {e["date"]: e for e in events if e["granularity"] == "day"}
    for day, phrase in (("2023-11-17", "Freitag"), ("2023-11-19", "Sonntagnacht")):
        [german] = [s for s in told[day]["sources"] if s["doc"].endswith("002_ff88baaabcbe5633.txt")]
        assert german["date_text"] == phrase and german["anchor"]["source"] == "inferred"
        assert any(f"“{phrase}” placed through the publication date inferred" in why
                   for why in told[day]["merged_because"])
    # Seed 001 stays undated: its absolute dates pin no week, its relative mentions match nothing.
    undated = extract(seeds_db, str(ROOT / "seeds" / "001_2d44bcb9e0d12544.txt"), "--explain")
    assert undated["published"] is None and undated["inference"]["date"] is None
    assert undated["inference"]["reason"].startswith("nothing inferred: ")


def test_no_infer_gives_what_there_was_before(seeds_db: str) -> None:
    events = json.loads(run("timeline", "--db", seeds_db, "--json", "--no-infer").stdout)
    assert not any(s["doc"].endswith("002_ff88baaabcbe5633.txt") for e in events for s in e["sources"])
    assert len(events) == 18
    record = extract(seeds_db, str(ROOT / SEED_002), "--no-infer", "--explain")
    assert record["published"] is None and "inference" not in record
    assert {d["text"]: d["anchored"] for d in record["dates"]}["Freitag"] is False
    # The setting does the same as the flag; the flag wins over it.
    off = CliRunner().invoke(app, ["timeline", "--db", seeds_db, "--json"], env={"AINEWS_INFER": "false"})
    assert off.exit_code == 0 and json.loads(off.stdout) == events
    on = CliRunner().invoke(app, ["timeline", "--db", seeds_db, "--json", "--infer"], env={"AINEWS_INFER": "0"})
    assert len(json.loads(on.stdout)) == 19
    bad = CliRunner().invoke(app, ["timeline", "--db", seeds_db], env={"AINEWS_INFER": "maybe"})
    assert bad.exit_code == 2 and "AINEWS_INFER must be true or false" in bad.stderr


# --- a pile of written articles ----------------------------------------------------------------

# Tuesday 2024-03-12: a Friday (03-08) firing, a Sunday (03-10) hiring, a Monday (03-11) launch.
WIRE = ("---\ndate: 2024-03-12\n---\nOpenAI fired Sam Altman on Friday, the board said.\n\n"
        "On Sunday, Microsoft hired Sam Altman and Greg Brockman.\n\nAnthropic launched Claude on Monday.\n")
# Tuesday 2024-03-26: a Friday (03-22) acquisition.
DEAL = "---\ndate: 2024-03-26\n---\nMicrosoft acquired Inflection AI on Friday.\n"
# Wednesday 2024-03-20: a Monday (03-18) launch.
LATER = "---\ndate: 2024-03-20\n---\nGoogle launched Gemini on Monday.\n"

FIRED = "OpenAI fired Sam Altman on Friday."
HIRED = "Microsoft hired Sam Altman and Greg Brockman on Sunday."
LAUNCHED = "Anthropic launched Claude on Monday."

# name -> (text, the inferred date or None, what the reason says)
UNDATED = {
    # Friday allows 03-08..12, Sunday 03-10..14, Monday 03-11..15: Monday or Tuesday of one week.
    "agree.txt": (f"{FIRED} {HIRED}\n\n{LAUNCHED}\n", "2024-03-11/2024-03-12", "3 mentions of happenings"),
    "thin.txt": (f"{FIRED}\n", None, "only one happening dated elsewhere fits (“Friday” (departure))"),
    # The firing was on a Friday: no publication date makes "Saturday" that day.
    "misfit.txt": (f"{FIRED.replace('Friday', 'Saturday')} {HIRED}\n\n{LAUNCHED}\n", None,
                   "wire.md dates to Friday 2024-03-08, and no publication date makes “Saturday” that day"),
    "two-fridays.txt": (f"{FIRED}\n\nMicrosoft acquired Inflection AI on Friday.\n", None,
                        "“Friday” names two different days"),
    # A Friday of 03-08 and a Monday of 03-18: no one publication date is near both.
    "apart.txt": (f"{FIRED}\n\nGoogle launched Gemini on Monday.\n", None, "no two of its mentions agree"),
    "later-date.txt": (f"{FIRED} {HIRED}\n\n{LAUNCHED}\n\nThe board meets again on April 2, 2024.\n", None,
                       "it names 2024-04-02 (“April 2, 2024”), after 2024-03-11"),
    "nothing.txt": ("Nvidia launched a new chip on Thursday.\n", None, "no other document dates the happenings"),
    "no-happening.txt": ("Sam Altman spoke at a conference on Thursday.\n", None, "it tells no happening"),
    # German and Chinese (Simplified, Traditional) articles telling what the English wire dates.
    # Friday, Sunday and "gestern" for the Monday launch: Tuesday 03-12 only.
    "de-agree.txt": ("OpenAI hat Sam Altman am Freitag entlassen. Am Sonntag stellte Microsoft Sam Altman und "
                     "Greg Brockman ein.\n\nAnthropic hat Claude gestern vorgestellt.\n", "2024-03-12",
                     "3 mentions of happenings"),
    "de-thin.txt": ("Anthropic hat Claude gestern vorgestellt.\n", None,
                    "only one happening dated elsewhere fits (“gestern” (launch))"),
    "de-misfit.txt": ("OpenAI hat Sam Altman am Donnerstag entlassen. Am Sonntag stellte Microsoft Sam Altman und "
                      "Greg Brockman ein.\n", None,
                      "wire.md dates to Friday 2024-03-08, and no publication date makes “Donnerstag” that day"),
    # "上周五" is the Friday of the week before: a publication in 03-11..17; bare Sunday 03-10..14.
    "zh-hans.txt": ("上周五，OpenAI董事会解雇了首席执行官奥特曼。周日，微软聘请了奥特曼和布罗克曼。\n",
                    "2024-03-11/2024-03-14", "2 mentions of happenings"),
    "zh-hant.txt": ("上週五，OpenAI董事會開除了執行長奧特曼。\n\n昨天，Anthropic推出了Claude。\n", "2024-03-12",
                    "2 mentions of happenings"),
    "zh-thin.txt": ("昨天，Anthropic推出了Claude。\n", None,
                    "only one happening dated elsewhere fits (“昨天” (launch))"),
    "zh-misfit.txt": ("上週四，OpenAI董事會開除了執行長奧特曼。週日，微軟聘請了奧特曼和布羅克曼。\n", None,
                      "wire.md dates to Friday 2024-03-08, and no publication date makes “上週四” that day"),
    "zh-two-fridays.txt": ("上周五，OpenAI董事会解雇了奥特曼。\n\n上周五，微软收购了Inflection AI。\n", None,
                           "“上周五” names two different days"),
}


@pytest.fixture(scope="module")
def pile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("pile")
    for name, text in {"wire.md": WIRE, "deal.md": DEAL, "later.md": LATER}.items():
        (folder / name).write_text(text, encoding="utf-8")
    for name, (text, _, _) in UNDATED.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = str(folder / "ainews.db")
    run("ingest", str(folder), "--db", db, *NO_NER)
    return folder, db


@pytest.mark.parametrize(("name", "date", "reason"), [(n, d, r) for n, (_, d, r) in UNDATED.items()],
                         ids=list(UNDATED))
def test_a_date_is_inferred_only_where_the_evidence_holds(pile: tuple[Path, str], name: str, date: str | None,
                                                          reason: str) -> None:
    folder, db = pile
    record = extract(db, str(folder / name), "--explain", *NO_NER)
    assert record["inference"]["date"] == date
    assert reason in record["inference"]["reason"], record["inference"]
    if date is None:
        assert record["published"] is None
        assert not any(d["anchor"] and d["anchor"]["source"] == "inferred" for d in record["dates"])
    else:
        assert record["published"]["source"] == "inferred" and record["published"]["date"] == date


def test_what_speaks_against_a_date_is_listed(pile: tuple[Path, str]) -> None:
    folder, db = pile
    against = extract(db, str(folder / "two-fridays.txt"), "--explain", *NO_NER)["inference"]["against"]
    assert len(against) == 1 and "2024-03-08/2024-03-12" in against[0] and "2024-03-22/2024-03-26" in against[0]
    assert extract(db, str(folder / "later-date.txt"), "--explain", *NO_NER)["inference"]["against"] == [
        "it names 2024-04-02 (“April 2, 2024”), after 2024-03-11, the first day the mentions allow"]


def test_an_inferred_date_places_only_what_every_day_of_its_range_agrees_on(pile: tuple[Path, str]) -> None:
    folder, db = pile
    (folder / "today.txt").write_text(f"{FIRED} {HIRED}\n\n{LAUNCHED}\n\nToday the board met.\n", encoding="utf-8")
    record = extract(db, str(folder / "today.txt"), *NO_NER)
    assert record["published"]["date"] == "2024-03-11/2024-03-12"
    dates = {d["text"]: d for d in record["dates"]}
    assert (dates["Friday"]["value"], dates["Friday"]["anchor"]["source"]) == ("2024-03-08", "inferred")
    # "Today" is 03-11 or 03-12: no day is chosen for it.
    assert dates["Today"]["value"] == "PRESENT_REF"


def test_a_traditional_chinese_article_is_placed_through_its_inferred_date(pile: tuple[Path, str]) -> None:
    folder, db = pile
    record = extract(db, str(folder / "zh-hant.txt"), "--explain", *NO_NER)
    assert (record["lang"], record["script"]) == ("zh", "Hant")
    assert [(e["text"], e["implies"]) for e in record["published"]["evidence"]] == [
        ("上週五", ["2024-03-11/2024-03-17"]), ("昨天", ["2024-03-12"])]
    inferred = {"source": "inferred", "value": "2024-03-12", "text": None, "start": None}
    assert [(d["text"], d["value"], d["anchor"]) for d in record["dates"]] == [
        ("上週五", "2024-03-08", inferred), ("昨天", "2024-03-11", inferred)]
    events = json.loads(run("timeline", "--db", db, "--json", "--since", "2024-03-08", "--until", "2024-03-11").stdout)
    told = {(e["date"], e["type"]): sorted(Path(s["doc"]).name for s in e["sources"]) for e in events}
    assert "zh-hant.txt" in told[("2024-03-08", "departure")] and "wire.md" in told[("2024-03-08", "departure")]
    assert {"de-agree.txt", "wire.md", "zh-hant.txt"} <= set(told[("2024-03-11", "launch")])
    assert "zh-thin.txt" not in told[("2024-03-11", "launch")]


def test_the_table_the_page_and_the_calendar_mark_what_only_an_inferred_date_gives(pile: tuple[Path, str],
                                                                                    tmp_path: Path) -> None:
    folder, db = pile
    # A happening only the undated article tells, on a day its inferred date gives.
    (folder / "extra.txt").write_text(f"{FIRED} {HIRED}\n\n{LAUNCHED}\n\nMeta launched Llama on Sunday.\n",
                                      encoding="utf-8")
    run("ingest", str(folder / "extra.txt"), "--db", db, *NO_NER)
    table = CliRunner().invoke(app, ["timeline", "--db", db, "--since", "2024-03-10", "--until", "2024-03-10"],
                               env={"COLUMNS": "120"})
    assert "≈2024-03-10" in table.stdout and "│ 2024-03-10 " in table.stdout  # Llama inferred, the hiring stated
    ics = run("timeline", "--db", db, "--format", "ics")
    assert "Llama" not in ics.stdout and "dated only through a publication date ainews inferred" in ics.stderr
    assert "Llama" in run("timeline", "--db", db, "--format", "ics", "--include-inferred").stdout
    page = tmp_path / "t.html"
    run("timeline", "--db", db, "--html", str(page))
    assert '"date": "≈2024-03-10"' in page.read_text(encoding="utf-8")


def test_matching_events_that_are_themselves_unanchored_date_nothing(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(UNDATED["agree.txt"][0], encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"{FIRED}\n\n{HIRED} {LAUNCHED}\n", encoding="utf-8")
    db = str(tmp_path / "a.db")
    run("ingest", str(tmp_path), "--db", db, *NO_NER)
    record = extract(db, str(tmp_path / "a.txt"), "--explain", *NO_NER)
    assert record["published"] is None
    assert "told with a date only by undated documents" in record["inference"]["reason"]
    assert json.loads(run("timeline", "--db", db, "--json").stdout) == []


def test_a_new_dated_article_dates_an_undated_one_without_analysing_it_again(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    analysed: list[str] = []
    analyse = Analyser.analyse

    def counting(self: Analyser, documents: Sequence[Document]) -> list[Extraction]:
        analysed.extend(Path(document.doc).name for document in documents)
        return analyse(self, documents)

    monkeypatch.setattr(Analyser, "analyse", counting)
    undated, wire = tmp_path / "undated.txt", tmp_path / "wire.md"
    undated.write_text(UNDATED["agree.txt"][0], encoding="utf-8")
    wire.write_text(WIRE, encoding="utf-8")
    db = str(tmp_path / "a.db")
    run("ingest", str(undated), "--db", db, *NO_NER)
    assert analysed == ["undated.txt"]
    assert extract(db, str(undated), *NO_NER)["published"] is None
    assert json.loads(run("timeline", "--db", db, "--json").stdout) == []
    records = json.loads(run("ingest", str(undated), str(wire), "--db", db, "--json", *NO_NER).stdout)
    assert {r["doc"]: r["status"] for r in records} == {str(undated): "cached", str(wire): "new"}
    assert analysed == ["undated.txt", "wire.md"]  # the undated article was not analysed again
    assert extract(db, str(undated), *NO_NER)["published"]["date"] == "2024-03-11/2024-03-12"
    events = json.loads(run("timeline", "--db", db, "--json").stdout)
    assert sorted({s["doc"] for e in events for s in e["sources"]}) == sorted([str(undated), str(wire)])
    # And when the dated article changes so it no longer dates it, the date goes again.
    wire.write_text(WIRE.replace("Anthropic launched Claude on Monday.", "").replace("On Sunday, ", "Later, "),
                    encoding="utf-8")
    records = json.loads(run("ingest", str(undated), str(wire), "--db", db, "--json", *NO_NER).stdout)
    assert {r["doc"]: r["status"] for r in records} == {str(undated): "cached", str(wire): "updated"}
    assert extract(db, str(undated), *NO_NER)["published"] is None
    assert analysed == ["undated.txt", "wire.md", "wire.md"]


# --- pure functions ------------------------------------------------------------------------------

def test_inference_depends_on_the_documents_not_their_order(pile: tuple[Path, str]) -> None:
    _, db = pile
    with Store(Path(db)) as store:
        undated = store.undated_documents()
        _, dated = store.event_snapshot()
    first = infer(undated, dated)
    assert any(item.inference.inferred for item in first)
    for seed in range(3):
        shuffled_undated, shuffled_dated = list(undated), list(dated)
        random.Random(seed).shuffle(shuffled_undated)
        random.Random(seed).shuffle(shuffled_dated)
        assert infer(shuffled_undated, shuffled_dated) == first


def test_the_kept_sentences_resolve_as_the_whole_body_does() -> None:
    texts = ["Headline of the piece", "On Friday the board fired him.", "Nothing else happened.",
             "Two days later, on Sunday, he was hired.", "In 2019 there was an investment; that year was busy."]
    body = "\n".join(texts)
    starts = [body.index(text) for text in texts]
    sentences = [Sentence(start, start + len(text), "en") for start, text in zip(starts, texts, strict=True)]
    published = PubDate("2023-11-20", "front_matter")
    whole = find_dates(body, spans=[Span(0, len(body), "en", "block")],
                       sentences=[(s.start, s.end) for s in sentences], published=published)
    kept = passages(body, sentences, find_dates(body, spans=[Span(0, len(body), "en", "block")],
                                                sentences=[(s.start, s.end) for s in sentences], published=None))
    assert [p.start for p in kept] == [starts[1], starts[3], starts[4]]  # the sentences that hold a date
    bounds = [(s.start, s.end) for s in sentences]
    assert list(resolve_passages(kept, published, bounds).values()) == whole
    # Without the bounds of the sentences between, "two days later" would reach back to Friday.
    assert resolve_passages(kept, published)[(whole[1].start, whole[1].end)].anchored


@pytest.mark.parametrize(("text", "lang", "bare"), [
    ("Friday", "en", True), ("late Sunday night", "en", True), ("over the weekend", "en", True),
    ("last Friday", "en", False), ("next weekend", "en", False), ("yesterday", "en", False),
    ("Freitag", "de", True), ("Sonntagnacht", "de", True), ("vergangenen Freitag", "de", False),
    ("上周五", "zh", False),
])
def test_a_bare_weekday_or_weekend_is_one_named_without_last_or_next(text: str, lang: str, bare: bool) -> None:
    assert is_bare(text, lang) is bare


# --- the benchmark pile ------------------------------------------------------------------------

@pytest.mark.slow
def test_the_benchmark_pile_gets_no_wrong_date(tmp_path: Path) -> None:
    """benchmarks/inference.py's undated articles (en, de, zh Simplified and Traditional): no
    date inferred outside the true one, none for an article marked not inferable."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import inference  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    rows, seeds = inference.evaluate(tmp_path)
    assert {row.lang for row in rows} == {"en", "de", "zh"} and len(rows) >= 10
    assert [row.doc for row in rows if row.verdict == "wrong"] == []
    assert all(row.verdict == "withheld" for row in rows if not row.inferable)
    assert {row.doc for row in rows if row.verdict == "correct"} >= {
        "de-sonntagabend.txt", "en-weekend-monday.txt", "zh-hant-openai-letter.txt"}
    by_name = {Path(record["doc"]).name: record for record in seeds}
    assert by_name["002_ff88baaabcbe5633.txt"]["published"]["date"] == "2023-11-20/2023-11-21"
    assert by_name["001_2d44bcb9e0d12544.txt"]["published"] is None
