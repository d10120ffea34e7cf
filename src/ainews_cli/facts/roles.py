"""Roles: who holds which role where ("Microsoft CEO Satya Nadella", "then-CEO Sam Altman",
"Satya Nadella, Microsoft's chief executive", "Mira Murati was named interim chief
executive", "Technologiechefin Mira Murati", "微软首席执行官萨蒂亚·纳德拉",
"穆拉蒂出任临时首席执行官")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ainews_cli import han, languages
from ainews_cli.facts.clauses import CLAUSE_MARK, ENUMERATION_COMMA, LIST_JOINER, PART_END, relative_clauses
from ainews_cli.facts.parties import OBJECT_BEFORE, Here, Party
from ainews_cli.records import Fact, Role

# Every language's words apply to every sentence (data/languages/*.toml).
_ROLES: dict[str, str] = languages.table("facts.roles")  # surface (lower case) -> canonical role
# As a prefix tree: a flat alternation of the role words is tried word by word at every
# Han character of a Chinese sentence.
_ROLE_WORDS = languages.trie(_ROLES)
_NEEDS_SPACE = frozenset(languages.words("facts.roles_needing_space"))
_QUALIFIER = r"(?P<qualifier>" + languages.alternation("facts.role_qualifier_patterns") + r")?"
# A role word stands between word boundaries, unless it is Chinese, which writes no
# spaces: "微软首席执行官萨蒂亚·纳德拉", "OpenAI前首席执行官".
_HAN_HERE = r"(?=[" + han.HAN + r"])"
# A Latin role word in Chinese text stands between Han characters: "亚马逊CEO安迪·贾西".
# ... and not before a word that makes it another's post: "财务总监助理" is the CFO's assistant.
_ASSISTANT = r"(?!" + languages.either(languages.words("facts.role_assistant_words")) + r")"
_ROLE = re.compile(r"(?:(?<![\w])|(?<=[" + han.HAN + r"])|" + _HAN_HERE + r")" + _QUALIFIER + r"(?P<role>"
                   + _ROLE_WORDS + r")(?:(?<=[" + han.HAN + r"])|(?![\w])|(?=[" + han.HAN + r"]))" + _ASSISTANT, re.I)
# Right before a role, the end of a unit's name: "智能驾驶事业群组总裁" is at the unit, which no entity names.
_UNIT_BEFORE = re.compile(r"(?:" + languages.either(languages.words("facts.role_unit_suffixes")) + r")$")
# Between one person's title and the next's, in Chinese: "创办人张忠谋、董事长刘德音及总裁魏哲家".
_TITLE_JOINER = re.compile("(?:" + languages.either([ENUMERATION_COMMA, *languages.words("facts.title_list_joiners")])
                           + ")$")
_ORG_QUALIFIER = re.compile(r"(?:\b(" + languages.alternation("facts.org_qualifier_patterns") + r")(?:[\s-]+|(?<=["
                            + han.HAN + r"])))$", re.I)
_FOUNDED_BY = re.compile(
    r",?\s*(?:" + languages.alternation("facts.who_founded") + r")\s+("
    + languages.alternation("facts.who_founded_verbs") + r")\s+")
CO_FOUNDED = tuple(languages.words("facts.co_founded_prefixes"))

_APPOSITION_ARTICLES = languages.alternation("facts.role_apposition_articles")
# After a holder, an apposition that gives the post to that one alone: "Johnny Ho and Andy Konwinski, a co-founder".
_ONE_HOLDER = re.compile(r"\s*[,，]\s*(?:" + languages.alternation("facts.role_one_holder_articles") + r")\s", re.I)
# Latin joiners between spaces, an article after one ("another co-founder and the former chief scientist");
# Chinese ones as they stand ("联合创始人兼首席执行官"); a comma inside a list of roles a joiner closes ("SoftBank's
# founder, chairman and chief executive").
_LATIN_JOINER = languages.either(languages.latin(languages.words("facts.role_joiners")))
_ROLE_LIST_GOES_ON = (r"(?=(?:" + _ROLE_WORDS + r")(?:\s*,\s*(?:" + _ROLE_WORDS + r"))*\s+(?:" + _LATIN_JOINER
                      + r")\s+(?:" + _ROLE_WORDS + r")(?![\w]))")
_JOINED_ROLE = re.compile(r"(?:\s+(?:" + _LATIN_JOINER + r")\s+(?:(?:" + _APPOSITION_ARTICLES + r")\s+)?|\s*(?:"
                          + languages.either(languages.cjk(languages.words("facts.role_joiners")))
                          + r")\s*|\s*,\s*" + _ROLE_LIST_GOES_ON + r")" + _QUALIFIER
                          + r"(?P<role>" + _ROLE_WORDS + r")(?:(?<=[" + han.HAN + r"])|(?![\w]))", re.I)
# ", the former", ", a", ", bis Freitag", ", die neu ernannte": an apposition's opening before the role (an
# article's adjectives written small); not a list's next item ("David Webb, and chief security officer, Susan
# Mauldin").
_APPOSITION = re.compile(r"^\s*,\s*(?!(?:" + _LATIN_JOINER + r")\s)(?:[\w.]+\s+){0,2}?(?:(?:" + _APPOSITION_ARTICLES
                         + r")\s+(?:(?-i:[a-zäöüß])[\w-]*\s+){0,2}?)?$", re.I)
# "was named", "als", and Chinese verbs with no space before the role ("出任", "担任").
_ROLE_VERB = re.compile(r"(?:" + languages.alternation("facts.role_verb_patterns") + r")(?:\s+(?:(?:"
                        + _APPOSITION_ARTICLES + r")\s+)?|(?<=[" + han.HAN + r"]))$", re.I)
# A verb of giving a post up, right before the organisation named with it (facts.role_given_up_patterns).
_GIVEN_UP = re.compile(r"(?:" + languages.alternation("facts.role_given_up_patterns") + r")$")
# A clause's opening words before its role, none of them capitalised: its verb ("wird", "will be").
_VERB_OPENED = re.compile(r"\s*(?:[a-zäöüß]+\s+){1,3}")
# Right before a person, a verb that names them to the role after them ("named Satya Nadella chief executive"), and
# what may stand between the person and that role: nothing, an age set off by commas, an article.
_NAMED_BEFORE = re.compile(r"(?<![\w-])(?:" + languages.alternation("facts.role_naming_verb_patterns") + r")\s+$", re.I)
_NAMED_GAP = re.compile(r"\s*(?:,\s*\d{2}\s*,\s*)?(?:(?:" + languages.alternation("facts.role_naming_articles")
                          + r")\s+)?", re.I)
# An age before the post, read past: "the company's 28-year-old founder".
_AGE = re.compile(r"(?<=\s)(?:" + languages.alternation("facts.age_adjective_patterns") + r")\s+|(?:"
                  + languages.alternation("facts.age_adjective_patterns") + r")(?=\s*\w)")
_HIRING_VERB = re.compile(languages.bounded(languages.patterns("facts.hiring_verb_patterns")), re.I)
_ROLE_BY = [(re.compile(r"\b" + re.escape(words).replace(r"\ ", r"\s+") + r"\s+$", re.I), role)
            for words, role in languages.table("facts.role_by").items()]
_OTHER_ORG = re.compile(r"\s*(?:" + languages.alternation("facts.role_other_org_patterns") + r")", re.I)
_ORG_AFTER = re.compile(r"\s*(?:" + languages.alternation("facts.role_org_prepositions") + r")\s+(?:(?:"
                        + languages.alternation("facts.target_articles") + r")\s+)?(?:[\w-]+\s+){0,3}?", re.I)
# After a role word, a department that makes the title a longer one: "senior vice president of software
# engineering" is no "senior vice president" (but "of OpenAI", "of the streaming site Twitch" name where).
_DEPARTMENT = re.compile(r"\s+(?:" + languages.alternation("facts.role_department_patterns") + r")")
# The department a title names ("vice president of research"), read into the role, the organisation after it.
_DEPARTMENT_TITLE = re.compile(r"\s+(?:" + languages.alternation("facts.role_department_title_patterns") + r")", re.I)
_NEEDING_DEPARTMENT = frozenset(languages.words("facts.roles_needing_department"))
_ONLY_BEFORE_NAME = frozenset(languages.words("facts.roles_only_before_name"))
# Right before a role, inside a sentence, a capitalised word no entity covers: the name of an organisation
# the entities do not know, maybe possessive ("Amazon hires Adept CEO David Luan", "hired Adept's chief executive").
_UNKNOWN_NAME_BEFORE = re.compile(r"(?<![\w-])(?-i:[A-Z])[\w&.-]*(?:['’]s)? $")
# ... and in Chinese, a word of Latin letters right before the role, at a sentence's start too (Chinese writes no
# capital there): "SBI社長北尾吉孝".
_UNKNOWN_LATIN_BEFORE = re.compile(r"(?<![\w&.-])(?-i:[A-Z])[A-Za-z0-9&.-]*$")
_WITHOUT_ORG = frozenset(languages.words("facts.roles_without_org"))
_NEEDING_ORG = frozenset(languages.words("facts.roles_needing_org"))
# Between an organisation and its role: "OpenAI's president", "Microsoft-Chef", "Anthropic的首席执行官", and
# after a gloss in brackets, "超微（AMD）董事长" (read folded: ASCII brackets).
# A word for the organisation's kind may follow its name first: "腾讯集团副总裁蒋杰".
_OWNER = re.compile(r"\)?(?:" + languages.alternation("facts.org_kind_suffixes") + r")?(?:"
                    + languages.alternation("facts.possessive_suffixes") + r")?[\s-]?")
# "Sam Altman returns to OpenAI as chief executive", "奥特曼将重返OpenAI担任首席执行官": the
# organisation joined is the role's.
# A relative clause about the person may come first ("Victor Peng, who became Xilinx's chief executive in
# January 2018, joined AMD on Monday as president"), or in Chinese a clause of the person's past ("柳青曾任高盛亚洲
# 董事总经理，于2014年7月加盟滴滴，出任首席运营官"), or an apposition ("Dave DeWalt, a former EMC executive, has run
# McAfee as chief executive"), and the day between the organisation and the role.
_JOINS = re.compile(r"^(?:[,，]\s*(?:" + languages.alternation("facts.aside_openers") + r")\b[^;:；]{0,80}?[,，])?"
                    r"(?:[,，]?[^,;:，；]{1,30}?[,，])?[^,;:，；]{0,30}?"
                    r"(?:" + languages.alternation("facts.role_join_patterns") + r")\s*$", re.I)
# Between a person and an organisation, a relative clause telling they joined it: "Macleod, who joined National in
# 1978, took over as chief executive" (National's chief executive, where the sentence names no other post's owner).
_JOINED_RELATIVE = re.compile(r"\s*[,，]\s*(?:" + languages.alternation("facts.who_founded") + r")\s+(?:"
                              + languages.alternation("facts.joined_relative_patterns") + r")\s+$", re.I)
# Between an organisation and the holder of a post it is led by: "Dell Technologies, is led by founder".
_LED_BY = re.compile(r"[^.;:。；]{0,40}?\s(?:" + languages.alternation("facts.role_led_by_patterns")
                     + r")\s+(?:[\w-]+\s+){0,2}?", re.I)
# "Salesky, der das Start-up bis zuletzt als Vorstandschef führte": the relative pronoun, and the verb after the post.
_RELATIVE_LED = re.compile("(?:" + languages.alternation("facts.role_relative_led_patterns") + ")", re.I)
_LED_VERB = re.compile(r"\s*(?:" + languages.alternation("facts.role_led_verb_patterns") + r")\b")
_AS = re.compile(r"\s*(?:(?:" + languages.alternation("facts.role_join_time_patterns") + r")\s+)?(?:"
                 + languages.alternation("facts.role_as_patterns") + r")\s*(?:(?:" + _APPOSITION_ARTICLES + r")\s+)?",
                 re.I)

# The organisation joined after the post, the verb of joining after it: "als Finanzchef zu ASML gekommen".
_JOINED_TO = re.compile(r"\s*(?:" + languages.alternation("facts.role_joined_to_patterns") + r")", re.I)
_JOINED_VERB = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:" + languages.alternation("facts.role_joined_verb_patterns")
                          + r")(?![\w-])")

# Phrases that give the person before them a role in the organisation right after them
# ("übernimmt die Leitung des Unternehmens", "took the helm of"); a word of the interim between.
_ROLE_PHRASES = [(re.compile(languages.bounded([pattern]), re.I), role)
                 for pattern, role in languages.table("facts.role_phrases").items()]
_POST_WORD = re.compile(languages.bounded(languages.words("facts.role_post_words")), re.I)
# A relative clause that gives an organisation's post its holder: "Amazon, whose chief executive is Andy Jassy".
_WHOSE = re.compile(r"[,，]\s*(?:" + languages.alternation("facts.role_whose_patterns") + r")\s+" + _QUALIFIER + r"$",
                    re.I)
# ... and one that tells a post its holder had there: "from NCR, where he was chief executive".
_WHERE = re.compile(r"[,，]\s*(?:" + languages.alternation("facts.role_where_patterns") + r")\s+" + _QUALIFIER + r"$",
                    re.I)
# "…, and its chief executive is Peng Xiao": a post of the organisation "its" stands for, its holder after the copula.
_ITS = re.compile(r"(?:^|[,;]\s*|\b(?:" + languages.alternation("facts.role_joiners") + r")\s+)(?:"
                  + languages.alternation("facts.role_its_patterns") + r")\s+" + _QUALIFIER + r"$", re.I)
_HONORIFIC = re.compile(r"(?:[A-Z][a-z]+\.?\s+)?")
_WHOSE_COPULA = re.compile(r"\s+(?:" + languages.alternation("facts.role_copulas") + r")\s+", re.I)
# In the clause of a role given to the person before it, words that put it in the future (roles.py).
_FUTURE = re.compile(languages.bounded(languages.patterns("facts.role_future_patterns")), re.I)
# A word that pairs a list of people with a list of posts in order ("蔡崇信及吴泳铭分别接任集团主席及行政总裁",
# "A and B became chairman and chief executive respectively"): which post is whose the readers do not pair.
_RESPECTIVELY = re.compile(languages.bounded(languages.patterns("facts.respectively_patterns")), re.I)
# Right before a person, a verb that makes them the one a role's holder replaced: "接替张勇", "succeeded Ballmer",
# maybe with a lower-case title between ("succeeded co-founder Jack Dorsey").
_REPLACED = re.compile(r"(?:" + languages.alternation("facts.role_replaced_patterns")
                       + r")(?:\s+(?-i:[a-z])[\w-]*)?\s*$", re.I)
_REPLACED_REACH = 32  # characters before the person the verb is looked for in
# ... a verb joined to the clause before, right before the role: "and became".
_JOINED_VERB_BEFORE = re.compile(r"\b(?:" + languages.alternation("facts.role_joiners") + r")\s+(?:[\w-]+\s+){1,2}$",
                                 re.I)
_HANDED_TO = re.compile(r"(?:" + languages.alternation("facts.role_handed_to_patterns") + r")\s+$", re.I)
_INTERIM = re.compile(languages.bounded(languages.patterns("facts.interim_patterns")), re.I)
# "… and Daniela Amodei its president": a role after a joiner, its verb the clause before's.
_GAPPED = re.compile(r"(?:,\s*|\s+)(?:" + languages.either(languages.latin(languages.words("facts.role_joiners")))
                     + r")\s+$", re.I)
# Right before a name, a comma alone: the name may open a clause whose verb is left out.
_COMMA_BEFORE = re.compile(r",\s*$")
_COPULA = re.compile(r"(?<![\w-])(?:" + languages.alternation("facts.role_copulas") + r")(?![\w-])", re.I)
# Between an organisation and the person a verb gives a post: "日月光投控由張虔生擔任董事長".
_ROLE_AGENT = re.compile(r"\s*(?:" + languages.alternation("facts.role_agent_patterns") + r")\s*")
# After a role, the words that open a list of its holders: "创始人包括达里奥·阿莫迪和丹妮拉·阿莫迪".
_LIST_OPENER = re.compile(r"\s*(?:" + languages.alternation("facts.role_list_openers") + r")\s*")
# Before the end of a role, the words that make it one every name of a list right after it holds: "die Mitgründer".
_SHARED_BY_LIST = re.compile(r"(?:" + languages.alternation("facts.role_shared_by_list_patterns") + r")$", re.I)
# A photo caption's position after a name of such a list: "Maximilian Tayenthal (l.) und Valentin Stalf".
_LIST_ASIDE = re.compile(r"\s*(?:" + languages.alternation("facts.role_list_aside_patterns") + r")")
_FOUNDER, _CO_FOUNDER = "founder", "co-founder"


def _after_aside(body: str, pos: int) -> int:
    """Past a photo caption's position after a name at ``pos`` ("Maximilian Tayenthal| (l.)| und")."""
    aside = _LIST_ASIDE.match(body, pos)
    return aside.end() if aside is not None and aside.group().strip() else pos


