"""Event benchmark: ainews's merged events against MEANTIME English cross-document event
coreference and its entity timelines against SemEval-2015 Task 4 (TimeLine, Track A).

    python benchmarks/events.py [--data ../shared/benchmarks]

Both sets are test sets here: nothing in ainews is tuned on them.

MEANTIME (120 Wikinews articles, CAT XML).  Each article becomes a JSON Lines record
(tokens joined by spaces, sentences by newlines; `date` from the creation-time TIMEX3,
month-day-year fixed for the one file that writes 03-02-2009; the two articles without
one keep no `date` and ainews reads their dateline).  `ainews timeline --json --explain`
gives merged events; each event source is mapped to ONE gold event mention: among the
gold mentions inside the source's sentence (its `start`/`end`), the one nearest to the
source's trigger (the trigger text found in the sentence, the occurrence nearest the
date phrase; a source without a trigger uses its date phrase instead), ties to the
earlier mention.  A gold mention claimed by several sources keeps the nearest one
(ties: the first in timeline order), so every detected mention sits in one predicted
cluster.  Predicted clusters = ainews events (their mapped mentions); gold clusters =
CROMER instances (`REFERS_TO` from the mention to an `EVENT` with an `instance_id`; an
intra-document chain without an instance, or a mention without `REFERS_TO`, is its own
chain).  MUC, B3 and CEAF-e (entity-level phi4, optimal one-to-one alignment) are
computed over the detected gold mentions only, singletons included for B3 and CEAF-e
as the CoNLL scorer does; CoNLL F1 is the mean of the three F1s.  An "all singletons"
row on the same mentions shows what merging adds.

SemEval-2015 Task 4, Track A (raw TimeML text with a DCT, 3 corpora x 30 articles,
38 target entities; their gold timelines are found by header, or by file name where
the header is misspelt ("United States Air Froce"); the duplicate s_and_p_500.txt is
read once and the empty "General Motors creditors" timeline only costs precision).
Sentences are the `<s>` elements, tokens their space-separated words (the task's own
tokenisation).  ainews gets each corpus as JSON Lines; a target
entity is matched case-insensitively against the names and alias texts of
`ainews entities --json` (every canonical name that matches; none matching: the target
itself, which `--entity` resolves through the alias table), and the events of
`ainews timeline --entity NAME --json` (union over the matched names) form its
timeline.  A source becomes the mention `docid-sentence-word`: the tokens its trigger
overlaps in the `<s>` that contains it (a source without a trigger names no mention and
is dropped; a mention already on the timeline keeps its first place).  Dates become the
task's format by granularity (day 2007-10-15, month 2007-10-XX, year 2007-XX-XX; weeks,
quarters and seasons by the month or year that contains them); ranks follow ainews's
order, events with the same date string sharing a rank.

Scoring (temporal awareness, UzZaman & Allen 2011, as the task's script does):
each timeline (gold and system) becomes a graph: BEFORE between events of consecutive
ranks (rank 0, the gold's undated XXXX-XX-XX events, comes first as a rank like the
others), SIMULTANEOUS between events of one rank (mentions on one line included), and
each dated event IS_INCLUDED in a time node named by its date string.  Its closure holds
BEFORE for every pair across ranks, SIMULTANEOUS within a rank and the inclusions;
precision = system closure relations found in the gold closure / system closure
relations, recall = gold closure relations found in the system closure / gold closure
relations, summed over all timelines of a corpus (micro average) and over all three.
Simplifications, stated: (1) closures are compared with closures, where the TempEval-3
tool counts the non-redundant (reduced) graph on the counted side, which weighs large
simultaneous groups less; (2) events are IN their date, not SIMULTANEOUS with it as the
task page says, because the gold puts several ranks on one date (a graph with
SIMULTANEOUS would be inconsistent); time nodes are not ordered by their values;
(3) mentions are compared by document, sentence and first word: the gold files cut the
last letter of many multi-word mentions ("61389-2-job_cu", "276079-0-rolls_ou").
"""

from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks"

# Best Track A run of SemEval-2015 Task 4 (task paper, Minard et al. 2015; F1 in percent).
SEMEVAL_BEST_TRACK_A_F1 = 7.85

Mention = tuple[str, str]  # (document id, gold mention id)


