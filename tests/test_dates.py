"""Temporal tagger tests: per-language tables, metadata dates, and the real seed articles."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ainews_cli.dates import date_from_url, dateline_date, find_dates, parse_date_string
from ainews_cli.records import GRANULARITIES, Anchor, PubDate, Span, TimeExpression

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
MONDAY = "2023-11-20"  # seed 000's publication date, a Monday


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentences for tests; the real pipeline passes spaCy's."""
    sentences, start = [], 0
    for match in re.finditer(r"(?<=[.!?])\s+|(?<=[。！？])|\n", text):
        if match.start() > start:
            sentences.append((start, match.start()))
        start = match.end()
    if start < len(text):
        sentences.append((start, len(text)))
    return sentences


def tag(text: str, lang: str, pub: str | None = None) -> list[TimeExpression]:
    published = PubDate(pub, "front_matter") if pub else None
    return find_dates(text, spans=[Span(0, len(text), lang, "document")],
                      sentences=split_sentences(text), published=published)


def summary(expressions: list[TimeExpression]) -> list[tuple[str, str, str, str | None, bool]]:
    return [(e.text, e.type, e.value, e.granularity, e.anchored) for e in expressions]


def check_invariants(text: str, expressions: list[TimeExpression]) -> None:
    previous_end = -1
    for e in expressions:
        assert text[e.start:e.end] == e.text
        assert e.start >= previous_end, "sorted and non-overlapping"
        previous_end = e.end
        assert e.type in {"DATE", "TIME", "DURATION", "SET"}
        assert e.granularity is None or e.granularity in GRANULARITIES
        if not e.anchored:
            assert e.first is None and e.last is None


