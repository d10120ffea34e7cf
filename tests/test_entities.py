"""Alias matching, canonical names, label voting (no spaCy model needed here)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from ainews_cli import han, lexicon
from ainews_cli.entities import (
    ENTITY_TYPES,
    RawMention,
    _form_key,
    alias_mentions,
    canonical_mentions,
    load_alias_table,
)
from ainews_cli.errors import UsageError

TABLE = load_alias_table()


def names(text: str, lang: str = "en", ner: list[RawMention] | None = None) -> list[tuple[str, str, str]]:
    aliases = alias_mentions(text, 0, len(text), TABLE, lang)
    return [(m.text, m.name, m.label) for m in canonical_mentions(text, ner or [], aliases, TABLE)]


def test_possessives_genitives_and_compounds() -> None:
    text = "Microsoft’s gain. Microsofts CEO Satya Nadella. Die Microsoft-CEO-Rolle. 微软 und MSFT."
    assert names(text, "de") == [
        ("Microsoft", "Microsoft", "ORG"),
        ("Microsofts", "Microsoft", "ORG"),
        ("Satya Nadella", "Satya Nadella", "PERSON"),
        ("Microsoft", "Microsoft", "ORG"),
        ("微软", "Microsoft", "ORG"),
        ("MSFT", "Microsoft", "ORG"),
    ]


def test_guarded_surnames_and_misspellings_need_the_full_name_in_the_document() -> None:
    assert names("Altmann war der große Kopf. Altmans Kündigung.", "de") == []
    text = "Sam Altman wurde gefeuert. Altmann war der große Kopf. Altmans Kündigung."
    assert [n for _, n, _ in names(text, "de")] == ["Sam Altman"] * 3


def test_a_guarded_name_needs_an_alias_in_the_document() -> None:
    assert names("Visa rules were tightened. Visa applications fell.", "en") == []
    text = "Visa Inc said on Tuesday it dropped the deal. Visa will stay an investor."
    assert [n for _, n, _ in names(text, "en")] == ["Visa", "Visa"]


def test_a_version_names_its_product_for_the_guarded_forms() -> None:
    assert names("商汤推出「日日新」体系。", "zh") == [("商汤", "SenseTime", "ORG")]
    # A word for a model beside it names the product too (evidence.beside_model_word).
    assert names("商汤推出「日日新」大模型体系。", "zh") == [("商汤", "SenseTime", "ORG"),
                                                      ("日日新", "SenseNova", "PRODUCT")]
    text = "商汤发布「日日新SenseNova 5.0」。商汤去年推出「日日新」大模型体系。"
    assert [n for _, n, _ in names(text, "zh")] == ["SenseTime", "SenseNova", "SenseNova 5.0", "SenseTime", "SenseNova"]


def test_words_inside_other_words_do_not_match() -> None:
    assert names("Metadata, Metaverse and OpenAIs… Microsoftish", "en") == [("OpenAIs", "OpenAI", "ORG")]


def test_ner_surnames_link_to_the_full_name_and_labels_are_voted() -> None:
    text = "Eric Newcomer wrote it. Newcomer concludes. Newcomer’s column."
    ner = [
        RawMention("Eric Newcomer", 0, 13, "PERSON", "model:x"),
        RawMention("Newcomer", 24, 32, "ORG", "model:x"),
        RawMention("Newcomer", 44, 52, "PERSON", "model:x"),
    ]
    assert names(text, ner=ner) == [
        ("Eric Newcomer", "Eric Newcomer", "PERSON"),
        ("Newcomer", "Eric Newcomer", "PERSON"),
        ("Newcomer", "Eric Newcomer", "PERSON"),
    ]


def test_a_surname_two_people_share_is_the_one_named_in_full_by_then() -> None:
    text = "Nora Quill quit. Quill joined in 1999. Her sister Ada Quill runs a lab. Quill said so."
    ner = [RawMention("Nora Quill", 0, 10, "PERSON", "model:x"), RawMention("Quill", 17, 22, "PERSON", "model:x"),
           RawMention("Ada Quill", 50, 59, "PERSON", "model:x"), RawMention("Quill", 72, 77, "PERSON", "model:x")]
    assert names(text, ner=ner) == [
        ("Nora Quill", "Nora Quill", "PERSON"),
        ("Quill", "Nora Quill", "PERSON"),  # Ada Quill is not named yet
        ("Ada Quill", "Ada Quill", "PERSON"),
        ("Quill", "Quill", "PERSON"),  # either of the two by now: no guess
    ]


def test_a_legal_form_the_alias_table_does_not_know_is_left_out_of_the_name() -> None:
    text = "Microsoft Corp said on Thursday. Avago agreed to buy Broadcom Corp. in 2015. Globex AG sued."
    ner = [RawMention("Microsoft Corp", 0, 14, "ORG", "model:x"), RawMention("Globex AG", 77, 86, "ORG", "model:x")]
    assert names(text, ner=ner) == [
        ("Microsoft Corp", "Microsoft", "ORG"),
        ("Broadcom Corp", "Broadcom Corporation", "ORG"),  # the table keeps the old Broadcom apart
        ("Globex AG", "Globex AG", "ORG"),  # a company the table does not know keeps its name as written
    ]


def test_a_tied_vote_goes_to_the_label_of_the_longest_mention() -> None:
    text = "Kiran Dobbs founded it. Dobbs returned in 2015."
    ner = [RawMention("Kiran Dobbs", 0, 11, "PERSON", "model:x"), RawMention("Dobbs", 24, 29, "ORG", "model:x")]
    assert names(text, ner=ner) == [("Kiran Dobbs", "Kiran Dobbs", "PERSON"), ("Dobbs", "Kiran Dobbs", "PERSON")]


def test_a_full_name_followed_by_what_only_a_person_takes_outvotes_its_surname() -> None:
    text = "Kevin Mandia, who founded it, stayed. Mandia sold it. Mandia left."
    ner = [RawMention("Kevin Mandia", 0, 12, "PERSON", "model:x"), RawMention("Mandia", 38, 44, "LOC", "model:x"),
           RawMention("Mandia", 54, 60, "LOC", "model:x")]
    assert {label for _, _, label in names(text, ner=ner)} == {"PERSON"}
    # ... but not a firm the model once tags a person, with nothing after it to say so.
    text = "Baillie Gifford led the round. Gifford invested. Gifford owns 5%."
    ner = [RawMention("Baillie Gifford", 0, 15, "PERSON", "model:x"), RawMention("Gifford", 31, 38, "ORG", "model:x"),
           RawMention("Gifford", 49, 56, "ORG", "model:x")]
    assert {label for _, _, label in names(text, ner=ner)} == {"ORG"}


def test_alias_table_type_overrides_the_model() -> None:
    text = "OpenAI hired Brockman, and Greg Brockman left."
    ner = [RawMention("OpenAI", 0, 6, "LOC", "model:x"), RawMention("Brockman", 13, 21, "ORG", "model:x")]
    assert names(text, ner=ner) == [
        ("OpenAI", "OpenAI", "ORG"),
        ("Brockman", "Greg Brockman", "PERSON"),
        ("Greg Brockman", "Greg Brockman", "PERSON"),
    ]


def test_a_venture_arm_after_a_known_company_is_not_the_company() -> None:
    # The alias table knows Dell, not its venture arm: "Dell Technologies Capital" is no mention of Dell,
    # whatever finds the arm; an investor the table names with its word ("Sequoia Capital") stays itself.
    text = "Investors included Dell Technologies Capital, Sequoia Capital and Intel Capital."
    assert [m.entry.name for m in alias_mentions(text, 0, len(text), TABLE, "en") if m.entry] == [
        "Sequoia Capital", "Intel Capital"]
    text = "Dell Technologies reported results."
    assert [m.entry.name for m in alias_mentions(text, 0, len(text), TABLE, "en") if m.entry] == ["Dell"]


def test_a_longer_name_around_one_alias_is_its_own_entity() -> None:
    text = "Microsoft Research published it."
    ner = [RawMention("Microsoft Research", 0, 18, "ORG", "model:x")]
    assert names(text, ner=ner) == [("Microsoft Research", "Microsoft Research", "ORG")]


def test_a_longer_name_that_opens_with_a_product_is_a_product() -> None:
    text = "The smallest version, Gemini Nano, runs on phones."
    start = text.index("Gemini Nano")
    ner = [RawMention("Gemini Nano", start, start + 11, "PERSON", "model:x")]
    assert names(text, ner=ner) == [("Gemini Nano", "Gemini Nano", "PRODUCT")]


def test_a_compound_around_a_name_is_not_a_longer_name() -> None:
    text = "den Ex-OpenAI Vorsitzenden"
    ner = [RawMention("Ex-OpenAI", 4, 13, "PERSON", "model:x")]
    assert names(text, "de", ner=ner) == [("OpenAI", "OpenAI", "ORG")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Anthropic released a second version, Claude 2, in July.", "en", ["Anthropic", "Claude 2"]),
        ("xAI published the weights of its Grok-1 model.", "en", ["xAI", "Grok-1"]),
        ("Meta发布开源大模型Llama 3.1。", "zh", ["Meta", "Llama 3.1"]),
        ("该公司推出的Claude 3.5 Sonnet模型", "zh", ["Claude 3.5 Sonnet"]),
        ("GPT-4.5, GPT-4 Turbo, Gemini 1.5 Pro", "en", ["GPT-4.5", "GPT-4 Turbo", "Gemini 1.5 Pro"]),
        ("Windows 11 ships", "en", ["Microsoft Windows 11"]),
        # A tier joined by a hyphen is a product of its own; a word after the hyphen is not.
        ("主力模型Qwen-Long降价，Qwen-Max也降价", "zh", ["Qwen-Long", "Qwen-Max"]),
        ("Qwen-based apps", "en", ["Qwen"]),
        # A longer number is a series where a word for a series follows it, else nothing.
        ("筆電用的Ryzen AI 300系列處理器與Ryzen 9000系列", "zh", ["Ryzen AI 300", "Ryzen 9000"]),
        ("Ryzen 7000 series chips; Ryzen 2024 sales", "en", ["Ryzen 7000", "Ryzen"]),
        # A count or a year after the name is no version.
        ("ChatGPT 10 times faster; Llama 2023", "en", ["ChatGPT", "Llama"]),
        ("ChatGPT 2 Prozent", "de", ["ChatGPT"]),
    ],
)
def test_a_product_and_its_version_are_one_product(text: str, lang: str, expected: list[str]) -> None:
    found = alias_mentions(text, 0, len(text), TABLE, lang)
    assert [m.entry.name for m in found if m.entry] == expected
    assert all(text[m.start:m.end] == m.text for m in found)


def test_numbers_tagged_as_names_near_dates_are_dropped() -> None:
    text = "He tweeted at 11:53pm Pacific."
    ner = [RawMention("11:53pm Pacific", 14, 29, "ORG", "model:x")]
    aliases = alias_mentions(text, 0, len(text), TABLE, "en")
    assert canonical_mentions(text, ner, aliases, TABLE, blocked=[(14, 29)]) == []


def test_user_alias_file_extends_the_table(tmp_path: Path) -> None:
    path = tmp_path / "aliases.json"
    path.write_text(json.dumps({"entities": [
        {"name": "Acme Robotics", "type": "ORG", "aliases": ["艾克美机器人"], "guarded": ["Acme"]}]}), encoding="utf-8")
    assert TABLE.lookup("Acme Robotics") is None
    table = load_alias_table(path)
    text = "Acme Robotics (艾克美机器人) raised money. Acme grew."
    found = canonical_mentions(text, [], alias_mentions(text, 0, len(text), table, "en"), table)
    assert [(m.text, m.name) for m in found] == [
        ("Acme Robotics", "Acme Robotics"), ("艾克美机器人", "Acme Robotics"), ("Acme", "Acme Robotics")]
    assert table.lookup("Microsoft") is not None


def test_bad_user_alias_file_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "aliases.json"
    path.write_text('{"entities": [{"type": "ORG"}]}')
    with pytest.raises(UsageError, match=r"docs/aliases\.md"):
        load_alias_table(path)


# --- the packaged alias table ----------------------------------------------------------

PACKAGED = json.loads(resources.files("ainews_cli").joinpath("data/aliases.json").read_text("utf-8"))["entities"]
# Single words the word lists call common that name one entity wherever AI-industry news
# writes them capitalised: a brand, not the word ("Apple", "Office", "Snowflake"), or a
# German compound that is the name ("Bundeskartellamt", "Handelsblatt"). A new one
# belongs here only after that judgement; otherwise the word is a guarded form.
COMMON_WORD_NAMES = frozenset({
    "Adobe", "Affirm", "Alphabet", "Amazon", "Android", "Apple", "Azure", "Bard", "Bayer", "Bundeskartellamt",
    "Bundesnetzagentur", "Citadel", "Codemasters", "Cohere", "Copilot", "Darktrace", "Dell", "Europaparlament",
    "Europaparlaments", "Fidelity", "Ford", "Google", "Gorillas", "Grab", "Graphcore", "Handelsblatt", "Intel",
    "Intuit", "Kayak", "Lakestar", "Llama", "Magnetar", "Mastercard", "Micron", "Navistar", "Nintendo", "Office",
    "Opera", "Oracle", "Peloton", "Pentagon", "Phi", "Pinterest", "Plaid", "Polestar", "Politico", "Replika",
    "Reuters", "Rockchip", "Salesforce", "Segway", "Sharp", "Snap", "Snowflake", "Soundcloud", "Spreadtrum", "Suse",
    "Telegram", "Twitch", "Twitter", "Unity", "Walgreens", "Weltwirtschaftsforum", "Windows", "Wise", "Wolfspeed",
    "Yahoo",
})


def _plain_forms(entry: dict[str, Any]) -> list[str]:
    """The forms that name the entity anywhere: its name, unless guarded itself ("Visa"), and its aliases."""
    return [form for form in (entry["name"], *entry.get("aliases", [])) if form not in entry.get("guarded", [])]


def test_every_entity_is_listed_once_with_a_known_type() -> None:
    names = [entry["name"] for entry in PACKAGED]
    assert sorted(name for name, count in Counter(names).items() if count > 1) == []
    assert {entry["type"] for entry in PACKAGED} <= set(ENTITY_TYPES)


def test_a_form_names_one_entity() -> None:
    """A plain form is one entity's; a short form two entries share ("Copilot") is a plain
    alias of one and a guarded form of the other (docs/aliases.md)."""
    plain: dict[str, list[str]] = defaultdict(list)
    guarded: dict[str, list[str]] = defaultdict(list)
    for entry in PACKAGED:
        for form in dict.fromkeys(_plain_forms(entry)):
            plain[_form_key(form)].append(entry["name"])
        for form in entry.get("guarded", []):
            guarded[_form_key(form)].append(entry["name"])
            assert _form_key(form) not in map(_form_key, _plain_forms(entry)), (entry["name"], form)
    assert {form: names for form, names in plain.items() if len(names) > 1} == {}
    assert {form: names for form, names in guarded.items() if len(names) > 1} == {}
    shared = {form for form in guarded if form in plain}
    assert shared == {"Copilot"}


def test_no_plain_form_is_a_common_word() -> None:
    """"Arm", "Runway", "Scale" and surnames are guarded forms: as plain aliases they
    would name a company wherever a sentence starts with the word."""
    found = set()
    for entry in PACKAGED:
        for form in _plain_forms(entry):
            ordinary = form == form.capitalize() or form.islower()  # not "PaLM", "SAP", "iPhone"
            if " " in form or not ordinary:
                continue
            if lexicon.is_english_word(form) or lexicon.is_german_noun(form):
                found.add(form)
    assert found - COMMON_WORD_NAMES == set()
    assert COMMON_WORD_NAMES - found == set(), "a name that is no common word needs no exception"


def test_no_form_is_a_place() -> None:
    """The table's entries win over the gazetteer: a form both list would stop being a place."""
    places = {_form_key(form) for place in lexicon.places() for form in (place.name, *place.forms, *place.guarded)}
    forms = {_form_key(form) for entry in PACKAGED for form in (*_plain_forms(entry), *entry.get("guarded", []))}
    assert forms & places == set()