def _listed_before(body: str, person: Party, people: Sequence[Party]) -> list[Party]:
    """The people a list names right before ``person``, nearest first, not across a comma that opens a clause:
    "赵海军和|梁孟松", not "周子学，|赵海军"."""
    listed: list[Party] = []
    first = person
    while (other := next((p for p in people if p.end < first.start
                          and (joiner := LIST_JOINER.fullmatch(body, p.end, first.start)) is not None
                          and not CLAUSE_MARK.search(joiner.group())), None)) is not None:
        listed.append(other)
        first = other
    return listed


@dataclass
class _RoleFound:
    person: Party
    role: str
    start: int  # the role word's span
    end: int
    org: Party | None
    qualifier: str | None
    explicit: bool  # the syntax ties the organisation to the role

    def held_by(self, person: Party) -> _RoleFound:
        """The same post, held by another of a list of holders."""
        return _RoleFound(person, self.role, self.start, self.end, self.org, self.qualifier, self.explicit)


def roles(here: Here) -> list[Fact]:
    body = here.src
    people = [p for p in here.mentions if p.label == "PERSON"]
    if not people:
        return []  # every post is a person's: a sentence that names nobody holds none (most do not)
    orgs = [p for p in here.mentions if p.label == "ORG"]
    found: list[_RoleFound] = []
    for match in _ROLE.finditer(body, here.start, here.end):
        word = match.group("role").lower()
        if word in _NEEDS_SPACE and not body[match.end(): match.end() + 1].isspace():
            continue
        if any(p.start <= match.start("role") < p.end and not p.derived for p in here.mentions):
            continue  # a role word inside a name
        if word in _ONLY_BEFORE_NAME and not any(0 < p.start - match.end() <= 2 and body[match.end(): p.start].isspace()
                                                 for p in people):
            continue
        roles = [match]
        while (joined := _JOINED_ROLE.match(body, roles[-1].end(), here.end)) is not None:
            roles.append(joined)  # "chief scientist and co-founder Ilya Sutskever"
        # "senior vice president of software engineering": a longer title than the role word, read whole where
        # the department is a few small words, else not at all.
        department = _DEPARTMENT_TITLE.match(body, roles[-1].end(), here.end)
        if department is not None and _DEPARTMENT.match(body, department.end()):
            department = None
        person = _holder(here, match, department.end() if department else roles[-1].end(), people)
        if person is None or (department is None and (_DEPARTMENT.match(body, roles[-1].end())
                                                      or _ROLES[roles[-1].group("role").lower()]
                                                      in _NEEDING_DEPARTMENT)):
            continue
        first_org: tuple[Party | None, bool] = (None, False)
        run_start = len(found)
        for index, role in enumerate(roles):
            if any(f.start == role.start("role") for f in found):
                continue
            title_end = department.end() if department is not None and index == len(roles) - 1 else None
            org, explicit = _role_org(here, role, person, orgs, found, title_end)
            joiner = _TITLE_JOINER.search(body, max(here.start, match.start() - 3), match.start())
            if index == 0 and org is None and joiner is not None:
                # "台积电创办人张忠谋、董事长刘德音及总裁魏哲家": a title right after the enumeration comma or
                # joiner that ends another's is at that one's organisation.
                org, explicit = next(((f.org, True) for f in found if f.person.end == joiner.start()
                                      and f.explicit and f.org is not None), (None, explicit))
            if _UNIT_BEFORE.search(body, max(here.start, role.start() - 6), role.start()):
                org, explicit = None, True  # at a unit the sentence names, not at the company before it
            if index == 0:
                first_org = (org, explicit)
            elif org is None and first_org[1]:
                org, explicit = first_org  # "Microsoft's chairman and chief executive"
            qualifier = (role.group("qualifier") or match.group("qualifier") or "").strip(" -").lower() or None
            if org is not None and explicit and qualifier is None:
                before = _ORG_QUALIFIER.search(body[max(here.start, org.start - 12): org.start])
                qualifier = before.group(1).lower() if before else None
            title = _ROLES[role.group("role").lower()]
            if title_end is not None:
                title = f"{title} {' '.join(body[role.end('role'): title_end].split())}"
            found.append(_RoleFound(person, title, role.start("role"), title_end or role.end("role"),
                                    org, qualifier, explicit))
        # "founder and CEO of Nvidia": the organisation after the last role is every role's of the run.
        run = found[run_start:]
        if len(run) > 1 and run[-1].explicit and run[-1].org is not None and run[-1].org.start > run[-1].end:
            for held in run[:-1]:
                if held.org is None:
                    held.org, held.explicit = run[-1].org, True
        # "创始人包括达里奥·阿莫迪和丹妮拉·阿莫迪": every person of the list holds the roles.
        # But a list that goes on past a comma and is followed by words has met the subject of a clause of its
        # own: "董事长为周子学，赵海军和梁孟松担任联合首席执行官" (not chairmen).
        plural = len(roles) == 1 and body[match.end(): person.start].strip() in ("", ",") \
            and _SHARED_BY_LIST.search(body, max(here.start, match.start() - 20), match.end()) is not None
        if _LIST_OPENER.fullmatch(body, roles[-1].end(), person.start) or plural:
            pos, comma_at = person.end, None
            listed: list[Party] = []
            while (joiner := LIST_JOINER.match(body, _after_aside(body, pos))) is not None:
                other = next((p for p in people if p.start == joiner.end()), None)
                if other is None:
                    break
                if comma_at is None and CLAUSE_MARK.match(joiner.group().strip()):
                    comma_at = len(listed)
                listed.append(other)
                pos = other.end
            if comma_at is not None and not re.match(r"\s*(?:\W|$)", body[pos:here.end]):
                listed = listed[:comma_at]
            if listed and plural:
                for held in run:
                    # Founders a plural names together founded together: "die Gründer X und Y" are co-founders
                    # (not "创始人包括A和B", those the founders include).
                    held.role = _CO_FOUNDER if held.role == _FOUNDER else held.role
            found += [held.held_by(other) for other in listed for held in run]
        elif person.end <= match.start() and run and all(held.role.startswith("co-") for held in run) \
                and not ((one := _ONE_HOLDER.match(body, person.end)) is not None and one.end() <= match.start()):
            # A shared post a verb gives to a pair: "赵海军和梁孟松担任联合首席执行官" (both); not across a comma,
            # which opens another clause ("董事长为周子学，赵海军和梁孟松担任…").
            found += [held.held_by(other) for other in _listed_before(body, person, people) for held in run]
    for pattern, role_name in _ROLE_PHRASES:  # "Mira Murati übernimmt vorübergehend die Leitung des Unternehmens"
        for phrase in pattern.finditer(body, here.start, here.end):
            # The holder before the phrase, or inside it after the verb: "übernahm Mike Sievert die Führung von"; not
            # the one it was taken over from ("hatte den Chefposten … von Ben Verwaayen übernommen").
            holder = next((p for p in people if phrase.start() < p.start and p.end < phrase.end()
                           and _told_replaced(here, p) is None), None) \
                or next((p for p in reversed(people) if p.end <= phrase.start()
                         and not CLAUSE_MARK.search(body, p.end, phrase.start())), None)
            org = next((o for o in orgs if 0 <= o.start - phrase.end() <= 2
                        or (o.start > phrase.end() and _ORG_AFTER.fullmatch(body, phrase.end(), o.start))), None)
            if org is None and holder is not None and _POST_WORD.search(phrase.group(0)) \
                    and (posted_at := here.known.get(holder.name)) is not None:
                org = Party(posted_at, "ORG", phrase.end(), phrase.end(), derived=True)
            if holder is None or org is None:
                continue
            interim = _INTERIM.search(body, holder.end, phrase.end()) is not None
            # ... and those a list names with it: "Gentz und Schneider stehen … an der Spitze der Firma".
            holders = [holder, *_listed_before(body, holder, people)] if holder.end <= phrase.start() else [holder]
            found += [_RoleFound(one, role_name, phrase.start(), phrase.end(), org, "interim" if interim else None,
                                 True) for one in holders]
    for pattern, role_name in _ROLE_BY:
        for person in people:  # "chaired by Bret Taylor"
            if pattern.search(body[max(here.start, person.start - 30): person.start]):
                org = _context_org(person.start, orgs, found)
                found.append(_RoleFound(person, role_name, person.start, person.end, org, None, False))
    facts = []
    # An organisation in a relative clause that tells of a thing, after a word that is no name, is not the
    # sentence's: "Finanzchef Stefan Gaiser will die Schulden, die aus der Zeit unter Permira stammen, zügig
    # abbauen".
    of_things = [(s, e) for s, e in relative_clauses(here.src, here.start, here.end)
                 if not any(m.end == s for m in here.mentions)]
    # A post told with no organisation in a sentence that names none is at the organisation the sentence
    # before opens with as its subject and names alone: "Nvidia unveiled a chip. Chief executive Jensen Huang
    # said"; after "OpenAI erhielt Geld von Microsoft" whose chief he is is a guess. (A description of that one
    # names no other: "Altair … verkauft Software. Die Firma wurde 1985 gegründet; Mitgründer James Scapa".)
    topic = Party(here.subject, "ORG", here.start, here.start, derived=True) \
        if here.subject is not None and here.subject == here.topic \
        and not any(o.label == "ORG" and not (o.derived and o.name == here.subject)
                    and not any(s < o.start < e for s, e in of_things) for o in here.mentions) else None
    # Else, in a sentence that names no organisation but that one, a post is at the one the document is
    # about: "Hours later, chief executive Sam Altman said" in an article headed "OpenAI's technology chief
    # quits"; but in "Chief executive Mark Benjamin will report to Scott Guthrie, executive vice president of
    # Microsoft" the sentence gives Microsoft to another's post; where a description gives it the one the
    # document is about ("Dario Amodei is the chief executive; Daniela Amodei is the company's president"),
    # that one is every post's.
    # But where the sentence names that one after the holder as an object, it is what the holder acts on or
    # speaks of, and whose post it is a guess: "Mitgründer Daniel Ek reichte Beschwerde gegen Apple ein",
    # "Vorstandschef Oliver Blume sagte, mit Rivian komme man schneller voran" (not "... sieht DeepL als").
    claimed = {(f.org.start, f.org.end) for f in found if f.org is not None and f.explicit and not f.org.derived}
    lead = None
    # An organisation another's post claims leaves the others to the lead where they all stand for it: "Seit
    # Sonntag führen Finanzchef David Zinsner und Michelle Johnston Holthaus, die neu ernannte Chefin der
    # Produktsparte Intel Products, das Unternehmen" (Intel's CFO; but "Microsoft CEO Satya Nadella and chief
    # scientist X" in a document about OpenAI names no organisation of the lead's for X).
    # Nor where every organisation named is the lead, claimed or not: "陈睿担任B站董事长兼首席执行官，创始人徐逸任总裁".
    # Nor one in the relative clause that tells a person's past: "Chief operating officer Sheryl Sandberg, who
    # joined from Google in 2008, and chief financial officer David Ebersman" in an article about Facebook.
    told_of = [*_told_of_people(here), *of_things]
    outside = [o for o in orgs if not any(s < o.start < e for s, e in told_of)]
    unclaimed = [o for o in outside if (o.start, o.end) not in claimed]
    if topic is None and here.lead is not None and (unclaimed or all(o.name == here.lead for o in outside)) \
            and all(o.name == here.lead for o in unclaimed):
        lead = Party(here.lead, "ORG", here.start, here.start, derived=True)
    for held in found:
        # A title before the name: the organisation the document gave the person a post at or had them found
        # before, else a guess: "MiniMax由…闫俊杰于2021年12月在上海创立。…同日，百度宣布…。今年1月，创始人兼CEO
        # 闫俊杰带领团队" (not Baidu's). Not a post a verb gives: "苏莱曼出任执行长" is a new one.
        if held.org is None and held.role not in _WITHOUT_ORG and not held.explicit:
            its_before = _ITS.search(body[here.start: held.start]) is not None
            # (Not the one "its" before the title leaves out: "Its chairman, Charles Dunstone, co-founded Carphone
            # Warehouse" is the chairman of what "its" stands for.)
            known = _known(here, held.person.name) if held.end <= held.person.start and not its_before else None
            # (Not where a pronoun gives the post to the owner another subject of the sentence before may be:
            # "SoftBank has poured money into WeWork. Its chief executive, Masayoshi Son" is not WeWork's.)
            its = its_before and here.subject is not None and here.subject != here.lead
            joined_org = next((o for o in orgs if not o.derived and held.person.end < o.start < held.start
                               and _JOINED_RELATIVE.fullmatch(body, held.person.end, o.start)), None)
            held.org = joined_org or known or topic \
                or (lead if not _object_after(here, held.person, orgs) and not its else None) \
                or _org_of_clause_before(body, held, found, people)
        if held.person.end <= held.start and _FUTURE.search(body, _clause_start(here, held.person.start), held.start):
            continue  # "届时由总裁魏哲家接任董事长", "X is set to become chief executive": not held yet
        part_end = PART_END.search(body, held.end, here.end)
        if held.person.end <= held.start and _RESPECTIVELY.search(
                body, held.person.end, part_end.start() if part_end is not None else here.end):
            continue  # "蔡崇信及吴泳铭分别接任集团主席及行政总裁": whose post is which, a pairing not read
        if held.org is not None and held.org.lead_among and held.explicit and here.lead is not None:
            held.org = Party(here.lead, "ORG", held.org.start, held.org.end, derived=True)
        elif (held.role in _WITHOUT_ORG and not held.explicit) or (held.org is not None and (held.org.among_several
                                                                                            or held.org.remote)):
            held.org = None  # "该公司董事长" after a sentence naming Baidu and Alibaba: whose chairman is a guess
        if held.role in _NEEDING_ORG and held.org is None:
            continue
        parts = [(held.start, held.end), (held.person.start, held.person.end)]
        if held.org is not None and held.explicit and not held.org.derived:
            parts.append((held.org.start, held.org.end))
        facts.append(_role_fact(here.body, min(s for s, _ in parts), max(e for _, e in parts), here.text, here.start,
                                held.person.name, held.role, held.org.name if held.org else None, held.qualifier))
    for match in _BOARD_LED.finditer(body, here.start, here.end):
        # "Den Aufsichtsrat von Daimler Truck führt der frühere Siemens-Chef Joe Kaeser": the board's chairman.
        person = next((p for p in people if match.start("person") <= p.start < match.end("person")), None)
        org = next((o for o in orgs if match.start("org") <= o.start < match.end("org")), None) \
            if match.group("org") else None
        name = org.name if org is not None else here.topic
        if person is not None and not any(f.details.person == person.name and f.details.role == "chairman"
                                          for f in facts if isinstance(f.details, Role)):
            facts.append(_role_fact(here.body, match.start(), person.end, here.text, here.start, person.name,
                                    "chairman", name, None))
    for person in people:
        after = _FOUNDED_BY.match(body, person.end, here.end)
        if after is None:
            continue
        org = next((o for o in orgs if o.start == after.end()), None)
        role_name = _CO_FOUNDER if after.group(1).lower().startswith(CO_FOUNDED) else _FOUNDER
        if org is not None:
            facts.append(_role_fact(here.body, person.start, org.end, here.text, here.start, person.name, role_name,
                                    org.name, None))
    return facts + _predecessors(here, people, facts)


