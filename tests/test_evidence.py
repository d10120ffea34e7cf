"""The evidence step between NER and the entity list (evidence.py, entities.py): the
junk the issue lists, one thing under several names, titles split off names, and bad
input. The model's spans are given as the models tagged them, so each case is exact;
a few cases run the real pipelines end to end."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ainews_cli import han, lexicon
from ainews_cli.cli import app
from ainews_cli.entities import RawMention, alias_mentions, canonical_mentions, load_alias_table
from ainews_cli.evidence import shouted_or_headline

TABLE = load_alias_table()


def settle(text: str, spans: list[tuple[str, str]], lang: str = "en") -> set[tuple[str, str]]:
    """(name, type) of every mention once the document is settled; ``spans`` are the
    model's (surface, label), found at their first occurrence."""
    return {(name, label) for _, name, label in _settled(text, spans, lang)}


def names(found: set[tuple[str, str]]) -> set[str]:
    return {name for name, _ in found}


# Each junk entity of the issue, in a sentence of the kind it came from, tagged as the model tagged it.
JUNK = [
    ("de", "Microsoft verlor fast 47 Milliarden US-Dollar Börsenwert.", ("Börsenwert", "PERSON"), "Börsenwert"),
    ("en", "Critics had long called it a Trojan horse.", ("Trojan", "PERSON"), "Trojan"),
    ("en", "I wrote earlier this year in The Accidental Consumer Tech Company: it stands.",
     ("Accidental Consumer Tech Company", "ORG"), "Accidental Consumer Tech Company"),
    ("de", "Nach den Führungsturbulenzen bei OpenAI wechselt Sam Altman zu Microsoft.",
     ("Führungsturbulenzen", "LOC"), "Führungsturbulenzen"),
    ("en", "Sam Altman was fired. Following Altman's return, Greg Brockman came back.",
     ("Following Altman", "ORG"), "Following Altman"),
    ("en", "Altman is back. New OpenAI board members were named on Wednesday.", ("New OpenAI", "LOC"), "New OpenAI"),
    ("en", "He cited the so-called Curren effect in his talk.", ("Curren", "PERSON"), "Curren"),
    ("en", "The staff letter was shared as a PDF on Monday.", ("PDF", "ORG"), "PDF"),
    ("en", "Each CPU core counts, the EPA rules aside.", ("CPU", "ORG"), "CPU"),
    ("en", "Each CPU core counts, the EPA rules aside.", ("EPA", "ORG"), "EPA"),
    ("de", "Der Verwaltungsrat von OpenAI hat Firmenchef Sam Altman entlassen.", ("Verwaltungsrat", "ORG"),
     "Verwaltungsrat"),
    ("de", "Microsoft investiert rund 15 Millionen Euro, zahlbar in Dollar.", ("Dollar", "MISC"), "Dollar"),
    ("de", "Das KI-Start-up sammelte Geld ein.", ("KI-Start-up", "ORG"), "KI-Start-up"),
    ("de", "Das Geld fließt in die Business-KI.", ("Business-KI", "ORG"), "Business-KI"),
    ("en", "Returns on the deal were poor, analysts said.", ("Returns", "ORG"), "Returns"),
    ("en", "former Treasury Secretary Larry Summers joins the board.", ("Treasury", "ORG"), "Treasury"),
    ("en", "Altman wrote on X. Brockman agreed.", ("X.", "PERSON"), "X."),
]


@pytest.mark.parametrize(("lang", "text", "span", "junk"), JUNK)
def test_junk_is_not_listed(lang: str, text: str, span: tuple[str, str], junk: str) -> None:
    assert junk not in names(settle(text, [span], lang))


# A name the model mistyped: the alias table or the gazetteer gives the type.
TYPED = [
    ("The company is based in Palo Alto, California.", ("Palo Alto", "PERSON"), ("Palo Alto", "LOC")),
    ("The board will be chaired by Bret Taylor.", ("Bret Taylor", "ORG"), ("Bret Taylor", "PERSON")),
    ("Adam D'Angelo, the chief executive of Quora, stays.", ("Quora", "LOC"), ("Quora", "ORG")),
    ("It runs on Windows and Office.", ("Office", "ORG"), ("Microsoft Office", "PRODUCT")),
]


@pytest.mark.parametrize(("text", "span", "expected"), TYPED)
def test_the_alias_table_and_gazetteer_type_what_the_model_mistyped(text: str, span: tuple[str, str],
                                                                     expected: tuple[str, str]) -> None:
    found = settle(text, [span])
    assert expected in found
    assert {(n, t) for n, t in found if n == expected[0]} == {expected}


def test_an_acronym_the_document_spells_out_is_kept() -> None:
    text = "The Environmental Protection Agency (EPA) agreed. The EPA said so."
    assert ("EPA", "ORG") in settle(text, [("Environmental Protection Agency", "ORG"), ("EPA", "ORG")])


def test_a_surname_that_is_a_german_noun_links_to_the_full_name() -> None:
    text = "Von Julia Weber. Weber berichtet aus Berlin."
    found = settle(text, [("Julia Weber", "PERSON"), ("Weber", "PERSON")], "de")
    assert ("Julia Weber", "PERSON") in found and "Weber" not in names(found)


def test_a_surname_that_is_a_place_is_the_person_where_a_title_says_so() -> None:
    # A first name before it, though a common word opens the caption; a title beside the surname alone; the
    # place where nothing says it is a person.
    text = "Drew Houston, left, on Friday. Houston, the chief executive, founded Dropbox in 2007. He lives in Houston."
    found = settle(text, [("Drew Houston", "PERSON")])
    assert ("Drew Houston", "PERSON") in found and ("Houston", "LOC") in found
    assert [name for surface, name, _ in _settled(text, [("Drew Houston", "PERSON")], "en")
            if surface == "Houston"] == ["Drew Houston", "Houston"]


# One thing, several names: each case lists the names the document's mentions must fold into.
FOLDS = [
    ("en", "Chips made in the U.S. sell in the USA.", [], {"United States"}),
    # (The agency of the dateline filed the story: no entity of it.)
    ("en", "SAN FRANCISCO (Reuters) - The San Francisco company said.", [("SAN FRANCISCO", "LOC")],
     {"San Francisco"}),
    ("en", "Sam Altman returned. Sam said he was glad.", [("Sam", "PERSON")], {"Sam Altman"}),
    ("en", "Chief Technology Officer Mira Murati spoke.", [("Chief Technology Officer Mira Murati", "ORG")],
     {"Mira Murati"}),
    ("de", "Mira Murati übernimmt. Technologiechefin Murati sagte das.", [("Technologiechefin Murati", "ORG")],
     {"Mira Murati"}),
    ("de", "Die Botschaft verkündete Microsoft-Chef Satya Nadella.", [("Microsoft-Chef Satya Nadella", "PERSON")],
     {"Microsoft", "Satya Nadella"}),
    ("en", "GitHub Copilot writes code. Copilot is popular.", [], {"GitHub Copilot"}),
    ("en", "Copilot is built into Windows.", [], {"Microsoft Copilot", "Microsoft Windows"}),
    ("de", "Die Bundesrepublik Deutschland und die USA.", [], {"Germany", "United States"}),
    ("en", "美国 and 德国 signed.", [], {"United States", "Germany"}),
]


@pytest.mark.parametrize(("lang", "text", "spans", "expected"), FOLDS)
def test_one_thing_has_one_name(lang: str, text: str, spans: list[tuple[str, str]], expected: set[str]) -> None:
    assert names(settle(text, spans, lang)) == expected


