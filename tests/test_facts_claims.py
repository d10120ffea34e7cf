"""Facts that would be wrong claims: a plan told as a deal, a founder's employer told
as the company founded, a person's valuation, an amount from the next clause. Each
case beside the plain sentence that does state the fact, so no test passes for want
of a reading."""

from __future__ import annotations

import re

import pytest

from ainews_cli.dates import find_dates
from ainews_cli.entities import RawMention, alias_mentions, canonical_mentions, load_alias_table
from ainews_cli.facts import extract_facts
from ainews_cli.records import PubDate, Sentence, Span

TABLE = load_alias_table()
KEYS = ("investor", "holder", "target", "subject", "org", "founders", "amount", "direction", "year")


def typed(text: str, lang: str) -> list[tuple]:
    entities = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, lang), TABLE)
    dates = find_dates(text, spans=[Span(0, len(text), lang, "x")], sentences=[(0, len(text))], published=None)
    found = [f.to_dict() for f in extract_facts(text, [Sentence(0, len(text), lang)], entities, dates)]
    return [(f["kind"], *[(k, f[k]) for k in KEYS if f.get(k) is not None])
            for f in found if f["kind"] not in ("role", "money", "percent")]


INVESTMENT = ("investment", ("investor", "Microsoft"), ("target", "OpenAI"), ("amount", 10_000_000_000))
ROUND = ("funding_round", ("subject", "xAI"), ("amount", 6_000_000_000))


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
        # A round still being raised is no round done.
        ("en", "xAI raised $6bn in funding.", "xAI is raising $6bn in funding.", ROUND),
        ("de", "OpenAI hat 6 Milliarden Dollar eingesammelt.", "OpenAI will 6 Milliarden Dollar einsammeln.",
         ("funding_round", ("subject", "OpenAI"), ("amount", 6_000_000_000))),
        ("zh", "xAI完成60亿美元融资。", "xAI正在进行60亿美元融资。", ROUND),
        # What did not happen is no fact either; "not only" negates nothing.
        ("en", "Microsoft not only invested $10bn in OpenAI but also hired staff.",
         "Microsoft didn't invest $10bn in OpenAI.", INVESTMENT),
        ("en", "Microsoft invested $10bn in OpenAI.", "Microsoft has never invested $10bn in OpenAI.", INVESTMENT),
        ("de", "Microsoft hat nicht nur 10 Milliarden Dollar in OpenAI investiert.",
         "Microsoft hat nie 10 Milliarden Dollar in OpenAI investiert.", INVESTMENT),
    ],
)
def test_a_plan_or_talks_state_no_fact(lang: str, stated: str, unreal: str, fact: tuple) -> None:
    assert fact in typed(stated, lang)
    assert typed(unreal, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A plan that did not come about reaches the rest of its sentence.
        ("zh", "蚂蚁集团原计划于2020年11月在上海和香港两地同步上市，募资规模约345亿美元。"),
        ("en", "Ant Group had originally planned to list in November, raising about $34.5 billion."),
        ("de", "Die Ant Group hatte den Börsengang ursprünglich für November geplant, der Erlös sollte 34,5 Milliarden "
         "Dollar betragen."),
    ],
)
def test_a_plan_undone_states_no_figure(lang: str, text: str) -> None:
    assert [fact for fact in typed(text, lang) if fact[0] == "funding_round"] == []


def test_a_plan_undone_leaves_what_came_after_a_contrast() -> None:
    assert typed("Ant Group had planned to list in November, but in March it raised $10 billion.", "en") == [
        ("funding_round", ("subject", "Ant Group"), ("amount", 10_000_000_000))]


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
        # A change of market value says which way; a market value with none, or one it rose to, is
        # what the company is worth: a valuation.
        ("en", "Apple's market value stood at $3 trillion.",
         [("valuation", ("subject", "Apple"), ("amount", 3_000_000_000_000))]),
        ("en", "Apple gained $200 billion in market value.",
         [("market_value_change", ("subject", "Apple"), ("amount", 200_000_000_000), ("direction", "gain"))]),
        # An amount belongs to its own part of the sentence.
        ("zh", "微软营收620亿美元；今年1月，微软市值突破3万亿美元。",
         [("revenue", ("subject", "Microsoft"), ("amount", 62_000_000_000)),
          ("valuation", ("subject", "Microsoft"), ("amount", 3_000_000_000_000))]),
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


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A relative clause's party is not the subject of the clause around it, nor its amount the cue's.
        ("en", "Databricks, which bought MosaicML for $1.3bn, raised $500m.",
         [("funding_round", ("subject", "Databricks"), ("amount", 500_000_000))]),
        ("en", "Anthropic, which Amazon backed with $4bn, is valued at $18bn.",
         [("valuation", ("subject", "Anthropic"), ("amount", 18_000_000_000))]),
        ("de", "Aleph Alpha wird von Investoren bewertet, die zuletzt 500 Millionen Dollar zahlten.", []),
        ("de", "Aleph Alpha wird mit 500 Millionen Dollar bewertet.",
         [("valuation", ("subject", "Aleph Alpha"), ("amount", 500_000_000))]),
        # An agent or a source of the money raised nothing and is valued at nothing: it led the round.
        ("de", "DeepL hat in einer von Index Ventures angeführten Finanzierungsrunde 300 Millionen Dollar "
         "eingesammelt.",
         [("funding_round", ("subject", "DeepL"), ("amount", 300_000_000)),
          ("investment", ("investor", "Index Ventures"), ("target", "DeepL"))]),
        # The cue nearest the amount names its kind: investors value it, they pay no round.
        ("de", "Das Start-up Aleph Alpha wird von Investoren mit rund 500 Millionen Dollar bewertet.",
         [("valuation", ("subject", "Aleph Alpha"), ("amount", 500_000_000))]),
    ],
)
def test_a_clause_and_an_agent_keep_their_parties(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "total", "round_", "fact"),
    [
        ("en", "Anthropic has raised $7.3bn to date.", "Anthropic has raised $7.3bn.",
         ("funding_round", ("subject", "Anthropic"), ("amount", 7_300_000_000))),
        ("en", "Anthropic has raised a total of $7.3bn.", "Anthropic raised $7.3bn in its largest round to date.",
         ("funding_round", ("subject", "Anthropic"), ("amount", 7_300_000_000))),
        ("de", "DeepL hat bislang mehr als 400 Millionen Dollar eingesammelt.",
         "DeepL hat mehr als 400 Millionen Dollar eingesammelt.",
         ("funding_round", ("subject", "DeepL"), ("amount", 400_000_000))),
        ("de", "DeepL hat insgesamt 400 Millionen Dollar eingesammelt.",
         "DeepL hat in der bisher größten Finanzierungsrunde 400 Millionen Dollar eingesammelt.",
         ("funding_round", ("subject", "DeepL"), ("amount", 400_000_000))),
        ("zh", "智谱AI迄今共计融资25亿元。", "智谱AI完成25亿元融资。",
         ("funding_round", ("subject", "Zhipu AI"), ("amount", 2_500_000_000))),
    ],
)
def test_money_raised_to_date_is_no_round(lang: str, total: str, round_: str, fact: tuple) -> None:
    assert typed(total, lang) == []
    assert typed(round_, lang) == [fact]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A level of market value is what the company is worth; a change says how much and which way.
        ("en", "Nvidia's market value rose to $3 trillion.",
         [("valuation", ("subject", "Nvidia"), ("amount", 3_000_000_000_000))]),
        ("en", "Nvidia's market value rose by $200 billion.",
         [("market_value_change", ("subject", "Nvidia"), ("amount", 200_000_000_000), ("direction", "gain"))]),
        ("de", "Der Börsenwert von Nvidia stieg auf drei Billionen Dollar.",
         [("valuation", ("subject", "Nvidia"), ("amount", 3_000_000_000_000))]),
        ("de", "Der Börsenwert von Nvidia stieg um 200 Milliarden Dollar.",
         [("market_value_change", ("subject", "Nvidia"), ("amount", 200_000_000_000), ("direction", "gain"))]),
        ("zh", "英伟达市值升至3万亿美元。", [("valuation", ("subject", "Nvidia"), ("amount", 3_000_000_000_000))]),
        ("zh", "英伟达市值蒸发5000亿美元。",
         [("market_value_change", ("subject", "Nvidia"), ("amount", 500_000_000_000), ("direction", "loss"))]),
    ],
)
def test_a_market_value_or_its_change(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Money put into two companies: how it was shared is not told.
        ("en", "Microsoft invested $10bn in OpenAI and Anthropic.",
         [("investment", ("investor", "Microsoft"), ("target", "OpenAI")),
          ("investment", ("investor", "Microsoft"), ("target", "Anthropic"))]),
        ("de", "Microsoft investiert 10 Milliarden Dollar in OpenAI und Anthropic.",
         [("investment", ("investor", "Microsoft"), ("target", "OpenAI")),
          ("investment", ("investor", "Microsoft"), ("target", "Anthropic"))]),
        # A name after the joiner that opens a clause of its own is the next investor, not a target.
        ("en", "Microsoft invested $10bn in OpenAI and Google invested $2bn in Anthropic.",
         [("investment", ("investor", "Microsoft"), ("target", "OpenAI"), ("amount", 10_000_000_000)),
          ("investment", ("investor", "Google"), ("target", "Anthropic"), ("amount", 2_000_000_000))]),
        ("en", "Microsoft invested $10bn in OpenAI, the ChatGPT maker.",
         [("investment", ("investor", "Microsoft"), ("target", "OpenAI"), ("amount", 10_000_000_000))]),
    ],
)
def test_money_for_several_targets(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Money from a list that ends in others is the list's; the one that got it is valued.
        ("en", "Anthropic raised $4bn from Amazon, Google and others at an $18bn valuation.",
         [("investment", ("investor", "Amazon"), ("target", "Anthropic")),
          ("investment", ("investor", "Google"), ("target", "Anthropic")),
          ("valuation", ("subject", "Anthropic"), ("amount", 18_000_000_000)),
          ("funding_round", ("subject", "Anthropic"), ("amount", 4_000_000_000))]),
        ("en", "Anthropic raised $4bn from Amazon at an $18bn valuation.",
         [("investment", ("investor", "Amazon"), ("target", "Anthropic"), ("amount", 4_000_000_000)),
          ("valuation", ("subject", "Anthropic"), ("amount", 18_000_000_000)),
          ("funding_round", ("subject", "Anthropic"), ("amount", 4_000_000_000))]),
        # Where money came from got none of it, though a relative clause goes on after it.
        ("en", "Anthropic received new money from Amazon and Google, while earlier investors including Nvidia "
         "also put in more.",
         [("investment", ("investor", "Amazon"), ("target", "Anthropic")),
          ("investment", ("investor", "Google"), ("target", "Anthropic"))]),
        # The list after a round joined it; the one a round is led by invested in it.
        ("zh", "百川智能宣布完成3亿美元的A1轮战略融资，阿里巴巴、腾讯和小米均参与其中。",
         [("investment", ("investor", "Alibaba Group"), ("target", "Baichuan AI")),
          ("investment", ("investor", "Tencent"), ("target", "Baichuan AI")),
          ("investment", ("investor", "Xiaomi"), ("target", "Baichuan AI")),
          ("funding_round", ("subject", "Baichuan AI"), ("amount", 300_000_000))]),
        ("zh", "MiniMax完成了6亿美元融资，由阿里巴巴领投。",
         [("investment", ("investor", "Alibaba Group"), ("target", "MiniMax")),
          ("funding_round", ("subject", "MiniMax"), ("amount", 600_000_000))]),
        ("de", "Microsoft, der wichtigste Geldgeber des ChatGPT-Entwicklers OpenAI, profitiert vom Boom.",
         [("investment", ("investor", "Microsoft"), ("target", "OpenAI"))]),
        ("de", "Im September hatte Helsing 209 Millionen Euro eingesammelt, ebenfalls unter Führung von "
         "General Catalyst.",
         [("investment", ("investor", "General Catalyst"), ("target", "Helsing")),
          ("funding_round", ("subject", "Helsing"), ("amount", 209_000_000))]),
        ("de", "Microsoft hat unter Führung von Satya Nadella stark in KI investiert.", []),
    ],
)
def test_investors_in_lists_and_agent_phrases(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The founders after "von" founded it; the one founded is not among them.
        ("de", "Gegründet wurde Arm 1990 als Gemeinschaftsunternehmen von Acorn Computers, Apple und VLSI "
         "Technology.", []),
        ("de", "Gegründet wurde Mistral AI 2023 von Arthur Mensch.",
         [("founded", ("org", "Mistral AI"), ("founders", ["Arthur Mensch"]), ("year", "2023"))]),
        # How long ago it was founded tells no founding.
        ("zh", "百川智能成立仅两个月，就发布了首款大模型。", []),
        ("zh", "百川智能于2023年4月成立。", [("founded", ("org", "Baichuan AI"), ("founders", []), ("year", "2023"))]),
        # A class of companies described by their founders founds nothing.
        ("en", "The round makes Anthropic one of the few AI companies founded by former researchers to raise $4bn.",
         []),
        # Founders before an aside that names no one.
        ("en", "Dario Amodei and Daniela Amodei, siblings raised in San Francisco, founded Anthropic in 2021.",
         [("founded", ("org", "Anthropic"), ("founders", ["Daniela Amodei", "Dario Amodei"]), ("year", "2021"))]),
    ],
)
def test_what_was_founded(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        # A bare 元 in Traditional script is the New Taiwan dollar; in Simplified, or named, the yuan.
        ("鴻海去年營收約6.6兆元。", 6_600_000_000_000, "TWD"),
        ("商湯去年收入約34億元人民幣。", 3_400_000_000, "CNY"),
        ("百度2023年营收为1345亿元。", 134_500_000_000, "CNY"),
    ],
)
def test_the_currency_of_a_bare_yuan(text: str, amount: int, currency: str) -> None:
    entities = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, "zh"), TABLE)
    [revenue] = [f.to_dict() for f in extract_facts(text, [Sentence(0, len(text), "zh")], entities)
                 if f.kind == "revenue"]
    assert (revenue["amount"], revenue["currency"]) == (amount, currency)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A vice president is no president; a title that goes on with a department is a longer one, read
        # whole where a few small words name the department, else not at all.
        ("en", "The team will report to Satya Nadella, executive vice president of Microsoft.",
         [("Satya Nadella", "executive vice president", "Microsoft")]),
        ("en", "Tim Cook, Apple's senior vice president, spoke.", [("Tim Cook", "senior vice president", "Apple")]),
        ("en", "Tim Cook, Apple's senior vice president of software engineering, spoke.",
         [("Tim Cook", "senior vice president of software engineering", "Apple")]),
        ("en", "Tim Cook, a former vice president of research at Google, spoke.",
         [("Tim Cook", "vice president of research", "Google")]),
        ("en", "Tim Cook was named head of product design the same day.",
         [("Tim Cook", "head of product design", None)]),
        ("en", "Tim Cook, Apple's vice president for artificial intelligence, spoke.", []),
        # "head" is a title only with its department.
        ("en", "Tim Cook, the head of the new team, spoke.", []),
        ("en", "Apple head Tim Cook spoke.", []),
        ("zh", "阿里云资深副总裁张勇介绍了方案。", [("Daniel Zhang", "senior vice president", "Alibaba Cloud")]),
        # Roles joined by "暨" or "、" are one person's, the organisation before them every one's, a gloss
        # in brackets between.
        ("zh", "百度创始人、董事长兼首席执行官李彦宏介绍了方案。",
         [("Robin Li", "founder", "Baidu"), ("Robin Li", "chairman", "Baidu"), ("Robin Li", "CEO", "Baidu")]),
        ("zh", "超微（AMD）董事長暨執行長蘇姿丰發表演講。",
         [("Lisa Su", "chairman", "AMD"), ("Lisa Su", "CEO", "AMD")]),
    ],
)
def test_titles_read_whole(lang: str, text: str, expected: list[tuple]) -> None:
    entities = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, lang), TABLE)
    assert [(f.to_dict()["person"], f.to_dict()["role"], f.to_dict()["org"])
            for f in extract_facts(text, [Sentence(0, len(text), lang)], entities) if f.kind == "role"] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A cue inside a relative clause is about the name the clause follows, or about none we know.
        ("en", "OpenAI, which generates about $3.4bn in revenue, was valued at $80bn.",
         [("valuation", ("subject", "OpenAI"), ("amount", 80_000_000_000)),
          ("revenue", ("subject", "OpenAI"), ("amount", 3_400_000_000))]),
        ("en", "Microsoft paid $19.7bn for a speech company, which had revenue of $1.5bn.", []),
        # An estimate or what analysts reckoned with is no result; a result beside it is one.
        ("en", "Nvidia's revenue beat estimates of $24.6 billion.", []),
        ("en", "Nvidia reported revenue of $26 billion, beating estimates of $24.6 billion.",
         [("revenue", ("subject", "Nvidia"), ("amount", 26_000_000_000))]),
        ("de", "Analysten hatten bei Nvidia mit einem Umsatz von 24 Milliarden Dollar gerechnet.", []),
        ("de", "Für das laufende Quartal stellte Intel einen Umsatz von 12,5 bis 13,5 Milliarden Dollar in "
         "Aussicht.", []),
        ("de", "Nvidia meldete einen Umsatz von 26 Milliarden Dollar.",
         [("revenue", ("subject", "Nvidia"), ("amount", 26_000_000_000))]),
        # "worth" values the name right before it, or after a copula, not a thing named between.
        ("en", "The rally left Apple worth more than $3.1 trillion.",
         [("valuation", ("subject", "Apple"), ("amount", 3_100_000_000_000))]),
        ("en", "OpenAI is now worth $157 billion.",
         [("valuation", ("subject", "OpenAI"), ("amount", 157_000_000_000))]),
        ("en", "Microsoft ordered Nvidia chips worth $10 billion.", []),
        ("en", "Microsoft's stake in OpenAI is valued at $40 billion.", []),
        # Money borrowed is no funding round.
        ("en", "Apple raised $5.5 billion in a bond sale.", []),
        ("zh", "百度发行债券筹集50亿元。", []),
        ("zh", "百度筹集50亿元。", [("funding_round", ("subject", "Baidu"), ("amount", 5_000_000_000))]),
    ],
)
def test_whose_figure_and_whether_it_is_one(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed(text, lang) == expected


def typed_text(text: str, lang: str) -> list[tuple]:
    """``typed`` over a text of several sentences, each ending in a full stop and a space."""
    entities = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, lang), TABLE)
    dates = find_dates(text, spans=[Span(0, len(text), lang, "x")], sentences=[(0, len(text))], published=None)
    starts = [0, *(m.end() for m in re.finditer(r"(?<=[.。]) ?", text) if m.end() < len(text))]
    sentences = [Sentence(s, e, lang) for s, e in zip(starts, [*starts[1:], len(text)], strict=True)]
    found = [f.to_dict() for f in extract_facts(text, sentences, entities, dates)]
    return [(f["kind"], *[(k, f[k]) for k in KEYS if f.get(k) is not None])
            for f in found if f["kind"] not in ("role", "money", "percent")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A description stands for an organisation named before, not for what another
        # description before stood for: one guess is not built on another.
        ("en", "SAP bought Aleph Alpha. Customers are banks. The chipmaker said so. The startup was founded in 2019.",
         []),
        ("en", "SAP bought Aleph Alpha. Customers are banks. The startup was founded in 2019.",
         [("founded", ("org", "Aleph Alpha"), ("founders", []), ("year", "2019"))]),
        ("de", "SAP kaufte Aleph Alpha. Kunden sind Banken. Der Konzern sagte das. Das Start-up wurde 2019 gegründet.",
         []),
        ("de", "SAP kaufte Aleph Alpha. Kunden sind Banken. Das Start-up wurde 2019 gegründet.",
         [("founded", ("org", "Aleph Alpha"), ("founders", []), ("year", "2019"))]),
        ("zh", "SAP收购百川智能。客户是银行。该公司表示同意。该公司于2019年成立。", []),
        ("zh", "SAP收购百川智能。客户是银行。该公司于2019年成立。",
         [("founded", ("org", "Baichuan AI"), ("founders", []), ("year", "2019"))]),
    ],
)
def test_a_description_stands_for_a_name_not_for_another_description(
        lang: str, text: str, expected: list[tuple]) -> None:
    assert typed_text(text, lang) == expected


def _bought(*deals: tuple[str, int | None]) -> list[tuple]:
    return [("investment", ("investor", investor), ("target", "OpenAI"), *([("amount", amount)] if amount else []))
            for investor, amount in deals]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "each" gives every investor of the list the amount; without it how it was shared is not told.
        ("en", "Microsoft and Nvidia each invested $1 billion in OpenAI.",
         _bought(("Microsoft", 1_000_000_000), ("Nvidia", 1_000_000_000))),
        ("en", "Microsoft and Nvidia invested $1 billion in OpenAI.", _bought(("Microsoft", None), ("Nvidia", None))),
        ("de", "Microsoft und Nvidia investierten jeweils 1 Milliarde Dollar in OpenAI.",
         _bought(("Microsoft", 1_000_000_000), ("Nvidia", 1_000_000_000))),
        ("zh", "微软和英伟达各向OpenAI投资10亿美元。",
         _bought(("Microsoft", 1_000_000_000), ("Nvidia", 1_000_000_000))),
        # Stock bought with no company named is the stock of the one the sentence before is about.
        ("en", "OpenAI sold new shares. Microsoft and Nvidia each bought $1 billion of stock.",
         _bought(("Microsoft", 1_000_000_000), ("Nvidia", 1_000_000_000))),
        ("en", "OpenAI sold new shares. Microsoft and Nvidia bought $1 billion of stock.",
         _bought(("Microsoft", None), ("Nvidia", None))),
        ("en", "OpenAI sold new shares. Microsoft bought $1 billion of stock from SoftBank.", []),
        ("en", "OpenAI and Anthropic sold new shares. Microsoft bought $1 billion of stock.", []),
        ("de", "OpenAI gab neue Aktien aus. Microsoft und Nvidia kauften jeweils Aktien im Wert von "
         "1 Milliarde Dollar.",
         _bought(("Microsoft", 1_000_000_000), ("Nvidia", 1_000_000_000))),
        ("zh", "OpenAI发行新股。微软和英伟达各认购10亿美元的股票。",
         _bought(("Microsoft", 1_000_000_000), ("Nvidia", 1_000_000_000))),
        ("zh", "OpenAI与Anthropic发行新股。微软认购10亿美元的股票。", []),
    ],
)
def test_each_and_stock_bought(lang: str, text: str, expected: list[tuple]) -> None:
    assert sorted(typed_text(text, lang)) == sorted(expected)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # An investor with no organisation is what a person does, not a post.
        ("en", "Ilya Sutskever founded the lab with Daniel Gross, an investor.", []),
        ("zh", "投资者里德·霍夫曼表示同意。", []),
        ("en", "Daniel Gross, a former OpenAI researcher, agreed.", []),
        ("en", "Daniel Gross, the chief executive, agreed.", [("Daniel Gross", "CEO", None)]),
    ],
)
def test_an_investor_is_a_role_only_at_an_organisation(lang: str, text: str, expected: list[tuple]) -> None:
    entities = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, lang), TABLE)
    assert [(f.details.person, f.details.role, f.details.org)  # type: ignore[union-attr]
            for f in extract_facts(text, [Sentence(0, len(text), lang)], entities) if f.kind == "role"] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Investors that join the round the sentence before told, named without it.
        ("de", "Mistral AI hat 600 Millionen Euro eingesammelt. Auch Microsoft, Nvidia und Salesforce beteiligten "
         "sich.",
         ["Microsoft", "Nvidia", "Salesforce"]),
        ("de", "Mistral AI hat 600 Millionen Euro eingesammelt. Microsoft und Nvidia beteiligten sich an Aleph Alpha.",
         []),
        ("en", "Mistral AI raised $600 million. Microsoft, Nvidia and Salesforce also participated.",
         ["Microsoft", "Nvidia", "Salesforce"]),
        ("en", "Mistral AI raised $600 million. Analysts said Microsoft and Nvidia also participated.", []),
        ("zh", "Mistral AI完成6亿美元融资。微软、英伟达也参与了本轮融资。", ["Microsoft", "Nvidia"]),
        # ... as what they are ("作为新投资者"), following the lead ("等现有股东也继续跟投"), a name glossed in
        # brackets.
        ("zh", "Mistral AI完成6亿美元融资。淡马锡和新加坡政府投资公司（GIC）作为新投资者参与了本轮融资，"
         "贝莱德、GV等现有股东也继续跟投。",
         ["Blackrock", "GIC", "GV", "Temasek"]),
        ("zh", "Mistral AI完成6亿美元融资。本轮融资由软银愿景基金二期（SoftBank Vision Fund 2）领投。",
         ["SoftBank Vision Fund 2"]),
        ("zh", "Mistral AI完成6亿美元融资。次年，红杉中国又领投了其2.5亿美元C轮融资。", ["HongShan"]),
        # ... not where the clause names the company they follow into.
        ("zh", "Mistral AI完成6亿美元融资。贝莱德、GV等机构也跟投了Anthropic。", []),
    ],
)
def test_investors_that_join_the_round_told_before(lang: str, text: str, expected: list[str]) -> None:
    assert sorted(dict(f[1:])["investor"] for f in typed_text(text, lang)
                  if f[0] == "investment" and dict(f[1:])["target"] == "Mistral AI") == expected


