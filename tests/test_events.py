"""Event mentions, typing by trigger, merging and ordering (pure functions)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ainews_cli.events import event_mentions
from ainews_cli.merge import merge
from ainews_cli.records import EntityMention, EventMention, Participant, Sentence, Source, StatedAmount, TimeExpression


def date(text: str, start: int, value: str, granularity: str, first: str, last: str,
         anchored: bool = True) -> TimeExpression:
    return TimeExpression(text, start, start + len(text), "DATE", value, granularity, anchored, first, last)


def mention(value: str, granularity: str, names: tuple[str, ...], kind: str = "other", lang: str = "en",
            start: int = 0, first: str = "", last: str = "",
            amounts: tuple[StatedAmount, ...] = ()) -> EventMention:
    bounds = {"year": (f"{value}-01-01", f"{value}-12-31"), "month": (f"{value}-01", f"{value}-28"),
              "day": (value, value), "weekend": ("2023-11-18", "2023-11-19")}
    first = first or bounds[granularity][0]
    last = last or bounds[granularity][1]
    if granularity == "month" and len(first) == 7:
        first, last = f"{value}-01", f"{value}-30"
    return EventMention(
        lang=lang, sentence=f"sentence {start}: {kind} {names}", sentence_start=start, sentence_end=start + 10,
        date=date(value, start, value, granularity, first, last),
        participants=tuple(Participant(n, "ORG") for n in names), type=kind, trigger=None, amounts=amounts,
    )


def test_a_dated_sentence_with_a_participant_or_trigger_is_an_event() -> None:
    body = "OpenAI was founded in 2015. It rained in 2016. December 15, 2024\nIn 2019 Microsoft invested."
    sentences = [Sentence(0, 27, "en"), Sentence(28, 46, "en"), Sentence(47, 64, "en"), Sentence(65, 91, "en")]
    entities = [EntityMention("OpenAI", 0, 6, "ORG", "OpenAI", "alias"),
                EntityMention("Microsoft", 73, 82, "ORG", "Microsoft", "alias")]
    dates = [
        date("2015", 22, "2015", "year", "2015-01-01", "2015-12-31"),
        date("2016", 41, "2016", "year", "2016-01-01", "2016-12-31"),
        date("December 15, 2024", 47, "2024-12-15", "day", "2024-12-15", "2024-12-15"),
        date("2019", 68, "2019", "year", "2019-01-01", "2019-12-31"),
    ]
    found = event_mentions(body, sentences, entities, dates)
    assert [(m.date.value, m.type, m.trigger, [p.name for p in m.participants]) for m in found] == [
        ("2015", "founding", "founded", ["OpenAI"]),
        ("2019", "funding", "invested", ["Microsoft"]),
    ]


def test_unanchored_dates_never_make_events() -> None:
    body = "On Friday OpenAI fired Sam Altman."
    entities = [EntityMention("OpenAI", 10, 16, "ORG", "OpenAI", "alias")]
    unanchored = TimeExpression("On Friday", 0, 9, "DATE", "XXXX-WXX-5", "day", False)
    assert event_mentions(body, [Sentence(0, len(body), "en")], entities, [unanchored]) == []


def test_two_dates_in_one_sentence_get_their_nearest_trigger() -> None:
    body = "Musk, who co-founded OpenAI in 2015 but left in 2018, sued."
    entities = [EntityMention("Musk", 0, 4, "PERSON", "Elon Musk", "alias"),
                EntityMention("OpenAI", 21, 27, "ORG", "OpenAI", "alias")]
    dates = [date("2015", 31, "2015", "year", "2015-01-01", "2015-12-31"),
             date("2018", 48, "2018", "year", "2018-01-01", "2018-12-31")]
    found = event_mentions(body, [Sentence(0, len(body), "en")], entities, dates)
    assert [(m.date.value, m.type, m.trigger) for m in found] == [("2015", "founding", "co-founded"),
                                                                  ("2018", "departure", "left")]


def test_same_date_shared_participant_and_type_merge_across_documents() -> None:
    sources = [
        Source("a.txt", mention("2015", "year", ("OpenAI",), "founding")),
        Source("b.txt", mention("2015", "year", ("OpenAI", "Elon Musk"), "founding")),
        Source("b.txt", mention("2015", "year", ("OpenAI",), "other", start=50)),
        Source("c.txt", mention("2015", "year", ("Meta",), "founding")),
        Source("d.txt", mention("2015", "year", ("OpenAI",), "funding")),
        Source("e.txt", mention("2015-11", "month", ("OpenAI",), "founding")),
    ]
    events = merge(sources)
    assert [(e.date, e.type, [s.doc for s in e.sources]) for e in events] == [
        ("2015", "founding", ["a.txt", "b.txt"]),
        ("2015", "other", ["b.txt"]),  # untyped: within a year it may be anything
        ("2015", "founding", ["c.txt"]),
        ("2015", "funding", ["d.txt"]),
        ("2015-11", "founding", ["e.txt"]),
    ]
    assert events[0].merged_because == ("a.txt@0 ~ b.txt@0: same year 2015, shared OpenAI, both founding",)


def test_on_a_day_an_untyped_mention_joins_the_typed_event_it_shares_most_with() -> None:
    sources = [
        Source("en.txt", mention("2023-11-17", "day", ("Sam Altman", "OpenAI"), "departure")),
        Source("de.txt", mention("2023-11-17", "day", ("Sam Altman", "OpenAI"), "other", lang="de")),
        Source("x.txt", mention("2023-11-17", "day", ("OpenAI",), "launch")),
    ]
    assert [(e.type, [s.doc for s in e.sources]) for e in merge(sources)] == [
        ("departure", ["de.txt", "en.txt"]), ("launch", ["x.txt"])]


def test_one_article_on_one_day_tells_different_happenings_unless_typed_alike() -> None:
    sources = [
        Source("a.txt", mention("2007-03-19", "day", ("Airbus",), "launch")),
        Source("a.txt", mention("2007-03-19", "day", ("Airbus",), "other", start=100)),
        Source("a.txt", mention("2007-03-19", "day", ("Airbus",), "other", start=200)),
        Source("b.txt", mention("2007-03-19", "day", ("Airbus",), "other", start=300)),
    ]
    # Another article's untyped telling joins the typed event; the article's own two untyped
    # sentences about that day stay events of their own.
    assert sorted(sorted((s.doc, s.start) for s in e.sources) for e in merge(sources)) == [
        [("a.txt", 0), ("b.txt", 300)], [("a.txt", 100)], [("a.txt", 200)]]


def test_a_shared_place_makes_no_happening() -> None:
    def placed(doc: str, names: tuple[str, ...]) -> Source:
        found = mention("2009", "year", names, "financial")
        return Source(doc, replace(found, participants=(*found.participants, Participant("United States", "LOC"))))

    assert len(merge([placed("a.txt", ("Bank of America",)), placed("b.txt", ("Ford",))])) == 2
    assert len(merge([placed("a.txt", ("Ford",)), placed("b.txt", ("Ford",))])) == 1


def test_two_launches_of_different_products_stay_apart() -> None:
    def launched(doc: str, product: str, value: str, granularity: str) -> Source:
        found = mention(value, granularity, ("Apple", "Steve Jobs"), "launch")
        return Source(doc, replace(found, sentence=f"Apple launches {product}.",
                                   participants=(*found.participants, Participant(product, "PRODUCT"))))

    assert len(merge([launched("a.txt", "iPhone 4", "2010", "year"),
                      launched("b.txt", "MacBook Air", "2010-10-20", "day")])) == 2
    assert len(merge([launched("a.txt", "iPhone 4", "2010", "year"),
                      launched("b.txt", "iPhone 4", "2010-06-07", "day")])) == 1
    assert len(merge([launched("a.txt", "iPhone 4", "2010-06-07", "day"),
                      launched("b.txt", "MacBook Air", "2010-06-07", "day")])) == 2


def test_chronological_order_puts_a_year_before_its_months_and_days() -> None:
    sources = [
        Source("a", mention("2023-11-17", "day", ("X",))),
        Source("a", mention("2023-11", "month", ("Y",), start=20)),
        Source("a", mention("2023", "year", ("Z",), start=40)),
        Source("a", mention("2022", "year", ("Z",), start=60)),
    ]
    assert [e.date for e in merge(sources)] == ["2022", "2023", "2023-11", "2023-11-17"]


def test_calendar_date_of_a_time_is_its_day() -> None:
    expression = TimeExpression("late Sunday night", 0, 17, "TIME", "2023-11-19TNI", "day", True,
                                "2023-11-19", "2023-11-19")
    assert expression.calendar_value == "2023-11-19"


_sources = st.lists(
    st.builds(
        lambda doc, year, names, kind, start: Source(doc, mention(str(year), "year", tuple(names), kind,
                                                                  start=start)),
        st.sampled_from(["a", "b", "c"]),
        st.integers(2015, 2017),
        st.lists(st.sampled_from(["OpenAI", "Microsoft", "Sam Altman"]), min_size=1, max_size=2, unique=True),
        st.sampled_from(["other", "founding", "funding"]),
        st.integers(0, 5).map(lambda i: i * 100),
    ),
    max_size=12,
    unique_by=lambda s: (s.doc, s.mention.sentence_start, s.mention.date.value),
)


def _shape(events: list) -> list:
    return [(e.date, e.type, tuple(sorted((s.doc, s.start) for s in e.sources))) for e in events]


def _again(events: list, sources: list[Source]) -> list[Source]:
    """The mentions merged into ``events``, as merge takes them, in the events' order."""
    by_key = {(s.doc, s.mention.sentence_start, s.mention.date.value): s for s in sources}
    return [by_key[(s.doc, s.start, s.date_value)] for event in events for s in event.sources]


@settings(max_examples=200, deadline=None)
@given(_sources, st.randoms())
def test_merging_is_order_independent(sources: list[Source], rnd) -> None:  # type: ignore[no-untyped-def]
    shuffled = list(sources)
    rnd.shuffle(shuffled)
    assert _shape(merge(sources)) == _shape(merge(shuffled))


@settings(max_examples=100, deadline=None)
@given(_sources)
def test_merging_is_idempotent(sources: list[Source]) -> None:
    once = merge(sources)
    again = merge(_again(once, sources))
    assert _shape(once) == _shape(again)
    assert sum(len(e.sources) for e in once) == len(sources)


def test_a_day_inside_a_weekend_or_month_merges_with_two_shared_participants() -> None:
    sources = [
        Source("en.txt", mention("2023-11-19", "day", ("Sam Altman", "Microsoft"), "appointment")),
        Source("de.txt", mention("2023-W46-WE", "weekend", ("Sam Altman", "Microsoft"), "appointment")),
        Source("x.txt", mention("2023-11", "month", ("Sam Altman", "Microsoft"), "appointment")),
    ]
    events = merge(sources)
    # The event takes the most precise date its sources give.
    assert [(e.date, sorted(s.doc for s in e.sources)) for e in events] == [
        ("2023-11-19", ["de.txt", "en.txt", "x.txt"])]
    # One shared participant is not enough across precisions: OpenAI hiring Shear over the
    # weekend is not Microsoft hiring Altman on Sunday night.
    shear = Source("y.txt", mention("2023-W46-WE", "weekend", ("Sam Altman", "Emmett Shear"), "appointment"))
    events = merge([sources[0], shear])
    assert [(e.date, [s.doc for s in e.sources]) for e in events] == [
        ("2023-W46-WE", ["y.txt"]), ("2023-11-19", ["en.txt"])]


def test_two_different_days_never_meet_through_a_weekend() -> None:
    sources = [
        Source("a.txt", mention("2023-11-18", "day", ("Sam Altman", "OpenAI"), "departure")),
        Source("b.txt", mention("2023-W46-WE", "weekend", ("Sam Altman", "OpenAI"), "departure")),
        Source("c.txt", mention("2023-11-19", "day", ("Sam Altman", "OpenAI"), "departure")),
    ]
    days = sorted(e.date for e in merge(sources) if e.granularity == "day")
    assert days == ["2023-11-18", "2023-11-19"]
    assert sum(len(e.sources) for e in merge(sources)) == 3


def test_nearby_days_for_one_happening_are_shown_as_a_conflict() -> None:
    sources = [
        Source("a.txt", mention("2023-11-17", "day", ("Sam Altman", "OpenAI"), "departure")),
        Source("b.txt", mention("2023-11-18", "day", ("Sam Altman", "OpenAI"), "departure")),
    ]
    events = merge(sources)
    assert [e.conflicts for e in events] == [("b.txt may tell the same departure on 2023-11-18",),
                                             ("a.txt may tell the same departure on 2023-11-17",)]


def test_sources_stating_different_amounts_are_a_conflict() -> None:
    sources = [
        Source("a.txt", mention("2019", "year", ("Microsoft", "OpenAI"), "funding",
                                amounts=(StatedAmount("$1 billion", 1e9, "USD"),))),
        Source("b.txt", mention("2019", "year", ("Microsoft", "OpenAI"), "funding",
                                amounts=(StatedAmount("$2 billion", 2e9, "USD"),))),
    ]
    [event] = merge(sources)
    assert event.conflicts == ("amounts differ: a.txt: 1,000,000,000 USD; b.txt: 2,000,000,000 USD",)


_days = st.lists(
    st.builds(
        lambda doc, value, names, kind, start: Source(doc, mention(value, "weekend" if value.endswith("WE") else "day",
                                                                   tuple(names), kind, start=start)),
        st.sampled_from(["a", "b", "c"]),
        st.sampled_from(["2023-11-17", "2023-11-18", "2023-11-19", "2023-W46-WE"]),
        st.lists(st.sampled_from(["OpenAI", "Microsoft", "Sam Altman"]), min_size=1, max_size=3, unique=True),
        st.sampled_from(["other", "departure", "appointment"]),
        st.integers(0, 5).map(lambda i: i * 100),
    ),
    max_size=10,
    unique_by=lambda s: (s.doc, s.mention.sentence_start),  # one date a generated sentence
)


@settings(max_examples=200, deadline=None)
@given(_days, st.randoms())
def test_merging_days_and_weekends_is_order_independent_and_idempotent(sources: list[Source], rnd) -> None:  # type: ignore[no-untyped-def]
    shuffled = list(sources)
    rnd.shuffle(shuffled)
    once = merge(sources)
    assert _shape(once) == _shape(merge(shuffled))
    assert _shape(once) == _shape(merge(_again(once, sources)))
    for event in once:  # never two different days in one event
        assert len({s.date_value for s in event.sources if not s.date_value.endswith("WE")}) <= 1