# (text, publication date or None, expected [(span, type, value, granularity, anchored)])
EN_CASES = [
    # A month and day without a year: a past clause never tells a day after publication,
    # a future one never a day before; otherwise the nearest.
    ("Microsoft said on November 25 that it had invested.", MONDAY,
     [("November 25", "DATE", "2022-11-25", "day", True)]),
    ("The launch was rescheduled for November 25.", MONDAY, [("November 25", "DATE", "2023-11-25", "day", True)]),
    ("Microsoft will present its results on November 25.", MONDAY,
     [("November 25", "DATE", "2023-11-25", "day", True)]),
    ("The conference opens on November 25.", MONDAY, [("November 25", "DATE", "2023-11-25", "day", True)]),
    # A saying is no past of what it tells: "announced today an event to be held on ...".
    ("Apple announced today an event to be held on November 25.", MONDAY,
     [("today", "DATE", "2023-11-20", "day", True), ("November 25", "DATE", "2023-11-25", "day", True)]),
    ("Microsoft said on November 15 that it had invested.", MONDAY,
     [("November 15", "DATE", "2023-11-15", "day", True)]),
    # No tense either way: a day after publication only where it is nearer by a month.
    ("The agreement itself dates to April 25.", "2022-10-28", [("April 25", "DATE", "2022-04-25", "day", True)]),
    ("The deal dates to December 1.", "2022-10-28", [("December 1", "DATE", "2022-12-01", "day", True)]),
    # A verb in the simple past right before the day tells a past day, though the one after publication is nearer.
    ("Quibi launched on April 6 with shows made for phones.", "2020-10-22",
     [("April 6", "DATE", "2020-04-06", "day", True)]),
    ("The company launched the app on April 6.", "2020-10-22", [("April 6", "DATE", "2020-04-06", "day", True)]),
    ("The app is expected on April 6.", "2020-10-22", [("April 6", "DATE", "2021-04-06", "day", True)]),
    ("On Friday, the board fired him.", MONDAY, [("Friday", "DATE", "2023-11-17", "day", True)]),
    ("He will speak on Friday.", MONDAY, [("Friday", "DATE", "2023-11-24", "day", True)]),
    ("It launches next Friday.", MONDAY, [("next Friday", "DATE", "2023-11-24", "day", True)]),
    ("Friday", None, [("Friday", "DATE", "XXXX-WXX-5", "day", False)]),
    ("Finally, late Sunday night, he agreed.", MONDAY,
     [("late Sunday night", "TIME", "2023-11-19TNI", "day", True)]),
    ("Over the weekend rumors surged.", MONDAY,
     [("Over the weekend", "DATE", "2023-W46-WE", "weekend", True)]),
    ("the reporting this weekend", MONDAY, [("this weekend", "DATE", "2023-W46-WE", "weekend", True)]),
    ("The summit will be held this weekend.", MONDAY,
     [("this weekend", "DATE", "2023-W47-WE", "weekend", True)]),
    ("last weekend", MONDAY, [("last weekend", "DATE", "2023-W46-WE", "weekend", True)]),
    ("over the weekend", None, [("over the weekend", "DATE", "XXXX-WXX-WE", "weekend", False)]),
    ("Today ChatGPT has users.", MONDAY, [("Today", "DATE", "2023-11-20", "day", True)]),
    ("yesterday", MONDAY, [("yesterday", "DATE", "2023-11-19", "day", True)]),
    ("tomorrow", MONDAY, [("tomorrow", "DATE", "2023-11-21", "day", True)]),
    ("last night", MONDAY, [("last night", "TIME", "2023-11-19TNI", "day", True)]),
    ("yesterday", "2023-11", [("yesterday", "DATE", "XXXX-XX-XX", "day", False)]),
    ("earlier this year", MONDAY, [("earlier this year", "DATE", "2023", "year", True)]),
    ("last year", MONDAY, [("last year", "DATE", "2022", "year", True)]),
    ("this year", "2023", [("this year", "DATE", "2023", "year", True)]),
    ("next month", MONDAY, [("next month", "DATE", "2023-12", "month", True)]),
    ("last month", "2023", [("last month", "DATE", "XXXX-XX", "month", False)]),
    ("last week", MONDAY, [("last week", "DATE", "2023-W46", "week", True)]),
    ("the last week", MONDAY, [("the last week", "DATE", "2023-W46", "week", True)]),
    ("this week", MONDAY, [("this week", "DATE", "2023-W47", "week", True)]),
    ("Meta visited in November to meet.", "2024-12-15", [("November", "DATE", "2024-11", "month", True)]),
    ("in November", None, [("November", "DATE", "XXXX-11", "month", False)]),
    ("In 2021 he joined in March.", MONDAY,
     [("2021", "DATE", "2021", "year", True), ("March", "DATE", "2021-03", "month", True)]),
    # A year told later in the sentence is not the month's: news anchoring decides.
    ("He joined in March and left in 2021.", MONDAY,
     [("March", "DATE", "2023-03", "month", True), ("2021", "DATE", "2021", "year", True)]),
    ("November 17", MONDAY, [("November 17", "DATE", "2023-11-17", "day", True)]),
    ("on 17 November", MONDAY, [("17 November", "DATE", "2023-11-17", "day", True)]),
    ("one year ago", MONDAY, [("one year ago", "DATE", "2022", "year", True)]),
    ("three days ago", MONDAY, [("three days ago", "DATE", "2023-11-17", "day", True)]),
    ("two months ago", MONDAY, [("two months ago", "DATE", "2023-09", "month", True)]),
    ("12 hours ago", MONDAY, [("12 hours ago", "TIME", "PAST_REF", None, True)]),
    ("Now the choice is obvious.", MONDAY, [("Now", "DATE", "PRESENT_REF", None, True)]),
    ("currently", MONDAY, [("currently", "DATE", "PRESENT_REF", None, True)]),
    ("recently", MONDAY, [("recently", "DATE", "PAST_REF", None, True)]),
    ("in the coming days", MONDAY, [("in the coming days", "DATE", "FUTURE_REF", None, True)]),
    ("in the future", None, [("in the future", "DATE", "FUTURE_REF", None, True)]),
    # absolute dates
    ("December 15, 2024", None, [("December 15, 2024", "DATE", "2024-12-15", "day", True)]),
    ("Dec. 15, 2024", None, [("Dec. 15, 2024", "DATE", "2024-12-15", "day", True)]),
    ("15 December 2024", None, [("15 December 2024", "DATE", "2024-12-15", "day", True)]),
    ("2024-12-15", None, [("2024-12-15", "DATE", "2024-12-15", "day", True)]),
    ("Nov 2023", None, [("Nov 2023", "DATE", "2023-11", "month", True)]),
    ("November of 2023", None, [("November of 2023", "DATE", "2023-11", "month", True)]),
    ("The November 2023 leadership crisis", None, [("November 2023", "DATE", "2023-11", "month", True)]),
    ("founded in 2015 as", None, [("2015", "DATE", "2015", "year", True)]),
    ("in a 2019 staff email", None, [("2019", "DATE", "2019", "year", True)]),
    ("the 2024 U.S. presidential election", None, [("2024", "DATE", "2024", "year", True)]),
    ("the cage fight fiasco of 2023.", None, [("2023", "DATE", "2023", "year", True)]),
    ("Q3 2023", None, [("Q3 2023", "DATE", "2023-Q3", "quarter", True)]),
    ("the third quarter of 2023", None, [("the third quarter of 2023", "DATE", "2023-Q3", "quarter", True)]),
    ("the first half of 2024", None, [("the first half of 2024", "DATE", "2024-H1", "half", True)]),
    ("summer 2023", None, [("summer 2023", "DATE", "2023-SU", "season", True)]),
    ("the 1990s", None, [("the 1990s", "DATE", "199", "decade", True)]),
    ("the 20th century", None, [("the 20th century", "DATE", "19", "century", True)]),
    ("early 2024", None, [("early 2024", "DATE", "2024", "year", True)]),
    ("mid-2023", None, [("mid-2023", "DATE", "2023", "year", True)]),
    ("late 2023", None, [("late 2023", "DATE", "2023", "year", True)]),
    ("released at the end of November 2022, and", None,
     [("the end of November 2022", "DATE", "2022-11", "month", True)]),
    # times
    ("he tweeted at 11:53pm Pacific:", MONDAY,
     [("11:53pm Pacific", "TIME", "XXXX-XX-XXT23:53", None, False)]),
    ("On Friday at 10 a.m. he spoke.", MONDAY,
     [("Friday", "DATE", "2023-11-17", "day", True),
      ("10 a.m.", "TIME", "2023-11-17T10:00", "day", True)]),
    ("The vote is at 15:30 ET tomorrow", MONDAY,
     [("15:30 ET", "TIME", "2023-11-21T15:30", "day", True),
      ("tomorrow", "DATE", "2023-11-21", "day", True)]),
    # durations and sets
    ("two years", None, [("two years", "DURATION", "P2Y", None, True)]),
    ("a decade", None, [("a decade", "DURATION", "P10Y", None, True)]),
    ("24 hours", None, [("24 hours", "DURATION", "PT24H", None, True)]),
    ("for five months", None, [("five months", "DURATION", "P5M", None, True)]),
    ("For years, they fought.", None, [("For years", "DURATION", "PXY", None, True)]),
    ("every year", None, [("every year", "SET", "P1Y", None, True)]),
    ("annually", None, [("annually", "SET", "P1Y", None, True)]),
    ("every Friday", None, [("every Friday", "SET", "XXXX-WXX-5", None, True)]),
    # A day of every year recurs: no day of its own.
    ("Every year on June 18 it holds a sale.", MONDAY, [("Every year on June 18", "SET", "XXXX-06-18", None, True)]),
    # narrative
    ("It began in 2016. Two years later it changed; three years after that it ended.", None,
     [("2016", "DATE", "2016", "year", True), ("Two years later", "DATE", "2018", "year", True),
      ("three years after that", "DATE", "2021", "year", True)]),
    ("It began in 2016. Then nothing. Two years later it changed.", None,
     [("2016", "DATE", "2016", "year", True), ("Two years later", "DATE", "XXXX", "year", False)]),
    ("I wrote earlier this year: it was only eight months later that", MONDAY,
     [("earlier this year", "DATE", "2023", "year", True),
      ("eight months later", "DATE", "XXXX-XX", "month", False)]),
    ("In March 2020 it launched; a year later it folded.", None,
     [("March 2020", "DATE", "2020-03", "month", True), ("a year later", "DATE", "2021", "year", True)]),
    # nothing at all
    ("The company may", MONDAY, []),
    ("They will march on.", MONDAY, []),
    ("may have already had second thoughts", MONDAY, []),
    ("Sam Altman", MONDAY, []),
    ("I know, snow is nowhere", MONDAY, []),
    ("a $37 billion deal", MONDAY, []),
    ("$6.6 billion and $157 billion", MONDAY, []),
    ("$0 and $1 billion in revenue and 100 million weekly users", MONDAY, []),
    ("between 5 and 50 percent", MONDAY, []),
    ("2023 percent, 2023%", MONDAY, []),
    ("2048 GPUs", MONDAY, []),
    ("it cost $2015", MONDAY, []),
    ("the company is a 501(c)3", MONDAY, []),
    ("The first question on Form 990 asks", MONDAY, []),
    ("I won't have S-1s or 10-Ks to analyze", MONDAY, []),
    ("GPT-4 and GPT-3.5", MONDAY, []),
    ("release v2023.1 for Python 3.11", MONDAY, []),
    ("https://stratechery.com/2023/openais-misalignment/", MONDAY, []),
    ("see www.example.com/2023/report", MONDAY, []),
    ("Black Friday sales", MONDAY, []),
    ("once a day, one day", MONDAY, []),
    # Tuned on the MEANTIME dev set: vague lengths, yearless quarters, anaphora, UTC.
    ("over the past several months", MONDAY, [("the past several months", "DURATION", "PXM", None, True)]),
    ("in recent weeks", MONDAY, [("recent weeks", "DURATION", "PXW", None, True)]),
    ("it lasted for days", MONDAY, [("days", "DURATION", "PXD", None, True)]),
    ("Ten years old", MONDAY, [("Ten years", "DURATION", "P10Y", None, True)]),
    ("sales fell in the fourth quarter", MONDAY, [("the fourth quarter", "DATE", "2023-Q4", "quarter", True)]),
    ("the first quarter will be weak", MONDAY, [("the first quarter", "DATE", "2024-Q1", "quarter", True)]),
    # A quarter or half of a year the words after it name; "the first half of the payment" is none.
    ("the deal closed in the third quarter of last year", MONDAY,
     [("the third quarter of last year", "DATE", "2022-Q3", "quarter", True)]),
    ("sales fell in the second half of last year", MONDAY,
     [("the second half of last year", "DATE", "2022-H2", "half", True)]),
    ("demand will stay strong through the second half", MONDAY, []),
    ("the first half of the payment is due", MONDAY, []),
    ("Sales rose for the third quarter in a row.", MONDAY, []),
    # A season owned or followed by what fell is no season; "this fall" in a past clause is the last one.
    ("This fall in demand hurt Nvidia.", MONDAY, []),
    ("His last summer at Google was long.", MONDAY, []),
    ("The last fall in prices came late.", MONDAY, []),
    ("This fall, Google launched Gemini.", "2024-03-14", [("This fall", "DATE", "2023-FA", "season", True)]),
    ("This fall, Google will launch Gemini.", "2024-03-14", [("This fall", "DATE", "2024-FA", "season", True)]),
    # A weekday and "last week" apart are two dates.
    ("Intel said on Monday, last week was its best.", MONDAY,
     [("Monday", "DATE", "2023-11-20", "day", True), ("last week", "DATE", "2023-W46", "week", True)]),
    # A weekday of the week before or after the publication's, not the latest such day.
    ("Intel announced it on Tuesday of last week.", "2024-03-14",
     [("Tuesday of last week", "DATE", "2024-03-05", "day", True)]),
    ("Intel announces it on Monday next week.", "2024-03-14",
     [("Monday next week", "DATE", "2024-03-18", "day", True)]),
    # ... and of a week named just before it: "Next week, on Friday".
    ("Next week, on Thursday, Intel reports.", "2024-03-12",
     [("Next week", "DATE", "2024-W12", "week", True), ("Thursday", "DATE", "2024-03-21", "day", True)]),
    ("Last week, on Friday, Intel said it.", "2024-03-12",
     [("Last week", "DATE", "2024-W10", "week", True), ("Friday", "DATE", "2024-03-08", "day", True)]),
    # A season the words around it give the year of; a bare "fall" or "spring" is no date.
    ("Last fall, the company launched it.", MONDAY, [("Last fall", "DATE", "2022-FA", "season", True)]),
    ("The model launched last spring.", MONDAY, [("last spring", "DATE", "2023-SP", "season", True)]),
    ("It ships next spring.", MONDAY, [("next spring", "DATE", "2024-SP", "season", True)]),
    ("This winter it ships.", "2024-01-15", [("This winter", "DATE", "2023-WI", "season", True)]),
    ("In the spring of last year, it launched.", MONDAY,
     [("the spring of last year", "DATE", "2022-SP", "season", True)]),
    ("Last fall, the company launched it.", None, [("Last fall", "DATE", "XXXX-FA", "season", False)]),
    ("Shares fell in spring trading after a fall in sales.", MONDAY, []),
    ("Founded in 2021, it lost money in the fourth quarter of that year", MONDAY,
     [("2021", "DATE", "2021", "year", True), ("the fourth quarter of that year", "DATE", "2021-Q4", "quarter", True)]),
    ("sales fell in the third quarter of last year", None,
     [("the third quarter of last year", "DATE", "XXXX-Q3", "quarter", False)]),
    ("by the end of the year", MONDAY, [("the end of the year", "DATE", "2023", "year", True)]),
    ("The day was long.", MONDAY, []),
    ("over the past decade", MONDAY, [("the past decade", "DURATION", "P10Y", None, True)]),
    ("in the past year", MONDAY, [("the past year", "DURATION", "P1Y", None, True)]),
    ("for decades", MONDAY, [("for decades", "DURATION", "PXDE", None, True)]),
    ("Sales rose in 2008. The previous year they fell.", MONDAY,
     [("2008", "DATE", "2008", "year", True), ("The previous year", "DATE", "2007", "year", True)]),
    ("The previous year was hard.", MONDAY, [("The previous year", "DATE", "XXXX", "year", False)]),
    ("Shares fell on March 3, 2009, the lowest since October 2008. The same day, Apple rose.", MONDAY,
     [("March 3, 2009", "DATE", "2009-03-03", "day", True), ("October 2008", "DATE", "2008-10", "month", True),
      ("The same day", "DATE", "2009-03-03", "day", True)]),  # a day told beside the month wins
    # A year told since is no day: the same day is the last day told.
    ("On November 17, 2023, the board fired Altman. OpenAI was founded in 2015. The same day, Brockman quit.", None,
     [("November 17, 2023", "DATE", "2023-11-17", "day", True), ("2015", "DATE", "2015", "year", True),
      ("The same day", "DATE", "2023-11-17", "day", True)]),
    ("Shares fell on March 3, 2009. The same day, Apple rose.", MONDAY,
     [("March 3, 2009", "DATE", "2009-03-03", "day", True), ("The same day", "DATE", "2009-03-03", "day", True)]),
    # "that day", "that year": the date of this sentence or the one before.
    ("Cisco agreed to buy Splunk on Sept. 21, 2023, and Splunk's shares jumped 21% that day.", MONDAY,
     [("Sept. 21, 2023", "DATE", "2023-09-21", "day", True), ("that day", "DATE", "2023-09-21", "day", True)]),
    ("HPE was formed in 2015 and split off from Hewlett-Packard later that year.", MONDAY,
     [("2015", "DATE", "2015", "year", True), ("that year", "DATE", "2015", "year", True)]),
    # "the year before": the year before the one told; not "the year before last", nor one before a
    # happening or a named day.
    ("In 2019 it absorbed Chronicle, which Alphabet had set up the year before.", MONDAY,
     [("2019", "DATE", "2019", "year", True), ("the year before", "DATE", "2018", "year", True)]),
    ("In 2019 it grew, and the year before last it shrank.", MONDAY, [("2019", "DATE", "2019", "year", True)]),
    ("In 2019 it grew, as it had the year before Thanksgiving.", MONDAY, [("2019", "DATE", "2019", "year", True)]),
    ("In 2019 revenue rose 12% from the year before.", MONDAY, [("2019", "DATE", "2019", "year", True)]),
    # That time of the day told before.
    ("The board fired Altman on November 17, 2023. That same evening, Brockman quit.", None,
     [("November 17, 2023", "DATE", "2023-11-17", "day", True),
      ("That same evening", "TIME", "2023-11-17TEV", "day", True)]),
    ("That same evening, Brockman quit.", None, [("That same evening", "DATE", "XXXX-XX-XX", "day", False)]),
    # A schedule told in the present points ahead in the date's own stretch of its clause: the
    # Tuesday after the Monday of writing; not where the stretch ties it to another time or says
    # it was to be, nor a schedule in another stretch.
    ("The developer conference, which opens in Seattle on Tuesday, sold out.", MONDAY,
     [("Tuesday", "DATE", "2023-11-21", "day", True)]),
    ("Microsoft cut prices on Tuesday, a week before its Build conference opens in Seattle.", MONDAY,
     [("Tuesday", "DATE", "2023-11-14", "day", True), ("a week", "DURATION", "P1W", None, True)]),
    # A weekday glossed by the day right after it is that day, not the latest such weekday: one
    # expression, the written day.
    ("OpenAI fired Sam Altman on Friday, November 17, 2023, saying he was not candid.", "2023-11-25",
     [("November 17, 2023", "DATE", "2023-11-17", "day", True)]),
    ("Microsoft hired him on Monday (Nov. 20).", "2023-11-25", [("Nov. 20", "DATE", "2023-11-20", "day", True)]),
    ("On Friday, the board met.", "2023-11-25", [("Friday", "DATE", "2023-11-24", "day", True)]),
    ("Shares fell on Friday as the market opens to fresh worries.", MONDAY,
     [("Friday", "DATE", "2023-11-17", "day", True)]),
    # "Hours later": the day told in this sentence or the one before; a duration or a comparison is none.
    ("The startup unveiled its chip on June 4, 2024. A few hours later, its rival cut prices.", None,
     [("June 4, 2024", "DATE", "2024-06-04", "day", True), ("A few hours later", "DATE", "2024-06-04", "day", True)]),
    ("Hours later, its rival cut prices.", None, [("Hours later", "DATE", "XXXX-XX-XX", "day", False)]),
    ("On June 4, 2024 the chip shipped. 12 hours later it sold out; it shipped two hours later than planned.", None,
     [("June 4, 2024", "DATE", "2024-06-04", "day", True), ("12 hours", "DURATION", "PT12H", None, True),
      ("two hours", "DURATION", "PT2H", None, True)]),
    # A whole number of days in hours counts that many days on.
    ("The startup unveiled its chip on June 4, 2024. Twenty-four hours later, its rival cut prices.", None,
     [("June 4, 2024", "DATE", "2024-06-04", "day", True),
      ("Twenty-four hours later", "DATE", "2024-06-05", "day", True)]),
    ("The chip shipped on June 4, 2024. It sold out 48 hours later.", None,
     [("June 4, 2024", "DATE", "2024-06-04", "day", True), ("48 hours later", "DATE", "2024-06-06", "day", True)]),
    ("It shipped 24 hours later than planned.", None, [("24 hours", "DURATION", "PT24H", None, True)]),
    # ... but an approximate count, or one glossing a day its sentence told, is no day.
    ("The chip shipped on June 4, 2024. About 48 hours later it sold out.", None,
     [("June 4, 2024", "DATE", "2024-06-04", "day", True)]),
    ("The chip shipped on June 4, 2024. On Thursday, 48 hours later, it sold out.", "2024-06-08",
     [("June 4, 2024", "DATE", "2024-06-04", "day", True), ("Thursday", "DATE", "2024-06-06", "day", True)]),
    # The week of the day told before.
    ("Sutskever said on May 14, 2024 that he would leave. Leike quit the same week.", None,
     [("May 14, 2024", "DATE", "2024-05-14", "day", True), ("the same week", "DATE", "2024-W20", "week", True)]),
    ("It was the same week-long event.", None, []),
    ("Trading stopped on Friday at 16:08 UTC.", MONDAY,
     [("Friday", "DATE", "2023-11-17", "day", True), ("16:08 UTC", "TIME", "2023-11-17T16:08Z", "day", True)]),
    ("The deal closed July 24 , 2003 in tokenised text.", MONDAY,
     [("July 24 , 2003", "DATE", "2003-07-24", "day", True)]),
    ("Talks run until Friday.", MONDAY, [("Friday", "DATE", "2023-11-24", "day", True)]),
    # Written on a Friday, a future-tense clause about Friday means that very day.
    ("The FAA on Friday announced it will close 149 towers.", "2023-11-17",
     [("Friday", "DATE", "2023-11-17", "day", True)]),
    ("It will meet next Friday.", "2023-11-17", [("next Friday", "DATE", "2023-11-24", "day", True)]),
    # A future said on a day: the day is the saying's, in the past.
    ("Nadella said late on Sunday that Altman will join Microsoft.", MONDAY,
     [("Sunday", "DATE", "2023-11-19", "day", True)]),
    ("Altman will join Microsoft on Sunday, Nadella said.", MONDAY, [("Sunday", "DATE", "2023-11-26", "day", True)]),
    ("He said Altman will join on Sunday.", MONDAY, [("Sunday", "DATE", "2023-11-26", "day", True)]),
    # Words after a month or a day give its year: the publication's, or one told before.
    ("Microsoft invested on July 12 last year.", "2024-03-01",
     [("July 12 last year", "DATE", "2023-07-12", "day", True)]),
    ("The deal closed on 12 July last year.", "2024-03-01",
     [("12 July last year", "DATE", "2023-07-12", "day", True)]),
    ("It ships in May next year.", "2024-03-01", [("May next year", "DATE", "2025-05", "month", True)]),
    ("Microsoft invested on July 12 last year.", None, [("July 12 last year", "DATE", "XXXX-07-12", "day", False)]),
    ("In March 2021 the company was founded. In July of the same year it launched.", "2024-03-01",
     [("March 2021", "DATE", "2021-03", "month", True), ("July of the same year", "DATE", "2021-07", "month", True)]),
    ("In July of the same year it launched.", "2024-03-01",
     [("July of the same year", "DATE", "XXXX-07", "month", False)]),
    ("In June last year's model was replaced.", "2024-03-01",
     [("June", "DATE", "2023-06", "month", True), ("last year", "DATE", "2023", "year", True)]),
]