# Chinese spans are flat and outermost: a name around a place is one name, a place with a
# generic word is the place; the model's conjunctions and idioms are no names. Each case
# in Simplified and in Traditional characters, as the model tagged it (on the folded text).
CHINESE = [
    ("马斯克向美国加州北区联邦法院提起诉讼。", [("美国加州北区联邦法院", "ORG")],
     {"Elon Musk", "美国加州北区联邦法院"}),
    ("馬斯克向美國加州北區聯邦法院提起訴訟。", [("美國加州北區聯邦法院", "ORG")],
     {"Elon Musk", "美国加州北区联邦法院"}),
    ("中国科学院和加州大学伯克利分校的研究人员。", [("中国科学院", "ORG"), ("加州大学伯克利分校", "ORG")],
     {"中国科学院", "加州大学伯克利分校"}),
    ("中国移动和中国电信发表声明。", [("中国移动和", "ORG"), ("中国电信", "ORG")], {"中国移动", "中国电信"}),
    ("中國移動和中國電信發表聲明。", [("中國移動和", "ORG"), ("中國電信", "ORG")], {"中国移动", "中国电信"}),
    ("美国政府宣布新规。", [("美国政府", "ORG")], {"United States"}),
    ("美國政府官員宣布新規。", [("美國政府官員", "ORG")], {"United States"}),
    ("微软公司总部。（图片来源：视觉中国）", [("中国", "LOC")], {"Microsoft", "Visual China Group"}),
    ("微軟公司總部。（圖片來源：視覺中國）", [("中國", "LOC")], {"Microsoft", "Visual China Group"}),
    ("在遵循创作的康庄大道上，我将撤去。", [("康庄大道", "LOC")], set()),
    ("在遵循創作的康莊大道上，我將撤去。", [("康莊大道", "LOC")], set()),
    ("他在海淀区和中关村工作。", [("海淀区", "LOC"), ("中关村", "LOC")], {"海淀区", "中关村"}),
    ("該公司總部位於加州舊金山。", [("加州舊金山", "LOC")], {"California", "San Francisco"}),
    ("据《华盛顿邮报》报道，官员在华盛顿表示。", [("华盛顿", "LOC")], {"The Washington Post", "Washington, D.C."}),
    ("據《華盛頓郵報》報導，官員在華盛頓表示。", [("華盛頓", "LOC")], {"The Washington Post", "Washington, D.C."}),
    # A person is not named half in Latin letters; "startup" is no organisation.
    ("黄仁勋在辉达GTC大会上发表演讲。", [("辉达GTC", "PERSON")], {"Jensen Huang", "Nvidia"}),
    ("黃仁勳在輝達GTC大會上發表演講。", [("輝達GTC", "PERSON")], {"Jensen Huang", "Nvidia"}),
    ("微软延揽人工智能新创公司Inflection AI的创始人。", [("新创公司", "ORG")], {"Microsoft", "Inflection AI"}),
    ("微軟延攬人工智慧新創公司Inflection AI的創辦人。", [("新創公司", "ORG")], {"Microsoft", "Inflection AI"}),
    ("投资方包括比爾·蓋茲。", [], {"Bill Gates"}),
    # A title before the name is trimmed (the company is the alias table's).
    ("智元机器人CEO邓泰华表示支持。", [("CEO邓泰华", "PERSON")], {"AgiBot", "邓泰华"}),
    # Stocks and "big firms" are descriptions; a name that ends in 股份 is a name.
    ("人工智能股普遍下跌，互联网大厂纷纷跟进。", [("人工智能股", "ORG"), ("互联网大厂", "ORG")], set()),
    ("人工智慧股普遍下跌，AI晶片大廠紛紛跟進。", [("人工智慧股", "ORG"), ("AI晶片大廠", "ORG")], set()),
    ("星河科技股份发表声明。", [("星河科技股份", "ORG")], {"星河科技股份"}),
    # A word that tells a happening names no one, though a model reading a headline tags it.
    ("鴻海董事長交棒 劉揚偉接掌", [("交棒", "PERSON"), ("劉揚偉", "PERSON")], {"Foxconn", "刘扬伟"}),
    ("鸿海董事长交棒 刘扬伟接掌", [("交棒", "PERSON"), ("刘扬伟", "PERSON")], {"Foxconn", "刘扬伟"}),
    ("台積電董事長任內，公司營收成長。", [("任內", "PERSON")], {"TSMC"}),
    ("同为智驾芯片企业的黑芝麻智能已先行在港上市。", [("智驾芯片企业", "ORG"), ("黑芝麻智能", "ORG")],
     {"Black Sesame Technologies"}),
]


@pytest.mark.parametrize(("text", "spans", "expected"), CHINESE)
def test_chinese_spans_are_outermost_names(text: str, spans: list[tuple[str, str]], expected: set[str]) -> None:
    assert names(settle(text, spans, "zh")) == expected


def test_a_business_whose_name_ends_in_a_word_for_a_place_is_an_organisation() -> None:
    # "物美超市" (Wumart) ends in 市, a city, but 超市 is a supermarket; "海淀区" stays a place.
    assert settle("京东宣布入股物美超市。", [("物美超市", "LOC")], "zh") >= {("物美超市", "ORG")}
    assert settle("華聯超市股價上漲。", [("華聯超市", "LOC")], "zh") >= {("华联超市", "ORG")}
    assert ("海淀区", "LOC") in settle("他在海淀区工作。", [("海淀区", "LOC")], "zh")


# A byline names people the model, reading the line as a heading, did not tag.
BYLINES = [
    ("en", "Microsoft invests in OpenAI\n\nBy Mark Rivera\n\nMicrosoft said on Monday.",
     {"Microsoft", "OpenAI", "Mark Rivera"}),
    ("en", "By Jane Doe, Mark Rivera\n", {"Jane Doe", "Mark Rivera"}),
    ("en", "By The Numbers\n\nBy Staff Reporter\n", set()),
    ("en", "By Sam Altman\n", {"Sam Altman"}),
    ("en", "By Microsoft Research\n", {"Microsoft"}),
    ("de", "Von Anna Schmidt\n\nOpenAI entlässt Sam Altman.", {"Anna Schmidt", "OpenAI", "Sam Altman"}),
    ("de", "Text: Lukas Berger und Ursula von der Leyen\n", {"Lukas Berger", "Ursula von der Leyen"}),
    ("de", "Von Montag an gilt die Regel.\n", set()),
    ("zh", "记者 李明\n\n微软周一宣布。", {"李明", "Microsoft"}),
    ("zh", "記者 李明\n\n微軟週一宣布。", {"李明", "Microsoft"}),
    ("zh", "作者：王芳、陈静\n", {"王芳", "陈静"}),
    ("zh", "文／張偉\n", {"张伟"}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BYLINES)
def test_a_byline_names_people(lang: str, text: str, expected: set[str]) -> None:
    found = settle(text, [], lang)
    assert names(found) == expected
    assert all(label == "PERSON" for name, label in found if name not in {"Microsoft", "OpenAI", "Sam Altman"})


# "X" names the social network only where the text uses it as one.
PLATFORM = [
    ("en", "Sutskever wrote on X on Monday.", True),
    ("en", "Elon Musk, owner of X, disagreed.", True),
    ("en", "The unlikely alliance of the Meta CEO and the X owner surprised.", True),
    ("en", "X (formerly Twitter) said so.", True),
    ("en", "Tesla Model X owners complained.", False),
    ("en", "Factor X is unknown.", False),
    ("en", "X-ray images leaked.", False),
    ("de", "Die Botschaft verkündete Satya Nadella höchstpersönlich via X.", True),
    ("de", "Die X-Chefin Linda Yaccarino widersprach.", True),
    ("de", "Punkt X der Tagesordnung.", False),
    ("zh", "马斯克在X上发文称。", True),
    ("zh", "馬斯克在X上發文稱。", True),
    ("zh", "社交平台X的用户。", True),
    ("zh", "X光片显示。", False),
]


@pytest.mark.parametrize(("lang", "text", "platform"), PLATFORM)
def test_x_is_the_social_network_only_as_one(lang: str, text: str, platform: bool) -> None:
    found = {(m.text, m.entry.name, m.label) for m in alias_mentions(text, 0, len(text), TABLE, lang) if m.entry}
    assert (("X", "X", "PRODUCT") in found) is platform


@pytest.mark.parametrize("word", ["Börsenwert", "Führungsturbulenzen", "Chipkonzern", "Verwaltungsrat",
                                  "Finanzierungsrunde", "Anteilseigner", "Technologiechefin", "Dollar",
                                  # plurals that replace the singular's ending (Firma, Zentrum, Konto)
                                  "Firmen", "Wagniskapitalfirmen", "Zentren", "Konten"])
def test_german_common_nouns(word: str) -> None:
    assert lexicon.is_german_noun(word)


@pytest.mark.parametrize("word", ["Zuckerberg", "Darmstadt", "Hoffmann", "Altman", "Nadella", "Microsoft",
                                  "Nvidia", "Sutskever", "Brockman"])
def test_names_are_not_german_common_nouns(word: str) -> None:
    assert not lexicon.is_german_noun(word)


def test_the_gazetteer_names_countries_in_three_languages() -> None:
    places = {place.name: place for place in lexicon.places()}
    assert {"Deutschland", "德国", "USA", "U.S."} <= {*places["Germany"].forms, *places["United States"].forms}
    assert places["San Francisco"].kind == "city"


# --- bad input --------------------------------------------------------------------------

HEADLINE = " ".join(["Die", "Große", "Koalition", "Streitet", "Über", "Neue", "Regeln", "Für", "Künstliche",
                     "Intelligenz", "Und", "Die", "Zukunft", "Der", "Deutschen", "Autoindustrie", "Nach", "Dem",
                     "Gipfel", "In", "Berlin", "Mit", "Vielen", "Offenen", "Fragen", "Zu", "Daten", "Und",
                     "Kosten", "Heute"])


def test_a_title_case_run_or_a_shouted_line_is_read_by_the_alias_table_only() -> None:
    assert len(HEADLINE.split()) == 30
    assert shouted_or_headline(HEADLINE)
    assert shouted_or_headline("SAM ALTMAN IS OUT AT OPENAI AFTER A BOARD COUP")
    assert not shouted_or_headline("Sam Altman is out at OpenAI after a board coup.")
    spans = [("Große Koalition Streitet", "ORG"), ("Künstliche Intelligenz", "MISC"), ("Deutschen", "MISC")]
    assert names(settle(HEADLINE, spans, "de")) == {"Berlin"}


def ingested(tmp_path: Path, text: str, name: str) -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--json", "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 0, result.stderr
    [record] = json.loads(result.stdout)
    return record


BAD_INPUT = [
    ("headline.txt", HEADLINE + "\n\nDer Text folgt.\n", {"Berlin"}),
    ("shouting.txt", "MICROSOFT HIRES SAM ALTMAN AFTER OPENAI BOARD FIRES HIM\n\n"
     "SAM ALTMAN WILL LEAD A NEW ADVANCED AI RESEARCH TEAM AT MICROSOFT, SATYA NADELLA SAID ON MONDAY.\n",
     {"Microsoft", "Sam Altman", "OpenAI", "Satya Nadella"}),
    ("role.txt", "The chief executive said the board would meet. Der Firmenchef schwieg.\n", set()),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "text", "allowed"), BAD_INPUT)
def test_bad_input_invents_no_entity_and_no_fact(tmp_path: Path, name: str, text: str, allowed: set[str]) -> None:
    record = ingested(tmp_path, text, name)
    assert {e["name"] for e in record["entities"]} <= allowed
    assert [f for f in record["facts"] if f["kind"] not in ("money", "percent")] == []