def test_chinese_forms_are_written_in_simplified_characters() -> None:
    """Text is matched folded (Traditional as Simplified), so a Traditional form never matches."""
    for entry in PACKAGED:
        for form in (*_plain_forms(entry), *entry.get("guarded", [])):
            if han.has_han(form):
                assert han.normalised(form) == form, (entry["name"], form)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Ambiguous short forms count only beside the full name.
        ("Der verlängerte Arm der Regierung.", "de", []),
        ("Nvidia will Arm Holdings kaufen. Arm gehört SoftBank.", "de",
         [("Nvidia", "Nvidia"), ("Arm Holdings", "Arm Holdings"), ("Arm", "Arm Holdings"), ("SoftBank", "SoftBank")]),
        ("SSI raised money.", "en", []),
        ("Safe Superintelligence (SSI) raised money.", "en",
         [("Safe Superintelligence", "Safe Superintelligence"), ("SSI", "Safe Superintelligence")]),
        ("Scale matters.", "en", []),
        # Chinese forms are matched without word boundaries: none hides in a common phrase.
        ("高通胀压力加大，互联网飞速发展，加快手机业务，理财新规出台。", "zh", []),
        ("该模型可灵活部署，超微型电脑受欢迎。", "zh", []),
        ("超微电脑股价周三下跌。", "zh", [("超微电脑", "Supermicro")]),
        ("Figure skaters drew crowds; the plant's GM was promoted.", "en", []),
        ("高通公司发布新芯片，高通表示。", "zh", [("高通公司", "Qualcomm"), ("高通", "Qualcomm")]),
        # Chinese names in either script, for the person English news names.
        ("李彥宏與馬雲", "zh", [("李彥宏", "Robin Li"), ("馬雲", "Jack Ma")]),
        ("文心一言和通义千问", "zh", [("文心一言", "Ernie Bot"), ("通义千问", "Qwen")]),
        # The EU's courts, declined as German writes them.
        ("Der Europäische Gerichtshof (EuGH) hob ein Urteil des EU-Gerichts auf.", "de",
         [("Europäische Gerichtshof", "Court of Justice of the European Union"),
          ("EuGH", "Court of Justice of the European Union"), ("EU-Gerichts", "General Court of the European Union")]),
    ],
)
def test_the_table_names_ai_industry_entities_without_false_matches(
        text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert [(surface, name) for surface, name, _ in names(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "ner", "expected"),
    [
        # An acronym in brackets after the name it abbreviates is that organisation, and so is
        # the acronym alone later in the text.
        ("Die Fabrik gehört der European Semiconductor Manufacturing Company (ESMC). ESMC baut.", "de",
         [("European Semiconductor Manufacturing Company", "ORG"), ("ESMC", "ORG"), ("ESMC", "ORG")],
         ["European Semiconductor Manufacturing Company"] * 3),
        # Initials without the function words.
        ("The Kestrel Bank of Lagos (KBL) grew.", "en", [("Kestrel Bank of Lagos", "ORG"), ("KBL", "ORG")],
         ["Kestrel Bank of Lagos"] * 2),
        # Letters that are not the initials, and a party after a politician, name no one thing.
        ("The Zorvex Robotics Group (XYZ) grew.", "en", [("Zorvex Robotics Group", "ORG"), ("XYZ", "ORG")],
         ["Zorvex Robotics Group", "XYZ"]),
        ("Finanzminister Christian Lindner (FDP) sprach.", "de",
         [("Christian Lindner", "PERSON"), ("FDP", "ORG")], ["Christian Lindner", "FDP"]),
    ],
)
def test_an_acronym_in_brackets_names_what_it_abbreviates(text: str, lang: str, ner: list[tuple[str, str]],
                                                          expected: list[str]) -> None:
    raw, pos = [], 0
    for form, label in ner:
        pos = text.index(form, pos)
        raw.append(RawMention(form, pos, pos + len(form), label, "model:x"))
        pos += len(form)
    mentions = canonical_mentions(text, raw, alias_mentions(text, 0, len(text), TABLE, lang), TABLE)
    assert [m.name for m in mentions] == expected


def test_a_chinese_short_name_the_model_tagged_is_the_company_named_in_full() -> None:
    from ainews_cli.entities import RawMention, alias_mentions, canonical_mentions, load_alias_table

    table = load_alias_table()
    text = "美的集团今日在港交所上市。美的由何享健于1968年创办。这是完美的一天。"
    at = text.index("美的由")
    ner = [RawMention("美的", at, at + 2, "ORG", "model:test", lang="zh")]
    found = canonical_mentions(text, ner, alias_mentions(text, 0, len(text), table, "zh"), table)
    assert [(m.start, m.name) for m in found if m.text.startswith("美的")] == [(0, "Midea Group"), (at, "Midea Group")]


def test_a_short_name_a_document_defines_is_the_company_named_in_full() -> None:
    from ainews_cli.entities import RawMention, alias_mentions, canonical_mentions, load_alias_table

    table = load_alias_table()
    # Of two characters too: the definition vouches for it. The full name ends in a legal form, and the short name
    # the model tagged on its own ("91无线") is the company too.
    text = ("百度今日宣布，已与网龙网络有限公司（下称“网龙”）签署协议，收购91无线网络有限公司（下称“91无线”）。"
            "网龙由董事长刘德建于1999年在福州创办。91无线首席执行官胡泽民表示欢迎。")
    ner = [RawMention(form, text.index(form), text.index(form) + len(form), "ORG", "model:test", lang="zh")
           for form in ("网龙网络有限公司", "91无线网络有限公司")]
    at = text.rindex("91无线")
    ner.append(RawMention("91无线", at, at + 4, "ORG", "model:test", lang="zh"))
    found = canonical_mentions(text, ner, alias_mentions(text, 0, len(text), table, "zh"), table)
    assert [(m.text, m.name) for m in found if m.text in ("网龙", "91无线")] == [
        ("网龙", "网龙网络有限公司"), ("91无线", "91无线网络有限公司"), ("网龙", "网龙网络有限公司"),
        ("91无线", "91无线网络有限公司")]


@pytest.mark.parametrize(("text", "end", "defined"), [
    ("网龙网络有限公司（下称“网龙”）签署", 8, "网龙"),
    ("腾讯控股有限公司（以下简称腾讯）宣布", 8, "腾讯"),
    ("網龍網絡有限公司（以下簡稱「網龍」）", 8, "網龍"),  # Traditional, written as it stands
    ('Harbor Lane Systems Ltd. (hereinafter "Harbor Lane") said', 24, "Harbor Lane"),
    ('Harbor Lane Systems Ltd. ("Harbor Lane") said', 24, "Harbor Lane"),
    ("Deutsche Telekom AG (im Folgenden: „Telekom“) teilte mit", 19, "Telekom"),
    # Brackets that define no name: an aside, a quoted word in small letters, a stock code.
    ("OpenAI (the company) said", 6, None),
    ('OpenAI ("the company") said', 6, None),
    ("网龙网络有限公司（00777.HK）宣布", 8, None),
])
def test_the_short_name_a_bracket_defines(text: str, end: int, defined: str | None) -> None:
    from ainews_cli.evidence import defined_name

    assert defined_name(text, end) == defined


@pytest.mark.parametrize(("name", "short"), [
    ("地平线机器人", "地平线"),
    ("91无线网络有限公司", "91无线"),  # its legal form, then its kind
    ("小米汽车有限公司", "小米汽车"),  # its legal form only: no kind is left to take
    ("华为技术有限公司", "华为技术"),  # "华为" is shorter than a name looked for again
    ("腾讯", None),
])
def test_a_chinese_company_s_short_name(name: str, short: str | None) -> None:
    from ainews_cli.evidence import chinese_short_name

    assert chinese_short_name(name) == short


def test_a_bare_name_beside_two_legal_entities_of_it_stays_bare() -> None:
    # Lilium GmbH and Lilium N.V. are two companies: "Lilium" alone is neither.
    text = ("Lilium will für die Lilium GmbH Insolvenz beantragen. Die Muttergesellschaft Lilium N.V. ist nicht "
            "betroffen. Lilium war 2015 gegründet worden.")
    ner = [RawMention(form, m, m + len(form), "ORG", "model:x", lang="de")
           for form in ("Lilium GmbH", "Lilium N.V.") for m in [text.index(form)]]
    ner += [RawMention("Lilium", 0, 6, "ORG", "model:x", lang="de"),
            RawMention("Lilium", text.rindex("Lilium"), text.rindex("Lilium") + 6, "ORG", "model:x", lang="de")]
    found = names(text, "de", sorted(ner, key=lambda m: m.start))
    assert [name for surface, name, _ in found if surface == "Lilium"] == ["Lilium", "Lilium"]


def test_chinese_companies_without_descriptions_shares_and_verbs_glued_to_them() -> None:
    text = ("全球電源大廠台達電子昨天宣布收購失敗。台達電表示遺憾。台達電會繼續合作。"
            "瓦克化學仍計畫出售所持的勝高股份。")
    spans = [("全球電源大廠台達電子", "ORG"), ("台達電表示", "ORG"), ("台達電會", "ORG"), ("勝高股份", "ORG")]
    ner = []
    for form, label in spans:
        at = text.index(form)
        ner.append(RawMention(form[:-2] if form == "台達電表示" else form, at,
                              at + len(form) - (2 if form == "台達電表示" else 0), label, "model:x", lang="zh"))
    found = names(text, "zh", ner)
    assert ("台達電子", "台达电子", "ORG") in found  # after its description
    assert [name for surface, name, _ in found if surface == "台達電"] == ["台达电子", "台达电子"]  # its short name
    assert ("勝高", "胜高", "ORG") in found  # the shares held are no part of the name


def test_a_common_english_word_the_model_tags_a_company_twice_is_one_all_through() -> None:
    text = ("Wiz walks away. Talks said Wiz's investors had balked. Wiz was founded in 2020. "
            "I first wrote about Wiz in 2021.")
    at = [i for i in range(len(text)) if text.startswith("Wiz", i)]
    ner = [RawMention("Wiz", at[1], at[1] + 3, "ORG", "model:x", lang="en"),
           RawMention("Wiz", at[3], at[3] + 3, "ORG", "model:x", lang="en")]
    assert sum(1 for _, name, _ in names(text, "en", ner) if name == "Wiz") == 4
    # Written in lower case somewhere, the word is a word: only what the model tagged.
    text2 = text + " He is a wiz at it."
    assert sum(1 for _, name, _ in names(text2, "en", ner) if name == "Wiz") == 2


def test_a_character_a_model_glues_to_a_name_names_nothing_longer() -> None:
    # "小红书在" (在: "in") tagged once: the name written alone elsewhere stays 小红书.
    text = "小红书在上海发布新功能。小红书表示用户增长。小红书的估值上升。"
    ner = [RawMention("小红书在", 0, 4, "ORG", "model:x", lang="zh")]
    ner += [RawMention("小红书", at, at + 3, "ORG", "model:x", lang="zh") for at in (12, 22)]
    assert [name for surface, name, _ in names(text, "zh", ner) if surface == "小红书"] == ["小红书", "小红书"]


def test_a_company_of_two_words_goes_by_its_second_word_alone_and_in_compounds() -> None:
    """"Healthineers" of "Siemens Healthineers" (the model tags only the full name); not a word that ends a
    person's name of the document, nor a common word ("Energy" of "Siemens Energy")."""
    text = "Siemens Healthineers kauft Varian. Healthineers-Chef Bernd Montag sprach. Die Aktie von Healthineers stieg."
    ner = [RawMention("Siemens Healthineers", 0, 20, "ORG", "model:x", lang="de")]
    assert [(s, n) for s, n, _ in names(text, "de", ner) if "Healthineers" in s] == [
        ("Siemens Healthineers", "Siemens Healthineers"), ("Healthineers", "Siemens Healthineers"),
        ("Healthineers", "Siemens Healthineers")]
    text = "Siemens Energy legte zu. Energy ist ein Wort."
    ner = [RawMention("Siemens Energy", 0, 14, "ORG", "model:x", lang="de")]
    assert [s for s, _, _ in names(text, "de", ner)] == ["Siemens Energy"]
    text = "Andreessen Horowitz led the round. Ben Horowitz said Horowitz was glad."
    ner = [RawMention("Andreessen Horowitz", 0, 19, "ORG", "model:x"),
           RawMention("Ben Horowitz", 35, 47, "PERSON", "model:x")]
    assert ("Horowitz", "Andreessen Horowitz", "ORG") not in names(text, "en", ner)
    # Not a person's full name the model took for a company: "Ginni Rometty" names no "Rometty" company.
    text = "IBM chief executive Ginni Rometty spoke. Rometty said the deal closed."
    ner = [RawMention("Ginni Rometty", 20, 33, "ORG", "model:x")]
    assert ("Rometty", "Ginni Rometty", "ORG") not in names(text, "en", ner)
    text = "BHP made an offer for Anglo American. American investors had backed the board."
    assert names(text, "en", [RawMention("Anglo American", 22, 36, "ORG", "model:x")]) == [
        ("Anglo American", "Anglo American", "ORG")]


def test_a_bare_word_opening_a_company_named_before_is_that_company_not_a_later_person() -> None:
    text = ("Siemens kauft Varian Medical Systems. Der Preis liegt über dem Kurs der Varian-Aktie. "
            "Die Brüder Russell und Sigurd Varian gründeten 1948 die Firma. Varian dankte ihnen.")
    at = [text.index("Varian Medical Systems"), text.index("Varian-Aktie"), text.index("Sigurd Varian"),
          text.rindex("Varian")]
    ner = [RawMention("Varian Medical Systems", at[0], at[0] + 22, "ORG", "model:x", lang="de"),
           RawMention("Varian", at[1], at[1] + 6, "PERSON", "model:x", lang="de"),
           RawMention("Sigurd Varian", at[2], at[2] + 13, "PERSON", "model:x", lang="de"),
           RawMention("Varian", at[3], at[3] + 6, "PERSON", "model:x", lang="de")]
    found = [(s, n) for s, n, _ in names(text, "de", ner) if "Varian" in s]
    # The last "Varian" comes after the person's full name: his, as before.
    assert found == [("Varian Medical Systems", "Varian Medical Systems"), ("Varian", "Varian Medical Systems"),
                     ("Sigurd Varian", "Sigurd Varian"), ("Varian", "Sigurd Varian")]
    # Nor where the person's full name came first: "Thomas Siebel, who founded Siebel Systems ... Siebel said".
    text = "Thomas Siebel, who founded Siebel Systems in 1993, now runs C3. Siebel said sales rose."
    ner = [RawMention("Thomas Siebel", 0, 13, "PERSON", "model:x"),
           RawMention("Siebel Systems", 27, 41, "ORG", "model:x"),
           RawMention("Siebel", text.rindex("Siebel"), text.rindex("Siebel") + 6, "PERSON", "model:x")]
    assert names(text, "en", ner)[-1] == ("Siebel", "Tom Siebel", "PERSON")


def test_a_founder_listed_after_others_is_a_person_though_his_first_name_is_a_common_word() -> None:
    text = "Cerner was founded in 1979 by Neal Patterson, Paul Gorup and Cliff Illig. Cliff Notes is a guide."
    at = text.index("Cliff Illig")
    ner = [RawMention("Neal Patterson", 30, 44, "PERSON", "model:x"),
           RawMention("Paul Gorup", 46, 56, "PERSON", "model:x"),
           RawMention("Cliff Illig", at, at + 11, "ORG", "model:x")]
    assert ("Cliff Illig", "Cliff Illig", "PERSON") in names(text, "en", ner)
    # Not after companies: "by Toyota, Shell and Air Liquide".
    text = "The Hydrogen Council was founded in 2017 by Toyota, Shell and Air Liquide."
    at = text.index("Air Liquide")
    ner = [RawMention("Toyota", 44, 50, "ORG", "model:x"), RawMention("Shell", 52, 57, "ORG", "model:x"),
           RawMention("Air Liquide", at, at + 11, "ORG", "model:x")]
    assert ("Air Liquide", "Air Liquide", "ORG") in names(text, "en", ner)
    # Not the first after "by", where nothing says the list is of people.
    text = "It was founded in 1979 by Cliff Illig."
    ner = [RawMention("Cliff Illig", 26, 37, "ORG", "model:x")]
    assert names(text, "en", ner) == [("Cliff Illig", "Cliff Illig", "ORG")]


def _tagged(text: str, *spans: tuple[str, int, str]) -> list[RawMention]:
    """The model's mentions: each (surface, occurrence, label), the occurrence counted from 0."""
    found = []
    for surface, occurrence, label in spans:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(surface, start + 1)
        found.append(RawMention(surface, start, start + len(surface), label, "model:x"))
    return sorted(found, key=lambda m: m.start)


def test_a_name_the_model_cut_short_is_the_whole_name_it_tags_elsewhere() -> None:
    text = "快手由程一笑于2011年创立。另一位联合创始人程一笑担任首席产品官。"
    ner = _tagged(text, ("程一", 0, "PERSON"), ("程一笑", 1, "PERSON"))
    assert [n for _, n, label in names(text, "zh", ner) if label == "PERSON"] == ["程一笑", "程一笑"]
    # ... not into a count of people, nor into a reading the model gave less often than the short one.
    text = "旷视由印奇、唐文斌和杨沐三位校友共同创办。杨沐三位同学。"
    ner = _tagged(text, ("杨沐", 0, "PERSON"), ("杨沐三", 1, "PERSON"))
    assert [n for _, n, label in names(text, "zh", ner) if label == "PERSON"][-2] == "杨沐"
    text = "李明天就走。李明说好。李明天来。"  # Li Ming (李明), tomorrow (明天): once read "李明天"
    ner = _tagged(text, ("李明", 0, "PERSON"), ("李明", 1, "PERSON"), ("李明天", 1, "PERSON"))
    assert [m for m, _, label in names(text, "zh", ner) if label == "PERSON"][:2] == ["李明", "李明"]
    # A name the model tags where the longer one does not stand is a person of its own.
    text = "美团的王兴说好。宇树的王兴兴发言。王兴兴表示同意。王兴兴奋地说。"
    ner = _tagged(text, ("王兴", 0, "PERSON"), ("王兴兴", 0, "PERSON"), ("王兴兴", 1, "PERSON"), ("王兴", 3, "PERSON"))
    assert [m for m, _, label in names(text, "zh", ner) if label == "PERSON"] == ["王兴", "王兴兴", "王兴兴", "王兴"]
    # A Latin name grows to a word's end only, and only where the text reads the longer name.
    text = "Mark Twain wrote. Mark Zuckerberg said so."
    ner = _tagged(text, ("Mark", 0, "PERSON"), ("Mark Zuckerberg", 0, "PERSON"))
    assert [m for m, _, label in names(text, "en", ner) if label == "PERSON"] == ["Mark", "Mark Zuckerberg"]
    text = "Jensen Huang spoke first. Then Jensen Huang said so."
    ner = _tagged(text, ("Jensen", 0, "PERSON"), ("Jensen Huang", 1, "PERSON"))
    assert [m for m, _, label in names(text, "en", ner) if label == "PERSON"] == ["Jensen Huang", "Jensen Huang"]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # First names listed before one named in full share the surname, where the table knows each so.
    ("Rocket Internet wurde von den Brüdern Oliver, Marc und Alexander Samwer gegründet.", "de",
     ["Rocket Internet", "Oliver Samwer", "Marc Samwer", "Alexander Samwer"]),
    # ... not a name the table does not know with it, nor a company.
    ("Gegründet von Klaus und Alexander Samwer.", "de", ["Alexander Samwer"]),
    ("Microsoft and Sam Altman agreed.", "en", ["Microsoft", "Sam Altman"]),
])
def test_first_names_listed_before_a_surname_share_it(text: str, lang: str, expected: list[str]) -> None:
    assert [m.entry.name for m in alias_mentions(text, 0, len(text), TABLE, lang) if m.entry] == expected


