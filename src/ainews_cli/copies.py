"""Copies: one article published more than once (syndicated on other sites, reposted
with another title, header or footer), found by the overlap of its shingles.

Every analysed text gets a MinHash signature of its 5-word shingles (a Han character
counts as a word), 64 values.  Two texts are copies when the estimated containment of
the shorter in the longer (shared shingles over the shorter's shingles, derived from the
estimated Jaccard similarity and both sizes) is at least ``THRESHOLD``: a copy with a
site's own footer still contains nearly all of the article.  Candidate pairs come from
LSH banding (16 bands of 4 values; the store indexes the bands), so finding them costs
a lookup per band, not a comparison with every stored text.

Of a group of copies, the original is the one published first (undated ones after the
dated), then the first by name, so the answer does not depend on the order of ingests.

A signature is a pure function of the text, so the store keeps one per content key.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any

from ainews_cli.records import CopyMember, Signature

SHINGLE = 5
PERMUTATIONS = 64
BANDS, ROWS = 16, 4  # BANDS * ROWS == PERMUTATIONS
THRESHOLD = 0.8  # estimated containment of the shorter text in the longer
MIN_SHINGLES = 20  # shorter texts are copies only when their signatures are identical
_PRIME = (1 << 61) - 1
_TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\W_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def _permutations() -> tuple[list[int], list[int]]:
    # Fixed coefficients from a seeded generator (Python's, the same on every platform):
    # a text has the same signature on every machine and in every run.
    import random

    generator = random.Random(20231117)
    return ([generator.randrange(1, _PRIME) for _ in range(PERMUTATIONS)],
            [generator.randrange(0, _PRIME) for _ in range(PERMUTATIONS)])


_A, _B = _permutations()


@cache
def _coefficients() -> tuple[Any, Any, Any]:
    """The permutations' coefficients as numpy columns: a's high and low 32 bits, and b."""
    import numpy as np

    a = np.array(_A, dtype=np.uint64)[:, None]
    return a >> np.uint64(32), a & np.uint64(0xFFFFFFFF), np.array(_B, dtype=np.uint64)[:, None]


def _bands(values: tuple[int, ...]) -> tuple[int, ...]:
    """One hash per band of ROWS values: texts sharing any band are candidate copies."""
    if not values:
        return ()
    return tuple(zlib.crc32(repr(values[i * ROWS:(i + 1) * ROWS]).encode()) for i in range(BANDS))


def jaccard(one: Signature, other: Signature) -> float:
    """The estimated Jaccard similarity of two texts' shingles."""
    if not one.values or not other.values:
        return 0.0
    return sum(a == b for a, b in zip(one.values, other.values, strict=True)) / PERMUTATIONS


def are_copies(one: Signature, other: Signature) -> bool:
    """Whether two texts are one article: the shorter contained in the longer."""
    if not one.values or not other.values:
        return False
    if min(one.shingles, other.shingles) < MIN_SHINGLES:
        return one == other
    j = jaccard(one, other)
    shared = j / (1 + j) * (one.shingles + other.shingles)
    return shared / min(one.shingles, other.shingles) >= THRESHOLD


def signature(text: str) -> Signature:
    """The MinHash signature of a text's shingles (words lower-cased, Han characters one by one)."""
    import numpy as np

    tokens = _TOKEN.findall(text.lower())
    if not tokens:
        return Signature(0, (), ())
    width = min(SHINGLE, len(tokens))
    # Built and hashed with map and zip, not a Python loop a shingle: a Chinese text has
    # a shingle a character.  Each of the zipped slices holds one token a shingle.
    count = len(tokens) - width + 1
    shingles = set(map(" ".join, zip(*(tokens[i:count + i] for i in range(width)), strict=True)))
    hashes = np.fromiter(map(zlib.crc32, map(str.encode, shingles)), dtype=np.uint64, count=len(shingles))[None, :]
    # (a * hash + b) mod p, p = 2**61 - 1, in 64-bit integers with shifts and masks only
    # (no division): a = high * 2**32 + low, and 2**61 = 1 (mod p) folds what overflows.
    high, low, b = _coefficients()
    p, u29, u32, u61 = np.uint64(_PRIME), np.uint64(29), np.uint64(32), np.uint64(61)
    # In place: three arrays of 64 values a shingle, not one for each step.
    x = high * hashes  # < 2**61
    y = low * hashes  # < 2**64
    total = x >> u29
    x &= np.uint64((1 << 29) - 1)
    x <<= u32
    total += x
    np.bitwise_and(y, p, out=x)
    total += x
    y >>= u61
    total += y
    total += b  # < 2**63
    values = np.bitwise_and(total, p, out=x)
    total >>= u61
    values += total
    np.subtract(values, p, out=values, where=values >= p)
    minimums = tuple(values.min(axis=1).tolist())
    return Signature(len(shingles), minimums, _bands(minimums))


def originals(members: Sequence[CopyMember], signatures: Mapping[str, Signature],
              buckets: Iterable[Sequence[str]]) -> dict[str, str]:
    """Each copy's original (documents that are no copy are left out): the groups are the
    documents with one content key, joined where two keys' texts are copies.

    ``buckets`` are the keys sharing a band.  Within a bucket a key is compared with one
    key of each group already met there, not with every key: a thousand copies of one
    article cost a thousand comparisons, not half a million."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.get(key, key) != key:
            parent[key] = parent.get(parent[key], parent[key])
            key = parent[key]
        return key

    for bucket in buckets:
        met: list[str] = []  # one key of each group met in this bucket
        for key in sorted(k for k in bucket if k in signatures):
            root = find(key)
            if any(find(seen) == root for seen in met):
                continue
            for seen in met:
                if are_copies(signatures[seen], signatures[key]):
                    kept, joined = sorted((find(seen), root))
                    parent[joined] = kept
                    break
            else:
                met.append(key)
    groups: dict[str, list[CopyMember]] = {}
    for member in members:
        groups.setdefault(find(member.key), []).append(member)
    found: dict[str, str] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        original = min(group, key=lambda m: (m.published is None, m.published or "", m.doc))
        found.update((m.doc, original.doc) for m in group if m is not original)
    return found
