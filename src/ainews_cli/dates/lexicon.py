"""Per-language word tables for the temporal tagger: data only, no logic.

Each ``Lexicon`` maps surface words to the numbers and codes the normaliser needs.
``patterns.py`` turns these tables into one compiled regex per language, so adding
a language means adding a table here and, if its syntax differs, rules there.
Words are listed in their written case; the pattern builder decides where an
initial capital is also allowed (sentence starts), because German nouns and English
month names must stay capitalised to avoid "may"/"March" the verbs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# TimeML part-of-day codes: MO morning, AF afternoon, EV evening, NI night.
# Unit codes used throughout: Y year, M month, W week, D day, H hour, MIN minute, DE decade.


@dataclass(frozen=True)
class Lexicon:
    lang: str
    months: dict[str, int]  # full names, may stand with a preposition alone
    month_abbrevs: dict[str, int]  # only with a day or a year next to them
    weekdays: dict[str, int]  # ISO weekday numbers, Monday = 1
    parts_of_day: dict[str, str]
    numbers: dict[str, int]  # number words usable before a unit
    units: dict[str, str]  # unit word (all inflections) -> unit code
    ordinals: dict[str, int]  # "third" -> 3, for quarters, halves, centuries
    seasons: dict[str, str]  # -> TimeML season code
    mods: dict[str, str]  # "early" -> START; phrases written with single spaces
    # this/last/next words in front of year/month/week/weekend/weekday -> offset
    relative: dict[str, int]
    relative_days: dict[str, int]  # today/yesterday/tomorrow -> day offset
    present_refs: tuple[str, ...]
    past_refs: tuple[str, ...]
    future_refs: tuple[str, ...]
    future_cues: tuple[str, ...]  # words that make a clause future tense
    extra: dict[str, tuple[str, ...]] = field(default_factory=dict)


EN = Lexicon(
    lang="en",
    months={
        "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
        "July": 7, "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    },
    month_abbrevs={
        "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
        "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
    },
    weekdays={
        "Monday": 1, "Tuesday": 2, "Wednesday": 3, "Thursday": 4,
        "Friday": 5, "Saturday": 6, "Sunday": 7,
    },
    parts_of_day={"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"},
    numbers={
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "fifteen": 15, "eighteen": 18, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    },
    units={
        "year": "Y", "years": "Y", "month": "M", "months": "M", "week": "W", "weeks": "W",
        "day": "D", "days": "D", "hour": "H", "hours": "H", "minutes": "MIN",
        "decade": "DE", "decades": "DE",
    },
    ordinals={"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
              "19th": 19, "20th": 20, "21st": 21, "nineteenth": 19, "twentieth": 20,
              "twenty-first": 21},
    seasons={"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"},
    mods={
        "early": "START", "mid": "MID", "late": "END",
        "the beginning of": "START", "the start of": "START", "the middle of": "MID",
        "the end of": "END", "beginning of": "START", "start of": "START", "end of": "END",
    },
    # "past"/"previous" are left out: "the past year" is a duration, "the previous year" narrative.
    relative={"this": 0, "last": -1, "next": 1, "coming": 1},
    relative_days={"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0},
    present_refs=("right now", "now", "currently", "at the moment", "at present", "nowadays"),
    past_refs=("recently", "in the past"),
    future_refs=(
        "in the coming days", "in the coming weeks", "in the coming months", "in the coming years",
        "in the near future", "in the future",
    ),
    future_cues=(
        "will", "won't", "shall", "'ll", "’ll", "is set to", "are set to", "is expected to",
        "are expected to", "is scheduled to", "are scheduled to", "is going to", "are going to",
        "plans to", "upcoming",
    ),
    extra={
        # Past-tense verbs of saying: in "said on Sunday that he will join" the date is
        # the saying's, not the joining's.
        "reports": ("said", "announced", "told", "wrote", "confirmed", "reported", "stated", "added",
                    "tweeted", "posted", "revealed", "disclosed", "declared", "explained", "insisted"),
        # "at the end of November" keeps "at" out of the span; these precede a bare month.
        "month_preps": ("in", "since", "until", "till", "by", "during", "through", "from", "before",
                        "after", "last", "next", "this", "early", "late", "mid"),
        "weekday_preps": ("on", "by", "since", "until", "from"),
        # Bare "before"/"on" are left out: "two years before the election" names its own anchor.
        "later": ("later", "after that", "afterwards", "afterward"),
        "earlier": ("earlier", "before that"),
        "ago": ("ago",),
        "every": ("every", "each"),
        "set_adverbs": ("annually", "yearly"),
        "vague_durations": ("for years", "for months", "for decades", "for weeks"),
        "quarter": ("quarter",),
        "half": ("half",),
        # A 4-digit number followed by one of these is a count, not a year ("2048 GPUs").
        "count_nouns": (
            "GPUs", "GPU", "chips", "units", "people", "employees", "users", "servers", "cars",
            "jobs", "workers", "words", "tokens", "parameters", "votes", "copies", "pages", "points",
            "members", "customers", "dollars", "euros", "shares", "miles", "km", "meters", "pounds",
            "kg", "times", "staffers", "researchers", "engineers", "companies", "startups", "models",
        ),
        "time_zones": ("Pacific", "Eastern", "Central", "Mountain", "PT", "PST", "PDT", "ET", "EST",
                       "EDT", "CT", "CST", "CDT", "GMT", "UTC", "BST", "CET", "CEST"),
        "weekend_forms": ("over the weekend", "over this weekend", "this weekend", "last weekend",
                          "next weekend", "the weekend", "this past weekend", "the past weekend"),
        "following": ("the following", "the next"),
    },
)

DE = Lexicon(
    lang="de",
    months={
        "Januar": 1, "Jänner": 1, "Februar": 2, "März": 3, "April": 4, "Mai": 5, "Juni": 6,
        "Juli": 7, "August": 8, "September": 9, "Oktober": 10, "November": 11, "Dezember": 12,
    },
    month_abbrevs={
        "Jan": 1, "Feb": 2, "Mär": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
        "Sep": 9, "Sept": 9, "Okt": 10, "Nov": 11, "Dez": 12,
    },
    weekdays={
        "Montag": 1, "Dienstag": 2, "Mittwoch": 3, "Donnerstag": 4,
        "Freitag": 5, "Samstag": 6, "Sonnabend": 6, "Sonntag": 7,
    },
    # Lower case: these follow the weekday inside one compound ("Sonntagnacht").
    parts_of_day={"morgen": "MO", "vormittag": "MO", "nachmittag": "AF", "abend": "EV", "nacht": "NI"},
    numbers={
        "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4,
        "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
        "zwölf": 12, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30,
    },
    units={
        "Jahr": "Y", "Jahre": "Y", "Jahren": "Y", "Monat": "M", "Monate": "M", "Monaten": "M",
        "Woche": "W", "Wochen": "W", "Tag": "D", "Tage": "D", "Tagen": "D",
        "Stunde": "H", "Stunden": "H", "Minuten": "MIN",
        "Jahrzehnt": "DE", "Jahrzehnte": "DE", "Jahrzehnten": "DE",
    },
    ordinals={"ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3,
              "vierten": 4, "vierte": 4, "1.": 1, "2.": 2, "3.": 3, "4.": 4,
              "19.": 19, "20.": 20, "21.": 21},
    seasons={"Frühling": "SP", "Frühjahr": "SP", "Sommer": "SU", "Herbst": "FA", "Winter": "WI"},
    mods={"Anfang": "START", "Beginn": "START", "Mitte": "MID", "Ende": "END"},
    relative={
        "diesem": 0, "dieses": 0, "diesen": 0, "diese": 0, "dieser": 0, "des": 0,
        "letzten": -1, "letztes": -1, "letzte": -1, "vergangenen": -1, "vergangenes": -1,
        "vergangene": -1, "nächsten": 1, "nächstes": 1, "nächste": 1, "kommenden": 1,
        "kommendes": 1, "kommende": 1,
    },
    relative_days={"heute": 0, "gestern": -1, "morgen": 1},
    # "nun", "damals", "kurz danach" are left out: annotators mostly do not tag them
    # (WikiWarsDE dev half: "nun" 39 times in the text, tagged 4 times).
    present_refs=("jetzt", "derzeit", "zurzeit", "zur Zeit", "momentan", "gegenwärtig", "im Moment",
                  "heutzutage"),
    past_refs=("kürzlich", "vor kurzem", "vor Kurzem", "neulich", "in der Vergangenheit"),
    future_refs=("künftig", "zukünftig", "in Zukunft", "in der Zukunft", "in den kommenden Tagen", "bald",
                 "wenig später", "kurze Zeit später", "binnen kurzem", "in Kürze",
                 "in den kommenden Wochen", "in den kommenden Monaten", "in den kommenden Jahren"),
    future_cues=("wird", "werden", "wirst", "werde", "werdet", "soll künftig", "steht bevor",
                 "stehen bevor"),
    extra={
        "reports": ("sagte", "sagten", "erklärte", "erklärten", "teilte", "teilten", "kündigte", "kündigten",
                    "bestätigte", "bestätigten", "schrieb", "schrieben", "berichtete", "berichteten",
                    "verkündete", "verkündeten", "gab bekannt", "gaben bekannt", "twitterte", "betonte"),
        "month_preps": ("im", "seit", "bis", "ab", "vor", "nach", "Anfang", "Mitte", "Ende"),
        "weekday_preps": ("am", "seit", "bis", "ab", "vom"),
        "later": ("später", "danach", "darauf"),
        "earlier": ("früher", "zuvor", "vorher", "davor"),
        "every": ("jedes", "jeden", "jede", "alle"),
        "set_adverbs": ("jährlich", "alljährlich"),
        "vague_durations": ("seit Jahren", "seit Monaten", "seit Jahrzehnten", "seit Wochen",
                            "jahrelang", "monatelang", "jahrzehntelang"),
        "quarter": ("Quartal",),
        "half": ("Halbjahr", "Jahreshälfte"),
        "count_nouns": ("Mitarbeiter", "Mitarbeitende", "Menschen", "Nutzer", "GPUs", "Chips",
                        "Stück", "Euro", "Dollar", "Aktien", "Punkte", "Stimmen"),
        "time_zones": ("MEZ", "MESZ", "UTC", "GMT", "CET", "CEST", "Ortszeit"),
        "weekend_forms": ("am Wochenende", "über das Wochenende", "übers Wochenende",
                          "am vergangenen Wochenende", "am kommenden Wochenende",
                          "am nächsten Wochenende", "an diesem Wochenende", "dieses Wochenende",
                          "letztes Wochenende", "vergangenes Wochenende", "nächstes Wochenende",
                          "das Wochenende"),
        "following": ("im folgenden", "im darauffolgenden", "das folgende"),
        "year_genitive": ("des Jahres", "dieses Jahres", "diesen Jahres", "letzten Jahres",
                          "vergangenen Jahres", "nächsten Jahres", "kommenden Jahres"),
    },
)

ZH = Lexicon(
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
ZH_RELATIVE_YEARS = {"今年": 0, "去年": -1, "明年": 1, "前年": -2, "后年": 2}

LEXICONS: dict[str, Lexicon] = {lex.lang: lex for lex in (EN, DE, ZH)}