@pytest.mark.slow
@pytest.mark.parametrize(("text", "junk"), [
    ("Critics of the company's capped-profit structure had long called it a Trojan horse.", "Trojan"),
    ("The reversal came after OpenAI's staff signed a letter, shared as a PDF on Monday.", "PDF"),
    ("Sam Altman was fired on Friday. Following Altman's return, Greg Brockman said he would come back too.",
     "Following Altman"),
])
def test_junk_is_not_listed_by_the_real_pipeline(tmp_path: Path, text: str, junk: str) -> None:
    record = ingested(tmp_path, text + "\n", "a.txt")
    assert junk not in {e["name"] for e in record["entities"]}


@pytest.mark.slow
def test_the_shipped_word_lists_and_countries_are_what_their_recipe_builds() -> None:
    import subprocess
    import sys

    script = Path(__file__).resolve().parents[1] / "scripts" / "build_lexicon.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


# A word that says what kind of company stands before its name: the name is an
# organisation, whether the model tagged it as a person, not at all, or the alias table
# knows it only by a guarded form ("Arm").
DESCRIBED = [
    ("de", "Im Mai verkaufte Siemens seine Antriebssparte Innomotics an den Finanzinvestor KKR.",
     [("Innomotics", "PERSON")], {("Siemens", "ORG"), ("Innomotics", "ORG"), ("KKR", "ORG")}),
    ("de", "2016 hatte Siemens den US-Chipsoftware-Hersteller Mentor Graphics gekauft.", [],
     {("Siemens", "ORG"), ("United States", "LOC"), ("Mentor Graphics", "ORG")}),
    ("en", "In 2020 it agreed to buy the programmable-chip maker Xilinx for $35 billion.",
     [("Xilinx", "PERSON")], {("Xilinx", "ORG")}),
    ("en", "Shares of the chip designer Arm rose. Arm licenses its designs.", [], {("Arm Holdings", "ORG")}),
    ("de", "Softbank-Tochter Arm glänzt beim Börsendebüt. Arm kommt auf 65 Milliarden Dollar.", [],
     {("SoftBank", "ORG"), ("Arm Holdings", "ORG")}),
    # A full stop ends a name: the next sentence's descriptor names its own.
    ("de", "Siemens verkaufte an den Finanzinvestor KKR. Der Chipdesigner Arm wuchs. Dann kam Qorvix Systems.", [],
     {("Siemens", "ORG"), ("KKR", "ORG"), ("Arm Holdings", "ORG"), ("Qorvix Systems", "ORG")}),
    ("zh", "英国芯片设计公司Arm周四上市，Arm的估值约为650亿美元。", [],
     {("United Kingdom", "LOC"), ("Arm Holdings", "ORG")}),
    ("zh", "英國晶片設計公司Arm週四上市，Arm的估值約為650億美元。", [],
     {("United Kingdom", "LOC"), ("Arm Holdings", "ORG")}),
    # After a Chinese descriptor, a name in capitals of five letters or more.
    ("zh", "大众汽车旗下软件公司CARIAD将投资约24亿欧元。", [], {("Volkswagen", "ORG"), ("CARIAD", "ORG")}),
    # A name of letters and digits after a descriptor, or named one by an apposition after it,
    # and then wherever it stands again.
    ("de", "Der Konzern investiert in das KI-Unternehmen Q47 aus München.", [], {("Q47", "ORG"), ("Munich", "LOC")}),
    ("zh", "微軟將投資人工智慧公司G42。", [], {("Microsoft", "ORG"), ("G42", "ORG")}),
    ("en", "The chipmaker backed Q47, a robotics startup from Munich. Q47's founders left.", [],
     {("Q47", "ORG"), ("Munich", "LOC")}),
    ("de", "Der Konzern investiert in Voxa, ein Robotik-Start-up aus München.", [],
     {("Voxa", "ORG"), ("Munich", "LOC")}),
    # A longer name the model found from the described name on stands.
    ("de", "Die Tochter Siemens Healthineers hatte den Kauf vereinbart.", [("Siemens Healthineers", "ORG")],
     {("Siemens Healthineers", "ORG")}),
]


@pytest.mark.parametrize(("lang", "text", "spans", "expected"), DESCRIBED)
def test_a_company_descriptor_names_the_company_after_it(lang: str, text: str, spans: list[tuple[str, str]],
                                                         expected: set[tuple[str, str]]) -> None:
    assert settle(text, spans, lang) == expected


# What stands after a descriptor but is no company: a common noun of a subordinate clause,
# an adjective of a phrase, a title, a place, a person, an acronym no reader calls a name;
# and "Arm" with no descriptor anywhere stays a guarded form.
NOT_DESCRIBED = [
    ("de", "Sie sagte, dass der Konzern Gewinne macht.", [], set()),
    ("de", "Lesen Sie auch: Wie Dax-Konzerne Künstliche Intelligenz einsetzen.", [], set()),
    ("de", "Das Unternehmen Künstliche Intelligenz gibt es nicht.", [], set()),
    ("de", "Der Investor Peter Thiel stieg ein.", [("Peter Thiel", "PERSON")], {("Peter Thiel", "PERSON")}),
    ("de", "Nun will der Konzern Deutschland verlassen.", [], {("Germany", "LOC")}),
    ("en", "The company CEO Sam Altman spoke.", [], {("Sam Altman", "PERSON")}),
    ("en", "The company AI researchers left.", [], set()),
    ("en", "Arm wrestling drew a crowd.", [], set()),
    ("en", "The company IT staff left.", [], set()),
    ("en", "She joined the firm The Information covers.", [], {("The Information", "ORG")}),
    ("de", "Der Hersteller USB-Sticks verkauft mehr.", [], set()),
    ("zh", "这家公司SaaS服务收入增长。", [], set()),
    ("zh", "這家公司SaaS服務收入增長。", [], set()),
    ("zh", "这家公司AIGC业务和公司API收入增长。", [], set()),
    ("en", "Gundbert Scherf spoke to the startup Scherf had advised.", [("Gundbert Scherf", "PERSON")],
     {("Gundbert Scherf", "PERSON")}),
    # An apposition whose descriptor only modifies another noun names no company, nor one that
    # follows a place a preposition opens the sentence with.
    ("en", "On Tuesday, a company spokesperson said it was fine.", [], set()),
    ("en", "Meanwhile, a startup called Nox grew.", [], set()),
    ("en", "Zhang, a startup founder from Shanghai, said so.", [], {("Shanghai", "LOC")}),
    ("en", "Okafor, a company-appointed director, spoke.", [], set()),
    ("en", "In Hsinchu, a company representative said so.", [], {("Hsinchu", "LOC")}),
    ("de", "Kowalczyk, ein Start-up-Gründer aus Berlin, sagte es.", [], {("Berlin", "LOC")}),
    ("de", "Hoffmeister, eine Konzern-Sprecherin, sagte es.", [], set()),
]


@pytest.mark.parametrize(("lang", "text", "spans", "expected"), NOT_DESCRIBED)
def test_a_descriptor_names_no_common_word_person_or_place_as_a_company(
        lang: str, text: str, spans: list[tuple[str, str]], expected: set[tuple[str, str]]) -> None:
    assert settle(text, spans, lang) == expected


def test_a_date_after_a_descriptor_is_no_company() -> None:
    text = "The company Tuesday said it would buy Xilinx."
    day = text.index("Tuesday")
    found = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, "en"), TABLE,
                               blocked=[(day, day + len("Tuesday"))], starts=[0])
    assert {m.name for m in found} == {"Xilinx"}  # the alias table's; the date names nothing


# A company named in full with a corporate word is the one its first word names in the
# same document, and an organisation wherever it stands ("Acorn Computers" tagged as a place).
COMPANIES = [
    ("en", "Microsoft will buy Nuance Communications. Nuance's shares jumped, and Nuance said so.",
     [("Nuance Communications", "ORG"), ("Nuance", "LOC")], {("Microsoft", "ORG"), ("Nuance Communications", "ORG")}),
    ("de", "Siemens übernimmt Altair Engineering. Altair verkauft Software, die Altairs Kunden nutzen.",
     [("Altair Engineering", "ORG"), ("Altair", "ORG"), ("Altairs", "ORG")],
     {("Siemens", "ORG"), ("Altair Engineering", "ORG")}),
    ("de", "Arm wurde 1990 von Acorn Computers und Apple gegründet.", [("Acorn Computers", "LOC")],
     {("Acorn Computers", "ORG"), ("Apple", "ORG")}),
    ("en", "Acorn Computers was founded in Cambridge, where Acorn built computers.", [("Acorn Computers", "ORG")],
     {("Acorn Computers", "ORG"), ("Cambridge", "LOC")}),
]


@pytest.mark.parametrize(("lang", "text", "spans", "expected"), COMPANIES)
def test_a_company_s_short_name_is_its_full_name(lang: str, text: str, spans: list[tuple[str, str]],
                                                 expected: set[tuple[str, str]]) -> None:
    assert settle(text, spans, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # (A made-up company: Acorn Computers is in the alias table.)
    ("de", "Arm wurde 1990 von Oak Computers, Apple und VLSI Technology gegründet.", {"Apple", "VLSI Technology"}),
    ("en", "Qorvix Technologies and the Information Technology unit signed.", {"Qorvix Technologies"}),
    ("en", "Nvidia Systems grew, Microsoft Corp. said.", {"Nvidia", "Microsoft"}),
    ("en", "Why Qorvix Technologies Signs Deals With Every Big Company In The Valley\n\nIt signed.", set()),
])
def test_words_no_list_calls_common_before_a_corporate_word_are_a_company(lang: str, text: str,
                                                                         expected: set[str]) -> None:
    assert names(settle(text, [], lang)) == expected


