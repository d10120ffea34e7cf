"""Web inputs: saved news pages, RSS and Atom feeds, URLs fetched from a loopback server.

The fixtures in tests/fixtures/web are news pages as a browser saves them, with a menu,
a cookie banner, related links, comments and a footer around the article;
stratechery-openai-misalignment.html is seed 000's article as the page it came from.
Nothing here uses the network: URLs point at a server on 127.0.0.1 started by the tests.
"""

from __future__ import annotations

import gzip
import io
import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ainews_cli import __version__
from ainews_cli.cli import app
from ainews_cli.dates.bounds import DateRange
from ainews_cli.errors import InputError
from ainews_cli.fetch import fetch
from ainews_cli.ingest import expand_paths, read_file, read_inputs, read_stream
from ainews_cli.records import Document, PubDate
from ainews_cli.web import html_text, sniff

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
PAGES = FIXTURES / "web"
FEEDS = FIXTURES / "feeds"
STRATECHERY = PAGES / "stratechery-openai-misalignment.html"
GERMAN = PAGES / "ki-news-altman-microsoft.html"
MISTRAL = PAGES / "mistral-funding.html"
UNDATED = PAGES / "undated-explainer.html"
RSS = FEEDS / "ai-wire.rss"
ATOM = FEEDS / "ki-ticker.atom"
NO_NER = ["--model", "en=none", "--model", "de=none"]


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def read(path: Path) -> list[Document | InputError]:
    return list(read_file(str(path), lambda message: None))


def page(path: Path) -> Document:
    [document] = read(path)
    assert isinstance(document, Document), document
    return document


# -- saved pages ------------------------------------------------------------------------------


BOILERPLATE = {
    STRATECHERY: ["We use cookies", "Accept all", "Manage preferences", "Sharp Tech", "Aggregation Theory", "Log in",
                  "Related Articles", "first developer conference", "Activision", "100 million users in January",
                  "Subscribe to Stratechery Plus", "offer ends", "Terms of Service", "founded by Ben Thompson",
                  "Share this", "Posted in", "Monday, November 20, 2023", "by Ben Thompson"],
    GERMAN: ["Cookies", "Alle akzeptieren", "Startseite", "abonnieren", "Eilmeldung", "Von Julia Wagner", "Anzeige",
             "Mehr zum Thema", "GPT-4 Turbo", "Oktober 2023", "Kommentare", "KlausM", "am Sonntag", "Impressum",
             "Gegründet am 1. März 2009"],
    MISTRAL: ["Sign in", "Newsletter", "uses cookies", "Got it", "Claire Dubois", "4 min read", "Share:", "Read next",
              "Aleph Alpha", "AI Act", "Published with Ghost"],
    UNDATED: ["Glossary", "Last reviewed", "© 2021"],
}
ARTICLE = {
    STRATECHERY: ["On Friday, then-CEO Sam Altman was fired from OpenAI",
                  "you can make the case that Microsoft just acquired OpenAI for $0",
                  "that AI was, at least in the short to medium-term, a sustaining innovation"],
    GERMAN: ["Der Aufsichtsrat von OpenAI hatte Altman am Freitag überraschend abgesetzt.",
             "Mehr als 500 der rund 770 Beschäftigten forderten am Montag"],
    MISTRAL: ["Paris-based Mistral AI said on Sunday that it had raised €385 million",
              "Chief executive Arthur Mensch said"],
    UNDATED: ["OpenAI released GPT-3 in 2020 and ChatGPT on 30 November 2022"],
}


@pytest.mark.parametrize("path", list(BOILERPLATE), ids=lambda p: p.stem)
def test_the_analysed_text_is_the_article_without_boilerplate(path: Path) -> None:
    body = page(path).body
    for phrase in ARTICLE[path]:
        assert phrase in body
    leaked = [phrase for phrase in BOILERPLATE[path] if phrase in body]
    assert leaked == []
    assert "<" not in body and "gtag(" not in body and "dataLayer" not in body


