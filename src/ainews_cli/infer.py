"""Publication dates inferred for undated documents from the happenings they tell.

An article that lost its date (a newsletter, a repost) still says when things happened
relative to it: "am Freitag", "Sonntagnacht", "yesterday", "上周五".  When other
documents in the store date the same happening (an event mention of the same type
sharing the canonical participants: two, or all of the mention's when it names one; an
untyped mention needs two shared with a typed one),
each such mention allows a few publication days: those against which the temporal
tagger (dates/reanchor.py) resolves its phrase to that happening's date, and, for a
weekday or weekend named without "last" or "next", only while it is recent (at most
RECENT_DAYS away, as news writes: a Friday is "am Freitag" until the Tuesday after; a
night runs into the next day, so "Sonntagnacht" told in the past was written on Monday
at the earliest).

A date is inferred only when

- at least two mentions agree on some days, and they tell at least two different
  happenings (two phrases for one happening are one piece of evidence);
- the days they agree on run without a gap inside one ISO week;
- nothing in the document speaks against it: no mention naming one day tells a
  happening another document dates near those days on a day its phrase cannot name
  ("am Montag" for a happening of Tuesday), no mention fits only other days near them
  (two different Fridays), and no date the text names lies after the first of those days.

The inferred date is the run of days (``Inference``): one day, or a range such as
2023-11-20 to 2023-11-21.  A relative date is placed through it only when every day of
the range gives it the same value, so nothing becomes more precise than the evidence.
Otherwise the document stays undated, and ``reason`` says why.  Nothing is ever inferred
from today's date or a file's time, and only from documents dated by what they state:
an inferred date never serves as evidence for another one.

Pure functions over what the store holds; the result depends on the set of documents,
never on their order (timeline_cache.py runs it whenever the store changed).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ainews_cli.dates.reanchor import is_bare, resolve_passages
from ainews_cli.records import (
    INFERRED,
    Anchor,
    DocumentInference,
    EventMention,
    Evidence,
    Inference,
    MatchedEvent,
    PubDate,
    Source,
    TimeExpression,
    UndatedDocument,
    counted,
    days_value,
)

OTHER = "other"
RECENT_DAYS = 4  # a bare weekday or weekend lies at most this many days from the publication date
REACH_DAYS = 21  # publication days tried on either side of a matched happening
NEAR_DAYS = 31  # a mention that fits only days this near the agreed ones contradicts them
AMOUNT_TOLERANCE = 0.005  # two amounts this close are one amount written twice
CLUE_GRANULARITIES = ("day", "weekend", "week")  # a month or a year pins no week
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def infer(undated: Iterable[UndatedDocument], dated: Sequence[Source],
          copies: Mapping[str, str] | None = None) -> list[DocumentInference]:
    """Each undated document's inference, in document order, with what it places.

    A copy (``copies``: copy -> original, copies.py) is no evidence: it tells what its
    original tells. Documents with the same content get the same inference, worked out
    once: a pile of 2,500 reposts of one undated article costs one inference."""
    copies = copies or {}
    undated = sorted(undated, key=lambda u: u.doc)
    happenings = _Index(s for s in dated if _is_clue_date(s.mention.date) and s.mention.type != OTHER
                        and s.doc not in copies)
    unplaced = _Index(Source(u.doc, p) for u in undated for p in u.pending if p.type != OTHER)  # for the reason
    def content(item: UndatedDocument) -> tuple[object, ...]:
        return item.pending, item.passages, item.dates, item.sentences

    done: dict[tuple[object, ...], DocumentInference] = {}
    for item in sorted(undated, key=lambda u: u.doc in copies):  # an original before its copies
        if content(item) not in done:
            done[content(item)] = _infer_one(item, happenings, unplaced)
    return [replace(done[content(item)], doc=item.doc) for item in undated]


def _is_clue_date(expression: TimeExpression) -> bool:
    return expression.on_calendar and expression.granularity in CLUE_GRANULARITIES


def _day(iso: str) -> date:
    return date.fromisoformat(iso[:10])


class _Index:
    """Typed event mentions by participant, for finding those of one happening."""

    def __init__(self, sources: Iterable[Source]) -> None:
        self.by_name: dict[str, list[Source]] = defaultdict(list)
        for source in sources:
            for name in source.mention.party_names():
                self.by_name[name].append(source)

    def telling(self, mention: EventMention, doc: str) -> list[Source]:
        """The typed mentions of other documents that may tell the happening ``mention``
        tells: of the same type sharing two participants (or its one), or, for an untyped
        mention, of any type sharing two (as merging joins an untyped mention to the typed
        event of its day, docs/events.md)."""
        names = set(mention.party_names())
        need = 2 if mention.type == OTHER else min(2, len(names))
        found: dict[tuple[str, int, int], Source] = {}
        for name in sorted(names):
            for source in self.by_name.get(name, ()):
                if mention.type not in (OTHER, source.mention.type) or source.doc == doc:
                    continue
                if len(names & set(source.mention.party_names())) >= need \
                        and _same_amounts(mention, source.mention):
                    found[(source.doc, source.mention.sentence_start, source.mention.date.start)] = source
        return [found[key] for key in sorted(found)]


def _same_amounts(one: EventMention, other: EventMention) -> bool:
    """Whether two mentions may tell one happening as far as their amounts go: when both
    state amounts of money, one of them must be the same ("fast 279 Milliarden Dollar" and
    "$279 billion"; not Nvidia's $30 billion revenue)."""
    if not one.amounts or not other.amounts:
        return True
    return any(a.currency == b.currency and abs(a.amount - b.amount) <= AMOUNT_TOLERANCE * max(a.amount, b.amount)
               for a in one.amounts for b in other.amounts)


@dataclass(frozen=True)
class _Reading:
    """A phrase resolved against a publication day, as far as matching goes: the days it
    covers, its granularity, and whether it is a night."""

    first: date
    last: date
    granularity: str
    night: bool

    @classmethod
    def of(cls, expression: TimeExpression | None) -> _Reading | None:
        if expression is None or not _is_clue_date(expression):
            return None
        assert expression.first and expression.last and expression.granularity
        return cls(_day(expression.first), _day(expression.last), expression.granularity,
                   expression.value.endswith("TNI"))

    def moved(self, days: int) -> _Reading:
        step = timedelta(days=days)
        return _Reading(self.first + step, self.last + step, self.granularity, self.night)


# A week of publication days to learn how a phrase moves with the day it is read on (a
# fixed week, never today): "am Freitag" read on a Wednesday is two days back, whatever
# the week.  Two weeks, to check the phrase does move that way.
_REFERENCE = date(2001, 1, 1)  # a Monday


class _Resolver:
    """One document's dates resolved against each publication day asked for (cached).

    A weekday, weekend, "yesterday" or "last week" reads the same on every Wednesday,
    shifted by the days between them; such a phrase is resolved on two reference weeks
    only, and its reading on any day computed from them.  Other phrases ("November 17",
    which reads differently across a year) are resolved day by day."""

    def __init__(self, undated: UndatedDocument) -> None:
        self.undated = undated
        self.cache: dict[date, dict[tuple[int, int], TimeExpression]] = {}
        self.profiles: dict[tuple[int, int], list[_Reading | None] | None] = {}

    def at(self, day: date) -> dict[tuple[int, int], TimeExpression]:
        if day not in self.cache:
            self.cache[day] = resolve_passages(self.undated.passages, PubDate(day.isoformat(), INFERRED),
                                               self.undated.sentences)
        return self.cache[day]

    def reading(self, span: tuple[int, int], day: date) -> _Reading | None:
        """The phrase at ``span`` read against publication day ``day``."""
        if span not in self.profiles:
            self.profiles[span] = self._profile(span)
        profile = self.profiles[span]
        if profile is None:
            return _Reading.of(self.at(day).get(span))
        found = profile[day.weekday()]
        return None if found is None else found.moved((day - _REFERENCE).days - day.weekday())

    def _profile(self, span: tuple[int, int]) -> list[_Reading | None] | None:
        """The phrase's reading on each weekday of the reference week, if it moves with the day."""
        readings = [_Reading.of(self.at(_REFERENCE + timedelta(days=i)).get(span)) for i in range(14)]
        later = [None if r is None else r.moved(-7) for r in readings[7:]]
        return readings[:7] if readings[:7] == later else None


@dataclass
class _Clue:
    """A typed pending mention, the happenings it may tell, and the days each allows."""

    mention: EventMention
    candidates: list[Source]
    days: dict[tuple[str, str], set[date]]  # (type, date value) of a happening -> publication days
    reach_exceeded: bool = False
    reads_as: str | None = None  # what its phrase names once dated: day, weekend, week; None ("im Moment")

    @property
    def dates_a_day(self) -> bool:
        return self.reads_as is not None

    @property
    def can_contradict(self) -> bool:
        """A phrase that names one day ("am Montag", "gestern") contradicts a happening dated to
        another; "über das Wochenende" is looser in use (a Friday evening's news)."""
        return self.reads_as == "day" and not self.reach_exceeded

    @property
    def all_days(self) -> set[date]:
        return set().union(*self.days.values()) if self.days else set()

    def phrase(self) -> str:
        return f"“{self.mention.date.text}” ({self.mention.type})"


def _infer_one(undated: UndatedDocument, happenings: _Index, unplaced: _Index) -> DocumentInference:
    doc = undated.doc
    typed = [p for p in undated.pending if len(p.party_names()) >= (2 if p.type == OTHER else 1)]
    if not typed:
        return _withheld(doc, "it tells no happening with a relative date (“on Friday”, “gestern”) and "
                              "participants that another document could date")
    clues = [_Clue(p, happenings.telling(p, doc), {}) for p in typed]
    matched = [clue for clue in clues if clue.candidates]
    if not matched:
        elsewhere = sorted({s.doc for p in typed for s in unplaced.telling(p, doc)})
        if elsewhere:
            return _withheld(doc, f"its happenings are told with a date only by undated documents "
                                  f"({_names(elsewhere)}), whose relative dates are unanchored too")
        return _withheld(doc, f"no other document dates the happenings its relative dates tell "
                              f"({counted(len(typed), 'mention')}; same type, same participants)")
    resolver = _Resolver(undated)
    for clue in matched:
        _allowed_days(clue, resolver)
    matched = [clue for clue in matched if clue.dates_a_day]
    if not matched:
        return _withheld(doc, "its mentions of happenings dated elsewhere name no day, weekend or week ("
                              + _names(sorted({f"“{c.mention.date.text}”" for c in clues if c.candidates})) + ")")
    fitting = [clue for clue in matched if clue.days]
    evidence_of = {id(clue): _evidence(clue, None) for clue in fitting}
    if not fitting:
        against = tuple(_misfit(clue) for clue in matched if clue.can_contradict)
        reason = against[0] if against else "none of its relative mentions names the date another document gives"
        return _withheld(doc, f"no publication date fits: {reason}", against=against)
    support: dict[date, frozenset[int]] = defaultdict(frozenset)
    for index, clue in enumerate(fitting):
        for day in clue.all_days:
            support[day] = support[day] | {index}
    most = max(len(members) for members in support.values())
    best = sorted({members for members in support.values() if len(members) == most}, key=sorted)
    agreed = [fitting[i] for i in sorted(best[0])]
    days = sorted(day for day, members in support.items() if members == best[0])
    evidence = tuple(_evidence(clue, set(days)) for clue in agreed)
    all_evidence = tuple(evidence_of[id(clue)] for clue in fitting)
    if most < 2:
        near = _misfits_near(matched, min(support), max(support))
        if near:
            return _withheld(doc, "the text speaks against a date: " + near[0], evidence=all_evidence,
                             against=tuple(near))
        if len(fitting) >= 2:
            return _withheld(doc, "no two of its mentions agree on a publication date: " + _disagreement(fitting),
                             evidence=all_evidence, against=(_disagreement(fitting),))
        return _withheld(doc, f"only one happening dated elsewhere fits ({fitting[0].phrase()}); two independent "
                              "mentions are needed", evidence=all_evidence)
    if len(best) > 1:
        runs = "; ".join(_runs(sorted(d for d, m in support.items() if m == members))[0] for members in best)
        return _withheld(doc, f"its mentions fit different dates equally well ({runs})", evidence=all_evidence)
    keys = {key for clue in agreed for key, allowed in clue.days.items() if allowed & set(days)}
    if len(agreed) < 2 or len(keys) < 2:
        told = ", ".join(clue.phrase() for clue in agreed)
        return _withheld(doc, f"only one happening dated elsewhere fits ({told}); two independent mentions are "
                              "needed", evidence=all_evidence)
    first, last = days[0], days[-1]
    objections = [*_disagreeing(fitting, agreed, first, last), *_misfits_near(matched, first, last),
                  *_later_dates(undated, first)]
    if objections:
        return _withheld(doc, "the text speaks against a date: " + objections[0], evidence=all_evidence,
                         against=tuple(objections))
    if (last - first).days + 1 != len(days):
        return _withheld(doc, f"its mentions agree on days with gaps between them ({_names(_runs(days))})",
                         evidence=all_evidence)
    if first.isocalendar()[:2] != last.isocalendar()[:2]:
        return _withheld(doc, f"its mentions allow days in two weeks ({first} to {last}); they must agree on one",
                         evidence=all_evidence)
    when = f"on {first}" if first == last else f"between {first} and {last}"
    inference = Inference(first.isoformat(), last.isoformat(),
                          f"{counted(len(agreed), 'mention')} of happenings dated elsewhere agree that it was "
                          f"published {when}, and nothing in it speaks against that", evidence)
    return _placed(undated, inference, resolver, days)


def _allowed_days(clue: _Clue, resolver: _Resolver) -> None:
    """The publication days against which the clue's phrase names each candidate's date."""
    mention = clue.mention
    bare = is_bare(mention.date.text, mention.lang)
    span = (mention.date.start, mention.date.end)
    exact: dict[tuple[str, str], set[date]] = {}  # happenings dated at the phrase's own precision
    loose: dict[tuple[str, str], set[date]] = {}  # a day in a weekend or week, a weekend in a week
    for candidate in clue.candidates:
        told = candidate.mention.date
        key = (candidate.mention.type, told.calendar_value)
        assert told.first and told.last
        start, end = _day(told.first) - timedelta(days=REACH_DAYS), _day(told.last) + timedelta(days=REACH_DAYS)
        allowed, same = set(), False
        day = start
        while day <= end:
            reading = resolver.reading(span, day)
            clue.reads_as = clue.reads_as or (reading.granularity if reading is not None else None)
            if reading is not None and _fits(reading, told, day, bare):
                allowed.add(day)
                same = same or reading.granularity == told.granularity
            day += timedelta(days=1)
        if start in allowed or end in allowed:
            clue.reach_exceeded = True  # "vor 30 Tagen": further than we look, so no evidence
            continue
        if allowed:
            (exact if same else loose).setdefault(key, set()).update(allowed)
    # "Today" that another document dates to a day is that day, not also a weekend some
    # third document gives the same happening: a happening at the phrase's own precision wins.
    clue.days = exact or loose


def _fits(reading: _Reading, told: TimeExpression, day: date, bare: bool) -> bool:
    """Whether a phrase read against publication day ``day`` names the happening's date."""
    assert told.first and told.last
    first, last = reading.first, reading.last
    told_first, told_last = _day(told.first), _day(told.last)
    # One date holds the other: a day told as "over the weekend", a weekend day as "Samstag".
    if not (first <= told_first and told_last <= last) and not (told_first <= first and last <= told_last):
        return False
    if bare:
        gap = (day - last).days if last < day else (first - day).days if first > day else 0
        if gap > RECENT_DAYS:
            return False
    # A night runs into the next day: told as past, it was written the day after at the earliest.
    return not (reading.night and last == day)


def _placed(undated: UndatedDocument, inference: Inference, resolver: _Resolver,
            days: Sequence[date]) -> DocumentInference:
    """The document's dates and pending mentions placed through the inferred days: an
    expression only where every one of them gives it the same value."""
    value = inference.date or ""
    resolved = [resolver.at(day) for day in days]
    before = {(e.start, e.end): e for e in undated.dates}
    placed: dict[tuple[int, int], TimeExpression] = {}
    for span, expression in sorted(resolved[0].items()):
        if not expression.anchored or any(_reading(other.get(span)) != _reading(expression) for other in resolved[1:]):
            continue
        old = before.get(span)
        if old is None or old.on_calendar:  # what the text dates itself stays as it is
            continue
        anchor = expression.anchor
        if anchor is None:
            continue
        if anchor.source == "published":
            anchor = Anchor(INFERRED, value)
        elif anchor.source == "mentioned":  # through a phrase placed by the inferred date
            anchor = Anchor(INFERRED, anchor.value, anchor.text, anchor.start)
        placed[span] = replace(expression, anchor=anchor)
    events = [replace(p, date=placed[(p.date.start, p.date.end)]) for p in undated.pending
              if (p.date.start, p.date.end) in placed and placed[(p.date.start, p.date.end)].on_calendar]
    return DocumentInference(undated.doc, inference, tuple(placed[span] for span in sorted(placed)),
                             tuple(sorted(events, key=lambda e: (e.sentence_start, e.date.start))))


def _reading(expression: TimeExpression | None) -> tuple[object, ...] | None:
    """What an expression says, whatever publication day it was resolved against."""
    if expression is None:
        return None
    anchor = expression.anchor
    through = None if anchor is None else (anchor.source, anchor.text, anchor.start) if anchor.source != "published" \
        else ("published",)
    return (replace(expression, anchor=None), through)


def _disagreeing(fitting: Sequence[_Clue], agreed: Sequence[_Clue], first: date, last: date) -> list[str]:
    """Mentions that fit only other days near the agreed ones: "on Friday" twice, for two Fridays."""
    found = []
    for clue in fitting:
        if any(clue is other for other in agreed):
            continue
        near = sorted(day for day in clue.all_days if first - timedelta(days=NEAR_DAYS) <= day
                      <= last + timedelta(days=NEAR_DAYS))
        if near:
            told = ", ".join(sorted(f"{kind} of {value}" for kind, value in clue.days))
            found.append(f"{clue.phrase()} tells the {told}, which fits a publication {_names(_runs(near))} only, "
                         f"not {days_value(first.isoformat(), last.isoformat())}")
    return found


def _misfits_near(matched: Sequence[_Clue], first: date, last: date) -> list[str]:
    """Mentions of a happening dated near the agreed days whose phrase cannot name its date."""
    found = []
    for clue in matched:
        if clue.days or not clue.can_contradict:
            continue
        if any(first - timedelta(days=NEAR_DAYS) <= _day(c.mention.date.first or "") <= last
               + timedelta(days=NEAR_DAYS) for c in clue.candidates):
            found.append(_misfit(clue))
    return found


def _disagreement(fitting: Sequence[_Clue]) -> str:
    """What mentions that agree on no day each allow: "“Friday” names two different days" when it is one phrase."""
    told = "; ".join(f"{clue.phrase()} fits {_names(_runs(sorted(clue.all_days)))}" for clue in fitting)
    phrases = [clue.mention.date.text.casefold() for clue in fitting]
    twice = sorted({phrase for phrase in phrases if phrases.count(phrase) > 1})
    if twice:
        return f"“{fitting[phrases.index(twice[0])].mention.date.text}” names two different days ({told})"
    return told


def _misfit(clue: _Clue) -> str:
    candidate = clue.candidates[0]
    told = candidate.mention.date
    weekday = f"{WEEKDAYS[_day(told.first or '').weekday()]} " if told.granularity == "day" else ""
    return (f"{clue.phrase()} tells what {candidate.doc} dates to {weekday}{told.calendar_value}, and no "
            f"publication date makes “{clue.mention.date.text}” that day")


def _later_dates(undated: UndatedDocument, first: date) -> list[str]:
    """Dates the text names itself that lie after the first inferred day."""
    found = []
    for expression in undated.dates:
        if not expression.on_calendar or (expression.anchor is not None and expression.anchor.source != "mentioned"):
            continue
        if _day(expression.first or "") > first:
            found.append(f"it names {expression.calendar_value} (“{expression.text}”), after {first}, the first "
                         "day the mentions allow")
    return found


def _evidence(clue: _Clue, days: set[date] | None) -> Evidence:
    """A clue as evidence: the happenings it matched (those fitting ``days`` when given)."""
    by_key: dict[tuple[str, str], list[Source]] = defaultdict(list)
    for candidate in clue.candidates:
        by_key[(candidate.mention.type, candidate.mention.date.calendar_value)].append(candidate)
    events = []
    for key in sorted(clue.days):
        if days is not None and not clue.days[key] & days:
            continue
        tellers = sorted(by_key[key], key=lambda s: (s.doc, s.mention.sentence_start))
        events.append(MatchedEvent(key[1], key[0], tellers[0].mention.headline,
                                   tuple(sorted({s.doc for s in tellers}))))
    mention = clue.mention
    return Evidence(mention.date.text, mention.date.start, mention.sentence, mention.type,
                    tuple(_runs(sorted(clue.all_days))), tuple(events))


def _runs(days: Sequence[date]) -> list[str]:
    """Sorted days as runs without gaps: "2023-11-17/2023-11-21"."""
    runs: list[list[date]] = []
    for day in days:
        if runs and (day - runs[-1][1]).days == 1:
            runs[-1][1] = day
        else:
            runs.append([day, day])
    return [days_value(a.isoformat(), b.isoformat()) for a, b in runs]


def _withheld(doc: str, reason: str, *, evidence: tuple[Evidence, ...] = (),
              against: tuple[str, ...] = ()) -> DocumentInference:
    return DocumentInference(doc, Inference(None, None, "nothing inferred: " + reason, evidence, against))


def _names(items: Sequence[str], most: int = 3) -> str:
    shown = ", ".join(items[:most])
    return shown + (f" and {len(items) - most} more" if len(items) > most else "")


def inferred_counts(inferences: Mapping[str, Inference]) -> int:
    """How many of these documents have an inferred date."""
    return sum(1 for inference in inferences.values() if inference.inferred)
