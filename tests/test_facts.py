"""Roles, money and percentages stated in sentences, normalised."""

from __future__ import annotations

import re

import pytest

from ainews_cli.dates import find_dates
from ainews_cli.entities import RawMention, alias_mentions, canonical_mentions, load_alias_table
from ainews_cli.facts import extract_facts, parse_number
from ainews_cli.records import Sentence, Span

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
        # A post no longer held ("früherer" as "ehemaliger"), and one still to come.
        ("Der frühere Microsoft-Chef Steve Ballmer kritisierte den Plan.", "de",
         ("Steve Ballmer", "CEO", "Microsoft", "frühere")),
        ("Last week SolarWinds named Sudhakar Ramakrishna as its next chief executive.", "en",
         ("Sudhakar Ramakrishna", "CEO", "SolarWinds", "next")),
        # A creative chief, in both languages.
        ("Kreativchef Sebastian Knutsson feierte.", "de", ("Sebastian Knutsson", "chief creative officer", None, None)),
        ("GoPro's chief creative officer Nick Woodman spoke.", "en",
         ("Nick Woodman", "chief creative officer", "GoPro", None)),
        # A venture firm's partner.
        ("Martin Casado, a general partner at Andreessen Horowitz, spoke.", "en",
         ("Martin Casado", "general partner", "Andreessen Horowitz", None)),
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
        # "über" after a noun says what the amount is of; elsewhere it is "over".
        ("Voxa schloss eine Finanzierungsrunde über 400 Millionen Euro ab.", "de", 400_000_000, "EUR", None),
        ("Der Umsatz stieg auf über 400 Millionen Euro.", "de", 400_000_000, "EUR", "über"),
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
        # A share written in words.
        ("Bosch ist mit rund zehn Prozent beteiligt", "de", [10]),
        ("it owns ten percent of the shares", "en", [10]),
    ],
)
def test_percentages(text: str, lang: str, values: list) -> None:
    [percent] = [f for f in facts(text, lang) if f["kind"] in ("percent", "stake")]
    assert percent.get("values", [percent.get("percent")]) == values


def test_a_percent_is_no_share_of_one() -> None:
    assert [f for f in facts("prices rose by a percent or so", "en") if f["kind"] == "percent"] == []


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
        ("Mistral AI closed a financing round of $640 million.", "en",
         [("funding_round", ("subject", "Mistral AI"), ("amount", 640_000_000))]),
        # The amount a valuation's cue names is no round's, even nearer the round's verb.
        ("Im Mai hatte Mistral AI 385 Millionen Euro bei einer Bewertung von zwei Milliarden Euro eingesammelt.", "de",
         [("valuation", ("subject", "Mistral AI"), ("amount", 2_000_000_000)),
          ("funding_round", ("subject", "Mistral AI"), ("amount", 385_000_000))]),
        ("Musk’s xAI recently secured $6 billion in funding.", "en",
         [("funding_round", ("subject", "xAI"), ("amount", 6_000_000_000))]),
        ("Today ChatGPT has over 100 million weekly users and over $1 billion in revenue.", "en",
         [("revenue", ("subject", "ChatGPT"), ("amount", 1_000_000_000))]),
        ("Elon Musk, who co-founded OpenAI in 2015, left.", "en",
         [("founded", ("org", "OpenAI"), ("founders", ["Elon Musk"]))]),
        ("Da weder Microsoft noch andere Investoren einen Sitz in OpenAIs Gremium besitzen.", "de", []),
        ("Das 2023 gegründete Pariser Start-up Mistral AI sammelte Geld ein.", "de",
         [("founded", ("org", "Mistral AI"), ("founders", []))]),
        ("Microsoft hat sich Sam Altman als CEO einer eigens für ihn gegründeten AI-Einheit gesichert.", "de", []),
        # The owner written with the cue is the subject.
        ("DeepSeek wiped $589 billion off Nvidia's market value.", "en",
         [("market_value_change", ("subject", "Nvidia"), ("amount", 589_000_000_000), ("direction", "loss"))]),
        ("OpenAI's deal added $100 billion to Microsoft's market value.", "en",
         [("market_value_change", ("subject", "Microsoft"), ("amount", 100_000_000_000), ("direction", "gain"))]),
        ("Shares rose early, but Nvidia lost $100 billion in market value.", "en",
         [("market_value_change", ("subject", "Nvidia"), ("amount", 100_000_000_000), ("direction", "loss"))]),
        ("Shares fell as Microsoft gained $100 billion in market value.", "en",
         [("market_value_change", ("subject", "Microsoft"), ("amount", 100_000_000_000), ("direction", "gain"))]),
        # The subject after the cue: not the party named before it.
        ("Microsoft said a share sale valuing OpenAI at about $157 billion was completed.", "en",
         [("valuation", ("subject", "OpenAI"), ("amount", 157_000_000_000))]),
        ("Microsoft backs a valuation of $157 billion for OpenAI.", "en",
         [("valuation", ("subject", "OpenAI"), ("amount", 157_000_000_000))]),
        ("Die Bewertung von OpenAI liegt bei 157 Milliarden Dollar.", "de",
         [("valuation", ("subject", "OpenAI"), ("amount", 157_000_000_000))]),
        ("Investoren bewerten OpenAI mit 157 Milliarden Dollar.", "de",
         [("valuation", ("subject", "OpenAI"), ("amount", 157_000_000_000))]),
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


def parties(text: str, lang: str = "en") -> list[tuple]:
    """The investments and stakes of a text as (kind, party, party, amount or percent)."""
    found = []
    for f in facts_with_publishers(text, lang):
        if f["kind"] == "investment":
            found.append(("investment", f["investor"], f["target"], f["amount"]))
        elif f["kind"] == "stake":
            found.append(("stake", f["holder"], f["target"], f["percent"]))
    return found


def facts_with_publishers(text: str, lang: str = "en") -> list[dict]:
    entities = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, lang), TABLE)
    # Sentences end after a word of three or more small letters ("Schlag."), not after "Mrd.".
    starts = [0] + [m.end() for m in re.finditer(r"(?<=[a-zäöüß]{3}[.!?]) (?=[A-ZÄÖÜ])", text)]
    sentences = [Sentence(s, e - 1 if e < len(text) else e, lang) for s, e in zip(starts, [*starts[1:], len(text)],
                                                                                    strict=True)]
    return [f.to_dict() for f in extract_facts(text, sentences, entities, publishers=TABLE.publishers)]


# Every voice of an investment or a stake, with the parties the right way round.
VOICES = [
    ("en", "Microsoft invests $10 billion in OpenAI.", [("investment", "Microsoft", "OpenAI", 10_000_000_000)]),
    ("en", "Microsoft first invested $1 billion in OpenAI in 2019.",
     [("investment", "Microsoft", "OpenAI", 1_000_000_000)]),
    ("en", "Microsoft put $1 billion into OpenAI in July 2019 and invested again in 2021.",
     [("investment", "Microsoft", "OpenAI", 1_000_000_000), ("investment", "Microsoft", "OpenAI", None)]),
    ("en", "The companies did not disclose the amount, but OpenAI would receive about $10 billion from Microsoft.",
     [("investment", "Microsoft", "OpenAI", 10_000_000_000)]),
    ("en", "Microsoft's $1 billion investment in OpenAI in 2019 marked the beginning.",
     [("investment", "Microsoft", "OpenAI", 1_000_000_000)]),
    ("en", "Anthropic raised $4 billion led by Amazon.", [("investment", "Amazon", "Anthropic", None)]),
    ("en", "OpenAI, which is backed by Microsoft, said so.", [("investment", "Microsoft", "OpenAI", None)]),
    ("en", "Musk has sued OpenAI and its investor Microsoft.", [("investment", "Microsoft", "OpenAI", None)]),
    ("de", "Nach der Vereinbarung erhält OpenAI von Microsoft rund 10 Milliarden Dollar.",
     [("investment", "Microsoft", "OpenAI", 10_000_000_000)]),
    ("de", "Laut Bloomberg erhält OpenAI von Microsoft über 10 Mrd. US-Dollar.",
     [("investment", "Microsoft", "OpenAI", 10_000_000_000)]),
    ("de", "OpenAI erhält von Microsoft rund 10 Milliarden Dollar.",
     [("investment", "Microsoft", "OpenAI", 10_000_000_000)]),
    ("de", "Microsoft investiert 15 Millionen Euro in Mistral AI.",
     [("investment", "Microsoft", "Mistral AI", 15_000_000)]),
    ("de", "Im Rahmen der Vereinbarung investiert Microsoft 15 Millionen Euro in Mistral AI.",
     [("investment", "Microsoft", "Mistral AI", 15_000_000)]),
    ("en", "Amazon backs Anthropic with up to $4 billion.", [("investment", "Amazon", "Anthropic", 4_000_000_000)]),
    ("de", "Microsoft beteiligt sich mit 15 Millionen Euro an Mistral AI.",
     [("investment", "Microsoft", "Mistral AI", 15_000_000)]),
    ("de", "Microsoft steigt mit 15 Millionen Euro bei Mistral AI ein.",
     [("investment", "Microsoft", "Mistral AI", 15_000_000)]),
    ("de", "Microsoft hatte eine Milliarde Dollar in OpenAI gesteckt.",
     [("investment", "Microsoft", "OpenAI", 1_000_000_000)]),
    ("en", "Microsoft is widely reported to hold 49% of OpenAI's for-profit arm.",
     [("stake", "Microsoft", "OpenAI", 49)]),
    ("en", "Amazon holds a 49 percent stake in Anthropic.", [("stake", "Amazon", "Anthropic", 49)]),
    ("de", "Zwar ist Microsoft mit 49 Prozent der größte Anteilseigner von OpenAI.",
     [("stake", "Microsoft", "OpenAI", 49)]),
    ("de", "Mit 49 Prozent ist Microsoft größter Anteilseigner des gewinnorientierten Ablegers von OpenAI.",
     [("stake", "Microsoft", "OpenAI", 49)]),
    # A publisher cited as the source is never a party.
    ("en", "OpenAI would receive about $10 billion from Microsoft, according to Semafor.",
     [("investment", "Microsoft", "OpenAI", 10_000_000_000)]),
    ("en", "Bloomberg reported that Microsoft invested $10 billion in OpenAI.",
     [("investment", "Microsoft", "OpenAI", 10_000_000_000)]),
    ("en", "Semafor reported that Microsoft would get 75 percent of OpenAI's profits.", []),
    ("en", "Semafor reported the talks; Semafor invested nothing.", []),
    # The investor named with its relation ("-backed", "investor in", "unterstützte"), or with
    # the money coming "from" it whatever the order of amount and investor.
    ("en", "Microsoft-backed OpenAI said so.", [("investment", "Microsoft", "OpenAI", None)]),
    ("en", "Microsoft-backed rival to Google said so.", []),
    ("en", "Microsoft, the largest investor in OpenAI, said so.", [("investment", "Microsoft", "OpenAI", None)]),
    ("de", "Das von Microsoft unterstützte OpenAI meldet Gewinne.", [("investment", "Microsoft", "OpenAI", None)]),
    ("de", "Das von Microsoft unterstützte Konkurrenzprodukt zu OpenAI wächst.", []),
    ("de", "Microsoft ist Investor bei OpenAI.", [("investment", "Microsoft", "OpenAI", None)]),
    ("de", "OpenAI erhält 10 Milliarden Dollar von Microsoft.",
     [("investment", "Microsoft", "OpenAI", 10_000_000_000)]),
    ("de", "Microsoft hat OpenAI rund 13 Milliarden Dollar zugesagt.",
     [("investment", "Microsoft", "OpenAI", 13_000_000_000)]),
    ("de", "Amazon investiert weitere vier Milliarden Dollar in Anthropic.",
     [("investment", "Amazon", "Anthropic", 4_000_000_000)]),
    ("de", "Microsofts Milliardeninvestition in OpenAI zahlt sich aus.", [("investment", "Microsoft", "OpenAI", None)]),
    ("en", "Microsoft led OpenAI's $6.6 billion funding round.", [("investment", "Microsoft", "OpenAI", None)]),
    ("en", "Nvidia led a $500 million round in Mistral AI.", [("investment", "Nvidia", "Mistral AI", None)]),
    ("en", "Nvidia and Microsoft led a $500 million round in Mistral AI.",
     [("investment", "Nvidia", "Mistral AI", None), ("investment", "Microsoft", "Mistral AI", None)]),
    ("en", "Nvidia is among the investors in Mistral AI.", [("investment", "Nvidia", "Mistral AI", None)]),
    ("de", "Nvidia ist einer der Investoren von Mistral AI.", [("investment", "Nvidia", "Mistral AI", None)]),
    # A relation stated beside the amount it invested is one investment, of that amount.
    ("en", "Microsoft, OpenAI's largest backer, had already invested about $13 billion in the company.",
     [("investment", "Microsoft", "OpenAI", 13_000_000_000)]),
    # A name that modifies a noun after it is no party: the target is not OpenAI.
    ("en", "Amazon-backed OpenAI rival Anthropic said so.", []),
    ("en", "Microsoft invested $10 billion in OpenAI rival Anthropic.", []),
    ("en", "Amazon holds a 10% stake in OpenAI rival Anthropic.", []),
    # ... the noun it modifies names the target first.
    ("de", "Microsoft investiert 10 Millionen Euro in den OpenAI-Konkurrenten Mistral AI.",
     [("investment", "Microsoft", "Mistral AI", 10_000_000)]),
    ("de", "Microsoft sprach mit dem Investor von OpenAI.", []),
    ("de", "OpenAI erhält 10 Milliarden Dollar Umsatz von Microsoft.", []),
    # A coordinated clause keeps the investor of the clause before; an object is no investor.
    ("de", "Für Microsoft ist es ein Schritt. Der Konzern ist mit Abstand größter Geldgeber von OpenAI und hat dem "
     "ChatGPT-Entwickler rund 13 Milliarden Dollar zugesagt.", [("investment", "Microsoft", "OpenAI", 13_000_000_000)]),
    ("en", "Microsoft is OpenAI's largest backer and has invested $13 billion in the startup.",
     [("investment", "Microsoft", "OpenAI", 13_000_000_000)]),
    ("en", "Microsoft is the largest investor in OpenAI and has invested $13 billion in Anthropic.",
     [("investment", "Microsoft", "OpenAI", None), ("investment", "Microsoft", "Anthropic", 13_000_000_000)]),
    # Descriptions stand for the organisation named before, but two alone make no fact.
    ("de", "Für Microsoft ist das ein Schlag. Der Konzern hält 49 Prozent an OpenAI.",
     [("stake", "Microsoft", "OpenAI", 49)]),
    ("de", "OpenAI erhält Geld von Microsoft. Bereits 2019 hatte der Konzern eine Milliarde Dollar in das Start-up "
     "gesteckt.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), VOICES)
def test_investment_and_stake_voices(lang: str, text: str, expected: list[tuple]) -> None:
    assert parties(text, lang) == expected


# Roles split off names, each once per person, role and organisation in a document.
ROLES = [
    ("en", "Chief Technology Officer Mira Murati spoke.", [("Mira Murati", "CTO", None)]),
    # Taking over the running of the company ("die Leitung des Unternehmens") makes her its chief executive.
    ("de", "OpenAI hat Sam Altman entlassen. Technologiechefin Mira Murati übernimmt die Leitung des Unternehmens.",
     [("Mira Murati", "CTO", "OpenAI"), ("Mira Murati", "CEO", "OpenAI")]),
    ("en", "CEO Sam Altman met Microsoft.", [("Sam Altman", "CEO", None)]),
    ("de", "Der HDE-Hauptgeschäftsführer Greg Brockman sagt, die Berater von PwC sehen es anders.",
     [("Greg Brockman", "managing director", None)]),
    ("de", "Die Botschaft verkündete Microsoft-Chef Satya Nadella.", [("Satya Nadella", "CEO", "Microsoft")]),
    ("en", "Satya Nadella, Microsoft's chairman and chief executive, said so.",
     [("Satya Nadella", "chairman", "Microsoft"), ("Satya Nadella", "CEO", "Microsoft")]),
    ("en", "Greg Brockman, OpenAI's president, left.", [("Greg Brockman", "president", "OpenAI")]),
    ("en", "The board named Emmett Shear, the former chief executive of the streaming site Twitch, as interim CEO.",
     [("Emmett Shear", "CEO", "Twitch"), ("Emmett Shear", "CEO", None)]),
    ("en", "Mira Murati was named interim chief executive the same day.", [("Mira Murati", "CEO", None)]),
    ("de", "Sam Altman, bis Freitag Chef von OpenAI, sprach.", [("Sam Altman", "CEO", "OpenAI")]),
    ("en", "Microsoft CEO Satya Nadella spoke. Microsoft's CEO Satya Nadella spoke again. "
     "Microsoft-CEO Satya Nadella, third time.", [("Satya Nadella", "CEO", "Microsoft")]),
    # A definite board stands for the organisation whose board the text named last, and
    # for none where the text named none.
    ("en", "OpenAI's board fired him. Investors including Microsoft pushed for his return. The board instead named "
     "Emmett Shear, the former chief executive of the streaming site Twitch, as interim CEO.",
     [("Emmett Shear", "CEO", "Twitch"), ("Emmett Shear", "CEO", "OpenAI")]),
    ("en", "OpenAI's board fired him. Among the signatories was chief scientist and co-founder Ilya Sutskever, who sat "
     "on the board.", [("Ilya Sutskever", "chief scientist", "OpenAI"), ("Ilya Sutskever", "co-founder", "OpenAI")]),
    ("de", "Der Verwaltungsrat von OpenAI hat Firmenchef Sam Altman entlassen. Mitgründer Greg Brockman verlor seinen "
     "Posten als Vorsitzender des Verwaltungsrats.",
     [("Sam Altman", "CEO", "OpenAI"), ("Greg Brockman", "co-founder", "OpenAI"),
      ("Greg Brockman", "chairman", "OpenAI")]),
    ("de", "Mitgründer Greg Brockman verlor seinen Posten als Vorsitzender des Verwaltungsrats.",
     [("Greg Brockman", "co-founder", None), ("Greg Brockman", "chairman", None)]),
    ("en", "OpenAI's board fired him. Sam Altman joined the board of Google as chairman.",
     [("Sam Altman", "chairman", None)]),
    # Joining an organisation in a role.
    ("en", "Sam Altman returns to OpenAI as chief executive.", [("Sam Altman", "CEO", "OpenAI")]),
    ("en", "Mira Murati joined OpenAI as CTO in 2018.", [("Mira Murati", "CTO", "OpenAI")]),
    ("de", "Sam Altman kehrt zu OpenAI als Chef zurück.", [("Sam Altman", "CEO", "OpenAI")]),
    # ... the organisation a description names, or one joined after the post ("als Finanzchef zu OpenAI gekommen"),
    # but not a description's guess there (which the sentence's former employer would be).
    ("de", "OpenAI wurde 2015 gegründet. Sam Altman führt das Unternehmen bis heute als Vorstandschef.",
     [("Sam Altman", "CEO", "OpenAI")]),
    ("de", "Sam Altman, der 2019 als Chef zu OpenAI gekommen war, sprach.", [("Sam Altman", "CEO", "OpenAI")]),
    ("de", "OpenAI teilte mit, dass Sam Altman, zuvor Manager bei Microsoft, als Chef zu dem Unternehmen stößt.",
     [("Sam Altman", "CEO", None)]),
    ("en", "Satya Nadella joined Microsoft in 1992 and became CEO in 2014.", [("Satya Nadella", "CEO", None)]),
    ("en", "Sam Altman joined Microsoft as CEO of its new AI unit.", [("Sam Altman", "CEO", None)]),
    ("en", "Sam Altman, a co-founder of OpenAI, is CEO of its research arm.",
     [("Sam Altman", "co-founder", "OpenAI"), ("Sam Altman", "CEO", None)]),
    # The organisation after the last of two roles is both's; the person after the role's organisation.
    ("en", "Jensen Huang, founder and CEO of Nvidia, spoke.",
     [("Jensen Huang", "founder", "Nvidia"), ("Jensen Huang", "CEO", "Nvidia")]),
    ("de", "Jensen Huang, Gründer und Chef von Nvidia, sprach.",
     [("Jensen Huang", "founder", "Nvidia"), ("Jensen Huang", "CEO", "Nvidia")]),
    ("en", "The co-founder of Anthropic, Dario Amodei, spoke.", [("Dario Amodei", "co-founder", "Anthropic")]),
    ("de", "Der Gründer von Anthropic, Dario Amodei, sprach.", [("Dario Amodei", "founder", "Anthropic")]),
    ("de", "Der Aufsichtsratsvorsitzende von OpenAI, Bret Taylor, sprach.", [("Bret Taylor", "chairman", "OpenAI")]),
    ("de", "Microsofts Vorstandsvorsitzender Satya Nadella sprach.", [("Satya Nadella", "CEO", "Microsoft")]),
    # "its" after a sentence naming two organisations stands for none of them, unless one is only
    # named as a role given up ("stepped down as president of Y Combinator"; test_more_roles).
    ("en", "Sam Altman, president of Y Combinator, joined OpenAI this year. Greg Brockman is its chief technology "
     "officer.",
     [("Sam Altman", "president", "Y Combinator"), ("Greg Brockman", "CTO", None)]),
    # A name we do not know, possessive, owns the post, which is no other's; an apposition with "a" gives it to the
    # last of a list alone.
    ("en", "In June, Amazon hired Adept's chief executive, David Luan, and his colleagues.",
     [("David Luan", "CEO", None)]),
    ("en", "Mira Murati and Ilya Sutskever, a co-founder of OpenAI, joined.",
     [("Ilya Sutskever", "co-founder", "OpenAI")]),
    # A post the organisation is led by the holder in; a board the holder sits ("sitzt … vor").
    ("en", "The combined group, renamed OpenAI, is led by founder Sam Altman as chief executive.",
     [("Sam Altman", "founder", "OpenAI"), ("Sam Altman", "CEO", "OpenAI")]),
    ("de", "Dem Aufsichtsrat von OpenAI sitzt seit Ende Januar Bret Taylor vor.",
     [("Bret Taylor", "chairman", "OpenAI")]),
    ("en", "The chief executive said the board would meet.", []),
    ("de", "Der Firmenchef schwieg, der Vorsitzende auch.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROLES)
def test_roles_split_off_names_once_each(lang: str, text: str, expected: list[tuple]) -> None:
    roles = [(f["person"], f["role"], f["org"]) for f in facts_with_publishers(text, lang) if f["kind"] == "role"]
    assert roles == expected


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("1.000,5", "de", 1000.5), ("1,000.5", "en", 1000.5), ("1.000,5", "en", 1000.5), ("1,000.5", "de", 1000.5)])
def test_both_separators_read_the_last_as_the_decimal_one(text: str, lang: str, value: float) -> None:
    assert parse_number(text, lang) == value


@pytest.mark.parametrize(("text", "lang", "amount", "currency"), [
    ("Der Konzern zahlte 1.000,5 Mio. Euro.", "de", 1_000_500_000, "EUR"),
    ("The company paid 1,000.5 million dollars.", "en", 1_000_500_000, "USD"),
    ("Der Konzern zahlte 1,000.5 Mio. Euro.", "de", 1_000_500_000, "EUR"),
])
def test_ambiguous_separators_give_one_amount(text: str, lang: str, amount: int, currency: str) -> None:
    [money] = [f for f in facts(text, lang) if f["kind"] == "money"]
    assert (money["amount"], money["currency"]) == (amount, currency)


@pytest.mark.parametrize(("text", "lang", "written", "english", "says"), [
    ("Microsoft verlor fast 47 Milliarden US-Dollar Börsenwert.", "de", "fast", "almost",
     "Microsoft: loss of almost 47,000,000,000 USD"),
    ("Nach der Vereinbarung erhält OpenAI von Microsoft rund 10 Milliarden Dollar.", "de", "rund", "about",
     "Microsoft → OpenAI: about 10,000,000,000 USD"),
    ("Nvidia meldete knapp 30 Milliarden Dollar Umsatz.", "de", "knapp", "just under",
     "Nvidia: just under 30,000,000,000 USD"),
])
def test_amounts_read_in_english_and_keep_the_written_qualifier(text: str, lang: str, written: str, english: str,
                                                                says: str) -> None:
    from ainews_cli.records import Fact

    [fact] = [f for f in facts_with_publishers(text, lang) if f["kind"] not in ("role", "money", "percent")]
    assert (fact["qualifier"], fact["qualifier_en"]) == (written, english)
    assert Fact.from_dict(fact).says() == says


# More of the ways news states money: voices, descriptions, lists and a round told before.
MORE_VOICES = [
    ("en", "Amazon has now put the full $4 billion it promised into Anthropic.",
     [("investment", "Amazon", "Anthropic", 4_000_000_000)]),
    # Reversed voice: the target lands the money, the investor gives it.
    ("en", "Anthropic landed a commitment of up to $2 billion from Google.",
     [("investment", "Google", "Anthropic", 2_000_000_000)]),
    ("en", "Inflection AI raised $1.3 billion in a round led by Microsoft, Reid Hoffman, Bill Gates and Nvidia.",
     [("investment", "Microsoft", "Inflection AI", None), ("investment", "Reid Hoffman", "Inflection AI", None),
      ("investment", "Bill Gates", "Inflection AI", None), ("investment", "Nvidia", "Inflection AI", None)]),
    ("en", "Anthropic raised $450 million from investors including Google and Salesforce.",
     [("investment", "Google", "Anthropic", None), ("investment", "Salesforce", "Anthropic", None)]),
    # Two descriptions go on with the investment just told, the roles as there.
    ("en", "Amazon has put $4 billion into Anthropic. The retailer poured a further $2.75 billion into the San "
     "Francisco startup.",
     [("investment", "Amazon", "Anthropic", 4_000_000_000), ("investment", "Amazon", "Anthropic", 2_750_000_000)]),
    ("en", "Microsoft said so. The company poured $1 billion into the startup.", []),
    # A cited publisher is never a party; a minority stake without a percent and a purchase are no facts.
    ("en", "Google will invest up to $2 billion in Anthropic, according to The Wall Street Journal.",
     [("investment", "Google", "Anthropic", 2_000_000_000)]),
    ("en", "Amazon holds a minority stake in Anthropic.", []),
    ("en", "Databricks said it would buy MosaicML for $1.3 billion.", []),
    ("de", "Im Februar stieg Microsoft mit 15 Millionen Euro bei Mistral AI ein.",
     [("investment", "Microsoft", "Mistral AI", 15_000_000)]),
    ("de", "Mistral AI hat 385 Millionen Euro von Investoren um Andreessen Horowitz erhalten.",
     [("investment", "Andreessen Horowitz", "Mistral AI", None)]),
    # "die Runde" is the round the sentence before told; with none told, no fact.
    ("de", "Mistral AI hat 600 Millionen Euro eingesammelt. Angeführt wurde die Runde von General Catalyst.",
     [("investment", "General Catalyst", "Mistral AI", None)]),
    ("de", "Angeführt wurde die Runde von General Catalyst.", []),
    # Investors listed after the round, in its sentence or the next; investors of nothing named are none.
    ("en", "xAI raised $6 billion; investors included Andreessen Horowitz, Sequoia Capital and Nvidia.",
     [("investment", "Andreessen Horowitz", "xAI", None), ("investment", "Sequoia Capital", "xAI", None),
      ("investment", "Nvidia", "xAI", None)]),
    ("en", "xAI raised $6 billion in a Series B round. Investors included Andreessen Horowitz and Sequoia Capital.",
     [("investment", "Andreessen Horowitz", "xAI", None), ("investment", "Sequoia Capital", "xAI", None)]),
    ("de", "xAI hat sechs Milliarden Dollar eingesammelt. Zu den Geldgebern gehören Andreessen Horowitz und Sequoia "
     "Capital.", [("investment", "Andreessen Horowitz", "xAI", None), ("investment", "Sequoia Capital", "xAI", None)]),
    ("zh", "xAI完成60亿美元融资，投资方包括红杉资本和安德森·霍洛维茨。",
     [("investment", "Sequoia Capital", "xAI", None), ("investment", "Andreessen Horowitz", "xAI", None)]),
    # An organisation that only titles the person after it is that person; with no person known, no one.
    ("en", "xAI raised $6 billion; investors included Sequoia Capital, Nvidia and OpenAI CEO Sam Altman.",
     [("investment", "Sequoia Capital", "xAI", None), ("investment", "Nvidia", "xAI", None),
      ("investment", "Sam Altman", "xAI", None)]),
    ("de", "xAI hat sechs Milliarden Dollar eingesammelt. Zu den Geldgebern gehören Sequoia Capital, Nvidia und "
     "OpenAI-Chef Sam Altman.", [("investment", "Sequoia Capital", "xAI", None), ("investment", "Nvidia", "xAI", None),
                                ("investment", "Sam Altman", "xAI", None)]),
    ("zh", "xAI完成60亿美元融资，投资方包括红杉资本、英伟达和OpenAI首席执行官萨姆·奥特曼。",
     [("investment", "Sequoia Capital", "xAI", None), ("investment", "Nvidia", "xAI", None),
      ("investment", "Sam Altman", "xAI", None)]),
    ("zh", "xAI完成60亿美元融资，投资方包括红杉资本、英伟达与谷歌前首席执行官张三。",
     [("investment", "Sequoia Capital", "xAI", None), ("investment", "Nvidia", "xAI", None)]),
    # A description stands for the organisation a sentence is about, not one that titles a person in it.
    ("de", "Inflection AI wurde 2022 von LinkedIn-Mitgründer Reid Hoffman gegründet. Das Unternehmen erhält von "
     "Microsoft 1,3 Milliarden Dollar.", [("investment", "Microsoft", "Inflection AI", 1_300_000_000)]),
    ("zh", "Inflection AI于2022年由LinkedIn联合创始人里德·霍夫曼创立。该公司宣布募得13亿美元，投资方包括微软、英伟达。",
     [("investment", "Microsoft", "Inflection AI", None), ("investment", "Nvidia", "Inflection AI", None)]),
    ("en", "Investors include Andreessen Horowitz.", []),
    ("en", "Microsoft invested $1 billion in OpenAI. Investors were wary of Nvidia and Microsoft.",
     [("investment", "Microsoft", "OpenAI", 1_000_000_000)]),
    ("zh", "亚马逊向Anthropic追加投资27.5亿美元，对该公司的投资总额达到40亿美元。",
     [("investment", "Amazon", "Anthropic", 2_750_000_000), ("investment", "Amazon", "Anthropic", 4_000_000_000)]),
    ("zh", "英伟达参与了Inflection AI的13亿美元融资。", [("investment", "Nvidia", "Inflection AI", None)]),
    ("zh", "阿里巴巴领投月之暗面10亿美元融资。", [("investment", "Alibaba Group", "Moonshot AI", None)]),
    ("zh", "輝達參與了Inflection AI的13億美元融資。", [("investment", "Nvidia", "Inflection AI", None)]),
    ("zh", "据《华尔街日报》报道，谷歌承诺向Anthropic注资最多20亿美元。",
     [("investment", "Google", "Anthropic", 2_000_000_000)]),
    # The company named after the backers' noun, the backers after the verb.
    ("en", "Investors in Anthropic include Google and Salesforce Ventures.",
     [("investment", "Google", "Anthropic", None), ("investment", "Salesforce Ventures", "Anthropic", None)]),
    ("en", "Among the backers of Anthropic are Google and Salesforce Ventures.",
     [("investment", "Google", "Anthropic", None), ("investment", "Salesforce Ventures", "Anthropic", None)]),
    # ... not the company a deal of theirs is with.
    ("en", "Investors cheered as Anthropic signed a deal with Google.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MORE_VOICES)
def test_more_investment_voices(lang: str, text: str, expected: list[tuple]) -> None:
    assert parties(text, lang) == expected


def test_a_chinese_round_lead_takes_the_company_of_the_round_told_before() -> None:
    first, second = "xAI完成60亿美元融资。", "本轮融资由红杉资本领投。"
    text = first + second
    entities = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, "zh"), TABLE)
    sentences = [Sentence(0, len(first), "zh"), Sentence(len(first), len(text), "zh")]
    found = [(f["kind"], f.get("investor"), f.get("target")) for f in
             (f.to_dict() for f in extract_facts(text, sentences, entities)) if f["kind"] == "investment"]
    assert found == [("investment", "Sequoia Capital", "xAI")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Nvidia's revenue for the quarter more than doubled to $13.5 billion.", "en",
         [("revenue", ("subject", "Nvidia"), ("amount", 13_500_000_000))]),
        ("Nvidia steigerte seinen Umsatz im ersten Quartal auf 26 Milliarden Dollar.", "de",
         [("revenue", ("subject", "Nvidia"), ("amount", 26_000_000_000))]),
        # Forecasts are no revenue.
        ("Nvidia expects revenue of about $28 billion.", "en", []),
        ("Für das laufende Quartal rechnet Nvidia mit einem Umsatz von rund 28 Milliarden Dollar.", "de", []),
        ("英伟达预计第二财季营收约为280亿美元。", "zh", []),
        ("輝達預估第三季營收約為325億美元。", "zh", []),
        ("輝達股價週二重挫9.5%，市值一天蒸發2790億美元。", "zh",
         [("market_value_change", ("subject", "Nvidia"), ("amount", 279_000_000_000), ("direction", "loss"))]),
        ("Nvidia shed about $430 billion in market value over three sessions.", "en",
         [("market_value_change", ("subject", "Nvidia"), ("amount", 430_000_000_000), ("direction", "loss"))]),
        ("Fines can reach €35 million or 7% of turnover.", "en", []),
        ("xAI closed a $6 billion Series B round.", "en",
         [("funding_round", ("subject", "xAI"), ("amount", 6_000_000_000))]),
        # The owner after the cue; the verb after the cue; a value with no change is none.
        ("The selloff erased $279 billion from Nvidia's market value.", "en",
         [("market_value_change", ("subject", "Nvidia"), ("amount", 279_000_000_000), ("direction", "loss"))]),
        ("Der Börsenwert von Nvidia schrumpfte um 279 Milliarden Dollar.", "de",
         [("market_value_change", ("subject", "Nvidia"), ("amount", 279_000_000_000), ("direction", "loss"))]),
        ("Nvidia hat 279 Milliarden Dollar an Börsenwert eingebüßt.", "de",
         [("market_value_change", ("subject", "Nvidia"), ("amount", 279_000_000_000), ("direction", "loss"))]),
        # A loss or gain named right before the cue: the amount after its "von", "of" is the change.
        ("Intel meldete am Freitag einen Verlust an Börsenwert von rund 32 Milliarden Dollar.", "de",
         [("market_value_change", ("subject", "Intel"), ("amount", 32_000_000_000), ("direction", "loss"))]),
        ("Nvidia suffered a loss in market value of $279 billion on Tuesday.", "en",
         [("market_value_change", ("subject", "Nvidia"), ("amount", 279_000_000_000), ("direction", "loss"))]),
        # A market value with no change is what the company is worth: a valuation.
        ("Nvidias Börsenwert von drei Billionen Dollar ist ein Rekord.", "de",
         [("valuation", ("subject", "Nvidia"), ("amount", 3_000_000_000_000))]),
        ("Nvidias Börsenwert liegt bei mehr als drei Billionen Dollar.", "de",
         [("valuation", ("subject", "Nvidia"), ("amount", 3_000_000_000_000))]),
        ("英伟达市值达3.34兆美元。", "zh", [("valuation", ("subject", "Nvidia"), ("amount", 3_340_000_000_000))]),
        # The lead investor raised nothing: the round is the company's after it.
        ("阿里巴巴领投月之暗面10亿美元融资。", "zh",
         [("investment", ("investor", "Alibaba Group"), ("target", "Moonshot AI")),
          ("funding_round", ("subject", "Moonshot AI"), ("amount", 1_000_000_000))]),
        # "Das Unternehmen" is Mistral AI, not the investor an agent phrase named before, nor kept
        # from it by Mistral AI saying so.
        ("Mistral AI hat Geld eingesammelt. Angeführt wurde die Runde von General Catalyst. Das Unternehmen wird "
         "nun mit 5,8 Mrd. Euro bewertet, wie Mistral AI mitteilte.", "de",
         [("valuation", ("subject", "Mistral AI"), ("amount", 5_800_000_000))]),
        ("Anthropic成立于2021年，创始人包括达里奥·阿莫迪和丹妮拉·阿莫迪。", "zh",
         [("founded", ("org", "Anthropic"), ("founders", ["Daniela Amodei", "Dario Amodei"]))]),
        # A German genitive on a full name ("Elon Musks") names him, so "Musk" is him.
        ("Elon Musks Firma xAI sammelte sechs Milliarden Dollar ein. Musk hatte xAI 2023 gegründet.", "de",
         [("founded", ("org", "xAI"), ("founders", ["Elon Musk"])),
          ("funding_round", ("subject", "xAI"), ("amount", 6_000_000_000))]),
        # An organisation that founded what the sentence does not name founded nothing it names.
        ("Rocket Internet hatte Foodpanda 2012 gegründet.", "de", []),
        ("Rocket Internet had founded Foodpanda in 2012.", "en", []),
        ("Rocket Internet had been founded in 2007.", "en",
         [("founded", ("org", "Rocket Internet"), ("founders", []))]),
        ("Rocket Internet war 2007 gegründet worden.", "de",
         [("founded", ("org", "Rocket Internet"), ("founders", []))]),
    ],
)
def test_more_typed_facts(text: str, lang: str, expected: list[tuple]) -> None:
    assert typed(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("zh", "亚马逊CEO安迪·贾西表示。", [("Andy Jassy", "CEO", "Amazon")]),
        # A word for the organisation's kind between its name and the role: "集团", "公司".
        ("zh", "百度集团首席执行官李彦宏表示。", [("Robin Li", "CEO", "Baidu")]),
        ("en", "Ali Ghodsi, Databricks' co-founder and chief executive, said so.",
         [("Ali Ghodsi", "co-founder", "Databricks"), ("Ali Ghodsi", "CEO", "Databricks")]),
        ("en", "Anthropic was founded in 2021. Dario Amodei is its chief executive and Daniela Amodei its president.",
         [("Dario Amodei", "CEO", "Anthropic"), ("Daniela Amodei", "president", "Anthropic")]),
        ("zh", "Anthropic成立于2021年，创始人包括达里奥·阿莫迪和丹妮拉·阿莫迪。",
         [("Dario Amodei", "founder", "Anthropic"), ("Daniela Amodei", "founder", "Anthropic")]),
        # An English role before names is the first one's only.
        ("en", "Anthropic CEO Dario Amodei and Daniela Amodei spoke.", [("Dario Amodei", "CEO", "Anthropic")]),
        # "Firmenchef": the firm the text is about, not the former employer.
        ("de", "Mistral AI wurde 2023 gegründet. Firmenchef Arthur Mensch arbeitete zuvor bei Google DeepMind.",
         [("Arthur Mensch", "CEO", "Mistral AI")]),
        ("de", "OpenAI erhielt Geld von Microsoft. Firmenchef Sam Altman sagte das.", [("Sam Altman", "CEO", None)]),
        # "the company" and "its" do not stand for an organisation named in the background.
        ("en", "Inflection AI was founded by Reid Hoffman and DeepMind co-founder Mustafa Suleyman. Suleyman is the "
         "company's chief executive.",
         [("Mustafa Suleyman", "co-founder", "Google DeepMind"), ("Mustafa Suleyman", "CEO", "Inflection AI")]),
        ("en", "Sam Altman, who stepped down as president of Y Combinator, is OpenAI's chief executive. Greg Brockman "
         "is its chief technology officer.",
         [("Sam Altman", "president", "Y Combinator"), ("Sam Altman", "CEO", "OpenAI"),
          ("Greg Brockman", "CTO", "OpenAI")]),
        ("de", "Mira Murati übernimmt vorübergehend die Leitung von OpenAI.", [("Mira Murati", "CEO", "OpenAI")]),
        # The holder after the verb, the one replaced after the organisation (who held the post before).
        ("de", "Am selben Tag übernahm Mira Murati die Führung von OpenAI von Sam Altman.",
         [("Mira Murati", "CEO", "OpenAI"), ("Sam Altman", "CEO", "OpenAI")]),
        ("en", "Microsoft said so. Greg Brockman took the helm of OpenAI.", [("Greg Brockman", "CEO", "OpenAI")]),
    ],
)
def test_more_roles(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(f["person"], f["role"], f["org"]) for f in facts_with_publishers(text, lang)
            if f["kind"] == "role"] == expected