def test_a_phrase_of_common_words_ending_in_a_corporate_word_is_a_name_only_where_its_head_recurs() -> None:
    assert "Nuance Communications" in names(settle(
        "Microsoft will buy Nuance Communications. Analysts like Nuance.", [("Nuance Communications", "ORG")]))
    assert names(settle("They met at Global Communications Week.", [("Global Communications", "ORG")])) == set()


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Softbank nahm 4,9 Milliarden Dollar ein.", {"SoftBank"}),
    ("de", "Die Linkedin-Gründer und Deepmind.", {"LinkedIn", "Google DeepMind"}),
    ("en", "Ernie Smith and the ERNIE model.", {"ERNIE"}),  # a first name is not the all-capital form
])
def test_a_name_with_a_capital_inside_is_found_written_with_one(lang: str, text: str, expected: set[str]) -> None:
    assert names(settle(text, [], lang)) == expected


# A surname the model tagged alone takes the first name before it; the surname of a full
# name stands for the person where the model left it untagged.
PEOPLE = [
    ("de", "Das Unternehmen wurde von Torsten Reil, Gundbert Scherf und Niklas Köhler gegründet.",
     [("Torsten Reil", "PERSON"), ("Scherf", "PERSON"), ("Niklas Köhler", "PERSON")],
     {("Torsten Reil", "PERSON"), ("Gundbert Scherf", "PERSON"), ("Niklas Köhler", "PERSON")}),
    ("de", "Laut Finanzvorstand Scherf steigt der Umsatz, sagte Gundbert Scherf.",
     [("Scherf", "PERSON"), ("Gundbert Scherf", "PERSON")], {("Gundbert Scherf", "PERSON")}),
    ("en", "Analyst Scherf said so.", [("Scherf", "PERSON")], set()),
]


@pytest.mark.parametrize(("lang", "text", "spans", "expected"), PEOPLE)
def test_a_surname_takes_the_first_name_before_it(lang: str, text: str, spans: list[tuple[str, str]],
                                                  expected: set[tuple[str, str]]) -> None:
    assert settle(text, spans, lang) == expected


def test_a_surname_standing_alone_again_names_the_person() -> None:
    text = "Scale was founded by Alexandr Wang and Lucy Guo. Guo left in 2018. She met Guo Ping."
    start = text.index("Lucy Guo")
    ner = [RawMention("Lucy Guo", start, start + 8, "PERSON", "model:test", lang="en")]
    found = canonical_mentions(text, ner, alias_mentions(text, 0, len(text), TABLE, "en"), TABLE,
                               starts=[0, text.index("Guo left"), text.index("She met")])
    guo = [m for m in found if m.name == "Lucy Guo"]
    assert [m.start for m in guo] == [start, text.index("Guo left")]  # not the Guo of "Guo Ping"


def test_a_full_name_standing_again_untagged_names_the_person() -> None:
    text = "Torsten Reil gründete Helsing. Das sagte Torsten Reil am Montag."
    ner = [RawMention("Torsten Reil", 0, 12, "PERSON", "model:test", lang="de")]
    found = canonical_mentions(text, ner, alias_mentions(text, 0, len(text), TABLE, "de"), TABLE,
                               starts=[0, text.index("Das")])
    assert [m.start for m in found if m.name == "Torsten Reil"] == [0, text.rindex("Torsten")]


# A transliterated full name around a guarded surname of the alias table is a person of
# its own: "艾瑞克·施密特", not the guarded "施密特" counted for nobody.
@pytest.mark.parametrize(("text", "span", "expected"), [
    ("投资方包括Google前执行长艾瑞克·施密特。", "艾瑞克·施密特", "艾瑞克·施密特"),
    ("投資方包括Google前執行長艾瑞克·施密特。", "艾瑞克·施密特", "艾瑞克·施密特"),
    ("投資方包括Google前執行長艾瑞克‧施密特。", "艾瑞克‧施密特", "艾瑞克·施密特"),
])
def test_a_transliterated_name_around_a_guarded_surname_is_a_person(text: str, span: str, expected: str) -> None:
    assert (expected, "PERSON") in settle(text, [(span, "PERSON")], "zh")


def test_a_place_after_a_company_word_stays_a_place() -> None:
    found = settle("Siemens sagte, dass der Konzern Deutschland verlässt. Deutschland reagierte.", [("Siemens", "ORG")],
                   "de")
    assert ("Germany", "LOC") in found and ("Germany", "ORG") not in found


def _settled(text: str, spans: list[tuple[str, str]], lang: str) -> list[tuple[str, str, str]]:
    """(surface, name, type) of every mention, in text order."""
    ner = []
    for surface, label in spans:
        start = text.index(surface)
        ner.append(RawMention(surface, start, start + len(surface), label, "model:test", lang=lang))
    aliases = alias_mentions(text, 0, len(text), TABLE, lang)
    starts = [0] + [i + 2 for i, ch in enumerate(text) if ch == "." and text[i + 1: i + 2] == " "]
    return [(text[m.start:m.end], m.name, m.label)
            for m in canonical_mentions(text, ner, aliases, TABLE, starts=starts)]


@pytest.mark.parametrize(("text", "tagged", "expected"), [
    # A Chinese person's name the model tagged twice stands again where it missed it ...
    ("陆奇表示同意。前微软全球执行副总裁陆奇正式加盟百度。陆奇出任总裁。", [0, 2], [0, 1, 2]),
    # ... but not after one tag, nor inside a longer word or a mention of its own.
    ("陆奇表示同意。前微软全球执行副总裁陆奇正式加盟百度。陆奇出任总裁。", [0], [0]),
    ("王兴表示同意。王兴说。王兴兴说。", [0, 1], [0, 1]),
    ("小鹏表示同意。小鹏说。新车小鹏G6上市。", [0, 1], [0, 1]),
])
def test_a_chinese_person_the_model_tagged_elsewhere_is_found_where_it_missed_them(
        text: str, tagged: list[int], expected: list[int]) -> None:
    name = text[:2]
    at = [m.start() for m in re.finditer(name, text)]
    ner = [RawMention(name, at[i], at[i] + 2, "PERSON", "model:test", lang="zh") for i in tagged]
    if "王兴兴" in text:
        ner.append(RawMention("王兴兴", at[-1], at[-1] + 3, "PERSON", "model:test", lang="zh"))
    found = [m.start for m in canonical_mentions(text, ner, [], TABLE) if m.name == name]
    assert found == [at[i] for i in expected]


@pytest.mark.parametrize(("text", "tagged", "expected"), [
    # A first name opening the sentence before a guarded form ("Rubin", Nvidia's chips) makes a person's name, and
    # the surname alone is that person's then ...
    ("Andy Rubin co-founded Android. Rubin still runs it.", [("Andy Rubin", 0), ("Rubin", 31)],
     [("Andy Rubin", "Andy Rubin"), ("Rubin", "Andy Rubin")]),
    # ... not a common word ("Whatever Altman"), nor the surname alone.
    ("Whatever Altman said was denied.", [("Whatever Altman", 0)], []),
    ("Nvidia unveiled new chips. Rubin ships in 2026.", [("Rubin", 27)], []),
])
def test_a_person_whose_surname_is_a_guarded_form(text: str, tagged: list[tuple[str, int]],
                                                 expected: list[tuple[str, str]]) -> None:
    ner = [RawMention(surface, at, at + len(surface), "PERSON", "model:test", lang="en") for surface, at in tagged]
    starts = [0, *(m.end() for m in re.finditer(r"\. ", text))]
    found = canonical_mentions(text, ner, alias_mentions(text, 0, len(text), TABLE, "en"), TABLE, starts=starts)
    assert [(m.text, m.name) for m in found if m.label == "PERSON"] == expected


def test_a_company_named_by_a_common_word_stands_where_a_sentence_opens_with_it() -> None:
    # "Juniper" opens the second sentence, a common word there; the model tagged it a company
    # and the document names "Juniper Networks" in full.
    text = "HPE will buy Juniper Networks. Juniper's chief executive will stay."
    ner = [RawMention("Juniper Networks", 13, 29, "ORG", "model:test"),
           RawMention("Juniper", 31, 38, "ORG", "model:test")]
    found = [(text[m.start:m.end], m.label) for m in canonical_mentions(text, ner, alias_mentions(
        text, 0, len(text), TABLE, "en"), TABLE, starts=[0, 31])]
    assert ("Juniper", "ORG") in found
    # Without the full name, a common word opening a sentence stays no name.
    text = "HPE will buy it. Juniper's chief executive will stay."
    ner = [RawMention("Juniper", 17, 24, "ORG", "model:test")]
    assert not [m for m in canonical_mentions(text, ner, [], TABLE, starts=[0, 17]) if m.start == 17]


# An organisation the model tagged once is the same one where its name stands again: as a
# word, and as the name part of a German compound; a common word of the document's
# language is not looked for ("Harbor" of an English text).
ORG_AGAIN = [
    ("de", "Der Lieferdienst Wolt wächst. Später kaufte DoorDash Wolt, und der Wolt-Chef blieb.",
     [("Wolt", "ORG")], [("Wolt", "Wolt", "ORG"), ("DoorDash", "DoorDash", "ORG"), ("Wolt", "Wolt", "ORG"),
                         ("Wolt", "Wolt", "ORG")]),
    # A Han character next to a Latin name is a word boundary.
    ("zh", "輝達揭下一代AI平台Zentrix。黃仁勳宣布推出下一代AI平台Zentrix，而且很快。", [("Zentrix", "ORG")],
     [("Zentrix", "Zentrix", "ORG")] * 2),
    ("en", "The robot maker Harbor raised money. Harbor seals were not involved.", [("Harbor", "ORG")],
     [("Harbor", "Harbor", "ORG")]),
]