def test_an_event_is_approximate_in_edtf_only_when_every_source_of_its_date_says_so() -> None:
    from dataclasses import replace

    def approx(m: EventMention) -> EventMention:
        return replace(m, date=replace(m.date, mod="APPROX"))

    a = approx(mention("2023-11", "month", ("OpenAI", "Microsoft"), "partnership", start=0))
    b = approx(mention("2023-11", "month", ("OpenAI", "Microsoft"), "partnership", start=50))
    c = mention("2023-11", "month", ("OpenAI", "Microsoft"), "partnership", start=100)
    [both] = merge([Source("a.txt", a), Source("b.txt", b)])
    assert both.to_dict()["edtf"] == "2023-11~"
    [mixed] = merge([Source("a.txt", a), Source("c.txt", c)])
    assert mixed.to_dict()["edtf"] == "2023-11"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A separable verb is one trigger however far its particle stands.
        ("Am Freitag stellte Mistral AI sein neues Modell vor.", "de", [("launch", "launch")]),
        ("Am Freitag stellte Mistral AI sein Modell Mixtral 8x7B ins Netz.", "de", [("launch", "launch")]),
        # It announces and fires no one.
        ("Microsoft kündigte am Montag an, dass Altman kommt.", "de", [("other", "announce")]),
        ("OpenAI kündigte Altman am Freitag.", "de", [("departure", "fire")]),
        ("Brockman verlor am Freitag seinen Posten als Chef.", "de", [("departure", "leave")]),
        ("Die Aktie verlor am Freitag drei Prozent.", "de", [("financial", "market"), ("financial", "market")]),
        ("Er stellte fest, dass die Firma am Montag ihre Zahlen vorlegt.", "de", []),  # "stellte … vor" it is not
        ("Altman lost his job on Friday.", "en", [("departure", "leave")]),
    ],
)
def test_triggers_with_a_separated_particle(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    from ainews_cli.events import load_triggers

    assert [(hit.type, hit.action) for hit in load_triggers().find(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Buying a company is an acquisition, however the verb is inflected.
        ("Snowflake agreed in May to buy Neeva.", "en", [("acquisition", "acquire")]),
        ("SoftBank kaufte Arm 2016.", "de", [("acquisition", "acquire")]),
        ("Nvidia übernahm Mellanox 2019.", "de", [("acquisition", "acquire")]),
        ("该公司2014年被Google收購。", "zh", [("acquisition", "acquire")]),
        ("那家公司2019年被购入。", "zh", [("acquisition", "acquire")]),
        # ... but taking over a post is an appointment.
        ("Sie übernahm 2019 den Vorsitz des Aufsichtsrats.", "de", [("appointment", "appoint")]),
        # Market value moves, results and listings are financial.
        ("Nvidia added about $277 billion in a single session in February.", "en", [("financial", "market")]),
        ("Nvidia added 100 engineers in February.", "en", []),
        ("Alphabet's quarterly results came on Tuesday.", "en", [("financial", "revenue")]),
        ("Zugleich legte SAP Zahlen für das abgelaufene Jahr vor.", "de", [("financial", "revenue")]),
        ("母公司Alphabet的市值单日蒸发约1000亿美元。", "zh", [("financial", "market"), ("financial", "market")]),
        ("Arm went public in September 2023.", "en", [("financial", "list")]),
        ("Der Börsengang folgte im September 2023.", "de", [("financial", "list")]),
        ("百度2005年在美国纳斯达克上市。", "zh", [("financial", "list")]),
        ("百度是一家上市公司。", "zh", []),
        # Setting up a company or unit is a founding; starting to do something is not.
        ("Google DeepMind, the unit formed in April.", "en", [("founding", "found")]),
        ("Sutskever launched a new AI startup in June.", "en", [("founding", "found")]),
        ("Gemini Pro started powering Bard on Wednesday.", "en", []),
        ("Databricks, which was started in 2013.", "en", [("founding", "found")]),
        ("Im August 2017 ging der Übersetzer DeepL Translator online.", "de", [("launch", "launch")]),
        # Heading a company since a date, moving to one, holding a second post: appointments.
        ("Klein steht seit Oktober 2019 an der Spitze des Konzerns.", "de", [("appointment", "appoint")]),
        ("Klein steht seit Jahren im Rampenlicht.", "de", []),
        ("他2019年轉往Google任職。", "zh", [("appointment", "join"), ("appointment", "appoint")]),
        ("张勇自去年12月起兼任阿里云智能总裁。", "zh", [("appointment", "appoint")]),
        ("Morgan verließ SAP im April 2020.", "de", [("departure", "leave")]),
        # A regulator's probe or draft rules are legal; the document is no product launched.
        ("Die EU-Kommission hatte im Oktober eine vertiefte Prüfung eingeleitet.", "de", [("legal", "regulate")]),
        ("国家互联网信息办公室发布《生成式人工智能服务管理办法（征求意见稿）》。", "zh",
         [("legal", "regulate"), ("legal", "regulate")]),
        ("百度公司昨日召开发布会。", "zh", []),
        # Raising money.
        ("Inflection 6月宣布募得13億美元。", "zh", [("other", "announce"), ("funding", "raise")]),
        # Announcing, however the German verb is written, types nothing.
        ("das der Dax-Konzern am Dienstagabend ankündigte", "de", [("other", "announce")]),
        # Taking over a company in the infinitive is an acquisition; taking over a post, a role.
        ("Der Konzern will das Start-up für zwei Milliarden Euro übernehmen.", "de", [("acquisition", "acquire")]),
        ("Sie soll im Mai die Leitung des Bereichs übernehmen.", "de", [("appointment", "appoint")]),
        ("Seit seinem Amtsantritt im Januar", "de", [("appointment", "appoint")]),
        ("She took office in January.", "en", [("appointment", "appoint")]),
        # A ban or an order of an authority is legal.
        ("Die Behörde hat den Dienst am Montag verboten.", "de", [("legal", "regulate")]),
        ("Die Behörde hat am Montag eine Prüfung angeordnet.", "de", [("legal", "regulate")]),
        # ... but anyone may order something: a chief ordering layoffs fires no one and is no ruling.
        ("Der Chef Elon Musk ordnete am 4. Juni Entlassungen bei Tesla an.", "de", []),
        ("Italy banned the app in May.", "en", [("legal", "regulate")]),
        # Filing a suit or a complaint is legal; following suit is not.
        ("In July three authors filed suits against Globex.", "en", [("legal", "sue")]),
        ("Initech filed a complaint with the FTC in May.", "en", [("legal", "sue")]),
        ("Initech followed suit in May.", "en", []),
        # Licensing is a deal between two.
        ("Globex licensed its models to Initech.", "en", [("partnership", "partner")]),
        # ... not the licence a model is released under.
        ("Globex released the model under an Apache license on May 2.", "en", [("launch", "launch")]),
        # Sales told with a verb of their own.
        ("Die Firma setzte 2023 rund vier Milliarden Euro um.", "de", [("financial", "revenue")]),
        ("Its cloud unit brought in about $9 billion last year.", "en", [("financial", "revenue")]),
        ("Globex brought in a new chief executive.", "en", []),
        # Putting money into a company.
        ("Globex will weitere Milliarden in Initech stecken.", "de", [("funding", "invest")]),
        ("Initech hatte im Frühjahr 80 Millionen Euro erhalten.", "de", [("funding", "raise")]),
        ("Rund zwei Millionen Nutzer haben im März Zugang erhalten.", "de", []),  # people, not money
        ("索尼去年入股该公司。", "zh", [("funding", "invest")]),
        ("三家股东本月宣布共同增资该厂。", "zh", [("other", "announce"), ("funding", "invest")]),
        # Selling a holding is the buyer's acquisition, told by an action of its own ("sell"), whose
        # headline never makes the seller the buyer ("Globex acquires Initech"); selling anything
        # else types nothing. A German launch may end in "heraus".
        ("Globex hatte seine Chipsparte im Mai an Initech verkauft.", "de", []),
        ("Globex verkaufte die Sparte 2021 an Initech.", "de", [("acquisition", "sell")]),
        ("Globex hat im Mai seine Sparte Lumen an KKR verkauft.", "de", [("acquisition", "sell")]),
        ("Im vergangenen Jahr trennte sich der Konzern von seinem Anteil an Initech.", "de", [("acquisition", "sell")]),
        ("Globex hat 2021 zwei Millionen Geräte an Kunden verkauft.", "de", []),
        ("Im Mai brachte Globex sein neues Modell heraus.", "de", [("launch", "launch")]),
        # Beginning a career is no founding.
        ("Sam Altman began his career as a programmer in 2005.", "en", []),
        # A regulator withdrawing a permit acts in law.
        ("Die Behörde entzog Initech im Juni die Genehmigung.", "de", [("legal", "regulate")]),
        ("The state revoked the company's permit in June.", "en", [("legal", "regulate")]),
        # Pricing an offering, a second listing.
        ("Am Abend legten die Eigentümer den Ausgabepreis fest.", "de", [("financial", "offer")]),
        ("京东2020年6月回港上市。", "zh", [("financial", "list")]),
        # A price a share in cash is a takeover's; a figure per share is none.
        ("Globex bietet 40 Euro je Aktie in bar.", "de", [("acquisition", "offer_price")]),
        ("Der Gewinn je Aktie stieg.", "de", [("financial", "revenue")]),
        ("Globex offered $12 a share in cash.", "en", [("acquisition", "offer_price")]),
        # A company taken private is bought.
        ("腾讯对搜狗的私有化交易已经完成。", "zh", [("acquisition", "acquire")]),
        ("Globex agreed to a take-private deal.", "en", [("acquisition", "acquire")]),
        # A bid made, raised or cut is a takeover's.
        ("Globex made its unsolicited offer of $70 a share on Nov. 6.", "en", [("acquisition", "bid")]),
        ("Globex cut its bid for Initech the next day.", "en", [("acquisition", "bid")]),
        ("Globex legte ein Übernahmeangebot vor.", "de", [("acquisition", "bid")]),
        # Taking over a post, its object first, and taking over as chief are appointments.
        ("Sie hatte den Vorsitz im Mai übernommen.", "de", [("appointment", "appoint")]),
        ("Am selben Tag übernahm Mike Sievert die Führung von T-Mobile US.", "de", [("appointment", "appoint")]),
        ("Nadella succeeded Steve Ballmer as Microsoft's chief executive.", "en", [("appointment", "appoint")]),
        # One's own withdrawal leaves a post; a company's from a market does not.
        ("Legere hatte seinen Rückzug im November angekündigt.", "de",
         [("departure", "resign"), ("other", "announce")]),
        ("Der Konzern hatte seinen Rückzug aus Russland angekündigt.", "de", [("other", "announce")]),
        ("She took over as chief executive in May.", "en", [("appointment", "appoint")]),
        # A grant of public money is funding; a leave and a delay happen, untyped.
        ("Der Bund sagte Initech Fördermittel zu.", "de", [("funding", "grant")]),
        ("He will take a sabbatical.", "en", [("other", "sabbatical")]),
        ("He took a leave of absence.", "en", []),
        ("Das Werk wurde verschoben.", "de", [("other", "postpone")]),
        # Export controls, a first round of controls, are regulation.
        ("日本去年7月实施首轮管制。", "zh", [("legal", "regulate")]),
        ("Im Oktober verschärfte Washington die Exportkontrollen.", "de", [("legal", "regulate")]),
        # A licence granted, a policy issued, a company put on a list are regulation; a fund's name
        # invests nothing.
        ("前年8月8日，百度拿到全国首批全无人驾驶商业化运营牌照。", "zh", [("legal", "regulate")]),
        ("國務院於2014年6月印發《推進綱要》，提出設立國家產業投資基金。", "zh", [("legal", "regulate")]),
        ("美国财政部本月10日将商汤列入「中国军工复合体企业」名单。", "zh", [("legal", "regulate")]),
        # Opening a platform to users launches it; made free is a price; an open day opens nothing.
        ("2017年4月，百度宣布向合作伙伴开放自动驾驶平台。", "zh", [("other", "announce"), ("launch", "launch")]),
        ("2017年4月，百度宣布開放自動駕駛平台Apollo。", "zh", [("other", "announce"), ("launch", "launch")]),
        ("讯飞星火Lite版API永久免费开放。", "zh", [("other", "price")]),
        # Capital put in is an investment; a speech or a post on social media launches nothing.
        ("王慧文宣布个人出资5000万美元。", "zh", [("other", "announce"), ("funding", "invest")]),
        ("拜登在台灣時間今天凌晨發表演說。", "zh", []),
        ("黄仁勋昨天发表了一场演说。", "zh", []),
        ("王慧文在朋友圈发布“英雄帖”。", "zh", []),
        # Filing for a listing, offering shares, putting a listing off are of the listing; a prospectus,
        # an offer price and the price shares were offered at are not.
        ("地平線今年3月向港交所遞表。", "zh", [("financial", "list_filing")]),
        ("商汤在20日重新招股。", "zh", [("financial", "offer")]),
        ("商湯於13日宣布押後上市。", "zh", [("other", "announce"), ("financial", "list_delay")]),
        ("招股文件顯示，商湯收入約34.5億元，首日收市高於招股價。", "zh", [("financial", "revenue")]),
        ("商湯在港交所主板掛牌，以每股3.85元招股。", "zh", [("financial", "list")]),
        ("智谱AI今天在首届技术开放日上发言。", "zh", []),
        # A stake bought is an investment; a company bought an acquisition; going live a launch.
        ("In December, investors bought a $642 million minority stake in the company.", "en", [("funding", "invest")]),
        ("In 2019 Nvidia bought Mellanox.", "en", [("acquisition", "acquire")]),
        ("去年12月28日，小米在技术发布会上首次展示了首款车型SU7。", "zh", [("launch", "launch")]),
        ("In 2019 it absorbed Chronicle.", "en", [("acquisition", "absorb")]),
        # A holding sold, not goods sold to business customers nor a unit of a product.
        ("In 2021 FireEye sold its products business to Symphony.", "en", [("acquisition", "sell")]),
        ("In October 2020 Intel agreed to sell its NAND memory business to SK Hynix.", "en", [("acquisition", "sell")]),
        ("In 2021 Nvidia sold its chips to business customers in China.", "en", []),
        ("Tesla sold its one millionth unit.", "en", []),
        # A rank risen to is no post; a new name is no launch.
        ("2023年，小米晋升为全球第三大智能手机厂商。", "zh", []),
        ("Am 8. Februar benannte Google seinen Dienst Bard in Gemini um.", "de", [("other", "rename")]),
        ("In 2019 it absorbed the costs.", "en", []),
        # The same news published is no launch.
        ("英飛凌同日也發布了相同消息。", "zh", []),
        # A post taken over or risen to.
        ("執行長Jochen Hanebeck則是在2022年4月接掌英飛凌。", "zh", [("appointment", "appoint")]),
        ("次年1月3日，卢伟冰被正式晋升为集团总裁。", "zh", [("appointment", "appoint")]),
        # Investigators are people, not a probe; an office is no investing.
        ("It was a discovery that led investigators to SolarWinds.", "en", []),
        ("She had become its chief investment officer.", "en", [("appointment", "appoint")]),
        ("Sonnet also went live the same day on Amazon Bedrock.", "en", [("launch", "launch")]),
        # An insolvency filed and an arrest are legal; a German spin-off is a matter of shares.
        ("Wirecard hat am Donnerstag beim Amtsgericht München Insolvenz beantragt.", "de", [("legal", "insolvency")]),
        ("Am Montagabend wurde er in München festgenommen.", "de", [("legal", "arrest")]),
        ("The company filed for bankruptcy protection on Friday.", "en", [("legal", "insolvency")]),
        ("该公司周五向法院申请破产。", "zh", [("legal", "insolvency")]),
        ("Siemens hatte 2013 den Lichtspezialisten Osram abgespalten.", "de", [("financial", "spin_off")]),
        # ... but not one averted, feared or ruled out, and no post "won" by a chip.
        ("Varta hat die drohende Insolvenz im Juli abgewendet.", "de", []),
        ("Northvolt warned on Monday it could file for bankruptcy.", "en", []),
        ("恒大上周否认将申请破产。", "zh", []),
        ("Bayer hat eine Abspaltung der Agrarsparte im März vorerst ausgeschlossen.", "de", []),
        ("英伟达H100芯片上周当选年度最佳AI芯片。", "zh", []),
        ("张明去年当选为董事长。", "zh", [("appointment", "appoint")]),
        ("OpenAI raised $6 billion in October and raised its revenue forecast.", "en", [("funding", "raise")]),
        # Chinese posts no longer held, rotating chairs' turns, boards elected; a memorandum of cooperation.
        ("劉熾平去年5月17日起不再擔任執行董事。", "zh", [("departure", "resign")]),
        ("今天起，徐直军开始当值华为轮值董事长。", "zh", [("appointment", "appoint")]),
        ("胡厚崑的当值期已于昨日结束。", "zh", [("departure", "resign")]),
        ("时任首席财务官高永岗同日获委任为代理董事长。", "zh", [("appointment", "appoint")]),
        ("2023年7月17日，高永岗辞任。", "zh", [("departure", "resign")]),
        # Banks serving a listing take no post.
        ("高盛、摩根大通和花旗担任联席保荐人。", "zh", []),
        # A company parting with a manager, not with a unit; a promotion into an index; a German merger.
        ("Ebenfalls am Montag trennte sich Wirecard von Vorstand Jan Marsalek.", "de", [("departure", "part_with")]),
        ("Im Mai trennte sich Siemens von seiner Sparte für Windkraft.", "de", [("acquisition", "sell")]),
        ("Im September 2018 stieg der Konzern in den Dax auf.", "de", [("financial", "index")]),
        ("Vereinbart hatten Siemens und Gamesa den Zusammenschluss im Juni 2016.", "de", [("acquisition", "merge")]),
        # A first day on the exchange.
        ("Porsche hat am Donnerstag sein Debüt an der Frankfurter Börse gegeben.", "de", [("financial", "list")]),
        ("Siemens Energy ist am Montag an der Frankfurter Börse gestartet.", "de", [("financial", "list")]),
        ("去年11月26日，华为与长安汽车签署投资合作备忘录。", "zh", [("partnership", "partner")]),
        # A forecast raised is no money raised; a quarter's results are figures.
        ("Last week, reporting first-quarter results, the company raised its forecast.", "en",
         [("financial", "revenue")]),
        # A post handed on; a successor; a stake bought (not every share); a vote; a forecast cut.
        ("Er hatte den Vorstandsvorsitz bei Siemens im Februar an Roland Busch abgegeben.", "de",
         [("departure", "hand_over")]),
        ("Die Gewerkschaft hat für den Posten eine Empfehlung abgegeben.", "de", []),
        ("Kaeser folgte 2013 auf Peter Löscher an der Spitze des Konzerns.", "de", [("appointment", "succeed")]),
        ("Der Kursrutsch, der am 8. Mai auf Goldman Sachs folgte, war deutlich.", "de", []),
        ("SAP hat im Januar 2021 100 Prozent der Anteile an Signavio erworben.", "de", []),
        ("Viele Analysten stimmten am 9. Mai der Einschätzung von Busch zu.", "de", []),
        ("Dabei entstanden Kosten von 3 Milliarden Euro.", "de", []),
        ("董事会决定修改任期规定，并不得更改任何条款。", "zh", []),
        ("The Federal Communications Commission approved the sale of spectrum licences in March.", "en", []),
        ("Daimler-Chef Ola Källenius, der im Mai 2019 auf Dieter Zetsche folgte, sprach.", "de",
         [("appointment", "succeed")]),
        ("Auf den Rekordgewinn folgte im Mai ein Einbruch.", "de", []),
        ("Li Shufu, der im Februar 2018 9,69 Prozent der Anteile erworben hatte.", "de", [("funding", "stake_bought")]),
        ("Im Mai hatte Globex sämtliche Anteile erworben.", "de", []),
        ("Am 1. Oktober stimmten die Aktionäre auf einer Hauptversammlung mit großer Mehrheit zu.", "de",
         [("other", "vote")]),
        ("Die Aktionäre stimmten der Übernahme im Mai zu.", "de", [("acquisition", "sale_done")]),
        ("Der Konzern hatte am Abend zuvor seine Prognose gesenkt.", "de", [("other", "forecast")]),
        # A company out of a merger was bought, not founded; a plan to develop together; a sale approved.
        ("Die Daimler-Benz AG entstand 1926 aus der Fusion zweier Firmen.", "de", [("acquisition", "merge")]),
        ("ASML entstand 1984 als Gemeinschaftsunternehmen.", "de", [("founding", "emerge")]),
        ("Infineon war 1999 aus der Halbleitersparte von Siemens hervorgegangen.", "de", [("founding", "emerge")]),
        ("Siemens hatte seine Medizinsparte im März 2018 an die Börse gebracht.", "de", [("financial", "list_on")]),
        ("Ende Juli kündigte der Konzern an, Qualtrics an die Börse zu bringen.", "de", [("other", "announce")]),
        ("Daimler und Volvo hatten vereinbart, Brennstoffzellen gemeinsam zu entwickeln.", "de",
         [("partnership", "partner")]),
        ("Red Hat's shareholders approved the sale in January.", "en", [("acquisition", "sale_done")]),
        # A listing priced; a post changed; a unit made independent; an application withdrawn.
        ("快手昨晚公布配售结果，最终发行价定在招股价区间的上限。", "zh", [("financial", "offer")]),
        ("杨元庆则改任首席执行官。", "zh", [("appointment", "appoint")]),
        ("2001年正式自宏碁分割獨立。", "zh", [("founding", "found")]),
        ("联想便申请撤回了上市申请，上交所随即终止审核。", "zh", [("other", "withdraw"), ("other", "withdraw")]),
        # A bid raised is a bid, a phrase before the single word it opens with; a forecast raised raises nothing.
        ("Broadcom raised its bid to $82 a share on Feb. 5.", "en", [("acquisition", "bid")]),
        ("Apple raised its revenue forecast.", "en", []),
        # A loss reported is a result, not a share move; shares bought back are no move either; a post given up is
        # a step down; revenue forecast or guided is no result.
        ("Am 1. August hatte Intel für das zweite Quartal einen Verlust von 1,6 Milliarden Dollar gemeldet.", "de",
         [("financial", "revenue")]),
        ("Im Januar hatte das Unternehmen einen operativen Verlust von 7,73 Billionen Won ausgewiesen.", "de",
         [("financial", "revenue")]),
        ("Microsoft verlor fast 47 Milliarden Dollar an Börsenwert.", "de", [("financial", "market"),
                                                                         ("financial", "market")]),
        ("In May, Apple authorised a further $110 billion of buybacks.", "en", [("financial", "buyback")]),
        ("Luca Maestri will give up the post on Jan. 1.", "en", [("departure", "resign")]),
        ("对于今年第一季度，中芯国际给出的指引为收入环比持平至增长2%。", "zh", []),
        ("今年AI服务器营收占整体服务器营收的比重可望超过五成。", "zh", []),
        # An authority named in English in a German text approves: a legal step, the deal its object.
        ("Die südkoreanische Korea Fair Trade Commission genehmigte am Montag den Kauf von Woowa Brothers.", "de",
         [("legal", "review"), ("acquisition", "acquire")]),
        # A memorandum of understanding or a framework agreement signed is a partnership.
        ("同一天，奥迪与上汽集团签署了谅解备忘录。", "zh", [("partnership", "partner")]),
        ("同日，双方还签署了技术框架协议。", "zh", [("partnership", "partner")]),
        # Joining a share index moves no share.
        ("Im August rückte das Unternehmen in den Deutschen Aktienindex Dax auf.", "de", []),
        # What is said at a results conference or on an earnings call is no result; the conference held is.
        ("公司在5月15日的法说会上表示，需求强劲。", "zh", []),
        ("在昨晚的业绩电话会上，集团总裁回答了提问。", "zh", []),
        ("力积电昨日召开第三季法人说明会。", "zh", [("financial", "revenue")]),
        # Figures a research firm publishes launch nothing; a data-centre chip still launches.
        ("据市场研究机构IDC今年4月发布的初步统计，联想的出货量位居全球第一。", "zh", []),
        ("华为发布数据中心芯片。", "zh", [("launch", "launch")]),
        # A listing applied for, examined or ruled on is no listing; a listing its rules allow is still one.
        ("上交所6月1日受理了中芯国际的科创板上市申请，科创板上市委员会上月19日审议通过了其首发申请。", "zh", []),
        ("港交所于去年4月30日起实施上市新规，允许创新企业在主板上市。", "zh", [("financial", "list")]),
        ("2019年7月22日在科创板上市。", "zh", [("financial", "list")]),
        # A return to a market is no return to a post; rules revised by an exchange are legal.
        ("阿里巴巴回归港股。", "zh", []),
        ("港交所2018年4月修订上市规则，为阿里巴巴回归铺平了道路。", "zh", [("legal", "regulate")]),
        ("郭台铭2019年回归鸿海。", "zh", [("appointment", "return")]),
        # A share split.
        ("今年7月，阿里巴巴股东大会批准将每股普通股拆细为8股。", "zh", [("financial", "share_split")]),
        ("Apple announced a four-for-one stock split.", "en", [("other", "announce"), ("financial", "share_split")]),
        # A predecessor replaced in a post.
        ("Pat Gelsinger would replace Bob Swan as its CEO.", "en", [("appointment", "appoint")]),
        # A round of cuts raises no money.
        ("A second round of about 3,000 cuts followed on May 18.", "en", []),
        # A line of business sold to a buyer; a sale the one sold agreed to.
        ("Im August 2010 verkaufte Infineon sein Geschäft mit Mobilfunkchips an Intel.", "de",
         [("acquisition", "sell")]),
        ("Ihr LED-Geschäft verkaufte sie 2021 an den US-Konzern SMART Global.", "de", [("acquisition", "sell")]),
        ("Das Geschäft verkaufte sich gut.", "de", []),
        ("The board changed course and agreed to the sale on April 25.", "en", [("acquisition", "acquire")]),
        # A first day of trading; a security review opened by a regulator.
        ("Palantir Technologies began trading on the New York Stock Exchange on Wednesday.", "en",
         [("financial", "list"), ("financial", "market")]),
        ("昨日，网信办又宣布对“运满满”“货车帮”和“BOSS直聘”启动网络安全审查。", "zh",
         [("other", "announce"), ("legal", "regulate")]),
        # A filing to list is no listing.
        ("The startup filed confidentially for an initial public offering in February 2019 but never went public.",
         "en", [("financial", "list_filing"), ("financial", "list")]),
        ("It said in February that it had filed confidentially to go public.", "en", [("financial", "list_filing")]),
        ("Snowflake made its filing public last month.", "en", [("financial", "list_filing")]),
        ("Im September hatte Zalando seine Börsenpläne offiziell gemacht.", "de", [("financial", "list_filing")]),
        ("拼多多上月底向美国证券交易委员会递交了招股书。", "zh", [("financial", "list_filing")]),
        ("小米于5月3日向港交所递交了上市申请。", "zh", [("financial", "list_filing")]),
        ("Palantir filed its listing documents publicly on Aug. 25.", "en", [("financial", "list_filing")]),
        ("Anfang August legte der Konzern seine Halbjahreszahlen vor.", "de", [("financial", "revenue")]),
        # A debut on a market is a listing, not a launch; an offer priced within its range.
        ("The software-tools maker JFrog also made its Nasdaq debut on Wednesday.", "en", [("financial", "list")]),
        ("Die Banken hatten den Preis im oberen Teil der Spanne festgelegt.", "de", [("financial", "offer")]),
        # A join, a purchase named by its noun, a clearance by a separated verb, a deal closed.
        ("Rubin Ritter war 2010 zu dem Start-up gestoßen.", "de", [("appointment", "join")]),
        ("Den bislang teuersten Zukauf hatte SAP im Oktober 2007 angekündigt.", "de",
         [("acquisition", "acquire"), ("other", "announce")]),
        ("Die EU-Kommission gab den Kauf erst im Januar frei.", "de", [("legal", "review")]),
        ("Abgeschlossen wurde das Geschäft im Frühjahr 2019.", "de", [("acquisition", "sale_done")]),
        ("Der Konzern hat das Geschäftsjahr abgeschlossen.", "de", []),
        ("Im Juli vereinbarte Osram, seine Lampensparte Ledvance an ein Konsortium zu verkaufen.", "de",
         [("acquisition", "sell")]),
        ("Google與宏達電本週稍早宣布，雙方的11億美元協議已完成交割。", "zh",
         [("other", "announce"), ("acquisition", "sale_done")]),
        # A first day as a public company, a listing by the exchange's name; money paid for a stake and new shares
        # bought are funding; a share of a company sold is a sale (not shares sold on the market).
        ("Uber ended its first day as a public company down 7.6%.", "en", [("financial", "list")]),
        ("Its rival Lyft listed on the Nasdaq on March 29.", "en", [("financial", "list")]),
        ("Blue Apron war Ende Juni an die New York Stock Exchange gegangen.", "de", [("financial", "list_on")]),
        ("Microsoft paid $240 million for a 1.6% stake in Facebook.", "en", [("funding", "invest")]),
        ("PayPal agreed to buy $500 million of its shares.", "en", [("funding", "invest")]),
        ("eBay agreed in 2009 to sell 65% of Skype to the group.", "en", [("acquisition", "sell_share")]),
        # ... but shares bought back are no funding, and an IPO one depends on is not called off.
        ("Apple said it would buy back up to $110 billion of its shares.", "en", [("financial", "market")]),
        ("Der Erfolg hängt vom Börsengang ab.", "de", [("financial", "list")]),
        ("It sold most of its shares last year.", "en", [("financial", "market")]),
        ("Saudi Arabia's fund put in $3.5 billion in June 2016.", "en", [("funding", "invest")]),
        ("The rules were put in place in 2019.", "en", []),
        ("Microsoft had $50 billion in cash and short-term investments.", "en", []),
        # A listing called off is no listing; a prospectus published is no product; listing rules list no one.
        ("Im Herbst 2015 hatte HelloFresh einen bereits geplanten Börsengang abgesagt.", "de",
         [("financial", "list_cancel")]),
        ("WeWork called off its IPO in September.", "en", [("financial", "list_cancel")]),
        ("Laut Wertpapierprospekt, den HelloFresh im Oktober veröffentlichte, wuchs der Umsatz.", "de",
         [("financial", "revenue")]),
        ("港交所今年4月底起实施上市新规。", "zh", []),
        # Debt sold, not a holding; a deal's price, no valuation; a sole owner and the shareholders' assent, an
        # offer put forward: steps of a takeover.
        ("In May the company sold about $20 billion of bonds to investors.", "en", [("financial", "debt")]),
        ("In March 2016 Spotify borrowed $1 billion by selling convertible bonds.", "en",
         [("financial", "debt"), ("financial", "debt")]),
        ("Dell sold 20% of VMware.", "en", [("acquisition", "sell_share")]),
        ("in a transaction then valued at about $67 billion", "en", []),
        ("eine Transaktion, die damals mit 67 Milliarden Dollar bewertet wurde", "de", []),
        ("Seit Donnerstag ist der Konzern alleiniger Eigentümer von Monsanto.", "de", [("acquisition", "sale_done")]),
        ("Die Monsanto-Aktionäre stimmten im Dezember zu.", "de", [("acquisition", "sale_done")]),
        ("Sein erstes Angebot für Monsanto hatte Baumann im Mai 2016 vorgelegt.", "de", [("acquisition", "bid")]),
        # Taken private in a buyout, not a buyout firm; money brought in that valued a company is a round's.
        ("In 2013 he and Silver Lake took Dell private in a $24.9 billion buyout.", "en",
         [("acquisition", "acquire"), ("acquisition", "acquire")]),
        ("new equity from the buyout firm Silver Lake", "en", []),
        ("2013 nahm Michael Dell den Konzern von der Börse.", "de", [("acquisition", "acquire")]),
        ("That round brought in $526 million and valued Spotify at $8.5 billion.", "en",
         [("funding", "round"), ("financial", "valuation")]),
        ("The unit brought in $4 billion last year.", "en", [("financial", "revenue")]),
        # An exchange's listing rules reformed and consulted on, tariffs imposed: a rule's steps, not a launch.
        ("港交所去年12月宣布将改革上市制度", "zh", [("other", "announce"), ("legal", "regulate")]),
        ("2月发表咨询文件", "zh", [("legal", "regulate")]),
        ("宣布将对从中国进口的商品加征关税", "zh", [("other", "announce"), ("legal", "regulate")]),
        ("Trump imposed tariffs on Chinese goods.", "en", [("legal", "regulate")]),
        ("Die USA erheben Strafzölle auf Stahl.", "de", [("legal", "regulate")]),
        # A deal an authority prohibits or vetoes is legal (the deal's own word stays a trigger); a board's veto,
        # a deal that is the reason for a fine, starting up as a noun are none.
        ("当局依法禁止两家公司合并", "zh", [("legal", "regulate"), ("acquisition", "merge")]),
        ("2014年否决三家公司组建航运联盟", "zh", [("legal", "regulate")]),
        ("董事会否决了这项收购", "zh", [("acquisition", "acquire")]),
        ("该公司因收购另一家公司未依法申报，被处以50万元罚款", "zh", [("legal", "regulate")]),
        ("夏普1912年由早川德次在东京创业", "zh", [("founding", "found")]),
        ("他投资了多家创业公司", "zh", [("funding", "invest")]),
        ("鼓励大众创业", "zh", []),
        # An offer raised is a bid; an offering's forecast raised is none.
        ("Im Februar stockte der Konzern das Angebot auf 127,50 Dollar je Aktie auf.", "de", [("acquisition", "bid")]),
        ("Der Konzern erhöhte die Prognose für das Angebot.", "de", []),
        # A listing told as landing on an exchange; a filing to one launches nothing.
        ("虎牙登陆纽约证券交易所，首次公开发行募资1.8亿美元", "zh", [("financial", "list"), ("funding", "raise")]),
        ("鸿海今天并透过公开资讯观测站发布重大讯息说明此事", "zh", []),
        # Shares bought back, told as a verb.
        ("Zugleich kündigte Qualcomm an, eigene Aktien für bis zu 30 Milliarden Dollar zurückzukaufen.", "de",
         [("other", "announce"), ("financial", "buyback")]),
        ("Qualcomm repurchased 10 million shares.", "en", [("financial", "buyback")]),
        ("同日，京东宣布了新的股份回购计划", "zh", [("other", "announce")]),
        # A first day on an exchange celebrated.
        ("Auto1 hat am Donnerstag einen glänzenden Einstand an der Frankfurter Börse gefeiert.", "de",
         [("financial", "list")]),
        ("Erst am Dienstag hatte die Restaurantkette Vapiano ihr Debüt in Frankfurt gegeben.", "de",
         [("financial", "list")]),
        # A permit an authority grants or withdraws; one a bank grants is none.
        ("Am Freitag erteilte der Ausschuss für Auslandsinvestitionen (CFIUS) seine Genehmigung.", "de",
         [("legal", "review")]),
        ("Im August erteilte sein Ministerium eine Unbedenklichkeitsbescheinigung.", "de", [("legal", "review")]),
        ("Die Bank erteilte dem Start-up eine Genehmigung für den Kredit.", "de", []),
        ("Am 24. Oktober zog das Ministerium seine Genehmigung für den Verkauf zurück.", "de",
         [("legal", "regulate"), ("acquisition", "sale")]),
        # Conditions attached to a clearance (Taiwan's term); what follows a merger is no merger.
        ("NCC昨日召开委员会议，以附加附款的方式，通过两件合并申请案。", "zh",
         [("legal", "regulate"), ("acquisition", "merge")]),
        ("两案合并后，存续公司持有的频宽都将超过法定上限", "zh", []),
        # A post given up, its particle closing the clause; results presented; a contract signed; charge taken of a
        # business (not a charge taken); a new name.
        ("2012 gab er den Vorsitz ab.", "de", [("departure", "resign")]),
        ("Im April hatte Delivery Hero Zahlen für 2016 vorgelegt.", "de", [("financial", "revenue")]),
        ("Under a contract signed in January, it committed to spend $2 billion on Google Cloud.", "en",
         [("partnership", "partner")]),
        ("Kurian took charge of Google Cloud at the start of the year.", "en", [("appointment", "appoint")]),
        ("Intel took a charge of $1 billion.", "en", [("financial", "revenue")]),  # a write-down, no post taken
        ("The company changed its name to Snap Inc. last September.", "en", [("other", "rename")]),
        # A takeover's steps in German: the offer made and accepted, a stake parted with, shares secured or tendered
        # (a player secured is one hired).
        ("Das offizielle Angebot folgte am 16. Juni.", "de", [("acquisition", "bid")]),
        ("Anfang Juli nahmen die beiden Großaktionäre das Angebot an.", "de", [("acquisition", "bid")]),
        ("Der Anlagenbauer Voith trennte sich von seiner Sperrminorität.", "de", [("acquisition", "sell")]),
        ("Am 15. Juli hatte sich Midea knapp 86 Prozent gesichert.", "de", [("acquisition", "bid")]),
        ("Der Verein hat sich den Stürmer gesichert.", "de", [("appointment", "hire")]),
        # The thirty-second set: a way cleared by an authority, a question asked, a bid's price, a step aside, taking
        # office; not a stake spun off, a holding worth most, a man ruling himself out, a press release, a plan.
        ("Den Weg frei gemacht hatte das Landesamt für Umwelt am 4. März.", "de", [("legal", "review")]),
        ("Microsoft bid $44.6 billion for Yahoo in February 2008.", "en", [("acquisition", "bid")]),
        ("Elop stepped aside as Nokia's chief executive the same day.", "en", [("departure", "resign")]),
        ("川普今年1月20日就任美国总统。", "zh", [("appointment", "appoint")]),
        ("凯文·梅耶尔去年6月上任。", "zh", [("appointment", "appoint")]),
        ("他上任以来一直住在上海。", "zh", []),
        ("The board dropped a plan to spin off the Alibaba stake.", "en", []),
        ("Its most valuable holding goes back to 2005.", "en", []),
        ("Alan Mulally ruled himself out last month.", "en", []),
        ("鴻海今日清晨也發布新聞稿，證實這項投資計畫。", "zh", [("other", "announce")]),
        ("郭台铭表示，赴美投资案可望在7月拍板。", "zh", []),
        ("The same month the company took a $900 million charge on unsold Surface RT tablets.", "en",
         [("financial", "revenue")]),
        # The thirty-third set: a detention, the money a listing raised; not the rules of a regime spoken of.
        ("孟晚舟在加拿大温哥华转机时被加拿大当局拘押。", "zh", [("legal", "arrest")]),
        ("Its initial public offering in May 2012 raised $16 billion.", "en", [("financial", "list")]),
        ("马云发表演讲，批评现行金融监管模式。", "zh", []),
        # An executive order signed, a licence issued: legal, no launch.
        ("同日，美国总统特朗普签署行政令。", "zh", [("legal", "regulate")]),
        ("昨日，美国商务部发布为期90天的临时通用许可。", "zh", [("legal", "regulate")]),
        ("On the same day Trump signed an executive order.", "en", [("legal", "regulate")]),
        ("华为发布新款手机。", "zh", [("launch", "launch")]),
        # A letter published launches nothing; a fall as Hong Kong papers tell it; a post taken back; a long German
        # middle field before the particle.
        ("何庭波发布致员工的内部信。", "zh", []),
        ("其港股今早开市后亦显著下挫。", "zh", [("financial", "market")]),
        ("Page hatte die Führung des Unternehmens im April 2011 von Schmidt zurückübernommen.", "de",
         [("appointment", "appoint")]),
        ("Im Oktober 2011 stellte Nokia in London mit dem Lumia 800 sein erstes Smartphone mit Windows Phone vor.",
         "de", [("launch", "launch")]),
        # A debut on an exchange is a listing; a manager forced out is fired; advertising bought buys no business.
        ("Facebook made its debut on the Nasdaq on Friday.", "en", [("financial", "list")]),
        ("He was forced out in 1985 after a boardroom struggle.", "en", [("departure", "fire")]),
        ("General Motors said it would stop buying ads on Facebook.", "en", []),
        # A company sold to a buyer, both named (not products sold to customers).
        ("Jobs sold Pixar to Disney in 2006, joined its board and became its largest shareholder.", "en",
         [("acquisition", "sold"), ("appointment", "join")]),
        ("Apple sold iPhones to Chinese consumers.", "en", []),
        ("Microsoft sold Windows licences to PC makers.", "en", []),
        # ... an aside between the company sold and its buyer (no founding in the aside's "he founded").
        ("Luckey had sold Oculus, the virtual-reality headset maker he founded, to Facebook.", "en",
         [("acquisition", "sold")]),
        ("Apple sold Nvidia shares, a large holding, to investors.", "en", [("financial", "market")]),
        # A company bought in a word of its own (not rights); a share that changes hands is no job change.
        ("Im Februar hatte Under Armour gleich zwei Fitness-Apps erworben: MyFitnessPal und Endomondo.", "de",
         [("acquisition", "acquire_word")]),
        ("Der Sender erwarb die Rechte an der Bundesliga.", "de", []),
        ("Die erste Aktie wechselte am Dienstag für 165,90 Dollar den Besitzer.", "de", [("financial", "market")]),
        # A post handed back, a fine announced or imposed, a dispute settled, an agreement signed.
        ("Oracle-Gründer Larry Ellison gab am Donnerstag nach 37 Jahren den Posten des Vorstandschefs ab.", "de",
         [("departure", "resign")]),
        ("Vestager gab am Mittwoch eine Geldbuße von 4,34 Milliarden Euro gegen den US-Konzern bekannt.", "de",
         [("other", "announce"), ("legal", "regulate")]),
        ("Im Januar dieses Jahres belegte sie Qualcomm mit 997 Millionen Euro.", "de", [("legal", "regulate")]),
        ("Im April 2017 legte der Konzern dort einen Streit mit der Wettbewerbsbehörde bei.", "de",
         [("legal", "regulate")]),
        ("Am Dienstag hatte die EU in Tokio ein Freihandelsabkommen mit Japan unterzeichnet.", "de",
         [("partnership", "partner")]),
        ("Die Firma belegte den ersten Platz.", "de", []),
        # A partnership formed (a partner alone is none), an injunction, regulators summoning, a business merged in.
        ("腾讯和京东昨日宣布建立战略合作伙伴关系。", "zh", [("other", "announce"), ("partnership", "partner")]),
        ("微软是OpenAI的合作伙伴。", "zh", []),
        ("法官孔特雷拉斯批准小米的初步禁制令申请。", "zh", [("legal", "sue")]),
        ("两天后，四部门联合约谈了蚂蚁集团。", "zh", [("legal", "regulate")]),
        ("腾讯并将旗下搜搜业务并入搜狗。", "zh", [("acquisition", "merge")]),
        # A buyback raised is no funding; a service started is launched, no company founded; an anniversary founds
        # nothing.
        ("On the same day it raised its share buyback programme to $90 billion.", "en",
         [("financial", "buyback")]),
        ("Apple started its own free iTunes Radio service last September.", "en", [("launch", "launch")]),
        ("Dr. Dre and Iovine started Beats Electronics in 2006.", "en", [("founding", "found")]),
        ("今日正是其创立22周年。", "zh", []),
        # A startup shown to the world launches; a listing's registration let through is the regulator's act.
        ("The startup came out of stealth in 2014.", "en", [("launch", "out_of_stealth")]),
        ("It came out of stealth in November 2019 with a $53 million Series A round.", "en", [("funding", "round")]),
        ("中国证监会同意其科创板首次公开发行股票注册。", "zh", [("legal", "regulate")]),
        # A settlement with an authority or in court, a countersuit, a prosecution; not a comparison.
        ("Tesla agreed to settle with the SEC on Saturday.", "en", [("legal", "settle")]),
        ("Last week the company countersued.", "en", [("legal", "sue")]),
        ("Musk hat sich am Samstag mit der SEC auf einen Vergleich geeinigt.", "de", [("legal", "settle")]),
        ("Zum Vergleich: Google hatte 2006 für YouTube bezahlt.", "de", []),
        ("Der Autobauer, den die Behörde am selben Tag belangt hatte, muss zahlen.", "de", [("legal", "regulate")]),
        ("高通与美国联邦贸易委员会达成和解。", "zh", [("legal", "settle")]),
        # A purchase in reported speech; an app that came out.
        ("Zuckerberg kündigte an, das Netzwerk übernehme Instagram.", "de",
         [("other", "announce"), ("acquisition", "acquire")]),
        ("Im Oktober kam die App für das iPhone heraus.", "de", [("launch", "launch")]),
        # A proxy fight settled with an investor is no legal matter; a listing on a board of an exchange, money raised.
        ("In April it settled with the activist hedge fund Starboard Value.", "en", []),
        ("2004年7月，苏宁电器在深圳证券交易所中小企业板上市。", "zh", [("financial", "list")]),
        ("特斯拉宣布通过发行新股和可转换债券筹资超过10亿美元。", "zh", [("other", "announce"), ("funding", "raise")]),
        # A post handed to a surname alone, a company parting with its former chief, coming to a company (not to a
        # result), an app that started; a deal completed, control handed over, a title added.
        ("Den Chefposten bei Twitter hatte er im Oktober 2008 an Williams abgegeben.", "de",
         [("departure", "hand_over")]),
        ("Im Februar 2010 trennte sich der Aufsichtsrat vom damaligen Vorstandschef Léo Apotheker.", "de",
         [("departure", "part_with")]),
        ("McDermott war 2002 vom Softwarehaus Siebel Systems zu SAP gekommen.", "de", [("appointment", "come_to")]),
        ("Die Analysten waren 2002 zu dem Ergebnis gekommen, dass SAP wächst.", "de", []),
        ("Die Video-App Vine ging im Januar an den Start.", "de", [("launch", "launch")]),
        ("Google paid $3.1 billion in a deal completed in 2008.", "en", [("acquisition", "sale_done")]),
        ("He handed control of the mobile software to Sundar Pichai last March.", "en", [("appointment", "appoint")]),
        ("In 2010 she was moved to run local, maps and location services.", "en", [("appointment", "appoint")]),
        ("He moved to Texas in 2010.", "en", []),
        ("Der EuGH bestätigte am Dienstag den Beschluss der EU-Kommission.", "de", [("legal", "regulate")]),
        ("The company's Droid, which Verizon Wireless began selling in November 2009, revived its sales.", "en",
         [("launch", "launch")]),
        ("He added the chairman's title in 2006.", "en", [("appointment", "appoint")]),
        # Parting with a holding or a business is selling it; with a manager, not.
        ("Im September 2013 trennte sich HTC von seinen letzten Anteilen an Beats.", "de", [("acquisition", "sell")]),
        ("Bereits 2009 hatte sich der Konzern von seinem Geschäft mit Festnetzchips getrennt.", "de",
         [("acquisition", "sell")]),
        ("Der Konzern hat sich 2019 von seinem Geschäftsführer getrennt.", "de", [("departure", "part_with")]),
        # Chinese: an agreement to buy is the purchase; a business unit set up founds nothing.
        ("聯想昨日宣布，已與IBM達成協議，以23億美元收購IBM的x86伺服器業務。", "zh",
         [("other", "announce"), ("acquisition", "acquire")]),
        ("本月初，該公司又宣布成立Watson事業部。", "zh", [("other", "announce")]),
        # A post handed on with the verb first, the lead left to another, one taken on for a post (not a production
        # stopped), a successor named, a lab set up together.
        ("Bill Gates übergab den Chefposten bei Microsoft im Januar 2000 an Steve Ballmer.", "de",
         [("departure", "hand_over")]),
        ("Im Dezember 2019 überließen die Google-Gründer Larry Page und Sergey Brin die Führung der Google-Mutter "
         "Alphabet Sundar Pichai.", "de", [("departure", "resign")]),
        ("Ende 2012 stellte Google zudem den Erfinder Ray Kurzweil als Technikdirektor ein.", "de",
         [("appointment", "take_on")]),
        ("Im Juni stellte Google die Produktion des Nexus Q ein.", "de", []),
        ("Als Nachfolger benannte Amazon damals Dave Clark.", "de", [("appointment", "appoint")]),
        ("Im Mai 2013 richtete der Konzern gemeinsam mit der Nasa ein Labor für Quantencomputer ein.", "de",
         [("partnership", "partner")]),
        # A board's sign-off on a deal; what an offering raised; selling ads, no launch.
        ("Yahoo's board signed off on the deal on Sunday.", "en", [("acquisition", "sale_done")]),
        ("The offering raised $3.5 billion, the most of any listing this year.", "en", [("financial", "offer")]),
        ("It began selling advertising only last year.", "en", []),
        # Chinese: a stake taken in exchange, one bought back from its holder, a proposal to take private, a paper's
        # first issue.
        ("2005年，雅虎以10亿美元现金加上雅虎中国业务，换取了阿里巴巴约40%的股份。", "zh",
         [("funding", "stake_swapped")]),
        ("2012年，阿里巴巴从雅虎手中回购了后者所持股份的一半。", "zh", [("acquisition", "acquire")]),
        ("今年10月，阿里巴巴又向在美上市的優酷土豆提出私有化收購建議。", "zh",
         [("financial", "list"), ("acquisition", "bid")]),
        ("《南華早報》於1903年創刊。", "zh", [("founding", "found")]),
        # Bought in (not into a market), a stake completed, a write-down; a result after a comma and a span from a
        # founding tell no departure and no founding.
        ("Volkswagen stieg im Juli 2019 ein.", "de", [("funding", "stake_bought")]),
        ("2015 stieg Apple in den Automarkt ein.", "de", []),
        ("Abgeschlossen wurde die Beteiligung Anfang Juni 2020.", "de", [("funding", "stake_bought")]),
        ("Ford nimmt im dritten Quartal eine Abschreibung von 2,7 Milliarden Dollar vor.", "de",
         [("financial", "revenue")]),
        ("In April it sent out a faulty update, leaving many corporate PCs stuck in a cycle of reboots.", "en", []),
        ("Page ran Google as chief executive from its founding until 2001.", "en", []),
        # Stop 58: the forty-first set's.
        ("Wojcicki said on Thursday that she was stepping down as chief executive.", "en", [("departure", "resign")]),
        ("Apple Music war im Juni 2015 gestartet.", "de", [("launch", "launch")]),
        ("《个人信息保护法》于去年11月1日起施行。", "zh", [("legal", "take_effect")]),
        ("此次罚款是该法施行以来金额最大的一张罚单。", "zh", [("legal", "regulate")]),
        # Put in charge, given the job.
        ("Last October Page put him in charge of most of Google's products.", "en", [("appointment", "appoint")]),
        ("The board gave him the job permanently in January 2019.", "en", [("appointment", "appoint")]),
        ("He put the money in charge accounts.", "en", []),
        # Criminal proceedings, creditor protection, a court named in a compound; deposed as chief; a post handed on;
        # set up in a year; first put to commercial use.
        ("Im Dezember bekannten sich zudem Caroline Ellison und Gary Wang schuldig.", "de", [("legal", "charge")]),
        ("Er blieb die Antwort schuldig.", "de", []),
        ("He was indicted in December.", "en", [("legal", "charge")]),
        ("去年8月，德国一家法院裁定OPPO侵权。", "zh", [("legal", "charge"), ("legal", "charge")]),
        ("Am 11. November beantragte FTX in Delaware Gläubigerschutz.", "de", [("legal", "insolvency")]),
        ("Er gab die Erklärung am Dienstag vor dem Bundesgericht in Manhattan ab.", "de", [("legal", "regulate")]),
        ("Im April desselben Jahres wurde er als Chef abgesetzt.", "de", [("departure", "fire")]),
        ("Im April wurden zehn Millionen Geräte abgesetzt.", "de", []),
        ("He stepped down, handing the post to Parag Agrawal.", "en",
         [("departure", "resign"), ("appointment", "appoint")]),
        ("哲库由OPPO于2019年设立。", "zh", [("founding", "found")]),
        ("次年2月，这款芯片随Find X5系列手机首次商用。", "zh", [("launch", "launch")]),
        # Criminal charges and a trial (not a free one); tests begun being offered; barred from; a class action, a
        # settlement made known.
        ("Prosecutors announced criminal charges against her.", "en", [("other", "announce"), ("legal", "charge")]),
        ("The trial opened in September.", "en", [("legal", "charge")]),
        ("Sign up for a free trial of the app.", "en", []),
        ("Walgreens began offering those tests in September 2013.", "en", [("launch", "launch")]),
        ("The agency barred Holmes from owning a lab.", "en", [("legal", "regulate")]),
        ("Ein Kunde reichte eine Sammelklage ein.", "de", [("legal", "sue")]),
        ("Am 11. April gaben Sony und Hotz einen Vergleich bekannt.", "de",
         [("other", "announce"), ("legal", "settle")]),
        # A clause after a comma (read folded: an ASCII comma) sets up no unit: "合资成立，…的记忆体部门后来分拆为…".
        ("華亞科2003年由南亞科與德國英飛凌合資成立，英飛凌的記憶體部門後來分拆為奇夢達。", "zh",
         [("founding", "found")]),
        ("宣布成立Watson事业部。", "zh", [("other", "announce")]),
        # An authority's examination or order (not a company's).
        ("The Competition and Markets Authority examined that investment in 2020.", "en",
         [("legal", "review"), ("funding", "invest")]),
        ("In December the U.S. Consumer Financial Protection Bureau ordered Affirm and Zip to hand over data.", "en",
         [("legal", "review")]),
        ("Microsoft ordered its staff to stay home.", "en", []),
        # Staff laid off is no departure; a name taken is no founding; a licence agreed is a partnership; a law passed
        # and an exchange's listing system reformed are legal (the system alone is no listing); Hong Kong's words for
        # a day's open and close.
        ("Anfang Juli hatte Soundcloud 173 seiner Beschäftigten entlassen.", "de", [("other", "layoff")]),
        ("Im Juli wurde der Chef entlassen.", "de", [("departure", "fire")]),
        ("The company laid off 173 people in July.", "en", [("other", "layoff")]),
        ("It took its current name in 1975.", "en", [("other", "rename")]),
        ("Warner Music hatte Ende 2014 einen Lizenzvertrag unterschrieben.", "de", [("partnership", "partner")]),
        ("Ende 2015 einigte sich Soundcloud mit Universal Music auf eine Lizenz.", "de",
         [("partnership", "partner")]),
        ("双方次年达成和解，并签订了专利授权协议。", "zh", [("legal", "settle"), ("partnership", "partner")]),
        ("美國參議院上月20日一致通過《外國公司問責法案》。", "zh", [("legal", "regulate")]),
        ("港交所前年4月30日起實施上市制度改革。", "zh", [("legal", "regulate")]),
        ("港交所的上市制度允许同股不同权。", "zh", []),
        ("港交所行政總裁李小加當時形容，這是25年來最重大的上市制度改革。", "zh", []),
        ("当天，管理团队在纽约敲响了开市钟。", "zh", []),
        # An appointment a legislature confirms (not a former employer's partner); a registration statement or
        # offering documents filed.
        ("The same day, the Senate confirmed Gary Gensler, a former Goldman Sachs partner, as chairman of the SEC.",
         "en", [("appointment", "appoint")]),
        ("Nvidia confirmed the deal on Monday, as expected.", "en", []),
        ("In December, it had confidentially submitted a draft registration statement to the SEC.", "en",
         [("financial", "list_filing")]),
        ("WeWork had made its offering documents public on Aug. 14.", "en", [("financial", "list_filing")]),
        ("Mitgründer Peter Carlsson legte sein Amt als Vorstandschef nieder.", "de", [("departure", "resign")]),
        ("Seinen Börsenprospekt hatte Jumia im März bei der US-Börsenaufsicht eingereicht.", "de",
         [("financial", "list_filing")]),
        ("Uber hatte am Donnerstag seinen Börsenprospekt veröffentlicht.", "de", [("financial", "list_filing")]),
        ("The ride-hailing company had filed confidentially for its offering in December.", "en",
         [("financial", "list_filing")]),
        ("新浪由四通利方与华渊资讯于1998年合并组建。", "zh", [("founding", "found")]),
        ("閱文於2015年由騰訊文學與原盛大文學整合而成。", "zh", [("founding", "found")]),
        ("微博于周三确定了发行价。", "zh", [("financial", "offer")]),
        ("網易今早以133港元開市，全日收報130港元。", "zh", [("financial", "market"), ("financial", "market")]),
        # Control taken or handed to a buyer; money put up for a purchase is the purchase; a job given up; staff
        # laid off is no one's departure.
        ("昆仑万维入主Grindr始于2016年。", "zh", [("acquisition", "acquire")]),
        ("当年1月，公司以约9300万美元取得Grindr的多数股权。", "zh", [("acquisition", "acquire_control")]),
        ("2016年4月，阿里巴巴曾以约10亿美元取得Lazada的控股权。", "zh", [("acquisition", "acquire_control")]),
        ("因未能在截止日前取得德國政府核准。", "zh", []),
        ("昆仑集团已达成协议，拟将所持Grindr约98.59%的股权转让给后者。", "zh", [("acquisition", "sold")]),
        ("2017年5月，昆仑万维出资1.52亿美元收购其余38.47%的股权。", "zh", [("acquisition", "acquire")]),
        ("Bhatt gave up his share of the chief executive job last November.", "en", [("departure", "resign")]),
        ("Am 20. Dezember kündigte Lilium dem Großteil seiner rund 1000 Beschäftigten.", "de", []),
        ("Der Aufsichtsrat hat Vorstandschef Müller entlassen.", "de", [("departure", "fire")]),
        ("法人認為，新唐今年下半年起將開始合併PSCS營收。", "zh", [("financial", "revenue")]),
        # A purchase contract signed; an offer put forward.
        ("Die Investorengruppe habe einen Kaufvertrag für das Geschäft der beiden Töchter unterzeichnet.", "de",
         [("acquisition", "acquire")]),
        ("Im Januar hatte der israelische Spieleanbieter Playtika ein Angebot vorgelegt.", "de",
         [("acquisition", "bid")]),
        ("英國警方則於12月15日在伯克郡拘捕一名21歲男子。", "zh", [("legal", "arrest")]),
        # A company sold told by "it" after its founding (not a thing sold to customers); a post taken up.
        ("He had earlier co-founded Yammer, the workplace social network, and sold it to Microsoft for $1.2 billion "
         "in 2012.", "en", [("founding", "found"), ("acquisition", "sold")]),
        ("The company sold it to customers in 2012.", "en", []),
        ("Denham took up the post in July, succeeding Christopher Graham.", "en", [("appointment", "appoint")]),
        # A rejection is a happening, typed by what it rejects where a typed trigger names it.
        ("In February it rejected an unsolicited approach from a group of private-equity firms.", "en",
         [("other", "reject")]),
        ("Late that year it turned down a takeover offer from Google.", "en", [("other", "reject"),
                                                                               ("acquisition", "bid")]),
        ("Ende Januar lehnte Brüssel zudem den Antrag ab, den Fall abzugeben.", "de", [("other", "reject")]),
        # Names added to a list join no one.
        ("美國商務部周五宣布，將77個實體加入出口管制「實體清單」。", "zh",
         [("other", "announce"), ("legal", "regulate"), ("legal", "regulate")]),
        # A merger agreement signed; a price a share offered; a bid a board calls superior.
        ("Am Freitag unterzeichneten Merck und Versum einen verbindlichen Fusionsvertrag.", "de",
         [("acquisition", "merge")]),
        ("Am 27. Februar ging Merck mit einer Offerte von 48 Dollar je Aktie dazwischen.", "de",
         [("acquisition", "bid")]),
        ("Am Montag erklärte Versum das erhöhte Gebot schließlich für überlegen.", "de", [("acquisition", "bid")]),
        # A settlement, a plea of not guilty, a trial opened, a witness in court; an offer's price set, a listing filed.
        ("次年11月，联电与美光宣布达成全球和解。", "zh", [("other", "announce"), ("legal", "settle")]),
        ("福建晋华则于2019年作无罪答辩。", "zh", [("legal", "charge")]),
        ("该案去年进入庭审。", "zh", [("legal", "charge")]),
        ("福建晋华董事长去年8月从中国远程出庭作证。", "zh", [("legal", "charge")]),
        ("Appier上週一（22日）將公開發行價訂為每股1600日圓。", "zh", [("financial", "offer")]),
        ("Appier在2月24日向日本主管機關提交上市申報文件。", "zh", [("financial", "list_filing")]),
        # A takeover offer's own steps: its offer document published (no launch), its minimum acceptance passed, a
        # bidding contest won; a prospectus laid open; an exchange joined to its country.
        ("Noch am selben Abend veröffentlichte Silver Lake die Angebotsunterlage.", "de", [("acquisition", "bid")]),
        ("Bereits am Freitag hatte ams gemeldet, die Mindestannahmeschwelle von 55 Prozent überschritten zu haben.",
         "de", [("acquisition", "bid")]),
        ("Merck setzt sich im Bieterkampf um Versum durch", "de", [("acquisition", "bid")]),
        ("Anfang Oktober legte GlobalFoundries seinen Börsenprospekt offen.", "de", [("financial", "list_filing")]),
        ("Im Oktober 2019 ging die Firma an die US-Technologiebörse Nasdaq.", "de", [("financial", "list_on")]),
        # A game or an app that came out, not an article, nor a person who came (nor one in court).
        ("Die erste gemeinsame App, „Miitomo“, erschien im März in Japan.", "de", [("launch", "came_out")]),
        ("Das Rollenspiel des Warschauer Konzerns war am 10. Dezember erschienen.", "de", [("launch", "came_out")]),
        ("Dieser Artikel erschien zuerst im Newsletter „Fernost Wirtschaft“.", "de", []),
        ("Zur Gong-Zeremonie an der Börse erschien am Mittwoch keiner der Gründer.", "de", []),
        ("Der Chef erschien am Montag vor Gericht.", "de", [("legal", "regulate")]),
        # A company sold after its description, a price paid for the business told before, a top job taken.
        ("In September it agreed to sell the chip designer Arm Ltd to Nvidia.", "en", [("acquisition", "sold")]),
        ("Microsoft sold Windows licences to PC makers.", "en", []),
        ("Microsoft agreed in September to pay €5.44 billion for the business.", "en", [("acquisition", "pay")]),
        ("Whitman, who took the Quibi job in 2018, said.", "en", [("appointment", "appoint")]),
        ("Apotheker took over at HP in November 2010.", "en", [("appointment", "appoint")]),
        ("Elop went on to take the top job at the Finnish company in 2010.", "en", [("appointment", "appoint")]),
        # A listing in British usage, a filing made public, a stake bought in the passive; a cash injection; a price
        # set against the range; a video posted is no launch, a video model is; shareholders added.
        ("since Duracell raised $433 million in its 1991 flotation", "en", [("financial", "list")]),
        ("GoPro made its filing for the offering public last month.", "en", [("financial", "list_filing")]),
        ("In 2012 a 9 percent stake in the company was bought by Foxconn.", "en", [("funding", "invest")]),
        ("An Heiligabend 2003 rettete eine Geldspritze des Verwaltungsratschefs die junge Firma.", "de",
         [("funding", "invest")]),
        ("Am Dienstagabend hatten King und seine Banken den Preis auf 22,50 Dollar festgelegt, die Mitte der "
         "angepeilten Spanne.", "de", [("financial", "offer")]),
        ("2021年，他在嗶哩嗶哩（B站）發佈改裝自動駕駛單車的影片，在網上走紅。", "zh", []),
        ("生数科技与清华大学联合发布了视频大模型Vidu。", "zh", [("launch", "launch")]),
        # A price a share raised is a bid, a product's is not; a critique published is no launch; a chief's job handed
        # on; an aircraft's certificate, a patent's invalidation asked for, trading halted.
        ("Mitte Januar hatte Capgemini den Preis von 14 auf 14,50 Euro je Aktie erhöht.", "de",
         [("acquisition", "bid_price")]),
        ("Apple hat den Preis für das iPhone erhöht.", "de", []),
        ("Ende November veröffentlichte der Fonds eine ausführliche Kritik an dem Angebot.", "de", []),
        ("He handed the chief executive's job to Spencer Rascoff in September 2010.", "en",
         [("appointment", "appoint")]),
        ("去年10月13日，民航局向亿航颁发了EH216-S的型号合格证。", "zh", [("legal", "regulate")]),
        ("同年11月，苹果向国家知识产权局专利复审委员会请求宣告该专利无效。", "zh", [("legal", "regulate")]),
        ("長電A股同日起停牌。", "zh", [("financial", "market")]),
        # A company bought into, a float on an exchange, a plan unveiled (no launch), a listing's filing acknowledged.
        ("CapitalG, which bought into the company in 2018, did not sell.", "en", [("funding", "invest")]),
        ("It floated on the London Stock Exchange in July 2010 at 180p.", "en",
         [("financial", "list"), ("financial", "market")]),
        ("the plan the Cincinnati-based chain unveiled last October to modernise its stores", "en", []),
        ("OpenAI launched ChatGPT Plus, a paid plan, in February.", "en", [("launch", "launch")]),
        ("去年12月21日獲中國證監會發出境外上市備案通知書。", "zh", [("legal", "regulate")]),
        ("Im November 2013 hatte die Deutsche Telekom 70 Prozent an Scout24 an Hellman & Friedman verkauft.", "de",
         [("acquisition", "sell_share")]),
        ("Der Konzern hat 5 Prozent an Aktionäre verkauft.", "de", []),
        ("本週四（24日），上海智元新創技術有限公司完成工商變更，新增比亞迪股份有限公司等為股東。", "zh",
         [("funding", "invest")]),
    ],
)
def test_trigger_types(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    from ainews_cli import han
    from ainews_cli.events import load_triggers

    read = han.normalised(text) if lang in han.FOLDED else text
    assert [(hit.type, hit.action) for hit in load_triggers().find(read, lang)] == expected


def test_a_call_not_returned_is_no_event_and_the_company_hired_from_takes_no_part() -> None:
    names = {"HP": "ORG", "Mark Hurd": "PERSON", "NCR": "ORG"}
    assert _events("A lawyer for Mark Hurd did not return a call on Wednesday.", "en", names, "2010-09-08") == []
    assert _events("HP hired Mark Hurd in 2005 from NCR.", "en", names, "2010-09-08") == \
        [("2005", "appointment", ["HP", "Mark Hurd"])]


@pytest.mark.parametrize("text", ["據報道，聯想與IBM去年曾就收購該業務進行談判。", "市場去年曾盛傳聯想有意收購黑莓。",
                                  "但聯想去年最終未有提出收購建議。"])
def test_chinese_talks_rumours_and_offers_never_made_are_no_purchase(text: str) -> None:
    # Talks about a purchase (就 right before it), a rumoured one, one never offered.
    events = _events(text, "zh", {"聯想": "ORG", "IBM": "ORG", "黑莓": "ORG"}, "2014-01-24")
    assert events and all(kind != "acquisition" for _, kind, _ in events)


def test_a_founding_takes_its_founders_from_the_fact_of_its_sentence() -> None:
    from ainews_cli.dates import find_dates
    from ainews_cli.facts import extract_facts
    from ainews_cli.records import PubDate, Span

    text = ("OpenAI was founded in 2015 as a non-profit research lab by a group that included Elon Musk, "
            "Sam Altman, Greg Brockman and Ilya Sutskever.")
    names = ["OpenAI", "Elon Musk", "Sam Altman", "Greg Brockman", "Ilya Sutskever"]
    entities = [EntityMention(n, text.index(n), text.index(n) + len(n), "ORG" if n == "OpenAI" else "PERSON", n,
                              "alias") for n in names]
    sentences = [Sentence(0, len(text), "en")]
    dates = find_dates(text, spans=[Span(0, len(text), "en", "x")], sentences=[(0, len(text))],
                       published=PubDate("2023-11-20", "json"))
    facts = extract_facts(text, sentences, entities, dates)
    [event] = event_mentions(text, sentences, entities, dates, facts)
    assert event.type == "founding" and {p.name for p in event.participants} == set(names)
    # Without the fact the names near the date and the trigger take part, and those listed with them.
    [bare] = event_mentions(text, sentences, entities, dates)
    assert {p.name for p in bare.participants} == set(names)
    cut = text.replace("Elon Musk, Sam Altman", "Elon Musk (then at Tesla) with Sam Altman")
    moved = [replace(e, start=cut.index(e.name), end=cut.index(e.name) + len(e.name)) for e in entities]
    [alone] = event_mentions(cut, [Sentence(0, len(cut), "en")], moved,
                             find_dates(cut, spans=[Span(0, len(cut), "en", "x")], sentences=[(0, len(cut))],
                                        published=PubDate("2023-11-20", "json")))
    assert {p.name for p in alone.participants} < set(names)


def test_a_cited_source_takes_no_part() -> None:
    from ainews_cli.dates import find_dates
    from ainews_cli.records import PubDate, Span

    text = "In 2018 Musk, according to a Semafor report earlier this year, attempted to take over the company."
    entities = [EntityMention("Musk", 8, 12, "PERSON", "Elon Musk", "alias"),
                EntityMention("Semafor", 29, 36, "ORG", "Semafor", "alias")]
    assert text[29:36] == "Semafor"
    sentences = [Sentence(0, len(text), "en")]
    dates = find_dates(text, spans=[Span(0, len(text), "en", "x")], sentences=[(0, len(text))],
                       published=PubDate("2023-11-20", "json"))
    found = event_mentions(text, sentences, entities, dates)
    assert [(m.date.calendar_value, [p.name for p in m.participants]) for m in found] == [("2018", ["Elon Musk"])]


def test_an_example_is_no_cited_source() -> None:
    from ainews_cli.dates import find_dates
    from ainews_cli.records import PubDate, Span

    text = "Auch andere Chipwerte wie AMD gerieten am Dienstag unter Druck."
    entities = [EntityMention("AMD", 26, 29, "ORG", "AMD", "alias")]
    sentences = [Sentence(0, len(text), "de")]
    dates = find_dates(text, spans=[Span(0, len(text), "de", "x")], sentences=[(0, len(text))],
                       published=PubDate("2024-09-04", "json"))
    found = event_mentions(text, sentences, entities, dates)
    assert [[p.name for p in m.participants] for m in found] == [["AMD"]]


# --- which trigger governs the date, and who takes part -----------------------------------

def read(sentences: list[str], lang: str, names: list[tuple[str, str, str]], published: str,
         *, with_facts: bool = True, written: str | None = None) -> list[tuple[str, str, set[str]]]:
    """(date, type, participants) of each event mention of the text made of ``sentences``,
    with ``names`` (surface, label, canonical name) tagged at every occurrence."""
    from ainews_cli.dates import find_dates
    from ainews_cli.facts import extract_facts
    from ainews_cli.records import PubDate, Span

    joiner = "" if lang == "zh" else " "
    text = joiner.join(sentences)
    bounds, at = [], 0
    for sentence in sentences:
        bounds.append((at, at + len(sentence)))
        at += len(sentence) + len(joiner)
    entities, taken = [], set()
    for surface, label, name in sorted(names, key=lambda n: -len(n[0])):
        at = text.find(surface)
        while at >= 0:
            if not taken & set(range(at, at + len(surface))):
                entities.append(EntityMention(surface, at, at + len(surface), label, name, "alias"))
                taken.update(range(at, at + len(surface)))
            at = text.find(surface, at + 1)
    parts = [Sentence(start, end, lang) for start, end in bounds]
    dates = find_dates(text, spans=[Span(0, len(text), lang, "x")], sentences=bounds,
                       published=PubDate(published, "json"))
    facts = extract_facts(text, parts, entities, dates) if with_facts else ()
    return [(m.date.calendar_value, m.type, {p.name for p in m.participants})
            for m in event_mentions(text, parts, entities, dates, facts, written=written)]


ALTMAN = ("Altman", "PERSON", "Sam Altman")
OPENAI = ("OpenAI", "ORG", "OpenAI")


@pytest.mark.parametrize(("lang", "sentences", "names", "published", "expected"), [
    # A demand, a threat or a negotiation is not the happening it speaks of.
    ("en", ["On Monday, employees demanded the resignation of the board of OpenAI."], [OPENAI], "2023-11-21",
     ("2023-11-20", "other")),
    ("en", ["On Saturday, OpenAI was in talks with Altman about a return."], [OPENAI, ALTMAN], "2023-11-21",
     ("2023-11-18", "other")),
    ("en", ["On Saturday, investors pushed for the return of Altman to OpenAI."], [OPENAI, ALTMAN], "2023-11-21",
     ("2023-11-18", "other")),
    ("en", ["On Saturday, Altman returned to OpenAI."], [OPENAI, ALTMAN], "2023-11-21",
     ("2023-11-18", "appointment")),
    ("de", ["Am Wochenende verhandelte der Verwaltungsrat mit Altman über dessen Rückkehr zu OpenAI."],
     [OPENAI, ALTMAN], "2023-11-22", ("2023-W46-WE", "other")),
    ("de", ["Beschäftigte von OpenAI drohten am Montag in einem Brief mit der Kündigung."], [OPENAI],
     "2023-11-22", ("2023-11-20", "other")),
    ("de", ["Am Montag forderten sie den Rücktritt des Verwaltungsrats von OpenAI."], [OPENAI], "2023-11-22",
     ("2023-11-20", "other")),
    ("de", ["Am Montag trat der Verwaltungsrat von OpenAI zurück."], [OPENAI], "2023-11-22",
     ("2023-11-20", "departure")),
    ("zh", ["周六，OpenAI董事会与奥特曼谈判重返一事。"],
     [("OpenAI", "ORG", "OpenAI"), ("奥特曼", "PERSON", "Sam Altman")], "2023-11-21", ("2023-11-18", "other")),
    ("zh", ["周六，奥特曼重返OpenAI。"], [("OpenAI", "ORG", "OpenAI"), ("奥特曼", "PERSON", "Sam Altman")],
     "2023-11-21", ("2023-11-18", "appointment")),
    # ... nor is what may be: "各业务集团可独立融资".
    ("zh", ["阿里巴巴集团在2023年3月28日宣布，将拆分为六大业务集团，各业务集团可独立融资和上市。"],
     [("阿里巴巴集团", "ORG", "Alibaba Group")], "2023-04-12", ("2023-03-28", "other")),
    ("en", ["On March 28, 2023, Alibaba said it would split into six groups, each of which plans to raise funding."],
     [("Alibaba", "ORG", "Alibaba Group")], "2023-04-12", ("2023-03-28", "other")),
    ("de", ["Am 28. März 2023 kündigte Alibaba die Aufspaltung an; jede Gruppe plant eine Finanzierungsrunde."],
     [("Alibaba", "ORG", "Alibaba Group")], "2023-04-12", ("2023-03-28", "other")),
    # A trigger in a relative clause that does not hold the date describes someone.
    ("en", ["On Monday, Microsoft, which invested in OpenAI in 2019, said it would cut 10,000 jobs."],
     [("Microsoft", "ORG", "Microsoft"), OPENAI], "2023-01-25", ("2023-01-23", "other")),
    ("en", ["On Monday, Microsoft, which invested in OpenAI in 2019, said it would cut 10,000 jobs."],
     [("Microsoft", "ORG", "Microsoft"), OPENAI], "2023-01-25", ("2019", "funding")),
    ("de", ["Am Montag meldete Microsoft, welches 2019 in OpenAI investierte, einen Stellenabbau."],
     [("Microsoft", "ORG", "Microsoft"), OPENAI], "2023-01-25", ("2023-01-23", "other")),
    # 合作 right before another trigger says how it happened ("released together").
    ("zh", ["2023年7月，Meta与微软合作发布了Llama 2。"],
     [("Meta", "ORG", "Meta"), ("微软", "ORG", "Microsoft"), ("Llama 2", "PRODUCT", "Llama 2")], "2023-08-01",
     ("2023-07", "launch")),
    ("zh", ["2023年7月，Meta与微软宣布合作。"], [("Meta", "ORG", "Meta"), ("微软", "ORG", "Microsoft")],
     "2023-08-01", ("2023-07", "partnership")),
    # A deal that a later clause says failed did not happen on that clause's date.
    ("de", ["Ein Verkauf an Nvidia für 40 Milliarden Dollar, im September 2020 verkündet, scheiterte im Februar 2022."],
     [("Nvidia", "ORG", "Nvidia")], "2023-09-15", ("2022-02", "other")),
    # A Chinese trigger before 的 describes the name after it, unless the date stands in that modifier.
    ("zh", ["李开复创办的零一万物则在去年11月宣布完成新一轮融资。"], [("李开复", "PERSON", "Kai-Fu Lee"),
     ("零一万物", "ORG", "01.AI")], "2024-07-26", ("2023-11", "funding")),
    ("zh", ["马斯克2015年参与创办的OpenAI今年2月被他起诉。"], [("马斯克", "PERSON", "Elon Musk"), OPENAI], "2024-07-26",
     ("2015", "founding")),
    # Words for a role taken, a sale, a listing, a retirement.
    ("en", ["It made purchases under Nadella, who became chief executive in 2014."],
     [("Nadella", "PERSON", "Satya Nadella")], "2021-04-12", ("2014", "appointment")),
    ("en", ["The following year, in 2020, Slootman took the company public."],
     [("Slootman", "PERSON", "Frank Slootman")], "2024-02-29", ("2020", "financial")),
    ("en", ["Snowflake said late Wednesday that Frank Slootman would retire."], [("Snowflake", "ORG", "Snowflake")],
     "2024-02-29", ("2024-02-28", "departure")),
    ("de", ["Am 8. Februar 2022 übernahm Haas den Chefposten von Simon Segars."], [("Haas", "PERSON", "Rene Haas")],
     "2023-09-15", ("2022-02-08", "appointment")),
    ("de", ["Erst im August hatte Softbank dem eigenen Vision Fund dessen Anteil an Arm abgekauft."],
     [("Softbank", "ORG", "SoftBank")], "2023-09-15", ("2023-08", "acquisition")),
    ("zh", ["商汤在2021年12月30日于港交所挂牌。"], [("商汤", "ORG", "SenseTime")], "2024-04-25",
     ("2021-12-30", "financial")),
    # A law named in book-title marks in the date's clause makes its sentence legal.
    ("zh", ["2021年8月，全国人大常委会通过《個人資訊保護法》。"], [("全国人大常委会", "ORG", "NPC")], "2023-04-12",
     ("2021-08", "legal")),
    # A trigger right before a date that counts from it names what the date counts from.
    ("zh", ["该公司于去年11月30日推出ChatGPT，据估算，上线两个月后月活跃用户数即突破1亿。"],
     [("ChatGPT", "PRODUCT", "ChatGPT")], "2023-03-17", ("2023-01", "other")),
    ("zh", ["OpenAI于2022年11月30日推出ChatGPT。上线两个月后，OpenAI宣布融资。"],
     [OPENAI], "2023-03-17", ("2023-01", "funding")),
    # An investment the facts stage reads in the date's clause types it, though no trigger word does.
    ("de", ["Im vergangenen Jahr hatte sich SAP zudem an den KI-Start-ups Aleph Alpha und Cohere beteiligt."],
     [("SAP", "ORG", "SAP"), ("Aleph Alpha", "ORG", "Aleph Alpha"), ("Cohere", "ORG", "Cohere")], "2024-01-24",
     ("2023", "funding")),
    ("de", ["Am Montag beteiligte sich SAP an Aleph Alpha."], [("SAP", "ORG", "SAP"),
     ("Aleph Alpha", "ORG", "Aleph Alpha")], "2024-01-24", ("2024-01-22", "funding")),
    # An agreement under which money is invested is the investment.
    ("de", ["Nach der im Januar angekündigten Vereinbarung erhält OpenAI von Microsoft rund 10 Milliarden Dollar."],
     [OPENAI, ("Microsoft", "ORG", "Microsoft")], "2023-11-18", ("2023-01", "funding")),
    ("de", ["Im Januar schlossen OpenAI und Microsoft eine Vereinbarung."], [OPENAI, ("Microsoft", "ORG", "Microsoft")],
     "2023-11-18", ("2023-01", "partnership")),
])
def test_the_trigger_that_governs_the_date_types_it(lang: str, sentences: list[str], names: list[tuple[str, str, str]],
                                                    published: str, expected: tuple[str, str]) -> None:
    assert expected in [(value, kind) for value, kind, _ in read(sentences, lang, names, published)]


MICROSOFT = ("Microsoft", "ORG", "Microsoft")


@pytest.mark.parametrize(("lang", "sentences", "names", "published", "date", "present", "absent"), [
    # A description after "in", "mit", 向 is another party than the one acting in its clause.
    ("en", ["Anthropic is a rival of OpenAI.", "Anthropic released Claude.", "Amazon invested in the startup in 2023."],
     [("Anthropic", "ORG", "Anthropic"), OPENAI, ("Amazon", "ORG", "Amazon"), ("Claude", "PRODUCT", "Claude")],
     "2024-01-10", "2023", {"Amazon", "Anthropic"}, {"OpenAI"}),
    ("de", ["Für Microsoft ist die Entscheidung ein Schlag.", "OpenAI erhält von Microsoft Milliarden.",
            "Bereits 2019 hatte der Konzern eine Milliarde Dollar in das Start-up gesteckt."],
     [MICROSOFT, OPENAI], "2023-11-18", "2019", {"Microsoft", "OpenAI"}, set()),
    ("zh", ["Anthropic由前OpenAI员工创立。", "亚马逊于2023年9月宣布向该公司投资最多40亿美元。"],
     [("Anthropic", "ORG", "Anthropic"), ("OpenAI", "ORG", "OpenAI"), ("亚马逊", "ORG", "Amazon")],
     "2024-11-23", "2023-09", {"Amazon", "Anthropic"}, set()),
    # Traditional text is read folded: 該公司 is 该公司, and "LinkedIn共同創辦人" names a title, so
    # the company of the sentence before is Inflection.
    ("zh", ["Inflection於2022年由LinkedIn共同創辦人霍夫曼共同創立。", "該公司去年5月推出聊天機器人。"],
     [("Inflection", "ORG", "Inflection AI"), ("LinkedIn", "ORG", "LinkedIn"),
      ("霍夫曼", "PERSON", "Reid Hoffman")], "2024-03-22", "2023-05", {"Inflection AI"}, {"LinkedIn"}),
    # Without such a word the description is the one acting, already named: nothing is added.
    ("en", ["Anthropic is a rival of OpenAI.", "Amazon said in 2023 that the company would grow."],
     [("Anthropic", "ORG", "Anthropic"), OPENAI, ("Amazon", "ORG", "Amazon")], "2024-01-10", "2023",
     {"Amazon"}, {"Anthropic", "OpenAI"}),
    # Two organisations named: which one the description is would be a guess.
    ("en", ["Anthropic is a rival of OpenAI.",
            "Amazon invested $4 billion in Anthropic in 2023, a stake in the startup."],
     [("Anthropic", "ORG", "Anthropic"), OPENAI, ("Amazon", "ORG", "Amazon")], "2024-01-10", "2023",
     {"Amazon", "Anthropic"}, {"OpenAI"}),
    # A pronoun opening the sentence is the one person the sentence before names.
    ("en", ["Suleyman left Google in January 2022.", "He co-founded Inflection AI in 2022."],
     [("Suleyman", "PERSON", "Mustafa Suleyman"), ("Google", "ORG", "Google"),
      ("Inflection AI", "ORG", "Inflection AI")], "2024-03-20", "2022", {"Mustafa Suleyman", "Inflection AI"}, set()),
    ("de", ["Musk verließ 2018 den Verwaltungsrat von OpenAI.", "Er gründete 2023 das Unternehmen xAI."],
     [("Musk", "PERSON", "Elon Musk"), OPENAI, ("xAI", "ORG", "xAI")], "2024-08-06", "2023",
     {"Elon Musk", "xAI"}, set()),
    ("zh", ["马斯克是OpenAI的联合创始人之一，2018年离开该公司董事会。", "他于2023年创立人工智能公司xAI。"],
     [("马斯克", "PERSON", "Elon Musk"), ("OpenAI", "ORG", "OpenAI"), ("xAI", "ORG", "xAI")], "2024-08-06",
     "2023", {"Elon Musk", "xAI"}, set()),
    # ... and no one when it names two people, or the pronoun is plural.
    ("en", ["Musk met Altman in 2015.", "He founded xAI in 2023."],
     [("Musk", "PERSON", "Elon Musk"), ALTMAN, ("xAI", "ORG", "xAI")], "2024-08-06", "2023", {"xAI"},
     {"Elon Musk", "Sam Altman"}),
    ("zh", ["马斯克在2018年离开OpenAI。", "他们于2023年创立了xAI。"],
     [("马斯克", "PERSON", "Elon Musk"), ("OpenAI", "ORG", "OpenAI"), ("xAI", "ORG", "xAI")], "2024-08-06",
     "2023", {"xAI"}, {"Elon Musk"}),
    # A former employer named in a title or a past takes no part, but in a leaving.
    ("en", ["Anthropic was founded in 2021 by Dario Amodei and other former OpenAI employees."],
     [("Anthropic", "ORG", "Anthropic"), OPENAI, ("Dario Amodei", "PERSON", "Dario Amodei")], "2023-09-25",
     "2021", {"Anthropic", "Dario Amodei"}, {"OpenAI"}),
    ("de", ["Gegründet wurde Mistral AI im Frühjahr 2023 von Arthur Mensch, der zuvor bei Google DeepMind arbeitete."],
     [("Mistral AI", "ORG", "Mistral AI"), ("Arthur Mensch", "PERSON", "Arthur Mensch"),
      ("Google DeepMind", "ORG", "Google DeepMind")], "2023-12-11", "2023-SP", {"Mistral AI", "Arthur Mensch"},
     {"Google DeepMind"}),
    ("zh", ["Anthropic由OpenAI前研究副总裁达里奥·阿莫代伊于2021年创立。"],
     [("Anthropic", "ORG", "Anthropic"), ("OpenAI", "ORG", "OpenAI"), ("达里奥·阿莫代伊", "PERSON", "Dario Amodei")],
     "2024-11-23", "2021", {"Anthropic", "Dario Amodei"}, {"OpenAI"}),
    ("en", ["Sam Altman, the former chief executive of OpenAI, was fired on Friday."], [("Sam Altman", *ALTMAN[1:]),
     OPENAI], "2023-11-20", "2023-11-17", {"Sam Altman", "OpenAI"}, set()),
    # Every name listed with a participant takes part.
    ("en", ["In June 2023, Inflection raised $1.3 billion from investors including Microsoft and Nvidia, "
            "as well as Reid Hoffman, Bill Gates and Eric Schmidt."],
     [("Inflection", "ORG", "Inflection AI"), MICROSOFT, ("Nvidia", "ORG", "Nvidia"),
      ("Reid Hoffman", "PERSON", "Reid Hoffman"), ("Bill Gates", "PERSON", "Bill Gates"),
      ("Eric Schmidt", "PERSON", "Eric Schmidt")], "2024-03-20", "2023-06",
     {"Inflection AI", "Microsoft", "Nvidia", "Reid Hoffman", "Bill Gates", "Eric Schmidt"}, set()),
    ("de", ["OpenAI wurde 2015 als gemeinnützige Organisation für die Forschung an künstlicher Intelligenz von "
            "Sam Altman, Greg Brockman und Ilya Sutskever gegründet."],
     [OPENAI, ("Sam Altman", "PERSON", "Sam Altman"), ("Greg Brockman", "PERSON", "Greg Brockman"),
      ("Ilya Sutskever", "PERSON", "Ilya Sutskever")], "2023-11-18", "2015",
     {"OpenAI", "Sam Altman", "Greg Brockman", "Ilya Sutskever"}, set()),
    ("zh", ["2015年，一群关注人工智能安全的研究人员和创业者创立了OpenAI，其中包括马斯克、奥特曼和布罗克曼。"],
     [("OpenAI", "ORG", "OpenAI"), ("马斯克", "PERSON", "Elon Musk"), ("奥特曼", "PERSON", "Sam Altman"),
      ("布罗克曼", "PERSON", "Greg Brockman")], "2023-11-18", "2015",
     {"OpenAI", "Elon Musk", "Sam Altman", "Greg Brockman"}, set()),
    # ... also when the next is described after its article.
    ("de", ["Nvidia und der japanische Arm-Eigentümer SoftBank lösten ihre Vereinbarung am Dienstag auf, wie beide "
            "Unternehmen mitteilten."], [("Nvidia", "ORG", "Nvidia"), ("SoftBank", "ORG", "SoftBank")], "2022-02-09",
     "2022-02-08", {"Nvidia", "SoftBank"}, set()),
    ("en", ["Nvidia and the Japanese conglomerate SoftBank called off their agreement on Tuesday, the companies said."],
     [("Nvidia", "ORG", "Nvidia"), ("SoftBank", "ORG", "SoftBank")], "2022-02-09", "2022-02-08",
     {"Nvidia", "SoftBank"}, set()),
    # A name that is not listed with one stays out.
    ("en", ["In June 2023, Inflection raised $1.3 billion; the money will pay for the many thousands of chips "
            "that Nvidia makes."], [("Inflection", "ORG", "Inflection AI"), ("Nvidia", "ORG", "Nvidia")],
     "2024-03-20", "2023-06", {"Inflection AI"}, {"Nvidia"}),
    # A law or rule named in book-title marks takes part in a legal mention; a newspaper does not.
    ("zh", ["4月11日，国家互联网信息办公室发布《生成式人工智能服务管理办法（征求意见稿）》。"],
     [("国家互联网信息办公室", "ORG", "Cyberspace Administration of China")], "2023-04-12", "2023-04-11",
     {"Cyberspace Administration of China", "生成式人工智能服务管理办法"}, set()),
    ("zh", ["据《华尔街日报》报道，美国联邦贸易委员会周一对微软展开调查。"], [("微软", "ORG", "Microsoft")],
     "2023-04-12", "2023-04-10", {"Microsoft"}, {"华尔街日报"}),
    # Who takes over in the clause of a second happening of the date does not leave.
    ("zh", ["刘德音6月4日卸任董事长，由魏哲家接任。"],
     [("刘德音", "PERSON", "刘德音"), ("魏哲家", "PERSON", "C. C. Wei")], "2024-06-05", "2024-06-04", {"刘德音"},
     {"C. C. Wei"}),
    # Each dated conjunct of one sentence takes its own party, where it names one; the subject
    # before the first trigger and a party after a preposition are shared.
    ("en", ["Salesforce bought Slack for $27.7 billion in 2021 and Tableau for $15.7 billion in 2019."],
     [("Salesforce", "ORG", "Salesforce"), ("Slack", "ORG", "Slack"), ("Tableau", "ORG", "Tableau")],
     "2025-05-27", "2019", {"Salesforce", "Tableau"}, {"Slack"}),
    ("en", ["Salesforce bought Slack for $27.7 billion in 2021 and Tableau for $15.7 billion in 2019."],
     [("Salesforce", "ORG", "Salesforce"), ("Slack", "ORG", "Slack"), ("Tableau", "ORG", "Tableau")],
     "2025-05-27", "2021", {"Salesforce", "Slack"}, {"Tableau"}),
    ("zh", ["Salesforce曾于2019年以157亿美元收购Tableau，2021年以277亿美元收购Slack。"],
     [("Salesforce", "ORG", "Salesforce"), ("Slack", "ORG", "Slack"), ("Tableau", "ORG", "Tableau")],
     "2025-05-27", "2021", {"Salesforce", "Slack"}, {"Tableau"}),
    ("de", ["SAP kaufte 2018 Qualtrics und 2024 WalkMe."],
     [("SAP", "ORG", "SAP"), ("Qualtrics", "ORG", "Qualtrics"), ("WalkMe", "ORG", "WalkMe")],
     "2025-05-27", "2024", {"SAP", "WalkMe"}, {"Qualtrics"}),
    ("en", ["Microsoft invested $1 billion in OpenAI in 2019 and $10 billion in 2023."],
     [("Microsoft", "ORG", "Microsoft"), ("OpenAI", "ORG", "OpenAI")], "2025-05-27", "2023",
     {"Microsoft", "OpenAI"}, set()),
    # ... not across kinds of happening (one company may be founded in one and bought in the other),
    # nor the organisation of a chain of posts.
    ("en", ["DeepMind was founded in 2010 by Demis Hassabis, and Google bought it in 2014."],
     [("DeepMind", "ORG", "Google DeepMind"), ("Demis Hassabis", "PERSON", "Demis Hassabis"),
      ("Google", "ORG", "Google")], "2025-05-27", "2014", {"Google"}, set()),
    ("zh", ["他2007年加入阿里巴巴，2015年起出任首席执行官，2019年9月接替马云担任董事局主席。"],
     [("阿里巴巴", "ORG", "Alibaba Group"), ("马云", "PERSON", "Jack Ma")], "2025-05-27", "2019-09",
     {"Alibaba Group", "Jack Ma"}, set()),
    ("zh", ["他2007年加入阿里巴巴，2015年起出任首席执行官，2019年9月接替马云担任董事局主席。"],
     [("阿里巴巴", "ORG", "Alibaba Group"), ("马云", "PERSON", "Jack Ma")], "2025-05-27", "2007",
     {"Alibaba Group"}, {"Jack Ma"}),
    ("en", ["Microsoft bought Nuance in 2022 and, in 2023, merged it with its Azure unit."],
     [("Microsoft", "ORG", "Microsoft"), ("Nuance", "ORG", "Nuance"), ("Azure", "ORG", "Microsoft Azure")],
     "2025-05-27", "2023", {"Microsoft", "Nuance", "Microsoft Azure"}, set()),
    # ... and clauses of their own, each with its subject before its trigger, share nothing, whatever
    # they tell; unless a pronoun or a description stands for the other's party.
    ("en", ["Google acquired DeepMind in 2014, and Microsoft invested in OpenAI in 2019."],
     [("Google", "ORG", "Google"), ("DeepMind", "ORG", "Google DeepMind"), ("Microsoft", "ORG", "Microsoft"),
      ("OpenAI", "ORG", "OpenAI")], "2025-05-27", "2014", {"Google", "Google DeepMind"}, {"Microsoft", "OpenAI"}),
    ("en", ["Google acquired DeepMind in 2014, and Microsoft invested in OpenAI in 2019."],
     [("Google", "ORG", "Google"), ("DeepMind", "ORG", "Google DeepMind"), ("Microsoft", "ORG", "Microsoft"),
      ("OpenAI", "ORG", "OpenAI")], "2025-05-27", "2019", {"Microsoft", "OpenAI"}, {"Google", "Google DeepMind"}),
    ("zh", ["Salesforce27日宣布，将收购Informatica，是该公司自2021年收购Slack以来最大的并购案。"],
     [("Salesforce", "ORG", "Salesforce"), ("Informatica", "ORG", "Informatica"), ("Slack", "ORG", "Slack")],
     "2025-05-28", "2021", {"Salesforce", "Slack"}, {"Informatica"}),
    ("zh", ["他2010年与哈萨比斯共同创办DeepMind，该公司2014年被Google收购。"],
     [("哈萨比斯", "PERSON", "Demis Hassabis"), ("DeepMind", "ORG", "Google DeepMind"), ("Google", "ORG", "Google")],
     "2025-05-27", "2010", {"Demis Hassabis", "Google DeepMind"}, {"Google"}),
    ("en", ["Google invested $300 million in Anthropic in 2022 and Amazon $4 billion in 2023."],
     [("Google", "ORG", "Google"), ("Anthropic", "ORG", "Anthropic"), ("Amazon", "ORG", "Amazon")],
     "2025-05-27", "2023", {"Anthropic", "Amazon"}, set()),
    # A law the alias table knows takes part, and its making is legal.
    ("de", ["Die EU-Kommission hatte den Entwurf für den AI Act im April 2021 vorgelegt."],
     [("EU-Kommission", "ORG", "EU-Kommission"), ("AI Act", "MISC", "AI Act")], "2023-12-09", "2021-04",
     {"EU-Kommission", "AI Act"}, set()),
])
def test_participants_named_by_description_pronoun_list_or_not_at_all(
        lang: str, sentences: list[str], names: list[tuple[str, str, str]], published: str, date: str,
        present: set[str], absent: set[str]) -> None:
    found = [parts for value, _, parts in read(sentences, lang, names, published) if value == date]
    assert found, f"no mention on {date}"
    assert present <= found[0] and not absent & found[0], found[0]


def test_a_law_types_a_sentence_legal_but_a_model_misc_span_takes_no_part() -> None:
    law = read(["Die EU-Kommission hatte den Entwurf für den AI Act im April 2021 vorgelegt."], "de",
               [("EU-Kommission", "ORG", "EU-Kommission"), ("AI Act", "MISC", "AI Act")], "2023-12-09")
    assert [kind for value, kind, _ in law if value == "2021-04"] == ["legal"]
    from ainews_cli.dates import find_dates
    from ainews_cli.records import PubDate, Span

    text = "Die EU-Kommission hatte den Entwurf für den Superplan im April 2021 vorgelegt."
    entities = [EntityMention("EU-Kommission", 4, 17, "ORG", "EU-Kommission", "alias"),
                EntityMention("Superplan", 44, 53, "MISC", "Superplan", "model:de_core_news_sm")]
    dates = find_dates(text, spans=[Span(0, len(text), "de", "x")], sentences=[(0, len(text))],
                       published=PubDate("2023-12-09", "json"))
    [found] = event_mentions(text, [Sentence(0, len(text), "de")], entities, dates)
    assert found.type == "other" and [p.name for p in found.participants] == ["EU-Kommission"]


def test_a_role_holder_acting_alone_brings_the_organisation_where_the_document_places_him() -> None:
    found = read(["OpenAI president Greg Brockman spoke at the conference.",
                  "Brockman said on Monday that he would take a sabbatical until the end of the year."],
                 "en", [OPENAI, ("Greg Brockman", "PERSON", "Greg Brockman"), ("Brockman", "PERSON", "Greg Brockman")],
                 "2024-08-06")
    assert ("2024-08-05", "other", {"Greg Brockman", "OpenAI"}) in found


def test_a_partnership_beside_an_investment_is_between_its_parties() -> None:
    found = read(['Microsoft said on Monday that it was making a "multiyear, multibillion dollar investment" in '
                  "OpenAI, the San Francisco company behind the chatbot ChatGPT, in what it called the third phase "
                  "of a partnership that began in 2019."],
                 "en", [MICROSOFT, OPENAI, ("ChatGPT", "PRODUCT", "ChatGPT")], "2023-01-23")
    [(_, kind, parts)] = [item for item in found if item[0] == "2019"]
    assert kind == "partnership" and {"Microsoft", "OpenAI"} <= parts


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("the United States said on Monday", "en", []),
    ("Microsoft courted OpenAI for months", "en", []),
    ("a federal court in San Francisco", "en", [("legal", "regulate")]),
    ("in return for a stake of 49 percent", "en", []),
    ("Altman will return to OpenAI", "en", [("appointment", "return")]),
    ("the company is committed to safety", "en", []),
    ("Microsoft committed $10 billion", "en", [("funding", "invest")]),
    ("the two companies unite", "en", [("partnership", "partner")]),
    ("a startup named Inflection", "en", []),
    ("the startup named Sean White chief executive", "en", [("appointment", "appoint")]),
    ("Am Montag trat der Verwaltungsrat zurück", "de", [("departure", "resign")]),
    ("OpenAI共同创办人苏茨克维宣布离开公司", "zh", [("other", "announce"), ("departure", "leave")]),
    ("他于2023年创办人工智能公司xAI", "zh", [("founding", "found")]),
    ("百度港股当日收跌", "zh", [("financial", "market")]),
    # What is said on an earnings call is no result of that day.
    ("Li said on the earnings call", "en", []),
    # Fines and proceedings are regulation; "Verfahren" alone is a method.
    ("Die Behörde hatte gegen den Konzern eine Strafe von 200 Millionen Euro verhängt", "de",
     [("legal", "regulate"), ("legal", "regulate")]),
    ("Die EU-Kommission hat ein Verfahren gegen den Konzern eingeleitet", "de", [("legal", "regulate")]),
    ("Ein neues Verfahren zur Herstellung von Chips", "de", []),
    ("The commission opened formal proceedings against the chipmaker", "en", [("legal", "regulate")]),
    ("监管部门对该公司作出行政处罚", "zh", [("legal", "regulate"), ("legal", "regulate")]),
    # A participle before its noun describes the thing: no merger, takeover or firing that day.
    ("Hassabis would run the merged lab", "en", []),
    ("the newly acquired startup", "en", []),
    ("its ousted chief executive", "en", []),
    ("Google merged its two labs", "en", [("acquisition", "merge")]),
    ("the lab was merged with DeepMind", "en", [("acquisition", "merge")]),
    ("Hassabis leitet das fusionierte Labor", "de", []),
    ("dass das übernommene Start-up Signavio eigenständig bleibt", "de", []),
    ("das neu gegründete Unternehmen", "de", []),
    # ... but a relative clause tells one: "that", "die" open it as often as they point.
    ("the startup that launched its first model", "en", [("launch", "launch")]),
    ("the company that acquired rival Splunk", "en", [("acquisition", "acquire")]),
    ("The board that fired its chief executive", "en", [("departure", "fire")]),
    ("Die Firmen, die fusionierten, wuchsen", "de", [("acquisition", "merge")]),
    ("Google fusionierte seine beiden Labore", "de", [("acquisition", "merge")]),
    ("哈萨比斯将负责合并后的实验室", "zh", []),
    ("谷歌将两个实验室合并", "zh", [("acquisition", "merge")]),
    # Concerns and questions raised are no money raised.
    ("Lawmakers raised concerns about the chipmaker's ties", "en", []),
    ("the deal is raising new questions", "en", []),
    ("the startup raised $40 million", "en", [("funding", "raise")]),
    ("李彦宏在财报电话会上表示", "zh", []),
    # A statement or a speech is issued, with the aspect particle or without; a product is launched.
    ("马云发表了讲话", "zh", []),
    ("百度发布了一份声明", "zh", []),
    ("百度发布了文心一言", "zh", [("launch", "launch")]),
    # Open-sourcing a model launches it.
    ("智谱AI开源了对话模型ChatGLM-6B", "zh", [("launch", "launch")]),
    ("Meta open-sourced Llama 2", "en", [("launch", "launch")]),
])
def test_words_that_only_look_like_a_trigger(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    from ainews_cli.events import load_triggers

    assert [(hit.type, hit.action) for hit in load_triggers().find(text, lang)] == expected


def _events(text: str, lang: str, names: dict[str, str], published: str) -> list[tuple[str, str, list[str]]]:
    """The event mentions of ``text``, its sentences ended by "." or "。", ``names`` (name -> label) its entities."""
    import re

    from ainews_cli.dates import find_dates
    from ainews_cli.records import PubDate, Span

    sentences = [Sentence(m.start(), m.end(), lang) for m in re.finditer(r"[^.。]+[.。]?", text) if m.group().strip()]
    dates = find_dates(text, spans=[Span(0, len(text), lang, "x")], sentences=[(s.start, s.end) for s in sentences],
                       published=PubDate(published, "json"))
    entities = sorted((EntityMention(name, m.start(), m.end(), label, name, "alias") for name, label in names.items()
                       for m in re.finditer(re.escape(name), text)), key=lambda e: e.start)
    return [(m.date.calendar_value, m.type, sorted(p.name for p in m.participants))
            for m in event_mentions(text, sentences, entities, dates)]


@pytest.mark.parametrize(
    ("text", "lang", "names", "expected"),
    [
        # A pronoun stands for the one person named before it, in its sentence or the one before.
        ("Mira Murati joined OpenAI in 2018. In March 2024 she left OpenAI.", "en",
         {"Mira Murati": "PERSON", "OpenAI": "ORG"},
         [("2018", "appointment", ["Mira Murati", "OpenAI"]), ("2024-03", "departure", ["Mira Murati", "OpenAI"])]),
        ("Jennifer Morgan führte SAP. Im April 2020 verließ sie SAP.", "de",
         {"Jennifer Morgan": "PERSON", "SAP": "ORG"},
         [("2020-04", "departure", ["Jennifer Morgan", "SAP"])]),
        # ... also through the sentence before, whose own pronoun stood for that person.
        ("苏莱曼并非新面孔。他2010年与哈萨比斯共同创办DeepMind。他2019年离开DeepMind。", "zh",
         {"苏莱曼": "PERSON", "哈萨比斯": "PERSON", "DeepMind": "ORG"},
         [("2010", "founding", ["DeepMind", "哈萨比斯", "苏莱曼"]), ("2019", "departure", ["DeepMind", "苏莱曼"])]),
        # Two people before it: whom it means is not ours to guess.
        ("Sam Altman met Satya Nadella. In 2019 he joined OpenAI.", "en",
         {"Sam Altman": "PERSON", "Satya Nadella": "PERSON", "OpenAI": "ORG"}, [("2019", "appointment", ["OpenAI"])]),
        ("Klein und Morgan führten SAP. Im April 2020 verließ er SAP.", "de",
         {"Klein": "PERSON", "Morgan": "PERSON", "SAP": "ORG"}, [("2020-04", "departure", ["SAP"])]),
        # 他们 is "they", no one person.
        ("奥特曼是新面孔。他们2023年加入微软。", "zh", {"奥特曼": "PERSON", "微软": "ORG"},
         [("2023", "appointment", ["微软"])]),
        # A date after the day the article was written dates no happening: a target, a schedule.
        ("Developers will reach Gemini Pro through Google from December 13.", "en", {"Google": "ORG"}, []),
        ("Google unveiled Gemini on December 6.", "en", {"Google": "ORG"}, [("2023-12-06", "launch", ["Google"])]),
        ("Im kommenden Jahr peilt SAP einen Cloud-Umsatz von 21,5 Milliarden Euro an.", "de", {"SAP": "ORG"}, []),
        ("百度将于12月20日发布新模型。", "zh", {"百度": "ORG"}, []),
        # A state or a count as of a date is no happening, unless a typed trigger is near.
        ("Heute hält SoftBank 75 Prozent der Anteile.", "de", {"SoftBank": "ORG"}, []),
        ("As of March, OpenAI had 100 million users.", "en", {"OpenAI": "ORG"}, []),
        ("As of November 1, Microsoft had invested $13 billion in OpenAI.", "en", {"Microsoft": "ORG", "OpenAI": "ORG"},
         [("2023-11-01", "funding", ["Microsoft", "OpenAI"])]),
        ("截至12月1日，已有650家企业宣布接入百度生态。", "zh", {"百度": "ORG"}, []),
        # An agreement looked for is none made; one reached is.
        ("The Times approached Microsoft in April to look for an agreement.", "en", {"Microsoft": "ORG"},
         [("2023-04", "other", ["Microsoft"])]),
        ("The Times reached an agreement with Microsoft in April.", "en", {"Microsoft": "ORG"},
         [("2023-04", "partnership", ["Microsoft"])]),
        # What was scheduled before a change did not happen that day.
        ("商湯原定本月17日掛牌，招股當時已接近尾聲。", "zh", {"商湯": "ORG"}, []),
        ("商湯本月5日掛牌。", "zh", {"商湯": "ORG"}, [("2023-12-05", "financial", ["商湯"])]),
        # What a business does these days is a state; what it did today is not.
        ("Today the company sells computing time to AI labs, CoreWeave said.", "en", {"CoreWeave": "ORG"}, []),
        ("Today CoreWeave announced a data center in Texas.", "en", {"CoreWeave": "ORG"},
         [("2023-12-07", "other", ["CoreWeave"])]),
        # A name after a noun for a kind of product is launched, even where the entity stage made it
        # an organisation; an organisation named right after the word is founded.
        ("今年5月15日，百度在武汉发布了自动驾驶大模型Apollo ADFM。", "zh", {"百度": "ORG", "Apollo": "ORG"},
         [("2023-05-15", "launch", ["Apollo", "Apollo ADFM", "百度"])]),
        ("Sutskever launched SSI in June.", "en", {"Sutskever": "PERSON", "SSI": "ORG"},
         [("2023-06", "founding", ["SSI", "Sutskever"])]),
        # The writer's own doings are no happening.
        ("Ich habe Helsing im vergangenen Jahr besucht.", "de", {"Helsing": "ORG"}, []),
        ("笔者周三在阿里云官网按新价格算了一笔账。", "zh", {"阿里云": "ORG"}, []),
        # A photo credit makes its line a caption.
        ("輝達執行長黃仁勳2日晚間在台大體育館發表演講。（本報記者林家瑋攝）", "zh", {"輝達": "ORG"}, []),
        ("超微執行長蘇姿丰在主題演講中展示新晶片。（中央社記者吳家豪攝　112年12月3日）", "zh", {"超微": "ORG"}, []),
        ("超微执行长苏姿丰12月3日在主题演讲中展示新芯片。（新华社记者李明摄）", "zh", {"超微": "ORG"}, []),
        # A dateline's date beside the lead's own dates dates no happening.
        ("BERLIN, 7. Dezember 2023 – Microsoft hat am Montag in Deutschland investiert.", "de", {"Microsoft": "ORG"},
         [("2023-12-04", "funding", ["Microsoft"])]),
        # ... nor a state up to that day.
        ("Mitgründer Plattner ist bis heute Vorsitzender des Aufsichtsrats.", "de", {"Plattner": "PERSON"}, []),
        # ... nor an anniversary.
        ("Am Montag feierte Facebook seinen fünfzehnten Geburtstag.", "de", {"Facebook": "ORG"}, []),
        # A name glossed in parentheses breaks no clause; a trigger beyond ";" types no date.
        ("哈萨比斯2010年与谢恩·莱格（Shane Legg）、苏莱曼（Mustafa Suleyman）共同创办DeepMind。", "zh",
         {"哈萨比斯": "PERSON", "DeepMind": "ORG"}, [("2010", "founding", ["DeepMind", "哈萨比斯"])]),
        ("阿里云成立于2009年；2020年，阿里云宣布投入2000亿元。", "zh", {"阿里云": "ORG"},
         [("2009", "founding", ["阿里云"]), ("2020", "other", ["阿里云"])]),
        ("Arm was founded in 1990; in 2016, Arm said nothing.", "en", {"Arm": "ORG"},
         [("1990", "founding", ["Arm"]), ("2016", "other", ["Arm"])]),
    ],
)
def test_pronouns_future_dates_states_and_breaks(text: str, lang: str, names: dict[str, str],
                                                 expected: list[tuple[str, str, list[str]]]) -> None:
    published = "2023-12-07"
    assert _events(text, lang, names, published) == expected


GOOGLE, ALPHABET, BARD = ("Google", "ORG", "Google"), ("Alphabet", "ORG", "Alphabet"), ("Bard", "PRODUCT", "Bard")


@pytest.mark.parametrize(("lang", "sentences", "names", "published", "expected"), [
    # Launching an organisation founds it; launching a product launches it.
    ("en", ["Sutskever launched SSI in June 2024."], [("Sutskever", "PERSON", "Ilya Sutskever"), ("SSI", "ORG", "SSI")],
     "2024-09-05", ("2024-06", "founding")),
    ("en", ["Google launched Bard in March 2023."], [GOOGLE, BARD], "2024-09-05", ("2023-03", "launch")),
    ("de", ["Sutskever startete im Juni 2024 SSI."], [("Sutskever", "PERSON", "Ilya Sutskever"), ("SSI", "ORG", "SSI")],
     "2024-09-05", ("2024-06", "founding")),
    # ... but in "Im Juni startete Google SSI" the name after the verb may be its subject.
    ("de", ["Im Juni 2024 startete Google SSI."], [GOOGLE, ("SSI", "ORG", "SSI")], "2024-09-05", ("2024-06", "launch")),
    ("zh", ["2024年6月，苏茨克维推出SSI。"], [("苏茨克维", "PERSON", "Ilya Sutskever"), ("SSI", "ORG", "SSI")],
     "2024-09-05", ("2024-06", "founding")),
    # ... not where the organisation's name is only the start of the product's: "小米SU7" is Xiaomi's car.
    ("zh", ["2024年3月28日，雷军在北京发布了小米SU7。"], [("雷军", "PERSON", "Lei Jun"), ("小米", "ORG", "Xiaomi")],
     "2024-03-29", ("2024-03-28", "launch")),
    # ... nor one after an agent's word: HTC made the phone Google launched.
    ("zh", ["Google於2017年10月4日發表的手機由宏達電代工。"], [GOOGLE, ("宏達電", "ORG", "HTC")], "2018-02-02",
     ("2017-10-04", "launch")),
    # ... nor one a few characters and 的 make the maker of what follows.
    ("zh", ["余承东8月9日在大会上正式发布华为自主研发的操作系统鸿蒙OS。"],
     [("余承东", "PERSON", "余承东"), ("华为", "ORG", "Huawei")], "2019-08-10", ("2019-08-09", "launch")),
    # A date opening its clause dates what follows it, not the trigger of the clause before.
    ("en", ["Google unveiled Bard on February 6, but on February 8, Alphabet lost $100 billion in market value."],
     [GOOGLE, ALPHABET, BARD], "2024-06-30", ("2024-02-08", "financial")),
    ("de", ["Google stellte Bard am 6. Februar vor, aber am 8. Februar, nach einer Panne, verlor Alphabet "
            "100 Milliarden Dollar an Börsenwert."], [GOOGLE, ALPHABET, BARD], "2024-06-30",
     ("2024-02-08", "financial")),
    ("zh", ["谷歌于2月6日推出Bard，但2月8日，Alphabet的市值蒸发约1000亿美元。"],
     [("谷歌", "ORG", "Google"), ALPHABET, BARD], "2024-06-30", ("2024-02-08", "financial")),
    # Announcing a product launches it; announcing something else types nothing.
    ("en", ["Google announced its new Bard chatbot on February 6, 2023."], [GOOGLE, BARD], "2023-03-01",
     ("2023-02-06", "launch")),
    ("en", ["Google announced on February 6, 2023 that Bard users grew."], [GOOGLE, BARD], "2023-03-01",
     ("2023-02-06", "other")),
    # ... a German day inside the separated verb is a word of it: "kündigte am 6. Februar … an" announces.
    ("de", ["Google kündigte am 6. Februar 2023 Bard an."], [GOOGLE, BARD], "2023-03-01", ("2023-02-06", "launch")),
    ("zh", ["2023年2月6日，谷歌宣布了Bard。"], [("谷歌", "ORG", "Google"), BARD], "2023-03-01",
     ("2023-02-06", "launch")),
    ("zh", ["2023年2月6日，谷歌宣布接入Bard。"], [("谷歌", "ORG", "Google"), BARD], "2023-03-01",
     ("2023-02-06", "other")),
    # What was called off did not happen: no acquisition, no partnership that day.
    ("en", ["Nvidia scrapped its acquisition of Arm on February 8, 2022."],
     [("Nvidia", "ORG", "Nvidia"), ("Arm", "ORG", "Arm")], "2022-02-09", ("2022-02-08", "other")),
    ("de", ["Nvidia und SoftBank lösten ihre Vereinbarung am 8. Februar 2022 auf."],
     [("Nvidia", "ORG", "Nvidia"), ("SoftBank", "ORG", "SoftBank")], "2022-02-09", ("2022-02-08", "other")),
    ("zh", ["2022年2月8日，英伟达终止收购Arm。"], [("英伟达", "ORG", "Nvidia"), ("Arm", "ORG", "Arm")], "2022-02-09",
     ("2022-02-08", "other")),
    # Nor what did not happen: a negated trigger types nothing; "not only" negates nothing.
    ("en", ["Nvidia did not buy Arm on February 8, 2022."], [("Nvidia", "ORG", "Nvidia"), ("Arm", "ORG", "Arm")],
     "2022-02-09", ("2022-02-08", "other")),
    ("en", ["Nvidia didn't buy Arm on February 8, 2022."], [("Nvidia", "ORG", "Nvidia"), ("Arm", "ORG", "Arm")],
     "2022-02-09", ("2022-02-08", "other")),
    ("en", ["On February 8, 2022 Nvidia not only bought Arm but also hired its staff."],
     [("Nvidia", "ORG", "Nvidia"), ("Arm", "ORG", "Arm")], "2022-02-09", ("2022-02-08", "acquisition")),
    ("de", ["Nvidia hat Arm am 8. Februar 2022 nicht übernommen."],
     [("Nvidia", "ORG", "Nvidia"), ("Arm", "ORG", "Arm")], "2022-02-09", ("2022-02-08", "other")),
])
def test_what_a_trigger_tells_depends_on_its_object_its_clause_and_a_call_off(
        lang: str, sentences: list[str], names: list[tuple[str, str, str]], published: str,
        expected: tuple[str, str]) -> None:
    found = [(value, kind) for value, kind, _ in read(sentences, lang, names, published)]
    assert expected in found and not [item for item in found if item[0] == expected[0] and item != expected]


@pytest.mark.parametrize(("lang", "sentences", "names", "published", "date", "present", "absent"), [
    # A description with words before its noun ("the Santa Clara company", "Der japanische Konzern"),
    # not one a name follows, which it describes ("the programmable-chip maker Xilinx").
    ("en", ["AMD is buying Silo AI.", "In October the Santa Clara company bought Nod.ai, which writes compilers."],
     [("AMD", "ORG", "AMD"), ("Nod.ai", "ORG", "Nod.ai")], "2024-07-10", "2023-10", {"AMD", "Nod.ai"}, set()),
    ("de", ["SoftBank besitzt Arm.", "Der japanische Konzern hatte Arm 2016 für rund 32 Milliarden Dollar übernommen."],
     [("SoftBank", "ORG", "SoftBank")], "2023-09-15", "2016", {"SoftBank"}, set()),
    ("de", ["Siemens kauft zu.", "Der Münchner Technologiekonzern übernimmt den US-Anbieter Altair Engineering, wie "
            "beide Unternehmen am Mittwochabend mitteilten."],
     [("Siemens", "ORG", "Siemens"), ("Altair Engineering", "ORG", "Altair Engineering")], "2024-10-31",
     "2024-10-30", {"Siemens", "Altair Engineering"}, set()),
    ("en", ["AMD grows.", "In October 2020 Lisa Su agreed to buy the programmable-chip maker Xilinx for $35 billion."],
     [("AMD", "ORG", "AMD"), ("Lisa Su", "PERSON", "Lisa Su")], "2024-07-10", "2020-10", {"Lisa Su"}, {"AMD"}),
    # A launch names its product after a noun for its kind, or by a versioned name, where the
    # entity stage found none; a name of another date's clause is that date's.
    ("en", ["Inflection released its chatbot Pi in May last year."], [("Inflection", "ORG", "Inflection AI")],
     "2024-03-20", "2023-05", {"Inflection AI", "Pi"}, set()),
    ("en", ["In May MosaicML released MPT-7B, an open-source model, and last Thursday it followed with MPT-30B."],
     [("MosaicML", "ORG", "MosaicML")], "2023-06-27", "2023-06-22", {"MPT-30B"}, {"MPT-7B"}),
    ("en", ["Google launched a new service in Europe on Monday."], [("Google", "ORG", "Google")], "2023-04-12",
     "2023-04-10", {"Google"}, {"Europe"}),
    ("de", ["Im September veröffentlichte Mistral ihr erstes Sprachmodell, Mistral 7B, unter einer offenen Lizenz."],
     [("Mistral", "ORG", "Mistral AI")], "2023-12-11", "2023-09", {"Mistral AI", "Mistral 7B"}, set()),
    ("de", ["SAP hat das Modell Anfang 2024 vorgestellt."], [("SAP", "ORG", "SAP")], "2024-03-11", "2024",
     {"SAP"}, {"Anfang"}),
    ("zh", ["Inflection去年5月推出聊天機器人Pi，6月宣布募得13億美元。"], [("Inflection", "ORG", "Inflection AI")],
     "2024-03-22", "2023-05", {"Inflection AI", "Pi"}, set()),
    ("zh", ["本周一，商汤科技也推出了“日日新”大模型体系。"], [("商汤科技", "ORG", "SenseTime")], "2023-04-12",
     "2023-04-10", {"SenseTime", "日日新"}, set()),
    # A description takes the one organisation the sentence before names, over the document's topic.
    ("en", ["Baidu is the topic.", "Baidu leads.", "The race began with OpenAI.",
            "The company released ChatGPT on November 30, 2022."],
     [("Baidu", "ORG", "Baidu"), OPENAI, ("ChatGPT", "PRODUCT", "ChatGPT")], "2023-03-17", "2022-11-30",
     {"OpenAI", "ChatGPT"}, {"Baidu"}),
    ("de", ["Baidu ist das Thema.", "Baidu führt.", "Der Wettlauf begann mit OpenAI.",
            "Das Unternehmen veröffentlichte ChatGPT am 30. November 2022."],
     [("Baidu", "ORG", "Baidu"), OPENAI, ("ChatGPT", "PRODUCT", "ChatGPT")], "2023-03-17", "2022-11-30",
     {"OpenAI", "ChatGPT"}, {"Baidu"}),
    ("zh", ["百度是主题。", "百度领先。", "这场竞赛的起点是OpenAI。", "该公司于2022年11月30日推出ChatGPT。"],
     [("百度", "ORG", "Baidu"), OPENAI, ("ChatGPT", "PRODUCT", "ChatGPT")], "2023-03-17", "2022-11-30",
     {"OpenAI", "ChatGPT"}, {"Baidu"}),
    # ... but not one named in a person's title ("Quora-Chef Adam D'Angelo").
    ("de", ["OpenAI ist groß.", "OpenAI wächst.", "Dazu kommt Quora-Chef Adam D'Angelo.",
            "Am Freitag hatte der Verwaltungsrat Altman gefeuert."],
     [OPENAI, ("Quora", "ORG", "Quora"), ("Adam D'Angelo", "PERSON", "Adam D'Angelo"), ALTMAN], "2023-11-22",
     "2023-11-17", {"OpenAI", "Sam Altman"}, {"Quora"}),
    # A description opening the sentence is its subject, whatever organisations a later clause names.
    ("en", ["Inflection was founded in 2022.", "The company released Pi in May 2023, and in June 2023 raised "
            "$1.3 billion, with investors including Microsoft and Nvidia."],
     [("Inflection", "ORG", "Inflection AI"), MICROSOFT, ("Nvidia", "ORG", "Nvidia"), ("Pi", "PRODUCT", "Pi")],
     "2024-03-20", "2023-05", {"Inflection AI", "Pi"}, set()),
    ("de", ["Inflection wurde 2022 gegründet.", "Das Unternehmen veröffentlichte im Mai 2023 Pi, im Juni 2023 "
            "sammelte es 1,3 Milliarden Dollar ein, unter anderem bei Microsoft und Nvidia."],
     [("Inflection", "ORG", "Inflection AI"), MICROSOFT, ("Nvidia", "ORG", "Nvidia"), ("Pi", "PRODUCT", "Pi")],
     "2024-03-20", "2023-05", {"Inflection AI", "Pi"}, set()),
    ("zh", ["Inflection于2022年创立。", "该公司2023年5月推出Pi，6月宣布募得13亿美元，投资方包括微软和英伟达。"],
     [("Inflection", "ORG", "Inflection AI"), ("微软", "ORG", "Microsoft"), ("英伟达", "ORG", "Nvidia"),
      ("Pi", "PRODUCT", "Pi")], "2024-03-20", "2023-05", {"Inflection AI", "Pi"}, set()),
    # "it" opening its clause, a trigger right after it, is the organisation just spoken of...
    ("en", ["MosaicML was founded in 2021.", "The startup sells tools to companies such as OpenAI.",
            "In May 2023 it released MPT-7B."],
     [("MosaicML", "ORG", "MosaicML"), OPENAI, ("MPT-7B", "PRODUCT", "MPT-7B")], "2023-06-27", "2023-05",
     {"MosaicML", "MPT-7B"}, {"OpenAI"}),
    # ... or an untyped act right after it ("it had introduced watsonx").
    ("en", ["IBM sells software.", "In May 2023 it had introduced watsonx."],
     [("IBM", "ORG", "IBM"), ("watsonx", "PRODUCT", "watsonx")], "2024-04-25", "2023-05", {"IBM", "watsonx"}, set()),
    # ... or a trigger later in its clause ("it signed a framework agreement").
    ("en", ["Microsoft buys clean power.", "In May 2024 it signed a framework agreement with Brookfield."],
     [MICROSOFT, ("Brookfield", "ORG", "Brookfield Asset Management")], "2024-09-20", "2024-05",
     {"Microsoft", "Brookfield Asset Management"}, set()),
    # ... or an agreement, whatever it agrees to ("it agreed to let Google use its posts").
    ("en", ["Quillo is also trying to earn money from its archive.",
            "Last month it agreed to let Google use its posts to train models, a deal Reuters reported was worth "
            "$60 million a year."],
     [("Quillo", "ORG", "Quillo"), ("Google", "ORG", "Google"), ("Reuters", "ORG", "Reuters")], "2024-03-21",
     "2024-02", {"Quillo", "Google"}, {"Reuters"}),
    # ... not the "it" of the weather.
    ("en", ["MosaicML sells tools.", "In May 2023 it rained for the launch."], [("MosaicML", "ORG", "MosaicML")],
     "2023-06-27", "2023-05", set(), {"MosaicML"}),
    # A subject described by a relative clause takes part in the clause after it.
    ("en", ["Nvidia, whose chips train most models, added $184 billion to its market value in May 2023."],
     [("Nvidia", "ORG", "Nvidia")], "2023-06-27", "2023-05", {"Nvidia"}, set()),
    ("de", ["Nvidia, dessen Chips die meisten Modelle trainieren, gewann im Mai 2023 an der Börse 184 Milliarden "
            "Dollar an Börsenwert."], [("Nvidia", "ORG", "Nvidia")], "2023-06-27", "2023-05", {"Nvidia"}, set()),
    # Figures whose owner goes unsaid are those of the organisation just spoken of.
    ("en", ["xAI raised money from investors.", "Musk wrote on Sunday that the valuation was $18 billion."],
     [("xAI", "ORG", "xAI"), ("Musk", "PERSON", "Elon Musk")], "2024-05-27", "2024-05-26", {"xAI", "Elon Musk"}, set()),
    ("de", ["SAP legte Zahlen vor.", "Der Umsatz stieg 2023 um sechs Prozent."], [("SAP", "ORG", "SAP")],
     "2024-01-24", "2023", {"SAP"}, set()),
    ("zh", ["阿里巴巴公布了财报。", "2023年营收增长2%。"], [("阿里巴巴", "ORG", "Alibaba Group")], "2024-02-08", "2023",
     {"Alibaba Group"}, set()),
    # ... but not a listing an indefinite noun's relative clause tells: the one that went public is that one.
    ("en", ["Figure AI raised $675 million.", "He had co-founded Archer Aviation, a maker of air taxis that went "
            "public through a merger in 2021."], [("Figure AI", "ORG", "Figure AI")], "2024-02-29", "2021", set(),
     {"Figure AI"}),
    # A product named after its maker brings the maker in.
    ("en", ["DeepL launched its DeepL Translator in August 2017."], [("DeepL", "ORG", "DeepL"),
     ("DeepL Translator", "PRODUCT", "DeepL Translator")], "2024-05-22", "2017-08", {"DeepL", "DeepL Translator"},
     set()),
    ("de", ["DeepL wuchs.", "Im August 2017 ging der Übersetzer DeepL Translator online."],
     [("DeepL", "ORG", "DeepL"), ("DeepL Translator", "PRODUCT", "DeepL Translator")], "2024-05-22", "2017-08",
     {"DeepL", "DeepL Translator"}, set()),
    ("zh", ["DeepL成长迅速。", "2017年8月，DeepL Translator上线。"], [("DeepL", "ORG", "DeepL"),
     ("DeepL Translator", "PRODUCT", "DeepL Translator")], "2024-05-22", "2017-08", {"DeepL", "DeepL Translator"},
     set()),
])
def test_participants_from_the_sentence_before_a_subject_or_a_products_name(
        lang: str, sentences: list[str], names: list[tuple[str, str, str]], published: str, date: str,
        present: set[str], absent: set[str]) -> None:
    found = [parts for value, _, parts in read(sentences, lang, names, published) if value == date]
    if not present:
        assert not found or not absent & found[0]
        return
    assert found, f"no mention on {date}"
    assert present <= found[0] and not absent & found[0], found[0]


@pytest.mark.parametrize(("text", "lang", "names"), [
    # A headcount on a date, or what will be, is no happening.
    ("At the end of 2023 SAP employed about 108,000 people.", "en", {"SAP": "ORG"}),
    ("Ende 2023 beschäftigte SAP rund 108.000 Menschen.", "de", {"SAP": "ORG"}),
    ("2023年底，SAP拥有约11万名员工。", "zh", {"SAP": "ORG"}),
    ("Klein expects that by the end of 2023 SAP will have as many staff as today.", "en", {"SAP": "ORG"}),
    ("Klein rechnet damit, dass SAP Ende 2023 so viele Beschäftigte haben wird wie heute.", "de", {"SAP": "ORG"}),
])
def test_a_headcount_or_a_future_is_no_happening(text: str, lang: str, names: dict[str, str]) -> None:
    assert _events(text, lang, names, "2023-06-30") == []


ACTIVISION = ("Activision Blizzard", "ORG", "Activision Blizzard")


@pytest.mark.parametrize(("lang", "sentences", "names", "published", "expected"), [
    # "the deal", "die Übernahme", "该交易": the parties of the deal told before take part.
    ("en", ["Microsoft agreed to buy Activision Blizzard for $69 billion.",
            "The FTC sued in December 2022 to block the deal."], [MICROSOFT, ACTIVISION, ("FTC", "ORG", "FTC")],
     "2023-07-01", ("2022-12", "legal", {"FTC", "Microsoft", "Activision Blizzard"})),
    ("de", ["Der US-Chipkonzern Nvidia verzichtet auf die Übernahme des britischen Chipdesigners Arm.",
            "Die US-Handelsbehörde FTC reichte im Dezember 2021 Klage gegen die Übernahme ein."],
     [("Nvidia", "ORG", "Nvidia"), ("Arm", "ORG", "Arm"), ("FTC", "ORG", "FTC")], "2022-02-09",
     ("2021-12", "legal", {"FTC", "Nvidia", "Arm"})),
    ("zh", ["微软同意以690亿美元收购动视暴雪。", "美国联邦贸易委员会于2022年12月起诉阻止该交易。"],
     [("微软", "ORG", "Microsoft"), ("动视暴雪", "ORG", "Activision Blizzard"), ("美国联邦贸易委员会", "ORG", "FTC")],
     "2023-07-01", ("2022-12", "legal", {"FTC", "Microsoft", "Activision Blizzard"})),
    # A noun that names its own parties ("the acquisition of Figma by Adobe") tells another deal.
    ("en", ["Microsoft agreed to buy Activision Blizzard for $69 billion.",
            "The FTC sued in December 2022 over the acquisition of Figma by Adobe."],
     [MICROSOFT, ACTIVISION, ("FTC", "ORG", "FTC"), ("Adobe", "ORG", "Adobe"), ("Figma", "ORG", "Figma")],
     "2023-07-01", ("2022-12", "legal", {"FTC", "Adobe", "Figma"})),
    # Announcing the deal told before is that deal; saying something about it is not.
    ("de", ["Der US-Chipkonzern Nvidia verzichtet auf die Übernahme des britischen Chipdesigners Arm.",
            "Angekündigt hatten die beiden Konzerne den Deal im September 2020."],
     [("Nvidia", "ORG", "Nvidia"), ("Arm", "ORG", "Arm")], "2022-02-09", ("2020-09", "acquisition", {"Nvidia", "Arm"})),
    ("de", ["Globex hat die Übernahme von Initech abgeschlossen.",
            "Angekündigt hatten die Konzerne den Zusammenschluss im März 2023."],
     [("Globex", "ORG", "Globex"), ("Initech", "ORG", "Initech")], "2024-01-10",
     ("2023-03", "acquisition", {"Globex", "Initech"})),
    ("en", ["Five9's shareholders rejected the merger with Zoom.", "Zoom had announced the all-stock deal on July 18."],
     [("Zoom", "ORG", "Zoom"), ("Five9", "ORG", "Five9")], "2021-10-01",
     ("2021-07-18", "acquisition", {"Zoom", "Five9"})),
    ("en", ["Microsoft agreed to buy Activision Blizzard for $69 billion.",
            "On Monday, Microsoft said the deal was good."],
     [MICROSOFT, ACTIVISION], "2023-07-05", ("2023-07-03", "other", {"Microsoft", "Activision Blizzard"})),
    # Told far back, the document's first deal of the organisation it is about ("approved the sale" closes it).
    ("en", ["Microsoft completes its purchase of GitHub",
            "Microsoft said on Friday it had completed its purchase of GitHub.", "Microsoft is based in Redmond.",
            "It has many users.", "Developers like it.", "Some moved away.", "Others stayed.", "The site grew.",
            "It added features.", "It hired staff.", "Microsoft opened offices.",
            "The European Commission approved the sale without conditions on Oct. 19."],
     [MICROSOFT, ("GitHub", "ORG", "GitHub"), ("European Commission", "ORG", "European Commission")], "2018-10-27",
     ("2018-10-19", "acquisition", {"European Commission", "Microsoft", "GitHub"})),
    # "the lawsuit", "该诉讼": the parties of the suit told before.
    ("en", ["The New York Times sued OpenAI and Microsoft over copyright.",
            "The Times filed the lawsuit on Wednesday in federal court in Manhattan."],
     [("New York Times", "ORG", "The New York Times"), ("OpenAI", "ORG", "OpenAI"), MICROSOFT], "2023-12-28",
     ("2023-12-27", "legal", {"The New York Times", "OpenAI", "Microsoft"})),
    ("zh", ["纽约时报起诉OpenAI和微软侵犯版权。", "纽约时报周三在曼哈顿联邦法院提起该诉讼。"],
     [("纽约时报", "ORG", "The New York Times"), ("OpenAI", "ORG", "OpenAI"), ("微软", "ORG", "Microsoft")],
     "2023-12-28", ("2023-12-27", "legal", {"The New York Times", "OpenAI", "Microsoft"})),
    ("zh", ["紐約時報起訴OpenAI和微軟侵犯版權。", "紐約時報週三在曼哈頓聯邦法院提起該訴訟。"],
     [("紐約時報", "ORG", "The New York Times"), ("OpenAI", "ORG", "OpenAI"), ("微軟", "ORG", "Microsoft")],
     "2023-12-28", ("2023-12-27", "legal", {"The New York Times", "OpenAI", "Microsoft"})),
])
def test_a_deal_told_before_brings_its_parties(lang: str, sentences: list[str], names: list[tuple[str, str, str]],
                                               published: str, expected: tuple[str, str, set[str]]) -> None:
    found = read(sentences, lang, names, published)
    assert expected in found, found


@pytest.mark.parametrize(("lang", "sentences", "names", "date", "present"), [
    # A name opening the sentence, described by an apposition, is the subject of what follows it.
    ("en", ["Safe Superintelligence (SSI), the startup co-founded by Ilya Sutskever, has raised $1bn, "
            "the company said on Wednesday."],
     [("Safe Superintelligence", "ORG", "Safe Superintelligence"), ("Ilya Sutskever", "PERSON", "Ilya Sutskever")],
     "2024-09-04", {"Safe Superintelligence"}),
    ("de", ["DeepL, das Kölner Start-up von Jaroslaw Kutylowski, hat am Mittwoch 300 Millionen Dollar eingesammelt."],
     [("DeepL", "ORG", "DeepL"), ("Jaroslaw Kutylowski", "PERSON", "Jaroslaw Kutylowski")], "2024-09-04", {"DeepL"}),
])
def test_a_subject_described_by_an_apposition_takes_part(lang: str, sentences: list[str],
                                                         names: list[tuple[str, str, str]], date: str,
                                                         present: set[str]) -> None:
    found = [parts for value, _, parts in read(sentences, lang, names, "2024-09-05") if value == date]
    assert found and present <= found[0], found


@pytest.mark.parametrize(("lang", "sentences", "names", "published", "expected"), [
    # A wire story's opening dateline dates the story, never a happening of its own.
    ("de", ["BERLIN, 15. Februar 2024 – Microsoft hat am Donnerstag Pläne für Deutschland vorgestellt."],
     [("Microsoft", "ORG", "Microsoft")], "2024-02-15", [("2024-02-15", "launch", {"Microsoft"})]),
    ("en", ["REDMOND, Wash., April 12, 2021 — Microsoft Corp. said Monday it will buy Nuance Communications."],
     [("Microsoft", "ORG", "Microsoft"), ("Nuance Communications", "ORG", "Nuance Communications")], "2021-04-12",
     [("2021-04-12", "acquisition", {"Microsoft", "Nuance Communications"})]),
    ("zh", ["（中央社記者王心怡台北18日電）鴻海舉行年度科技日活動。"], [("鴻海", "ORG", "Foxconn")], "2023-10-18", []),
    # A line of a list of days is no dateline: its day dates its happening.
    ("en", ["Nov. 17 — OpenAI's board fired Sam Altman."], [OPENAI, ("Sam Altman", "PERSON", "Sam Altman")],
     "2023-11-20", [("2023-11-17", "departure", {"OpenAI", "Sam Altman"})]),
    ("zh", ["本报北京1月16日讯 智谱AI今天发布了GLM-4。"],
     [("智谱AI", "ORG", "Zhipu AI"), ("GLM-4", "PRODUCT", "GLM-4")],
     "2024-01-16", [("2024-01-16", "launch", {"Zhipu AI", "GLM-4"})]),
])
def test_a_dateline_makes_no_event(lang: str, sentences: list[str], names: list[tuple[str, str, str]],
                                   published: str, expected: list[tuple[str, str, set[str]]]) -> None:
    assert read(sentences, lang, names, published) == expected


def test_a_description_never_stands_for_the_agency_of_a_dateline() -> None:
    # The dateline is a sentence of its own; "the company" after it is the company the story
    # tells of, not Reuters.
    found = read(["SAN FRANCISCO, March 14 (Reuters) -", "Nvidia shares rose 7% after the chipmaker said so.",
                  "The company's revenue in the fourth quarter of last year tripled."],
                 "en", [("Reuters", "ORG", "Reuters"), ("Nvidia", "ORG", "Nvidia")], "2024-03-14")
    assert ("2023-Q4", "financial", {"Nvidia"}) in found
    assert not any("Reuters" in parts for _, _, parts in found)


def test_the_prefilter_of_triggers_drops_no_trigger() -> None:
    # Triggers.find skips a text none of the words' literal beginnings is in, and its
    # pattern tries only the words that can begin with the character at each position;
    # each trigger word, in sentences of the seeds and alone, is found as the plain
    # alternation of every word finds it, telling the same type and action.
    from pathlib import Path

    from ainews_cli import han, languages
    from ainews_cli.events import load_triggers

    triggers = load_triggers()
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    texts = [line for path in sorted(seeds.glob("*.txt")) for line in path.read_text("utf-8").splitlines()]
    # Each word alone, its parts two spaces apart (a space in a word matches any whitespace).
    words = [word.replace(" … ", " und dann ").replace(" ", "  ") for entry in languages.triggers()["actions"].values()
             for lang, listed in entry.items() if lang in ("en", "de", "zh") for word in listed]
    texts += [f"Sie {word.rstrip('$')} es." for word in words]
    found = 0
    for lang in triggers.alternatives:
        plain = triggers.plain(lang)
        told = [a.kind for a in triggers.alternatives[lang] if a.kind is not None]
        for text in texts:
            folded = han.normalised(text) if lang in han.FOLDED else text
            scanned = [(m.start(), m.end(), *told[m.lastindex - 2]) for m in plain.finditer(folded)
                       if m.lastindex and m.lastindex > 1]
            assert [(hit.start, hit.end, hit.type, hit.action) for hit in triggers.scan(folded, lang)] == scanned
            found += bool(scanned)
        # The branches of one first character are tried apart only if no character is two of them.
        firsts = {a.first.lower() for a in triggers.alternatives[lang] if a.first is not None}
        assert not [(a, b) for a in firsts for b in firsts if a != b and re.fullmatch(f"[{re.escape(a)}]", b, re.I)]
    assert found > 100


def test_nothing_dated_after_the_day_of_writing_has_happened() -> None:
    # With no relative date to tell the day the article was written, a plan read as a 2025 happening.
    sentence = ["Microsoft will bis Ende 2025 rund 3,2 Milliarden Euro in Deutschland investieren."]
    microsoft = [("Microsoft", "ORG", "Microsoft")]
    assert read(sentence, "de", microsoft, "2024-02-15") == [("2025", "funding", {"Microsoft"})]
    assert read(sentence, "de", microsoft, "2024-02-15", written="2024-02-15") == []


@pytest.mark.parametrize(("lang", "sentences", "names", "published", "absent"), [
    # A date in a report's attribution dates the report.
    ("zh", ["据路透社5月8日报道，阿里巴巴正在洽谈投资月之暗面。"],
     [("路透社", "ORG", "Reuters"), ("阿里巴巴", "ORG", "Alibaba Group"), ("月之暗面", "ORG", "Moonshot AI")],
     "2024-05-10", "2024-05-08"),
    # A "related" link tells no event, in either script.
    ("zh", ["相关阅读：2023年11月，百度发布文心大模型4.0。"], [("百度", "ORG", "Baidu")], "2024-05-10", "2023-11"),
    ("zh", ["相關閱讀：2023年11月，百度發布文心大模型4.0。"], [("百度", "ORG", "Baidu")], "2024-05-10", "2023-11"),
])
def test_no_event_in_chinese_reports_and_links(lang: str, sentences: list[str], names: list[tuple[str, str, str]],
                                               published: str, absent: str) -> None:
    assert not [found for found in read(sentences, lang, names, published) if found[0] == absent]


def test_what_a_chinese_article_schedules_is_not_done() -> None:
    found = read(["该公司将于2024年6月推出企业版。"], "zh", [], "2024-07-01")
    assert not [f for f in found if f[1] == "launch"], found
    # An agreed deal's price (将以…收购) is the deal.
    found = read(["微软4月12日宣布，将以197亿美元收购Nuance。"], "zh",
                 [("微软", "ORG", "Microsoft"), ("Nuance", "ORG", "Nuance Communications")], "2021-04-13")
    assert [f[:2] for f in found] == [("2021-04-12", "acquisition")]


def test_a_reporter_and_a_caption_take_no_part() -> None:
    found = read(["本报北京5月9日电（记者 张伟）字节跳动今天在北京举行发布会。"], "zh",
                 [("张伟", "PERSON", "张伟"), ("字节跳动", "ORG", "ByteDance")], "2024-05-10")
    assert found and all("张伟" not in parts for _, _, parts in found), found
    # A description stands for no organisation a photo credit names.
    found = read(["图片来源：视觉中国。", "该公司今年3月推出新模型。"], "zh",
                 [("视觉中国", "ORG", "Visual China Group")], "2024-05-10")
    assert all("Visual China Group" not in parts for _, _, parts in found), found


def test_shares_of_a_name_the_entity_stage_missed_are_no_one_elses() -> None:
    found = read(["Moonshot AI raised money in 2023.", "Acme's shares rose 3.2% on May 9."], "en",
                 [("Moonshot AI", "ORG", "Moonshot AI")], "2024-05-10")
    assert all("Moonshot AI" not in parts for date, _, parts in found if date == "2024-05-09"), found


def test_a_german_photo_credit_is_a_caption_and_names_no_antecedent() -> None:
    found = read(["Siemens stellte am Montag ein Modell vor (Foto: dpa/Sven Hoppe).",
                  "Der Konzern wurde 2012 gegründet."],
                 "de", [("Siemens", "ORG", "Siemens"), ("dpa", "ORG", "dpa")], "2024-05-10")
    assert all(date != "2024-05-06" for date, _, _ in found), found  # the caption's line tells nothing
    assert all("dpa" not in parts for _, _, parts in found), found


def test_german_shares_of_a_name_the_entity_stage_missed_are_no_one_elses() -> None:
    found = read(["Aleph Alpha sammelte 2023 Geld ein.", "Die Aktie von Acme stieg am Donnerstag um 3,2 Prozent."],
                 "de", [("Aleph Alpha", "ORG", "Aleph Alpha")], "2024-05-10")
    assert all("Aleph Alpha" not in parts for date, _, parts in found if date == "2024-05-09"), found
    # Without a name, the figure is the organisation's spoken of: "Der Umsatz stieg", "der Cloud-Umsatz".
    found = read(["SAP legte am Montag Zahlen vor.", "Der Cloud-Umsatz stieg 2023 um 20 Prozent."], "de",
                 [("SAP", "ORG", "SAP")], "2024-05-10")
    assert [parts for date, _, parts in found if date == "2023"] == [{"SAP"}], found
@pytest.mark.parametrize(("text", "lang", "names", "published", "expected"), [
    # A forecast expects what it speaks of: no happening, however near the date.
    ("AMD's chief told analysts in April that she expected revenue to exceed $4 billion this year.", "en",
     {"AMD": "ORG"}, "2024-07-10", []),
    ("Microsoft said the deal is expected to close by the end of the year, pending approval by regulators.", "en",
     {"Microsoft": "ORG"}, "2021-04-12", []),
    ("SAP erwartete im März, dass der Umsatz im laufenden Jahr steigt.", "de", {"SAP": "ORG"}, "2024-06-30", []),
    ("有分析师预计，今年下半年大模型领域的融资将进一步向头部公司集中。", "zh", {}, "2024-07-01", []),
    ("業界人士預期，AI伺服器需求今年仍將帶動台灣供應鏈營收成長。", "zh", {"台灣": "LOC"}, "2024-06-03", []),
    # ... and a date after the forecast word with no event word of its own, a participant beside it.
    ("業界人士預期，魏哲家上任後，台積電今年仍將維持高資本支出。", "zh", {"台積電": "ORG", "魏哲家": "PERSON"},
     "2024-06-04", []),
    ("Analysts expected that Nvidia would keep its lead in 2025.", "en", {"Nvidia": "ORG"}, "2024-06-04", []),
    # A platform named as where something was said takes no part: no untyped happening of its own.
    ("Much of the discussion on tech Twitter over the weekend has been shock.", "en", {"Twitter": "ORG"},
     "2023-11-20", []),
    ("On OpenAI's board over the weekend, Sutskever was the swing vote.", "en", {"OpenAI": "ORG"},
     "2023-11-20", [("2023-W46-WE", "other", ["OpenAI"])]),
    # The happening of a relative clause is its own and its antecedent's, not the main clause's parties'.
    ("Musk, who co-founded OpenAI in 2015 but left in 2018, has taken legal action, accusing OpenAI and its "
     "investor Microsoft of creating a monopoly.", "en", {"Musk": "PERSON", "OpenAI": "ORG", "Microsoft": "ORG"},
     "2024-11-20", [("2015", "founding", ["Musk", "OpenAI"]), ("2018", "departure", ["Musk", "OpenAI"])]),
    # ... but what happened as expected happened.
    ("As expected, OpenAI launched a new model on Thursday.", "en", {"OpenAI": "ORG"}, "2024-05-17",
     [("2024-05-16", "launch", ["OpenAI"])]),
    # A price as of a day is a state; a year naming an edition ("今年的Computex") dates nothing.
    ("Analysts said the price, 23 percent above Nuance's closing price on Friday, was steep.", "en",
     {"Nuance": "ORG"}, "2021-04-12", []),
    ("Der Preis liegt 23 Prozent über dem Schlusskurs von Nuance am Freitag.", "de", {"Nuance": "ORG"},
     "2021-04-12", []),
    ("今年的Computex展期为6月4日至7日。", "zh", {"Computex": "EVENT"}, "2024-06-03", []),
    ("今年的Computex展期為6月4日至7日。", "zh", {"Computex": "EVENT"}, "2024-06-03", []),
    # An untyped word of another clause ("die Ankündigung") tells nothing of the date's clause.
    ("Für die Regierung kommt die Ankündigung zur rechten Zeit, denn die Wirtschaft schrumpfte im vergangenen Jahr.",
     "de", {}, "2024-02-15", []),
    # A trigger inside a name is none: the Stock Exchange moves no shares (and, where the listing was,
    # takes no part in it); "listed on" it is a listing.
    ("Snowflake listed on the New York Stock Exchange on September 16, 2020.", "en",
     {"Snowflake": "ORG", "New York Stock Exchange": "ORG"}, "2024-02-29",
     [("2020-09-16", "financial", ["Snowflake"])]),
    # A trigger word that is a person's name is none: Richter (Dominik Richter) is no judge.
    ("Richter hatte HelloFresh 2011 in Berlin gegründet.", "de", {"Richter": "PERSON", "HelloFresh": "ORG"},
     "2017-11-02", [("2011", "founding", ["HelloFresh", "Richter"])]),
    # A participle and its agent describe the name as a relative clause does: the founding is the year's.
    ("Microsoft, founded by Bill Gates in 1975, had $50 billion in cash at the end of March 2011.", "en",
     {"Microsoft": "ORG", "Bill Gates": "PERSON"}, "2011-05-10",
     [("1975", "founding", ["Bill Gates", "Microsoft"])]),
    ("Snowflake's shares rose on the New York Stock Exchange on September 16, 2020.", "en",
     {"Snowflake": "ORG", "New York Stock Exchange": "ORG"}, "2024-02-29",
     [("2020-09-16", "financial", ["Snowflake"])]),
    # A price per share and a payment in stock are no market moves: the purchase is the happening.
    ("Siemens übernimmt Altair für 113 Dollar je Aktie in bar, wie beide Unternehmen am Mittwoch mitteilten.", "de",
     {"Siemens": "ORG", "Altair": "ORG"}, "2024-10-31", [("2024-10-30", "acquisition", ["Altair", "Siemens"])]),
    ("In October 2020 AMD agreed to buy Xilinx for $35 billion in stock, a deal it completed in February 2022.", "en",
     {"AMD": "ORG", "Xilinx": "ORG"}, "2024-07-10",
     [("2020-10", "acquisition", ["AMD", "Xilinx"]), ("2022-02", "acquisition", ["AMD", "Xilinx"])]),
])
def test_forecasts_prices_names_and_untyped_words_of_other_clauses(
        text: str, lang: str, names: dict[str, str], published: str,
        expected: list[tuple[str, str, list[str]]]) -> None:
    assert _events(text, lang, names, published) == expected


@pytest.mark.parametrize(("text", "lang", "names", "published", "expected"), [
    # A trigger outside the date's clause, nearer another date, is that date's when the date's
    # clause holds a trigger of its own. The company of the post left is no party to the announcement.
    ("郭台铭今年8月宣布参选，上月辞去鸿海董事职务。", "zh", {"郭台铭": "PERSON", "鸿海": "ORG"}, "2023-10-18",
     [("2023-08", "other", ["郭台铭"]), ("2023-09", "departure", ["郭台铭", "鸿海"])]),
    ("郭台銘今年8月宣布參選，上月辭去鴻海董事職務。", "zh", {"郭台銘": "PERSON", "鴻海": "ORG"}, "2023-10-18",
     [("2023-08", "other", ["郭台銘"]), ("2023-09", "departure", ["郭台銘", "鴻海"])]),
    # ... but one verb may date two objects, each its own.
    ("Anthropic released Claude Instant in March and Claude 2 in July.", "en",
     {"Anthropic": "ORG", "Claude Instant": "PRODUCT", "Claude 2": "PRODUCT"}, "2023-09-25",
     [("2023-03", "launch", ["Anthropic", "Claude Instant"]), ("2023-07", "launch", ["Anthropic", "Claude 2"])]),
    # A product announced with a price cut is not launched.
    ("本周二，阿里云宣布通义千问多款模型大幅降价。", "zh", {"阿里云": "ORG", "通义千问": "PRODUCT"}, "2024-05-23",
     [("2024-05-21", "other", ["通义千问", "阿里云"])]),
    ("本週二，阿里雲宣布通義千問多款模型大幅降價。", "zh", {"阿里雲": "ORG", "通義千問": "PRODUCT"}, "2024-05-23",
     [("2024-05-21", "other", ["通義千問", "阿里雲"])]),
    ("On Tuesday Alibaba Cloud announced Qwen price cuts of up to 97 percent.", "en",
     {"Alibaba Cloud": "ORG", "Qwen": "PRODUCT"}, "2024-05-23", [("2024-05-21", "other", ["Alibaba Cloud", "Qwen"])]),
    ("Am Dienstag kündigte Alibaba Cloud für Qwen eine Preissenkung an.", "de",
     {"Alibaba Cloud": "ORG", "Qwen": "PRODUCT"}, "2024-05-23", [("2024-05-21", "other", ["Alibaba Cloud", "Qwen"])]),
    # 前日 (the day before yesterday) after a name makes it no former employer.
    ("商汤前日（23日）举行技术交流日，发布新一代大模型。", "zh", {"商汤": "ORG"}, "2024-04-25",
     [("2024-04-23", "launch", ["商汤"])]),
    ("商湯前日（23日）舉行技術交流日，發布新一代大模型。", "zh", {"商湯": "ORG"}, "2024-04-25",
     [("2024-04-23", "launch", ["商湯"])]),
    # "it" opening its clause after ":" or before "agreed to" stands for the organisation just named.
    ("Microsoft sells software. It made purchases under Nadella, who became chief executive in 2014: "
     "it bought GitHub in 2018.", "en", {"Microsoft": "ORG", "GitHub": "ORG", "Nadella": "PERSON"},
     "2021-04-12", [("2014", "appointment", ["Microsoft", "Nadella"]),
                    ("2018", "acquisition", ["GitHub", "Microsoft", "Nadella"])]),
    ("AMD sells chips. In October 2020 it agreed to buy Xilinx.", "en", {"AMD": "ORG", "Xilinx": "ORG"}, "2024-07-10",
     [("2020-10", "acquisition", ["AMD", "Xilinx"])]),
    # A company reporting its results is no cited source.
    ("Apple sold fewer phones. It reported on May 2 that revenue fell 4%.", "en", {"Apple": "ORG"}, "2024-06-12",
     [("2024-05-02", "financial", ["Apple"])]),
    ("The Information reported on May 2 that OpenAI had hired a banker.", "en",
     {"The Information": "ORG", "OpenAI": "ORG"}, "2024-06-12", []),
])
def test_other_dates_announced_price_cuts_and_pronouns(text: str, lang: str, names: dict[str, str], published: str,
                                                      expected: list[tuple[str, str, list[str]]]) -> None:
    assert _events(text, lang, names, published) == expected


def test_a_person_launching_brings_the_organisation_where_the_document_places_him() -> None:
    found = read(["英伟达首席执行官黄仁勋出席了活动。", "去年5月29日，他发表了DGX GH200超级电脑。"], "zh",
                 [("英伟达", "ORG", "Nvidia"), ("黄仁勋", "PERSON", "Jensen Huang")], "2024-06-03")
    assert ("2023-05-29", "launch", {"Jensen Huang", "Nvidia"}) in [(d, t, p - {"DGX GH200"}) for d, t, p in found]


@pytest.mark.parametrize(("text", "lang", "names", "expected"), [
    # A clause joined by "and", "und", 并, 由 that tells a happening of another type with no date
    # of its own is a second happening of the date before.
    ("On Tuesday Microsoft hired Suleyman and launched Copilot.", "en",
     {"Microsoft": "ORG", "Suleyman": "PERSON", "Copilot": "PRODUCT"},
     [("2024-03-19", "appointment"), ("2024-03-19", "launch")]),
    ("Am Dienstag holte Microsoft Suleyman und gründete die Sparte Microsoft AI.", "de",
     {"Microsoft": "ORG", "Suleyman": "PERSON", "Microsoft AI": "ORG"},
     [("2024-03-19", "appointment"), ("2024-03-19", "founding")]),
    ("马云已于2019年9月卸任董事局主席，由张勇接任。", "zh", {"马云": "PERSON", "张勇": "PERSON"},
     [("2019-09", "departure"), ("2019-09", "appointment")]),
    # ... and a clause after a comma in which someone takes a post, with no joining word.
    ("京东于2023年5月11日宣布首席执行官徐雷退休，时任首席财务官许冉接任CEO。", "zh",
     {"京东": "ORG", "徐雷": "PERSON", "许冉": "PERSON"},
     [("2023-05-11", "departure"), ("2023-05-11", "appointment")]),
    ("吉利于2021年3月成立极氪，安聪慧出任CEO。", "zh", {"吉利": "ORG", "极氪": "ORG", "安聪慧": "PERSON"},
     [("2021-03", "founding"), ("2021-03", "appointment")]),
    ("吉利于2021年3月成立极氪，安聪慧此前曾出任吉利总裁。", "zh", {"吉利": "ORG", "极氪": "ORG", "安聪慧": "PERSON"},
     [("2021-03", "founding")]),
    ("微軟19日宣布，延攬蘇萊曼，並成立名為Microsoft AI的新部門。", "zh",
     {"微軟": "ORG", "蘇萊曼": "PERSON", "Microsoft AI": "ORG"},
     [("2024-03-19", "appointment"), ("2024-03-19", "founding")]),
    # ... also where the first clause's date stands before the join, and after a comma with a participle
    # handing a post on.
    ("Jobs resigned as chief executive of Apple on Wednesday and handed the job to Tim Cook.", "en",
     {"Jobs": "PERSON", "Apple": "ORG", "Tim Cook": "PERSON"},
     [("2024-03-20", "departure"), ("2024-03-20", "appointment")]),
    ("Dorsey stepped down as chief executive of Twitter in November, handing the post to Parag Agrawal.", "en",
     {"Dorsey": "PERSON", "Twitter": "ORG", "Parag Agrawal": "PERSON"},
     [("2023-11", "departure"), ("2023-11", "appointment")]),
    # A clause with a date of its own tells that date's happening only.
    ("Microsoft invested in OpenAI in 2019 and launched Copilot in 2023.", "en",
     {"Microsoft": "ORG", "OpenAI": "ORG", "Copilot": "PRODUCT"},
     [("2019", "funding"), ("2023", "launch")]),
])
def test_two_happenings_of_one_date_make_two_mentions(text: str, lang: str, names: dict[str, str],
                                                      expected: list[tuple[str, str]]) -> None:
    assert [(d, t) for d, t, _ in _events(text, lang, names, "2024-03-21")] == expected


@pytest.mark.parametrize(("text", "lang", "names", "published", "expected"), [
    # Handing the job on appoints the successor, a second happening of the retirement's day.
    ("Snowflake said late Wednesday that Slootman would retire and hand the job to Ramaswamy.", "en",
     {"Snowflake": "ORG", "Slootman": "PERSON", "Ramaswamy": "PERSON"}, "2024-02-29",
     [("2024-02-28", "departure"), ("2024-02-28", "appointment")]),
    ("2019年9月，马云交棒张勇。", "zh", {"马云": "PERSON", "张勇": "PERSON"}, "2023-04-12",
     [("2019-09", "appointment")]),
    # Removing someone as chief is a departure.
    ("In November, the board voted to remove Altman as chief executive.", "en", {"Altman": "PERSON"}, "2024-09-05",
     [("2023-11", "departure")]),
    # Approved and opened to the public is a public release.
    ("去年8月31日，智谱清言获准向公众开放。", "zh", {"智谱清言": "PRODUCT"}, "2024-01-17", [("2023-08-31", "launch")]),
    ("去年8月31日，智譜清言獲准向公眾開放。", "zh", {"智譜清言": "PRODUCT"}, "2024-01-17", [("2023-08-31", "launch")]),
    ("Sora was opened to the public on Monday.", "en", {"Sora": "PRODUCT"}, "2024-12-11", [("2024-12-09", "launch")]),
])
def test_handing_on_removing_and_opening_to_the_public(text: str, lang: str, names: dict[str, str], published: str,
                                                       expected: list[tuple[str, str]]) -> None:
    assert [(d, t) for d, t, _ in _events(text, lang, names, published)] == expected


@pytest.mark.parametrize(("text", "lang", "names", "product"), [
    # A Latin name with a digit right before a Chinese noun for a product is the product launched.
    ("去年5月29日，英伟达发表了DGX GH200超级电脑。", "zh", {"英伟达": "ORG"}, "DGX GH200"),
    ("今天上午，超微推出Instinct MI325X加速器。", "zh", {"超微": "ORG"}, "Instinct MI325X"),
    ("去年5月29日，輝達發表了DGX GH200超級電腦。", "zh", {"輝達": "ORG"}, "DGX GH200"),
    # ... and a Latin name after one, with a short capitalised part ("Apollo ADFM"), even where the
    # entity stage read its first word as an organisation.
    ("今年5月15日，百度发布了自动驾驶大模型Apollo ADFM。", "zh", {"百度": "ORG", "Apollo": "ORG"}, "Apollo ADFM"),
    ("今年5月15日，百度發布了自動駕駛大模型Apollo ADFM。", "zh", {"百度": "ORG"}, "Apollo ADFM"),
    # A list of what was launched goes on past its comma.
    ("今年5月，百川智能推出了Baichuan 4，以及面向普通用户的AI助手“百小应”。", "zh", {"百川智能": "ORG"}, "百小应"),
    ("今年5月，百川智能推出了Baichuan 4，以及面向普通用戶的AI助手「百小應」。", "zh", {"百川智能": "ORG"}, "百小應"),
    ("In May, Acme launched the model Orion 2, and the chatbot Vega 3.", "en", {"Acme": "ORG"}, "Vega 3"),
    # A phone with its edition, an operating system, a line of models, a Chinese name with a model number.
    ("今年3月5日，某某科技发布了旗舰手机Nova 12 Pro。", "zh", {"某某科技": "ORG"}, "Nova 12 Pro"),
    ("今年3月5日，某某科技發表旗艦手機Nova 12 Pro，售價未公布。", "zh", {"某某科技": "ORG"}, "Nova 12 Pro"),
    ("上月4日，某某科技发布了Orion 3操作系统。", "zh", {"某某科技": "ORG"}, "Orion 3"),
    ("去年10月，某某科技发布了搭载新芯片的Nova 11系列。", "zh", {"某某科技": "ORG"}, "Nova 11"),
    ("今年3月5日，某某科技發表旗艦晶片天璣8300。", "zh", {"某某科技": "ORG"}, "天璣8300"),
    ("今年3月5日，某某汽车推出新车型星河7。", "zh", {"某某汽车": "ORG"}, "星河7"),
    # A version is digits and letters, never the Chinese words after it.
    ("今年3月5日，某某科技发布了大模型Orion 4后股价上涨。", "zh", {"某某科技": "ORG"}, "Orion 4"),
])
def test_products_a_launch_names_where_the_entity_stage_found_none(text: str, lang: str, names: dict[str, str],
                                                                   product: str) -> None:
    found = _events(text, lang, names, "2024-06-03")
    assert [t for _, t, _ in found] == ["launch"] and product in found[0][2]


@pytest.mark.parametrize(("text", "lang", "names", "published", "expected"), [
    # Investing in a place is spending, not a funding round.
    ("Microsoft hatte Ende November für Großbritannien Investitionen von 2,5 Milliarden Pfund angekündigt.", "de",
     {"Microsoft": "ORG", "Großbritannien": "LOC"}, "2024-02-15", [("2023-11", "other")]),
    ("In November Microsoft announced investments of £2 billion in Britain.", "en",
     {"Microsoft": "ORG", "Britain": "LOC"}, "2024-02-15", [("2023-11", "other")]),
    ("In November Microsoft invested $2 billion in OpenAI.", "en", {"Microsoft": "ORG", "OpenAI": "ORG"},
     "2024-02-15", [("2023-11", "funding")]),
    # A German photo credit makes a caption; a role held today is a state.
    ("Arm-Chef Rene Haas am Donnerstag an der Nasdaq. (Foto: Reuters)", "de", {"Rene Haas": "PERSON"},
     "2023-09-15", []),
    ("Reil und Scherf führen die Firma heute als Doppelspitze.", "de", {"Reil": "PERSON", "Scherf": "PERSON"},
     "2024-07-11", []),
    ("Today Reil runs the company as chief executive.", "en", {"Reil": "PERSON"}, "2024-07-11", []),
    # 、 between two verbs joins two happenings of one date.
    ("他2019年离开DeepMind、转往Google任职。", "zh", {"DeepMind": "ORG", "Google": "ORG"}, "2024-03-21",
     [("2019", "departure"), ("2019", "appointment")]),
    ("他2019年離開DeepMind、轉往Google任職。", "zh", {"DeepMind": "ORG", "Google": "ORG"}, "2024-03-21",
     [("2019", "departure"), ("2019", "appointment")]),
])
def test_spending_in_a_place_captions_roles_held_and_listed_verbs(
        text: str, lang: str, names: dict[str, str], published: str, expected: list[tuple[str, str]]) -> None:
    assert [(d, t) for d, t, _ in _events(text, lang, names, published)] == expected


@pytest.mark.parametrize(("text", "lang", "names", "present", "absent"), [
    # A launch word after the trigger, with no one else named between, continues the launch.
    ("超微董事長蘇姿丰今天上午發表開幕主題演講，推出Instinct MI325X加速器。", "zh", {"超微": "ORG"},
     "Instinct MI325X", None),
    ("超微董事长苏姿丰今天上午发表开幕主题演讲，推出Instinct MI325X加速器。", "zh", {"超微": "ORG"},
     "Instinct MI325X", None),
    ("On Monday Acme launched its cloud service, then released the chip Orion 3.", "en", {"Acme": "ORG"}, "Orion 3",
     None),
    # ... but not one someone else launched.
    ("On Monday Google launched Bard, months after OpenAI released the chatbot Vega 3.", "en",
     {"Google": "ORG", "OpenAI": "ORG", "Bard": "PRODUCT"}, "Bard", "Vega 3"),
])
def test_a_launch_continued_in_a_later_clause_names_its_products(text: str, lang: str, names: dict[str, str],
                                                                 present: str, absent: str | None) -> None:
    found = [(t, p) for _, t, p in _events(text, lang, names, "2024-06-03") if t == "launch"]
    assert found and present in found[0][1] and absent not in found[0][1]


@pytest.mark.parametrize(("text", "lang", "names", "expected"), [
    # A round still being raised is not raised: the day dates no funding.
    ("On Monday people said xAI is raising $6 billion.", "en", {"xAI": "ORG"}, [("2024-05-27", "other")]),
    ("On Monday xAI raised $6 billion.", "en", {"xAI": "ORG"}, [("2024-05-27", "funding")]),
    ("本周一，xAI被曝正在融资60亿美元。", "zh", {"xAI": "ORG"}, [("2024-05-27", "other")]),
    ("本週一，xAI被曝正在融資60億美元。", "zh", {"xAI": "ORG"}, [("2024-05-27", "other")]),
    ("本周一，xAI完成融资60亿美元。", "zh", {"xAI": "ORG"}, [("2024-05-27", "funding")]),
])
def test_a_round_under_way_is_not_raised(text: str, lang: str, names: dict[str, str],
                                         expected: list[tuple[str, str]]) -> None:
    assert [(d, t) for d, t, _ in _events(text, lang, names, "2024-05-29")] == expected


@pytest.mark.parametrize(("lang", "sentences", "names", "published", "absent"), [
    # 并未 (did not) and "and later" open no second happening of the same day.
    ("zh", ["微软1月宣布投资OpenAI，并未收购该公司。"], [("微软", "ORG", "Microsoft"), ("OpenAI", "ORG", "OpenAI")],
     "2024-03-20", ("2024-01", "acquisition")),
    ("en", ["Altman was ousted on Nov. 17 and later returned as chief executive of OpenAI."],
     [("Altman", "PERSON", "Sam Altman"), ("OpenAI", "ORG", "OpenAI")], "2023-12-20", ("2023-11-17", "appointment")),
])
def test_no_second_happening_where_none_was(lang: str, sentences: list[str], names: list[tuple[str, str, str]],
                                            published: str, absent: tuple[str, str]) -> None:
    assert absent not in [found[:2] for found in read(sentences, lang, names, published)]


@pytest.mark.parametrize(("lang", "sentence", "names", "published", "present"), [
    # A result better than expected is a result, not a forecast.
    ("en", "Nvidia on Wednesday reported better-than-expected quarterly revenue.", [("Nvidia", "ORG", "Nvidia")],
     "2024-05-23", ("2024-05-22", "financial")),
    ("de", "Nvidia legte am Mittwoch besser als erwartete Quartalszahlen vor.", [("Nvidia", "ORG", "Nvidia")],
     "2024-05-23", ("2024-05-22", "financial")),
    # A lawsuit over use "without authorisation" is no copyright notice.
    ("zh", "纽约时报12月27日起诉OpenAI和微软，指控其未经授权使用数百万篇文章训练模型。",
     [("OpenAI", "ORG", "OpenAI"), ("微软", "ORG", "Microsoft")], "2024-01-05", ("2023-12-27", "legal")),
    # A cited source in brackets is no photo credit.
    ("de", "SAP übernahm im Februar das Start-up WalkMe (Quelle: Unternehmensangaben).",
     [("SAP", "ORG", "SAP"), ("WalkMe", "ORG", "WalkMe")], "2024-03-20", ("2024-02", "acquisition")),
])
def test_results_suits_and_citations_stay_events(lang: str, sentence: str, names: list[tuple[str, str, str]],
                                                 published: str, present: tuple[str, str]) -> None:
    assert present in [found[:2] for found in read([sentence], lang, names, published)]


def test_a_weekday_possessive_names_no_owner() -> None:
    found = read(["Nvidia gave its results on Tuesday.", "Shares rose 9% in Monday's session on May 20."], "en",
                 [("Nvidia", "ORG", "Nvidia")], "2024-05-23")
    on_monday = [parts for date, _, parts in found if date == "2024-05-20"]
    assert on_monday and all(parts == {"Nvidia"} for parts in on_monday), found


@pytest.mark.parametrize(("text", "lang", "names", "published", "expected"), [
    # A figure a Chinese document shows is the period's result, as the annotators of the later blind sets read it;
    # the document's day goes unsaid.
    ("年报显示，商汤2023年营收约34亿元。", "zh", {"商汤": "ORG"}, "2024-05-01", [("2023", "financial", ["商汤"])]),
    ("招股書顯示，小馬智行去年收入約7000萬美元。", "zh", {"小馬智行": "ORG"}, "2024-11-20",
     [("2023", "financial", ["小馬智行"])]),
    # ... with its change told too.
    ("年报显示，华为去年实现全球销售收入7042亿元人民币，同比增长9.6%。", "zh", {"华为": "ORG"}, "2024-04-01",
     [("2023", "financial", ["华为"])]),
    ("Filings show revenue of $2 billion in 2023 for Acme.", "en", {"Acme": "ORG"}, "2024-05-01", []),
    ("Acme had revenue of $2 billion in 2023.", "en", {"Acme": "ORG"}, "2024-05-01", [("2023", "financial", ["Acme"])]),
    # ... but a report the sentence dates is a happening of that day.
    ("商汤上月公布的年报显示，营收约34亿元。", "zh", {"商汤": "ORG"}, "2024-05-01",
     [("2024-04", "financial", ["商汤"])]),
    # A date right after a plan or a forecast is a target, whatever the calendar makes of it.
    ("小馬智行則計劃於今日在納斯達克上市。", "zh", {"小馬智行": "ORG"}, "2024-11-27", []),
    ("联想预计7月推出新机型。", "zh", {"联想": "ORG"}, "2024-06-03", []),
    # A schedule (将于, "will on") is no happening of the period it names.
    ("这家搜索公司将于下月公布2016年第四季度及全年业绩。", "zh", {}, "2017-01-17", []),
    ("按上市規則，美圖須於3月底前公布上市後首份全年業績。", "zh", {}, "2016-12-16", []),
    ("小馬智行今日在納斯達克上市。", "zh", {"小馬智行": "ORG"}, "2024-11-27",
     [("2024-11-27", "financial", ["小馬智行"])]),
    # An estimate (預估) is a forecast.
    ("分析師預估，今年AI晶片營收將超過50億美元。", "zh", {}, "2024-06-03", []),
    # A newspaper's page line dates the paper.
    ("华东商报　2024年3月5日　星期二　第03版", "zh", {}, "2024-03-05", []),
])
def test_cited_figures_targets_and_page_lines(text: str, lang: str, names: dict[str, str], published: str,
                                             expected: list[tuple[str, str, list[str]]]) -> None:
    assert _events(text, lang, names, published) == expected


@pytest.mark.parametrize(("text", "lang", "names", "published", "expected"), [
    # A trigger of a clause that holds its own date is not the date's after "but": this year's
    # clause tells a state, not the figure of 2022.
    ("鸿海2022年营收约6600亿元，但今年受需求疲软影响，订单减少。", "zh", {"鸿海": "ORG"}, "2023-05-29",
     [("2022", "financial", ["鸿海"])]),
    ("Acme raised $2 billion in 2022, but this year it struggled with demand.", "en", {"Acme": "ORG"}, "2023-05-29",
     [("2022", "funding", ["Acme"])]),
    # ... a clause with a trigger of its own keeps it: withdrawing a suit (撤诉) is legal.
    ("马斯克2月在旧金山一家法院起诉OpenAI，但于6月撤诉。", "zh", {"马斯克": "PERSON", "OpenAI": "ORG"}, "2024-08-06",
     [("2024-02", "legal", ["OpenAI", "马斯克"]), ("2024-06", "legal", ["OpenAI", "马斯克"])]),
    # A prospect held out ("in Aussicht gestellt") is a forecast; a year's revenue (Jahresumsatz) a figure.
    ("SAP-Chef Christian Klein hatte 2022 in Aussicht gestellt, dass der Jahresumsatz bis 2025 auf 30 Milliarden "
     "Euro steige.", "de", {"SAP": "ORG", "Christian Klein": "PERSON"}, "2023-05-29", []),
    ("SAP meldete 2022 einen Jahresumsatz von 30 Milliarden Euro.", "de", {"SAP": "ORG"}, "2023-05-29",
     [("2022", "financial", ["SAP"])]),
])
def test_a_contrast_and_a_prospect_tell_no_figure(text: str, lang: str, names: dict[str, str], published: str,
                                                 expected: list[tuple[str, str, list[str]]]) -> None:
    assert _events(text, lang, names, published) == expected


@pytest.mark.parametrize(("text", "lang", "names", "published", "expected"), [
    # A valuation given with a round is the round's: the event is the funding.
    ("Im Dezember 2023 hatte Mistral AI 385 Millionen Euro bei einer Bewertung von zwei Milliarden Euro eingesammelt.",
     "de", {"Mistral AI": "ORG"}, "2024-06-12", [("2023-12", "funding", ["Mistral AI"])]),
    ("Die Runde bewertet Mistral AI mit sechs Milliarden Euro, wie das Unternehmen am Dienstag mitteilte.", "de",
     {"Mistral AI": "ORG"}, "2024-06-12", [("2024-06-11", "funding", ["Mistral AI"])]),
    # Money received from investors is a round; something else received is no round.
    ("Im März 2021 erhielt Helsing 100 Millionen Euro von Investoren.", "de", {"Helsing": "ORG"}, "2023-09-15",
     [("2021-03", "funding", ["Helsing"])]),
    ("In March 2021 Acme received 100 million dollars from investors.", "en", {"Acme": "ORG"}, "2023-09-15",
     [("2021-03", "funding", ["Acme"])]),
    ("Im März 2021 erhielt Helsing einen Preis.", "de", {"Helsing": "ORG"}, "2023-09-15",
     [("2021-03", "other", ["Helsing"])]),
    # ... and a valuation alone a financial figure, also at a sale of shares (no acquisition).
    ("Bei einem Verkauf von Mitarbeiteraktien im Februar wurde Mistral AI mit sechs Milliarden Euro bewertet.", "de",
     {"Mistral AI": "ORG"}, "2024-05-15", [("2024-02", "financial", ["Mistral AI"])]),
    ("Im Mai wurde Mistral AI mit sechs Milliarden Euro bewertet.", "de", {"Mistral AI": "ORG"}, "2024-06-12",
     [("2024-05", "financial", ["Mistral AI"])]),
    # Signing a deal and forming a joint venture are partnerships ("joint" is no "join").
    ("In March, Acme signed a supply deal with BMW.", "en", {"Acme": "ORG", "BMW": "ORG"}, "2024-06-12",
     [("2024-03", "partnership", ["Acme", "BMW"])]),
    ("In May 2023, Acme and BMW formed a joint venture.", "en", {"Acme": "ORG", "BMW": "ORG"}, "2024-06-20",
     [("2023-05", "partnership", ["Acme", "BMW"])]),
    ("2023年5月，小米与长城汽车在北京成立合资公司。", "zh", {"小米": "ORG", "长城汽车": "ORG"}, "2024-06-20",
     [("2023-05", "partnership", ["小米", "长城汽车"])]),
    # ... but a company founded as a joint venture is founded.
    ("Arm was founded in 1990 as a joint venture of Acorn and Apple.", "en",
     {"Arm": "ORG", "Acorn": "ORG", "Apple": "ORG"}, "2024-06-20", [("1990", "founding", ["Acorn", "Apple", "Arm"])]),
    # Opening a product to users, presenting it, bringing it to market launch it.
    ("Google opened its chatbot Bard to users in Britain on Tuesday.", "en", {"Google": "ORG", "Bard": "PRODUCT"},
     "2023-03-23", [("2023-03-21", "launch", ["Bard", "Google"])]),
    ("3月15日，小米的聊天机器人率先向公众开放。", "zh", {"小米": "ORG"}, "2024-06-20",
     [("2024-03-15", "launch", ["小米"])]),
    ("Am Donnerstag präsentierte Meta das Modell Llama 3.", "de", {"Meta": "ORG", "Llama 3": "PRODUCT"}, "2024-04-20",
     [("2024-04-18", "launch", ["Llama 3", "Meta"])]),
    ("Im April brachte Meta das Modell Llama 3 auf den Markt.", "de", {"Meta": "ORG", "Llama 3": "PRODUCT"},
     "2024-06-20", [("2024-04", "launch", ["Llama 3", "Meta"])]),
    # A licence withdrawn and a place on an export blacklist are legal.
    ("Am Freitag entzog die Behörde dem Fahrdienst Acme die Zulassung.", "de", {"Acme": "ORG"}, "2024-06-20",
     [("2024-06-14", "legal", ["Acme"])]),
    ("2019年5月，美国商务部将华为列入实体清单。", "zh", {"华为": "ORG"}, "2024-06-20",
     [("2019-05", "legal", ["华为"])]),
    ("In May 2019 the Commerce Department added Huawei to its Entity List.", "en", {"Huawei": "ORG"}, "2024-06-20",
     [("2019-05", "legal", ["Huawei"])]),
    # Listing on the Shenzhen exchange is going public.
    ("2010年，宁德时代在深交所上市。", "zh", {"宁德时代": "ORG"}, "2024-06-20", [("2010", "financial", ["宁德时代"])]),
])
def test_rounds_valued_deals_signed_products_opened_and_blacklists(
        text: str, lang: str, names: dict[str, str], published: str,
        expected: list[tuple[str, str, list[str]]]) -> None:
    assert _events(text, lang, names, published) == expected


@pytest.mark.parametrize(("text", "lang", "names", "published", "expected"), [
    # A description takes its organisation from the sentences before; an exchange after 在 is a
    # place, not the name the description has (nor a party to the listing), and a bare 公司 opening a
    # sentence is "the company".
    ("宁德时代由曾毓群于2011年在福建创立。2018年，该公司在深交所上市。", "zh",
     {"宁德时代": "ORG", "深交所": "ORG", "曾毓群": "PERSON"}, "2024-06-20",
     [("2011", "founding", ["宁德时代", "曾毓群"]), ("2018", "financial", ["宁德时代"])]),
    ("宁德时代由曾毓群于2011年在福建创立。公司2015年获得红杉领投的融资。", "zh",
     {"宁德时代": "ORG", "红杉": "ORG", "曾毓群": "PERSON"}, "2024-06-20",
     [("2011", "founding", ["宁德时代", "曾毓群"]), ("2015", "funding", ["宁德时代", "红杉"])]),
    # ... but companies in general ("多家科技公司") stand for no one.
    ("宁德时代由曾毓群于2011年在福建创立。2015年，多家科技公司获得红杉领投的融资。", "zh",
     {"宁德时代": "ORG", "红杉": "ORG", "曾毓群": "PERSON"}, "2024-06-20",
     [("2011", "founding", ["宁德时代", "曾毓群"]), ("2015", "funding", ["红杉"])]),
])
def test_a_chinese_description_stands_for_the_company_before(text: str, lang: str, names: dict[str, str],
                                                             published: str,
                                                             expected: list[tuple[str, str, list[str]]]) -> None:
    assert _events(text, lang, names, published) == expected


@pytest.mark.parametrize(("text", "lang", "names", "published", "expected"), [
    # A price widely reported is no report that dates the sentence; a report is.
    ("Google bought DeepMind in 2014 for a price widely reported at around 400 million pounds.", "en",
     {"Google": "ORG", "DeepMind": "ORG"}, "2023-04-21", [("2014", "acquisition", ["DeepMind", "Google"])]),
    ("Earlier this year, Semafor reported that Microsoft bought DeepMind.", "en",
     {"Semafor": "ORG", "Microsoft": "ORG", "DeepMind": "ORG"}, "2023-04-21", []),
    # The comma inside "November 30, 2022" does not close a relative clause before its year.
    ("Google tries to answer OpenAI, whose chatbot ChatGPT has drawn 100 million users since its release on "
     "November 30, 2022.", "en", {"Google": "ORG", "OpenAI": "ORG", "ChatGPT": "PRODUCT"}, "2023-04-21",
     [("2022-11-30", "launch", ["ChatGPT"])]),
    # Becoming a company's chief, with the company between, is an appointment.
    ("On Thursday Jeff Dean becomes Google's chief scientist.", "en", {"Google": "ORG", "Jeff Dean": "PERSON"},
     "2023-04-21", [("2023-04-20", "appointment", ["Google", "Jeff Dean"])]),
])
def test_reports_relative_clauses_and_chiefs(text: str, lang: str, names: dict[str, str], published: str,
                                            expected: list[tuple[str, str, list[str]]]) -> None:
    assert _events(text, lang, names, published) == expected


@pytest.mark.parametrize(("text", "lang", "names", "expected"), [
    # A trigger after a word of means tells how the typed happening of its clause came about.
    ("Archer went public through a merger with a blank-check company in 2021.", "en", {"Archer": "ORG"},
     [("2021", "financial", ["Archer"])]),
    ("2021年，极氪通过与SPAC合并在纳斯达克上市。", "zh", {"极氪": "ORG"}, [("2021", "financial", ["极氪"])]),
    # ... and the happening itself when nothing else is told.
    ("In 2021 Acme grew through acquisitions.", "en", {"Acme": "ORG"}, [("2021", "acquisition", ["Acme"])]),
])
def test_a_means_is_no_happening_of_its_own(text: str, lang: str, names: dict[str, str],
                                           expected: list[tuple[str, str, list[str]]]) -> None:
    assert _events(text, lang, names, "2024-05-15") == expected


@pytest.mark.parametrize(("text", "lang", "names", "expected"), [
    # A sentence announcing what the undated sentence before told is that happening, that day.
    ("Kyle Vogt, Chef von Cruise, ist zurückgetreten. Das teilte er am Sonntagabend mit.", "de",
     {"Kyle Vogt": "PERSON", "Cruise": "ORG"}, [("2023-11-19", "departure", ["Cruise", "Kyle Vogt"])]),
    ("Kyle Vogt has resigned as chief of Cruise. He announced it on Sunday evening.", "en",
     {"Kyle Vogt": "PERSON", "Cruise": "ORG"}, [("2023-11-19", "departure", ["Cruise", "Kyle Vogt"])]),
    ("腾讯正式发布混元大模型。汤道生周四宣布了这一消息。", "zh", {"腾讯": "ORG", "汤道生": "PERSON"},
     [("2023-11-16", "launch", ["汤道生", "腾讯"])]),
    # ... not when the sentence before dates it itself, nor when it tells no happening.
    ("Kyle Vogt hat Cruise im Jahr 2013 gegründet. Das teilte er am Sonntagabend mit.", "de",
     {"Kyle Vogt": "PERSON", "Cruise": "ORG"}, [("2013", "founding", ["Cruise", "Kyle Vogt"])]),
    ("Kyle Vogt mag Kaffee. Das sagte er am Sonntag.", "de", {"Kyle Vogt": "PERSON"}, []),
])
def test_a_sentence_announcing_the_one_before_tells_its_happening(text: str, lang: str, names: dict[str, str],
                                                                 expected: list[tuple[str, str, list[str]]]) -> None:
    assert _events(text, lang, names, "2023-11-20") == expected


@pytest.mark.parametrize(("sentence", "lang", "names", "expected"), [
    # The date a figure is compared with is no happening's; the period it reports is.
    ("Acme's revenue in the fourth quarter of 2023 tripled from a year earlier.", "en", [("Acme", "ORG", "Acme")],
     {"2023-Q4"}),
    ("Der Umsatz von Acme stieg im Jahr 2023 um ein Fünftel gegenüber dem Jahr 2022.", "de", [("Acme", "ORG", "Acme")],
     {"2023"}),
    ("阿里巴巴2023年第四季度营收较2022年同期增长5%。", "zh", [("阿里巴巴", "ORG", "Alibaba")], {"2023-Q4"}),
    ("Acme's revenue rose 20% compared with 2022.", "en", [("Acme", "ORG", "Acme")], set()),
    ("Acme's revenue rose to $90 billion, up from $70 billion in 2022.", "en", [("Acme", "ORG", "Acme")], set()),
    ("輝達表示，公司營收比去年同期成長。", "zh", [("輝達", "ORG", "Nvidia")], set()),
    # ... but the start of a range is told.
    ("Acme was led by Jane Doe from 2019 to 2023.", "en", [("Acme", "ORG", "Acme"), ("Jane Doe", "PERSON", "Jane Doe")],
     {"2019", "2023"}),
])
def test_a_date_compared_with_dates_no_event(sentence: str, lang: str, names: list[tuple[str, str, str]],
                                            expected: set[str]) -> None:
    assert {date for date, _, _ in read([sentence], lang, names, "2024-03-14")} == expected


@pytest.mark.parametrize(("sentence", "lang", "names", "expected"), [
    # The happening after the means ("durch eine Fusion an die Börse") is told, in a verb-final
    # German clause and a short Chinese one as in English.
    ("Das Start-up Lilium ging im Jahr 2021 durch eine Fusion an die Börse.", "de", [("Lilium", "ORG", "Lilium")],
     ("2021", "financial")),
    ("小马智行2021年通过合并在纳斯达克上市。", "zh", [("小马智行", "ORG", "Pony.ai")], ("2021", "financial")),
    # Everyday German words are no triggers: a round of wage talks, figures presented, "entzog sich".
    ("Im Mai gingen die Tarifverhandlungen bei SAP in die nächste Runde.", "de", [("SAP", "ORG", "SAP")],
     ("2024-05", "other")),
    ("Siemens präsentierte am Donnerstag seine Quartalszahlen.", "de", [("Siemens", "ORG", "Siemens")],
     ("2024-06-20", "financial")),
    ("Am Montag entzog sich der Vorstand von Bosch der Verantwortung.", "de", [("Bosch", "ORG", "Bosch")],
     ("2024-06-17", "other")),
    ("Am Dienstag führte Inovia Capital die Runde an.", "de", [("Inovia Capital", "ORG", "Inovia Capital")],
     ("2024-06-18", "funding")),
])
def test_means_and_everyday_words(sentence: str, lang: str, names: list[tuple[str, str, str]],
                                  expected: tuple[str, str]) -> None:
    assert [found[:2] for found in read([sentence], lang, names, "2024-06-21")] == [expected]


@pytest.mark.parametrize(("text", "lang", "names", "published", "expected"), [
    # A report after what it reports dates what the sentence told before it, and "the two
    # companies" are the two the sentence named.
    ("Globex has bought the robotics startup Initech and will license its software, the two companies said on "
     "Tuesday, in a deal that stops short of a merger.", "en", {"Globex": "ORG", "Initech": "ORG"}, "2024-05-15",
     [("2024-05-14", "acquisition", ["Globex", "Initech"]), ("2024-05-14", "partnership", ["Globex", "Initech"])]),
    # ... not a report whose date the next date glosses: what follows it is reported.
    ("After the acquisition of Initech, Globex said on Monday, January 23, that it would invest in Hooli.", "en",
     {"Globex": "ORG", "Initech": "ORG", "Hooli": "ORG"}, "2023-01-25",
     [("2023-01-23", "funding", ["Globex", "Hooli", "Initech"])]),
    # A date right after "since" starts a span: no happening of its own, unless a role begins then,
    # shortly before the writing; a role held since long before is a standing state.
    ("Globex has poured about $2 billion into Initech since 2021.", "en", {"Globex": "ORG", "Initech": "ORG"},
     "2024-05-15", []),
    ("Globex hat seit 2021 rund zwei Milliarden Euro in Initech investiert.", "de",
     {"Globex": "ORG", "Initech": "ORG"}, "2024-05-15", []),
    ("Jana Berg steht seit März 2021 an der Spitze von Globex.", "de", {"Jana Berg": "PERSON", "Globex": "ORG"},
     "2024-05-15", []),
    ("Seit Sonntag steht Jana Berg an der Spitze von Globex.", "de", {"Jana Berg": "PERSON", "Globex": "ORG"},
     "2024-05-15", [("2024-05-12", "appointment", ["Globex", "Jana Berg"])]),
    ("Jane Berg has been chief executive of Globex since May 1.", "en", {"Jane Berg": "PERSON", "Globex": "ORG"},
     "2024-05-15", [("2024-05-01", "appointment", ["Globex", "Jane Berg"])]),
    ("Jane Berg has been chief executive of Globex since 2019.", "en", {"Jane Berg": "PERSON", "Globex": "ORG"},
     "2024-05-15", []),
    ("Jana Berg ist seit 2019 Chefin von Globex.", "de", {"Jana Berg": "PERSON", "Globex": "ORG"},
     "2024-05-15", []),
    ("刘明自2018年起担任蚂蚁集团董事长。", "zh", {"刘明": "PERSON", "蚂蚁集团": "ORG"}, "2024-05-15", []),
    ("Globex has tripled its sales since 2019 under chief executive Jane Berg.", "en",
     {"Jane Berg": "PERSON", "Globex": "ORG"}, "2024-05-15", []),
    # A date in a relative clause is not typed by a trigger outside it; the noun it describes counts.
    ("2019 übernahm Globex die Firma Initech, deren Gründerin Jana Berg heute die KI-Sparte von Globex leitet.",
     "de", {"Globex": "ORG", "Initech": "ORG", "Jana Berg": "PERSON"}, "2024-05-15",
     [("2019", "acquisition", ["Globex", "Initech", "Jana Berg"])]),
    ("Globex's shares, which dropped 3% on Monday, rose 5% on Tuesday.", "en", {"Globex": "ORG"}, "2024-05-15",
     [("2024-05-13", "financial", ["Globex"]), ("2024-05-14", "financial", ["Globex"])]),
    # A threat, however far from its "to", bans nothing.
    ("Jane Berg threatened on Friday to ban Globex software at her companies.", "en",
     {"Jane Berg": "PERSON", "Globex": "ORG"}, "2024-05-15", [("2024-05-10", "other", ["Globex", "Jane Berg"])]),
    # A forecast with the year between its words, an estimate and a count as of now tell no happening.
    ("Globex rechnet für 2025 mit mehr als zwei Milliarden Euro Umsatz.", "de", {"Globex": "ORG"}, "2025-06-01", []),
    ("Im März erreichte Globex nach Schätzungen von Analysten fünf Millionen Nutzer.", "de", {"Globex": "ORG"},
     "2024-05-15", []),
    ("Globex says it now has 5 million users and handled 90 million orders last year.", "en", {"Globex": "ORG"},
     "2024-05-15", []),
    # What was chosen instead is not what happened.
    ("On Monday, rather than an acquisition, Globex struck a licensing deal with Initech.", "en",
     {"Globex": "ORG", "Initech": "ORG"}, "2024-05-15", [("2024-05-13", "partnership", ["Globex", "Initech"])]),
    ("Am Montag vereinbarte Globex statt einer Übernahme eine Kooperation mit Initech.", "de",
     {"Globex": "ORG", "Initech": "ORG"}, "2024-05-15", [("2024-05-13", "partnership", ["Globex", "Initech"])]),
    # An interview dates the interview, not what it tells.
    ("刘明今年3月接受《财经》采访时曾表示，公司已盈利。", "zh", {"刘明": "PERSON"}, "2024-05-15", []),
])
def test_reports_after_spans_since_relative_dates_and_counts(text: str, lang: str, names: dict[str, str],
                                                             published: str,
                                                             expected: list[tuple[str, str, list[str]]]) -> None:
    assert _events(text, lang, names, published) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # A description that is the object of a verb whose subject is named stands for another party.
    ("Cruise wurde 2013 gegründet. GM übernahm das Start-up im März 2016.", "de",
     [("2013", "founding", ["Cruise"]), ("2016-03", "acquisition", ["Cruise", "GM"])]),
    ("Initech builds robots. In 2019 Globex bought the startup.", "en",
     [("2019", "acquisition", ["Globex", "Initech"])]),
    # ... not after a copula, whose description is the subject itself.
    ("Initech makes chips. Globex became the most valuable company in May.", "en",
     [("2024-05", "financial", ["Globex"])]),
])
def test_a_description_as_object_is_another_party(text: str, lang: str,
                                                  expected: list[tuple[str, str, list[str]]]) -> None:
    assert _events(text, lang, {"Cruise": "ORG", "GM": "ORG", "Initech": "ORG", "Globex": "ORG"},
                   "2024-05-15") == expected