@pytest.mark.parametrize(("text", "lang", "amount", "currency"), [
    ("輝達市值達3.34兆美元。", "zh", 3_340_000_000_000, "USD"),  # 兆 with money: a trillion
    ("OpenAI erhielt 20 Mrd. Euro.", "de", 20_000_000_000, "EUR"),
    ("Mistral AI raised €2bn.", "en", 2_000_000_000, "EUR"),
])
def test_more_amount_formats(text: str, lang: str, amount: int, currency: str) -> None:
    [money] = [f for f in facts_with_publishers(text, lang) if f["kind"] in ("money", "funding_round", "valuation")]
    assert (money["amount"], money["currency"]) == (amount, currency)


# A plan, talks or a forecast is no fact, whatever its kind; a forecast in a clause of its own
# leaves the fact after it.
NVIDIA_REVENUE = [("revenue", ("subject", "Nvidia"), ("amount", 26_000_000_000))]
HEDGED = [
    ("en", "Nvidia expects revenue of $28 billion.", []),
    ("en", "Microsoft expects to invest $10 billion in OpenAI.", []),
    ("en", "Nvidia, which expects growth, reported revenue of $26 billion.", NVIDIA_REVENUE),
    ("de", "Nvidia rechnet mit einem Umsatz von 28 Milliarden Dollar.", []),
    ("de", "Microsoft dürfte 10 Milliarden Dollar in OpenAI investieren.", []),
    ("de", "Nvidia, das Wachstum erwartet, meldete einen Umsatz von 26 Milliarden Dollar.", NVIDIA_REVENUE),
    ("zh", "英伟达预计营收为280亿美元。", []),
    ("zh", "微软预计向OpenAI投资100亿美元。", []),
    ("zh", "英伟达虽预计增长放缓，营收达到260亿美元。", NVIDIA_REVENUE),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HEDGED)