# The one a post was taken over from ({p}), told other than by a verb right before them (_REPLACED): "took over as
# chief executive from Eric Schmidt", "auf Dieter Zetsche folgte", "übernahm Haas den Chefposten von Simon Segars".
_PREDECESSOR = languages.patterns("facts.role_predecessor_patterns")
# A role's qualifier that says the post is no longer held ("former", "前"): not the post taken over, and the person
# is not known by it (facts/__init__.py).
FORMER = frozenset(languages.words("facts.former_qualifiers"))
# Posts no one takes over from another: a founder stays one.
_NOT_TAKEN_OVER = frozenset((_FOUNDER, _CO_FOUNDER, "board member", "investor", "owner"))


def _predecessors(here: Here, people: Sequence[Party], facts: Sequence[Fact]) -> list[Fact]:
    """The post another took over in the sentence, at its organisation, as a former post of the one they took it
    from: the first post the sentence gives the successor (the one named last before the words that name the
    predecessor) after those words begin ("Nadella, who succeeded Steve Ballmer as chief executive", "吴泳铭接替张勇
    出任集团首席执行官，蔡崇信出任董事会主席"), else the successor's one post, where a relative clause right
    after the successor tells the taking over and names no post after it ("Daimler-Chef Ola Källenius, der im Mai
    2019 auf Dieter Zetsche folgte"; not "VMware chief executive Pat Gelsinger would return to the company to
    replace Bob Swan as CEO", nor "Cristiano Amon, Qualcomm's president, who was named to succeed Steve Mollenkopf
    as chief executive")."""
    body = here.src
    taken = [f for f in facts if isinstance(f.details, Role) and f.details.org is not None
             and f.details.qualifier not in FORMER and f.details.role not in _NOT_TAKEN_OVER]
    out: list[Fact] = []
    if not taken:
        return out  # most sentences: no post to take over, and no pattern to build for their names
    for person in people:
        told = _told_replaced(here, person)
        if told is None:
            continue
        start, end = told
        successor = next((p for p in reversed(people) if p.end <= start and p.name != person.name), None)
        if successor is None:
            continue
        held = [f for f in taken if isinstance(f.details, Role) and f.details.person == successor.name]
        after = [f for f in held if f.end > start]
        post = min(after, key=lambda f: f.end) if after else None
        if post is None and len(held) == 1:
            clause = next(((s, e) for s, e in _told_of_people(here) if s == successor.end and s <= start < e), None)
            if clause is not None and not _ROLE.search(body, end, clause[1]):
                post = held[0]  # "Daimler-Chef Ola Källenius, der im Mai 2019 auf Dieter Zetsche folgte"
        if post is None or not isinstance(post.details, Role) or any(
                isinstance(f.details, Role) and f.details.person == person.name and f.details.role == post.details.role
                for f in facts):
            continue
        out.append(_role_fact(here.body, start, end, here.text, here.start, person.name,
                              post.details.role, post.details.org, "former"))
    return out