def test_a_model_s_person_joining_two_names_is_no_one() -> None:
    # "joins Cash App and Square": two names the model read as one person; neither is that person.
    text = "The firm will fold Afterpay into Cash App and Square seller businesses."
    ner = _tagged(text, ("Cash App and Square", 0, "PERSON"))
    assert [(m, label) for m, _, label in names(text, "en", ner) if label == "PERSON"] == []
    # A person's name alone stays.
    text = "Dorsey met Ruth Okonjo and Jim McKelvey."
    ner = _tagged(text, ("Ruth Okonjo", 0, "PERSON"))
    assert ("Ruth Okonjo", "PERSON") in [(m, label) for m, _, label in names(text, "en", ner)]


def test_chinese_names_and_descriptions_the_model_cut_or_took_for_names() -> None:
    # "陈大同等人": the model read "同等" ("equal") as a word; the name before "等" takes the character back.
    text = "展讯由武平、陈大同等人于2001年创办。"
    ner = _tagged(text, ("武平", 0, "PERSON"), ("陈大", 0, "PERSON"))
    assert [m for m, _, label in names(text, "zh", ner) if label == "PERSON"] == ["武平", "陈大同"]
    # ... not where the character joins names: "陈大和等人" lists 陈大 and others.
    text = "由武平、陈大和王五等人创办。"
    ner = _tagged(text, ("武平", 0, "PERSON"), ("陈大", 0, "PERSON"), ("王五", 0, "PERSON"))
    assert [m for m, _, label in names(text, "zh", ner) if label == "PERSON"] == ["武平", "陈大", "王五"]
    # A short name the model took for an organisation, listed between people, is a person; not one listed
    # between companies.
    text = "晶泰科技由温书豪、马健和赖力鹏三位博士后于2015年创立。"
    ner = _tagged(text, ("温书豪", 0, "PERSON"), ("马健", 0, "ORG"), ("赖力鹏", 0, "PERSON"))
    assert [m for m, _, label in names(text, "zh", ner) if label == "PERSON"] == ["温书豪", "马健", "赖力鹏"]
    text = "投资方包括温书豪、马健和华登国际。"
    ner = _tagged(text, ("温书豪", 0, "PERSON"), ("马健", 0, "ORG"), ("华登国际", 0, "ORG"))
    assert "马健" not in [m for m, _, label in names(text, "zh", ner) if label == "PERSON"]
    # What a chip maker makes before a word for a maker is no name.
    text = "南亚科则是台塑集团旗下的DRAM厂，1995年成立。"
    ner = _tagged(text, ("DRAM厂", 0, "ORG"))
    assert "DRAM厂" not in [m for m, _, _ in names(text, "zh", ner)]


