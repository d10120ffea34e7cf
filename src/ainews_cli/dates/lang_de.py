"""German for the date tagger: the word tables and the rules built from them."""

from __future__ import annotations

from .lexicon import DateLanguage, Lexicon
from .patterns import DAY, YEAR, YEAR_ANY, LatinWords, alt, latin_rules, latin_starters, year_after

LEXICON = Lexicon(
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
        "letzten": -1, "letztes": -1, "letzte": -1, "letzter": -1, "vergangenen": -1, "vergangenes": -1,
        "vergangene": -1, "vergangener": -1, "vorigen": -1, "voriges": -1, "vorige": -1, "voriger": -1,
        "nächsten": 1, "nächstes": 1, "nächste": 1, "nächster": 1, "kommenden": 1, "kommendes": 1,
        "kommende": 1, "kommender": 1,
    },
    relative_days={"heute": 0, "gestern": -1, "morgen": 1, "vorgestern": -2, "übermorgen": 2},
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
    day_hours={"24": 1, "vierundzwanzig": 1, "48": 2, "achtundvierzig": 2, "72": 3, "zweiundsiebzig": 3},
    # Not "Weihnachten", which is as often the season as a day.
    holidays={"Neujahr": (1, 1), "Neujahrstag": (1, 1), "Silvester": (12, 31), "Heiligabend": (12, 24),
              "ersten Weihnachtstag": (12, 25), "ersten Weihnachtsfeiertag": (12, 25)},
    extra={
        # Only on a dateline: "Mo., 20.11.2023".
        "weekday_abbrevs": ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
        "earlier_weeks": ("Vorwoche",),
        "later_weeks": ("Folgewoche",),
        # These put a clause in the past: "was founded on August 3" (registry.past_cue_pattern).
        "past_cues": ("hatte", "hatten"),  # not "wurde": "wurde auf den 12. Juli verschoben"
        # German tells what lies ahead in the present ("Im Juli eröffnet SAP ein Labor", "Die
        # Messe findet im September statt"): a month or season without a year whose clause shows
        # no past form, and whose own stretch of it (between commas) a verb in the present, is
        # the nearest one, not the latest begun (registry.past_form_pattern,
        # present_verb_pattern; handlers._period_year). Past forms: the auxiliaries of the
        # perfect, pluperfect and passive past and of reported speech ("habe … gesprochen", "sei
        # … gegründet worden"), the weak preterite's endings (but the words that only look like
        # it), and the strong preterite's stems, also after a prefix ("übernahm", "stattfand").
        "past_auxiliaries": ("hat", "haben", "hatte", "hatten", "habe", "ist", "sind", "sei", "seien", "war", "waren",
                             "wurde", "wurden", "worden", "wäre", "wären", "hätte", "hätten"),
        # ("-tet" is left out: "startet", "meldet" are presents.)
        "weak_past_endings": ("te", "ten"),
        "not_weak_past": ("erste", "ersten", "zweite", "zweiten", "dritte", "dritten", "vierte", "vierten",
                          "fünfte", "fünften", "sechste", "sechsten", "siebte", "siebten", "achte", "achten",
                          "neunte", "neunten", "zehnte", "zehnten", "heute", "gute", "guten", "weite", "weiten",
                          "breite", "breiten", "harte", "harten", "echte", "echten", "rechte", "rechten",
                          "leichte", "leichten", "bitte", "konkrete", "konkreten", "absolute", "absoluten",
                          "späte", "späten", "letzte", "letzten", "größte", "größten"),
        "strong_past_stems": ("kam", "kamen", "gab", "gaben", "ging", "gingen", "nahm", "nahmen", "stand", "standen",
                              "fiel", "fielen", "hielt", "hielten", "zog", "zogen", "fand", "fanden", "trat",
                              "traten", "bot", "boten", "sah", "sahen", "ließ", "ließen", "rief", "riefen",
                              "schloss", "schlossen", "begann", "begannen", "gewann", "gewannen", "verlor",
                              "verloren", "stieg", "stiegen", "sank", "sanken", "wuchs", "wuchsen", "brachte",
                              "brachten", "dachte", "wusste", "traf", "trafen", "sprach", "sprachen", "schrieb",
                              "schrieben", "blieb", "blieben", "schied", "schieden", "lag", "lagen", "lief",
                              "liefen", "fuhr", "fuhren", "flog", "flogen", "galt", "galten", "warf", "warfen",
                              "wies", "wiesen", "hob", "hoben", "schob", "schoben", "schien", "schienen", "stieß",
                              "stießen", "schlug", "schlugen", "trug", "trugen", "lud", "luden", "wandte", "sandte",
                              "nannte", "nannten", "kannte", "hieß", "hießen", "fing", "fingen", "hing", "hingen",
                              "griff", "griffen", "schnitt", "schnitten", "trieb", "trieben", "brach", "brachen",
                              "starb", "warb", "half", "halfen", "sprang", "zwang", "gelang", "drang", "band",
                              "banden", "schwand", "floss", "flossen", "tat", "taten", "saß", "bat", "baten", "lieh",
                              "liehen", "stahl", "maß", "vergaß", "befahl", "empfahl", "schoss", "schossen",
                              "geschah", "geschahen", "schuf", "schufen", "glich", "glichen", "wich", "wichen",
                              "stritt", "stritten", "riss", "rissen", "floh", "flohen", "schwieg", "log", "bog",
                              "bogen", "goss", "sprangen", "stach", "biss", "litt", "ritt", "pfiff", "schlich",
                              "verschwand", "erschien", "erschienen", "bekam", "bekamen", "vergaben", "verbot",
                              "verboten"),
        # A verb in the present in the date's own stretch: "eröffnet", "findet … statt", "bringt"
        # (not a participle, which holds "ge": "geplant", "angekündigt"; not the words below).
        "present_verbs": (r"(?<![\w-])(?![a-zäöüß]*ge)[a-zäöüß]{3,}t(?![\w-])",),
        "not_present_verbs": ("nicht", "jetzt", "erst", "bereits", "zuletzt", "meist", "selbst", "fast", "seit",
                              "damit", "somit", "insgesamt", "weit", "zunächst", "samt", "direkt", "laut", "recht",
                              "leicht", "schlecht", "acht", "breit", "bereit", "bekannt", "statt", "gut", "mit",
                              "mindestens", "höchst", "zumindest", "spät", "sonst", "best", "dort", "heut", "oft",
                              "knapp", "etwa"),
        # Words that make a count of hours approximate: "Gut 48 Stunden später" is no day (handlers).
        # See lang_en: "das am 30. September endende Geschäftsjahr" (the words before the date).
        "period_ends": ("endete am", "endet am", "zum", "per"),
        # See lang_en: "Seit Februar 2014".
        "since_words": ("seit", "ab"),
        "approximations": ("etwa", "rund", "knapp", "fast", "gut", "über", "mehr als", "weniger als", "beinahe",
                           "nahezu", "ungefähr", "nach"),
        # See lang_en: "die Konferenz, die am Dienstag in Seattle beginnt"; not "beginnen sollten".
        "schedule_cues": ("beginnt", "beginnen", "stattfindet", "stattfinden"),
        "schedule_breaks": ("bevor", "als", "wenn", "nachdem", "sollte", "sollten", "war", "waren", "hatte"),
        "reports": ("sagte", "sagten", "erklärte", "erklärten", "teilte", "teilten", "kündigte", "kündigten",
                    "bestätigte", "bestätigten", "schrieb", "schrieben", "berichtete", "berichteten",
                    "verkündete", "verkündeten", "gab bekannt", "gaben bekannt", "twitterte", "betonte",
                    # ... as a subordinate clause and the perfect tell them: "wie OpenAI am
                    # Mittwoch mitteilte", "hat am Mittwoch mitgeteilt, es werde".
                    "mitteilte", "mitteilten", "ankündigte", "ankündigten", "bekanntgab", "bekannt gab",
                    "mitgeteilt", "gesagt", "erklärt", "angekündigt", "bekanntgegeben", "bekannt gegeben",
                    "bestätigt", "berichtet", "geschrieben", "verkündet", "betont"),
        # A second clause with its own verb: in "gründete OpenAI 2015 mit und verklagte es im
        # Februar" the year is the founding's (registry.clause_join_pattern).
        "clause_joins": (r"(?:und|aber|sowie)\s+(?!(?:im|am|in|an|um|vom|zum|zur|seit|bis|ab|nach|vor|der|die|das"
                         r"|den|dem|des|ein|eine|einen|einem|einer|auch|dann|noch|schon|bereits|erst|später|zwar"
                         r"|von|mit|für|über|auf|aus|zu|bei|durch"
                         r"|zuletzt|zudem|nicht|Anfang|Mitte|Ende)\b)[a-zäöüß]+\b",),
        # What is meant to happen lies ahead, when said before the date: "OpenAI will am
        # Mittwoch ... vorstellen" (but "Zu den Berichten vom Montag will sich Microsoft nicht
        # äußern" dates the reports).
        # "soll" plans too ("Der Chip soll im Oktober erscheinen") unless its clause ends in a
        # perfect infinitive, which makes it hearsay of the past ("hearsay_ends").
        "intent_cues": ("will", "wollen", "plant", "planen", "soll", "sollen"),
        # ... or right after it, second in its clause ("schon am Donnerstag will Rocket Internet folgen"), unless a
        # word makes the day an attribute of the noun before it ("den Berichten vom Montag").
        "day_attribute_words": ("vom", "von", "des"),
        # "Altman soll im November entlassen worden sein", "soll am Montag gekündigt haben":
        # what someone is said to have done, wherever the rest of the sentence puts the
        # infinitive (registry.hearsay_pattern)
        # (a participle: ge-, an inseparable prefix or -iert; "soll abgeschlossen sein" plans a state).
        "hearsay_ends": (r"(?:worden|gewesen)\s+sein",
                         r"(?:\w*ge\w+|(?:be|ver|er|ent|zer|emp|miss)\w+|\w+ier)(?:t|en)\s+haben"),
        # Words that say where a thing goes ("kündigte Zahlen für den 22. Mai an"): what was
        # said to be, not when it was said (context._said_on).
        "destinations": ("für", "bis", "zum", "zur", "auf"),
        "month_preps": ("im", "seit", "bis", "ab", "vor", "nach", "Anfang", "Mitte", "Ende"),
        "weekday_preps": ("am", "seit", "bis", "ab", "vom"),
        # Between a weekday and the date it names: "Am Montag, dem 7. November" (handlers._weekday_before).
        "weekday_day_articles": ("dem", "den"),
        # "in der", "in den" never win: English "in" is tried before them, so "in der
        # kommenden Woche" keeps "der".
        "leading_prepositions": ("am", "im", "um", "an", "seit", "bis", "ab", "vom", "zum", "zur", "nach", "vor",
                                 "während", "in der", "in den"),
        "later": ("später", "danach", "darauf"),
        "earlier": ("früher", "zuvor", "vorher", "davor"),
        "every": ("jedes", "jeden", "jede", "alle"),
        "set_adverbs": ("jährlich", "alljährlich"),
        "vague_durations": ("seit Jahren", "seit Monaten", "seit Jahrzehnten", "seit Wochen",
                            "jahrelang", "monatelang", "jahrzehntelang"),
        "quarter": ("Quartal",),
        "half": ("Halbjahr", "Jahreshälfte"),
        "amount_words": ("Millionen", "Milliarden", "Mio", "Mrd", "Prozent"),
        "count_nouns": ("Mitarbeiter", "Mitarbeitende", "Menschen", "Nutzer", "GPUs", "Chips",
                        "Stück", "Euro", "Dollar", "Aktien", "Punkte", "Stimmen"),
        "time_zones": ("MEZ", "MESZ", "UTC", "GMT", "CET", "CEST", "Ortszeit"),
        "weekend_forms": ("am Wochenende", "über das Wochenende", "übers Wochenende",
                          "am vergangenen Wochenende", "am kommenden Wochenende",
                          "am nächsten Wochenende", "an diesem Wochenende", "dieses Wochenende",
                          "letztes Wochenende", "vergangenes Wochenende", "nächstes Wochenende",
                          "das Wochenende"),
        "following": ("im folgenden", "im darauffolgenden", "das folgende", "tags darauf"),
    },
    year_refs={
        "letzten Jahres": ("published", -1), "vergangenen Jahres": ("published", -1),
        "vorigen Jahres": ("published", -1), "des letzten Jahres": ("published", -1),
        "des vergangenen Jahres": ("published", -1), "des vorigen Jahres": ("published", -1),
        "des Vorjahres": ("published", -1), "dieses Jahres": ("published", 0), "diesen Jahres": ("published", 0),
        "nächsten Jahres": ("published", 1), "kommenden Jahres": ("published", 1),
        "des nächsten Jahres": ("published", 1), "des kommenden Jahres": ("published", 1),
        "des gleichen Jahres": ("told", 0), "des selben Jahres": ("told", 0), "desselben Jahres": ("told", 0),
        "jenes Jahres": ("told", 0), "des Folgejahres": ("told", 1), "des folgenden Jahres": ("told", 1),
        "des darauffolgenden Jahres": ("told", 1),
    },
)