DE_CASES = [
    ("Microsoft hatte am 25. November investiert.", MONDAY, [("25. November", "DATE", "2022-11-25", "day", True)]),
    ("Die Hauptversammlung wurde auf den 25. November verschoben.", MONDAY,
     [("25. November", "DATE", "2023-11-25", "day", True)]),
    ("Microsoft wird am 25. November investieren.", MONDAY, [("25. November", "DATE", "2023-11-25", "day", True)]),
    ("Als ich am Samstag schrieb", None, [("Samstag", "DATE", "XXXX-WXX-6", "day", False)]),
    ("Altman wurde am Freitag gefeuert.", None, [("Freitag", "DATE", "XXXX-WXX-5", "day", False)]),
    ("Altman wurde am Freitag gefeuert.", MONDAY, [("Freitag", "DATE", "2023-11-17", "day", True)]),
    ("Er wird am Freitag sprechen.", MONDAY, [("Freitag", "DATE", "2023-11-24", "day", True)]),
    # "will" (wants to) is no future cue: "Zu den Berichten vom Montag will sich Microsoft nicht äußern".
    ("Zu den Berichten vom Montag will sich Microsoft nicht äußern.", "2023-11-22",
     [("Montag", "DATE", "2023-11-20", "day", True)]),
    ("Die Kommission hatte am Mittwoch ihre Pläne vorgestellt.", MONDAY,
     [("Mittwoch", "DATE", "2023-11-15", "day", True)]),
    ("Microsoft sagte am Sonntag, dass Altman wechseln wird.", MONDAY,
     [("Sonntag", "DATE", "2023-11-19", "day", True)]),
    ("am nächsten Freitag", MONDAY, [("nächsten Freitag", "DATE", "2023-11-24", "day", True)]),
    ("Diese scheiterten Sonntagnacht.", None, [("Sonntagnacht", "TIME", "XXXX-WXX-7TNI", "day", False)]),
    ("Diese scheiterten Sonntagnacht.", MONDAY, [("Sonntagnacht", "TIME", "2023-11-19TNI", "day", True)]),
    ("Freitagabend", MONDAY, [("Freitagabend", "TIME", "2023-11-17TEV", "day", True)]),
    ("über das Wochenende", None, [("über das Wochenende", "DATE", "XXXX-WXX-WE", "weekend", False)]),
    ("am Wochenende", MONDAY, [("Wochenende", "DATE", "2023-W46-WE", "weekend", True)]),
    ("übers Wochenende", MONDAY, [("übers Wochenende", "DATE", "2023-W46-WE", "weekend", True)]),
    ("in diesem Jahr", None, [("diesem Jahr", "DATE", "XXXX", "year", False)]),
    ("in diesem Jahr", MONDAY, [("diesem Jahr", "DATE", "2023", "year", True)]),
    ("im vergangenen Jahr", MONDAY, [("vergangenen Jahr", "DATE", "2022", "year", True)]),
    ("nächstes Jahr", MONDAY, [("nächstes Jahr", "DATE", "2024", "year", True)]),
    ("letzten Monat", MONDAY, [("letzten Monat", "DATE", "2023-10", "month", True)]),
    ("diesen Monat", MONDAY, [("diesen Monat", "DATE", "2023-11", "month", True)]),
    ("letzte Woche", MONDAY, [("letzte Woche", "DATE", "2023-W46", "week", True)]),
    ("vergangene Woche", MONDAY, [("vergangene Woche", "DATE", "2023-W46", "week", True)]),
    ("heute", MONDAY, [("heute", "DATE", "2023-11-20", "day", True)]),
    ("gestern", MONDAY, [("gestern", "DATE", "2023-11-19", "day", True)]),
    ("Das gilt ab morgen.", MONDAY, [("morgen", "DATE", "2023-11-21", "day", True)]),
    ("Am Morgen regnete es.", MONDAY, []),
    ("im November", "2024-12-15", [("November", "DATE", "2024-11", "month", True)]),
    ("17. November", MONDAY, [("17. November", "DATE", "2023-11-17", "day", True)]),
    ("vor zwei Jahren", MONDAY, [("zwei Jahren", "DATE", "2021", "year", True)]),
    ("vor einem Jahr", MONDAY, [("einem Jahr", "DATE", "2022", "year", True)]),
    # A hedge before the count ("vor knapp 29 Jahren", as "nearly 29 years ago").
    ("vor knapp 29 Jahren", MONDAY, [("knapp 29 Jahren", "DATE", "1994", "year", True)]),
    ("Die Firma entstand 2016. Zwei Jahre später kam Musk; drei Jahre danach ging er.", None,
     [("2016", "DATE", "2016", "year", True), ("Zwei Jahre später", "DATE", "2018", "year", True),
      ("drei Jahre danach", "DATE", "2021", "year", True)]),
    ("zwei Jahre später", None, [("zwei Jahre später", "DATE", "XXXX", "year", False)]),
    ("im Moment", None, [("im Moment", "DATE", "PRESENT_REF", None, True)]),
    ("jetzt", None, [("jetzt", "DATE", "PRESENT_REF", None, True)]),
    ("derzeit", None, [("derzeit", "DATE", "PRESENT_REF", None, True)]),
    ("kürzlich", None, [("kürzlich", "DATE", "PAST_REF", None, True)]),
    ("künftig", None, [("künftig", "DATE", "FUTURE_REF", None, True)]),
    ("in Zukunft", None, [("in Zukunft", "DATE", "FUTURE_REF", None, True)]),
    ("15. Dezember 2024", None, [("15. Dezember 2024", "DATE", "2024-12-15", "day", True)]),
    ("15.12.2024", None, [("15.12.2024", "DATE", "2024-12-15", "day", True)]),
    ("im November 2023", None, [("November 2023", "DATE", "2023-11", "month", True)]),
    ("Anfang 2024", None, [("Anfang 2024", "DATE", "2024", "year", True)]),
    ("Mitte 2023", None, [("Mitte 2023", "DATE", "2023", "year", True)]),
    ("Ende 2023", None, [("Ende 2023", "DATE", "2023", "year", True)]),
    ("Mitte der 1990er", None, [("Mitte der 1990er", "DATE", "199", "decade", True)]),
    ("im dritten Quartal 2023", None, [("dritten Quartal 2023", "DATE", "2023-Q3", "quarter", True)]),
    ("Im dritten Quartal des vergangenen Jahres stieg der Umsatz.", MONDAY,
     [("dritten Quartal des vergangenen Jahres", "DATE", "2022-Q3", "quarter", True)]),
    ("Im ersten Quartal stieg der Umsatz.", MONDAY, [("ersten Quartal", "DATE", "2023-Q1", "quarter", True)]),
    ("Der Umsatz stieg im dritten Quartal in Folge.", MONDAY, []),
    ("Im vierten Geschäftsquartal stieg der Umsatz.", MONDAY, []),
    ("In diesem Herbst startete das Modell.", "2024-03-14", [("diesem Herbst", "DATE", "2023-FA", "season", True)]),
    ("Am Dienstag voriger Woche kündigte Intel an.", "2024-03-14",
     [("Dienstag voriger Woche", "DATE", "2024-03-05", "day", True)]),
    ("Vorige Woche gab Google bekannt, vorgestern folgte Meta.", "2024-03-14",
     [("Vorige Woche", "DATE", "2024-W10", "week", True), ("vorgestern", "DATE", "2024-03-12", "day", True)]),
    ("Am Dienstag vergangener Woche kündigte Intel an.", "2024-03-14",
     [("Dienstag vergangener Woche", "DATE", "2024-03-05", "day", True)]),
    ("Kommende Woche, am Donnerstag, legt Intel Zahlen vor.", "2024-03-12",
     [("Kommende Woche", "DATE", "2024-W12", "week", True), ("Donnerstag", "DATE", "2024-03-21", "day", True)]),
    ("Am Dienstag der kommenden Woche will Intel vorstellen.", "2024-03-14",
     [("Dienstag der kommenden Woche", "DATE", "2024-03-19", "day", True)]),
    # A number after a month is an amount or a count, not its year or day, before such a word.
    ("Initech sammelte im Mai 100 Millionen Euro ein.", "2024-05-22", [("Mai", "DATE", "2024-05", "month", True)]),
    ("Im März 300 Mitarbeiter verließen Initech.", "2024-05-22", [("März", "DATE", "2024-03", "month", True)]),
    # "der Vorwoche": the week before the publication's; "Tags darauf": the day after the date told.
    ("Schon am Montag der Vorwoche hatte Biden das Dekret erlassen.", "2023-11-10",
     [("Montag der Vorwoche", "DATE", "2023-10-30", "day", True)]),
    ("Am 3. Mai kam es zum Streit und tags darauf trat er zurück.", "2024-05-22",
     [("3. Mai", "DATE", "2024-05-03", "day", True), ("tags darauf", "DATE", "2024-05-04", "day", True)]),
    ("Am 3. Mai kam es zum Streit, am Tag darauf trat er zurück.", "2024-05-22",
     [("3. Mai", "DATE", "2024-05-03", "day", True), ("Tag darauf", "DATE", "2024-05-04", "day", True)]),
    ("Am 3. Mai kam es zum Streit, am Tag danach trat er zurück.", "2024-05-22",
     [("3. Mai", "DATE", "2024-05-03", "day", True), ("Tag danach", "DATE", "2024-05-04", "day", True)]),
    # A season after the publication's month is last year's in the past, this year's ahead.
    ("Im Herbst startete das Modell.", "2024-03-14", [("Herbst", "DATE", "2023-FA", "season", True)]),
    ("Im Herbst wird das Modell starten.", "2024-03-14", [("Herbst", "DATE", "2024-FA", "season", True)]),
    # German tells what lies ahead in the present: with no past form in the date's stretch of
    # its clause, a month or season is the nearest one; any past form keeps the latest begun.
    ("Im Herbst bringt das Start-up ein Modell auf den Markt.", "2024-05-14",
     [("Herbst", "DATE", "2024-FA", "season", True)]),
    ("SAP eröffnet im Juli ein Labor in Heidelberg.", "2024-05-14", [("Juli", "DATE", "2024-07", "month", True)]),
    # ... a past form anywhere in the clause, reported speech too, keeps the latest begun; so does
    # a clause with no verb in the present beside the date.
    ("SAP eröffnet im Juli ein Labor, teilte der Konzern mit.", "2024-05-14",
     [("Juli", "DATE", "2023-07", "month", True)]),
    ("Im August, kurz nach dem Börsengang, sammelte Aleph Alpha Geld ein.", "2024-05-14",
     [("August", "DATE", "2023-08", "month", True)]),
    ("Im September schoss die Aktie nach oben.", "2024-05-14", [("September", "DATE", "2023-09", "month", True)]),
    ("Laut dem Bericht habe OpenAI im Juli mit Investoren gesprochen.", "2024-05-14",
     [("Juli", "DATE", "2023-07", "month", True)]),
    ("Das Start-up sei im Juli gegründet worden.", "2024-05-14", [("Juli", "DATE", "2023-07", "month", True)]),
    ("Am Freitag, dem 17. November 2023, wurde Altman entlassen.", "2023-11-25",
     [("17. November 2023", "DATE", "2023-11-17", "day", True)]),
    ("Die Messe findet Ende Juni statt.", "2024-05-14", [("Ende Juni", "DATE", "2024-06", "month", True)]),
    ("Im Dezember eröffnet SAP ein Labor.", "2024-02-14", [("Dezember", "DATE", "2023-12", "month", True)]),
    ("Im Juli kam das Modell auf den Markt.", "2024-05-14", [("Juli", "DATE", "2023-07", "month", True)]),
    ("Im Juli übernahm SAP das Start-up.", "2024-05-14", [("Juli", "DATE", "2023-07", "month", True)]),
    ("Im Juli hat SAP ein Labor eröffnet.", "2024-05-14", [("Juli", "DATE", "2023-07", "month", True)]),
    ("Die Messe, die im Juli stattfand, war gut besucht.", "2024-05-14",
     [("Juli", "DATE", "2023-07", "month", True)]),
    ("Im Juli meldeten die ersten Kunden Probleme.", "2024-05-14", [("Juli", "DATE", "2023-07", "month", True)]),
    ("Im vergangenen Herbst startete das Modell.", "2024-10-14",
     [("vergangenen Herbst", "DATE", "2023-FA", "season", True)]),
    ("Im Herbst vergangenen Jahres startete das Modell.", "2024-03-14",
     [("Herbst vergangenen Jahres", "DATE", "2023-FA", "season", True)]),
    ("Im zweiten Halbjahr des Vorjahres sank der Umsatz.", MONDAY,
     [("zweiten Halbjahr des Vorjahres", "DATE", "2022-H2", "half", True)]),
    ("Sommer 2023", None, [("Sommer 2023", "DATE", "2023-SU", "season", True)]),
    ("um 14 Uhr", None, [("um 14 Uhr", "TIME", "XXXX-XX-XXT14:00", None, False)]),
    ("Am 15.12.2024 um 14:30 Uhr", None,
     [("15.12.2024", "DATE", "2024-12-15", "day", True),
      ("14:30 Uhr", "TIME", "2024-12-15T14:30", "day", True)]),
    ("drei Jahre", None, [("drei Jahre", "DURATION", "P3Y", None, True)]),
    ("jedes Jahr", None, [("jedes Jahr", "SET", "P1Y", None, True)]),
    ("Jedes Jahr am 18. Juni feiert man.", MONDAY, [("Jedes Jahr am 18. Juni", "SET", "XXXX-06-18", None, True)]),
    ("die", MONDAY, []),
    ("mit", MONDAY, []),
    ("Microsoft ist mit 49 Prozent der größte Anteilseigner", MONDAY, []),
    ("fast 47 Milliarden US-Dollar Börsenwert", MONDAY, []),
    ("Die Black-Friday-Week steht bevor", MONDAY, []),
    # A German month name alone is the month; "August" alone is also a first name.
    ("Mai", MONDAY, [("Mai", "DATE", "2023-05", "month", True)]),
    ("August Bebel sprach", MONDAY, []),
    ("im August", MONDAY, [("August", "DATE", "2023-08", "month", True)]),
    # Narrative anchoring in an undated text: the year of the date told before.
    ("Im April 1940 fiel Dänemark. Im Mai folgten die Niederlande.", None,
     [("April 1940", "DATE", "1940-04", "month", True), ("Mai", "DATE", "1940-05", "month", True)]),
    ("Am 1. September 1939 begann der Krieg. Am 3. September erklärte England den Krieg.", None,
     [("1. September 1939", "DATE", "1939-09-01", "day", True), ("3. September", "DATE", "1939-09-03", "day", True)]),
    ("Im Jahr 1940 kam es zur Schlacht. Im Herbst zog sich die Armee zurück.", None,
     [("1940", "DATE", "1940", "year", True), ("Herbst", "DATE", "1940-FA", "season", True)]),
    ("Am 10. Mai 1940 begann der Angriff. Am selben Tag trat Chamberlain zurück.", None,
     [("10. Mai 1940", "DATE", "1940-05-10", "day", True), ("selben Tag", "DATE", "1940-05-10", "day", True)]),
    ("Sutskever kündigte am 14. Mai 2024 seinen Abschied an. In der gleichen Woche ging Leike.", None,
     [("14. Mai 2024", "DATE", "2024-05-14", "day", True), ("der gleichen Woche", "DATE", "2024-W20", "week", True)]),
    ("Die Behörde ordnete am 31. März 2023 die Sperre an. Noch am selben Abend sperrte OpenAI den Dienst.", None,
     [("31. März 2023", "DATE", "2023-03-31", "day", True), ("selben Abend", "TIME", "2023-03-31TEV", "day", True)]),
    ("Die Entwicklerkonferenz, die am Dienstag in Seattle beginnt, ist ausgebucht.", MONDAY,
     [("Dienstag", "DATE", "2023-11-21", "day", True)]),
    ("Die Verhandlungen, die am Freitag beginnen sollten, wurden abgesagt.", MONDAY,
     [("Freitag", "DATE", "2023-11-17", "day", True)]),
    ("Nvidia stellte am Freitag den Chip vor, kurz bevor die Messe beginnt.", MONDAY,
     [("Freitag", "DATE", "2023-11-17", "day", True)]),
    # ... and a whole number of days counts that many days on.
    ("Das Start-up stellte am Dienstag seinen Chip vor. Achtundvierzig Stunden später senkte der Rivale die Preise.",
     "2024-06-05", [("Dienstag", "DATE", "2024-06-04", "day", True),
                    ("Achtundvierzig Stunden später", "DATE", "2024-06-06", "day", True)]),
    ("Das Start-up stellte am Dienstag seinen Chip vor. Er kam 24 Stunden später als geplant.",
     "2024-06-05", [("Dienstag", "DATE", "2024-06-04", "day", True),
                    ("24 Stunden", "DURATION", "PT24H", None, True)]),
    ("Das Start-up stellte am Dienstag seinen Chip vor. Wenige Stunden später senkte der Rivale die Preise.",
     "2024-06-05",
     [("Dienstag", "DATE", "2024-06-04", "day", True), ("Wenige Stunden später", "DATE", "2024-06-04", "day", True)]),
    # The same day as a happening told by its month lies in that month; the next day is unknown.
    ("Am 14. September 2023 ging Arm an die Börse. Der Verkauf scheiterte im Februar 2022. "
     "Am selben Tag übernahm Haas den Chefposten.", None,
     [("14. September 2023", "DATE", "2023-09-14", "day", True), ("Februar 2022", "DATE", "2022-02", "month", True),
      ("selben Tag", "DATE", "2022-02", "month", True)]),
    ("Der Krieg dauerte von 1775 bis 1783.", None,
     [("1775", "DATE", "1775", "year", True), ("1783", "DATE", "1783", "year", True)]),
    ("Die Schlacht im Jahr 216 v. Chr. war verlustreich. Thema des Tages.", None,
     [("Jahr 216 v. Chr.", "DATE", "BC0216", "year", True)]),
    ("Winterkrieg 1939/1940", None, [("1939", "DATE", "1939", "year", True), ("1940", "DATE", "1940", "year", True)]),
    ("heute", None, [("heute", "DATE", "PRESENT_REF", None, True)]),
    ("Ende des Jahres 1789 floh der König.", None, [("Ende des Jahres 1789", "DATE", "1789", "year", True)]),
    ("Danach kam es bald zum Frieden.", None, [("bald", "DATE", "FUTURE_REF", None, True)]),
    # Deictic words stay unanchored in an undated text, even after a mentioned year.
    ("Im Jahr 2015 wuchs die Firma. Sie wächst. Sie wächst weiter. In diesem Jahr wächst sie.", None,
     [("2015", "DATE", "2015", "year", True), ("diesem Jahr", "DATE", "XXXX", "year", False)]),
    ("Der Vertrag wurde am 12. Juli vergangenen Jahres unterzeichnet.", "2024-03-01",
     [("12. Juli vergangenen Jahres", "DATE", "2023-07-12", "day", True)]),
    ("Im Juli des Vorjahres kam das Modell.", "2024-03-01", [("Juli des Vorjahres", "DATE", "2023-07", "month", True)]),
    ("Im März 2021 wurde die Firma gegründet. Im Juli des gleichen Jahres kam das erste Produkt.", "2024-03-01",
     [("März 2021", "DATE", "2021-03", "month", True), ("Juli des gleichen Jahres", "DATE", "2021-07", "month", True)]),
    ("Im Juli vergangenen Jahres kam das erste Produkt.", None,
     [("Juli vergangenen Jahres", "DATE", "XXXX-07", "month", False)]),
]