@pytest.mark.parametrize(
    ("path", "published"),
    [
        # <meta property="article:published_time">; not article:modified_time (2023-11-21).
        (STRATECHERY, PubDate("2023-11-20", "html:meta")),
        # The NewsArticle's datePublished, not the WebSite's (2009) nor dateModified (2023-11-21).
        (GERMAN, PubDate("2023-11-20", "html:json-ld")),
        # The article's <time>, not the earlier dates in the "Read next" list.
        (MISTRAL, PubDate("2023-12-11", "html:time")),
        # Only a copyright year, og:updated_time and a "last reviewed" footer: no publication date.
        (UNDATED, None),
    ],
    ids=lambda value: getattr(value, "stem", None) or str(value),
)
def test_publication_date_and_its_source(path: Path, published: PubDate | None) -> None:
    assert page(path).published == published


def test_a_date_htmldate_guesses_from_the_page_is_not_taken_as_stated() -> None:
    from htmldate import find_date

    html = UNDATED.read_text(encoding="utf-8")
    # htmldate on its own answers with a date (the update time, or the footer's "last reviewed") ...
    assert find_date(html) is not None
    assert find_date(html, extensive_search=False, original_date=True) is not None
    # ... which is not when the page was published.
    assert page(UNDATED).published is None


def test_page_metadata() -> None:
    english = page(STRATECHERY)
    assert english.title == "OpenAI’s Misalignment and Microsoft’s Gain"
    assert english.authors == ("Ben Thompson",)
    assert english.url == "https://stratechery.com/2023/openais-misalignment-and-microsofts-gain/"
    german = page(GERMAN)
    assert german.title == "Machtkampf bei OpenAI: Sam Altman wechselt zu Microsoft"
    assert german.authors == ("Julia Wagner", "Tobias Berger")
    # <html lang="de"> is not a declared language: the language stage decides from the text.
    assert german.lang is None and english.lang is None


def write_page(tmp_path: Path, head: str, body: str = "", name: str = "page.html") -> Path:
    path = tmp_path / name
    article = ("<p>Microsoft said on Monday that it had hired Sam Altman to lead a new research team. "
               "The company's shares rose in early trading after the announcement.</p>" * 3)
    path.write_text(f"<!DOCTYPE html><html><head><title>News</title>{head}</head><body><article><h1>News</h1>"
                    f"{body}{article}</article></body></html>", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("head", "body", "published"),
    [
        # htmldate alone fills the missing day from today's date; the month stays a month.
        ('<meta property="article:published_time" content="2023-11">', "", PubDate("2023-11", "html:meta")),
        ('<meta name="DC.date.issued" content="2023-11-20">', "", PubDate("2023-11-20", "html:meta")),
        ('<meta itemprop="datePublished" content="Mon, 20 Nov 2023 23:30:00 -0800">', "",
         PubDate("2023-11-20", "html:meta")),
        ('<meta property="article:modified_time" content="2023-11-21T10:00:00Z">', "", None),
        ('<meta itemprop="copyrightYear" content="2023">', "", None),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "dateModified": "2023-11-21"}</script>', "",
         None),
        ('<script type="application/ld+json">{"@type": "Article", "datePublished": "2023-11-20 08:15"}</script>',
         "", PubDate("2023-11-20", "html:json-ld")),
        ('<script type="application/ld+json">{ broken</script>', "", None),
        ("", '<p class="meta"><time pubdate datetime="2023-11-20T08:00">Monday</time></p>',
         PubDate("2023-11-20", "html:time")),
        ("", "<time>20. November 2023</time>", PubDate("2023-11-20", "html:time")),
        # A date line at the top of the text, as text files have.
        ("", "<p>November 20, 2023</p>", PubDate("2023-11-20", "dateline")),
        # The canonical address's date, the last resort.
        ('<link rel="canonical" href="https://news.example/2023/11/20/altman-microsoft">', "",
         PubDate("2023-11-20", "url")),
    ],
)
def test_page_date_sources(tmp_path: Path, head: str, body: str, published: PubDate | None) -> None:
    assert page(write_page(tmp_path, head, body)).published == published


def test_a_page_without_article_text_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "app.html"
    path.write_text('<!DOCTYPE html><html><head><title>App</title></head><body><div id="root"></div>'
                    '<script src="/app.js"></script></body></html>', encoding="utf-8")
    [error] = read(path)
    assert isinstance(error, InputError) and "no article text" in error.reason


