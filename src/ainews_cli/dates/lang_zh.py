"""Chinese for the date tagger: the word tables and the rules built from them.

Chinese writes no spaces between words, so its rules need no word starts.  They are
written in Simplified characters and ASCII digits and read the text as ``han.normalised``
gives it: Traditional characters folded ("上週五" is read as "上周五"), full-width digits
as ASCII ("１１月１７日").  Numbers may also be Chinese numerals ("十一月十七日",
"二〇二三年"); the tagger turns them into digits before a handler reads them.
"""

from __future__ import annotations

from .lexicon import DateLanguage, Lexicon
from .patterns import alt

_PERIOD_ENDS = ("截至", "截止")  # "截至2023年12月31日": the end of a period reported on

LEXICON = Lexicon(
    lang="zh",
    months={},
    month_abbrevs={},
    weekdays={"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7},
    parts_of_day={"早上": "MO", "上午": "MO", "清晨": "MO", "早间": "MO", "中午": "MI", "午间": "MI",
                  "下午": "AF", "傍晚": "EV", "晚上": "EV", "晚间": "EV", "晚": "EV", "夜里": "NI",
                  "夜间": "NI", "深夜": "NI", "凌晨": "NI"},
    numbers={"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9, "十": 10},
    units={"年": "Y", "个月": "M", "周": "W", "个星期": "W", "星期": "W", "天": "D", "日": "D",
           "小时": "H", "个小时": "H", "分钟": "MIN"},
    ordinals={"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4, "首": 1},  # 今年首季: the first
    seasons={"春季": "SP", "春天": "SP", "夏季": "SU", "夏天": "SU", "秋季": "FA", "秋天": "FA",
             "冬季": "WI", "冬天": "WI"},
    # 初 the start, 中 the middle, 底/末 the end of a year or month; 上旬/中旬/下旬 the
    # first, middle and last ten days of a month.
    mods={"初": "START", "中": "MID", "底": "END", "末": "END", "上旬": "START", "中旬": "MID",
          "下旬": "END"},
    relative={"上": -1, "本": 0, "这": 0, "下": 1},
    relative_days={"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "明天": 1, "前天": -2, "后天": 2},
    present_refs=("目前", "现在", "当前", "眼下"),
    # Vague words are never a calendar date: 近日 "in recent days", 日前 "a few days ago".
    past_refs=("最近", "近期", "近日", "日前", "近来"),
    future_refs=("未来", "将来", "今后"),
    # 预计 "expected", 有望 "is likely to", 拟于 "intends to … on", 定于 "is set for": what is ahead
    # (not 预期, as often the noun of 超出预期 "beat expectations").
    future_cues=("将", "将会", "即将", "会在", "计划", "预计", "有望", "拟于", "拟在", "打算", "预定", "定于"),
    # Verbs of saying: "周日晚间，纳德拉宣布，奥特曼将加入微软" tells on Sunday what will be.
    # 同年7月 "July of the same year", 次年3月 "March of the year after": a year told before; 当年 only
    # before a month ("当年6月", June of that year; alone it is as often "back then").
    year_refs={"同年": ("told", 0), "同一年": ("told", 0), "当年": ("told", 0), "次年": ("told", 1),
               "翌年": ("told", 1), "第二年": ("told", 1)},
    # Chinese reporting verbs carry no tense (将宣布 is ahead); these mark a past: 曾, 已经
    # (not 了, which 为了 and 了解 hold).
    extra={"reports": ("宣布", "表示", "称", "说", "透露", "证实", "发文", "写道", "指出", "报道", "声明",
                       "公布"),
           "past_cues": ("曾", "已经"),
           # 将 with its object before a verb of putting is no future but the object's marker (将X列入, "put X on"):
           # "美國國防部1月14日將小米列入「中國軍方企業」清單" tells 14 January past. The verbs it leads to here.
           "disposal_cues": ("将",),
           # ... but with a word of time or place right after it, 将 tells what will be: "将于", "将在".
           "disposal_not_after": ("于", "在", "会", "要"),
           "disposal_results": ("列入", "纳入", "出售给", "卖给", "转让给", "交给", "移交", "并入", "改名为", "更名为",
                                "剔除出", "移出"),
           # See lang_en: "自2019年1月起".
           "since_words": ("自", "从"),
           # See lang_en: "截至2023年12月31日" ends a period reported on.
           "period_ends": _PERIOD_ENDS,
           # ... and never a day something happened on, so 同日 does not count from it either
           # ("昨日公布了截至2020年12月31日的…财报。…同日，蔚来还公布了2月交付数据": the day of the report).
           "never_happening_after": _PERIOD_ENDS,
           # Words that make a count of hours approximate: "约48小时后" is no day (handlers).
           "approximations": ("约", "大约", "近", "将近", "超过", "不到", "逾", "约莫", "大概")},
    day_hours={"24": 1, "二十四": 1, "48": 2, "四十八": 2, "72": 3, "七十二": 3},
    # Not 春节 or 除夕, whose day the lunar calendar moves.
    holidays={"元旦": (1, 1), "圣诞节": (12, 25), "平安夜": (12, 24)},
    tenseless=True,
)

# What a quarter written 季 is told with: a company's figures (read folded: 營收 is 营收).
_RESULTS = r"\s*(?:营收|营业|收入|财报|获利|盈利|净利|亏损|出货|业绩|毛利|量产|税后|每股)"
# Year words for Chinese, kept apart from ``relative`` because they are whole words.
RELATIVE_YEARS = {"今年": 0, "去年": -1, "明年": 1, "前年": -2, "后年": 2}
# The one-character day words of 昨（24）日 "yesterday, the 24th": the first characters of
# the day words.
NUMBERED_DAYS = {word[0]: offset for word, offset in LEXICON.relative_days.items()}
# A day and its part in one word: 昨晚 "last night", 今晨 "this morning".
DAY_PARTS = {"昨晚": (-1, "NI"), "昨夜": (-1, "NI"), "今晚": (0, "EV"), "今夜": (0, "NI"), "今晨": (0, "MO"),
             "今早": (0, "MO"), "明晚": (1, "EV"), "明早": (1, "MO")}
# The day, month or year a date just told points to: 当天 "that day", 次日 "the next day".
ANAPHORS = {"当": 0, "同": 0, "同一": 0, "次": 1, "翌": 1, "第二": 1, "隔": 1}  # 隔天 "the day after"
ANAPHOR_UNITS = {"天": "day", "日": "day", "月": "month", "年": "year"}
# Clock times: the part of day a Chinese clock time names decides a.m. or p.m.
# Taiwan's calendar: its year 1 is 1912 ("民國113年" is 2024).
ROC_YEAR_ONE = 1912
# Whose clock a page's time stamp is on ("2024-11-28 07:45 北京时间", read folded).
CLOCK_ZONES = ("北京时间", "台北时间", "香港时间")
# The editor a page's footer credits before its day ("（责任编辑：王小明）2023/08/30", folded).
EDITOR_LABELS = ("责任编辑", "编辑", "责编")
CLOCK_PARTS = {"上午": "am", "早上": "am", "清晨": "am", "凌晨": "am", "中午": "noon", "下午": "pm",
               "傍晚": "pm", "晚上": "night", "晚间": "night", "夜间": "night", "夜里": "night",
               "深夜": "night"}

_CN = "〇零一二两三四五六七八九"  # digits of numerals written digit by digit (二〇二三)
YEAR_ZH = r"(?P<year>1[89]\d\d|20\d\d|[一二][〇零一二三四五六七八九]{3})"
# Taiwan's calendar, whose year 112 is 2023 (read folded): "民国112年", "中华民国113年". A year of
# three digits alone is one only in a full date ("112年11月7日", "113年第一季"): "成立112年" is
# 112 years.
_ROC_NAMED = r"(?:中华)?民国\s*(?P<rocyear>1[01]\d|[1-9]\d)"
_ROC_BARE = r"(?<![\d.第前元])(?P<rocbare>1[01]\d)"
# ... followed by a month and a day: "112年11月7日", not "已经100年12月" (a hundred years).
_ROC_DAY_AHEAD = r"(?=\s*年\s*(?:1[0-2]|0?[1-9])\s*月\s*(?:3[01]|[12]\d|0?[1-9])\s*[日号])"
MONTH_ZH = r"(?P<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
DAY_ZH = (r"(?P<day>3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?"
          r"|[一二三四五六七八九])")
# "年中" is the middle of a year, but "2023年中国" is "China in 2023".
_YEAR_MID = r"中(?![国文华方共央心部期东西南北外美欧日英法德俄韩])"


def rules(lex: Lexicon) -> dict[str, str]:
    """Chinese candidate rules by kind (``patterns.KINDS`` orders them)."""
    num = r"(?P<num>\d{1,3}|[一两二三四五六七八九十]+)"
    cal_unit = r"(?P<unit>年|个月|周|个星期|星期|天)"
    part = r"(?P<part>" + alt(lex.parts_of_day) + r")?"
    part_after = r"(?:\s*(?P<part>" + alt(lex.parts_of_day) + r"))?"  # never a trailing space alone
    no_digit_after = r"(?![\d" + _CN + "十])"
    rules: dict[str, str] = {}
    rules["iso"] = (
        r"(?<![\d.\-/])(?P<year>1[89]\d\d|20\d\d)-(?P<month>0[1-9]|1[0-2])(?:-(?P<day>0[1-9]|[12]\d|3[01]))?"
        r"(?![\d\-/])"
    )
    rules["zh_ymd"] = (
        r"(?:(?<![\d" + _CN + r"])" + YEAR_ZH + "|" + _ROC_NAMED + "|" + _ROC_BARE + _ROC_DAY_AHEAD + r")\s*年\s*"
        + MONTH_ZH + r"\s*月(?:\s*" + DAY_ZH + r"\s*[日号]"
        + part_after + r")?"
    )
    # 2024年第二季度, 今年第三季度, 2023年Q4, 今年首季 (the first), and a quarter alone (第三季度, 一季度营收) whose
    # year the text or the publication date gives; not 前三季度 (the first three), 连续三季度 (three in a row) or
    # 上一季度, 下一季度, 同一季度 (the one before, after, the same).
    # Taiwanese and Hong Kong papers write 季 for 季度: 今年第四季, and 第4季 or 上季 "last
    # quarter" before a company's figures (not 四季 "all four seasons", 《三体》第二季 or 本季新品;
    # 上一季度 is the one before another).
    rules["quarter"] = (
        r"(?:(?<!\d)(?P<year>1[89]\d\d|20\d\d)\s*年?\s*|(?:" + _ROC_NAMED + "|" + _ROC_BARE + r")\s*年\s*"
        r"|(?P<ryear>" + alt(RELATIVE_YEARS) + r")\s*)"
        r"(?:第?(?P<qord>[一二三四1-4首])季度?|[Qq](?P<qnum>[1-4])(?!\d))"
        r"|(?<![\d年第续前后近这两三四五六七八九十个上下每同单该本])第?(?P<qord2>[一二三四])季度"
        r"|(?<![\d年续前后近这两三四五六七八九十个上下每同单该本》])第(?P<qord3>[一二三四1-4])季(?=" + _RESULTS + r")"
        r"|(?<![\d一二三四五六七八九十每马》])(?P<qrel>上|本|下)(?:季度|季(?=" + _RESULTS + r"))"
    )
    # 2023年上半年, 今年下半年, 去年上半年.
    rules["half"] = (
        r"(?:(?<!\d)(?P<year>1[89]\d\d|20\d\d)\s*年|(?P<ryear>" + alt(RELATIVE_YEARS) + r"))\s*(?P<hord>上|下)半年"
    )
    rules["season"] = r"(?<!\d)(?P<year>1[89]\d\d|20\d\d)\s*年\s*(?P<season>" + alt(lex.seasons) + r")"
    rules["decade"] = r"(?<!\d)(?P<decade>1[89]\d|20\d)0\s*年代"
    rules["narrative"] = num + r"\s*" + cal_unit + r"\s*(?P<dir>之后|以后|后)"
    rules["ago"] = num + r"\s*(?P<unit>年|个月|周|个星期|星期|天|个小时|小时|分钟)\s*(?:之前|以前|前)"
    rules["weekend"] = r"(?P<rel>上|本|这|下)?个?周末"
    rules["weekday"] = r"(?P<rel>上|本|这|下)?个?(?:周|星期|礼拜)(?P<dow>[一二三四五六日天])" + part
    rules["anaphor"] = (
        # 当年 is as often "back then" as "that year": it is left alone.  同年7月 is a month
        # (bare_month reads it).
        # 连续第二天 is "the second day in a row", no day after another.
        r"(?<![不相共间每])(?<!连续)(?!当年)(?P<same>" + alt(ANAPHORS) + r")(?P<aunit>天|日|月|年)(?!\s*[内前后])"
        # 隔年举办 "held every other year", 间隔天数 "the interval in days": no date.
        r"(?<!隔天数)(?!(?<=隔[年月])\s*(?:举办|举行|召开|出版|发行|一次))"
        r"(?!(?<=年)\s*" + MONTH_ZH.replace("?P<month>", "?:") + r"\s*月)"
        # 数小时后 "hours later": the day told before (24小时后 is not).
        r"|(?<![十百])(?P<hsame>(?:短短)?(?:数|几)个?小时(?:后|之后))"
        # 24小时后, 四十八小时后: that many whole days after it.
        r"|(?<![\d十百.])(?P<hdays>" + alt(LEXICON.day_hours) + r")个?小时(?:后|之后)"
    )
    rules["rel_unit"] = (
        r"(?P<ryear>" + alt(RELATIVE_YEARS) + r")(?:\s*年?(?P<mod>初|底|末|" + _YEAR_MID + r")"
        r"|\s*" + MONTH_ZH + r"\s*月(?:\s*" + DAY_ZH + r"\s*[日号])?)?"
        r"|(?P<rel>上|本|这|下)个?(?P<unit>月|周|星期|礼拜)(?:(?P<mod2>初|底|末|上旬|中旬|下旬)"
        # 上月20日, 本月6日: that day of the month before (this, the next).
        r"|(?<=月)\s*" + DAY_ZH.replace("?P<day>", "?P<mday>") + r"\s*[日号])?"
    )
    # 昨（24）日, 今（25）日: the Taiwanese papers' day, relative and numbered at once.
    rules["rel_day"] = (
        r"(?:(?P<relday>" + alt(lex.relative_days) + r")|(?P<numbered>" + alt(NUMBERED_DAYS)
        + r")\s*[（(]\s*(?P<day>3[01]|[12]\d|0?[1-9])\s*[）)]\s*日)" + part + r"|(?P<daypart>" + alt(DAY_PARTS) + r")"
    )
    rules["set"] = r"每(?P<unit>年|月|周|天|季度)"
    # 同年7月: the year words stand before the month (or the month has none before it).
    year_ref = r"(?P<yref>" + alt(lex.year_refs) + r")\s*"
    rules["bare_month"] = (
        r"(?:" + year_ref + r"|(?<![\d年个第" + _CN + r"十]))" + MONTH_ZH
        + r"\s*月(?P<mod>初|底|末|上旬|中旬|下旬)?(?!\s*\d|份\s*\d|[\d" + _CN + r"十]|\s*[日号])"
    )
    rules["month_day"] = (
        r"(?:" + year_ref + r"|(?<![\d年" + _CN + r"十]))(?:" + MONTH_ZH + r"\s*月\s*" + DAY_ZH + r"\s*[日号]"
        + part_after + r"|(?P<holiday>" + alt(lex.holidays) + r"))"
    )
    # A day of the month alone: "17日", "今日（22日）"; never a count of days ("7日内").
    rules["day_only"] = (
        r"(?<![\d年月周期拜今昨明前后当次翌每数几多第个.:/\-])(?P<day>3[01]|[12]\d|0?[1-9])\s*[日号]"
        r"(?!\s*(?:内|以内|之内|以来|左右|前|后|之前|之后|线|楼|院|文件|令|店|门|车|机|位|名)|[\d日])" + part_after
    )
    rules["clock"] = (
        r"(?:(?P<ampm3>" + alt(CLOCK_PARTS) + r")\s*)?"  # 下午2:20 is after noon
        r"(?<![\d:])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?::[0-5]\d)?(?![\d:])"
        r"|(?P<ampm>" + alt(CLOCK_PARTS) + r")\s*(?P<hour2>1\d|2[0-4]|0?\d|十[一二]?|[一二三四五六七八九两])\s*[点时]"
        r"(?:\s*(?P<minute2>[0-5]?\d|半|[一二三四五]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*分?)?"
    )
    rules["ref"] = (
        r"(?P<present>" + alt(lex.present_refs) + r")|(?P<past>" + alt(lex.past_refs) + r")"
        r"|(?P<future>" + alt(lex.future_refs) + r")"
    )
    rules["year"] = (
        r"(?:(?<![\d" + _CN + r"])" + YEAR_ZH + "|" + _ROC_NAMED + r")\s*年(?P<zmod>初|底|末|" + _YEAR_MID + r")?"
        + no_digit_after
    )
    return rules


def starters(lex: Lexicon) -> str:
    """A lookahead for the first character any rule can start with."""
    heads = {w[0] for table in (lex.relative_days, RELATIVE_YEARS, lex.relative, lex.numbers, DAY_PARTS,
                                ANAPHORS, CLOCK_PARTS, lex.parts_of_day, lex.holidays) for w in table}
    heads |= {w[0] for w in (*lex.present_refs, *lex.past_refs, *lex.future_refs)}
    heads |= set("周星礼每第短数几" + _CN + "十" + "民中")  # 民国, 中华民国: Taiwan's calendar
    return r"(?=\d|[" + "".join(sorted(heads)) + r"])"


LANGUAGE = DateLanguage(LEXICON, rules, starters, spaced=False)
