"""Reading inputs: front matter, datelines, JSON records, bad files, offsets."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from ainews_cli.errors import InputError
from ainews_cli.ingest import analysable, content_key, expand_paths, read_file, read_inputs, read_stream
from ainews_cli.records import Document, PubDate


def read_one(path: Path) -> Document:
    items = list(read_file(str(path), lambda message: None))
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def test_front_matter_is_metadata_and_offsets_refer_to_the_body(seeds: Path) -> None:
    document = read_one(seeds / "000_1549dbc9ce3dcc2a.txt")
    raw = (seeds / "000_1549dbc9ce3dcc2a.txt").read_text(encoding="utf-8")
    assert document.published == PubDate("2023-11-20", "front_matter")
    assert document.title == "OpenAI 的错位与微软的收获 – Ben Thompson 的《Stratechery》"
    assert document.authors == ("wenhao",)
    assert document.url == "https://stratechery.com/2023/openais-misalignment-and-microsofts-gain/"
    assert raw.endswith(document.body)
    assert document.body.startswith("https://stratechery.com/2023/")
    assert "slug:" not in document.body


def test_dateline_gives_the_publication_date(seeds: Path) -> None:
    document = read_one(seeds / "003_802982158aee5c5e.txt")
    assert document.published == PubDate("2024-12-15", "dateline")
    assert document.title == "Mark Zuckerberg and Elon Musk Unite Against OpenAI’s Profit Plan"


@pytest.mark.parametrize(
    ("text", "date", "title"),
    [
        ("OpenAI names new CEO\nSAN FRANCISCO, Nov. 20, 2023 /PRNewswire/ -- OpenAI today announced that "
         "Emmett Shear will serve as interim CEO.", "2023-11-20", "OpenAI names new CEO"),
        ("SAP stellt KI-Assistenten vor\nWALLDORF, 24. Januar 2024 (KI-Ticker) - SAP hat am Mittwoch einen "
         "neuen Assistenten vorgestellt.", "2024-01-24", "SAP stellt KI-Assistenten vor"),
        ("Microsoft expands OpenAI deal\nREDMOND, Wash., Jan. 23, 2023 – Microsoft said on Monday it would "
         "invest further.", "2023-01-23", "Microsoft expands OpenAI deal"),
        # No year: the dateline leaves the date to other signs (here none).
        ("OpenAI board fires Altman\nSAN FRANCISCO, Nov 17 (Reuters) - OpenAI's board fired Sam Altman.",
         None, "OpenAI board fires Altman"),
        ("Headline\nBERLIN (dpa) - Am 20. November 2023 - so die Meldung - kam es anders.", None, "Headline"),
    ],
)
def test_a_wire_story_dateline_gives_the_publication_date(tmp_path: Path, text: str, date: str | None,
                                                          title: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    document = read_one(path)
    assert document.published == (PubDate(date, "dateline") if date else None)
    assert document.title == title


@pytest.mark.parametrize("name", ["001_2d44bcb9e0d12544.txt", "002_ff88baaabcbe5633.txt"])
def test_undated_seeds_stay_undated(seeds: Path, name: str) -> None:
    assert read_one(seeds / name).published is None


def test_url_date_is_used_when_nothing_better_is_stated(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\nurl: https://example.com/2023/11/20/story\n---\nOn Friday the board met.\n")
    assert read_one(path).published == PubDate("2023-11-20", "url")
    path.write_text("---\nurl: https://example.com/2023/11/20/story\ndate: 2023-11-21\n---\nText.\n")
    assert read_one(path).published == PubDate("2023-11-21", "front_matter")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Headline\nPublished: March 3, 2023\nOn Friday the board met.", "2023-03-03"),
        # Numbers alone: the day first where the clock's time zone is a day-first place's, else the month first.
        ("Headline\nPosted 03/05/2018 06:40 BST\nOn Wednesday the firm shut down.", "2018-05-03"),
        ("Headline\nPosted 03/05/2018 06:40 ET\nOn Monday the firm met.", "2018-03-05"),
        ("Schlagzeile\nStand: 20.11.2023, 14:05 Uhr\nAm Freitag tagte der Vorstand.", "2023-11-20"),
        # Day first, as German writes a date with dots, even where 9 and 12 could be either.
        ("Schlagzeile\nStand: 09.12.2023\nAm Freitag tagte der Vorstand.", "2023-12-09"),
        ("Titel\nText am Freitag.\nVeröffentlicht am 17. November 2023", "2023-11-17"),
        ("Headline\nUpdated 2023-11-20T10:00:00Z\nText.", "2023-11-20"),
        ("百度在港上市\n最後更新：2021年03月23日 18:05\n百度今日在港交所上市。", "2021-03-23"),
        # One part of a line set apart by bars or dots, after the author's name.
        ("Headline\nBy Ann Lee | Last updated: June 4, 2024 at 7:15 a.m. ET\nThe startup said on Monday.",
         "2024-06-04"),
        ("Schlagzeile\nVon Eva Kern · Veröffentlicht am Mittwoch, 5. Juni 2024, 09:30 Uhr\nAm Dienstag hieß es.",
         "2024-06-05"),
        # The outlet the story comes from, then its date.
        ("智谱发布新模型\n来源：界面新闻 2024-06-05 09:30\n智谱周二发布了新模型。", "2024-06-05"),
        ("鴻海發表新伺服器\n來源：工商時報 2024/06/05 09:30\n鴻海週二發表新伺服器。", "2024-06-05"),
        # Of an update and a publication date in one line, the publication's.
        ("Headline\nUpdated June 9, 2024 | Originally published June 4, 2024\nThe startup said on Monday.",
         "2024-06-04"),
    ],
)
def test_a_date_the_article_states_as_its_own_is_used(tmp_path: Path, text: str, date: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    assert read_one(path).published == PubDate(date, "byline")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # A plain-text copy of a page that gives its address on a line of its own, maybe labelled.
        ("Chipmaker buys server builder\n\nhttps://news.example.com/tech/2024/08/19/chip-deal\n\n"
         "The chipmaker said on Monday it would buy the server builder.", PubDate("2024-08-19", "url")),
        ("Chipmaker buys server builder\n\nThe chipmaker said on Monday it would buy it.\n\n"
         "Permalink: https://news.example.com/20240819/chip-deal.html", PubDate("2024-08-19", "url")),
        ("快手发布视频模型\n\n快手昨日发布视频生成模型。\n\n原文链接：http://tech.example.cn/2024-06/06/c_1.htm",
         PubDate("2024-06-06", "url")),
        # Another page's address dates nothing; nor do two addresses that disagree.
        ("Chipmaker buys server builder\n\nThe chipmaker said on Monday it would buy it.\n\n"
         "Related: https://news.example.com/2019/03/11/older-deal", None),
        ("Headline\nhttps://a.example.com/2024/08/19/x\nhttps://b.example.com/2024/08/20/y\nText on Monday.", None),
        # "Source:" names the outlet a story is based on as often as the page; a bare address
        # further down is a page cited; a document with an address of its own is dated by it alone.
        ("Chipmaker buys server builder\n\nThe chipmaker said on Monday it would buy it.\n\n"
         "Source: https://news.example.com/20240819/chip-deal.html", None),
        ("Headline\n\nThe chipmaker said on Monday it would buy it.\n\nThe announcement:\n\n"
         "https://news.example.com/2019/03/11/earlier-deal", None),
        ("---\nurl: https://www.example.com/tech/chip-deal-123\n---\nHeadline\n\nText on Monday.\n\n"
         "Permalink: https://blogs.example.org/2019/03/11/earlier-deal", None),
        # A Taiwanese wire story's closing date code (ROC calendar), and a wire page's time stamp.
        ("OpenAI推出影片模型\n\n（中央社舊金山15日綜合外電報導）OpenAI今天發表新模型。（編輯：陳美玲）1130216",
         PubDate("2024-02-16", "byline")),
        ("Chipmaker buys server builder\n\nAugust 19, 2024 4:13 PM UTC Updated 2 hours ago\n\n"
         "NEW YORK, Aug 19 (Example Wire) - The chipmaker said on Monday it would buy it.",
         PubDate("2024-08-19", "dateline")),
        ("Chipkonzern kauft Netzwerkspezialisten\n\nSANTA CLARA/HAIFA, 11. März 2019 – Der Chipkonzern "
         "übernimmt den Spezialisten, wie beide am Montag mitteilten.", PubDate("2019-03-11", "dateline")),
        # A newsletter's issue line closing with its day; a weekday in brackets after a date line.
        ("Tech-Briefing | Ausgabe 23/2024 | 5. Juni 2024\n\nGuten Morgen, der Konzern hat am Dienstag berichtet.",
         PubDate("2024-06-05", "dateline")),
        ("The Model Letter, Issue 112, June 5, 2024\n\nHello, the startup said on Tuesday it had raised money.",
         PubDate("2024-06-05", "dateline")),
        ("# Wochenbriefing – Folge 9 vom 05.06.2024\n\nDer Konzern hat am Dienstag berichtet.",
         PubDate("2024-06-05", "dateline")),
        ("鴻海發表新伺服器\n2024年6月5日（週三）\n鴻海週二發表新伺服器。", PubDate("2024-06-05", "dateline")),
        ("萝卜快跑走红\n\n科技早知道｜2024年7月12日 星期五｜第86期\n\n百度周四宣布扩大运营范围。",
         PubDate("2024-07-12", "dateline")),
        ("AI Weekly | June 5, 2024 | Issue 112\n\nHello, the startup said on Tuesday it had raised money.",
         PubDate("2024-06-05", "dateline")),
        # Taiwan's calendar on a date line (year 112 is 2023); Beijing time on a wire page's stamp; a
        # mainland footer's editor and day; a masthead's number; a newsletter's send line.
        ("聯發科發表新晶片\n\n中華民國112年11月7日 星期二\n\n聯發科今天發表。", PubDate("2023-11-07", "dateline")),
        ("聯發科發表新晶片\n\n112年11月7日（星期二）\n\n聯發科今天發表新晶片。", PubDate("2023-11-07", "dateline")),
        ("小马智行上市\n\n2024-11-28 07:45 北京时间  来源：某某财经\n\n纽约11月27日电 小马智行27日上市。",
         PubDate("2024-11-28", "dateline")),
        ("华为新机开售\n\n华为新机昨日开售。\n\n（责任编辑：王小明）2023/08/30", PubDate("2023-08-30", "byline")),
        ("WIRTSCHAFTSKURIER · Nr. 52 · 78. Jahrgang · Dienstag, 14. März 2023\n\nInfineon kauft GaN Systems\n\n"
         "Der Chipkonzern teilte am Montag mit, GaN Systems zu kaufen.", PubDate("2023-03-14", "dateline")),
        ("THE DAILY LEDGER — Vol. 12, No. 45 — Thursday, March 21, 2024\n\nReddit soars\n\nShares rose on Thursday.",
         PubDate("2024-03-21", "dateline")),
        ("Waymo sammelt Geld ein\n\nWaymo hat am Freitag Geld eingesammelt.\n\nVersendet am 28.10.2024",
         PubDate("2024-10-28", "byline")),
        # A send line as a sentence of its own, and a mainland footer whose editor a bar sets apart.
        ("Robotertaxi-Brief\n\nDer Dienst hat am Freitag Geld eingesammelt.\n\nRedaktion: Jana Muster\n\n"
         "Diese Ausgabe wurde am 04.11.2024 um 06:30 Uhr verschickt. Abmelden · Impressum",
         PubDate("2024-11-04", "byline")),
        ("Chip Letter\n\nThe startup said on Friday it had raised money.\n\nThis issue was sent on November 4, "
         "2024 at 6:30 a.m. ET.", PubDate("2024-11-04", "byline")),
        ("芯片周报\n\n这家初创公司周五宣布完成融资。\n\n本期简报于2024年11月4日 6:30发送。",
         PubDate("2024-11-04", "byline")),
        ("新机开售\n\n某品牌新机昨日开售。\n\n责任编辑：李小红 | 2024/11/04", PubDate("2024-11-04", "byline")),
        # A send line that reports another newsletter's issue is no date of this page.
        ("Chip Letter\n\nThe startup said on Friday it had raised money.\n\nIts rival's issue was sent to "
         "100,000 readers.", None),
        ("IBM to buy HashiCorp\n\nBy Jane Roe\nApril 24, 2024 | Updated April 25, 2024\n\nIBM said on Wednesday it "
         "would buy HashiCorp.", PubDate("2024-04-24", "byline")),
        ("IBM to buy HashiCorp\n\nPublished April 25, 2024 | April 2, 2024\n\nIBM said on Thursday it would buy it.",
         PubDate("2024-04-25", "byline")),
        # A bare day beside the byline under the headline is the page's; beside no byline it is something else's.
        ("台灣大併台灣之星\n\n寶島財經新聞網｜2023/01/19（四）18:20｜記者周宛萱／台北報導\n\nNCC昨（18）日通過合併案。",
         PubDate("2023-01-19", "byline")),
        ("Chip deal\n\nTech Daily | March 3, 2024 | By Jane Doe\n\nThe company said on Friday it would buy it.",
         PubDate("2024-03-03", "byline")),
        ("Chip summit\n\nEvent | June 20, 2024 | Venue: Berlin\n\nThe company said on Friday it would buy it.", None),
        # The page's address states the day: it wins over a wire dateline's year the story gives.
        ("---\nurl: https://news.example.com/2024/01/05/samsung\n---\nSamsung results\n\nSEOUL, Jan 5 (Example "
         "Wire) - Samsung said on Friday its profit fell, after its December 20, 2023 warning.",
         PubDate("2024-01-05", "url")),
        # A wire dateline without a year, when the story gives the year twice over: a day it names
        # with its year shortly before, or a closing copyright line and the dateline day's weekday.
        ("大基金三期成立\n\n中新网北京5月27日电 国家集成电路产业投资基金三期已于2024年5月24日注册成立，"
         "注册资本3440亿元。二期注册资本2041.5亿元。", PubDate("2024-05-27", "dateline")),
        ("HPE to buy Juniper\n\nHOUSTON, Jan 9 (Example Wire) - Hewlett Packard Enterprise said on Tuesday it "
         "would buy Juniper Networks.\n\nIt expects to close the deal in early 2025.\n\n© 2024 Example Wire. "
         "All rights reserved.", PubDate("2024-01-09", "dateline")),
        ("SAP kauft WalkMe\n\nWALLDORF, 5. Juni (Example) - SAP teilte am Mittwoch mit, WalkMe zu kaufen."
         "\n\n© 2024 Example", PubDate("2024-06-05", "dateline")),
        # ... or the day before's, a story filed the next morning.
        ("Verizon to buy Yahoo\n\nNEW YORK, July 26 (Example Wire) - Verizon agreed on Monday to buy Yahoo's "
         "internet business.\n\n© 2016 Example Wire. All rights reserved.", PubDate("2016-07-26", "dateline")),
        ("Samsung results\n\nSEOUL, Jan 5 (Example Wire) - Samsung said on Friday its profit fell, after "
         "its December 20, 2023 warning.", PubDate("2024-01-05", "dateline")),
        # A masthead's day before its numbers; a footer with first publication and update, in parts
        # or after a comma; a send line or a repost's note closing the page; a dotted date line with a
        # one-character weekday; a day-first slashed date with Hong Kong time.
        ("Wirtschaftsblatt · Mittwoch, 24. Januar 2024 · 79. Jahrgang · Nr. 20 · Seite 15\n\nSAP baut um\n\n"
         "Das teilte der Konzern am Dienstag mit.", PubDate("2024-01-24", "dateline")),
        ("Intel verschiebt Fabrik\n\nDas teilte Intel am Montag mit.\n\nErstveröffentlichung: 17.09.2024, "
         "08:12 Uhr | Zuletzt aktualisiert: 18.09.2024, 16:40 Uhr", PubDate("2024-09-17", "byline")),
        ("Intel verschiebt Fabrik\n\nDas teilte Intel am Montag mit.\n\nZuerst veröffentlicht am 17. September "
         "2024 um 08:12 Uhr, aktualisiert am 18. September 2024 um 16:40 Uhr.", PubDate("2024-09-17", "byline")),
        ("THE MORNING CHIP\nIssue No. 212\n\nApple announced a partnership yesterday.\n\n---\nSent Tuesday, "
         "June 11, 2024, 6:02 a.m. ET\nUnsubscribe", PubDate("2024-06-11", "byline")),
        ("THE MORNING CHIP — Issue #212\n\nApple announced a partnership yesterday.\n\nThis email was sent on "
         "June 11, 2024 to subscribers of The Morning Chip.", PubDate("2024-06-11", "byline")),
        ("智能车周报 · 第88期\n\n大众汽车周三宣布投资小鹏。\n\n本邮件由编辑部发送，发送时间：2023年7月27日 08:00",
         PubDate("2023-07-27", "byline")),
        ("零一万物开源Yi模型\n\n零一万物周一宣布开源。\n\n本文转载自微信公众号“前线观察”，原文发布于2023年11月6日，已获授权。",
         PubDate("2023-11-06", "byline")),
        ("台積電董事長交棒\n2024.06.04（二）15:30\n\n台積電今天召開股東常會。", PubDate("2024-06-04", "dateline")),
        # A wire dateline alone on its line, its dash ending it, above the byline.
        ("SoftBank buys Graphcore\n\nLONDON, July 12, 2024 —\n\nBy Tobias Wren\n\nSoftBank said on Thursday.",
         PubDate("2024-07-12", "dateline")),
        ("聯想與Alat合作\n\n29/05/2024 18:30（香港時間）\n\n聯想集團今日宣布合作。", PubDate("2024-05-29", "dateline")),
        # A send line after another sentence of its line; a date labelled only "發佈".
        ("THE MORNING CHIP\nIssue No. 212\n\nApple announced a partnership yesterday.\n\nYou are receiving this "
         "email because you signed up for The Morning Chip. Sent Tuesday, June 11, 2024, 6:02 a.m. ET.",
         PubDate("2024-06-11", "byline")),
        ("聯想與Alat合作\n\n發佈：30/05/2024 06:30（香港時間）\n\n聯想集團昨日宣布合作。",
         PubDate("2024-05-30", "byline")),
        ("聯想與Alat合作\n\n發佈會於30/05/2024舉行\n\n聯想集團昨日宣布合作。", None),
        # ... but a slashed date that may be either day first or month first dates nothing, and a
        # sentence of the story that says something was sent is no send line.
        ("聯想與Alat合作\n\n05/06/2024 18:30（香港時間）\n\n聯想集團今日宣布合作。", None),
        ("Letters\n\nThe regulator said on Monday that it had sent letters to the company on June 3, 2024.", None),
        # A headline with a date is no issue line; an issue number alone dates nothing.
        ("Rückblick auf das Treffen vom 5. Juni 2024\n\nDer Konzern hat am Dienstag berichtet.", None),
        ("Tech-Briefing | Ausgabe 23/2024\n\nGuten Morgen, der Konzern hat am Dienstag berichtet.", None),
        # A Taiwanese page named by its date and a serial number; an article id alone dates nothing.
        ("鴻海發表新伺服器\nhttps://www.cna.example.tw/news/afe/202406050071.aspx\n鴻海週二發表新伺服器。",
         PubDate("2024-06-05", "url")),
        ("鴻海發表新伺服器\nhttps://money.example.tw/money/story/5612/8011234\n鴻海週二發表新伺服器。", None),
        ("Headline\nhttps://news.example.com/article/202406051234\nThe startup said on Monday.", None),
        # A part of a line that points to another page, or an event's date, dates nothing; nor does a
        # headline that names a date or opens like a dateline, nor an issue word without its number.
        ("Headline\n\nThe startup said on Monday.\n\nRelated: Mistral raises money | Published: June 4, 2024", None),
        ("Headline\nSummit | Date: June 20, 2024 | Venue: Moscone Center\nThe startup said on Monday.", None),
        ("Die Ausgabe der Aktien beginnt am 20. Juni 2024\n\nDer Konzern hat am Dienstag berichtet.", None),
        ("Issue tracker closed on June 5, 2024\n\nThe startup said on Monday.", None),
        ("Paris, 5 June 2024 – what the startup said\n\nThe startup said on Monday.", None),
        ("Nvidia is No. 1 chipmaker, February 21, 2024\n\nNvidia said on Monday it had gained.", None),
        ("Nvidia bleibt Nr. 1 – Zahlen vom 21. Februar 2024\n\nNvidia teilte am Montag mit.", None),
        ("Vol. 2 of our series: the crash of March 9, 2020\n\nThe startup said on Monday.", None),
        # An e-mail's "Sent:" quoted at the end is no send line; a deadline dates no story.
        ("Memo\n\nThe board met.\n\nFrom: Sam Altman\nSent: Friday, November 17, 2023 3:15 PM", None),
        ("Samsung plant\n\nSEOUL, Jan 5 (Example Wire) - Samsung said on Friday it aims to finish the plant by "
         "December 31, 2024.", None),
        ("新厂动工\n\n中新网北京1月5日电 该项目预计于2024年12月31日前完工。", None),
        ("新厂投产\n\n中新网北京5月27日电 该公司于2024年5月24日注册成立，预计２０２７年投产。", None),
        ("华为新机开售\n\n华为新机昨日开售。\n\n记者：王小明 2023/08/30", None),
        # A yearless dateline stays undated when the signs disagree or are missing: the weekday is
        # neither the dateline day's nor the day before's, no year is given, a founding date recalled
        # years later, a later year.
        ("HPE to buy Juniper\n\nHOUSTON, Jan 9 (Example Wire) - HPE said on Sunday it would buy Juniper."
         "\n\n© 2024 Example Wire.", None),
        ("HPE to buy Juniper\n\nHOUSTON, Jan 9 (Example Wire) - HPE said on Tuesday it would buy Juniper.", None),
        ("新公司成立\n\n中新网北京5月27日电 该公司于2019年5月10日成立，2023年营收增长三成。", None),
        ("New chip\n\nTAIPEI, June 5 (Example Wire) - The chipmaker said on Wednesday it would ship in 2027."
         "\n\n© 2024 Example Wire.", None),
        # A Chinese dateline's year: not before a later day the lead tells (the fiscal year's end of March is no
        # year of the story after a December day); the closing copyright's where the lead tells a day of the
        # year before, else none ("© 2024" over a story whose last day told is of 2020).
        ("罚款公布\n\n中新网北京4月10日电 该集团截至2020年3月31日的财年收入增长。市场监管总局于2020年12月24日立案调查。"
         "\n\n© 2021 中新网", PubDate("2021-04-10", "dateline")),
        ("罚款公布\n\n中新网北京4月10日电 该集团截至2020年3月31日的财年收入增长。"
         "市场监管总局于2020年12月24日立案调查。", None),
        ("罚款公布\n\n中新网北京4月10日电 市场监管总局于2020年12月24日立案调查。\n\n© 2024 中新网", None),
        # ... or where the latest year the story writes is the copyright's or the one before (a byline after the
        # dateline is none of the lead); not two years before.
        ("双方宣布达成合作\n\n华信社南京8月10日电（记者 周启明）苏宁云商10日宣布合作。"
         "苏宁云商2014年营业收入超过1000亿元。\n\n© 2015 华信社 版权所有", PubDate("2015-08-10", "dateline")),
        ("双方宣布达成合作\n\n华信社南京8月10日电 苏宁云商10日宣布合作。"
         "苏宁云商2013年营业收入超过1000亿元。\n\n© 2015 华信社 版权所有", None),
        # A day the lead tells years before the story's latest year is an anniversary's, which leaves the year to
        # the copyright line.
        ("罚款公布\n\n华信社北京10月8日电 总局对美团处以其2020年销售额3%的罚款。美团与大众点评2015年10月8日合并。"
         "\n\n© 2021 华信社 版权所有", PubDate("2021-10-08", "dateline")),
        ("罚款公布\n\n华信社北京10月8日电 总局对美团处以其2020年销售额3%的罚款。美团与大众点评2015年10月8日合并。",
         None),
    ],
)
def test_a_page_dated_only_in_its_text(tmp_path: Path, text: str, published: PubDate | None) -> None:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    assert read_one(path).published == published


def test_a_date_in_a_sentence_is_not_a_byline(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Headline\nThe date of the meeting was March 3, 2023, and it went well.\n", encoding="utf-8")
    assert read_one(path).published is None


def test_json_and_jsonl_records(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        {"id": "a1", "text": "OpenAI was founded in 2015.", "date": "2024-12-15", "lang": "en", "title": "T"},
        {"text": "Microsoft invested.", "url": "https://example.com/2019/07/22/msft"},
        {"title": "no text"},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n{broken\n", encoding="utf-8")
    items = list(read_file(str(path), lambda message: None))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [d.doc for d in docs] == [f"{path}#a1", f"{path}#2"]
    assert docs[0].body == "OpenAI was founded in 2015."
    assert docs[0].published == PubDate("2024-12-15", "json")
    assert docs[1].published == PubDate("2019-07-22", "url")
    assert [e.source for e in errors] == [f"{path}#3", f"{path}:4"]
    assert "text" in str(errors[0]) and "not valid JSON" in str(errors[1])


@pytest.mark.parametrize(
    ("meta", "date"),
    [
        # A timestamp keeps its own day, not the day it is in UTC.
        ("published: 2024-06-04T22:15:00-04:00", "2024-06-04"),
        ("publishDate: 2024-06-04", "2024-06-04"),
        ("pubDate: '2024-06-04'\ndate: 2024-06-03", "2024-06-03"),
        # Jekyll's "published: true" says the page is out, not when.
        ("published: true\npubDate: 2024-06-04", "2024-06-04"),
    ],
)
def test_front_matter_dates_under_other_names(tmp_path: Path, meta: str, date: str) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: T\n{meta}\n---\nThe startup said on Monday.\n", encoding="utf-8")
    assert read_one(path).published == PubDate(date, "front_matter")


def test_a_json_record_dated_in_its_text_or_under_another_name(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [{"text": "BERLIN, 5. Juni 2024 – Der Konzern hat berichtet."},
             {"text": "The startup said.", "publishedAt": "2024-06-04T08:00:00Z"}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    docs = [d for d in read_file(str(path), lambda message: None) if isinstance(d, Document)]
    assert [d.published for d in docs] == [PubDate("2024-06-05", "dateline"), PubDate("2024-06-04", "json")]


def test_json_array_file(tmp_path: Path) -> None:
    path = tmp_path / "items.json"
    path.write_text(json.dumps([{"text": "one"}, {"id": 7, "text": "two"}]))
    assert [d.doc for d in read_file(str(path), print)] == [f"{path}#1", f"{path}#7"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        (b"caf\xe9 \x81\x8d au lait", "not valid UTF-8"),
        (b"---\ntitle: [unclosed\n---\nbody", "front matter is not valid YAML"),
        (b"---\n- a list\n---\nbody", "not a YAML mapping"),
    ],
)
def test_unreadable_files_give_one_clear_error(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [item] = list(read_file(str(path), lambda message: None))
    assert isinstance(item, InputError)
    assert reason in str(item) and str(path) in str(item)
    assert ";" in str(item)  # the message carries the fix after the reason


def test_latin1_is_read_and_said(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café: Microsoft übernimmt.".encode("latin-1"))
    messages: list[str] = []
    [document] = list(read_file(str(path), messages.append))
    assert isinstance(document, Document) and document.body == "Café: Microsoft übernimmt."
    assert len(messages) == 1 and "Windows-1252" in messages[0] and "iconv" in messages[0]


def test_utf8_bom_and_utf16_are_read(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes("\ufeffHello Microsoft".encode())
    (tmp_path / "utf16.txt").write_bytes("Hello OpenAI".encode("utf-16"))
    assert read_one(tmp_path / "bom.txt").body == "Hello Microsoft"
    assert read_one(tmp_path / "utf16.txt").body == "Hello OpenAI"


def test_paths_folders_and_globs(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.md", "sub/c.jsonl", "skip.pdf", ".hidden.txt"):
        (tmp_path / name).write_text("{}" if name.endswith("jsonl") else "x")
    folder = [p for p in expand_paths([str(tmp_path)]) if isinstance(p, str)]
    assert [Path(p).name for p in folder] == ["a.md", "b.txt", "c.jsonl"]
    globbed = [p for p in expand_paths([str(tmp_path / "*.txt")]) if isinstance(p, str)]
    assert [Path(p).name for p in globbed] == ["b.txt"]
    [missing] = list(expand_paths([str(tmp_path / "nope.txt")]))
    assert isinstance(missing, InputError) and "no such file" in str(missing)


def test_stdin_text_and_jsonl() -> None:
    [doc] = list(read_stream(io.BytesIO(b"December 15, 2024\nMeta invested."), print))
    assert isinstance(doc, Document) and doc.doc.startswith("stdin:")
    assert doc.published == PubDate("2024-12-15", "dateline")
    docs = list(read_stream(io.BytesIO(b'{"text": "a"}\n{"text": "b"}\n'), print))
    assert [d.body for d in docs] == ["a", "b"]  # type: ignore[union-attr]


def test_unreadable_date_is_reported_not_invented(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ndate: sometime soon\n---\nOn Friday it happened.\n")
    messages: list[str] = []
    [document] = list(read_file(str(path), messages.append))
    assert isinstance(document, Document) and document.published is None
    assert messages and "sometime soon" in messages[0]


def test_analysable_blanks_urls_and_images_but_keeps_offsets(seeds: Path) -> None:
    body = read_one(seeds / "000_1549dbc9ce3dcc2a.txt").body
    text = analysable(body)
    assert len(text) == len(body)
    assert "https://" not in text and "X-Amz-Date=20231125" not in text
    assert text.count("\n") == body.count("\n")
    index = body.index("On Friday")
    assert text[index: index + 9] == "On Friday"


def test_content_key_depends_on_content_not_name(tmp_path: Path) -> None:
    a = Document(doc="a.txt", body="same")
    b = Document(doc="b.txt", body="same")
    c = Document(doc="a.txt", body="same", published=PubDate("2024", "url"))
    assert content_key(a) == content_key(b) != content_key(c)


def test_read_inputs_keeps_going_after_a_bad_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"caf\xe9\x81")
    (tmp_path / "b.txt").write_text("Fine text about Microsoft.")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01binary")
    items = list(read_inputs([str(tmp_path)], lambda message: None))
    assert [type(i).__name__ for i in items] == ["InputError", "Document", "InputError"]


# --- a file read before, recognised by its bytes ---------------------------------------------

NO_NER = ["--model", "en=none", "--model", "de=none"]


def _ingest(folder: Path, db: Path, *flags: str) -> tuple[dict[str, str], str]:
    """Each document's status, and stderr, of `ainews ingest FOLDER` in a process of its own,
    which also reports (last on stderr) the modules the reading would have imported."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        f"sys.argv = ['ainews', 'ingest', {str(folder)!r}, '--db', {str(db)!r}, '--json', *{list(flags)!r}]\n"
        "from ainews_cli.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(repr([m for m in ('yaml', 'ainews_cli.dates.strings', 'ainews_cli.dates.registry')"
        " if m in sys.modules]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return {Path(r["doc"]).name: r["status"] for r in json.loads(result.stdout)}, result.stderr