@pytest.mark.parametrize(("lang", "sentences", "expected"), [
    # A clause that only reports a happening its sentence dates itself adds no second happening.
    ("de", ["Tom Reed sei zum 1. März in den Ruhestand getreten und habe den Verwaltungsrat verlassen, "
            "teilte Globex am Montag mit."], [("2024-03-01", "departure", {"Tom Reed", "Globex"})]),
    ("en", ["Tom Reed retired on March 1 and left the board, Globex said on Monday."],
     [("2024-03-01", "departure", {"Tom Reed", "Globex"})]),
    # ... a report whose happening has no date of its own dates it.
    ("en", ["Globex said on Monday it had bought Initech."], [("2024-05-13", "acquisition", {"Globex", "Initech"})]),
    # A trigger in a relative clause behind a preposition describes; the clause it interrupted
    # goes on in the date's clause, with its subject.
    ("de", ["Globex hatte das Werk, für das der Staat Milliarden zugesagt hat, im April um ein Jahr verschoben."],
     [("2024-04", "other", {"Globex"})]),
    # A leave of absence is no leaving.
    ("en", ["In April, Tom Reed of Globex said he would take a leave of absence."],
     [("2024-04", "other", {"Tom Reed", "Globex"})]),
])
def test_reports_of_dated_happenings_and_interrupted_clauses(lang: str, sentences: list[str],
                                                            expected: list[tuple[str, str, set[str]]]) -> None:
    names = [("Globex", "ORG", "Globex"), ("Initech", "ORG", "Initech"), ("Tom Reed", "PERSON", "Tom Reed")]
    assert read(sentences, lang, names, "2024-05-15") == expected