def _told_replaced(here: Here, person: Party) -> tuple[int, int] | None:
    """Where the sentence tells that the person was replaced: a verb of replacing right before them ("succeeded
    Steve Ballmer", "接替张勇"; facts.role_replaced_patterns, which also keep them from holding the post), or other
    words around them (facts.role_predecessor_patterns: "auf Dieter Zetsche folgte")."""
    body = here.src
    replaced = _REPLACED.search(body, max(here.start, person.start - _REPLACED_REACH), person.start)
    if replaced is not None:
        return replaced.start(), person.end
    name = re.escape(body[person.start: person.end])
    for pattern in _PREDECESSOR:
        told = re.compile(pattern.replace("{p}", f"(?P<p>{name})"), re.I).search(body, here.start, here.end)
        if told is not None and told.start("p") == person.start:
            return told.start(), told.end()
    return None


# A board and who leads it: "Den Aufsichtsrat von Daimler Truck führt der frühere Siemens-Chef Joe Kaeser".
_BOARD_LED = re.compile(languages.either(languages.patterns("facts.board_led_patterns")))
# A clause opening with two to four Han characters and a verb of roles: a holder of its own, found or not
# ("，楼天城任首席技术官"); not an adverb ("，同时任", "，并任").
_UNTAGGED_HOLDER = re.compile(r"\s*(?!" + languages.alternation("facts.role_clause_adverbs") + r")[" + han.HAN
                              + r"]{2,4}(?:" + languages.alternation("facts.role_verb_patterns") + r")")