def typed_published(text: str, lang: str) -> list[tuple]:
    """``typed`` with the dates read against a day of writing, 10 April 2024."""
    entities = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, lang), TABLE)
    dates = find_dates(text, spans=[Span(0, len(text), lang, "x")], sentences=[(0, len(text))],
                       published=PubDate("2024-04-10", "json"))
    found = [f.to_dict() for f in extract_facts(text, [Sentence(0, len(text), lang)], entities, dates)]
    return [(f["kind"], *[(k, f[k]) for k in KEYS if f.get(k) is not None])
            for f in found if f["kind"] not in ("role", "money", "percent")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A year told relative to the day of writing dates a founding between its organisation and its cue,
        # not what a later clause tells.
        ("zh", "百川智能由王小川于去年4月创办。",
         [("founded", ("org", "Baichuan AI"), ("founders", ["Wang Xiaochuan"]), ("year", "2023"))]),
        ("de", "Mistral AI wurde im April vergangenen Jahres von Arthur Mensch gegründet.",
         [("founded", ("org", "Mistral AI"), ("founders", ["Arthur Mensch"]), ("year", "2023"))]),
        ("zh", "王小川创办的百川智能则在去年11月宣布融资。",
         [("founded", ("org", "Baichuan AI"), ("founders", ["Wang Xiaochuan"]))]),
    ],
)
def test_a_founding_year_told_relative(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed_published(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Founders named after the founding as some of a group.
        ("de", "SAP wurde 1972 von fünf ehemaligen IBM-Mitarbeitern gegründet, darunter Dietmar Hopp und Hasso "
         "Plattner.",
         [("founded", ("org", "SAP"), ("founders", ["Dietmar Hopp", "Hasso Plattner"]), ("year", "1972"))]),
        ("en", "SAP was founded in 1972 by five former IBM engineers, including Dietmar Hopp and Hasso Plattner.",
         [("founded", ("org", "SAP"), ("founders", ["Dietmar Hopp", "Hasso Plattner"]), ("year", "1972"))]),
        ("zh", "OpenAI于2015年由一群研究人员创立，其中包括萨姆·奥特曼。",
         [("founded", ("org", "OpenAI"), ("founders", ["Sam Altman"]), ("year", "2015"))]),
    ],
)
def test_founders_named_as_some_of_a_group(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Revenue told with no owner, in a sentence that names no organisation, is the one the sentence
        # before is about; where that one names several, or this one names another, it is no one's.
        ("en", "Nvidia reported its results. Revenue was $26 billion.",
         [("revenue", ("subject", "Nvidia"), ("amount", 26_000_000_000))]),
        ("en", "Nvidia and AMD reported their results. Revenue was $26 billion.", []),
        ("de", "Nvidia legte Zahlen vor. Der Umsatz betrug 26 Milliarden Dollar.",
         [("revenue", ("subject", "Nvidia"), ("amount", 26_000_000_000))]),
        ("zh", "英伟达公布业绩。去年收入约260亿美元。",
         [("revenue", ("subject", "Nvidia"), ("amount", 26_000_000_000))]),
        ("zh", "英伟达与AMD公布业绩。去年收入约260亿美元。", []),
    ],
)
def test_revenue_of_the_company_told_before(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed_text(text, lang) == expected


def test_investors_including_someone_found_nothing() -> None:
    found = typed("Mistral AI was founded in 2023 with backing from investors, including Eric Schmidt.", "en")
    assert all("Eric Schmidt" not in dict(f[1:]).get("founders", ()) for f in found if f[0] == "founded"), found
    found = typed("Mistral AI于2023年成立，包括比尔·盖茨在内的投资人参与了融资。", "zh")
    assert all("Bill Gates" not in dict(f[1:]).get("founders", ()) for f in found if f[0] == "founded"), found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A description after a sentence that names several organisations founds none of them ...
        ("en", "AMD, Intel, IBM and Qualcomm also took part. The company was founded in 2016 by Clément Delangue.", []),
        ("zh", "百度和阿里巴巴参与了本轮融资。该公司成立于2016年。", []),
        # ... after one that names one, it founds that one.
        ("en", "Nvidia took part. The company was founded in 1993 by Jensen Huang.",
         [("founded", ("org", "Nvidia"), ("founders", ["Jensen Huang"]), ("year", "1993"))]),
    ],
)
def test_a_founding_told_of_a_description(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed_text(text, lang) == expected



def typed_roles(text: str, lang: str, extra: tuple[tuple[str, str], ...] = ()) -> list[tuple]:
    """The roles of a text of several sentences; ``extra``: (name, label) of mentions a model
    would add, the alias table knowing none of them."""
    from ainews_cli.records import EntityMention

    entities = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, lang), TABLE)
    entities = sorted([*entities, *(EntityMention(name, m.start(), m.end(), label, name, "model:test")
                                   for name, label in extra for m in re.finditer(re.escape(name), text))],
                      key=lambda e: e.start)
    starts = [0, *(m.end() for m in re.finditer(r"(?<=[.。]) ?", text) if m.end() < len(text))]
    sentences = [Sentence(s, e, lang) for s, e in zip(starts, [*starts[1:], len(text)], strict=True)]
    return [(f.details.person, f.details.role, f.details.org) for f in extract_facts(text, sentences, entities)
            if f.kind == "role"]


@pytest.mark.parametrize(
    ("lang", "text", "extra"),
    [
        ("zh", "杨植麟毕业于美国卡内基梅隆大学。该公司首席执行官杨植麟表示同意。",
         (("美国卡内基梅隆大学", "ORG"), ("杨植麟", "PERSON"))),
        ("en", "Yang Zhilin studied at Carnegie Mellon University. The company's chief executive Yang Zhilin agreed.",
         (("Carnegie Mellon University", "ORG"), ("Yang Zhilin", "PERSON"))),
    ],
)
def test_a_company_described_is_no_university(lang: str, text: str, extra: tuple[tuple[str, str], ...]) -> None:
    assert typed_roles(text, lang, extra) == [("Yang Zhilin", "CEO", None)]


def test_a_role_verb_of_a_clause_that_names_its_own_subject() -> None:
    # The model took 楼天城 for a place: still the subject of its clause, and the post is not 彭军's.
    text = "彭军任首席执行官，楼天城任首席技术官。"
    assert typed_roles(text, "zh", (("彭军", "PERSON"), ("楼天城", "LOC"))) == [("彭军", "CEO", None)]
    assert typed_roles(text, "zh", (("彭军", "PERSON"), ("楼天城", "PERSON"))) == [
        ("彭军", "CEO", None), ("楼天城", "CTO", None)]
    # ... or found by no model at all; an adverb opening the clause is no subject.
    assert typed_roles(text, "zh", (("彭军", "PERSON"),)) == [("彭军", "CEO", None)]
    assert ("彭军", "chairman", None) in typed_roles("彭军任首席执行官，并任董事长。", "zh", (("彭军", "PERSON"),))


@pytest.mark.parametrize(
    ("lang", "text", "extra", "expected"),
    [
        # A name with a post in an apposition after it is a person's, whatever the model called it.
        ("en", "Lumora was founded in 2019 by Ada Brenner, its chief executive, and Tomas Weil, its chief "
         "technology officer.", (("Ada Brenner", "ORG"), ("Tomas Weil", "PERSON")),
         [("Ada Brenner", "CEO", None), ("Tomas Weil", "CTO", None)]),
        ("de", "Lumora wurde 2019 von Ada Brenner, seine Vorstandschefin, gegründet.", (("Ada Brenner", "ORG"),),
         [("Ada Brenner", "CEO", None)]),
        # Of the organisations a clause before names, whose chief the speaker is is a guess ...
        ("en", "Alphabet is folding Google Brain and DeepMind into one unit, chief executive Sundar Pichai said.",
         (), [("Sundar Pichai", "CEO", None)]),
        # ... and so is which of those the sentence before names "the company" means; one it names is meant.
        ("zh", "继百度发布文心一言、阿里巴巴推出通义千问之后，又一家公司发布大模型。该公司董事长刘庆峰演示了产品。", (),
         [("Liu Qingfeng", "chairman", None)]),
        ("zh", "科大讯飞发布大模型。该公司董事长刘庆峰演示了产品。", (), [("Liu Qingfeng", "chairman", "iFlytek")]),
        # A deputy is not the one he stands in for.
        ("de", "Bei Samsung Electronics verantwortet Vize-Vorsitzender Han Jong-hee das Geschäft mit Fernsehern.",
         (("Han Jong-hee", "PERSON"),), [("Han Jong-hee", "vice chairman", "Samsung")]),
        ("de", "Der stellvertretende Vorsitzende Han Jong-hee sprach am Montag.", (("Han Jong-hee", "PERSON"),),
         [("Han Jong-hee", "vice chairman", None)]),
    ],
)
def test_whose_post_a_role_is(lang: str, text: str, extra: tuple, expected: list[tuple]) -> None:
    assert typed_roles(text, lang, extra) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A voice read past a relative clause does not take the clause's party.
        ("en", "Kestrel, which Microsoft also backs, received $50 million in a round led by Sequoia Capital.", []),
        ("en", "Microsoft, which invested $10 billion in OpenAI, said so.",
         [("investment", ("investor", "Microsoft"), ("target", "OpenAI"), ("amount", 10_000_000_000))]),
        # An investor in a list after a comma ("von Investoren, darunter Microsoft") is not what
        # "das Unternehmen" later stands for.
        ("de", "Im Januar erhielt Kestrel zwei Milliarden Dollar von Investoren, darunter Microsoft; das Unternehmen "
         "wurde dabei mit 30 Milliarden Dollar bewertet.", []),
    ],
)
def test_parties_of_a_clause_stay_in_it(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The name after a comma is not what the cue founded ("成立，前身为").
        ("zh", "百度于2000年成立，前身为谷歌的一个部门。", [("founded", ("org", "Baidu"), ("founders", []),
                                                        ("year", "2000"))]),
        # A founding of an organisation the text does not name founds none it names.
        ("zh", "大众汽车宣布与百度在中国成立合资公司。", []),
        ("en", "Microsoft and Nvidia founded a joint venture in 2020.", []),
        ("de", "Microsoft und Nvidia gründeten 2020 ein Gemeinschaftsunternehmen.", []),
        # A description before the name founded; a founder before a relative clause set aside.
        ("en", "Reid Hoffman, who left Microsoft's board, has since co-founded the startup Inflection AI.",
         [("founded", ("org", "Inflection AI"), ("founders", ["Reid Hoffman"]))]),
        ("en", "Reid Hoffman, who left Microsoft's board last year, co-founded Inflection AI.",
         [("founded", ("org", "Inflection AI"), ("founders", ["Reid Hoffman"]))]),
    ],
)
def test_what_a_founding_founds(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Revenue whose owner the clause names, though no entity covers it, is not the topic's.
        ("zh", "英伟达公布业绩。财报显示，星河科技去年营收约20亿美元。", []),
        ("en", "Nvidia reported its results. Kestrel's revenue was $2 billion.", []),
        ("zh", "英伟达公布业绩。财报显示，去年营收约260亿美元。",
         [("revenue", ("subject", "Nvidia"), ("amount", 26_000_000_000))]),
        # Words for a period or for the company itself name no other owner.
        ("zh", "英伟达公布业绩。公司第三季度营收约260亿美元。",
         [("revenue", ("subject", "Nvidia"), ("amount", 26_000_000_000))]),
        # Its parent's, or a name right after the verb with no article, is another owner's.
        ("de", "Nvidia legte Zahlen vor. Der Mutterkonzern kam 2019 auf einen Umsatz von 80,5 Milliarden Euro.", []),
        ("de", "Nvidia legte Zahlen vor. Im Vorjahr erzielte Kestrel einen Umsatz von 1,4 Milliarden Dollar.", []),
        ("de", "Nvidia legte Zahlen vor. Im Vorjahr erzielte der Konzern einen Umsatz von 1,4 Milliarden Dollar.",
         [("revenue", ("subject", "Nvidia"), ("amount", 1_400_000_000))]),
    ],
)
def test_revenue_of_an_owner_no_entity_names(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed_text(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "the startup" after its clause's own subject is the one organisation the sentence before names ...
        ("de", "Im Mai wurde Anthropic mit 18 Milliarden Dollar bewertet. Amazon hat insgesamt rund 4 Milliarden "
         "Dollar in das Start-up gesteckt.",
         [("valuation", ("subject", "Anthropic"), ("amount", 18_000_000_000)),
          ("investment", ("investor", "Amazon"), ("target", "Anthropic"), ("amount", 4_000_000_000))]),
        # ... but no guess where that sentence names two, and never a publisher it cites.
        ("de", "Anthropic und Mistral AI legten zu. Amazon hat rund 4 Milliarden Dollar in das Start-up gesteckt.", []),
        ("de", "Im Mai wurde Anthropic nach Angaben der Financial Times mit 18 Milliarden Dollar bewertet.",
         [("valuation", ("subject", "Anthropic"), ("amount", 18_000_000_000))]),
    ],
)
def test_a_description_after_its_clause_subject(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed_text(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "The fund" stands for the fund named before, not for its owner named after it ...
        ("de", "Zu den Geldgebern gehört der Vision Fund von Softbank. Im Januar 2018 hatte der Fonds 460 Millionen "
         "Euro in Auto1 gesteckt.", [("investment", ("investor", "Vision Fund"), ("target", "Auto1"),
                                     ("amount", 460_000_000))]),
        ("en", "The Vision Fund is run by SoftBank. In 2018 the fund invested $460 million in Auto1.",
         [("investment", ("investor", "Vision Fund"), ("target", "Auto1"), ("amount", 460_000_000))]),
        # ... and for no company where no fund was named.
        ("en", "Its backers include SoftBank. In 2018 the fund invested $460 million in Auto1.", []),
    ],
)
def test_a_fund_is_what_the_fund_stands_for(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed_with(text, lang, (("Auto1", "ORG"),)) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A description after a sentence that acted on an object with a title stands for that sentence's
        # subject, not for the object ...
        ("de", "NXP entstand 2006. 2015 übernahm NXP den US-Konkurrenten Freescale. Im vergangenen Jahr setzte der "
         "Autochip-Spezialist rund 9 Milliarden Dollar um.",
         [("revenue", ("subject", "NXP Semiconductors"), ("amount", 9_000_000_000))]),
        ("en", "In 2015 Salesforce bought the startup Quip. Last year the software maker had revenue of $10 billion.",
         [("revenue", ("subject", "Salesforce"), ("amount", 10_000_000_000))]),
        # ... and for the one the sentence before is about where it told no subject of its own.
        ("de", "Freescale wurde 2015 übernommen. Im Vorjahr setzte der Autochip-Spezialist 4 Milliarden Dollar um.",
         [("revenue", ("subject", "Freescale"), ("amount", 4_000_000_000))]),
    ],
)
def test_a_description_after_an_object_with_a_title(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed_with(text, lang, (("Freescale", "ORG"), ("Quip", "ORG"))) == expected


def typed_with(text: str, lang: str, extra: tuple[tuple[str, str], ...]) -> list[tuple]:
    """``typed_text`` with mentions a model would add: (name, label), the alias table knowing none of them."""
    from ainews_cli.records import EntityMention

    entities = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, lang), TABLE)
    entities = sorted([*entities, *(EntityMention(name, m.start(), m.end(), label, name, "model:test")
                                   for name, label in extra for m in re.finditer(re.escape(name), text))],
                      key=lambda e: e.start)
    starts = [0, *(m.end() for m in re.finditer(r"(?<=[.。]) ?", text) if m.end() < len(text))]
    sentences = [Sentence(s, e, lang) for s, e in zip(starts, [*starts[1:], len(text)], strict=True)]
    found = [f.to_dict() for f in extract_facts(text, sentences, entities)]
    return [(f["kind"], *[(k, f[k]) for k in KEYS if f.get(k) is not None])
            for f in found if f["kind"] not in ("role", "money", "percent")]


def _backers(target: str, *investors: str) -> list[tuple]:
    return [("investment", ("investor", investor), ("target", target)) for investor in investors]


ROUND_TOLD = [("funding_round", ("subject", "Mistral AI"), ("amount", 600_000_000))]


@pytest.mark.parametrize(
    ("text", "extra", "expected"),
    [
        # A place glued to the noun after it only qualifies it.
        ("Mistral AI hat 600 Millionen Euro eingesammelt. Angeführt wird die Finanzierungsrunde vom "
         "US-Wagniskapitalgeber General Catalyst.", (), [*ROUND_TOLD, *_backers("Mistral AI", "General Catalyst")]),
        # ... its series named after it.
        ("Mistral AI hat 600 Millionen Euro eingesammelt. Angeführt wird die Finanzierungsrunde der Serie E von den "
         "US-Investoren General Catalyst und Coatue.", (("Coatue", "ORG"),),
         [*ROUND_TOLD, *_backers("Mistral AI", "General Catalyst", "Coatue")]),
        # A name of a list may carry a description; the round may be told three sentences before.
        ("Mistral AI hat 600 Millionen Euro eingesammelt. Das Geld fließt in Rechenzentren. Die Firma wächst. "
         "Außerdem beteiligten sich unter anderem der Chipkonzern Nvidia und der kalifornische Softwarekonzern "
         "Salesforce.", (), [*ROUND_TOLD, *_backers("Mistral AI", "Nvidia", "Salesforce")]),
        ("Mistral AI hat 600 Millionen Euro eingesammelt. Die Runde führte der Wagniskapitalgeber General Catalyst "
         "an, auch Nvidia und Salesforce stiegen ein.", (),
         [*ROUND_TOLD, *_backers("Mistral AI", "Nvidia", "Salesforce", "General Catalyst")]),
        # A name that took in the noun of its description ("die staatliche Förderbank Bpifrance") is none we trust.
        ("Mistral AI hat 600 Millionen Euro eingesammelt. Auch Nvidia und die staatliche Förderbank Bpifrance "
         "beteiligten sich.", (("Förderbank Bpifrance", "ORG"),), [*ROUND_TOLD, *_backers("Mistral AI", "Nvidia")]),
        # Four sentences on, the round is no longer what the text speaks of ...
        ("Mistral AI hat 600 Millionen Euro eingesammelt. Das Geld fließt in Rechenzentren. Die Firma wächst. "
         "Sie stellt ein. Außerdem beteiligten sich unter anderem Nvidia und Salesforce.", (), ROUND_TOLD),
        # ... unless the sentences between tell who joined it: each tells the round again.
        ("Mistral AI hat 600 Millionen Euro eingesammelt. Das Geld fließt in Rechenzentren. Angeführt wurde die "
         "Runde von General Catalyst. Neu dabei sind außerdem Nvidia und Salesforce. Auch die bisherigen Geldgeber "
         "Lightspeed und Index Ventures beteiligten sich erneut.", (),
         [*ROUND_TOLD, *_backers("Mistral AI", "General Catalyst", "Nvidia", "Salesforce",
                                 "Lightspeed Venture Partners", "Index Ventures")]),
        # A round an investor led, told without its company: the company's, the one told raising.
        ("Mistral AI hat 600 Millionen Euro eingesammelt. Bereits 2023 hatte General Catalyst eine "
         "Finanzierungsrunde über 105 Millionen Euro angeführt.", (),
         [*ROUND_TOLD, *_backers("Mistral AI", "General Catalyst"),
          ("funding_round", ("subject", "Mistral AI"), ("amount", 105_000_000))]),
        # The backers of a company named.
        ("Helsing wächst. Zu den Geldgebern von Mistral AI gehören unter anderem Nvidia und Salesforce.", (),
         _backers("Mistral AI", "Nvidia", "Salesforce")),
        # Anchor investors of the money raised told before; a round's lead "unter Führung von" (not a company's chief).
        ("Mistral AI hat 600 Millionen Euro eingesammelt. Als Ankerinvestoren zeichneten unter anderem Nvidia und "
         "Salesforce Aktien.", (), [*ROUND_TOLD, *_backers("Mistral AI", "Nvidia", "Salesforce")]),
        ("Mistral AI hat 600 Millionen Euro eingesammelt. Die Runde unter Führung von General Catalyst kam schnell "
         "zustande.", (), [*ROUND_TOLD, *_backers("Mistral AI", "General Catalyst")]),
        ("Mistral AI hat 600 Millionen Euro eingesammelt. Das Unternehmen unter Führung von Arthur Mensch wächst.",
         (("Arthur Mensch", "PERSON"),), ROUND_TOLD),
    ],
)
def test_german_round_leads_and_their_lists(text: str, extra: tuple, expected: list[tuple]) -> None:
    assert typed_with(text, "de", extra) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Those who "took part, as did" others joined the round told before.
        ("Mistral AI raised $640 million. Nvidia and Salesforce also took part, as did Cisco and IBM.",
         [("funding_round", ("subject", "Mistral AI"), ("amount", 640_000_000)),
          *_backers("Mistral AI", "Nvidia", "Salesforce", "Cisco", "IBM")]),
        # Money received from an investor a description names first.
        ("This year Mistral AI secured $500 million from the Japanese insurer Sompo Holdings.",
         [("investment", ("investor", "Sompo Holdings"), ("target", "Mistral AI"), ("amount", 500_000_000))]),
        ("Backers of Mistral AI include the chipmaker Nvidia.", _backers("Mistral AI", "Nvidia")),
    ],
)
def test_english_investors_named_after_a_description(text: str, expected: list[tuple]) -> None:
    assert typed_text(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "获得…的战略投资": the investor after the verb, the company before it.
        ("2012年，科大讯飞获得腾讯约13.6亿元的战略投资。",
         [("investment", ("investor", "Tencent"), ("target", "iFlytek"), ("amount", 1_360_000_000))]),
        # A round the investor led: the round's amount is not the lead's.
        ("科大讯飞获得腾讯领投的6亿美元B轮融资。", [("investment", ("investor", "Tencent"), ("target", "iFlytek"))]),
        # Shares of a company the investor backs are no investment in the one that gets them.
        ("科大讯飞获得腾讯投资的公司的股份。", []),
        # A list that "等机构" closes; "獲" alone, in Traditional script.
        ("上市之前，晶泰科技已先后获得腾讯、谷歌等机构的投资。", [*_backers("XtalPi", "Tencent", "Google")]),
        ("黑芝麻智能上市前曾獲騰訊、谷歌等投資。", [*_backers("Black Sesame Technologies", "Tencent", "Google")]),
        # A shareholder of a list of companies.
        ("阿里巴巴此前已是智谱AI和百川智能的股东。",
         [("investment", ("investor", "Alibaba Group"), ("target", "Zhipu AI")),
          ("investment", ("investor", "Alibaba Group"), ("target", "Baichuan AI"))]),
    ],
)
def test_chinese_investments_received(text: str, expected: list[tuple]) -> None:
    assert typed(text, "zh") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The founding team a clause after the founding lists.
        ("小米于2010年4月在北京成立，创始团队包括雷军、林斌等人。",
         [("founded", ("org", "Xiaomi"), ("founders", ["Lei Jun", "Lin Bin"]), ("year", "2010"))]),
        # A unit the company set up is not the company founded.
        ("Google負責當時新成立的硬體部門。", []),
        # "该轮由…领投": the round of the clause before.
        ("小米完成一轮11亿美元的融资，该轮由全明星投资基金领投，DST Global等机构参与。",
         [*_backers("Xiaomi", "All-Stars Investment"),
          ("funding_round", ("subject", "Xiaomi"), ("amount", 1_100_000_000)), *_backers("Xiaomi", "DST Global")]),
        # Money and more for a stake, and the share it gave.
        ("腾讯宣布以约2亿美元现金加上旗下部分电商业务入股京东，获得约15%的股份。",
         [("investment", ("investor", "Tencent"), ("target", "JD.com"), ("amount", 200_000_000)),
          ("stake", ("holder", "Tencent"), ("target", "JD.com"))]),
        # The investment told first, then the new shares it bought and the share it gave; a place before the
        # company is no party; the yen as Taiwan writes it.
        ("鸿海宣布，已完成对日本家电大厂夏普的出资，以3888亿日元认购夏普新发行的股份，取得约66%股权。",
         [("investment", ("investor", "Foxconn"), ("target", "Sharp"), ("amount", 388_800_000_000)),
          ("stake", ("holder", "Foxconn"), ("target", "Sharp"))]),
        ("鴻海以3888億日圓認購夏普新發行的股份。",
         [("investment", ("investor", "Foxconn"), ("target", "Sharp"), ("amount", 388_800_000_000))]),
        # Shares bought from a holder, and the same told by the seller; the company that got the money names it.
        ("腾讯以约3亿美元从欢聚集团手中购入部分虎牙股份。",
         [("investment", ("investor", "Tencent"), ("target", "Huya"), ("amount", 300_000_000))]),
        ("欢聚集团将所持部分虎牙股份出售给腾讯。", _backers("Huya", "Tencent")),
        ("斗鱼也获得了腾讯的新一轮投资。", _backers("DouYu", "Tencent")),
        # Not the seller, who put nothing in.
        ("欢聚集团宣布出售部分虎牙股份。", []),
    ],
)
def test_chinese_founding_teams_rounds_and_stakes(text: str, expected: list[tuple]) -> None:
    assert typed_text(text, "zh") == expected


def test_english_stock_of_the_company_bought() -> None:
    assert typed_text("Berkshire Hathaway and Salesforce Ventures each agreed to buy $250 million of Snowflake "
                      "stock.", "en") == [
        ("investment", ("investor", "Salesforce Ventures"), ("target", "Snowflake"), ("amount", 250_000_000)),
        ("investment", ("investor", "Berkshire Hathaway"), ("target", "Snowflake"), ("amount", 250_000_000))]