@pytest.mark.parametrize(("lang", "text", "spans", "expected"), ORG_AGAIN)
def test_an_organisation_the_model_found_counts_where_it_stands_again(
        lang: str, text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str, str]]) -> None:
    assert [m for m in _settled(text, spans, lang) if m[2] == "ORG" and m[1] not in ("Doordash", "Nvidia")] == expected


def test_a_common_word_tagged_a_company_once_inside_a_sentence_is_one_wherever_it_stands() -> None:
    # Tagged once, where a common word would be written small ("agreed to buy Autonomy"): the company at every
    # other place, a possessive's and a sentence opening with it too.
    text = "HP agreed to buy Autonomy for $10 billion. Autonomy's board agreed. Autonomy, based in Cambridge, grew."
    assert [m for m in _settled(text, [("Autonomy", "ORG")], "en") if m[1] == "Autonomy"] == [
        ("Autonomy", "Autonomy", "ORG")] * 3
    # Not where the document writes it in lower case, nor a word of a person's name it gives ("the Bond franchise"
    # beside "James Bond").
    text = "Quillo sells autonomy. It agreed to buy Autonomy. Autonomy's board agreed."
    assert [m[0] for m in _settled(text, [("Autonomy", "ORG")], "en")].count("Autonomy") == 1
    text = "Amazon bought the studio behind James Bond. It does not control the Bond franchise. Bond films sell well."
    at = text.index("Bond franchise")
    ner = [RawMention("James Bond", 32, 42, "PERSON", "model:test"),
           RawMention("Bond", at, at + 4, "ORG", "model:test")]
    found = canonical_mentions(text, ner, [], TABLE, starts=[0, 44, 85])
    assert not [m for m in found if m.start == text.index("Bond films")]
    # A sentence opening with it before a company's verb: "Stripe raised", "Stripe said" (not "Stripe patterns").
    text = "Investors valued Stripe at $95 billion. Stripe raised $600 million. Stripe said so. Stripe patterns sell."
    assert [m[0] for m in _settled(text, [("Stripe", "ORG")], "en")].count("Stripe") == 3


def test_a_name_written_with_a_capital_inside_is_no_common_word() -> None:
    # "BlueBerry" is no "blueberry": tagged once, it is the company wherever it stands again.
    text = "Investors met BlueBerry on Monday. BlueBerry Ltd abandoned its sale."
    assert [m for m in _settled(text, [("BlueBerry", "ORG")], "en") if m[1] == "BlueBerry"] == [
        ("BlueBerry", "BlueBerry", "ORG")] * 2


# ... and so is a name the model tagged a place once (maybe wrongly: a company it read as a
# place stays one name); a common word is not looked for ("Harbor seals").
@pytest.mark.parametrize(("lang", "text", "spans", "expected"), [
    ("en", "Quillo, the forum, listed its shares on Thursday. Quillo was founded in 2005.", [("Quillo", "LOC")],
     [("Quillo", "Quillo", "LOC")] * 2),
    ("de", "Quillo ging am Donnerstag an die Börse. Gegründet wurde Quillo 2005.", [("Quillo", "LOC")],
     [("Quillo", "Quillo", "LOC")] * 2),
    ("en", "The port of Harbor reopened. Harbor seals were not involved.", [("Harbor", "LOC")],
     [("Harbor", "Harbor", "LOC")]),
])
def test_a_place_the_model_found_counts_where_it_stands_again(
        lang: str, text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str, str]]) -> None:
    assert [m for m in _settled(text, spans, lang) if m[1] in ("Quillo", "Harbor")] == expected


# A name right after a title is a person's, whatever type the model gave it; a company
# after a word that is no title stays one.
TITLED = [
    ("en", "Founder and chief executive Brett Adcock started the company.", [("Brett Adcock", "ORG")],
     {("Brett Adcock", "PERSON")}),
    ("de", "Mitgründerin Katrin Wolkow verlässt das Unternehmen.", [("Katrin Wolkow", "ORG")],
     {("Katrin Wolkow", "PERSON")}),
    ("en", "Investors such as Goldman Sachs joined.", [("Goldman Sachs", "ORG")], {("Goldman Sachs", "ORG")}),
    ("en", "It was founded by Omri Geller, its chief executive.", [("Omri Geller", "ORG")],
     {("Omri Geller", "PERSON")}),
    ("en", "Investors: Goldman Sachs, chief executive David Solomon said.", [("Goldman Sachs", "ORG")],
     {("Goldman Sachs", "ORG")}),
    # A comma may come between the title and the name.
    ("en", "Adobe's chief executive, Shantanu Narayen, said so.", [("Shantanu Narayen", "ORG")],
     {("Adobe", "ORG"), ("Shantanu Narayen", "PERSON")}),
    ("en", "Ask the chief executive, Goldman Sachs said.", [("Goldman Sachs", "ORG")], {("Goldman Sachs", "ORG")}),
    # A verb saying the name serves as a title; a company serves as no title.
    ("en", "Later Kiran Dobbs returned as chief executive.", [("Kiran Dobbs", "ORG")], {("Kiran Dobbs", "PERSON")}),
    ("en", "Later Goldman Sachs returned as adviser.", [("Goldman Sachs", "ORG")], {("Goldman Sachs", "ORG")}),
    # The people a company was founded by, a list of them too; a company a founder set up stays one.
    ("en", "Quillo was founded in 2005 by Kiran Dobbs and Tomasz Okafor.",
     [("Kiran Dobbs", "ORG"), ("Tomasz Okafor", "ORG")], {("Kiran Dobbs", "PERSON"), ("Tomasz Okafor", "PERSON")}),
    ("de", "Quillo wurde 2005 gegründet von Kiran Dobbs und Tomasz Okafor.", [("Tomasz Okafor", "ORG")],
     {("Tomasz Okafor", "PERSON")}),
    ("en", "Founded in 1996 by Kiran Dobbs, Quillo made its name.", [("Kiran Dobbs", "ORG")],
     {("Kiran Dobbs", "PERSON")}),
    ("en", "Quillo was founded by Kiran Dobbs, who sold Okafor Brandt in 2004.", [("Okafor Brandt", "ORG")],
     {("Okafor Brandt", "ORG")}),
]


def test_a_headline_quoted_in_a_sentence_is_read_by_the_alias_table_only() -> None:
    text = "A version of this article appears in print with the headline: OpenAI Soars in Market Debut."
    assert settle(text, [("OpenAI Soars", "ORG")]) == {("OpenAI", "ORG")}
    text = "Ask Quillo Soars about it."
    assert settle(text, [("Quillo Soars", "ORG")]) == {("Quillo Soars", "ORG")}


def test_a_name_a_title_made_a_person_is_one_where_the_model_tags_it_again_otherwise() -> None:
    text = "Rami Rahim will report to HPE CEO Antonio Neri. Neri said networking would grow."
    assert settle(text, [("Antonio Neri", "ORG"), ("Neri", "ORG")]) == {
        ("Hewlett Packard Enterprise", "ORG"), ("Antonio Neri", "PERSON")}
    # Without the title the model's label stands.
    assert ("Antonio Neri", "ORG") in settle("Rami Rahim will report to Antonio Neri. Neri said so.",
                                            [("Antonio Neri", "ORG"), ("Neri", "ORG")])


@pytest.mark.parametrize(("lang", "text", "spans", "expected"), TITLED)
def test_a_name_after_a_title_is_a_person(lang: str, text: str, spans: list[tuple[str, str]],
                                          expected: set[tuple[str, str]]) -> None:
    assert settle(text, spans, lang) == expected


def test_a_plus_after_a_product_name_is_part_of_it_where_the_table_knows_it() -> None:
    text = "Cohere released Command R+ in April, after Command R in March."
    found = [(m.text, m.entry.name if m.entry else None) for m in alias_mentions(text, 0, len(text), TABLE, "en")]
    assert found == [("Cohere", "Cohere"), ("Command R+", "Command R+"), ("Command R", "Command R")]


def test_a_name_the_model_calls_an_organisation_is_one_where_it_calls_it_a_person() -> None:
    text = "Der Lieferdienst Wolt wächst. Danach stoppte Wolt seine Fahrten."
    second = text.rindex("Wolt")
    ner = [RawMention("Wolt", 17, 21, "ORG", "model:test", lang="de"),
           RawMention("Wolt", second, second + 4, "PERSON", "model:test", lang="de")]
    found = canonical_mentions(text, ner, alias_mentions(text, 0, len(text), TABLE, "de"), TABLE, starts=[0, 30])
    assert [(m.start, m.name, m.label) for m in found] == [(17, "Wolt", "ORG"), (second, "Wolt", "ORG")]


# A Chinese company a descriptor names with its stock code is one no model needs to find,
# and its short name (without the word for its kind) is the same company where it is long
# enough to name nothing else.
LISTED = [
    ("自动驾驶芯片公司银河星机器人（9888）昨日挂牌。银河星今年3月递表。",
     [("银河星机器人", "银河星机器人", "ORG"), ("银河星", "银河星机器人", "ORG")]),
    ("芯片企業銀河星科技（688001.SH）上市。銀河星科技股價上漲。",
     [("銀河星科技", "银河星科技", "ORG"), ("銀河星科技", "银河星科技", "ORG")]),
    ("公司星河机器人（9888）上市。星河很亮。", [("星河机器人", "星河机器人", "ORG")]),
    ("股价上涨（9888）。", []),
]


@pytest.mark.parametrize(("text", "expected"), LISTED)
def test_a_listed_chinese_company_and_its_short_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _settled(text, [], "zh") == expected