def test_plans_and_forecasts_are_no_facts(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed(text, lang) == expected


# Foundings: the founders named before the cue share its clause; "由" names them in Chinese,
# the organisation before it; a known name that a longer name goes on from is not the one founded.
# A valuation's cue after a deal prices the deal.
FOUNDINGS_AND_PRICES = [
    ("zh", "Inflection AI于2022年由苏莱曼、LinkedIn联合创始人里德·霍夫曼与西蒙尼扬共同创立。",
     [("founded", ("org", "Inflection AI"), ("founders", ["Reid Hoffman"]))]),
    ("de", "Inflection AI wurde 2022 von Reid Hoffman gegründet.",
     [("founded", ("org", "Inflection AI"), ("founders", ["Reid Hoffman"]))]),
    ("en", "Microsoft hired Sam Altman, and founded OpenAI.", [("founded", ("org", "OpenAI"), ("founders", []))]),
    ("en", "Musk, who co-founded OpenAI, sued.", [("founded", ("org", "OpenAI"), ("founders", []))]),
    ("de", "Microsoft holte Sam Altman, und gründete OpenAI.", [("founded", ("org", "OpenAI"), ("founders", []))]),
    ("zh", "微软延揽萨姆·奥特曼，并创立OpenAI。", [("founded", ("org", "OpenAI"), ("founders", []))]),
    # "by" after another verb's participle names that verb's agent, not a founder.
    ("en", "Mistral AI, which was founded in 2023, is chaired by Reid Hoffman.",
     [("founded", ("org", "Mistral AI"), ("founders", []))]),
    ("en", "Mistral AI was founded in 2023 and backed by Reid Hoffman.",
     [("founded", ("org", "Mistral AI"), ("founders", [])),
      ("investment", ("investor", "Reid Hoffman"), ("target", "Mistral AI"))]),
    ("en", "Mistral AI, which was founded in 2023, is run by Reid Hoffman.",
     [("founded", ("org", "Mistral AI"), ("founders", []))]),
    ("de", "Mistral AI wurde 2023 gegründet und wird unterstützt von Reid Hoffman.",
     [("founded", ("org", "Mistral AI"), ("founders", []))]),
    ("en", "Mistral AI was founded in 2023 by Reid Hoffman.",
     [("founded", ("org", "Mistral AI"), ("founders", ["Reid Hoffman"]))]),
    ("en", "Microsoft founded Microsoft Research in 1991.", []),
    ("de", "Microsoft hat 1991 Microsoft Research gegründet.", []),
    ("zh", "微软成立名为Microsoft AI的新部门。", []),
    ("en", "Databricks agreed to buy MosaicML, a San Francisco startup, in a deal valued at about $1.3 billion.", []),
    ("en", "In the deal, Mistral AI was valued at about $1.3 billion.",
     [("valuation", ("subject", "Mistral AI"), ("amount", 1_300_000_000))]),
    ("de", "Databricks kauft MosaicML, die Übernahme wird mit 1,3 Milliarden Dollar bewertet.", []),
    ("de", "Bei dem Deal wurde Mistral AI mit 1,3 Milliarden Dollar bewertet.",
     [("valuation", ("subject", "Mistral AI"), ("amount", 1_300_000_000))]),
    ("zh", "Databricks收购MosaicML，交易估值13亿美元。", []),
    ("zh", "在这笔交易中，MosaicML估值13亿美元。", [("valuation", ("subject", "MosaicML"), ("amount", 1_300_000_000))]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FOUNDINGS_AND_PRICES)
def test_foundings_and_prices(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed(text, lang) == expected


# A list of targets a voice closes (the German verb after it, the sentence's end) is one
# investment in each; how an amount was shared is not told, so none takes it.
TARGET_LISTS = [
    ("en", "Last year SAP also invested in the AI startups Aleph Alpha, Anthropic and Cohere.",
     [("investment", "SAP", "Aleph Alpha", None), ("investment", "SAP", "Anthropic", None),
      ("investment", "SAP", "Cohere", None)]),
    ("en", "Microsoft invested in OpenAI and Nvidia said so.", [("investment", "Microsoft", "OpenAI", None)]),
    ("de", "Im vergangenen Jahr hatte sich SAP zudem an den KI-Start-ups Aleph Alpha, Anthropic und Cohere beteiligt.",
     [("investment", "SAP", "Aleph Alpha", None), ("investment", "SAP", "Anthropic", None),
      ("investment", "SAP", "Cohere", None)]),
    ("de", "SAP hat sich mit 500 Millionen Euro an Aleph Alpha und Anthropic beteiligt.",
     [("investment", "SAP", "Aleph Alpha", None), ("investment", "SAP", "Anthropic", None)]),
    ("de", "SAP hat sich an Anthropic beteiligt.", [("investment", "SAP", "Anthropic", None)]),
    ("zh", "去年SAP还投资了人工智能初创公司Aleph Alpha、Anthropic和Cohere。",
     [("investment", "SAP", "Aleph Alpha", None), ("investment", "SAP", "Anthropic", None),
      ("investment", "SAP", "Cohere", None)]),
    ("zh", "微软投资了OpenAI和英伟达发布的模型。", [("investment", "Microsoft", "OpenAI", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TARGET_LISTS)
def test_lists_of_targets(lang: str, text: str, expected: list[tuple]) -> None:
    assert parties(text, lang) == expected


# A valuation or round is its target's, never its investor's, though the investor is named last
# before the cue.
ROUNDS_OF_TARGETS = [
    ("en", "Mistral AI raised €600 million from General Catalyst at a valuation of €5.8 billion.",
     [("investment", ("investor", "General Catalyst"), ("target", "Mistral AI"), ("amount", 600_000_000)),
      ("valuation", ("subject", "Mistral AI"), ("amount", 5_800_000_000)),
      ("funding_round", ("subject", "Mistral AI"), ("amount", 600_000_000))]),
    ("de", "Mistral AI hat 600 Millionen Euro eingesammelt, angeführt von General Catalyst, bei einer Bewertung von "
     "5,8 Milliarden Euro.",
     [("investment", ("investor", "General Catalyst"), ("target", "Mistral AI")),
      ("valuation", ("subject", "Mistral AI"), ("amount", 5_800_000_000)),
      ("funding_round", ("subject", "Mistral AI"), ("amount", 600_000_000))]),
    # ... and a round led in a company, its amount written with a decimal point.
    ("en", "Accel led a $12.7 million round in Facebook in 2005.",
     [("investment", ("investor", "Accel"), ("target", "Meta")),
      ("funding_round", ("subject", "Meta"), ("amount", 12_700_000))]),
    ("zh", "月之暗面从阿里巴巴获得10亿美元融资，估值25亿美元。",
     [("investment", ("investor", "Alibaba Group"), ("target", "Moonshot AI"), ("amount", 1_000_000_000)),
      ("valuation", ("subject", "Moonshot AI"), ("amount", 2_500_000_000)),
      ("funding_round", ("subject", "Moonshot AI"), ("amount", 1_000_000_000))]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROUNDS_OF_TARGETS)
def test_a_round_and_its_valuation_are_the_targets(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed(text, lang) == expected


# Investors listed together share an amount the text does not split: none takes it alone.
CO_INVESTORS = [
    ("en", "OpenAI raised $6.6 billion from Microsoft and Nvidia.",
     [("investment", "Microsoft", "OpenAI", None), ("investment", "Nvidia", "OpenAI", None)]),
    ("en", "Microsoft, Nvidia and SoftBank invested $6.6 billion in OpenAI.",
     [("investment", "SoftBank", "OpenAI", None), ("investment", "Nvidia", "OpenAI", None),
      ("investment", "Microsoft", "OpenAI", None)]),
    ("en", "OpenAI raised $6.6 billion from Microsoft, Nvidia said.",
     [("investment", "Microsoft", "OpenAI", 6_600_000_000)]),
    ("de", "Microsoft und Nvidia investieren 6,6 Milliarden Dollar in OpenAI.",
     [("investment", "Nvidia", "OpenAI", None), ("investment", "Microsoft", "OpenAI", None)]),
    ("zh", "微软和英伟达向OpenAI投资66亿美元。",
     [("investment", "Nvidia", "OpenAI", None), ("investment", "Microsoft", "OpenAI", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CO_INVESTORS)
def test_listed_investors_share_an_amount(lang: str, text: str, expected: list[tuple]) -> None:
    assert parties(text, lang) == expected


# Where money came from is not what is valued: the one that got it is; German "von" and "bei" also
# name owners and targets.
SOURCES = [
    ("en", "Mistral AI got money from General Catalyst, valued at €5.8 billion.",
     [("investment", ("investor", "General Catalyst"), ("target", "Mistral AI")),
      ("valuation", ("subject", "Mistral AI"), ("amount", 5_800_000_000))]),
    ("zh", "月之暗面从阿里巴巴拿到钱，估值25亿美元。",
     [("valuation", ("subject", "Moonshot AI"), ("amount", 2_500_000_000))]),
    ("de", "Die Bewertung von OpenAI liegt bei 157 Milliarden Dollar.",
     [("valuation", ("subject", "OpenAI"), ("amount", 157_000_000_000))]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SOURCES)
def test_a_source_of_money_is_not_valued(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed(text, lang) == expected


# A Chinese stake told after a clause with an amount, a joiner before its verb; "其他" is "other".
CHINESE_STAKES = [
    ("zh", "微软是OpenAI最大的投资者，已承诺投资约130亿美元，并持有其营利部门约49%的权益。",
     [("investment", "Microsoft", "OpenAI", 13_000_000_000), ("stake", "Microsoft", "OpenAI", 49)]),
    ("zh", "微軟是OpenAI最大的投資者，已承諾投資約130億美元，並持有其營利部門約49%的權益。",
     [("investment", "Microsoft", "OpenAI", 13_000_000_000), ("stake", "Microsoft", "OpenAI", 49)]),
    ("zh", "微软是OpenAI最大的投资者，已承诺投资约130亿美元，并持有其他公司约5%的股份。",
     [("investment", "Microsoft", "OpenAI", 13_000_000_000)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CHINESE_STAKES)
def test_chinese_stakes_after_an_amount(lang: str, text: str, expected: list[tuple]) -> None:
    assert parties(text, lang) == expected


def _voices() -> list:
    import importlib

    from ainews_cli.languages import LANGUAGES

    typed = importlib.import_module("ainews_cli.facts.typed")
    return [voice for name in ("_INVESTMENT_VOICES", "_INVESTOR_RELATIONS", "_STAKE_VOICES", "_ROUND_LEADS",
                               "_VALUATION_VOICES", "_REVENUE_VOICES", "_CONTINUATIONS")
            for lang in LANGUAGES for voice in typed._voices(getattr(typed, name), lang)]


def test_every_character_a_voice_anchor_matches_lowers_to_it_or_is_case_odd() -> None:
    """A sentence is searched for a voice only where its lower case holds one of the
    voice's anchors: every character IGNORECASE matches to an anchor's character must
    lower-case to it, or be one of CASE_ODD (whose sentences are always searched)."""
    import importlib

    case_odd = importlib.import_module("ainews_cli.facts.typed").CASE_ODD
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    characters = {ch for voice in _voices() for anchor in voice.anchors or () for ch in anchor}
    assert characters
    for ch in characters:
        for other in set(re.findall(re.escape(ch), everything, re.I)):
            assert ch in other.lower() or other in case_odd, (ch, other)


def test_every_match_of_a_voice_holds_one_of_its_anchors() -> None:
    """The anchors are read from each voice's parsed pattern; checked against the voices'
    own matches on sentences written to match them."""
    voices = _voices()
    assert sum(voice.anchors is not None for voice in voices) >= 0.9 * len(voices)
    samples = ["⟦P0⟧ invested ⟦M0⟧ in ⟦P1⟧", "⟦P0⟧ raised ⟦M0⟧ from ⟦P1⟧", "⟦P0⟧, backed by ⟦P1⟧",
               "⟦P0⟧ investiert ⟦M0⟧ in ⟦P1⟧", "⟦P0⟧向⟦P1⟧投资⟦M0⟧", "⟦P0⟧ holds a ⟦Q0⟧ stake in ⟦P1⟧",
               "⟦P0⟧ STEIGT mit ⟦M0⟧ bei ⟦P1⟧ ein", "⟦P0⟧'s ⟦M0⟧ investment in ⟦P1⟧"]
    matched = 0
    for voice in voices:
        for sample in samples:
            for match in voice.pattern.finditer(sample):
                matched += 1
                assert voice.anchors is None or any(a in match.group(0).lower() for a in voice.anchors)
    assert matched >= len(samples)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A founder's role told bare is one at the organisation the document says the person founded ...
        ("de", "SAP wurde 1972 von Dietmar Hopp und Hasso Plattner gegründet. Mitgründer Plattner blieb.",
         [("Hasso Plattner", "co-founder", "SAP")]),
        # ... where it says of one only.
        ("en", "Reid Hoffman co-founded LinkedIn. Reid Hoffman co-founded Inflection AI. Co-founder Reid Hoffman "
         "spoke.", [("Reid Hoffman", "co-founder", None)]),
    ],
)
def test_a_bare_founder_role_takes_the_organisation_founded(lang: str, text: str, expected: list[tuple]) -> None:
    starts = [0, *(m.end() for m in re.finditer(r"(?<=[.。]) ", text))]
    sentences = [Sentence(s, e, lang) for s, e in zip(starts, [*starts[1:], len(text)], strict=True)]
    entities = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, lang), TABLE)
    roles = [f.details for f in extract_facts(text, sentences, entities) if f.kind == "role"]
    assert [(r.person, r.role, r.org) for r in roles] == expected


# A number in two parts, the higher first ("1兆5874億元" is 1.5874 trillion); a bare 元 in a Traditional-script
# sentence told in Hong Kong is the Hong Kong dollar, elsewhere (or nowhere named) the New Taiwan dollar.
@pytest.mark.parametrize(("text", "lang", "amount", "currency"), [
    ("台積電去年營收約1兆5874億元。", "zh", 1_587_400_000_000, "TWD"),
    ("台积电去年营收约1兆5874亿元新台币。", "zh", 1_587_400_000_000, "TWD"),
    ("该公司去年营收3亿5000万元。", "zh", 350_000_000, "CNY"),
    ("商湯集團昨日在港交所主板掛牌，集資逾55億元。", "zh", 5_500_000_000, "HKD"),
    ("商湯集團在香港上市，集資逾55億元，台灣投資者亦有認購。", "zh", 5_500_000_000, "HKD"),
    ("鴻海去年營收約6.6兆元。", "zh", 6_600_000_000_000, "TWD"),
])
def test_two_part_numbers_and_the_dollar_of_a_traditional_paper(text: str, lang: str, amount: int,
                                                                 currency: str) -> None:
    [money] = [f for f in facts_with_publishers(text, lang) if f["kind"] in ("money", "funding_round", "revenue")]
    assert (money["amount"], money["currency"]) == (amount, currency)


# Hong Kong decides per sentence, or by the document's dateline or an opening that tells a listing on Hong
# Kong's exchange: another sentence naming Hong Kong leaves a bare 元 the New Taiwan dollar. The lower part
# of a two-part number may be in Chinese numerals.
@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("黑芝麻智能昨日在港交所主板掛牌。該公司集資總額約10億元。", 1_000_000_000, "HKD"),
    ("鴻海去年營收約6.6兆元。旗下富智康在香港掛牌。", 6_600_000_000_000, "TWD"),
    ("旗下富智康在香港掛牌。鴻海去年營收約6.6兆元。", 6_600_000_000_000, "TWD"),
    ("（中央社記者香港10日電）商湯集團去年營收約55億元。", 5_500_000_000, "HKD"),
    ("【香港訊】商湯集團去年營收約55億元。", 5_500_000_000, "HKD"),
    ("商湯集團去年營收約55億元，股價在港股大漲。", 5_500_000_000, "HKD"),
    ("商湯集團去年營收約55億元。", 5_500_000_000, "TWD"),
    ("商汤去年营收约55亿元。", 5_500_000_000, "CNY"),
    ("该公司获得1亿两千万美元融资。", 120_000_000, "USD"),
    ("該公司獲得1億兩千萬美元融資。", 120_000_000, "USD"),
    ("该公司营收1亿零五百万元。", 105_000_000, "CNY"),
])
def test_the_dollar_of_each_traditional_sentence(text: str, amount: int, currency: str) -> None:
    amounts = [(f["amount"], f["currency"]) for f in chinese_facts(text) if "amount" in f]
    assert amounts == [(amount, currency)]


# "it" after an agent named in the background ("led by Fidelity") and a description: the description's
# organisation, and no guess where the description stands for none.
IT_AFTER_A_DESCRIPTION = [
    ("en", "CoreWeave rents out chips. In December, investors led by Fidelity bought a stake in the company in a "
     "deal that valued it at $7 billion.", [("valuation", ("subject", "CoreWeave"), ("amount", 7_000_000_000))]),
    ("en", "In December, investors led by Fidelity bought a stake in the company in a deal that valued it at "
     "$7 billion.", []),
    ("en", "Backed by Microsoft and Nvidia, Mistral AI said its revenue was $100 million.",
     [("revenue", ("subject", "Mistral AI"), ("amount", 100_000_000))]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), IT_AFTER_A_DESCRIPTION)
def test_it_after_a_description(lang: str, text: str, expected: list[tuple]) -> None:
    assert typed(text, lang) == expected


# "it" after a description that stands for what another sentence named: the organisation the deal was in
# ("a stake in the company", "a stake in Anthropic"), or none where the sentence names one of its own.
IT_ACROSS_SENTENCES = [
    ("en", "CoreWeave rents out chips. In December, investors led by Fidelity bought a stake in the company in a "
     "deal that valued it at $7 billion.", [("valuation", ("subject", "CoreWeave"), ("amount", 7_000_000_000))]),
    ("en", "OpenAI raised $6.6 billion on Wednesday. Investors led by Thrive Capital bought a stake in Anthropic, "
     "the company's rival, in a deal that valued it at $18 billion.",
     [("funding_round", ("subject", "OpenAI"), ("amount", 6_600_000_000)),
      ("valuation", ("subject", "Anthropic"), ("amount", 18_000_000_000))]),
    ("en", "OpenAI raised $6.6 billion on Wednesday. Investors led by Thrive Capital, the company's rival, "
     "struck a deal that valued it at $18 billion.",
     [("funding_round", ("subject", "OpenAI"), ("amount", 6_600_000_000))]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), IT_ACROSS_SENTENCES)
def test_it_across_sentences(lang: str, text: str, expected: list[tuple]) -> None:
    found = [f for f in facts_with_publishers(text, lang) if f["kind"] in ("valuation", "revenue", "funding_round")]
    assert [(f["kind"], ("subject", f["subject"]), ("amount", f["amount"])) for f in found] == expected


# A post at a unit ("智能驾驶事业群组总裁") is not at the company named before it or the one the text is
# about; a post or a stake told as an intention ("将参与……投资，并出任董事", "will become") is not held yet.
UNITS_AND_INTENTIONS = [
    ("zh", "百度发布新车。智能驾驶事业部总裁李彦宏表示。", [("Robin Li", "president", None)], []),
    ("zh", "百度發布新車。智能駕駛事業部總裁李彥宏表示。", [("Robin Li", "president", None)], []),
    ("zh", "百度创始人李彦宏随后表示，将参与月之暗面的A轮投资，并出任董事。", [("Robin Li", "founder", "Baidu")], []),
    ("zh", "百度創始人李彥宏隨後表示，將參與月之暗面的A輪投資，並出任董事。", [("Robin Li", "founder", "Baidu")], []),
    ("zh", "百度参与了月之暗面的A轮投资。", [], [("investment", ("investor", "Baidu"), ("target", "Moonshot AI"))]),
    ("en", "Greg Brockman will take over as chairman of OpenAI.", [], []),
    ("en", "Greg Brockman took over as chairman of OpenAI.", [("Greg Brockman", "chairman", "OpenAI")], []),
]


@pytest.mark.parametrize(("lang", "text", "roles", "deals"), UNITS_AND_INTENTIONS)
def test_posts_at_units_and_intentions(lang: str, text: str, roles: list[tuple], deals: list[tuple]) -> None:
    assert [(f["person"], f["role"], f["org"]) for f in facts_with_publishers(text, lang)
            if f["kind"] == "role"] == roles
    assert typed(text, lang) == deals


# A share told with no company, of the company the sentence before is about; capital subscribed or put in for
# a share ("认缴出资", "出资……，占股"); a stake in a company's business arm; investors a relation lists.
TOPIC_SHARES = [
    ("de", "Arm Holdings geht an die Börse. Softbank behält rund 90 Prozent der Anteile.",
     [("stake", "SoftBank", "Arm Holdings", 90)]),
    ("de", "Arm Holdings geht an die Börse. Heute hält Softbank 75 Prozent der Anteile.",
     [("stake", "SoftBank", "Arm Holdings", 75)]),
    ("en", "Arm Holdings went public on Thursday. SoftBank retains about 90% of the shares.",
     [("stake", "SoftBank", "Arm Holdings", 90)]),
    ("en", "Arm Holdings went public on Thursday. SoftBank retains about 90% of its shares.",
     [("stake", "SoftBank", "Arm Holdings", 90)]),
    # People listed with their posts before their names, their shares paired with them (分别), the time of the
    # holding between.
    ("zh", "美图今日上市。董事长蔡文胜及行政总裁吴欣鸿上市前分别持股约38.3%及15.5%。",
     [("stake", "Cai Wensheng", "Meitu", 38.3), ("stake", "Wu Xinhong", "Meitu", 15.5)]),
    # A list holds the share together, and a share of another company is not the topic's.
    ("de", "Arm Holdings geht an die Börse. Softbank und Nvidia halten 90 Prozent der Anteile.", []),
    ("de", "Arm Holdings geht an die Börse. Softbank hält 90 Prozent der Anteile an Nvidia.",
     [("stake", "SoftBank", "Nvidia", 90)]),
    ("de", "OpenAI baut Chips. Microsoft hält Berichten zufolge 49 Prozent an der gewinnorientierten Sparte des "
     "ChatGPT-Entwicklers.", [("stake", "Microsoft", "OpenAI", 49)]),
    # Only words that hedge or date the share stand before it, no negation or comparison.
    ("de", "Microsoft hält derzeit 49 Prozent an OpenAI.", [("stake", "Microsoft", "OpenAI", 49)]),
    ("de", "Microsoft hält nicht mehr 49 Prozent an OpenAI.", []),
    ("de", "Microsoft hält künftig keine 49 Prozent an OpenAI mehr.", []),
    ("de", "Microsoft hält weniger als 10 Prozent an OpenAI.", []),
    ("zh", "百度宣布增资扩股。腾讯认缴出资10亿元，持股5%。",
     [("investment", "Tencent", "Baidu", 1_000_000_000), ("stake", "Tencent", "Baidu", 5)]),
    ("zh", "百度宣布增資擴股。騰訊認繳出資10億元，持股5%。",
     [("investment", "Tencent", "Baidu", 1_000_000_000), ("stake", "Tencent", "Baidu", 5)]),
    # Capital with no share named, for something set up with it (to the sentence's end), or after a sentence
    # that tells no raising, is no investment in the topic.
    ("zh", "百度宣布增资扩股。腾讯出资10亿元。", []),
    ("zh", "百度宣布增资扩股。腾讯认缴出资10亿元成立合资公司。", []),
    ("zh", "百度发布新车。腾讯认缴出资10亿元，持股5%。", []),
    ("zh", "百度發布新車。騰訊認繳出資10億元，持股5%。", []),
    ("zh", "百度3月4日发布文心一言。阿里巴巴认缴出资10亿元，与地方政府共同设立产业基金。", []),
    ("zh", "百度3月4日发布文心一言。阿里巴巴认缴出资10亿元，占股20%，与地方政府共同设立产业基金。", []),
    ("zh", "百度宣布增资扩股。阿里巴巴认缴出资10亿元，占股20%，与地方政府共同设立产业基金。", []),
    ("zh", "百度宣布增資擴股。阿里巴巴認繳出資10億元，佔股20%，與地方政府共同設立產業基金。", []),
    # "the latter" holds "its" share.
    ("zh", "2012年，科大讯飞获得中国移动约13.6亿元的战略投资，后者由此持有其15%的股份。",
     [("investment", "中国移动", "iFlytek", 1_360_000_000), ("stake", "中国移动", "iFlytek", 15)]),
    ("zh", "2012年，科大訊飛獲得中國移動約13.6億元的戰略投資，後者由此持有其15%的股份。",
     [("investment", "中国移动", "iFlytek", 1_360_000_000), ("stake", "中国移动", "iFlytek", 15)]),
    # The company held before the share.
    ("de", "Microsoft hält an OpenAI nun rund 49 Prozent der Anteile.", [("stake", "Microsoft", "OpenAI", 49)]),
    # ... the company owned first, and common shares of it.
    ("de", "Volkswagen gehört zu rund 31 Prozent der Porsche SE.", [("stake", "Porsche SE", "Volkswagen", 31)]),
    ("de", "Die Porsche SE besitzt 53,3 Prozent der Stammaktien von Volkswagen.",
     [("stake", "Porsche SE", "Volkswagen", 53.3)]),
    # "the latter" gets the share the money bought.
    ("zh", "大众汽车集团宣布，将向小鹏汽车投资约7亿美元，获得后者约4.99%的股权。",
     [("investment", "Volkswagen", "XPeng", 700_000_000), ("stake", "Volkswagen", "XPeng", 4.99)]),
    # A share held through another company is the first one's.
    ("zh", "阿里巴巴通过淘宝中国间接持有旷视科技约14.33%的股份。", [("stake", "Alibaba Group", "Megvii", 14.33)]),
    ("zh", "阿里巴巴通過淘寶中國間接持有曠視科技約14.33%的股份。", [("stake", "Alibaba Group", "Megvii", 14.33)]),
    # A share bought told as the deal's object, its percent right after the company.
    ("zh", "2017年，美的集团完成对库卡94.55%股权的收购。", [("stake", "Midea Group", "Kuka", 94.55)]),
    # A share got for the money, or bought: "获得其…%的股份", "获得京东15%的股份"; not a share of revenue.
    ("zh", "当年9月，腾讯向京东注资2亿美元，并获得其约15%的股份。",
     [("investment", "Tencent", "JD.com", 200_000_000), ("stake", "Tencent", "JD.com", 15)]),
    ("zh", "2014年3月，騰訊獲得京東15%的股份。", [("stake", "Tencent", "JD.com", 15)]),
    ("zh", "2014年，腾讯获得京东约15%的收入分成。", []),
    ("zh", "科大讯飞获得中国移动的投资，后者持有百度15%的股份。",
     [("investment", "中国移动", "iFlytek", None), ("stake", "中国移动", "Baidu", 15)]),
    ("zh", "商汤上市前曾先后获得阿里巴巴及软银愿景基金的投资，后者是其最大的外部股东之一。",
     [("investment", "Alibaba Group", "SenseTime", None), ("investment", "Vision Fund", "SenseTime", None)]),
    ("zh", "商湯上市前曾先後獲得阿里巴巴及軟銀願景基金的投資。",
     [("investment", "Alibaba Group", "SenseTime", None), ("investment", "Vision Fund", "SenseTime", None)]),
    ("en", "CoreWeave raised $1.1 billion in a Series C round led by Coatue. Nvidia and Microsoft also put money "
     "into the round.", [("investment", "Coatue", "CoreWeave", None), ("investment", "Nvidia", "CoreWeave", None),
                         ("investment", "Microsoft", "CoreWeave", None)]),
]


def chinese_facts(text: str) -> list[dict]:
    """The facts of a Chinese text, each sentence (up to "。") on its own."""
    entities = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, "zh"), TABLE)
    ends = [m.end() for m in re.finditer("。", text)]
    sentences = [Sentence(s, e, "zh") for s, e in zip([0, *ends], [*ends, len(text)], strict=True) if e > s]
    return [f.to_dict() for f in extract_facts(text, sentences, entities, publishers=TABLE.publishers)]


def chinese_parties(text: str) -> list[tuple]:
    """``parties`` of a Chinese text, each sentence (up to "。") on its own."""
    return [(f["kind"], f.get("investor") or f.get("holder"), f["target"], f.get("amount", f.get("percent")))
            for f in chinese_facts(text) if f["kind"] in ("investment", "stake")]


@pytest.mark.parametrize(("lang", "text", "expected"), TOPIC_SHARES)
def test_shares_of_the_topic_and_listed_relations(lang: str, text: str, expected: list[tuple]) -> None:
    assert (chinese_parties(text) if lang == "zh" else parties(text, lang)) == expected


# A title right after the joiner that ends another's title and name is at that one's organisation
# ("董事长张忠谋及总裁魏哲家"), not where a place comes between ("及美国总统拜登"); a post told with no
# organisation takes the one the document is about where a description, not a name, gives it another's post.
POSTS_IN_LISTS = [
    ("zh", "台积电董事长张忠谋及总裁魏哲家出席了典礼。",
     [("Morris Chang", "chairman", "TSMC"), ("C. C. Wei", "president", "TSMC")]),
    ("zh", "台積電董事長張忠謀及總裁魏哲家出席了典禮。",
     [("Morris Chang", "chairman", "TSMC"), ("C. C. Wei", "president", "TSMC")]),
    # Not after 和 or 与, which as often join two people who meet.
    ("zh", "台积电董事长张忠谋和总裁魏哲家出席了典礼。",
     [("Morris Chang", "chairman", "TSMC"), ("C. C. Wei", "president", None)]),
    ("zh", "英伟达首席执行官黄仁勋与创始人马斯克会面。",
     [("Jensen Huang", "CEO", "Nvidia"), ("Elon Musk", "founder", None)]),
    ("zh", "輝達執行長黃仁勳與創辦人馬斯克會面。",
     [("Jensen Huang", "CEO", "Nvidia"), ("Elon Musk", "founder", None)]),
    ("en", "Anthropic released Claude 3 on Monday. Anthropic said the models beat rivals. Anthropic was founded in "
     "2021. Dario Amodei is the chief executive; Daniela Amodei is the company's president.",
     [("Dario Amodei", "CEO", "Anthropic"), ("Daniela Amodei", "president", "Anthropic")]),
    # A place's president is no company's, though the text is about one.
    ("en", "Foxconn will build a plant in Wisconsin. U.S. President Donald Trump announced the plan.",
     [("Donald Trump", "president", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), POSTS_IN_LISTS)
def test_posts_in_lists_and_of_the_lead(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(f["person"], f["role"], f["org"]) for f in facts_with_publishers(text, lang)
            if f["kind"] == "role"] == expected


@pytest.mark.parametrize(("text", "lang", "name", "label"), [
    # The model read these names as organisations; a post only a person holds stands right before them.
    ("Rahim will report to HPE CEO Antonio Neri.", "en", "Antonio Neri", "PERSON"),
    ("Rahim berichtet an Konzernchef Antonio Neri.", "de", "Antonio Neri", "PERSON"),
    ("Rahim berichtet an HPE-Chef Antonio Neri.", "de", "Antonio Neri", "PERSON"),
    # Not a name written otherwise, nor after a post an organisation may hold.
    ("The round was led by investor Andreessen Horowitz.", "en", "Andreessen Horowitz", "ORG"),
    ("Rahim will report to CEO Fidelity Management & Research.", "en", "Fidelity Management & Research", "ORG"),
    ("Rahim met Antonio Neri.", "en", "Antonio Neri", "ORG"),
])
def test_a_name_after_a_persons_post_is_a_person(text: str, lang: str, name: str, label: str) -> None:
    from ainews_cli.facts.parties import Context
    from ainews_cli.facts.parties import parties as sentence_parties
    from ainews_cli.records import EntityMention

    at = text.index(name)
    mention = EntityMention(name, at, at + len(name), "ORG", name, "model:x")
    found = sentence_parties(text, 0, len(text), [mention], frozenset(), Context())
    assert [p.label for p in found if p.name == name] == [label]


# A figure's owner with the period between it and the cue ("HPE's annual revenue"); a German company "ist ...
# wert" (not a share "von Microsoft").
OWNERS_AND_WORTH = [
    ("en", "HPE's annual revenue is about $29 billion, most of it from servers.",
     [("revenue", ("subject", "Hewlett Packard Enterprise"), ("amount", 29_000_000_000))]),
    ("en", "Microsoft's 2023 revenue was $212 billion.",
     [("revenue", ("subject", "Microsoft"), ("amount", 212_000_000_000))]),
    ("de", "Microsofts jährlicher Umsatz liegt bei 245 Milliarden Dollar.",
     [("revenue", ("subject", "Microsoft"), ("amount", 245_000_000_000))]),
    ("de", "Microsoft ist inzwischen mehr als drei Billionen Dollar wert.",
     [("valuation", ("subject", "Microsoft"), ("amount", 3_000_000_000_000))]),
    ("de", "Microsoft meldete Zahlen. An der Börse ist das Unternehmen inzwischen mehr als drei Billionen Dollar wert.",
     [("valuation", ("subject", "Microsoft"), ("amount", 3_000_000_000_000))]),
    ("de", "Der Anteil von Microsoft ist zehn Milliarden Dollar wert.", []),
    # The subject opens its clause; where the verb comes first, no other name stands before it.
    ("de", "Der Vertrag mit Microsoft ist 10 Milliarden Dollar wert.", []),
    ("de", "Für OpenAI ist Microsoft rund 13 Milliarden Dollar wert.", []),
    ("de", "Der US-Konzern Nvidia ist inzwischen mehr als drei Billionen Dollar wert.",
     [("valuation", ("subject", "Nvidia"), ("amount", 3_000_000_000_000))]),
    ("de", "Damit ist Mistral AI rund sechs Milliarden Euro wert.",
     [("valuation", ("subject", "Mistral AI"), ("amount", 6_000_000_000))]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OWNERS_AND_WORTH)
def test_owners_with_a_period_and_what_a_company_is_worth(lang: str, text: str, expected: list[tuple]) -> None:
    found = [f for f in facts_with_publishers(text, lang) if f["kind"] in ("revenue", "valuation")]
    assert [(f["kind"], ("subject", f["subject"]), ("amount", f["amount"])) for f in found] == expected


# "the Claude maker", "the ChatGPT developer": a description of the organisation told before.
@pytest.mark.parametrize(("text", "expected"), [
    ("Amazon invested in Anthropic. The Claude maker also landed a commitment of up to $2 billion from Google in "
     "October.", [("investment", "Amazon", "Anthropic", None), ("investment", "Google", "Anthropic", 2_000_000_000)]),
    ("Microsoft invested in OpenAI. The ChatGPT developer also received $1 billion from Nvidia.",
     [("investment", "Microsoft", "OpenAI", None), ("investment", "Nvidia", "OpenAI", 1_000_000_000)]),
])
def test_a_maker_or_developer_describes_the_organisation_before(text: str, expected: list[tuple]) -> None:
    assert parties(text) == expected


# Another amount from another investor with the verb and target left out, only after a received voice and
# where no other target follows; a Chinese received voice with its amount after the verb.
GAPPED_AND_RECEIVED = [
    ("en", "Anthropic has received commitments of up to $4 billion from Amazon, which agreed to the deal in "
     "September, and of up to $2 billion from Google.",
     [("investment", "Amazon", "Anthropic", 4_000_000_000), ("investment", "Google", "Anthropic", 2_000_000_000)]),
    ("en", "Anthropic received $4 billion from Amazon and $2 billion from Google.",
     [("investment", "Amazon", "Anthropic", 4_000_000_000), ("investment", "Google", "Anthropic", 2_000_000_000)]),
    ("en", "Anthropic received $4 billion from Amazon, and $2 billion from Google went to Mistral AI.",
     [("investment", "Amazon", "Anthropic", 4_000_000_000)]),
    ("en", "Amazon invested $4 billion in Anthropic and $2 billion from Google.",
     [("investment", "Amazon", "Anthropic", 4_000_000_000)]),
    ("zh", "OpenAI至今已获得微软承诺投资约130亿美元。", [("investment", "Microsoft", "OpenAI", 13_000_000_000)]),
    ("zh", "OpenAI至今已獲得微軟承諾投資約130億美元。", [("investment", "Microsoft", "OpenAI", 13_000_000_000)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GAPPED_AND_RECEIVED)
def test_gapped_amounts_and_received_investments(lang: str, text: str, expected: list[tuple]) -> None:
    assert parties(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A bare 集团 (the group) before a post a verb gives is the group named before it.
        ("zh", "腾讯集团今天宣布人事调整，马化腾出任集团首席执行官。", [("Pony Ma", "CEO", "Tencent")]),
        ("zh", "腾讯集团今天宣布人事调整，马化腾出任首席执行官。", [("Pony Ma", "CEO", None)]),
        # People and posts paired by "respectively" (分别): which post is whose is not read, so none is told.
        ("zh", "腾讯宣布，马化腾及刘炽平分别接任董事长及总裁。", []),
        ("en", "Tencent said Pony Ma and Martin Lau became chairman and president respectively.", []),
        ("zh", "腾讯宣布，马化腾接任董事长。", [("Pony Ma", "chairman", None)]),
    ],
)
def test_the_group_and_posts_paired_in_order(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(f["person"], f["role"], f["org"]) for f in facts_with_publishers(text, lang)
            if f["kind"] == "role"] == expected


def _by_line(text: str, lang: str = "en", people: tuple[str, ...] = (), orgs: tuple[str, ...] = (),
             misc: tuple[str, ...] = (), dated: bool = False) -> list[dict]:
    """The facts of a text whose lines are its sentences (headings among them); ``people``, ``orgs`` and
    ``misc``: names the model would find, at each occurrence (``misc``: no party, such as a nationality);
    ``dated``: with the dates the pipeline finds."""
    ner = [RawMention(name, m.start(), m.end(), label, "model:test", lang=lang)
           for names, label in ((people, "PERSON"), (orgs, "ORG"), (misc, "MISC"))
           for name in names for m in re.finditer(re.escape(name), text)]
    entities = canonical_mentions(text, ner, alias_mentions(text, 0, len(text), TABLE, lang), TABLE)
    sentences, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            sentences.append(Sentence(start, start + len(line), lang))
        start += len(line) + 1
    dates = find_dates(text, spans=[Span(0, len(text), lang, "x")], sentences=[(s.start, s.end) for s in sentences],
                       published=None) if dated else ()
    return [f.to_dict() for f in extract_facts(text, sentences, entities, dates, publishers=TABLE.publishers)]


@pytest.mark.parametrize(("text", "expected"), [
    # A heading opens a section: its first "the company" is the one the document is about, not the one
    # the paragraph before the heading named last.
    ("Elon Musk completed his purchase of Twitter.\nTwitter's shares were delisted; Twitter's staff left.\n"
     "Tesla reported revenue last week."
     "\n**From stake to lawsuit**\n"
     "A filing showed Musk had built a 9.2% stake in the company.",
     [("stake", "Elon Musk", "Twitter", 9.2)]),
    # Without the heading, the guess stays what it was.
    ("Elon Musk completed his purchase of Twitter.\nTwitter's shares were delisted; Twitter's staff left.\n"
     "Tesla reported revenue last week."
     "\nA filing showed Musk had built a 9.2% stake in the company.",
     [("stake", "Elon Musk", "Tesla", 9.2)]),
])
def test_a_heading_opens_a_section_about_the_lead(text: str, expected: list[tuple]) -> None:
    assert [(f["kind"], f["holder"], f["target"], f["percent"]) for f in _by_line(text, people=("Musk",))
            if f["kind"] == "stake"] == expected


def test_what_he_co_founded_follows_the_verb() -> None:
    # "he had co-founded the photo-sharing site Flickr": not the company "It" stands for.
    text = ("Anthropic was founded in 2021.\n"
            "It was not his first start-up: he had co-founded the photo-sharing site Flickr.")
    assert [f["org"] for f in _by_line(text) if f["kind"] == "founded"] == ["Anthropic"]


@pytest.mark.parametrize(("text", "people", "expected"), [
    # A pronoun in a list of people's posts stands for the organisation of the post before it, not for one
    # that only names the title of the one who acted.
    ("The Tesla chief executive fired Parag Agrawal, Twitter's chief executive, along with Ned Segal, its "
     "chief financial officer.", ("Parag Agrawal", "Ned Segal"),
     [("Parag Agrawal", "CEO", "Twitter"), ("Ned Segal", "CFO", "Twitter")]),
    # "its" after an owner the alias table knows.
    ("Amazon bought MGM.\nMGM's board ousted its chief executive, Gary Barber, in 2018.", ("Gary Barber",),
     [("Gary Barber", "CEO", "MGM")]),
])
def test_a_pronoun_of_a_post_stands_for_the_owner_named_before(text: str, people: tuple[str, ...],
                                                               expected: list[tuple]) -> None:
    assert [(f["person"], f["role"], f["org"]) for f in _by_line(text, people=people) if f["kind"] == "role"] \
        == expected




@pytest.mark.parametrize(("text", "expected"), [
    # "Whole Foods Market, which it bought": "it" is the company told before, not the relative clause's object.
    ("It is the company's largest deal after Whole Foods Market, which it bought in 2017.", "Amazon"),
    ("It is the company's largest deal after Whole Foods Market, and it bought that in 2017.", "Whole Foods Market"),
])
def test_the_object_of_a_relative_clause_is_not_its_pronoun(text: str, expected: str) -> None:
    from ainews_cli.facts.parties import Context, Party
    from ainews_cli.facts.parties import parties as sentence_parties
    from ainews_cli.records import EntityMention

    context = Context()
    context.add([Party("Amazon", "ORG", 0, 6)], subject="Amazon")
    at = text.index("Whole Foods Market")
    mention = EntityMention("Whole Foods Market", at, at + 18, "ORG", "Whole Foods Market", "alias")
    found = sentence_parties(text, 0, len(text), [mention], frozenset(), context)
    last = max((p for p in found if text[p.start: p.end] == "it"), key=lambda p: p.start)
    assert last.name == expected


_ALIBABA = ("阿里巴巴回归港股首日收涨6.6%\n"
            "东方财讯社香港11月26日电（记者 骆可欣）阿里巴巴集团今天在香港交易所主板挂牌上市。\n"
            "（图：阿里巴巴集团董事局主席兼首席执行官张勇在香港交易所敲锣。东方财讯社记者 骆可欣 摄）\n"
            "上周三，该公司将每股发行价定为176港元，集资约880亿港元。\n")
# ... and where the sentences before name no organisation at all, "该公司" is the company the document is about.
_ALIBABA_LATER = _ALIBABA.replace("敲锣。", "敲锣。\n").replace("上周三，", "此次发行共涉及5亿股新股。\n上周三，")


@pytest.mark.parametrize("text", [_ALIBABA, _ALIBABA + "东方财讯社版权所有，未经许可不得转载", _ALIBABA_LATER])
def test_a_description_after_a_caption_is_the_lead_not_the_agency(text: str) -> None:
    # The caption names the agency last (its reporter's credit) and Alibaba only as the title of its chairman:
    # "该公司" is the company the document is about. A copyright line names the agency as the publisher too.
    facts = _by_line(text, "zh", people=("张勇", "骆可欣"), orgs=("东方财讯社",))
    assert [(f["subject"], f["amount"]) for f in facts if f["kind"] == "funding_round"] \
        == [("Alibaba Group", 88_000_000_000)]


def test_a_description_titling_a_name_is_not_the_lead() -> None:
    # "das Start-up Humane": the description titles the name after it, which the model missed.
    text = ("OpenAI-Woche\nOpenAI stellte GPT-4 vor.\nOpenAI wächst.\nDie Preise sinken.\nDer Markt wächst.\n"
            "Gestern hat das Start-up Humane, gegründet "
            "von den früheren Apple-Mitarbeitern Imran Chaudhri und Bethany Bongiorno, seinen Ai Pin vorgestellt.")
    people = ("Imran Chaudhri", "Bethany Bongiorno")
    assert [f["org"] for f in _by_line(text, "de", people=people) if f["kind"] == "founded"] in ([], [None])


@pytest.mark.parametrize(("text", "amount"), [
    # A round the investor led or joined: its sum is not the investor's share.
    ("The same day Uber led a $170 million investment in Lime.", None),
    ("Uber joined a $170 million investment in Lime.", None),
    ("Uber invested $170 million in Lime.", 170_000_000),
])
def test_an_investment_led_is_the_rounds_sum(text: str, amount: int | None) -> None:
    assert [(f["investor"], f["target"], f["amount"]) for f in _by_line(text, orgs=("Lime",))
            if f["kind"] == "investment"] == [("Uber", "Lime", amount)]


@pytest.mark.parametrize(("text", "expected"), [
    # A market value right after its noun is a level, though the share price rose before it.
    ("消息傳出後，世創股價在法蘭克福一度上漲3.9%，市值約36億歐元。", ("valuation", "Siltronic", 3_600_000_000)),
    ("英伟达市值蒸发约2790亿美元。", ("market_value_change", "Nvidia", 279_000_000_000)),
])
def test_a_market_value_after_its_noun_is_a_level(text: str, expected: tuple) -> None:
    assert [(f["kind"], f["subject"], f["amount"]) for f in _by_line(text, "zh")
            if f["kind"] in ("valuation", "market_value_change")] == [expected]


def test_globalwafers_by_its_chinese_names() -> None:
    facts = _by_line("環球晶董事長暨執行長徐秀蘭表示，對結果深感遺憾。", "zh", people=("徐秀蘭",))
    assert sorted((f["role"], f["org"]) for f in facts if f["kind"] == "role") \
        == [("CEO", "GlobalWafers"), ("chairman", "GlobalWafers")]


def test_advance_publications_holds_a_stake() -> None:
    text = "The prospectus showed that Advance Publications, the owner of Condé Nast, held about 30 percent of Reddit."
    assert [(f["holder"], f["target"], f["percent"]) for f in _by_line(text) if f["kind"] == "stake"] \
        == [("Advance Publications", "Reddit", 30)]


def test_a_headline_opening_with_an_owning_compound_is_about_the_company_after_it() -> None:
    # "Softbank-Tochter Arm": the story is Arm's, so the shares Softbank keeps are Arm's.
    text = ("Softbank-Tochter Arm glänzt beim Börsendebüt\nDie Aktie von Arm stieg um 25 Prozent.\n"
            "Softbank hatte Arm 2016 gekauft.\nArm hat viele Kunden.\nArm wächst.\nSoftbank ist Eigentümer.\n"
            "Softbank behält rund 90 Prozent der Anteile.")
    assert [(f["holder"], f["target"], f["percent"]) for f in _by_line(text, "de", orgs=("Arm", "Softbank"))
            if f["kind"] == "stake"] == [("SoftBank", "Arm Holdings", 90)]


def test_a_headline_after_a_kicker_and_a_paragraph_about_another() -> None:
    # "Fernwartung aus Göppingen: TeamViewer startet": the story is TeamViewer's, so its chief's post is TeamViewer's;
    # a paragraph that has told of WeWork first gives its co-founder's post to no guess.
    text = ("# Fernwartung aus Göppingen: TeamViewer startet an der Börse\n\nTeamViewer ist kein WeWork. "
            "TeamViewer wächst. TeamViewer ist teuer, WeWork auch.\n\nVorstandschef Oliver Steil sprach von einem "
            "Meilenstein.\n\nDer Zeitpunkt ist heikel. In New York hatte der Büroanbieter WeWork seinen Börsengang "
            "verschoben. Am Dienstag trat Mitgründer Adam Neumann als Vorstandschef zurück.")
    assert [(f["person"], f["role"], f["org"]) for f in _by_line(text, "de", people=("Oliver Steil", "Adam Neumann"),
                                                                   orgs=("TeamViewer", "WeWork"))
            if f["kind"] == "role"] == [("Oliver Steil", "CEO", "TeamViewer"), ("Adam Neumann", "co-founder", None),
                                        ("Adam Neumann", "CEO", None)]


def test_a_paragraph_opening_description_after_what_the_lead_acted_on_is_the_lead() -> None:
    # "Spotify bought … Niland. ¶ The company was founded": Spotify's founding (Spotify named most, Niland once).
    text = ("Spotify lists its shares\n\nSpotify went public. Spotify rose. Spotify is worth $26 billion.\n\n"
            "Spotify bought the French startup Niland in May last year.\n\n"
            "The company was founded in Stockholm in 2006 by Daniel Ek.")
    assert [(f["org"], f["founders"]) for f in _by_line(text, people=("Daniel Ek",), orgs=("Spotify", "Niland"))
            if f["kind"] == "founded"] == [("Spotify", ["Daniel Ek"])]


def test_a_union_is_no_company_a_description_stands_for() -> None:
    text = ("Siemens streicht Stellen.\nDie IG Metall kritisiert die Pläne.\n"
            "Zuletzt setzte der Konzern 83 Milliarden Euro um.")
    assert [(f["subject"], f["amount"]) for f in _by_line(text, "de", orgs=("Siemens", "IG Metall"))
            if f["kind"] == "revenue"] == [("Siemens", 83_000_000_000)]


def test_posts_beside_one_at_the_lead_are_the_lead_s() -> None:
    # "陈睿担任B站董事长兼首席执行官，创始人徐逸任总裁": the sentence names the document's company only, so the
    # posts told without one are at it too.
    text = ("B站今日上市\nB站成立于2009年。B站用户众多。\n"
            "目前，陈睿担任B站董事长兼首席执行官，创始人徐逸任总裁，李旎任副董事长兼首席运营官。")
    assert [(f["person"], f["role"], f["org"]) for f in _by_line(text, "zh", people=("李旎",))
            if f["kind"] == "role"] == [("Chen Rui", "chairman", "Bilibili"), ("Chen Rui", "CEO", "Bilibili"),
                                        ("Xu Yi", "founder", "Bilibili"), ("Xu Yi", "president", "Bilibili"),
                                        ("李旎", "vice chairman", "Bilibili"), ("李旎", "COO", "Bilibili")]


def test_money_lent_is_no_investment() -> None:
    text = ("CoreWeave raised $1.1 billion in a round led by Coatue.\n"
            "In August it borrowed $2.3 billion from lenders led by Magnetar and Blackstone.")
    assert [(f["investor"], f["target"]) for f in _by_line(text) if f["kind"] == "investment"] \
        == [("Coatue", "CoreWeave")]


def test_a_round_s_investors_the_alias_table_knows() -> None:
    text = ("Das Kölner Start-up DeepL hat bei Investoren 300 Millionen US-Dollar eingesammelt.\n"
            "Angeführt wurde die Finanzierungsrunde von Index Ventures; auch ICONIQ Growth, IVP, Atomico und WiL "
            "beteiligten sich.")
    assert [f["investor"] for f in _by_line(text, "de") if f["kind"] == "investment" and f["target"] == "DeepL"] \
        == ["Index Ventures", "ICONIQ Growth", "IVP", "Atomico", "WiL"]


def test_a_valuation_only_weighed_is_no_fact() -> None:
    text = ("WeWork hatte den Börsengang verschoben.\nBerichten zufolge erwäge WeWork für den Börsengang eine "
            "Bewertung von womöglich weniger als 20 Milliarden Dollar.")
    assert [f for f in _by_line(text, "de", orgs=("WeWork",)) if f["kind"] == "valuation"] == []


def test_its_is_not_a_company_of_the_person_s_apposition() -> None:
    # "Thiel, a co-founder of PayPal, is its chairman": "its" is the company the sentence before told of.
    text = ("Palantir, co-founded by Peter Thiel, began trading on Wednesday.\n"
            "Thiel, a co-founder of PayPal, is its chairman.")
    roles = [(f["person"], f["role"], f["org"]) for f in _by_line(text, people=("Peter Thiel", "Thiel"),
                                                                  orgs=("Palantir", "PayPal")) if f["kind"] == "role"]
    assert roles == [("Peter Thiel", "co-founder", "PayPal"), ("Peter Thiel", "chairman", "Palantir")]


def test_chinese_names_of_daimler_and_li_shufu() -> None:
    facts = _by_line("李书福斥资约90亿美元入股戴姆勒。", "zh")
    assert [(f["investor"], f["target"]) for f in facts if f["kind"] == "investment"] == [("Li Shufu", "Daimler")]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Midea hielt damals bereits 13,5 Prozent an Kuka.", [("Midea Group", "Kuka", 13.5)]),
    # A share alone ending its clause is in the company the sentence's other stake is in.
    ("zh", "股东方面，软银持有滴滴21.5%的股份，为第一大股东；优步持股12.8%。",
     [("SoftBank", "Didi Global", 21.5), ("Uber", "Didi Global", 12.8)]),
])
def test_stakes_held_then_and_alone(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(f["holder"], f["target"], f["percent"]) for f in _by_line(text, lang) if f["kind"] == "stake"] == expected


@pytest.mark.parametrize(("lang", "text", "orgs", "expected"), [
    # The largest holder with a share, of the company told before.
    ("de", "SK Hynix wächst.\nGrößter Aktionär ist heute die Holding SK Square mit rund 20 Prozent.",
     ("SK Hynix", "SK Square"), [("SK Square", "SK Hynix", 20)]),
    ("en", "SK Hynix grew.\nIts largest shareholder is the holding company SK Square, with about 20%.",
     ("SK Hynix", "SK Square"), [("SK Square", "SK Hynix", 20)]),
    # A share that lies with another holder makes that one a holder too.
    ("de", "Siemens Energy geht an die Börse.\nSiemens behält 35,1 Prozent der Anteile, weitere 9,9 Prozent liegen "
           "beim Siemens Pension-Trust.", ("Siemens Energy", "Siemens", "Siemens Pension-Trust"),
     [("Siemens", "Siemens Energy", 35.1), ("Siemens Pension-Trust", "Siemens Energy", 9.9)]),
    # The company's largest shareholder, its name glossed in brackets.
    ("zh", "世创最大股东瓦克化学（Wacker Chemie）持有约30.8%股权。", ("瓦克化学", "Wacker Chemie"),
     [("Wacker Chemie", "Siltronic", 30.8)]),
])
def test_largest_holders_and_shares_lying_with_others(lang: str, text: str, orgs: tuple[str, ...],
                                                      expected: list[tuple]) -> None:
    assert [(f["holder"], f["target"], f["percent"]) for f in _by_line(text, lang, orgs=orgs)
            if f["kind"] == "stake"] == expected


def test_a_role_without_its_organisation_is_at_the_one_the_document_places_its_holder() -> None:
    from ainews_cli.facts import _at_the_lead
    from ainews_cli.records import Fact, Role

    def role(person: str, org: str | None) -> Fact:
        return Fact(kind="role", text=person, start=0, end=len(person), sentence=person, sentence_start=0,
                    entities=(person,), details=Role(person, "president", org, None))

    facts = [role("Xu Lei", None), role("Victor Peng", None), role("Amnon Shashua", None)]
    known = {"Xu Lei": {"JD.com"}, "Victor Peng": {"Xilinx", "AMD"}, "Amnon Shashua": {"Intel"}}
    # Placed only at the organisation the document is about: there; placed elsewhere too, or only elsewhere: nowhere.
    assert [f.details.org for f in _at_the_lead(facts, known, "JD.com")] == ["JD.com", None, None]
    assert [f.details.org for f in _at_the_lead(facts, known, None)] == [None, None, None]


@pytest.mark.parametrize(("lang", "text", "orgs", "expected"), [
    # What a company "is worth" (the adjective, not "im Wert von").
    ("de", "Zalando geht an die Börse.\nZalando ist rund 5,3 Milliarden Euro wert.", ("Zalando",),
     [("Zalando", 5_300_000_000)]),
    # ... with the offer price and an article before the name.
    ("de", "Zum Ausgabepreis ist die Porsche AG an der Börse rund 75 Milliarden Euro wert.", ("Porsche AG",),
     [("Porsche AG", 75_000_000_000)]),
    ("de", "Zalando ist zum Ausgabepreis rund 5,3 Milliarden Euro wert.", ("Zalando",), [("Zalando", 5_300_000_000)]),
    ("de", "Apple und Nvidia kauften Aktien im Wert von 25 Millionen Dollar.", ("Apple", "Nvidia"), []),
    # A value at the listing's price, the company unnamed: the one listing.
    ("zh", "小米今日在港交所上市。\n按发行价计算，估值约540亿美元。", ("小米", "港交所"), [("Xiaomi", 54_000_000_000)]),
])
def test_values_told_as_worth_or_at_the_offer_price(lang: str, text: str, orgs: tuple[str, ...],
                                                    expected: list[tuple]) -> None:
    assert [(f["subject"], f["amount"]) for f in _by_line(text, lang, orgs=orgs) if f["kind"] == "valuation"] \
        == expected


def test_a_german_role_held_leading_the_company() -> None:
    # "führt … als": the post at the company led, an adverb of time between.
    text = "Infineon kauft Cypress.\nOleg Khaykin führte Cypress seit 2008 als Vorstandschef."
    roles = [(f["person"], f["role"], f["org"]) for f in _by_line(text, "de", people=("Oleg Khaykin",),
                                                                  orgs=("Infineon", "Cypress")) if f["kind"] == "role"]
    assert roles == [("Oleg Khaykin", "CEO", "Cypress")]


def _kinds(text: str, lang: str, people: tuple[str, ...] = (), orgs: tuple[str, ...] = (),
           misc: tuple[str, ...] = ()) -> list[tuple]:
    """(kind, its parties, its amount, share or year) of every typed fact but money and shares, of a text whose
    lines are its sentences, dated as the pipeline dates it (``_by_line``)."""
    found = _by_line(text, lang, people, orgs, misc, dated=True)
    keys = ("person", "org", "investor", "holder", "target", "subject", "founders", "amount", "percent", "year")
    return [(f["kind"], *[f[k] for k in keys if f.get(k) is not None]) for f in found
            if f["kind"] not in ("money", "percent")]


@pytest.mark.parametrize(("lang", "text", "people", "orgs", "misc", "expected"), [
    # A nationality between a party and its verb is no party the voice stops at; a stake bought for a price is an
    # investment of that price too.
    ("en", "Beats Electronics makes headphones.\nHTC, a Taiwanese phone maker, bought a 51 percent stake in Beats "
     "Electronics for $309 million in August 2011.", (), ("HTC",), ("Taiwanese",),
     [("investment", "HTC", "Beats Electronics", 309_000_000), ("stake", "HTC", "Beats Electronics", 51)]),
    # "the Carlyle Group" is a name, no description of the one named before it.
    ("en", "Beats Electronics makes headphones.\nIn September 2013 the Carlyle Group agreed to invest $500 million "
     "in Beats Electronics.", (), ("HTC", "Carlyle Group"), (),
     [("investment", "Carlyle Group", "Beats Electronics", 500_000_000)]),
    # A buyback raised is no round.
    ("en", "On the same day Apple raised its share buyback programme to $90 billion.", (), (), (), []),
    # A company started, its year right after it; co-founders after "with", a place between.
    ("en", "Dr. Dre and Jimmy Iovine started Beats Electronics in 2006.", (), (), (),
     [("founded", "Beats Electronics", ["Dr. Dre", "Jimmy Iovine"], "2006")]),
    ("en", "Mark Zuckerberg started Facebook in 2004 in his Harvard dormitory with Eduardo Saverin.",
     ("Eduardo Saverin",), (), (), [("founded", "Meta", ["Eduardo Saverin", "Mark Zuckerberg"], "2004")]),
    # German: the verb before its investor, the price and the share before the company ("stieg … ein"), and a
    # commitment whose object a description after the subject names.
    ("de", "Beats Electronics wurde 2006 gegründet.\n2011 stieg der taiwanische Smartphone-Hersteller HTC für rund "
     "300 Millionen Dollar mit 51 Prozent bei Beats Electronics ein.", (), ("HTC",), (),
     [("founded", "Beats Electronics", [], "2006"), ("investment", "HTC", "Beats Electronics", 300_000_000),
      ("stake", "HTC", "Beats Electronics", 51)]),
    ("de", "Beats Electronics wurde 2006 gegründet.\nIm selben Monat sagte der Finanzinvestor Carlyle dem "
     "Kopfhörerhersteller 500 Millionen Dollar zu.", (), ("Carlyle",), (),
     [("founded", "Beats Electronics", [], "2006"), ("investment", "Carlyle", "Beats Electronics", 500_000_000)]),
    # ... a description with an adjective ("das schwedische Unternehmen"), not one a participle makes another.
    ("de", "Apple konkurriert mit Spotify.\nDas schwedische Unternehmen war 2006 von Daniel Ek gegründet worden.",
     ("Daniel Ek",), ("Spotify",), (), [("founded", "Spotify", ["Daniel Ek"], "2006")]),
    ("de", "Die Telekom kaufte Sprint.\nDeutsche Telekom hält an dem vergrößerten Unternehmen nun rund 43 Prozent "
     "der Anteile.", (), ("Sprint",), (), []),
    # ... a founding's year before a description of what was founded.
    ("de", "Jimmy Iovine hatte schon 1990 das Plattenlabel Interscope Records mitgegründet.", (),
     ("Interscope Records",), (), [("founded", "Interscope Records", ["Jimmy Iovine"], "1990")]),
    # ... and the head of a department is no chief executive.
    ("de", "Im selben Monat holte Facebook den früheren britischen Vizepremier Nick Clegg als Chef seiner Abteilung "
     "für Politik und Kommunikation.", ("Nick Clegg",), (), (), []),
    # Chinese: a largest shareholder is no investment; a total from several investors, then each one's share.
    ("zh", "腾讯是京东的最大股东。", (), (), (), []),
    ("zh", "2016年4月，饿了么获得阿里巴巴和蚂蚁金服共12.5亿美元投资，其中阿里巴巴投资9亿美元，"
     "蚂蚁金服投资3.5亿美元。", (), (), (),
     [("investment", "Alibaba Group", "Ele.me", 900_000_000), ("investment", "Ant Group", "Ele.me", 350_000_000),
      ("funding_round", "Ele.me", 1_250_000_000)]),
    # ... a brand's assets bought, and the seller a deal was signed with, are no whole stake.
    ("zh", "华为出售荣耀终端。\n同日，智信新信息与荣耀联合发布声明，称已与华为签署收购协议，"
     "将全资收购荣耀品牌相关业务资产。", (), ("智信新信息",), (), []),
])
def test_stop_53_voices(lang: str, text: str, people: tuple[str, ...], orgs: tuple[str, ...], misc: tuple[str, ...],
                        expected: list[tuple]) -> None:
    assert _kinds(text, lang, people, orgs, misc) == expected


@pytest.mark.parametrize(("lang", "text", "people", "orgs", "misc", "expected"), [
    # Chinese: a buy-in and new shares in a headline's short form, with no verb of spending and no 以.
    ("zh", "阿里巴巴约283亿元入股苏宁云商 苏宁140亿元认购阿里巴巴新股", (), (), (),
     [("investment", "Alibaba Group", "Suning", 28_300_000_000),
      ("investment", "Suning", "Alibaba Group", 14_000_000_000)]),
    # ... money into new shares offered to a few, and the share of the enlarged capital it buys; the number of
    # shares before the company.
    ("zh", "阿里巴巴将投资约283亿元人民币参与苏宁云商的非公开发行，占发行后总股本的19.99%。\n"
     "苏宁云商将以140亿元人民币认购不超过2780万股阿里巴巴新发行的股份，约占发行后阿里巴巴总股本的1.09%。", (), (), (),
     [("investment", "Alibaba Group", "Suning", 28_300_000_000), ("stake", "Alibaba Group", "Suning", 19.99),
      ("investment", "Suning", "Alibaba Group", 14_000_000_000), ("stake", "Suning", "Alibaba Group", 1.09)]),
    # ... shares bought, their number and the share held told; the latter's share; a business whose name ends in a
    # word for a place.
    ("zh", "腾讯控股已以约17.8亿美元买入特斯拉约820万股股票，持股比例约为5%。", (), (), (),
     [("investment", "Tencent", "Tesla", 1_780_000_000), ("stake", "Tencent", "Tesla", 5)]),
    ("zh", "上周，京东宣布以约43亿元入股永辉超市，获得后者10%的股份。", (), ("永辉超市",), (),
     [("investment", "JD.com", "Yonghui Superstores", 4_300_000_000), ("stake", "JD.com", "Yonghui Superstores", 10)]),
    # ... not a share's price as the amount.
    ("zh", "CYVN Holdings将以每股7.50美元的价格认购蔚来新发行的约2.94亿股A类普通股。", (), ("CYVN Holdings",), (), []),
    # German: the founders after the company; a listing's proceeds told by the one listed; a share of a company's
    # shares named with a hyphen; a value told as what would have been.
    ("de", "Tesla baut Autos.\nGegründet hatten den Autobauer 2003 die Ingenieure Martin Eberhard und Marc "
     "Tarpenning; Musk stieg später ein.", ("Martin Eberhard", "Marc Tarpenning", "Musk"), (), (),
     [("founded", "Tesla", ["Marc Tarpenning", "Martin Eberhard"], "2003")]),
    ("de", "Im Juni 2010 ging Tesla an die Börse und nahm dabei rund 226 Millionen Dollar ein.", (), (), (),
     [("funding_round", "Tesla", 226_000_000)]),
    ("de", "Tencent hatte nach eigenen Angaben knapp fünf Prozent der Tesla-Aktien über die Börse erworben.", (), (),
     (), [("stake", "Tencent", "Tesla", 5)]),
    ("de", "Tesla baut Autos.\nBei diesem Preis wäre der Konzern mit rund 72 Milliarden Dollar bewertet worden.", (),
     (), (), []),
    # English: a round another led, its company's possessive before the amount; a company started, a place between;
    # a round that valued the company values the one that raised it; "the company" is no fund.
    ("en", "Benchmark Capital had led Instagram's $7 million Series A round in February 2011.", (), (), (),
     [("investment", "Benchmark Capital", "Instagram"), ("funding_round", "Instagram", 7_000_000)]),
    ("en", "Mark Zuckerberg, who started Facebook in his Harvard dormitory in 2004, controls it.", (), (), (),
     [("founded", "Meta", ["Mark Zuckerberg"], "2004")]),
    ("en", "Facebook bought Instagram.\nOnly last week Instagram closed a $50 million funding round led by Sequoia "
     "Capital that valued the company at about $500 million.", (), (), (),
     [("investment", "Sequoia Capital", "Instagram"), ("valuation", "Instagram", 500_000_000),
      ("funding_round", "Instagram", 50_000_000)]),
    ("en", "Uber's backers include Saudi Arabia's Public Investment Fund, which invested $3.5 billion in Uber.\n"
     "The company had revenue of $6.5 billion last year.", (), ("Public Investment Fund",), (),
     [("investment", "Public Investment Fund", "Uber", 3_500_000_000), ("revenue", "Uber", 6_500_000_000)]),
    # "The company" after a list of investors the sentence before told is the company they put money in.
    ("en", "Instagram closed a $50 million funding round.\nThrive Capital and Greylock Partners also invested.\n"
     "The company began life as Burbn and raised $500,000 from Baseline Ventures in 2010.", (), (), (),
     [("funding_round", "Instagram", 50_000_000), ("investment", "Thrive Capital", "Instagram"),
      ("investment", "Greylock", "Instagram"), ("investment", "Baseline Ventures", "Instagram", 500_000),
      ("funding_round", "Instagram", 500_000)]),
    # German: heading a company ("an der Spitze der Firma"), every name of a list before the phrase; a description
    # of the company the sentence before is about leaves a post at it ("Die Firma …; Mitgründer James Scapa").
    ("de", "Zalando wurde 2008 von Robert Gentz und David Schneider gegründet.\nGentz und Schneider stehen seit "
     "der Gründung an der Spitze der Firma.", ("Robert Gentz", "David Schneider", "Gentz", "Schneider"), (), (),
     [("founded", "Zalando", ["David Schneider", "Robert Gentz"], "2008"), ("role", "David Schneider", "Zalando"),
      ("role", "Robert Gentz", "Zalando")]),
    ("de", "Tesla sucht einen Nachfolger.\nWer Elon Musk an der Spitze des Verwaltungsrats nachfolgt, ist offen.",
     ("Elon Musk",), (), (), []),
    ("de", "Altair verkauft Software für Simulationen.\nDie Firma wurde 1985 gegründet; Mitgründer James Scapa führt "
     "sie bis heute als Vorstandschef.", ("James Scapa",), ("Altair",), (),
     [("role", "James Scapa", "Altair"), ("role", "James Scapa", "Altair"), ("founded", "Altair", [], "1985")]),
    # A post told with no organisation in the sentence that tells its holder's founding is at the company founded.
    ("en", "Amazon dropped its bid.\nColin Angle, who co-founded iRobot in 1990, was stepping down as chairman and "
     "chief executive.", ("Colin Angle",), ("iRobot",), (),
     [("role", "Colin Angle", "iRobot"), ("role", "Colin Angle", "iRobot"), ("role", "Colin Angle", "iRobot"),
      ("founded", "iRobot", ["Colin Angle"], "1990")]),
    # An investment named again later with no amount is the one told before.
    ("zh", "腾讯以约17.8亿美元买入特斯拉约820万股股票。\n马斯克表示，很高兴腾讯成为特斯拉的投资者。", (), (), (),
     [("investment", "Tencent", "Tesla", 1_780_000_000)]),
    # A post a verb gives with no organisation, after another's post at one, is at that one.
    ("zh", "马化腾目前担任腾讯董事会主席兼首席执行官，刘炽平任总裁。", ("刘炽平",), (), (),
     [("role", "Pony Ma", "Tencent"), ("role", "Pony Ma", "Tencent"), ("role", "Martin Lau", "Tencent")]),
])
def test_stop_54_voices(lang: str, text: str, people: tuple[str, ...], orgs: tuple[str, ...], misc: tuple[str, ...],
                        expected: list[tuple]) -> None:
    assert _kinds(text, lang, people, orgs, misc) == expected


@pytest.mark.parametrize(("lang", "text", "people", "orgs", "misc", "expected"), [
    # German: a service standing for the company named before ("Der Dienst war 2006 … gegründet worden"); stakes
    # told by a holder with no company named, of the one the document is about.
    ("de", "Twitter geht an die Börse.\nDer Dienst war 2006 in San Francisco unter anderem von Jack Dorsey und Evan "
     "Williams gegründet worden.", ("Jack Dorsey", "Evan Williams"), (), (),
     [("founded", "Twitter", ["Evan Williams", "Jack Dorsey"], "2006")]),
    ("de", "Twitter geht an die Börse.\nEvan Williams war vor dem Börsengang mit rund zwölf Prozent der größte "
     "Aktionär unter den Gründern, Jack Dorsey hielt 4,9 Prozent.", ("Evan Williams", "Jack Dorsey"), (), (),
     [("stake", "Evan Williams", "Twitter", 12), ("stake", "Jack Dorsey", "Twitter", 4.9)]),
    # Chinese: money put in, told in a headline without a verb of spending; the target described first; a revenue
    # that fell to a level; a business unit set up is no organisation founded.
    ("zh", "苹果10亿美元投资滴滴出行", (), ("苹果",), (), [("investment", "Apple", "Didi Global", 1_000_000_000)]),
    ("zh", "去年9月，滴滴宣布向美国打车应用Lyft投资1亿美元。", (), ("Lyft",), (),
     [("investment", "Didi Global", "Lyft", 100_000_000)]),
    ("zh", "IBM本週二公布，去年第四季收入按年下跌約5.5%至277億美元。", (), (), (),
     [("revenue", "IBM", 27_700_000_000)]),
    ("zh", "IBM本月初又宣布成立Watson事業部，並投入逾10億美元。", (), ("Watson",), (), []),
])
def test_stop_55_voices(lang: str, text: str, people: tuple[str, ...], orgs: tuple[str, ...], misc: tuple[str, ...],
                        expected: list[tuple]) -> None:
    assert _kinds(text, lang, people, orgs, misc) == expected


@pytest.mark.parametrize(("lang", "text", "people", "orgs", "misc", "expected"), [
    # Another company's revenue right after one's, its verb left out, in the same period; not another amount
    # after a clause of its own.
    ("de", "Nokia setzte 2014 rund 12,7 Milliarden Euro um, Alcatel-Lucent rund 13,2 Milliarden Euro.", (),
     ("Nokia", "Alcatel-Lucent"), (),
     [("revenue", "Nokia", 12_700_000_000), ("revenue", "Alcatel-Lucent", 13_200_000_000)]),
    ("en", "Nokia's revenue was €12.7 billion in 2014, Alcatel-Lucent's €13.2 billion.", (),
     ("Nokia", "Alcatel-Lucent"), (),
     [("revenue", "Nokia", 12_700_000_000), ("revenue", "Alcatel-Lucent", 13_200_000_000)]),
    ("zh", "诺基亚2014年营收约127亿欧元，阿尔卡特朗讯约132亿欧元。", (), ("诺基亚", "阿尔卡特朗讯"), (),
     [("revenue", "Nokia", 12_700_000_000), ("revenue", "阿尔卡特朗讯", 13_200_000_000)]),
    ("en", "Nokia's revenue was €12.7 billion in 2014, and it paid Siemens €1.2 billion.", (), ("Nokia", "Siemens"),
     (), [("revenue", "Nokia", 12_700_000_000)]),
    # A stake told as the holder's own ("its roughly 40 percent stake"), also while it is being sold.
    ("en", "In May Yahoo agreed to sell half of its roughly 40 percent stake in Alibaba Group back to Alibaba.", (),
     ("Yahoo",), (), [("stake", "Yahoo", "Alibaba Group", 40)]),
    # A description in the relative clause of one party stands for another: "the company" is Yahoo, not Microsoft.
    ("en", "Yahoo settled with Microsoft, which owns about 5.8 percent of the company.", (), ("Yahoo", "Microsoft"),
     (), [("stake", "Microsoft", "Yahoo", 5.8)]),
    # A company a participle with a year describes: founded then, and the subject of its clause.
    ("de", "Apple verlor vor Gericht.\nDer 1976 gegründete Konzern setzte im Geschäftsjahr 2023, das Ende September "
     "endete, rund 383 Milliarden Dollar um.", (), ("Apple",), (),
     [("founded", "Apple", [], "1976"), ("revenue", "Apple", 383_000_000_000)]),
])
def test_stop_56_voices(lang: str, text: str, people: tuple[str, ...], orgs: tuple[str, ...], misc: tuple[str, ...],
                        expected: list[tuple]) -> None:
    assert _kinds(text, lang, people, orgs, misc) == expected


@pytest.mark.parametrize(("text", "publisher"), [
    ("2017-01-17 11:26 来源：京华科技观察\n百度宣布陆奇出任集团总裁\n京华科技观察 记者 何思源\n百度宣布了任命。",
     "京华科技"),
    # ... and in Traditional script, read folded.
    ("2017-01-17 11:26 來源：京華科技觀察\n百度宣布陸奇出任集團總裁\n京華科技觀察 記者 何思源\n百度宣布了任命。",
     "京華科技"),
])
def test_a_publisher_named_in_a_source_line_and_a_byline_is_no_party(text: str, publisher: str) -> None:
    # "来源：京华科技观察" and "京华科技观察 记者 何思源" credit the publisher, which the model tags "京华科技": not
    # the company the group (集团) of the headline's post stands for, which the sentences before do not name.
    assert _kinds(text, "zh", ("陆奇", "陸奇", "何思源"), (publisher,)) == []


@pytest.mark.parametrize("text", [
    "莫倫科夫（Steve Mollenkopf）2014年3月接替保羅·雅各布（Paul Jacobs）出任高通執行長。",
    "莫倫科夫（Steve Mollenkopf）接替保羅·雅各布（Paul Jacobs）出任高通執行長。",
])
def test_names_glossed_in_brackets_around_a_verb_of_replacing(text: str) -> None:
    # The successor is the one before the verb, a date between or not; the one replaced held the post before.
    assert _kinds(text, "zh", ("莫倫科夫", "Steve Mollenkopf", "保羅·雅各布", "Paul Jacobs"), ("高通",)) == [
        ("role", "Steve Mollenkopf", "Qualcomm"), ("role", "Paul Jacobs", "Qualcomm")]


@pytest.mark.parametrize(("text", "expected"), [
    # Of two organisations named as often, the one the headline opens with is the one the document is about ...
    ("Globex buys Lumen\nLumen makes robots.\nGlobex sells them.\nLumen has 900 staff.\nGlobex grew.", "Globex"),
    # ... and none where the headline opens with neither.
    ("Robots sell\nLumen makes robots.\nGlobex sells them.\nLumen has 900 staff.\nGlobex grew.\nLumen and Globex grew.",
     None),
])
def test_the_organisation_a_document_is_about_of_two_named_as_often(text: str, expected: str | None) -> None:
    from ainews_cli.facts.parties import main_organisation

    ner = [RawMention(name, m.start(), m.end(), "ORG", "model:test", lang="en")
           for name in ("Globex", "Lumen") for m in re.finditer(name, text)]
    entities = canonical_mentions(text, ner, [], TABLE)
    sentences, start = [], 0
    for line in text.split("\n"):
        sentences.append(Sentence(start, start + len(line), "en"))
        start += len(line) + 1
    assert main_organisation(text, sentences, entities) == expected


@pytest.mark.parametrize(("lang", "text", "people", "orgs", "misc", "expected"), [
    # What investors valued is not the one a sentence before told putting money in; nor is a firm a round came
    # from, a description in small letters between "from" and its name.
    ("en", "Airbnb soared in its Nasdaq debut.\nY Combinator invested in the startup in early 2009, and Sequoia "
     "Capital put in seed money that April.\nBy 2017 investors valued the company at $31 billion.", (),
     ("Airbnb", "Y Combinator", "Sequoia Capital"), (),
     [("investment", "Y Combinator", "Airbnb"), ("valuation", "Airbnb", 31_000_000_000)]),
    ("en", "Airbnb soared in its Nasdaq debut.\nIn April the company raised $1 billion from the investment firms "
     "Silver Lake and Sixth Street Partners in a deal that valued it at $18 billion.", (),
     ("Airbnb", "Silver Lake", "Sixth Street Partners"), (),
     [("valuation", "Airbnb", 18_000_000_000), ("funding_round", "Airbnb", 1_000_000_000)]),
    # A stake taken in exchange for money and more, "了" after the verb.
    ("zh", "2005年，雅虎以10亿美元现金加上雅虎中国业务，换取了阿里巴巴约40%的股份。", (), ("雅虎", "阿里巴巴"), (),
     [("investment", "Yahoo", "Alibaba Group", 1_000_000_000), ("stake", "Yahoo", "Alibaba Group", 40)]),
    # A founder before a relative clause set aside, the verb of the founding after more words than a few.
    ("de", "Google kauft DeepMind.\nDemis Hassabis, der seit Jahren in London lebt, hatte bereits 1998 das "
     "Studio Elixir gegründet.", ("Demis Hassabis",), ("Google", "DeepMind", "Elixir"), (),
     [("founded", "Elixir", ["Demis Hassabis"], "1998")]),
])
def test_stop_57_voices(lang: str, text: str, people: tuple[str, ...], orgs: tuple[str, ...], misc: tuple[str, ...],
                        expected: list[tuple]) -> None:
    assert _kinds(text, lang, people, orgs, misc) == expected


@pytest.mark.parametrize(("lang", "text", "people", "orgs", "misc", "expected"), [
    # What was founded after a word for its kind; a unit named for its field founds no company.
    ("zh", "次年，他与斯坦福大学教授达芙妮·科勒共同创办在线教育平台Coursera。", ("达芙妮·科勒",), ("斯坦福大学",), (),
     [("founded", "Coursera", ["达芙妮·科勒"])]),
    ("zh", "2015年12月，百度宣布成立自动驾驶事业部。", (), (), (), []),
    # What shares handed out are worth at market value is no company's value; the share held before a change is.
    ("zh", "騰訊將向股東派發所持約4.57億股京東集團A類普通股，以市值計約值164億美元。", (), (), (), []),
    ("zh", "完成派發後，騰訊所持京東股權將由約17%降至約2.3%。", (), (), (), [("stake", "Tencent", "JD.com", 17)]),
    # A forecast of revenue is none; a record revenue made is.
    ("de", "Intel legte Zahlen vor.\nFür das Gesamtjahr hob Intel seine Umsatzprognose auf 69,5 Milliarden Dollar an.\n"
     "Im vergangenen Jahr hatte Intel mit 70,8 Milliarden Dollar einen Rekordumsatz erzielt.", (), ("Intel",), (),
     [("revenue", "Intel", 70_800_000_000)]),
    # The company valued in a deal, the deal named after it as where it was valued.
    ("de", "Ford und VW geben Argo AI auf.\nArgo AI selbst wurde bei dem Geschäft mit mehr als sieben Milliarden "
     "Dollar bewertet.", (), ("Ford", "VW", "Argo AI"), (), [("valuation", "Argo AI", 7_000_000_000)]),
])
def test_stop_57_voices_of_the_fortieth_set(lang: str, text: str, people: tuple[str, ...], orgs: tuple[str, ...],
                                            misc: tuple[str, ...], expected: list[tuple]) -> None:
    assert _kinds(text, lang, people, orgs, misc) == expected


@pytest.mark.parametrize(("lang", "text", "people", "orgs", "misc", "expected"), [
    # A founding's year in the next clause, its verb alone.
    ("zh", "阿里云由王坚主导创建，成立于2009年，目前已是国内规模最大的云计算服务商。", ("王坚",), ("阿里云",), (),
     [("founded", "Alibaba Cloud", ["王坚"], "2009")]),
    ("en", "Shazam was co-founded by Chris Barton and Avery Wang, and was established in 1999 in London.",
     ("Chris Barton", "Avery Wang"), ("Shazam",), (), [("founded", "Shazam", ["Avery Wang", "Chris Barton"], "1999")]),
    # A stake told after money put in: what it was (the one it will be is still to come), or what it became.
    ("zh", "上月26日，阿里巴巴宣布向菜鸟网络追加投资53亿元，持股比例将由约47%增至51%。", (),
     ("阿里巴巴", "菜鸟网络"), (),
     [("investment", "Alibaba Group", "Cainiao", 5_300_000_000), ("stake", "Alibaba Group", "Cainiao", 47)]),
    ("zh", "今年6月，阿里巴巴向东南亚电商平台Lazada追加投资10亿美元，持股比例提高至约83%。", (),
     ("阿里巴巴", "Lazada"), (),
     [("investment", "Alibaba Group", "Lazada", 1_000_000_000), ("stake", "Alibaba Group", "Lazada", 83)]),
    ("zh", "阿里巴巴向Lazada追加投资10亿美元，持股比例将提高至约83%。", (), ("阿里巴巴", "Lazada"), (),
     [("investment", "Alibaba Group", "Lazada", 1_000_000_000)]),
    # A revenue's fall after its owner's possessive, from the level before; not after a colon's owner.
    ("en", "Alphabet reported that YouTube's advertising revenue fell to $7.96 billion in the fourth quarter, from "
     "$8.63 billion a year earlier.", (), ("Alphabet", "YouTube"), (),
     [("revenue", "YouTube", 7_960_000_000), ("revenue", "YouTube", 8_630_000_000)]),
])
def test_stop_58_voices_of_the_fortyfirst_set(lang: str, text: str, people: tuple[str, ...], orgs: tuple[str, ...],
                                              misc: tuple[str, ...], expected: list[tuple]) -> None:
    assert _kinds(text, lang, people, orgs, misc) == expected


@pytest.mark.parametrize(("lang", "text", "people", "orgs", "misc", "expected"), [
    # One who took part put money in: new backers invested in no earlier backer.
    ("en", "Existing investors Andreessen Horowitz, Founders Fund and Thrive Capital took part, and new backers "
     "included GIC, Goldman Sachs and Temasek.", (), ("Andreessen Horowitz", "Founders Fund", "Thrive Capital", "GIC",
                                                    "Goldman Sachs", "Temasek"), (), []),
    # A round the sentence's subject raised values that subject, a word for its trade in the description.
    ("en", "Anthropic said on Wednesday that it had raised more than $6.5 billion in a Series I round that valued the "
     "payments company at $50 billion.", (), ("Anthropic",), (),
     [("valuation", "Anthropic", 50_000_000_000), ("funding_round", "Anthropic", 6_500_000_000)]),
    # The amount first: "the $95 billion at which investors valued".
    ("en", "That is far below the $95 billion at which investors valued Anthropic two years ago.", (), ("Anthropic",),
     (), [("valuation", "Anthropic", 95_000_000_000)]),
    # Money got in exchange is no investment.
    ("de", "Im Oktober 2014 vereinbarte GlobalFoundries, die Chipfertigung von IBM zu übernehmen, und erhielt dafür "
     "von IBM 1,5 Milliarden Dollar.", (), ("GlobalFoundries", "IBM"), (), []),
    # Owned by, the share first; a revenue in a relative clause.
    ("de", "GlobalFoundries baut Chips.\nBislang gehörte das Unternehmen zu 100 Prozent Mubadala, dem Staatsfonds des "
     "Emirats Abu Dhabi.", (), ("GlobalFoundries", "Mubadala"), (), [("stake", "Mubadala", "GlobalFoundries", 100)]),
    ("de", "Shutterstock, das 2023 rund 875 Millionen Dollar umsetzte, bietet einen Bildgenerator an.", (),
     ("Shutterstock",), (), [("revenue", "Shutterstock", 875_000_000)]),
    # A company held by several, each with its share.
    ("zh", "交易完成後，收購主體Pangea由貝恩財團持有49.9%、東芝持有40.2%、日本光學企業HOYA持有9.9%。", (),
     ("Pangea", "貝恩", "東芝", "HOYA"), (),
     [("stake", "Bain Capital", "Pangea", 49.9), ("stake", "Toshiba", "Pangea", 40.2),
      ("stake", "HOYA", "Pangea", 9.9)]),
    # Won; a business's revenue is no company's, its period between.
    ("zh", "LG电子今年1月公布的财报显示，该公司去年营收约63.3万亿韩元，创历史新高；手机业务全年营收约5.2万亿韩元。", (),
     ("LG电子",), (), [("revenue", "LG Electronics", 63_300_000_000_000)]),
    # Funds raised (筹资) by a share sale.
    ("zh", "东芝增发新股，筹资约6000亿日元。", (), ("东芝",), (), [("funding_round", "Toshiba", 600_000_000_000)]),
])
def test_stop_58_voices_of_the_fortysecond_set(lang: str, text: str, people: tuple[str, ...], orgs: tuple[str, ...],
                                               misc: tuple[str, ...], expected: list[tuple]) -> None:
    assert _kinds(text, lang, people, orgs, misc) == expected


def test_a_publisher_the_document_tells_of_as_a_company_is_a_party() -> None:
    # Named twice neither credited nor cited, Getty Images is a company of the story; a photo credit is none.
    text = ("Getty Images klagt in London.\nGetty Images, das 2023 rund 917 Millionen Dollar umsetzte, bietet einen "
            "Bildgenerator an.")
    assert _kinds(text, "de") == [("revenue", "Getty Images", 917_000_000)]
    text = ("Das Foto zeigt den Hafen. (Foto: Getty Images)\nGetty Images, das 2023 rund 917 Millionen Dollar "
            "umsetzte, bietet einen Bildgenerator an.")
    assert _kinds(text, "de") == []


def test_founders_told_of_as_one_company_s_founded_the_company_they_share() -> None:
    # "the company" after a sentence naming others is the one both founders are told of as founders of.
    text = ("Zorbit co-founder Ann Lee spoke.\nZorbit co-founder Bo Chan agreed.\nSales lagged far behind those of "
            "Quillo.\nAnn Lee and Bo Chan founded the company in Waterloo in 1984.")
    assert ("founded", "Zorbit", ["Ann Lee", "Bo Chan"], "1984") in _kinds(
        text, "en", ("Ann Lee", "Bo Chan"), ("Zorbit", "Quillo"))


@pytest.mark.parametrize(("lang", "text", "people", "orgs", "misc", "expected"), [
    # A share of the votes is no stake; a ceiling still to come is none either.
    ("zh", "交易完成后，百度拥有携程约25%的投票权。", (), ("百度", "携程"), (), []),
    ("en", "Baidu holds 25% of Ctrip's voting rights.", (), ("Baidu", "Ctrip"), (), []),
    ("zh", "百度將以公開收購方式取得携程最多25%的股份。", (), ("百度", "携程"), (), []),
    ("zh", "百度持有携程不超过25%的股份。", (), ("百度", "携程"), (), []),
    # The seller a share was bought from holds nothing of it.
    ("zh", "携程以约4亿美元从Expedia手中收购艺龙约37.6%的股份。", (), ("携程", "Expedia", "艺龙"), (),
     [("stake", "Trip.com Group", "eLong", 37.6)]),
    # The share told after the stake's noun.
    ("en", "Tencent bought a stake of about 5% in Afterpay in May 2020.", (), ("Tencent", "Afterpay"), (),
     [("stake", "Tencent", "Afterpay", 5)]),
    # Money received in a round.
    ("en", "In 2019 Deliveroo received $575 million in a round led by Amazon.", (), ("Deliveroo", "Amazon"), (),
     [("investment", "Amazon", "Deliveroo"), ("funding_round", "Deliveroo", 575_000_000)]),
    # Set up in a year, the verb ending its clause.
    ("zh", "哲库由OPPO于2019年设立。", (), ("哲库", "OPPO"), (), [("founded", "ZEKU", [], "2019")]),
    # A description of three words before the first investor of a list.
    ("de", "Im Januar sammelte FTX 400 Millionen Dollar ein.\nZu den Geldgebern gehörten der singapurische "
     "Staatsinvestor Temasek und Tiger Global.", (), ("FTX", "Temasek", "Tiger Global"), (),
     [("funding_round", "FTX", 400_000_000), ("investment", "Temasek", "FTX"), ("investment", "Tiger Global", "FTX")]),
    # An aside and an auxiliary between a founder and what was founded; a co-founder with "mit" before the
    # verb at the clause's end.
    ("de", "Sam Bankman-Fried, ein früherer Händler der Investmentfirma Jane Street, hatte FTX 2019 mit Gary Wang "
     "gegründet.", ("Sam Bankman-Fried", "Gary Wang"), ("FTX", "Jane Street"), (),
     [("founded", "FTX", ["Gary Wang", "Sam Bankman-Fried"], "2019")]),
])
def test_stop_59_voices_of_the_fortythird_set(lang: str, text: str, people: tuple[str, ...], orgs: tuple[str, ...],
                                              misc: tuple[str, ...], expected: list[tuple]) -> None:
    assert _kinds(text, lang, people, orgs, misc) == expected


def test_a_former_post_and_a_co_president_in_chinese() -> None:
    text = "携程宣布，联席总裁兼首席运营官孙洁升任首席执行官，原董事局主席兼首席执行官梁建章改任董事局执行主席。"
    found = _by_line(text, "zh", ("孙洁", "梁建章"), ("携程",), ())
    roles = {(f["person"], f["role"], f.get("qualifier")) for f in found if f["kind"] == "role"}
    assert ("Jane Sun", "co-president", None) in roles
    assert ("James Liang", "chairman", "原") in roles


@pytest.mark.parametrize(("lang", "text", "people", "orgs", "misc", "expected"), [
    # What an attributive founding stands before was founded, not the company named as a title before it.
    ("zh", "如今，校内网创始人王兴正专注于他2010年创办的团购网站美团网。", ("王兴",), ("校内网", "美团网"), (),
     [("role", "王兴", "Xiaonei"), ("founded", "Meituan", ["王兴"], "2010")]),
    # ... and what a description ending in 的 stands before ("创办了面向大学生的校内网"); not a description alone.
    ("zh", "2005年12月，王兴与几位同伴创办了面向大学生的校内网。", ("王兴",), ("校内网",), (),
     [("founded", "Xiaonei", ["王兴"], "2005")]),
    ("zh", "2005年12月，王兴创办了面向大学生的社交网站。", ("王兴",), ("校内网",), (), []),
    # A founding or an investment still scheduled is none.
    ("zh", "中国半导体行业协会人士25日透露，国家集成电路产业投资基金将于近日挂牌成立。", (),
     ("中国半导体行业协会", "国家集成电路产业投资基金"), (), []),
    ("zh", "据报道，英特尔即将宣布投资展讯。", (), ("英特尔", "展讯"), (), []),
    # A company a Chinese noun right after it makes a modifier founded nothing.
    ("zh", "南亚科则是台塑集团旗下的DRAM厂，1995年成立。", (), ("南亚科", "台塑集团"), (),
     [("founded", "Nanya Technology", [], "1995")]),
    # "The company" after a regulator's "saying" is not the regulator (nor, one of a list, Theranos for sure).
    ("en", 'The Securities and Exchange Commission charged Theranos, Holmes and Balwani with "massive fraud" in '
     "March 2018, saying the company had raised more than $700m from investors.",
     ("Elizabeth Holmes", "Ramesh Balwani"), ("SEC", "Theranos"), (), []),
])
def test_stop_59_voices_of_the_fortyfourth_set(lang: str, text: str, people: tuple[str, ...], orgs: tuple[str, ...],
                                               misc: tuple[str, ...], expected: list[tuple]) -> None:
    assert _kinds(text, lang, people, orgs, misc) == expected


@pytest.mark.parametrize(("lang", "text", "people", "orgs", "misc", "expected"), [
    # A platform something came out on is where, not who: "the company" after it is the one the text is about.
    ("en", "Mark Pincus founded Zynga in San Francisco in 2007.\nIts FarmVille game, launched on Facebook in 2009, "
     "drew tens of millions of players.\nThe company went public on the Nasdaq in December 2011, raising $1 billion.",
     ("Mark Pincus",), ("Zynga", "Facebook", "Nasdaq"), ("FarmVille",),
     [("founded", "Zynga", ["Mark Pincus"], "2007"), ("funding_round", "Zynga", 1_000_000_000)]),
    # Net revenue, and the period it is for told before the verb of being.
    ("en", "Take-Two's net revenue for the fiscal year that ended in March 2021 was $3.37 billion.", (), ("Take-Two",),
     (), [("revenue", "Take-Two Interactive Software", 3_370_000_000)]),
    # A list of round leads, and one investor of several named after the round.
    ("zh", "融资方面，禾赛2021年完成超过3.7亿美元的D轮融资，由高瓴、小米和美团领投。", (),
     ("禾赛", "高瓴", "小米", "美团"), (),
     [("investment", "Hillhouse Capital", "Hesai Group"), ("investment", "Xiaomi", "Hesai Group"),
      ("investment", "Meituan", "Hesai Group"), ("funding_round", "Hesai Group", 370_000_000)]),
    ("zh", "網易雲音樂同日宣佈完成7億美元融資，阿里巴巴為投資方之一。", (), ("網易雲音樂", "阿里巴巴"), (),
     [("investment", "Alibaba Group", "NetEase Cloud Music"), ("funding_round", "NetEase Cloud Music", 700_000_000)]),
    # The largest shareholder named first, its share after.
    ("zh", "上市前，光速中国是禾赛最大的外部股东，持股约17.5%。", (), ("光速中国", "禾赛"), (),
     [("stake", "Lightspeed China Partners", "Hesai Group", 17.5)]),
    # Revenue a year before, for the same period.
    ("zh", "招股书显示，Cerebras今年上半年营收约1.364亿美元，去年同期仅约870万美元。", (), ("Cerebras",), (),
     [("revenue", "Cerebras", 136_400_000), ("revenue", "Cerebras", 8_700_000)]),
    # A description with a place before it; a round led by a list.
    ("de", "Wochenlang war über die Zukunft von Soundcloud gerätselt worden.\nDer Berliner Streamingdienst erhält in "
     "einer von The Raine Group und Temasek angeführten Finanzierungsrunde 169,5 Millionen Dollar.", (),
     ("Soundcloud", "The Raine Group", "Temasek"), (),
     [("funding_round", "Soundcloud", 169_500_000), ("investment", "The Raine Group", "Soundcloud"),
      ("investment", "Temasek", "Soundcloud")]),
    # "die Finanzierung" led.
    ("de", "Soundcloud holt sich 169,5 Millionen Dollar.\nAngeführt wird die Finanzierung von der Investmentbank Raine "
     "Group und dem Staatsfonds Temasek.", (), ("Soundcloud", "Raine Group", "Temasek"), (),
     [("funding_round", "Soundcloud", 169_500_000), ("investment", "The Raine Group", "Soundcloud"),
      ("investment", "Temasek", "Soundcloud")]),
    # Who valued it between the verb and the company, when after it.
    ("de", "Medienberichten zufolge bewerteten die Investoren Soundcloud vor der Geldspritze nur noch mit rund 150 "
     "Millionen Dollar.", (), ("Soundcloud",), (), [("valuation", "Soundcloud", 150_000_000)]),
    # A description before the company a share is of.
    ("de", "Der amerikanische Online-Reisekonzern Expedia übernimmt 61,6 Prozent an der Hotelsuchmaschine trivago.", (),
     ("Expedia", "trivago"), (), [("stake", "Expedia", "trivago", 61.6)]),
    # "wird" with a post and no verb after it: the post is taken.
    ("de", "Kerry Trainor wird Chef von Soundcloud.", ("Kerry Trainor",), ("Soundcloud",), (),
     [("role", "Kerry Trainor", "Soundcloud")]),
    ("de", "Soundcloud bekommt Geld.\nNeuer Firmenchef wird Kerry Trainor.", ("Kerry Trainor",), ("Soundcloud",), (),
     [("role", "Kerry Trainor", "Soundcloud")]),
])
def test_stop_60_voices_of_the_fortyfifth_set(lang: str, text: str, people: tuple[str, ...], orgs: tuple[str, ...],
                                              misc: tuple[str, ...], expected: list[tuple]) -> None:
    assert _kinds(text, lang, people, orgs, misc) == expected


def test_posts_listed_with_their_holders_in_appositions() -> None:
    text = ("Equifax named a new chief.\nIts chief information officer, David Webb, and chief security officer, "
            "Susan Mauldin, retired on Friday.")
    found = _by_line(text, "en", ("David Webb", "Susan Mauldin"), ("Equifax",), ())
    roles = {(f["person"], f["role"]) for f in found if f["kind"] == "role"}
    assert roles == {("David Webb", "CIO"), ("Susan Mauldin", "CSO")}


@pytest.mark.parametrize(("lang", "text", "people", "orgs", "misc", "expected"), [
    # A former employer is named in the background: "the company" and "the start-up" are not it.
    ("en", "Coinbase went public.\nChief executive Brian Armstrong, a former Airbnb engineer, co-founded the company "
     "in San Francisco in 2012 with Fred Ehrsam, a onetime Goldman Sachs trader.\nIn December 2013 the start-up "
     "received $25 million in a round led by Andreessen Horowitz.", ("Brian Armstrong", "Fred Ehrsam"),
     ("Coinbase", "Airbnb", "Goldman Sachs", "Andreessen Horowitz"), (),
     [("role", "Brian Armstrong", "Coinbase"), ("founded", "Coinbase", ["Brian Armstrong", "Fred Ehrsam"], "2012"),
      ("investment", "Andreessen Horowitz", "Coinbase"), ("funding_round", "Coinbase", 25_000_000)]),
    # A pronoun opening its sentence goes on with what the description opening the sentence before stood for.
    ("en", "Coinbase plans a listing.\nIn December, the company said it had submitted a draft to the SEC.\nIts "
     "filing, made public on Feb. 25, showed revenue of $1.28 billion for 2020.", (), ("Coinbase", "SEC"), (),
     [("revenue", "Coinbase", 1_280_000_000)]),
    # An exchange named after "on" is where, not whose worth.
    ("en", "Coinbase ends first day on Nasdaq worth about $86 billion", (), ("Coinbase", "Nasdaq"), (), []),
    # Each founding's founders in its own clause.
    ("zh", "58同城由姚劲波于2005年在北京创办，赶集网则由杨浩涌在同年创立。", ("姚劲波", "杨浩涌"),
     ("58同城", "赶集网"), (),
     [("founded", "58.com", ["Yao Jinbo"], "2005"), ("founded", "Ganji", ["Yang Haoyong"], "2005")]),
    # Investors counted after their list.
    ("zh", "2015年6月，众安获摩根士丹利、中金及鼎晖等五家机构注资约57.6亿元人民币。", (),
     ("众安", "摩根士丹利", "中金", "鼎晖"), (),
     [("investment", "Morgan Stanley", "ZhongAn Online"), ("investment", "CICC", "ZhongAn Online"),
      ("investment", "CDH Investments", "ZhongAn Online")]),
    # A description after "am".
    ("de", "In den USA hält Vodafone 45 Prozent am Mobilfunker Verizon Wireless.", (),
     ("Vodafone", "Verizon Wireless"), (), [("stake", "Vodafone", "Verizon Wireless", 45)]),
])
def test_stop_60_voices_of_the_fortysixth_set(lang: str, text: str, people: tuple[str, ...], orgs: tuple[str, ...],
                                              misc: tuple[str, ...], expected: list[tuple]) -> None:
    assert _kinds(text, lang, people, orgs, misc) == expected


def test_its_post_after_a_sentence_of_two_companies_is_no_lead_company_s() -> None:
    text = ("WeWork's chief steps down\nWeWork postponed its listing last week, and WeWork's board met on Monday.\n"
            "SoftBank has poured more than $10 billion into WeWork.\nIts chief executive, Masayoshi Son, has been one "
            "of the most prominent backers.")
    found = _by_line(text, "en", ("Masayoshi Son",), ("WeWork", "SoftBank"), ())
    assert [(f["person"], f.get("org")) for f in found if f["kind"] == "role"] == [("Masayoshi Son", None)]


@pytest.mark.parametrize(("lang", "text", "people", "orgs", "misc", "expected"), [
    # A country's possessive before a round's lead; what "it" a round valued is the company, not the lead.
    ("en", "Pinterest grew fast.\nIn May 2012 the start-up received $100 million in a round that was led by Japan's "
     "Rakuten and valued it at $1.5 billion.", (), ("Pinterest", "Rakuten"), ("Japan",),
     [("investment", "Rakuten", "Pinterest"), ("valuation", "Pinterest", 1_500_000_000),
      ("funding_round", "Pinterest", 100_000_000)]),
    # Backers that included a list; "it" after a sentence whose other parties only put money into its subject.
    ("en", "Quibi shuts down.\nQuibi received $1 billion in its first funding round in 2018 from backers that included "
     "Walt Disney, NBCUniversal, Sony Pictures and WarnerMedia.\nIn March it raised another $750 million.", (),
     ("Quibi", "Walt Disney", "NBCUniversal", "Sony Pictures", "WarnerMedia"), (),
     [("investment", "Walt Disney", "Quibi"), ("investment", "NBCUniversal", "Quibi"),
      ("investment", "Sony Pictures", "Quibi"), ("investment", "WarnerMedia", "Quibi"),
      ("funding_round", "Quibi", 1_000_000_000), ("funding_round", "Quibi", 750_000_000)]),
    # The German verb first, the amount before the list it came from; a market value's gain told "legte … um … zu";
    # revenue in yen.
    ("de", "Niantic entwickelt Spiele.\nIm Oktober erhielt die Firma dann bis zu 30 Millionen Dollar von The Pokémon "
     "Company, Google und Nintendo.", (), ("Niantic", "The Pokémon Company", "Google", "Nintendo"), (),
     [("investment", "The Pokémon Company", "Niantic"), ("investment", "Google", "Niantic"),
      ("investment", "Nintendo", "Niantic")]),
    ("de", "Am 11. Juli legte Nintendos Börsenwert um rund 7,5 Milliarden Dollar zu.", (), ("Nintendo",), (),
     [("market_value_change", "Nintendo", 7_500_000_000)]),
    ("de", "Im Geschäftsjahr bis Ende März setzte Nintendo rund 504 Milliarden Yen um.", (), ("Nintendo",), (),
     [("revenue", "Nintendo", 504_000_000_000)]),
    # Chinese: 获 alone before the investor; a value of the equity; a share got for a business sold; a share got for
    # an amount; a new company of a merger is no party.
    ("zh", "同年6月，Grab获丰田汽车投资10亿美元。", (), ("Grab", "丰田汽车"), (),
     [("investment", "Toyota", "Grab", 1_000_000_000)]),
    ("zh", "双方今年4月宣布合并协议时，Grab的股权价值约为396亿美元。", (), ("Grab",), (),
     [("valuation", "Grab", 39_600_000_000)]),
    ("zh", "2018年3月，Uber将东南亚业务出售予Grab，换取Grab 27.5%股权。", (), ("Uber", "Grab"), (),
     [("stake", "Uber", "Grab", 27.5)]),
    ("zh", "根据公告，融创将以60.41亿元获得乐视网8.61%的股份。", (), ("融创", "乐视网"), (),
     [("investment", "Sunac China", "LeTV", 6_041_000_000), ("stake", "Sunac China", "LeTV", 8.61)]),
    ("zh", "优酷股东将持有新公司约71.5%。", (), ("优酷", "新公司"), (), []),
])
def test_stop_60_voices_of_the_fortyseventh_set(lang: str, text: str, people: tuple[str, ...],
                                                orgs: tuple[str, ...], misc: tuple[str, ...],
                                                expected: list[tuple]) -> None:
    assert _kinds(text, lang, people, orgs, misc) == expected


@pytest.mark.parametrize(("lang", "text", "people", "orgs", "misc", "expected"), [
    # Money put in through convertible notes is lent, no investment; a floor is no stake.
    ("en", "Unity grew.\nSilver Lake and Sequoia Capital agreed at the same time to put $1 billion into Unity through "
     "convertible notes.", (), ("Unity", "Silver Lake", "Sequoia Capital"), (), []),
    ("zh", "腾讯亦曾表示，分拆后将持有阅文不少于50%的股份。", (), ("腾讯", "阅文"), (), []),
    # Who joined a round: "neu eingestiegen ist", "Das Geld stammt … von … wie".
    ("de", "Klarna erhält 800 Millionen Dollar in einer Finanzierungsrunde.\nDas Geld stammt vor allem von bisherigen "
     "Geldgebern wie Sequoia Capital und Silver Lake.\nAuch der Staatsfonds Mubadala aus Abu Dhabi beteiligte sich; "
     "neu eingestiegen ist der kanadische Pensionsfonds CPP Investments.", (),
     ("Klarna", "Sequoia Capital", "Silver Lake", "Mubadala", "CPP Investments"), (),
     [("funding_round", "Klarna", 800_000_000), ("investment", "Sequoia Capital", "Klarna"),
      ("investment", "Silver Lake", "Klarna"), ("investment", "Mubadala", "Klarna"),
      ("investment", "CPP Investments", "Klarna")]),
])
def test_stop_60_voices_of_the_fortyeighth_set(lang: str, text: str, people: tuple[str, ...],
                                               orgs: tuple[str, ...], misc: tuple[str, ...],
                                               expected: list[tuple]) -> None:
    assert _kinds(text, lang, people, orgs, misc) == expected


@pytest.mark.parametrize(("lang", "text", "people", "orgs", "misc", "expected"), [
    # A co-founder after "mit" whom a possessive describes.
    ("de", "Kaspersky wies die Warnung zurück.\nEugene Kaspersky hatte die Firma 1997 in Moskau mit seiner damaligen "
     "Frau Natalja Kasperskaja gegründet.", (), ("Kaspersky",), (),
     [("founded", "Kaspersky", ["Eugene Kaspersky", "Natalja Kasperskaja"], "1997")]),
    ("en", "Kaspersky rejected the warning.\nEugene Kaspersky founded the company in 1997 with his then wife Natalya "
     "Kaspersky.", (), ("Kaspersky",), (),
     [("founded", "Kaspersky", ["Eugene Kaspersky", "Natalja Kasperskaja"], "1997")]),
    # A board's spokesman is its chief; not of what a clause before speaks of in a genitive ("des BSI").
    ("de", "Eintracht Frankfurt beendete den Vertrag mit Kaspersky.\nMit der Warnung des BSI habe sich die Faktenlage "
     "verändert, sagte Vorstandssprecher Axel Hellmann.", (), ("Eintracht Frankfurt", "Kaspersky", "BSI"), (),
     [("role", "Axel Hellmann")]),
    ("de", "Axel Hellmann, Vorstandssprecher von Eintracht Frankfurt, sagte, man habe reagiert.", (),
     ("Eintracht Frankfurt",), (), [("role", "Axel Hellmann", "Eintracht Frankfurt")]),
    # Hong Kong's total revenue (總收益); an angel's investment, its owner named before it.
    ("zh", "美圖今日上市。\n根據招股文件，美圖2015年總收益約7.42億元人民幣。", (), (), (),
     [("revenue", "Meitu", 742_000_000)]),
    ("zh", "美圖今日上市。\n次年，美圖獲蔡文勝旗下隆領資本的天使投資。", ("蔡文勝",), (), (),
     [("investment", "Longling Capital", "Meitu")]),
])
def test_stop_61_voices_of_the_fortyninth_set(lang: str, text: str, people: tuple[str, ...],
                                              orgs: tuple[str, ...], misc: tuple[str, ...],
                                              expected: list[tuple]) -> None:
    assert _kinds(text, lang, people, orgs, misc) == expected


@pytest.mark.parametrize(("lang", "text", "people", "orgs", "misc", "expected"), [
    # A round its lead is glued to ("SoftBank-led") is the raiser's, and the lead's investment.
    ("en", "Wayve raises $1.05 billion in SoftBank-led round", (), ("Wayve",), (),
     [("investment", "SoftBank", "Wayve"), ("funding_round", "Wayve", 1_050_000_000)]),
    # Investors that join the round told before as what they are, or put in more.
    ("en", "Wayve raised $1.05 billion in a Series C round.\nNvidia took part as a new investor, and Microsoft, "
     "already a shareholder, put in more money.", (), ("Wayve", "Nvidia", "Microsoft"), (),
     [("funding_round", "Wayve", 1_050_000_000), ("investment", "Nvidia", "Wayve"),
      ("investment", "Microsoft", "Wayve")]),
    # A company a description stands for, started in a year.
    ("en", "Wayve builds software for cars.\nAlex Kendall started the company in 2017 with Amar Shah.", (),
     ("Wayve",), (), [("founded", "Wayve", ["Alex Kendall", "Amar Shah"], "2017")]),
    # A decimal point or comma inside a change is no clause's end; Swedish kronor.
    ("en", "Netflix said it added 7.66 million members.\nRevenue for the fourth quarter rose 1.9% to $7.85 billion.",
     (), ("Netflix",), (), [("revenue", "Netflix", 7_850_000_000)]),
    ("de", "SAP legte Zahlen vor.\nDer Umsatz stieg um 1,9 Prozent auf 7,85 Milliarden Euro.", (), ("SAP",), (),
     [("revenue", "SAP", 7_850_000_000)]),
    ("de", "Ericsson wurde 1876 gegründet.\nIm vergangenen Jahr setzte der Konzern 232,4 Milliarden Kronen um.", (),
     ("Ericsson",), (), [("founded", "Ericsson", [], "1876"), ("revenue", "Ericsson", 232_400_000_000)]),
])
def test_stop_61_voices_of_the_fiftieth_set(lang: str, text: str, people: tuple[str, ...],
                                            orgs: tuple[str, ...], misc: tuple[str, ...],
                                            expected: list[tuple]) -> None:
    assert _kinds(text, lang, people, orgs, misc) == expected


@pytest.mark.parametrize(("lang", "text", "people", "orgs", "misc", "expected"), [
    # "was set up in 2013": a founding with its year.
    ("en", "SCL sells data.\nCambridge Analytica was set up in 2013 as an offshoot of SCL.", (),
     ("Cambridge Analytica", "SCL"), (), [("founded", "Cambridge Analytica", [], "2013")]),
    # Investors listed after the round, the list ending in 等 before 参与其中.
    ("zh", "今年5月，旷视完成总额约7.5亿美元的D轮融资，中银集团投资、麦格理集团等参与其中。", (), ("旷视",), (),
     [("investment", "BOC Group Investment", "Megvii"), ("investment", "Macquarie Group", "Megvii"),
      ("funding_round", "Megvii", 750_000_000)]),
    # 获 with an amount, the investor's owner named first and both glossed in brackets.
    ("zh", "Gogoro很受欢迎。\n今年6月，Gogoro獲英國石油（bp）旗下嘉實多（Castrol）5000萬美元投資。", (),
     ("Gogoro",), (), [("investment", "Castrol", "Gogoro", 50_000_000)]),
    # Where a company valued is from, near another place.
    ("de", "Adidas kauft Runtastic.\nDie Transaktion bewertet das Unternehmen aus Pasching bei Linz mit 220 Millionen "
     "Euro.", (), ("Adidas", "Runtastic"), (), [("valuation", "Runtastic", 220_000_000)]),
])
def test_stop_61_voices_of_the_fiftyfirst_set(lang: str, text: str, people: tuple[str, ...],
                                              orgs: tuple[str, ...], misc: tuple[str, ...],
                                              expected: list[tuple]) -> None:
    assert _kinds(text, lang, people, orgs, misc) == expected


@pytest.mark.parametrize(("text", "orgs", "people", "expected"), [
    # The sentence before went on with the company through a pronoun alone (its chairman): "the company's
    # president" is that one's, though the sentence before that named MuleSoft too.
    ("Salesforce agreed to buy MuleSoft for $6.5 billion, its largest deal.\nIn a statement on Tuesday, Salesforce "
     "said MuleSoft would power a new Salesforce product.\nMarc Benioff, its chairman, said every transformation "
     "starts with the customer.\nKeith Block, the company's president, oversees the sales force.",
     ("Salesforce", "MuleSoft"), ("Marc Benioff", "Keith Block"),
     [("Marc Benioff", "chairman", "Salesforce"), ("Keith Block", "president", "Salesforce")]),
    # Among the companies the sentence before named, the one the document is about owns the post.
    ("Uber chief executive Travis Kalanick resigned on Tuesday.\nUber bought the self-driving truck startup Otto "
     "last year, and Waymo sued Uber over the technology of Otto.\nIn March, Jeff Jones, the company's president, "
     "quit after six months.", ("Uber", "Otto", "Waymo"), ("Travis Kalanick", "Jeff Jones"),
     [("Travis Kalanick", "CEO", "Uber"), ("Jeff Jones", "president", "Uber")]),
    # Not where that one is not among them: whose post it is stays untold.
    ("Uber chief executive Travis Kalanick resigned on Tuesday.\nUber's rivals grew.\nWaymo sued Otto over its "
     "technology, and Lyft backed Otto.\nIn March, Jeff Jones, the company's president, quit after six months.",
     ("Uber", "Otto", "Waymo", "Lyft"), ("Travis Kalanick", "Jeff Jones"),
     [("Travis Kalanick", "CEO", "Uber"), ("Jeff Jones", "president", None)]),
    # "its" after "the company's" in the same sentence stands for what that stood for, though the sentence before
    # did not name it.
    ("Airbnb listed its shares on Nasdaq on Thursday.\nThe shares doubled.\nNathan Blecharczyk is the company's "
     "chief strategy officer, and Dave Stephenson, a former Amazon executive, has been its chief financial officer.",
     ("Airbnb", "Amazon"), ("Nathan Blecharczyk", "Dave Stephenson"),
     [("Nathan Blecharczyk", "chief strategy officer", "Airbnb"), ("Dave Stephenson", "CFO", "Airbnb")]),
])
def test_stop_62_a_post_the_company_owns(text: str, orgs: tuple[str, ...], people: tuple[str, ...],
                                        expected: list[tuple]) -> None:
    assert [(f["person"], f["role"], f["org"]) for f in _by_line(text, "en", people, orgs)
            if f["kind"] == "role"] == expected


@pytest.mark.parametrize(("lang", "text", "people", "orgs", "misc", "expected"), [
    # The verb of joining before the investor (German word order): its round is not the investor's own.
    ("de", "Volocopter baut Flugtaxis.\nIm September 2019 beteiligte sich die Geely Holding an einer "
     "Finanzierungsrunde über rund 50 Millionen Euro.", (), ("Volocopter", "Geely Holding"), (), []),
    # Money raised by then is a total, no round.
    ("de", "Volocopter baut Flugtaxis.\nBis dahin hatte Volocopter nach eigenen Angaben mehr als 570 Millionen "
     "Dollar eingesammelt.", (), ("Volocopter",), (), []),
    # A leader described by a capitalised German noun ("vom US-Finanzinvestor TCV") is in an agent phrase.
    ("de", "Revolut ist eine Smartphone-Bank.\nIm Februar 2020 hatte Revolut in einer vom US-Finanzinvestor TCV "
     "angeführten Runde 500 Millionen Dollar eingesammelt.", (), ("Revolut", "TCV"), (),
     [("funding_round", "Revolut", 500_000_000), ("investment", "TCV", "Revolut")]),
    # "Börsengang" names no exchange: the company named after it is what "das Start-up" stands for next.
    ("de", "Volocopter baut Flugtaxis.\nEinen Börsengang über eine Spac-Fusion hatte Volocopter Ende 2021 "
     "abgesagt.\nIm März 2022 erhielt das Start-up in einer vom südkoreanischen Investor WP Investment angeführten "
     "Runde 170 Millionen Dollar.", (), ("Volocopter", "WP Investment"), (),
     [("funding_round", "Volocopter", 170_000_000), ("investment", "WP Investment", "Volocopter")]),
    # ... and the one that led it ("vom … angeführten") is in the background: "das Unternehmen" is not it.
    ("de", "Volocopter baut Flugtaxis.\nEinen Börsengang hatte Volocopter Ende 2021 abgesagt.\nIm März 2022 erhielt "
     "das Start-up in einer vom Investor WP Investment angeführten Runde 170 Millionen Dollar.\nDas Unternehmen wurde "
     "dabei mit 1,7 Milliarden Dollar bewertet.", (), ("Volocopter", "WP Investment"), (),
     [("funding_round", "Volocopter", 170_000_000), ("investment", "WP Investment", "Volocopter"),
      ("valuation", "Volocopter", 1_700_000_000)]),
    # Convertible corporate bonds are debt, no round; a company split off from another is the one founded.
    ("zh", "新唐科技是华邦电子旗下的公司。\n新唐今年5月發行無擔保轉換公司債，募得新台幣20億元。", (), (), (), []),
    ("zh", "新唐科技是华邦电子旗下的公司。\n新唐於2008年自華邦電分割成立，其後在台灣證券交易所掛牌上市。", (), (), (),
     [("founded", "Nuvoton", [], "2008")]),
    # "close to" an amount; two words between an owner's possessive and the cue; "tripled … from" an earlier level.
    ("en", "Robinhood went public on Thursday.\nThe company sold about 52.4 million shares, raising close to $2 "
     "billion.\nRobinhood's last private valuation was $11.7 billion.\nRevenue more than tripled in 2020 to $959 "
     "million from $278 million a year earlier.", (), ("Robinhood",), (),
     [("funding_round", "Robinhood", 2_000_000_000), ("valuation", "Robinhood", 11_700_000_000),
      ("revenue", "Robinhood", 959_000_000), ("revenue", "Robinhood", 278_000_000)]),
    # A share held and to be sold; a share alone after another's in the same part of the sentence (an
    # organisation named past a semicolon is not a company it may be of); the people a sentence opens with,
    # sharing the predicate "and founded" ends.
    ("zh", "Grindr是一家交友应用。\n昆仑集团已达成协议，拟将所持Grindr约98.59%的股权转让给后者。", (), (), (),
     [("stake", "Kunlun Group", "Grindr", 98.59)]),
    ("zh", "优必选今天在香港上市。\n上市前腾讯持有优必选约6.31%的股份，启明创投持股约5.82%；"
     "比亚迪联合创始人夏佐全也是优必选的早期投资人。", (), (), (),
     [("role", "Xia Zuoquan", "BYD"), ("investment", "Xia Zuoquan", "UBTech"), ("stake", "Tencent", "UBTech", 6.31),
      ("stake", "Qiming Venture Partners", "UBTech", 5.82)]),
    ("zh", "众安在线今天在香港上市。\n上市前，螞蟻金服持股約16%，騰訊及中國平安各持約12%。", (), ("众安在线",), (),
     [("stake", "Ant Group", "ZhongAn Online", 16), ("stake", "Tencent", "ZhongAn Online", 12),
      ("stake", "Ping An Insurance", "ZhongAn Online", 12)]),
    ("en", "Robinhood went public.\nVlad Tenev and Baiju Bhatt met as students at Stanford University and founded the "
     "company in 2013.", ("Vlad Tenev", "Baiju Bhatt"), ("Robinhood", "Stanford University"), (),
     [("founded", "Robinhood", ["Baiju Bhatt", "Vlad Tenev"], "2013")]),
    # A bare 公司 opening a clause after a comma, as the text is read (full-width signs folded to ASCII).
    ("zh", "优必选今天在香港上市。\n优必选是一家机器人公司，总部位于深圳。\n其中，人形机器人业务收入约5184万元。\n"
     "今年上半年，公司营收约2.61亿元。", (), (), (), [("revenue", "UBTech", 261_000_000)]),
])
def test_stop_62_voices_of_the_fiftysecond_set(lang: str, text: str, people: tuple[str, ...],
                                              orgs: tuple[str, ...], misc: tuple[str, ...],
                                              expected: list[tuple]) -> None:
    assert _kinds(text, lang, people, orgs, misc) == expected


@pytest.mark.parametrize(("lang", "text", "people", "orgs", "misc", "expected"), [
    # A post taken over by one a relative clause says joined an organisation is that one's (its predecessor's too),
    # not the document's company; "who ran HGST" is no joining.
    ("en", "Texas Instruments will buy National Semiconductor.\nTexas Instruments is based in Dallas.\nDonald "
     "Macleod, who joined National Semiconductor in 1978, took over as chief executive from Brian Halla in November "
     "2009.", ("Donald Macleod", "Brian Halla"), ("Texas Instruments", "National Semiconductor"), (),
     [("role", "Donald Macleod", "National Semiconductor"), ("role", "Brian Halla", "National Semiconductor")]),
    # The level of the year a revenue is compared with (较…的) is that year's revenue; a subject after a clause that
    # modifies it (…的) founded what a later clause founds.
    ("zh", "知乎在纽交所上市。\n知乎2020年营收为13.52亿元，较上一年的6.71亿元增长约101.7%。", (), (), (),
     [("revenue", "Zhihu", 1_352_000_000), ("revenue", "Zhihu", 671_000_000)]),
    ("zh", "偉易達今天宣布和解。\n曾在美國國家收銀機公司（NCR）短暫任職的黃子欣，於1976年與拍檔創立偉易達。", (),
     (), (), [("founded", "VTech", ["Allan Wong"], "1976")]),
    # Founding companies each with its article.
    ("de", "Osram baut Lampen.\nOsram wurde 1919 in Berlin von der Auergesellschaft, Siemens & Halske und der AEG "
     "gegründet.", (), (), (), [("founded", "Osram", ["AEG", "Auergesellschaft", "Siemens & Halske"], "1919")]),
])
def test_stop_62_voices_of_the_fiftythird_set(lang: str, text: str, people: tuple[str, ...],
                                             orgs: tuple[str, ...], misc: tuple[str, ...],
                                             expected: list[tuple]) -> None:
    assert _kinds(text, lang, people, orgs, misc) == expected


@pytest.mark.parametrize(("lang", "text", "people", "orgs", "misc", "expected"), [
    # The fifty-fourth set.
    # An organisation named only in a relative clause that tells of a thing does not keep a bare post from the
    # company the document is about.
    ("de", "TeamViewer geht an die Börse.\nTeamViewer sitzt in Göppingen.\nFinanzchef Stefan Gaiser will die Schulden, "
     "die aus der Zeit unter Permira stammen, zügig abbauen.", ("Stefan Gaiser",), ("TeamViewer", "Permira"), (),
     [("role", "Stefan Gaiser", "TeamViewer")]),
    # An investor that "亦是" (is also) an early one.
    ("zh", "大疆被列入清單。\n紅杉資本亦是大疆的早期投資者。", (), ("紅杉資本", "大疆"), (),
     [("investment", "Sequoia Capital", "DJI")]),
    # A person in a genitive after a noun is that noun's attribute, no holder.
    ("de", "KPN verkauft E-Plus.\nDer mexikanische Konzern des Milliardärs Carlos Slim hielt damals knapp 30 Prozent "
     "an KPN.", ("Carlos Slim",), ("KPN",), (), []),
    ("de", "KPN verkauft E-Plus.\nDer Milliardär Carlos Slim hielt damals knapp 30 Prozent an KPN.", ("Carlos Slim",),
     ("KPN",), (), [("stake", "Carlos Slim", "KPN", 30)]),
    # What one is on course for, a value bankers pitched, a revenue one could reach: no facts.
    ("en", "Zendesk will be taken private.\nSvane said in February that Zendesk was on course for $3.4 billion of "
     "revenue by 2025.", ("Svane",), ("Zendesk",), (), []),
    ("en", "Uber is expected to list.\nBankers pitched it a valuation of as much as $120bn last year.", (), ("Uber",),
     (), []),
    ("de", "Cruise baut Robotaxis.\nBarra hatte 2021 in Aussicht gestellt, dass Cruise bis 2030 einen Jahresumsatz von "
     "50 Milliarden Dollar erreichen könne.", ("Barra",), ("Cruise",), (), []),
    # ... but a revenue a compound names is one.
    ("de", "Adyen ging an die Börse.\nDer Nettoumsatz stieg 2017 auf rund 218 Millionen Euro.", (), ("Adyen",), (),
     [("revenue", "Adyen", 218_000_000)]),
    # The round's valuation of the company invested in (向…投资 puts money into it, it leads nothing); 该轮投资 points
    # back to that investment, no new one; a valuation that may reach an amount, in talks, is none; a round's amount
    # after 估值 and a verb of raising is the round's.
    ("zh", "大疆被列入清單。\n2015年5月，美國創投基金Accel向大疆投資7,500萬美元；《華爾街日報》當時引述知情人士報道，"
     "該輪投資對大疆的估值約80億美元。", (), ("Accel", "大疆"), (),
     [("investment", "Accel", "DJI", 75_000_000), ("valuation", "DJI", 8_000_000_000)]),
    ("zh", "大疆被列入清單。\n2018年3月曾有報道指，大疆正洽談新一輪融資，估值或達150億美元。", (), ("大疆",), (), []),
    ("zh", "DoorDash上市。\nDoorDash今年早些时候曾以约160亿美元的估值融资4亿美元。", (), ("DoorDash",), (),
     [("valuation", "DoorDash", 16_000_000_000), ("funding_round", "DoorDash", 400_000_000)]),
    # The fifty-fifth set.
    # An exchange raises no round: the offering is the company's that returned to it.
    ("en", "SolarWinds was hacked.\nSolarWinds returned to the New York Stock Exchange in October 2018 with an "
     "offering that raised $375 million.", (), ("SolarWinds", "New York Stock Exchange"), (),
     [("funding_round", "SolarWinds", 375_000_000)]),
    # The fifty-sixth set.
    # A founder given by a post and then by name set off by commas founded; the post "its" gives to what it stands
    # for is not at the company founded.
    ("en", "TalkTalk was fined.\nHarding has run the company since October 2010.\nIts chairman, Charles Dunstone, "
     "co-founded Carphone Warehouse in 1989.", ("Charles Dunstone", "Harding"), ("TalkTalk", "Carphone Warehouse"),
     (), [("role", "Charles Dunstone"), ("founded", "Carphone Warehouse", ["Charles Dunstone"], "1989")]),
    # An investor "already" one.
    ("en", "Zenefits named a new chief.\nDavid Sacks was already an investor in Zenefits.", ("David Sacks",),
     ("Zenefits",), (), [("investment", "David Sacks", "Zenefits")]),
])
def test_stop_63_voices_of_the_fiftyfourth_to_fiftysixth_sets(lang: str, text: str, people: tuple[str, ...],
                                                            orgs: tuple[str, ...], misc: tuple[str, ...],
                                                            expected: list[tuple]) -> None:
    assert _kinds(text, lang, people, orgs, misc) == expected


@pytest.mark.parametrize(("lang", "text", "people", "orgs", "misc", "expected"), [
    # Several investors for a total: each an investment with no amount of its own, the total the round.
    ("zh", "同日，九号机器人还宣布获得小米科技、红杉资本中国基金、顺为资本和华山资本共8000万美元投资。", (), (), (),
     [("investment", "Xiaomi", "Ninebot"), ("investment", "HongShan", "Ninebot"),
      ("investment", "Shunwei Capital", "Ninebot"), ("investment", "Huashan Capital", "Ninebot"),
      ("funding_round", "Ninebot", 80_000_000)]),
    # An investment got with no 的, the investor described.
    ("zh", "2014年，Appier成为第一家获硅谷创投红杉资本投资的台湾新创。", (), (), (),
     [("investment", "Sequoia Capital", "Appier")]),
    # "This time" in a listing's story: the money the listing raised.
    ("zh", "Appier今天在东京证券交易所挂牌上市。\n以发行价计算，这次募资约298亿日元，公司市值约14.6亿美元。", (), (),
     (), [("valuation", "Appier", 1_460_000_000), ("funding_round", "Appier", 29_800_000_000)]),
    # A founder's employer is not what a founding put first founds.
    ("de", "Xavier Niel hat am Freitag das Forschungslabor Kyutai vorgestellt.\nGegründet hat der Gründer des "
     "Telekomkonzerns Iliad das Labor zusammen mit Rodolphe Saadé, dem Chef der Reederei CMA CGM, und dem früheren "
     "Google-Chef Eric Schmidt.", (), (), (),
     [("role", "Rodolphe Saadé", "CMA CGM"), ("role", "Eric Schmidt", "Google")]),
    # A description after a comparison stands for the subject, not for the company compared with; euros in English.
    ("de", "Die Software AG wurde 1969 in Darmstadt gegründet und ist damit älter als SAP.\nIm vergangenen Jahr setzte "
     "der Konzern rund 958 Millionen Euro um.", (), (), (),
     [("founded", "Software AG", [], "1969"), ("revenue", "Software AG", 958_000_000)]),
    ("en", "Software AG was founded in 1969 and is older than SAP.\nLast year the company had revenue of 958 million "
     "euros.", (), (), (), [("founded", "Software AG", [], "1969"), ("revenue", "Software AG", 958_000_000)]),
    # Bare shares of the company the sentence before is about, the last one's verb left out; "the company" after
    # them is that company, not the holder named last.
    ("en", "The pair started TransferWise in London in 2011.\nPeter Thiel's Valar Ventures, the largest outside "
     "shareholder, holds 10.2%, while Andreessen Horowitz has 9.3% and Baillie Gifford 4.9%.\nThiel's fund first "
     "backed the company in 2013, when it raised $6 million.", (), (), (),
     [("founded", "Wise", [], "2011"), ("stake", "Valar Ventures", "Wise", 10.2),
      ("stake", "Andreessen Horowitz", "Wise", 9.3), ("stake", "Baillie Gifford", "Wise", 4.9),
      ("funding_round", "Wise", 6_000_000)]),
    # The fifty-eighth set's. A company set up, its year right after it, co-founders after "with".
    ("en", "Victor Riparbelli set up Synthesia in 2017 with Steffen Tjerrild.", (), (), (),
     [("founded", "Synthesia", ["Steffen Tjerrild", "Victor Riparbelli"], "2017")]),
    # Money already taken from one, told again by a relative clause: one investment.
    ("en", "Plaid had already taken money from Visa Inc, which invested in September 2019.", (), (), (),
     [("investment", "Visa", "Plaid")]),
    # The amount before "valuation", its subject reaching it.
    ("en", "The price was roughly twice the $2.65 billion valuation Plaid reached in December 2018.", (), (), (),
     [("valuation", "Plaid", 2_650_000_000)]),
    # A second "von" after a noun says whose the noun is: the managers founded it, not Rocket Internet.
    ("de", "Project A, das 2012 von früheren Managern von Rocket Internet gegründet wurde, war schon früh dabei.", (),
     (), (), [("founded", "Project A Ventures", [], "2012")]),
    # The founded first, its founder after the verb.
    ("de", "Founders Fund hatte Peter Thiel 2005 mitgegründet.", (), (), (),
     [("founded", "Founders Fund", ["Peter Thiel"], "2005")]),
    ("de", "Rocket Internet hatte Foodpanda 2012 gegründet.", (), (), (), []),
    # A share held in a relative clause of the holder, the verb last.
    ("de", "Der Düsseldorfer Broker Sino, der bislang 13,8 Prozent an Trade Republic hielt, verkauft in der Runde "
     "Anteile.", (), (), (), [("stake", "Sino", "Trade Republic", 13.8)]),
    # Money from a group named after one investor: the round's, the one named an investor; those who join it after.
    ("de", "Der Berliner Neobroker Trade Republic erhält von einer Investorengruppe um den US-Wagniskapitalgeber "
     "Sequoia Capital rund 900 Millionen Dollar.\nNeben Sequoia beteiligen sich TCV, Thrive Capital und Founders "
     "Fund; auch die bisherigen Geldgeber Accel, Creandum und Project A ziehen mit.", (), (), (),
     [("investment", "Sequoia Capital", "Trade Republic"), ("funding_round", "Trade Republic", 900_000_000),
      ("investment", "TCV", "Trade Republic"), ("investment", "Thrive Capital", "Trade Republic"),
      ("investment", "Founders Fund", "Trade Republic"), ("investment", "Accel", "Trade Republic"),
      ("investment", "Creandum", "Trade Republic"), ("investment", "Project A Ventures", "Trade Republic")]),
    # "Dessen Chef": a post at the one named before, not at the company the clause names.
    ("de", "1&1 Telecom gehört zu 1&1 Drillisch, die wiederum mehrheitlich dem Montabaurer Internetkonzern United "
     "Internet gehört.\nDessen Chef Ralph Dommermuth hatte 1&1 im Jahr 1988 gegründet.", ("Ralph Dommermuth",), (),
     (), [("role", "Ralph Dommermuth"), ("founded", "1&1", ["Ralph Dommermuth"], "1988")]),
    # A charge upheld founds nothing; a ceiling on what a listing raises is no round.
    ("zh", "陪审团裁定友达光电罪名成立。", (), (), (), []),
    ("zh", "猎豹移动周四在纽交所上市。\n该公司随后将发行价区间定为12.5美元至14.5美元，"
     "募资上限也降至约2亿美元。", (), (), (), []),
    # An investment when: "于2008年入股".
    ("zh", "澳洲电信于2008年入股汽车之家，此后成为其最大股东。", (), (), (), [("investment", "Telstra", "Autohome")]),
    # The fifty-ninth set's. A post "is to become" is still to come.
    ("en", "Dan Schulman joins PayPal as its president and is to become chief executive when the split is done.", (),
     (), (), [("role", "Dan Schulman", "PayPal")]),
    # A part of another's revenue; a shareholder with its share.
    ("en", "In July, eBay reported second-quarter revenue of $4.37 billion, of which PayPal contributed $1.95 billion.",
     (), (), (), [("revenue", "PayPal", 1_950_000_000), ("revenue", "eBay", 4_370_000_000)]),
    ("en", "Apple is an 8% shareholder in Imagination Technologies.", (), (), (),
     [("stake", "Apple", "Imagination Technologies", 8)]),
    # A listing's net proceeds, "this time" in Hong Kong's word.
    ("zh", "第四范式昨日在港交所上市。\n以发售价计，集资净额约8.355亿港元。", (), (), (),
     [("funding_round", "4Paradigm", 835_500_000)]),
    ("zh", "第四范式昨日在港交所上市。\n是次全球发售共募集资金约8.355亿港元。", (), (), (),
     [("funding_round", "4Paradigm", 835_500_000)]),
    # The sixtieth set's. What a pronoun after "behind" stands for was not founded.
    ("en", "Raspberry Pi listed in London.\nThe foundation behind it was set up in 2008 by Eben Upton and a group of "
     "Cambridge colleagues.", (), (), (), []),
])
def test_stop_64_voices_of_the_fiftyseventh_to_sixtieth_sets(lang: str, text: str, people: tuple[str, ...],
                                                             orgs: tuple[str, ...], misc: tuple[str, ...],
                                                             expected: list[tuple]) -> None:
    assert _kinds(text, lang, people, orgs, misc) == expected


@pytest.mark.parametrize(("lang", "text", "people", "orgs", "misc", "expected"), [
    # The sixty-first set's. A person after a preposition is no founder of the list ("a former aide to").
    ("en", "Clearview AI was founded in 2017 by Hoan Ton-That and Richard Schwartz, a former aide to Rudy Giuliani.",
     ("Hoan Ton-That", "Richard Schwartz", "Rudy Giuliani"), (), (),
     [("founded", "Clearview AI", ["Hoan Ton-That", "Richard Schwartz"], "2017")]),
    # A company placed by its city and state; a listing by its size; a stake bought, told in the passive.
    ("en", "GoPro made its Nasdaq debut on Thursday.\nThe San Mateo, California, company priced 17.8 million shares "
     "at $24 each late on Wednesday, raising $427.2 million.", (), (), (), [("funding_round", "GoPro", 427_200_000)]),
    ("en", "GoPro made its Nasdaq debut on Thursday.\nThe camera maker's $427 million offering is the biggest this "
     "year.", (), (), (), [("funding_round", "GoPro", 427_000_000)]),
    ("en", "Apple sold a $500 million bond offering on Monday.", (), (), (), []),
    ("en", "GoPro makes cameras.\nIn December 2012 an 8.88 percent stake in the company was bought by Taiwan's Hon Hai "
     "Precision Industry, better known as Foxconn, for $200 million.", (), (), (),
     [("investment", "Foxconn", "GoPro", 200_000_000), ("stake", "Foxconn", "GoPro", 8.88)]),
    # German stakes: held after a listing, "mit … an X beteiligt", received, the rest of one the sentence before
    # told; the developer of a game in quotes is a company; the shares offered raised the listing's money.
    ("de", "King Digital Entertainment ging an die Börse.\nRiccardo Zacconi hält nach dem Börsengang noch 9,5 Prozent "
     "an King.", ("Riccardo Zacconi",), (), (), [("stake", "Riccardo Zacconi", "King Digital Entertainment", 9.5)]),
    ("de", "Ingenico ist seit Mitte 2018 mit 52 Prozent am Frankfurter Zahlungsdienstleister Payone beteiligt.\nDie "
     "übrigen 48 Prozent gehören dem DSV (Deutscher Sparkassenverlag), dem Dienstleister der Sparkassen.", (), (), (),
     [("stake", "Ingenico", "Payone", 52), ("stake", "Deutscher Sparkassenverlag", "Payone", 48)]),
    ("de", "Siemens erhielt dafür 27 Prozent an Worldline.", (), (), (), [("stake", "Siemens", "Worldline", 27)]),
    ("de", "Zynga hatte es vorgemacht.\nDer „Farmville“-Entwickler war im Dezember 2011 bei seinem Börsengang mit "
     "sieben Milliarden Dollar bewertet worden.", (), (), (), [("valuation", "Zynga", 7_000_000_000)]),
    ("de", "King Digital Entertainment ging am Mittwoch an die New Yorker Börse.\nDas Angebot von 22,2 Millionen "
     "Aktien brachte rund 500 Millionen Dollar ein.", (), (), (),
     [("funding_round", "King Digital Entertainment", 500_000_000)]),
    # A listing's proceeds as a subheading of their own; a named round's investment; a shareholder added.
    ("zh", "云从科技今日登陆科创板。\n募资约17.28亿元 上市时尚未盈利", (), (), (),
     [("funding_round", "CloudWalk", 1_728_000_000)]),
    ("zh", "去年4月，面壁智能获得知乎的天使轮投资。", (), (), (), [("investment", "Zhihu", "ModelBest")]),
    ("zh", "本週四（24日），上海智元新創技術有限公司完成工商變更，新增比亞迪股份有限公司等為股東。", (), (), (),
     [("investment", "BYD", "上海智元新创技术有限公司")]),
    # The sixty-second set's. A name of several words in a German compound; 其 before a post.
    ("de", "United-Internet-Gründer und Vorstandschef Ralph Dommermuth braucht das Geld vor allem für das Netz.", (),
     (), (), [("role", "Ralph Dommermuth", "United Internet"), ("role", "Ralph Dommermuth", "United Internet")]),
    ("zh", "苹果公司今天发表声明回应称，Siri并不包含该专利所述的特征。\n苹果还表示，案件已持续8年，对小i机器人再次提起"
     "诉讼感到失望。\n小i机器人的运营主体为上海智臻智能网络科技股份有限公司。\n其创始人、董事长兼首席执行官袁辉在声明中说，"
     "公司尊重苹果。", (), (), (),
     [("role", "Yuan Hui", "Xiao-i"), ("role", "Yuan Hui", "Xiao-i"), ("role", "Yuan Hui", "Xiao-i")]),
    # Co-founders counted before a colon; a venture arm after its owner; a spin-off's origin after its country.
    ("en", "Fei-Fei Li set up World Labs in April with three co-founders: Justin Johnson, Christoph Lassner and Ben "
     "Mildenhall.", ("Fei-Fei Li", "Justin Johnson", "Christoph Lassner", "Ben Mildenhall"), (), (),
     [("founded", "World Labs", ["Ben Mildenhall", "Christoph Lassner", "Fei-Fei Li", "Justin Johnson"])]),
    ("en", "World Labs also received money from Nvidia's NVentures, AMD Ventures and Intel Capital.", (), (), (),
     [("investment", "NVentures", "World Labs"), ("investment", "AMD Ventures", "World Labs"),
      ("investment", "Intel Capital", "World Labs")]),
    ("zh", "苹果的Siri来自Siri Inc.。\n这家初创公司于2007年从美国斯坦福国际研究院分拆成立。", (), ("Siri Inc.",), (),
     [("founded", "Siri Inc.", [], "2007")]),
    # Shareholders listed; shares owned, each after its holder; a block sold; what two companies are meant to reach.
    ("zh", "工商信息显示，小i机器人的股东中包括蓝色光标、伊利股份等上市公司。", (), (), (),
     [("investment", "BlueFocus", "Xiao-i"), ("investment", "Yili", "Xiao-i")]),
    ("de", "Ionos ging an die Börse.\nVor dem Börsengang gehörten United Internet 75,1 Prozent und Warburg Pincus 24,9 "
     "Prozent der Anteile.", (), (), (),
     [("stake", "United Internet", "Ionos", 75.1), ("stake", "Warburg Pincus", "Ionos", 24.9)]),
    ("de", "Zugleich vereinbarte Capgemini, dem Finanzinvestor Apax Partners dessen Paket von 11,43 Prozent an Altran "
     "abzukaufen.", (), (), (), [("stake", "Apax Partners", "Altran", 11.43)]),
    ("de", "Altran setzte 2018 rund 2,9 Milliarden Euro um.\nZusammen sollen beide Unternehmen auf rund 17 Milliarden "
     "Euro Umsatz kommen.", (), (), (), [("revenue", "Altran", 2_900_000_000)]),
    # A date right after a founded company dates what follows it.
    ("zh", "由清华校友杨植麟创办的月之暗面今年2月完成逾10亿美元融资。", (), (), (),
     [("founded", "Moonshot AI", ["Yang Zhilin"]), ("funding_round", "Moonshot AI", 1_000_000_000)]),
    # The sixty-third set's. A price range's bound is no round; holdings through a company or as a share; a
    # founding's year in the company's next clause; the first investors.
    ("en", "UiPath priced its initial public offering at $56 a share on Tuesday evening, above a range of $52 to $54 "
     "that it had raised on Monday.", (), (), (), []),
    ("zh", "据迅雷提交的文件，IPO完成后，小米持有迅雷约29.3%的股份。\n金山软件通过旗下公司持股约11.7%，"
     "IDG资本持股约8.1%。\n晨兴资本的持股比例约为11.8%。", (), (), (),
     [("stake", "Xiaomi", "Xunlei", 29.3), ("stake", "IDG Capital", "Xunlei", 8.1),
      ("stake", "Kingsoft", "Xunlei", 11.7), ("stake", "Morningside Venture Capital", "Xunlei", 11.8)]),
    ("zh", "迅雷由邹胜龙与其杜克大学校友程浩联合创办，公司于2003年在深圳成立。", (), (), (),
     [("founded", "Xunlei", ["Cheng Hao", "Zou Shenglong"], "2003")]),
    ("zh", "紅杉中國和真格基金是出門問問最早一批投資者。", (), (), (),
     [("investment", "HongShan", "Mobvoi"), ("investment", "ZhenFund", "Mobvoi")]),
    # A share sold to a buyer is the buyer's.
    ("de", "Im November 2013 hatte die Deutsche Telekom 70 Prozent an Scout24 an Hellman & Friedman verkauft.", (), (),
     (), [("stake", "Hellman & Friedman", "Scout24", 70)]),
])
def test_stop_65_voices_of_the_sixtyfirst_to_sixtythird_sets(lang: str, text: str, people: tuple[str, ...],
                                                             orgs: tuple[str, ...], misc: tuple[str, ...],
                                                             expected: list[tuple]) -> None:
    assert _kinds(text, lang, people, orgs, misc) == expected


def test_stop_63_a_bare_chinese_director_is_a_director() -> None:
    found = _by_line("腾讯总裁刘炽平此后出任京东董事。", "zh", (), (), (), dated=True)
    assert [(f["person"], f["role"], f["org"]) for f in found if f["kind"] == "role"] == \
        [("Martin Lau", "president", "Tencent"), ("Martin Lau", "director", "JD.com")]