def test_a_page_too_big_to_extract_quickly_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "endless.html"
    path.write_text("<html><body><article>" + "<p>Microsoft said on Monday that it hired Sam Altman.</p>" * 60_000
                    + "</article></body></html>", encoding="utf-8")
    [error] = read(path)
    assert isinstance(error, InputError) and "more than 50,000 HTML elements" in error.reason


def test_a_binary_file_named_html_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "image.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    [error] = read(path)
    assert isinstance(error, InputError) and "binary" in error.reason


# -- feeds ------------------------------------------------------------------------------------


def test_rss_items_become_documents() -> None:
    items = read(RSS)
    assert [getattr(item, "doc", getattr(item, "source", None)) for item in items] == [
        f"{RSS}#https://aiwire.example/?p=10231",
        f"{RSS}#https://aiwire.example/?p=10245",
        f"{RSS}#https://aiwire.example/emmett-shear-interim-ceo/",
        f"{RSS}#https://aiwire.example/?p=10250",
    ]
    first, html_item, undated, empty = items
    assert isinstance(first, Document) and isinstance(html_item, Document) and isinstance(undated, Document)
    assert first.published == PubDate("2023-11-17", "feed:published")
    assert first.title == "OpenAI board removes Sam Altman as chief executive"
    assert first.url == "https://aiwire.example/2023/11/17/openai-board-removes-sam-altman/"
    assert first.authors == ("Maya Patel",)
    assert first.body.startswith("OpenAI's board said on Friday that Sam Altman will depart")
    # The day the feed states in its own time zone (-0800), not the UTC day (2023-11-21 is not it either).
    assert html_item.published == PubDate("2023-11-20", "feed:published")
    # content:encoded, the full text, rather than the description; HTML turned into lines of text.
    assert html_item.body.splitlines() == [
        "Microsoft chief executive Satya Nadella said late on Sunday that Sam Altman and Greg Brockman will join "
        "Microsoft & lead a new advanced AI research team.",
        "The announcement came hours after OpenAI named former Twitch chief executive Emmett Shear as its interim CEO.",
        "What happens to OpenAI",
        "Microsoft keeps its license to OpenAI's models.",
        "OpenAI's board has not commented.",
        "The post Microsoft hires Sam Altman and Greg Brockman appeared first on AI Wire.",
    ]
    # No pubDate, and no date in its link: undated, not dated by the feed's lastBuildDate.
    assert undated.published is None
    assert isinstance(empty, InputError) and "without text" in empty.reason


def test_atom_entries_published_else_updated() -> None:
    items = read(ATOM)
    assert all(isinstance(item, Document) for item in items)
    assert [(item.doc.split("#")[1], item.published) for item in items if isinstance(item, Document)] == [
        ("tag:ki-ticker.example,2023:meldung-881", PubDate("2023-11-22", "feed:published")),
        ("tag:ki-ticker.example,2023:meldung-897", PubDate("2023-11-29", "feed:updated")),
        ("tag:ki-ticker.example,2023:meldung-899", PubDate("2023-11-30", "feed:published")),
    ]
    escaped, text, xhtml = items
    assert isinstance(escaped, Document) and isinstance(text, Document) and isinstance(xhtml, Document)
    assert escaped.body.splitlines()[1] == ("Der Aufsichtsrat wird neu besetzt: Den Vorsitz übernimmt der frühere "
                                            "Salesforce-Co-Chef Bret Taylor.")
    assert escaped.authors == ("Lena Hoffmann",)
    assert text.body == ("Microsoft bekommt einen Sitz ohne Stimmrecht im Aufsichtsrat von OpenAI. Das teilte Sam "
                         "Altman am Mittwoch mit.")
    assert xhtml.body == ("Vor einem Jahr, am 30. November 2022, veröffentlichte OpenAI den Chatbot ChatGPT.\n"
                          "Nach zwei Monaten hatte er rund 100 Millionen Nutzer.")


def test_a_billion_laughs_feed_is_not_expanded(tmp_path: Path) -> None:
    entities = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    path = tmp_path / "laughs.rss"
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">{entities}]>'
                    '<rss version="2.0"><channel><title>x</title><item><title>a</title>'
                    "<description>&lol9;</description></item></channel></rss>", encoding="utf-8")
    items = read(path)
    assert items and all(len(getattr(item, "body", "")) < 1000 for item in items)


