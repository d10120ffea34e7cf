"""News pages and RSS/Atom feeds, turned into Documents.  No NLP, no network: the bytes
are given (read from a file, or fetched by fetch.py).

A page's main text, title and authors come from trafilatura, which keeps menus, cookie
banners, related links, comments and footers out of the text that is analysed.  Its
publication date is read only from markup that states it (``page_date``).  Each item of
a feed becomes a Document of its own (feedparser), its HTML turned into plain text.

trafilatura, htmldate, feedparser and lxml are imported only when a page or a feed is read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from itertools import islice
from typing import Any

from ainews_cli.errors import InputError
from ainews_cli.records import Document, PubDate

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
# trafilatura's time grows faster than the page (40,000 paragraphs: 6 s, 100,000: 40 s); a news
# page has a few thousand elements, so a page with more than this is refused, not waited for.
MAX_ELEMENTS = 50_000

# htmldate rejects dates after "today" by default, so what it read would depend on the day
# of the run; a fixed bound keeps the result byte-stable.
_LATEST = "2100-12-31"
# trafilatura reads a date too (we read our own, below): the cheap way, never from free text.
_TRAFILATURA_DATES = {"extensive_search": False, "original_date": True, "max_date": _LATEST}

# <meta> names that say when a page was published: htmldate knows which (article:published_time,
# DC.date.issued, parsely-pub-date, ...); these keep the ones about changes and copyrights from it.
_META_DATE_KEY = re.compile(r"date|time|publi|creat|issued", re.I)
_META_NOT_PUBLISHED = re.compile(r"modif|updat|lastmod|revis|expir|copyright|year|utime|og:url", re.I)
_TIME_PUBLISHED = re.compile(r"publish|entry-date|pubdate|posted", re.I)
_ARTICLE_TYPES = re.compile(r"(?:Article|Posting|Report)$")  # NewsArticle, BlogPosting, ...
_BOILERPLATE_PARENTS = {"aside", "nav", "footer", "li", "figure", "form"}

_PROLOG = re.compile(rb"\A(?:\s+|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.S | re.I)
_FIRST_TAG = re.compile(rb"<([A-Za-z][\w:.-]*)")


def sniff(data: bytes) -> str | None:
    """"feed" or "html" when the bytes start like one (after any XML declaration, comments
    and doctype), else None."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if re.match(rb"\s*<!DOCTYPE\s+html", head, re.I):
        return "html"
    start = _PROLOG.match(head)
    match = _FIRST_TAG.match(head, start.end() if start else 0)
    if not match:
        return None
    name = match.group(1).lower()
    if name in (b"rss", b"feed", b"rdf:rdf"):
        return "feed"
    if name in (b"html", b"head", b"body"):
        return "html"
    return None


def parse_page(doc: str, data: bytes | str, *, url: str | None = None) -> Document:
    """A news page: its main text (the body every offset refers to), title, authors, URL and
    the publication date its markup states.  ``url`` is where it was fetched from; a saved
    page's own canonical link is used otherwise.  The dateline, byline and URL fallbacks that
    text files have are applied by the caller (ingest.py)."""
    import trafilatura

    tree = trafilatura.load_html(data)
    if tree is None:
        raise InputError(doc, "is not an HTML page ainews can parse", "check that it is the saved page itself")
    if any(True for _ in islice(tree.iter(), MAX_ELEMENTS, None)):
        raise InputError(doc, f"has more than {MAX_ELEMENTS:,} HTML elements, more than a news page has",
                         "save the article alone (e.g. from the browser's reader view) or give its text as .txt")
    published = page_date(tree)
    result: Any = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                              date_extraction_params=_TRAFILATURA_DATES)
    text = result.text if result is not None else None
    if not text or not text.strip():
        raise InputError(doc, "has no article text trafilatura can find (a front page, a list of links, or a page "
                         "that needs JavaScript?)", "save the article's own page, or give its text as a .txt file")
    return Document(
        doc=doc,
        body=text,
        title=result.title or None,
        url=url or result.url or None,
        # The language stage decides from the text: a declared language would override it, and
        # <html lang> is often the site template's, not the article's (docs/inputs.md).
        lang=None,
        published=published,
        authors=tuple(name.strip() for name in (result.author or "").split(";") if name.strip()),
    )