@pytest.mark.parametrize(("source", "said"), [
    ("listed", "a Chinese company named with its stock code after a word for a company"),
    ("listed+short+company", "the short name of 地平线机器人 named in full"),
    ("model:zh_ainews_ner 1.0.0+short+company", "the short name of 地平线机器人, which zh_ainews_ner 1.0.0 found"),
    ("model:zh_ainews_ner 1.0.0+defined+company", "the short name the document defines for 地平线机器人 in brackets"),
])
def test_explain_says_how_a_listed_company_and_a_short_name_were_found(source: str, said: str) -> None:
    from ainews_cli.query import _how

    assert said in _how(source, "地平线机器人")


# The paper or agency of a wire dateline filed the story; cited elsewhere in it, it stays.
DATELINES = [
    ("de", "BERLIN (dpa) - Die Bundesregierung will mehr Geld in KI stecken.", [], "dpa", False),
    # ... a place alone, not in capitals, with no date.
    ("de", "München (dpa) - Infineon hat die Übernahme abgeschlossen.", [("dpa", "ORG")], "dpa", False),
    ("de", "Frankfurt/Main (dpa/AFP) - Die Aktie stieg.", [("dpa", "ORG")], "dpa", False),
    ("en", "Revenue rose, analysts said (Reuters) - a quote.", [("Reuters", "ORG")], "Reuters", True),
    ("en", "LONDON, May 2 (Reuters) – Arm said on Tuesday it would list in New York.", [("Reuters", "ORG")],
     "Reuters", False),
    ("en", "Arm will list in New York, Reuters reported on Tuesday.", [("Reuters", "ORG")], "Reuters", True),
    ("zh", "【经济日报记者林大为／台北报导】鸿海今天宣布扩产。", [("经济日报", "ORG"), ("林大", "PERSON")], "经济日报",
     False),
    ("zh", "新华社北京5月2日电 百度今天发布新模型。", [], "Xinhua", False),
    # ... also after a bracketed byline.
    ("zh", "（记者 岑若溪）南海财讯社北京9月24日电 搜狗昨日宣布完成私有化。", [("南海财讯社", "ORG")], "南海财讯社",
     False),
    ("zh", "据新华社报道，百度今天发布新模型。", [], "Xinhua", True),
]


@pytest.mark.parametrize(("lang", "text", "spans", "paper", "listed"), DATELINES)
def test_the_paper_of_a_dateline_is_no_entity(lang: str, text: str, spans: list[tuple[str, str]], paper: str,
                                             listed: bool) -> None:
    assert (paper in names(settle(text, spans, lang))) is listed


def test_a_reporter_s_name_cut_short_in_a_byline_is_whole() -> None:
    found = names(settle("【经济日报记者林大为／台北报导】鸿海今天宣布扩产。", [("林大", "PERSON")], "zh"))
    assert "林大为" in found and "林大" not in found
    # Outside a byline a name of two characters stays as tagged.
    assert "林大" in names(settle("林大今天宣布辞职。", [("林大", "PERSON")], "zh"))


@pytest.mark.parametrize(("text", "span"), [
    ("台积电今天宣布，新厂将于明年投产。", "新厂"),
    ("台积电在熊本兴建的首座晶圆厂昨日开幕。", "首座晶圆厂"),
    ("两家公司将合作打造AI工厂。", "AI工厂"),
])
def test_a_chinese_plant_is_no_organisation(text: str, span: str) -> None:
    assert span not in names(settle(text, [(span, "ORG")], "zh"))


def test_a_name_ending_in_the_word_for_a_works_stays_a_name() -> None:
    assert "江南造船厂" in names(settle("江南造船厂5月6日宣布与华为合作。", [("江南造船厂", "ORG")], "zh"))


def test_a_corporate_word_after_an_organisation_s_span_ends_its_name() -> None:
    text = "Die Runde führten Fonds, die Acme Growth Equity Partners verwaltet."
    assert "Acme Growth Equity Partners" in names(settle(text, [("Acme Growth Equity", "ORG")], "de"))


@pytest.mark.parametrize(("text", "expected"), [
    ("Meta released Llama 3.1 405B in July.", "Llama 3.1 405B"),
    ("Meta released Llama 3 70B in April.", "Llama 3 70B"),
    ("Meta said Llama 3 was downloaded 300 million times.", "Llama 3"),
])
def test_a_model_s_size_after_its_version_is_part_of_its_name(text: str, expected: str) -> None:
    assert expected in names(settle(text, []))


def test_a_company_s_venture_arm_is_an_investor_of_its_own() -> None:
    text = "本轮由阿里巴巴创投、联想创投跟投。阿里巴巴没有参与。"
    found = names(settle(text, [("阿里巴巴", "ORG"), ("联想", "ORG")], "zh"))
    assert {"阿里巴巴创投", "联想创投", "Alibaba Group"} <= found and "联想" not in found


@pytest.mark.parametrize(("text", "span", "own", "parent"), [
    ("星河小米汽车有限公司于2021年9月在北京注册。", "小米汽车有限公司", True, "Xiaomi"),
    ("腾讯云计算有限公司周二公布季度业绩。", "腾讯云计算有限公司", True, "Tencent"),
    ("華為終端有限公司推出新款手機。", "華為終端有限公司", True, "Huawei"),
    # Only a word for its kind and its legal form, or a place: the company itself.
    ("华为技术有限公司周五在深圳发布新品。", "华为技术有限公司", False, "Huawei"),
    ("阿里巴巴（中国）有限公司获得批准。", "阿里巴巴（中国）有限公司", False, "Alibaba Group"),
    ("微软中国有限公司宣布新的合作。", "微软中国有限公司", False, "Microsoft"),
])
def test_a_company_named_after_another_with_words_of_its_own_is_a_company_of_its_own(
        text: str, span: str, own: bool, parent: str) -> None:
    found = names(settle(text, [(span, "ORG")], "zh"))  # Traditional names fold to Simplified
    assert (han.normalised(span) in found) is own and (parent in found) is not own


def test_a_regulator_named_after_its_country_is_one_organisation() -> None:
    found = settle("该公司其后获中国证监会备案。", [("中国证监会", "ORG")], "zh")
    assert ("China Securities Regulatory Commission", "ORG") in found and "China" not in names(found)


def test_the_words_of_a_chinese_byline_are_no_name() -> None:
    found = names(settle("文／本报记者 韩露\n阿里巴巴今天宣布交接。", [], "zh"))
    assert "韩露" in found and "本报记者" not in found


@pytest.mark.parametrize(("text", "spans", "expected"), [
    ("Apple calls the servers Private Cloud Compute.", [("Cloud Compute", "PERSON")], ("Private Cloud Compute",
                                                                                       "PRODUCT")),
    ("Nvidia will follow Rubin with Rubin Ultra in 2027.", [("Rubin Ultra", "PERSON")], ("Rubin Ultra", "PRODUCT")),
    ("Amazon's AGI team is run by Rohit Prasad.", [("Rohit Prasad", "ORG")], ("Rohit Prasad", "PERSON")),
    ("Jeff Bezos invested through Bezos Expeditions.", [("Bezos Expeditions", "PERSON")],
     ("Bezos Expeditions", "ORG")),
])
def test_the_alias_table_types_names_the_model_mistyped(text: str, spans: list[tuple[str, str]],
                                                        expected: tuple[str, str]) -> None:
    assert expected in settle(text, spans)


def test_a_nickname_for_a_group_of_companies_is_no_person() -> None:
    assert "六小虎" not in names(settle("月之暗面是AI六小虎之一。", [("六小虎", "PERSON")], "zh"))


@pytest.mark.parametrize("text", ["百度与腾讯 AI Lab宣布合作。", "百度记者会上，李彦宏发布了新模型。"])
def test_a_company_opening_a_line_is_no_dateline_s_paper(text: str) -> None:
    assert "Baidu" in names(settle(text, [], "zh"))


def test_a_name_in_brackets_before_a_dash_is_no_dateline_s_agency_outside_a_dateline() -> None:
    assert "Microsoft" in names(settle("Shares of the software maker (Microsoft) – up 3% – led the index.", []))
    assert "dpa" not in names(settle("Berlin, 6. August 2024 (dpa) – Die Regierung plant mehr.", [], "de"))


def test_a_reporter_who_speaks_is_not_lengthened() -> None:
    assert "王明" in names(settle("本报记者王明说，鸿海今天宣布扩产。", [("王明", "PERSON")], "zh"))


def test_a_described_name_of_letters_and_digits_is_found_wherever_it_stands_again() -> None:
    text = ("Der Konzern investiert in das KI-Unternehmen Q47 aus München. Q47 wurde 2018 gegründet. "
            "Man sorgte sich um Q47.")
    aliases = alias_mentions(text, 0, len(text), TABLE, "de")
    starts = [0] + [i + 2 for i, ch in enumerate(text) if ch == "." and text[i + 1: i + 2] == " "]
    found = [m.start for m in canonical_mentions(text, [], aliases, TABLE, starts=starts) if m.name == "Q47"]
    assert found == [m.start() for m in re.finditer("Q47", text)]