def test_xml_that_is_not_a_feed_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                    "<url><loc>https://news.example/</loc></url></urlset>", encoding="utf-8")
    [error] = read(path)
    assert isinstance(error, InputError) and "not an RSS or Atom feed" in error.reason


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<p>One &amp; two</p><p>Three<br>four</p>", "One & two\nThree\nfour"),
        ("Plain <b>bold</b>   text", "Plain bold text"),
        ("<ul><li>a</li><li>b</li></ul><script>alert(1)</script><style>p {}</style>", "a\nb"),
        ("", ""),
    ],
)
def test_html_text(markup: str, text: str) -> None:
    assert html_text(markup) == text


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (RSS.read_bytes(), "feed"),
        (ATOM.read_bytes(), "feed"),
        (b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- generator -->\n<rdf:RDF xmlns:rdf="x">', "feed"),
        (STRATECHERY.read_bytes(), "html"),
        (b"<html><body><p>x</p></body></html>", "html"),
        (b"<?xml version='1.0'?><urlset/>", None),
        (b"Plain text about <rss> feeds.", None),
    ],
)
def test_sniff(data: bytes, kind: str | None) -> None:
    assert sniff(data) == kind


def test_stdin_sniffs_pages_and_feeds() -> None:
    items = list(read_stream(io.BytesIO(ATOM.read_bytes()), lambda message: None))
    assert len(items) == 3 and all(isinstance(i, Document) and i.doc.startswith("stdin:") for i in items)
    [document] = list(read_stream(io.BytesIO(MISTRAL.read_bytes()), lambda message: None))
    assert isinstance(document, Document) and document.published == PubDate("2023-12-11", "html:time")


def test_a_folder_of_mixed_formats(tmp_path: Path, seeds: Path) -> None:
    (tmp_path / "a.txt").write_text((seeds / "003_802982158aee5c5e.txt").read_text(encoding="utf-8"))
    (tmp_path / "b.md").write_text("---\ndate: 2023-11-20\n---\nMicrosoft hired Sam Altman on Monday.\n")
    (tmp_path / "c.json").write_text(json.dumps({"id": "x", "text": "OpenAI was founded in 2015."}))
    (tmp_path / "d.jsonl").write_text(json.dumps({"text": "Anthropic was founded in 2021."}) + "\n")
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "e.htm").write_bytes(MISTRAL.read_bytes())
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "f.xml").write_bytes(ATOM.read_bytes())
    (tmp_path / "feeds" / "g.rss").write_bytes(RSS.read_bytes())
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")  # not a format ainews reads: not picked up
    assert [Path(p).relative_to(tmp_path).as_posix() for p in expand_paths([str(tmp_path)]) if isinstance(p, str)] \
        == ["a.txt", "b.md", "c.json", "d.jsonl", "feeds/f.xml", "feeds/g.rss", "pages/e.htm"]
    items = list(read_inputs([str(tmp_path)], lambda message: None))
    documents = [item for item in items if isinstance(item, Document)]
    errors = [item for item in items if isinstance(item, InputError)]
    assert len(documents) == 4 + 3 + 3 + 1
    assert [error.source for error in errors] == [f"{tmp_path}/feeds/g.rss#https://aiwire.example/?p=10250"]


# -- --since / --until ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "since", "until", "within"),
    [
        ("2023-11-20", "2023-11-20", "2023-11-20", True),
        ("2023-11-19", "2023-11-20", None, False),
        ("2023-11", "2023-11-20", None, True),  # the month reaches into the range
        ("2023", None, "2023-01-01", True),
        ("2024", None, "2023-12-31", False),
    ],
)
def test_published_within(date: str, since: str | None, until: str | None, within: bool) -> None:
    assert DateRange(since, until).holds_published(PubDate(date, "json")) is within