_GLOBEX_STORY = ["Globex makes robots.", "Globex sells them in Asia.", "Globex has 900 staff.",
                 "Lumen sells parts to Globex.", "Prices rose.", "Costs fell.", "Sales grew."]


@pytest.mark.parametrize(("sentences", "published", "expected"), [
    # The end of the year an article is written in is still to come: a target, no happening.
    (["Globex expects to close its purchase of Initech by the end of the year."], "2024-05-15", []),
    # A former employer named after what was worked on there takes no part.
    (["Tom Reed, who had worked on the robot arm at Lumen, joined Globex in 2018."], "2024-05-15",
     [("2018", "appointment", {"Tom Reed", "Globex"})]),
    # A role taken with no organisation named is taken at the one the document is about ...
    ([*_GLOBEX_STORY, "Anna Berg was named chief scientist in May."], "2024-05-15",
     [("2024-05", "appointment", {"Anna Berg", "Globex"})]),
    # ... when there is one: named not twice as often as another, none is, unless the headline
    # opens with it (facts.parties.main_organisation).
    (["Robots sell well.", "Lumen sells them in Asia.", *_GLOBEX_STORY[1:],
      "Anna Berg was named chief scientist in May."], "2024-05-15", [("2024-05", "appointment", {"Anna Berg"})]),
    ([*_GLOBEX_STORY[:1], "Lumen sells them in Asia.", *_GLOBEX_STORY[2:],
      "Anna Berg was named chief scientist in May."], "2024-05-15",
     [("2024-05", "appointment", {"Anna Berg", "Globex"})]),
    # A description with no organisation named in reach stands for the one the document is about.
    ([*_GLOBEX_STORY[:3], "Globex buys parts.", *_GLOBEX_STORY[4:], "In May the startup opened an office in Paris."],
     "2024-05-15", [("2024-05", "other", {"Globex"})]),
])
def test_targets_former_employers_and_the_organisation_a_document_is_about(
        sentences: list[str], published: str, expected: list[tuple[str, str, set[str]]]) -> None:
    names = [("Globex", "ORG", "Globex"), ("Initech", "ORG", "Initech"), ("Lumen", "ORG", "Lumen"),
             ("Tom Reed", "PERSON", "Tom Reed"), ("Anna Berg", "PERSON", "Anna Berg")]
    assert read(sentences, "en", names, published) == expected