def run_ainews(args: Sequence[str]) -> Any:
    result = subprocess.run([sys.executable, "-m", "ainews_cli", *args], capture_output=True, text=True,
                            check=False, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(f"ainews {args[0]} failed ({result.returncode}): {result.stderr.strip()}")
    return json.loads(result.stdout)


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def doc_id(source: dict[str, Any]) -> str:
    return str(source["doc"]).rsplit("#", 1)[1]


def trigger_span(text: str, source: dict[str, Any]) -> tuple[int, int]:
    """Where the source's trigger stands: its occurrence in the sentence nearest the
    date phrase; the date phrase itself when there is no trigger (or it is not found)."""
    date_span = (source["date_start"], source["date_start"] + len(source["date_text"] or ""))
    trigger = source.get("trigger")
    if not trigger:
        return date_span
    start, end = source["start"], source["end"]
    hits = [m.start() + start for m in re.finditer(re.escape(trigger), text[start:end])]
    if not hits:
        hits = [m.start() + start for m in re.finditer(re.escape(trigger), text[start:end], re.I)]
    if not hits:
        return date_span
    best = min(hits, key=lambda h: (abs(h - date_span[0]), h))
    return best, best + len(trigger)


def gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two spans; 0 when they overlap."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


# --------------------------------------------------------------------- MEANTIME


@dataclass(frozen=True)
class GoldMention:
    doc: str
    m_id: str
    start: int
    end: int
    chain: str


@dataclass
class CatDocument:
    id: str
    topic: str
    text: str
    date: str | None
    mentions: list[GoldMention] = field(default_factory=list)


def load_meantime(data: Path) -> list[CatDocument]:
    documents = []
    for path in sorted((data / "meantime-en" / "intra_cross-doc_annotation").glob("*/*.xml")):
        root = ET.parse(path).getroot()
        offsets: dict[str, tuple[int, int]] = {}
        pieces: list[str] = []
        length = 0
        sentence = None
        for token in root.iter("token"):
            if sentence is not None and token.get("sentence") != sentence:
                pieces.append("\n")
                length += 1
            elif pieces:
                pieces.append(" ")
                length += 1
            sentence = token.get("sentence")
            word = token.text or ""
            offsets[token.get("t_id", "")] = (length, length + len(word))
            pieces.append(word)
            length += len(word)
        markables = root.find("Markables")
        relations = root.find("Relations")
        assert markables is not None and relations is not None, path
        date = None
        for timex in markables.iter("TIMEX3"):
            if timex.get("functionInDocument") == "CREATION_TIME":
                value = timex.get("value", "")
                us_date = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value)
                date = f"{us_date[3]}-{us_date[1]}-{us_date[2]}" if us_date else value[:10]
        stem = path.stem
        instances = {e.get("m_id"): e.get("instance_id") for e in markables.iter("EVENT")}
        chain_of: dict[str, str] = {}
        for link in relations.iter("REFERS_TO"):
            target = link.find("target")
            if target is None or target.get("m_id") not in instances:
                continue
            target_id = target.get("m_id", "")
            chain = instances[target_id] or f"{stem}#{target_id}"
            for source in link.iter("source"):
                chain_of.setdefault(source.get("m_id", ""), chain)
        document = CatDocument(stem, path.parent.name.removeprefix("corpus_"), "".join(pieces), date)
        for mention in markables.iter("EVENT_MENTION"):
            spans = [offsets[a.get("t_id", "")] for a in mention.iter("token_anchor") if a.get("t_id") in offsets]
            if not spans:
                continue
            m_id = mention.get("m_id", "")
            document.mentions.append(GoldMention(stem, m_id, min(s for s, _ in spans), max(e for _, e in spans),
                                                 chain_of.get(m_id, f"{stem}#{m_id}")))
        documents.append(document)
    return documents


@dataclass
class Detection:
    events: int = 0
    sources: int = 0
    sources_mapped: int = 0
    sources_without_trigger: int = 0
    merged_events: int = 0
    response: list[list[Mention]] = field(default_factory=list)


def detect(documents: Sequence[CatDocument], events: Sequence[dict[str, Any]]) -> Detection:
    """Each ainews event becomes a cluster of the gold mentions its sources point at."""
    by_id = {d.id: d for d in documents}
    claims: dict[Mention, tuple[int, int, int]] = {}  # mention -> (distance, order, event index)
    found = Detection(events=len(events))
    order = 0
    for index, event in enumerate(events):
        found.merged_events += len(event["sources"]) > 1
        for source in event["sources"]:
            found.sources += 1
            found.sources_without_trigger += not source.get("trigger")
            document = by_id[doc_id(source)]
            anchor = trigger_span(document.text, source)
            inside = [m for m in document.mentions if m.start >= source["start"] and m.end <= source["end"]]
            if not inside:
                continue
            found.sources_mapped += 1
            best = min(inside, key=lambda m: (gap((m.start, m.end), anchor), m.start))
            claim = (gap((best.start, best.end), anchor), order, index)
            order += 1
            key = (best.doc, best.m_id)
            if key not in claims or claim < claims[key]:
                claims[key] = claim
    clusters: dict[int, list[Mention]] = defaultdict(list)
    for mention, (_, _, index) in sorted(claims.items(), key=lambda item: item[1]):
        clusters[index].append(mention)
    found.response = [clusters[i] for i in sorted(clusters)]
    return found


# ------------------------------------------------------- coreference metrics


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def muc(key: Sequence[Sequence[Mention]], response: Sequence[Sequence[Mention]]) -> tuple[float, float, float]:
    """Vilain et al. 1995: recall = sum(|K| - partitions of K by the response) / sum(|K| - 1);
    a mention the response lacks is a partition of its own.  Precision swaps the roles."""
    def recall(gold: Sequence[Sequence[Mention]], system: Sequence[Sequence[Mention]]) -> float:
        cluster_of = {m: i for i, cluster in enumerate(system) for m in cluster}
        numerator = denominator = 0
        for cluster in gold:
            parts = {cluster_of.get(m, ("alone", m)) for m in cluster}
            numerator += len(cluster) - len(parts)
            denominator += len(cluster) - 1
        return numerator / denominator if denominator else 0.0

    r, p = recall(key, response), recall(response, key)
    return p, r, _f1(p, r)