def _known(here: Here, person: str) -> Party | None:
    """The organisation ``here.known`` gives the person, as a party the role may be at."""
    org = here.known.get(person)
    return Party(org, "ORG", here.start, here.start, derived=True) if org is not None else None


def _object_after(here: Here, person: Party, orgs: Sequence[Party]) -> bool:
    """Whether the sentence names an organisation after ``person`` as the object of a
    preposition ("gegen Apple", "mit Rivian")."""
    return any(o.start >= person.end and OBJECT_BEFORE.search(here.src, max(here.start, o.start - 24), o.start)
               for o in orgs)


def _glossed(body: str, person: Party, people: Sequence[Party]) -> Party:
    """The person a name in brackets glosses, right before it ("保罗·雅各布(Paul Jacobs)", read folded), else
    ``person``."""
    if body[person.start - 1: person.start] != "(" or body[person.end: person.end + 1] != ")":
        return person
    return next((p for p in people if p.end == person.start - 1), person)


def _bare_between(here: Here, start: int, end: int) -> bool:
    """Whether nothing but blanks, dates and a gloss's closing bracket stands in [start, end)."""
    rest = "".join(here.src[a:b] for a, b in _outside(start, end, [(d.start, d.end) for d in here.dates]))
    return not rest.strip().removeprefix(")").strip()