# A Chinese person the model took with a title is the name after it; a Latin name the model
# cut into pieces in the brackets that gloss a Chinese name is one person, and names it
# (the title it opens with trimmed). An institution after a title is no person.
CHINESE_TITLED = [
    ("合資公司由阿聯主權基金顧問哈立德（Sheikh Khalid bin Mohamed Al Nahyan）擔任董事長，執行長李文華表示將擴大投資。",
     [("阿聯主權基金顧問哈立德", "ORG"), ("Sheikh Khalid", "PERSON"), ("Mohamed Al", "PERSON"), ("Al Nahyan", "PERSON"),
      ("長李文華", "PERSON")],
     {("Khalid bin Mohamed Al Nahyan", "PERSON"), ("李文华", "PERSON")}),
    ("美國總統辦公室發表聲明。", [("美國總統辦公室", "ORG")], {("美国总统办公室", "ORG")}),
    # A longer title ends the span (no name after it); what a title names after it is no person.
    ("台積電董事會主席發表談話。", [("台積電董事會主席", "ORG")], {("TSMC", "ORG")}),
    ("微軟分析師會議在週四舉行。", [("微軟分析師會議", "ORG")], {("Microsoft", "ORG")}),
    # A gloss names the Chinese form after a title it was trimmed of, never after a first name.
    ("阿聯顧問塔農（Sheikh Tahnoon Al Nahyan）今天說。", [("塔農", "PERSON"), ("Tahnoon Al Nahyan", "PERSON")],
     {("Tahnoon Al Nahyan", "PERSON")}),
    ("輝達執行長黃仁勳（Jensen Huang）今天說。", [("黃仁勳", "PERSON"), ("Huang", "PERSON")],
     {("Nvidia", "ORG"), ("Jensen Huang", "PERSON")}),
    # The gloss of a Chinese person is that person's name, though the model read its first name as a company's.
    ("现任首席执行官奥博穆（Oliver Blume）于去年上任。", [("奥博穆", "PERSON"), ("Oliver", "ORG")],
     {("Oliver Blume", "PERSON")}),
    # Not the gloss of a company's name.
    ("大众汽车（Volkswagen Group）今天说。", [("大众汽车", "ORG"), ("Volkswagen Group", "ORG")],
     {("Volkswagen", "ORG")}),
]


@pytest.mark.parametrize(("text", "spans", "expected"), CHINESE_TITLED)
def test_a_chinese_title_is_no_part_of_the_name_after_it(text: str, spans: list[tuple[str, str]],
                                                          expected: set[tuple[str, str]]) -> None:
    assert settle(text, spans, "zh") == expected


@pytest.mark.parametrize(("text", "lang", "spans", "expected"), [
    # A credit's person, not the agency after the slash.
    ("A billboard. (Photo: Carla Benavides / Newswire)", "en", [("Carla Benavides / Newswire", "PERSON")],
     {("Carla Benavides", "PERSON")}),
    ("Die App. Foto: Park Seo-yeon/Hauptstadt-Kurier", "de", [("Park Seo-yeon/Hauptstadt-Kurier", "PERSON")],
     {("Park Seo-yeon", "PERSON")}),
    # A post at another company after a name makes it a person's.
    ("Musk fired Parag Agrawal, Twitter's chief executive.", "en", [("Parag Agrawal", "ORG")],
     {("Parag Agrawal", "PERSON"), ("Twitter", "ORG")}),
    # A heading's question word is no part of the name after it.
    ("**Wer Yogiyo kaufen könnte**\n\nDer Verkauf von Yogiyo.", "de", [("Wer Yogiyo", "ORG")], {("Yogiyo", "ORG")}),
])
def test_credits_and_headings(text: str, lang: str, spans: list[tuple[str, str]],
                              expected: set[tuple[str, str]]) -> None:
    assert settle(text, spans, lang) == expected


def test_a_titled_full_name_is_a_persons_where_its_surname_stands() -> None:
    # The model reads the surname alone as a place twice, the full name after a title as a person once.
    text = "Für Vorstandschef Niklas Östberg ist Asien wichtig. Als ich Östberg traf, war Östberg froh."
    ner = [RawMention("Niklas Östberg", 18, 32, "PERSON", "model:test", lang="de")]
    ner += [RawMention("Östberg", m.start(), m.end(), "LOC", "model:test", lang="de")
            for m in re.finditer("Östberg", text) if m.start() > 32]
    aliases = alias_mentions(text, 0, len(text), TABLE, "de")
    found = {(m.name, m.label) for m in canonical_mentions(text, ner, aliases, TABLE, starts=[0, 52])}
    assert found == {("Niklas Östberg", "PERSON"), ("Asia", "LOC")}


# Names the stage cut short or read into another: a place's German name that is an English
# word, a guarded form inside a longer name, a company named by its country and trade, a
# long Chinese name before its 公司, a guarded Chinese form after a word for a company.
NAMED_RIGHT = [
    ("en", "Crews will restart a reactor at Three Mile Island next year.", [], set()),
    ("de", "Die Regierung von Island prüft den Plan.", [], {"Iceland"}),
    ("en", "The New York Times sued OpenAI. The Times says so; the Sunday Times disagrees and Times Square is full.",
     [], {"The New York Times", "OpenAI"}),
    ("en", "Constellation Energy sells power. Constellation Brands sells beer.", [], {"Constellation Energy"}),
    ("de", "Arm Holdings gehört Softbank. Die Softbank-Tochter Arm legte zu; die Aktie von Arm Ende Mai auch.", [],
     {"Arm Holdings", "SoftBank"}),
    ("zh", "2012年，科大讯飞获得中国移动约13.6亿元的战略投资。", [], {"iFlytek", "中国移动"}),
    ("zh", "中国移动互联网用户增长。", [], {"China"}),
    ("zh", "台積電與索尼半導體解決方案公司宣布成立JASM，索尼半導體解決方案當時投資約500億日圓。",
     [("索尼半導體", "ORG")], {"TSMC", "JASM", "索尼半导体解决方案公司"}),
    ("zh", "百度與吉利控股集團組建智能電動車公司。", [("吉利控股集團", "ORG")],
     {"Baidu", "Zhejiang Geely Holding Group"}),
    ("zh", "百度與某某控股集團組建智能電動車公司。", [("某某控股集團", "ORG")], {"Baidu", "某某控股集团"}),
    ("zh", "短视频平台快手周四发布新模型。快手成立于2011年。", [], {"Kuaishou"}),
    ("zh", "他出手很快手也稳。", [], set()),
    ("zh", "美方将两家GPU企业壁仞科技和摩尔线程列入实体清单。", [("GPU企业壁仞科技", "ORG")],
     {"Biren Technology", "Moore Threads"}),
    # A "big firm" of its trade before the name ("晶圓代工大廠聯華電子"); an adverb after a person's name
    # ("李柯多次表示": 李柯, many times); a kind of car ("新能源汽车") names no one.
    ("zh", "晶圓代工大廠某華電子宣布合作。", [("晶圓代工大廠某華電子", "ORG")], {"某华电子"}),
    ("zh", "比亚迪执行副总裁李柯多次表示，欧洲市场至关重要。", [("李柯多次", "PERSON")], {"BYD", "李柯", "Europe"}),
    # ... and the first character of a post's verb after it ("林文伯續任": 續任, continues in office).
    ("zh", "矽品董事長林文伯續任矽品董事長。", [("林文伯續", "PERSON")], {"SPIL", "林文伯"}),
    ("zh", "2023年，比亚迪共销售新能源汽车302万辆。", [("新能源汽车", "ORG")], {"BYD"}),
    ("zh", "阿里巴巴集团控股公司表示，集團將分拆。", [("集團", "ORG")], {"Alibaba Group"}),
    ("zh", "快手发布视频生成大模型“可灵”。可灵可灵活调整镜头。", [], {"Kling AI"}),
    ("zh", "商汤科技推出了“日日新”大模型体系。", [], {"SenseTime", "SenseNova"}),
    ("zh", "短视频平台快手周四发布新模型，加快手机端布局。", [], {"Kuaishou"}),
    # A time word after a person's name ("王卫今日", 王卫 today); a word for a company's kind right after the
    # name the model tagged ("某丰|控股"), which makes no stock of it ("股", "人工智能股").
    ("zh", "快递巨头某丰控股今日上市，创始人王卫今日敲钟。", [("某丰", "ORG"), ("王卫今日", "PERSON")],
     {"某丰控股", "王卫"}),
    # A short name of two characters the model tags a company is the one the document names in full.
    ("zh", "某丰表示将扩大国际网络。某丰控股今日上市。", [("某丰", "ORG"), ("某丰控股", "ORG")], {"某丰控股"}),
    # ... and of the alias table's companies too.
    ("en", "Tower's revenue rose. Tower Semiconductor makes chips.", [("Tower", "ORG")], {"Tower Semiconductor"}),
    # A company named under its legal form ("Hewlett-Packard Co.") lets its guarded form count ("HP").
    ("en", "Hewlett-Packard Co. sued Mark Hurd. HP said so.", [("Hewlett-Packard Co.", "ORG")], {"HP Inc."}),
    ("en", "Contoso Co. sued Mark Hurd. HP said so.", [("Contoso Co.", "ORG")], {"Contoso Co."}),
    # A particle a model glued to a person's name ("程维则表示": then said), where the document writes the name
    # without it more often; not where it does not ("程维则" alone).
    ("zh", "滴滴由程维创立。创始人程维则表示乐观。", [("程维", "PERSON"), ("程维则", "PERSON")],
     {"Didi Global", "程维"}),
    ("zh", "创始人程维则表示乐观。", [("程维则", "PERSON")], {"程维则"}),
    # ... and the adverb 正式 (formally) of "陆奇正式加盟百度".
    ("zh", "陆奇正式加盟百度。", [("陆奇正", "PERSON")], {"陆奇", "Baidu"}),
    # A Chinese form, guarded or not, that is half of a word names nothing: "和硕士" is 和 and 硕士, not Pegatron.
    ("zh", "他本科和硕士毕业于复旦大学。", [], set()),
    ("zh", "和硕联合科技表示，和硕将扩产。", [], {"Pegatron"}),
]


@pytest.mark.parametrize(("lang", "text", "spans", "expected"), NAMED_RIGHT)
def test_names_are_read_whole_and_not_into_others(lang: str, text: str, spans: list[tuple[str, str]],
                                                 expected: set[str]) -> None:
    assert names(settle(text, spans, lang)) == expected