def rules(lex: Lexicon) -> dict[str, str]:
    """German candidate rules by kind (``patterns.KINDS`` orders them)."""
    words = LatinWords.of(lex)
    return {**latin_rules(lex, words), **_calendar(lex, words), **_relative(lex, words), **_spans(lex, words)}


def _calendar(lex: Lexicon, words: LatinWords) -> dict[str, str]:
    """Dates on the calendar: "15. Dezember 2024", "15.12.2024", "Mitte der 1990er"."""
    month_any, mods, ordinals = words.month_any, words.mods, words.ordinals
    rules: dict[str, str] = {}
    day_dot = r"(?<![\d.,])" + DAY + r"\.\s*"
    rules["dmy_num"] = (
        r"(?<![\d.,])" + DAY + r"\.\s?(?P<month>0?[1-9]|1[0-2])\.\s?" + YEAR_ANY + r"(?![\d.]\d)"
    )
    rules["dmy"] = r"(?P<core>" + day_dot + r"(?P<month>" + month_any + r")\s+" + YEAR_ANY + r")(?!\d)"
    rules["month_year"] = (
        r"(?:" + mods + r")?(?P<core>(?P<month>" + month_any + r")\s+" + YEAR_ANY + r")(?!\d)"
    )
    # "im dritten Quartal 2023", "Q3/2023"; "im dritten Quartal des vergangenen Jahres", "im
    # ersten Quartal" (whose year the text or the publication date gives), "im Weihnachtsquartal" (October to
    # December, whatever a company's fiscal year; not "Schlussquartal", its last); a half only with
    # its year ("im zweiten Halbjahr des Vorjahres").
    article = r"(?:[Ii]m|[Dd]as|[Dd]es|[Dd]em|[Ii]n\s+dem|[Ff]ür\s+das)\s+"
    rules["quarter"] = (
        r"(?:(?P<qord>" + ordinals + r")\s+Quartal\s+(?:des\s+Jahres\s+)?|Q(?P<qnum>[1-4])\s*/?\s*)"
        + YEAR + r"(?!\d)"
        r"|" + article + r"(?:(?P<qord2>" + ordinals + r")\s+Quartals?|(?P<qlast>Weihnachtsquartal)s?)\b"
        r"(?!\s+(?:des\s+Jahres\s+)?\d|\s+(?:in\s+Folge|hintereinander|des\s+Geschäftsjahres)\b)" + year_after(lex)
    )
    rules["half"] = (
        r"(?:(?P<hord>" + ordinals + r")\s+(?:Halbjahr|Jahreshälfte)\s+(?:des\s+Jahres\s+)?"
        r"|H(?P<hnum>[12])\s*/?\s*)" + YEAR + r"(?!\d)"
        r"|" + article + r"(?P<hord2>" + ordinals + r")\s+(?:Halbjahr|Jahreshälfte)s?\s+(?P<yref>"
        + alt(lex.year_refs) + r")\b"
    )
    rules["season"] = (
        r"(?:" + mods + r")?(?:(?:im|der|den)\s+)?(?P<season>" + alt(lex.seasons)
        + r")\s+(?:des\s+Jahres\s+)?" + YEAR_ANY + r"(?!\d)"
    )
    rules["decade"] = (
        r"(?:" + mods + r")?(?:(?:der|den|die)\s+)?(?<![\d.,])(?P<decade>1[89]\d|20\d)0er\b"
        r"(?:\s+Jahren?\b)?"
    )
    rules["century"] = r"(?<![\d.])(?P<cord>19|20|21)\.\s*Jahrhunderts?\b"
    rules["month_day"] = (r"(?:" + day_dot + r"(?P<month>" + month_any + r")(?!\.?\s*\d)|(?P<holiday>"
                          + alt(lex.holidays) + r")\b)" + year_after(lex))
    return rules


