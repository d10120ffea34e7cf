"""Dates in metadata: front-matter and JSON fields, dateline lines, article URLs.

These read one short string that is supposed to be a date, so they are strict:
a value is returned only at the precision that was written, and anything that is
not wholly a date gives None.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from urllib.parse import urlsplit

from .. import han
from .lang_zh import CLOCK_PARTS, CLOCK_ZONES, EDITOR_LABELS, ROC_YEAR_ONE
from .parsing import written_parts
from .registry import LEXICONS, language_pattern
from .tagger import FOLDED, absolute_value

_DEFAULT_LANGS = ("en", "de", "zh")
_ISO = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d\d)(?:-(?P<day>\d\d))?)?"
    r"(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:Z|[+-]\d\d:?\d\d)?)?"
)
_WRITTEN_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
# "09.12.2023": day, month and year with dots are written so in German (and across Europe)
# whatever the document's language; dateparser, given English first, reads them month first.
_DOTTED = re.compile(r"(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?(?P<year>\d{4})")
# "2023/10/18", "2023.10.18": the year first, then month and day, as Chinese pages write a timestamp.
_ISO_DAY = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
_YEAR_FIRST = re.compile(r"(?P<year>\d{4})[/.](?P<month>\d{1,2})[/.](?P<day>\d{1,2})")
# "29/05/2024": a day before its month, as Hong Kong pages write it; read only where a number
# above 12 says which is the day ("05/06/2024" may be either).
_SLASHED = re.compile(r"(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>\d{4})")
# A trailing clock time on a dateline: "December 15, 2024, 10:30 a.m. ET", "15.12.2024, 14:30 Uhr".
_TRAILING_TIME = re.compile(
    r"(?:\s*[,|·]\s*|\s+(?:at\s+|um\s+|-\s+|–\s+)?)"
    r"(?:\d{1,2}(?:[:.]\d\d){0,2}\s*(?:[aApP]\.?[mM]\.?|Uhr)|\d{1,2}(?:[:.]\d\d){1,2})"
    r"(?:\s+(?:[A-Z]{2,5}|Pacific|Eastern|Central|Mountain|Ortszeit))?\s*$"
)
# What follows the date on a Chinese dateline: "2023年11月20日 09:15 来源：新华网",
# "2023-11-18 09:05:02来源: 36氪", "2023年11月20日 星期一 作者：…" (read folded).
# What a scraped wire page writes after its time stamp: "… 4:13 PM UTC Updated 2 hours ago".
_UPDATED_AGO = re.compile(r"\s*[|·,]?\s*(?:Updated|Aktualisiert)\s+(?:(?:\d+|an?|one)\s+\w+\s+ago|ago"
                          r"|vor\s+(?:\d+|einer?|einem)\s+\w+)\s*$")
_ZH_DATELINE_TAIL = re.compile(
    r"(?:\s*(?:(?:" + "|".join(CLOCK_PARTS) + r")?\d{1,2}:\d\d(?::\d\d)?|星期[一二三四五六日天]|周[一二三四五六日]"
    r"|[（(](?:星期[一二三四五六日天]|周[一二三四五六日]|[一二三四五六日])[）)]))*"
    # a page or a section: "第05版：要闻", "财经版", "財經版B3", "財經　B3", or the page before its section
    # ("A14　｜　財經・新股", "A14　公司新聞")
    r"\s*(?:第\s*[A-Z]?[\d一二三四五六七八九十]{1,3}\s*版(?:\s*[:：]\s*\S{1,8})?|[^\s\d，。：:]{1,4}版(?:[A-Z]\d{1,2})?"
    r"|[\u4e00-\u9fff]{2,4}\s+[A-Z]\d{1,2}|[A-Z]\d{1,2}(?:\s*[|｜]\s*[^\s\d，。：:]{1,10}|\s+[\u4e00-\u9fff・]{2,6})?)?"
    r"\s*[）)]?"
    r"\s*(?:[|｜]\s*)?(?:(?:来源|作者|编辑|责任编辑|记者|出处|稿源)\s*[:：].*"
    r"|[（(](?:来源|作者|编辑|责任编辑|记者|出处|稿源)\s*[:：][^）)]*[）)])?$"
)
# A printed paper's masthead line names the paper before its date:
# "申江科技报　2023年9月8日　星期五　第05版", "《申江科技报》 2023年9月8日" (read folded); or a section does
# ("財經　2021年12月3日（星期五）　05:45"), maybe with its page ("經濟｜B2版　2016年5月12日　星期四") or in lenticular
# brackets ("【財經】2024年1月5日（星期五）18:05").
# "(an edition) …版"; not 财报, 年报, 快报 or 电报, which are no papers.
# A Chinese date line's clock ("北京时间", read folded).
_ZH_CLOCK = re.compile("[（(]?(?:" + "|".join(CLOCK_ZONES) + ")[）)]?")
_ZH_MASTHEAD = re.compile(r"^(?:[^\s\d，。：:（(]{1,12}?(?<![财年季简快情汇公电])[报刊]》?(?:[^\s\d（(]{1,3}版)?"
                          r"(?:\s+|\s*[（(])|[\u4e00-\u9fff]{2,4}(?:\s*[|｜]\s*[A-Z]?\d{1,2}\s*版)?\s+(?=\d)"
                          r"|【[\u4e00-\u9fff]{2,6}】\s*(?=\d))")
_WEEKDAYS = {w for lex in LEXICONS.values() if lex.lang != "zh" for w in lex.weekdays}
# A dateline may shorten its weekday: "Thu 5 Sep 2024 14.02 BST", "Do., 23.05.2024".
_LEADING_WEEKDAY = re.compile(
    r"^(?:" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
    + r"|(?:" + "|".join(sorted({w for lex in LEXICONS.values() for w in lex.extra.get("weekday_abbrevs", ())},
                                key=len, reverse=True)) + r")\.?)\s*,?\s+"
)
# A dateline opening the first paragraph of a wire story or a press release:
# "SAN FRANCISCO, Nov. 20, 2023 /PRNewswire/ -- OpenAI today …", "WALLDORF, 24. Januar 2024
# (KI-Ticker) - SAP hat …", "REDMOND, Wash., Nov. 20, 2023 – Microsoft …": a place, the date,
# maybe an agency, then a dash; places may be joined by a slash ("SANTA CLARA/JERUSALEM,") and an
# agency's short name may stand before the date ("Santa Clara (dpa) 11.03.2019 –"; not "(OpenAI)").
_LEAD_DATELINE = re.compile(
    r"[A-ZÄÖÜ][A-ZÄÖÜa-zäöüß.'’ /-]{1,40}?(?:,\s*[A-Z][A-Za-z.]{1,15})?"
    r"(?:\s*[,–—]\s*|\s*\((?:[a-z]{2,4}(?:-[A-Z]{2,5})?|[A-Z]{2,6}|Reuters)\)\s*[,–—]?\s*)"
    r"(?P<date>[^()/–—\n]{6,32}?)\s*(?:\([^()\n]{1,40}\)\s*|/[^/\n]{1,40}/\s*)?(?:--(?:\s|$)|[–—]\s?|-(?:\s|$))"
)


# A Chinese wire story's opening: "新华社北京11月20日电", "本报北京1月16日讯",
# "（中央社记者王心怡台北18日电）", "（中央社旧金山15日综合外电报导）", "（某社记者许雅筑新竹2022年2月2日电）"
# (read folded): an agency or paper, a place, the day (maybe with its year), then 电, 讯, 专电 or a
# compiled report.
_ZH_LEAD_DATELINE = re.compile(
    r"[\s（(【\[]*(?:[^\s，。：:,.;；（）()【】\[\]\d]{1,20}?)(?:(?P<year>(?:19|20)\d\d)年(?=\d{1,2}月))?"
    r"(?:(?P<month>\d{1,2})月)?(?P<day>\d{1,2})日"
    r"(?:[电讯]|专电|综合(?:外电)?报[导道]|外电报[导道])"
    r"(?:[）)】\]]|\s|$|(?=[（(]))"
)


# The reporters' byline right after a Chinese dateline: "（记者 周启明 陆岚）", "(记者王明、通讯员李华)".
_ZH_BYLINE_AFTER = re.compile(r"[（(][^（）()\n]{0,8}?(?:记者|通讯员)[^（）()\n]{1,30}[）)]")


def opens_line(body: str, start: int) -> bool:
    """Whether only indentation (spaces, tabs, the ideographic space of "　　" paragraphs)
    stands between the line's start and ``start``."""
    line = body.rfind("\n", 0, start) + 1
    return not body[line:start].strip()