def test_a_name_before_a_comma_and_a_state_is_a_town() -> None:
    assert ("Bedford", "LOC") in settle("Hours later the Bedford, Massachusetts-based company said so.",
                                        [("Bedford", "ORG")])
    # A company the alias table knows stays one.
    assert ("Apple", "ORG") in settle("Apple, California and Microsoft are big.", [("Apple", "ORG")])


def test_a_chinese_name_cut_short_is_the_one_named_in_full() -> None:
    from ainews_cli.evidence import _whole_chinese_names

    text = "2012年8月，创始人何享健将董事长一职交棒给方洪波，此后方洪波一直执掌这家公司。"
    first, cut = text.index("方洪波"), text.index("洪波一直")
    kept = _whole_chinese_names(text, [RawMention("方洪波", first, first + 3, "PERSON", "model:test", lang="zh"),
                                       RawMention("洪波", cut, cut + 2, "PERSON", "model:test", lang="zh")])
    assert [(m.text, m.start) for m in kept] == [("方洪波", first), ("方洪波", cut - 1)]


def test_a_full_stop_after_a_described_name_ends_the_sentence_not_the_name() -> None:
    found = names(settle("Ihr LED-Geschäft verkaufte sie 2021 an den Konzern Acme Global Holdings.", [], "de"))
    assert "Acme Global Holdings" in found and "Acme Global Holdings." not in found
    # (A legal form news drops is left out of the name: "Acme Semiconductor Corp." is Acme Semiconductor.)
    assert names(settle("It was sold to the chipmaker Acme Semiconductor Corp. in 2020.", [])) == {"Acme Semiconductor"}


def test_a_chinese_name_cut_short_wherever_it_stands_is_read_whole() -> None:
    # The model tags "文远" (a given name) of 文远知行 (WeRide) each time; the document always writes it on with
    # 知行 (a name the alias table does not know, here).
    text = "星远知行周五上市。星远知行创始人韩旭表示，上市是新的开始。据悉，星远知行将扩大车队。"
    spans = [("星远", "PERSON"), ("韩旭", "PERSON")]
    assert settle(text, spans, "zh") >= {("星远知行", "ORG"), ("韩旭", "PERSON")}
    assert ("星远", "PERSON") not in settle(text, spans, "zh")
    # Not a person the document always has speak, nor a name written on differently once.
    said = "韩旭表示，上市很好。韩旭表示，车队将扩大。韩旭表示，他很满意。"
    assert settle(said, [("韩旭", "PERSON")], "zh") == {("韩旭", "PERSON")}
    once = "星远知行周五上市。星远知行创始人韩旭说话。星远此后扩大车队。"
    assert ("星远知行", "ORG") not in settle(once, [("星远", "ORG")], "zh")


def test_a_town_before_its_state_is_one_wherever_the_document_names_it() -> None:
    text = "The Bedford, Massachusetts-based company said so. When I toured the Bedford headquarters, Angle spoke."
    at = text.rindex("Bedford")
    ner = [RawMention("Bedford", 4, 11, "LOC", "model:test", lang="en"),
           RawMention("Bedford", at, at + 7, "ORG", "model:test", lang="en")]
    found = canonical_mentions(text, ner, alias_mentions(text, 0, len(text), TABLE, "en"), TABLE,
                               starts=[0, text.index("When")])
    assert {m.label for m in found if m.name == "Bedford"} == {"LOC"}


def test_a_guarded_short_form_is_no_half_of_another_word() -> None:
    text = "联华电子宣布合作。关联电子公司也在。联电营收增长。"
    found = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, "zh"), TABLE)
    assert [(m.text, m.start) for m in found if m.name == "UMC"] == [("联华电子", 0), ("联电", text.rindex("联电"))]


def test_a_count_of_people_ends_a_list_of_their_names() -> None:
    text = "晶泰科技由温书豪、马健和赖力鹏三位物理学博士后于2015年创立。"
    found = settle(text, [("温书豪", "PERSON"), ("马健", "PERSON"), ("赖力鹏三位", "ORG")], "zh")
    assert ("赖力鹏", "PERSON") in found and not any(name == "赖力鹏三位" for name, _ in found), found


def test_a_plural_descriptor_gives_way_to_the_name_after_it() -> None:
    text = "Zu den Geldgebern gehören die Wagniskapitalfirmen Index Ventures und Accel."
    found = settle(text, [("Wagniskapitalfirmen Index Ventures", "ORG")], "de")
    assert ("Index Ventures", "ORG") in found and not any("Wagnis" in name for name, _ in found), found


def test_a_news_agency_word_and_a_maker_apposition() -> None:
    # "die Agentur Bloomberg": the publisher, whose reports are cited, not a company "Agentur Bloomberg".
    found = settle("Über das Interesse hatte die Agentur Bloomberg bereits im November berichtet.",
                   [("Agentur Bloomberg", "ORG")], "de")
    assert found == {("Bloomberg", "ORG")}
    # A name the model calls MISC that an apposition calls a maker is a company.
    text = ("Google completed its acquisition of Fitbit, the maker of fitness trackers, on Thursday. "
            "Fitbit was founded in 2007.")
    assert ("Fitbit", "ORG") in settle(text, [("Google", "ORG"), ("Fitbit", "MISC")])


def test_chinese_names_this_stop_s_review_kept_whole() -> None:
    # 晶圆厂商 is a descriptor whole; a body's name ends in 会; 歌尔股份 is a company's name.
    assert settle("硅晶圆厂商合晶科技公布财报。", [("硅晶圆厂商合晶科技", "ORG")], "zh") == {("合晶科技", "ORG")}
    found = settle("联邦贸易委员会周二起诉微软。联邦贸易委员可汗表示，这是大事。",
                   [("联邦贸易委员会", "ORG"), ("微软", "ORG")], "zh")
    assert ("联邦贸易委员会", "ORG") in found
    assert ("歌尔股份", "ORG") in settle("高瓴增持歌尔股份。", [("歌尔股份", "ORG")], "zh")
    # A developer is a person's trade, no company's description.
    assert ("Kowalski", "ORG") not in settle("Kowalski, a software developer, said it works.", [("Kowalski", "MISC")])


def test_where_a_company_is_based_is_a_place() -> None:
    found = settle("Tower Semiconductor, based in Migdal HaEmek in northern Israel, makes chips.",
                   [("Tower Semiconductor", "ORG"), ("Migdal HaEmek", "ORG"), ("Israel", "LOC")])
    assert ("Migdal HaEmek", "LOC") in found
    assert ("Aschheim", "LOC") in settle("Wirecard mit Sitz in Aschheim meldete Insolvenz an.",
                                         [("Wirecard", "ORG"), ("Aschheim", "ORG")], "de")


def test_a_company_whose_office_someone_is_based_in_stays_a_company() -> None:
    found = settle("Researchers based in Kyutai's Paris office released Moshi.", [("Kyutai", "ORG")])
    assert ("Kyutai", "ORG") in found


def test_a_word_for_a_people_is_no_name_nor_part_of_one() -> None:
    text = "Skype was founded by the Swede Niklas Zennström and the Dane Janus Friis."
    found = names(settle(text, [("Swede", "ORG"), ("Dane Janus Friis", "ORG"), ("Niklas Zennström", "PERSON")]))
    assert "Swede" not in found and "Dane Janus Friis" not in found and "Janus Friis" in found
    # ... but a name may open with an adjective of a people.
    assert "American Express" in names(settle("American Express said so.", [("American Express", "ORG")]))


def test_a_name_inside_a_holiday_is_no_party() -> None:
    text = "由于美股今日因耶稣受难日休市，爱奇艺股票要到下周一才会再次交易。"
    assert "耶稣" not in names(settle(text, [("耶稣", "PERSON"), ("爱奇艺", "ORG")], "zh"))


@pytest.mark.parametrize(("text", "named"), [
    # A guarded Chinese company's form counts where a word of the company's own follows it: its brand, its head.
    ("华为宣布出售荣耀。荣耀品牌于2013年创立。", True),
    ("赵明自2015年起担任荣耀总裁。", True),
    # ... not where it is a common word ("荣耀", glory).
    ("这是一份荣耀。", False),
])
def test_a_guarded_chinese_company_followed_by_a_word_of_its_own_is_named(text: str, named: bool) -> None:
    assert (("Honor Device", "ORG") in settle(text, [], "zh")) is named


def test_a_weekday_is_no_first_name_before_a_surname() -> None:
    # "Last Tuesday Kalanick told employees": the model tags "Kalanick" alone, and "Tuesday" is no first name of his.
    text = "Last Tuesday Kalanick told employees he would leave. Travis Kalanick resigned on Wednesday."
    assert settle(text, [("Kalanick", "PERSON"), ("Travis Kalanick", "PERSON")]) == {("Travis Kalanick", "PERSON")}


def test_two_given_names_take_the_surname_after_them() -> None:
    # The model tagged "Johann Friedrich" of "Johann Friedrich Weskott"; not a common word, a noun or a weekday after.
    text = "Friedrich Bayer und Johann Friedrich Weskott hatten die Firma 1863 gegründet."
    assert ("Johann Friedrich Weskott", "PERSON") in settle(text, [("Friedrich Bayer", "PERSON"),
                                                                   ("Johann Friedrich", "PERSON")], "de")
    assert ("Tim Cook", "PERSON") in settle("Tim Cook Tuesday said so.", [("Tim Cook", "PERSON")])
    assert ("Tim Cook", "PERSON") in settle("Dort sprach Tim Cook Anfang Juni.", [("Tim Cook", "PERSON")], "de")