ZH_CASES = [
    ("微软曾于11月25日投资。", MONDAY, [("11月25日", "DATE", "2022-11-25", "day", True)]),
    ("为了在11月25日发布新品，苹果加快了进度。", MONDAY, [("11月25日", "DATE", "2023-11-25", "day", True)]),
    ("微软将于11月25日投资。", MONDAY, [("11月25日", "DATE", "2023-11-25", "day", True)]),
    # Chinese verbs tell no tense: a day without a cue is the nearest, leaning neither way.
    ("刘庆峰：10月24日通用能力对标ChatGPT。", "2023-05-07", [("10月24日", "DATE", "2023-10-24", "day", True)]),
    # What is expected or set is ahead: 预计 (預計 in Traditional), 有望, 定于, 拟于; 虚拟 is no 拟.
    ("后者預計12月上市。", MONDAY, [("12月", "DATE", "2023-12", "month", True)]),
    ("该交易有望在12月完成。", MONDAY, [("12月", "DATE", "2023-12", "month", True)]),
    ("新模型定于12月发布。", MONDAY, [("12月", "DATE", "2023-12", "month", True)]),
    ("公司12月发布虚拟助手。", MONDAY, [("12月", "DATE", "2022-12", "month", True)]),
    ("2023年11月17日", None, [("2023年11月17日", "DATE", "2023-11-17", "day", True)]),
    ("2023年11月", None, [("2023年11月", "DATE", "2023-11", "month", True)]),
    ("在2023年", None, [("2023年", "DATE", "2023", "year", True)]),
    ("11月17日", MONDAY, [("11月17日", "DATE", "2023-11-17", "day", True)]),
    ("11月17日", None, [("11月17日", "DATE", "XXXX-11-17", "day", False)]),
    ("上周五", MONDAY, [("上周五", "DATE", "2023-11-17", "day", True)]),
    ("上周五", None, [("上周五", "DATE", "XXXX-WXX-5", "day", False)]),
    ("去年", MONDAY, [("去年", "DATE", "2022", "year", True)]),
    ("今年", MONDAY, [("今年", "DATE", "2023", "year", True)]),
    ("明年", MONDAY, [("明年", "DATE", "2024", "year", True)]),
    ("本月", MONDAY, [("本月", "DATE", "2023-11", "month", True)]),
    ("上个月", MONDAY, [("上个月", "DATE", "2023-10", "month", True)]),
    ("上周", MONDAY, [("上周", "DATE", "2023-W46", "week", True)]),
    ("今天", MONDAY, [("今天", "DATE", "2023-11-20", "day", True)]),
    ("昨天", MONDAY, [("昨天", "DATE", "2023-11-19", "day", True)]),
    ("明天", MONDAY, [("明天", "DATE", "2023-11-21", "day", True)]),
    ("目前", MONDAY, [("目前", "DATE", "PRESENT_REF", None, True)]),
    ("两年前", MONDAY, [("两年前", "DATE", "2021", "year", True)]),
    ("周末", MONDAY, [("周末", "DATE", "2023-W46-WE", "weekend", True)]),
    ("2023年第三季度", None, [("2023年第三季度", "DATE", "2023-Q3", "quarter", True)]),
    # Taiwan's calendar: year 112 is 2023; a bare three-digit year only in a full date or a quarter.
    ("台積電於112年11月7日宣布", None, [("112年11月7日", "DATE", "2023-11-07", "day", True)]),
    ("中華民國113年1月1日起實施", None, [("中華民國113年1月1日", "DATE", "2024-01-01", "day", True)]),
    ("民國112年營收創新高", None, [("民國112年", "DATE", "2023", "year", True)]),
    ("聯發科113年第一季營收", None, [("113年第一季", "DATE", "2024-Q1", "quarter", True)]),
    ("該公司成立112年", None, []),
    ("第112年11月", None, []),
    ("公元前110年3月", None, []),
    ("已经100年12月", None, []),
    ("股价112.5元", None, []),
    # Quarters of a year told by a word, or by none: the publication's year decides.
    ("并将在今年第三季度开放API", MONDAY, [("今年第三季度", "DATE", "2023-Q3", "quarter", True)]),
    ("去年四季度营收增长", MONDAY, [("去年四季度", "DATE", "2022-Q4", "quarter", True)]),
    ("2023年Q4营收增长", None, [("2023年Q4", "DATE", "2023-Q4", "quarter", True)]),
    # ... the first told as 首季 (Hong Kong style).
    ("今年首季淨收入約170.6億元", MONDAY, [("今年首季", "DATE", "2023-Q1", "quarter", True)]),
    # 连续第二天 is the second day in a row: the 19th after it is not counted from a day after.
    ("这是他连续第二天登台。他前一晚（29日）发表演讲", "2023-11-30", [("29日", "DATE", "2023-11-29", "day", True)]),
    # 昨（19）日: the Taiwanese papers' numbered yesterday; a number that disagrees is the day told.
    ("台積電昨（19）日舉行典禮", MONDAY, [("昨（19）日", "DATE", "2023-11-19", "day", True)]),
    ("鴻海今（20）日下午公布財報", MONDAY, [("今（20）日下午", "TIME", "2023-11-20TAF", "day", True)]),
    ("鴻海昨（17）日公布財報", MONDAY, [("昨（17）日", "DATE", "2023-11-17", "day", True)]),
    ("台積電昨（19）日舉行典禮", None, [("昨（19）日", "DATE", "XXXX-XX-19", "day", False)]),
    ("去年下半年营收增长，今年上半年下滑", MONDAY,
     [("去年下半年", "DATE", "2022-H2", "half", True), ("今年上半年", "DATE", "2023-H1", "half", True)]),
    ("公司一季度营收同比增长", MONDAY, [("一季度", "DATE", "2023-Q1", "quarter", True)]),
    ("第三季度营收增长", None, [("第三季度", "DATE", "XXXX-Q3", "quarter", False)]),
    ("今年第一季度营收", None, [("今年第一季度", "DATE", "XXXX-Q1", "quarter", False)]),
    # The first three quarters, or three in a row, are no quarter.
    ("前三季度营收增长，连续三季度盈利", MONDAY, []),
    # 季 for 季度, as Taiwanese and Hong Kong papers write it; 上季 the quarter before the publication's.
    ("新廠預計今年第四季量產", MONDAY, [("今年第四季", "DATE", "2023-Q4", "quarter", True)]),
    ("該公司上季營收達620億美元", MONDAY, [("上季", "DATE", "2023-Q3", "quarter", True)]),
    ("公司第3季營收成長，一年四季都有新品", MONDAY, [("第3季", "DATE", "2023-Q3", "quarter", True)]),
    ("《三体》第二季播出，本季新品上市", MONDAY, []),
    ("公司12月营收超出预期", MONDAY, [("12月", "DATE", "2022-12", "month", True)]),  # 预期 is no plan
    ("每年", None, [("每年", "SET", "P1Y", None, True)]),
    ("每年的6月18日亦是购物节的高潮。", MONDAY, [("每年的6月18日", "SET", "XXXX-06-18", None, True)]),
    ("2048个GPU", None, []),
    # Issue 13: Chinese dates anchored like English ones (MONDAY is 2023-11-20).
    ("17日", MONDAY, [("17日", "DATE", "2023-11-17", "day", True)]),
    ("17号", "2023-11-22", [("17号", "DATE", "2023-11-17", "day", True)]),
    ("28日", "2023-12-02", [("28日", "DATE", "2023-11-28", "day", True)]),  # the nearest: last month's
    ("17日", None, [("17日", "DATE", "XXXX-XX-17", "day", False)]),
    ("11月17日，董事会开会。18日，员工辞职。", None,
     [("11月17日", "DATE", "XXXX-11-17", "day", False), ("18日", "DATE", "XXXX-11-18", "day", False)]),
    # A month the paragraph before told is not the day's: the publication month's.
    ("去年5月，宏達電發表了U11。\n\nAlphabet美國時間1日公布財報。", "2018-02-02",
     [("去年5月", "DATE", "2017-05", "month", True), ("1日", "DATE", "2018-02-01", "day", True)]),
    ("3日内", MONDAY, []),  # a count of days, not a day
    ("上週五", "2023-11-21", [("上週五", "DATE", "2023-11-17", "day", True)]),
    ("周日晚间", MONDAY, [("周日晚间", "TIME", "2023-11-19TEV", "day", True)]),
    ("週日晚間", MONDAY, [("週日晚間", "TIME", "2023-11-19TEV", "day", True)]),
    ("周日晚间", None, [("周日晚间", "TIME", "XXXX-WXX-7TEV", "day", False)]),
    ("本周一", "2023-11-22", [("本周一", "DATE", "2023-11-20", "day", True)]),
    ("今日（22日）", "2023-11-22",
     [("今日", "DATE", "2023-11-22", "day", True), ("22日", "DATE", "2023-11-22", "day", True)]),
    ("美国时间11月17号", MONDAY, [("11月17号", "DATE", "2023-11-17", "day", True)]),
    ("去年11月", MONDAY, [("去年11月", "DATE", "2022-11", "month", True)]),
    ("今年1月", MONDAY, [("今年1月", "DATE", "2023-01", "month", True)]),
    ("明年3月15日", MONDAY, [("明年3月15日", "DATE", "2024-03-15", "day", True)]),
    ("去年11月", None, [("去年11月", "DATE", "XXXX-11", "month", False)]),
    ("今年", None, [("今年", "DATE", "XXXX", "year", False)]),
    ("上月", MONDAY, [("上月", "DATE", "2023-10", "month", True)]),
    ("下月", MONDAY, [("下月", "DATE", "2023-12", "month", True)]),
    ("本月底", MONDAY, [("本月底", "DATE", "2023-11", "month", True)]),
    # A day of the month before, this one or the next.
    ("上月28日，公司发布了新模型", MONDAY, [("上月28日", "DATE", "2023-10-28", "day", True)]),
    ("台積電本月6日宣布", MONDAY, [("本月6日", "DATE", "2023-11-06", "day", True)]),
    ("上个月31日", None, [("上个月31日", "DATE", "XXXX-XX-31", "day", False)]),
    ("百度上月二十日发布", MONDAY, [("上月二十日", "DATE", "2023-10-20", "day", True)]),
    ("上月31日", "2024-03-12", [("上月31日", "DATE", "2024-02", "month", True)]),  # no such day: the month
    # Every other day or year, an interval: no date.
    ("两次发布间隔天数为30天", MONDAY, []),
    ("该展会此后隔年举办一次", MONDAY, []),
    ("11月下旬", MONDAY, [("11月下旬", "DATE", "2023-11", "month", True)]),
    ("11月", MONDAY, [("11月", "DATE", "2023-11", "month", True)]),
    ("2022年底", None, [("2022年底", "DATE", "2022", "year", True)]),
    ("2022年初", None, [("2022年初", "DATE", "2022", "year", True)]),
    ("2022年中", None, [("2022年中", "DATE", "2022", "year", True)]),
    ("2023年中国市场", None, [("2023年", "DATE", "2023", "year", True)]),  # not the middle of 2023
    ("今年年底", MONDAY, [("今年年底", "DATE", "2023", "year", True)]),
    ("前天", MONDAY, [("前天", "DATE", "2023-11-18", "day", True)]),
    ("今天上午", MONDAY, [("今天上午", "TIME", "2023-11-20TMO", "day", True)]),
    ("昨晚", MONDAY, [("昨晚", "TIME", "2023-11-19TNI", "day", True)]),
    ("11月18日凌晨", MONDAY, [("11月18日凌晨", "TIME", "2023-11-18TNI", "day", True)]),
    ("11月17日下午3点", MONDAY,
     [("11月17日下午", "TIME", "2023-11-17TAF", "day", True)]),
    ("11月17日，晚上8点半", MONDAY,
     [("11月17日", "DATE", "2023-11-17", "day", True), ("晚上8点半", "TIME", "2023-11-17T20:30", "day", True)]),
    ("2023年11月20日，下午2:20", None,  # a colon time after 下午 is after noon
     [("2023年11月20日", "DATE", "2023-11-20", "day", True), ("下午2:20", "TIME", "2023-11-20T14:20", "day", True)]),
    ("2023年11月20日 09:15", None,
     [("2023年11月20日", "DATE", "2023-11-20", "day", True), ("09:15", "TIME", "2023-11-20T09:15", "day", True)]),
    ("１１月１７日", MONDAY, [("１１月１７日", "DATE", "2023-11-17", "day", True)]),
    ("２０２３年１１月１７日", None, [("２０２３年１１月１７日", "DATE", "2023-11-17", "day", True)]),
    ("十一月十七日", MONDAY, [("十一月十七日", "DATE", "2023-11-17", "day", True)]),
    ("二〇二三年十一月", None, [("二〇二三年十一月", "DATE", "2023-11", "month", True)]),
    ("二〇二三年", None, [("二〇二三年", "DATE", "2023", "year", True)]),
    ("11月17日，董事会解雇了他。次日，他回应。", MONDAY,
     [("11月17日", "DATE", "2023-11-17", "day", True), ("次日", "DATE", "2023-11-18", "day", True)]),
    ("輝達5月24日公布財報，股價隔天大漲。", MONDAY,
     [("5月24日", "DATE", "2023-05-24", "day", True), ("隔天", "DATE", "2023-05-25", "day", True)]),
    ("11月17日，马斯克起诉。\n该公司今年5月完成融资。\n微软是其投资者。\n同日，布罗克曼休假。", MONDAY,
     [("11月17日", "DATE", "2023-11-17", "day", True), ("今年5月", "DATE", "2023-05", "month", True),
      ("同日", "DATE", "2023-11-17", "day", True)]),  # a month told further back is background
    ("2022年2月，收购失败。同日，哈斯接任。", MONDAY,
     [("2022年2月", "DATE", "2022-02", "month", True), ("同日", "DATE", "2022-02", "month", True)]),
    ("2022年2月，收购失败。次日，哈斯接任。", MONDAY,
     [("2022年2月", "DATE", "2022-02", "month", True), ("次日", "DATE", "XXXX-XX-XX", "day", False)]),
    ("当天", MONDAY, [("当天", "DATE", "XXXX-XX-XX", "day", False)]),
    ("2024年6月4日，该公司发布芯片。几个小时后，对手宣布降价。", MONDAY,
     [("2024年6月4日", "DATE", "2024-06-04", "day", True), ("几个小时后", "DATE", "2024-06-04", "day", True)]),
    # Twenty-odd hours are no "hours later" of the same day.
    ("2024年6月4日，该公司发布芯片。二十几个小时后，对手宣布降价。", MONDAY,
     [("2024年6月4日", "DATE", "2024-06-04", "day", True)]),
    ("2024年6月4日，该公司发布芯片。24小时后，对手宣布降价。", MONDAY,
     [("2024年6月4日", "DATE", "2024-06-04", "day", True), ("24小时后", "DATE", "2024-06-05", "day", True)]),
    ("2024年6月4日，该公司发布芯片。四十八小时后，对手宣布降价。", MONDAY,
     [("2024年6月4日", "DATE", "2024-06-04", "day", True), ("四十八小时后", "DATE", "2024-06-06", "day", True)]),
    ("2024年6月4日，该公司发布芯片。约48小时后，对手宣布降价。", MONDAY,
     [("2024年6月4日", "DATE", "2024-06-04", "day", True)]),
    ("OpenAI周五（11月17日）解雇了奥特曼。", "2023-11-25", [("11月17日", "DATE", "2023-11-17", "day", True)]),
    ("当年", MONDAY, []),  # as often "back then" as "that year"
    # Vague words are never a calendar date.
    ("近日", MONDAY, [("近日", "DATE", "PAST_REF", None, True)]),
    ("日前", MONDAY, [("日前", "DATE", "PAST_REF", None, True)]),
    ("未来", MONDAY, [("未来", "DATE", "FUTURE_REF", None, True)]),
    # Said on Sunday of what will be: the Sunday before, not the next one.
    ("周日晚间，纳德拉宣布，奥特曼将加入微软。", MONDAY, [("周日晚间", "TIME", "2023-11-19TEV", "day", True)]),
    ("这周末", MONDAY, [("这周末", "DATE", "2023-W47-WE", "weekend", True)]),
    ("這週末", MONDAY, [("這週末", "DATE", "2023-W47-WE", "weekend", True)]),
    # 同年7月 is July of the year told before, 次年 the year after it; alone, 同年 is the year.
    ("2021年3月，公司成立。同年7月，公司发布产品。", "2024-03-01",
     [("2021年3月", "DATE", "2021-03", "month", True), ("同年7月", "DATE", "2021-07", "month", True)]),
    ("2021年3月，公司成立。次年3月12日，公司發布產品。", None,
     [("2021年3月", "DATE", "2021-03", "month", True), ("次年3月12日", "DATE", "2022-03-12", "day", True)]),
    ("2021年3月，公司成立。同年，公司发布产品。", None,
     [("2021年3月", "DATE", "2021-03", "month", True), ("同年", "DATE", "2021", "year", True)]),
    # 同日 is the day of a happening told before, not the end of a period a report covers.
    ("蔚来昨日公布了截至2020年12月31日的财报。前年，蔚来营收约为78.2亿元。同日，蔚来还公布了2月交付数据。",
     "2021-03-02",
     [("昨日", "DATE", "2021-03-01", "day", True), ("2020年12月31日", "DATE", "2020-12-31", "day", True),
      ("前年", "DATE", "2019", "year", True), ("同日", "DATE", "2021-03-01", "day", True),
      ("2月", "DATE", "2021-02", "month", True)]),
    # 当年 before a month is that year's month; alone it is as often "back then" and dates nothing.
    ("2019年5月24日，公司宣布退市。当年6月，其正式停止交易。当年，他还是学生。", None,
     [("2019年5月24日", "DATE", "2019-05-24", "day", True), ("当年6月", "DATE", "2019-06", "month", True)]),
]