def page_date(tree: Any) -> PubDate | None:
    """The publication date a page's markup states, at the precision it is written, and where:
    a publication <meta> tag (html:meta), JSON-LD datePublished (html:json-ld) or the article's
    <time> element (html:time).

    htmldate chooses among the <meta> and <time> candidates, in its fast mode and for the
    original (not the last-modified) date; its choice is kept only when the chosen element's
    own value, parsed strictly, agrees with it.  htmldate's other sources are never used: its
    guesses from the page's free text, image names and copyright lines are not a stated date,
    and it fills a month-only value's day from today's date.
    """
    return _meta_date(tree) or _json_ld_date(tree) or _time_date(tree)


def _meta_date(tree: Any) -> PubDate | None:
    metas = []
    for meta in tree.iter("meta"):
        key = " ".join(meta.get(attribute) or "" for attribute in ("name", "property", "itemprop", "http-equiv"))
        value = meta.get("content") or meta.get("datetime")
        if value and _META_DATE_KEY.search(key) and not _META_NOT_PUBLISHED.search(key):
            metas.append(meta)
    return _htmldate_choice(metas, lambda meta: meta.get("content") or meta.get("datetime") or "", "html:meta")


def _time_date(tree: Any) -> PubDate | None:
    # Never a <time> in a list of related links, a menu, a sidebar or a footer.
    times = [t for t in tree.iter("time") if not any(p.tag in _BOILERPLATE_PARENTS for p in t.iterancestors())]
    chosen = [t for t in times if t.get("pubdate") is not None or (t.get("itemprop") or "").lower() == "datepublished"
              or _TIME_PUBLISHED.search(t.get("class") or "")]
    if not chosen:
        # Else the <time> elements of the article (or the main part of the page).
        container = next(tree.iter("article"), None)
        if container is None:
            container = next(tree.iter("main"), None)
        chosen = [t for t in times if container is not None and container in t.iterancestors()]
    return _htmldate_choice(chosen, lambda t: t.get("datetime") or t.text_content(), "html:time")


def _htmldate_choice(elements: list[Any], value_of: Callable[[Any], str], source: str) -> PubDate | None:
    if not elements:
        return None
    from htmldate import find_date
    from lxml.html import tostring

    from ainews_cli.dates import parse_date_string

    # htmldate sees only these elements, so whatever it finds comes from one of them.
    view = "<html><head>{}</head><body>{}</body></html>".format(
        "".join(tostring(e, encoding="unicode", with_tail=False) for e in elements if e.tag == "meta"),
        "".join(tostring(e, encoding="unicode", with_tail=False) for e in elements if e.tag != "meta"))
    chosen = find_date(view, extensive_search=False, original_date=True, max_date=_LATEST)
    if chosen is None:
        return None
    stated = [value for value in (parse_date_string(value_of(e)) for e in elements) if value]
    # The element's own value decides the precision: "2023-11" stays a month.
    for value in [v for v in stated if v == chosen] + [v for v in stated if chosen.startswith(v)]:
        return PubDate(value, source)
    return None


