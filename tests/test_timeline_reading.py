"""A timeline a reader can take in: copies counted once, the same happening at two
precisions one event, a headline each, the important ones first (docs/events.md)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ainews_cli import han
from ainews_cli.cli import app
from ainews_cli.copies import are_copies, signature
from ainews_cli.headlines import Telling, headline, money_text
from ainews_cli.merge import merge
from ainews_cli.records import (
    CopyMember,
    EntityMention,
    EventMention,
    Fact,
    Founded,
    Investment,
    Money,
    Participant,
    Source,
    SubjectAmount,
    TimeExpression,
)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def run(*args: str) -> object:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.stderr
    return result


def body(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return text.split("---\n", 2)[2] if text.startswith("---\n") else text


# --- copies -----------------------------------------------------------------------------

def test_a_copy_with_another_footer_is_a_copy_and_another_article_is_not() -> None:
    article = body(SEEDS[3])
    syndicated = "Reposted from Digital Worldwide News\n\n" + article + "\n\nSubscribe for more. © 2024 Site."
    assert are_copies(signature(article), signature(syndicated))
    assert are_copies(signature(article), signature(article[: len(article) // 2]))  # an excerpt is in it
    assert not are_copies(signature(article), signature(body(SEEDS[0])))
    assert not are_copies(signature(""), signature(""))  # no words, no copy


def test_a_signature_is_the_same_in_every_run() -> None:
    assert signature("OpenAI fired Sam Altman on Friday, the board said.").values[:3] == signature(
        "OpenAI fired Sam Altman on Friday, the board said.").values[:3]


def test_a_thousand_copies_cost_comparisons_in_proportion(monkeypatch: pytest.MonkeyPatch) -> None:
    """Copies are found bucket by bucket against one key of each group met there: 1,000
    copies of one article with a footer each take about a thousand comparisons, not the
    half million of every pair, and come out as one original with 999 copies."""
    from ainews_cli import copies

    article = body(SEEDS[3])
    other = body(SEEDS[0])
    texts = {f"k{i:04d}": article + f"\n\nFirst published by site {i}, reference {i * 7919}." for i in range(1000)}
    texts["k0500x"] = other  # another article, in no bucket with them unless by chance
    signatures = {key: signature(text) for key, text in texts.items()}
    buckets: dict[tuple[int, int], list[str]] = {}
    for key, sig in signatures.items():
        for band, value in enumerate(sig.bands):
            buckets.setdefault((band, value), []).append(key)
    calls = 0
    compare = copies.are_copies

    def counted(one: object, two: object) -> bool:
        nonlocal calls
        calls += 1
        return compare(one, two)  # type: ignore[arg-type]

    monkeypatch.setattr(copies, "are_copies", counted)
    members = [CopyMember(f"d-{key}", key, None) for key in texts]
    found = copies.originals(members, signatures, [b for b in buckets.values() if len(b) > 1])
    assert len(found) == 999 and set(found.values()) == {"d-k0000"} and "d-k0500x" not in found
    assert calls < 3 * len(texts)


def test_a_copy_met_after_another_article_in_a_bucket_still_joins_its_original() -> None:
    from ainews_cli import copies

    article, other = body(SEEDS[3]), body(SEEDS[0])
    signatures = {"a": signature(article), "b": signature(other), "c": signature(article + "\n\n(c) Site C.")}
    members = [CopyMember(f"d-{key}", key, None) for key in signatures]
    assert copies.originals(members, signatures, [("a", "b", "c")]) == {"d-c": "d-a"}


@pytest.mark.slow
def test_syndicated_copies_and_reposts_add_sources_not_events(tmp_path: Path) -> None:
    pile = tmp_path / "pile"
    pile.mkdir()
    for seed in SEEDS:
        (pile / seed.name).write_bytes(seed.read_bytes())
    for index in range(20):
        (pile / f"copy3_{index:02d}.md").write_text(
            f"---\ntitle: Syndicated {index}\nurl: https://site{index}.example/tech/story-{index}\n---\n"
            + body(SEEDS[3]) + f"\n\nThis article first appeared on site {index}. Subscribe to our newsletter "
            f"for more technology news every morning. © 2024 Site {index} Media.\n", encoding="utf-8")
    for index in range(5):
        (pile / f"repost0_{index}.md").write_text(
            f"---\ntitle: Repost {index}\nurl: https://blog{index}.example/2023/11/21/openai\n---\n"
            f"Reposted from Stratechery by blog {index}.\n\n" + body(SEEDS[0]), encoding="utf-8")
    db = str(tmp_path / "a.db")
    seeds_only = json.loads(run("timeline", *map(str, SEEDS), "--db", str(tmp_path / "b.db"), "--json").stdout)
    ingested = run("ingest", str(pile), "--db", db, "--json")
    assert "25 copies of 2 articles" in ingested.stderr  # type: ignore[attr-defined]
    records = json.loads(ingested.stdout)  # type: ignore[attr-defined]
    copies = {r["doc"]: r["copy_of"] for r in records if r["copy_of"]}
    assert len(copies) == 25 and set(copies.values()) == {str(pile / SEEDS[0].name), str(pile / SEEDS[3].name)}
    events = json.loads(run("timeline", "--db", db, "--json").stdout)
    assert len(events) == len(seeds_only)
    copied = [s for e in events for s in e["sources"] if s["copy_of"]]
    # Every telling of seed 003 comes back in its 20 copies, every telling of seed 000 in its 5 reposts.
    expected = sum({SEEDS[3].name: 20, SEEDS[0].name: 5}.get(Path(s["doc"]).name, 0)
                   for e in seeds_only for s in e["sources"])
    assert len(copied) == expected and all(s["copy_of"] in copies.values() for s in copied)
    firing = next(e for e in events if e["date"] == "2023-11-17")
    # Seed 000 and its five reposts (one site's article), and seed 002 through its inferred date.
    assert len(firing["sources"]) == 7 and firing["independent_sources"] == 2


@pytest.mark.slow
def test_a_thousand_copies_of_one_article_are_one_set_of_events(tmp_path: Path) -> None:
    """1,000 reposts of one article, each on its own site with its own footer: the events
    of the one article, each with 1,000 sources of which one is independent."""
    article = body(SEEDS[3])
    lines = [json.dumps({"id": f"site{i:04d}", "url": f"https://site{i:04d}.example/story", "date": "2024-12-01",
                         "text": article + f"\n\nFirst published on site {i:04d}; reference {i * 7919}."})
             for i in range(1000)]
    pile = tmp_path / "pile.jsonl"
    pile.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = tmp_path / "one.jsonl"
    one.write_text(lines[0] + "\n", encoding="utf-8")
    single = json.loads(run("timeline", str(one), "--db", str(tmp_path / "one.db"), "--json").stdout)
    events = json.loads(run("timeline", str(pile), "--db", str(tmp_path / "pile.db"), "--json").stdout)
    assert [(e["date"], e["type"]) for e in events] == [(e["date"], e["type"]) for e in single]
    assert all(len(e["sources"]) == 1000 * len(s["sources"]) and e["independent_sources"] == 1
               for e, s in zip(events, single, strict=True))


# --- merging at two precisions ----------------------------------------------------------------

def mention(value: str, granularity: str, first: str, last: str, names: tuple[str, ...], kind: str,
            start: int = 0, sentence: str | None = None) -> EventMention:
    return EventMention(lang="en", sentence=sentence or f"{kind} {value} {start}", sentence_start=start,
                        sentence_end=start + 50,
                        date=TimeExpression(value, start, start + 5, "DATE", value, granularity, True, first, last),
                        participants=tuple(Participant(n, "ORG") for n in names), type=kind, trigger=None)


PAIR = ("OpenAI", "Sam Altman")


def test_a_month_joins_the_one_day_inside_it_of_the_same_type_and_participants() -> None:
    events = merge([
        Source("en.txt", mention("2023-11-17", "day", "2023-11-17", "2023-11-17", PAIR, "departure")),
        Source("de.txt", mention("2023-11", "month", "2023-11-01", "2023-11-30", PAIR, "departure")),
        Source("x.txt", mention("2023", "year", "2023-01-01", "2023-12-31", PAIR, "departure")),
    ])
    [event] = events
    assert event.date == "2023-11-17" and sorted(s.doc for s in event.sources) == ["de.txt", "en.txt", "x.txt"]
    assert {s.date_value for s in event.sources} == {"2023-11-17", "2023-11", "2023"}  # each keeps its own
    assert any("month 2023-11" in why or "within month" in why for why in event.merged_because or ())


def test_a_month_between_two_days_stays_apart() -> None:
    events = merge([
        Source("a.txt", mention("2023-11-17", "day", "2023-11-17", "2023-11-17", PAIR, "departure")),
        Source("b.txt", mention("2023-11-29", "day", "2023-11-29", "2023-11-29", PAIR, "departure")),
        Source("c.txt", mention("2023-11", "month", "2023-11-01", "2023-11-30", PAIR, "departure")),
    ])
    assert sorted(e.date for e in events) == ["2023-11", "2023-11-17", "2023-11-29"]


def test_the_same_sentence_on_the_same_date_merges_typed_or_not() -> None:
    said = "Microsoft shares rose 2 percent on Monday."
    events = merge([
        Source("a.txt", mention("2023-11-20", "day", "2023-11-20", "2023-11-20", ("Microsoft",), "other",
                                sentence=said)),
        Source("b.txt", mention("2023-11-20", "day", "2023-11-20", "2023-11-20", ("Nasdaq",), "other", 80,
                                sentence=said)),
    ])
    assert len(events) == 1 and len(events[0].sources) == 2


# --- headlines --------------------------------------------------------------------------------

def told(text: str, entities: list[tuple[str, str, str]], trigger: tuple[str, str, str] | None,
         facts: tuple[Fact, ...] = (), implied: tuple[str, ...] = (), date_text: str = "",
         implied_people: frozenset[str] = frozenset()) -> str:
    """The headline of ``text``, its entities given as (surface, label, canonical name), its
    trigger as (word, type, action), its date where ``date_text`` stands (else nowhere)."""
    mentions = []
    for surface, label, name in entities:
        start = text.index(surface)
        mentions.append(EntityMention(surface, start, start + len(surface), label, name, "alias"))
    span = None
    if trigger:
        at = text.index(trigger[0])
        span = (at, at + len(trigger[0]), trigger[1], trigger[2])
    at = text.index(date_text) if date_text else 0
    date = TimeExpression(date_text or "Friday", at, at + len(date_text), "DATE", "2023-11-17", "day", True,
                          "2023-11-17", "2023-11-17")
    lang = "zh" if re.search("[\u4e00-\u9fff]", text) else \
        "de" if re.search(r"\b(?:der|die|das|und|wurde|wird|hat|von|Am|Im)\b", text) else "en"
    folded = han.simplified(text) if lang == "zh" else ""  # as the pipeline reads Chinese
    return headline(Telling(text, 0, len(text), mentions, span, date, facts, implied, implied_people, lang, folded))


ALTMAN = ("Altman", "PERSON", "Sam Altman")


@pytest.mark.parametrize(("text", "entities", "trigger", "expected", "date_text"), [
    case if len(case) == 5 else (*case, "") for case in [
    ("On Friday, then-CEO Sam Altman was fired from OpenAI by the board.",
     [("Sam Altman", "PERSON", "Sam Altman"), ("OpenAI", "ORG", "OpenAI")], ("fired", "departure", "fire"),
     "OpenAI fires Sam Altman"),
    ("Late Sunday night, Satya Nadella announced that Altman and Brockman would be joining Microsoft.",
     [("Satya Nadella", "PERSON", "Satya Nadella"), ALTMAN, ("Brockman", "PERSON", "Greg Brockman"),
      ("Microsoft", "ORG", "Microsoft")], ("joining", "appointment", "join"),
     "Satya Nadella: Sam Altman and Greg Brockman join Microsoft"),
    ("Am Freitag wurde Altman von OpenAI entlassen.", [ALTMAN, ("OpenAI", "ORG", "OpenAI")],
     ("entlassen", "departure", "fire"), "OpenAI fires Sam Altman"),
    ("微软周日宣布，奥特曼将加入微软。", [("奥特曼", "PERSON", "Sam Altman"), ("微软", "ORG", "Microsoft")],
     ("加入", "appointment", "join"), "Sam Altman joins Microsoft"),
    ("Musk, who co-founded OpenAI in 2015, left.", [("Musk", "PERSON", "Elon Musk"), ("OpenAI", "ORG", "OpenAI")],
     ("co-founded", "founding", "found"), "Elon Musk founds OpenAI"),
    # The voice says who acts: a passive, a "by"/"durch"/被 party, a relative pronoun.
    ("Figma was acquired by Adobe in September 2022.", [("Figma", "ORG", "Figma"), ("Adobe", "ORG", "Adobe")],
     ("acquired", "acquisition", "acquire"), "Adobe acquires Figma"),
    ("OpenAI was sued by Elon Musk on Monday.", [("OpenAI", "ORG", "OpenAI"), ("Elon Musk", "PERSON", "Elon Musk")],
     ("sued", "legal", "sue"), "Elon Musk sues OpenAI"),
    ("Elon Musk, who sued OpenAI on Monday, spoke to reporters.",
     [("Elon Musk", "PERSON", "Elon Musk"), ("OpenAI", "ORG", "OpenAI")], ("sued", "legal", "sue"),
     "Elon Musk sues OpenAI"),
    ("Adobe's acquisition of Figma was announced in 2022.", [("Adobe", "ORG", "Adobe"), ("Figma", "ORG", "Figma")],
     ("acquisition", "acquisition", "acquire"), "Adobe acquires Figma"),
    ("Figma wurde im September 2022 von Adobe übernommen.", [("Figma", "ORG", "Figma"), ("Adobe", "ORG", "Adobe")],
     ("übernommen", "acquisition", "acquire"), "Adobe acquires Figma"),
    ("Die Übernahme von Figma durch Adobe wurde 2022 angekündigt.",
     [("Figma", "ORG", "Figma"), ("Adobe", "ORG", "Adobe")], ("Übernahme", "acquisition", "acquire"),
     "Adobe acquires Figma"),
    # A trigger that ends its clause comes after both parties, the subject first; "wird" is no passive.
    ("Microsoft wird Activision übernommen haben.",
     [("Microsoft", "ORG", "Microsoft"), ("Activision", "ORG", "Activision Blizzard")],
     ("übernommen", "acquisition", "acquire"), "Microsoft acquires Activision Blizzard"),
    ("Im Oktober hat Microsoft Activision gekauft.",
     [("Microsoft", "ORG", "Microsoft"), ("Activision", "ORG", "Activision Blizzard")],
     ("gekauft", "acquisition", "acquire"), "Microsoft acquires Activision Blizzard"),
    ("Adobe对Figma的收购。", [("Adobe", "ORG", "Adobe"), ("Figma", "ORG", "Figma")],
     ("收购", "acquisition", "acquire"), "Adobe acquires Figma"),
    # ... but not in English or Chinese: there the party before the trigger acts.
    ("Sam Altman said Microsoft sued.", [("Sam Altman", "PERSON", "Sam Altman"), ("Microsoft", "ORG", "Microsoft")],
     ("sued", "legal", "sue"), "Microsoft files suit"),
    ("马斯克的xAI于10月14日起诉OpenAI。",
     [("马斯克", "PERSON", "Elon Musk"), ("xAI", "ORG", "xAI"), ("OpenAI", "ORG", "OpenAI")],
     ("起诉", "legal", "sue"), "xAI sues OpenAI"),
    # A suit's noun with the one suing after it in the genitive and the one sued after "gegen"/"against".
    ("Das Gericht hat am Freitag die Klage des Fotografen Robert Kneschke gegen den Verein LAION abgewiesen.",
     [("Robert Kneschke", "PERSON", "Robert Kneschke"), ("LAION", "ORG", "LAION")], ("Klage", "legal", "sue"),
     "Robert Kneschke sues LAION"),
    ("The court threw out the lawsuit by Getty Images against Stability AI on Friday.",
     [("Getty Images", "ORG", "Getty Images"), ("Stability AI", "ORG", "Stability AI")], ("lawsuit", "legal", "sue"),
     "Getty Images sues Stability AI"),
    # A progressive is no passive; a "by" after an active trigger names someone else's agent.
    ("On Tuesday, Elon Musk is suing OpenAI.", [("Elon Musk", "PERSON", "Elon Musk"), ("OpenAI", "ORG", "OpenAI")],
     ("suing", "legal", "sue"), "Elon Musk sues OpenAI"),
    ("Microsoft is acquiring Activision Blizzard for $69 billion.",
     [("Microsoft", "ORG", "Microsoft"), ("Activision Blizzard", "ORG", "Activision Blizzard")],
     ("acquiring", "acquisition", "acquire"), "Microsoft acquires Activision Blizzard"),
    ("Microsoft acquired Nuance in a deal advised by Goldman Sachs.",
     [("Microsoft", "ORG", "Microsoft"), ("Nuance", "ORG", "Nuance Communications"),
      ("Goldman Sachs", "ORG", "Goldman Sachs")], ("acquired", "acquisition", "acquire"),
     "Microsoft acquires Nuance Communications"),
    ("Google sued a startup owned by ByteDance on Monday.",
     [("Google", "ORG", "Google"), ("ByteDance", "ORG", "ByteDance")], ("sued", "legal", "sue"), "Google files suit"),
    ("马斯克起诉了被微软投资的OpenAI。", [("马斯克", "PERSON", "Elon Musk"), ("微软", "ORG", "Microsoft"),
                                ("OpenAI", "ORG", "OpenAI")], ("起诉", "legal", "sue"), "Elon Musk sues OpenAI"),
    # 在 and 于 before a date or a verb make no place of the party after them.
    ("微软于2022年收购了动视暴雪。", [("微软", "ORG", "Microsoft"), ("动视暴雪", "ORG", "Activision Blizzard")],
     ("收购", "acquisition", "acquire"), "Microsoft acquires Activision Blizzard"),
    ("微软正在收购动视暴雪。", [("微软", "ORG", "Microsoft"), ("动视暴雪", "ORG", "Activision Blizzard")],
     ("收购", "acquisition", "acquire"), "Microsoft acquires Activision Blizzard"),
    # German "von" acts only right before the participle; "wurde" before "und" is another clause's.
    ("Die von Amazon finanzierte Firma Anthropic wurde im Mai übernommen.",
     [("Amazon", "ORG", "Amazon"), ("Anthropic", "ORG", "Anthropic")], ("übernommen", "acquisition", "acquire"),
     "Anthropic acquisition"),
    ("OpenAI wurde 2015 gegründet und Microsoft übernahm 2023 Inflection.",
     [("OpenAI", "ORG", "OpenAI"), ("Microsoft", "ORG", "Microsoft"), ("Inflection", "ORG", "Inflection AI")],
     ("übernahm", "acquisition", "acquire"), "Microsoft acquires Inflection AI"),
    ("2022年9月，Figma被Adobe收购。", [("Figma", "ORG", "Figma"), ("Adobe", "ORG", "Adobe")],
     ("收购", "acquisition", "acquire"), "Adobe acquires Figma"),
    # A party after a preposition is no subject: the court is where Musk sued, Anthropic is invested in.
    ("特斯拉首席执行官埃隆·马斯克周一在美国加州北区联邦法院再次起诉OpenAI。",
     [("埃隆·马斯克", "PERSON", "Elon Musk"), ("美国加州北区联邦法院", "ORG", "美国加州北区联邦法院"),
      ("OpenAI", "ORG", "OpenAI")], ("起诉", "legal", "sue"), "Elon Musk sues OpenAI"),
    ("亚马逊周五宣布，将向人工智能初创公司Anthropic追加投资。",
     [("亚马逊", "ORG", "Amazon"), ("Anthropic", "ORG", "Anthropic")],
     ("投资", "funding", "invest"), "Amazon invests in Anthropic"),
    # ... also past a clause that describes it (向 …的): Youku is what the proposal goes to.
    ("阿里巴巴又向在美上市的優酷土豆提出私有化收購建議。",
     [("阿里巴巴", "ORG", "Alibaba Group"), ("優酷土豆", "ORG", "Youku")],
     ("私有化收購建議", "acquisition", "bid"), "Alibaba Group bids for Youku"),
    ("Musk sued at the Delaware Court of Chancery in February.",
     [("Musk", "PERSON", "Elon Musk"), ("the Delaware Court of Chancery", "ORG", "Delaware Court of Chancery")],
     ("sued", "legal", "sue"), "Elon Musk files suit"),
    # A decimal comma is no clause break: Siemens, before "4,5 Milliarden", bought.
    ("2016 hatte Siemens für 4,5 Milliarden Dollar die Firma Mentor Graphics gekauft.",
     [("Siemens", "ORG", "Siemens"), ("Mentor Graphics", "ORG", "Mentor Graphics")],
     ("gekauft", "acquisition", "acquire"), "Siemens acquires Mentor Graphics"),
    # Across "and", the party before is another verb's object: the agent stays unsaid.
    ("Musk co-founded OpenAI in 2015 and sued it in February.",
     [("Musk", "PERSON", "Elon Musk"), ("OpenAI", "ORG", "OpenAI")], ("sued", "legal", "sue"), "Legal action: OpenAI"),
    ("Musk and Zuckerberg met in Florida in 2023.", [("Musk", "PERSON", "Elon Musk"),
                                                     ("Zuckerberg", "PERSON", "Mark Zuckerberg")], None,
     "Musk and Zuckerberg met in Florida in 2023"),  # a short clause naming them all says it itself
    # The one that becomes a subsidiary is the one bought, told first; a listing ended, put off or offered is
    # no company going public.
    ("On Tuesday Red Hat became a wholly owned subsidiary of IBM.",
     [("Red Hat", "ORG", "Red Hat"), ("IBM", "ORG", "IBM")],
     ("wholly owned subsidiary", "acquisition", "became_subsidiary"), "IBM acquires Red Hat"),
    ("去年5月24日，中芯国际宣布将其美国存托股份从纽交所退市。", [("中芯国际", "ORG", "SMIC")],
     ("退市", "financial", "delist"), "SMIC shares delisted"),
    ("本月7日，中芯国际启动网上申购。", [("中芯国际", "ORG", "SMIC")], ("网上申购", "financial", "offer"),
     "SMIC share offering"),
    # The banks "led by" are not whose offering it is.
    ("Snap and its banks, led by Morgan Stanley and Goldman Sachs, priced its offering on Wednesday.",
     [("Snap", "ORG", "Snap"), ("Morgan Stanley", "ORG", "Morgan Stanley"), ("Goldman Sachs", "ORG", "Goldman Sachs")],
     ("priced its offering", "financial", "offer"), "Snap share offering"),
    ("京东宣布推迟上市。", [("京东", "ORG", "JD.com")], ("推迟上市", "financial", "list_delay"),
     "JD.com puts off its listing"),
    # The one a business is sold to buys it; a German passive may open with its auxiliary.
    ("In March, Nuance was sold to Microsoft.", [("Nuance", "ORG", "Nuance"), ("Microsoft", "ORG", "Microsoft")],
     ("was sold to", "acquisition", "acquire"), "Microsoft acquires Nuance"),
    ("华为2020年将荣耀出售给深圳智信新。",
     [("华为", "ORG", "Huawei"), ("荣耀", "ORG", "Honor"), ("深圳智信新", "ORG", "智信新")],
     ("出售", "acquisition", "acquire"), "智信新 acquires Honor"),
    ("Im Mai wurde Kuka von Midea übernommen.", [("Kuka", "ORG", "KUKA"), ("Midea", "ORG", "Midea")],
     ("übernommen", "acquisition", "acquire"), "Midea acquires KUKA"),
    ("2016 hat Midea Kuka übernommen.", [("Midea", "ORG", "Midea"), ("Kuka", "ORG", "KUKA")],
     ("übernommen", "acquisition", "acquire"), "Midea acquires KUKA"),
    # An authority acts, it is never the one acted on.
    ("美國聯邦貿易委員會則在去年5月結束調查。", [("美國聯邦貿易委員會", "ORG", "FTC")], ("調查", "legal", "regulate"),
     "Legal: FTC"),
    ("7月，德国经济部叫停了这笔交易。", [("德国经济部", "ORG", "德国经济部")], ("叫停", "legal", "regulate"),
     "Legal: 德国经济部"),
    ("Die EU-Kommission verhängte gegen Apple eine Strafe.",
     [("EU-Kommission", "ORG", "European Commission"), ("Apple", "ORG", "Apple")], ("Strafe", "legal", "regulate"),
     "European Commission acts on Apple"),
    # No regulator is named in a private suit's verdict.
    ("In December a jury returned a verdict against Google in the suit Epic Games brought.",
     [("Google", "ORG", "Google"), ("Epic Games", "ORG", "Epic Games")], ("verdict", "legal", "regulate"),
     "Legal: Google and Epic Games"),
    # The successor is appointed, the one replaced leaves.
    ("Nadella, who succeeded Steve Ballmer as chief executive in 2014, has steered the company.",
     [("Nadella", "PERSON", "Satya Nadella"), ("Steve Ballmer", "PERSON", "Steve Ballmer")],
     ("succeeded", "appointment", "succeed"), "Satya Nadella succeeds as chief"),
    ("Im August jenes Jahres hatte er die Nachfolge von Mitgründer Steve Jobs angetreten.",
     [("Steve Jobs", "PERSON", "Steve Jobs")], ("Nachfolge", "appointment", "succeed"), "Appointment"),
    ("2023年9月，吴泳铭接替张勇出任阿里巴巴集团首席执行官。",
     [("吴泳铭", "PERSON", "Eddie Wu"), ("张勇", "PERSON", "Daniel Zhang"), ("阿里巴巴集团", "ORG", "Alibaba Group")],
     ("出任", "appointment", "appoint"), "Alibaba Group appoints Eddie Wu"),
    ("2023年9月，张勇卸任，由吴泳铭接替。", [("吴泳铭", "PERSON", "Eddie Wu"), ("张勇", "PERSON", "Daniel Zhang")],
     ("卸任", "departure", "resign"), "Daniel Zhang resigns"),
    # An accusative, a part of one's own, a party after "für" is an object, not the one acting.
    ("Für den US-Umfragespezialisten Qualtrics hat SAP 2019 rund 8 Milliarden Dollar bezahlt.",
     [("Qualtrics", "ORG", "Qualtrics"), ("SAP", "ORG", "SAP")], ("Milliarden Dollar bezahlt", "acquisition", "pay"),
     "SAP acquires Qualtrics"),
    ("Im Mai hatte der Konzern seine Antriebssparte Innomotics an den Finanzinvestor KKR verkauft.",
     [("Innomotics", "ORG", "Innomotics"), ("KKR", "ORG", "KKR")], ("verkauft", "acquisition", "sell"),
     "Sale of a holding"),
    # A business of a company bought is no purchase of the company; the one sold from is no target; a deal
    # that collapsed fails, one that nearly did does not.
    ("2004年12月，联想宣布以12.5亿美元收购IBM的全球个人电脑业务。", [("联想", "ORG", "Lenovo"), ("IBM", "ORG", "IBM")],
     ("收购", "acquisition", "acquire"), "Lenovo buys a business of IBM"),
    ("In March, Amazon Web Services bought Talen Energy's data center campus for $650 million.",
     [("Amazon Web Services", "ORG", "Amazon Web Services"), ("Talen Energy", "ORG", "Talen Energy")],
     ("bought", "acquisition", "acquire"), "Amazon Web Services buys a business of Talen Energy"),
    ("Nvidia's agreement to buy Arm from SoftBank, struck in September 2020, collapsed in February 2022.",
     [("Nvidia", "ORG", "Nvidia"), ("SoftBank", "ORG", "SoftBank")], ("buy", "acquisition", "acquire"),
     "Nvidia's bid fails", "February 2022"),
    ("Nvidia's agreement to buy Arm from SoftBank, struck in September 2020, collapsed in February 2022.",
     [("Nvidia", "ORG", "Nvidia"), ("SoftBank", "ORG", "SoftBank")], ("buy", "acquisition", "acquire"),
     "Nvidia makes an acquisition", "September 2020"),
    ("Musk completed his takeover of Twitter on Thursday, ending a deal that nearly collapsed.",
     [("Musk", "PERSON", "Elon Musk"), ("Twitter", "ORG", "Twitter")], ("takeover", "acquisition", "acquire"),
     "Elon Musk acquires Twitter", "Thursday"),
    # Who set a company up: not the one it came out of, nor the company of a unit founded; a joint venture's
    # partners.
    ("Infineon war 1999 aus dem Halbleitergeschäft von Siemens hervorgegangen.",
     [("Infineon", "ORG", "Infineon"), ("Siemens", "ORG", "Siemens")], ("hervorgegangen", "founding", "emerge"),
     "Infineon is founded"),
    ("1998年，他在北京创办了微软中国研究院。", [("微软", "ORG", "Microsoft")], ("创办", "founding", "found"),
     "Founding: Microsoft"),
    ("ASML entstand 1984 als Gemeinschaftsunternehmen von Philips und ASM International.",
     [("ASML", "ORG", "ASML"), ("Philips", "ORG", "Philips"), ("ASM International", "ORG", "ASM International")],
     ("entstand", "founding", "emerge"), "Philips and ASM International set up ASML"),
    ("Der Verwaltungsrat von TSMC hatte die Gründung des Gemeinschaftsunternehmens im August gebilligt.",
     [("TSMC", "ORG", "TSMC")], ("Gründung", "founding", "found"), "TSMC sets up a joint venture"),
    # A post handed over: the one leaving, the one taking it, one beside them, where the one leaving went.
    ("Daimler-Chef Ola Källenius, der im Mai 2019 auf Dieter Zetsche folgte, hatte die Aufspaltung begründet.",
     [("Ola Källenius", "PERSON", "Ola Källenius"), ("Dieter Zetsche", "PERSON", "Dieter Zetsche")],
     ("folgte", "appointment", "succeed"), "Ola Källenius succeeds as chief"),
    ("Er hatte den Vorsitz bei Siemens im Februar an Roland Busch abgegeben, wie der Konzern mitteilte.",
     [("Siemens", "ORG", "Siemens"), ("Roland Busch", "PERSON", "Roland Busch")], ("abgegeben", "departure", "resign"),
     "Departure: Siemens"),
    ("Busch war im Oktober 2019 zu Kaesers Stellvertreter ernannt worden, wie der Konzern mitteilte.",
     [("Busch", "PERSON", "Roland Busch"), ("Kaeser", "PERSON", "Joe Kaeser")], ("ernannt", "appointment", "appoint"),
     "Roland Busch is appointed"),
    ("Keith Block was named co-chief executive alongside Benioff in August 2018.",
     [("Keith Block", "PERSON", "Keith Block"), ("Benioff", "PERSON", "Marc Benioff")],
     ("named", "appointment", "appoint"), "Keith Block is appointed"),
    ("Maestri was promoted to the top finance job in 2014, when Peter Oppenheimer retired.",
     [("Maestri", "PERSON", "Luca Maestri"), ("Peter Oppenheimer", "PERSON", "Peter Oppenheimer")],
     ("promoted", "appointment", "appoint"), "Luca Maestri is appointed"),
    ("Luca Maestri will give up the post on Jan. 1, handing it to Kevan Parekh, a longtime insider.",
     [("Luca Maestri", "PERSON", "Luca Maestri"), ("Kevan Parekh", "PERSON", "Kevan Parekh")],
     ("give up the post", "departure", "resign"), "Luca Maestri resigns"),
    ("Im April 2020 verließ Morgan den Konzern; seither führt Klein das Unternehmen allein.",
     [("Morgan", "PERSON", "Jennifer Morgan"), ("Klein", "PERSON", "Christian Klein")],
     ("verließ", "departure", "leave"), "Jennifer Morgan leaves"),
    # The company spinning a unit off is the clause's subject, or the agent of a passive; not the unit.
    ("1999 hatte Siemens seine Chipsparte als Infineon abgespalten.",
     [("Siemens", "ORG", "Siemens"), ("Infineon", "ORG", "Infineon")], ("abgespalten", "financial", "spin_off"),
     "Siemens spins off a unit"),
    ("Im März 2018 hatte Siemens die Medizintechniktochter Siemens Healthineers an die Börse gebracht, 2013 den "
     "Lichtspezialisten Osram abgespalten.", [("Siemens", "ORG", "Siemens"), ("Osram", "ORG", "Osram")],
     ("abgespalten", "financial", "spin_off"), "Siemens spins off a unit"),
    ("Osram wurde 2013 von Siemens abgespalten.", [("Osram", "ORG", "Osram"), ("Siemens", "ORG", "Siemens")],
     ("abgespalten", "financial", "spin_off"), "Siemens spins off a unit"),
    # ... and where the subject is no participant, no unit an article makes an object.
    ("Im März 2018 hatte Siemens die Medizintechniktochter Siemens Healthineers an die Börse gebracht, 2013 den "
     "Lichtspezialisten Osram abgespalten.", [("Siemens Healthineers", "ORG", "Siemens Healthineers"),
                                              ("Osram", "ORG", "Osram")],
     ("abgespalten", "financial", "spin_off"), "Financial: Siemens Healthineers and Osram"),
    # The one who retired before two others took the posts is not appointed.
    ("2018年6月創辦人張忠謀退休後，兩人分任董事長與執行長。", [("張忠謀", "PERSON", "Morris Chang")],
     ("分任", "appointment", "appoint"), "Appointment"),
    ("2022年4月，创始人刘强东卸任京东集团CEO，由时任总裁徐雷接棒。",
     [("刘强东", "PERSON", "Richard Liu"), ("京东集团", "ORG", "JD.com"), ("徐雷", "PERSON", "Xu Lei")],
     ("卸任", "departure", "resign"), "Richard Liu steps down at JD.com"),
    ("时任董事长周子学辞去董事长职务，时任首席财务官高永岗同日获委任为代理董事长。",
     [("周子学", "PERSON", "Zhou Zixue"), ("高永岗", "PERSON", "Gao Yonggang")], ("辞去", "departure", "resign"),
     "Zhou Zixue resigns"),
    ("Co-founder John Schulman left for rival Anthropic in August.",
     [("John Schulman", "PERSON", "John Schulman"), ("Anthropic", "ORG", "Anthropic")],
     ("left", "departure", "leave"), "John Schulman leaves"),
    # A German infinitive with "zu" has its subject in the clause before; the dative sells.
    ("Im März 2017 kündigte Intel an, den Spezialisten Mobileye für 15,3 Milliarden Dollar zu kaufen.",
     [("Intel", "ORG", "Intel"), ("Mobileye", "ORG", "Mobileye")], ("kaufen", "acquisition", "acquire"),
     "Intel acquires Mobileye"),
    ("Im Juli 2016 hatte Infineon vereinbart, dem US-Konzern Cree dessen Sparte Wolfspeed abzukaufen.",
     [("Infineon", "ORG", "Infineon"), ("Cree", "ORG", "Cree"), ("Wolfspeed", "ORG", "Wolfspeed")],
     ("abzukaufen", "acquisition", "acquire"), "Infineon acquires Wolfspeed"),
    ("Der Stuttgarter Konzern hat am Mittwoch angekündigt, den Chiphersteller TSI Semiconductors zu übernehmen.",
     [("TSI Semiconductors", "ORG", "TSI Semiconductors")], ("übernehmen", "acquisition", "acquire"),
     "TSI Semiconductors acquisition"),
    # Its shareholders approving the sale, a company is sold; 被 makes the one before it bought.
    ("Red Hat's shareholders approved the sale in January.", [("Red Hat", "ORG", "Red Hat")],
     ("approved the sale", "acquisition", "sale_done"), "Red Hat acquisition"),
    ("1999年，曾毓群创办了新能源科技（ATL），2005年ATL被日本TDK收购。",
     [("曾毓群", "PERSON", "Robin Zeng"), ("ATL", "ORG", "ATL")], ("收购", "acquisition", "acquire"),
     "ATL acquisition"),
    # A sale told from the seller's side: the company sells, the one it is sold to buys, never the seller.
    ("同年11月17日，华为宣布整体出售荣耀业务。", [("华为", "ORG", "Huawei"), ("荣耀", "ORG", "Honor")],
     ("出售", "acquisition", "sold"), "Huawei sells a holding"),
    ("2020年11月，华为将荣耀出售给智信新。", [("华为", "ORG", "Huawei"), ("荣耀", "ORG", "Honor"),
                                   ("智信新", "ORG", "Zhixinxin")], ("出售", "acquisition", "sold"),
     "Zhixinxin acquires Honor"),
    ("緯創已於2020年7月宣布，將昆山的兩家子公司出售給立訊精密。",
     [("緯創", "ORG", "Wistron"), ("立訊精密", "ORG", "Luxshare")], ("出售", "acquisition", "sold"),
     "Luxshare acquires a holding of Wistron"),
    ("緯創昨日由董事長林憲銘主持召開董事會，通過出售印度子公司WIMI全部股權。",
     [("緯創", "ORG", "Wistron"), ("林憲銘", "PERSON", "Jeffrey Lin"), ("WIMI", "ORG", "WIMI")],
     ("出售", "acquisition", "sold"), "Sale of WIMI"),
    # A party after 的 heads a clause, no object of 与; one before a comma is none of a trigger after it.
    ("日月光與矽品共組的日月光投資控股公司今日正式成立，並同步在台灣證券交易所掛牌上市。",
     [("日月光", "ORG", "ASE"), ("矽品", "ORG", "SPIL"), ("日月光投資控股公司", "ORG", "ASE Technology Holding")],
     ("交易所掛牌", "financial", "list"), "ASE Technology Holding goes public"),
    ("今年2月29日，印度內閣批准塔塔電子與力積電在古吉拉特邦合建晶圓廠的計畫，投資金額約9100億盧比。",
     [("塔塔電子", "ORG", "Tata Electronics"), ("力積電", "ORG", "PSMC")], ("投資", "funding", "invest"),
     "Tata Electronics investment"),
    # Companies partner, not their chiefs.
    ("輝達執行長黃仁勳與鴻海董事長劉揚偉共同宣布，雙方將擴大合作。",
     [("輝達", "ORG", "Nvidia"), ("黃仁勳", "PERSON", "Jensen Huang"), ("鴻海", "ORG", "Foxconn"),
      ("劉揚偉", "PERSON", "Young Liu")], ("合作", "partnership", "partner"), "Foxconn partnership"),
    # The one a newcomer reports to takes no post.
    ("Jim Whitehurst, Red Hat's chief executive, will continue to run the business and joined IBM's senior "
     "management team the same day, reporting to Ginni Rometty.",
     [("Jim Whitehurst", "PERSON", "Jim Whitehurst"), ("Red Hat", "ORG", "Red Hat"), ("IBM", "ORG", "IBM"),
      ("Ginni Rometty", "PERSON", "Ginni Rometty")],
     ("joined", "appointment", "join"), "Jim Whitehurst joins IBM"),
    # An exchange is where a company lists, never the one listing.
    ("港交所于去年4月30日起实施上市新规，允许创新企业在主板上市。", [("港交所", "ORG", "港交所")],
     ("主板上市", "financial", "list"), "Financial: 港交所"),
    # Leading or joining a round is investing, not raising.
    ("Bereits 2017 hatte Tencent eine Finanzierungsrunde über 90 Millionen Dollar angeführt.",
     [("Tencent", "ORG", "Tencent")], ("angeführt", "funding", "lead_round"), "Tencent invests in a round"),

    # A post held then, in an apposition, is no employer that appoints.
    ("The board named Dara Khosrowshahi, then head of the travel site Expedia, to replace him.",
     [("Dara Khosrowshahi", "PERSON", "Dara Khosrowshahi"), ("Expedia", "ORG", "Expedia")],
     ("named", "appointment", "appoint"), "Dara Khosrowshahi is appointed"),
]])
def test_headlines_say_who_did_what(text: str, entities: list[tuple[str, str, str]],
                                    trigger: tuple[str, str, str] | None, expected: str, date_text: str) -> None:
    assert told(text, entities, trigger, date_text=date_text) == expected


@pytest.mark.parametrize(("text", "entities", "date_text", "expected"), [
    # A relative clause is told of its antecedent, not opened with "Which".
    ("Arm Holdings, which listed on the Nasdaq last September, will hold an investor day.",
     [("Arm Holdings", "ORG", "Arm"), ("Nasdaq", "ORG", "Nasdaq")], "last September",
     "Arm listed on the Nasdaq last September"),
    # Only a subject relative clause in English; "whom", "whose" and German clauses head nothing.
    ("Sam Altman, whom OpenAI fired last November, returned.",
     [("Sam Altman", "PERSON", "Sam Altman"), ("OpenAI", "ORG", "OpenAI")], "last November", "Sam Altman and OpenAI"),
    ("Arm Holdings, whose shares listed last September, rose.", [("Arm Holdings", "ORG", "Arm")],
     "last September", "Arm"),
    ("Arm, welche im vergangenen September an die Börse ging, stieg.", [("Arm", "ORG", "Arm")],
     "vergangenen September", "Arm"),
    # A date opening the sentence as a clause of its own: the main clause after it tells what
    # happened (before: "United States and China"); a description opening it is told by the one
    # name it stands for (implied), and a date inside a long clause is left to the date column.
    ("Last fall, the U.S. government tightened its rules for exports of advanced chips to China.",
     [("U.S.", "LOC", "United States"), ("China", "LOC", "China")], "Last fall",
     "The U.S. government tightened its rules for exports of advanced chips to China"),
    ("Over the weekend rumors surged that Altman was negotiating his return to the company.",
     [ALTMAN], "the weekend", "Rumors surged that Altman was negotiating his return to the company"),
    ("Meta's CEO visited the Sunshine State in November to meet with Trump and his transition team.",
     [("Meta", "ORG", "Meta"), ("Trump", "PERSON", "Donald Trump")], "November",
     "Meta's CEO visited the Sunshine State to meet with Trump and his transition team"),
    # A date after "since" is what the clause says: it stays (not "… of Microsoft since").
    ("Satya Nadella has been chief executive of Microsoft since 2014.",
     [("Satya Nadella", "PERSON", "Satya Nadella"), ("Microsoft", "ORG", "Microsoft")], "2014",
     "Satya Nadella has been chief executive of Microsoft since 2014"),
    # A dateline's dash opens no headline.
    ("Berlin (dpa) - Microsoft hat am 7. Mai ein neues Rechenzentrum in Bayern eröffnet.",
     [("Microsoft", "ORG", "Microsoft")], "7. Mai", "Microsoft hat ein neues Rechenzentrum in Bayern eröffnet"),
    # A main clause an attribution interrupts after its subject is told of that subject; one
    # that says more than when and who is told as before.
    ("In 2018 Musk, according to a Semafor report earlier this year, attempted to take over the company, but "
     "was rebuffed.", [("Musk", "PERSON", "Elon Musk")], "2018", "Elon Musk attempted to take over the company"),
    ("In 2018 Musk, according to Semafor, who broke the story, attempted a takeover.",
     [("Musk", "PERSON", "Elon Musk")], "2018", "Elon Musk"),
    ("In 2018 Musk, according to Semafor, and his allies tried.", [("Musk", "PERSON", "Elon Musk")], "2018",
     "Elon Musk"),
    # A clause joined to the one before opens without its "and".
    ("Lawmakers questioned the deal last year, and in March the chipmaker said it had closed its Beijing lab.",
     [], "March", "The chipmaker said it had closed its Beijing lab"),
    # German puts its verb second: a clause the date opened is told from its subject (a name
    # with its title, a list of names), not from its verb; an adverb before the date goes too.
    ("Bereits im Januar hatte Alphabet-Chef Sundar Pichai die Streichung von Stellen angekündigt.",
     [("Alphabet", "ORG", "Alphabet"), ("Sundar Pichai", "PERSON", "Sundar Pichai")], "Januar",
     "Alphabet-Chef Sundar Pichai hatte die Streichung von Stellen angekündigt"),
    ("Im Mai hatten Scholz und von der Leyen in Dresden einen Spatenstich gefeiert.",
     [("Scholz", "PERSON", "Olaf Scholz"), ("von der Leyen", "PERSON", "Ursula von der Leyen"),
      ("Dresden", "LOC", "Dresden")], "Mai",
     "Scholz und von der Leyen hatten in Dresden einen Spatenstich gefeiert"),
    # ... not an object after a noun that is no title ("Datenschützer" criticise Meta).
    ("Im Februar kritisierten Datenschützer Meta wegen seiner neuen Pläne für Werbung.", [("Meta", "ORG", "Meta")],
     "Februar", "Kritisierten Datenschützer Meta wegen seiner neuen Pläne für Werbung"),
    # A saying dated in a clause of its own is told by who said it, what was said after it (a
    # clause after "dass" with its verb second); a Chinese saying only where its verb ends
    # its clause, and what was said up to the next comma.
    ("Google teilte am Dienstag mit, dass Sundar Pichai die neue Sparte selbst leiten werde.",
     [("Google", "ORG", "Google"), ("Sundar Pichai", "PERSON", "Sundar Pichai")], "Dienstag",
     "Google: Sundar Pichai werde die neue Sparte selbst leiten"),
    # ... only an auxiliary or modal is moved: a separable verb moved whole is no German.
    ("OpenAI teilte am Montag mit, dass Sam Altman als Chef zurückkehrt.",
     [("OpenAI", "ORG", "OpenAI"), ("Sam Altman", "PERSON", "Sam Altman")], "Montag",
     "OpenAI and Sam Altman: OpenAI teilte am Montag mit"),
    ("Google erklärte am Montag, Demis Hassabis werde das zusammengelegte Labor führen.",
     [("Google", "ORG", "Google"), ("Demis Hassabis", "PERSON", "Demis Hassabis")], "Montag",
     "Google: Demis Hassabis werde das zusammengelegte Labor führen"),
    # ... not where the clause says more than the saying ("erklärte am Montag seinen Rückzug").
    ("Google erklärte am Montag seinen Rückzug, die Sparte werde aufgelöst.", [("Google", "ORG", "Google")],
     "Montag", "Google erklärte am Montag seinen Rückzug"),
    ("谷歌周二表示，皮查伊将亲自领导新部门，并将在下月公布细节。", [("谷歌", "ORG", "Google")], "周二",
     "Google: 皮查伊将亲自领导新部门"),
    ("郭台铭8月宣布参选2024年总统，上月辞去鸿海董事职务。",
     [("郭台铭", "PERSON", "郭台铭"), ("鸿海", "ORG", "Foxconn")], "8月", "郭台铭 and Foxconn"),
])
def test_an_untyped_headline_tells_its_clause_or_names(text: str, entities: list[tuple[str, str, str]],
                                                       date_text: str, expected: str) -> None:
    assert told(text, entities, None, date_text=date_text) == expected


def test_a_description_opening_the_main_clause_is_told_by_the_name_it_stands_for() -> None:
    text = "However, in 2019, the organization introduced a capped-profit model to attract investment."
    assert told(text, [], None, implied=("OpenAI",), date_text="2019") == \
        "OpenAI introduced a capped-profit model to attract investment"
    # Two names it could stand for: the description stays.
    assert told(text, [], None, implied=("OpenAI", "Microsoft"), date_text="2019") == \
        "The organization introduced a capped-profit model to attract investment"
    # ... and so is one opening the date's own clause, in English and in German.
    said = "The company said on Monday that Demis Hassabis would run the merged lab."
    assert told(said, [("Demis Hassabis", "PERSON", "Demis Hassabis")], None, implied=("Google",),
                date_text="Monday") == "Google said that Demis Hassabis would run the merged lab"
    # ... not where it opens a relative clause: "Mistral AI that fired …" would be no sentence.
    board = "The board that fired its chief executive in November was replaced."
    assert told(board, [], None, implied=("Mistral AI",), date_text="November") == \
        "The board that fired its chief executive was replaced"
    recalled = "Im November rief das Unternehmen dann 950 Fahrzeuge zurück."
    assert told(recalled, [], None, implied=("Cruise",), date_text="November") == \
        "Cruise rief dann 950 Fahrzeuge zurück"


def test_the_one_who_raises_is_the_one_described_not_an_investor_named_after_the_trigger() -> None:
    text = "In June 2023, it raised $1.3 billion from investors including Microsoft and Nvidia."
    entities = [("Microsoft", "ORG", "Microsoft"), ("Nvidia", "ORG", "Nvidia")]
    assert told(text, entities, ("raised", "funding", "raise"), implied=("Inflection AI",)) == \
        "Inflection AI raises funding"
    assert told(text, entities, ("raised", "funding", "raise")) == "Microsoft funding"  # not "Microsoft raises"


def amount_fact(kind: str, text: str, phrase: str, subject: str, amount: float, currency: str = "USD") -> Fact:
    at = text.index(phrase)
    return Fact(kind, phrase, at, at + len(phrase), text, 0, (subject,),
                SubjectAmount(subject, amount, currency, None, phrase, None))


def test_a_round_is_told_by_its_round_not_by_the_valuation_beside_it() -> None:
    text = "Scale AI has raised $1 billion at a valuation of $13.8 billion."
    facts = (amount_fact("valuation", text, "$13.8 billion", "Scale AI", 13.8e9),
             amount_fact("funding_round", text, "$1 billion", "Scale AI", 1e9))
    assert told(text, [("Scale AI", "ORG", "Scale AI")], ("raised", "funding", "raise"), facts) == \
        "Scale AI raises $1 billion"
    # Without the round's fact, the valuation is no amount raised; its lead investor raised nothing.
    text = "MiniMax完成了新一轮融资，由阿里巴巴领投，估值达25亿美元。"
    facts = (amount_fact("valuation", text, "25亿美元", "MiniMax", 2.5e9),)
    assert told(text, [("MiniMax", "ORG", "MiniMax"), ("阿里巴巴", "ORG", "Alibaba Group")],
                ("融资", "funding", "raise"), facts) == "MiniMax raises funding"


def test_an_investor_of_the_sentence_raises_nothing() -> None:
    text = "該公司6月宣布募得13億美元，投資方包括微軟、輝達。"
    entities = [("微軟", "ORG", "Microsoft"), ("輝達", "ORG", "Nvidia")]
    invested = Fact("investment", text[:-1], 0, len(text) - 1, text, 0, ("Microsoft", "Inflection AI"),
                    Investment("Microsoft", "Inflection AI", None, None, None, None, None))
    # Even where a description was taken for the investor, the investor is not the one raising.
    assert told(text, entities, ("募得", "funding", "raise"), (invested,), implied=("Microsoft",)) == \
        "Microsoft invests in Inflection AI"


def test_a_place_is_no_party_to_a_deal_but_may_be_to_a_case() -> None:
    text = "In October the Santa Clara company bought Nod.ai, which writes compilers."
    assert told(text, [("Santa Clara", "LOC", "Santa Clara")], ("bought", "acquisition", "acquire"),
                implied=("AMD",)) == "Acquisition: AMD"
    text = "In May, Texas settled in court."
    assert told(text, [("Texas", "LOC", "Texas")], ("settled", "legal", "settle")) == "Settlement: Texas"


def test_a_founding_headline_takes_the_founders_and_the_company_from_the_fact() -> None:
    text = "商湯由已故香港中文大學教授湯曉鷗與徐立等人於2014年創立。"
    fact = Fact("founded", text[:-1], 0, len(text) - 1, text, 0, ("SenseTime", "Tang Xiao'ou", "徐立"),
                Founded("SenseTime", ("Tang Xiao'ou", "徐立"), "co-founder", "2014", "2014年"))
    entities = [("商湯", "ORG", "SenseTime"), ("香港中文大學", "ORG", "香港中文大学"),
                ("湯曉鷗", "PERSON", "Tang Xiao'ou"), ("徐立", "PERSON", "徐立")]
    assert told(text, entities, ("創立", "founding", "found"), (fact,)) == "Tang Xiao'ou and 徐立 found SenseTime"
    alone = Fact("founded", text[:-1], 0, len(text) - 1, text, 0, ("SenseTime",),
                 Founded("SenseTime", (), "founder", "2014", "2014年"))
    assert told(text, entities, ("創立", "founding", "found"), (alone,)) == "SenseTime is founded"


def test_of_two_foundings_a_headline_takes_the_one_at_its_trigger() -> None:
    text = "他2005年創辦校內網，翌年將其出售予千橡互動集團；2007年他又創辦飯否網。"
    first = text.index("2005年")
    second = text.index("2007年")
    facts = (Fact("founded", "2005年創辦校內網", first, first + 9, text, 0, ("Xiaonei",),
                  Founded("Xiaonei", (), "founder", "2005", "2005年")),
             Fact("founded", "2007年他又創辦飯否網", second, len(text) - 1, text, 0, ("Fanfou",),
                  Founded("Fanfou", (), "founder", "2007", "2007年")))
    entities = [("校內網", "ORG", "Xiaonei"), ("飯否網", "ORG", "Fanfou")]
    assert told(text, entities, ("又創辦", "founding", "found"), facts) == "Fanfou is founded"
    assert told(text, entities, ("創辦", "founding", "found"), facts) == "Xiaonei is founded"


def test_an_investment_headline_takes_its_parties_and_amount_from_the_fact() -> None:
    text = "OpenAI would receive about $10 billion from Microsoft in January."
    fact = Fact("investment", "receive about $10 billion from Microsoft", 7, 55, text, 0, ("OpenAI", "Microsoft"),
                Investment("Microsoft", "OpenAI", 1e10, "USD", "about", "about $10 billion", None))
    assert told(text, [("OpenAI", "ORG", "OpenAI"), ("Microsoft", "ORG", "Microsoft")],
                ("receive", "funding", "invest"), (fact,)) == "Microsoft invests about $10 billion in OpenAI"


def test_a_german_qualifier_is_english_in_a_headline() -> None:
    text = "OpenAI erhält von Microsoft fast 10 Milliarden Dollar."
    fact = Fact("investment", "fast 10 Milliarden Dollar", 28, 53, text, 0, ("OpenAI", "Microsoft"),
                Investment("Microsoft", "OpenAI", 1e10, "USD", "fast", "fast 10 Milliarden Dollar", None))
    assert told(text, [("OpenAI", "ORG", "OpenAI"), ("Microsoft", "ORG", "Microsoft")],
                ("Milliarden", "funding", "invest"), (fact,)).startswith("Microsoft invests almost $10 billion")


def test_forty_names_still_fit() -> None:
    names = [(f"Company{i:02d}", "ORG", f"Company {i:02d}") for i in range(40)]
    text = " and ".join(n for n, _, _ in names) + " partnered in 2023."
    result = told(text, names, ("partnered", "partnership", "partner"))
    assert 0 < len(result) <= 90 and "Company" in result


@pytest.mark.parametrize(("value", "currency", "text"), [
    (1e9, "USD", "$1 billion"), (6.6e9, "USD", "$6.6 billion"), (1.05e8, "EUR", "€105 million"),
    (2e10, "CNY", "20 billion CNY"), (3.34e12, "USD", "$3.34 trillion"), (500, "USD", "$500"),
])
def test_money_in_a_headline(value: float, currency: str, text: str) -> None:
    assert money_text(value, currency) == text


# --- importance --------------------------------------------------------------------------------

def test_the_top_three_of_the_seeds_hold_the_firing_and_the_announcement(seeds_db: str) -> None:
    top = json.loads(run("timeline", "--db", seeds_db, "--top", "3", "--json").stdout)
    assert len(top) == 3
    assert {"2023-11-17", "2023-11-19"} <= {e["date"] for e in top}
    assert [e["start"] for e in top] == sorted(e["start"] for e in top)  # still in date order
    everything = json.loads(run("timeline", "--db", seeds_db, "--json").stdout)
    lowest_kept = min(e["importance"] for e in top)
    assert all(e["importance"] <= lowest_kept for e in everything if e not in top)


def test_min_sources_keeps_events_told_by_enough_sites(seeds_db: str) -> None:
    events = json.loads(run("timeline", "--db", seeds_db, "--min-sources", "2", "--json").stdout)
    assert events and all(e["independent_sources"] >= 2 for e in events)
    # OpenAI's founding, told by seeds 000 and 003; the firing and Nadella's announcement, told by
    # seed 000 and by seed 002 through its inferred publication date.
    assert {e["date"] for e in events} == {"2015", "2023-11-17", "2023-11-19"}
    told = json.loads(run("timeline", "--db", seeds_db, "--min-sources", "2", "--no-infer", "--json").stdout)
    assert {e["date"] for e in told} == {"2015"}


def test_a_person_is_no_subject_of_a_listing() -> None:
    # "He" opening the sentence is Brett Adcock; the company that went public is no entity here.
    text = "He had earlier co-founded Archer Aviation, a maker of air taxis that went public in 2021."
    assert told(text, [], ("went public", "financial", "list"), implied=("Brett Adcock",),
                implied_people=frozenset({"Brett Adcock"})) == "Financial: Brett Adcock"
    assert told(text, [], ("went public", "financial", "list"), implied=("Archer Aviation",)) \
        == "Archer Aviation goes public"


def test_a_change_of_market_value_is_told_as_one() -> None:
    from ainews_cli.records import ValueChange

    text = "In February, Meta added $196 billion in market value in a single day."
    fact = Fact(kind="market_value_change", text="Meta added $196 billion in market value", start=text.index("Meta"),
                end=text.index(" in a single"), sentence=text, sentence_start=0, entities=("Meta",),
                details=ValueChange("Meta", 196_000_000_000, "USD", None, "$196 billion", "gain", None))
    assert told(text, [("Meta", "ORG", "Meta")], ("added $196 billion", "financial", "market"), (fact,)) \
        == "Meta gains $196 billion in market value"


def test_a_spin_off_is_no_implied_companys() -> None:
    # "Es" is the spin-off told before; which company spun off, the sentence does not say.
    text = ("Es ist die größte Abspaltung in der Geschichte der deutschen Börse, größer als die von Lanxess, das Bayer "
            "2005 auf eigene Beine stellte.")
    assert told(text, [("Lanxess", "ORG", "Lanxess"), ("Bayer", "ORG", "Bayer")],
                ("Abspaltung", "financial", "spin_off"), implied=("Siemens Healthineers",)) \
        == "Financial: Lanxess, Bayer and Siemens Healthineers"


@pytest.mark.parametrize(("text", "entities", "trigger", "implied", "expected"), [
    # The maker is the subject before the verb, not the nearest name: an apposition comes between.
    ("Anthropic, the start-up founded by former OpenAI researchers, on Monday released Claude 3.",
     [("Anthropic", "ORG", "Anthropic"), ("OpenAI", "ORG", "OpenAI"), ("Claude 3", "PRODUCT", "Claude 3")],
     ("released", "launch", "launch"), (), "Anthropic launches Claude 3"),
    # ... the one a description stands for, where no name stands before the verb.
    ("今年5月，该公司发布DeepSeek-V2，字节跳动、阿里云随后相继降价。",
     [("DeepSeek-V2", "PRODUCT", "DeepSeek-V2"), ("字节跳动", "ORG", "ByteDance"), ("阿里云", "ORG", "Alibaba Cloud")],
     ("发布", "launch", "launch"), ("DeepSeek",), "DeepSeek launches DeepSeek-V2"),
    # ... not the owner of the subject.
    ("5月15日，字节跳动旗下的火山引擎发布豆包大模型。",
     [("字节跳动", "ORG", "ByteDance"), ("火山引擎", "ORG", "Volcano Engine"), ("豆包", "PRODUCT", "Doubao")],
     ("发布", "launch", "launch"), (), "Volcano Engine launches Doubao"),
    # ... the one in the trigger's own clause.
    ("上月20日，深度求索又推出推理模型R1，对标OpenAI在今年9月发布的o1。",
     [("深度求索", "ORG", "DeepSeek"), ("OpenAI", "ORG", "OpenAI"), ("o1", "PRODUCT", "o1")],
     ("发布", "launch", "launch"), (), "OpenAI launches o1"),
    # ... not one in a person's title.
    ("OpenAI创始成员安德烈·卡帕西评论说，Meta今年7月发布的Llama 3.1训练耗用了大量算力。",
     [("OpenAI", "ORG", "OpenAI"), ("安德烈·卡帕西", "PERSON", "Andrej Karpathy"), ("Meta", "ORG", "Meta"),
      ("Llama 3.1", "PRODUCT", "Llama 3.1")], ("发布", "launch", "launch"), (), "Meta launches Llama 3.1"),
])
def test_who_launched_is_the_subject_not_the_nearest_name(text: str, entities: list[tuple[str, str, str]],
                                                          trigger: tuple[str, str, str], implied: tuple[str, ...],
                                                          expected: str) -> None:
    assert told(text, entities, trigger, implied=implied) == expected


@pytest.mark.parametrize(("text", "entities", "trigger", "implied", "expected"), [
    # What a product is made for is not the product launched.
    ("It released Paper, a news-reading app for the iPhone, on Monday.", [("iPhone", "PRODUCT", "iPhone")],
     ("released", "launch", "launch"), ("Meta",), "Meta launches a product"),
    # After an attributive 的, only what follows it was launched: not the Nexus One named before.
    ("Google 2010年發表的Nexus One與2016年推出的第一代Pixel也由宏達電代工。",
     [("Google", "ORG", "Google"), ("Nexus One", "PRODUCT", "Nexus One"), ("宏達電", "ORG", "HTC")],
     ("推出", "launch", "launch"), (), "Google launches a product"),
    # Companies merge, not the person who founded one of them.
    ("2016年，拼多多与黄峥此前创办的拼好货合并。",
     [("拼多多", "ORG", "Pinduoduo"), ("黄峥", "PERSON", "Colin Huang"), ("拼好货", "ORG", "Pinhaohuo")],
     ("合并", "acquisition", "merge"), (), "Pinduoduo and Pinhaohuo merge"),
    # One joins no former employer.
    ("Rubin Ritter, der zuvor bei der Unternehmensberatung McKinsey gearbeitet hatte, war 2010 zu dem Start-up "
     "gestoßen.", [("Rubin Ritter", "PERSON", "Rubin Ritter"), ("McKinsey", "ORG", "McKinsey & Company")],
     ("gestoßen", "appointment", "join"), (), "Rubin Ritter joins"),
])
def test_a_headline_names_no_bystander(text: str, entities: list[tuple[str, str, str]], trigger: tuple[str, str, str],
                                       implied: tuple[str, ...], expected: str) -> None:
    assert told(text, entities, trigger, implied=implied) == expected


@pytest.mark.parametrize(("date_text", "expected"), [
    ("the fourth quarter", "Meta revenue: $2.59 billion"),
    # The year's revenue is the amount right before "for the year", not the quarter's.
    ("the year", "Meta reports results"),
])
def test_a_revenue_headline_takes_the_amount_of_its_date(date_text: str, expected: str) -> None:
    text = "Last month Meta reported revenue of $2.59 billion for the fourth quarter and $7.87 billion for the year."

    def money(written: str, value: float) -> Fact:
        at = text.index(written)
        return Fact(kind="money", text=written, start=at, end=at + len(written), sentence=text, sentence_start=0,
                    entities=(), details=Money(value, "USD", None))

    revenue = Fact(kind="revenue", text="Meta reported revenue of $2.59 billion", start=text.index("Meta"),
                   end=text.index(" for the fourth"), sentence=text, sentence_start=0, entities=("Meta",),
                   details=SubjectAmount("Meta", 2_590_000_000, "USD", None, "$2.59 billion", None))
    facts = (revenue, money("$7.87 billion", 7_870_000_000))  # an amount no typed fact explains
    assert told(text, [("Meta", "ORG", "Meta")], ("reported revenue", "financial", "revenue"), facts,
                date_text=date_text) == expected
