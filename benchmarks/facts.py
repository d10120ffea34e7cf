"""Fact benchmark: the precision and recall of `ainews facts` per kind, on the
hand-annotated fact sentences (benchmarks/data/facts/facts.jsonl).

    python benchmarks/facts.py [--errors]
        [--split tune|held-out|seen|third|fresh|fourth|...|sixtysecond|sixtythird|all]

ainews runs as a reader runs it: `ainews facts PATHS --json` over every article the
annotation names, in a fresh home. A fact ainews lists belongs to an annotated line
when its sentence holds the line's quoted text (to the line whose quote holds its amount,
else its phrase, where two lines quote parts of one sentence); facts in sentences nobody annotated
are not scored (their number is printed). `money` and `percent` (an amount no typed
fact explains) are no claims about parties and are not scored either.

A listed fact is **complete** when an annotated fact of its line has the same kind and
the same fields that matter, each compared exactly (canonical names, a Chinese one in
either script, as ainews names it in Simplified; amounts in whole units, the role
normalised in English), and **right** when it is complete or leaves out
what it cannot tell and states nothing wrong: a role with no organisation, an
investment with no target or no amount, a founding with fewer founders or no year
("Chief technology officer Mira Murati" in a sentence that names no company). A wrong
or reversed party, amount or role is wrong.

| kind | fields |
|---|---|
| role | person, role, org |
| founded | org, founders (as a set), year |
| investment | investor, target, amount, currency |
| stake | holder, target, percent |
| valuation, revenue, funding_round | subject, amount, currency |
| market_value_change | subject, amount, currency, direction |

Roles are judged per document: ainews lists one role fact per person, role and
organisation in a document (the first sentence that states it), so a role counts as
found wherever the document lists it, a role two lines state is one annotated role,
and a listed role is judged against every role the document's annotated lines give (a
listed role outside those lines that agrees with none of them is not scored); a
founder's or co-founder's role that an annotated founding of the document implies
("Musk, who co-founded OpenAI") is right, though no line lists it as a role, and the other
way round an annotated founding with no year whose founders ainews lists as the
organisation's founders or co-founders in the document is found ("百度创始人李彦宏" is
annotated as a founding by its Chinese writers, "co-founder Ilya Sutskever" as a role by
the English ones: the two say the same). Each
annotated fact is matched once, complete matches first. Precision = right / listed (no
wrong claim), recall = annotated facts matched completely / annotated facts, per kind;
the qualifier (about, rund, 约) is reported beside them, not required. Lines with
`"facts": []` count only against
precision. The articles split as in benchmarks/entities.py: `TUNE` was looked at
while the fact rules were written, the rest (`held-out`) was not. `seen`, `third`,
`fresh`, `fourth`, `fifth`, ..., `sixtysecond` and `sixtythird` are the articles of benchmarks/data/seen/, third/,
fresh/, fourth/, ... and sixtythird/, each written by someone who read neither the rules nor ainews's output; `seen`,
`third` and `fourth` to `sixtythird` were then looked at while tuning (`third` to `sixtythird`
measured blind first), `fresh`'s fact rows too.
`--errors` lists the tune split's errors unless `--split` names another.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import annotated
from entities import TUNE
from runner import run_ainews

FOLDERS = annotated.BLIND_FOLDERS

KEYS: dict[str, tuple[str, ...]] = {
    "role": ("person", "role", "org"),
    "founded": ("org", "founders", "year"),
    "investment": ("investor", "target", "amount", "currency"),
    "stake": ("holder", "target", "percent"),
    "valuation": ("subject", "amount", "currency"),
    "revenue": ("subject", "amount", "currency"),
    "funding_round": ("subject", "amount", "currency"),
    "market_value_change": ("subject", "amount", "currency", "direction"),
}


# The fields that name a party. ainews names a Chinese name its alias table does not know in
# Simplified characters, so it is one entity in both scripts (docs/aliases.md); an annotation of a
# Traditional article writes it as the article does ("劉揚偉"). Both are compared folded, as
# benchmarks/events.py compares participants.
NAMES = {"person", "org", "founders", "investor", "target", "holder", "subject"}


def _name(value: Any) -> Any:
    from ainews_cli.han import normalised

    return normalised(annotated.canonical(value)) if isinstance(value, str) else value


def _value(kind: str, key: str, value: Any) -> Any:
    if key == "founders":
        return tuple(sorted(_name(v) for v in value or ()))
    if key in NAMES:
        return _name(value)
    if key == "year" and value is not None:
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def key_of(kind: str, fields: dict[str, Any]) -> tuple[Any, ...]:
    return (kind, *(_value(kind, k, fields.get(k)) for k in KEYS[kind]))


# Fields a fact may leave out (None, or fewer founders) without being wrong.
OPTIONAL = {"org", "target", "amount", "currency", "year"}


def agrees(listed: tuple[Any, ...], gold: tuple[Any, ...], kind: str) -> bool:
    """Whether a listed fact says nothing the annotated one contradicts."""
    if listed[0] != gold[0]:
        return False
    for key, mine, theirs in zip(KEYS[kind], listed[1:], gold[1:], strict=True):
        if mine == theirs or (key in OPTIONAL and mine is None):
            continue
        if key == "founders" and set(mine) <= set(theirs):
            continue
        return False
    return True


@dataclass
class Scored:
    doc: str
    line: annotated.FactLine | None
    listed: list[dict[str, Any]]
    right: list[dict[str, Any]]
    wrong: list[dict[str, Any]]
    missed: list[annotated.Fact]
    complete: list[dict[str, Any]]
    roles: list[annotated.Fact] | None = None  # the annotated roles of a document's role record


def score(lines: list[annotated.FactLine], listed: list[dict[str, Any]]) -> tuple[list[Scored], int]:
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    founder_roles: dict[str, set[tuple[Any, Any]]] = defaultdict(set)  # by document: (person, org)
    for fact in listed:
        if fact["kind"] in KEYS and fact["kind"] != "role":
            by_doc[Path(fact["doc"]).name].append(fact)
        elif fact["kind"] == "role" and fact["role"] in ("founder", "co-founder") and fact.get("org"):
            founder_roles[Path(fact["doc"]).name].add((_name(fact["person"]), _name(fact["org"])))
    scored = _score_roles(lines, [f for f in listed if f["kind"] == "role"])
    quotes = [annotated.load_document(line.doc, "facts").find(line.sentence) for line in lines]
    # A fact whose amount (else phrase) lies in a line's quote is that line's, though an earlier
    # line quotes another part of its sentence ("該公司上季營收達620億美元，年增18%" and
    # "今年1月，微軟市值首度突破3兆美元。").
    owner: dict[int, int] = {}
    for doc, facts in by_doc.items():
        body = annotated.load_document(doc, "facts").body
        for f in facts:
            at = body.find(f["amount_text"], f["start"], f["end"]) if f.get("amount_text") else -1
            start, end = (at, at + len(f["amount_text"])) if at >= 0 else (f["start"], f["end"])
            owner_of = [i for i, (line, (quote_start, quote_end)) in enumerate(zip(lines, quotes, strict=True))
                        if line.doc == doc and start < quote_end and quote_start < end]
            if owner_of:
                owner[id(f)] = owner_of[0]
    used: set[int] = set()
    for i, (line, (quote_start, quote_end)) in enumerate(zip(lines, quotes, strict=True)):
        mine = [f for f in by_doc[line.doc] if id(f) not in used and owner.get(id(f), i) == i
                and f["sentence_start"] < quote_end
                and quote_start < max(f["end"], f["sentence_start"] + len(f["sentence"]))]
        used |= {id(f) for f in mine}
        gold = [fact for fact in line.facts if fact.kind != "role"]
        complete, partial, wrong = [], [], []
        for fact in mine:  # complete matches first
            key = key_of(fact["kind"], fact)
            match = next((g for g in gold if key_of(g.kind, g.to_dict()) == key), None)
            if match is None:
                partial.append(fact)
            else:
                gold.remove(match)
                complete.append(fact)
        right = list(complete)
        # A founding with no year, told by the founders' roles ainews lists for the document: found,
        # though no fact of this line lists it.
        for g in [g for g in gold if g.kind == "founded"]:
            told = g.to_dict()
            if told.get("year") is None and told.get("founders") and all(
                    (_name(person), _name(told["org"])) in founder_roles[line.doc] for person in told["founders"]):
                gold.remove(g)
                complete.append({"kind": "founded", **told, "text": "(the founders' roles)"})
        missed = list(gold)
        for fact in partial:
            key = key_of(fact["kind"], fact)
            match = next((g for g in gold if agrees(key, key_of(g.kind, g.to_dict()), fact["kind"])), None)
            if match is None:
                wrong.append(fact)
            else:
                gold.remove(match)
                right.append(fact)
        scored.append(Scored(line.doc, line, mine, right, wrong, missed, complete))
    unscored = sum(1 for facts in by_doc.values() for f in facts if id(f) not in used)
    return scored, unscored


def _score_roles(lines: list[annotated.FactLine], listed: list[dict[str, Any]]) -> list[Scored]:
    """Roles per document: one Scored record per document, its line None."""
    scored = []
    for doc in sorted({line.doc for line in lines}):
        document = annotated.load_document(doc, "facts")
        spans = [document.find(line.sentence) for line in lines if line.doc == doc]
        # One role per person, role and organisation in a document, as ainews lists them: two lines
        # stating the same role ("Firmenchef Sam Altman", "bis Freitag Chef von OpenAI") are one.
        gold = list({key_of("role", fact.to_dict()): fact for line in reversed([x for x in lines if x.doc == doc])
                     for fact in reversed(line.facts) if fact.kind == "role"}.values())[::-1]
        mine = [f for f in listed if Path(f["doc"]).name == doc]
        complete, partial, wrong, unscored = [], [], [], []
        remaining = list(gold)
        for fact in mine:
            key = key_of("role", fact)
            match = next((g for g in remaining if key_of("role", g.to_dict()) == key), None)
            if match is None:
                partial.append(fact)
            else:
                remaining.remove(match)
                complete.append(fact)
        missed = list(remaining)
        right = list(complete)
        # "Musk, who co-founded OpenAI" is annotated as a founding; the role it implies is right too.
        founders = {(_name(person), _name(g.to_dict()["org"])) for line in lines if line.doc == doc for g in line.facts
                    if g.kind == "founded" for person in g.to_dict()["founders"] or ()}
        for fact in partial:
            key = key_of("role", fact)
            implied = fact["role"] in ("founder", "co-founder") \
                and (_name(fact["person"]), _name(fact["org"])) in founders
            if implied or any(agrees(key, key_of("role", g.to_dict()), "role") for g in gold):
                right.append(fact)
            elif any(s < fact["end"] and fact["start"] < e for s, e in spans):
                wrong.append(fact)
            else:
                unscored.append(fact)
        judged = [f for f in mine if f not in unscored]
        scored.append(Scored(doc, None, judged, right, wrong, missed, complete, gold))
    return scored


def _ratio(hit: int, total: int) -> str:
    return f"{hit / total:.3f}" if total else "  -  "


def says(fact: dict[str, Any]) -> str:
    return ", ".join(f"{k}={fact.get(k)!r}" for k in KEYS[fact["kind"]])


def report(title: str, scored: list[Scored], *, errors: bool) -> None:
    lines = [s for s in scored if s.line is not None]
    print(f"\n{title}: {len({s.doc for s in scored})} documents, {sum(bool(s.line.facts) for s in lines if s.line)} "
          f"fact sentences with {sum(len(s.line.facts) for s in lines if s.line)} facts, "
          f"{sum(not s.line.facts for s in lines if s.line)} sentences with none")
    listed: Counter[str] = Counter()
    right: Counter[str] = Counter()
    gold: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for s in scored:
        for fact in s.listed:
            listed[fact["kind"]] += 1
        for fact in s.right:
            right[fact["kind"]] += 1
        for fact in s.complete:
            found[fact["kind"]] += 1
        if s.line is not None:
            for g in s.line.facts:
                if g.kind != "role":
                    gold[g.kind] += 1
        for g in s.roles or ():
            gold[g.kind] += 1
    print(f"  {'kind':<20} {'listed':>6} {'right':>6} {'precision':>9} {'annotated':>9} {'recall':>7}")
    for kind in [*KEYS, "all"]:
        if kind == "all":
            row = (sum(listed.values()), sum(right.values()), sum(gold.values()), sum(found.values()))
        else:
            row = (listed[kind], right[kind], gold[kind], found[kind])
        if not row[0] and not row[2]:
            continue
        print(f"  {kind:<20} {row[0]:>6} {row[1]:>6} {_ratio(row[1], row[0]):>9} {row[2]:>9} "
              f"{_ratio(row[3], row[2]):>7}")
    if errors:
        for s in scored:
            for fact in s.wrong:
                print(f"    wrong  {s.doc}: {fact['kind']} {says(fact)}  | {fact['text']}")
            for fact in s.right:
                if fact not in s.complete:
                    print(f"    part   {s.doc}: {fact['kind']} {says(fact)}  | {fact['text']}")
            for g in s.missed:
                print(f"    missed {s.doc}: {g.kind} {says({'kind': g.kind, **g.to_dict()})}"
                      f"  | {s.line.sentence[:90] if s.line else '(a role of the document)'}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", action="store_true", help="list every wrong and missed fact")
    parser.add_argument("--split", choices=("tune", "held-out", *FOLDERS, "all"),
                        default="tune",
                        help="which articles --errors lists (default: tune, the ones rules may be written from)")
    args = parser.parse_args(argv)
    by_folder = {folder: annotated.load_facts(annotated.DATA / folder / "facts.jsonl") for folder in FOLDERS}
    lines = [*annotated.load_facts(), *(line for folder in FOLDERS for line in by_folder[folder])]
    docs = sorted({line.doc for line in lines})
    paths = [annotated.load_document(doc, "facts").path for doc in docs]
    scored, unscored = score(lines, run_ainews(["facts"], paths))
    print(f"ainews facts, judged per annotated sentence (benchmarks/data/{{facts,{','.join(FOLDERS)}}}/facts.jsonl)")
    docs_of = {folder: {line.doc for line in by_folder[folder]} for folder in FOLDERS}
    blind = set().union(*docs_of.values())
    splits: dict[str, Callable[[str], bool]] = {
        "tune": lambda d: d in TUNE,
        "held-out": lambda d: d not in TUNE and d not in blind,
        **{folder: (lambda d, folder=folder: d in docs_of[folder]) for folder in FOLDERS},
    }
    for split, keep in splits.items():
        report(f"{split} articles", [s for s in scored if keep(s.doc)],
               errors=args.errors and args.split in (split, "all"))
    for lang in annotated.LANGUAGES:
        report(f"{lang} articles", [s for s in scored if s.doc.startswith(lang + "-")], errors=False)
    report("all articles", scored, errors=False)
    print(f"\n{unscored} typed facts in sentences no line annotates (not scored)")


if __name__ == "__main__":
    main()
