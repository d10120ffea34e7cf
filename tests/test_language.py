"""Document language, spans in other scripts or languages, analysis blocks."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from ainews_cli import language
from ainews_cli.ingest import analysable, parse_text
from ainews_cli.language import blocks, detect_document_language, language_spans


def body_of(path: Path) -> str:
    return analysable(parse_text(str(path), path.read_text(encoding="utf-8"), report=print).body)


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("000_1549dbc9ce3dcc2a.txt", "en"),
        ("001_2d44bcb9e0d12544.txt", "en"),
        ("002_ff88baaabcbe5633.txt", "de"),
        ("003_802982158aee5c5e.txt", "en"),
    ],
)
def test_seed_languages(seeds: Path, name: str, lang: str) -> None:
    assert detect_document_language(body_of(seeds / name)) == lang


def test_detection_is_deterministic() -> None:
    text = "Das ist ein kurzer Satz über KI und Microsoft, der auf Deutsch geschrieben ist."
    assert {detect_document_language(text) for _ in range(20)} == {"de"}


def test_declared_language_wins() -> None:
    assert detect_document_language("Some English text about OpenAI.", declared="de-DE") == "de"


def test_chinese_footer_of_seed_000_is_a_chinese_span(seeds: Path) -> None:
    text = body_of(seeds / "000_1549dbc9ce3dcc2a.txt")
    spans = language_spans(text, "en")
    assert [(s.lang, s.method) for s in spans] == [("zh", "script")]
    assert text[spans[0].start: spans[0].end].startswith("在遵循创作的康庄大道上")
    assert text[spans[0].end - 1] == "。"


def test_mostly_chinese_document_is_chinese() -> None:
    assert detect_document_language("微软宣布萨姆·奥尔特曼将加入微软，领导新的人工智能研究团队。") == "zh"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A web address or a path in Chinese text is no sentence of another language.
        ("据新浪微博（t.sina.com.cn）消息，微软宣布投资OpenAI。", []),
        ("详见openai.com/blog/our-approach-to-ai-safety，微软宣布投资。", []),
        ("OpenAI表示：This is the most important thing we have ever done. 微软宣布投资。",
         [("en", "This is the most important thing we have ever done.")]),
    ],
)
def test_latin_stretch_in_chinese_is_a_sentence_only_with_spaces(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.lang, text[s.start:s.end]) for s in language_spans(text, "zh")] == expected


def test_english_paragraph_in_german_text_is_marked() -> None:
    german = "Die Firma hat am Montag eine neue Strategie vorgestellt, die auf KI setzt und mit der sie wachsen will.\n"
    english = ("The company said on Monday that it would focus on the cloud and that it was not going to "
               "change its plans for the year.\n")
    text = german * 3 + english
    spans = language_spans(text, "de")
    assert [(s.lang, s.method) for s in spans] == [("en", "stopwords")]
    assert text[spans[0].start: spans[0].end] == english.strip()


def test_blocks_keep_a_bulleted_sentence_together_and_split_headings() -> None:
    text = ("- Finally, late Sunday night, \n- Satya Nadella announced via tweet\n"
            "-  that Altman would be joining Microsoft.\n### A Heading\nOpenAI was founded in 2015.")
    parts = [text[b.start: b.end] for b in blocks(text, "en", [])]
    assert parts == [
        "- Finally, late Sunday night, \n- Satya Nadella announced via tweet\n-  that Altman would be joining "
        "Microsoft.",
        "### A Heading",
        "OpenAI was founded in 2015.",
    ]


def test_blocks_split_at_language_spans() -> None:
    text = "Microsoft won. 微软赢了。 The end."
    spans = language_spans(text, "en")
    assert [(text[b.start: b.end], b.lang) for b in blocks(text, "en", spans)] == [
        ("Microsoft won.", "en"), ("微软赢了。", "zh"), ("The end.", "en")]


def _langdetect_texts(seeds: Path) -> list[str]:
    """Whole documents, their paragraphs and sentences: English, German, Chinese, mixed."""
    fixtures = Path(__file__).parent / "fixtures" / "zh"
    bodies = [body_of(path) for path in [*sorted(seeds.glob("*.txt")), *sorted(fixtures.glob("*.txt"))]]
    texts = [*bodies, *(p for body in bodies for p in body.split("\n\n")), *(s for body in bodies
                                                                            for s in body.split(". ")[:5])]
    texts += ["OpenAI", "ok", "SAM ALTMAN FIRED BY OPENAI BOARD", "Das ist ein kurzer Satz über KI.", "ǅ ŉ ß ﬁ"]
    return [t for t in texts if t.strip()]


def test_fast_detector_gives_langdetects_probabilities(seeds: Path) -> None:
    """FastDetector's rewritten loops change the time, not one bit of the answer."""
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import LangDetectException

    from ainews_cli.detector import FastDetector
    from ainews_cli.language import _detector_factory

    factory = _detector_factory()

    def answer(detector: Detector, text: str) -> object:
        detector.append(text)
        try:
            return [(found.lang, found.prob) for found in detector.get_probabilities()], detector.langprob
        except LangDetectException as error:
            return str(error)

    texts = _langdetect_texts(seeds)
    assert len(texts) > 80
    for text in texts:
        assert answer(FastDetector(factory), text) == answer(Detector(factory), text), text[:80]


@pytest.mark.parametrize("name", ["000_1549dbc9ce3dcc2a.txt", "002_ff88baaabcbe5633.txt", "003_802982158aee5c5e.txt"])
def test_function_words_decide_news_text_as_langdetect_does(seeds: Path, name: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    body = body_of(seeds / name)
    expected = detect_document_language(body)
    asked: list[str] = []
    monkeypatch.setattr(language, "langdetect", lambda text, latin=True: asked.append(text))
    assert detect_document_language(body) == expected
    assert asked == []


@pytest.mark.parametrize("lang", ["fr", "nl", "da", "es", "it", "pt", "sv"])
def test_other_latin_languages_still_go_to_langdetect(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # spaCy's example sentences of each language, as one text of 29-115 words.
    examples = importlib.import_module(f"spacy.lang.{lang}.examples")
    text = " ".join(examples.sentences)
    asked: list[str] = []
    monkeypatch.setattr(language, "langdetect", lambda sample, latin=True: asked.append(sample) or lang)
    assert detect_document_language(text) == lang
    assert len(asked) == 1