def test_a_german_target_at_the_end_of_the_year_is_no_happening() -> None:
    names = [("Globex", "ORG", "Globex"), ("Initech", "ORG", "Initech")]
    assert read(["Den Abschluss der Übernahme erwarten Globex und Initech bis zum Ende des Jahres."], "de", names,
                "2024-05-15") == []


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    # Where a happening took place takes no part in it ...
    ("en", "Globex went public on the Nasdaq in 2019.", [("2019", "financial", {"Globex"})]),
    ("zh", "Globex于2019年在Nasdaq挂牌上市。", [("2019", "financial", {"Globex"})]),
    ("de", "Globex ging 2019 an der Nasdaq an die Börse.", [("2019", "financial", {"Globex"})]),
    # ... but the one a post is taken at does.
    ("zh", "Tom Reed于2019年在Globex出任首席执行官。", [("2019", "appointment", {"Tom Reed", "Globex"})]),
])
def test_where_a_happening_took_place_takes_no_part(lang: str, sentence: str,
                                                    expected: list[tuple[str, str, set[str]]]) -> None:
    names = [("Globex", "ORG", "Globex"), ("Nasdaq", "ORG", "Nasdaq"), ("Tom Reed", "PERSON", "Tom Reed")]
    assert read([sentence], lang, names, "2024-05-15") == expected