def test_chinese_early_investors_of_the_company_told_raising() -> None:
    assert typed_text("MiniMax完成6亿美元融资。腾讯是其早期投资方。", "zh") == [
        ("funding_round", ("subject", "MiniMax"), ("amount", 600_000_000)), *_backers("MiniMax", "Tencent")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A German founding whose verb ends the clause: the founder stands before the organisation.
        ("Reid Hoffman hatte zuvor die Plattform LinkedIn mitgegründet, die 2016 an Microsoft ging.",
         [("founded", ("org", "LinkedIn"), ("founders", ["Reid Hoffman"]))]),
        # One who only speaks of it, in a clause of his own, founded nothing.
        ("Reid Hoffman sagte, die Plattform LinkedIn sei 2002 gegründet worden.",
         [("founded", ("org", "LinkedIn"), ("founders", []), ("year", "2002"))]),
        # "gehörte damals zu den Geldgebern": an investor in the round told before.
        ("Mistral AI hatte im Juni 600 Millionen Euro eingesammelt. Der Softwarekonzern Salesforce gehörte damals "
         "zu den Geldgebern.", [*ROUND_TOLD, *_backers("Mistral AI", "Salesforce")]),
        # The founders between a cue that opens the sentence and what they founded, the year right after it.
        ("Zalando wächst. Gegründet hatten Robert Gentz und Rubin Ritter das Unternehmen 2008 in Berlin.",
         [("founded", ("org", "Zalando"), ("founders", ["Robert Gentz", "Rubin Ritter"]), ("year", "2008"))]),
        # A name glued to the noun after it is no organisation founded.
        ("Dietmar Hopp hatte SAP 1972 mit vier ehemaligen IBM-Kollegen gegründet.",
         [("founded", ("org", "SAP"), ("founders", ["Dietmar Hopp"]), ("year", "1972"))]),
        # An investor in a relative clause, the participle at its end.
        ("Größter Anteilseigner ist die schwedische Investmentgesellschaft Kinnevik, die 2010 bei Zalando "
         "eingestiegen war.", _backers("Zalando", "Kinnevik")),
    ],
)
def test_german_founders_and_backers(text: str, expected: list[tuple]) -> None:
    assert typed_text(text, "de") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A cited publisher is never a party.
        ("en", "According to Bloomberg, Microsoft invested $10 billion in OpenAI.", [INVESTMENT]),
        ("de", "Laut Handelsblatt investierte Microsoft 10 Milliarden Dollar in OpenAI.", [INVESTMENT]),
        ("zh", "据彭博社报道，微软向OpenAI投资100亿美元。", [INVESTMENT]),
        # A forecast, a count of users or parameters, and a share price's move give no fact.
        ("de", "Nvidia rechnet für das laufende Quartal mit einem Umsatz von 28 Milliarden Dollar.", []),
        ("en", "Anthropic expects to reach $850 million in revenue next year.", []),
        ("en", "ChatGPT has 100 million weekly users.", []),
        ("zh", "混元的参数规模超过千亿，用户超过1亿。", []),
        ("de", "Die Aktie von Nvidia stieg um 8 Prozent auf 900 Dollar.", []),
        ("en", "Nvidia shares rose 5% to $900 on Tuesday.", []),
        # Sales in one day are no change of market value.
        ("en", "Nvidia sold $2 billion of chips in one day last week.", []),
    ],
)
def test_sources_forecasts_and_counts_are_no_facts(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed(text, lang) == expected


def test_a_valuation_of_a_company_from_somewhere() -> None:
    assert typed_text("Cohere hat 500 Millionen Dollar eingesammelt. Die Runde bewertet das Start-up aus Toronto mit "
                      "5,5 Milliarden Dollar.", "de") == [
        ("funding_round", ("subject", "Cohere"), ("amount", 500_000_000)),
        ("valuation", ("subject", "Cohere"), ("amount", 5_500_000_000))]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Companies that founded one, listed right after the word that names its founders.
        ("de", "Nvidia wurde 1993 als Gemeinschaftsunternehmen von Microsoft, Apple und Intel gegründet.",
         [("founded", ("org", "Nvidia"), ("founders", ["Apple", "Intel", "Microsoft"]), ("year", "1993"))]),
        ("de", "Gegründet wurde Nvidia 1993 als Gemeinschaftsunternehmen von Microsoft und Intel.",
         [("founded", ("org", "Nvidia"), ("founders", ["Intel", "Microsoft"]), ("year", "1993"))]),
        # Not an employer of a founder, nor a company a list of founders runs into, nor a backer.
        ("en", "OpenAI was founded in 2015 by Microsoft's former researcher Sam Altman.",
         [("founded", ("org", "OpenAI"), ("founders", ["Sam Altman"]), ("year", "2015"))]),
        ("en", "OpenAI was founded in 2015 by Sam Altman and Elon Musk, and Microsoft backed it.",
         [("founded", ("org", "OpenAI"), ("founders", ["Elon Musk", "Sam Altman"]), ("year", "2015"))]),
        ("en", "OpenAI was founded in 2015 by Sam Altman and backed by Microsoft.",
         [("founded", ("org", "OpenAI"), ("founders", ["Sam Altman"]), ("year", "2015"))]),
        # A company that qualifies the noun after it names people, not a founding company.
        ("en", "OpenAI was founded in 2015 by Google researchers.",
         [("founded", ("org", "OpenAI"), ("founders", []), ("year", "2015"))]),
        ("en", "OpenAI was founded by Microsoft and Nvidia in 2015.",
         [("founded", ("org", "OpenAI"), ("founders", ["Microsoft", "Nvidia"]), ("year", "2015"))]),
    ],
)
def test_companies_that_found_one(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed(text, lang) == expected


def test_earlier_investors_join_the_round_told_before() -> None:
    assert typed_text("Scale AI raised $1 billion. Scale received new money from Amazon, while earlier investors "
                      "including Nvidia and Y Combinator also put in more.", "en") == [
        ("funding_round", ("subject", "Scale AI"), ("amount", 1_000_000_000)),
        *_backers("Scale AI", "Amazon", "Nvidia", "Y Combinator")]


def stakes_and_changes(text: str, lang: str) -> list[tuple]:
    entities = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, lang), TABLE)
    found = [f.to_dict() for f in extract_facts(text, [Sentence(0, len(text), lang)], entities)]
    keys = ("holder", "target", "percent", "subject", "amount", "direction")
    return [(f["kind"], *[f[k] for k in keys if f.get(k) is not None])
            for f in found if f["kind"] in ("stake", "market_value_change")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "dessen Anteil von 25 Prozent an X": the stake of the one right before "dessen".
        ("Im August hatte SoftBank dem Vision Fund dessen Anteil von 25 Prozent an Nvidia abgekauft.",
         [("stake", "Vision Fund", "Nvidia", 25)]),
        # "an Wert hinzu", "an Wert verloren": a change of what the company is worth ...
        ("Zu diesem Preis war Nvidia mit 54,5 Milliarden Dollar bewertet; am ersten Handelstag kamen also mehr "
         "als zehn Milliarden Dollar an Wert hinzu.", [("market_value_change", "Nvidia", 10_000_000_000, "gain")]),
        ("Nvidia hat am Montag 200 Milliarden Dollar an Wert verloren.",
         [("market_value_change", "Nvidia", 200_000_000_000, "loss")]),
        # ... but not where nothing says it rose or fell.
        ("Nvidia bietet Aktien im Umfang von 200 Millionen Dollar an Wert an.", []),
    ],
)
def test_german_stakes_and_value_changes(text: str, expected: list[tuple]) -> None:
    assert stakes_and_changes(text, "de") == expected


def test_an_amount_of_worth_alone_is_no_valuation() -> None:
    assert typed("Nvidia bietet Aktien im Umfang von 200 Millionen Dollar an Wert an.", "de") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Revenue reached by a verb of change: the level after "auf"/"to", the one organisation told before.
        ("de", "Zugleich legte SAP Zahlen vor. Der Umsatz stieg 2023 um sechs Prozent auf rund 31,2 Milliarden Euro.",
         [("revenue", ("subject", "SAP"), ("amount", 31_200_000_000))]),
        ("en", "Nvidia reported its results. Revenue rose 18 percent from a year earlier to $62 billion.",
         [("revenue", ("subject", "Nvidia"), ("amount", 62_000_000_000))]),
        # Not across a clause of its own.
        ("en", "Nvidia reported its results. Revenue rose 18 percent, analysts said, to $62 billion.", []),
        # A day's change of what a company is worth; a share price's move gives none.
        ("en", "Nvidia added about $277 billion in a single session in February.",
         [("market_value_change", ("subject", "Nvidia"), ("amount", 277_000_000_000), ("direction", "gain"))]),
        ("en", "Nvidia shares fell 5% in a single session.", []),
    ],
)
def test_levels_reached_and_a_days_change(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed_text(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Chinese clause leaves out the subject the sentence opened with: that person founded it ...
        ("黄仁勋出生于台南，幼年随家人移居美国，1993年与两位伙伴共同创办英伟达。",
         [("founded", ("org", "Nvidia"), ("founders", ["Jensen Huang"]), ("year", "1993"))]),
        # ... not where another party is named between, nor one who only says so.
        ("马斯克称，OpenAI于2015年创立。", [("founded", ("org", "OpenAI"), ("founders", []), ("year", "2015"))]),
        ("黄仁勋表示，该公司于1993年创立。", []),
    ],
)
def test_a_chinese_founder_told_once_for_the_sentence(text: str, expected: list[tuple]) -> None:
    assert typed(text, "zh") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "was started ... by" is a founding; "was started" with no founders is not.
        ("Anthropic was started by Dario Amodei in 2021.",
         [("founded", ("org", "Anthropic"), ("founders", ["Dario Amodei"]), ("year", "2021"))]),
        ("Nvidia said production was started in 2013 at its plant.", []),
    ],
)
def test_started_by_is_a_founding(text: str, expected: list[tuple]) -> None:
    assert typed(text, "en") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # An amount is the number written, not its binary product: 4.44 * 1e8 is 444000000.00000006.
        ("zh", "月之暗面去年营收约4.44亿元。", [("revenue", ("subject", "Moonshot AI"), ("amount", 444_000_000))]),
        ("zh", "台积电全年营收约2.16兆元。", [("revenue", ("subject", "TSMC"), ("amount", 2_160_000_000_000))]),
    ],
)
def test_amounts_are_the_numbers_written(lang: str, text: str, expected: list[tuple]) -> None:
    found = typed(text, lang)
    assert found == expected
    assert all(isinstance(dict(f[1:])["amount"], int) for f in found)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Talks of any kind are no valuation reached.
        ("en", "Mistral AI is in advanced talks to raise money at a valuation of $6bn.", []),
        ("en", "Mistral AI raised money at a valuation of $6bn.",
         [("valuation", ("subject", "Mistral AI"), ("amount", 6_000_000_000))]),
        # "it" is the company that raised the round, not the investor that led it.
        ("en", "Mistral AI builds models. The startup raised $350 million in a round led by Nvidia that valued it "
         "at $2bn.", [("investment", ("investor", "Nvidia"), ("target", "Mistral AI")),
                      ("valuation", ("subject", "Mistral AI"), ("amount", 2_000_000_000)),
                      ("funding_round", ("subject", "Mistral AI"), ("amount", 350_000_000))]),
        # Investors listed before a verb that says they joined the round are valued at nothing; the one
        # that raised it is (and they put money into it).
        ("zh", "月之暗面完成1亿美元A轮融资，阿里巴巴、腾讯等机构跟投，估值达到约10亿美元。",
         [("investment", ("investor", "Alibaba Group"), ("target", "Moonshot AI")),
          ("investment", ("investor", "Tencent"), ("target", "Moonshot AI")),
          ("valuation", ("subject", "Moonshot AI"), ("amount", 1_000_000_000)),
          ("funding_round", ("subject", "Moonshot AI"), ("amount", 100_000_000))]),
        ("zh", "阿里巴巴、腾讯等机构跟投，估值达到约10亿美元。", []),
    ],
)
def test_talks_and_whose_valuation(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed_text(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A name written right after a founding's verb is what was founded, though no entity names it: the
        # organisations before it founded it.
        ("zh", "2021年，台积电与索尼宣布在熊本成立KXM。", []),
        ("en", "In 2019 Nvidia founded Lumora, a chip lab.", []),
        ("zh", "台积电于1987年成立。", [("founded", ("org", "TSMC"), ("founders", []), ("year", "1987"))]),
    ],
)
def test_a_founding_of_a_name_no_entity_covers(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A round the investor led, its verb at the end of the clause or split around it.
        ("de", "Im Mai hatte Nvidia eine Finanzierungsrunde über 400 Millionen Dollar bei Mistral AI angeführt.",
         [("investment", ("investor", "Nvidia"), ("target", "Mistral AI")),
          ("funding_round", ("subject", "Mistral AI"), ("amount", 400_000_000))]),
        ("de", "Im Mai führte Nvidia die Runde bei Mistral AI an.",
         [("investment", ("investor", "Nvidia"), ("target", "Mistral AI"))]),
        # The lead raised nothing, though the company it led the round at is no name we know.
        ("de", "Im Mai hatte Nvidia eine Finanzierungsrunde über 400 Millionen Dollar bei Lumora angeführt.", []),
        ("de", "Mistral AI hat 600 Millionen Euro eingesammelt, angeführt von Nvidia.",
         [("investment", ("investor", "Nvidia"), ("target", "Mistral AI")),
          ("funding_round", ("subject", "Mistral AI"), ("amount", 600_000_000))]),
        # Money committed is money put in.
        ("en", "Amazon has committed $4bn to Anthropic since 2023.",
         [("investment", ("investor", "Amazon"), ("target", "Anthropic"), ("amount", 4_000_000_000))]),
        # An amount before the round, small words before its lead.
        ("en", "Anthropic raised $450 million in May in a round led by existing investor Google.",
         [("investment", ("investor", "Google"), ("target", "Anthropic")),
          ("funding_round", ("subject", "Anthropic"), ("amount", 450_000_000))]),
        # "umsetzen" with its particle at the clause's end is revenue.
        ("de", "Im vergangenen Jahr setzte SAP rund 31 Milliarden Euro um.",
         [("revenue", ("subject", "SAP"), ("amount", 31_000_000_000))]),
        ("de", "Die Geldgeber bewerten Mistral AI dabei mit 6 Milliarden Euro.",
         [("valuation", ("subject", "Mistral AI"), ("amount", 6_000_000_000))]),
        # 集资: what a listing raised.
        ("zh", "百度回港第二上市，集资239亿港元。",
         [("funding_round", ("subject", "Baidu"), ("amount", 23_900_000_000))]),
    ],
)
def test_voices_of_leads_commitments_and_figures(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Investors that join the round the sentence before told.
        ("en", "Mistral AI raised $350 million in March. Microsoft and Nvidia also invested.",
         [("funding_round", ("subject", "Mistral AI"), ("amount", 350_000_000)),
          *_backers("Mistral AI", "Microsoft", "Nvidia")]),
        # A German challenger stands for the company named before.
        ("de", "Mistral AI baut Sprachmodelle. Der OpenAI-Herausforderer wird nun mit 6 Milliarden Euro bewertet.",
         [("valuation", ("subject", "Mistral AI"), ("amount", 6_000_000_000))]),
    ],
)
def test_investors_and_descriptions_of_the_text_before(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed_text(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A cited publisher is never a party.
        ("en", "According to Reuters, Google invested $2bn in Anthropic."),
        ("de", "Laut Handelsblatt investierte Google 2 Milliarden Dollar in Anthropic."),
    ],
)
def test_a_cited_publisher_is_no_party(lang: str, text: str) -> None:
    assert typed(text, lang) == [("investment", ("investor", "Google"), ("target", "Anthropic"),
                                  ("amount", 2_000_000_000))]


@pytest.mark.parametrize(
    "text",
    [
        "据PitchBook数据，文远知行上市前最近一次估值约为51亿美元。",
        "根据PitchBook的统计，文远知行上市前最近一次估值约为51亿美元。",
        "PitchBook数据显示，文远知行上市前最近一次估值约为51亿美元。",
    ],
)
def test_a_cited_chinese_source_is_no_party(text: str) -> None:
    # A data provider a Chinese sentence cites is no party, glued to its cue as Chinese writes it.
    found = typed_with(text, "zh", (("PitchBook", "ORG"), ("文远知行", "ORG")))
    assert found == [("valuation", ("subject", "WeRide"), ("amount", 5_100_000_000))]


def test_a_company_before_a_word_that_holds_a_cue_is_a_party() -> None:
    # "数据中心" (data centre) opens with a cue's word, but cites nothing.
    assert typed_with("英伟达数据中心芯片供不应求，收入为184亿美元。", "zh", ()) == [
        ("revenue", ("subject", "Nvidia"), ("amount", 18_400_000_000))]
    # A segment's revenue ("数据中心业务收入") is no company's figure.
    assert typed_with("英伟达数据中心业务收入为184亿美元。", "zh", ()) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Forecasts, counts of users or parameters, and a share price's change state no fact.
        ("en", "Nvidia expects revenue of about $28bn in the next quarter."),
        ("de", "Nvidia rechnet für das laufende Quartal mit einem Umsatz von 28 Milliarden Dollar."),
        ("zh", "英伟达预计下一季度营收约280亿美元。"),
        ("en", "ChatGPT has 100 million weekly users."),
        ("en", "Meta's Llama model has 405 billion parameters."),
        ("zh", "阿里巴巴的通义千问模型有720亿参数。"),
        ("en", "Nvidia shares rose 9% on Tuesday."),
        ("de", "Die Nvidia-Aktie legte am Dienstag um 9 Prozent zu."),
        ("zh", "英伟达股价周二上涨9%。"),
    ],
)
def test_forecasts_counts_and_share_prices_state_no_fact(lang: str, text: str) -> None:
    assert typed(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A name after a role and a comma opens the next item where a person before holds the role ...
        ("en", "OpenAI was founded by Sam Altman, its chief executive, Greg Brockman and Elon Musk.",
         [("Sam Altman", "CEO", "OpenAI")]),
        ("zh", "阿里巴巴完成交接，吴泳铭出任首席执行官，蔡崇信出任董事会主席。",
         [("Eddie Wu", "CEO", None), ("Joseph Tsai", "chairman", None)]),
        # ... and holds it where nobody before does.
        ("en", "A fund run by Nat Friedman and OpenAI's chief executive, Sam Altman, invested.",
         [("Sam Altman", "CEO", "OpenAI")]),
        # ... also after a second title of the same person's, each at the first title's organisation.
        ("en", "OpenAI will keep its chief executive, co-founder Sam Altman.",
         [("Sam Altman", "CEO", "OpenAI"), ("Sam Altman", "co-founder", "OpenAI")]),
        ("de", "Der Chef von OpenAI, Mitgründer Sam Altman, bleibt.",
         [("Sam Altman", "CEO", "OpenAI"), ("Sam Altman", "co-founder", "OpenAI")]),
        # A role opening its clause, its holder after a copula (and a time).
        ("de", "Vorstandschef von OpenAI ist seit 2019 Sam Altman, der zuvor Y Combinator leitete.",
         [("Sam Altman", "CEO", "OpenAI")]),
        ("en", "Chief executive of OpenAI is Sam Altman.", [("Sam Altman", "CEO", "OpenAI")]),
        ("en", "Chief executive of OpenAI is no longer Sam Altman.", []),
        # ... but not past another organisation's name.
        ("en", "OpenAI's chief executive, Microsoft's Satya Nadella, spoke.", []),
        # The one replaced holds the role no more (it is theirs as a former one where its organisation is named); the
        # one before the verb does.
        ("zh", "2019年，张勇接替马云出任董事局主席。", [("Daniel Zhang", "chairman", None)]),
        ("zh", "2019年9月又接替马云担任董事局主席。", []),
        ("en", "Satya Nadella succeeded Steve Ballmer as Microsoft's chief executive in 2014.",
         [("Satya Nadella", "CEO", "Microsoft"), ("Steve Ballmer", "CEO", "Microsoft")]),
        # A role the clause puts in the future is not held yet.
        ("zh", "刘德音将退休，届时由总裁魏哲家接任董事长。", [("C. C. Wei", "president", None)]),
        ("en", "Sam Altman is set to become chief executive of OpenAI.", []),
        ("en", "Sam Altman became chief executive of OpenAI.", [("Sam Altman", "CEO", "OpenAI")]),
        # An owner of what the sentence names no party (a publisher) is no role.
        ("en", "Nvidia, the owner of Bloomberg, said so.", []),
    ],
)
def test_who_holds_a_role_named_beside_others(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed_roles(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The voices read past a relative clause that tells no deal ...
        ("en", "Amazon, whose chief executive is Andy Jassy, has also put $4bn into Anthropic.",
         [("investment", ("investor", "Amazon"), ("target", "Anthropic"), ("amount", 4_000_000_000))]),
        ("en", "1X Technologies, which Microsoft also backs, received $100 million in January in a round led by "
         "Nvidia.",
         [("investment", ("investor", "Nvidia"), ("target", "1X Technologies")),
          ("funding_round", ("subject", "1X Technologies"), ("amount", 100_000_000))]),
        ("de", "Mistral AI, dessen Chef Arthur Mensch ist, erhielt 600 Millionen Euro von Nvidia.",
         [("investment", ("investor", "Nvidia"), ("target", "Mistral AI"), ("amount", 600_000_000))]),
        # ... however long it is.
        ("en", "Mistral AI, which sells access to its models to companies in Europe and elsewhere, raised €600 million "
         "in a round led by General Catalyst.",
         [("investment", ("investor", "General Catalyst"), ("target", "Mistral AI")),
          ("funding_round", ("subject", "Mistral AI"), ("amount", 600_000_000))]),
        # ... and past an apposition that says what the name before it is: the parent holds the stake.
        ("en", "Alphabet, the parent of Google, held about 14 percent of Anthropic.",
         [("stake", ("holder", "Alphabet"), ("target", "Anthropic"))]),
        ("de", "Alphabet, die Muttergesellschaft von Google, hielt rund 14 Prozent an Anthropic.",
         [("stake", ("holder", "Alphabet"), ("target", "Anthropic"))]),
        ("en", "In June, Inflection AI, the chatbot maker co-founded by LinkedIn co-founder Reid Hoffman and former "
         "DeepMind executive Mustafa Suleyman, raised $1.3 billion.",
         [("founded", ("org", "Inflection AI"), ("founders", ["Mustafa Suleyman", "Reid Hoffman"])),
          ("funding_round", ("subject", "Inflection AI"), ("amount", 1_300_000_000))]),
        # ... not past one that tells a deal, whose parties stay its own.
        ("de", "Microsoft, der wichtigste Geldgeber des ChatGPT-Entwicklers OpenAI, profitiert davon.",
         [("investment", ("investor", "Microsoft"), ("target", "OpenAI"))]),
        ("en", "Microsoft, which invested $10bn in OpenAI, said so.",
         [("investment", ("investor", "Microsoft"), ("target", "OpenAI"), ("amount", 10_000_000_000))]),
        # Investors named after "von Investoren, darunter".
        ("de", "Im Januar erhielt Mistral AI zwei Milliarden Dollar von Investoren, darunter Microsoft.",
         [("investment", ("investor", "Microsoft"), ("target", "Mistral AI")),
          ("funding_round", ("subject", "Mistral AI"), ("amount", 2_000_000_000))]),
    ],
)
def test_voices_read_past_an_aside(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Amazon, whose chief executive is Andy Jassy, has put $4 billion into Anthropic, the maker of the "
         "Claude chatbot, and completed that investment in March."),
        ("de", "Amazon hat vier Milliarden Dollar in Anthropic gesteckt und diese Investition im März abgeschlossen."),
        ("zh", "亚马逊向Anthropic投资40亿美元，并于3月完成该笔投资。"),
    ],
)
def test_an_investment_pointed_back_to_is_no_second_one(lang: str, text: str) -> None:
    assert typed(text, lang) == [("investment", ("investor", "Amazon"), ("target", "Anthropic"),
                                  ("amount", 4_000_000_000))]


