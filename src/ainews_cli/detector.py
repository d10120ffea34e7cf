"""langdetect's ``Detector`` with its loops rewritten: the same answers, bit for bit,
sooner.

langdetect reads a text one character at a time in Python three times over (to
squeeze spaces, to count Latin letters, and to cut character n-grams through its
``NGram`` class: a method call, a Unicode block look-up and string slicing per
character), then runs seven trials of random updates, each multiplying 55 language
probabilities one by one.  Here the squeezing and counting are regular expressions;
the n-grams are cut word by word, each distinct word once (news repeats its words),
from the text normalised in one ``str.translate``; and a trial multiplies numpy
vectors.  The same n-grams come out in the same order, the random draws are the same,
and every product, sum and quotient is the same IEEE operation in the same order (a
sum runs left to right, as Python's ``sum`` does), so the probabilities are equal to
the last bit; a test compares them with langdetect's own.
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from langdetect.detector import Detector
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.ngram import NGram

_MAX_REMEMBERED = 50_000  # characters, or words, a table keeps before it starts again
_SPACES = re.compile(" {2,}")
_ASCII_LETTER = re.compile("[A-z]")  # langdetect's 'A' <= ch <= 'z', [ \\ ] ^ _ ` included
_PAST_LATIN = re.compile("[\u0300-\U0010ffff]")


class _Normalised(dict[int, str]):
    """``str.translate``'s table: a code point -> ``NGram.normalize`` of its character."""

    def __missing__(self, code: int) -> str:
        if len(self) > _MAX_REMEMBERED:
            self.clear()
        found = self[code] = NGram.normalize(chr(code))
        return found


_NORMALISED = _Normalised()
_WORD_NGRAMS: dict[tuple[str, bool], list[str]] = {}  # (word, a space after it) -> its n-grams
_ROWS: dict[str, Any] = {}  # n-gram -> its probabilities per language, a numpy vector
_KNOWN: list[Any] = [None, None]  # the n-gram tables _WORD_NGRAMS and _ROWS were made with


def _scan(chars: str, known: Any) -> list[str]:
    """The n-grams langdetect's ``NGram`` gives for normalised ``chars`` read from its
    initial state, those in ``known`` only (NGram.add_char and NGram.get, inlined; the
    state is the last three characters and whether the word is in capitals so far)."""
    result: list[str] = []
    grams = " "
    capital = False
    for norm in chars:
        last = grams[-1]
        if last == " ":
            grams = " "
            capital = False
            if norm == " ":
                continue
        elif len(grams) >= 3:
            grams = grams[1:]
        grams += norm
        if norm.isupper():
            if last.isupper():
                capital = True
        else:
            capital = False
        if capital:
            continue
        # 1-, 2- and 3-grams ending here (a gram of one space is none).
        if norm != " " and norm in known:
            result.append(norm)
        size = len(grams)
        if size >= 2:
            w = grams[-2:]
            if w in known:
                result.append(w)
            if size >= 3 and grams in known:
                result.append(grams)
    return result


class FastDetector(Detector):  # type: ignore[misc]  # langdetect has no type hints
    """A ``Detector`` whose ``get_probabilities`` gives langdetect's result sooner."""

    def append(self, text: str) -> None:
        # Detector.append: URLs and e-mail addresses out, Vietnamese normalised, the first
        # max_text_length characters kept with each run of spaces squeezed to one.
        text = self.URL_RE.sub(" ", text)
        text = self.MAIL_RE.sub(" ", text)
        text = NGram.normalize_vi(text)
        self.text += _SPACES.sub(" ", text[: self.max_text_length])

    def cleaning_text(self) -> None:
        # Detector.cleaning_text: mostly not Latin, the ASCII letters go.  (Its test for
        # the Latin Extended Additional block compares a number with a name, so every
        # character from U+0300 on counts as not Latin.)
        text: str = self.text  # type: ignore[has-type]  # set in langdetect's __init__
        if len(_ASCII_LETTER.findall(text)) * 2 < len(_PAST_LATIN.findall(text)):
            self.text = _ASCII_LETTER.sub("", text)

    def _extract_ngrams(self) -> list[str]:
        # The state resets at every space, so the text's n-grams are its words' n-grams in
        # order, each word read with the space after it (the last one may have none).
        known = self.word_lang_prob_map
        if _KNOWN[0] is not known:
            _WORD_NGRAMS.clear()
            _KNOWN[0] = known
        remembered = _WORD_NGRAMS
        words = self.text.translate(_NORMALISED).split(" ")
        result: list[str] = []
        last = len(words) - 1
        for index, word in enumerate(words):
            if not word:
                continue
            key = (word, index < last)
            found = remembered.get(key)
            if found is None:
                if len(remembered) > _MAX_REMEMBERED:
                    remembered.clear()
                found = remembered[key] = _scan(word + " " if key[1] else word, known)
            result.extend(found)
        return result

    def _detect_block(self) -> None:
        # Detector._detect_block with each trial's 55 probabilities a numpy vector.
        self.cleaning_text()
        ngrams = self._extract_ngrams()
        if not ngrams:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        rows = _ROWS
        if _KNOWN[1] is not self.word_lang_prob_map:
            rows.clear()
            _KNOWN[1] = self.word_lang_prob_map
        langprob = numpy.zeros(len(self.langlist), dtype=numpy.float64)
        choice = self.random.choice
        self.random.seed(self.seed)
        for _ in range(self.n_trial):
            prob = numpy.array(self._init_probability(), dtype=numpy.float64)
            alpha = self.alpha + self.random.gauss(0.0, 1.0) * self.ALPHA_WIDTH
            weight = alpha / self.BASE_FREQ
            i = 0
            while True:
                gram = choice(ngrams)
                row = rows.get(gram)
                if row is None:
                    if len(rows) > _MAX_REMEMBERED:
                        rows.clear()
                    row = rows[gram] = numpy.array(self.word_lang_prob_map[gram], dtype=numpy.float64)
                prob *= weight + row  # prob[i] *= weight + lang_prob_map[i], for every i
                if i % 5 == 0:
                    # Detector._normalize_prob: the sum left to right, as sum() adds.
                    prob /= numpy.cumsum(prob)[-1]
                    if prob.max() > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT:
                        break
                i += 1
            langprob += prob / self.n_trial
        self.langprob = langprob.tolist()