def ends_line(body: str, end: int) -> bool:
    """Whether only spaces (or a carriage return) stand between ``end`` and the line's end."""
    line_end = body.find("\n", end)
    return not body[end:line_end if line_end >= 0 else len(body)].strip()


def dateline_end(body: str, start: int) -> int:
    """Where a wire dateline opening the line at ``start`` ends ("SAN FRANCISCO, March 14
    (Reuters) - ", "（中央社记者王心怡台北18日电）"), ``start`` itself without one or when
    ``start`` opens no line.  The whole line is read: a dateline split off as a sentence of
    its own lacks the space after its dash."""
    if not opens_line(body, start):
        return start
    line_end = body.find("\n", start)
    return start + lead_dateline_end(body[start:line_end if line_end >= 0 else len(body)])


def dates_the_page(body: str, start: int, end: int, lang: str | None = None) -> bool:
    """Whether [start, end) is a line of its own that only dates the page, as the
    publication date is read from it: "申江科技报　2023年9月8日　星期五　第05版",
    "Stand: 20.11.2023, 07:45 Uhr"."""
    return end - start <= 60 and opens_line(body, start) and ends_line(body, end) \
        and dateline_date(body[start:end], lang) is not None


def lead_dateline_end(paragraph: str) -> int:
    """Where a dateline opening ``paragraph`` ends ("REDMOND, Wash., April 12, 2021 — ",
    "本报北京1月16日讯 "), 0 without one: its date dates the story, not a happening."""
    match = _wire_dateline(paragraph)
    if match is not None and _lead_day(match, None) is not None:
        return match.end()
    folded = han.normalised(paragraph[:80])
    zh = _ZH_LEAD_DATELINE.match(folded)
    if zh is None:
        return 0
    byline = _ZH_BYLINE_AFTER.match(folded, zh.end())  # "新华社北京8月10日电（记者 周启明 陆岚）"
    return byline.end() if byline is not None else zh.end()