def test_investors_among_the_backers_of_the_round_told_before() -> None:
    text = "Mistral AI raised $400 million in June. Microsoft, Nvidia and Salesforce are among the backers."
    assert typed_text(text, "en") == [("funding_round", ("subject", "Mistral AI"), ("amount", 400_000_000)),
                                      *_backers("Mistral AI", "Microsoft", "Nvidia", "Salesforce")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X, whose chief executive is Y": Y holds X's post; with no holder named, nobody does.
        ("OpenAI, whose chief executive is Sam Altman, said it respected the rights of creators.",
         [("Sam Altman", "CEO", "OpenAI")]),
        ("Nvidia, whose chief executive was on stage, said so.", []),
    ],
)
def test_a_post_told_in_a_whose_clause(text: str, expected: list[tuple]) -> None:
    assert typed_roles(text, "en") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A post told with no organisation, in a sentence that names none, is at the organisation the
        # sentence before opens with as its subject ...
        ("en", "Nvidia unveiled a chip on Monday. Chief executive Jensen Huang said it was fast.",
         [("Jensen Huang", "CEO", "Nvidia")]),
        ("en", "On Monday, Nvidia unveiled a chip. Chief executive Jensen Huang said it was fast.",
         [("Jensen Huang", "CEO", "Nvidia")]),
        ("en", "OpenAI's board fired Sam Altman. Chief technology officer Mira Murati was named interim chief "
         "executive.", [("Mira Murati", "CTO", "OpenAI"), ("Mira Murati", "CEO", "OpenAI")]),
        ("de", "SAP baut 8000 Stellen ab. Konzernchef Christian Klein sagte, das sei nötig.",
         [("Christian Klein", "CEO", "SAP")]),
        # ... a description of it put first too.
        ("de", "Auch der Walldorfer Softwarekonzern SAP baut Stellen ab. Vorstandschef Christian Klein sagte das.",
         [("Christian Klein", "CEO", "SAP")]),
        ("en", "The Walldorf software maker SAP cut jobs. Chief executive Christian Klein said so.",
         [("Christian Klein", "CEO", "SAP")]),
        # ... not at one that only qualifies a noun there or follows a preposition, nor where this sentence
        # names one.
        ("en", "The lab will use Microsoft's Azure cloud. Chief executive Jensen Huang said so.",
         [("Jensen Huang", "CEO", None)]),
        ("en", "Nvidia unveiled a chip. Chief executive Jensen Huang met Microsoft.", [("Jensen Huang", "CEO", None)]),
        ("en", "Investors praised Nvidia. Chief executive Jensen Huang said so.", [("Jensen Huang", "CEO", None)]),
        # ... nor where the sentence before names another organisation too: whose chief he is is a guess.
        ("en", "Nvidia bought Run:ai. Chief executive Jensen Huang said so.", [("Jensen Huang", "CEO", None)]),
    ],
)
def test_a_post_at_the_subject_of_the_sentence_before(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed_roles(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A market value told with no owner, in a sentence that names none, is the one the sentence
        # before opens with and names alone; after a sentence naming two, it is nobody's.
        ("zh", "月之暗面今天挂牌上市。盘中市值一度突破1000亿元。",
         [("valuation", ("subject", "Moonshot AI"), ("amount", 100_000_000_000))]),
        ("zh", "月之暗面与阿里巴巴合作。盘中市值一度突破1000亿元。", []),
        # An aside between the name and "worth"; a pronoun in it stands for the name.
        ("en", "Microsoft, for its part, is worth about $3 trillion on the stock market.",
         [("valuation", ("subject", "Microsoft"), ("amount", 3_000_000_000_000))]),
        ("en", "Nvidia ordered chips worth $10 billion.", []),
        # "brought in": the revenue of the one named right before it, or of its business.
        ("en", "Google's search business brought in about $162 billion in 2022.",
         [("revenue", ("subject", "Google"), ("amount", 162_000_000_000))]),
        ("en", "Microsoft said Nuance brought in $2 billion last year.", []),
    ],
)
def test_market_values_and_revenue_told_apart_from_their_owner(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed_text(text, lang) == expected


def stakes(text: str, lang: str) -> list[tuple[str, str, float]]:
    entities = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, lang), TABLE)
    return [(f.details.holder, f.details.target, f.details.percent)
            for f in extract_facts(text, [Sentence(0, len(text), lang)], entities) if f.kind == "stake"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Holders and shares paired in order by "respectively" ...
        ("zh", "微软和英伟达分别持有Mistral AI 10%和5%的股份。",
         [("Microsoft", "Mistral AI", 10), ("Nvidia", "Mistral AI", 5)]),
        # ... each the share where a word says so ...
        ("de", "Microsoft und Nvidia halten jeweils 10 Prozent an Mistral AI.",
         [("Microsoft", "Mistral AI", 10), ("Nvidia", "Mistral AI", 10)]),
        # ... and none where how a share is split is not told, nor where the lists do not pair.
        ("de", "Microsoft und Nvidia halten 10 Prozent an Mistral AI.", []),
        ("zh", "微软和英伟达持有Mistral AI 10%的股份。", []),
        ("zh", "微软、英伟达和谷歌分别持有Mistral AI 10%和5%的股份。", []),
        ("de", "Microsoft hält 49 Prozent an OpenAI.", [("Microsoft", "OpenAI", 49)]),
    ],
)
def test_stakes_of_a_list_of_holders(lang: str, text: str, expected: list[tuple]) -> None:
    assert stakes(text, lang) == expected


def stakes_text(text: str, lang: str) -> list[tuple[str, str, float]]:
    """``stakes`` over a text of several sentences, each ending in a full stop (and a space)."""
    entities = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, lang), TABLE)
    starts = [0, *(m.end() for m in re.finditer(r"(?<=[.。]) ?", text) if m.end() < len(text))]
    sentences = [Sentence(s, e, lang) for s, e in zip(starts, [*starts[1:], len(text)], strict=True)]
    return [(f.details.holder, f.details.target, f.details.percent)
            for f in extract_facts(text, sentences, entities) if f.kind == "stake"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "daran" points back to the company the sentence before is about; a list "mit jeweils zehn
        # Prozent beteiligt" holds a share each, written in words.
        ("de", "Das Werk gehört Infineon. TSMC hält daran 70 Prozent, Bosch und NXP sind mit jeweils zehn Prozent "
               "beteiligt.",
         [("TSMC", "Infineon", 70), ("Bosch", "Infineon", 10), ("NXP Semiconductors", "Infineon", 10)]),
        # ... but not where the sentence names another company that holds no share: the share may be of it.
        ("de", "Das Werk gehört Infineon. TSMC hält daran 70 Prozent, Bosch baut es.", []),
        # A relative clause holds the share in the company before it.
        ("de", "Das Werk gehört Infineon, an dem TSMC 70 Prozent hält.", [("TSMC", "Infineon", 70)]),
        # A description of the company may stand before its name ...
        ("de", "Microsoft hält 49 Prozent an der Sparte des ChatGPT-Entwicklers OpenAI.",
         [("Microsoft", "OpenAI", 49)]),
        # ... or for the one company the sentence before names that this one does not.
        ("de", "Das Amt prüfte die Partnerschaft zwischen Microsoft und OpenAI. Microsoft hält Berichten zufolge "
               "49 Prozent an der gewinnorientierten Sparte des ChatGPT-Entwicklers.",
         [("Microsoft", "OpenAI", 49)]),
        # Shares paired with holders by "分别" are in the company the sentence's other stake is in ...
        ("zh", "微软持有OpenAI约49%股权，谷歌、英伟达及亚马逊则分别持股约6%、5%及2%。",
         [("Microsoft", "OpenAI", 49), ("Google", "OpenAI", 6), ("Nvidia", "OpenAI", 5), ("Amazon", "OpenAI", 2)]),
        # ... and none where a holder of the list is no name found: which share is whose is a guess.
        ("zh", "微软持有OpenAI约49%股权，谷歌、某公司及亚马逊则分别持股约6%、5%及2%。", [("Microsoft", "OpenAI", 49)]),
    ],
)
def test_stakes_in_the_company_told_before(lang: str, text: str, expected: list[tuple]) -> None:
    assert stakes_text(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "extra", "expected"),
    [
        # A guess of a role's organisation does not cross into another part of the sentence.
        ("en", "Sam Altman left for rival Anthropic in May; the same day, chief scientist Ilya Sutskever resigned.", (),
         [("Ilya Sutskever", "chief scientist", None)]),
        # Nor does it take a pronoun that stands for what the sentence before only described.
        ("en", "Anthropic will sell its models to Microsoft. The San Francisco startup plans to grow. It will name a "
         "lab after chief executive Dario Amodei.", (), [("Dario Amodei", "CEO", None)]),
        # An article after "and" between two roles: one person's both.
        ("en", "Greg Brockman, OpenAI's co-founder and the former chairman, left.", (),
         [("Greg Brockman", "co-founder", "OpenAI"), ("Greg Brockman", "chairman", "OpenAI")]),
        ("zh", "孟晚舟出任华为轮值董事长。", (("孟晚舟", "PERSON"),), [("孟晚舟", "rotating chairman", "Huawei")]),
        ("zh", "华为常务董事孟晚舟表示。", (("孟晚舟", "PERSON"),), [("孟晚舟", "executive director", "Huawei")]),
        # A role held for some time, or since a date.
        ("en", "Tim Cook has been chief executive of Apple since 2011.", (("Tim Cook", "PERSON"),),
         [("Tim Cook", "CEO", "Apple")]),
        ("de", "Tim Cook ist seit 2011 Vorstandschef von Apple.", (("Tim Cook", "PERSON"),),
         [("Tim Cook", "CEO", "Apple")]),
        ("zh", "谢清江曾担任共同执行长，现为联发科副董事长。", (("谢清江", "PERSON"),),
         [("谢清江", "co-CEO", None), ("谢清江", "vice chairman", "MediaTek")]),
        ("en", "Amazon rejected the case. In a blog post, its general counsel, David Zapolsky, wrote that it was "
         "wrong.", (("David Zapolsky", "PERSON"),), [("David Zapolsky", "general counsel", "Amazon")]),
        # A co-CEO is no CEO: "联席CEO" is one title.
        ("zh", "目前，陈磊担任董事长兼联席CEO，另一位联席CEO为赵佳臻。", (("陈磊", "PERSON"), ("赵佳臻", "PERSON")),
         [("陈磊", "chairman", None), ("陈磊", "co-CEO", None), ("赵佳臻", "co-CEO", None)]),
        # A role noun with no person is no role.
        ("en", "The chief research officer said so. The head of research left.", (), []),
    ],
)
def test_roles_in_parts_joined_and_rotating(lang: str, text: str, extra: tuple, expected: list[tuple]) -> None:
    assert typed_roles(text, lang, extra) == expected


_LEAD = "Anthropic hires a research chief. Anthropic said so on Monday. The hire helps Anthropic. She starts in May. "


@pytest.mark.parametrize(
    ("lang", "text", "extra", "expected"),
    [
        # A post told with no organisation, in a sentence that names none, is at the one the document is
        # about: its headline opens with it, and the document names it most.
        ("en", _LEAD + "Chief executive Dario Amodei welcomed her.", (), [("Dario Amodei", "CEO", "Anthropic")]),
        ("de", "OpenAI stellt ein Modell vor. OpenAI zeigte es am Montag. Es sei schnell, teilte OpenAI mit. Der "
         "Livestream lief lange. Präsentiert wurde es von Technikchefin Mira Murati.", (),
         [("Mira Murati", "CTO", "OpenAI")]),
        # Not where the headline opens with something else, nor where another is named more often (of two named
        # as often, the headline's is the one) ...
        ("en", _LEAD.replace("Anthropic hires", "Three firms hire") + "Chief executive Dario Amodei welcomed her.", (),
         [("Dario Amodei", "CEO", None)]),
        ("en", _LEAD + "Microsoft, Microsoft, Microsoft and Microsoft agreed. It is done. Chief executive Dario Amodei "
         "welcomed her.", (), [("Dario Amodei", "CEO", None)]),
        ("en", _LEAD + "Microsoft, Microsoft and Microsoft agreed. It is done. Chief executive Dario Amodei welcomed "
         "her.", (), [("Dario Amodei", "CEO", "Anthropic")]),
        # ... nor where the sentence names another organisation, or gives that one to another's post.
        ("en", _LEAD + "Chief executive Dario Amodei met Microsoft.", (), [("Dario Amodei", "CEO", None)]),
        ("en", _LEAD + "Chief executive Mark Benjamin will report to Dario Amodei, chief executive of Anthropic.",
         (("Mark Benjamin", "PERSON"),), [("Mark Benjamin", "CEO", None), ("Dario Amodei", "CEO", "Anthropic")]),
    ],
)
def test_a_post_at_the_organisation_the_document_is_about(lang: str, text: str, extra: tuple,
                                                            expected: list[tuple]) -> None:
    assert typed_roles(text, lang, extra) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare 公司 opening a sentence stands for the organisation before it; a former employer ("前百度")
        # is in the background, not what it stands for.
        ("月之暗面由前百度研究员杨植麟创立。公司2019年获得腾讯领投的6亿美元B轮融资，估值达30亿美元。",
         [("founded", ("org", "Moonshot AI"), ("founders", ["Yang Zhilin"])),
          ("investment", ("investor", "Tencent"), ("target", "Moonshot AI")),
          ("valuation", ("subject", "Moonshot AI"), ("amount", 3_000_000_000))]),
        # 公司 as a word of a list or a possessive is no such subject.
        ("月之暗面由前百度研究员杨植麟创立。公司和腾讯合作。",
         [("founded", ("org", "Moonshot AI"), ("founders", ["Yang Zhilin"]))]),
    ],
)
def test_a_bare_company_opening_a_chinese_sentence(text: str, expected: list[tuple]) -> None:
    assert typed_with(text, "zh", ()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The investors that follow a round's lead ("跟投") after the lead's clause joined the round ...
        ("月之暗面于2017年完成1亿美元A轮融资，由红杉中国领投，腾讯、阿里巴巴等机构跟投。",
         [("investment", ("investor", "HongShan"), ("target", "Moonshot AI")),
          ("investment", ("investor", "Tencent"), ("target", "Moonshot AI")),
          ("investment", ("investor", "Alibaba Group"), ("target", "Moonshot AI")),
          ("funding_round", ("subject", "Moonshot AI"), ("amount", 100_000_000))]),
        # ... but a name after the lead's clause that does something else did not.
        ("月之暗面于2017年完成1亿美元A轮融资，由红杉中国领投，腾讯对此表示欢迎。",
         [("investment", ("investor", "HongShan"), ("target", "Moonshot AI")),
          ("funding_round", ("subject", "Moonshot AI"), ("amount", 100_000_000))]),
    ],
)
def test_chinese_followers_of_a_rounds_lead(text: str, expected: list[tuple]) -> None:
    assert typed_with(text, "zh", ()) == expected


@pytest.mark.parametrize(
    ("lang", "text", "extra", "expected"),
    [
        # An article's adjectives in an apposition before the role.
        ("de", "Seit Sonntag führen Jan Berg und Mira Murati, die neu ernannte Chefin von OpenAI, das Unternehmen.",
         (("Jan Berg", "PERSON"),), [("Mira Murati", "CEO", "OpenAI")]),
        ("en", "Sam Altman, the newly appointed chief executive of OpenAI, spoke.", (),
         [("Sam Altman", "CEO", "OpenAI")]),
        # Not a clause of saying between the name and the role.
        ("en", "Sam Altman, the company said, the chief executive of OpenAI spoke.", (), []),
        ("de", "Bret Taylor, der geschäftsführende Vorsitzende von OpenAI, sprach.", (),
         [("Bret Taylor", "executive chairman", "OpenAI")]),
        ("zh", "英伟达前全球副总裁张建中于2020年创办了一家公司。", (("张建中", "PERSON"),),
         [("张建中", "vice president", "Nvidia")]),
    ],
)
def test_appositions_with_adjectives_and_more_titles(lang: str, text: str, extra: tuple,
                                                      expected: list[tuple]) -> None:
    assert typed_roles(text, lang, extra) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title after the enumeration comma that ends another's title and name is at its organisation ...
        ("台积电创办人张忠谋、董事长刘德音均出席了典礼。",
         [("Morris Chang", "founder", "TSMC"), ("刘德音", "chairman", "TSMC")]),
        # ... and at none where that one names none.
        ("张忠谋、董事长刘德音均出席了典礼。", [("刘德音", "chairman", None)]),
    ],
)
def test_a_chinese_list_of_titles_shares_its_organisation(text: str, expected: list[tuple]) -> None:
    assert typed_roles(text, "zh", (("刘德音", "PERSON"),)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Headline English: "chief" right before its holder's name is the chief executive ...
        ("Amazon hires Anthropic chief Dario Amodei.", [("Dario Amodei", "CEO", "Anthropic")]),
        ("OpenAI's technology chief Mira Murati quits.", [("Mira Murati", "CTO", "OpenAI")]),
        # ... and nothing where another word or a comma stands between.
        ("Mira Murati, the chief people officer, left.", []),
        ("The chief, Sam Altman, left.", []),
        # A capitalised word no entity covers right before the title names an organisation not known: not
        # the hirer's post.
        ("Amazon hires Adept CEO David Luan.", [("David Luan", "CEO", None)]),
    ],
)
def test_a_headlines_chief(text: str, expected: list[tuple]) -> None:
    assert typed_roles(text, "en") == expected


_ROUND_DE = "Mistral AI hat 600 Millionen Euro eingesammelt. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The lead of the round told before, named as "sie" ...
        (_ROUND_DE + "Angeführt wurde sie vom US-Investor General Catalyst.",
         [*ROUND_TOLD, ("investment", ("investor", "General Catalyst"), ("target", "Mistral AI"))]),
        # ... but one who runs the company ("geführt") is no investor.
        (_ROUND_DE + "Geführt wird sie von Chef Arthur Mensch.", ROUND_TOLD),
    ],
)
def test_german_leads_of_the_round_told_before(text: str, expected: list[tuple]) -> None:
    assert typed_text(text, "de") == expected


@pytest.mark.parametrize(
    ("lang", "text", "extra", "expected"),
    [
        # A role word and an organisation but nobody named: no post (roles() stops at once) ...
        ("en", "Microsoft's chief executive said the deal was done.", (), []),
        ("de", "Der Chef von Microsoft sagte, der Deal sei abgeschlossen.", (), []),
        ("zh", "微软首席执行官宣布了这一消息。", (), []),
        ("zh", "微軟執行長週日晚間宣布。", (), []),
        # ... and with the person named, the post.
        ("en", "Microsoft's chief executive Satya Nadella said the deal was done.", (),
         [("Satya Nadella", "CEO", "Microsoft")]),
        ("zh", "微軟執行長薩蒂亞·納德拉週日晚間宣布。", (), [("Satya Nadella", "CEO", "Microsoft")]),
        # A person the model alone finds counts as a person.
        ("de", "Der Chef von Microsoft, Jan Beispielmann, sagte am Montag nichts.", (("Jan Beispielmann", "PERSON"),),
         [("Jan Beispielmann", "CEO", "Microsoft")]),
    ],
)
def test_a_sentence_naming_nobody_holds_no_post(lang: str, text: str, extra: tuple, expected: list[tuple]) -> None:
    assert typed_roles(text, lang, extra) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A relative clause that tells a share is no aside the voices read past: its holder holds it.
        ("en", "SoftBank, which held about 90 percent of Arm Holdings, sold shares on Monday.",
         [("SoftBank", "Arm Holdings", 90)]),
        ("en", "SoftBank, which is based in Tokyo, holds about 90 percent of Arm Holdings.",
         [("SoftBank", "Arm Holdings", 90)]),
        # A share in "its" business or of "its" shares after the money put into a company: that company's.
        ("en", "Amazon has invested $4 billion in Anthropic over two years and is said to hold a 20% stake in its "
               "main business.", [("Amazon", "Anthropic", 20)]),
        ("en", "Amazon has put $4 billion into Anthropic and now owns 20% of its shares.",
         [("Amazon", "Anthropic", 20)]),
        # ... but not a share in what "its" stands for where no money went in before it.
        ("en", "Amazon competes with Anthropic and holds a 20% stake in its own cloud unit.", []),
    ],
)
def test_a_share_told_in_a_relative_clause(lang: str, text: str, expected: list[tuple]) -> None:
    assert stakes(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A name glued to the noun before another name only says whose that one is: the party is the one after.
        ("de", "Waymo hat eine Finanzierungsrunde über 5 Milliarden Dollar abgeschlossen. Angeführt wurde die Runde "
               "von der Google-Mutter Alphabet.",
         [("funding_round", ("subject", "Waymo"), ("amount", 5_000_000_000)),
          ("investment", ("investor", "Alphabet"), ("target", "Waymo"))]),
        ("de", "Waymo hat eine Finanzierungsrunde über 5 Milliarden Dollar abgeschlossen. Angeführt wurde die Runde "
               "vom OpenAI-Geldgeber Microsoft.",
         [("funding_round", ("subject", "Waymo"), ("amount", 5_000_000_000)),
          ("investment", ("investor", "Microsoft"), ("target", "Waymo"))]),
    ],
)
def test_a_name_glued_to_a_description_of_another(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed_text(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "stated", "required"),
    [
        # What a rule requires a figure to reach is no figure a company has.
        ("zh", "上市时，小米的市值达到500亿美元。", "按规定，上市时小米的市值须达500亿美元。"),
        ("en", "Xiaomi had a market value of $50 billion.",
         "Under the rule, Xiaomi must have a market value of $50 billion."),
        ("de", "Xiaomi hatte einen Börsenwert von 50 Milliarden Dollar.",
         "Nach der Regel muss Xiaomi einen Börsenwert von 50 Milliarden Dollar haben."),
    ],
)
def test_a_required_figure_is_no_valuation(lang: str, stated: str, required: str) -> None:
    assert [f[0] for f in typed(stated, lang)] == ["valuation"]
    assert typed(required, lang) == []


def test_founding_the_company_before_working_elsewhere_founds_no_employer() -> None:
    # "创立公司前": before founding the company (unnamed); where they worked before founded nothing.
    assert typed_text("创立公司前，两人都曾在百度工作。", "zh") == []
    # ... nor does a name we do not know in that clause of time ("before founding 奇艺") make the employer founded.
    assert typed_text("创办奇艺之前，龚宇曾任百度首席运营官。", "zh") == []
    assert typed_text("两人于2016年创立百度。", "zh") == [("founded", ("org", "Baidu"), ("founders", []),
                                                    ("year", "2016"))]