def test_a_conjunct_in_the_passive_befalls_the_subject_and_keeps_its_own_agent() -> None:
    names = [("Reddit", "ORG", "Reddit"), ("Steve Huffman", "PERSON", "Steve Huffman"),
             ("Alexis Ohanian", "PERSON", "Alexis Ohanian"), ("Condé Nast", "ORG", "Condé Nast")]
    assert read(["Reddit was founded in 2005 by Steve Huffman and Alexis Ohanian, and was bought by Condé Nast "
                 "the following year."], "en", names, "2024-03-22") == [
        ("2005", "founding", {"Reddit", "Steve Huffman", "Alexis Ohanian"}),
        ("2006", "acquisition", {"Reddit", "Condé Nast"})]


def test_it_naming_what_a_noun_is_acts_in_nothing() -> None:
    names = [("Reddit", "ORG", "Reddit"), ("Pinterest", "ORG", "Pinterest")]
    assert read(["Reddit shares rose on Thursday.", "It was the first initial public offering by a major social media "
                 "company since Pinterest listed in 2019."], "en", names, "2024-03-22") == [
        ("2024-03-21", "financial", {"Reddit"}), ("2019", "financial", {"Pinterest"})]
    # "it" that acts is the organisation just named.
    assert read(["Reddit makes forums.", "In May it raised $10 million."], "en", names, "2024-03-22") == [
        ("2023-05", "funding", {"Reddit"})]


def test_a_semicolon_parts_two_dated_happenings_and_their_names() -> None:
    names = [("John Schulman", "PERSON", "John Schulman"), ("Anthropic", "ORG", "Anthropic"),
             ("Greg Brockman", "PERSON", "Greg Brockman")]
    found = read(["Co-founder John Schulman left for rival Anthropic in August; the same day, president Greg "
                  "Brockman said he would take a sabbatical."], "en", names, "2024-09-26")
    assert [(date, people) for date, _, people in found] == [
        ("2024-08", {"John Schulman", "Anthropic"}), ("2024-08", {"Greg Brockman"})]
    # A part with no date of its own goes on with the happening before it.
    names = [("Aleph Alpha", "ORG", "Aleph Alpha"), ("Bosch", "ORG", "Bosch"), ("SAP", "ORG", "SAP")]
    found = read(["Aleph Alpha hatte im November 2023 Geld eingesammelt; unter den Geldgebern waren damals Bosch "
                  "und SAP."], "de", names, "2024-05-23")
    assert [people for _, _, people in found] == [{"Aleph Alpha", "Bosch", "SAP"}]


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    # A date in the part of its period still to come is a schedule, not a happening ...
    ("en", "Globex will launch the model later this year.", []),
    ("de", "Globex startet das Modell später in diesem Jahr.", []),
    ("zh", "Globex今年晚些時候推出该模型。", []),
    # ... but the period's part that has come dates one.
    ("en", "Globex launched the model earlier this year.", [("2024", "launch", {"Globex"})]),
    ("de", "Globex startete das Modell Anfang dieses Jahres.", [("2024", "launch", {"Globex"})]),
    ("zh", "Globex今年推出了该模型。", [("2024", "launch", {"Globex"})]),
])
def test_later_in_the_period_of_writing_is_no_happening(lang: str, sentence: str,
                                                        expected: list[tuple[str, str, set[str]]]) -> None:
    assert read([sentence], lang, [("Globex", "ORG", "Globex")], "2024-05-15") == expected


@pytest.mark.parametrize(("lang", "sentences", "published", "expected"), [
    # Joining others in a partnership takes no post.
    ("en", ["Earlier this week Globex joined Initech and Lumen in a partnership to build data centers."],
     "2024-05-15", [("2024-W20", "partnership", {"Globex", "Initech", "Lumen"})]),
    # A count as of now that a report of a date reports is no happening of that date ...
    ("en", ["Globex now has more than 9 million users, the company said last month."], "2024-05-15", []),
    # ... a plan it reports is one of that date.
    ("en", ["Globex will restart a reactor and sell its power to Initech, the two companies said on Friday."],
     "2024-05-15", [("2024-05-10", "other", {"Globex", "Initech"})]),
    # An attribution closed before the date ("… zufolge") is undated: the date is the happening's.
    ("de", ["Medienberichten zufolge hatte Globex Tom Reed in der vergangenen Woche vor die Wahl gestellt."],
     "2024-12-03", [("2024-W48", "other", {"Globex", "Tom Reed"})]),
    ("de", ["Laut einem Bericht vom Montag hat Globex Tom Reed vor die Wahl gestellt."], "2024-12-03", []),
    # A shutdown happens, untyped.
    ("en", ["Globex shut down its plant in Ohio in 2019."], "2024-05-15", [("2019", "other", {"Globex"})]),
])
def test_partnerships_joined_reported_counts_closed_attributions_and_shutdowns(
        lang: str, sentences: list[str], published: str, expected: list[tuple[str, str, set[str]]]) -> None:
    names = [("Globex", "ORG", "Globex"), ("Initech", "ORG", "Initech"), ("Lumen", "ORG", "Lumen"),
             ("Tom Reed", "PERSON", "Tom Reed")]
    assert read(sentences, lang, names, published) == expected


@pytest.mark.parametrize(("lang", "sentences", "expected"), [
    # A person told by age is the one named just before.
    ("de", ["Globex hat sich von Tom Reed getrennt.", "Der 58-Jährige sei im Mai in den Ruhestand getreten."],
     [("2024-05", "departure", {"Tom Reed"})]),
    ("en", ["Globex parted ways with Tom Reed.", "The 58-year-old retired in May."],
     [("2024-05", "departure", {"Tom Reed"})]),
    # Leading an organisation from a year on began a role then.
    ("de", ["Tom Reed hatte ab 2012 Initech geführt."], [("2012", "appointment", {"Tom Reed", "Initech"})]),
    # Issuing export rules regulates; it launches nothing.
    ("zh", ["当地时间周二，美国商务部发布新一轮出口管制规则。"], [("2024-05-14", "legal", {"Commerce Department"})]),
    ("en", ["On Tuesday the Commerce Department released new export rules for chips."],
     [("2024-05-14", "legal", {"Commerce Department"})]),
])
def test_people_by_age_roles_led_since_and_rules_issued(lang: str, sentences: list[str],
                                                        expected: list[tuple[str, str, set[str]]]) -> None:
    names = [("Globex", "ORG", "Globex"), ("Initech", "ORG", "Initech"), ("Tom Reed", "PERSON", "Tom Reed"),
             ("美国商务部", "ORG", "Commerce Department"), ("Commerce Department", "ORG", "Commerce Department")]
    assert read(sentences, lang, names, "2024-05-15") == expected


@pytest.mark.parametrize(("sentences", "expected"), [
    # Leaving for another organisation, the one left unnamed: the one the document is about.
    ([*_GLOBEX_STORY, "Anna Berg left for rival Initech in May."],
     [("2024-05", "departure", {"Anna Berg", "Globex", "Initech"})]),
    # ... not when the one left is named.
    ([*_GLOBEX_STORY, "Anna Berg left Lumen for Initech in May."],
     [("2024-05", "departure", {"Anna Berg", "Lumen", "Initech"})]),
    # A title held with no organisation named is held at the one the document is about.
    ([*_GLOBEX_STORY, "In May, chief scientist Anna Berg said she would take a sabbatical."],
     [("2024-05", "other", {"Anna Berg", "Globex"})]),
])
def test_the_organisation_left_or_titled_goes_unnamed(sentences: list[str],
                                                      expected: list[tuple[str, str, set[str]]]) -> None:
    names = [("Globex", "ORG", "Globex"), ("Initech", "ORG", "Initech"), ("Lumen", "ORG", "Lumen"),
             ("Anna Berg", "PERSON", "Anna Berg")]
    assert read(sentences, "en", names, "2024-05-15") == expected


@pytest.mark.parametrize(("sentences", "expected"), [
    # "das Labor" as the object of a purchase is the lab named before, not the buyer.
    (["Initech erforscht Proteine.", "Globex übernahm das Labor 2019."],
     [("2019", "acquisition", {"Globex", "Initech"})]),
    # "der Grafikkartenhersteller", a bare compound, stands for the organisation named before.
    (["Globex baut Grafikkarten.", "Im Mai 2019 stellte der Grafikkartenhersteller einen neuen Chip vor."],
     [("2019-05", "launch", {"Globex"})]),
])
def test_german_descriptions_of_a_lab_and_a_maker(sentences: list[str],
                                                  expected: list[tuple[str, str, set[str]]]) -> None:
    names = [("Globex", "ORG", "Globex"), ("Initech", "ORG", "Initech")]
    assert read(sentences, "de", names, "2024-05-15") == expected


def test_a_description_far_from_the_name_is_the_company_the_story_is_about() -> None:
    # The sentences in reach name only investors, once each, and speak of the company by
    # description: "the company" is the one the document tells of far more often.
    names = [("Quillo", "ORG", "Quillo"), ("Coatue", "ORG", "Coatue"), ("Magnetar", "ORG", "Magnetar"),
             ("Lykos", "ORG", "Lykos"), ("Fidelity", "ORG", "Fidelity")]
    sentences = ["Quillo raised $1.1 billion in a round led by Coatue.", "Quillo rents out chips, and Quillo grows.",
                 "The deal values the company at $19 billion.", "Magnetar and Lykos also put money into the round.",
                 "The valuation has climbed quickly.",
                 "In December 2023, investors led by Fidelity bought a minority stake in the company."]
    assert ("2023-12", "funding", {"Fidelity", "Quillo"}) in read(sentences, "en", names, "2024-05-01")


def test_its_after_a_verb_is_the_subjects_own_and_brings_no_other_party() -> None:
    names = [("Quillo", "ORG", "Quillo"), ("Globex", "ORG", "Globex"), ("Kiran Dobbs", "PERSON", "Kiran Dobbs")]
    sentences = ["Globex bought a stake in Quillo in 2021.",
                 "Founded in 2015 by Kiran Dobbs, Quillo made its name with routers."]
    assert ("2015", "founding", {"Kiran Dobbs", "Quillo"}) in read(sentences, "en", names, "2024-05-01")


def test_a_description_that_names_the_one_after_it_points_nowhere_back() -> None:
    # "der Chipkonzern Lumen" says what Lumen is: "das Unternehmen" after it is Lumen, not the
    # start-up a description in the sentence before that stood for.
    names = [("Globex", "ORG", "Globex"), ("Initech", "ORG", "Initech"), ("Lumen", "ORG", "Lumen"),
             ("Anna Berg", "PERSON", "Anna Berg")]
    sentences = ["Der Konzern Globex kaufte am Dienstag das Start-up Initech.",
                 "Am Mittwoch ernannte der Chipkonzern Lumen einen neuen Finanzchef.",
                 "Die bisherige Finanzvorständin Anna Berg verließ das Unternehmen am Donnerstag."]
    assert ("2024-05-23", "departure", {"Anna Berg", "Lumen"}) in read(sentences, "de", names, "2024-05-24")