def _clause_start(here: Here, pos: int) -> int:
    opened = [m.end() for m in CLAUSE_MARK.finditer(here.src, here.start, pos)]
    return opened[-1] if opened else here.start


_SECOND_TITLE = re.compile(r",[ \t]*")
# Before a role that opens its clause, at most an article or an adjective ("Der", "Neuer"); after it (and its
# organisation), a copula, maybe a time, and the holder's name.
_OPENS_CLAUSE = re.compile(r"[\s\"'„“‚‘(]*(?:[\w-]+\s+)?")
_COPULA_TOLD = re.compile(r"\s+(?:" + languages.alternation("facts.role_copulas") + r")\s+(?:(?:"
                          + languages.alternation("facts.role_copula_time_patterns") + r")\s+)?", re.I)


def _org_after(here: Here, run_end: int, *, derived: bool) -> Party | None:
    """The organisation a role's preposition leads to ("Chef von OpenAI"), a description's too with ``derived``."""
    found = _ORG_AFTER.match(here.src, run_end)
    if found is None:
        return None
    return next((o for o in here.mentions if o.label == "ORG" and (derived or not o.derived)
                 and found.end() <= o.start and _ORG_AFTER.fullmatch(here.src, run_end, o.start)), None)


def _titled_after(body: str, pos: int, person: Party) -> bool:
    """Whether the person follows ``pos`` after a comma and a second title of theirs: "its chief
    executive, co-founder Nigel Toon", "Der Chef von Graphcore, Mitgründer Nigel Toon"."""
    title = _SECOND_TITLE.match(body, pos, person.start) if pos < person.start <= pos + 40 else None
    return title is not None and _ROLE.fullmatch(body, title.end(), person.start - 1) is not None


def _holder(here: Here, match: re.Match[str], run_end: int, people: Sequence[Party]) -> Party | None:
    """The person who holds the role: right after it ("CEO Sam Altman"), before it in an
    apposition ("Satya Nadella, Microsoft's chief executive", "Sam Altman, bis Freitag
    Chef von OpenAI"), or the one a verb gives it to ("was named interim chief
    executive", "hire Emmett Shear as CEO", "als CEO", "出任")."""
    body = here.src
    if _WHOSE.search(body, max(here.start, match.start() - 24), match.start()):
        # "OpenAI, whose chief executive is Sam Altman": the person after the copula, where one stands there.
        told = _WHOSE_COPULA.match(body, run_end)
        named = next((p for p in people if told is not None and p.start == told.end()), None)
        if named is not None:
            return named
    if _ITS.search(body[here.start: match.start()]):
        told = _WHOSE_COPULA.match(body, run_end)
        # An honorific may stand before the name: "Its chairman is Sheikh Tahnoun bin Zayed Al Nahyan".
        named = next((p for p in people if told is not None and told.end() <= p.start
                      and _HONORIFIC.fullmatch(body, told.end(), p.start)), None)
        if named is not None:
            return named
    if _OPENS_CLAUSE.fullmatch(body, _clause_start(here, match.start()), match.start()):
        # A role opening its clause, its holder after a copula: "Vorstandschef von Siemens Energy ist Christian
        # Bruch", "Interimschef ist seit dem vergangenen Freitag James Freis".
        owner = _org_after(here, run_end, derived=True)
        told = _COPULA_TOLD.match(body, owner.end if owner is not None else run_end)
        named = next((p for p in people if told is not None and p.start == told.end()), None)
        if named is not None:
            return named
    after = next((p for p in people if 0 <= p.start - run_end <= 2), None)
    if after is not None and not CLAUSE_MARK.search(body, run_end, after.start):
        return after
    # Across a comma only where nobody before holds it: "MosaicML's chief executive, Naveen Rao"; but in "Denis
    # Yarats, its chief technology officer, Johnny Ho and ..." and "出任集团首席执行官，蔡崇信出任董事会主席" the name
    # after the comma opens the next item.
    # "The founder of Anthropic, Dario Amodei", "Der Gründer von Anthropic, Dario Amodei".
    org = _org_after(here, run_end, derived=False)
    if org is not None:
        named = next((p for p in people if (0 <= p.start - org.end <= 2 and not _gapped_holder(body, p))
                      or _titled_after(body, org.end, p)), None)
        if named is not None:
            return named
    before = _holder_before(here, match, people)
    if before is None and after is None:
        after = next((p for p in people if _titled_after(body, run_end, p)), None)
    if after is not None and han.has_han(body[run_end - 1: run_end]) and CLAUSE_MARK.search(body, run_end, after.start):
        # Chinese sets no holder off after its post by a comma: in "莱文出任Coursera首席执行官，吴恩达目前仍担任该平台
        # 董事长" the name after the comma opens the next clause.
        after = None
    return before if before is not None or after is None or _taken_before(here, match, people) else after


def _taken_before(here: Here, match: re.Match[str], people: Sequence[Party]) -> bool:
    """Whether a person opens the role's clause, its holder by a verb the readers do not
    know ("吴泳铭出任集团首席执行官，蔡崇信出任董事会主席"), or after the word that marks the agent ("由张利东出任
    字节跳动（中国）董事长，张楠出任…"); but "an investment partnership run by Nat Friedman and SSI's chief
    executive, Daniel Gross" opens with none."""
    start = _clause_start(here, match.start())
    return any(start <= p.start and p.end <= match.start()
               and (not here.src[start: p.start].strip() or _ROLE_AGENT.fullmatch(here.src, start, p.start))
               for p in people)