def _wire_dateline(paragraph: str) -> re.Match[str] | None:
    """A lead dateline as wire stories write it: the place in capitals ("REDMOND, Wash.",
    "BERLIN"), an agency after the date ("(Reuters)", "/PRNewswire/"), or a place with a date
    that writes its year ("Mountain View/München, 11. August 2015 – "); not a line of a list of
    days ("Friday, Nov. 17 — OpenAI's board fires Sam Altman", "Freitag, 17. November 2023 –")."""
    match = _LEAD_DATELINE.match(paragraph)
    if match is None:
        return None
    place = paragraph[:match.start("date")].split()[0].strip(",")
    agency = re.search(r"\(|/", paragraph[match.end("date"):match.end()]) or "(" in paragraph[:match.start("date")]
    dated_place = _WRITTEN_YEAR.search(match["date"]) is not None and _LEADING_WEEKDAY.match(paragraph) is None
    return match if agency or (len(place) > 1 and place.isupper()) or dated_place else None


def _lead_day(match: re.Match[str], year: int | None) -> str | None:
    """The date of a Latin lead dateline: as written, or a month and day without a year
    ("SAN FRANCISCO, Nov 20 (Reuters) -") in ``year`` (XXXX without one)."""
    written = match["date"].strip(" ,")
    found = dateline_date(written)
    if found is not None or not any(ch.isdigit() for ch in written):
        return found
    with_year = dateline_date(f"{written}, {year or 2000}") or dateline_date(f"{written} {year or 2000}")
    if with_year is None or len(with_year) != 10:
        return None
    return with_year if year is not None else "XXXX" + with_year[4:]