def test_a_pronoun_in_a_phrase_put_first_is_the_subject_after_it() -> None:
    """"According to its filing, Lumora had revenue": "its" is the subject after the comma, not the organisation
    the sentence before named, though the model took Lumora for a place."""
    text = "Microsoft hired Jane Roe. According to its filing, Lumora had revenue of $80 million in 2023."
    at = text.index("Lumora")
    model = [RawMention("Lumora", at, at + len("Lumora"), "LOC", "model:test")]
    entities = canonical_mentions(text, model, alias_mentions(text, 0, len(text), TABLE, "en"), TABLE)
    cut = text.index("According")
    sentences = [Sentence(0, cut, "en"), Sentence(cut, len(text), "en")]
    assert [f.to_dict().get("subject") for f in extract_facts(text, sentences, entities)
            if f.kind == "revenue"] == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Who else joined the round the sentence before told ...
        ("en", "OpenAI raised $6 billion. The round was led by Thrive Capital, with Microsoft and Nvidia among the "
               "other investors.",
         [("funding_round", ("subject", "OpenAI"), ("amount", 6_000_000_000)),
          *[("investment", ("investor", name), ("target", "OpenAI")) for name in ("Thrive Capital", "Microsoft",
                                                                                   "Nvidia")]]),
        # ... a lead opening its sentence and its co-lead ...
        ("en", "OpenAI raised $6 billion. Thrive Capital co-led the round with Microsoft, the maker of Windows.",
         [("funding_round", ("subject", "OpenAI"), ("amount", 6_000_000_000)),
          *[("investment", ("investor", name), ("target", "OpenAI")) for name in ("Thrive Capital", "Microsoft")]]),
        # ... and no one where no round was told.
        ("en", "OpenAI makes models. Microsoft and Nvidia are among the other companies in the race.", []),
        ("en", "OpenAI makes models. Thrive Capital led the effort with Microsoft.", []),
        ("en", "Hugging Face said it had raised $235 million. The Series D round, led by Salesforce Ventures, values "
               "the company at $4 billion.",
         [("funding_round", ("subject", "Hugging Face"), ("amount", 235_000_000)),
          ("investment", ("investor", "Salesforce Ventures"), ("target", "Hugging Face")),
          ("valuation", ("subject", "Hugging Face"), ("amount", 4_000_000_000))]),
        ("de", "Mistral AI sammelte 600 Millionen Euro ein. Angeführt wurde die Seed-Runde erneut von dem "
               "US-Wagniskapitalgeber General Catalyst.",
         [("funding_round", ("subject", "Mistral AI"), ("amount", 600_000_000)),
          ("investment", ("investor", "General Catalyst"), ("target", "Mistral AI"))]),
        # ... its subject after the verb, named or a description of the one named before.
        ("de", "Im Mai sammelte Mistral AI 600 Millionen Euro ein.",
         [("funding_round", ("subject", "Mistral AI"), ("amount", 600_000_000))]),
        ("de", "Mistral AI baut Sprachmodelle. Im Mai sammelte der Konzern von Gründer Arthur Mensch 600 Millionen "
               "Euro ein.",
         [("funding_round", ("subject", "Mistral AI"), ("amount", 600_000_000))]),
        # ... told as a financing of a sum, fresh capital, a sum fetched; not a manager fetched; and those named as its
        # backers are not its subject (which is left untold rather than guessed).
        ("de", "Mistral AI hat eine Finanzierung über 600 Millionen Euro bekanntgegeben.", ROUND_TOLD),
        ("de", "Mistral AI hat sich am Montag 600 Millionen Euro frisches Kapital gesichert.", ROUND_TOLD),
        ("de", "Mistral AI holte sich im Juli 600 Millionen Euro.", ROUND_TOLD),
        ("de", "Mistral AI holt sich einen früheren Intel-Manager.", []),
        ("de", "Mistral AI war mit Microsoft und Nvidia als Geldgebern eine Finanzierung über 600 Millionen Euro "
               "gelungen.", []),
        # The amount before the noun of a Chinese investment; a loan is none.
        # Shares subscribed for an amount, the company named; a share's price is no amount of the deal.
        ("zh", "大众汽车将以约7亿美元认购小鹏汽车新发行的股份。",
         [("investment", ("investor", "Volkswagen"), ("target", "XPeng"), ("amount", 700_000_000))]),
        ("zh", "大众汽车将以每股15美元的价格认购小鹏汽车的股份。", []),
        # Backers listed, and backing a company has had.
        ("zh", "蔚来的投资方包括腾讯、高瓴资本、红杉资本和淡马锡等。",
         _backers("NIO", "Tencent", "Hillhouse Capital", "Sequoia Capital", "Temasek")),
        ("zh", "B站今日上市。上市前，这家公司还获得过IDG资本等机构的投资。", _backers("Bilibili", "IDG Capital")),
        # A place may own the company invested in.
        ("en", "Microsoft puts $2 billion into San Francisco's OpenAI as AI ambitions grow",
         [("investment", ("investor", "Microsoft"), ("target", "OpenAI"), ("amount", 2_000_000_000))]),
        # Money received, the giver named first and the verb last.
        ("de", "Im Frühjahr hatte Anthropic vom Singapurer Staatsfonds Temasek drei Milliarden Euro für neue Aktien "
               "erhalten.",
         [("investment", ("investor", "Temasek"), ("target", "Anthropic"), ("amount", 3_000_000_000))]),
        # A German revenue with a relative clause between its verb and its amount.
        ("de", "Monsanto setzte im Geschäftsjahr 2017, das Ende August endete, rund 14 Milliarden Dollar um.",
         [("revenue", ("subject", "Monsanto"), ("amount", 14_000_000_000))]),
        # Investors listed as a company's early backers.
        ("zh", "腾讯和阿里巴巴都是Anthropic的早期投资方。", _backers("Anthropic", "Tencent", "Alibaba Group")),
        ("zh", "亚马逊将向人工智能初创公司Anthropic追加40亿美元投资。",
         [("investment", ("investor", "Amazon"), ("target", "Anthropic"), ("amount", 4_000_000_000))]),
        ("zh", "微软将向OpenAI提供100亿美元贷款。", []),
    ],
)
def test_investors_of_a_round_and_amounts_before_the_noun(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed_text(text, lang) == expected


def founded_with(text: str, people: tuple[str, ...], orgs: tuple[str, ...]) -> list[tuple]:
    """The foundings of an English sentence whose names a model would find (the table knowing none)."""
    from ainews_cli.records import EntityMention

    found = [EntityMention(name, m.start(), m.end(), label, name, "model:test")
             for names, label in ((people, "PERSON"), (orgs, "ORG")) for name in names
             for m in re.finditer(re.escape(name), text)]
    dates = find_dates(text, spans=[Span(0, len(text), "en", "x")], sentences=[(0, len(text))], published=None)
    return [(f.details.org, f.details.founders, f.details.year)
            for f in extract_facts(text, [Sentence(0, len(text), "en")], sorted(found, key=lambda e: e.start), dates)
            if f.kind == "founded"]


@pytest.mark.parametrize(
    ("text", "people", "orgs", "expected"),
    [
        # A founding put first, whose agent phrase names only people: the name after them is what was founded.
        ("Founded in 1996 by Pradeep Sindhu, Juniper made its name with routers.", ("Pradeep Sindhu",), ("Juniper",),
         [("Juniper", ("Pradeep Sindhu",), "1996")]),
        # ... not where a company founded it too.
        ("Founded by Acorn, Apple and Pradeep Sindhu in 1990, Arm makes chips.", ("Pradeep Sindhu",),
         ("Acorn", "Apple", "Arm"), []),
        # "started his own company, X".
        ("Musk started his own AI company, xAI, last year.", ("Musk",), ("xAI",), [("xAI", ("Musk",), None)]),
        ("Musk started his own review of xAI last year.", ("Musk",), ("xAI",), []),
    ],
)
def test_foundings_put_first_or_told_as_ones_own_company(text: str, people: tuple[str, ...], orgs: tuple[str, ...],
                                                         expected: list[tuple]) -> None:
    assert founded_with(text, people, orgs) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A kind of round, and money got from investors, tell a German round ...
        ("Erst im Juni hatte Mistral AI in einer Seed-Runde 105 Millionen Euro erhalten.",
         [("funding_round", ("subject", "Mistral AI"), ("amount", 105_000_000))]),
        ("Helsing hatte sich im vergangenen Jahr 209 Millionen Euro bei Investoren besorgt.",
         [("funding_round", ("subject", "Helsing"), ("amount", 209_000_000))]),
        ("Im Januar erhielt Helsing in einer von General Catalyst angeführten Runde 209 Millionen Euro.",
         [("funding_round", ("subject", "Helsing"), ("amount", 209_000_000)),
          ("investment", ("investor", "General Catalyst"), ("target", "Helsing"))]),
        # ... not money got otherwise.
        ("Helsing hatte im vergangenen Jahr Aufträge über 209 Millionen Euro erhalten.", []),
    ],
)
def test_german_rounds_told_by_their_kind_or_their_investors(text: str, expected: list[tuple]) -> None:
    assert typed(text, "de") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The gross proceeds of an offering the sentence tells are its round ...
        ("百度此次首次公开发行2000万股美国存托股，募资总额为2.6亿美元。",
         [("funding_round", ("subject", "Baidu"), ("amount", 260_000_000))]),
        # ... a total raised to date is none.
        ("百度迄今融资总额为26亿美元。", []),
    ],
)
def test_the_proceeds_of_an_offering_are_no_total(text: str, expected: list[tuple]) -> None:
    assert typed(text, "zh") == expected


def test_the_value_investors_put_on_a_company_is_no_round() -> None:
    assert typed("Reddit was valued at about $6.4 billion, well below the $10 billion investors put on it in a "
                 "private funding round in 2021.", "en") == [
        ("valuation", ("subject", "Reddit"), ("amount", 6_400_000_000)),
        ("valuation", ("subject", "Reddit"), ("amount", 10_000_000_000))]
    assert typed("Reddit raised $410 million in a private funding round in 2021.", "en") == [
        ("funding_round", ("subject", "Reddit"), ("amount", 410_000_000))]



@pytest.mark.parametrize(
    ("lang", "text", "extra", "expected"),
    [
        # "its" opening a clause stands for the organisation the sentence before is about; the holder is
        # named after the copula, maybe after an honorific.
        ("en", "Lumora was founded in 2018. Its chairman is Sheikh Ada Brenner, a former minister, and its chief "
         "executive is Tomas Weil.", (("Lumora", "ORG"), ("Ada Brenner", "PERSON"), ("Tomas Weil", "PERSON")),
         [("Ada Brenner", "chairman", "Lumora"), ("Tomas Weil", "CEO", "Lumora")]),
        ("en", "Lumora was founded in 2018. Its chairman praised Ada Brenner.", (("Lumora", "ORG"),
                                                                                 ("Ada Brenner", "PERSON")), []),
        ("en", "As part of the agreement, Brad Smith, Microsoft's vice chair and president, joins the board.", (),
         [("Brad Smith", "vice chair", "Microsoft"), ("Brad Smith", "president", "Microsoft")]),
    ],
)
def test_a_post_told_by_its_holder_after_a_copula(lang: str, text: str, extra: tuple, expected: list[tuple]) -> None:
    assert typed_roles(text, lang, extra) == expected


# An article about Apple: the organisation a post with none is at, unless the sentence names it after the
# holder as what the holder acts on.
_ABOUT_APPLE = "Apple muss zahlen. Apple wehrt sich. Apple prüft weitere Schritte. Apple schweigt. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Im März 2019 sagte Finanzchef Daniel Ek, Apple werde wachsen.", [("Daniel Ek", "CFO", "Apple")]),
        ("Im März 2019 reichte Finanzchef Daniel Ek Beschwerde gegen Apple ein.", [("Daniel Ek", "CFO", None)]),
        ("Finanzchef Daniel Ek sagte, mit Apple komme man schneller voran.", [("Daniel Ek", "CFO", None)]),
    ],
)
def test_the_company_a_post_holder_acts_on_is_not_his(sentence: str, expected: list[tuple]) -> None:
    assert typed_roles(_ABOUT_APPLE + sentence, "de", (("Daniel Ek", "PERSON"),)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # New shares subscribed: the total is the investment, the price of one share none.
        ("CYVN Holdings将以每股7.50美元的价格认购蔚来新发行的约2.94亿股A类普通股，总金额约22亿美元。",
         [("investment", ("investor", "CYVN Holdings"), ("target", "NIO"), ("amount", 2_200_000_000))]),
        ("CYVN Holdings将以每股7.50美元的价格认购蔚来新发行的约2.94亿股A类普通股。", []),
        # "其": the company that announced it.
        ("蔚来宣布CYVN Holdings将以约7.385亿美元认购其新股。",
         [("investment", ("investor", "CYVN Holdings"), ("target", "NIO"), ("amount", 738_500_000))]),
        # A share bought, a place before the company; the price is no investment.
        ("鸿海2016年以3888亿日元收购日本软银约66%股权。",
         [("stake", ("holder", "Foxconn"), ("target", "SoftBank"))]),
        ("鴻海2016年以3888億日圓收購日本軟銀約66%股權。",
         [("stake", ("holder", "Foxconn"), ("target", "SoftBank"))]),
    ],
)
def test_shares_subscribed_or_bought(text: str, expected: list[tuple]) -> None:
    assert typed(text, "zh") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Victor Peng joined AMD on Monday as president.",
        # A relative clause about the person may stand before the verb.
        "Victor Peng, who became Xilinx's chief executive in January 2018, joined AMD on Monday as president.",
    ],
)
def test_the_company_joined_on_a_day_as(text: str) -> None:
    assert ("Victor Peng", "president", "AMD") in typed_roles(text, "en", (("Victor Peng", "PERSON"),))


def test_money_put_into_a_company_a_description_names_first_and_the_share_it_bought() -> None:
    text = ("Volkswagen baut Autos. Im vergangenen Jahr hatte der Konzern rund 700 Millionen Dollar in den "
            "chinesischen Hersteller Xpeng gesteckt und dafür knapp 5 Prozent der Anteile erhalten.")
    assert typed(text, "de") == [
        ("investment", ("investor", "Volkswagen"), ("target", "XPeng"), ("amount", 700_000_000)),
        ("stake", ("holder", "Volkswagen"), ("target", "XPeng"))]


@pytest.mark.parametrize(
    ("lang", "text", "extra", "expected"),
    [
        # An exchange where shares were listed raised nothing.
        ("zh", "地平线登陆港交所 募资约54亿港元", (("港交所", "ORG"),),
         [("funding_round", ("subject", "Horizon Robotics"), ("amount", 5_400_000_000))]),
        # "该公司" after a sentence that opens with the company raising and names its lead investor after.
        ("zh", "MiniMax本月初完成新一轮融资，由阿里巴巴集团领投。本轮融资完成后，该公司的估值约为25亿美元。", (),
         [("investment", ("investor", "Alibaba Group"), ("target", "MiniMax")),
          ("valuation", ("subject", "MiniMax"), ("amount", 2_500_000_000))]),
        # "it" that a round's leaders valued is never one of them: with the company unknown, no valuation.
        ("en", "Founded by Emad Mostaque, the company shot to prominence in August 2022, when it released Stable "
         "Diffusion as open source. Two months later it raised $101 million in a round led by Coatue and Lightspeed "
         "Venture Partners that valued it at $1 billion.",
         (("Coatue", "ORG"), ("Lightspeed Venture Partners", "ORG"), ("Stable Diffusion", "PRODUCT")), []),
        # A description after a sentence whose last organisation only owns a thing after the verb: the one
        # opening that sentence, its subject's owner too ...
        ("en", "Graphcore's chips were meant to challenge Nvidia's graphics processors. At its peak the startup was "
         "valued at $3 billion.", (("Graphcore", "ORG"), ("Nvidia", "ORG")),
         [("valuation", ("subject", "Graphcore"), ("amount", 3_000_000_000))]),
        ("en", "OpenAI signed a deal to use Microsoft's cloud. The startup was valued at $29 billion.", (),
         [("valuation", ("subject", "OpenAI"), ("amount", 29_000_000_000))]),
        # ... unless that one put money in the owner.
        ("en", "Microsoft invested in OpenAI's unit. The startup was valued at $29 billion.", (),
         [("investment", ("investor", "Microsoft"), ("target", "OpenAI")),
          ("valuation", ("subject", "OpenAI"), ("amount", 29_000_000_000))]),
        # Money put into a company a description names is what the deal was in: "it" is that company.
        ("en", "Graphcore makes chips. Sequoia Capital had put $50 million into the company in 2017, and Microsoft "
         "joined a round in 2018 that valued it at $2 billion.", (("Graphcore", "ORG"), ("Sequoia Capital", "ORG")),
         [("investment", ("investor", "Sequoia Capital"), ("target", "Graphcore"), ("amount", 50_000_000)),
          ("valuation", ("subject", "Graphcore"), ("amount", 2_000_000_000))]),
    ],
)
def test_who_a_description_or_pronoun_stands_for(lang: str, text: str, extra: tuple, expected: list[tuple]) -> None:
    assert typed_with(text, lang, extra) == expected


def test_a_pronoun_opening_a_clause_is_its_subject() -> None:
    text = ("SoftBank bought Arm Holdings, the Cambridge-based designer of processor blueprints, in 2016, and it still "
            "owns about 90% of the company.")
    assert typed_with(text, "en", ()) == [("stake", ("holder", "SoftBank"), ("target", "Arm Holdings"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title before the name: the company the document had the person found, not the one the sentence
        # before was about.
        ("MiniMax由闫俊杰于2021年12月在上海创立。同日，百度宣布文心一言向全社会开放。今年1月，创始人兼CEO闫俊杰带领团队发布了大模型。",
         [("Yan Junjie", "CEO", "MiniMax")]),
    ],
)
def test_a_title_before_a_name_is_at_the_company_the_person_is_known_by(text: str, expected: list[tuple]) -> None:
    assert [r for r in typed_roles(text, "zh") if r[1] == "CEO"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Money received after payments were told is a payment, no investment ...
        ("Allein 2021 zahlte Google dafür 26,3 Milliarden Dollar. Apple erhielt von Google 2022 rund 20 Milliarden "
         "Dollar.", []),
        # ... but an investment where none is.
        ("Google baut Suchmaschinen. Apple erhielt von Google 2022 rund 20 Milliarden Dollar.",
         [("investment", ("investor", "Google"), ("target", "Apple"), ("amount", 20_000_000_000))]),
    ],
)
def test_money_received_after_payments_is_no_investment(text: str, expected: list[tuple]) -> None:
    assert [f for f in typed_with(text, "de", ()) if f[0] == "investment"] == expected


def test_what_a_founder_founded_where_the_text_leaves_it_unnamed() -> None:
    # "the company" would be Microsoft, named last; the founder's post says OpenAI: which one is a guess.
    text = ("Sam Altman, OpenAI's chief executive, spoke on Monday. Microsoft will invest more. "
            "Altman co-founded the company in 2015.")
    assert typed_with(text, "en", ()) == []
    # A description before a relative clause with no relative word is what was founded, not Microsoft.
    text = "Microsoft hired Bret Taylor in 2016 when it bought Quip, the document-editing start-up he had co-founded."
    assert typed_with(text, "en", ()) == []
    assert typed_text("OpenAI, the company he co-founded in 2015, grew.", "en") == [
        ("founded", ("org", "OpenAI"), ("founders", []), ("year", "2015"))]
    # ... where it tells neither who founded it nor when, the description's founding is no fact.
    assert typed_text("Nadella is the third person to lead Microsoft since it was founded.", "en") == []


def test_a_description_set_off_after_a_name_no_entity_covers_stands_for_that_one() -> None:
    # "Quip, the San Francisco start-up": not Salesforce's round.
    assert typed_with("In 2016 Salesforce bought Quip, the San Francisco start-up that had raised $45 million.",
                      "en", ()) == []


def test_a_name_alone_that_several_full_names_share_holds_no_role() -> None:
    # Lee Kun-hee and his son Lee Jae-yong: whose post "Lee" held is a guess; one Altman is Sam Altman.
    text = ("Lee Kun-hee starb 2020. Sein Sohn Lee Jae-yong führt Samsung. "
            "Lee war seit 2012 stellvertretender Vorsitzender von Samsung.")
    assert typed_roles(text, "de", (("Lee Kun-hee", "PERSON"), ("Lee Jae-yong", "PERSON"), ("Lee", "PERSON"))) == []
    text = "Sam Altman führt OpenAI. Altman war Präsident von Y Combinator."
    assert ("Altman", "president", "Y Combinator") in typed_roles(text, "de", (("Altman", "PERSON"),))


def test_the_one_succeeded_holds_the_role_no_more_though_titled() -> None:
    text = "Parag Agrawal had succeeded co-founder Jack Dorsey as chief executive of Twitter in November 2021."
    roles = typed_roles(text, "en", (("Parag Agrawal", "PERSON"), ("Jack Dorsey", "PERSON")))
    assert ("Jack Dorsey", "co-founder", None) in roles and all(role != "CEO" for _, role, _ in roles), roles


def test_a_venue_is_no_owner_of_the_figures_told_after_it() -> None:
    text = ("CrowdStrike makes security software. Its founders took it public on the Nasdaq in June 2019. It "
            "reported revenue of $921 million for the quarter.")
    assert [f for f in typed_with(text, "en", (("CrowdStrike", "ORG"), ("Nasdaq", "ORG"))) if f[0] == "revenue"] == [
        ("revenue", ("subject", "CrowdStrike"), ("amount", 921_000_000))]


@pytest.mark.parametrize(
    ("text", "investors"),
    [
        # A round of a kind written with two hyphens ("Serie-D-Runde"), led by an investor its description names.
        ("Celonis sammelt eine Milliarde Dollar ein. Angeführt wird die Serie-D-Runde vom US-Vermögensverwalter "
         "Fidelity.", ["Fidelity"]),
        # A lead told with "damals", and one who joined titled by another company.
        ("Celonis sammelte 290 Millionen Dollar ein. Die Runde führte damals der Investor Arena Holdings an, auch "
         "Qualtrics-Mitgründer Ryan Smith beteiligte sich.", ["Arena Holdings", "Ryan Smith"]),
    ],
)
def test_german_round_leads_and_titled_backers(text: str, investors: list[str]) -> None:
    found = typed_with(text, "de", (("Celonis", "ORG"), ("Arena Holdings", "ORG"), ("Ryan Smith", "PERSON"),
                                    ("Fidelity", "ORG")))
    assert sorted(dict(f[1:])["investor"] for f in found if f[0] == "investment"
                  and dict(f[1:]).get("target") == "Celonis") == sorted(investors), found


def test_money_put_into_a_company_the_verb_last_is_an_investment() -> None:
    text = "Celonis wuchs 2018 stark, als Accel 50 Millionen Dollar in Celonis steckte."
    assert [f for f in typed_with(text, "de", (("Celonis", "ORG"), ("Accel", "ORG"))) if f[0] == "investment"] == [
        ("investment", ("investor", "Accel"), ("target", "Celonis"), ("amount", 50_000_000))]


def test_backers_of_a_round_told_in_the_same_sentence() -> None:
    text = "2021年8月，极氪完成5亿美元A轮融资，英特尔资本、宁德时代、哔哩哔哩等参与投资，当时的估值为95亿美元。"
    assert _backers("Zeekr", "Intel Capital", "CATL", "Bilibili") == [
        f for f in typed_with(text, "zh", ()) if f[0] == "investment"]


def test_a_caption_credit_and_an_owner_named_after_shares_of() -> None:
    # "Shares of Mobileye jumped ... Intel's unit": the sentence is about Mobileye.
    text = ("Shares of Mobileye jumped 38% on Wednesday, giving Intel's self-driving unit a warm welcome. "
            "The company priced its offering at $21 a share. It raised $861 million by selling new shares.")
    extra = (("Mobileye", "ORG"), ("Intel", "ORG"), ("Leah Brandt/Cityline Pictures", "ORG"))
    assert [f for f in typed_with(text, "en", extra) if f[0] == "funding_round"] == [
        ("funding_round", ("subject", "Mobileye"), ("amount", 861_000_000))]
    # A photo credit names no one "it" stands for.
    text = "Photo: Leah Brandt/Cityline Pictures. It raised $861 million by selling new shares."
    assert all(dict(f[1:]).get("subject") != "Leah Brandt/Cityline Pictures" for f in typed_with(text, "en", extra))


def test_no_one_named_in_a_relative_clause_holds_the_post_after_it() -> None:
    text = ("The company said that Colin Angle, who co-founded iRobot in 1990 with Rodney Brooks and Helen Greiner, "
            "was stepping down as chairman and chief executive.")
    roles = typed_roles(text, "en", (("Colin Angle", "PERSON"), ("Rodney Brooks", "PERSON"),
                                     ("Helen Greiner", "PERSON"), ("iRobot", "ORG")))
    assert {person for person, role, _ in roles if role in ("chairman", "CEO")} == {"Colin Angle"}, roles


def test_a_joint_venture_set_up_by_several_founds_none_of_them() -> None:
    text = "去年8月8日，恩智浦与台积电、博世及英飞凌宣布在德国德勒斯登合资成立欧洲半导体制造公司。"
    assert [f for f in typed_with(text, "zh", ()) if f[0] == "founded"] == []


def test_a_parts_revenue_is_not_its_parents_and_a_closing_market_value_is_a_value() -> None:
    text = "In July, Alphabet said the unit's revenue rose 36% to $6.28 billion in the second quarter."
    assert [f for f in typed_with(text, "en", ()) if f[0] == "revenue"] == []
    assert [f for f in typed_with("小米集团去年该业务收入为1575亿元。", "zh", ()) if f[0] == "revenue"] == []
    text = "截至收盘，晶泰科技报6港元，较发行价上涨约10%，总市值约198亿港元。"  # (the helper ends sentences at ".")
    assert [f[0] for f in typed_with(text, "zh", ()) if f[0] in ("valuation", "market_value_change")] == ["valuation"]


def test_an_exchange_a_company_leaves_is_a_venue() -> None:
    from ainews_cli.facts.parties import at_venue
    from ainews_cli.records import EntityMention

    text = "Mandiant's stock will be removed from the Nasdaq, where it has traded since October."
    start = text.index("Nasdaq")
    assert at_venue(text, 0, EntityMention("Nasdaq", start, start + 6, "ORG", "Nasdaq", "model:test"))
    text = "Mandiant raised money from the Nasdaq veteran Acme."
    assert not at_venue(text, 0, EntityMention("Nasdaq", 31, 37, "ORG", "Nasdaq", "model:test"))
    # ... and so is one a list of exchanges goes on with ("该公司" after it is not the exchange).
    text = "中芯国际昨日晚间在港交所和上交所同步发布了业绩公告。"
    exchanges = [EntityMention(name, text.index(name), text.index(name) + 3, "ORG", name, "model:test")
                 for name in ("港交所", "上交所")]
    assert at_venue(text, 0, exchanges[1], exchanges)
    assert not at_venue(text, 0, exchanges[1])
    text = "中芯国际和上交所发布了公告。"
    listed = [EntityMention(name, text.index(name), text.index(name) + len(name), "ORG", name, "model:test")
              for name in ("中芯国际", "上交所")]
    assert not at_venue(text, 0, listed[1], listed)


def test_a_market_value_made_to_shrink_is_a_loss() -> None:
    text = ("Im Februar 2023 hatte ein falscher Satz den Börsenwert von Alphabet an einem Tag um rund 100 Milliarden "
            "Dollar schrumpfen lassen")
    assert typed_with(text, "de", ()) == [("market_value_change", ("subject", "Alphabet"), ("amount", 100_000_000_000),
                                           ("direction", "loss"))]


def test_a_pronoun_before_a_list_of_lead_investors_is_no_clause_put_first() -> None:
    # "In May it raised ... led by A, B and C": "it" is the company of the sentence before, not B after a comma.
    extra = (("Wiz", "ORG"), ("Andreessen Horowitz", "ORG"), ("Sequoia", "ORG"), ("Thrive Capital", "ORG"))
    text = ("Wiz sells cloud security. In May it raised $1 billion in a round led by Andreessen Horowitz, Sequoia "
            "and Thrive Capital that valued it at $12 billion.")
    found = typed_with(text, "en", extra)
    assert ("funding_round", ("subject", "Wiz"), ("amount", 1_000_000_000)) in found
    assert {dict(f[1:]).get("target") for f in found if f[0] == "investment"} == {"Wiz"}


def test_a_description_opening_a_paragraph_is_the_company_the_document_is_about() -> None:
    extra = (("Wiz", "ORG"), ("Microsoft", "ORG"))
    text = ("Wiz walks away from a deal. Wiz will stay independent. Wiz wants to list.\n"
            "Rappaport once ran Microsoft's research centre in Israel.\n"
            "Investors have poured money into the company. In February 2023 it raised $300 million.")
    assert ("funding_round", ("subject", "Wiz"), ("amount", 300_000_000)) in typed_with(text, "en", extra)
    # A description that says what kind of company: the one named last (Nvidia), whatever the document is about.
    extra = (("Amazon", "ORG"), ("Nvidia", "ORG"))
    text = ("Amazon invested. Amazon won. Amazon grew.\nNvidia sells chips.\n"
            "The chipmaker's revenue rose to $26 billion.")
    assert ("revenue", ("subject", "Nvidia"), ("amount", 26_000_000_000)) in typed_with(text, "en", extra)


def test_a_deputy_chief_executive_is_no_chief_executive() -> None:
    assert typed_roles("Der stellvertretende Vorstandschef Lutz Meschke sprach.", "de",
                       (("Lutz Meschke", "PERSON"),)) == [("Lutz Meschke", "deputy CEO", None)]
    assert ("Lutz Meschke", "deputy CEO", None) in typed_roles(
        "Finanzvorstand und Vize-Vorstandschef Lutz Meschke hatte den Börsengang vorbereitet.", "de",
        (("Lutz Meschke", "PERSON"),))