def _holder_before(here: Here, match: re.Match[str], people: Sequence[Party]) -> Party | None:
    """The person before the role who holds it, in an apposition or given it by a verb."""
    body = here.src
    # Not one named in a relative clause that closes before the role: in "Colin Angle, who co-founded iRobot
    # with Rodney Brooks and Helen Greiner, was stepping down as chairman" the post is Angle's.
    closed = [(s, e) for s, e in relative_clauses(body, here.start, here.end) if e <= match.start()]
    people = [p for p in people if not any(s <= p.start < e for s, e in closed)]
    before = [p for p in people if p.end <= match.start()]
    if not before:
        return None
    nearest = before[-1]
    # The one replaced holds the role no more: "吴泳铭接替张勇出任首席执行官", "Nadella succeeded Ballmer as
    # chief executive": the one before the verb holds it, where the clause names one. A name glossed in brackets
    # is one name ("莫倫科夫（Steve Mollenkopf）2014年3月接替保羅·雅各布（Paul Jacobs）出任執行長"), and a date may
    # stand between the successor and the verb.
    glossed = _glossed(body, nearest, people)
    replaced = _REPLACED.search(body, max(here.start, glossed.start - _REPLACED_REACH), glossed.start)
    if replaced is not None:
        successor = next((p for p in reversed(people) if p.end <= replaced.start()
                          and _bare_between(here, p.end, replaced.start())), None)
        if successor is None:
            return None
        nearest = successor
        between = body[replaced.end(): match.start()]
        return nearest if len(between) <= 60 and not CLAUSE_MARK.search(between) else None
    # The one a post was handed to, the role a verb after them gives: the one who handed it holds that role ("Bezos
    # handed the job to Andy Jassy, …, and became executive chairman").
    # (Not a relative clause of the one handed it: "handed the job to Tim Cook, who had been chief operating officer".)
    handed = _HANDED_TO.search(body, max(here.start, nearest.start - _REPLACED_REACH), nearest.start)
    if handed is not None and _JOINED_VERB_BEFORE.search(body, nearest.end, match.start()):
        giver = next((p for p in reversed(before) if p.end <= handed.start()), None)
        return giver if giver is not None and not CLAUSE_MARK.search(body, giver.end, handed.start()) else None
    # The words between, an organisation's possessive before the role left out
    # ("Microsoft's", "the startup's"), and a relative clause between.
    between = "".join(body[a:b] for a, b in _outside(nearest.end, match.start(), closed))
    orgs = [p for p in here.mentions if nearest.end <= p.start and p.end <= match.start() and p.label == "ORG"]
    owned = bool(orgs) and _owns(body, orgs[-1], match.start())
    if owned:
        between = body[nearest.end: orgs[-1].start]
    if orgs and _joined(body, nearest, orgs[-1], match.start()):
        return nearest
    if len(between) <= 40 and _APPOSITION.match(between):
        return nearest
    # A verb of naming before the person, the role right after (maybe past an age): "Microsoft named Satya Nadella
    # chief executive", "Page also named Sundar Pichai, 43, chief executive of a slimmer Google".
    if _NAMED_GAP.fullmatch(between) and _NAMED_BEFORE.search(body, max(here.start, nearest.start - 16),
                                                                nearest.start):
        return nearest
    # Not across a clause that opens with a name of its own, whatever the model took it for, or
    # found by no model where a verb of roles follows it: in "彭军任首席执行官，楼天城任首席技术官"
    # the second post is 楼天城's.
    clause = _clause_start(here, match.start())
    own_holder = nearest.end < clause and (
        any(clause <= m.start < match.start() and m.label != "ORG" and not body[clause: m.start].strip()
            for m in here.mentions)
        or _UNTAGGED_HOLDER.match(body, clause, match.start()) is not None)
    # Nor across a semicolon: "…郭台銘，被視為其重要幕僚；高橋興三則是在2013年6月出任夏普社長".
    given_up = owned and not orgs[-1].derived and _GIVEN_UP.search(between)
    if (_ROLE_VERB.search(between) or given_up) and not any(nearest.end <= p.start < match.start() for p in people) \
            and not own_holder and not PART_END.search(body, nearest.end, match.start()):
        return nearest
    # A verb left out: "Dario Amodei is its chief executive and Daniela Amodei its president", or after a comma
    # that closes a clause opening with its verb and a role: "Page … wird Vorstandschef von Alphabet, Brin
    # Präsident der Holding".
    if not between.strip() and ((_GAPPED.search(body, here.start, nearest.start)
                                 and _COPULA.search(body, here.start, nearest.start))
                                or _gapped_after_comma(here, nearest.start)):
        return nearest
    return None


def _gapped_after_comma(here: Here, pos: int) -> bool:
    """Whether only a comma stands before ``pos``, closing a clause that opens with its verb and a role: "wird
    Vorstandschef von Alphabet, Brin Präsident", "will be chief executive, Daniela Amodei president"."""
    comma = _COMMA_BEFORE.search(here.src, here.start, pos)
    if comma is None:
        return False
    opened = _clause_start(here, comma.start())
    role = _ROLE.search(here.src, opened, comma.start())
    return role is not None and _VERB_OPENED.fullmatch(here.src, opened, role.start()) is not None


def _gapped_holder(body: str, person: Party) -> bool:
    """Whether a role follows the person right away, a clause of its own with its verb left out: "…,
    Brin Präsident der Holding"."""
    return _ROLE.match(body, person.end + 1) is not None and body[person.end: person.end + 1].isspace()