@pytest.mark.parametrize(("text", "pub", "expected"), EN_CASES)
def test_english(text: str, pub: str | None, expected: list[tuple]) -> None:
    found = tag(text, "en", pub)
    check_invariants(text, found)
    assert summary(found) == expected


@pytest.mark.parametrize(("text", "pub", "expected"), DE_CASES)
def test_german(text: str, pub: str | None, expected: list[tuple]) -> None:
    found = tag(text, "de", pub)
    check_invariants(text, found)
    assert summary(found) == expected


@pytest.mark.parametrize(("text", "pub", "expected"), ZH_CASES)
def test_chinese(text: str, pub: str | None, expected: list[tuple]) -> None:
    found = tag(text, "zh", pub)
    check_invariants(text, found)
    assert summary(found) == expected


@pytest.mark.parametrize(
    ("text", "mod"),
    [("the end of November 2022", "END"), ("early 2024", "START"), ("mid-2023", "MID"), ("late 2023", "END"),
     ("the mid-1990s", "MID"), ("Anfang 2024", "START"), ("Mitte der 1990er", "MID"), ("Ende 2023", "END"),
     ("late Sunday night", "END")],
)
def test_mods(text: str, mod: str) -> None:
    lang = "de" if text.split()[0] in {"Anfang", "Mitte", "Ende"} else "en"
    (found,) = tag(text, lang, MONDAY)
    assert found.mod == mod