def test_ingest_since_until_skips_items_published_outside(tmp_path: Path) -> None:
    result = run("ingest", str(RSS), str(ATOM), str(UNDATED), "--since", "2023-11-20", "--until", "2023-11-29",
                 "--db", str(tmp_path / "a.db"), "--json", *NO_NER)
    assert result.exit_code == 3  # the RSS item without text
    docs = {record["doc"].removeprefix(f"{FIXTURES}/"): record["published"] for record in json.loads(result.stdout)}
    assert docs == {
        "feeds/ai-wire.rss#https://aiwire.example/?p=10245": "2023-11-20",
        "feeds/ai-wire.rss#https://aiwire.example/emmett-shear-interim-ceo/": None,
        "feeds/ki-ticker.atom#tag:ki-ticker.example,2023:meldung-881": "2023-11-22",
        "feeds/ki-ticker.atom#tag:ki-ticker.example,2023:meldung-897": "2023-11-29",
        "web/undated-explainer.html": None,
    }
    assert "skipped 2 documents published outside 2023-11-20 – 2023-11-29; 2 without a known date kept" \
        in result.stderr
    result = run("ingest", str(ATOM), "--until", "2023", "--db", str(tmp_path / "a.db"), *NO_NER)
    assert result.exit_code == 0 and "skipped 0 documents published after 2023-12-31" in result.stderr
    assert run("ingest", str(ATOM), "--since", "Nov 2023", "--db", str(tmp_path / "a.db")).exit_code == 2


# -- URLs, from a server on the loopback address ----------------------------------------------