def story_day(body: str, published: str) -> str | None:
    """The day a wire story was filed, when its opening dateline gives one a day or three
    before the publication day ("本报北京1月16日讯" on a page of 17 January, "SAN FRANCISCO,
    Nov. 20, 2023 – …" reposted on the 21st): its "today" and "on Monday" count from
    that day. None when the dateline gives no day or the publication day itself."""
    if len(published) != 10:
        return None
    pub = date.fromisoformat(published)
    for line in [line for line in body.splitlines() if line.strip()][:6]:
        line = line.strip()
        found: date | None = None
        match = _wire_dateline(line)
        if match is not None:
            value = _lead_day(match, pub.year)
            found = date.fromisoformat(value) if value is not None and len(value) == 10 else None
            if found is not None and not _WRITTEN_YEAR.search(match["date"]):  # "Dec 31" on Jan 1: last year's
                found = _latest_on_or_before(pub, found.month, found.day)
        zh = _ZH_LEAD_DATELINE.match(han.normalised(line[:40])) if found is None else None
        if zh is not None:
            found = _latest_on_or_before(pub, int(zh["month"]) if zh["month"] else None, int(zh["day"]))
        if found is not None:
            return found.isoformat() if 1 <= (pub - found).days <= 3 else None
    return None


# A year of Chinese text carries 年 (read folded: "２０２７年" is 2027): "注册资本2041.5亿元" is an
# amount; a year in Chinese numerals or of Taiwan's calendar ("預計115年") counts too.
_ZH_YEAR = re.compile(r"(?<![\d.])(?P<year>(?:19|20)\d\d|[一二][〇零一二三四五六七八九]{3}|1[01]\d)\s*年")
# A copyright line closing a story: "© 2024 Techwire. All rights reserved.", "Copyright (c) 2024 …".
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|\bcopyright\b)\s*(?:©|\(c\))?\s*(?P<year>(?:19|20)\d\d)\b", re.I)
# How much of a story the story's own day is looked for in: its lead.
_LEAD_CHARS = 3000