def test_bounds_and_anchors() -> None:
    text = "It began in 2016. Two years later, over the weekend, late Sunday night"
    year, later, weekend, night = tag(text, "en", MONDAY)
    assert (year.first, year.last, year.anchor) == ("2016-01-01", "2016-12-31", None)
    assert later.anchor is not None and later.anchor.source == "mentioned"
    assert (later.anchor.value, later.anchor.text, later.anchor.start) == ("2016", "2016", text.index("2016"))
    assert (weekend.first, weekend.last) == ("2023-11-18", "2023-11-19")
    assert weekend.anchor == Anchor(source="published", value=MONDAY)
    assert (night.first, night.last) == ("2023-11-19", "2023-11-19")
    (quarter,) = tag("Q4 2023", "en")
    assert (quarter.first, quarter.last) == ("2023-10-01", "2023-12-31")
    (decade,) = tag("the 1990s", "en")
    assert (decade.first, decade.last) == ("1990-01-01", "1999-12-31")


def test_language_without_lexicon_finds_nothing() -> None:
    text = "On Friday, in 2015. El viernes, en 2015."
    cut = text.index("El")
    spans = [Span(0, cut, "en", "script"), Span(cut, len(text), "es", "stopwords")]
    found = find_dates(text, spans=spans, sentences=split_sentences(text), published=None)
    assert [e.text for e in found] == ["Friday", "2015"]
    assert all(e.end <= cut for e in found)


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        ("2023-11-20", None, "2023-11-20"),
        ("November 20, 2023", None, "2023-11-20"),
        ("20. November 2023", "de", "2023-11-20"),
        ("2023-11-20T10:00:00Z", None, "2023-11-20"),
        ("2023-11", None, "2023-11"),
        ("November 2023", "en", "2023-11"),
        ("2023", None, "2023"),
        ("Mon, 20 Nov 2023 10:00:00 +0000", None, "2023-11-20"),
        ("2023年11月20日", "zh", "2023-11-20"),
        ("2023年11月20日", None, "2023-11-20"),
        ("２０２３年１１月２０日", None, "2023-11-20"),
        ("二〇二三年十一月二十日", None, "2023-11-20"),
        ("November 17", None, None),
        ("yesterday", None, None),
        ("Friday", "en", None),
        ("2023-02-30", None, None),
        ("not a date", None, None),
        ("", None, None),
    ],
)
def test_parse_date_string(value: str, lang: str | None, expected: str | None) -> None:
    assert parse_date_string(value, lang) == expected


@pytest.mark.parametrize(
    ("line", "lang", "expected"),
    [
        ("December 15, 2024", "en", "2024-12-15"),
        ("Dec. 15, 2024", None, "2024-12-15"),
        ("  15. Dezember 2024 ", "de", "2024-12-15"),
        ("2024-12-15", None, "2024-12-15"),
        ("December 15, 2024, 10:30 a.m. ET", "en", "2024-12-15"),
        ("15.12.2024, 14:30 Uhr", "de", "2024-12-15"),
        ("Sunday, December 15, 2024", "en", "2024-12-15"),
        # A shortened weekday, a time with a dot and a zone: "Thu 5 Sep 2024 14.02 BST".
        ("Thu 5 Sep 2024 14.02 BST", "en", "2024-09-05"),
        ("Sun, Dec. 15, 2024", "en", "2024-12-15"),
        ("Do., 23.05.2024, 11:05 Uhr", "de", "2024-05-23"),
        ("Thursday's news", "en", None),
        ("December 2024", "en", "2024-12"),
        ("Meta said on December 15, 2024 that it would", "en", None),
        ("Digital Worldwide News", "en", None),
        ("the end of November 2022", "en", None),
        ("2023年11月20日 09:15 来源：新华网", "zh", "2023-11-20"),
        ("2023-11-18 09:05:02来源: 36氪", None, "2023-11-18"),
        ("2023年11月20日 星期一", None, "2023-11-20"),
        # Taiwanese pages: a weekday written 週, a time of day with 下午, a timestamp year first.
        ("2024年6月3日 週一 下午2:20", "zh", "2024-06-03"),
        ("2023/10/18 18:32", None, "2023-10-18"),
        ("2023.10.18", "zh", "2023-10-18"),
        ("2023/13/45 18:32", None, None),
        ("2023年1月，微软宣布向OpenAI追加投资", None, None),
        # A printed paper's masthead: its name (maybe an edition), the day, the page and its section.
        ("人民日报 2023年09月08日 第05版：要闻", "zh", "2023-09-08"),
        ("人民日报（2023年09月08日 第 05 版）", "zh", "2023-09-08"),
        ("人民日报海外版 2023年9月8日 第05版", "zh", "2023-09-08"),
        ("英伟达财报 2023年9月8日", "zh", None),
        ("Mo., 20.11.2023", "de", "2023-11-20"),
        ("Mon 20 Nov 2023", "en", "2023-11-20"),
        # A scraped wire page's time stamp, and a Taiwanese closing line with the editor's credit.
        ("March 11, 2019 9:05 AM UTC Updated 3 hours ago", "en", "2019-03-11"),
        ("11.03.2019, 09:05 Uhr Aktualisiert vor einer Stunde", "de", "2019-03-11"),
        ("2024/02/16 09:30（編輯：陳美玲）", None, "2024-02-16"),
        ("Thursday", "en", None),
        ("", None, None),
        # A day written year first with hyphens, and one that is no day.
        ("2023-07-04", "en", "2023-07-04"),
        ("2023-07-04 10:30", None, "2023-07-04"),
        ("2023-13-04", "en", None),
        # Chinese numerals write a year with no digit.
        ("二〇二三年十一月二十日", "zh", "2023-11-20"),
    ],
)
def test_dateline_date(line: str, lang: str | None, expected: str | None) -> None:
    assert dateline_date(line, lang) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://stratechery.com/2023/openais-misalignment/", "2023"),
        ("https://example.com/2023/11/20/slug", "2023-11-20"),
        ("https://example.com/2023/11/", "2023-11"),
        ("https://example.com/news/20231120-slug", "2023-11-20"),
        ("https://example.com/p/2023-11-20-title", "2023-11-20"),
        ("http://www.example.cn/tech/2023-11/20/c_1129.htm", "2023-11-20"),  # the month and the day apart
        ("https://example.com/a/202311/20/x.html", "2023-11-20"),
        ("https://example.com/a/2023-11/x.html", None),
        ("https://example.com/article?date=2023-11-20", None),
        ("https://example.com/2023/13/x", "2023"),
        ("https://finance.example.cn/tech/2019/0826/megvii.html", "2019-08-26"),  # month and day as one
        ("https://example.com/2019/1399/x", "2019"),  # no month 13
        ("https://example.com/2019/0826", "2019-08-26"),
        ("https://example.com/a/b", None),
        ("https://example.com/id/1234/5678", None),
        ("\x01//\x00]\x00", None),  # urllib raises on it (found by fuzzing)
    ],
)
def test_date_from_url(url: str, expected: str | None) -> None:
    assert date_from_url(url) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("聯發科表示，新晶片將於年底量產。（編輯：陳美玲）1130216", "2024-02-16"),  # ROC year 113
    ("（編輯：陳美玲）1121231", "2023-12-31"),
    ("（譯者：中央社記者王心怡／核稿：陳美玲）1130216", "2024-02-16"),
    ("（編輯：陳美玲）1131345", None),  # no such month
    ("The part number is (A)1130216", None),  # a code after no Chinese credit
    ("本文涉及個股：台積電（2330）1010203", None),  # a stock code, no editor's credit
    ("（編輯：陳美玲）1491231", None),  # ROC 149 is 2060: no date code of a page of today
])
def test_a_closing_date_code_in_the_roc_calendar(line: str, expected: str | None) -> None:
    from ainews_cli.dates import closing_date_code

    assert closing_date_code(line) == expected


# --- the real seed articles ---------------------------------------------------------------


def seed_body(name: str) -> str:
    text = (SEEDS / name).read_text(encoding="utf-8")
    if text.startswith("---\n"):
        text = text[text.index("\n---\n", 4) + len("\n---\n"):]
    return text


SEED_DOCS = {
    "000": ("000_1549dbc9ce3dcc2a.txt", "en", PubDate("2023-11-20", "front_matter")),
    "001": ("001_2d44bcb9e0d12544.txt", "en", None),
    "002": ("002_ff88baaabcbe5633.txt", "de", None),
    "003": ("003_802982158aee5c5e.txt", "en", PubDate("2024-12-15", "dateline")),
}


def tag_seed(key: str) -> tuple[str, list[TimeExpression]]:
    name, lang, published = SEED_DOCS[key]
    body = seed_body(name)
    found = find_dates(body, spans=[Span(0, len(body), lang, "document")],
                       sentences=split_sentences(body), published=published)
    check_invariants(body, found)
    return body, found


def by_text(found: list[TimeExpression]) -> dict[str, list[TimeExpression]]:
    table: dict[str, list[TimeExpression]] = {}
    for e in found:
        table.setdefault(e.text, []).append(e)
    return table


def test_seed_000() -> None:
    _, found = tag_seed("000")
    table = by_text(found)
    expected = {
        "Friday": ("DATE", "2023-11-17", "day", True),
        "Over the weekend": ("DATE", "2023-W46-WE", "weekend", True),
        "over the weekend": ("DATE", "2023-W46-WE", "weekend", True),
        "this weekend": ("DATE", "2023-W46-WE", "weekend", True),
        "late Sunday night": ("TIME", "2023-11-19TNI", "day", True),
        "2015": ("DATE", "2015", "year", True),
        "2016": ("DATE", "2016", "year", True),
        "2018": ("DATE", "2018", "year", True),
        "2019": ("DATE", "2019", "year", True),
        "earlier this year": ("DATE", "2023", "year", True),
        "Two years later": ("DATE", "2018", "year", True),
        "three years after that": ("DATE", "2021", "year", True),
        "the end of November 2022": ("DATE", "2022-11", "month", True),
        "Today": ("DATE", "2023-11-20", "day", True),
        "eight months later": ("DATE", "XXXX-XX", "month", False),
        "one year ago": ("DATE", "2022", "year", True),
        "11:53pm Pacific": ("TIME", "XXXX-XX-XXT23:53", None, False),
        "12 hours ago": ("TIME", "PAST_REF", None, True),
        "in the coming days": ("DATE", "FUTURE_REF", None, True),
    }
    for text, fields in expected.items():
        assert text in table, text
        for e in table[text]:
            assert (e.type, e.value, e.granularity, e.anchored) == fields, text
    assert table["the end of November 2022"][0].mod == "END"
    assert table["late Sunday night"][0].first == "2023-11-19"
    later = table["three years after that"][0]
    assert later.anchor is not None and (later.anchor.source, later.anchor.value) == ("mentioned", "2018")
    assert len(table["this weekend"]) == 2 and len(table["over the weekend"]) == 2
    texts = " ".join(e.text for e in found)
    false_dates = ("$0", "billion", "million", "percent", "501", "990", "S-1s", "10-Ks", "may", "second",
                   "Sam")
    for false in false_dates:
        assert false not in texts, false


def test_seed_001() -> None:
    _, found = tag_seed("001")
    calendar = [(e.text, e.value, e.granularity, e.anchored) for e in found if e.granularity]
    assert calendar == [("2019", "2019", "year", True), ("2023", "2023", "year", True),
                        ("November 2023", "2023-11", "month", True)]
    assert {e.value for e in found if not e.granularity} == {"PRESENT_REF"}


def test_seed_002_exact() -> None:
    _, found = tag_seed("002")
    assert [(e.text, e.value) for e in found] == [
        ("im Moment", "PRESENT_REF"),
        ("Samstag", "XXXX-WXX-6"),
        ("jetzt", "PRESENT_REF"),
        ("diesem Jahr", "XXXX"),
        ("Freitag", "XXXX-WXX-5"),
        ("Sonntagnacht", "XXXX-WXX-7TNI"),
        ("über das Wochenende", "XXXX-WXX-WE"),
        ("jetzt", "PRESENT_REF"),
        ("in Zukunft", "FUTURE_REF"),
    ]
    assert [e.anchored for e in found if e.granularity] == [False] * 5
    assert next(e for e in found if e.text == "Sonntagnacht").type == "TIME"


