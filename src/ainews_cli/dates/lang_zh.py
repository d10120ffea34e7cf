"""Chinese for the date tagger: the word tables and the rules built from them.

Chinese writes no spaces between words, so its rules need no word starts.
"""

from __future__ import annotations

from .lexicon import DateLanguage, Lexicon
from .patterns import DAY, YEAR, alt

LEXICON = Lexicon(
    lang="zh",
    months={},
    month_abbrevs={},
    weekdays={"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7},
    parts_of_day={"早上": "MO", "上午": "MO", "下午": "AF", "傍晚": "EV", "晚上": "EV", "晚": "EV",
                  "夜里": "NI", "深夜": "NI", "凌晨": "NI"},
    numbers={"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9, "十": 10},
    units={"年": "Y", "个月": "M", "周": "W", "个星期": "W", "星期": "W", "天": "D", "日": "D",
           "小时": "H", "个小时": "H", "分钟": "MIN"},
    ordinals={"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4},
    seasons={"春季": "SP", "春天": "SP", "夏季": "SU", "夏天": "SU", "秋季": "FA", "秋天": "FA",
             "冬季": "WI", "冬天": "WI"},
    mods={"初": "START", "中": "MID", "底": "END", "末": "END"},
    relative={"上": -1, "本": 0, "这": 0, "下": 1},
    relative_days={"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "明天": 1, "前天": -2, "后天": 2},
    present_refs=("目前", "现在", "当前", "眼下"),
    past_refs=("最近", "近期", "近日"),
    future_refs=("未来", "将来", "今后"),
    future_cues=("将", "将会", "即将", "会在", "计划"),
)

# Year words for Chinese, kept apart from ``relative`` because they are whole words.
RELATIVE_YEARS = {"今年": 0, "去年": -1, "明年": 1, "前年": -2, "后年": 2}


def rules(lex: Lexicon) -> dict[str, str]:
    """Chinese candidate rules by kind (``patterns.KINDS`` orders them)."""
    num = r"(?P<num>\d{1,3}|[一两二三四五六七八九十]+)"
    cal_unit = r"(?P<unit>年|个月|周|个星期|星期|天)"
    part = r"(?P<part>" + alt(lex.parts_of_day) + r")?"
    month = r"(?P<month>1[0-2]|0?[1-9])"
    rules: dict[str, str] = {}
    rules["iso"] = (
        r"(?<![\d.\-/])" + YEAR + r"-(?P<month>0[1-9]|1[0-2])(?:-(?P<day>0[1-9]|[12]\d|3[01]))?(?![\d\-/])"
    )
    rules["zh_ymd"] = r"(?<!\d)" + YEAR + r"\s*年\s*" + month + r"\s*月(?:\s*" + DAY + r"\s*[日号])?"
    rules["quarter"] = r"(?<!\d)" + YEAR + r"\s*年\s*第?(?P<qord>[一二三四1-4])季度"
    rules["half"] = r"(?<!\d)" + YEAR + r"\s*年\s*(?P<hord>上|下)半年"
    rules["season"] = r"(?<!\d)" + YEAR + r"\s*年\s*(?P<season>" + alt(lex.seasons) + r")"
    rules["decade"] = r"(?<!\d)(?P<decade>1[89]\d|20\d)0\s*年代"
    rules["narrative"] = num + r"\s*" + cal_unit + r"\s*(?P<dir>之后|以后|后)"
    rules["ago"] = num + r"\s*(?P<unit>年|个月|周|个星期|星期|天|个小时|小时|分钟)\s*(?:之前|以前|前)"
    rules["weekend"] = r"(?P<rel>上|本|这|下)?个?周末"
    rules["weekday"] = r"(?P<rel>上|本|这|下)?个?(?:周|星期|礼拜)(?P<dow>[一二三四五六日天])" + part
    rules["rel_unit"] = (
        r"(?P<ryear>" + alt(RELATIVE_YEARS) + r")|(?P<rel>上|本|这|下)个?(?P<unit>月|周|星期)"
    )
    rules["rel_day"] = r"(?P<relday>" + alt(lex.relative_days) + r")" + part
    rules["set"] = r"每(?P<unit>年|月|周|天|季度)"
    rules["month_day"] = r"(?<![\d年])" + month + r"\s*月\s*" + DAY + r"\s*[日号]"
    rules["bare_month"] = r"(?<![\d年个])" + month + r"\s*月(?!\s*\d|份\s*\d)"
    rules["ref"] = (
        r"(?P<present>" + alt(lex.present_refs) + r")|(?P<past>" + alt(lex.past_refs) + r")"
        r"|(?P<future>" + alt(lex.future_refs) + r")"
    )
    rules["year"] = r"(?<!\d)" + YEAR + r"\s*年(?P<zmod>初|底|末)?(?!\s*\d)"
    return rules


def starters(lex: Lexicon) -> str:
    """A lookahead for the first character any rule can start with."""
    heads = {w[0] for table in (lex.relative_days, RELATIVE_YEARS, lex.relative, lex.numbers)
             for w in table}
    heads |= {w[0] for w in (*lex.present_refs, *lex.past_refs, *lex.future_refs)}
    heads |= set("周星礼每")
    return r"(?=\d|[" + "".join(sorted(heads)) + r"])"


LANGUAGE = DateLanguage(LEXICON, rules, starters, spaced=False)
