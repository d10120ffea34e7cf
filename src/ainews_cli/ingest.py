"""Reading documents: files, folders, globs, stdin and http(s) URLs; text, JSON and JSON
Lines, front matter, saved news pages and RSS/Atom feeds (web.py); the publication date
and where it came from.  No NLP happens here.

Every input either becomes a ``Document`` or an ``InputError`` that names the file,
the reason and the fix; one bad file never stops the others.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from ainews_cli import web
from ainews_cli.errors import InputError
from ainews_cli.fetch import is_url
from ainews_cli.records import Document, KnownDocument, PubDate

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | web.HTML_SUFFIXES | web.FEED_SUFFIXES
FORMATS = ".txt, .md, .json, .jsonl, .html or an RSS/Atom feed (.xml, .rss, .atom)"
MAX_BYTES = 20 * 1024 * 1024  # one input file or fetched URL; larger ones are refused with a message
FETCH_TIMEOUT = 20.0  # seconds, for one URL (AINEWS_FETCH_TIMEOUT)

Report = Callable[[str], None]

# Bump when a change to the reading code changes the documents the same bytes give: a
# file read before is then read again instead of being recognised by its bytes.
READING_REVISION = "7"  # 7: mastheads with the day first, footer stamps, send lines, repost notes, HK days


class FileLedger(Protocol):
    """What is known of the files read before (the ingest keeps it in the store)."""

    def unchanged(self, path: str, digest: str) -> Sequence[KnownDocument] | None:
        """The documents a file with these bytes gave when it was read, if they need neither
        reading nor analysing again; else None."""

    def read(self, path: str, digest: str, documents: Sequence[KnownDocument]) -> None:
        """A file was read, giving ``documents`` without an error or a message."""

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]]+(?:\([^\s()]*\)[^\s<>\"'()\[\]]*)*", re.I)
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_GLOB_CHARS = re.compile(r"[*?\[]")


@dataclass(frozen=True)
class Skipped:
    """Files a folder or a glob holds that are not of a type ainews reads (hidden files
    aside): they are named on stderr, not read."""

    given: str  # the folder or pattern
    files: tuple[str, ...]

    SHOWN = 5  # files named one a line; past that, a count and the first few

    def messages(self) -> list[str]:
        if len(self.files) <= self.SHOWN:
            return [f"skipped {path}: not a type ainews reads ({FORMATS})" for path in self.files]
        names = ", ".join(os.path.relpath(path, self.given) if os.path.isdir(self.given) else path
                          for path in self.files[:3])
        return [f"skipped {len(self.files)} files in {self.given} of types ainews does not read ({names} and "
                f"{len(self.files) - 3} more); it reads {FORMATS}"]


def expand_paths(paths: Iterable[str], *, unmentioned: Iterable[str] = ()) -> Iterator[str | InputError | Skipped]:
    """Every input file named by ``paths`` in a stable order; "-" stands for stdin, and
    http(s) URLs are passed on as they are (without a #fragment: it names no other page).
    Files of other types in a folder or a glob come as ``Skipped``, except those in
    ``unmentioned`` (the store, kept beside the news); a folder or a glob that holds no
    file ainews reads is an InputError."""
    quiet = {os.path.realpath(path) for path in unmentioned}
    seen: set[str] = set()
    for given in paths:
        if given == "-":
            yield "-"
            continue
        if is_url(given):
            url = given.split("#", 1)[0]
            if url not in seen:
                seen.add(url)
                yield url
            continue
        if os.path.isdir(given):
            candidates, others = _walk(given)
        elif os.path.exists(given):
            candidates, others = [given], []
        elif _GLOB_CHARS.search(given):
            matched = [c for c in sorted(glob.glob(given, recursive=True)) if os.path.isfile(c)]
            candidates = [c for c in matched if Path(c).suffix.lower() in SUFFIXES]
            others = [c for c in matched if c not in candidates and not Path(c).name.startswith(".")]
        else:
            yield InputError(given, "no such file or folder", "check the path")
            continue
        others = [path for path in others if os.path.realpath(path) not in quiet]
        if others:
            yield Skipped(given, tuple(others))
        if not candidates:
            if os.path.isdir(given):
                yield InputError(given, f"holds no file ainews reads ({FORMATS})", "add some, or name another folder")
            else:
                yield InputError(given, f"the pattern matches no file ainews reads ({FORMATS})", "check it")
            continue
        for candidate in candidates:
            key = os.path.normpath(candidate)
            if key not in seen:
                seen.add(key)
                yield key


def _walk(folder: str) -> tuple[list[str], list[str]]:
    """The files under ``folder`` ainews reads, and the others; hidden ones are neither."""
    found: list[str] = []
    others: list[str] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                wanted = Path(name).suffix.lower() in SUFFIXES
                (found if wanted else others).append(os.path.join(root, name))
    return sorted(found), sorted(others)


# What files of other kinds start with: whatever the file is called, such content is not
# text to read (a PDF holding only ASCII would otherwise be read as an article).
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a .docx, .xlsx, .odt or .epub is one)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip file"),
    (b"\xfd7zXZ\x00", "an xz file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd file"),
    (b"\x7fELF", "a program"),
    (b"SQLite format 3\x00", "an SQLite database"),
)


def binary_kind(data: bytes) -> str | None:
    """What a file is when its first bytes say it is not text ("a PDF document"), else None."""
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "a media file"
    if data[:3] == b"BZh" and data[4:10] == b"1AY&SY":
        return "a bzip2 file"
    return next((kind for signature, kind in _SIGNATURES if data.startswith(signature)), None)


def _not_text(source: str, data: bytes) -> InputError | None:
    kind = binary_kind(data)
    if kind is None:
        return None
    return InputError(source, f"is binary ({kind}), not text", f"extract its text first; ainews reads {FORMATS}")


def read_inputs(paths: Iterable[str], report: Report, *, fetch_timeout: float = FETCH_TIMEOUT,
                unmentioned: Iterable[str] = (),
                files: FileLedger | None = None) -> Iterator[Document | KnownDocument | InputError]:
    """Documents from every input in ``paths``, and an InputError for each that failed;
    files of other types in a folder are named through ``report`` (but ``unmentioned``).
    A file ``files`` knows by its bytes gives its KnownDocuments instead, unread."""
    for item in expand_paths(paths, unmentioned=unmentioned):
        if isinstance(item, Skipped):
            for message in item.messages():
                report(message)
        elif isinstance(item, InputError):
            yield item
        elif item == "-":
            yield from read_stream(sys.stdin.buffer, report)
        elif is_url(item):
            yield from read_url(item, report, timeout=fetch_timeout)
        else:
            yield from read_file(item, report, files=files)


def read_file(path: str, report: Report, *,
              files: FileLedger | None = None) -> Iterator[Document | KnownDocument | InputError]:
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            yield InputError(path, f"is {size // 1_000_000} MB, over the {MAX_BYTES // 1_000_000} MB limit",
                             "split it into smaller files")
            return
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        yield InputError(path, f"cannot be read ({error.strerror or error})", "check its permissions")
        return
    if refused := _not_text(path, data):
        yield refused
        return
    if files is None:
        parsed = _parse_file(path, data, report)
        del data  # the parser holds the bytes only until it has decoded them
        yield from parsed
        return
    digest = file_digest(data)
    known = files.unchanged(path, digest)
    if known is not None:
        yield from known
        return
    # Only a file read without a word is noted: one that gave an error or a message
    # (a date it cannot read, an encoding it guessed) is read again, and says so again.
    said: list[str] = []

    def told(message: str) -> None:
        said.append(message)
        report(message)

    # What the ledger keeps of each document, not the document: a file of 10,000 records
    # would otherwise stay in memory, whole, until its last record is analysed.
    documents: list[KnownDocument] = []
    parsed = _parse_file(path, data, told)
    del data
    for item in parsed:
        if isinstance(item, Document):
            documents.append(KnownDocument(item.doc, content_key(item), item.published))
        else:
            said.append(str(item))
        yield item
    if not said:
        files.read(path, digest, documents)


def file_digest(data: bytes) -> str:
    """A file's bytes as the ingest recognises them: their SHA-256, with the reading code's revision."""
    digest = hashlib.sha256(f"{READING_REVISION}\x00".encode())
    digest.update(data)
    return digest.hexdigest()


def _parse_file(path: str, data: bytes, report: Report) -> Iterator[Document | InputError]:
    suffix = Path(path).suffix.lower()
    if suffix in JSON_SUFFIXES:
        records = parse_json(path, data, lines=suffix != ".json", report=report)
        del data
        yield from records
    elif suffix in web.HTML_SUFFIXES:
        yield from parse_web(path, data, "html", report=report)
    elif suffix in web.FEED_SUFFIXES:
        yield from parse_web(path, data, "feed", report=report)
    elif suffix not in TEXT_SUFFIXES and (kind := web.sniff(data)):
        yield from parse_web(path, data, kind, report=report)  # a page or feed under another name
    else:
        try:
            yield parse_text(path, decode(path, data, report), report=report)
        except InputError as error:
            yield error


def read_stream(stream: BinaryIO, report: Report) -> Iterator[Document | InputError]:
    data = stream.read()
    if not data:
        yield InputError("stdin", "nothing was read from it", "pipe a document into ainews, or name files instead of -")
        return
    name = "stdin:" + hashlib.sha256(data).hexdigest()[:12]
    if refused := _not_text(name, data):
        yield refused
        return
    if data.lstrip()[:1] in (b"{", b"["):
        yield from parse_json(name, data, lines=data.lstrip()[:1] == b"{", report=report)
        return
    kind = web.sniff(data)
    if kind:
        yield from parse_web(name, data, kind, report=report)
        return
    try:
        yield parse_text(name, decode(name, data, report), report=report)
    except InputError as error:
        yield error


_FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml"}
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_JSON_TYPES = {"application/json", "application/ld+json", "application/x-ndjson", "application/jsonl"}


def read_url(url: str, report: Report, *, timeout: float = FETCH_TIMEOUT) -> Iterator[Document | InputError]:
    """The page, feed items or text at an http(s) URL; the document is named by the URL, so
    an unchanged page fetched again is found in the store and not analysed again."""
    from ainews_cli.fetch import fetch

    try:
        fetched = fetch(url, timeout=timeout, max_bytes=MAX_BYTES)
    except InputError as error:
        yield error
        return
    # The Content-Type first, the content itself where the server is vague or wrong.
    kind = web.sniff(fetched.data)
    if fetched.content_type in _FEED_TYPES:
        kind = "feed"
    elif fetched.content_type in _HTML_TYPES and kind != "feed":
        kind = "html"
    elif fetched.content_type in _JSON_TYPES:
        lines = fetched.content_type in ("application/x-ndjson", "application/jsonl")
        yield from parse_json(url, fetched.data, lines=lines, report=report)
        return
    elif fetched.content_type.endswith(("/xml", "+xml")) and kind is None:
        kind = "feed"  # feedparser says whether it is one
    if kind:
        data: bytes | str = fetched.data
        if kind == "html" and fetched.charset:
            data = fetched.data.decode(_codec(fetched.charset), errors="replace")
        yield from parse_web(url, data, kind, report=report, url=fetched.url)
        return
    if not fetched.content_type.startswith("text/") and fetched.content_type:
        yield InputError(url, f"is neither a web page nor a feed (its Content-Type is {fetched.content_type})",
                         "give ainews the address of an article or a feed")
        return
    if refused := _not_text(url, fetched.data):  # a PDF served as text/plain
        yield refused
        return
    try:
        document = parse_text(url, decode(url, fetched.data, report), report=report)
    except InputError as error:
        yield error
        return
    yield document if document.url else _dated(replace(document, url=fetched.url))


def _codec(charset: str) -> str:
    import codecs

    try:
        return codecs.lookup(charset).name
    except LookupError:
        return "utf-8"


def parse_web(source: str, data: bytes | str, kind: str, *, report: Report,
              url: str | None = None) -> Iterator[Document | InputError]:
    """A news page (``kind`` "html") or the items of a feed ("feed"), with the dateline,
    byline and URL fallbacks a text file has when the markup states no date."""
    if isinstance(data, bytes) and (b"\x00" in data[:8192] or data.startswith((b"\xff\xfe", b"\xfe\xff"))):
        try:
            data = decode(source, data, report)  # UTF-16, or a binary file with a misleading name
        except InputError as error:
            yield error
            return
    if kind == "feed":
        raw = data.encode("utf-8") if isinstance(data, str) else data
        for item in web.parse_feed(source, raw):
            yield item if isinstance(item, InputError) else _dated(item)
        return
    try:
        yield _dated(web.parse_page(source, data, url=url))
    except InputError as error:
        yield error


def _dated(document: Document) -> Document:
    if document.published is not None:
        return document
    published = _body_date(document.body, document.lang, document.url)
    return replace(document, published=published) if published else document


def _body_date(body: str, lang: str | None, url: str | None) -> PubDate | None:
    """The publication date a document's text gives (its metadata gave none): a dateline or
    a line of its own, a byline, an issue line, a closing date code, a closing note (a send line,
    where a repost first appeared), its URL or a line with its address, and last a wire dateline
    whose year the story gives."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    published = (_dateline(lines[:8], lang) or _byline(body, lang) or _issue_line(lines[:3], lang)
                 or _closing_code(lines[-3:]) or _closing_note([*lines[:3], *lines[-8:]], lang))
    # A wire dateline's year the story gives is read last: an address that states the day wins.
    if url:
        return published or _url_date(url) or _yearless_dateline(body, lang)
    return published or _url_line(lines) or _yearless_dateline(body, lang)