def _relative(lex: Lexicon, words: LatinWords) -> dict[str, str]:
    """Dates relative to the publication date or to a date just told."""
    x = lex.extra
    mods, nums, units, cal_units, rel = words.mods, words.nums, words.units, words.cal_units, words.rel
    months, weekdays = words.months, words.weekdays
    rules: dict[str, str] = {}
    rules["narrative"] = (
        r"(?<![\d.,])(?P<num>" + nums + r")\s+(?P<unit>" + cal_units + r")\s+(?P<dir>"
        + alt([*x["later"], *x["earlier"]]) + r")\b"
    )
    # ... and "Tags darauf", "am Tag darauf", "am Tag danach": the day after the date just told; "im Jahr darauf",
    # the year after.
    rules["following"] = (r"(?:(?:[Ii]m|[Aa]m)\s+(?:folgenden|darauffolgenden)\s+|(?=[Tt]ags\s+(?:darauf|danach)\b)"
                          r"|[Aa]m\s+(?=Tag\s+(?:darauf|danach)\b)|[Ii]m\s+(?=(?:Jahr|Monat)\s+(?:darauf|danach)\b))"
                          r"(?P<unit>Jahr|Monat|[Tt]ag)(?:s?\s+(?:darauf|danach))?\b")
    # ... a hedge before the count: "vor knapp 29 Jahren" (as "nearly 29 years ago").
    rules["ago"] = (r"[Vv]or\s+(?:(?:knapp|gut|fast|rund|etwa|ungefähr|nahezu|beinahe|mehr\s+als|über)\s+)?(?P<num>"
                    + nums + r")\s+(?P<unit>" + units + r")\b")
    rules["rel_unit"] = (
        r"(?P<mod>Anfang|Mitte|Ende)\s+(?P<grel>" + alt(lex.relative) + r")\s+(?P<gunit>Jahres|Monats)\b"
        r"|(?:(?:[Ii]n\s+der|[Ii]n|[Ii]m|[Aa]m)\s+)?(?P<rel>" + rel
        + r")\s+(?P<unit>Jahr|Monat|Woche)\b"
    )
    rules["rel_day"] = (
        r"(?P<relday>[Hh]eute|[Vv]orgestern|[Gg]estern|[Üü]bermorgen|morgen)\b(?:\s+(?P<part>Morgen|Vormittag|Nachmittag|Abend|Nacht)\b)?"
    )
    rules["weekend"] = r"(?P<form>" + alt(x["weekend_forms"], cap=True) + r")\b"
    rules["weekday"] = (
        r"(?:(?P<prep>" + alt(x["weekday_preps"], cap=True) + r")\s+)?(?:(?P<rel>" + alt(lex.relative)
        + r")\s+)?(?P<dow>" + weekdays + r")(?P<part>" + alt(lex.parts_of_day) + r")?(?![a-zäöüß\-])"
        # "Am Montag darauf": the first after the day told before.
        r"(?:\s+(?P<after>darauf|danach)\b)?"
        # "am Dienstag vergangener Woche", "Dienstag der kommenden Woche": that week's Tuesday.
        r"(?:\s+(?:der\s+)?(?P<wrel>" + alt(lex.relative) + r")\s+Woche\b"
        # "am Montag der Vorwoche", "Freitag der Folgewoche": the week before or after the publication's.
        r"|\s+der\s+(?P<wnear>" + alt(x["earlier_weeks"] + x["later_weeks"]) + r")\b)?"
    )
    rules["set"] = (
        r"(?:" + alt(x["every"], cap=True) + r")\s+(?:(?P<unit>Jahr|Monat|Woche|Tag|Quartal)"
        r"|(?P<dow>" + weekdays + r")|(?P<season>" + alt(lex.seasons) + r"))\b|(?P<adverb>"
        + alt(x["set_adverbs"], cap=True) + r")\b"
    )
    # A number after the month is its year or day, unless an amount or a count ("im Mai 100 Millionen
    # Euro eingesammelt", "im März 300 Mitarbeiter").
    amounts = alt([*x["amount_words"], *x["count_nouns"]])
    rules["bare_month"] = (
        r"(?:" + mods + r"|(?P<prep>" + alt(x["month_preps"], cap=True) + r")\s+)?(?P<month>" + months
        + r")\b(?!\.?\s*\d(?![\d.,]*\s+(?:" + amounts + r")\b))(?!-)" + year_after(lex)
    )
    # Anaphora to a date just told: "am selben Tag", "im gleichen Jahr", "Ende des Jahres".
    rules["anaphor"] = (
        r"(?:(?P<mod>Anfang|Beginn|Mitte|Ende)\s+)?(?:(?:[Aa]m|[Ii]m|[Aa]n|[Ii]n)\s+)?"
        r"(?:(?P<same>selben|gleichen|demselben|diesem|dieses|desselben|des)\s+)"
        r"(?P<aunit>Tag|Tages|Monat|Monats|Jahr|Jahres)\b(?:\s+" + YEAR_ANY + r"\b)?(?![\s\d]*\d)"
        # "in derselben Woche", "in der gleichen Woche": the week of the day told before.
        r"|(?<![\w-])(?P<wsame>[Ii]n\s+(?:derselben|der\s+selben|der\s+gleichen))\s+(?P<wunit>Woche)\b"
        # "am selben Abend": that time of the day told before.
        r"|(?<![\w-])(?:[Aa]m|[Aa]n)\s+(?:selben|gleichen|demselben)\s+(?P<apart>"
        + alt(w.capitalize() for w in lex.parts_of_day) + r")\b"
        # "Wenige Stunden später": the day told before ("24 Stunden später" is not).
        r"|(?<![\w-])(?<!\d\s)" + "".join(f"(?<!{tens} )" for tens in ("zehn", "zig", "ßig", "elf", "zwölf"))
        + r"(?P<hsame>(?:(?:[Ww]enige|[Ee]inige|[Nn]ur|[Zz]wei|[Dd]rei)\s+)?Stunden\s+später)\b(?!\s+als\b)"
        # "24 Stunden später", "Achtundvierzig Stunden später": that many whole days after it.
        r"|(?<![\w.,-])(?P<hdays>" + alt(lex.day_hours, cap=True) + r")\s+Stunden\s+später\b(?!\s+als\b)"
    )
    # "im Herbst", "im vergangenen Herbst", "im Herbst vergangenen Jahres".
    rules["bare_season"] = (
        r"(?:" + mods + r")?(?:(?:[Ii]m|[Ii]n|[Dd]en|[Dd]er|[Dd]es)\s+)?(?:(?P<rel>"
        + alt(lex.relative, cap=True) + r")\s+)?(?P<season>" + alt(lex.seasons) + r")s?\b(?!\s+\d)(?!-)"
        + year_after(lex)
    )
    return rules


def _spans(lex: Lexicon, words: LatinWords) -> dict[str, str]:
    """Clock times, durations, and references to the present, past or future."""
    x = lex.extra
    nums, units, zones = words.nums, words.units, words.zones
    rules: dict[str, str] = {}
    rules["clock"] = (
        r"(?:[Uu]m\s+)?(?<![\d.:,])(?P<hour2>[01]?\d|2[0-3])(?:[:.](?P<minute2>[0-5]\d))?\s*Uhr\b"
        r"(?:\s+(?P<zone2>" + zones + r")\b)?"
    )
    rules["duration"] = (
        r"(?P<vague>" + alt(x["vague_durations"], cap=True) + r")\b"
        r"|(?<![\d$€£.,])(?P<num>" + nums + r")\s+(?P<unit>" + units + r")\b(?!-)"
    )
    rules["ref"] = (
        r"(?P<present>" + alt(lex.present_refs, cap=True) + r")\b"
        r"|(?P<past>" + alt(lex.past_refs, cap=True) + r")\b"
        r"|(?P<future>" + alt(lex.future_refs, cap=True) + r")\b"
    )
    return rules


LANGUAGE = DateLanguage(LEXICON, rules, latin_starters)