def test_an_unchanged_file_is_known_by_its_bytes_and_not_read_again(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.md").write_text("---\ndate: 2024-01-10\n---\nOn Monday, Microsoft invested in Mistral AI.\n",
                                 encoding="utf-8")
    (folder / "b.txt").write_text("Berlin, 12. März 2024\nAm Montag investierte Microsoft in Mistral AI.\n",
                                  encoding="utf-8")
    (folder / "c.jsonl").write_text('{"id": 1, "text": "OpenAI fired Sam Altman.", "date": "2023-11-17"}\n'
                                    '{"id": 2, "text": "OpenAI hired him again.", "date": "2023-11-21"}\n',
                                    encoding="utf-8")
    db = tmp_path / "a.db"
    statuses, _ = _ingest(folder, db, *NO_NER)
    assert set(statuses.values()) == {"new"}
    # Read again: every file is known by its bytes, so neither front matter nor a dateline is parsed.
    statuses, stderr = _ingest(folder, db, *NO_NER)
    assert set(statuses.values()) == {"cached"} and len(statuses) == 4
    assert stderr.endswith("[]")
    # One byte changed: that file is read again, the others not.
    (folder / "b.txt").write_text("Berlin, 13. März 2024\nAm Montag investierte Microsoft in Mistral AI.\n",
                                  encoding="utf-8")
    statuses, stderr = _ingest(folder, db, *NO_NER)
    assert statuses == {"a.md": "cached", "b.txt": "updated", "c.jsonl#1": "cached", "c.jsonl#2": "cached"}
    assert "ainews_cli.dates.strings" in stderr and "yaml" not in stderr
    # Another pipeline (NER on): the same bytes, but every document is analysed again.
    statuses, _ = _ingest(folder, db, *NO_NER, "--model", "zh=none")
    assert set(statuses.values()) == {"updated"}


def test_a_file_that_said_something_is_read_again_and_says_it_again(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.md").write_text("---\ndate: someday\n---\nOn Monday, Microsoft invested in Mistral AI.\n",
                                 encoding="utf-8")
    db = tmp_path / "a.db"
    for status in ("new", "cached"):
        statuses, stderr = _ingest(folder, db, *NO_NER)
        assert statuses == {"a.md": status}
        assert "its date 'someday' is not a date ainews can read" in stderr