def test_seed_003() -> None:
    _, found = tag_seed("003")
    table = by_text(found)
    assert [(e.value, e.granularity) for e in table["December 15, 2024"]] == [("2024-12-15", "day")]
    for year in ("2023", "2024", "2015", "2018", "2019"):
        assert all(e.value == year and e.granularity == "year" and e.anchored for e in table[year])
    (november,) = table["November"]
    assert (november.value, november.granularity, november.anchored) == ("2024-11", "month", True)
    assert november.anchor is not None and november.anchor.source == "published"
    assert [(e.type, e.value) for e in table["For years"]] == [("DURATION", "PXY")]
    texts = " ".join(e.text for e in found)
    assert "$" not in texts and "billion" not in texts


# --- properties ----------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc 019 2 .,$-%年月日周五Q Friday 2023 November week ago")),
               max_size=80),
       st.sampled_from(["en", "de", "zh"]))
def test_invariants_on_arbitrary_text(text: str, lang: str) -> None:
    check_invariants(text, tag(text, lang, MONDAY))


def test_import_is_light() -> None:
    code = "import sys, ainews_cli.dates; print('dateparser' in sys.modules, 'spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]


@pytest.mark.parametrize("lang", ["en", "de", "zh"])
def test_prefilter_changes_nothing(lang: str) -> None:
    """The first-token lookahead is only a speed-up: it must never hide a match."""
    from ainews_cli.dates.registry import language_pattern

    fast, slow = language_pattern(lang), language_pattern(lang, prefilter=False)
    assert fast is not None and slow is not None
    texts = [text for text, _, _ in (*EN_CASES, *DE_CASES, *ZH_CASES)]
    texts += [seed_body(name) for name, _, _ in SEED_DOCS.values()]
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]


@pytest.mark.parametrize(("body", "published", "expected"), [
    # A wire story filed the day before its page is dated counts its "today" from the dateline.
    ("智谱发布GLM-4\n\n本报北京1月16日讯 智谱AI今天发布了GLM-4。", "2024-01-17", "2024-01-16"),
    ("Title\n\nSAN FRANCISCO, Nov 20 (Reuters) - OpenAI said on Monday", "2023-11-21", "2023-11-20"),
    ("Title\n\nSAN FRANCISCO, Dec 31 (Reuters) - OpenAI said", "2024-01-01", "2023-12-31"),
    ("（中央社記者王心怡台北18日電）鴻海今天舉行", "2023-10-18", None),  # the publication day itself
    ("Title\n\nSAN FRANCISCO, Nov. 20, 2023 – OpenAI said", "2023-11-30", None),  # too far back: no filing day
    ("Title\n\n本月18日电视台报道，微软", "2023-11-20", None),  # 电视台 is television, no dateline
    ("Title\n\nOpenAI said on Monday", "2023-11-21", None),
])
def test_story_day(body: str, published: str, expected: str | None) -> None:
    from ainews_cli.dates import story_day

    assert story_day(body, published) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # A future said on a day (told by a report or a past tense) leaves that day in the past.
    ("Das Unternehmen hatte am Mittwoch mitgeteilt, es werde wachsen.", "de", "2024-02-28"),
    ("Die Firma hat am Mittwoch mitgeteilt, dass sie wachsen werde.", "de", "2024-02-28"),
    ("Wie das Unternehmen am Mittwoch mitteilte, werde die Runde bald abgeschlossen.", "de", "2024-02-28"),
    ("The company had said on Wednesday that it will grow.", "en", "2024-02-28"),
    # What is planned or meant lies ahead.
    ("OpenAI will am Mittwoch ein neues Modell vorstellen.", "de", "2024-03-06"),
    ("OpenAI wird am Mittwoch ein Modell vorstellen.", "de", "2024-03-06"),
    ("OpenAI wollte am Mittwoch ein Modell vorstellen.", "de", "2024-02-28"),
    ("Zu den Berichten vom Mittwoch will sich Microsoft nicht äußern.", "de", "2024-02-28"),
    # ... the intent right after the day, second in its clause, too.
    ("Schon am Mittwoch will Rocket Internet folgen.", "de", "2024-03-06"),
    # "soll" plans, unless a perfect infinitive makes it hearsay of what was done.
    ("Der neue Chip soll am Mittwoch in den Handel kommen.", "de", "2024-03-06"),
    ("Die Sparte soll am Mittwoch verkauft worden sein.", "de", "2024-02-28"),
    ("Der Gründer soll am Mittwoch seinen Rücktritt eingereicht haben.", "de", "2024-02-28"),
    ("Musk soll am Mittwoch – so berichtet Bloomberg – Klage eingereicht haben.", "de", "2024-02-28"),
    ("Musk soll am Mittwoch Klage eingereicht haben und fordert nun Schadenersatz.", "de", "2024-02-28"),
    # ... but a state planned ("abgeschlossen sein") and a plain "haben" plan ahead.
    ("Die Übernahme soll am Mittwoch abgeschlossen sein.", "de", "2024-03-06"),
    ("Der Chip soll am Mittwoch einen Anteil von zehn Prozent haben.", "de", "2024-03-06"),
    ("The company will launch it on Wednesday.", "en", "2024-03-06"),
])
def test_weekday_said_or_planned(text: str, lang: str, expected: str) -> None:
    found = tag(text, lang, "2024-03-05")  # a Tuesday
    assert found[0].value == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # A day a few words after a verb of saying is when it was said: before the publication.
    ("Google announced Bard on Feb. 6.", "en", "2023-02-06"),
    ("谷歌2月6日宣布推出Bard。", "zh", "2023-02-06"),  # Chinese tells the day of a saying before its verb
    # ... unless what was said lies ahead, or the day is another's told later in the clause.
    ("Google said it will launch Bard on Feb. 6.", "en", "2024-02-06"),
    ("Apple announced today an event to be held on Feb. 6.", "en", "2024-02-06"),
])
def test_a_day_said_lies_before_publication(text: str, lang: str, expected: str) -> None:
    values = [e.value for e in tag(text, lang, "2023-12-06") if e.type == "DATE"]
    assert values[-1] == expected


@pytest.mark.parametrize(("text", "lang", "pub", "phrase", "expected"), [
    # A year told in an earlier clause with its own verb is that clause's: the month after it
    # could be that year's or the publication's, so it stays unanchored.
    ("Elon Musk, who co-founded OpenAI in 2015 and sued it in February, said he would drop it.", "en", "2024-03-05",
     "February", "XXXX-02"),
    ("OpenAI was founded in December 2015 and released Gym in April.", "en", "2024-03-05", "April", "XXXX-04"),
    ("Apple was founded on April 1, 1976, and went public on December 12.", "en", "2024-03-05",
     "December 12", "XXXX-12-12"),
    ("Its revenue in 2015 was flat but grew in the fourth quarter.", "en", "2024-03-05",
     "the fourth quarter", "XXXX-Q4"),
    ("Musk gründete OpenAI 2015 mit und verklagte es im Februar.", "de", "2024-03-05", "Februar", "XXXX-02"),
    ("Musk hatte OpenAI 2015 mitgegründet; im Februar verklagte er es.", "de", "2024-03-05", "Februar", "XXXX-02"),
    # A year that opens the sentence frames all of it ...
    ("In 2015, Musk co-founded OpenAI and left its board in February.", "en", "2024-03-05", "February", "2015-02"),
    ("Im Jahr 2015 gründete Musk OpenAI mit und verließ im Februar den Vorstand.", "de", "2024-03-05",
     "Februar", "2015-02"),
    # ... one in the same clause gives its year ...
    ("The firm was founded in 2015 and in February it raised money.", "en", "2024-03-05", "February", "2015-02"),
    ("Musk gründete OpenAI im Februar 2015 mit.", "de", "2024-03-05", "Februar 2015", "2015-02"),
    # ... and so does the publication's own year, which both readings agree on.
    ("The company raised money in 2024 and hired staff in February.", "en", "2024-03-05", "February", "2024-02"),
    # Without a year before it, the publication date decides as ever.
    ("Musk sued OpenAI in February and dropped the case in June.", "en", "2024-03-05", "February", "2024-02"),
    # The day of a saying told in its own stretch of the sentence is past, whatever was said.
    ("DeepL hat Geld eingesammelt und wird mit zwei Milliarden Dollar bewertet, wie das Unternehmen am "
     "Mittwoch mitteilte.", "de", "2024-05-23", "Mittwoch", "2024-05-22"),
    ("Microsoft will buy Nuance, the company said on Monday.", "en", "2024-05-23", "Monday", "2024-05-20"),
    # ... but a day told before "it said" is what will be.
    ("Microsoft will report results on Monday, it said.", "en", "2024-05-23", "Monday", "2024-05-27"),
    ("Microsoft said it will buy Nuance on Monday.", "en", "2024-05-23", "Monday", "2024-05-27"),
    # A year beyond a comma is another's: "bis 2040" is the plan's end, not October's year.
    ("AWS kündigte im Oktober an, bis 2040 rund 7,8 Milliarden Euro zu stecken.", "de", "2024-05-23",
     "Oktober", "2023-10"),
    # A year in a relative clause between commas is the clause's: the day after it is the publication's.
    ("Sutskever, who co-founded OpenAI in 2015, said on May 14 that he was leaving.", "en", "2024-09-05",
     "May 14", "2024-05-14"),
    ("Sutskever, der OpenAI 2015 mitgründete, sagte am 14. Mai, er gehe.", "de", "2024-09-05", "14. Mai", "2024-05-14"),
    # A year opening the sentence frames it, aside or not.
    ("In 2015, which was a good year, it raised money in May.", "en", "2024-09-05", "May", "2015-05"),
    # A saying's verb before a day tells where a thing goes ("for", "für"), or in Chinese what
    # was said: the day is what was said to be, not the saying's.
    ("小米宣布3月28日发布SU7。", "zh", "2024-03-20", "3月28日", "2024-03-28"),
    ("Apple confirmed WWDC for June 10.", "en", "2024-03-20", "June 10", "2024-06-10"),
    ("Nvidia kündigte Zahlen für den 22. Mai an.", "de", "2024-05-02", "22. Mai", "2024-05-22"),
    # A year in an aside between commas, joined or not, is the aside's.
    ("OpenAI, which was founded in 2015 and is backed by Microsoft, released GPT-4 on March 14.", "en",
     "2024-03-20", "March 14", "2024-03-14"),
    ("Mistral AI, founded in 2023 and based in Paris, released Mistral Large in February.", "en",
     "2024-03-20", "February", "2024-02"),
    ("Das Start-up, 2015 gegründet und von Microsoft finanziert, stellte im März ein Modell vor.", "de",
     "2024-03-20", "März", "2024-03"),
    # An intent in another stretch of the sentence puts nothing ahead.
    ("Softbank, das einen Börsengang von Arm plant, hat am Montag Zahlen vorgelegt.", "de", "2024-03-20",
     "Montag", "2024-03-18"),
    # "last Tuesday" written on a Wednesday is the Tuesday of the week before; on a Thursday, that week's.
    ("It happened last Tuesday.", "en", "2017-06-21", "last Tuesday", "2017-06-13"),
    ("It happened last Tuesday.", "en", "2017-06-22", "last Tuesday", "2017-06-20"),
    # "that night" is the night of the day told; "the following Monday", "am Montag darauf" the first Monday after it.
    ("The board met on June 13. He quit that night.", "en", "2017-06-21", "that night", "2017-06-13TNI"),
    ("Musk tweeted on Aug. 7. Investors were puzzled. The following Monday he named a partner.", "en", "2018-09-30",
     "The following Monday", "2018-08-13"),
    ("Musk twitterte am 7. August. Anleger rätselten. Am Montag darauf nannte er einen Partner.", "de", "2018-09-30",
     "Montag darauf", "2018-08-13"),
])
def test_the_year_and_day_a_phrase_takes(text: str, lang: str, pub: str, phrase: str, expected: str) -> None:
    values = {e.text: e.value for e in tag(text, lang, pub)}
    assert values[phrase] == expected


@pytest.mark.parametrize(("text", "lang", "pub"), [
    ("Hurd resigned on Aug. 6, a Friday, after an investigation.", "en", "2010-09-08"),
    ("Am 6. August, einem Freitag, trat Hurd zurück.", "de", "2010-09-08"),
    ("苹果11月17日（周五）宣布。", "zh", "2010-11-20"),
])
def test_a_weekday_glossing_the_day_before_it_is_no_day_of_its_own(text: str, lang: str, pub: str) -> None:
    # Not the last Friday before the article: the day it glosses, written out just before it.
    assert len(tag(text, lang, pub)) == 1


def test_a_weekday_of_its_own_after_a_day_is_still_read() -> None:
    assert [e.value for e in tag("He left on Aug. 6. On Friday he was back.", "en", "2010-09-08")] == \
        ["2010-08-06", "2010-09-03"]