def yearless_dateline_date(body: str, lang: str | None = None) -> str | None:
    """The day of a lead dateline that gives a month and day but no year ("HOUSTON, Jan 9
    (Techwire) -", "中新网北京5月27日电"), when the story gives the year twice over: a day
    its lead names with its year up to 31 days before the dateline's and not as a deadline or
    plan ("于2024年5月24日注册成立", not "预计于2024年12月31日前完工"), and no such day
    after it; or the year of its closing copyright line (in Chinese, only where the lead
    tells a day of the year before); and the weekday the lead names is the dateline day's or
    the day before's ("said on Tuesday" under "Jan 9": 9 January 2024 was a Tuesday; a
    Latin-script lead must name one, a Chinese one may name none). A story that names a year
    after the next stays undated: a wire story's year is never guessed."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    for line in lines[:6]:
        match = _wire_dateline(line)
        if match is not None:
            value = _lead_day(match, None)
            if value is None or not value.startswith("XXXX"):
                return None
            month, day = int(value[5:7]), int(value[8:10])
        else:
            zh = _ZH_LEAD_DATELINE.match(han.normalised(line[:40]))
            if zh is None or not zh["month"]:
                continue
            month, day = int(zh["month"]), int(zh["day"])
        code = lang if lang in LEXICONS else ("en" if match is not None else "zh")
        named = _weekdays_named(line, code, lang_unknown=lang not in LEXICONS)
        found = _year_of_story(body, lines[-3:], month, day, code, next(iter(named)) if len(named) == 1 else None)
        if found is None:
            return None
        # The weekday the lead names is the dateline day's or the day before's: a story filed the next morning
        # ("NEW YORK, July 26 - Verizon agreed on Monday", 26 July 2016 a Tuesday).
        before = found - timedelta(days=1)
        return found.isoformat() if (len(named) == 1 and named <= {found.isoweekday(), before.isoweekday()}) \
            or (not named and code == "zh") else None
    return None


def _year_of_story(body: str, closing: list[str], month: int, day: int, code: str,
                   weekday_of_lead: int | None) -> date | None:
    """The dateline's day in the year the story gives (``yearless_dateline_date``), else None."""
    folded = han.normalised(body)
    years = [_year_number(found) for found in _ZH_YEAR.findall(folded)] if code == "zh" else [
        int(year) for year in _WRITTEN_YEAR.findall(folded)]
    latest = max(years, default=None)
    told_days = sorted(_full_days(folded[:_LEAD_CHARS], code), reverse=True)
    for told in told_days:
        # "Jan 5" after "December 20, 2023" is of the next year, where the lead's weekday agrees.
        for year in (told.year, told.year + 1):
            try:
                dated = date(year, month, day)
            except ValueError:
                continue
            # Never before a later day the lead tells as past: after "2020年3月31日" and "2020年12月24日", "4月10日"
            # is no day of 2020.
            if 0 <= (dated - told).days <= 31 and dated >= told_days[0]:
                if year > told.year and weekday_of_lead != dated.isoweekday():
                    return None
                if latest is None or latest <= dated.year + 1:
                    return dated
                # A day years before the story's latest year is an anniversary's ("美团与大众点评2015年10月8日合并"
                # under "10月8日电" of a story about 2020): the copyright line may still tell the year.
    copyright = {int(match["year"]) for line in closing for match in _COPYRIGHT_YEAR.finditer(line)}
    if len(copyright) != 1:
        return None
    year = copyright.pop()
    try:
        dated = date(year, month, day)
    except ValueError:
        return None
    # A Chinese lead need name no weekday to check the year against: there the copyright's year counts only where
    # the lead tells a day in the year before the dateline's ("去年12月24日" written "2020年12月24日" under "4月10日电",
    # "© 2021"), or the latest year the story writes is the copyright's or the one before ("苏宁云商2014年营业收入
    # 超过1000亿元" under "8月10日电", "© 2015").
    if code == "zh" and not (told_days and 0 <= (dated - told_days[0]).days <= 366) \
            and not (latest is not None and year - 1 <= latest <= year):
        return None
    return dated if latest is None or latest <= year + 1 else None


def _year_number(text: str) -> int:
    value = int(text) if text.isdigit() else int(han.number(text) or 0)
    return value + ROC_YEAR_ONE - 1 if value < 1000 else value


def _weekdays_named(lead: str, code: str, *, lang_unknown: bool) -> set[int]:
    """The weekdays a lead names in its language; unknown, in any Latin-script one ("said
    on Tuesday", "teilte am Mittwoch mit"). Chinese weekdays are single characters after
    周/星期: "周五" (read folded)."""
    if code == "zh":
        return {LEXICONS["zh"].weekdays[found] for found in re.findall(r"(?:周|星期)([一二三四五六日天])",
                                                                       han.normalised(lead))}
    codes = [latin for latin in _DEFAULT_LANGS if latin != "zh"] if lang_unknown else [code]
    return {number for code_ in codes for name, number in LEXICONS[code_].weekdays.items()
            if re.search(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])", lead)}