class Site:
    """What the loopback server serves: path -> (status, headers, body); it records requests.
    A request for /stalled gets no answer until the fixture's teardown sets ``release``."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.url = ""
        self.release = threading.Event()


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    served = Site()
    dated = (b"<!DOCTYPE html><html><head><title>OpenAI unveils GPT-4o</title></head><body><article>"
             b"<h1>OpenAI unveils GPT-4o</h1><p>OpenAI on Monday announced GPT-4o, a model that works across text, "
             b"audio and images in real time.</p><p>The company said the model would be free to use in ChatGPT, "
             b"with higher limits for paying subscribers.</p></article></body></html>")
    served.routes = {
        "/2024/05/13/gpt-4o": (200, {"Content-Type": "text/html; charset=utf-8"}, dated),
        "/stratechery": (200, {"Content-Type": "text/html; charset=UTF-8"}, STRATECHERY.read_bytes()),
        "/atom": (200, {"Content-Type": "application/atom+xml"}, ATOM.read_bytes()),
        "/feed-as-text": (200, {"Content-Type": "text/plain"}, RSS.read_bytes()),
        "/rss-as-html": (200, {"Content-Type": "text/html"}, RSS.read_bytes()),
        "/moved": (301, {"Location": "/stratechery"}, b""),
        "/gone": (404, {"Content-Type": "text/html"}, b"<h1>Not Found</h1>"),
        "/logo.png": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + bytes(64)),
        "/stalled": (200, {"Content-Type": "text/html"}, b""),
        "/gzipped": (200, {"Content-Type": "application/atom+xml", "Content-Encoding": "gzip"},
                     gzip.compress(ATOM.read_bytes())),
    }

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            served.requests.append((self.path, dict(self.headers)))
            if self.path == "/stalled":
                # A guard, not a timing: should ainews ever stop giving up, this answers
                # (with no article) after a minute and the test fails instead of hanging.
                served.release.wait(60)
            status, headers, body = served.routes.get(self.path, (404, {}, b""))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request: object, client_address: object) -> None:
            pass  # the client that gave up waiting for /stalled

    server = Server(("127.0.0.1", 0), Handler)
    served.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield served
    served.release.set()
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The loopback server is reached directly, whatever proxy the environment names."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/news"


def test_ingest_urls_of_a_page_and_a_feed(site: Site, tmp_path: Path) -> None:
    page_url, feed_url = f"{site.url}/2024/05/13/gpt-4o", f"{site.url}/atom"
    db = str(tmp_path / "a.db")
    result = run("ingest", page_url, feed_url, "--db", db, "--json", *NO_NER)
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert [(r["doc"], r["status"], r["published"]) for r in records] == [
        (page_url, "new", "2024-05-13"),
        (f"{feed_url}#tag:ki-ticker.example,2023:meldung-881", "new", "2023-11-22"),
        (f"{feed_url}#tag:ki-ticker.example,2023:meldung-897", "new", "2023-11-29"),
        (f"{feed_url}#tag:ki-ticker.example,2023:meldung-899", "new", "2023-11-30"),
    ]
    [extracted] = json.loads(run("extract", page_url, "--db", db, "--json", *NO_NER).stdout)
    assert extracted["published"] == {"date": "2024-05-13", "source": "url"}
    assert extracted["url"] == page_url and extracted["title"] == "OpenAI unveils GPT-4o"
    assert extracted["lang"] == "en"
    agents = {headers["User-Agent"] for path, headers in site.requests if path in ("/2024/05/13/gpt-4o", "/atom")}
    assert len(agents) == 1 and agents.pop().startswith(f"ainews/{__version__} ")
    # Fetched again and unchanged: nothing is analysed again.
    again = run("ingest", page_url, feed_url, "--db", db, "--json", *NO_NER)
    assert {r["status"] for r in json.loads(again.stdout)} == {"cached"}


@pytest.mark.parametrize(
    ("path", "docs"),
    [
        ("/feed-as-text", 3),  # served as text/plain, sniffed as RSS (one item has no text)
        ("/rss-as-html", 3),  # served as text/html, but it is a feed
        ("/moved", 1),  # redirected to the page
    ],
)
def test_page_or_feed_is_decided_by_content_type_and_content(site: Site, path: str, docs: int) -> None:
    items = list(read_inputs([site.url + path], lambda message: None))
    assert len([item for item in items if isinstance(item, Document)]) == docs
    if path == "/moved":
        [document] = items
        assert isinstance(document, Document)
        assert document.doc == site.url + "/moved" and document.url == site.url + "/stratechery"
        assert document.published == PubDate("2023-11-20", "html:meta")


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/gone", "cannot be fetched (HTTP 404 Not Found)"),
        ("/logo.png", "is neither a web page nor a feed (its Content-Type is image/png)"),
    ],
)
def test_url_errors(site: Site, path: str, reason: str) -> None:
    [error] = list(read_inputs([site.url + path], lambda message: None))
    assert isinstance(error, InputError) and error.reason == reason


def test_unreachable_url_is_one_clear_line_and_exit_code_3(tmp_path: Path) -> None:
    url = closed_port_url()
    result = run("ingest", url, str(MISTRAL), "--db", str(tmp_path / "a.db"), "--json", *NO_NER)
    assert result.exit_code == 3
    assert f"error: {url}: cannot be fetched (connection refused); check the address or your connection\n" \
        in result.stderr
    assert "Traceback" not in result.stderr
    assert [r["doc"] for r in json.loads(result.stdout)] == [str(MISTRAL)]  # the rest is ingested


def test_timeout(site: Site, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A server that never answers: the fetch gives up after AINEWS_FETCH_TIMEOUT, says so in
    one line, and the other inputs are ingested."""
    url = f"{site.url}/stalled"
    monkeypatch.setenv("AINEWS_FETCH_TIMEOUT", "0.2")
    db = str(tmp_path / "a.db")
    result = run("ingest", url, str(MISTRAL), "--db", db, "--json", *NO_NER)
    assert result.exit_code == 3
    assert f"error: {url}: cannot be fetched (no answer within 0.2 s); check the address or your connection, " \
        "or raise AINEWS_FETCH_TIMEOUT\n" in result.stderr
    assert result.stderr.count("error:") == 1 and "Traceback" not in result.stderr
    assert [r["doc"] for r in json.loads(result.stdout)] == [str(MISTRAL)]
    assert site.requests[-1][0] == "/stalled"
    monkeypatch.setenv("AINEWS_FETCH_TIMEOUT", "soon")
    result = run("ingest", url, "--db", db)
    assert result.exit_code == 2 and "AINEWS_FETCH_TIMEOUT" in result.stderr


def test_size_cap(site: Site) -> None:
    with pytest.raises(InputError, match="over the 0 MB limit"):
        fetch(f"{site.url}/stratechery", timeout=5, max_bytes=10_000)
    assert len(fetch(f"{site.url}/stratechery", timeout=5, max_bytes=100_000).data) == STRATECHERY.stat().st_size
    assert fetch(f"{site.url}/gzipped", timeout=5, max_bytes=100_000).data == ATOM.read_bytes()
    with pytest.raises(InputError, match="over the 0 MB limit"):  # the cap holds for what it inflates to
        fetch(f"{site.url}/gzipped", timeout=5, max_bytes=len(gzip.compress(ATOM.read_bytes())) + 10)


def test_dns_failure_reason() -> None:
    from ainews_cli.fetch import _reason

    assert "cannot be resolved" in _reason(socket.gaierror(-2, "Name or service not known"), 20)