def b_cubed(key: Sequence[Sequence[Mention]], response: Sequence[Sequence[Mention]]) -> tuple[float, float, float]:
    """Bagga & Baldwin 1998, per mention: |K(m) & R(m)| / |R(m)| (precision, over response
    mentions) and / |K(m)| (recall, over key mentions), averaged; singletons count."""
    key_of = {m: frozenset(c) for c in key for m in c}
    response_of = {m: frozenset(c) for c in response for m in c}

    def average(own: dict[Mention, frozenset[Mention]], other: dict[Mention, frozenset[Mention]]) -> float:
        if not own:
            return 0.0
        return sum(len(cluster & other.get(m, frozenset())) / len(cluster) for m, cluster in own.items()) / len(own)

    p, r = average(response_of, key_of), average(key_of, response_of)
    return p, r, _f1(p, r)


def assignment(weights: Sequence[Sequence[float]]) -> float:
    """The largest total weight of a one-to-one matching of rows to columns
    (Hungarian algorithm with potentials, O(n^2 m), rows <= columns)."""
    rows = len(weights)
    if rows == 0:
        return 0.0
    columns = len(weights[0])
    if rows > columns:
        return assignment([list(column) for column in zip(*weights, strict=True)])
    infinity = float("inf")
    u = [0.0] * (rows + 1)
    v = [0.0] * (columns + 1)
    match = [0] * (columns + 1)  # column -> row (1-based; 0 = free)
    way = [0] * (columns + 1)
    for i in range(1, rows + 1):
        match[0] = i
        j0 = 0
        least = [infinity] * (columns + 1)
        used = [False] * (columns + 1)
        while True:
            used[j0] = True
            i0 = match[j0]
            delta = infinity
            j1 = 0
            for j in range(1, columns + 1):
                if not used[j]:
                    current = -weights[i0 - 1][j - 1] - u[i0] - v[j]
                    if current < least[j]:
                        least[j] = current
                        way[j] = j0
                    if least[j] < delta:
                        delta = least[j]
                        j1 = j
            for j in range(columns + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            j0 = j1
            if match[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
    return sum(weights[match[j] - 1][j - 1] for j in range(1, columns + 1) if match[j])


def ceaf_e(key: Sequence[Sequence[Mention]], response: Sequence[Sequence[Mention]]) -> tuple[float, float, float]:
    """Luo 2005, entity-based: phi4(K, R) = 2|K & R| / (|K| + |R|), summed over the best
    one-to-one alignment of key and response clusters; precision divides by the number
    of response clusters, recall by the number of key clusters.  Clusters that share no
    mention score 0, so the alignment is solved per connected group of clusters."""
    key_sets = [frozenset(c) for c in key]
    response_sets = [frozenset(c) for c in response]
    response_of = {m: j for j, c in enumerate(response_sets) for m in c}
    # Union-find over key clusters (i) and response clusters (~j) that share mentions.
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, cluster in enumerate(key_sets):
        find(i)
        for m in cluster:
            if m in response_of:
                parent[find(i)] = find(~response_of[m])
    groups: dict[int, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i in range(len(key_sets)):
        groups[find(i)][0].append(i)
    for j in range(len(response_sets)):
        groups[find(~j)][1].append(j)
    total = 0.0
    for key_ids, response_ids in groups.values():
        if not key_ids or not response_ids:
            continue
        weights = [[2 * len(key_sets[i] & response_sets[j]) / (len(key_sets[i]) + len(response_sets[j]))
                    for j in response_ids] for i in key_ids]
        total += assignment(weights)
    p = total / len(response_sets) if response_sets else 0.0
    r = total / len(key_sets) if key_sets else 0.0
    return p, r, _f1(p, r)


def coreference_scores(key: Sequence[Sequence[Mention]],
                       response: Sequence[Sequence[Mention]]) -> dict[str, tuple[float, float, float]]:
    scores = {"MUC": muc(key, response), "B3": b_cubed(key, response), "CEAF-e": ceaf_e(key, response)}
    conll = sum(f for _, _, f in scores.values()) / 3
    scores["CoNLL"] = (float("nan"), float("nan"), conll)
    return scores


def meantime_benchmark(data: Path, tmp: Path) -> None:
    documents = load_meantime(data)
    source = tmp / "meantime.jsonl"
    write_jsonl(source, ({"id": d.id, "text": d.text, **({"date": d.date} if d.date else {}), "lang": "en"}
                         for d in documents))
    events = run_ainews(["timeline", str(source), "--json", "--explain", "--db", str(tmp / "meantime.db")])
    found = detect(documents, events)
    chain_of = {(m.doc, m.m_id): m.chain for d in documents for m in d.mentions}
    docs_of: dict[str, set[str]] = defaultdict(set)
    for d in documents:
        for m in d.mentions:
            docs_of[m.chain].add(m.doc)
    detected = [m for cluster in found.response for m in cluster]
    key_clusters: dict[str, list[Mention]] = defaultdict(list)
    for mention in detected:
        key_clusters[chain_of[mention]].append(mention)
    key = list(key_clusters.values())
    mentions = sum(len(d.mentions) for d in documents)
    chains = len(docs_of)
    cross = {c for c, docs in docs_of.items() if len(docs) > 1}
    cross_hit = {c for c in key_clusters if c in cross}
    cross_linked = sum(len(cluster) > 1 and len({m[0] for m in cluster}) > 1 for cluster in key)

    print(f"MEANTIME English: cross-document event coreference ({len(documents)} articles, "
          f"{sum(d.date is None for d in documents)} without a creation time)")
    print(f"  gold: {mentions} event mentions in {chains} chains, {len(cross)} chains span several articles")
    print(f"  ainews: {found.events} events ({found.merged_events} merged from several sources), "
          f"{found.sources} sources, {found.sources_without_trigger} without a trigger; "
          f"{found.sources_mapped} sources fall in a sentence with a gold mention")
    print(f"  detected: {len(detected)} of {mentions} gold mentions ({len(detected) / mentions:.1%}), "
          f"touching {len(key)} of {chains} chains and {len(cross_hit)} of {len(cross)} cross-document chains; "
          f"{cross_linked} detected chains have mentions from several articles")
    print()
    rows = [("ainews merged events", found.response), ("all singletons (no merging)", [[m] for m in detected])]
    columns = [f"{name} {part}" for name in ("MUC", "B3", "CEAF-e") for part in ("P", "R", "F1")]
    header = f"  {'scored over the detected mentions':34}" + "".join(f"{c:>11}" for c in columns) + f"{'CoNLL F1':>10}"
    print(header)
    print("  " + "-" * (len(header) - 2))
    for name, response in rows:
        scores = coreference_scores(key, response)
        print(f"  {name:34}" + "".join(f"{v:>11.3f}" for metric in ("MUC", "B3", "CEAF-e") for v in scores[metric])
              + f"{scores['CoNLL'][2]:>10.3f}")
    print("  No published system score for MEANTIME English cross-document event coreference was found (the")
    print("  corpus paper, Minard et al. 2016, was searched for; no number is quoted): no anchor row.")


# ------------------------------------------------------------- SemEval-2015


@dataclass
class TimeMLDocument:
    id: str
    text: str
    date: str
    sentences: list[tuple[int, int, list[tuple[int, int, str]]]]  # start, end, tokens (start, end, word)


def load_trackA(folder: Path) -> list[TimeMLDocument]:
    documents = []
    for path in sorted(folder.glob("*.tml")):
        markup = path.read_text(encoding="utf-8")
        docid = re.search(r"<DOCID>([^<]+)</DOCID>", markup)
        dct = re.search(r'<DCT><TIMEX3[^>]*value="([^"]+)"', markup)
        assert docid and dct, path
        pieces: list[str] = []
        length = 0
        sentences: list[tuple[int, int, list[tuple[int, int, str]]]] = []
        for number, body in re.findall(r'<s id="(\d+)">(.*?)</s>', markup, re.S):
            assert int(number) == len(sentences), path
            if pieces:
                pieces.append("\n")
                length += 1
            start = length
            tokens = []
            for i, word in enumerate(html.unescape(re.sub(r"<[^>]+>", "", body)).strip().split(" ")):
                if i:
                    pieces.append(" ")
                    length += 1
                tokens.append((length, length + len(word), word))
                pieces.append(word)
                length += len(word)
            sentences.append((start, length, tokens))
        documents.append(TimeMLDocument(docid.group(1).strip(), "".join(pieces), dct.group(1)[:10], sentences))
    return documents


Line = tuple[int, str, list[str]]  # rank, date, mention keys


def mention_key(mention_id: str) -> str:
    """docid-sentence-firstword: the gold cuts the last letter of multi-word mentions."""
    docid, sentence, words = mention_id.split("-", 2)
    return f"{docid}-{sentence}-{words.split('_')[0].casefold()}"


def load_gold_timeline(path: Path) -> tuple[str, list[Line]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    entity = lines[0].strip()
    timeline = []
    for line in lines[1:]:
        fields = line.rstrip("\n").split("\t")
        if len(fields) < 3:
            continue
        timeline.append((int(fields[0]), fields[1], [mention_key(f) for f in fields[2:] if f.strip()]))
    return entity, timeline


def task_date(event: dict[str, Any]) -> str:
    granularity, start, end = event["granularity"], event["start"], event["end"]
    if granularity == "day":
        return str(start)
    if start[:7] == end[:7]:
        return f"{start[:7]}-XX"
    if start[:4] == end[:4]:
        return f"{start[:4]}-XX-XX"
    return "XXXX-XX-XX"


def system_timeline(events: Sequence[dict[str, Any]], documents: dict[str, TimeMLDocument]) -> tuple[list[Line], int]:
    """ainews's events as task lines; also the number of sources that name no mention."""
    ranks: dict[str, int] = {}
    lines: list[Line] = []
    seen: set[str] = set()
    dropped = 0
    for event in events:
        date = task_date(event)
        rank = ranks.setdefault(date, len(ranks) + 1)
        keys = []
        for source in event["sources"]:
            document = documents[doc_id(source)]
            if not source.get("trigger"):
                dropped += 1
                continue
            start, end = trigger_span(document.text, source)
            for number, (s_start, s_end, tokens) in enumerate(document.sentences):
                if s_start <= start < s_end + 1:
                    words = [w for t_start, t_end, w in tokens if t_start < end and start < t_end]
                    key = mention_key(f"{document.id}-{number}-{'_'.join(words) or '?'}")
                    if key not in seen:
                        seen.add(key)
                        keys.append(key)
                    break
        if keys:
            lines.append((rank, date, keys))
    return lines, dropped


Relation = tuple[str, str, str]


def closure(timeline: Sequence[Line]) -> set[Relation]:
    """The timeline's relations after closure: BEFORE across ranks, SIMULTANEOUS within
    a rank, IS_INCLUDED from each dated event to its date.  A mention listed twice keeps
    its first line."""
    rank_of: dict[str, int] = {}
    date_of: dict[str, str] = {}
    for rank, date, keys in timeline:
        for key in keys:
            if key not in rank_of:
                rank_of[key] = rank
                date_of[key] = date
    relations: set[Relation] = set()
    nodes = sorted(rank_of)
    for i, a in enumerate(nodes):
        if date_of[a] != "XXXX-XX-XX":
            relations.add(("IS_INCLUDED", a, "t:" + date_of[a]))
        for b in nodes[i + 1:]:
            if rank_of[a] == rank_of[b]:
                relations.add(("SIMULTANEOUS", a, b))
            elif rank_of[a] < rank_of[b]:
                relations.add(("BEFORE", a, b))
            else:
                relations.add(("BEFORE", b, a))
    return relations


@dataclass
class Awareness:
    timelines: int = 0
    gold_events: int = 0
    system_events: int = 0
    found_events: int = 0
    system: int = 0
    system_ok: int = 0
    gold: int = 0
    gold_ok: int = 0

    def add(self, other: Awareness) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def prf(self) -> tuple[float, float, float]:
        p = self.system_ok / self.system if self.system else 0.0
        r = self.gold_ok / self.gold if self.gold else 0.0
        return p, r, _f1(p, r)


def awareness(gold: Sequence[Line], system: Sequence[Line]) -> Awareness:
    gold_relations, system_relations = closure(gold), closure(system)
    gold_events = {k for _, _, keys in gold for k in keys}
    system_events = {k for _, _, keys in system for k in keys}
    return Awareness(1, len(gold_events), len(system_events), len(gold_events & system_events),
                     len(system_relations), len(system_relations & gold_relations),
                     len(gold_relations), len(gold_relations & system_relations))


def match_entities(target: str, entities: Sequence[dict[str, Any]]) -> list[str]:
    wanted = target.casefold()
    return sorted({e["name"] for e in entities
                   if e["name"].casefold() == wanted or any(a["text"].casefold() == wanted for a in e["aliases"])})


def semeval_corpus(folder: Path, tmp: Path) -> tuple[Awareness, list[str], int]:
    documents = load_trackA(folder / "corpus_trackA_TimeML")
    source = tmp / f"{folder.name}.jsonl"
    db = tmp / f"{folder.name}.db"
    write_jsonl(source, ({"id": d.id, "text": d.text, "date": d.date, "lang": "en"} for d in documents))
    entities = run_ainews(["entities", str(source), "--json", "--db", str(db)])
    by_id = {d.id: d for d in documents}
    targets = [t.strip() for t in next(folder.glob("list_target_entities_*.txt")).read_text("utf-8").splitlines()
               if t.strip()]
    files = {p.stem: load_gold_timeline(p) for p in sorted((folder / "TimeLines_Gold_Standard").glob("*.txt"))}
    by_header: dict[str, list[Line]] = {}
    for header, timeline in files.values():
        by_header.setdefault(header.casefold(), timeline)
    golds = []
    for target in targets:
        # One gold header misspells its entity ("United States Air Froce"): fall back on the file name.
        gold = by_header.get(target.casefold(), files.get(target.lower().replace(" ", "_"), (target, []))[1])
        golds.append((target, gold))
    matches = {target: match_entities(target, entities) for target in targets}
    names = {target: found or [target] for target, found in matches.items()}
    queries = sorted({n for found in names.values() for n in found})
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = dict(zip(queries, pool.map(
            lambda n: run_ainews(["timeline", str(source), "--entity", n, "--json", "--db", str(db)]), queries),
            strict=True))
    total = Awareness()
    notes = []
    dropped = 0
    for target, gold in golds:
        events: dict[str, dict[str, Any]] = {}
        for name in names[target]:
            for event in results[name]:
                events.setdefault(json.dumps(event, sort_keys=True), event)
        # ainews's order: earlier start first, on one start the longer span (a year before its months).
        ordered = sorted(sorted(events.values(), key=lambda e: e["end"], reverse=True), key=lambda e: e["start"])
        system, lost = system_timeline(ordered, by_id)
        dropped += lost
        score = awareness(gold, system)
        total.add(score)
        matched = ", ".join(matches[target]) or "(no match: the name itself)"
        notes.append(f"    {target:26} -> {matched:40} {len(ordered):>4} events {score.system_events:>4} mentions, "
                     f"{score.found_events:>3} of {score.gold_events:>3} gold mentions")
    return total, notes, dropped


def semeval_benchmark(data: Path, tmp: Path, verbose: bool) -> None:
    root = data / "semeval2015-task4-timeline"
    overall = Awareness()
    rows = []
    all_notes = []
    dropped = 0
    for folder in sorted(root.glob("corpus_[0-9]")):
        score, notes, lost = semeval_corpus(folder, tmp)
        overall.add(score)
        dropped += lost
        rows.append((folder.name, score))
        all_notes.append((folder.name, notes))
    rows.append(("all three (micro)", overall))
    print("SemEval-2015 Task 4 TimeLine, Track A (raw text): entity timelines, temporal awareness")
    header = (f"  {'corpus':20}{'timelines':>10}{'gold ev':>9}{'ours ev':>9}{'shared':>8}{'gold rel':>10}"
              f"{'ours rel':>10}{'P':>8}{'R':>8}{'F1 %':>8}")
    print(header)
    print("  " + "-" * (len(header) - 2))
    for name, score in rows:
        p, r, f = score.prf()
        print(f"  {name:20}{score.timelines:>10}{score.gold_events:>9}{score.system_events:>9}{score.found_events:>8}"
              f"{score.gold:>10}{score.system:>10}{p:>8.3f}{r:>8.3f}{100 * f:>8.2f}")
    print(f"  {'best Track A run (published)':68}{'':>8}{'':>8}{SEMEVAL_BEST_TRACK_A_F1:>8.2f}")
    print(f"  (events and relations summed over timelines; {dropped} ainews sources had no trigger, "
          "so name no mention)")
    if verbose:
        for name, notes in all_notes:
            print(f"  {name}: target -> ainews names, events, mentions, gold mentions found")
            print("\n".join(notes))


# --- our annotated event sentences ------------------------------------------------------

@dataclass
class SentenceScore:
    """Event sentences found, typed and given their participants, over annotated lines."""

    events: int = 0  # annotated events with a date
    found: int = 0  # ... that ainews made a mention of, on the annotated date
    typed: int = 0  # ... of those, with the annotated type
    participants: int = 0  # annotated participants of the found ones
    named: int = 0  # ... that ainews lists
    listed: int = 0  # participants ainews lists for the found ones
    negatives: int = 0  # annotated non-events
    false_events: int = 0  # ... that ainews made a mention of
    misses: list[str] = field(default_factory=list)

    def add(self, other: SentenceScore) -> None:
        for name in ("events", "found", "typed", "participants", "named", "listed", "negatives", "false_events"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "    -"


# Articles written later to tune on: always dev, and left out of the alternation, so the
# articles before them keep their split.
DEV_EXTRA = frozenset({"en-microsoft-inflection.md", "de-openai-rueckkehr.md", "zh-hant-openai-sutskever.md",
                       "zh-baidu-ernie.md"})


def split_of(doc: str, docs: Sequence[str]) -> str:
    """dev or test: within each language, the articles in name order alternate, the first
    dev; the DEV_EXTRA articles are dev."""
    if doc in DEV_EXTRA:
        return "dev"
    same = sorted(d for d in docs if d[:2] == doc[:2] and d not in DEV_EXTRA)
    return "dev" if same.index(doc) % 2 == 0 else "test"


def _extracted(tmp: Path, folder: str) -> tuple[dict[str, Any], dict[str, str]]:
    """ainews's extraction of every article in benchmarks/data/<folder>, and the articles' texts."""
    from annotated import DATA

    copied = tmp / folder
    copied.mkdir()
    for article in sorted((DATA / folder).iterdir()):
        if article.suffix in (".md", ".txt"):
            (copied / article.name).write_bytes(article.read_bytes())
    extracted = {Path(record["doc"]).name: record for record in
                 run_ainews(["extract", str(copied), "--db", str(tmp / f"{folder}.db"), "--json"])}
    return extracted, {name: (copied / name).read_text(encoding="utf-8") for name in extracted}


def _score(lines: Sequence[Any], extracted: dict[str, Any], bodies: dict[str, str],
           split: Callable[[str], str]) -> dict[str, SentenceScore]:
    """Each annotated line scored against ainews's event mentions in its sentence, per
    "<lang> <split>" set."""
    from annotated import canonical, split_front_matter

    from ainews_cli.han import normalised

    scores: dict[str, SentenceScore] = defaultdict(SentenceScore)
    for line in lines:
        record = extracted[line.doc]
        text = bodies[line.doc]
        body = text[split_front_matter(text)[1]:]
        at = body.find(line.sentence)
        score = scores[f"{line.doc[:2]} {split(line.doc)}"]
        here = [e for e in record["events"] if e["sentence_start"] <= at < e["sentence_end"]
                or at <= e["sentence_start"] < at + len(line.sentence)]
        if not line.event:
            score.negatives += 1
            # A line quoting one clause of a sentence whose other clause tells a happening
            # ("科大讯飞由刘庆峰于1999年在合肥创办，当时他还是…博士生") is wrong only where
            # ainews tells something of that clause: its date phrase or its trigger is there.
            here = [e for e in here if at <= e["date"]["start"] < at + len(line.sentence)
                    or (e.get("trigger") and e["trigger"] in line.sentence)]
            if here:
                score.false_events += 1
                score.misses.append(f"{line.doc}:{line.line} not an event, ainews: {here[0]['type']} "
                                    f"{here[0]['date']['value']}: {line.sentence[:60]}")
            continue
        if line.date is None:
            continue
        score.events += 1
        dated = [e for e in here if _same_date(e["date"], line.date)]
        if not dated:
            score.misses.append(f"{line.doc}:{line.line} missed {line.type} {line.date}: {line.sentence[:60]}")
            continue
        # A sentence telling two happenings of one date has a line for each, quoting its own
        # clause: the mention whose trigger stands in the quoted text is that line's.
        mention = next((e for e in dated if e.get("trigger") and e["trigger"] in line.sentence), dated[0])
        score.found += 1
        score.typed += mention["type"] == line.type
        if mention["type"] != line.type:
            score.misses.append(f"{line.doc}:{line.line} typed {mention['type']}, not {line.type}: "
                                f"{line.sentence[:60]}")
        # A Chinese name the alias table does not know ainews gives in the spelling it reads
        # Chinese in (劉揚偉 as 刘扬伟, docs/aliases.md): the same name, compared so.
        names = {normalised(p["name"]) for p in mention["participants"]}
        # A place is annotated as the article writes it ("Deutschland", "EU"), a name the alias
        # table learnt later too ("萝卜快跑"); ainews names them canonically ("Germany", "European
        # Union", "Apollo Go"): the same names.
        wanted = {normalised(canonical(name)) for name in line.participants}
        score.participants += len(wanted)
        score.named += len(wanted & names)
        # Precision over the names a reader takes for parties: a place ainews lists where the
        # happening was ("in Beijing") is annotated only where it acts ("Deutschland", "EU").
        places = {normalised(p["name"]) for p in mention["participants"] if p.get("type") == "LOC"}
        extra = names - wanted - places
        score.listed += len(wanted & names) + len(extra)
        if wanted - names:
            score.misses.append(f"{line.doc}:{line.line} lacks {sorted(wanted - names)}: "
                                f"{line.sentence[:60]}")
        if extra:
            kinds = {normalised(p["name"]): p.get("type") for p in mention["participants"]}
            score.misses.append(f"{line.doc}:{line.line} adds {[f'{name} ({kinds[name]})' for name in sorted(extra)]}: "
                                f"{line.sentence[:60]}")
    return scores


def annotated_sentences(tmp: Path, verbose: bool) -> None:
    """Type accuracy and participant recall of ainews's event mentions on the sentences annotated in
    benchmarks/data/events (our own articles in en, de and zh), in benchmarks/data/seen and third (written blind
    to the rules, measured once, then looked at while tuning them), in benchmarks/data/fourth to sixtythird
    (measured blind, then tuned on) and in benchmarks/data/fresh (written blind to the rules and never looked
    at): a line counts as found when a mention of ainews starts in the quoted text's sentence and its date is
    the annotated one (at the annotated precision); of several such mentions, the one whose trigger stands in
    the quoted text (else the first) is scored. A non-event line counts as a false event when a mention of its
    sentence has its date phrase or its trigger in the quoted text (a non-event clause beside an event clause is
    not that event). Rules were tuned on the dev, seen, third and fourth to sixtythird articles (split_of); the
    test and fresh rows are the ones to quote, and ``verbose`` lists the dev, seen, third and fourth to
    sixtythird rows' misses only."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from annotated import BLIND_FOLDERS, DATA, load_events, load_published

    extracted, bodies = _extracted(tmp, "events")
    scores = _score(load_events(), extracted, bodies, lambda doc: split_of(doc, list(extracted)))
    dated = _publication_dates(load_published(), extracted, lambda doc: split_of(doc, list(extracted)))
    for folder in BLIND_FOLDERS:
        extracted, bodies = _extracted(tmp, folder)
        scores.update(_score(load_events(DATA / folder / "events.jsonl"), extracted, bodies,
                             lambda doc, folder=folder: folder))
        dated.update(_publication_dates(load_published(DATA / folder / "published.jsonl"), extracted,
                                        lambda doc, folder=folder: folder))
    sets = ("dev", "test", *BLIND_FOLDERS)
    totals = {name: SentenceScore() for name in sets}
    print("Annotated event sentences (benchmarks/data/events, seen, third, fresh, fourth, fifth, sixth, seventh, "
          "eighth, ninth, tenth, eleventh, twelfth, thirteenth, fourteenth, fifteenth, sixteenth, seventeenth, "
          "eighteenth, nineteenth, twentieth, twentyfirst, twentysecond, twentythird, twentyfourth, twentyfifth, "
          "twentysixth, twentyseventh, twentyeighth, twentyninth, thirtieth, thirtyfirst, thirtysecond, "
          "thirtythird, thirtyfourth, thirtyfifth, thirtysixth, thirtyseventh, thirtyeighth, thirtyninth, fortieth, "
          "fortyfirst, fortysecond, fortythird, fortyfourth, fortyfifth, fortysixth, fortyseventh, fortyeighth, "
          "fortyninth, fiftieth, fiftyfirst, fiftysecond, fiftythird, fiftyfourth, fiftyfifth, fiftysixth, "
          "fiftyseventh, fiftyeighth, fiftyninth, sixtieth, sixtyfirst, sixtysecond and sixtythird: our own en/de/zh "
          "articles; tuned on dev, seen, third and fourth to sixtythird only)")
    header = (f"  {'set':10}{'events':>8}{'found':>8}{'recall':>8}{'type acc':>10}{'partic. R':>11}"
              f"{'partic. P':>11}{'non-ev.':>9}{'false':>7}")
    print(header)
    print("  " + "-" * (len(header) - 2))
    ordered = sorted(scores, key=lambda name: (sets.index(name.split()[1]), name))
    for name in (*ordered, *(f"all {name}" for name in sets)):
        score = scores[name] if name in scores else totals[name.split()[1]]
        if name in scores:
            totals[name.split()[1]].add(score)
        print(f"  {name:10}{score.events:>8}{score.found:>8}{_ratio(score.found, score.events):>8}"
              f"{_ratio(score.typed, score.found):>10}{_ratio(score.named, score.participants):>11}"
              f"{_ratio(score.named, score.listed):>11}{score.negatives:>9}{score.false_events:>7}")
    print("  (type accuracy and participant recall over the events found; targets >= 0.9 each; participant")
    print("  precision: of the names ainews lists for them, places aside unless annotated, those annotated)")
    print("  Publication dates read right (of them dated only in their text): "
          + ", ".join(f"{name} {dated[name][0]}/{dated[name][1]} ({dated[name][2]}/{dated[name][3]})"
                      for name in sets if name in dated))
    if verbose:
        for name in ordered:
            if name.endswith((" dev", " seen", " third", " fourth", " fifth", " sixth", " seventh", " eighth",
                                " ninth", " tenth", " eleventh", " twelfth", " thirteenth",
                                " fourteenth", " fifteenth", " sixteenth", " seventeenth",
                                " eighteenth", " nineteenth", " twentieth", " twentyfirst",
                                " twentysecond", " twentythird", " twentyfourth", " twentyfifth",
                                " twentysixth", " twentyseventh", " twentyeighth", " twentyninth",
                                " thirtieth", " thirtyfirst", " thirtysecond",
                                " thirtythird", " thirtyfourth", " thirtyfifth", " thirtysixth",
                                " thirtyseventh", " thirtyeighth", " thirtyninth", " fortieth",
                                " fortyfirst", " fortysecond", " fortythird",
                                " fortyfourth", " fortyfifth", " fortysixth",
                                " fortyseventh", " fortyeighth", " fortyninth", " fiftieth",
                                " fiftyfirst", " fiftysecond", " fiftythird", " fiftyfourth",
                                " fiftyfifth", " fiftysixth", " fiftyseventh",
                                " fiftyeighth", " fiftyninth", " sixtieth", " sixtyfirst",
                                " sixtysecond", " sixtythird")):
                print("\n".join(f"    {name}: {miss}" for miss in scores[name].misses))


def _publication_dates(lines: Sequence[Any], extracted: dict[str, Any],
                       split: Callable[[str], str]) -> dict[str, list[int]]:
    """Per set, [articles whose publication date ainews reads as annotated, articles, the
    same two for the articles that give it only in their text (no date in front matter)];
    an inferred date (≈) does not count: it is a guess the reader is told of."""
    from annotated import load_document

    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for line in lines:
        published = extracted[line.doc].get("published") or {}
        right = published.get("date") == line.published and published.get("source") != "inferred"
        in_text = not load_document(line.doc).front_matter.get("date")
        count = counts[split(line.doc)]
        count[0] += right
        count[1] += 1
        count[2] += right and in_text
        count[3] += in_text
    return counts


def _same_date(date: dict[str, Any], value: str) -> bool:
    """Whether ainews's date is the annotated one at the annotated precision."""
    if date.get("granularity") == "day":
        return str(date["value"]).split("T")[0] == value
    return date["value"] == value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--entities", action="store_true", help="list each target entity's match and counts")
    parser.add_argument("--misses", action="store_true", help="list each annotated sentence ainews got wrong")
    parser.add_argument("--only-annotated", action="store_true", help="run only the annotated-sentence part")
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        annotated_sentences(tmp, args.misses)
        print()
        if args.only_annotated:
            return
        meantime_benchmark(args.data, tmp)
        print()
        semeval_benchmark(args.data, tmp, args.entities)
    print()
    print(f"Run time {time.perf_counter() - started:.0f} s.")


if __name__ == "__main__":
    main()