def _json_ld_date(tree: Any) -> PubDate | None:
    from ainews_cli.dates import parse_date_string

    found: list[tuple[bool, str]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            continue  # broken JSON-LD is common; the page's other markup may still say
        for node in _json_nodes(data):
            value = node.get("datePublished")
            if isinstance(value, list):
                value = next((v for v in value if isinstance(v, str)), None)
            if isinstance(value, str):
                types = node.get("@type")
                types = types if isinstance(types, list) else [types]
                found.append((any(isinstance(t, str) and _ARTICLE_TYPES.search(t) for t in types), value))
    # The article's date before the date of the web page or the site around it.
    for _, value in sorted(found, key=lambda item: not item[0]):
        parsed = parse_date_string(value)
        if parsed:
            return PubDate(parsed, "html:json-ld")
    return None


def _json_nodes(data: Any, limit: int = 10_000) -> Iterator[dict[str, Any]]:
    """The objects in a JSON-LD document, outer ones first (@graph lists, nested objects)."""
    from collections import deque

    queue = deque([data])
    for _ in range(limit):
        if not queue:
            return
        item = queue.popleft()
        if isinstance(item, dict):
            yield item
            queue.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            queue.extend(item)


# -- feeds --------------------------------------------------------------------------------


def parse_feed(source: str, data: bytes) -> Iterator[Document | InputError]:
    """One Document per item of an RSS or Atom feed, named ``source#id`` (the item's guid or
    id, else its link, else its position), and an InputError for each item without text."""
    import feedparser

    # Bytes, never a string: given a string that looks like a URL, feedparser would fetch it.
    parsed = feedparser.parse(bytes(data), sanitize_html=True, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({str(reason).splitlines()[0][:120]})" if reason else ""
        yield InputError(source, f"is not an RSS or Atom feed{detail}",
                         "give ainews the feed's own address or file, or save the page as .html")
        return
    for position, entry in enumerate(parsed.entries, start=1):
        key = _as_str(entry.get("id")) or _as_str(entry.get("link")) or str(position)
        doc = f"{source}#{key}"
        text = _entry_text(entry)
        if not text:
            yield InputError(doc, "is a feed item without text (no content or summary, only a title and a link)",
                             "fetch the article itself with `ainews ingest LINK`")
            continue
        yield Document(
            doc=doc,
            body=text,
            title=_plain(entry.get("title_detail")) or _as_str(entry.get("title")),
            url=_as_str(entry.get("link")),
            lang=None,  # like <html lang>, a feed's language is a hint the language stage does not take
            published=_entry_date(entry),
            authors=_entry_authors(entry),
        )


def _entry_authors(entry: Any) -> tuple[str, ...]:
    names = [_as_str(author.get("name")) for author in entry.get("authors") or []]
    names = names or [_as_str(entry.get("author"))]
    return tuple(name for name in names if name)


def _entry_text(entry: Any) -> str:
    """The item's full content when it has one, else its summary, as plain text."""
    contents = [c for c in entry.get("content") or [] if _as_str(c.get("value"))]
    if contents:
        best = max(contents, key=lambda c: len(c.get("value") or ""))
        text = _plain(best)
        if text:
            return text
    return _plain(entry.get("summary_detail")) or (_as_str(entry.get("summary")) or "")


def _plain(detail: Any) -> str:
    if not detail or not _as_str(detail.get("value")):
        return ""
    value = str(detail.get("value"))
    if "html" in (detail.get("type") or "text/html"):
        return html_text(value)
    return "\n".join(line.strip() for line in value.strip().splitlines() if line.strip())


def _entry_date(entry: Any) -> PubDate | None:
    """The item's date as the feed writes it (its local day, not converted to UTC): published,
    else updated (Atom requires only that one), each under its own source name."""
    import time

    from ainews_cli.dates import parse_date_string

    for field, source in (("published", "feed:published"), ("updated", "feed:updated")):
        raw = _as_str(entry.get(field))
        if not raw:
            continue
        value = parse_date_string(raw)
        if value is None and entry.get(f"{field}_parsed"):
            # A format only feedparser reads: its UTC reading, still the item's stated time.
            value = time.strftime("%Y-%m-%d", entry[f"{field}_parsed"])
        if value:
            return PubDate(value, source)
    return None


_BLOCKS = ("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr",
           "table", "figure", "figcaption", "section", "article", "header", "footer", "dd", "dt", "hr")


def html_text(markup: str) -> str:
    """Plain text of an HTML fragment (a feed item's content): one line a paragraph, list
    item or heading; scripts, styles and embedded objects dropped; entities decoded."""
    from lxml import etree
    from lxml import html as lxml_html

    if not markup.strip():
        return ""
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for element in root.xpath(".//script|.//style|.//noscript|.//iframe|.//object|.//embed|.//template"):
        element.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n" + (element.text or "")
    lines = (" ".join(line.split()) for line in "".join(root.itertext()).splitlines())
    return "\n".join(line for line in lines if line)


def _as_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