def decode(source: str, data: bytes, report: Report | None = None) -> str:
    """Text of a file: UTF-8 (with or without BOM), UTF-16 with BOM, or, failing that,
    Windows-1252/Latin-1 when the bytes read as plain text that way (said on stderr)."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(source, "looks like a binary file, not text", f"give ainews {FORMATS}")
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        fix = "convert it to UTF-8, e.g. `iconv -f ENCODING -t utf-8 FILE > FILE.utf8`"
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise InputError(source, "is not valid UTF-16", fix) from error
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(source, f"is not valid UTF-8 (byte {error.start})", fix) from error
        if sum(ch.isprintable() or ch in "\n\r\t" for ch in text) < 0.98 * len(text):
            raise InputError(source, f"is not valid UTF-8 (byte {error.start})", fix) from error
        if report is not None:
            report(f"{source}: not valid UTF-8, read as Windows-1252 (Latin-1); if that is wrong, {fix}")
        return text


def parse_text(doc: str, text: str, *, report: Report) -> Document:
    meta: dict[str, Any] = {}
    body = text
    match = _FRONT_MATTER.match(text)
    if match:
        meta = _load_front_matter(doc, match.group(1))
        body = text[match.end():]
    published = _meta_date(doc, _date_field(meta), "front_matter", report)
    url = _as_str(meta.get("url"))
    lines = [line.strip() for line in body.splitlines() if line.strip()][:8]
    if url is None and lines and _URL.fullmatch(lines[0]):
        url = lines[0]
    if published is None:
        published = _body_date(body, _as_str(meta.get("lang")), url)
    title = _as_str(meta.get("title"))
    if lines and published is not None and published.source in ("dateline", "byline") \
            and _dated_line(lines[0], _as_str(meta.get("lang"))):
        lines = lines[1:]  # "2023-11-18 09:05:02来源: 36氪" dates the article; the title follows it
    if title is None and lines:
        first = lines[0].lstrip("#").strip()
        if 0 < len(first) <= 200 and not first.endswith((".", ":", ";")) and not _URL.fullmatch(first):
            title = first
    return Document(
        doc=doc,
        body=body,
        title=title,
        url=url,
        lang=_as_str(meta.get("lang")),
        published=published,
        authors=_authors(meta.get("authors") or meta.get("author")),
    )


MAX_FRONT_MATTER = 64 * 1024


def _load_front_matter(doc: str, block: str) -> dict[str, Any]:
    if len(block) > MAX_FRONT_MATTER:
        raise InputError(doc, f"its front matter is over {MAX_FRONT_MATTER // 1024} KB", "shorten it")
    import yaml  # only documents with front matter pay for it

    try:
        meta = yaml.load(block, Loader=_front_matter_loader())
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        reason = getattr(error, "problem", None) or "not valid YAML"
        raise InputError(doc, f"its front matter is not valid YAML{where} ({reason})",
                         "fix it or remove the --- block") from error
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise InputError(doc, "its front matter is not a YAML mapping", "write it as `key: value` lines")
    return meta


@lru_cache(maxsize=1)
def _front_matter_loader() -> type:
    """yaml.SafeLoader that refuses aliases: front matter never needs them, and a
    "billion laughs" of nested aliases would explode as soon as a value is read."""
    import yaml

    class FrontMatterLoader(yaml.SafeLoader):
        def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed",
                                                  event.start_mark)
            return super().compose_node(parent, index)

    return FrontMatterLoader


def parse_json(source: str, data: bytes, *, lines: bool, report: Report) -> Iterator[Document | InputError]:
    try:
        text = decode(source, data, report)
    except InputError as error:
        yield error
        return
    del data
    if lines:
        # Each line is let go once read, and the text once split: memory does not grow
        # with the file while its records are analysed.
        split = text.splitlines()
        del text
        for number in range(1, len(split) + 1):
            line, split[number - 1] = split[number - 1], ""
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield InputError(f"{source}:{number}", f"is not valid JSON ({error.msg})",
                                 "fix the line or remove it")
                continue
            except RecursionError:
                yield InputError(f"{source}:{number}", "is nested too deeply", "flatten the record")
                continue
            yield _record(source, str(number), record, report)
        return
    try:
        loaded = json.loads(text)
    except json.JSONDecodeError as error:
        yield InputError(source, f"is not valid JSON ({error.msg})", "fix it; for one record a line use .jsonl")
        return
    except RecursionError:
        yield InputError(source, "is nested too deeply", "flatten its records")
        return
    del text
    records = loaded if isinstance(loaded, list) else [loaded]
    del loaded
    for index in range(1, len(records) + 1):
        record, records[index - 1] = records[index - 1], None
        yield _record(source, str(index), record, report)


def _record(source: str, position: str, record: Any, report: Report) -> Document | InputError:
    where = f"{source}#{position}"
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return InputError(where, "has no string field \"text\"", "give each record a \"text\" field")
    record_id = record.get("id")
    doc = f"{source}#{record_id}" if isinstance(record_id, (str, int)) and str(record_id) else where
    url = _as_str(record.get("url"))
    published = _meta_date(doc, _date_field(record), "json", report)
    if published is None:
        published = _body_date(record["text"], _as_str(record.get("lang")), url)
    return Document(
        doc=doc,
        body=record["text"],
        title=_as_str(record.get("title")),
        url=url,
        lang=_as_str(record.get("lang")),
        published=published,
        authors=_authors(record.get("authors") or record.get("author")),
    )


# The fields that give a document's date in front matter or a JSON record, best first: Jekyll's
# and Hugo's `date`, Hugo's `publishDate`, feeds' and schema.org's names for the same.
_DATE_FIELDS = ("date", "published", "publishDate", "published_at", "publishedAt", "pubDate",
                "datePublished", "date_published")


def _date_field(meta: dict[str, Any]) -> Any:
    """The first of the date fields that holds a date or text ("published: true" is Jekyll's flag)."""
    import datetime as dt

    return next((meta[field] for field in _DATE_FIELDS if isinstance(meta.get(field), (str, int, dt.date))
                 and not isinstance(meta.get(field), bool) and meta.get(field) != ""), None)


def _meta_date(doc: str, value: Any, source: str, report: Report) -> PubDate | None:
    if value is None or value == "":
        return None
    import datetime as dt

    if isinstance(value, dt.datetime):
        return PubDate(value.date().isoformat(), source)
    if isinstance(value, dt.date):
        return PubDate(value.isoformat(), source)
    if isinstance(value, int) and 1000 <= value <= 9999:
        return PubDate(f"{value:04d}", source)
    from ainews_cli.dates import parse_date_string

    parsed = parse_date_string(str(value))
    if parsed is None:
        report(f"{doc}: its date {str(value)!r} is not a date ainews can read; the document is treated as "
               "undated (write it as YYYY-MM-DD)")
        return None
    return PubDate(parsed, source)


def _dateline(lines: list[str], lang: str | None) -> PubDate | None:
    """The date of a line that is only a date, or of a dateline opening a wire story's
    first paragraph ("SAN FRANCISCO, Nov. 20, 2023 /PRNewswire/ -- …")."""
    from ainews_cli.dates import dateline_date, lead_dateline_date

    for line in lines[:6]:
        # Digits, or Chinese numerals: "二〇二三年十一月二十日".
        if not any(ch.isdigit() or ch in "〇零一二三" for ch in line[:80]):
            continue
        # A short line opening with a dateline is one only as a whole sentence: "Paris, 5 June 2024
        # – what Mistral said" is a headline; or as a dateline alone, its dash ending the line ("LONDON,
        # July 12, 2024 —" above the byline).
        value = (dateline_date(line, lang) if len(line) <= 60 else None) or (
            lead_dateline_date(line, lang) if len(line) > 60 or line.endswith((".", "!", "?", "。", "—", "–", "-"))
            else None)
        if value:
            return PubDate(value, "dateline")
    return None


def _yearless_dateline(body: str, lang: str | None) -> PubDate | None:
    from ainews_cli.dates import yearless_dateline_date

    found = yearless_dateline_date(body, lang)
    return PubDate(found, "dateline") if found else None


def _dated_line(line: str, lang: str | None) -> bool:
    """Whether ``line`` is a dateline or a byline ("发布时间：2023-11-22 14:05") and nothing else."""
    return (len(line) <= 60 and _dateline([line], lang) is not None) or _byline(line, lang) is not None


@lru_cache(maxsize=1)
def _page_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """How pages state their own date (each language's ``page`` words, data/languages/*.toml):
    a labelled line ("Published: March 3, 2023", "Stand: 20.11.2023"), a line naming the
    outlet a story comes from and then its date ("来源：澎湃新闻 2024-03-12 10:05"), and the
    words of a newsletter's issue line ("Ausgabe 11/2024")."""
    from ainews_cli import languages

    labels = languages.either(sorted(languages.words("page.date_labels"), key=len, reverse=True))
    links = languages.either(languages.words("page.date_label_links"))
    labelled = re.compile(rf"^\W*(?P<label>{labels})(?:\s+(?:{links}))?\s*[:：]?\s*(?P<date>.{{6,60}}?)\W*$")
    sources = languages.either(languages.words("page.source_labels"))
    outlet = re.compile(rf"^\W*(?:{sources})\s*[:：]\s*[^\s\d]{{1,20}}\s+(?P<date>\d.{{5,40}}?)\W*$")
    return labelled, outlet, re.compile(languages.alternation("page.issue_patterns"))


@lru_cache(maxsize=1)
def _masthead() -> re.Pattern[str]:
    from ainews_cli import languages

    return re.compile(languages.alternation("page.masthead_patterns"))


# The parts of a masthead line: set apart by bars, dots or dashes with spaces around them.
_MASTHEAD_PARTS = re.compile(r"\s+[|·•—–]\s+|\s*｜\s*")


@lru_cache(maxsize=1)
def _label_kinds() -> tuple[frozenset[str], frozenset[str]]:
    """The labels that, in a line of several parts, name an event's date ("Date") and an
    update's ("Updated"), lower-cased."""
    from ainews_cli import languages

    return (frozenset(label.lower() for label in languages.words("page.generic_date_labels")),
            frozenset(label.lower() for label in languages.words("page.update_labels")))


@lru_cache(maxsize=1)
def _navigation() -> re.Pattern[str]:
    from ainews_cli import languages

    return re.compile(languages.alternation("page.navigation_patterns"), re.I)


def navigation(text: str) -> bool:
    """Whether ``text`` (a sentence) is a line of the page that is no part of its story:
    navigation to another page ("Related: …", "Lesen Sie auch: …", "相关阅读"), a prompt to
    subscribe, a copyright notice (page.navigation_patterns)."""
    return _navigation().search(text) is not None


@lru_cache(maxsize=1)
def _address_labels() -> frozenset[str]:
    from ainews_cli import languages

    return frozenset(label.lower() for label in languages.words("page.address_labels"))


# Parts of a line set apart by bars or dots: "By Jane Doe | Last updated: March 12, 2024".
_LINE_PARTS = re.compile(r"\s+[|·•]\s+|\s*｜\s*")


@lru_cache(maxsize=1)
def _update_part() -> re.Pattern[str]:
    """Where an update's part of a line starts after a comma: "…, aktualisiert am 17. September"."""
    from ainews_cli import languages

    return re.compile(r",\s+(?=(?:" + languages.either(languages.words("page.update_labels")) + r")\b)", re.I)


def _byline(body: str, lang: str | None) -> PubDate | None:
    """A date the article states as its own ("Published: March 3, 2023", "Stand: 20.11.2023",
    "来源：澎湃新闻 2024-03-12") in its first or last lines, alone or as one part of a line
    ("By Jane Doe | Last updated: …"): the document itself makes the date clear."""
    from ainews_cli.dates import dateline_date, parse_date_string

    labelled, outlet, _ = _page_patterns()
    generic, updated = _label_kinds()
    lines = [line for line in body.splitlines() if line.strip()]
    first = lines[:15]
    for number, line in enumerate([*first, *lines[-10:]]):
        if len(line) > 120:
            continue
        # A line is read in parts only under the headline ("By Jane Doe | Last updated: …") or in
        # the page's closing lines ("Erstveröffentlichung: … | Zuletzt aktualisiert: …", "Zuerst
        # veröffentlicht am …, aktualisiert am …"), never one that points to another page
        # ("Related: … | Published: …"), and a part labelled only "Date" there is an event's
        # ("Event | Date: June 20 | Venue: …").
        parts = [part for piece in _LINE_PARTS.split(line.strip()) for part in _update_part().split(piece)] \
            if number < 6 or number >= len(first) else [line.strip()]
        if len(parts) > 1 and navigation(parts[0]):
            continue
        found: list[tuple[bool, str]] = []
        bare: list[str] = []
        for part in parts:
            match = (labelled.match(part) if len(part) <= 90 else None) or outlet.match(part)
            label = (match.groupdict().get("label") or "").lower() if match else ""
            if match is None and len(parts) > 1 and (day := dateline_date(part, lang)) and len(day) == 10:
                bare.append(day)
            if match is None or (len(parts) > 1 and label in generic):
                continue
            written = re.sub(r",?\s+(?:um\s+|at\s+)?\d{1,2}:\d{2}.*$", "", match["date"])
            value = parse_date_string(written, lang, day_first=_day_first_zone().search(match["date"]) is not None)
            if value:
                found.append((label in updated, value))
        # Beside only an update's date, a bare one is the page's publication: "April 24, 2024 |
        # Updated April 25, 2024" (beside "Published April 25, 2024" it is something else's).
        found += [(False, day) for day in bare[:1] if found and all(update for update, _ in found)]
        # ... and so is one beside the byline under the headline: "寶島財經新聞網｜2023/01/19（四）18:20｜
        # 記者周宛萱／台北報導", "Tech Daily | March 3, 2024 | By Jane Doe".
        found += [(False, day) for day in bare[:1] if not found and number < 6 and len(bare) == 1
                  and any(_byline_part(part) for part in parts)]
        if found:  # published before updated: "Updated June 4, 2024 | Originally published May 1, 2024"
            return PubDate(min(found)[1], "byline")
    return None


@lru_cache(maxsize=1)
def _day_first_zone() -> re.Pattern[str]:
    """A clock with a time zone of the day-first world after it: "Posted 03/05/2018 06:40 BST" is the 3rd of May
    (page.day_first_zones); without one, the language decides (dates.parse_date_string)."""
    from ainews_cli import languages

    return re.compile(r"\d{1,2}:\d{2}\s*(?:" + languages.either(languages.words("page.day_first_zones")) + r")\b")


def _byline_part(part: str) -> bool:
    """Whether a part of a line opens with a byline's words (entities.byline_patterns: "By", "Von", "记者",
    Traditional folded) before a name."""
    from ainews_cli import han

    return _byline_opening().match(han.normalised(part)) is not None


@lru_cache(maxsize=1)
def _byline_opening() -> re.Pattern[str]:
    from ainews_cli import languages

    return re.compile(r"^\W*(?:" + languages.either(languages.patterns("entities.byline_patterns"))
                      + r")[ \t:：]*(?=\w)")


# Where a part of an issue line starts: after a bar, dot, dash or comma, or "vom"/"from"/"of".
_ISSUE_PART = re.compile(r"(?:[|·•–—,]|\b(?:vom|from|of))\s+")


def _issue_line(lines: list[str], lang: str | None) -> PubDate | None:
    """The day a newsletter's issue line gives, as a part of its own after the issue ("KI-Briefing |
    Ausgabe 11/2024 | 12. März 2024", "The AI Brief, Issue 47, March 12, 2024", "Ausgabe 47
    vom 12.03.2024", "AI周报 第47期 2024年3月12日") or set apart by bars before it ("科技早知道｜
    2024年7月12日 星期五｜第86期"): the issue told by its number (page.issue_patterns), the
    date a day with its year; or a masthead's volume or number as a part of its own before
    its day ("WIRTSCHAFTSKURIER · Nr. 52 · 78. Jahrgang · Dienstag, 14. März 2023",
    page.masthead_patterns)."""
    from ainews_cli.dates import dateline_date

    issue = _page_patterns()[2]
    for line in lines:
        told = issue.search(line) if len(line) <= 100 else None
        if told is None:
            continue
        starts = [told.end(), *(part.end() for part in _ISSUE_PART.finditer(line, told.end()))]
        tails = [line[start:].strip() for start in starts]
        # Before the issue, only a part between bars is read: "Issue of March 12" is no date part.
        tails += [part.strip() for part in _LINE_PARTS.split(line[:told.start()])[1:]]
        for tail in tails:
            value = dateline_date(tail, lang) if len(tail) <= 40 else None
            if value is not None and len(value) == 10:
                return PubDate(value, "dateline")
    for line in lines:
        # A masthead's volume, number or page is a short part of its own, and another part is the
        # day ("Wirtschaftsblatt · Mittwoch, 24. Januar 2024 · 79. Jahrgang · Nr. 20 · Seite 15").
        parts = _MASTHEAD_PARTS.split(line) if len(line) <= 100 else []
        if not any(len(part.strip()) <= 20 and _masthead().match(part.strip()) for part in parts):
            continue
        for part in parts:
            value = dateline_date(part, lang)
            if value is not None and len(value) == 10:
                return PubDate(value, "dateline")
    return None


@lru_cache(maxsize=1)
def _closing_notes() -> re.Pattern[str]:
    from ainews_cli import languages

    return re.compile(languages.alternation("page.closing_date_patterns"), re.I)


def _closing_note(lines: list[str], lang: str | None) -> PubDate | None:
    """The one day a closing line states after the words of a send line or of a repost's note
    (page.closing_date_patterns): "Sent Tuesday, June 11, 2024, 6:02 a.m. ET", "This email was
    sent on June 11, 2024 to …", "发送时间：2023年7月27日 08:00", "原文发布于2023年11月6日"."""
    from ainews_cli.dates import stated_day

    for line in reversed(lines):
        note = _closing_notes().search(line) if len(line) <= 160 else None
        found = stated_day(line[note.end():], lang) if note else None
        if found is not None:
            return PubDate(found, "byline")
    return None


def _closing_code(lines: list[str]) -> PubDate | None:
    """The day a story closes with after its editor's credit: a Taiwanese wire story's ROC
    date code ("（編輯：李大華）1130216"), a mainland page's footer ("（责任编辑：王小明）2023/08/30")."""
    from ainews_cli.dates import closing_date_code

    found = next((value for line in reversed(lines) if (value := closing_date_code(line))), None)
    return PubDate(found, "byline") if found else None


# A line that is only the page's own address: bare right under the headline
# ("https://…/2024/08/19/…"), or labelled as the page's own in its first or last lines
# ("Permalink: https://…", "原文链接：https://…"); not "Related:", "Source:" or "Link:", which
# point to other pages as often as to this one.
_URL_LINE = re.compile(r"\W*(?:(?P<label>[^\W\d_][^:：/]{0,30}?)\s*[:：]\s*)?<?(?P<url>https?://\S+?)>?")


def _url_line(lines: list[str]) -> PubDate | None:
    """The date of a line that gives the page's own address (a plain-text copy of a web
    page without an address of its own), when every such line agrees on it."""
    dates = set()
    for number, line in enumerate([*lines[:8], *lines[-8:]] if len(lines) > 16 else lines):
        match = _URL_LINE.fullmatch(line)
        if match is None:
            continue
        # Bare, only among the first three lines (under the headline); else labelled as the page's own.
        own = match["label"].strip().lower() in _address_labels() if match["label"] else number < 3
        found = _url_date(match["url"]) if own else None
        if found is not None:
            dates.add(found.date)
    return PubDate(dates.pop(), "url") if len(dates) == 1 else None


def _url_date(url: str) -> PubDate | None:
    from ainews_cli.dates import date_from_url

    value = date_from_url(url)
    return PubDate(value, "url") if value else None


def _as_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _authors(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, (list, tuple)):
        return tuple(str(item).strip() for item in value if str(item).strip())
    return tuple(part.strip() for part in str(value).split(",") if part.strip())


def analysable(body: str) -> str:
    """The body with URLs, markdown image links and HTML comments blanked out.

    Same length as ``body`` so every offset still points into the body; what is
    blanked is not text to analyse (no entities or dates inside a URL).
    """

    def blank(match: re.Match[str]) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))

    for pattern in (_MD_IMAGE, _HTML_COMMENT, _URL):
        body = pattern.sub(blank, body)
    return body


def content_key(document: Document) -> str:
    """A hash of everything that affects what the pipeline extracts from a document."""
    digest = hashlib.sha256()
    for part in (document.body, document.lang or "", document.published.date if document.published else "",
                 document.published.source if document.published else ""):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()