def test_chinese_totals_to_date_and_the_time_of_a_founding_are_no_facts() -> None:
    text = "旷视共完成9轮融资，累计募资逾74亿元人民币"
    assert [f for f in typed_with(text, "zh", (("旷视", "ORG"),)) if f[0] == "funding_round"] == []
    text = "旷视在创立之初就获得了联想之星的天使投资"
    assert [f for f in typed_with(text, "zh", (("旷视", "ORG"), ("联想之星", "ORG"))) if f[0] == "founded"] == []


def test_a_role_of_both_and_a_founding_told_after_a_preposition() -> None:
    names = (("Sundar Pichai", "PERSON"), ("Google", "ORG"), ("Alphabet", "ORG"))
    assert typed_roles("Sundar Pichai, the chief executive of both Google and Alphabet, was questioned.", "en",
                       names) == [("Sundar Pichai", "CEO", "Google")]
    text = ("Tableau grew out of a research project at Stanford University and was founded in 2003 by Christian "
            "Chabot, Chris Stolte and Pat Hanrahan.")
    names = (("Tableau", "ORG"), ("Stanford University", "ORG"), ("Christian Chabot", "PERSON"),
             ("Chris Stolte", "PERSON"), ("Pat Hanrahan", "PERSON"))
    assert [dict(f[1:])["org"] for f in typed_with(text, "en", names) if f[0] == "founded"] == ["Tableau"]


def test_a_share_price_and_a_segment_have_no_company_figure() -> None:
    assert [f for f in typed_with("The deal valued Fitbit at $7 a share in cash.", "en", (("Fitbit", "ORG"),))
            if f[0] == "valuation"] == []
    text = "2023年华为ICT基础设施业务收入为3620亿元，终端业务收入为2515亿元"
    assert [f for f in typed_with(text, "zh", (("华为", "ORG"),)) if f[0] == "revenue"] == []
    text = "2023年华为主营业务收入为7042亿元"
    assert [f[0] for f in typed_with(text, "zh", (("华为", "ORG"),))] == ["revenue"]


def test_a_pronoun_after_a_sentence_naming_two_is_its_subject() -> None:
    extra = (("Fitbit", "ORG"), ("Pebble", "ORG"))
    text = ("Fitbit went public in June 2015. In December 2016 the company bought assets of Pebble, a smartwatch "
            "pioneer. Competition wore its business down: revenue fell to $1 billion in 2019.")
    assert ("revenue", ("subject", "Fitbit"), ("amount", 1_000_000_000)) in typed_with(text, "en", extra)


def test_a_hong_kong_page_that_writes_its_dollars_out_tells_bare_yuan_in_renminbi() -> None:
    from ainews_cli.facts.amounts import _opens_in_hong_kong, _renminbi_page

    assert _opens_in_hong_kong("（港湾财经社记者邝家明香港2024年3月21日电）腾讯控股昨日公布业绩。")  # with its year
    assert _opens_in_hong_kong("腾讯去年收入6090亿人民币\n\n（港湾财经社记者邝家明香港2024年3月21日电）腾讯公布业绩。")
    # A Taiwanese page naming renminbi and Hong Kong dollars in passing is no Hong Kong page.
    taiwan = ("（中央社记者王心怡台北2024年1月18日电）台积电去年营收约2兆1617亿元。"
              "中芯国际营收约452亿元人民币，市值约3000亿港元。")
    assert _renminbi_page(taiwan) and not _opens_in_hong_kong(taiwan)
    assert _renminbi_page("腾讯全年收入为6090亿元人民币。派息总额约320亿港元。2022年，腾讯收入约5546亿元。")
    assert not _renminbi_page("商汤2020年收入约34.5亿元人民币。以每股3.85元招股，集资逾55亿元。")
    assert not _renminbi_page("鸿海营收约新台币6.6兆元，约合1500亿元人民币，派息约320亿港元。")


@pytest.mark.parametrize(("text", "lang", "extra", "expected"), [
    # The verb before its subject: a loss of value, a stake held.
    ("Binnen einer Woche verlor Wirecard an der Börse mehr als zwölf Milliarden Euro an Wert", "de",
     (("Wirecard", "ORG"),),
     ("market_value_change", ("subject", "Wirecard"), ("amount", 12_000_000_000), ("direction", "loss"))),
    ("Heute hält Siemens Energy 67 Prozent an dem spanischen Windturbinenbauer Siemens Gamesa", "de",
     (("Siemens Energy", "ORG"), ("Siemens Gamesa", "ORG")),
     ("stake", ("holder", "Siemens Energy"), ("target", "Siemens Gamesa"))),
    # A value at the exchange; money announced for a company.
    ("Damals war Wirecard an der Börse mehr als 24 Milliarden Euro wert", "de", (("Wirecard", "ORG"),),
     ("valuation", ("subject", "Wirecard"), ("amount", 24_000_000_000))),
    ("Im April kündigte der japanische Technologiekonzern Softbank an, rund 900 Millionen Euro in Wirecard zu stecken",
     "de", (("Softbank", "ORG"), ("Wirecard", "ORG")),
     ("investment", ("investor", "SoftBank"), ("target", "Wirecard"), ("amount", 900_000_000))),
    # Money spent to buy in; a founder named right after the founding.
    ("Stellantis斥资约15亿欧元入股零跑汽车", "zh", (("Stellantis", "ORG"), ("零跑汽车", "ORG")),
     ("investment", ("investor", "Stellantis"), ("target", "Leapmotor"), ("amount", 1_500_000_000))),
    ("零跑汽车于2015年12月在杭州成立，创始人朱江明此前是安防企业大华股份的联合创始人", "zh",
     (("零跑汽车", "ORG"), ("朱江明", "PERSON"), ("大华股份", "ORG")),
     ("founded", ("org", "Leapmotor"), ("founders", ["朱江明"]))),
])
def test_verbs_before_subjects_announced_money_and_founders_after(text: str, lang: str,
                                                                  extra: tuple[tuple[str, str], ...],
                                                                  expected: tuple) -> None:
    assert expected in typed_with(text, lang, extra)


def test_a_pronoun_after_a_deal_between_two_named_companies() -> None:
    # Whose chief executive follows a deal between two is a guess; a value is the one invested in's, money put
    # in the investor's.
    extra = (("Amazon", "ORG"), ("Anthropic", "ORG"), ("Dario Amodei", "PERSON"))
    text = "Amazon invested $4 billion in Anthropic last year. Its chief executive Dario Amodei spoke."
    assert typed_roles(text, "en", extra) in ([("Dario Amodei", "CEO", None)], [])
    text = "Amazon invested $4 billion in Anthropic last year. It is now valued at $18 billion."
    assert [f for f in typed_with(text, "en", extra) if f[0] == "valuation"] == [
        ("valuation", ("subject", "Anthropic"), ("amount", 18_000_000_000))]
    extra = (("Microsoft", "ORG"), ("OpenAI", "ORG"))
    text = ("Microsoft has invested about $13 billion in OpenAI and is its largest backer. It first put $1 billion "
            "into the lab in 2019.")
    assert ("investment", ("investor", "Microsoft"), ("target", "OpenAI"), ("amount", 1_000_000_000)) in typed_with(
        text, "en", extra)
    # A company bought is no deal told of: whose chief executive follows is a guess.
    extra = (("Google", "ORG"), ("Fitbit", "ORG"), ("James Park", "PERSON"))
    assert typed_roles("Google bought Fitbit in 2021. Its chief executive James Park stayed.", "en", extra) in (
        [("James Park", "CEO", None)], [])


def test_what_this_stop_s_review_found() -> None:
    # A named round and a year's total are rounds; a count of rounds is a total.
    assert [f[0] for f in typed_with("壁仞科技周二宣布完成总额10亿元的C1轮融资", "zh", (("壁仞科技", "ORG"),))] == [
        "funding_round"]
    assert [f[0] for f in typed_with("月之暗面2023年累计获得超过10亿美元融资", "zh", (("月之暗面", "ORG"),))] == [
        "funding_round"]
    # A department that is all of one: "head of all product".
    assert typed_roles("Kevin Weil, head of all product at OpenAI, spoke.", "en", (
        ("Kevin Weil", "PERSON"), ("OpenAI", "ORG"))) == [("Kevin Weil", "head of all product", "OpenAI")]
    assert typed_roles("Er sprach mit dem stellvertretenden Vorstandschef Lutz Meschke.", "de",
                       (("Lutz Meschke", "PERSON"),)) == [("Lutz Meschke", "deputy CEO", None)]
    # A goal reached is a figure.
    text = "Cognition hit its goal of $100 million in annual recurring revenue in June."
    assert [f[0] for f in typed_with(text, "en", (("Cognition", "ORG"),))] == ["revenue"]
    # The company a paragraph opens with after a sentence about another's sales: that one.
    extra = (("Contoso", "ORG"), ("Apple", "ORG"))
    text = ("Contoso grew. Contoso hired. Contoso won.\nMeanwhile, Apple's iPhone sales in China fell.\n"
            "The company reported revenue of $85 billion for the quarter.")
    assert ("revenue", ("subject", "Apple"), ("amount", 85_000_000_000)) in typed_with(text, "en", extra)


@pytest.mark.parametrize(("text", "lang", "extra", "kinds"), [
    # A figure after an investment is no more the one invested in's than the investor's.
    ("Microsoft has invested about $13 billion in OpenAI. It reported revenue of $62 billion for the quarter", "en",
     (("Microsoft", "ORG"), ("OpenAI", "ORG")), ["investment"]),
    # Value lost by the company named in the clause that loses it.
    ("Am Dienstag gewann Nvidia fünf Prozent, während Intel rund 20 Milliarden Dollar an Wert verlor", "de",
     (("Nvidia", "ORG"), ("Intel", "ORG")), []),
    # The investor opens the clause that spends.
    ("大众汽车去年与上汽集团续签合作协议，今年又斥资7亿美元入股小鹏汽车", "zh",
     (("大众汽车", "ORG"), ("上汽集团", "ORG"), ("小鹏汽车", "ORG")), []),
    # A goal set is no figure.
    ("OpenAI aims for revenue of $100 billion by 2029", "en", (("OpenAI", "ORG"),), []),
    # Two rounds, or four years, summed are no round.
    ("月之暗面先后完成A、B两轮融资，累计融资超过13亿美元", "zh", (("月之暗面", "ORG"),), []),
    ("智谱AI成立四年累计融资逾40亿元", "zh", (("智谱AI", "ORG"),), []),
])
def test_what_the_second_review_found(text: str, lang: str, extra: tuple[tuple[str, str], ...],
                                      kinds: list[str]) -> None:
    assert [f[0] for f in typed_with(text, lang, extra)] == kinds


def test_a_role_of_all_of_a_company() -> None:
    assert typed_roles("Sam Altman, chief executive of all of OpenAI's businesses, spoke.", "en", (
        ("Sam Altman", "PERSON"), ("OpenAI", "ORG"))) == [("Sam Altman", "CEO", "OpenAI")]


@pytest.mark.parametrize(
    ("lang", "text", "extra", "expected"),
    [
        # A former employer in the holder's apposition is not what "its" stands for.
        ("en", "Five9 was founded in 2001. Rowan Trollope, a former Cisco executive, has been its chief executive.",
         (("Five9", "ORG"), ("Rowan Trollope", "PERSON")), [("Rowan Trollope", "CEO", "Five9")]),
        # Chinese posts: an executive director, an executive chairman, a finance director, Taiwan's co-presidents.
        ("zh", "中兴通讯公布年报。执行董事徐子阳出席。", (("徐子阳", "PERSON"),),
         [("徐子阳", "executive director", "ZTE")]),
        ("zh", "商湯執行董事長徐立出席。", (("徐立", "PERSON"),), [("徐立", "executive chairman", "SenseTime")]),
        ("zh", "小米集团独立非执行董事蔡金勇辞任。", (("蔡金勇", "PERSON"),), [("蔡金勇", "board member", "Xiaomi")]),
        ("zh", "汇丰非执行董事长杜嘉祺出席。", (("汇丰", "ORG"), ("杜嘉祺", "PERSON")),
         [("杜嘉祺", "chairman", "汇丰")]),
        ("zh", "京东集团财务总监助理王伟出席会议。", (("王伟", "PERSON"),), []),
        # A former employer however written; the one a deal before was in ("agreed to buy Five9") is "its".
        ("en", "Five9 was founded in 2001. Rowan Trollope, who previously worked at Cisco, has been its chief "
         "executive.",
         (("Five9", "ORG"), ("Rowan Trollope", "PERSON")), [("Rowan Trollope", "CEO", "Five9")]),
        ("en", "Zoom agreed to buy Five9. Rowan Trollope, a former Cisco executive, has been its chief executive.",
         (("Five9", "ORG"), ("Rowan Trollope", "PERSON")), [("Rowan Trollope", "CEO", "Five9")]),
        ("zh", "中兴通讯财务总监李莹签字。", (("李莹", "PERSON"),), [("李莹", "CFO", "ZTE")]),
        ("zh", "聯華電子共同總經理王石表示樂觀。", (("王石", "PERSON"),), [("王石", "co-president", "UMC")]),
    ],
)
def test_posts_of_the_twentieth_set(lang: str, text: str, extra: tuple[tuple[str, str], ...],
                                    expected: list[tuple]) -> None:
    assert typed_roles(text, lang, extra) == expected


@pytest.mark.parametrize(
    ("lang", "text", "extra", "expected"),
    [
        # A verb of naming, an article before the post; a post held where a relative clause after a company says
        # (at none after a place).
        ("en", "One day after Oracle named Mark Hurd a co-president, HP sued.", (("Mark Hurd", "PERSON"),),
         [("Mark Hurd", "co-president", "Oracle")]),
        ("en", "HP hired Mark Hurd in 2005 from NCR, where he was chief executive.", (("Mark Hurd", "PERSON"),),
         [("Mark Hurd", "CEO", "NCR")]),
        ("en", "Jane Roe moved to London, where she was chief executive of a bank.",
         (("Jane Roe", "PERSON"), ("London", "LOC")), [("Jane Roe", "CEO", None)]),
        # Executive chairmen, in English and Chinese.
        ("en", "Paul Jacobs, Qualcomm's executive chairman, spoke.", (("Paul Jacobs", "PERSON"),),
         [("Paul Jacobs", "executive chairman", "Qualcomm")]),
        ("zh", "张勇出任阿里巴巴集团首席执行官，马云仍担任阿里巴巴集团董事局执行主席。", (("张勇", "PERSON"),),
         [("张勇", "CEO", "Alibaba Group"), ("Jack Ma", "executive chairman", "Alibaba Group")]),
        # Taking the lead together makes co-CEOs.
        ("de", "Jennifer Morgan und Christian Klein übernehmen gemeinsam die Führung von SAP.",
         (("Jennifer Morgan", "PERSON"), ("Christian Klein", "PERSON")),
         [("Christian Klein", "co-CEO", "SAP"), ("Jennifer Morgan", "co-CEO", "SAP")]),
        # The one a post was taken over from held it before; not a post the successor held before, nor one a plan
        # names.
        ("zh", "阿里巴巴集团昨日完成交接，吴泳铭接替张勇出任集团首席执行官，蔡崇信出任董事会主席。", (),
         [("Eddie Wu", "CEO", "Alibaba Group"), ("Joseph Tsai", "chairman", "Alibaba Group"),
          ("Daniel Zhang", "CEO", "Alibaba Group")]),
        ("de", "Daimler-Chef Ola Källenius, der im Mai 2019 auf Dieter Zetsche folgte, begründete die Aufspaltung.",
         (("Ola Källenius", "PERSON"), ("Dieter Zetsche", "PERSON"), ("Daimler", "ORG")),
         [("Ola Källenius", "CEO", "Daimler"), ("Dieter Zetsche", "CEO", "Daimler")]),
        ("en", "Intel said VMware chief executive Pat Gelsinger would return to the company to replace Bob Swan as "
         "CEO.",
         (("Pat Gelsinger", "PERSON"), ("Bob Swan", "PERSON")), [("Pat Gelsinger", "CEO", "VMware")]),
        # A post one handed over, a role a joined verb gives after the one handed it: the giver's (not the one a
        # relative clause of the one handed it gives).
        ("en", "Bezos handed the job to Andy Jassy, the longtime head of Amazon Web Services, on July 5 and became "
         "executive chairman.", (("Bezos", "PERSON"), ("Andy Jassy", "PERSON")),
         [("Bezos", "executive chairman", None)]),
        ("en", "Steve Jobs resigned on Wednesday and handed the job to Tim Cook, who had been chief operating officer.",
         (("Steve Jobs", "PERSON"), ("Tim Cook", "PERSON")), [("Tim Cook", "COO", None)]),
        # Joined after a clause of one's past, the post after a comma.
        ("zh", "柳青曾任高盛亚洲董事总经理，于2014年7月加盟滴滴，出任首席运营官。", (("柳青", "PERSON"),),
         [("柳青", "managing director", "Goldman Sachs Asia"), ("柳青", "COO", "Didi Global")]),
    ],
)
def test_posts_of_the_thirty_seventh_set(lang: str, text: str, extra: tuple[tuple[str, str], ...],
                                         expected: list[tuple]) -> None:
    assert typed_roles(text, lang, extra) == expected


@pytest.mark.parametrize(
    ("lang", "text", "extra", "expected"),
    [
        # Joined, the post naming the organisation again or its kind; in a headline a space ends the clause.
        ("zh", "陆奇正式加盟百度，出任百度集团总裁兼首席运营官。", (("陆奇", "PERSON"),),
         [("陆奇", "president", "Baidu"), ("陆奇", "COO", "Baidu")]),
        ("zh", "陆奇加盟百度 出任集团总裁", (("陆奇", "PERSON"),), [("陆奇", "president", "Baidu")]),
        # ... but not a post at another organisation after it.
        ("zh", "陆奇加盟百度，出任微软总裁。", (("陆奇", "PERSON"),), [("陆奇", "president", "Microsoft")]),
        # ... or later promoted to it.
        ("zh", "陆奇1998年加入雅虎，后升任执行副总裁，负责搜索和广告技术。", (("陆奇", "PERSON"),),
         [("陆奇", "executive vice president", "Yahoo")]),
        # A vice chairman of the board sits on it as more than a member; a global title is the title.
        ("zh", "陆奇出任百度董事会副董事长。", (("陆奇", "PERSON"),), [("陆奇", "vice chairman", "Baidu")]),
        ("zh", "微软全球执行副总裁陆奇表示同意。", (("陆奇", "PERSON"),),
         [("陆奇", "executive vice president", "Microsoft")]),
        # The chief's post taken over with no organisation after it: the one the holder's post is known at, and the
        # predecessor held it before.
        ("de", "Nokia-Chef Combes warb für das Geschäft. Combes hatte den Chefposten im April 2013 von Ben Verwaayen "
         "übernommen.", (("Combes", "PERSON"), ("Ben Verwaayen", "PERSON")),
         [("Combes", "CEO", "Nokia"), ("Ben Verwaayen", "CEO", "Nokia")]),
    ],
)
def test_posts_of_the_thirty_eighth_set(lang: str, text: str, extra: tuple[tuple[str, str], ...],
                                        expected: list[tuple]) -> None:
    assert typed_roles(text, lang, extra) == expected


@pytest.mark.parametrize(("text", "qualifier"), [
    ("百度宣布，前微软全球执行副总裁陆奇加盟百度。", "前"),
    ("原微软总裁陆奇表示同意。", "原"),
    # 前 and 原 close other words here: "currently", "before this".
    ("目前微软总裁陆奇表示同意。", None),
    ("此前微软总裁陆奇表示同意。", None),
])
def test_a_chinese_qualifier_before_the_organisation_of_a_post(text: str, qualifier: str | None) -> None:
    from ainews_cli.records import EntityMention

    entities = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, "zh"), TABLE)
    entities = sorted([*entities, *(EntityMention("陆奇", m.start(), m.end(), "PERSON", "陆奇", "model:test")
                                   for m in re.finditer("陆奇", text))], key=lambda e: e.start)
    roles = [f.details for f in extract_facts(text, [Sentence(0, len(text), "zh")], entities) if f.kind == "role"]
    assert [(r.person, r.org, r.qualifier) for r in roles] == [("陆奇", "Microsoft", qualifier)]


def test_a_paragraph_opening_with_another_company_gives_no_post_to_the_one_the_document_is_about() -> None:
    from ainews_cli.facts import extract_facts
    from ainews_cli.records import EntityMention

    body = ("Infineon kauft Cypress\n\nInfineon übernimmt Cypress. Infineon zahlt bar.\n\n"
            "Cypress ist kleiner. Im Jahr 2018 setzte es viel um. Rodgers führte es als Vorstandschef.\n\n"
            "Vorstandschef Reinhard Ploss lobte den Kauf. Infineon wächst.")
    entities = sorted([EntityMention(name, m.start(), m.end(), label, name, "model:test")
                       for name, label in (("Infineon", "ORG"), ("Cypress", "ORG"), ("Rodgers", "PERSON"),
                                           ("Reinhard Ploss", "PERSON"))
                       for m in re.finditer(name, body)], key=lambda e: e.start)
    starts = [0, *(m.end() for m in re.finditer(r"(?<=[.])\s+|\n\n", body))]
    sentences = [Sentence(s, e, "de") for s, e in zip(starts, [*starts[1:], len(body)], strict=True)]
    roles = [(f.details.person, f.details.org) for f in extract_facts(body, sentences, entities) if f.kind == "role"]
    assert roles == [("Rodgers", None), ("Reinhard Ploss", "Infineon")]
    # A paragraph naming the company before the sentence keeps it; one opening with a list of others does not.
    for opening, org in (("Cypress ist kleiner. Im Jahr 2018 setzte es viel um. Infineon wächst.", "Infineon"),
                         ("Cypress und Nvidia bauen Chips. Im Jahr 2018 wuchsen beide.", None)):
        text = body.replace("Cypress ist kleiner. Im Jahr 2018 setzte es viel um.", opening).replace(
            "Rodgers führte es als Vorstandschef.", "Vorstandschef Jochen Hanebeck lobte den Kauf.")
        mentions = sorted([EntityMention(name, m.start(), m.end(), label, name, "model:test")
                           for name, label in (("Infineon", "ORG"), ("Cypress", "ORG"), ("Nvidia", "ORG"),
                                               ("Reinhard Ploss", "PERSON"), ("Jochen Hanebeck", "PERSON"))
                           for m in re.finditer(name, text)], key=lambda e: e.start)
        starts = [0, *(m.end() for m in re.finditer(r"(?<=[.])\s+|\n\n", text))]
        parts = [Sentence(s, e, "de") for s, e in zip(starts, [*starts[1:], len(text)], strict=True)]
        assert [f.details.org for f in extract_facts(text, parts, mentions)
                if f.kind == "role" and f.details.person == "Jochen Hanebeck"] == [org]


@pytest.mark.parametrize(
    ("lang", "text", "extra", "expected"),
    [
        # Founders: the list after "by" ends where an apposition of them all begins; one of each goes on with it.
        ("en", "Cerner was founded in 1979 by Neal Patterson, Paul Gorup and Cliff Illig, three colleagues from "
         "the accounting firm Arthur Andersen.",
         (("Cerner", "ORG"), ("Neal Patterson", "PERSON"), ("Paul Gorup", "PERSON"), ("Cliff Illig", "PERSON"),
          ("Arthur Andersen", "PERSON")),
         [("founded", ("org", "Cerner"), ("founders", ["Cliff Illig", "Neal Patterson", "Paul Gorup"]))]),
        ("en", "MosaicML was co-founded in 2021 by Naveen Rao, its chief executive, and Hanlin Tang, its chief "
         "technology officer.",
         (("MosaicML", "ORG"), ("Naveen Rao", "PERSON"), ("Hanlin Tang", "PERSON")),
         [("founded", ("org", "MosaicML"), ("founders", ["Hanlin Tang", "Naveen Rao"]))]),
        # ... and those it was founded "with".
        ("en", "Larry Ellison co-founded Oracle in 1977 with Bob Miner and Ed Oates, two former colleagues.",
         (("Bob Miner", "PERSON"), ("Ed Oates", "PERSON")),
         [("founded", ("org", "Oracle"), ("founders", ["Bob Miner", "Ed Oates", "Larry Ellison"]))]),
        ("en", "Larry Ellison founded Oracle in 1977 with backing from investors.", (),
         [("founded", ("org", "Oracle"), ("founders", ["Larry Ellison"]))]),
        # A founding participle opening a description of the one the sentence before opened with.
        ("de", "Cypress ist deutlich kleiner. Das 1982 von T J Rodgers mitgegründete Unternehmen stellt Chips her.",
         (("Cypress", "ORG"), ("T J Rodgers", "PERSON")),
         [("founded", ("org", "Cypress"), ("founders", ["T J Rodgers"]))]),
        # ... not where the sentence before names another: which one is a guess.
        ("de", "Contentful holte sich Geld unter Führung von Tiger Global. Das 2013 von Sascha Konietzke "
         "gegründete Unternehmen sitzt in Berlin.",
         (("Contentful", "ORG"), ("Tiger Global", "ORG"), ("Sascha Konietzke", "PERSON")), []),
        ("de", "Siemens hat sich von Osram getrennt. Das 1919 gegründete Unternehmen gehört heute zu AMS.",
         (("Osram", "ORG"), ("AMS", "ORG")), []),
        # Founders "with": not one who opens a clause of his own, nor one named only as a backer.
        ("en", "Larry Ellison co-founded Oracle in 1977 with Bob Miner and Ed Oates, and Safra Catz joined it in 1999.",
         (("Bob Miner", "PERSON"), ("Ed Oates", "PERSON"), ("Safra Catz", "PERSON")),
         [("founded", ("org", "Oracle"), ("founders", ["Bob Miner", "Ed Oates", "Larry Ellison"]))]),
        ("de", "Dietmar Hopp gründete SAP 1972 mit Hasso Plattner und Klaus Tschira in Weinheim.",
         (("Dietmar Hopp", "PERSON"), ("Hasso Plattner", "PERSON"), ("Klaus Tschira", "PERSON")),
         [("founded", ("org", "SAP"), ("founders", ["Dietmar Hopp", "Hasso Plattner", "Klaus Tschira"]))]),
        ("en", "Palmer Luckey founded Anduril in 2017 with Peter Thiel's backing.",
         (("Palmer Luckey", "PERSON"), ("Peter Thiel", "PERSON"), ("Anduril", "ORG")),
         [("founded", ("org", "Anduril"), ("founders", ["Palmer Luckey"]))]),
        ("de", "Jonas Andrulis gründete Aleph Alpha 2019 mit Samuel Weinbach, und Dieter Schwarz stieg später ein.",
         (("Jonas Andrulis", "PERSON"), ("Samuel Weinbach", "PERSON"), ("Dieter Schwarz", "PERSON")),
         [("founded", ("org", "Aleph Alpha"), ("founders", ["Jonas Andrulis", "Samuel Weinbach"]))]),
    ],
)
def test_founders_listed_and_founded_with(lang: str, text: str, extra: tuple[tuple[str, str], ...],
                                          expected: list[tuple]) -> None:
    assert typed_with(text, lang, extra) == expected