def _full_days(text: str, code: str) -> set[date]:
    """The days ``text`` writes with their year ("2024年5月24日", "May 24, 2024"), but not as a
    deadline or plan: a future cue of the language just before it ("预计于…", "will … by …")."""
    pattern = language_pattern(code)
    if pattern is None:
        return set()
    cues = LEXICONS[code].future_cues
    days = set()
    for match in pattern.finditer(text):
        value = absolute_value(match, LEXICONS[code], text)
        if value is None or len(value) != 10 or not value[:4].isdigit():
            continue
        before = text[max(0, match.start() - (8 if code == "zh" else 40)): match.start()]
        if any(cue in before for cue in cues) or re.search(r"\b(?:by|until|bis)\s+$", before):
            continue
        days.add(date.fromisoformat(value))
    return days


def stated_day(text: str, lang: str | None = None) -> str | None:
    """The one day ``text`` writes with its year ("Sent Tuesday, June 11, 2024, 6:02 a.m. ET",
    "原文发布于2023年11月6日，已获授权"), else None (none, or two different days)."""
    codes = ([lang] if lang in LEXICONS else []) + [code for code in _DEFAULT_LANGS if code != lang]
    for code in codes:
        days = _full_days(han.normalised(text) if code in FOLDED else text, code)
        if days:
            return days.pop().isoformat() if len(days) == 1 else None
    return None


def _latest_on_or_before(pub: date, month: int | None, day: int) -> date | None:
    """The latest ``month``-``day`` (without a month: ``day`` of this month or the one
    before) on or before ``pub``: "Dec 31" on 1 January is last year's, "30日电" on the
    1st is of the month before."""
    if month is not None:
        options = [(pub.year, month), (pub.year - 1, month)]
    else:
        options = [(pub.year, pub.month), (pub.year - (pub.month == 1), (pub.month - 2) % 12 + 1)]
    for year, month_ in options:
        try:
            candidate = date(year, month_, day)
        except ValueError:
            continue
        if candidate <= pub:
            return candidate
    return None


def _iso_text(year: int, month: int | None = None, day: int | None = None) -> str | None:
    try:
        if day is not None and month is not None:
            return date(year, month, day).isoformat()
        if month is not None:
            return date(year, month, 1).isoformat()[:7]
    except ValueError:
        return None
    return f"{year:04d}"


def parse_date_string(value: str, lang: str | None = None, day_first: bool = False) -> str | None:
    """ISO date of a metadata date string at its written precision, or None. ``day_first``: the page
    says a date of numbers alone ("03/05/2018") writes its day first (a day-first time zone beside it)."""
    text = value.strip()
    if not text or len(text) > 80:
        return None
    if day_first and (slashed := _SLASHED.fullmatch(text)) is not None \
            and (found := _iso_text(int(slashed["year"]), int(slashed["second"]), int(slashed["first"]))) is not None:
        return found
    iso = _ISO.fullmatch(text)
    if iso:
        month = int(iso["month"]) if iso["month"] else None
        day = int(iso["day"]) if iso["day"] else None
        return _iso_text(int(iso["year"]), month, day)
    dotted = _DOTTED.fullmatch(text) or _YEAR_FIRST.fullmatch(text)
    if dotted:
        return _iso_text(int(dotted["year"]), int(dotted["month"]), int(dotted["day"]))
    if han.has_han(text):
        # "2023年11月20日": the Chinese rules read it without dateparser's half second.
        found = _fully_dated(han.normalised(text), "zh", text)
        if found is not None:
            return found
    written = {int(y) for y in _WRITTEN_YEAR.findall(text)}
    if not written:
        return None  # dateparser would take the year from today
    languages = (lang,) if lang else _DEFAULT_LANGS
    parts = written_parts(text, languages)
    if parts is None and lang:
        parts = written_parts(text, _DEFAULT_LANGS)
    if parts is None or parts[0] not in written:
        return None
    return _iso_text(*parts)