def test_the_quarter_before_or_after_is_no_first_quarter() -> None:
    assert tag("公司预计下一季度营收将增长，与上一季度相比，同一季度。", "zh", "2024-03-20") == []


@pytest.mark.parametrize(("body", "start", "expected"), [
    # A dateline on a line of its own, its dash ending the line; an indented Chinese one.
    ("SAN FRANCISCO, March 14 (Reuters) -\nThe company said on Tuesday it cut jobs.", 0, 35),
    ("标题\n\n　　（中央社記者王心怡台北18日電）鴻海今天舉行科技日。", 6, 22),
    ("He said: SAN FRANCISCO, March 14 (Reuters) - it is.", 9, 9),  # no line opens there
    # Places joined by a slash; the agency before the date; a Taiwanese compiled report.
    ("SANTA CLARA/HAIFA, 11. März 2019 – Nvidia kauft Mellanox.", 0, 35),
    ("Santa Clara (dpa) 11.03.2019 – Nvidia kauft Mellanox.", 0, 31),
    ("（中央社記者陳美玲舊金山15日綜合外電報導）OpenAI今天發表新模型。", 0, 22),
    ("（寰宇財經社記者許雅筑新竹2022年2月2日電）環球晶圓昨天宣布。", 0, 24),  # with its year
    # The reporters' byline right after the dateline is part of it.
    ("华信社南京8月10日电（记者 周启明 陆岚）阿里巴巴集团与苏宁云商10日宣布合作。", 0, 22),
    # A name with its company in brackets, a part number: no agency, no dateline.
    ("Sam Altman (OpenAI), 17. November 2023 – der Tag, an dem er ging.", 0, 0),
    ("Rückblick (Teil 2) 30. November 2022 – OpenAI veröffentlicht ChatGPT.", 0, 0),
    # A place not in capitals, with a date that writes its year; not a weekday with one.
    ("Mountain View/München, 11. August 2015 – Es ist der tiefste Einschnitt.", 0, 41),
    ("Freitag, 17. November 2023 – OpenAI feuert Sam Altman.", 0, 0),
    ("Fri., 17 Nov 2023 – OpenAI fires Sam Altman.", 0, 0),
    ("Berlin, 11. August – Es ist der tiefste Einschnitt.", 0, 0),
])
def test_dateline_end(body: str, start: int, expected: int) -> None:
    from ainews_cli.dates import dateline_end

    assert dateline_end(body, start) == expected


def test_a_masthead_line_dates_the_page_with_trailing_spaces_and_crlf() -> None:
    from ainews_cli.dates import dates_the_page

    body = "申江科技报　2023年9月8日　星期五　第05版　\r\n该公司9月7日宣布裁员200人。"
    assert dates_the_page(body, 0, body.index("　\r"), "zh")
    assert not dates_the_page(body, body.index("该"), len(body), "zh")


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("（寰宇財經社記者許雅筑新竹2022年2月2日電）全球第三大矽晶圓廠環球晶圓昨天宣布，收購一案告吹。", "2022-02-02"),
    ("新华社北京2023年11月20日电 某公司今天宣布，营收同比增长百分之十二。", "2023-11-20"),
    ("（中央社記者王心怡台北18日電）台積電今天宣布擴產計畫。", None),  # no year: other signs must give it
    ("本报讯 2023年11月20日，某公司宣布。", None),  # a date in the text, no dateline
])
def test_a_chinese_lead_dateline_with_its_year_dates_the_story(paragraph: str, expected: str | None) -> None:
    from ainews_cli.dates import lead_dateline_date

    assert lead_dateline_date(paragraph, "zh") == expected


@pytest.mark.parametrize(
    ("text", "lang", "pub", "expected"),
    [
        # A story years back told in order: a day of the month just told, a month after it.
        ("2018年4月16日，美国商务部宣布禁令。同年6月，双方达成和解。6月29日，董事会集体辞职。7月，禁令解除。", "zh",
         "2024-03-09",
         ["2018-04-16", "2018-06", "2018-06-29", "2018-07"]),
        ("On April 16, 2018, the ban came. In June, the two sides settled.", "en", "2024-03-09",
         ["2018-04-16", "2018-06"]),
        # Both steps open their sentences: not a date of a standing state or an apposition.
        ("Satya Nadella has been chief executive since February 2014. On March 12, Microsoft said it would hire.",
         "en", "2024-04-05", ["2014-02", "2024-03-12"]),
        ("Nvidia, founded in April 1993, said on May 22 that revenue tripled.", "en", "2024-06-10",
         ["1993-04", "2024-05-22"]),
        ("雷军自2019年1月起担任小米集团董事长。3月28日，小米发布首款汽车SU7。", "zh", "2024-04-20",
         ["2019-01", "2024-03-28"]),
        # The month told again, or a story of the year before, returns to the article's year.
        ("CrowdStrike went public in June 2019. It joined the index in June.", "en", "2024-08-07",
         ["2019-06", "2024-06"]),
        ("Microsoft invested in January 2023. In February, Microsoft agreed a partnership.", "en", "2024-04-15",
         ["2023-01", "2024-02"]),
        ("ChatGPT erschien Ende November 2022. Am 6. November hatte Altman neue Produkte vorgestellt.", "de",
         "2023-11-18", ["2022-11", "2023-11-06"]),
        # Within a sentence, after a date that went on from one told before: the same story's year; and 同年 after it.
        ("案件源於2015年11月的黑客入侵事件。黑客於同月14日入侵資料庫，集團至11月24日才察覺異常。私隱專員公署於同年12月初展開審查。",
         "zh", "2018-01-09", ["2015-11", "2015-11", "2015-11-24", "2015-12"]),
    ],
)
def test_a_story_years_back_told_in_order_keeps_its_year(text: str, lang: str, pub: str, expected: list[str]) -> None:
    assert [e.value for e in tag(text, lang, pub) if e.type == "DATE"] == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("On December 9 the company said revenue for the quarter, which ended on November 30, rose 6 percent. "
     "Its shares surged the next day.", "en"),
    ("公司12月9日公布截至11月30日的季度业绩。次日股价大涨。", "zh"),
])
def test_the_next_day_counts_from_a_happening_not_from_a_period_end(text: str, lang: str) -> None:
    assert [e.value for e in tag(text, lang, "2021-12-21")][-1] == "2021-12-10"


def test_a_weekday_written_with_a_day_and_month_says_which_year() -> None:
    # 28 October 2018 was a Sunday, 28 October 2019 a Monday.
    text = "The companies announced the deal on Sunday, Oct. 28, and the shares fell the next day."
    assert [(e.text, e.value) for e in tag(text, "en", "2019-07-10")] == [("Oct. 28", "2018-10-28"),
                                                                          ("the next day", "2018-10-29")]
    assert [e.value for e in tag("Die Firmen hatten den Deal am Sonntag, 28. Oktober, angekündigt.", "de",
                                 "2019-07-10")] == ["2018-10-28"]
    # No weekday, or one no near year fits: the year as before.
    assert [e.value for e in tag("The companies announced the deal on Oct. 28.", "en", "2019-11-10")] == ["2019-10-28"]
    assert [e.value for e in tag("The fair opens on Monday, Oct. 28.", "en", "2019-07-10")] == ["2019-10-28"]


@pytest.mark.parametrize(("text", "lang", "published", "expected"), [
    ("The deal closed on New Year's Day.", "en", "2019-01-03", [("New Year's Day", "2019-01-01")]),
    ("Staff were told on Christmas Eve.", "en", "2019-12-28", [("Christmas Eve", "2019-12-24")]),
    ("Am Heiligabend kündigte der Konzern den Rückzug an.", "de", "2019-12-27", [("Heiligabend", "2019-12-24")]),
    ("Seit Neujahr führt sie den Konzern.", "de", "2020-01-05", [("Neujahr", "2020-01-01")]),
    ("華碩今（2）日證實，兩人已自元旦起共同出任執行長。", "zh", "2019-01-02",
     [("今（2）日", "2019-01-02"), ("元旦", "2019-01-01")]),
    ("平安夜当天，该公司宣布了这一消息。", "zh", "2023-12-26", [("平安夜", "2023-12-24"), ("当天", "2023-12-24")]),
])
def test_a_holiday_of_a_fixed_day_is_that_day(text: str, lang: str, published: str,
                                               expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in tag(text, lang, published)] == expected


def test_a_holiday_in_an_undated_document_stays_unanchored() -> None:
    assert [(d.text, d.value, d.anchored) for d in tag("The deal closed on New Year's Day.", "en")] == [
        ("New Year's Day", "XXXX-01-01", False)]


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # "That August" opening a sentence, "that same month": the year and the month told before, not the
    # publication's.
    ("Oculus was founded in June 2012. That August it turned to Kickstarter.", "That August", "2012-08"),
    ("Page put him in charge last October. Rubin left Google that same month.", "that same month", "2014-10"),
    ("Rubin joined in 2012. He left Google that same year.", "that same year", "2012"),
    # "the following September": the first September after the month told before, across a year's end.
    ("Apple agreed to buy NeXT in December 1996. He became chief executive the following September.",
     "the following September", "1997-09"),
    ("Rubin joined in March 2012. He left the following May.", "the following May", "2012-05"),
])
def test_that_month_and_that_same_month_count_from_the_date_told(text: str, phrase: str, expected: str) -> None:
    values = {e.text: e.value for e in tag(text, "en", "2015-08-11")}
    assert values[phrase] == expected


def test_the_following_month_in_an_undated_story_stays_unanchored() -> None:
    assert [(e.value, e.anchored) for e in tag("He left the following May.", "en", "2015-08-11")] == [
        ("XXXX-05", False)]


@pytest.mark.parametrize(("text", "expected"), [
    # 将 before its object and a verb of putting marks the object, it tells no future: 14 January is past.
    ("美國國防部1月14日將小米列入「中國軍方企業」清單。", "2021-01-14"),
    ("华为将荣耀出售给深圳智信新信息技术有限公司，交易于1月14日完成。", "2021-01-14"),
    # ... but 将 with a word of time or place after it is ahead.
    ("公司1月14日将于北京发布新机。", "2022-01-14"),
])
def test_a_chinese_disposal_marker_is_no_future(text: str, expected: str) -> None:
    assert [e.value for e in tag(text, "zh", "2021-03-31") if "1月14日" in e.text] == [expected]


def test_that_before_a_month_inside_a_sentence_is_no_date() -> None:
    assert [e.text for e in tag("He said that May would be busy.", "en", "2015-08-11")] == []


def test_the_following_monday_with_no_day_told_stays_unanchored() -> None:
    assert [(e.text, e.value, e.anchored) for e in tag("The following Monday he quit.", "en", "2018-09-30")] == \
        [("The following Monday", "XXXX-WXX-1", False)]


@pytest.mark.parametrize(("text", "lang", "pub", "expected"), [
    # The holiday quarter is October to December whatever a company's fiscal year; a last quarter is not read.
    ("Im Weihnachtsquartal setzte der Onlinehändler erstmals mehr als 100 Milliarden Dollar um.", "de", "2021-02-03",
     ["2020-Q4"]),
    ("Apple sold more iPhones in the holiday quarter than ever.", "en", "2021-01-28", ["2020-Q4"]),
    ("AWS kam im Schlussquartal auf einen Umsatz von 12,7 Milliarden Dollar.", "de", "2021-02-03", []),
])
def test_the_holiday_quarter(text: str, lang: str, pub: str, expected: list[str]) -> None:
    assert [e.value for e in tag(text, lang, pub)] == expected


@pytest.mark.parametrize(("text", "lang", "pub", "expected"), [
    # A future in another clause after a comma does not put a day told with a verb in the past ahead.
    ("Texas Instruments agreed on Monday to buy National Semiconductor, betting that analog chips will grow.", "en",
     "2011-04-05", ["2011-04-04"]),
    ("The company said it will close on Monday.", "en", "2011-04-05", ["2011-04-11"]),
    # A weekday with an article before the day it names says which year.
    ("Am Montag, dem 7. November, teilte Elmos überraschend mit, das Ministerium werde den Verkauf verbieten.", "de",
     "2023-06-29", ["2022-11-07"]),
    # A Chinese sentence that opens with a day and tells a saying is past ("leaning neither way" without one).
    ("5月13日，市场监管总局宣布依据反垄断法对知网立案调查。", "zh", "2022-12-26", ["2022-05-13"]),
    ("4月19日，知网发布说明称，中科院调整了采购模式。", "zh", "2022-12-26", ["2022-04-19"]),
    # The weekdays listed with "every" are one set, no day of its own.
    ("Circuit Ledger's newsletter arrives every Tuesday and Friday.", "en", "2011-04-05", []),
])
def test_tense_and_weekdays_of_the_fifty_third_set(text: str, lang: str, pub: str, expected: list[str]) -> None:
    assert [e.value for e in tag(text, lang, pub) if e.type == "DATE"] == expected