def _outside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of [start, end) outside ``spans``."""
    pieces, at = [], start
    for s, e in sorted(spans):
        if s >= at and e <= end:
            pieces.append((at, s))
            at = e
    return [*pieces, (at, end)]


def _role_org(here: Here, role: re.Match[str], person: Party, orgs: Sequence[Party],
              found: Sequence[_RoleFound], title_end: int | None = None) -> tuple[Party | None, bool]:
    """The role's organisation and whether the syntax ties it: right before the role
    ("Microsoft CEO", "Microsoft-Chef", "OpenAI's president", "the startup's chief
    executive") or after it ("chief executive of the streaming site Twitch", "Chef von
    OpenAI"); else, where the role is given by a verb of hiring or stands before the
    name, the organisation named last before it in the sentence, unless the words after
    the role name another ("als CEO einer ... AI-Einheit")."""
    body = here.src
    role_start = role.start()
    role_end = title_end if title_end is not None else role.end()  # after its department, if it names one
    relative = _WHOSE.search(body, max(here.start, role_start - 24), role_start) \
        or _WHERE.search(body, max(here.start, role_start - 40), role_start)
    if relative is not None:
        # "Amazon, whose chief executive is Andy Jassy", "from NCR, where he was chief executive": the organisation
        # the relative clause follows; none where a place does ("in London, where she was chief executive").
        return next((o for o in orgs if o.end == relative.start() and not o.derived), None), True
    if _OTHER_ORG.match(body, role_end):
        return None, True  # "CEO of a new AI team", "CEO of its AI unit": not the organisation's, nor a known one
    # "Firmenchef": the firm's chief; the firm is the organisation the description stands for.
    itself = next((o for o in orgs if o.derived and o.start <= role_start and role_end <= o.end), None)
    if itself is not None:
        return itself, True
    # (A description too: "Adika führt das Unternehmen bis heute als Vorstandschef".)
    joined = next((o for o in reversed(orgs) if _joined(body, person, o, role_start)), None)
    if joined is not None:
        return joined, True
    # ... or in a relative clause after the person, its verb last: "Salesky, der das Start-up bis zuletzt als
    # Vorstandschef führte".
    led = next((o for o in orgs if person.end <= o.start and o.end <= role_start
                and _RELATIVE_LED.fullmatch(body, person.end, o.start) and _AS.fullmatch(body, o.end, role_start)
                and _LED_VERB.match(body, role_end)), None)
    if led is not None:
        return led, True
    # Led by the person in the role, the organisation the subject: "The combined group, renamed Dell Technologies, is
    # led by founder Michael Dell as chairman".
    led = next((o for o in reversed(orgs) if not o.derived and o.end <= person.start
                and _LED_BY.fullmatch(body, o.end, person.start) and _AS.fullmatch(body, person.end, role_start)), None)
    if led is not None:
        return led, True
    # Named, not a description: in "dass Stuart Pann, zuvor Manager bei Intel, als Chief Operating Officer zu dem
    # Unternehmen stößt" the description's guess is Intel.
    joined = next((o for o in orgs if not o.derived and _JOINED_TO.fullmatch(body, role_end, o.start)
                   and _JOINED_VERB.match(body, o.end)), None)
    if joined is not None:
        return joined, True  # "der 1999 als Finanzchef zu ASML gekommen war"
    before = next((o for o in reversed(orgs) if _owns(body, o, role_start)), None)
    if before is not None:
        return before, True
    if any(m.label == "LOC" and _owns(body, m, role_start) for m in here.mentions):
        return None, True  # "美国总统川普", "US-Präsident Joe Biden": a place's post, no company's
    org_after = _ORG_AFTER.match(body, role_end)
    if org_after is not None:
        # A name before a description: "of the startup accelerator Y Combinator" is Y Combinator.
        for org in sorted(orgs, key=lambda o: o.derived):
            if role_end < org.start <= role_end + 60 and _ORG_AFTER.fullmatch(body, role_end, org.start):
                return org, True
            # A description that carries the preposition in: "Vorsitzender des Verwaltungsrats".
            if org.derived and role_end <= org.start < org_after.end() <= org.end:
                return org, True
    if org_after is not None and body[org_after.end():].strip()[:1].islower():
        return None, False
    if body[role_start - 1: role_start] == "-":
        return None, True  # "HDE-Hauptgeschäftsführer": the compound names an organisation we do not know
    unknown = _UNKNOWN_NAME_BEFORE.search(body, here.start, role_start)
    if unknown is None or not body[here.start: unknown.start()].strip():
        chinese = han.has_han(role.group("role"))
        unknown = _UNKNOWN_LATIN_BEFORE.search(body, here.start, role_start) if chinese else None
    if unknown is not None and not any(o.start < role_start and unknown.start() < o.end for o in here.mentions):
        return None, True  # "Amazon hires Adept CEO David Luan": a name we do not know, not Amazon
    if person.start > role_end:  # "Firmenchef Sam Altman"
        chained = next((f.org for f in found if f.person == person and f.org is not None
                        and _SECOND_TITLE.fullmatch(body, max(f.end, f.org.end), role_start)), None)
        if chained is not None:
            # A second title takes the first's organisation: "chief executive of Graphcore, co-founder Nigel Toon".
            return chained, True
        guess = _context_org(role_start, orgs, found, only_one=True)
        if guess is not None and any(s < guess.start < e <= role_start for s, e in _told_of_people(here)):
            return None, False  # "Sheryl Sandberg, who joined from Google in 2008, and chief financial officer X"
        if guess is not None and CLAUSE_MARK.search(body, guess.end, role_start) \
                and _GENITIVE_BEFORE.search(body, max(here.start, guess.start - 8), guess.start):
            # "Mit der Warnung des BSI habe sich die Faktenlage verändert, sagte Vorstandssprecher Axel Hellmann":
            # what a clause before speaks of, not whose chief speaks.
            return None, False
        if guess is not None and PART_END.search(body, guess.end, role_start):
            # "Schulman left for rival Anthropic; the same day, president Greg Brockman said": another part
            # of the sentence, another subject.
            return None, False
        named = {o.name for o in orgs if o.end <= role_start and not o.derived}
        if guess is not None and not guess.derived and len(named) > 1 \
                and CLAUSE_MARK.search(body, guess.end, role_start):
            # "Alphabet is merging Google Brain and DeepMind into Google DeepMind, chief executive Sundar
            # Pichai said": of the organisations a clause before names, whose chief he is is a guess.
            return None, False
        return guess, False
    agent = next((o for o in orgs if not o.derived and o.end <= person.start
                  and _ROLE_AGENT.fullmatch(body, o.end, person.start)), None)
    if agent is not None:
        return agent, True  # "日月光投控由張虔生擔任董事長"
    if _HIRING_VERB.search(body[here.start: role_start]):  # "for OpenAI to hire ... as CEO"
        return _context_org(person.start, orgs, found), False
    return None, False


# Right before a name, an article that makes it a noun's attribute: "die Warnung des BSI".
_GENITIVE_BEFORE = re.compile(r"(?<![\w-])(?:" + languages.alternation("facts.genitive_articles") + r")\s+$")


# Between one clause that gives a post at an organisation and the next that opens with another holder's name.
_NEXT_HOLDER = re.compile(r"\s*[,，;；]\s*")


def _org_of_clause_before(body: str, held: _RoleFound, found: Sequence[_RoleFound],
                          people: Sequence[Party]) -> Party | None:
    """The organisation of another's post the clause right before tells, for a post a verb gives with none, to
    the person or the list the clause opens with: "马化腾目前担任腾讯董事会主席兼首席执行官，刘炽平任总裁" (Tencent's
    president), "中芯国际董事长为周子学，赵海军和梁孟松担任联合首席执行官" (both SMIC's)."""
    if held.start < held.person.end:
        return None
    listed = _listed_before(body, held.person, people)
    opening = listed[-1] if listed else held.person  # the list's first name opens the clause

    def told_end(f: _RoleFound) -> int:
        return max(f.end, f.person.end, f.org.end if f.org is not None else 0)

    before = [f for f in found if f.person != held.person and f.org is not None and f.explicit
              and told_end(f) <= opening.start]
    last = max(before, key=told_end, default=None)
    if last is None or not _NEXT_HOLDER.fullmatch(body, told_end(last), opening.start):
        return None
    return last.org


def _told_of_people(here: Here) -> list[tuple[int, int]]:
    """The relative clauses right after a person's name (", who joined from Google in 2008,"): what they name
    is the person's past, not the organisation of a post told outside them."""
    return [(s, e) for s, e in relative_clauses(here.src, here.start, here.end)
            if any(p.label == "PERSON" and p.end == s for p in here.mentions)]


def _owns(body: str, owner: Party, role_start: int) -> bool:
    """Whether ``owner`` stands right before the role, maybe with a possessive between, and an age: "OpenAI's
    president", "Microsoft-Chef", "美国总统", "the company's 28-year-old founder"."""
    if owner.end > role_start:
        return False
    between = _AGE.sub("", body[owner.end: role_start])
    return len(between) <= 3 and _OWNER.fullmatch(between) is not None


def _joined(body: str, person: Party, org: Party, role_start: int) -> bool:
    """Whether the person joins the organisation in the role: "{person} returns to {org}
    as {role}", "{person}将加入{org}担任{role}", "于2014年7月加盟滴滴，出任首席运营官". The post may name
    the organisation again, or its kind: "正式加盟百度，出任百度集团总裁", in a headline "加盟百度 出任集团总裁"."""
    after = org.end + 1 if body[org.end: org.end + 1] in (",", "，", " ") else org.end
    if not (person.end <= org.start and org.end <= role_start
            and _JOINS.match(body[person.end: org.start]) is not None):
        return False
    joined_as = _AS.match(body, after, role_start)
    return joined_as is not None \
        and _OWNER.fullmatch(body[joined_as.end(): role_start].removeprefix(body[org.start: org.end])) is not None


def _context_org(pos: int, orgs: Sequence[Party], found: Sequence[_RoleFound], *,
                 only_one: bool = False) -> Party | None:
    """The organisation named last before ``pos`` in the sentence that no other role
    claims; with ``only_one``, else the one organisation the sentence's descriptions
    stand for ("Technologiechefin Mira Murati übernimmt die Leitung des Unternehmens")."""
    claimed = {(f.org.start, f.org.end) for f in found if f.org is not None and f.explicit}
    free = [o for o in orgs if (o.start, o.end) not in claimed]
    candidates = [o for o in free if o.end <= pos]
    if candidates:
        return candidates[-1]
    # Only a description ("des Unternehmens") vouches for an organisation named after the role:
    # "CEO Sam Altman met Microsoft" does not make him Microsoft's.
    if only_one and not claimed and len({o.name for o in free}) == 1 and all(o.derived for o in free):
        return free[0]
    return None


def _role_fact(body: str, s: int, e: int, sentence: str, sentence_start: int, person: str, role: str,
               org: str | None, qualifier: str | None) -> Fact:
    return Fact(
        kind="role",
        text=" ".join(body[s:e].split()),
        start=s,
        end=e,
        sentence=sentence,
        sentence_start=sentence_start,
        entities=tuple(dict.fromkeys(n for n in (person, org) if n)),
        details=Role(person, role, org, qualifier),
    )