def dateline_date(line: str, lang: str | None = None) -> str | None:
    """ISO date of a line that is nothing but a date (maybe with a time), else None."""
    text = line.strip()
    if not text or len(text) > 60:
        return None
    if han.has_han(text) or text[:4].isdigit():
        folded = _ZH_MASTHEAD.sub("", han.normalised(text))
        folded = _ZH_CLOCK.sub(" ", folded).strip()  # "北京时间 2024-11-28 07:45": whose clock it is
        date = folded[: _ZH_DATELINE_TAIL.search(folded).start()].strip()  # type: ignore[union-attr]
        # "2023-07-04" needs no language's rules (compiling the Chinese ones costs a tenth of a second).
        iso = _ISO_DAY.fullmatch(date)
        found = _iso_text(int(iso["year"]), int(iso["month"]), int(iso["day"])) if iso is not None else None
        if found is None and date:
            found = _fully_dated(date, "zh", date)
        if found is None and (year_first := _YEAR_FIRST.fullmatch(date)) is not None:
            found = _iso_text(int(year_first["year"]), int(year_first["month"]), int(year_first["day"]))
        if found is None and (slashed := _SLASHED.fullmatch(date)) is not None:
            found = _slashed_day(slashed)
        if found is not None:
            return found
    text = _TRAILING_TIME.sub("", _UPDATED_AGO.sub("", text)).strip()
    text = _LEADING_WEEKDAY.sub("", text).rstrip(".,").strip() if not text[:4].isdigit() else text
    # A line that is only a date writes its year in digits, or in Chinese numerals ("二〇二三年").
    if not any(ch.isdigit() for ch in text) and not han.has_han(text):
        return None
    # The stated language first; a line that is only a date is unambiguous in any of them.
    languages = ([lang] if lang in LEXICONS else []) + [code for code in _DEFAULT_LANGS if code != lang]
    for code in languages:
        pattern = language_pattern(code)
        if pattern is None:
            continue
        match = pattern.fullmatch(han.normalised(text) if code in FOLDED else text)
        if match is not None:
            found = absolute_value(match, LEXICONS[code], text)
            if found is not None:
                return found
    return None


def _slashed_day(match: re.Match[str]) -> str | None:
    """The day of "29/05/2024" or "05/29/2024", where one number can only be the day."""
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    if first > 12 >= second:
        return _iso_text(year, second, first)
    if second > 12 >= first:
        return _iso_text(year, first, second)
    return None


def lead_dateline_date(paragraph: str, lang: str | None = None) -> str | None:
    """The day a dateline opening ``paragraph`` gives ("BERLIN, 20. November 2023 – …",
    "（某社记者许雅筑新竹2022年2月2日电）…"), else None.

    Only a day with its year counts: "Nov 20 (Reuters) -" leaves the year to other signs."""
    match = _LEAD_DATELINE.match(paragraph)
    if match is None:
        zh = _ZH_LEAD_DATELINE.match(han.normalised(paragraph[:48])) if han.has_han(paragraph[:48]) else None
        return _iso_text(int(zh["year"]), int(zh["month"]), int(zh["day"])) if zh is not None and zh["year"] else None
    found = dateline_date(match["date"].strip(" ,"), lang)
    return found if found is not None and len(found) == 10 else None


def _fully_dated(text: str, code: str, written: str) -> str | None:
    """The date of ``text`` when a rule of ``code`` reads all of it as a written date."""
    pattern = language_pattern(code)
    match = pattern.fullmatch(text) if pattern is not None else None
    return absolute_value(match, LEXICONS[code], written) if match is not None else None


