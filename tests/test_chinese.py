"""Chinese news end to end: language and script, blocks, publication dates, names in
both scripts, facts, events, bad input, and the timeline of tests/fixtures/zh with
the seeds (issue 13).  The sentences are written for these tests; each expects one
value.  Date expressions are tabled in tests/test_dates.py (ZH_CASES)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ainews_cli import evidence, han
from ainews_cli.analyse import MAX_SENTENCE_CHARS, Analyser
from ainews_cli.cli import app
from ainews_cli.config import load_settings, pipeline_advice
from ainews_cli.entities import RawMention, alias_mentions, canonical_mentions, load_alias_table
from ainews_cli.events import event_mentions
from ainews_cli.facts import extract_facts
from ainews_cli.ingest import analysable, parse_text, read_inputs
from ainews_cli.language import MAX_BLOCK_CHARS, blocks, detect_document_language, language_spans
from ainews_cli.records import Document, PubDate, Sentence, Span

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "zh"
SEEDS = ROOT / "seeds"
TABLE = load_alias_table()


# --- language and script ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang", "script"),
    [
        ("OpenAI董事会于上周五解雇了首席执行官萨姆·奥特曼。", "zh", "Hans"),
        ("OpenAI董事會上週五解僱執行長山姆·阿爾特曼，震驚科技業。", "zh", "Hant"),
        # The Latin residue of a short Chinese text: langdetect read these as pt, id, nl, vi.
        ("OpenAI发布GPT-4 Turbo，详见 https://openai.com/blog/new-models ，发布会于2023年11月6日举行。", "zh", "Hans"),
        ("微软 Microsoft Ignite 2023 大会：纳德拉发表主题演讲", "zh", "Hans"),
        ("１１月１７日，ＯｐｅｎＡＩ董事会宣布解雇奥特曼。", "zh", "Hans"),
        # A Chinese article quoting an English paragraph after a colon is Chinese.
        ("纳德拉在推文中写道：\nWe remain committed to our partnership with OpenAI and have confidence in our "
         "product roadmap and our ability to continue to innovate.\n此前，OpenAI董事会解雇了奥特曼。", "zh", "Hans"),
        # The katakana middle dot joins the parts of a foreign name in Chinese too: no kana.
        ("比尔・盖茨、萨提亚・纳德拉和山姆・奥特曼。", "zh", "Hans"),
        ("東京で新しいAIの会社が設立されました。社長は記者会見で発表しました。", "ja", None),
        ("서울에서 새로운 인공지능 회사가 설립되었습니다.", "ko", None),
        ("Microsoft won. The board of OpenAI fired Sam Altman on Friday, and he joined Microsoft.", "en", None),
    ],
)
def test_language_and_script(text: str, lang: str, script: str | None) -> None:
    assert detect_document_language(analysable(text)) == lang  # URLs blanked, as the pipeline has them
    assert (han.script(text) if lang == "zh" else None) == script


def test_the_script_tables_convert_as_opencc_does() -> None:
    # han.script reads OpenCC's character tables with str.translate, not with the
    # converter's ts/st: every character of both tables, and text around them, alike.
    converter = han._converter()
    to_simplified, to_traditional = han._character_tables()
    every = "".join(chr(code) for code in sorted({*to_simplified, *to_traditional}))
    text = every + "OpenAI董事會上週五解僱執行長，微软首席执行官萨蒂亚·纳德拉。" + every[::-1]
    assert text.translate(to_simplified) == converter.ts(text)
    assert text.translate(to_traditional) == converter.st(text)
    # han.script counts the characters a table changes: each entry is one character for one.
    assert all(len(value) == 1 for table in (to_simplified, to_traditional) for value in table.values())


def test_normalised_keeps_short_and_long_texts_apart() -> None:
    # A document folded once is not folded again because many names were read between.
    body = "微軟執行長" * 40 + str(random.random())
    before = han._normalised_long.cache_info().misses
    assert han.normalised(body).startswith("微软执行长" * 40)
    for index in range(50):
        assert han.normalised(f"臺灣{index}") == f"台湾{index}"
    assert han.normalised(body).startswith("微软执行长" * 40)
    assert han._normalised_long.cache_info().misses == before + 1


def test_the_language_of_chinese_fixtures_is_never_a_latin_one() -> None:
    for document in read_inputs([str(FIXTURES)], print):
        assert isinstance(document, Document)
        assert detect_document_language(document.body) == "zh", document.doc


@pytest.mark.parametrize(
    ("text", "doc_lang", "expected"),
    [
        # One Chinese block across digits, Latin names and punctuation.
        ("OpenAI董事会于11月17日解雇了Sam Altman。", "zh", [("OpenAI董事会于11月17日解雇了Sam Altman。", "zh")]),
        ("2023年11月20日 09:15 来源：新华网", "zh", [("2023年11月20日 09:15 来源：新华网", "zh")]),
        # A quoted English sentence is a change of language.
        ("纳德拉写道：“We remain committed to our partnership with OpenAI.” 此前董事会解雇了奥特曼。", "zh",
         [("纳德拉写道：“", "zh"), ("We remain committed to our partnership with OpenAI.", "en"),
          ("” 此前董事会解雇了奥特曼。", "zh")]),
        # In an English text a Chinese line is one zh block, names and digits included.
        ("Microsoft won.\nOpenAI董事会于2023年11月17日解雇了奥特曼。\nThe end.", "en",
         [("Microsoft won.", "en"), ("OpenAI董事会于2023年11月17日解雇了奥特曼。", "zh"), ("The end.", "en")]),
        # ... and a Chinese phrase in an English line keeps the digits written before it.
        ("The dateline read 2023年11月20日 in the page.", "en",
         [("The dateline read", "en"), ("2023年11月20日", "zh"), ("in the page.", "en")]),
    ],
)
def test_blocks(text: str, doc_lang: str, expected: list[tuple[str, str]]) -> None:
    found = blocks(text, doc_lang, language_spans(text, doc_lang))
    assert [(text[b.start: b.end], b.lang) for b in found] == expected


# --- publication dates ------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "date", "source"),
    [
        ("2023年11月20日 09:15 来源：新华网\n\n微软宣布聘请奥特曼。", "2023-11-20", "dateline"),
        ("2023-11-18 09:05:02来源: 36氪\n\nOpenAI突发人事地震。", "2023-11-18", "dateline"),
        ("２０２３年１１月２０日 星期一\n\n微软宣布聘请奥特曼。", "2023-11-20", "dateline"),
        ("二〇二三年十一月二十日\n\n微软宣布聘请奥特曼。", "2023-11-20", "dateline"),
        # A printed paper's masthead: its name, the day, the weekday, the page.
        ("申江科技报　2023年9月8日　星期五　第05版\n\n本报上海9月7日电 腾讯发布混元大模型。", "2023-09-08", "dateline"),
        ("經濟日報 2024年3月1日 星期五 第A2版\n\n正文。", "2024-03-01", "dateline"),
        ("《江城晚报》 2024年6月5日 星期三 第07版\n\n本报武汉6月4日电 正文。", "2024-06-05", "dateline"),
        # ... or its section: "財經版".
        ("香江財經日報　2017年9月29日　星期五　財經版\n\n網上保險公司眾安在線昨日掛牌。", "2017-09-29", "dateline"),
        # ... or a section alone.
        ("財經　2021年12月3日（星期五）　05:45\n\nGrab周四在美國納斯達克掛牌。", "2021-12-03", "dateline"),
        # ... with its page after a bar.
        ("經濟｜B2版　2016年5月12日　星期四\n\n歐盟委員會昨日（11日）宣布否決交易。", "2016-05-12", "dateline"),
        # ... or the page after the date and its section after a bar.
        ("《香江財經日報》　2018年8月9日（星期四）　A14　｜　財經・新股\n\n中國鐵塔昨日掛牌。", "2018-08-09",
         "dateline"),
        ("香江商報　2017年11月9日　星期四　財經　B3\n\n閱文集團昨日在港交所主板掛牌。", "2017-11-09", "dateline"),
        # ... or the page and its section after a space.
        ("香江財經日報　2023年9月29日　星期五　A14　公司新聞\n\n第四範式昨日掛牌。", "2023-09-29", "dateline"),
        # ... or a section in lenticular brackets before a time stamp.
        ("【財經】2024年1月5日（星期五）18:05\n\n速騰聚創今日在港交所主板掛牌。", "2024-01-05", "dateline"),
        ("香港經濟觀察報　2016年12月16日　星期五　財經版B3\n\n美圖昨日在港交所主板掛牌。", "2016-12-16", "dateline"),
        ("奥特曼重返OpenAI\n发布时间：2023-11-22 14:05\n\n正文。", "2023-11-22", "byline"),
        ("員工聯名要求董事會辭職\n發布時間：2023年11月21日\n\n正文。", "2023-11-21", "byline"),
        ("標題\n發佈時間：2023年11月21日 10:30\n\n正文。", "2023-11-21", "byline"),
        ("---\ndate: 2023-11-20\n---\n微軟延攬阿爾特曼。", "2023-11-20", "front_matter"),
    ],
)
def test_publication_dates(text: str, date: str, source: str) -> None:
    assert parse_text("doc.txt", text, report=print).published == PubDate(date, source)


def test_a_line_that_is_no_dateline_dates_nothing() -> None:
    # A sentence with a date in it is not the article's date.
    assert parse_text("doc.txt", "2023年1月，微软宣布向OpenAI追加投资。\n\n正文。", report=print).published is None


@pytest.mark.parametrize(
    ("name", "date", "source", "title"),
    [
        ("xinhua-style-dateline.txt", "2023-11-20", "dateline", "微软宣布聘请OpenAI前首席执行官奥特曼"),
        ("36kr-style-dateline.txt", "2023-11-18", "dateline", "OpenAI突发人事地震：奥特曼被董事会罢免"),
        ("published-line.txt", "2023-11-22", "byline", "奥特曼重返OpenAI担任首席执行官"),
        ("hant-front-matter.md", "2023-11-20", "front_matter", "微軟延攬OpenAI前執行長阿爾特曼"),
        ("hant-dateline.txt", "2023-11-21", "byline", "OpenAI員工聯名要求董事會辭職"),
        ("url-dated.jsonl", "2023-11-22", "url", "OpenAI董事会与奥特曼达成原则性协议"),
        ("quoting-english.txt", "2023-11-20", "front_matter", "纳德拉发文欢迎奥特曼加入微软"),
        ("undated-weekend.txt", None, None, "OpenAI的周末风波"),
        ("hant-udn-style-dateline.txt", "2023-11-18", "dateline", "OpenAI執行長奧特曼遭董事會開除"),
        ("fullwidth-front-matter.md", "2023-11-20", "front_matter", "微软宣布奥特曼与布罗克曼加入"),
    ],
)
def test_fixture_publication_dates(name: str, date: str | None, source: str | None, title: str) -> None:
    [document] = list(read_inputs([str(FIXTURES / name)], print))
    assert isinstance(document, Document)
    assert document.published == (PubDate(date, source) if date and source else None)
    assert document.title == title


# --- names --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("微软与微軟", [("微软", "Microsoft", "ORG"), ("微軟", "Microsoft", "ORG")]),
        ("奥特曼、萨姆·奥特曼、山姆·阿爾特曼和阿爾特曼",
         [("奥特曼", "Sam Altman", "PERSON"), ("萨姆·奥特曼", "Sam Altman", "PERSON"),
          ("山姆·阿爾特曼", "Sam Altman", "PERSON"), ("阿爾特曼", "Sam Altman", "PERSON")]),
        ("薩姆‧奧特曼", [("薩姆‧奧特曼", "Sam Altman", "PERSON")]),  # Taiwan's dot, Traditional
        ("纳德拉和萨蒂亚·纳德拉",
         [("纳德拉", "Satya Nadella", "PERSON"), ("萨蒂亚·纳德拉", "Satya Nadella", "PERSON")]),
        ("微軟執行長薩蒂亞·納德拉", [("微軟", "Microsoft", "ORG"), ("薩蒂亞·納德拉", "Satya Nadella", "PERSON")]),
        ("马斯克与埃隆·马斯克", [("马斯克", "Elon Musk", "PERSON"), ("埃隆·马斯克", "Elon Musk", "PERSON")]),
        ("布罗克曼", [("布罗克曼", "Greg Brockman", "PERSON")]),
        ("扎克伯格与祖克柏", [("扎克伯格", "Mark Zuckerberg", "PERSON"), ("祖克柏", "Mark Zuckerberg", "PERSON")]),
        ("苏茨克维与穆拉蒂", [("苏茨克维", "Ilya Sutskever", "PERSON"), ("穆拉蒂", "Mira Murati", "PERSON")]),
        ("谷歌、亚马逊、英伟达和輝達", [("谷歌", "Google", "ORG"), ("亚马逊", "Amazon", "ORG"),
                                    ("英伟达", "Nvidia", "ORG"), ("輝達", "Nvidia", "ORG")]),
        ("ＯｐｅｎＡＩ董事会", [("ＯｐｅｎＡＩ", "OpenAI", "ORG")]),  # full-width letters
        # Taiwan writes Gates 蓋茲.
        ("比爾·蓋茲與比尔·盖茨", [("比爾·蓋茲", "Bill Gates", "PERSON"), ("比尔·盖茨", "Bill Gates", "PERSON")]),
        # A guarded surname counts only where the full name is given too.
        ("泰勒发言。", []),
        ("布雷特·泰勒出任主席，泰勒表示。",
         [("布雷特·泰勒", "Bret Taylor", "PERSON"), ("泰勒", "Bret Taylor", "PERSON")]),
    ],
)
def test_names_in_both_scripts(text: str, expected: list[tuple[str, str, str]]) -> None:
    mentions = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, "zh"), TABLE)
    assert [(m.text, m.name, m.label) for m in mentions] == expected
    assert all(text[m.start: m.end] == m.text for m in mentions)


@pytest.mark.parametrize(
    ("text", "ner", "expected"),
    [
        # A city's short form counts where the model tags that very span, whatever its label.
        ("百度在武汉投放无人车。", [("武汉", 3, "LOC")], [("百度", "Baidu", "ORG"), ("武汉", "Wuhan", "LOC")]),
        ("鴻海在高雄設廠。", [("高雄", 3, "PERSON")], [("鴻海", "Foxconn", "ORG"), ("高雄", "Kaohsiung", "LOC")]),
        ("台積電在台中市擴產。", [("台中市", 4, "LOC")], [("台積電", "TSMC", "ORG"), ("台中市", "Taichung", "LOC")]),
        # The model vouches for the span it tags, not for every other: "平台中" stays no place.
        ("台積電在台中設廠，該平台中的服務很多。", [("台中", 4, "LOC")],
         [("台積電", "TSMC", "ORG"), ("台中", "Taichung", "LOC")]),
        # A transliterated full name around a place is a person's: "德鲁·休斯顿", not Houston.
        ("执行长德鲁·休斯顿表示。", [("德鲁·休斯顿", 3, "PERSON")], [("德鲁·休斯顿", "德鲁·休斯顿", "PERSON")]),
        # Untagged, it is a part of other words: "平台中", "完成都市", "幸福建设".
        ("在该平台中完成都市服务，幸福建设项目启动。", [], []),
        # So does a company's guarded short form; a surname's never does.
        ("蘋果發表新機。", [("蘋果", 0, "ORG")], [("蘋果", "Apple", "ORG")]),
        ("他喝了一杯苹果汁。", [], []),
        ("库克发言。", [("库克", 0, "PERSON")], []),
        # A province with 省 and a state with 州 are plain forms.
        ("广东省和新泽西州", [], [("广东省", "Guangdong", "LOC"), ("新泽西州", "New Jersey", "LOC")]),
    ],
)
def test_a_guarded_place_counts_where_the_model_tags_it(text: str, ner: list[tuple[str, int, str]],
                                                         expected: list[tuple[str, str, str]]) -> None:
    found = [RawMention(form, start, start + len(form), label, "model:x") for form, start, label in ner]
    assert all(text[m.start: m.end] == m.text for m in found)
    mentions = canonical_mentions(text, found, alias_mentions(text, 0, len(text), TABLE, "zh"), TABLE)
    assert [(m.text, m.name, m.label) for m in mentions] == expected


@pytest.mark.parametrize(("text", "generic"), [
    ("AI基础设施公司", True), ("并购", True), ("芯片巨头", True), ("自動駕駛初創企業", True), ("人工智能实验室", True),
    # A name has a word of its own, also one with a country's: "中国银行", "中國電信".
    ("地平线机器人", False), ("阿里云计算有限公司", False), ("光年之外", False), ("中国银行", False),
    ("中國電信", False), ("美国芯片巨头", False), ("公司", False),
])
def test_a_chinese_organisation_of_generic_words_names_no_one(text: str, generic: bool) -> None:
    assert evidence.generic_only(text) is generic


def test_a_model_name_in_either_script_is_one_entity() -> None:
    text = "張志偉說。张志伟说。志偉"  # a name the alias table does not know
    ner = [RawMention("張志偉", 0, 3, "PERSON", "model:x"), RawMention("张志伟", 5, 8, "PERSON", "model:x")]
    assert TABLE.lookup("张志伟") is None
    mentions = canonical_mentions(text, ner, [], TABLE)
    assert [(m.text, m.name) for m in mentions] == [("張志偉", "张志伟"), ("张志伟", "张志伟")]


def test_a_name_is_kept_folded_and_shown_as_the_documents_write_it() -> None:
    from ainews_cli.query import shown_name
    from ainews_cli.records import NameCount

    traditional = [NameCount("刘扬伟", "PERSON", "劉揚偉", "model:x", "zh", 3)]
    assert shown_name("刘扬伟", traditional, TABLE) == "劉揚偉"
    both = [*traditional, NameCount("刘扬伟", "PERSON", "刘扬伟", "model:x", "zh", 5)]
    assert shown_name("刘扬伟", both, TABLE) == "刘扬伟"  # the form with the most mentions
    # A name of the alias table is shown by it; a surname linked to a full name is no written form of it.
    assert shown_name("Foxconn", [NameCount("Foxconn", "ORG", "鴻海", "alias", "zh", 2)], TABLE) == "Foxconn"
    assert shown_name("刘扬伟", [NameCount("刘扬伟", "PERSON", "劉", "model:x+surname", "zh", 1)], TABLE) == "刘扬伟"


def _ingested(tmp_path: Path, body: str) -> str:
    """The store of one article of 10 January 2024 with ``body``."""
    path = tmp_path / "a.md"
    path.write_text(f"---\ndate: 2024-01-10\n---\n{body}\n", encoding="utf-8")
    db = str(tmp_path / "a.db")
    assert CliRunner().invoke(app, ["ingest", str(path), "--db", db]).exit_code == 0
    return db


def test_entities_of_a_traditional_article_are_shown_in_traditional(tmp_path: Path) -> None:
    db = _ingested(tmp_path, "鴻海董事長劉揚偉今天宣布擴大投資。劉揚偉表示，新廠明年投產。")
    result = CliRunner().invoke(app, ["entities", "--json", "--db", db])
    assert result.exit_code == 0, result.stderr
    shown = {record["name"] for record in json.loads(result.stdout)}
    assert "劉揚偉" in shown and "刘扬伟" not in shown and "Foxconn" in shown
    # Named as shown, the person is found (kept folded in the store).
    profile = CliRunner().invoke(app, ["entities", "--person", "劉揚偉", "--json", "--db", db])
    assert profile.exit_code == 0, profile.stderr
    assert json.loads(profile.stdout)["name"] == "劉揚偉"


def test_timeline_and_facts_tables_of_a_traditional_article_show_traditional_names(tmp_path: Path) -> None:
    db = _ingested(tmp_path, "緯創董事長林憲銘今天宣布，公司將投資50億元擴建新廠。")
    for command in (["timeline"], ["facts"]):
        table = CliRunner().invoke(app, [*command, "--db", db], env={"COLUMNS": "120"})
        assert table.exit_code == 0, table.stderr
        assert "林憲銘" in table.stdout and "林宪铭" not in table.stdout
    # The machine formats keep the key, which finds the person either way.
    facts = json.loads(CliRunner().invoke(app, ["facts", "--json", "--entity", "林憲銘", "--db", db]).stdout)
    assert facts and all("林宪铭" in fact["entities"] for fact in facts)


def test_a_chinese_name_the_model_found_once_is_found_where_it_stands_again() -> None:
    text = "台達電今天發表新晶片。台達電股價收漲，李明說。李明去年加入台達電。"
    ner = [RawMention("台達電", 0, 3, "ORG", "model:x"), RawMention("李明", 19, 21, "PERSON", "model:x")]
    mentions = canonical_mentions(text, ner, [], TABLE)
    assert [(m.text, m.start, m.name) for m in mentions if m.label == "ORG"] == [
        ("台達電", 0, "台达电"), ("台達電", 11, "台达电"), ("台達電", 29, "台达电")]
    assert all(m.source.endswith("+repeated") for m in mentions if m.start in (11, 29))
    # A name of two characters stands inside too many words to be looked for again.
    assert [m.start for m in mentions if m.label == "PERSON"] == [19]


def test_a_model_mention_inside_a_chinese_date_is_no_entity() -> None:
    text = "上周五，周一鸣解雇了奥特曼。"
    ner = [RawMention("周五", 1, 3, "LOC", "model:x"), RawMention("周一鸣", 4, 7, "PERSON", "model:x")]
    mentions = canonical_mentions(text, ner, alias_mentions(text, 0, len(text), TABLE, "zh"), TABLE,
                                  blocked=[(0, 3)])  # the date 上周五
    assert [(m.text, m.name) for m in mentions] == [("周一鸣", "周一鸣"), ("奥特曼", "Sam Altman")]


def test_a_transliterated_surname_links_to_the_full_name() -> None:
    text = "约翰·史密斯表示，史密斯将离开。"
    ner = [RawMention("约翰·史密斯", 0, 6, "PERSON", "model:x"), RawMention("史密斯", 9, 12, "PERSON", "model:x")]
    assert [m.name for m in canonical_mentions(text, ner, [], TABLE)] == ["约翰·史密斯", "约翰·史密斯"]


@pytest.mark.parametrize(
    ("text", "ner", "expected"),
    [
        # A name glossed with its Latin form is one person, named as the Latin form is.
        ("由肖恩·怀特（Sean White）接任，怀特表示。",
         [("肖恩·怀特", 1, "PERSON"), ("Sean White", 7, "PERSON"), ("怀特", 21, "PERSON")],
         ["Sean White", "Sean White", "Sean White"]),
        ("由肖恩·怀特 (Sean White) 接任。", [("肖恩·怀特", 1, "PERSON"), ("Sean White", 8, "PERSON")],
         ["Sean White", "Sean White"]),
        # No gloss: a name after it with no bracket, or a bracket left open.
        ("肖恩·怀特和Sean White。", [("肖恩·怀特", 0, "PERSON"), ("Sean White", 6, "PERSON")],
         ["肖恩·怀特", "Sean White"]),
        ("肖恩·怀特（Sean White等人", [("肖恩·怀特", 0, "PERSON"), ("Sean White", 6, "PERSON")],
         ["肖恩·怀特", "Sean White"]),
        # The alias table's name of the Chinese form wins over the gloss.
        ("萨姆·奥特曼（Sam Altman）", [("Sam Altman", 7, "PERSON")], ["Sam Altman", "Sam Altman"]),
    ],
)
def test_a_latin_gloss_names_a_chinese_name(text: str, ner: list[tuple[str, int, str]], expected: list[str]) -> None:
    raw = [RawMention(form, start, start + len(form), label, "model:x") for form, start, label in ner]
    assert all(text[m.start: m.end] == m.text for m in raw)
    mentions = canonical_mentions(text, raw, alias_mentions(text, 0, len(text), TABLE, "zh"), TABLE)
    assert [m.name for m in mentions] == expected


def test_a_chinese_paragraph_with_latin_names_is_no_headline() -> None:
    from ainews_cli.analyse import _is_headline

    assert not _is_headline("Inflection同日宣布，由肖恩·怀特（Sean White）接任首席执行官。Inflection于2022年创立。")
    assert _is_headline("The Future of the Partnership")


# --- facts ------------------------------------------------------------------------------------

def facts(text: str) -> list[dict]:
    entities = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, "zh"), TABLE)
    from ainews_cli.dates import find_dates

    dates = find_dates(text, spans=[Span(0, len(text), "zh", "block")], sentences=[(0, len(text))],
                       published=PubDate("2023-11-20", "json"))
    found = [f.to_dict() for f in extract_facts(text, [Sentence(0, len(text), "zh")], entities, dates)]
    for fact in found:
        assert text[fact["start"]: fact["end"]] == fact["text"]  # quoted as written
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("微软首席执行官萨蒂亚·纳德拉宣布了这一消息。", [("Satya Nadella", "CEO", "Microsoft", None)]),
        ("微軟執行長薩蒂亞·納德拉週日晚間宣布。", [("Satya Nadella", "CEO", "Microsoft", None)]),
        ("OpenAI前首席执行官奥特曼将加入微软。", [("Sam Altman", "CEO", "OpenAI", "前")]),
        ("由首席技术官米拉·穆拉蒂出任临时首席执行官。",
         [("Mira Murati", "CTO", None, None), ("Mira Murati", "CEO", None, "临时")]),
        ("萨姆·奥特曼将重返公司担任首席执行官。", [("Sam Altman", "CEO", None, None)]),
        ("萨姆·奥特曼将重返OpenAI担任首席执行官。", [("Sam Altman", "CEO", "OpenAI", None)]),
        ("萨姆·奥特曼是OpenAI的首席执行官。", [("Sam Altman", "CEO", "OpenAI", None)]),
        ("OpenAI首席运营官萨姆·奥特曼表示。", [("Sam Altman", "COO", "OpenAI", None)]),
        ("OpenAI联合创始人兼首席执行官萨姆·奥特曼表示。",
         [("Sam Altman", "co-founder", "OpenAI", None), ("Sam Altman", "CEO", "OpenAI", None)]),
        ("萨姆·奥特曼说这是首席执行官的决定。", []),
        ("百度董事局主席萨姆·奥特曼表示。", [("Sam Altman", "chairman", "Baidu", None)]),
    ],
)
def test_chinese_roles(text: str, expected: list[tuple]) -> None:
    roles = [(f["person"], f["role"], f["org"], f["qualifier"]) for f in facts(text) if f["kind"] == "role"]
    assert roles == expected


@pytest.mark.parametrize(
    ("text", "kind", "fields"),
    [
        ("微软追加约100亿美元。", "money", {"amount": 10_000_000_000, "currency": "USD", "qualifier": "约"}),
        ("共计一百亿元。", "money", {"amount": 10_000_000_000, "currency": "CNY", "qualifier": None}),
        ("计划筹集１００亿美元。", "money", {"amount": 10_000_000_000, "currency": "USD", "qualifier": None}),
        ("高达1.5万亿日元。", "money", {"amount": 1_500_000_000_000, "currency": "JPY", "qualifier": "高达"}),
        ("股价上涨约2%。", "percent", {"values": [2], "qualifier": "约"}),
        ("占比百分之四十九点五。", "percent", {"values": [49.5], "qualifier": None}),
        ("微软持有OpenAI约49%股份。", "stake",
         {"holder": "Microsoft", "target": "OpenAI", "percent": 49, "qualifier": "约"}),
        # A qualifier is given folded, as 前 and 临时 are: 約 is 约.
        ("微軟持有OpenAI約49%股份。", "stake",
         {"holder": "Microsoft", "target": "OpenAI", "percent": 49, "qualifier": "约"}),
        ("微软是OpenAI最大的投资者，持有其约49%的股份。", "stake",
         {"holder": "Microsoft", "target": "OpenAI", "percent": 49, "qualifier": "约"}),
        ("2023年1月，微软宣布向OpenAI追加投资约100亿美元。", "investment",
         {"investor": "Microsoft", "target": "OpenAI", "amount": 10_000_000_000, "currency": "USD",
          "qualifier": "约", "amount_text": "约100亿美元", "date": {"value": "2023-01", "text": "2023年1月"}}),
        ("OpenAI估值达860亿美元。", "valuation", {"subject": "OpenAI", "amount": 86_000_000_000, "currency": "USD"}),
        # The holder left out of the clause that holds: the subject of the clause before.
        ("报道称，在收回投资之前，微软将获得OpenAI四分之三的利润，此后将持有49%股份。", "stake",
         {"holder": "Microsoft", "target": "OpenAI", "percent": 49}),
        ("英伟达第二季度销售额达300亿美元。", "revenue", {"subject": "Nvidia", "amount": 30_000_000_000}),
        # One founding per organisation and sentence, the one that tells most.
        ("OpenAI成立于2015年，由萨姆·奥特曼创立。", "founded",
         {"org": "OpenAI", "founders": ["Sam Altman"], "year": "2015"}),
        # A founding's day told relative to the day of writing, between the organisation and its verb.
        ("日月光投資控股公司（3711）今（20）日正式成立。", "founded",
         {"org": "ASE Technology Holding", "year": "2023"}),
        # A company that becomes another's subsidiary: a stake of the other's in it.
        ("矽品成為日月光投控百分之百持股的子公司。", "stake",
         {"holder": "ASE Technology Holding", "target": "SPIL", "percent": 100}),
        # A description between 对 and the name; "数十亿" (several billion) is no amount.
        ("微软周一宣布，将对人工智能研究公司OpenAI进行一项“多年、数十亿美元”的投资。", "investment",
         {"investor": "Microsoft", "target": "OpenAI", "amount": None}),
        ("据美国新闻网站Semafor报道，OpenAI将从微软获得约100亿美元投资。", "investment",
         {"investor": "Microsoft", "target": "OpenAI", "amount": 10_000_000_000, "qualifier": "约"}),
        ("OpenAI获得微软100亿美元投资。", "investment",
         {"investor": "Microsoft", "target": "OpenAI", "amount": 10_000_000_000}),
        ("微软投资的人工智能公司OpenAI发布了新模型。", "investment",
         {"investor": "Microsoft", "target": "OpenAI", "amount": None}),
        ("微软也是OpenAI最大的投资者。", "investment", {"investor": "Microsoft", "target": "OpenAI", "amount": None}),
    ],
)
def test_chinese_facts(text: str, kind: str, fields: dict) -> None:
    [fact] = [f for f in facts(text) if f["kind"] == kind]
    assert {key: fact[key] for key in fields} == fields


@pytest.mark.parametrize("text", [
    "OpenAI从微软获得100亿美元的订单。",  # an order, not an investment
    "xAI从英伟达等投资者处获得60亿美元融资。",  # the round from a group, not Nvidia's share
    "微软对此表示，将继续与OpenAI合作。",
    "微软支持的OpenAI竞争对手Anthropic发布新模型。",  # the target is not OpenAI
])
def test_chinese_money_from_a_party_is_no_investment_unless_it_is_one(text: str) -> None:
    assert [f for f in facts(text) if f["kind"] == "investment"] == []


def test_a_stake_held_by_another_party_is_none_of_the_first() -> None:
    assert [f for f in facts("微软与OpenAI合作，英伟达持有49%股份。") if f["kind"] == "stake"] == []


def test_a_vague_count_is_no_amount() -> None:
    assert [f for f in facts("微软将投入数十亿美元。") if f["kind"] == "money"] == []


# --- events -----------------------------------------------------------------------------------

def mentions(text: str, published: str | None = "2023-11-20") -> list[tuple[str, str, str | None, list[str]]]:
    from ainews_cli.dates import find_dates

    sentences = [Sentence(s, e, "zh") for s, e in _sentences(text)]
    dates = find_dates(text, spans=[Span(0, len(text), "zh", "block")], sentences=[(s.start, s.end) for s in sentences],
                       published=PubDate(published, "json") if published else None)
    # As the pipeline does: a name inside a date ("美国时间11月17号") is no participant.
    entities = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, "zh"), TABLE,
                                  blocked=[(d.start, d.end) for d in dates])
    return [(m.date.calendar_value, m.type, m.trigger, [p.name for p in m.participants])
            for m in event_mentions(text, sentences, entities, dates)]


def _sentences(text: str) -> list[tuple[int, int]]:
    found, start = [], 0
    for i, ch in enumerate(text):
        if ch in "。\n":
            if text[start: i + 1].strip():
                found.append((start, i + 1))
            start = i + 1
    if text[start:].strip():
        found.append((start, len(text)))
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OpenAI董事会于上周五（11月17日）宣布解雇首席执行官萨姆·奥特曼。",
         [("2023-11-17", "departure", "解雇", ["OpenAI", "Sam Altman"])]),
        ("OpenAI董事會上週五解僱執行長山姆·阿爾特曼。",
         [("2023-11-17", "departure", "解僱", ["OpenAI", "Sam Altman"])]),
        ("周日晚间，微软首席执行官萨蒂亚·纳德拉宣布，奥特曼和布罗克曼将加入微软。",
         [("2023-11-19", "appointment", "加入", ["Greg Brockman", "Microsoft", "Sam Altman", "Satya Nadella"])]),
        ("美国时间11月17号，OpenAI董事会发布声明，宣布罢免奥特曼。",
         [("2023-11-17", "departure", "罢免", ["OpenAI", "Sam Altman"])]),
        ("2023年1月，微软宣布向OpenAI追加投资约100亿美元。", [("2023-01", "funding", "投资", ["Microsoft", "OpenAI"])]),
        ("2023年11月20日 09:15 来源：新华网", []),  # a dateline tells no event
        ("腾讯内刊早报　2023年11月20日　星期一　第05版", []),  # nor does a masthead
        ("近日，多家投资者表达了对董事会的不满。", []),  # vague: never a calendar date
        ("11月18日，纳德拉发表主题演讲。", [("2023-11-18", "other", None, ["Satya Nadella"])]),  # a speech is no launch
        # Demanded or threatened, not done: no departure, no return.
        ("本周一，OpenAI七百多名员工联名致信董事会，要求其辞职。", [("2023-11-20", "other", None, ["OpenAI"])]),
        ("超過七百名OpenAI員工昨天聯名致信董事會，要求董事會辭職並讓阿爾特曼復職。",
         [("2023-11-19", "other", None, ["OpenAI", "Sam Altman"])]),
        ("11月17日，奥特曼威胁辞职。", [("2023-11-17", "other", None, ["Sam Altman"])]),
        ("11月20日，员工要求董事会辞职，否则他们将追随奥特曼加入微软。", []),  # a demand and a threat
        # "该公司" is the organisation named just before.
        ("OpenAI成立于2015年。该公司于11月17日宣布解雇奥特曼。",
         [("2015", "founding", "成立", ["OpenAI"]), ("2023-11-17", "departure", "解雇", ["OpenAI", "Sam Altman"])]),
    ],
)
def test_chinese_event_mentions(text: str, expected: list[tuple]) -> None:
    found = mentions(text)
    assert [(d, t, trig, sorted(p)) for d, t, trig, p in found] == \
        [(d, t, trig, sorted(p)) for d, t, trig, p in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A date before 以来 starts a span up to now: no happening of that date, unless a role began then,
        # shortly before the writing (a role held for years is a standing state).
        ("这个月以来，百度旗下的萝卜快跑在武汉持续走红。", []),
        ("這個月以來，百度旗下的蘿蔔快跑在武漢持續走紅。", []),
        ("2019年以来，阿里巴巴收入翻倍。", []),
        ("2019年以来，张勇一直担任阿里巴巴首席执行官。", []),
        ("2019年，百度在武汉开始扩张。", [("2019", "other", None, ["Baidu"])]),
        # A year's or a quarter's revenue told in the date's clause is the period's result, its change told or not;
        # a figure of another clause dates nothing.
        ("美团2022年营收约2200亿元，此次收购金额对其而言并不算大。", [("2022", "financial", "营收", ["Meituan"])]),
        ("台積電去年營收約1兆5874億元，是全球最大的晶圓代工廠。", [("2022", "financial", "營收", ["TSMC"])]),
        ("比亚迪利润增速明显快于营收增速，一个原因是碳酸锂价格在去年大幅回落。", []),
        # A dividend out of a year's profit, a share of a year's revenue: no result told.
        ("董事会同时提出2023年度利润分配预案，拟向全体股东派发现金红利。", []),
        ("华为当年研发投入达1615亿元人民币，约占全年收入的四分之一。", []),
        ("百度2022年全年营收约为1237亿元，同比增长1%。", [("2022", "financial", "营收", ["Baidu"])]),
        ("微軟上季營收達620億美元，年增18%。", [("2023-Q3", "financial", "營收", ["Microsoft"])]),
        ("百度11月16日公布财报，营收为315亿元。", [("2023-11-16", "financial", "财报", ["Baidu"])]),
    ],
)
def test_spans_since_a_date_are_no_happening_and_a_period_s_figure_is_its_result(text: str,
                                                                                 expected: list[tuple]) -> None:
    found = mentions(text)
    assert [(d, t, trig, sorted(p)) for d, t, trig, p in found] == \
        [(d, t, trig, sorted(p)) for d, t, trig, p in expected]


def test_an_undated_chinese_text_has_no_events() -> None:
    text = (FIXTURES / "undated-weekend.txt").read_text(encoding="utf-8")
    assert mentions(text, None) == []


# --- bad input --------------------------------------------------------------------------------

def analyse(text: str, **fields: object) -> object:
    settings = load_settings(env={"AINEWS_HOME": str(Path.cwd()), "AINEWS_MODEL_ZH": "none"})
    [extraction] = Analyser(settings, print, aliases=TABLE).analyse([Document("doc.txt", text, **fields)])
    return extraction


def test_a_page_of_han_without_punctuation_goes_through_in_bounded_blocks() -> None:
    random.seed(13)
    text = "".join(chr(random.randint(0x4E00, 0x9FFF)) for _ in range(3 * MAX_BLOCK_CHARS + 777))
    text = text[:1000] + "微软首席执行官纳德拉上周五宣布奥特曼加入微软" + text[1000:]
    pieces = blocks(text, "zh", language_spans(text, "zh"))
    assert all(b.end - b.start <= MAX_BLOCK_CHARS and b.lang == "zh" for b in pieces)
    assert sum(b.end - b.start for b in pieces) == len(text)
    extraction = analyse(text, published=PubDate("2023-11-20", "json"))
    assert extraction.lang == "zh"  # type: ignore[attr-defined]
    # Every event and fact quotes its sentence: a run-on one is cut, never 20,000 characters.
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in extraction.sentences)  # type: ignore[attr-defined]
    assert sum(s.end - s.start for s in extraction.sentences) == len(text)  # type: ignore[attr-defined]
    assert {"Microsoft", "Satya Nadella", "Sam Altman"} <= {e.name for e in extraction.entities}  # type: ignore[attr-defined]
    for found in (*extraction.entities, *extraction.dates):  # type: ignore[attr-defined]
        assert text[found.start: found.end] == found.text


def test_mixed_full_and_half_width_text() -> None:
    text = "ＯｐｅｎＡＩ董事会于１１月１７日解雇了Sam Altman，微软持有ＯｐｅｎＡＩ约４９％股份。"
    extraction = analyse(text, published=PubDate("2023-11-20", "json"))
    assert [(d.text, d.value) for d in extraction.dates] == [("１１月１７日", "2023-11-17")]  # type: ignore[attr-defined]
    assert [(e.text, e.name) for e in extraction.entities] == [  # type: ignore[attr-defined]
        ("ＯｐｅｎＡＩ", "OpenAI"), ("Sam Altman", "Sam Altman"), ("微软", "Microsoft"), ("ＯｐｅｎＡＩ", "OpenAI")]
    [stake] = [f for f in extraction.facts if f.kind == "stake"]  # type: ignore[attr-defined]
    assert (stake.details.holder, stake.details.target, stake.details.percent) == ("Microsoft", "OpenAI", 49)


def test_a_japanese_article_is_japanese_and_gets_no_wrong_advice(tmp_path: Path) -> None:
    path = tmp_path / "ja.txt"
    path.write_text("2023年11月20日\n\nマイクロソフトはアルトマン氏を迎えると発表しました。東京の記者会見で説明しました。\n",
                    encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(path), "--json", "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)[0]["lang"] == "ja"
    assert "pip install" not in result.stderr
    assert "python -m spacy download ja_core_news_sm" in result.stderr


@pytest.mark.parametrize(("lang", "named", "refused"), [
    ("zh", "python -m spacy download zh_core_web_sm", "pip install"),
    ("ja", "python -m spacy download ja_core_news_sm", "pip install"),
    # spaCy publishes no Vietnamese pipeline: nothing to install is named.
    ("vi", "spaCy publishes none for 'vi'", "download"),
])
def test_install_advice_names_only_what_exists(lang: str, named: str, refused: str) -> None:
    advice = pipeline_advice(lang)
    assert named in advice
    assert refused not in advice


# --- the timeline -----------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("model", [[], ["--model", "zh=none"]], ids=["default", "alias-only"])
def test_firing_and_announcement_are_one_event_each_with_english_and_chinese_sources(
        tmp_path: Path, model: list[str]) -> None:
    result = CliRunner().invoke(app, ["timeline", str(FIXTURES), str(SEEDS), "--since", "2023-11-17",
                                      "--until", "2023-11-20", "--json", "--db", str(tmp_path / "t.db"), *model])
    assert result.exit_code == 0, result.stderr
    events = json.loads(result.stdout)
    for day, kind, chinese in [("2023-11-17", "departure", {"xinhua-style-dateline.txt", "36kr-style-dateline.txt",
                                                              "published-line.txt", "hant-front-matter.md",
                                                              "hant-dateline.txt", "quoting-english.txt",
                                                              "url-dated.jsonl#openai-deal",
                                                              "hant-udn-style-dateline.txt", "undated-weekend.txt"}),
                               ("2023-11-19", "appointment", {"xinhua-style-dateline.txt", "published-line.txt",
                                                                "hant-front-matter.md", "quoting-english.txt",
                                                                "fullwidth-front-matter.md", "undated-weekend.txt"})]:
        told = [e for e in events if e["date"] == day and e["type"] == kind
                and any(s["doc"].endswith("000_1549dbc9ce3dcc2a.txt") for s in e["sources"])]
        assert len(told) == 1, [e["text"] for e in events if e["date"] == day]
        [event] = told
        assert {"Sam Altman"} <= {entity["name"] for entity in event["entities"]}
        languages = {source["lang"] for source in event["sources"]}
        # The undated German seed and undated-weekend.txt join through their inferred
        # publication dates (docs/dates.md, "Inferred publication dates").
        assert languages == {"en", "zh", "de"}
        named = {Path(source["doc"].split("#")[0]).name + ("#" + source["doc"].split("#")[1]
                                                            if "#" in source["doc"] else "")
                 for source in event["sources"] if source["lang"] == "zh"}
        assert named == chinese
        # No other event of that type tells that day: the Chinese sources did not make their own.
        assert [e for e in events if e["date"] == day and e["type"] == kind] == [event]
    assert "pip install" not in result.stderr


@pytest.mark.parametrize(("span", "expected"), [
    ("OpenAI董事会", [("OpenAI", "OpenAI")]),  # the board names the organisation the table knows
    ("致信董事会", []),  # "wrote to the board": a verb and a body, no name
    ("OpenAI董事會", [("OpenAI", "OpenAI")]),  # the same in Traditional characters
    ("致信董事會", []),
])
def test_a_model_organisation_named_by_its_board(span: str, expected: list[tuple[str, str]]) -> None:
    text = f"员工联名{span}，要求其辞职。"
    start = text.index(span)
    ner = [RawMention(span, start, start + len(span), "ORG", "model:x")]
    mentions = canonical_mentions(text, ner, [], TABLE)
    assert [(m.text, m.name) for m in mentions] == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("美国当地时间7月23日，Meta发布开源大模型Llama 3.1，其中最大的版本拥有4050亿个参数。",
         "该公司今年4月推出了Llama 3。"),
        # Nor the point inside a name, which the English sentencizer cut after "Character.".
        ("Character.AI, which lets users talk to characters, raised $150 million in March 2023. ",
         "Andreessen Horowitz led the round."),
        # ... after a digit too: "C3.ai", cut after "C3." by the Chinese sentencizer.
        ("C3.ai周三在纽约证券交易所挂牌交易。", "此次C3.ai共发行1550万股，募资6.51亿美元。"),
    ],
)
def test_a_decimal_point_or_a_point_in_a_name_ends_no_sentence(first: str, second: str) -> None:
    extraction = analyse(first + second, published=PubDate("2024-07-24", "json"))
    sentences = extraction.sentences  # type: ignore[attr-defined]
    assert [(first + second)[s.start: s.end] for s in sentences] == [first.rstrip(), second]


@pytest.mark.parametrize(
    ("text", "dateline", "story"),
    [
        ("（中央社記者王心怡台北18日電）鴻海今天舉行科技日，發表三款電動車。", "（中央社記者王心怡台北18日電）",
         "鴻海今天舉行科技日，發表三款電動車。"),
        ("本报北京1月16日讯 智谱AI今天发布新一代模型。", "本报北京1月16日讯", "智谱AI今天发布新一代模型。"),
        ("BERLIN, 12. März 2024 – Der Konzern hat am Dienstag ein Rechenzentrum eröffnet.",
         "BERLIN, 12. März 2024 –", "Der Konzern hat am Dienstag ein Rechenzentrum eröffnet."),
    ],
)
def test_a_wire_dateline_is_a_sentence_of_its_own(text: str, dateline: str, story: str) -> None:
    # The dateline dates the story; the happening it opens is the first sentence, not the dateline's.
    extraction = analyse("标题\n\n" + text, published=PubDate("2024-03-12", "json"))
    told = [("标题\n\n" + text)[s.start:s.end] for s in extraction.sentences]  # type: ignore[attr-defined]
    assert told[-2:] == [dateline, story]


@pytest.mark.parametrize("text", ["拜登今年8月簽署《晶片與科學法案》。", "拜登今年8月签署《芯片与科学法案》。"])
def test_a_law_the_alias_table_knows_takes_part_by_its_name(text: str) -> None:
    [(value, kind, _, names)] = mentions(text, "2022-12-07")
    assert (value, kind) == ("2022-08", "legal") and "CHIPS and Science Act" in names


@pytest.mark.parametrize("text", ["台积电周一宣布扩产。这家晶片大厂去年12月在美国举行了移机典礼。",
                                  "台積電週一宣布擴產。這家晶片大廠去年12月在美國舉行了移機典禮。"])
def test_a_big_maker_described_stands_for_the_one_named_before(text: str) -> None:
    assert [(value, "TSMC" in names) for value, _, _, names in mentions(text, "2024-06-12")] == \
        [("2024-06-10", True), ("2023-12", True)]


def test_results_go_on_with_the_company_whose_revenue_the_sentence_before_told() -> None:
    # "该公司" stands for NIO, named in the sentence before it; the third sentence names no company and goes on
    # with the results the second told.
    text = ("蔚来昨日公布财报。财报显示，该公司2020年全年营收约162.6亿元，同比增长107.8%。"
            "第四季度营收约66.4亿元，创下单季新高。")
    entities = canonical_mentions(text, [], alias_mentions(text, 0, len(text), TABLE, "zh"), TABLE)
    sentences = [Sentence(s, e, "zh") for s, e in _sentences(text)]
    found = [f.to_dict() for f in extract_facts(text, sentences, entities)]
    assert [(f["subject"], f["amount"]) for f in found if f["kind"] == "revenue"] == \
        [("NIO", 16_260_000_000), ("NIO", 6_640_000_000)]


def test_two_rounds_summed_are_no_round() -> None:
    found = facts("2021年8月，零跑汽车完成C1轮融资；同年11月又完成C2轮融资，两轮合计融资约60.8亿元。")
    assert [f for f in found if f["kind"] == "funding_round"] == []


def test_agreeing_to_set_up_an_unnamed_holding_company_founds_none_of_the_two() -> None:
    # "控股公司" is what the two agreed to found, no company of the sentence.
    found = facts("2016年6月30日，日月光與矽品簽署協議，同意共同成立控股公司。")
    assert [f for f in found if f["kind"] == "founded"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Listings where and how they are told, subscriptions, listings ended.
        # (The alias table names the New York exchange: where a listing is, not who lists, after 在; the second of
        # two listed with 和 is still taken for a party.)
        ("2004年3月，该公司在香港联交所和纽约证券交易所两地上市。",
         [("2004-03", "financial", "两地上市", ["Hong Kong", "New York Stock Exchange"])]),
        ("蔚来2018年9月12日在纽约证券交易所上市。", [("2018-09-12", "financial", "交易所上市", ["NIO"])]),
        ("本月7日，中芯国际启动网上申购。", [("2023-11-07", "financial", "网上申购", ["SMIC"])]),
        ("2019年6月，其美国存托股份正式停止在纽交所交易。",
         [("2019-06", "financial", "停止在纽交所交易", ["United States"])]),
        # Debt issued; a company become another's subsidiary.
        ("今年1月，蔚来还完成了一笔可转换优先票据的发行。", [("2023-01", "financial", "票据的发行", ["NIO"])]),
        ("2018年4月30日，矽品成為日月光投控百分之百持股的子公司。",
         [("2018-04-30", "acquisition", "持股的子公司", ["ASE Technology Holding", "SPIL"])]),
        ("中芯国际2020年通过其全资子公司投资了一家公司。", [("2020", "funding", "投资", ["SMIC"])]),
        # An authority's approval; one not obtained is none.
        ("中国证监会上月29日同意其注册。",
         [("2023-10-29", "legal", "同意其注册", ["China Securities Regulatory Commission"])]),
        ("中國商務部去年11月24日附條件批准此案。", [("2022-11-24", "legal", "批准", ["China"])]),
        ("股东大会去年11月24日批准此案。", []),
        ("环球晶2022年1月31日因未能取得德國政府核准而放弃。",
         [("2022-01-31", "other", None, ["Germany", "GlobalWafers"])]),
        # The reporter's own doings, a photo credit closing its line: no happenings.
        ("记者今天上午在陆家嘴一家证券营业部看到，不少投资者在关注。", []),
        ("7月16日，投资者在上海一家证券营业部内关注中芯国际的股价走势。华东财经报记者 邵可岚 摄", []),
        # ... nor a picture's description closed by its owner.
        ("（圖：雷軍昨晚在發布會上宣布小米進軍電動車業務。小米集團圖片）", []),
        # A deal a penalty case names as not notified is no deal of that day: the penalty is the happening.
        ("去年12月14日，市场监管总局对阿里巴巴投资收购银泰商业股权等三起未依法申报的经营者集中案各处以50万元罚款。",
         [("2022-12-14", "legal", "罚款",
           ["Alibaba Group", "Intime Retail", "State Administration for Market Regulation"])]),
    ],
)
def test_chinese_listings_approvals_and_the_reporter_s_own_doings(text: str, expected: list[tuple]) -> None:
    found = mentions(text)
    assert [(d, t, trig, sorted(p)) for d, t, trig, p in found] == \
        [(d, t, trig, sorted(p)) for d, t, trig, p in expected]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A first trade's price, net losses, earnings per share, the results' call: the books and the market.
        ("11月20日，极氪以26美元开盘。", "2023-11-20", [("2023-11-20", "financial", "开盘", ["Zeekr"])]),
        ("力積電今年第三季稅後淨損28.8億元。", "2023-11-20",
         [("2023-Q3", "financial", "淨損", ["Powerchip Semiconductor Manufacturing"])]),
        ("2022年，這家公司的每股純益為7.51元。", "2023-11-20", [("2022", "financial", "純益", [])]),
        ("台積電4月18日舉行法說會。", "2024-05-01", [("2024-04-18", "financial", "法說會", ["TSMC"])]),
        # ... but not a market's opening hours, nor a dividend's share of a year's profit.
        ("由于时差，纳斯达克当天的开盘时间对应北京时间27日晚间。", "2024-11-28", []),
        ("2024年3月15日公布的利润分配预案显示，派发现金红利约221亿元，约占全年归母净利润的一半。", "2024-03-20", []),
    ],
)
def test_chinese_results_and_first_trades(text: str, published: str, expected: list[tuple]) -> None:
    found = mentions(text, published)
    assert [(d, t, trig, sorted(p)) for d, t, trig, p in found] == \
        [(d, t, trig, sorted(p)) for d, t, trig, p in expected]


def test_a_post_taken_again_or_shared_after_a_departure_is_an_appointment_of_its_own() -> None:
    assert mentions("2021年3月，时任CEO胡晓明辞职，井贤栋重新兼任CEO。") == \
        [("2021-03", "departure", "辞职", []), ("2021-03", "appointment", "兼任", [])]
    assert mentions("2023年11月，京东宣布徐雷卸任，首席财务官单甦出任集团首席财务官。") == \
        [("2023-11", "departure", "卸任", ["JD.com"]), ("2023-11", "appointment", "出任", ["JD.com"])]


def test_a_clause_of_time_before_the_main_clause_tells_no_happening_of_the_date() -> None:
    # The loss came before; that February tells the return to the chair.
    text = "2009年2月，在金融危机导致公司出现亏损后，柳传志重新出任董事局主席。"
    assert [(date, kind) for date, kind, _, _ in mentions(text)] == [("2009-02", "appointment")]
    # Without a main clause of another type, the clause's own trigger stands.
    assert [(date, kind) for date, kind, _, _ in mentions("2009年2月，联想出现亏损。")] == [("2009-02", "financial")]


def test_a_date_word_inside_a_known_name_is_no_date() -> None:
    # 今日 ("today") of 今日头条 (Toutiao) dates nothing; the launch is August 2012's.
    extraction = analyse("2012年3月，张一鸣在北京创立字节跳动，同年8月推出新闻资讯应用今日头条。",
                         published=PubDate("2021-05-21", "json"))
    assert "今日" not in [d.text for d in extraction.dates]  # type: ignore[attr-defined]
    assert sorted(e.date.calendar_value for e in extraction.events) == ["2012-03", "2012-08"]  # type: ignore[attr-defined]


def test_a_clause_listing_on_an_exchange_goes_on_with_the_sentence_s_subject() -> None:
    # The exchange is where it listed, no subject of the clause's own: the company founded in the clause before
    # listed.
    found = mentions("小米由雷军与林斌等人于2010年4月在北京创立，2018年7月9日在港交所主板挂牌。")
    assert [(value, kind) for value, kind, _, names in found if "Xiaomi" in names] == [
        ("2010-04", "founding"), ("2018-07-09", "financial")]
    assert not [names for _, _, _, names in found if "Hong Kong Exchanges and Clearing" in names]
