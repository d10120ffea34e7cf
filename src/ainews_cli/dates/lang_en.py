"""English for the date tagger: the word tables and the rules built from them."""

from __future__ import annotations

from .lexicon import DateLanguage, Lexicon
from .patterns import DAY, YEAR, YEAR_ANY, LatinWords, alt, latin_rules, latin_starters, year_after

LEXICON = Lexicon(
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
    year_refs={
        "last year": ("published", -1), "this year": ("published", 0), "next year": ("published", 1),
        "the same year": ("told", 0), "that year": ("told", 0), "the previous year": ("told", -1),
        "the following year": ("told", 1),
    },
    day_hours={"24": 1, "twenty-four": 1, "48": 2, "forty-eight": 2, "72": 3, "seventy-two": 3},
    holidays={"New Year's Day": (1, 1), "New Year’s Day": (1, 1), "New Year's Eve": (12, 31),
              "New Year’s Eve": (12, 31), "Christmas Day": (12, 25), "Christmas Eve": (12, 24)},
    extra={
        # Words that make a count of hours approximate: "About 48 hours later" is no day (handlers).
        "approximations": ("about", "almost", "nearly", "roughly", "around", "some", "over", "under", "more than",
                           "less than", "within", "after", "barely", "just over", "just under"),
        # "last Tuesday" written on a Wednesday is the Tuesday of the week before: the day before would be "on
        # Tuesday" or "yesterday" (handlers).
        "last_not_yesterday": ("last",),
        # Only on a dateline: "Thu 5 Sep 2024 14.02 BST".
        "weekday_abbrevs": ("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"),
        # These put a clause in the past (registry.past_cue_pattern): "said on July 12 that
        # it had invested". Not "was": "was rescheduled for July 12", "was expected to close".
        "past_cues": ("had", "did"),
        # A verb in the simple past before the date, at most three words of its object between, with no auxiliary
        # before it in the clause: "Quibi launched on April 6", "launched the app on April 6" (not "is expected on",
        # "was scheduled for", "will be released in").
        "simple_past_before": (r"(?<![\w-])(?!(?:scheduled|expected|planned|slated|timed|billed|needed)\b)"
                               r"[a-z]{3,}ed(?:(?:\s+[\w’'-]+){0,3}?\s+(?:on|in))?\s*$",),
        "simple_past_blockers": (r"(?<![\w-])(?:is|are|was|were|will|be|been|being|to|would|could|may|might|must|"
                                 r"should|shall|can)\s",),
        # Words a span starts after: a date after them begins a state, no step of a story ("Since February 2014").
        "since_words": ("since", "from"),
        # Words before the end of a period reported on, which "the next day" does not count from: "its
        # fiscal second quarter, which ended on Nov. 30".
        "period_ends": ("ended on", "ending on", "ends on", "ended", "ending"),
        # What a schedule says in the present puts the date's own stretch of its clause ahead:
        # "the conference, which opens in Seattle on Tuesday"; not where the stretch ties it to
        # another time ("fell on Monday as the market opens") or says it was to be.
        "schedule_cues": ("opens", "begins", "kicks off", "takes place", "gets under way"),
        "schedule_breaks": ("before", "as", "when", "while", "after", "until", "was", "were", "had"),
        # Past-tense verbs of saying: in "said on Sunday that he will join" the date is
        # the saying's, not the joining's.
        "reports": ("said", "announced", "told", "wrote", "confirmed", "reported", "stated", "added",
                    "tweeted", "posted", "revealed", "disclosed", "declared", "explained", "insisted"),
        # A second clause with its own verb: in "co-founded OpenAI in 2015 and sued it in
        # February" the year is the founding's, and February's year is not told
        # (registry.clause_join_pattern).
        "clause_joins": (r"(?:and|but)\s+(?:(?:then|later|also|again|even|\w+ly)\s+)?"
                         r"(?:[a-z]+ed|left|sold|bought|took|made|won|lost|became|went|came|gave|held|led|told"
                         r"|said|brought|built|got|sent|spent|cut|hit|set|put|quit|ran|began|wrote|rose|fell"
                         r"|grew|drew|paid|laid|struck|met|sought|fought|kept|saw|shut|split|broke|chose|hired"
                         r"|is|are|was|were|has|have|will)",),
        # Words that say where a thing goes: after a verb of saying they tell what was said to be
        # ("confirmed WWDC for June 10"), not when it was said (context._said_on).
        "destinations": ("for", "to", "until", "till", "by"),
        # "at the end of November" keeps "at" out of the span; these precede a bare month.
        "month_preps": ("in", "since", "until", "till", "by", "during", "through", "from", "before",
                        "after", "last", "next", "this", "early", "late", "mid"),
        "weekday_preps": ("on", "by", "since", "until", "from"),
        # Prepositions TimeML leaves out of an expression ("on [Friday]"); the rules match them
        # because they decide the reading ("until Friday" points ahead).
        "leading_prepositions": ("on", "in", "at", "during", "since", "until", "till", "by", "from", "after",
                                 "before"),
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


def rules(lex: Lexicon) -> dict[str, str]:
    """English candidate rules by kind (``patterns.KINDS`` orders them)."""
    words = LatinWords.of(lex)
    return {**latin_rules(lex, words), **_calendar(lex, words), **_relative(lex, words), **_spans(lex, words)}


def _calendar(lex: Lexicon, words: LatinWords) -> dict[str, str]:
    """Dates on the calendar: "Dec. 15, 2024", "Q3 2023", "the 1990s"."""
    month_any, mods, ordinals = words.month_any, words.mods, words.ordinals
    rules: dict[str, str] = {}
    rules["mdy"] = (
        r"(?P<core>(?P<month>" + month_any + r")\s*" + DAY + r"(?:st|nd|rd|th)?\s?,?\s+" + YEAR_ANY
        + r")(?!\d)"
    )
    rules["dmy"] = (
        r"(?<![\d.,$])(?P<core>" + DAY + r"(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>" + month_any
        + r"),?\s+" + YEAR_ANY + r")(?!\d)"
    )
    rules["month_year"] = (
        r"(?:" + mods + r")?(?P<core>(?P<month>" + month_any + r")\s+(?:of\s+)?" + YEAR_ANY + r")(?!\d)"
    )
    rules["quarter"] = (
        r"(?:(?:[Tt]he\s+)?(?P<qord>" + ordinals + r")\s+quarter\s+(?:of\s+)?|Q(?P<qnum>[1-4])\s*"
        r"(?:of\s+|/\s*)?)" + YEAR + r"(?!\d)"
        r"|[Tt]he\s+(?:(?P<qord2>" + ordinals + r")|(?P<qlast>holiday))(?:\s+|-)quarter\b"
        r"(?!\s+(?:of\s+)?\d|\s+in\s+a\s+row)"
        + year_after(lex)
    )
    # "the second half of 2023", "H1 2024", "the first half of last year"; not a bare "the
    # second half", as often the coming one of a forecast as the last one.
    rules["half"] = (
        r"(?:(?:[Tt]he\s+)?(?P<hord>first|second)\s+half\s+(?:of\s+)?|H(?P<hnum>[12])\s*(?:of\s+)?)"
        + YEAR + r"(?!\d)"
        r"|[Tt]he\s+(?P<hord2>first|second)\s+half\s+of\s+(?P<yref>" + alt(lex.year_refs) + r")\b(?!['’]s)"
    )
    rules["season"] = (
        r"(?:" + mods + r")?(?:[Tt]he\s+)?(?P<season>" + alt(lex.seasons, cap=True) + r")\s+(?:of\s+)?"
        + YEAR + r"(?!\d)"
    )
    rules["decade"] = (
        r"(?:" + mods + r")?(?:[Tt]he\s+)?(?:(?P<mod2>early|mid|late)(?:-|\s+))?(?<![\d$.,])"
        r"(?P<decade>1[89]\d|20\d)0s\b"
    )
    rules["century"] = r"(?:[Tt]he\s+)?(?P<cord>" + ordinals + r")\s+century\b"
    return rules


def _relative(lex: Lexicon, words: LatinWords) -> dict[str, str]:
    """Dates relative to the publication date or to a date just told."""
    x = lex.extra
    mods, nums, units, cal_units, rel = words.mods, words.nums, words.units, words.cal_units, words.rel
    months, month_any, weekdays = words.months, words.month_any, words.weekdays
    rules: dict[str, str] = {}
    # "the same day", "that day", "the end of the year" (the year being told, or the article's own).
    rules["anaphor"] = (
        # "the year before": the year before the one told ("had set up the year before"; not "the
        # year before last", nor "the year before the deal", a year before a happening, nor a comparison's
        # base, "rose 122% from the year before"; "the day before" is as often a price's day as a
        # happening's: "than its closing price the day before").
        r"(?<!from\s)(?<!than\s)(?<!with\s)(?<!over\s)(?<!versus\s)[Tt]he\s+(?P<bunit>month|year)\s+before\b"
        r"(?!\s+(?:(?:last|the|that|this|its?|his|her|their|an?)\b|(?-i:[A-Z])))|"
        r"(?:" + mods + r")?(?P<same>[Tt]he(?:\s+very)?\s+same|[Tt]hat\s+same|[Tt]he\s+(?:previous|prior|preceding)"
        r"|[Tt]hat|the)"
        r"\s+(?P<aunit>day|month|year)\b(?!\s+\d)"
        r"|(?P<wsame>[Tt]he(?:\s+very)?\s+same|[Tt]hat\s+same)\s+(?P<wunit>week)\b(?!-)"
        # "that same evening", "the same night", "that night": that time of the day told before.
        r"|(?:[Tt]hat(?:\s+same)?|[Tt]he\s+same)\s+(?P<apart>" + alt(lex.parts_of_day) + r")\b"
        # "Hours later", "a few hours later": the day told before ("24 hours later" is not).
        r"|(?<![\w-])(?<!\d\s)" + "".join(f"(?<!{tens} )" for tens in ("teen", "enty", "irty", "orty", "ifty"))
        + r"(?P<hsame>(?:(?:[Aa]\s+few|[Ss]everal|[Jj]ust|[Oo]nly|[Tt]wo|[Tt]hree)\s+)?[Hh]ours\s+later)\b(?!\s+than\b)"
        # "Twenty-four hours later", "48 hours later": that many whole days after it.
        r"|(?<![\w.,-])(?P<hdays>" + alt(lex.day_hours, cap=True) + r")\s+hours\s+later\b(?!\s+than\b)"
    )
    rules["following"] = r"[Tt]he\s+(?:following|next)\s+(?P<unit>year|month|week|day)\b"
    rules["ago"] = r"(?<![\d$€£.,])(?P<num>" + nums + r")\s+(?P<unit>" + units + r")\s+ago\b"
    rules["rel_unit"] = (
        r"(?:" + mods + r")?(?:(?P<side>[Ee]arlier|[Ll]ater)\s+)?(?:[Tt]he\s+)?(?P<rel>" + rel
        + r")\s+(?P<unit>year|month|week)\b(?!-)"
    )
    # "last fall", "this summer", "the spring of last year": a season the words give the
    # year of (a bare "fall" or "spring" is too often no season, and so is one owned or
    # followed by what fell: "his last summer at Google", "the last fall in prices").
    seasons = alt(lex.seasons)
    owned = r"(?<!\b[Tt]he\s)(?<!\b[Ii]ts\s)(?<!\b[Hh]is\s)(?<!\b[Hh]er\s)(?<!\b[Tt]heir\s)(?<!['’]s\s)"
    rules["bare_season"] = (
        r"(?:" + mods + r")?(?:" + owned + r"(?P<rel>" + rel + r")\s+(?P<season>" + seasons + r")\b(?!-)"
        r"(?!\s+(?:in|of|from|to|by|at|was|is)\b|\s*\d)"
        r"|[Tt]he\s+(?P<season2>" + seasons + r")\s+of\s+(?P<yref>" + alt(lex.year_refs) + r")\b(?!['’]s))"
    )
    rules["rel_day"] = (
        r"(?P<lastnight>[Ll]ast\s+night)\b|[Tt]his\s+(?P<thispart>morning|afternoon|evening)\b"
        r"|(?P<relday>" + alt(lex.relative_days, cap=True) + r")\b(?:\s+(?P<part>"
        + alt(lex.parts_of_day) + r")\b)?"
    )
    rules["weekend"] = r"(?P<form>" + alt(x["weekend_forms"], cap=True) + r")\b"
    rules["weekday"] = (
        r"(?:(?P<prep>" + alt(x["weekday_preps"], cap=True) + r")\s+)?(?:(?P<wmod>[Ll]ate|[Ee]arly)\s+)?"
        # "the following Monday": the first after the day told before.
        r"(?:(?P<rel>" + rel + r")\s+|(?P<after>[Tt]he\s+following)\s+)?(?<!Black\s)(?<!Good\s)(?<!Cyber\s)(?P<dow>"
        + weekdays
        + r")\b(?!-)(?:\s+(?P<part>" + alt(lex.parts_of_day) + r")\b)?"
        # "Tuesday of last week", "on Tuesday last week": that week's Tuesday.
        r"(?:\s+(?:of\s+)?(?P<wrel>" + rel + r")\s+week\b(?!['’]s))?"
    )
    rules["set"] = (
        r"(?:" + alt(x["every"], cap=True) + r")\s+(?:(?P<unit>year|month|week|day|quarter|season)"
        # ... and the weekdays listed with it: "arrives every Tuesday and Friday" (no Friday of its own).
        r"|(?P<dow>" + weekdays + r")(?:(?:\s*,\s*|\s+(?:and|or)\s+)(?:" + weekdays + r"))*"
        r"|(?P<season>" + alt(lex.seasons) + r"))\b|(?P<adverb>"
        + alt(x["set_adverbs"]) + r")\b"
    )
    year_ref = year_after(lex)
    rules["bare_month"] = (
        # ... or after "That" opening a sentence, the month in the year told before: "That August it turned to
        # Kickstarter" (not "said that May would be busy"); after "the following", the first such month after the
        # month told before ("in December 1996 … the following September" is September 1997).
        r"(?:" + mods + r"|(?P<prep>" + alt(x["month_preps"], cap=True) + r")\s+|(?P<that>That)\s+"
        r"|(?P<following>[Tt]he\s+following)\s+)"
        r"(?P<month>" + months
        + r")\b(?!\.?,?\s*(?:\d|of\s+\d))" + year_ref
    )
    rules["month_day"] = (
        r"(?:(?P<month>" + month_any + r")\s*" + DAY + r"(?:st|nd|rd|th)?\b(?!\s*,?\s*\d|:)"
        r"|(?<![\d.,$])(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>"
        + month_any + r")(?!\.?,?\s*\d)|(?P<holiday>" + alt(lex.holidays) + r")\b)" + year_ref
    )
    rules["narrative"] = (
        r"(?<![\d$€£.,])(?P<num>" + nums + r")\s+(?P<unit>" + cal_units + r")\s+(?P<dir>"
        + alt([*x["later"], *x["earlier"]]) + r")\b"
    )
    return rules


def _spans(lex: Lexicon, words: LatinWords) -> dict[str, str]:
    """Clock times, durations, and references to the present, past or future."""
    x = lex.extra
    nums, units, zones = words.nums, words.units, words.zones
    rules: dict[str, str] = {}
    rules["clock"] = (
        r"(?<![\d.:$])(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.|[ap]m\b|[AP]M\b)"
        r"(?:\s+(?P<zone>" + zones + r")\b)?"
        r"|(?<![\d.:$])(?P<hour2>[01]?\d|2[0-3]):(?P<minute2>[0-5]\d)\s+(?P<zone2>" + zones + r")\b"
    )
    plural_units = r"(?:days|weeks|months|years|decades)\b"
    rules["duration"] = (
        r"(?P<vague>" + alt(x["vague_durations"], cap=True) + r")\b"
        # "the past several months", "recent weeks", "the next few years": lengths of no
        # stated size (TimeML PXM).
        r"|(?P<vague2>(?:[Tt]he\s+)?(?:(?:past|last|next|coming|previous|following)\s+)?"
        r"(?:few|several|many|couple\s+of)\s+" + plural_units
        + r"|(?:[Tt]he\s+)?(?:past|last|next|coming|previous)\s+" + plural_units
        + r"|[Rr]ecent\s+" + plural_units
        + r"|[Tt]he\s+past\s+(?:decade|year|month)\b"
        # "for days", "within weeks", "the first time in years"
        + r"|(?:" + "|".join(rf"(?<=\b{w} )" for w in ("for", "within", "in", "over", "after", "lasting"))
        + r")(?:days|weeks|months|years|decades|hours|minutes)\b(?!\s+(?:ago|later|earlier|of|old))" + r")"
        r"|(?<![\d$€£.,])(?P<num>" + nums + r")[\s-]+(?P<unit>" + units + r")\b(?!-)"
    )
    past = alt(x for x in lex.past_refs if x != "in the past")
    rules["ref"] = (
        r"(?P<present>" + alt(lex.present_refs, cap=True) + r")\b(?!-)"
        r"|(?P<past>" + past + r"|[Ii]n\s+the\s+past(?!\s+(?:" + nums + r"|few|several|" + units
        + r")\b))\b"
        r"|(?P<future>" + alt(lex.future_refs, cap=True) + r")\b"
    )
    return rules


LANGUAGE = DateLanguage(LEXICON, rules, latin_starters)
