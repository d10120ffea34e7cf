"""`ainews timeline --html FILE`: the page's bytes, and the page itself in a real headless Chromium.

The browser tests open the file Debian's `chromium` draws (driven by Playwright, which
downloads nothing when given the executable), record every request the page makes and
every Content-Security-Policy violation, and keep a screenshot in tests/artefacts/ (or
$AINEWS_TEST_ARTEFACTS). Without /usr/bin/chromium they are skipped locally; .ci/run
installs it and sets AINEWS_REQUIRE_CHROMIUM=1, which turns the skip into a failure.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from ainews_cli.cli import app
from ainews_cli.errors import OutputError
from ainews_cli.html_timeline import embed_json, page
from ainews_cli.records import Event
from ainews_cli.render import write_file

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "ainews_cli" / "data"
CHROMIUM = Path(os.environ.get("AINEWS_CHROMIUM", "/usr/bin/chromium"))
# Root in a container needs --no-sandbox; the rest keep Chromium itself off the network.
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HOSTILE = "</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)> & \u2028"


def source(**fields: Any) -> dict[str, Any]:
    base = {"doc": "a.txt", "lang": "en", "sentence": "On Friday, Acme raised money.", "start": 0, "end": 29,
            "date_text": "Friday", "date_start": 3, "date_value": "2024-01-05",
            "anchor": {"source": "published", "value": "2024-01-08", "text": None, "start": None}, "trigger": "raised"}
    return {**base, **fields}


def event(date_: str, granularity: str, start: str, end: str, type_: str = "funding", **fields: Any) -> dict[str, Any]:
    sources = fields.pop("sources", [source()])
    return {"date": date_, "granularity": granularity, "start": start, "end": end, "edtf": date_, "type": type_,
            "headline": "Acme: " + sources[0]["sentence"], "importance": 1.0, "independent_sources": 1,
            "text": sources[0]["sentence"], "entities": [{"name": "Acme", "type": "ORG"}], "sources": sources,
            "conflicts": [], **fields}


HOSTILE_RECORDS = [
    event("2015", "year", "2015-01-01", "2015-12-31", "founding",
          sources=[source(sentence=f"Acme was founded in 2015. {HOSTILE}", date_text="2015", date_start=20,
                          date_value="2015", anchor=None, trigger="founded", doc="x</script>.txt")]),
    event("2024-01-05", "day", "2024-01-05", "2024-01-05"),
]
HOSTILE_EVENTS = [Event.from_dict(record) for record in HOSTILE_RECORDS]


def embedded(html: str, element_id: str) -> Any:
    match = re.search(f'<script type="application/json" id="{element_id}">(.*?)</script>', html, re.S)
    assert match, element_id
    return json.loads(match.group(1))


# --- the page's bytes -------------------------------------------------------------

def test_hostile_text_cannot_leave_the_data_element() -> None:
    html = page(HOSTILE_EVENTS, filters={"entity": "Acme", "lang": None})
    assert embedded(html, "timeline-data") == [event.to_dict() for event in HOSTILE_EVENTS]
    assert embedded(html, "timeline-meta") == {"filters": {"entity": "Acme"}}
    # The only script elements are the template's three; no comment opens anywhere.
    assert html.count("<script") == 3 and html.lower().count("</script") == 3
    assert "<!--" not in html and "alert(" in html and "<img" not in html
    assert "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)" in html


def test_embedded_json_is_the_records_one_a_line() -> None:
    assert embed_json([]) == "[]"
    text = embed_json(HOSTILE_RECORDS)
    assert text.count("\n") == 3 and json.loads(text) == HOSTILE_RECORDS


def test_page_is_byte_stable_and_allows_only_its_own_inline_style_and_script() -> None:
    html = page(HOSTILE_EVENTS, filters={})
    assert html == page(HOSTILE_EVENTS, filters={})
    [csp] = re.findall(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    style = re.search(r"<style>(.*?)</style>", html, re.S).group(1)  # type: ignore[union-attr]
    script = re.search(r"<script>(.*?)</script>", html, re.S).group(1)  # type: ignore[union-attr]

    def digest(text: str) -> str:
        return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

    assert csp.startswith("default-src 'none';")
    assert f"script-src 'sha256-{digest(script)}'" in csp and f"style-src 'sha256-{digest(style)}'" in csp
    assert "unsafe" not in csp
    # Nothing that could name a resource elsewhere: no URLs, no src/href, no CSS url() or @import.
    calm = page(HOSTILE_EVENTS[1:], filters={})
    assert not re.search(r"[a-z]+://|\bsrc=|\bhref=|url\(|@import|fetch\(|XMLHttpRequest|WebSocket", calm)


def test_the_assets_cannot_end_their_own_elements() -> None:
    assert "</style" not in (DATA / "timeline.css").read_text().lower()
    script = (DATA / "timeline.js").read_text().lower()
    assert "</script" not in script and "<!--" not in script
    assert ".innerhtml" not in script and "insertadjacenthtml" not in script  # data only ever becomes text


def test_an_unwritable_file_is_one_line_with_the_fix(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match=r"cannot write .*: No such file or directory; name a file in a folder"):
        write_file(tmp_path / "missing" / "t.html", "x")
    with pytest.raises(OutputError, match=r"is a folder; name a file in it, e\.g\. .*timeline\.html"):
        write_file(tmp_path, "x")
    write_file(tmp_path / "t.html", "é")
    assert (tmp_path / "t.html").read_bytes() == "é".encode() and os.listdir(tmp_path) == ["t.html"]


# --- the command ------------------------------------------------------------------

def run(args: list[str]):  # type: ignore[no-untyped-def]
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return CliRunner().invoke(app, args, catch_exceptions=False)
    finally:
        os.chdir(cwd)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds, and the German seed once more with a date so the page has two languages."""
    folder = tmp_path_factory.mktemp("store")
    german = (ROOT / "seeds" / "002_ff88baaabcbe5633.txt").read_text(encoding="utf-8")
    dated = folder / "002_dated.txt"
    dated.write_text("---\ndate: 2023-11-20\n---\n" + german, encoding="utf-8")
    db = folder / "ainews.db"
    result = run(["ingest", "seeds", str(dated), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    return db


def timeline_json(store: Path, *flags: str) -> list[dict[str, Any]]:
    result = run(["timeline", "--db", str(store), "--json", *flags])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


@pytest.mark.slow
def test_timeline_html_embeds_what_timeline_json_gives(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.html"
    result = run(["timeline", "--db", str(store), "--html", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert f"wrote {out}: " in result.stderr
    first = out.read_bytes()
    assert embedded(first.decode(), "timeline-data") == timeline_json(store)
    assert run(["timeline", "--db", str(store), "--html", str(out)]).exit_code == 0
    assert out.read_bytes() == first  # byte-stable for the same store

    both = run(["timeline", "--db", str(store), "--html", str(out), "--entity", "Satya Nadella", "--lang", "de",
                "--json"])
    assert both.exit_code == 0
    chosen = timeline_json(store, "--entity", "Satya Nadella", "--lang", "de")
    assert json.loads(both.stdout) == chosen and embedded(out.read_text(), "timeline-data") == chosen
    assert 0 < len(chosen) < len(timeline_json(store))
    assert embedded(out.read_text(), "timeline-meta") == {"filters": {"entity": "Satya Nadella", "lang": "de"}}

    bad = run(["timeline", "--db", str(store), "--html", str(tmp_path / "no" / "t.html")])
    assert bad.exit_code == 1 and bad.stderr.count("\n") == 1 and "name a file in a folder" in bad.stderr
    grouped = run(["timeline", "--db", str(store), "--html", str(out), "--group-by", "entity"])
    assert grouped.exit_code == 2 and "leave out --group-by" in grouped.stderr


# --- the page in Chromium ---------------------------------------------------------

def require(path: Path, flag: str, fix: str) -> None:
    """Skip a test that needs ``path`` where it is missing, but fail where ``flag`` is set
    (.ci/run installs what the tests need and sets it, so CI never skips them)."""
    if path.exists():
        return
    if os.environ.get(flag):
        pytest.fail(f"{path} is missing and {flag} is set; {fix} (.ci/run does)")
    pytest.skip(f"{path} is missing; {fix}")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    require(CHROMIUM, "AINEWS_REQUIRE_CHROMIUM",
            "install Debian's package (`apt-get install -y chromium`) or point AINEWS_CHROMIUM at one")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # Playwright starts it with a fresh temporary --user-data-dir of its own.
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS, headless=True)
        yield chromium
        chromium.close()


class Opened:
    """A page opened from a file, with everything it tried to reach and every complaint it made."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.context = browser.new_context(viewport={"width": 1400, "height": 860}, device_scale_factor=1)
        self.requests: list[str] = []
        self.problems: list[str] = []
        self.context.on("request", lambda request: self.requests.append(request.url))
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.problems.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda error: self.problems.append(str(error)))
        self.page.on("dialog", lambda dialog: (self.problems.append(f"dialog {dialog.message}"), dialog.dismiss()))
        self.page.add_init_script("window.violations = []; document.addEventListener('securitypolicyviolation',"
                                  " e => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));")
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)

    def visible(self) -> list[int]:
        return self.page.eval_on_selector_all(".event:not([hidden])", "els => els.map(e => +e.dataset.index)")

    def scale(self) -> tuple[float, float]:
        viewport = self.page.locator("#viewport")
        return float(viewport.get_attribute("data-px-per-day")), float(viewport.get_attribute("data-left-day"))

    def x_of(self, day: date) -> float:
        """Where a day starts, in page pixels, at the current zoom."""
        px_per_day, left = self.scale()
        viewport_left = self.page.locator("#viewport").bounding_box()["x"]
        return viewport_left + ((day - date(1970, 1, 1)).days - left) * px_per_day

    def box(self, index: int, part: str = "") -> dict[str, float]:
        return self.page.locator(f'.event[data-index="{index}"] {part}').bounding_box()  # type: ignore[no-any-return]

    def assert_offline(self) -> None:
        assert self.requests == [self.url]
        assert self.page.evaluate("window.violations") == []
        assert self.problems == []
        self.context.close()


def artefacts() -> Path:
    folder = Path(os.environ.get("AINEWS_TEST_ARTEFACTS") or ROOT / "tests" / "artefacts")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.slow
def test_the_seed_timeline_in_chromium(browser: Any, store: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "timeline.html"
    assert run(["timeline", "--db", str(store), "--html", str(out)]).exit_code == 0
    events = timeline_json(store)
    opened = Opened(browser, out)
    page_ = opened.page

    # Every event is drawn, in order, with its date and precision, inside the fitted view.
    assert page_.eval_on_selector_all(".event", "els => els.map(e => [e.dataset.date, e.dataset.granularity])") == [
        [e["date"], e["granularity"]] for e in events]
    assert opened.visible() == list(range(len(events)))
    viewport = page_.locator("#viewport").bounding_box()
    for index in range(len(events)):
        box = opened.box(index)
        assert box["width"] > 0 and viewport["x"] <= box["x"] and box["x"] + box["width"] <= viewport["x"] + viewport[
            "width"] + 1
    assert page_.locator("#count").inner_text() == f"{len(events)} of {len(events)} events shown"
    # A year is drawn over the whole year, a day as a dot on its day.
    founding = next(i for i, e in enumerate(events) if e["date"] == "2015")
    px_per_day, _ = opened.scale()
    assert abs(opened.box(founding, ".bar")["width"] - 365 * px_per_day) < 1.5
    assert abs(opened.box(founding, ".bar")["x"] - opened.x_of(date(2015, 1, 1))) < 1.5
    days = [i for i, e in enumerate(events) if e["granularity"] == "day"]
    assert days and all(page_.locator(f'.event[data-index="{i}"] .dot').count() == 1 for i in days)

    # Clicking the firing shows both tellings: each sentence with its date phrase marked.
    firing = next(i for i, e in enumerate(events) if (e["date"], e["type"]) == ("2023-11-17", "departure"))
    page_.click(f'.event[data-index="{firing}"]')
    panel = page_.locator("#details")
    assert panel.locator("h2").inner_text() == "Friday 17 November 2023"
    sentences = panel.locator("blockquote").all_inner_texts()
    assert sentences == [s["sentence"] for s in events[firing]["sources"]]
    assert panel.locator("mark").all_inner_texts() == [s["date_text"] for s in events[firing]["sources"]]
    # Seed 000 in English, the dated German copy, and seed 002 itself, a copy of it dated through inference.
    assert sorted(panel.locator(".lang").all_inner_texts()) == ["de", "de", "en"]
    assert "the document's publication date, 2023-11-20" in panel.inner_text()
    artefact = artefacts() / "timeline.png"
    page_.screenshot(path=str(artefact))
    with capsys.disabled():
        print(f"\nscreenshot of the seed timeline: {artefact}")

    # The filters show exactly what the same flags give on the command line.
    def shown(flag: str, value: str) -> list[tuple[str, str]]:
        return [(e["date"], e["text"]) for e in timeline_json(store, flag, value)]

    def visible() -> list[tuple[str, str]]:
        return [(events[i]["date"], events[i]["text"]) for i in opened.visible()]

    page_.select_option("#filter-entity", "Sam Altman")
    assert visible() == shown("--entity", "Sam Altman") and 0 < len(visible()) < len(events)
    page_.select_option("#filter-entity", "")
    page_.select_option("#filter-lang", "de")
    assert visible() == shown("--lang", "de") and 0 < len(visible()) < len(events)
    page_.select_option("#filter-lang", "")
    page_.click('#legend .type[data-type="other"]')
    assert [events[i]["type"] for i in opened.visible()] == [e["type"] for e in events if e["type"] != "other"]
    page_.click('#legend .type[data-type="other"]')
    assert opened.visible() == list(range(len(events)))

    # Zoom: the button scales by 1.6 around the centre; the wheel zooms in to days, where a
    # weekend covers its Saturday and Sunday and nothing else.
    before, _ = opened.scale()
    # A year in the middle of the axis (2019), which stays on screen when zooming in around the centre.
    middle = next(i for i, e in enumerate(events) if e["date"] == "2019")
    year_width = opened.box(middle, ".bar")["width"]
    assert page_.locator("#axis").get_attribute("data-unit") == "1 year"
    page_.click("#zoom-in")
    after, _ = opened.scale()
    assert after == pytest.approx(before * 1.6, rel=1e-3)
    assert opened.box(middle, ".bar")["width"] == pytest.approx(year_width * 1.6, rel=0.02)
    assert page_.locator("#axis").get_attribute("data-unit") == "6 month"  # the axis now ticks half-years
    page_.click("#zoom-fit")
    weekend = next(i for i, e in enumerate(events) if e["date"] == "2023-W46-WE")
    bar = opened.box(weekend, ".bar")
    page_.mouse.move(bar["x"] + 1, bar["y"] + 4)  # its left end: the bar is wider than two days here
    for _ in range(7):
        page_.mouse.wheel(0, -400)
    px_per_day, _ = opened.scale()
    assert px_per_day > 50 and page_.locator("#axis").get_attribute("data-unit") == "1 day"
    bar = opened.box(weekend, ".bar")
    assert abs(bar["x"] - opened.x_of(date(2023, 11, 18))) < 1.5 and abs(bar["width"] - 2 * px_per_day) < 1.5
    dot = opened.box(firing, ".dot")
    assert abs(dot["x"] + dot["width"] / 2 - opened.x_of(date(2023, 11, 17)) - px_per_day / 2) < 1.5

    # The keyboard: - zooms out by the button's step, 0 fits again.
    page_.focus("#viewport")
    page_.keyboard.press("-")
    assert opened.scale()[0] == pytest.approx(px_per_day / 1.6, rel=1e-3)
    page_.keyboard.press("+")
    assert opened.scale()[0] == pytest.approx(px_per_day, rel=1e-3)

    # Pan by dragging the axis: the view moves, the scale does not.
    _, left = opened.scale()
    axis = page_.locator("#axis").bounding_box()
    page_.mouse.move(axis["x"] + 500, axis["y"] + 10)
    page_.mouse.down()
    page_.mouse.move(axis["x"] + 300, axis["y"] + 10, steps=5)
    page_.mouse.up()
    assert opened.scale() == (pytest.approx(px_per_day), pytest.approx(left + 200 / px_per_day, abs=0.05))
    page_.keyboard.press("0")
    assert opened.scale()[0] == pytest.approx(before, rel=1e-3) and opened.visible() == list(range(len(events)))
    opened.assert_offline()


def test_the_axis_ends_at_the_last_event_shown(browser: Any, store: Path, tmp_path: Path) -> None:
    # Before: the fitted view's axis ran on to 2029 for events that end in 2024, over the
    # room the last labels need.
    out = tmp_path / "timeline.html"
    assert run(["timeline", "--db", str(store), "--html", str(out)]).exit_code == 0
    opened = Opened(browser, out)

    def years() -> list[int]:
        return [int(text) for text in opened.page.eval_on_selector_all("#axis .minor", "els => els.map(e => "
                                                                                        "e.textContent)")]

    last = max(int(event["end"][:4]) for event in timeline_json(store))
    assert opened.page.locator("#axis").get_attribute("data-unit") == "1 year"
    assert years() == list(range(2015, last + 1)) and last == 2024
    opened.page.select_option("#filter-entity", "Sam Altman")
    assert years()[-1] == max(int(event["end"][:4]) for event in timeline_json(store, "--entity", "Sam Altman"))
    assert years()[-1] == 2023
    opened.assert_offline()


def test_hostile_text_is_shown_as_text_in_chromium(browser: Any, tmp_path: Path) -> None:
    out = tmp_path / "hostile.html"
    out.write_text(page(HOSTILE_EVENTS, filters={}), encoding="utf-8")
    opened = Opened(browser, out)
    page_ = opened.page
    assert page_.evaluate("document.scripts.length") == 3 and page_.locator("img").count() == 0
    page_.click('.event[data-index="0"]')
    quote = page_.locator("#details blockquote").inner_text()
    assert HOSTILE.replace("\u2028", "").strip() in quote.replace("\u2028", "")
    assert page_.locator("#details .doc").inner_text() == "x</script>.txt"
    assert page_.locator("#details mark").inner_text() == "2015"
    assert "none needed" in page_.locator("#details").inner_text()
    opened.assert_offline()  # no dialog: alert() never ran


# --- TimelineJS3 itself reads --format timelinejs ------------------------------------

TIMELINEJS = Path(os.environ.get("AINEWS_TIMELINEJS", ROOT / ".timelinejs" / "package"))


@pytest.mark.slow
def test_timelinejs3_loads_the_seed_timeline_with_each_dates_precision(browser: Any, store: Path,
                                                                        tmp_path: Path) -> None:
    """The real TimelineJS3 (its npm package, which .ci/run fetches with `npm pack`) reads
    `--format timelinejs` as it is: a slide a event, no error message, and the dates shown
    at the precision they have."""
    script = TIMELINEJS / "dist" / "js" / "timeline.js"
    require(script, "AINEWS_REQUIRE_TIMELINEJS", "fetch TimelineJS3 with `npm pack @knight-lab/timelinejs@3.9.11`, "
            "unpack it and point AINEWS_TIMELINEJS at its package folder")
    result = run(["timeline", "--db", str(store), "--format", "timelinejs"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    holder = tmp_path / "timelinejs.html"
    holder.write_text(f'<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="{TIMELINEJS.as_uri()}'
                      f'/dist/css/timeline.css"><script src="{script.as_uri()}"></script>'
                      '<div id="timeline" style="width:1200px;height:650px"></div>', encoding="utf-8")
    context = browser.new_context(viewport={"width": 1200, "height": 700})
    problems: list[str] = []
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                  else route.abort())  # TimelineJS asks a font CDN; nothing leaves the machine
    tab = context.new_page()
    tab.on("pageerror", lambda error: problems.append(str(error)))
    tab.goto(holder.as_uri())
    tab.evaluate("data => { window.timeline = new TL.Timeline('timeline', data); }", data)
    tab.wait_for_selector(".tl-timemarker", state="attached")
    try:
        assert problems == []
        assert tab.evaluate("(document.querySelector('.tl-message-container') || {}).innerText || ''") == ""
        assert tab.evaluate("document.querySelectorAll('.tl-timemarker').length") == len(data["events"])
        shown = tab.evaluate("Array.from(document.querySelectorAll('.tl-slide:not(.tl-slide-titleslide) "
                             ".tl-headline-date')).map(e => e.innerText)")
        assert len(shown) == len(data["events"])
        assert shown[0] == "2015"  # a year stays a year
        assert "November 2022" in shown and "November 17, 2023" in shown
        assert "Weekend of 18–19 November 2023" in shown
        tab.screenshot(path=str(artefacts() / "timelinejs.png"))
    finally:
        context.close()