@pytest.mark.parametrize(
    ("lang", "text", "extra", "expected"),
    [
        # A deal right after the cue is what it values; a demonstrative opening the sentence, an offer told before.
        ("de", "Infineon zahlt bar; einschließlich der Schulden bewertet die Transaktion das US-Unternehmen mit "
         "rund neun Milliarden Euro.", (("Cypress", "ORG"),), []),
        ("en", "Zoom had announced the all-stock deal on July 18, offering Zoom shares for each Five9 share. "
         "At the time, that valued Five9 at about $15 billion.", (("Five9", "ORG"), ("Zoom", "ORG")), []),
        # ... but a relative "that" after a round values the company; so does a demonstrative after money raised.
        ("en", "ElevenLabs raised money after a $19 million Series A, led in June by the same investors, that valued "
         "ElevenLabs at about $100 million.", (("ElevenLabs", "ORG"),),
         [("valuation", ("subject", "ElevenLabs"), ("amount", 100_000_000)),
          ("funding_round", ("subject", "ElevenLabs"), ("amount", 19_000_000))]),
        ("en", "Mistral AI raised $600 million on Tuesday. That valued Mistral AI at $6 billion.", (),
         [("funding_round", ("subject", "Mistral AI"), ("amount", 600_000_000)),
          ("valuation", ("subject", "Mistral AI"), ("amount", 6_000_000_000))]),
        # ... as after a listing, a tender offer or a round's investors: no offer for the company.
        ("en", "Arm sold shares at $51 each in its initial public offering on Wednesday. That valued Arm at about "
         "$54 billion.", (("Arm", "ORG"),), [("valuation", ("subject", "Arm"), ("amount", 54_000_000_000))]),
        ("en", "Employees sold shares in a tender offer led by Thrive Capital. That valued OpenAI at $86 billion.",
         (("Thrive Capital", "ORG"),), [("valuation", ("subject", "OpenAI"), ("amount", 86_000_000_000))]),
        ("de", "Thrive Capital führte die Runde an. Das bewertet OpenAI mit 157 Milliarden Dollar.",
         (("Thrive Capital", "ORG"),), [("valuation", ("subject", "OpenAI"), ("amount", 157_000_000_000))]),
        ("en", "Thrive Capital agreed to buy shares from OpenAI employees. That valued OpenAI at $86 billion.",
         (("Thrive Capital", "ORG"),), [("valuation", ("subject", "OpenAI"), ("amount", 86_000_000_000))]),
    ],
)
def test_what_a_deal_or_an_offer_values_is_no_valuation(lang: str, text: str, extra: tuple[tuple[str, str], ...],
                                                        expected: list[tuple]) -> None:
    assert typed_with(text, lang, extra) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oracle makes databases. Before trading opened, the company had been worth around $264 billion.",
         [("valuation", ("subject", "Oracle"), ("amount", 264_000_000_000))]),
        # IPO proceeds told with a participle, the company a description stands for (not the one left).
        ("Yuan founded Zoom in 2011 after leaving Cisco. The company went public in April 2019, raising about "
         "$357 million at $36 a share.",
         [("founded", ("org", "Zoom"), ("founders", ["Yuan"])),
          ("funding_round", ("subject", "Zoom"), ("amount", 357_000_000))]),
        # Money collected in a round; not money collected otherwise.
        ("Zoom makes video calls. In May it collected $1 billion in a round led by Cisco.",
         [("investment", ("investor", "Cisco"), ("target", "Zoom")),
          ("funding_round", ("subject", "Zoom"), ("amount", 1_000_000_000))]),
        ("Zoom makes video calls. In May it collected $1 billion in fees.", []),
        # ... after another participle ("and raising"), and by a company a hyphenated description stands for; but an
        # apposition stands for the name it follows, even one opening its sentence ("Asana, the … company").
        ("Zoom priced the shares at $36, selling 10 million of them and raising $357 million.",
         [("funding_round", ("subject", "Zoom"), ("amount", 357_000_000))]),
        ("Zoom went public. The video-calling company raised $357 million.",
         [("funding_round", ("subject", "Zoom"), ("amount", 357_000_000))]),
        ("Zoom went public. Asana, the workplace-software company, raised $357 million.", []),
        ("Zoom went public. Meanwhile, the company raised $357 million.",
         [("funding_round", ("subject", "Zoom"), ("amount", 357_000_000))]),
        # What a round valued is no one who put money in ("it" is not Cisco, and no guess is left).
        ("A round was led by the Ontario Teachers' Pension Plan Board. Cisco had put $50 million into the company in "
         "2017, and Microsoft joined a round in 2018 that valued it at $2 billion.", []),
        # An exchange is no company a description stands for; a share controlled is held.
        ("Zoom joined the New York Stock Exchange on Tuesday. The stock opened at $165. At that price the company had "
         "a market value of about $26 billion.", [("valuation", ("subject", "Zoom"), ("amount", 26_000_000_000))]),
        ("Through Cisco, Zoom now controls about 80 percent of VMware.",
         [("stake", ("holder", "Zoom"), ("target", "VMware"))]),
        # "The group" after a group of investors was told is those investors, no company: "the company" is Skype.
        ("The seller is a group of investors led by Cisco. eBay sold 65% of Zoom to the group, in a deal that valued "
         "the company at $3 billion.", [("valuation", ("subject", "Zoom"), ("amount", 3_000_000_000))]),
        # ... not a forecast raised, nor a round still being raised.
        ("Zoom reported results on Monday, raising its forecast to $4 billion.", []),
        ("Zoom is raising about $357 million.", []),
        # A revenue's change past the period it is for.
        ("Zoom said revenue for its fiscal second quarter, which ended on Nov 30, rose 6% to $10 billion.",
         [("revenue", ("subject", "Zoom"), ("amount", 10_000_000_000))]),
    ],
)
def test_worth_had_been_and_proceeds_raised(text: str, expected: list[tuple]) -> None:
    assert typed_with(text, "en", (("Zoom", "ORG"), ("Cisco", "ORG"), ("Yuan", "PERSON"))) == expected


def test_where_money_came_from_and_a_regulator_are_not_what_a_later_it_or_company_means() -> None:
    text = ("GitHub was founded in 2008. In July 2012 it took $100 million from Andreessen Horowitz. "
            "In July 2015 it raised $250 million in a round led by Sequoia Capital that valued it at $2 billion.")
    found = typed_with(text, "en", (("GitHub", "ORG"), ("Andreessen Horowitz", "ORG"), ("Sequoia Capital", "ORG")))
    assert ("funding_round", ("subject", "GitHub"), ("amount", 250_000_000)) in found
    assert ("valuation", ("subject", "GitHub"), ("amount", 2_000_000_000)) in found
    text = ("Britain's Competition and Markets Authority cleared the deal in June. "
            "In July the two sides cut the price, valuing the company at roughly $1.4 billion.")
    found = typed_with(text, "en", (("Competition and Markets Authority", "ORG"),))
    assert [f for f in found if f[0] == "valuation"] == []


def test_a_description_with_the_line_of_business_a_credit_after_a_name_and_a_segments_revenue() -> None:
    # "这家短视频公司" stands for the company named before, like "这家公司".
    text = "快手昨日在港交所上市。此次全球发售中，这家短视频公司共发行约4亿股新股，募集资金约420亿港元。"
    found = typed_with(text, "zh", (("快手", "ORG"),))
    assert ("funding_round", ("subject", "快手"), ("amount", 42_000_000_000)) in found
    # A name a photo's source follows ("资料图片") is no party; a line of business's revenue is no company's.
    text = "騰訊控股昨日公布業績。（圖：騰訊的總部大樓。港灣財經社資料圖片）這家互聯網巨頭去年的收入為6090億元。"
    found = typed_with(text, "zh", (("騰訊控股", "ORG"), ("港灣財經社", "ORG")))
    assert [f[1] for f in found if f[0] == "revenue"] == [("subject", "Tencent")]
    text = "騰訊控股昨日公布業績。這家互聯網巨頭去年的網絡廣告收入為1015億元。"
    assert [f for f in typed_with(text, "zh", (("騰訊控股", "ORG"),)) if f[0] == "revenue"] == []


def test_a_reporters_agency_and_a_photo_archive_are_credits() -> None:
    from ainews_cli.facts.parties import credited_only
    from ainews_cli.records import EntityMention

    text = "（寶島經貿通訊社記者邱姿菁台北2019年1月2日電）華碩今日證實。（圖：總部大樓。寶島經貿通訊社資料照片）"
    agency = [EntityMention("寶島經貿通訊社", m.start(), m.end(), "ORG", "寶島經貿通訊社", "model:test")
              for m in re.finditer("寶島經貿通訊社", text)]
    assert credited_only(text, agency) == {"寶島經貿通訊社"}


@pytest.mark.parametrize(
    ("text", "lang", "names", "expected"),
    [
        ("Arm's listing raised $5 billion.", "en", ("Arm",), [("Arm", 5_000_000_000)]),
        ("Arm went public in September. The IPO raised $5 billion.", "en", ("Arm",), [("Arm", 5_000_000_000)]),
        ("Qualtrics ging am Donnerstag an die Nasdaq. Der Börsengang brachte rund 2 Milliarden Dollar ein.", "de",
         ("Qualtrics",), [("Qualtrics", 2_000_000_000)]),
        ("美的昨日在港交所上市。此次全球发售共募集资金约310亿港元，是今年规模最大的上市。", "zh", ("美的",),
         [("美的", 31_000_000_000)]),
        # Not a listing's money: hopes raised; a listing that "hatte" something.
        ("Arm went public in September. The listing raised hopes for chip firms worth $5 billion.", "en", ("Arm",), []),
        ("Qualtrics ging an die Nasdaq. Der Börsengang hatte Aufsehen erregt, 2 Milliarden Dollar ein Rekord.", "de",
         ("Qualtrics",), []),
    ],
)
def test_the_money_a_listing_raised_is_a_round_of_the_company_that_listed(
        text: str, lang: str, names: tuple[str, ...], expected: list[tuple[str, int]]) -> None:
    found = typed_with(text, lang, tuple((name, "ORG") for name in names))
    assert [(dict(f[1:])["subject"], dict(f[1:])["amount"]) for f in found if f[0] == "funding_round"] == expected


def test_who_leads_a_board_is_its_chairman() -> None:
    text = "Daimler Truck ging an die Börse. Den Aufsichtsrat von Daimler Truck führt der frühere Chef Joe Kaeser."
    assert ("Joe Kaeser", "chairman", "Daimler Truck") in typed_roles(
        text, "de", (("Joe Kaeser", "PERSON"), ("Daimler Truck", "ORG")))
    text = "Den Aufsichtsrat der Porsche AG wie auch den der Porsche SE führt Wolfgang Porsche, ein Enkel des Gründers."
    assert typed_roles(text, "de", (("Wolfgang Porsche", "PERSON"), ("Porsche AG", "ORG"), ("Porsche SE", "ORG"))) \
        == [("Wolfgang Porsche", "chairman", "Porsche AG")]
    assert typed_roles("Den Aufsichtsrat hat Joe Kaeser verlassen.", "de", (("Joe Kaeser", "PERSON"),)) == []


# A list of holders after a role's copula stops where a clause of its own begins; a shared post a verb gives
# to a pair is both's; the organisation before 由 is the post's.
@pytest.mark.parametrize(
    ("text", "extra", "expected"),
    [
        ("目前，中芯国际董事长为周子学，赵海军和梁孟松担任联合首席执行官。",
         (("周子学", "PERSON"), ("赵海军", "PERSON"), ("梁孟松", "PERSON")),
         [("周子学", "chairman", "SMIC"), ("梁孟松", "co-CEO", "SMIC"), ("赵海军", "co-CEO", "SMIC")]),
        ("创始人包括达里奥·阿莫迪、丹妮拉·阿莫迪和汤姆·布朗。",
         (("达里奥·阿莫迪", "PERSON"), ("丹妮拉·阿莫迪", "PERSON"), ("汤姆·布朗", "PERSON")),
         [("Dario Amodei", "founder", None), ("Daniela Amodei", "founder", None), ("汤姆·布朗", "founder", None)]),
        ("日月光投控由張虔生擔任董事長。", (("張虔生", "PERSON"),), [("張虔生", "chairman", "ASE Technology Holding")]),
    ],
)
def test_chinese_lists_of_holders_and_posts_given_by_an_organisation(
        text: str, extra: tuple[tuple[str, str], ...], expected: list[tuple]) -> None:
    assert typed_roles(text, "zh", extra) == expected


def test_a_company_in_a_group_the_sentence_opens_with_is_not_its_subject() -> None:
    # "包括…在内的多家机构": the institutions open the sentence, not Oaktree; the next posts are not Oaktree's.
    extra = (("橡树资本", "ORG"), ("王卫", "PERSON"))
    opening = "包括橡树资本在内的多家机构作为基石投资者参与了此次认购。"
    assert typed_roles(opening + "创始人、董事长王卫今日致辞。", "zh", extra) == \
        [("王卫", "founder", None), ("王卫", "chairman", None)]
    assert typed_roles("橡树资本作为基石投资者参与了此次认购。创始人、董事长王卫今日致辞。", "zh", extra) == \
        [("王卫", "founder", "橡树资本"), ("王卫", "chairman", "橡树资本")]


def test_a_prospectus_is_no_offering() -> None:
    # A sentence citing a prospectus tells no offering whose gross proceeds would be a round, not a total.
    from ainews_cli import han
    from ainews_cli.facts.typed import _OFFERING

    assert _OFFERING.search("据招股书统计，旷视共完成9轮融资，累计募资逾74.6亿元人民币。") is None
    assert _OFFERING.search(han.normalised("招股書顯示")) is None  # read folded, as the facts stage reads it
    assert _OFFERING.search("快手在20日重新招股") is not None


def test_an_organisation_another_s_post_claims_leaves_the_others_to_the_document_s() -> None:
    text = ("Intel steckt in der Krise. Intel verliert Geld. Intel-Chef Pat Gelsinger ist zurückgetreten. Seit Sonntag "
            "führen Finanzchef David Zinsner und Michelle Johnston Holthaus, die neu ernannte Chefin der Produktsparte "
            "Globex Products, das Unternehmen übergangsweise gemeinsam.")
    extra = (("David Zinsner", "PERSON"), ("Michelle Johnston Holthaus", "PERSON"), ("Globex Products", "ORG"))
    assert typed_roles(text, "de", extra) == [("Pat Gelsinger", "CEO", "Intel"), ("David Zinsner", "CFO", "Intel"),
                                             ("Michelle Johnston Holthaus", "CEO", "Globex Products")]
    # ... but an organisation of its own claimed by another's post leaves none to the document's.
    text = ("OpenAI wächst. OpenAI forscht. OpenAI verkauft. Microsoft-Chef Satya Nadella und Chefwissenschaftler "
            "Peter Lee kamen.")
    assert typed_roles(text, "de", (("Peter Lee", "PERSON"),)) == \
        [("Satya Nadella", "CEO", "Microsoft"), ("Peter Lee", "chief scientist", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # A post still held, told with "bis heute", "inzwischen", "weiterhin".
    ("SAP wächst. SAP forscht. SAP verkauft. Mitgründer Hasso Plattner ist bis heute Vorsitzender des Aufsichtsrats.",
     [("Hasso Plattner", "co-founder", "SAP"), ("Hasso Plattner", "chairman", "SAP")]),
    # ... but the head of a unit of a company is not the company's chief, unless the text names the unit.
    ("Microsoft wächst. Microsoft forscht. Microsoft verkauft. Mustafa Suleyman ist inzwischen Chef der KI-Sparte von "
     "Microsoft.", [("Mustafa Suleyman", "CEO", None)]),
    ("Das Geschäft führt Michelle Johnston Holthaus, die neu ernannte Chefin der Produktsparte Globex Products.",
     [("Michelle Johnston Holthaus", "CEO", "Globex Products")]),
])
def test_german_posts_still_held_and_heads_of_units(text: str, expected: list[tuple]) -> None:
    extra = (("Hasso Plattner", "PERSON"), ("Mustafa Suleyman", "PERSON"), ("Michelle Johnston Holthaus", "PERSON"),
             ("Globex Products", "ORG"))
    assert typed_roles(text, "de", extra) == expected


@pytest.mark.parametrize(
    ("lang", "text", "extra", "expected"),
    [
        # A company named after "von" in another clause founded nothing: only the list before the founding's verb.
        ("de", "Bekannt wurden die Samwers mit Alando, einem Auktionshaus nach dem Vorbild von eBay, das sie 1999 "
         "gründeten.", (("Alando", "ORG"),), [("founded", ("org", "Alando"), ("founders", []))]),
        ("de", "Qualtrics war 2002 von Ryan Smith, seinem Vater Scott Smith und Stuart Orgill gegründet worden.",
         (("Qualtrics", "ORG"), ("Ryan Smith", "PERSON"), ("Scott Smith", "PERSON"), ("Stuart Orgill", "PERSON")),
         [("founded", ("org", "Qualtrics"), ("founders", ["Ryan Smith", "Scott Smith", "Stuart Orgill"]))]),
        # A company one set up, told as what it is ("是…成立的公司"): founded by the one the verb follows.
        ("zh", "Alat是沙特公共投资基金2024年2月成立的公司。", (("Alat", "ORG"),),
         [("founded", ("org", "Alat"), ("founders", ["Public Investment Fund"]))]),
        # Since a company was founded (自…创立以来) tells no founding.
        ("zh", "王兴自美团创立以来一直担任首席执行官。", (), []),
        # A verb before its subject gives a market value its direction.
        ("de", "Am ersten Handelstag stieg Alibabas Börsenwert um mehr als 60 Milliarden Dollar.", (),
         [("market_value_change", ("subject", "Alibaba Group"), ("amount", 60_000_000_000), ("direction", "gain"))]),
        # Money taken in is no round: it may be sales ("Apple nahm rund 90 Milliarden Dollar ein").
        ("de", "Rocket Internet nimmt rund 1,4 Milliarden Euro ein.", (), []),
        # Money paid for a stake is an investment; a promise to keep investing is none.
        ("en", "The same year, Microsoft paid $240 million for a 2% stake in Facebook.", (),
         [("investment", ("investor", "Microsoft"), ("target", "Meta"), ("amount", 240_000_000)),
          ("stake", ("holder", "Microsoft"), ("target", "Meta"))]),
        ("en", "Microsoft said the company would keep investing in Skype on rival devices.", (), []),
        # An exchange named right after the company it lists is where, not who raised the money.
        ("zh", "美团点评港交所挂牌，集资约42亿美元。", (("港交所", "ORG"),),
         [("funding_round", ("subject", "Meituan"), ("amount", 4_200_000_000))]),
    ],
)
def test_foundings_proceeds_and_payments_from_the_twenty_eighth_set(lang: str, text: str,
                                                                     extra: tuple[tuple[str, str], ...],
                                                                     expected: list[tuple]) -> None:
    assert typed_with(text, lang, extra) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The same year, Microsoft paid $240 million for a 1.6% stake in Facebook.",
         [("stake", "Microsoft", "Meta", 1.6)]),
        ("en", "In 2016 Uber sold its China business to Didi in return for a 17.7% stake in Didi.",
         [("stake", "Uber", "Didi Global", 17.7)]),
        ("zh", "10月，腾讯向哔哩哔哩投资3.176亿美元，持股约12%。", [("stake", "Tencent", "Bilibili", 12)]),
    ],
)
def test_stakes_paid_for_or_got_in_return(lang: str, text: str, expected: list[tuple]) -> None:
    assert stakes_and_changes(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A description put first opens the sentence with its name ...
        ("de", "Auch der Montabaurer Internetkonzern United Internet stieg ein. Vorstandschef Ralph Dommermuth "
         "sagte das.", [("Ralph Dommermuth", "CEO", "United Internet")]),
        # ... a phrase ending in a preposition does not.
        ("en", "The rivalry between Nvidia and AMD grew. Chief executive Jensen Huang said so.",
         [("Jensen Huang", "CEO", None)]),
    ],
)
def test_a_description_put_first_opens_the_sentence(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed_roles(text, lang, (("United Internet", "ORG"),)) == expected


def test_a_list_that_followed_a_round_s_lead_is_named_as_its_agents() -> None:
    from ainews_cli.facts.parties import named_as_agent
    from ainews_cli.records import EntityMention

    def agents(text: str) -> list[bool]:
        mentions = [EntityMention(name, text.index(name), text.index(name) + len(name), "ORG", name, "alias")
                    for name in ("阿里巴巴集团", "红杉资本", "高瓴") if name in text]
        return [named_as_agent(text, 0, m, mentions) for m in mentions]

    assert agents("由阿里巴巴集团领投，红杉资本、高瓴等机构跟投。") == [True, True, True]
    assert agents("红杉资本、高瓴等机构宣布。") == [False, False]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A purchase of the whole company is a stake of 100 percent; a partner joined with 联合 holds nothing, and a
        # plan is no stake yet.
        ("美团全资收购摩拜单车", "zh", [("stake", ("holder", "Meituan"), ("target", "Mobike"))]),
        ("阿里巴巴宣布联合蚂蚁金服，以95亿美元作价全资收购饿了么。", "zh",
         [("stake", ("holder", "Alibaba Group"), ("target", "Ele.me"))]),
        ("美团拟全资收购摩拜。", "zh", []),
        # The share told after the investment, or after the money in the holder's own clause.
        ("阿里巴巴斥资约224亿港元入股高鑫零售 持股36%", "zh",
         [("investment", ("investor", "Alibaba Group"), ("target", "Sun Art Retail"), ("amount", 22_400_000_000)),
          ("stake", ("holder", "Alibaba Group"), ("target", "Sun Art Retail"))]),
        ("阿里巴巴集团周一宣布，将投入约224亿港元，直接和间接持有高鑫零售36%的股份。", "zh",
         [("stake", ("holder", "Alibaba Group"), ("target", "Sun Art Retail"))]),
        # The company that owns the brands, not a brand, is what "该公司" stands for next.
        ("高鑫零售旗下拥有大润发和欧尚两大卖场品牌。该公司2016年营收超过1000亿元人民币。", "zh",
         [("revenue", ("subject", "Sun Art Retail"), ("amount", 100_000_000_000))]),
        # The level revenue changed from is revenue too; an amount joined with "with" is a part of it.
        ("Snap's revenue rose to $404 million last year from $58 million in 2015.", "en",
         [("revenue", ("subject", "Snap"), ("amount", 404_000_000)),
          ("revenue", ("subject", "Snap"), ("amount", 58_000_000))]),
        ("Snap's revenue rose to $404 million, with $58 million from Europe.", "en",
         [("revenue", ("subject", "Snap"), ("amount", 404_000_000))]),
        ("Der Umsatz von SAP stieg auf 31 Milliarden Euro, nach 29 Milliarden Euro im Vorjahr.", "de",
         [("revenue", ("subject", "SAP"), ("amount", 31_000_000_000)),
          ("revenue", ("subject", "SAP"), ("amount", 29_000_000_000))]),
        # When the share was held may stand before it.
        ("Rocket Internet hielt vor dem Börsengang rund 35 Prozent an Delivery Hero.", "de",
         [("stake", ("holder", "Rocket Internet"), ("target", "Delivery Hero"))]),
    ],
)
def test_whole_purchases_earlier_levels_and_shares_after_the_money(text: str, lang: str,
                                                                    expected: list[tuple]) -> None:
    assert typed_text(text, lang) == expected


def test_a_name_that_owns_the_noun_after_it_is_no_name_of_the_list() -> None:
    backed = [("investment", ("investor", "CapitalG"), ("target", "Anthropic")),
              ("funding_round", ("subject", "Anthropic"), ("amount", 450_000_000))]
    assert typed("Anthropic raised $450 million in a round led by CapitalG, Alphabet's growth fund.", "en") == backed
    assert typed("Anthropic raised $450 million in a round led by CapitalG, Alphabet and Salesforce Ventures.",
                 "en") == [backed[0], ("investment", ("investor", "Alphabet"), ("target", "Anthropic")),
                           ("investment", ("investor", "Salesforce Ventures"), ("target", "Anthropic")), backed[1]]