@pytest.mark.parametrize(("lang", "sentences", "expected"), [
    # A product named only as the kind of another thing takes no part in what is told of it ...
    ("en", ["Globex on Tuesday unveiled a line of Windows computers with its own chips."],
     [("2024-05-21", "launch", {"Globex"})]),
    ("de", ["Globex stellte am Dienstag eine neue Klasse von Windows-Rechnern vor."],
     [("2024-05-21", "launch", {"Globex"})]),
    # ... but a product's own model does.
    ("de", ["Globex stellte am Dienstag sein ChatGPT-Modell vor."], [("2024-05-21", "launch", {"Globex", "ChatGPT"})]),
])
def test_a_product_named_as_the_kind_of_another_thing_takes_no_part(
        lang: str, sentences: list[str], expected: list[tuple[str, str, set[str]]]) -> None:
    names = [("Globex", "ORG", "Globex"), ("Windows", "PRODUCT", "Microsoft Windows"),
             ("ChatGPT", "PRODUCT", "ChatGPT")]
    assert read(sentences, lang, names, "2024-05-22") == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # An untyped verb around its object tells what the object does: announcing a purchase.
    ("Globex kündigte am Dienstag den Kauf von Initech an.", "de",
     [("other", "announce"), ("acquisition", "acquire")]),
    ("Globex gab am Dienstag die Entscheidung bekannt.", "de", [("other", "announce")]),
    ("Microsoft announced on Monday the purchase of Nuance.", "en",
     [("other", "announce"), ("acquisition", "acquire")]),
    # A listing with the exchange named or described.
    ("Initech ging im Mai 2021 an die Frankfurter Börse.", "de", [("financial", "list_on")]),
    ("Initech war an die New Yorker Technologiebörse Nasdaq gegangen.", "de", [("financial", "list_on")]),
    ("Initech war an die Nasdaq gegangen.", "de", [("financial", "list_on")]),
    ("Initech strebt an die Frankfurter Börse.", "de", [("financial", "list_on")]),
    # ... but a manager going to an exchange's operator lists nothing.
    ("Globex-Finanzchef Tom Reed wechselt am Montag an die Deutsche Börse.", "de", [("appointment", "join")]),
    ("Arm hat einen erfolgreichen Start an der New Yorker Technologiebörse Nasdaq hingelegt.", "de",
     [("financial", "list")]),
    ("Die Aktie ging am Montag an der Börse auf Talfahrt.", "de", [("financial", "market")]),
    ("Der Konzern stuft das Risiko als gering ein.", "de", []),
    # A price paid for a company.
    ("Für Initech hatte Globex 2019 rund 8 Milliarden Dollar bezahlt.", "de", [("acquisition", "pay")]),
    ("Für den US-Softwarehersteller Initech hatte Globex rund 8 Milliarden Dollar bezahlt.", "de",
     [("acquisition", "pay")]),
    # ... not a fine paid (the fine is regulation), nor money paid for nothing named.
    ("Globex hat am Montag 2 Milliarden Dollar Strafe an die EU bezahlt.", "de", [("legal", "regulate")]),
    # Oversight, a review of a deal, a designation and a decree are regulation; a merger is an
    # acquisition, the merger control that reviews it is not.
    ("Das Amt stellt Globex unter verschärfte Aufsicht.", "de", [("legal", "regulate")]),
    ("Das Amt hat Globex der Missbrauchsaufsicht unterstellt.", "de", [("legal", "regulate")]),
    ("Damals prüfte die Kommission die Partnerschaft zwischen Globex und Initech.", "de", [("legal", "review")]),
    ("Die FTC hat die Übernahme von Initech geprüft.", "de", [("legal", "review")]),
    # ... by an authority: a company reviewing a partnership or decreeing rules regulates nothing.
    ("Globex prüfte am Montag eine Partnerschaft mit Initech.", "de", []),
    ("Globex hat am Montag neue Regeln für Partner erlassen.", "de", []),
    ("Globex wurde als Gatekeeper eingestuft.", "de", [("legal", "regulate")]),
    ("Der Deal unterlag nicht der Fusionskontrolle.", "de", [("legal", "regulate")]),
    ("Die Fusion von Globex und Initech ist abgeschlossen.", "de", [("acquisition", "merge")]),
    ("Biden hatte per Dekret neue Pflichten erlassen.", "de", [("legal", "regulate"), ("legal", "review")]),
    # A German verb's particle may stand far after it.
    ("Globex stellte am Dienstag in San Francisco sein neues Sprachmodell Orbit vor.", "de", [("launch", "launch")]),
    # An office taken is no acquisition, nor is an investment another took over.
    ("Anna Berg übernahm das Amt im Januar.", "de", [("appointment", "appoint")]),
    ("Globex übernahm zugleich die von Lumen zugesagte Investition.", "de", [("funding", "invest")]),
    # A holding sold for a price to a buyer, its noun a compound.
    ("Globex hatte die Antriebssparte für 3,5 Milliarden Euro an KKR verkauft.", "de", [("acquisition", "sell")]),
    # A sale, told by the seller, never has it buy; a purchase is what an announcement tells only as its
    # object, not one it comes after.
    ("Globex gab am Montag den Verkauf der Sparte an Initech bekannt.", "de",
     [("other", "announce"), ("acquisition", "sale")]),
    ("Globex kündigte am Montag nach dem Kauf von Initech einen Stellenabbau an.", "de", [("other", "announce")]),
    ("Globex kündigte am Montag seit dem Kauf von Initech geplante Schritte an.", "de", [("other", "announce")]),
    # Shares sold on the market, or a market share won in another clause, are no holding sold.
    ("Anleger verkauften am Montag massenhaft Anteile von Globex.", "de", []),
    ("Globex verkaufte im ersten Quartal mehr Geräte und gewann in China Anteile hinzu.", "de", []),
    ("Im vergangenen Jahr verkaufte Globex seine Beteiligung.", "de", [("acquisition", "sell")]),
    # A particle ends its clause, with no comma before it: noting that revenue lay ahead presents nothing.
    ("Globex stellte am Montag fest, dass der Gewinn in Europa deutlich vor dem Vorjahr lag.", "de",
     [("financial", "revenue")]),
    ("Globex stellte am Montag fest, dass Initech vor Ort war.", "de", []),
    ("Globex stellte am Montag ein Modell für 4,5 Millionen Euro vor.", "de", [("launch", "launch")]),
    ("Am Freitag stellte Globex sein neues Modell ins Netz – ohne Vorwarnung.", "de", [("launch", "launch")]),
    ("Globex opened its own chatbot, Orbit, to users in May.", "en", [("launch", "launch")]),
    # A country opening up launches nothing; money put into a subsidiary set up is no funding round.
    ("3月4日，商务部表示将继续扩大对外开放。", "zh", []),
    ("3月4日，商務部表示將繼續擴大對外開放。", "zh", []),
    ("四十年改革开放以来，深圳发展迅速。", "zh", []),
    ("3月4日，腾讯出资10亿元设立子公司。", "zh", []),
    ("3月4日，騰訊出資10億元成立子公司。", "zh", [("founding", "found")]),
])
def test_german_verbs_around_their_objects_reviews_listings_and_offices(text: str, lang: str,
                                                                        expected: list[tuple[str, str]]) -> None:
    from ainews_cli import han
    from ainews_cli.events import load_triggers

    read = han.normalised(text) if lang in han.FOLDED else text
    assert [(hit.type, hit.action) for hit in load_triggers().find(read, lang)] == expected


_AUTHORITIES = [("Globex", "ORG", "Globex"), ("Initech", "ORG", "Initech"), ("Lumen", "ORG", "Lumen"),
                ("Bundeskartellamt", "ORG", "Bundeskartellamt"), ("FTC", "ORG", "FTC"),
                ("国家网信办", "ORG", "Cyberspace Administration of China"),
                ("國家網信辦", "ORG", "Cyberspace Administration of China"), ("百度", "ORG", "Baidu"),
                ("Anna Berg", "PERSON", "Anna Berg"), ("Orbit", "PRODUCT", "Orbit")]


@pytest.mark.parametrize(("lang", "sentences", "expected"), [
    # "die Behörde", "das Amt" stand for the authority named before, however far back, not for the
    # company it deals with; an authority dealing with a company is regulation.
    ("de", ["Das Bundeskartellamt hat Globex im Blick.", "Globex baut Chips.", "Globex baut auch Server.",
            "Globex verkauft sie weltweit.", "Das Verfahren hatte das Amt im März 2023 eingeleitet."],
     [("2023-03", "legal", {"Bundeskartellamt", "Globex"})]),
    ("de", ["Das Bundeskartellamt hat Globex im Blick.",
            "Schon im vergangenen Herbst hatte sich die Behörde mit dem Konzern befasst."],
     [("2022-FA", "legal", {"Bundeskartellamt", "Globex"})]),
    # A proceeding with only the authority named (above) is against the organisation the document is
    # about; a study of a market is against no one.
    ("de", ["Globex baut Chips.", "Globex wächst.", "Globex verkauft Server.",
            "Das Bundeskartellamt hatte 2022 eine Untersuchung des Cloud-Markts begonnen."],
     [("2022", "legal", {"Bundeskartellamt"})]),
    # ... not the office someone takes.
    ("de", ["Das Bundeskartellamt hat Globex im Blick.", "Anna Berg übernahm das Amt im Januar."],
     [("2023-01", "appointment", {"Anna Berg"})]),
    # ... not one described by what its name does not hold ("die irische Datenschutzbehörde", "das Auswärtige
    # Amt" after the Bundeskartellamt), nor one whose proceeding is against someone the clause describes.
    ("de", ["Das Bundeskartellamt hat Globex im Blick.",
            "Am Montag verhängte die irische Datenschutzbehörde eine Strafe gegen Globex."],
     [("2023-11-06", "legal", {"Globex"})]),
    ("de", ["Das Bundeskartellamt hat Globex im Blick.",
            "Das Auswärtige Amt hatte am Dienstag eine Warnung verschickt."], []),
    ("de", ["Das Bundeskartellamt hat Globex im Blick.", "Globex baut Chips.", "Globex baut auch Server.",
            "Globex verkauft sie weltweit.",
            "Zuvor hatte das Amt im Jahr 2022 ein Verfahren gegen den Onlinehändler eingeleitet."],
     [("2022", "legal", {"Bundeskartellamt"})]),
    ("de", ["Das Bundeskartellamt hat Globex im Blick.", "Am Montag hat die Bonner Kartellbehörde entschieden."],
     [("2023-11-06", "legal", {"Bundeskartellamt"})]),
    # Without an authority named, "die Behörde" is what it was.
    ("de", ["Globex baut Chips.", "Am Montag gab die Behörde eine Warnung heraus."],
     [("2023-11-06", "other", {"Globex"})]),
    ("en", ["The FTC met with Globex executives on Monday."], [("2023-11-06", "legal", {"FTC", "Globex"})]),
    ("zh", ["国家网信办周二约谈了百度。"], [("2023-11-07", "legal", {"Cyberspace Administration of China", "Baidu"})]),
    ("zh", ["國家網信辦周二約談了百度。"], [("2023-11-07", "legal", {"Cyberspace Administration of China", "Baidu"})]),
    # Announcing "die Entscheidung" told just before, undated, is that happening.
    ("de", ["Das Bundeskartellamt hat Globex der Missbrauchsaufsicht unterstellt.",
            "Die Bonner Behörde gab die Entscheidung am Montag bekannt."],
     [("2023-11-06", "legal", {"Bundeskartellamt", "Globex"})]),
    # The deal the sentence before told, undated, goes on: its other party takes part.
    ("de", ["Globex übernimmt Initech.",
            "Wie der Konzern am Mittwoch mitteilte, zahlt er den Aktionären 14 Dollar je Aktie in bar."],
     [("2023-11-08", "acquisition", {"Globex", "Initech"})]),
    ("en", ["Globex agreed to buy Initech.", "It will pay $20 a share in cash, the company said on Tuesday."],
     [("2023-11-07", "acquisition", {"Globex", "Initech"})]),
    # ... not another deal with an object of its own.
    ("en", ["Globex agreed to buy Initech.", "On Tuesday Globex also bought a startup in Israel."],
     [("2023-11-07", "acquisition", {"Globex"})]),
    ("de", ["Globex übernimmt Initech.", "Am Dienstag kaufte Globex außerdem ein Start-up in Israel."],
     [("2023-11-07", "acquisition", {"Globex"})]),
    # ... not when the sentence names two parties of its own.
    ("de", ["Globex übernimmt Initech.", "Am Mittwoch übernahm Globex auch Lumen."],
     [("2023-11-08", "acquisition", {"Globex", "Lumen"})]),
    # A participle and its maker set off by commas describe, like a relative clause.
    ("de", ["Am Dienstag hat Lumen, gegründet von Anna Berg, ein Modell vorgestellt."],
     [("2023-11-07", "launch", {"Lumen", "Anna Berg"})]),
    # A description right before a name the entity stage missed says what that name is.
    ("de", ["Globex baut Chips.", "Gestern hat das Start-up Humane seinen Computer vorgestellt."],
     [("2023-11-09", "launch", set())]),
    # A stake taken, a date between the verb and its amount.
    ("de", ["Globex beteiligte sich im Mai mit 50 Millionen Euro an Initech."],
     [("2023-05", "funding", {"Globex", "Initech"})]),
    # A product that follows another comes out; a name apposed to the noun of its kind is what a
    # relative clause of that noun launches.
    ("de", ["Globex baut Chips.", "Im März 2023 folgte Orbit, das Globex seither verbessert hat."],
     [("2023-03", "launch", {"Orbit", "Globex"})]),
    ("de", ["Anna Berg will die Technik mit Nimbus verbinden, dem KI-Assistenten, den Globex im Mai "
            "vorgestellt hatte."],
     [("2023-05", "launch", {"Globex", "Nimbus"})]),
    # "am Montag der Vorwoche", "Tags darauf".
    ("de", ["Schon am Montag der Vorwoche hatte Globex per Dekret neue Pflichten bekommen."],
     [("2023-10-30", "legal", {"Globex"})]),
    ("de", ["Am Mittwoch unterzeichnete Globex eine Vereinbarung mit Initech.",
            "Tags darauf endete das Treffen von Globex und Initech."],
     [("2023-11-08", "partnership", {"Globex", "Initech"}), ("2023-11-09", "other", {"Globex", "Initech"})]),
])
def test_authorities_deals_told_on_appositions_and_german_weeks(lang: str, sentences: list[str],
                                                                expected: list[tuple[str, str, set[str]]]) -> None:
    assert read(sentences, lang, _AUTHORITIES, "2023-11-10") == expected


def test_a_line_stating_when_a_german_article_appeared_is_no_event() -> None:
    sentences = ["Veröffentlicht am 05.06.2024 um 18:47 Uhr", "Globex übernimmt Initech am Mittwoch."]
    names = [("Globex", "ORG", "Globex"), ("Initech", "ORG", "Initech")]
    assert read(sentences, "de", names, "2024-06-05") == [("2024-06-05", "acquisition", {"Globex", "Initech"})]


@pytest.mark.parametrize(("text", "lang", "names", "expected"), [
    # A price paid for a company named is its purchase; one paid for a licence or as a fine is none.
    ("In June last year Acme agreed to pay $2 billion for Initech.", "en", {"Acme": "ORG", "Initech": "ORG"},
     [("2023-06", "acquisition")]),
    ("In June Acme paid $30 million for the data firm Initech.", "en", {"Acme": "ORG", "Initech": "ORG"},
     [("2024-06", "acquisition")]),
    ("In June Acme paid Globex $30 million, mostly for a licence to its models.", "en",
     {"Acme": "ORG", "Globex": "ORG"}, [("2024-06", "other")]),
    ("In June Acme agreed to pay a $30 million fine for misleading Initech users.", "en",
     {"Acme": "ORG", "Initech": "ORG"}, [("2024-06", "legal")]),
    ("Im Mai hatte Acme 2 Milliarden Dollar Strafe an die EU bezahlt.", "de", {"Acme": "ORG", "EU": "ORG"},
     [("2024-05", "legal")]),
    # Giving up a post is leaving it.
    ("Jane Roe gave up her post as chief scientist at Acme in 2022.", "en", {"Jane Roe": "PERSON", "Acme": "ORG"},
     [("2022", "departure")]),
    # An authority approving or clearing a deal acts as a regulator; shareholders or a board do not.
    ("The European Commission approved the merger of Acme and Globex in July.", "en",
     {"European Commission": "ORG", "Acme": "ORG", "Globex": "ORG"}, [("2023-07", "legal")]),
    ("Britain's Competition and Markets Authority cleared the Acme deal in August.", "en",
     {"Competition and Markets Authority": "ORG", "Acme": "ORG"}, [("2023-08", "legal")]),
    ("Acme's shareholders approved the merger with Globex in July.", "en", {"Acme": "ORG", "Globex": "ORG"},
     [("2023-07", "acquisition")]),
    ("Im Juli hatte die EU-Kommission eine Beihilfe für Acme genehmigt.", "de", {"EU-Kommission": "ORG", "Acme": "ORG"},
     [("2023-07", "legal")]),
    ("Im Juli hatte der Aufsichtsrat von Acme den Plan genehmigt.", "de", {"Acme": "ORG"}, [("2023-07", "other")]),
])
def test_prices_paid_posts_given_up_and_deals_approved(text: str, lang: str, names: dict[str, str],
                                                      expected: list[tuple[str, str]]) -> None:
    assert [(d, t) for d, t, _ in _events(text, lang, names, "2024-06-03")] == expected


def test_a_number_with_a_point_stays_inside_a_verb_and_its_particle() -> None:
    from ainews_cli.events import load_triggers

    found = load_triggers().find("Acme agreed to pay $4.6 billion for Initech.", "en")
    assert [(hit.type, hit.action) for hit in found] == [("acquisition", "pay")]


@pytest.mark.parametrize(("text", "lang", "names", "expected"), [
    # A rule taking effect is a legal happening; a share split or a contract doing so is none.
    ("2022年5月1日起，某国针对某某科技的出口新规正式生效。", "zh", {"某某科技": "ORG"}, [("2022-05-01", "legal")]),
    ("某交易所的18C章於2023年3月31日生效。", "zh", {"某交易所": "ORG"}, [("2023-03-31", "legal")]),
    ("The EU rules on Acme took effect in March.", "en", {"Acme": "ORG", "EU": "ORG"}, [("2024-03", "legal")]),
    ("Das Gesetz gegen Acme trat im März in Kraft.", "de", {"Acme": "ORG"}, [("2024-03", "legal")]),
    ("Der Vertrag zwischen Acme und Globex trat im März in Kraft.", "de", {"Acme": "ORG", "Globex": "ORG"},
     [("2024-03", "other")]),
])
def test_a_rule_taking_effect(text: str, lang: str, names: dict[str, str], expected: list[tuple[str, str]]) -> None:
    assert [(d, t) for d, t, _ in _events(text, lang, names, "2024-06-03")] == expected


@pytest.mark.parametrize(("text", "lang", "names", "expected"), [
    # A premium over a day's share price dates the price compared with, not a happening.
    ("The price is about 30 percent above Initech Software's closing share price on Monday.", "en",
     {"Initech Software": "ORG"}, []),
    ("Initech shares closed above $100 on Monday.", "en", {"Initech": "ORG"}, [("2024-06-03", "financial")]),
    ("Der Preis für Initech liegt 30 Prozent über dem Schlusskurs vom Montag.", "de", {"Initech": "ORG"}, []),
    # Consolidated revenue merges no companies (it is the year's result); a merger does.
    ("某某科技去年全年合併營收約新台幣500億元，創歷史新高。", "zh", {"某某科技": "ORG"}, [("2023", "financial")]),
    ("某某科技去年与某某电子合并。", "zh", {"某某科技": "ORG", "某某电子": "ORG"}, [("2023", "acquisition")]),
])
def test_a_price_compared_with_and_consolidated_figures(text: str, lang: str, names: dict[str, str],
                                                      expected: list[tuple[str, str]]) -> None:
    assert [(d, t) for d, t, _ in _events(text, lang, names, "2024-06-05")] == expected


@pytest.mark.parametrize(("text", "names", "expected"), [
    # Billions put into a company, the currency between the amount and "in", fund it.
    ("Im Juli hatte Acme-Finanzchefin Jane Roe angekündigt, der Konzern werde weitere zwei Milliarden Dollar in "
     "Initech stecken.", {"Acme": "ORG", "Jane Roe": "PERSON", "Initech": "ORG"}, [("2024-07", "funding")]),
    ("Im Juli steckte Acme zwei Milliarden Euro in die Forschung.", {"Acme": "ORG"}, [("2024-07", "other")]),
    ("Acme kündigte im Juli an, bis 2040 rund zwei Milliarden Euro in eine Cloud in Brandenburg zu stecken.",
     {"Acme": "ORG"}, [("2024-07", "other")]),
])
def test_german_billions_put_into_a_company(text: str, names: dict[str, str], expected: list[tuple[str, str]]) -> None:
    assert [(d, t) for d, t, _ in _events(text, "de", names, "2024-10-28")] == expected


@pytest.mark.parametrize(("text", "lang", "names", "expected"), [
    # A product's sale starting is its launch; shares offered (发售) are no product's.
    ("今年3月5日，某某科技旗下新款手机Nova 12正式开售。", "zh", {"某某科技": "ORG"},
     [("2024-03-05", "launch", ["Nova 12", "某某科技"])]),
    ("昨晚，某某科技举行发布会，旗下首款车型星河7正式開售。", "zh", {"某某科技": "ORG"},
     [("2024-06-02", "launch", ["星河7", "某某科技"])]),
    ("The Nova 12 phone from Acme went on sale on Friday.", "en", {"Acme": "ORG"},
     [("2024-05-31", "launch", ["Acme", "Nova 12"])]),
    ("Am Freitag war Verkaufsstart für das Nova 12 von Acme.", "de", {"Acme": "ORG"},
     [("2024-05-31", "launch", ["Acme", "Nova 12"])]),
])
def test_a_product_going_on_sale_is_launched(text: str, lang: str, names: dict[str, str],
                                            expected: list[tuple[str, str, list[str]]]) -> None:
    assert _events(text, lang, names, "2024-06-03") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A company named in someone's title takes no part ...
        ("Last month Microsoft hired Inflection AI co-founder Mustafa Suleyman.",
         [("2024-03", "appointment", {"Microsoft", "Mustafa Suleyman"})]),
        # ... except in a leaving, of that company.
        ("Inflection AI co-founder Mustafa Suleyman left the company last month.",
         [("2024-03", "departure", {"Inflection AI", "Mustafa Suleyman"})]),
    ],
)
def test_a_company_in_a_title_takes_no_part(sentence: str, expected: list[tuple]) -> None:
    names = [("Microsoft", "ORG", "Microsoft"), ("Inflection AI", "ORG", "Inflection AI"),
             ("Mustafa Suleyman", "PERSON", "Mustafa Suleyman")]
    assert read([sentence], "en", names, "2024-04-16") == expected


@pytest.mark.parametrize(
    ("sentence", "person", "company"),
    [
        # 结束担任 ("ended serving as") is a leaving, not the 担任 in it; Simplified and Traditional alike,
        # though OpenCC folds the Simplified 结束 to 結束.
        ("郭台铭21日结束担任鸿海董事长长达45年的历程。", "郭台铭", "鸿海"),
        ("郭台銘21日結束擔任鴻海董事長長達45年的歷程。", "郭台銘", "鴻海"),
    ],
)
def test_ending_a_post_is_a_departure(sentence: str, person: str, company: str) -> None:
    names = [(person, "PERSON", "Terry Gou"), (company, "ORG", "Foxconn")]
    assert read([sentence], "zh", names, "2019-06-22") == [("2019-06-21", "departure", {"Terry Gou", "Foxconn"})]
    assert read([sentence.replace("结束", "").replace("結束", "")], "zh", names, "2019-06-22") == [
        ("2019-06-21", "appointment", {"Terry Gou", "Foxconn"})]


def test_the_commission_is_the_commission_named_before() -> None:
    names = [("EU-Kommission", "ORG", "European Commission"), ("Apple", "ORG", "Apple")]
    sentences = ["Die EU-Kommission hat am Montag eine Strafe gegen Apple verhängt.",
                 "Im Juni 2020 leitete die Kommission ein förmliches Kartellverfahren gegen Apple ein."]
    assert read(sentences, "de", names, "2024-03-04")[1] == ("2020-06", "legal", {"Apple", "European Commission"})


def test_the_ministry_is_the_ministry_named_before() -> None:
    names = [("Justizministerium", "ORG", "Justice Department"), ("Apple", "ORG", "Apple")]
    sentences = ["Das US-Justizministerium hat am Donnerstag Klage gegen Apple eingereicht.",
                 "Das Ministerium hatte 2019 begonnen, die Geschäftspraktiken von Apple zu prüfen."]
    assert read(sentences, "de", names, "2024-03-22")[1] == ("2019", "legal", {"Apple", "Justice Department"})


@pytest.mark.parametrize(
    ("sentence", "lang", "published"),
    [
        # A span from a date up to the writing is no happening of that date, nor is a rule in force since.
        ("阿里巴巴的市值自2020年10月的高点以来已蒸发逾6000亿美元。", "zh", "2023-11-30"),
        ("In der EU muss Apple seit dem 7. März die Vorgaben des Digital Markets Act einhalten.", "de", "2024-03-22"),
    ],
)
def test_a_span_since_a_date_is_no_happening(sentence: str, lang: str, published: str) -> None:
    names = [("阿里巴巴", "ORG", "Alibaba"), ("Apple", "ORG", "Apple")]
    assert read([sentence], lang, names, published) == []


@pytest.mark.parametrize(
    ("sentence", "lang", "names", "published", "expected"),
    [
        # A court's ruling, its judge, jury or witness.
        ("Ein US-Bundesrichter hat am Montag entschieden, dass Google ein Monopol hat.", "de",
         [("Google", "ORG", "Google")], "2024-08-06", [("2024-08-05", "legal", {"Google"})]),
        ("Bereits im Dezember hatte eine Jury in Kalifornien entschieden.", "de", [], "2024-08-06",
         [("2023-12", "legal", set())]),
        # Joining a round is putting money in, no appointment.
        ("Microsoft joined a round in 2018.", "en", [("Microsoft", "ORG", "Microsoft")], "2024-07-12",
         [("2018", "funding", {"Microsoft"})]),
        # Results published tell the results, no launch; a listing in Hong Kong; a product on sale.
        ("蔚来本月5日发布了今年第三季度财报。", "zh", [("蔚来", "ORG", "NIO")], "2023-12-19",
         [("2023-12-05", "financial", {"NIO"})]),
        ("京东集团昨日发布了截至2023年12月31日的第四季度及全年业绩。", "zh", [("京东集团", "ORG", "JD.com")],
         "2024-03-07", [("2024-03-06", "financial", {"JD.com"})]),
        ("今年8月，黑芝麻智能在港上市。", "zh", [("黑芝麻智能", "ORG", "Black Sesame")], "2024-10-25",
         [("2024-08", "financial", {"Black Sesame"})]),
        ("上月22日iPhone 15系列开卖。", "zh", [("iPhone 15", "PRODUCT", "iPhone 15")], "2023-10-28",
         [("2023-09-22", "launch", {"iPhone 15"})]),
    ],
)
def test_rulings_rounds_joined_results_listings_and_sales(sentence: str, lang: str, names: list, published: str,
                                                         expected: list[tuple]) -> None:
    assert read([sentence], lang, names, published) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # A unit split off as a company of its own is founded then.
        ("MediaTek was spun off from UMC as an independent company in 1997.", "en"),
        ("MediaTek wurde 1997 als eigenständiges Unternehmen von UMC abgespalten.", "de"),
        ("聯發科前身為聯電的多媒體晶片部門，1997年分拆獨立。", "zh"),
    ],
)
def test_a_spin_off_is_a_founding(sentence: str, lang: str) -> None:
    names = [("MediaTek", "ORG", "MediaTek"), ("聯發科", "ORG", "MediaTek"), ("UMC", "ORG", "UMC"),
             ("聯電", "ORG", "UMC")]
    assert [(date, kind) for date, kind, _ in read([sentence], lang, names, "2024-02-05")] == [("1997", "founding")]


@pytest.mark.parametrize(
    ("sentence", "lang", "names", "published", "expected"),
    [
        # An investigation is no investment.
        ("The European Commission opened an in-depth investigation of that deal in July.", "en",
         [("European Commission", "ORG", "European Commission")], "2023-09-27",
         [("2023-07", "legal", {"European Commission"})]),
        # A suit dated by its filing, and a suit's charges answered.
        ("Meta is fighting an FTC suit, filed in December 2020, that seeks to unwind two of its purchases.", "en",
         [("Meta", "ORG", "Meta"), ("FTC", "ORG", "FTC")], "2023-09-27", [("2020-12", "legal", {"FTC", "Meta"})]),
        ("Amazon rejected the case on Wednesday.", "en", [("Amazon", "ORG", "Amazon")], "2023-09-28",
         [("2023-09-27", "legal", {"Amazon"})]),
        ("Apple wies die Vorwürfe noch am Donnerstag zurück.", "de", [("Apple", "ORG", "Apple")], "2024-03-22",
         [("2024-03-21", "legal", {"Apple"})]),
        # A judge, a ruling, a complaint to an authority; a product introduced or first shown.
        ("In July 2023 a federal judge in San Francisco denied the FTC's request.", "en",
         [("FTC", "ORG", "FTC")], "2023-10-13", [("2023-07", "legal", {"FTC"})]),
        ("Im März 2019 reichte Spotify bei der EU-Kommission eine Beschwerde gegen Apple ein.", "de",
         [("Spotify", "ORG", "Spotify"), ("EU-Kommission", "ORG", "European Commission"), ("Apple", "ORG", "Apple")],
         "2024-03-04", [("2019-03", "legal", {"Apple", "European Commission", "Spotify"})]),
        ("In May Apple introduced the Vision Pro headset.", "en", [("Apple", "ORG", "Apple")],
         "2024-06-10", [("2024-05", "launch", {"Apple"})]),
        ("华为去年10月首次公布了昇腾910芯片。", "zh", [("华为", "ORG", "Huawei")], "2019-08-23",
         [("2018-10", "launch", {"Huawei"})]),
        # A business sold is bought; a unit spun off or a company come out of another is founded; a stake
        # bought into is money put in; a subscription price tells no subscription.
        ("2020年11月17日，华为宣布整体出售荣耀业务。", "zh", [("华为", "ORG", "Huawei"), ("荣耀", "ORG", "Honor")],
         "2023-09-01", [("2020-11-17", "acquisition", {"Honor", "Huawei"})]),
        ("Icera was sold to Nvidia in 2011.", "en", [("Icera", "ORG", "Icera"), ("Nvidia", "ORG", "Nvidia")],
         "2024-07-12", [("2011", "acquisition", {"Icera", "Nvidia"})]),
        ("In 2021 IBM spun off its infrastructure services business.", "en", [("IBM", "ORG", "IBM")], "2024-04-25",
         [("2021", "founding", {"IBM"})]),
        ("DeepL ging 2017 aus dem Wörterbuchdienst Linguee hervor.", "de",
         [("DeepL", "ORG", "DeepL"), ("Linguee", "ORG", "Linguee")], "2024-05-22",
         [("2017", "founding", {"DeepL", "Linguee"})]),
        ("Auch Ford war 2019 mit 500 Millionen Dollar eingestiegen.", "de", [("Ford", "ORG", "Ford")], "2024-06-26",
         [("2019", "funding", {"Ford"})]),
        ("本次认购价低于6月的每股8.72美元。", "zh", [], "2023-12-19", []),
        # A product opened to the public is launched.
        ("ElevenLabs opened its software to the public as a beta last January.", "en",
         [("ElevenLabs", "ORG", "ElevenLabs")], "2024-01-22", [("2023-01", "launch", {"ElevenLabs"})]),
        # Taking the helm again; a successor after 由 with a title before the name, beyond a semicolon's date.
        ("2009年6月，台積電創辦人張忠謀重掌執行長一職。", "zh",
         [("台積電", "ORG", "TSMC"), ("張忠謀", "PERSON", "Morris Chang")], "2024-02-05",
         [("2009-06", "appointment", {"Morris Chang", "TSMC"})]),
        ("2020年7月，黄峥卸任CEO，由联合创始人陈磊接任；次年3月，黄峥又辞去董事长一职。", "zh",
         [("黄峥", "PERSON", "黄峥"), ("陈磊", "PERSON", "陈磊")], "2023-11-30",
         [("2020-07", "departure", {"黄峥"}), ("2020-07", "appointment", {"黄峥", "陈磊"}),
          ("2021-03", "departure", {"黄峥"})]),
    ],
)
def test_suits_investigations_helms_and_successors(sentence: str, lang: str, names: list[tuple[str, str, str]],
                                                   published: str, expected: list[tuple[str, str, set[str]]]) -> None:
    assert read([sentence], lang, names, published) == expected


def test_a_figure_told_of_a_description_takes_its_owner_part() -> None:
    names = [("Graphcore", "ORG", "Graphcore"), ("Nvidia", "ORG", "Nvidia")]
    sentences = ["Graphcore's chips were meant to challenge Nvidia's graphics processors.",
                 "In December 2020 the startup was valued at $2.77 billion."]
    assert read(sentences, "en", names, "2024-07-12") == [("2020-12", "financial", {"Graphcore"})]


def test_that_day_is_the_day_of_the_sentence_before() -> None:
    names = [("Cisco", "ORG", "Cisco"), ("Splunk", "ORG", "Splunk")]
    assert read(["Cisco agreed to buy Splunk on Sept. 21, 2023.", "Splunk's shares jumped about 21% that day."],
                "en", names, "2024-03-18") == [("2023-09-21", "acquisition", {"Cisco", "Splunk"}),
                                               ("2023-09-21", "financial", {"Splunk"})]
    assert read(["Cisco agreed to buy Splunk on Sept. 21, 2023.", "Cisco is big.", "Cisco sells switches.",
                 "Splunk's shares jumped about 21% that day."], "en", names, "2024-03-18") == [
        ("2023-09-21", "acquisition", {"Cisco", "Splunk"})]


def test_a_way_of_doing_business_introduced_is_no_launch() -> None:
    names = [("OpenAI", "ORG", "OpenAI")]
    assert read(["OpenAI makes models.", "In 2019, the organization introduced a “capped-profit” model to attract "
                 "investment."], "en", names, "2024-01-10") == [("2019", "other", {"OpenAI"})]
    assert read(["In May, OpenAI introduced a new model, GPT-4o."], "en", names, "2024-06-10")[0][:2] == (
        "2024-05", "launch")


def test_a_venue_is_no_antecedent_and_an_owner_named_first_in_the_sentence_is() -> None:
    names = [("CrowdStrike", "ORG", "CrowdStrike"), ("Microsoft", "ORG", "Microsoft"), ("Nasdaq", "ORG", "Nasdaq"),
             ("Kurtz", "PERSON", "George Kurtz")]
    sentences = ["The outage cost companies other than Microsoft about $5.4 billion.",
                 "Kurtz founded CrowdStrike in 2011 with Dmitri Alperovitch, its former chief technology officer, "
                 "and took it public on the Nasdaq in June 2019.",
                 "The company joined the S&P 500 index in June, weeks before the outage."]
    found = read(sentences, "en", names, "2024-08-07")
    listing = next(parts for date, kind, parts in found if (date, kind) == ("2019-06", "financial"))
    assert "CrowdStrike" in listing and not listing & {"Microsoft", "Nasdaq"}, found
    # Joining an index appoints no one; "the company" is the one the sentence before is about, not the venue
    # nor the one named before that.
    assert ("2024-06", "other", {"CrowdStrike"}) in found, found


def test_a_crash_that_left_others_stranded_is_no_departure_and_a_caption_line_tells_nothing() -> None:
    names = [("CrowdStrike", "ORG", "CrowdStrike")]
    found = read(["CrowdStrike said on Tuesday that an error caused the July 19 crash that left airlines, hospitals "
                  "and banks staring at blue screens."], "en", names, "2024-08-07")
    assert found and all(kind != "departure" for _, kind, _ in found), found
    assert read(["[Photo caption: Departure boards in Atlanta showed cancellations on July 20, the day after the "
                 "crash."], "en", [], "2024-08-07") == []
    assert read(["Bildunterschrift: Ein Cybercab fährt bei der Präsentation am Donnerstag über das Gelände."], "de",
                [("Cybercab", "PRODUCT", "Cybercab")], "2024-10-11") == []


def test_succeeding_someone_and_becoming_chairman_are_appointments() -> None:
    names = [("Parag Agrawal", "PERSON", "Parag Agrawal"), ("Jack Dorsey", "PERSON", "Jack Dorsey"),
             ("Twitter", "ORG", "Twitter"), ("Bret Taylor", "PERSON", "Bret Taylor")]
    assert read(["Parag Agrawal had succeeded co-founder Jack Dorsey as chief executive of Twitter in November "
                 "2021."], "en", names, "2022-10-28")[0][:2] == ("2021-11", "appointment")
    assert read(["Bret Taylor joined the board of Twitter in 2016 and became its chairman in 2020."], "en", names,
                "2022-10-28")[-1][:2] == ("2020", "appointment")
    assert all(kind != "appointment" for _, kind, _ in read(["Twitter's attack on the rule succeeded in 2019 as "
                                                              "planned."], "en", names, "2022-10-28"))


def test_him_is_the_person_named_just_before() -> None:
    names = [("Musk", "PERSON", "Elon Musk"), ("Twitter", "ORG", "Twitter")]
    found = read(["On July 8 Musk said he was terminating the agreement.", "Twitter sued him four days later."],
                 "en", names, "2022-10-28")
    assert ("2022-07-12", "legal", {"Twitter", "Elon Musk"}) in found, found


@pytest.mark.parametrize(
    ("sentence", "lang", "names", "published", "expected"),
    [
        # An annual report published tells results, it launches nothing; its year is the period reported.
        ("比亚迪周二晚间发布2023年年度报告。", "zh", [("比亚迪", "ORG", "BYD")], "2024-03-27",
         [("2024-03-26", "financial", {"BYD"})]),
        # Shares sold after a holding was cut are no business bought; investing stopped is no investment.
        ("2022年8月，伯克希尔首次减持比亚迪H股，此后又多次出售。", "zh",
         [("伯克希尔", "ORG", "Berkshire Hathaway"), ("比亚迪", "ORG", "BYD")], "2024-03-27",
         [("2022-08", "other", {"Berkshire Hathaway", "BYD"})]),
        ("聯電2018年宣布停止投資12奈米以下先進製程。", "zh", [("聯電", "ORG", "UMC")], "2024-01-27",
         [("2018", "other", {"UMC"})]),
        # Listing in a city, or on an exchange by its short name.
        ("比亚迪2002年在香港上市，2011年又登陆深交所。", "zh", [("比亚迪", "ORG", "BYD"), ("深交所", "ORG", "深交所")],
         "2024-03-27", [("2002", "financial", {"BYD"}), ("2011", "financial", {"BYD"})]),
        # A caption tells nothing.
        ("图：周四，Stellantis首席执行官唐唯实（左）与零跑汽车董事长朱江明在杭州出席发布会。", "zh",
         [("Stellantis", "ORG", "Stellantis")], "2023-10-27", []),
        # The reporter's own call tells nothing.
        ("記者昨日致電聯電，公司表示不對合作細節做進一步評論。", "zh", [("聯電", "ORG", "UMC")], "2024-01-27", []),
        # A date a happening was set for, which it did not keep.
        ("Ursprünglich hatte Musk die Präsentation für den 8. August angesetzt.", "de",
         [("Musk", "PERSON", "Elon Musk")], "2024-10-11", []),
        ("With a trial set to begin on Oct. 17, Musk reversed course at the start of October.", "en",
         [("Musk", "PERSON", "Elon Musk")], "2022-10-28", [("2022-10", "other", {"Elon Musk"})]),
        ("Tesla had scheduled the event for Aug. 8.", "en", [("Tesla", "ORG", "Tesla")], "2024-10-11", []),
        ("Alphabet is due to report second-quarter results after the market closes on Tuesday.", "en",
         [("Alphabet", "ORG", "Alphabet")], "2024-07-23", []),
        ("Alphabet reported second-quarter results after the market closed on Tuesday.", "en",
         [("Alphabet", "ORG", "Alphabet")], "2024-07-25", [("2024-07-23", "financial", {"Alphabet"})]),
    ],
)
def test_reports_share_sales_listings_calls_and_dates_set(
        sentence: str, lang: str, names: list[tuple[str, str, str]], published: str,
        expected: list[tuple[str, str, set[str]]]) -> None:
    assert read([sentence], lang, names, published) == expected