# -- the same timeline as from text -----------------------------------------------------------


def timeline_keys(events: list[dict]) -> list[tuple]:
    """What a timeline says, without where in which file it was found."""
    return [(e["date"], e["granularity"], e["type"], " ".join(e["text"].split()),
             [entity["name"] for entity in e["entities"]],
             [(s["lang"], s["date_text"], s["date_value"], s["anchor"] and s["anchor"]["value"], s["trigger"])
              for s in e["sources"]])
            for e in events]


@pytest.mark.slow
def test_a_saved_page_gives_the_timeline_its_text_gives(seeds: Path, tmp_path: Path) -> None:
    from_text = run("timeline", str(seeds / "000_1549dbc9ce3dcc2a.txt"), "--db", str(tmp_path / "t.db"), "--json")
    from_page = run("timeline", str(STRATECHERY), "--db", str(tmp_path / "p.db"), "--json")
    assert from_text.exit_code == 0 and from_page.exit_code == 0
    text_events, page_events = json.loads(from_text.stdout), json.loads(from_page.stdout)
    assert len(text_events) >= 8
    assert timeline_keys(page_events) == timeline_keys(text_events)
    [firing] = [e for e in page_events if e["date"] == "2023-11-17"]
    assert firing["sources"][0]["anchor"] == {"source": "published", "value": "2023-11-20", "text": None,
                                              "start": None}


@pytest.mark.slow
def test_pages_and_feeds_need_no_network(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The pages link stylesheets, scripts and images on other hosts, and the feeds name
    their sites: reading and analysing them opens no connection."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("ainews tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    result = run("timeline", str(PAGES), str(FEEDS), "--db", str(tmp_path / "a.db"), "--json")
    assert result.exit_code == 3  # the RSS item without text, and nothing else
    assert result.stderr.count("error:") == 1
    events = json.loads(result.stdout)
    # The Friday before each source's own date: the German page's (JSON-LD), the English page's (<meta>)
    # and the RSS item's (pubDate), merged into one event; nothing from comments, related links or footers.
    # (Brockman's quitting "wenige Stunden später" the same day is a departure of its own.)
    [firing] = [e for e in events if e["date"] == "2023-11-17" and e["type"] == "departure"
                and "Sam Altman" in {x["name"] for x in e["entities"]}]
    assert sorted((s["doc"].removeprefix(f"{FIXTURES}/"), s["date_text"]) for s in firing["sources"]) == [
        ("feeds/ai-wire.rss#https://aiwire.example/?p=10231", "Friday"),
        ("web/ki-news-altman-microsoft.html", "Freitag"),
        ("web/stratechery-openai-misalignment.html", "Friday"),
    ]
    sentences = " ".join(s["sentence"] for e in events for s in e["sources"])
    for path, phrases in BOILERPLATE.items():
        assert not [p for p in phrases if p in sentences], path
    assert not any(e["date"] in ("2009-03-01", "2023-11-06", "2023-10-13", "2023-10") for e in events)


def test_text_files_do_not_pay_for_the_web_libraries(seeds: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from ainews_cli.ingest import read_inputs\n"
        f"items = list(read_inputs([{str(seeds)!r}], print))\n"
        "assert len(items) == 4, items\n"
        "sys.stderr.write(repr([m for m in ('trafilatura', 'htmldate', 'feedparser', 'lxml') if m in sys.modules]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stderr == "[]"


def test_every_publication_date_source_is_documented() -> None:
    import re

    sources = re.findall(r'PubDate\([^()]*?"([a-z_:-]+)"\)|"((?:html|feed):[a-z-]+)"',
                         "".join(p.read_text(encoding="utf-8") for p in (ROOT / "src" / "ainews_cli").glob("*.py")))
    found = {name for pair in sources for name in pair if name}
    assert {"html:meta", "html:json-ld", "html:time", "feed:published", "feed:updated", "url", "dateline",
            "byline"} <= found
    row = next(line for line in (ROOT / "docs" / "json.md").read_text(encoding="utf-8").splitlines()
               if line.startswith("| `published` |"))
    table = (ROOT / "docs" / "inputs.md").read_text(encoding="utf-8")
    assert [name for name in sorted(found) if name not in row or f"| `{name}` |" not in table] == []