# A Taiwanese wire story (CNA) closes with its editor's or translator's credits and its date in
# the ROC calendar, whose year 113 is 2024: "（編輯：李大華）1130216", "（譯者：王小明／核稿：李大華）1130216"
# are 16 February 2024.
_ROC_CODE = re.compile(r"[（(][^（()）]{0,30}(?:编辑|編輯|核稿|譯者|译者)[:：][^（()）]{1,30}[）)]\s*"
                       r"(?P<year>1[01]\d)(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])\s*$")


def closing_date_code(line: str) -> str | None:
    """The ISO date of the date closing ``line`` after an editor's credit, else None: an
    ROC-calendar code ("（編輯：陳美玲）1130216"), or a day with its year as a mainland page's
    footer gives it ("（责任编辑：王小明）2023/08/30", "责任编辑：王小明 2023-8-30 10:25",
    "责任编辑：王小明 | 2023/08/30")."""
    if not han.has_han(line):
        return None
    match = _ROC_CODE.search(line)
    if match is not None:
        return _iso_text(ROC_YEAR_ONE - 1 + int(match["year"]), int(match["month"]), int(match["day"]))
    match = _EDITOR_DATE.search(han.normalised(line))
    if match is None:
        return None
    return _iso_text(int(match["year"]), int(match["month"]), int(match["day"]))


# A mainland page's footer: an editor's credit, then the day, set apart by a bracket, a bar or
# a space (read folded).
_EDITOR_DATE = re.compile(r"^[（(]?\s*(?:" + "|".join(EDITOR_LABELS) + r")\s*[:：]\s*[^（()）\d\s]{1,12}"
                          r"\s*(?:[）)]|[|｜])?\s*"
                          r"(?P<year>(?:19|20)\d\d)\s*(?P<sep>[/.-])\s*(?P<month>0?[1-9]|1[0-2])\s*(?P=sep)\s*"
                          r"(?P<day>0?[1-9]|[12]\d|3[01])(?:\s+\d{1,2}:\d\d(?::\d\d)?)?\s*$")


def date_from_url(url: str) -> str | None:
    """The date written in a URL's path (/2023/11/20/, /20231120-slug, /2023-11/20/, /2023/1120/,
    a page named /202311200023.aspx), never its query."""
    try:
        path = urlsplit(url.strip()).path
    except ValueError:  # "//x]": urllib refuses it (found by fuzzing); no URL, no date
        return None
    segments = [s for s in path.split("/") if s]
    for index, segment in enumerate(segments):
        if re.fullmatch(r"(?:199\d|20\d\d)", segment):
            year = int(segment)
            rest = [*segments[index + 1:index + 3], "", ""]
            month_day = re.fullmatch(r"(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])", rest[0])  # /2019/0826/
            if month_day is not None and (found := _iso_text(year, int(month_day[1]), int(month_day[2]))):
                return found
            month = int(rest[0]) if re.fullmatch(r"\d{1,2}", rest[0]) and 1 <= int(rest[0]) <= 12 else None
            day = int(rest[1]) if month and re.fullmatch(r"\d{1,2}", rest[1]) else None
            return _iso_text(year, month, day) or _iso_text(year, month) or _iso_text(year)
        month_first = re.fullmatch(r"(199\d|20\d\d)-?(0[1-9]|1[0-2])", segment)  # /2024-06/06/, /202406/06/
        if month_first and index + 1 < len(segments) and re.fullmatch(r"\d{2}", segments[index + 1]):
            found = _iso_text(int(month_first[1]), int(month_first[2]), int(segments[index + 1]))
            if found:
                return found
        compact = re.search(
            r"(?<!\d)(199\d|20\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?!\d)", segment
        )
        # A page named by its date and a serial number: "202403120023.aspx", "20240312000123-260410.html".
        if compact is None and index == len(segments) - 1:
            compact = re.fullmatch(
                r"(20\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{2,8}(?:-\d+|\.[a-z]{2,5})", segment
            )
        if compact:
            found = _iso_text(int(compact[1]), int(compact[2]), int(compact[3]))
            if found:
                return found
    return None