def test_a_german_place_run_on_into_common_nouns_is_the_place() -> None:
    text = "Am 11. November beantragte FTX in Delaware Gläubigerschutz nach Chapter 11."
    ner = [replace(m, lang="de") for m in _tagged(text, ("Delaware Gläubigerschutz", 0, "LOC"))]
    assert [(m, label) for m, _, label in names(text, "de", ner) if label == "LOC"] == [("Delaware", "LOC")]
    # A place's name of its own stays whole.
    text = "Die Firma sitzt in Rio de Janeiro."
    ner = [replace(m, lang="de") for m in _tagged(text, ("Rio de Janeiro", 0, "LOC"))]
    assert ("Rio de Janeiro", "LOC") in [(m, label) for m, _, label in names(text, "de", ner)]


def test_a_company_the_table_does_not_know_is_named_without_the_legal_form_news_drops() -> None:
    text = "Pellworth Inc said on Tuesday that its chief had retired. Pellworth was founded in 1899."
    found = names(text, "en", _tagged(text, ("Pellworth Inc", 0, "ORG"), ("Pellworth", 1, "ORG")))
    assert [(surface, name) for surface, name, _ in found] == [("Pellworth Inc", "Pellworth"),
                                                              ("Pellworth", "Pellworth")]
    # ... not where the document names it in another long form too, nor a German AG (test above: Globex AG).
    text = "Brandholm Ltd sold its stake to Brandholm Holdings. Brandholm Ltd said so."
    found = names(text, "en", _tagged(text, ("Brandholm Ltd", 0, "ORG"), ("Brandholm Holdings", 0, "ORG"),
                                      ("Brandholm Ltd", 1, "ORG")))
    assert {name for _, name, _ in found} == {"Brandholm Ltd", "Brandholm Holdings"}