def test_the_date_after_the_level_a_revenue_changed_from_dates_that_level_only() -> None:
    text = "Nvidia's revenue fell to $1 billion from $2 billion in 2021."
    entities = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, "en"), TABLE)
    dates = find_dates(text, spans=[Span(0, len(text), "en", "x")], sentences=[(0, len(text))], published=None)
    found = [f.to_dict() for f in extract_facts(text, [Sentence(0, len(text), "en")], entities, dates)]
    assert [(f["amount"], f["date"] and f["date"]["value"]) for f in found if f["kind"] == "revenue"] == [
        (1_000_000_000, None), (2_000_000_000, "2021")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # The share a seller held, sold; 股份 after a percentage and a name is the shares, no part of the name.
        ("同日，软银集团在东京宣布出售所持约73%的Supercell股份，预计套现约73亿美元。", "zh",
         [("stake", ("holder", "SoftBank"), ("target", "Supercell"))]),
        # A description before the company held; "it" the company of the clause before, bought whole.
        ("此外，腾讯还持有美国游戏公司Epic Games约40%的股份。", "zh",
         [("stake", ("holder", "Tencent"), ("target", "Epic Games"))]),
        ("2011年，腾讯取得《英雄联盟》开发商Riot Games的多数股权，去年12月又将其全资收购。", "zh",
         [("stake", ("holder", "Tencent"), ("target", "Riot Games"))]),
        # New shares bought after an agreement with the company told first.
        ("去年4月，鴻海與日本夏普簽約，以3888億日圓認購夏普新股。", "zh",
         [("investment", ("investor", "Foxconn"), ("target", "Sharp"), ("amount", 388_800_000_000))]),
        # German "Billion" is a trillion; the English "billion" is not.
        ("Im Oktober war der Börsenwert von Tesla erstmals auf über eine Billion Dollar gestiegen.", "de",
         [("valuation", ("subject", "Tesla"), ("amount", 1_000_000_000_000))]),
        ("Tesla's market value rose above one billion dollars.", "en",
         [("valuation", ("subject", "Tesla"), ("amount", 1_000_000_000))]),
    ],
)
def test_stakes_sold_described_or_bought_whole_and_scales_read_by_language(text: str, lang: str,
                                                                           expected: list[tuple]) -> None:
    assert [f for f in typed_text(text, lang) if f[0] != "investment" or expected[0][0] == "investment"] == expected


@pytest.mark.parametrize(
    ("lang", "text", "extra", "expected"),
    [
        # Founders a plural names, every name of the list; a singular may be one founder beside another person.
        ("de", "Mojang-Gründer Markus Persson sowie die Mitgründer Jakob Porsér und Carl Manneh gehen.",
         (("Markus Persson", "PERSON"), ("Jakob Porsér", "PERSON"), ("Carl Manneh", "PERSON"), ("Mojang", "ORG")),
         [("Markus Persson", "founder", "Mojang"), ("Jakob Porsér", "co-founder", None),
          ("Carl Manneh", "co-founder", None)]),
        # ... who founded it together: co-founders.
        ("en", "Google founders Larry Page and Sergey Brin stepped back.", (),
         [("Larry Page", "co-founder", "Google"), ("Sergey Brin", "co-founder", "Google")]),
        ("de", "Die Instagram-Gründer Kevin Systrom (links) und Mike Krieger in ihrem Büro.",
         (("Kevin Systrom", "PERSON"), ("Mike Krieger", "PERSON"), ("Instagram", "ORG")),
         [("Kevin Systrom", "co-founder", "Instagram"), ("Mike Krieger", "co-founder", "Instagram")]),
        ("de", "Mitgründer Bill Gates und Steve Ballmer trafen sich.", (), [("Bill Gates", "co-founder", None)]),
        # "to become" gives the post.
        ("en", "Marissa Mayer, who left Google to become Yahoo's chief executive in July 2012, wrote a post.",
         (("Marissa Mayer", "PERSON"),),
         [("Marissa Mayer", "CEO", "Yahoo")]),
        # A Chinese verb of hiring: the organisation before it gives the post; a Latin name no entity covers right
        # before a title is an organisation we do not know.
        ("zh", "上月30日，字节跳动任命首席财务官周受资出任旗下短视频平台TikTok的首席执行官。", (),
         [("Shou Zi Chew", "CFO", "ByteDance")]),
        ("zh", "力积电发表声明。SBI社長北尾吉孝日前发文批评力积电。", (("北尾吉孝", "PERSON"),),
         [("北尾吉孝", "president", None)]),
        # Not across a semicolon; not the post a clause opened by the agent marker gives its own holder.
        ("zh", "戴正吳長期追隨郭台銘，被視為其重要幕僚；高橋興三則是在2013年6月出任夏普社長。",
         (("戴正吳", "PERSON"), ("郭台銘", "PERSON")), []),
        ("zh", "字节跳动宣布，由张利东出任字节跳动（中国）董事长，张楠出任字节跳动（中国）首席执行官。",
         (("张利东", "PERSON"), ("张楠", "PERSON")), []),
        # The one before: "上一任" is a former post, the organisation before it.
        ("zh", "TikTok的上一任首席执行官凯文·梅耶尔去年8月辞职。", (("凯文·梅耶尔", "PERSON"),),
         [("凯文·梅耶尔", "CEO", "TikTok")]),
    ],
)
def test_founders_of_a_plural_hiring_verbs_and_holders_not_across_parts(lang: str, text: str, extra: tuple,
                                                                        expected: list[tuple]) -> None:
    assert typed_roles(text, lang, extra) == expected


@pytest.mark.parametrize(
    ("lang", "text", "extra", "expected"),
    [
        # A name after "ORG, " that a role follows opens a clause of its own, its verb left out: the first post is
        # the subject's, the second the gapped name's; "die Holding" stands for the one named last.
        ("de", "Larry Page, der Google 1998 zusammen mit Sergey Brin gegründet hatte, wird Vorstandschef von "
         "Alphabet, Brin Präsident der Holding.", (),
         [("Larry Page", "CEO", "Alphabet"), ("Sergey Brin", "president", "Alphabet")]),
        # Not after a comma that closes no clause of a verb and a role: the apposition holds.
        ("de", "Der Gründer von Anthropic, Dario Amodei, sprach.", (), [("Dario Amodei", "founder", "Anthropic")]),
        # A verb of naming right before the person, the role right after (maybe past an age); not any verb.
        ("en", "Microsoft named Satya Nadella chief executive on Tuesday.", (),
         [("Satya Nadella", "CEO", "Microsoft")]),
        ("en", "Microsoft named Satya Nadella, 46, chief executive on Tuesday.", (),
         [("Satya Nadella", "CEO", "Microsoft")]),
        ("en", "Microsoft paid Satya Nadella, chief executive Amy Hood said.", (("Amy Hood", "PERSON"),),
         [("Amy Hood", "CEO", "Microsoft")]),
        # A guarded short form names the company in a document that names it in full.
        ("en", "Facebook agreed to buy Oculus VR. Oculus will keep operating under Brendan Iribe, its chief "
         "executive.", (("Brendan Iribe", "PERSON"),), [("Brendan Iribe", "CEO", "Oculus VR")]),
    ],
)
def test_gapped_holders_and_guarded_companies(lang: str, text: str, extra: tuple, expected: list[tuple]) -> None:
    assert typed_roles(text, lang, extra) == expected


@pytest.mark.parametrize(
    ("lang", "text", "extra", "expected"),
    [
        # Founders before an aside that names a former employer.
        ("en", "Tony Fadell, a former Apple executive, co-founded Nest Labs in 2010 with Matt Rogers.",
         (("Tony Fadell", "PERSON"), ("Matt Rogers", "PERSON")),
         [("founded", ("org", "Nest Labs"), ("founders", ["Matt Rogers", "Tony Fadell"]))]),
        # A relative clause whose subject is the name after its opening founded the name before it; German
        # "das" may be either, and tells no founding.
        ("en", "Nest Labs, which Google founded in 2013 with Arthur Levinson, makes thermostats.",
         (("Arthur Levinson", "PERSON"),),
         [("founded", ("org", "Nest Labs"), ("founders", ["Arthur Levinson", "Google"]))]),
        ("de", "Hinzu kommt das Biotech-Unternehmen Genentech, das Google 2013 gemeinsam mit Arthur Levinson "
         "gegründet hatte.", (), []),
        # A founding's "von" is not read past the relative clause it is told in: Alphabet founded nothing. The
        # person "der" follows founded ("Steve Singh, der das Unternehmen 1993 mitgegründet hatte" too), and so
        # does the one "mit" names before the verb.
        ("de", "Larry Page, der Google 1998 zusammen mit Sergey Brin gegründet hatte, wird Vorstandschef von "
         "Alphabet.", (), [("founded", ("org", "Google"), ("founders", ["Larry Page", "Sergey Brin"]),
                            ("year", "1998"))]),
        ("de", "Concur Technologies verkauft Software. Vorstandschef Steve Singh, der das Unternehmen 1993 "
         "gegründet hat, soll in den SAP-Vorstand einziehen.", (("Steve Singh", "PERSON"),),
         [("founded", ("org", "Concur Technologies"), ("founders", ["Steve Singh"]))]),
    ],
)
def test_founders_past_asides_and_relative_clauses(lang: str, text: str, extra: tuple,
                                                   expected: list[tuple]) -> None:
    found = typed_with(text, lang, extra) if extra else typed_text(text, lang)  # (typed_with reads no dates)
    assert [f for f in found if f[0] == "founded"] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A second period's revenue listed after the first's, dated by its own date phrase only.
        ("en", "In January Facebook reported revenue of $2 billion for the fourth quarter and $8 billion for 2013.",
         [("revenue", ("subject", "Meta"), ("amount", 2_000_000_000)),
          ("revenue", ("subject", "Meta"), ("amount", 8_000_000_000))]),
        ("de", "Siemens meldete einen Umsatz von 2,6 Milliarden Euro im vierten Quartal und 7,9 Milliarden Euro im "
         "Gesamtjahr.", [("revenue", ("subject", "Siemens"), ("amount", 2_600_000_000)),
                         ("revenue", ("subject", "Siemens"), ("amount", 7_900_000_000))]),
        ("en", "Facebook reported revenue of $2 billion for the quarter.",
         [("revenue", ("subject", "Meta"), ("amount", 2_000_000_000))]),
        # An adverb after the subject of "setzte … um".
        ("de", "Microsoft dagegen setzte in dem Ende Juni abgelaufenen Geschäftsjahr knapp 78 Milliarden Dollar um.",
         [("revenue", ("subject", "Microsoft"), ("amount", 78_000_000_000))]),
        # Money taken in in a round.
        ("en", "In December Oculus VR took in $75 million more in a round led by Andreessen Horowitz.",
         [("investment", ("investor", "Andreessen Horowitz"), ("target", "Oculus VR")),
          ("funding_round", ("subject", "Oculus VR"), ("amount", 75_000_000))]),
        # A Chinese comma parts clauses: a clause that names its own subject is no agent's of the one before; one
        # that leaves it out goes on with it.
        ("zh", "滴滴打车由程维于2012年在北京创立，快的打车则于2013年在杭州创立。",
         [("founded", ("org", "Didi Global"), ("founders", []), ("year", "2012")),
          ("founded", ("org", "Kuaidi Dache"), ("founders", []), ("year", "2013"))]),
        ("zh", "蚂蚁集团由阿里巴巴与腾讯合并而成，于2021年1月正式成立。",
         [("founded", ("org", "Ant Group"), ("founders", []), ("year", "2021"))]),
        # A date that opens the sentence, set off by a comma before the one founded, dates the founding.
        ("zh", "2014年10月，蚂蚁金服正式成立，今年改名为蚂蚁科技集团。",
         [("founded", ("org", "Ant Group"), ("founders", []), ("year", "2014"))]),
        ("zh", "2014年10月，阿里巴巴宣布蚂蚁金服成立。", [("founded", ("org", "Ant Group"), ("founders", []))]),
    ],
)
def test_listed_periods_rounds_taken_in_and_chinese_clauses(lang: str, text: str, expected: list[tuple]) -> None:
    assert [f for f in typed_text(text, lang) if f[0] in {e[0] for e in expected}] == expected


@pytest.mark.parametrize(
    ("lang", "text", "extra", "expected"),
    [
        # A price range is a price of one share, no round; of two amounts as near a revenue cue, the one after it.
        ("en", "Facebook raised its price range to $34 to $38 a share from $28 to $35.", (), []),
        ("en", "Facebook said it had earned $1 billion on revenue of $3 billion in 2011.", (),
         [("revenue", ("subject", "Meta"), ("amount", 3_000_000_000))]),
        # Money a listing raised, the company named after the cue.
        ("en", "Facebook made its debut on the Nasdaq on Friday. The offering raised $16 billion and valued Facebook "
         "at about $104 billion.", (),
         [("valuation", ("subject", "Meta"), ("amount", 104_000_000_000)),
          ("funding_round", ("subject", "Meta"), ("amount", 16_000_000_000))]),
        # Where money went is not the sentence's own subject, nor a name in a person's apposition.
        ("en", "Facebook made its debut on Friday. Peter Thiel, the PayPal co-founder, put $500,000 into the company "
         "in 2004.", (), [("investment", ("investor", "Peter Thiel"), ("target", "Meta"), ("amount", 500_000))]),
        ("en", "Facebook made its debut on Friday. Accel Partners led a $12 million round in the company in 2005.", (),
         [("investment", ("investor", "Accel"), ("target", "Meta")),
          ("funding_round", ("subject", "Meta"), ("amount", 12_000_000))]),
        # Money put into a purchase the target made is no investment in it; others' estimate is no fact.
        ("zh", "去年12月14日，市场监管总局对阿里巴巴投资收购银泰商业股权等三起案件各处以50万元罚款。", (), []),
        ("zh", "市场人士估算，整笔交易对搜狗的估值约为35亿美元。", (), []),
        # A share bought in, with and without money; a description before an investor listed.
        ("zh", "腾讯入股京东 获上市前约15%股份", (),
         [("investment", ("investor", "Tencent"), ("target", "JD.com")),
          ("stake", ("holder", "Tencent"), ("target", "JD.com"))]),
        ("zh", "根据协议，腾讯将以2亿美元现金，以及旗下拍拍的电商业务，换取京东上市前约15%的股份。", (),
         [("investment", ("investor", "Tencent"), ("target", "JD.com"), ("amount", 200_000_000)),
          ("stake", ("holder", "Tencent"), ("target", "JD.com"))]),
        ("zh", "2011年4月，京东宣布完成15亿美元融资，投资方包括俄罗斯投资机构DST和老虎基金等。", (("DST", "ORG"),),
         [("investment", ("investor", "DST"), ("target", "JD.com")),
          ("investment", ("investor", "Tiger Global"), ("target", "JD.com")),
          ("funding_round", ("subject", "JD.com"), ("amount", 1_500_000_000))]),
        # The owners of a joint venture just set up.
        ("zh", "本月2日，雙方合資的集度汽車正式成立，百度持股55%，吉利持股45%。", (),
         [("founded", ("org", "Jidu Auto"), ("founders", [])),
          ("stake", ("holder", "Baidu"), ("target", "Jidu Auto")),
          ("stake", ("holder", "Zhejiang Geely Holding Group"), ("target", "Jidu Auto"))]),
        # A date that opens the sentence dates the founding its clause tells, not one told as a description.
        ("zh", "1998年6月18日，刘强东在北京中关村创办京东，2004年开始涉足电子商务。", (),
         [("founded", ("org", "JD.com"), ("founders", ["Richard Liu"]), ("year", "1998"))]),
        ("zh", "2016年，拼多多与黄峥此前创办的拼好货合并。", (),
         [("founded", ("org", "Pinhaohuo"), ("founders", ["Colin Huang"]))]),
    ],
)
def test_deals_of_the_thirty_fourth_set(lang: str, text: str, extra: tuple, expected: list[tuple]) -> None:
    assert (typed_with(text, lang, extra) if extra else typed_text(text, lang)) == expected


def test_a_past_employer_in_a_relative_clause_is_no_later_titles_organisation() -> None:
    text = ("Facebook made its debut. Chief operating officer Sheryl Sandberg, who joined from Google in 2008, and "
            "chief financial officer David Ebersman presented to investors.")
    assert typed_roles(text, "en", (("David Ebersman", "PERSON"),)) == [
        ("Sheryl Sandberg", "COO", None), ("David Ebersman", "CFO", None)]


@pytest.mark.parametrize(
    ("lang", "text", "extra", "expected"),
    [
        # The company held named by the value its price put on it; a round led in a company is that company's.
        ("en", "Facebook made its debut. Microsoft paid $240 million for a 2 percent stake in 2007, valuing Facebook "
         "at $15 billion.", (),
         [("investment", ("investor", "Microsoft"), ("target", "Meta"), ("amount", 240_000_000)),
          ("stake", ("holder", "Microsoft"), ("target", "Meta")),
          ("valuation", ("subject", "Meta"), ("amount", 15_000_000_000))]),
        ("en", "Accel led a $12 million round in Facebook in 2005.", (),
         [("investment", ("investor", "Accel"), ("target", "Meta")),
          ("funding_round", ("subject", "Meta"), ("amount", 12_000_000))]),
        # The share held once the deal is done; a share exchanged past names of the businesses given for it.
        ("zh", "去年9月，腾讯以4亿美元战略入股搜狗，交易完成后持有搜狗36%的股份。", (),
         [("investment", ("investor", "Tencent"), ("target", "Sogou"), ("amount", 400_000_000)),
          ("stake", ("holder", "Tencent"), ("target", "Sogou"))]),
        # A surname alone where the full name was told; a listing's money in the German perfect tense.
        ("en", "Steve Jobs resigned. Jobs co-founded Apple with Steve Wozniak in 1976 in his parents' garage.", (),
         [("founded", ("org", "Apple"), ("founders", ["Steve Jobs", "Steve Wozniak"]), ("year", "1976"))]),
        ("de", "Alibaba ging am Freitag an die Börse. Die Emission hatte 21,8 Milliarden Dollar eingebracht, die "
         "Papiere waren zu je 68 Dollar ausgegeben worden.", (),
         [("funding_round", ("subject", "Alibaba Group"), ("amount", 21_800_000_000))]),
        ("zh", "根据协议，腾讯将以2亿美元现金，以及旗下拍拍的电商业务、易迅网的少数股权，换取京东上市前约15%的股份。",
         (("易迅网", "ORG"), ("拍拍", "ORG")),
         [("investment", ("investor", "Tencent"), ("target", "JD.com"), ("amount", 200_000_000)),
          ("stake", ("holder", "Tencent"), ("target", "JD.com"))]),
    ],
)
def test_deals_of_the_thirty_fourth_set_second_round(lang: str, text: str, extra: tuple,
                                                     expected: list[tuple]) -> None:
    assert (typed_with(text, lang, extra) if extra else typed_text(text, lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "extra", "expected"),
    [
        # An age between the owner's possessive and the post.
        ("Facebook made its debut on Friday. Mark Zuckerberg, the company's 28-year-old founder and chief executive, "
         "rang the opening bell.", "en", (),
         [("Mark Zuckerberg", "founder", "Meta"), ("Mark Zuckerberg", "CEO", "Meta")]),
        # A post given up at an organisation named with it; not at a description, whose company is a guess.
        ("上月，胡晓明辞去蚂蚁集团首席执行官一职。", "zh", (("胡晓明", "PERSON"),), [("胡晓明", "CEO", "Ant Group")]),
        ("雷军在创办小米之前长期任职于金山软件，2007年12月辞去该公司总裁一职。", "zh", (), []),
    ],
)
def test_roles_of_the_thirty_fourth_set(text: str, lang: str, extra: tuple, expected: list[tuple]) -> None:
    assert typed_roles(text, lang, extra) == expected


@pytest.mark.parametrize(("lang", "text", "extra", "expected"), [
    # A company run in a role is the role's.
    ("en", "Chuck Robbins has run Cisco as chief executive since 2015.", (("Chuck Robbins", "PERSON"),),
     [("Chuck Robbins", "CEO", "Cisco")]),
    # A list of posts one holder has, its commas before a joiner.
    ("en", "The purchase is the latest wager for Masayoshi Son, SoftBank's founder, chairman and chief executive.",
     (("Masayoshi Son", "PERSON"),),
     [("Masayoshi Son", "founder", "SoftBank"), ("Masayoshi Son", "chairman", "SoftBank"),
      ("Masayoshi Son", "CEO", "SoftBank")]),
    ("zh", "孟晚舟目前还担任华为副董事长和首席财务官。", (("孟晚舟", "PERSON"),),
     [("孟晚舟", "vice chairman", "Huawei"), ("孟晚舟", "CFO", "Huawei")]),
    ("de", "Die Leitung übernehmen die bisherigen Präsidenten Mark Hurd und Safra Catz gemeinsam.",
     (("Mark Hurd", "PERSON"), ("Safra Catz", "PERSON")), [("Mark Hurd", "president", None),
                                                          ("Safra Catz", "president", None)]),
    # Offices of state and courts: no company's, though the text is about one.
    ("de", "Tesla eröffnet seine Fabrik. Tesla feierte. Tesla lud ein. Zur Feier kamen Bundeskanzler Olaf Scholz und "
     "Wirtschaftsminister Robert Habeck.", (("Olaf Scholz", "PERSON"), ("Robert Habeck", "PERSON")),
     [("Olaf Scholz", "chancellor", None), ("Robert Habeck", "economy minister", None)]),
    ("de", "Das schrieb Richter Amit Mehta in seiner Begründung.", (("Amit Mehta", "PERSON"),),
     [("Amit Mehta", "judge", None)]),
])
def test_posts_run_listed_and_of_state(lang: str, text: str, extra: tuple, expected: list[tuple]) -> None:
    assert typed_roles(text, lang, extra) == expected


@pytest.mark.parametrize(
    ("lang", "text", "extra", "expected"),
    [
        # Chinese sets no holder off after a post by a comma: the name after it opens the next clause, whose "该平台"
        # is the platform told before.
        ("zh", "2014年，耶鲁大学前校长理查德·莱文出任Coursera首席执行官，吴恩达目前仍担任该平台董事长。",
         (("理查德·莱文", "PERSON"), ("耶鲁大学", "ORG")),
         [("理查德·莱文", "CEO", "Coursera"), ("Andrew Ng", "chairman", "Coursera")]),
        # A post at the organisation one runs, past an apposition naming a former employer.
        ("en", "Dave DeWalt, a former EMC executive, has run McAfee as chief executive since April 2007.",
         (("Dave DeWalt", "PERSON"), ("EMC", "ORG")), [("Dave DeWalt", "CEO", "McAfee")]),
        # ... or at it, in an apposition ("bei Apple als ...").
        ("de", "Johny Srouji, bei Apple als Senior Vice President für Hardware-Technologien zuständig, bestätigte das.",
         (("Johny Srouji", "PERSON"),), [("Johny Srouji", "senior vice president", "Apple")]),
        # ... or the one a German relative clause after the person names, its verb last.
        ("de", "Argo AI war 2016 gegründet worden. Salesky, der das Start-up bis zuletzt als Vorstandschef führte, "
         "hatte zuvor bei Googles Projekt für selbstfahrende Autos gearbeitet.",
         (("Salesky", "PERSON"), ("Argo AI", "ORG")), [("Salesky", "CEO", "Argo AI")]),
    ],
)
def test_posts_of_the_fortieth_set(lang: str, text: str, extra: tuple[tuple[str, str], ...],
                                   expected: list[tuple]) -> None:
    assert typed_roles(text, lang, extra) == expected


@pytest.mark.parametrize(
    ("lang", "text", "extra", "expected"),
    [
        # A bank's managing director (董事总经理), no board member; the company joined by "转投" or "加入", the post
        # held now (现任) or taken (出任).
        ("zh", "前高盛亚洲董事总经理柳青于2014年加入滴滴，现任总裁。", (("柳青", "PERSON"),),
         [("柳青", "managing director", "Goldman Sachs Asia"), ("柳青", "president", "Didi Global")]),
        ("zh", "柳青則於2014年由高盛亞洲董事總經理轉投滴滴，出任首席營運官。", (("柳青", "PERSON"),),
         [("柳青", "COO", "Didi Global")]),
    ],
)
def test_posts_of_the_fortyfirst_set(lang: str, text: str, extra: tuple[tuple[str, str], ...],
                                     expected: list[tuple]) -> None:
    assert typed_roles(text, lang, extra) == expected


@pytest.mark.parametrize(
    ("lang", "text", "extra", "expected"),
    [
        # A Japanese company's chairman (会长), a bank's deputy president (副行长).
        ("zh", "曾任三井住友銀行副行長的車谷暢昭今年4月出任東芝會長兼執行長。", (),
         [("Nobuaki Kurumatani", "deputy president", "Sumitomo Mitsui Banking"),
          ("Nobuaki Kurumatani", "chairman", "Toshiba"), ("Nobuaki Kurumatani", "CEO", "Toshiba")]),
    ],
)
def test_posts_of_the_fortysecond_set(lang: str, text: str, extra: tuple[tuple[str, str], ...],
                                      expected: list[tuple]) -> None:
    assert typed_roles(text, lang, extra) == expected