def test_money_put_into_the_company_is_funding() -> None:
    names = [("Celonis", "ORG", "Celonis"), ("Accel", "ORG", "Accel"), ("83North", "ORG", "83North")]
    assert read(["Den Status eines Einhorns erreichte Celonis im Sommer 2018, als Accel und 83North 50 Millionen "
                 "Dollar in das Unternehmen steckten."], "de", names, "2021-06-03") == [
        ("2018-SU", "funding", {"Celonis", "Accel", "83North"})]
    # Stuck in trouble is no money put in.
    assert all(kind != "funding" for _, kind, _ in read(
        ["Im Sommer 2018 steckten Accel und Celonis in Schwierigkeiten."], "de", names, "2021-06-03"))


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # A deal called off in its own clause is no deal done that day.
        ("Amazon and iRobot called off their merger agreement on Monday.", "en",
         [("2024-01-29", "other", {"Amazon", "iRobot"})]),
        ("Amazon und iRobot haben die Übernahme am Montag abgesagt.", "de",
         [("2024-01-29", "other", {"Amazon", "iRobot"})]),
        ("Amazon agreed on Monday to buy iRobot.", "en", [("2024-01-29", "acquisition", {"Amazon", "iRobot"})]),
        # ... though the deal's own word stands in a clause after it.
        ("Amazon and iRobot called off their merger agreement on Monday, ending an attempt by the retailer to buy "
         "the maker of the Roomba.", "en", [("2024-01-29", "other", {"Amazon", "iRobot"})]),
        ("iRobot walked away on Monday from talks to be bought by Amazon.", "en",
         [("2024-01-29", "other", {"Amazon", "iRobot"})]),
        # A deal looked at is none done.
        ("Amazon had also looked at buying iRobot in January.", "en", [("2024-01", "other", {"Amazon", "iRobot"})]),
        # An attempt turned down is no deal.
        ("Amazon tried to buy iRobot on Monday, but iRobot turned it down.", "en",
         [("2024-01-29", "other", {"Amazon", "iRobot"})]),
        # An agreement ended; the deal's own clause says it is no longer done.
        ("Amazon hat den Vertrag über den Kauf von iRobot am Montag beendet.", "de",
         [("2024-01-29", "other", {"Amazon", "iRobot"})]),
        ("Amazon said on Monday that it had ended talks, and would no longer buy iRobot.", "en",
         [("2024-01-29", "other", {"Amazon", "iRobot"})]),
        ("Amazon周一发布公告称，已终止相关协议，不再收购iRobot。", "zh",
         [("2024-01-29", "other", {"Amazon", "iRobot"})]),
        ("Amazon周一发布公告称，已收购iRobot。", "zh", [("2024-01-29", "acquisition", {"Amazon", "iRobot"})]),
    ],
)
def test_a_deal_called_off(sentence: str, lang: str, expected: list[tuple[str, str, set[str]]]) -> None:
    assert read([sentence], lang, [("Amazon", "ORG", "Amazon"), ("iRobot", "ORG", "iRobot")], "2024-01-30") == expected


@pytest.mark.parametrize(
    ("sentences", "lang", "expected"),
    [
        # "Then" in a sentence with no date of its own is the date the sentence before told, at its precision.
        (["NXP entstand 2006 aus der Halbleitersparte von Philips.", "Philips verkaufte damals 80,1 Prozent der "
          "Sparte an KKR."], "de",
         [("2006", "founding", {"NXP", "Philips"}), ("2006", "acquisition", {"Philips", "KKR"})]),
        (["这桩合并最早于去年10月12日公布。", "当时，虎牙与斗鱼宣布签署合并协议。"], "zh",
         [("2020-10-12", "acquisition", set()), ("2020-10-12", "acquisition", {"虎牙", "斗鱼"})]),
        (["The deal was announced on Oct. 12.", "At the time, Huya agreed to buy DouYu."], "en",
         [("2020-10-12", "other", set()), ("2020-10-12", "acquisition", {"虎牙", "斗鱼"})]),
        # Not where the sentence before told none, nor the time of writing.
        (["Die Lage ist schwierig.", "Philips verkaufte damals 80,1 Prozent der Sparte an KKR."], "de", []),
        (["The deal was announced on Oct. 12.", "At the time of writing, Huya had agreed to buy DouYu."], "en",
         [("2020-10-12", "other", set())]),
        # Nor a state then, what was then planned, what was said then.
        (["NXP entstand 2006 aus der Halbleitersparte von Philips.", "Damals war Philips an der Börse mehr als 30 "
          "Milliarden Euro wert."], "de", [("2006", "founding", {"NXP", "Philips"})]),
        (["这桩合并最早于去年10月12日公布。", "按照当时的计划，虎牙将收购斗鱼。"], "zh",
         [("2020-10-12", "acquisition", set())]),
        (["这桩合并最早于去年10月12日公布。", "虎牙当时表示，将收购斗鱼。"], "zh",
         [("2020-10-12", "acquisition", set())]),
    ],
)
def test_then_is_the_date_the_sentence_before_told(sentences: list[str], lang: str,
                                                   expected: list[tuple[str, str, set[str]]]) -> None:
    names = [("NXP", "ORG", "NXP"), ("Philips", "ORG", "Philips"), ("KKR", "ORG", "KKR"), ("虎牙", "ORG", "虎牙"),
             ("斗鱼", "ORG", "斗鱼"), ("Huya", "ORG", "虎牙"), ("DouYu", "ORG", "斗鱼")]
    assert read(sentences, lang, names, "2021-07-11") == expected


def test_a_reaction_not_seen_until_later_is_none() -> None:
    assert read(["两家公司股价的反应要到美股周一开盘后才能显现。"], "zh", [], "2021-07-11") == []
    assert read(["两家公司股价周一开盘后大涨。"], "zh", [], "2021-07-11") == [("2021-07-05", "financial", set())]


def test_an_investment_firm_invests_nothing_and_a_deadline_dates_nothing() -> None:
    names = [("Carlyle", "ORG", "Carlyle"), ("iRobot", "ORG", "iRobot"), ("Brussels", "LOC", "Brussels")]
    found = read(["In July, iRobot borrowed $200 million from the investment firm Carlyle."], "en", names, "2024-01-30")
    assert all(kind != "funding" for _, kind, _ in found), found
    assert read(["Brussels had been due to rule by Feb. 14."], "en", names, "2024-01-30") == []


def test_a_headline_opens_with_a_name_written_small_as_written() -> None:
    from ainews_cli.headlines import _opened

    assert _opened("iRobot raises $200 million") == "iRobot raises $200 million"
    assert _opened("board fires Sam Altman") == "Board fires Sam Altman"


@pytest.mark.parametrize(
    ("sentence", "lang", "names", "expected"),
    [
        ("2017年1月，库卡正式被美的收入囊中。", "zh", [("库卡", "ORG", "KUKA"), ("美的", "ORG", "Midea Group")],
         [("2017-01", "acquisition", {"KUKA", "Midea Group"})]),
        ("2020年2月，宁德时代与特斯拉签署供货协议。", "zh", [("宁德时代", "ORG", "CATL"), ("特斯拉", "ORG", "Tesla")],
         [("2020-02", "partnership", {"CATL", "Tesla"})]),
        ("2013年9月18日，美的集团在深交所完成整体上市。", "zh", [("美的集团", "ORG", "Midea Group")],
         [("2013-09-18", "financial", {"Midea Group"})]),
        ("Mobileye had first gone public in New York in 2014.", "en", [("Mobileye", "ORG", "Mobileye")],
         [("2014", "financial", {"Mobileye"})]),
    ],
)
def test_an_idiom_a_supply_deal_a_whole_listing_and_gone_public(
        sentence: str, lang: str, names: list[tuple[str, str, str]], expected: list[tuple[str, str, set[str]]]) -> None:
    assert read([sentence], lang, names, "2024-09-18") == expected


@pytest.mark.parametrize(
    ("sentences", "lang", "names", "expected"),
    [
        # An office is no money: "chief financial officer", "the top finance job", "chief investment officer".
        (["Apple said on Monday that Luca Maestri, its chief financial officer for the past decade, will give up "
          "the post on Jan. 1."], "en", [("Apple", "ORG", "Apple"), ("Luca Maestri", "PERSON", "Luca Maestri")],
         [("2024-08-26", "departure", {"Apple", "Luca Maestri"})]),
        (["Ruth Porat had become its president and chief investment officer in 2023."], "en",
         [("Ruth Porat", "PERSON", "Ruth Porat")], [("2023", "appointment", {"Ruth Porat"})]),
        # "become … chief executive", a business sold, results presented.
        (["Mandia went on to become FireEye's chief executive in 2016."], "en",
         [("Mandia", "PERSON", "Kevin Mandia"), ("FireEye", "ORG", "FireEye")],
         [("2016", "appointment", {"FireEye", "Kevin Mandia"})]),
        (["In 2021 FireEye sold its products business to Symphony Technology Group."], "en",
         [("FireEye", "ORG", "FireEye"), ("Symphony Technology Group", "ORG", "Symphony Technology Group")],
         [("2021", "acquisition", {"FireEye", "Symphony Technology Group"})]),
        (["On Aug. 1, Apple presented results for the June quarter."], "en", [("Apple", "ORG", "Apple")],
         [("2024-08-01", "financial", {"Apple"})]),
        # A price paid in cash and stock is no market move.
        (["In 2013 FireEye bought Mandiant for about $1 billion in cash and stock."], "en",
         [("FireEye", "ORG", "FireEye"), ("Mandiant", "ORG", "Mandiant")],
         [("2013", "acquisition", {"FireEye", "Mandiant"})]),
        # A German round told with "erhielt" or "holte sich".
        (["Im Mai erhielt Trade Republic 900 Millionen Dollar."], "de", [("Trade Republic", "ORG", "Trade Republic")],
         [("2024-05", "funding", {"Trade Republic"})]),
        (["Contentful holte sich im Juli 175 Millionen Dollar."], "de", [("Contentful", "ORG", "Contentful")],
         [("2024-07", "funding", {"Contentful"})]),
    ],
)
def test_offices_sales_results_and_german_rounds(sentences: list[str], lang: str, names: list[tuple[str, str, str]],
                                                 expected: list[tuple[str, str, set[str]]]) -> None:
    assert read(sentences, lang, names, "2024-08-27") == expected


def test_the_year_before_the_one_told_dates_a_founding() -> None:
    names = [("Alphabet", "ORG", "Alphabet"), ("Chronicle", "ORG", "Chronicle")]
    found = read(["In 2019 the unit took over Chronicle, a business that Alphabet had set up the year before."],
                 "en", names, "2022-09-12")
    assert ("2018", "founding", {"Alphabet", "Chronicle"}) in found, found


def test_a_description_of_a_company_never_stands_for_an_army() -> None:
    names = [("People's Liberation Army", "ORG", "People's Liberation Army"), ("Mandiant", "ORG", "Mandiant"),
             ("FireEye", "ORG", "FireEye")]
    found = read(["Mandiant is a security firm.", "In 2013 it tied a unit of China's People's Liberation Army to "
                  "hacking.", "In December 2013, FireEye bought the firm."], "en", names, "2022-09-12")
    assert ("2013-12", "acquisition", {"FireEye", "Mandiant"}) in found, found


def test_a_german_round_received_is_no_fine_and_no_count_of_users() -> None:
    names = [("Google", "ORG", "Google"), ("ChatGPT", "PRODUCT", "ChatGPT"),
             ("Trade Republic", "ORG", "Trade Republic")]
    assert read(["Im Mai erhielt Trade Republic 900 Millionen Dollar."], "de", names, "2021-10-19") == [
        ("2021-05", "funding", {"Trade Republic"})]
    for sentence in ("Im Juli erhielt Google eine Strafe von 4,3 Milliarden Euro.",
                     "ChatGPT erhielt im Januar 100 Millionen Nutzer."):
        assert all(kind != "funding" for _, kind, _ in read([sentence], "de", names, "2024-10-19")), sentence


def test_a_rank_is_a_state() -> None:
    names = [("Tiger Global", "ORG", "Tiger Global"), ("Europa", "LOC", "Europe"), ("Europe", "LOC", "Europe")]
    assert read(["Tiger Global gehört in diesem Jahr zu den aktivsten Investoren in Europa."], "de", names,
                "2021-10-19") == []
    # ... not a group something happened to.
    assert read(["Tiger Global was among the companies that cut jobs in March."], "en", names, "2021-10-19") != []
    assert read(["Tiger Global is among the most active firms in Europe this year."], "en", names,
                "2021-10-19") == []


def test_the_day_of_a_document_makes_no_untyped_happening() -> None:
    names = [("Tim Cook", "PERSON", "Tim Cook"), ("Apple", "ORG", "Apple"), ("Kevan Parekh", "PERSON", "Kevan Parekh")]
    assert read(["Tim Cook thanked him in Monday's announcement for his years at Apple."], "en", names,
                "2024-08-27") == []
    # ... but what it tells, typed, keeps the day.
    assert read(["In Monday's announcement, Apple named Kevan Parekh its finance chief."], "en", names,
                "2024-08-27") == [("2024-08-26", "appointment", {"Apple", "Kevan Parekh"})]


@pytest.mark.parametrize(("sentences", "lang", "names"), [
    (["Megvii grew last year.", "Yin Qi has been chief executive since 2011."], "en",
     [("Megvii", "ORG", "Megvii"), ("Yin Qi", "PERSON", "Yin Qi")]),
    (["旷视去年营收增长。", "印奇自2011年起担任首席执行官。"], "zh",
     [("旷视", "ORG", "Megvii"), ("印奇", "PERSON", "印奇")]),
])
def test_a_publication_known_only_by_its_year_reads_without_a_crash(sentences: list[str], lang: str,
                                                                     names: list[tuple[str, str, str]]) -> None:
    # A URL such as ".../2019/0826/..." gives the year alone: "since 2011" was measured against "2019"
    # as if it were a day, and the whole ingest failed with a ValueError.
    # The role held since 2011 stays a standing role, not news of 2011.
    assert [date for date, _, _ in read(sentences, lang, names, "2019")] == ["2018"]


@pytest.mark.parametrize(("sentence", "lang", "names", "published", "expected"), [
    # A report due stops at its clause: the share move after it is a happening.
    ("Shares of Nvidia, which is due to report results after the bell, rose 3% on Monday.", "en",
     [("Nvidia", "ORG", "Nvidia")], "2024-08-28", [("2024-08-26", "financial", {"Nvidia"})]),
    # "may" is a month; a spin-off completed ("abgeschlossen") is one; "sich abgespalten" is a split.
    ("SVB Financial Group filed for bankruptcy protection in May.", "en",
     [("SVB Financial Group", "ORG", "SVB Financial Group")], "2023-06-01",
     [("2023-05", "legal", {"SVB Financial Group"})]),
    ("Siemens hat die Abspaltung von Siemens Energy am Montag abgeschlossen.", "de", [("Siemens", "ORG", "Siemens")],
     "2020-09-29", [("2020-09-28", "financial", {"Siemens"})]),
    ("Anthropic hatte sich 2021 von OpenAI abgespalten.", "de", [("Anthropic", "ORG", "Anthropic")], "2024-09-29",
     [("2021", "other", {"Anthropic"})]),
    # A bank made adviser, a product leaving beta, founders walking away with money, a paper's results.
    ("商汤科技周一委任高盛为独家财务顾问。", "zh", [("商汤科技", "ORG", "SenseTime")], "2024-03-01",
     [("2024-02-26", "other", {"SenseTime"})]),
    ("Facebook bought Instagram for $1 billion in April 2012 and its founders walked away with millions from the "
     "deal.", "en", [("Facebook", "ORG", "Facebook"), ("Instagram", "ORG", "Instagram")], "2024-03-01",
     [("2012-04", "acquisition", {"Facebook", "Instagram"})]),
    ("OpenAI on Tuesday published a paper reporting the results of its safety tests.", "en",
     [("OpenAI", "ORG", "OpenAI")], "2024-03-01", [("2024-02-27", "other", {"OpenAI"})]),
])
def test_what_the_second_review_found(sentence: str, lang: str, names: list[tuple[str, str, str]], published: str,
                                      expected: list[tuple[str, str, set[str]]]) -> None:
    assert read([sentence], lang, names, published) == expected


def test_a_founding_and_its_results_in_one_sentence_and_a_leaving_before_a_founding() -> None:
    names = [("Five9", "ORG", "Five9"), ("Zoom", "ORG", "Zoom Video Communications"), ("Cisco", "ORG", "Cisco"),
             ("Yuan", "PERSON", "Eric Yuan")]
    # "reported" after the founding's date belongs to the results the later date dates, not to the founding.
    assert read(["Five9 was founded in 2001 and reported revenue of $434 million for 2020."], "en", names,
                "2021-10-01") == [("2001", "founding", {"Five9"}), ("2020", "financial", {"Five9"})]
    # "after leaving": the leaving came before the founding its clause dates; the one left takes no part.
    assert read(["Yuan founded Zoom in 2011 after leaving Cisco."], "en", names, "2021-10-01") == [
        ("2011", "founding", {"Eric Yuan", "Zoom Video Communications"})]
    assert read(["Yuan left Cisco in 2011."], "en", names, "2021-10-01") == [
        ("2011", "departure", {"Eric Yuan", "Cisco"})]
    # ... and "that followed the abrupt exit of": the exit came before the appointment its clause dates.
    names = [("Yahoo", "ORG", "Yahoo"), ("Marissa Mayer", "PERSON", "Marissa Mayer"),
             ("Scott Thompson", "PERSON", "Scott Thompson")]
    assert [(date, kind) for date, kind, _ in read(
        ["Yahoo named Marissa Mayer as its chief executive on Monday, ending a search that followed the abrupt exit "
         "of Scott Thompson."], "en", names, "2012-07-17")] == [("2012-07-16", "appointment")]


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Ellison served as chief executive of Oracle until 2014.", "en"),
    ("Ellison war bis 2014 Vorstandschef von Oracle.", "de"),
    ("埃里森担任甲骨文首席执行官直到2014年。", "zh"),
])
def test_a_post_held_until_a_date_ended_then(sentence: str, lang: str) -> None:
    names = [("Ellison", "PERSON", "Larry Ellison"), ("埃里森", "PERSON", "Larry Ellison"), ("Oracle", "ORG", "Oracle"),
             ("甲骨文", "ORG", "Oracle"), ("Safra Catz", "PERSON", "Safra Catz")]
    found = read([sentence], lang, names, "2021-12-21")
    assert [(date, kind) for date, kind, _ in found] == [("2014", "departure")], found
    # Named then, he took the post then.
    assert [kind for _, kind, _ in read(["Ellison was named chief executive of Oracle in 2014."], "en", names,
                                        "2021-12-21")] == ["appointment"]


@pytest.mark.parametrize(("sentences", "lang", "expected"), [
    (["Anfang April folgte die Freigabe durch die chinesische Marktaufsicht SAMR."], "de", [("2020-04", "legal")]),
    (["7月，美国商务部解除了禁令。"], "zh", [("2020-07", "legal")]),
    (["Im Juli 2016 hatte Infineon vereinbart, dem US-Konzern Cree dessen Sparte Wolfspeed abzukaufen."], "de",
     [("2016-07", "acquisition")]),
    (["6月29日，中兴通讯原董事会14名成员集体辞职，李自学当选新一届董事长。"], "zh",
     [("2020-06-29", "departure"), ("2020-06-29", "appointment")]),
    # A company's clearance is no authority's: nothing typed legal.
    (["Anfang April gab Infineon die Freigabe für den neuen Katalog."], "de", [("2020-04", "other")]),
])
def test_clearances_bans_and_a_chair_elected_beside_resignations(sentences: list[str], lang: str,
                                                                  expected: list[tuple[str, str]]) -> None:
    names = [("Infineon", "ORG", "Infineon"), ("Cree", "ORG", "Cree"), ("Wolfspeed", "ORG", "Wolfspeed"),
             ("中兴通讯", "ORG", "ZTE"), ("李自学", "PERSON", "李自学"), ("美国商务部", "ORG", "Commerce Department"),
             ("SAMR", "ORG", "SAMR")]
    assert [(date, kind) for date, kind, _ in read(sentences, lang, names, "2020-07-10")] == expected


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    # A trigger after "before" with a date of its own is that date's.
    ("Sutskever left OpenAI before founding Safe Superintelligence in June.", "en", [("2024-06", "founding")]),
    # A post held "until" a term's end, a stay or a forecast is no departure.
    ("Jassy's contract as chief executive of Amazon runs until 2027.", "en", [("2027", "other")]),
    ("Christian Klein bleibt bis 2030 Vorstandschef von SAP.", "de", [("2030", "other")]),
    ("雷军的董事长任期直至2027年。", "zh", [("2027", "other")]),
    # A source's report before what it reports keeps no event of its own day.
    ("On Monday, Bloomberg reported that Apple had acquired the startup DarwinAI in 2023.", "en",
     [("2023", "acquisition")]),
    # A day's closing price dates no happening, but what happened at a close does.
    ("Nach dem Schlusskurs am Freitag gab Siemens die Übernahme von Altair bekannt.", "de",
     [("2024-07-26", "acquisition")]),
])
def test_a_second_review_of_the_event_rules(sentence: str, lang: str, expected: list[tuple[str, str]]) -> None:
    names = [("Sutskever", "PERSON", "Ilya Sutskever"), ("OpenAI", "ORG", "OpenAI"),
             ("Safe Superintelligence", "ORG", "Safe Superintelligence"), ("Jassy", "PERSON", "Andy Jassy"),
             ("Amazon", "ORG", "Amazon"), ("Christian Klein", "PERSON", "Christian Klein"), ("SAP", "ORG", "SAP"),
             ("雷军", "PERSON", "雷军"), ("Apple", "ORG", "Apple"), ("Bloomberg", "ORG", "Bloomberg"),
             ("DarwinAI", "ORG", "DarwinAI"), ("Siemens", "ORG", "Siemens"), ("Altair", "ORG", "Altair Engineering")]
    assert [(date, kind) for date, kind, _ in read([sentence], lang, names, "2024-07-29")] == expected


def test_a_company_become_a_wholly_owned_subsidiary_was_bought_and_debt_issued_is_financial() -> None:
    names = [("Red Hat", "ORG", "Red Hat"), ("IBM", "ORG", "IBM"), ("Nio", "ORG", "NIO")]
    assert read(["On July 9, 2019, Red Hat became a wholly owned subsidiary of IBM."], "en", names, "2023-11-20") \
        == [("2019-07-09", "acquisition", {"Red Hat", "IBM"})]
    # Investing through one's subsidiary is no acquisition.
    assert read(["In 2020 IBM invested through a wholly owned subsidiary."], "en", names, "2023-11-20") \
        == [("2020", "funding", {"IBM"})]
    assert read(["In January 2021 Nio issued convertible senior notes."], "en", names, "2023-11-20") \
        == [("2021-01", "financial", {"NIO"})]


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    # Objections sent, a licence granted, a pardon, a provisional backing: an authority's steps.
    ("In late November the commission sent Amazon a statement of objections.", "en",
     [("2023-11", "legal", {"Amazon"})]),
    ("In October the CMA gave the deal its provisional backing.", "en", [("2023-10", "legal", set())]),
    ("Im Juli 2016 erhielt N26 von der Bafin eine eigene Banklizenz.", "de", [("2016-07", "legal", {"N26"})]),
    ("Ihre Vorwürfe übermittelte die Kommission Apple im April 2021.", "de", [("2021-04", "legal", {"Apple"})]),
    ("Im August hatte der Manager eine Begnadigung erhalten.", "de", [("2023-08", "legal", set())]),
    # An offer priced, shares bought back, results and sales: the market's and the books' happenings.
    ("Mobileye priced its offering late on Tuesday.", "en", [("2023-12-05", "financial", {"Mobileye"})]),
    ("In May, Apple authorised a further $110 billion of buybacks.", "en", [("2023-05", "financial", {"Apple"})]),
    ("Im Gesamtjahr 2023 hatte Infineon 16 Milliarden Euro umgesetzt.", "de", [("2023", "financial", {"Infineon"})]),
    # The period the results cover, named right after their word, is no day of theirs.
    ("Am Sonntag hatte Infineon Zahlen für das dritte Quartal vorgelegt.", "de",
     [("2023-12-03", "financial", {"Infineon"})]),
])
def test_authorities_steps_offers_priced_buybacks_and_results(sentence: str, lang: str,
                                                              expected: list[tuple[str, str, set[str]]]) -> None:
    names = [("Amazon", "ORG", "Amazon"), ("Apple", "ORG", "Apple"), ("Mobileye", "ORG", "Mobileye"),
             ("Infineon", "ORG", "Infineon"), ("N26", "ORG", "N26")]
    assert read([sentence], lang, names, "2023-12-05") == expected


def test_a_product_put_on_sale_or_made_in_volume_is_launched() -> None:
    names = [("Apple", "ORG", "Apple"), ("Vision Pro", "PRODUCT", "Apple Vision Pro"), ("SK Hynix", "ORG", "SK Hynix")]
    assert read(["Apple hat am Freitag seine Datenbrille Vision Pro in den USA in den Handel gebracht.",
                 "Im März begann SK Hynix mit der Massenproduktion der neuesten Generation HBM3E."], "de", names,
                "2024-04-25") == [("2024-04-19", "launch", {"Apple", "Apple Vision Pro"}),
                                  ("2024-03", "launch", {"SK Hynix"})]


@pytest.mark.parametrize(("lang", "sentences", "published", "expected"), [
    # Results a company presents, in the present tense, on a day to come: a schedule, no happening.
    ("de", ["Der US-Konkurrent Micron legt seine nächsten Quartalszahlen im Juni vor."], "2024-04-25", []),
    ("de", ["Micron legte seine Quartalszahlen im März vor."], "2024-04-25", [("2024-03", "financial")]),
    ("en", ["Broadcom reports its quarterly results on Wednesday after the market closes."], "2024-06-03", []),
    ("en", ["Broadcom reported its quarterly results on Wednesday."], "2024-06-03", [("2024-05-29", "financial")]),
])
def test_results_presented_in_the_present_for_a_day_to_come_are_scheduled(
        lang: str, sentences: list[str], published: str, expected: list[tuple[str, str]]) -> None:
    names = [("Micron", "ORG", "Micron"), ("Broadcom", "ORG", "Broadcom")]
    assert [(date, kind) for date, kind, _ in read(sentences, lang, names, published)] == expected


def test_a_description_is_not_the_agent_of_another_noun_in_the_sentence_before() -> None:
    # "a consortium led by Blackstone": the group that reported revenue after it is the company the
    # document is about, not Blackstone.
    sentences = ["Thomson Reuters said it would buy Casetext.", "Thomson Reuters has bought companies before.",
                 "It has had money to spend since 2018, when a consortium led by Blackstone bought a 55% stake in "
                 "its financial data business.",
                 "In February, the group reported revenue of about $6.6 billion for 2022."]
    names = [("Thomson Reuters", "ORG", "Thomson Reuters"), ("Blackstone", "ORG", "Blackstone")]
    told = {date: parties for date, _, parties in read(sentences, "en", names, "2023-06-28")}
    assert told["2023-02"] == {"Thomson Reuters"}


def test_credits_intentions_periods_questions_and_the_year_after_from_the_thirty_second_set() -> None:
    tesla, microsoft = ("Tesla", "ORG", "Tesla"), ("Microsoft", "ORG", "Microsoft")
    # A credit closing the line makes it a caption.
    assert read(["Elon Musk bei der Eröffnung am Dienstag in Grünheide. Foto: Lena Hartwig/Märkische Zeitung"], "de",
                [("Elon Musk", "PERSON", "Elon Musk")], "2022-03-23") == []
    # What one meant to do, a date after it and no event word: a plan not kept.
    assert read(["Eigentlich wollte Tesla schon im Juli 2021 mit der Produktion beginnen."], "de", [tesla],
                "2022-03-23") == []
    assert read(["Tesla had wanted to start production in July 2021."], "en", [tesla], "2022-03-23") == []
    # The end of a fiscal year is the date of no happening.
    assert read(["Im Ende Juni abgelaufenen Geschäftsjahr setzte Microsoft 86,8 Milliarden Dollar um."], "de",
                [microsoft], "2014-09-16") == []
    # What a question asks did not happen: no purchase, the asking only.
    assert [kind for _, kind, _ in read(["Im Juni hatte Persson auf Twitter gefragt, ob jemand seinen Anteil kaufen "
                                         "wolle."], "de", [("Twitter", "ORG", "Twitter")], "2014-09-16")] == ["other"]
    # "im Jahr darauf": the year after the one just told.
    assert ("2004", "funding", {"Elon Musk", "Tesla"}) in read(
        ["Tesla war 2003 gegründet worden.", "Musk stieg im Jahr darauf bei Tesla als Geldgeber ein."], "de",
        [tesla, ("Musk", "PERSON", "Elon Musk")], "2022-03-23")


@pytest.mark.parametrize(("sentence", "expected"), [
    # "昨晚发表声明", "昨日率先报道": the day of a statement or of a paper's report, nothing typed.
    ("蚂蚁集团昨晚发表声明，就事件给投资者带来的不便深表歉意。", []),
    ("彭博社昨日率先报道了这笔交易的消息。", []),
    # A company's announcement tells what it announces; a happening of the day is read.
    ("百度昨日发布公告称，已终止与欢聚集团此前签署的股份购买协议。", [("2016-07-31", "other")]),
])
def test_a_chinese_date_of_a_statement_or_a_report_marks_no_happening(sentence: str,
                                                                       expected: list[tuple[str, str]]) -> None:
    names = [("百度", "ORG", "Baidu"), ("蚂蚁集团", "ORG", "Ant Group"), ("彭博社", "ORG", "Bloomberg"),
             ("欢聚集团", "ORG", "JOYY")]
    found = read(["滴滴出行今天宣布收购优步中国。", sentence], "zh", names, "2016-08-01")
    assert [(d, t) for d, t, _ in found[1:]] == expected


@pytest.mark.parametrize(("lang", "sentences", "expected"), [
    # An agreement announced after a purchase told before is that purchase ...
    ("en", ["Globex agreed to buy Initech for $2.1 billion.", "Initech makes robots.",
            "The two companies announced their agreement on Nov. 1, 2019."],
     [("2019-11-01", "acquisition", {"Globex", "Initech"})]),
    ("de", ["Globex kauft Initech für 2,1 Milliarden Dollar.", "Initech baut Roboter.",
            "Die Konzerne gaben die Vereinbarung am 1. November 2019 bekannt."],
     [("2019-11-01", "acquisition", {"Globex", "Initech"})]),
    # ... but an agreement of its own is a partnership.
    ("en", ["Globex agreed to buy Initech for $2.1 billion.", "Lumen signed an agreement with Globex on Nov. 1, 2019."],
     [("2019-11-01", "partnership", {"Lumen", "Globex"})]),
])
def test_an_agreement_told_before_is_the_deal_it_refers_to(lang: str, sentences: list[str],
                                                          expected: list[tuple[str, str, set[str]]]) -> None:
    names = [("Globex", "ORG", "Globex"), ("Initech", "ORG", "Initech"), ("Lumen", "ORG", "Lumen")]
    assert read(sentences, lang, names, "2021-01-14") == expected


def test_a_description_of_an_agency_never_stands_for_a_court() -> None:
    # "Die Kommission" after "der EuGH bestätigte" is the commission the text named before, not the court.
    names = [("EU-Kommission", "ORG", "European Commission"), ("EuGH", "ORG", "Court of Justice of the European Union"),
             ("Google", "ORG", "Google")]
    found = read(["Die EU-Kommission verhängte 2017 eine Strafe gegen Google.",
                  "Am Dienstag bestätigte der EuGH die Strafe.",
                  "Die Kommission hatte sie im Juni 2017 verhängt."], "de", names, "2024-09-11")
    assert found[-1][0] == "2017-06" and "European Commission" in found[-1][2]
    assert "Court of Justice of the European Union" not in found[-1][2]


def test_what_no_one_would_disclose_is_no_event() -> None:
    # "neither company would disclose its revenue" tells no results; selling ads is no launch.
    found = read(["Tumblr began selling advertising only last year, and neither company would disclose its revenue."],
                 "en", [("Tumblr", "ORG", "Tumblr")], "2013-05-20")
    assert [(value, kind) for value, kind, _ in found] == [("2012", "other")]


def test_a_period_s_end_and_a_condition_date_no_happening() -> None:
    # "das Ende September endete" closes a fiscal year: only the revenue is told, of the year.
    found = read(["Im Geschäftsjahr 2018, das Ende September endete, hatte Apple 265,6 Milliarden Dollar umgesetzt."],
                 "de", [("Apple", "ORG", "Apple")], "2019-07-26")
    assert [(value, kind) for value, kind, _ in found] == [("2018", "financial")]
    # What would follow on a condition is no purchase.
    found = read(["特朗普3日对记者表示，如果TikTok在9月15日前未能被美国公司收购，就将在美国被关闭。"], "zh",
                 [("特朗普", "PERSON", "Donald Trump"), ("TikTok", "ORG", "TikTok")], "2020-08-08")
    assert [kind for _, kind, _ in found] == ["other"]


@pytest.mark.parametrize(("text", "lang", "names", "published"), [
    # A report dated before what it said: the month is the report's.
    ("Reports in January said Stripe had asked banks to weigh a listing against a private sale.", "en",
     {"Stripe": "ORG"}, "2023-03-16"),
    # Talks reported in the German subjunctive, and a revenue analysts expect.
    ("Im Juli hatte die Zeitung berichtet, Intel verhandle über eine Übernahme von GlobalFoundries.", "de",
     {"Intel": "ORG", "GlobalFoundries": "ORG"}, "2021-10-29"),
    ("Analysten rechnen für dieses Jahr wegen des Chipmangels mit einem deutlichen Umsatzplus.", "de", {},
     "2021-10-29"),
])
def test_reports_talks_and_expectations_of_the_fortysecond_set_are_no_events(
        text: str, lang: str, names: dict[str, str], published: str) -> None:
    assert _events(text, lang, names, published) == []


def test_captions_with_a_photograph_credit_or_a_bracketed_position_tell_nothing() -> None:
    assert read(["Elizabeth Holmes leaves the federal courthouse in San Jose on Monday. Photograph: Dana "
                 "Whitfield/Coastline Pictures"], "en", [("Elizabeth Holmes", "PERSON", "Elizabeth Holmes")],
                "2022-01-04") == []
    names = [("人人公司", "ORG", "Renren Inc."), ("陈一舟", "PERSON", "Joe Chen")]
    assert read(["（图：5月4日，人人公司董事长兼首席执行官陈一舟（中）与管理团队在纽交所外合影。"
                 "华讯财经记者杜明远摄）"], "zh", names, "2011-05-05") == []
    assert read(["（圖說：LINE社長出澤剛（右）與Z控股社長川邊健太郎18日在東京舉行記者會。"
                 "遠景新聞網東京特約記者攝）"], "zh", [], "2019-11-19") == []
    # ... or closed by the agency that sent the picture.
    names = [("图森未来", "ORG", "TuSimple"), ("纳斯达克", "ORG", "Nasdaq")]
    assert read(["（图：4月15日，纽约时代广场的纳斯达克大屏幕显示图森未来上市的画面。寰宇财讯社发）"], "zh", names,
                "2021-04-16") == []
    names = [("古永锵", "PERSON", "Victor Koo"), ("王微", "PERSON", "Wang Wei")]
    assert read(["（图：2010年2月3日，古永锵（左）与王微在北京出席两家公司的合作发布会。本报资料图）"], "zh", names,
                "2012-03-13") == []
    names = [("C3.ai", "ORG", "C3.ai")]
    assert read(["（图：12月9日，C3.ai股票在纽约证券交易所开始交易。环球财讯社资料照片）"], "zh", names,
                "2020-12-10") == []


def test_a_german_day_set_for_a_hearing_at_a_long_clause_s_end_is_a_schedule() -> None:
    names = [("Sony", "ORG", "Sony")]
    assert read(["Für Mittwoch hat ein Unterausschuss des US-Repräsentantenhauses eine Anhörung zu Datendiebstählen "
                 "angesetzt; ob Sony dort aussagt, ist offen."], "de", names, "2011-05-03") == []


def test_plans_put_first_and_comments_not_given_from_the_fifty_second_set() -> None:
    volocopter, robinhood = ("Volocopter", "ORG", "Volocopter"), ("Robinhood", "ORG", "Robinhood")
    # What one meant to do, its verb right after the date (German word order): no happening.
    assert read(["Im Sommer wollte Volocopter bei den Olympischen Spielen in Paris Passagiere fliegen."], "de",
                [volocopter], "2024-12-31") == []
    assert [kind for _, kind, _ in read(["Im Sommer flog Volocopter in Paris Passagiere."], "de", [volocopter],
                                        "2024-12-31")] == ["other"]
    # A comment not given tells nothing; nor does a count on a day.
    assert read(["The company did not comment on the share price on Thursday."], "en", [robinhood],
                "2021-07-29") == []
    assert read(["Robinhood counted 22.5 million funded accounts at the end of June."], "en", [robinhood],
                "2021-07-29") == []
    # A paper's own inquiry is no happening.
    assert read(["本報昨晚向偉易達查詢，截稿前未獲回覆。"], "zh", [("偉易達", "ORG", "VTech")], "2018-01-09") == []
    # A span from a part of a month up to the time of writing dates no happening.
    kunlun = ("昆仑万维", "ORG", "Kunlun Tech")
    assert read(["昆仑万维股价自去年12月初以来累计上涨约七成。"], "zh", [kunlun], "2020-03-07") == []
    assert [(date, kind) for date, kind, _ in read(["昆仑万维股价去年12月初大涨。"], "zh", [kunlun], "2020-03-07")] \
        == [("2019-12", "financial")]
