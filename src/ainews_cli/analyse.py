"""The analysis: a batch of documents -> language -> entities -> dates -> events and
facts, one ``Extraction`` per document.

``Analyser`` loads each language's pipeline once and runs one ``nlp.pipe`` call per
language per batch.  ``pipeline_version`` fingerprints everything besides the content
that decides an extraction, so the store never serves one made by other code or models.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from typing import TYPE_CHECKING, Any

from ainews_cli import __version__, han, languages
from ainews_cli.codec import dumps_ascii_sorted
from ainews_cli.config import (
    NO_MODEL,
    Settings,
    choose_pipeline,
    installed_pipelines,
    packaged_models,
    pipeline_advice,
)
from ainews_cli.ingest import analysable, navigation
from ainews_cli.records import (
    FILED,
    Document,
    EntityMention,
    EventMention,
    Extraction,
    Passage,
    PubDate,
    Sentence,
    Span,
    StatedAmount,
    TimeExpression,
)

if TYPE_CHECKING:
    from ainews_cli.entities import AliasTable, RawMention
    from ainews_cli.language import Block

# Bump when a change to the code changes what is extracted: stored extractions of
# other revisions are then recomputed, never misread.
# 21: German months told in the present, whole days in hours, glossed weekdays; parties of dated
# conjuncts, successors, participles before nouns; German headlines from their subject, sayings;
# the eighth set's event rules, fewer wrong fact parties (issues 14-16)
# 22: Chinese companies named after another; no sentence end inside "Character.AI"; appositions and
# negations in facts and events; "it" before untyped acts; parties of relative clauses (issues 14, 15)
# 23: acronyms in brackets, titles before commas; stakes in the company told before; round investors,
# foundings put first; send lines and "發佈" dates; "later this year"; venues, semicolons and passive
# conjuncts in events (issues 14, 15)
# 24: founders and "returned as" titles make persons, tied label votes, quoted headlines; "it agreed
# to", possessive "its", a description far from its name; "Activision" (issues 14, 15)
# 25: Chinese role clauses with a holder of their own, venues after a place; a company named by a common
# word at a sentence's start (issues 14, 15)
# 26: Chinese trigger words are no names; "its chairman is X"; shares subscribed or bought (Chinese); the
# document's company is no post's where the sentence names it after the holder as an object (issue 15)
# 27: a company in a title takes no part; 结束担任; "die Kommission"; joined on a day as; money into a
# company described first (issues 14, 15)
# 28: an exchange owns no figure; descriptions and pronouns after agents and clause openings; a title
# before a name at the company the person is known by; rulings, rounds joined, results published (14, 15)
# 29: a wire dateline alone on its line; payments are no investments; 智驾 is generic (issues 14, 15)
# 30: a role held "since" long before is a standing state; more triggers; "that day"; descriptions after an
# owner; roles held since; plans undone; co-leads (issues 14, 15)
# 31: a day told in no tense leans to the past; venues are no antecedents; bracketed captions; more aliases;
# German round leads; "succeeded co-founder X" (issues 14, 15)
# 32: scheduled dates; reports, share sales, listings; round backers in the same sentence; towns before their
# state; relative clauses hold no posts; photo credits; deals called off (issues 14, 15)
# 33: a Chinese short name the model tagged is the company named in full (美的 of 美的集团) (issue 15)
# 34: a Chinese name cut short wherever it stands read whole (文远知行); venture arms; cited Chinese sources;
# German deputy titles (issue 15)
# 35: Chinese names with their kind (顺丰|控股), two-character short names the model tags, short names of the
# alias table's companies, time words after names; more companies in the alias table; roles of a shared name
# alone (issue 15)
# 36: foundings a description's guess and the founder's post disagree on; appositions of unknown names; long
# titles of results published (issues 14, 15)
# 37: a Chinese clause after a comma in which someone takes a post is a second happening (issue 14)
# 38: a full stop after a described name; Wolfspeed and ZF in the alias table (issues 14, 15)
# 39: offices and prices no money, "the year before", full names outvoting surnames, institutions no firm,
# parts' figures, more German triggers and descriptors, ASE, SPIL, XtalPi, Redmi (issues 14, 15)
# 40: investigators, announcements' days, companies absorbed, ranks, Chinese posts taken over and products first
# shown, counts after names, German plurals such as "Firmen", a full name a title or "who" follows a person's
# (issues 14, 15)
# 41: Chinese datelines with their year, companies after a Chinese descriptor and short by a character, shares
# and verbs cut from Chinese names, a bare name beside two legal entities, common words a model tags a company,
# pronouns before lists, paragraph-opening descriptions, deputy chief executives, totals of rounds (issue 15)
# 42: URLs dated /YYYY/MMDD/, "the maker of" appositions, German nouns before a known company, roles "of both",
# foundings after a preposition's object, share prices, segment revenue, renminbi pages, pronouns after two
# companies, places at a company, Chinese results a report shows (issues 14, 15)
# 43: insolvencies, arrests, German spin-offs, Chinese posts given up, rotating chairs, memoranda (issue 14)
# 44: Chinese posts given and resigned (委任, 辞任), first days on a German exchange, dates a report is due on,
# talks walked away from, deals looked at (issue 14)
# 45: a review's fixes (pronouns after two companies, 晶圆厂商, Hong Kong renminbi pages, arrests, insolvencies
# averted, results to come, glued characters, named rounds, posts elected to, spin-offs ruled out, bodies in 会,
# A-share names in 股份, "of all", goals, developers, deputies inflected); verbs before their subjects in German,
# money announced, 斥资入股, founders after a founding, places companies are based in (issues 14, 15)
# 46: a company parting with a manager, promotions into an index, German mergers (Zusammenschluss) (issue 14)
# 47: a second review's fixes (dates due, figures after investments, German value lost, 斥资 investors, goals,
# insolvency and spin-off conditions, places of a company's offices, counted rounds, totals over years, shares,
# 学会, Hong Kong stock codes, results, walking away with, 委任 and 转为正式, "of all of"); banks serving a
# listing take no post; Chinese captions opened by 图 (issues 14, 15)
# 48: the twentieth set's fixes: a former employer is no "its", a deal after a valuation's cue and an offer's
# demonstrative value no company, founders listed past appositions and "with", a founding participle opening a
# description, a paragraph opening with another company, Chinese executive directors, finance directors and
# co-presidents, a company's second word as its short name, a bare word opening a company named before
# 49: a story years back told in order keeps its year ("同年6月，…。6月29日，…。7月，…")
# 50: a founding and results in one sentence, a leaving "after" a founding, a post held "until" a date ended then,
# Taiwanese captions that describe a picture before its credit
# 51: a review's fixes to 48-50: a former employer only in a "former" apposition and only where another fits, an
# offer for a company before a demonstrative's valuation, founders "with" ending at a clause, non-executive
# directors and assistants, a paragraph opening with a list, demonyms, stories whose steps open their sentences
# 52: clearances (Freigabe, green light), bans and their lifting (禁令), abzukaufen, 当选新一届董事长 as a second
# happening, "the next day" not counted from a period's end
# 53: "had been worth", IPO proceeds told with ", raising $…", a company left as background
# 54: a second review's fixes: "after"/"before" with a date of its own, posts held until a term's end, reports
# "that", offers for shares, founders "with" before a place, paragraph openings, former employers, 非执行董事长,
# spans "since" a date in a story, closing prices "vom"; German descriptions "Der Münchner Konzern"
# 55: a revenue's change read past the period it is for
# 56: Red Hat in the alias table; a company's second word as its short name only after a known company or in a
# compound (not "Rometty" of a "Ginni Rometty" the model took for a company)
# 57: triggers for a post handed on, a successor, a stake bought, a vote, a forecast changed, an application
# withdrawn, a sale approved; a company out of a merger is bought, not founded
# 58: Daimler Truck in the alias table; Co-Chef(in) a co-CEO; a person's name the model cut short where the
# text reads the longer name it tags elsewhere
# 59: an exchange a list of venues goes on with is a venue too ("在港交所和上交所同步发布")
# 60: where money came from ("took $100 million from X") is in the background; a regulator or a court is never
# what "the company" stands for
# 61: a Chinese description with the line of business ("这家短视频公司"); a name a photo's source follows
# ("…资料图片") is no party; a line of business's revenue ("网络广告收入") is no company's
# 62: the money a listing raised is a round of the company that listed ("The IPO raised", "Der Börsengang
# brachte … ein", "此次全球发售共募集资金")
# 63: a first day in a post ("started work as … chief executive"); an organisation in a person's title apposition
# takes no part; a review's misfires mended (a handover needs a receiver, a successor a person, a vote a body
# that votes, 改任 a post, a sale approved the deal told before, a name a person of its own does not grow)
# 64: a unit taken public by its parent ("an die Börse gebracht"); "hervorgegangen" founds
# 65: "the all-stock deal", "the $34 billion takeover": a deal told before
# 66: a weekday written with a day and month says which year ("on Sunday, Oct. 28" in July 2019: 2018)
# 67: who leads a board is its chairman ("Den Aufsichtsrat von Daimler Truck führt … Joe Kaeser")
# 68: a period's figure in the date's clause is the period's result (zh); listings, approvals, debt, subsidiaries
# 69: headlines: an authority is never the one acted on; a successor, not the one replaced, is appointed
# 70: headlines: a price or a round is told by the verb of its clause; leading a round; German "zu" infinitives;
#     sales told from the seller's side; 被 passives; a party whose shareholders approve is acted on
# 71: headlines: a named authority acts, none is guessed; a post handed over, its predecessor, successor and
#     bystanders; where one leaving went
# 72: headlines: a business bought is no company bought; the one sold from; failed deals; a new company's origin;
#     joint ventures and their partners
# 73: headlines: a German accusative, one's own unit, a party after "für" or after an article and its
#     description is an object
# 74: bids made, raised or cut; the lead taken ("übernahm … die Führung"); an authority's assent; an owner told as
#     another's (a parent, a name after the verb); a reporter's agency is a credit
# 75: stakes got for the money ("并获得其约36.5%的股份"), bought with 获得, held "an X … der Anteile"
# 76: a company named with a legal form the alias table does not know goes by the table's name ("Microsoft Corp");
#     a take-private is an acquisition
# 77: holidays of a fixed day ("New Year's Day", "Heiligabend", 元旦) are dates
# 78: "succeeded … as Microsoft's chief executive"; one's own "Rückzug"; "der Zusammenschluss" refers back
# 79: a heading opens a section about the lead; "its" in a list of posts; a Chinese name's Latin gloss is a person;
#     MGM in the alias table
# 80: an organisation that "hatte … gegründet" founded; "which it bought"; Polestar, Mentor Graphics, Delivery Hero
#     and others in the alias table
# 81: a credit's person without the agency; a heading's question word; "Parag Agrawal, Twitter's chief
#     executive" a person; a titled full name a person wherever its surname stands
# 82: a listing applied for or examined is no listing; an exchange never lists; a person is no headline's subject;
#     no publisher stands for a description; a clause of time before the main one; "reporting to" takes no post
# 83: a phrase of several words before the single word it opens with ("raised its bid"); results conferences,
#     research firms' figures and a share index type nothing
# 84: a memorandum or framework agreement signed is a partnership; one steps down at an organisation, the one
#     who retired before others took the posts is not appointed
# 85: a spin-off's subject is the company named first or a passive's agent, not the unit; an authority named in
#     English in German text ("Korea Fair Trade Commission genehmigte") approves
# 86: a loss reported is a result, buybacks no share move, a post given up a step down, guided revenue no result;
#     "reports results"; a market value's change told as one
# 87: a Chinese dateline's agency after a bracketed byline is no entity
# 88: a spin-off's subject is never only implied
# 89: who launched is the subject before the verb; a share split, rules revised, filings to list; money lent
#     is no investment; a copyright line's publisher is no party
# 90: the twenty-sixth set's names (戴姆勒, 国巨, 李书福 …), stakes held "damals" or alone, trading begun, reviews
# 91: the twenty-seventh set's names (Facebook is Meta, HTC, Zalando …), round investors, largest holders, roles
#     at the document's company, market debuts, filings to list, "the deal" far back, lone days, headline bystanders
# 92: the twenty-eighth set's names (iQiyi, Tencent Music, Dianping, Skype …), stakes paid for or got in return,
#     second titles, role phrases, shared surnames, listings called off, participles that describe, peoples' words
# 94: the twenty-ninth set's names (Bayer, Monsanto, Ping An …), compounds headed by "KI", rounds fetched, posts joined
#     and led by, groups of investors, exchanges and unions, debt sold, deal prices, a sole owner, rule reforms
# 95: the thirtieth set's names (Huya, DouYu, Sharp …), the yen as Taiwan writes it, shares bought from a holder,
#     deals an authority prohibits, foundings "创业", a surname that is a place, "then" dates, deals called off,
#     funds' and objects' descriptions, listings "登陆", offers raised, buybacks told as a verb
# 96: the thirty-first set's names (Snap, Sun Art Retail, Taiwan Mobile, NCC …), a day beside the byline, whole
#     purchases "全资收购", the revenue a change started from, shares after the money, brands a company owns, an
#     apposition in a list of investors, permits granted and withdrawn, posts given up, results presented,
#     contracts signed, a German takeover's steps, offerings priced against the range, what follows a merger,
#     headlines not of the names "by" opens
# 97: shares after a percentage and a name (no part of the name), stakes sold, held after a description, bought whole
#     as "it"; shares bought after an agreement; German "Billion" a trillion; founders a plural lists; "to become";
#     Chinese verbs of hiring, a place's post, a Latin name before a Chinese title, no holder across a semicolon or
#     before the agent marker's own; "上一任", "社长"; a pronoun's founding that tells nothing is none; a yearless
#     dateline whose lead names the day before; "im Jahr darauf"; no date inside a known name; captions by a closing
#     credit, intentions, a period's end after its date, questions; authorities clearing the way, bids, write-downs,
#     stepping aside, 就任/上任; not a stake spun off, "ruled out", a press release, an investment plan
# 98: the thirty-third set's names (Oculus VR, Nest Labs, Kuaidi Dache …), a gapped holder after a comma, "die
#     Holding", founders past an aside and in relative clauses, a Chinese comma parting clauses, a date opening a
#     founding's sentence, a second period's revenue, money taken in in a round, a verb of naming before the holder,
#     an adverb before "setzte … um"; detentions, executive orders and licences, a listing's proceeds, a dateline of
#     a place with a full date, a statement's or a paper's report's day marking nothing, "That August", "that same
#     month", a longer German middle field, a post taken back, Hong Kong papers' falls, a letter published
# 99: the thirty-fourth set's names (Accel Partners, Concur, Sogou, Jidu Auto …), a past employer in a person's
#     relative clause, a price range per share, the amount after a revenue cue, a description where money went,
#     ", the PayPal co-founder," as an aside, German "der" after a founder, a date opening a founding's clause,
#     Chinese 入股, 换取, 估算, a joint venture's owners; a Chinese yearless dateline never before a later day told and
#     its copyright's year, 将 as an object's marker, "the following September"; a debut on an exchange, "forced
#     out", ads bought, fines and disputes settled in German, partnerships formed, injunctions, 约谈, 并入
# 100: the thirty-fifth set's names (Beats, Dr. Dre, HKEX …), a common word tagged a company once inside a sentence
#     found again (and its possessive), of two organisations named as often the headline's, "the Carlyle Group" a
#     name, a nationality no party, a stake bought for a price, a buyback raised, "started X in 2006", German "stieg
#     … ein", "sagte … zu", "das schwedische Unternehmen", a department's head, Chinese shareholders, a breakdown
#     after 其中, a guarded company before its brand; a venue no clause's subject, a service started, an
#     anniversary, a yearly day; a company run in a post, lists of posts, offices of state; an agreement announced
#     that points back to a purchase, a startup out of stealth, a listing's registration let through
# 101: the thirty-sixth set's names (Intime Retail, PPTV, 賈伯斯 …), Chinese stakes and buy-ins without a verb of
#     spending, new shares for a share of the enlarged capital, a business tagged a place, German foundings told
#     with the founders last, "ging … an die Börse und nahm … ein", "Prozent der Tesla-Aktien", "wäre … bewertet",
#     an investment named again without an amount, founders a plural names, a post in the clause after another's
#     or in its holder's founding's sentence, "an der Spitze", two given names and their surname, a weekday no
#     first name; "last Tuesday" on a Wednesday, "that night", "the following Monday", a yearless Chinese
#     dateline's copyright year and its byline; settlements, anniversaries, 买入, board listings
# 102: the thirty-seventh set's names (NCR; "HP" where "Hewlett-Packard Co." names it; 程维 of "程维则"), executive
#     chairmen, co-CEOs who take the lead together, "named Hurd a co-president", "from NCR, where he was chief
#     executive", joining a company after a clause of one's past ("柳青曾任…，于2014年7月加盟滴滴，出任…"); a post at
#     the document's company a description gives; "der Dienst", Biz Stone, stakes of the company a document is about,
#     "苹果10亿美元投资滴滴出行", revenue "下跌…至", no founding of a 事业部; German and English departures,
#     arrivals, deals completed, launches "an den Start", calls not returned; Chinese talks, rumours and negations;
#     a weekday glossing the day before it ("on Aug. 6, a Friday") is no day of its own; German sales told as parting
#     with a holding or a business; the post a successor took over is the predecessor's former one; a role after
#     "handed the job to X … and became" is the giver's
# 103: the thirty-eighth set's names (a publisher in a source line or a byline, "和硕士" no Pegatron, "陆奇正式", a
#     Chinese person the model tagged twice found where it missed them); posts at the organisation joined when the
#     post names it again or its kind ("加盟百度，出任百度集团总裁"), 董事会副董事长, 全球执行副总裁, "前微软…" as
#     former, successors before names glossed in brackets; a first name before a guarded form ("Andy Rubin"), another
#     company's revenue with its verb left out, "Der 1976 gegründete Konzern", a yearless Chinese dateline whose
#     lead recalls an anniversary, an exit that "followed" before an appointment
# 104: the thirty-ninth set's names (a short name a bracket defines, "网龙网络有限公司（下称“网龙”）"; a Chinese
#     company's short name after its legal form); what investors valued is not one a sentence before told putting
#     money in, nor a firm named after "from the investment firms"; one founding per organisation; German posts
#     handed on and taken on, successors named, labs set up together; Chinese stakes taken in exchange, bought back,
#     bid for (向 past a describing clause), first issues; revenue in the German perfect and "Yahoo's own revenue";
#     the fortieth set's: no Chinese holder after a post and a comma, a post at the company one "has run" past an
#     apposition, what was founded after a word for its kind, a unit named for its field founds nothing, shares'
#     worth at market value is no valuation, "所持…股权将由约17%", German stakes bought in, write-downs, record
#     revenue, a forecast of revenue none, a fiscal year's end in a relative clause, conditions (如果), "leaving …
#     stuck", "from its founding", posts in a German relative clause and "bei Apple als", a company valued "bei dem
#     Geschäft", Chinese weekdays no names
# 105: the forty-first set's: a surname two people share is the one named in full by then; a Chinese launch of what
#     a company made ("发布华为自主研发的操作系统") founds nothing; "stepping down", "gestartet", "施行" (not
#     "施行以来"); managing directors (董事总经理), joining by "转投", posts held now (现任); a founding's year in
#     the next clause ("成立于2009年"); stakes told after money put in ("持股比例将由约47%"); a revenue's fall after
#     its owner's possessive; companies and products of the set in the alias table; the forty-second set's: a common
#     word a document names a company before a company's verb ("Stripe raised"), a word with a capital inside
#     ("BlackBerry"), who took part got no money, a round's subject valued by "the payments company", publishers
#     told of as companies, founders' shared company, suits "des X gegen Y", German subjunctive talks, "Reports in
#     January", Chinese stakes per holder, 会长, 副行长, 筹资, 韩元, a business's revenue; "put … in charge of",
#     "gave … the job"
# 106: the forty-third set's: a share of the votes or a ceiling is no stake ("25%的投票权", "最多50.1%"), nor the
#     seller's ("从Expedia手中收购"); "a stake of about 5% in", "received … in a round", "于2019年设立", three words
#     before a listed investor, a founder's aside before "hatte" and "mit" before a verb at the clause's end,
#     联席总裁, a former post (原); a model's person joining two names ("Cash App and Square") is no one; criminal
#     proceedings as legal events; the forty-fourth set's: what a Chinese attributive founding stands before
#     ("他2010年创办的团购网站美团网"), a Chinese modifier noun after a company ("台塑集团旗下"), 将于/即将 schedules,
#     "DRAM厂" no name, "陈大同等人", a regulator by its initials no company, "创办了面向大学生的校内网"; captions
#     closed by "Photograph:" or holding a position in brackets ("（中）"); a German schedule's verb at a long
#     clause's end; an authority that examined or ordered; Chinese clause patterns that stop at a folded comma; a
#     German model's place run on into common nouns ("Delaware Gläubigerschutz")
# 107: the forty-fifth set's: a platform something came out on is no party ("launched on Facebook"); net revenue,
#     and revenue past the period it is for ("for the fiscal year that ended in March 2021 was"), 去年同期; lists of
#     round leads (由高瓴、小米和美团领投, "in einer von X und Y angeführten Finanzierungsrunde", "die Finanzierung"),
#     为投资方之一, the largest shareholder named first (是…最大的外部股东，持股约17.5%); "Der Berliner
#     Streamingdienst"; who valued a company between the verb and it; a description before the company a share is
#     of; "wird" with a post; CIO, CSO, CMO, chief product and strategy officers; an apposition's list joiner ("David
#     Webb, and chief security officer"); layoffs no departure, a name taken no founding, licences agreed, laws
#     passed, a listing reform put in force, Hong Kong's open and close, talks broken off; 今年首季; the forty-sixth
#     set's: a former employer in the background ("a former Airbnb engineer"), a pronoun after a sentence a
#     description opened, an exchange after "on", "Its chief executive" no lead company's after a sentence of two,
#     each Chinese founding's own founders (赶集网则由杨浩涌…创立), investors counted after their list (等五家机构),
#     "am Mobilfunker Verizon Wireless"; posts a legislature confirms, registration statements and offering documents
#     filed, "sein Amt … nieder", a paper's section after its date (財經版), captions an agency sent (…社发）); the
#     forty-seventh set's: a legal form English news drops (Inc, Corp, Ltd, LLC, plc), "led by Japan's Rakuten",
#     "from backers that included", "it" after a sentence of money put into its subject, German "erhielt … von" with
#     the verb first, "legte … um … zu", yen, 获 before an investor, 股权价值, a share got for a business sold or
#     for an amount, generic words of deals (新公司); a simple past before a day ("launched on April 6"); a section
#     before a masthead's date ("財經　2021年12月3日"); prospectuses filed or published, "filed confidentially"; the
#     forty-eighth set's: money lent through convertible notes, a floor (不少于50%) no stake, "neu eingestiegen ist",
#     "Das Geld stammt … von … wie"; a masthead's section and page after its date ("財經　B3"); companies formed by
#     a merger (合并组建, 整合而成), an offer price set (确定了发行价)
# 108: a name glossed in brackets by another form of it is one party (软银愿景基金二期（SoftBank Vision Fund
#     2）领投); investors that join a round as what they are (作为新投资者参与了本轮融资) or follow its lead
#     (等现有股东也继续跟投), 领投其; "of its shares"; a short Chinese name the model took for an organisation,
#     listed between people, is a person; the forty-ninth set's: a point after a digit inside a name ("C3.ai") ends
#     no sentence, a co-founder a possessive describes ("mit seiner damaligen Frau"), Vorstandssprecher, no post at
#     a genitive's organisation a clause before names ("die Warnung des BSI …, sagte"), 总收益, an angel's
#     investment with its owner first (获…旗下…的天使投资), shares of people listed with their posts (分别持股); the
#     fiftieth set's: a round its lead is glued to ("SoftBank-led round"), investors joining as what they are or
#     putting in more, "started the company in", decimals inside a change ("rose 1.9% to"), Swedish kronor; the
#     fifty-first set's: "was set up in", a page's numeric date read day first after a day-first time zone ("Posted
#     03/05/2018 06:40 BST"), "erworben" a purchase, a share changing hands no job change
# 109: a post "the company's" owns is at the organisation the sentence before went on with through a pronoun or a
#     post alone, or, among several the sentence before named, at the one the document is about; "its" after "the
#     company's" in one sentence, or naming one the sentence names too, is no guess on a guess; the fifty-second
#     set's: "beteiligte sich X an einer Finanzierungsrunde" (X's round no more), "bis dahin" a total, 公司债 debt,
#     the one a founding split from (自華邦電分割成立), an agent a German noun describes ("vom US-Finanzinvestor
#     TCV angeführten"), "Börsengang" no exchange, the leader in "in einer vom Investor X angeführten Runde" in the
#     background, "close to" an amount, "X's last private valuation", "tripled … from", a bare 公司 after a comma as
#     the text is read (full-width signs folded to ASCII); events: 入主, 取得…多数股权, 转让给 a sale, 出资…收购 the
#     purchase, "gave up … job", staff laid off no departure, a plan's verb right after its date ("Im Sommer
#     wollte"), "did not comment", revenue consolidated (合并…营收) no merger, Kaufvertrag, "Angebot vorgelegt", a
#     span from a part of a month (12月初以来), a count on a day ("counted 22.5 million accounts"); facts: a share
#     held (所持) though its sale is planned, a share alone within its part of the sentence, the people a sentence
#     opens with sharing "and founded", 各持 each; the fifty-third set's: a post taken over by one who "joined X"
#     (a relative clause) is X's, founding companies each with its article ("von der Auergesellschaft, … und der
#     AEG gegründet"), the revenue of the year compared with (较上一年的6.71亿元增长), a Chinese subject after a clause
#     modifying it (…任职的黃子欣，於1976年…創立); dates: a month and day within a sentence after a date that went
#     on from one told before keep that story's year (同月14日…11月24日), a future in another clause after a comma
#     does not move a day told with a verb in the past ("agreed on Monday to buy …, betting that … will grow"), a
#     weekday with an article before its date ("Am Montag, dem 7. November"), a German date put first with its
#     verb in the past after it, a Chinese sentence opening with a day and telling a saying is past (5月13日，…宣布),
#     "every Tuesday and Friday" one set; events: 拘捕, a paper's own inquiry (本报…查询) no happening
# 110: a second happening joined to the first keeps the first's date where that date stands in the first clause
#     ("resigned on Wednesday and handed the job to Tim Cook"); ", handing the post to" joins one; 取得…控股权 an
#     acquisition; 投资机构 (an investment firm) no investment; the fifty-fourth set's: an organisation named only in
#     a relative clause of a thing ("die Schulden, die aus der Zeit unter Permira stammen") keeps no bare post from
#     the document's company, a bare 董事 a director, 亦是…的投资者, a holder in a genitive after a noun ("der
#     Konzern des Milliardärs Carlos Slim hielt") holds nothing, "on course for", a valuation "pitched", "erreichen
#     könne" at a clause's end, Nettoumsatz/Jahresumsatz/Nettoerlöse, 该轮投资 points back, 向/对 after any character
#     makes the one after it what money went to (no lead), 估值或达 an amount that may be; the fifty-fifth set's: an
#     exchange raises no round and is valued at nothing, a masthead's section with its page before the date
#     (經濟｜B2版　2016年5月12日), names added to a list (加入…清单) join no one; the fifty-sixth set's: a founder
#     given by a post and then by name in commas ("Its chairman, Charles Dunstone, co-founded"), no founded company
#     for a post "its" gives, "was already an investor in", a masthead's page before its section ("A14　｜　財經"),
#     "sold it to" a buyer, "took up the post"; a rejection ("rejected", "lehnte … ab", 拒绝) a happening
# 111: the fifty-seventh set's: several investors for a total (获得A、B和C共8000万美元投资) each an investment
#     and the total the round, 获…投资 with no 的, 这次募资 in a listing's story, a founder's or chief's
#     employer not the one a founding put first founds, a description after a comparison ("älter als SAP",
#     "older than", 比) stands for the subject, "euros" a currency in English, bare shares of the company the
#     sentence before is about ("holds 10.2%, while … has 9.3% and Baillie Gifford 4.9%"), "the company" after
#     them that company, not a holder; the fifty-eighth set's: "set up X in 2017", "had already taken money
#     from", "the $2.65 billion valuation Plaid reached", a second "von" after a noun no founder ("von früheren
#     Managern von Rocket Internet"), "X hatte <person> gegründet", a holder's relative clause "der … 13,8 Prozent
#     an X hielt", "von einer Investorengruppe um" (the round's sum), "beteiligen sich", "ziehen mit", "Dessen
#     Chef" no post at the company after it, 罪名成立 no founding, 上限/最多 a ceiling, "于2008年入股", one
#     investment told twice in a sentence once; the fifty-ninth set's: "is to become" a post to come, "of which
#     PayPal contributed", "is an 8% shareholder in", 集资净额
#     and 是次 in a listing's story, a masthead's page and section after a space ("A14　公司新聞"); the sixtieth
#     set's: a pronoun after "behind" no founded company, a section in lenticular brackets before a date
#     (【財經】2024年1月5日); Fusionsvertrag a merger, "Offerte … Aktie" and "Gebot … für überlegen" a bid;
#     全球和解, 无罪答辩, 进入庭审, 出庭作证, 发行价订为, 上市申报文件
# 112: German frühere/einstige/vormalige a former post, designierte/künftige, English next/incoming/outgoing
#     qualifiers of a post; a takeover offer's own steps (Angebotsunterlage, Mindestannahmeschwelle, Bieterkampf
#     um … durch), "erschien" a launch, "legte … Börsenprospekt offen", "an die US-Technologiebörse"; "sell the
#     chip designer Arm Ltd to", "pay … for the business", "took the … job", "took over at"; the sixty-first set's:
#     no founder after a preposition ("a former aide to"), "The San Mateo, California, company", "$427 million
#     offering", a stake bought in the passive, German "hält nach dem Börsengang noch", "mit … am X beteiligt",
#     "erhielt … Prozent an", "Die übrigen 48 Prozent" of the company the sentence before told stakes in,
#     „X“-Entwickler, "Das Angebot von … Aktien brachte … ein", 募资 opening a line, 天使轮投资,
#     新增…为股东, no 管委会 for "the company", Kreativchef/Generaldirektor/chief creative officer;
#     flotation, "made its filing … public", Geldspritze, "Mitte der … Spanne", no launch of a video posted; the
#     sixty-second set's: a name of several words in a German compound ("United-Internet-Gründer"), 其 before a
#     post, "set up X in April" with "three co-founders:", "from Nvidia's NVentures", 从美国X分拆成立, 股东中包括,
#     "gehörten A x Prozent und B y Prozent der Anteile", "dessen Paket von", "sollen … kommen" a forecast, general
#     partners; "Preis … je Aktie erhöht" a bid, no launch of a critique, "handed … job to", 型号合格证, 请求宣告, 停牌;
#     the sixty-third set's: "a range of $52 to $54" no round, 通过旗下公司持股 and 的持股比例 of the company the
#     sentence before told stakes in, "公司于2003年在深圳成立" a founding's year, 最早一批投资者,
#     "Der Londoner Anbieter", "x Prozent an A an B verkauft" B's share; "bought into the company", "floated on the",
#     no launch of a plan, 境外上市备案
PIPELINE_REVISION = "112"
_LEAD = re.compile(r"^(?:\s|[-*•>#]+\s)*")
_LEXICON_FILES = ("data/lexicon/de_nouns.txt.gz", "data/lexicon/en_words.txt.gz", "data/places/countries.json",
                  "data/places/places.json")
# A "sentence" longer than this (a page of Chinese without punctuation is one per block
# of 20,000 characters) is cut after a comma or a space near the limit: every event and
# fact quotes its sentence, and looks for its parts within it.
MAX_SENTENCE_CHARS = 1000
# A point with no space between two digits or two Latin letters: a decimal point ("Llama 3.1") or the point
# inside a name ("Character.AI", "Node.js"), never a sentence end.
_INNER_POINT = re.compile(r"\d\.\d|[A-Za-z\d]\.[A-Za-z]")
_SOFT_BREAK = re.compile(r"[，、；：,;:\s]")
# A digit and a point right before a sentence that starts with a digit: a decimal point.
_DECIMAL_CUT = re.compile(r"\d\.$")
ZONE_BATCHES = 8  # analysis batches (of up to 64 documents) a spaCy memory zone stays open

Report = Callable[[str], None]
_READ = object()


def pipeline_version(settings: Settings, *, user_aliases: Any = _READ) -> str:
    """A fingerprint of everything that decides an extraction besides the content.

    ``user_aliases``: the text of the user's alias file when it is known already (a
    Dask worker gets it from the client, as its own disk may not have the file)."""
    if user_aliases is _READ:
        user_aliases = user_alias_text(settings)
    parts = {
        "ainews": __version__,
        "revision": PIPELINE_REVISION,
        "aliases": resources.files("ainews_cli").joinpath("data/aliases.json").read_text("utf-8"),
        "user_aliases": user_aliases,
        "triggers": resources.files("ainews_cli").joinpath("data/triggers.toml").read_text("utf-8"),
        # The word lists and the gazetteer of the entity evidence step, by their checksums.
        "lexicon": {name: hashlib.sha256(resources.files("ainews_cli").joinpath(name).read_bytes()).hexdigest()
                    for name in _LEXICON_FILES},
        "languages": {lang: languages.text(lang) for lang in languages.LANGUAGES},
        "pipelines": [(p.name, p.version) for p in installed_pipelines()],
        # A retrained packaged model has a new checksum, so its extractions are redone.
        "packaged_models": [(m.lang, m.version, m.checksum) for m in packaged_models()],
        "models": sorted(settings.models.items()),
    }
    return hashlib.sha256(dumps_ascii_sorted(parts).encode()).hexdigest()[:16]


def user_alias_text(settings: Settings) -> str | None:
    return settings.aliases.read_text("utf-8") if settings.aliases and settings.aliases.exists() else None


def missing_pipeline_notice(lang: str) -> str:
    """The one notice for a language with no spaCy pipeline installed or packaged."""
    return (f"notice: no spaCy pipeline for {lang!r} is installed or packaged with this ainews, so entities in "
            f"{lang!r} text come from the alias table only; {pipeline_advice(lang)}")


def _is_headline(text: str) -> bool:
    """A heading in title case ("The Future of the Partnership"): small NER models tag
    such lines as names, so only the alias table reads them."""
    if text.lstrip().startswith("#"):
        return True
    if "\n" in text.strip() or text.rstrip()[-1:] in ".!?:;\"”" or len(text.split()) > 14:
        return False
    if any(stop in text for stop in "。！？；，"):
        return False  # a Chinese sentence, its few Latin names capitalised as names always are
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) >= 4]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


@dataclass(frozen=True)
class _Prepared:
    """A document ready for the NLP stage: its analysable text, language, spans and blocks."""

    document: Document
    text: str
    lang: str
    spans: list[Span]
    blocks: list[Block]
    script: str | None  # of its Chinese text: Hans or Hant (None without Chinese text)


@dataclass
class _Found:
    """What the spaCy pipelines found in one document's blocks."""

    ner: list[RawMention]
    sentences: list[Sentence]
    models: dict[str, str | None]


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence as it is, or a run-on one in pieces of at most MAX_SENTENCE_CHARS."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        breaks = [m.end() for m in _SOFT_BREAK.finditer(text, start + MAX_SENTENCE_CHARS // 2,
                                                          start + MAX_SENTENCE_CHARS)]
        cut = breaks[-1] if breaks else start + MAX_SENTENCE_CHARS
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        pieces.append((start, piece_end))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces


def _sentences(doc: Any, text: str, offset: int, lang: str, body: str) -> list[Sentence]:
    """The sentences spaCy marked in the Doc of ``text`` (a block starting at ``offset``
    in ``body``), as ``doc.sents`` gives them but read from the tokens' arrays, without
    a Python object per token or sentence; a sentence starts after list bullets, quote
    marks and heading hashes, and a run-on one is cut (``_bounded``)."""
    import numpy
    from spacy.attrs import IDX, LENGTH, SENT_START

    tokens = doc.to_array([IDX, LENGTH, SENT_START])
    if not len(tokens):
        return []
    starts = tokens[:, 2] == 1
    starts[0] = True  # as doc.sents: the first sentence starts at the first token, marked or not
    firsts = starts.nonzero()[0]
    # A point between two digits or two letters is no sentence end: the Chinese sentencizer cuts
    # "Llama 3.1" after "3.", the English one "Character.AI" after "Character.".
    joined = [i for i, begin in zip(firsts[1:].tolist(), tokens[firsts[1:], 0].tolist(), strict=True)
              if begin >= 2 and _INNER_POINT.match(text, begin - 2)]
    if joined:
        starts[joined] = False
        firsts = starts.nonzero()[0]
    lasts = numpy.append(firsts[1:], len(tokens)) - 1
    return _kept_sentences(tokens[firsts, 0].tolist(), (tokens[lasts, 0] + tokens[lasts, 1]).tolist(), text, offset,
                           lang, body)


def _sentences_at(starts: Sequence[int], text: str, offset: int, lang: str, body: str) -> list[Sentence]:
    """``_sentences`` of a block whose sentences start at ``starts`` (the first
    token of each, as ``lac.reader`` gives them, without a Doc).  Each ends where the
    next starts: what lies between the end of its last token and the next is that
    token's own space at most, which is stripped, and a point inside a number or a
    name is never followed by one."""
    kept = [start for index, start in enumerate(starts)
            if index == 0 or not (start >= 2 and _INNER_POINT.match(text, start - 2))]
    return _kept_sentences(kept, [*kept[1:], len(text)], text, offset, lang, body)


# Where a sentence ends without a model to tell: a full stop, question or exclamation mark and
# a space (closing quotes between), a Chinese or Japanese one, a line break; not the full stop
# of an initial or a short title ("U.S.", "Mr.", "Inc.").
_SENTENCE_END = re.compile(r"(?<!\b[A-Za-z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})"
                           r"(?:[.!?…]+[\"'”’)\]]*\s+)|[。！？]+[”’」』）]*\s*|\n\s*")


def _punctuation_starts(text: str) -> list[int]:
    """Where the sentences of ``text`` start, told by its punctuation alone (``_SENTENCE_END``)."""
    return [0, *(end.end() for end in _SENTENCE_END.finditer(text) if 0 < end.end() < len(text))]


def _kept_sentences(begins: Sequence[int], ends: Sequence[int], text: str, offset: int, lang: str,
                    body: str) -> list[Sentence]:
    found: list[Sentence] = []
    spans: list[tuple[int, int]] = []
    for begin, end in zip(begins, ends, strict=True):
        # A decimal point is no sentence end: "27.5亿美元", "重挫9.5%" (the Chinese pipeline cuts there).
        if spans and spans[-1][1] == begin and text[begin: begin + 1].isdigit() \
                and _DECIMAL_CUT.match(text, max(0, begin - 2), begin):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((begin, end))
    for begin, end in spans:
        sentence = text[begin:end]
        stripped = _LEAD.sub("", sentence)
        kept = stripped.rstrip()
        if kept:
            start = offset + begin + len(sentence) - len(stripped)
            for piece in _without_dateline(body, start, start + len(kept)):
                found.extend(Sentence(s, e, lang) for s, e in _bounded(body, *piece))
    return found


def _without_dateline(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph's first sentence, its wire dateline ("REDMOND, Wash., April 12, 2021 —",
    "（中央社记者王心怡台北18日电）") a sentence of its own: the dateline tells no happening,
    and what follows it is the story's first sentence."""
    from ainews_cli.dates import dateline_end

    cut = min(dateline_end(body, start), end)
    rest = cut
    while rest < end and body[rest].isspace():
        rest += 1
    line_end = cut
    while line_end > start and body[line_end - 1].isspace():
        line_end -= 1
    if cut == start or rest >= end or line_end == start:
        return [(start, end)]
    return [(start, line_end), (rest, end)]


def _outside_names(dates: list[TimeExpression], entities: Sequence[EntityMention]) -> list[TimeExpression]:
    """The dates but those whose words lie inside a longer name: 今日 ("today") of 今日头条 (Toutiao)."""
    spans = sorted((e.start, e.end) for e in entities)
    starts = [start for start, _ in spans]

    def inside(date: TimeExpression) -> bool:
        at = bisect_right(starts, date.start) - 1
        return at >= 0 and date.end <= spans[at][1] and spans[at][1] - spans[at][0] > date.end - date.start

    return [d for d in dates if not inside(d)]


def _sorts_by_length(nlp: Any) -> bool:
    from ainews_cli.lac import LacNer

    return any(isinstance(component, LacNer) for _, component in nlp.pipeline)


def _headlines_only(model: str | None, lang: str, texts: Sequence[str]) -> bool:
    """Whether every block is a headline, whose entities only the alias table reads: the
    model's tokenizer and the sentence splitting would give all that is read."""
    return model is not None and lang not in han.FOLDED and all(_is_headline(text) for text in texts)


def _model_text(item: _Prepared, block: Block) -> str:
    text = item.text[block.start: block.end]
    return han.simplified(text) if block.lang == "zh" and item.script == "Hant" else text


class Analyser:
    """Runs the NLP stages over batches of documents; pipelines are loaded once."""

    def __init__(self, settings: Settings, report: Report, *, aliases: AliasTable | None = None) -> None:
        self.settings = settings
        self.report = report
        self._noticed: set[str] = set()
        self._aliases = aliases  # the alias table, loaded on first use unless given
        self._zones: dict[int, tuple[contextlib.ExitStack, int]] = {}  # by pipeline: its open zone, batches in it

    def analyse(self, documents: Sequence[Document]) -> list[Extraction]:
        from ainews_cli.entities import alias_mentions, load_alias_table

        if self._aliases is None:
            self._aliases = load_alias_table(self.settings.aliases)
        table = self._aliases
        prepared = [self._prepare(document) for document in documents]
        results = []
        for item, found in zip(prepared, self._run_nlp(prepared), strict=True):
            aliases = [m for block in item.blocks
                       for m in alias_mentions(item.text, block.start, block.end, table, block.lang)]
            results.append(self._extract(item, found, aliases, table))
        return results

    def warm(self, documents: Sequence[Document]) -> None:
        """Load what analysing ``documents`` needs, without analysing them: the analysis
        stages' modules, the alias table and each pipeline ``_run_nlp`` would load for
        their blocks.  A process that forks workers loads it once for all of them."""
        from ainews_cli import dates, events, facts, lac  # noqa: F401  what analyse and _extract import
        from ainews_cli.dates import reanchor  # noqa: F401
        from ainews_cli.entities import load_alias_table, load_pipeline

        if self._aliases is None:
            self._aliases = load_alias_table(self.settings.aliases)
        texts: dict[str, list[str]] = defaultdict(list)
        for item in map(self._prepare, documents):
            for block in item.blocks:
                texts[block.lang].append(_model_text(item, block))
        for lang in sorted(texts):
            model = choose_pipeline(lang, self.settings)
            if model is not None and not _headlines_only(model, lang, texts[lang]):
                load_pipeline(lang, model)

    def _prepare(self, document: Document) -> _Prepared:
        # Imported here: an ingest that finds every document stored compiles none of its patterns.
        from ainews_cli.language import blocks, detect_document_language, language_spans

        text = analysable(document.body)
        lang = detect_document_language(text, document.lang)
        spans = language_spans(text, lang)
        pieces = blocks(text, lang, spans)
        chinese = [b for b in pieces if b.lang == "zh"]
        script = han.script(text, chinese[0].start, chinese[-1].end) if chinese else None
        return _Prepared(document, text, lang, spans, pieces, script)

    @contextlib.contextmanager
    def _zone(self, nlp: Any) -> Iterator[None]:
        """The pipeline's memory zone, closed and opened anew every ZONE_BATCHES batches.

        A zone a batch made spaCy build every word again in each batch (about 7% of
        the NER's time on English news); a few batches' new words are little memory."""
        opened = self._zones.get(id(nlp))
        if opened is None or opened[1] >= ZONE_BATCHES:
            if opened is not None:
                opened[0].close()
            stack = contextlib.ExitStack()
            stack.enter_context(nlp.memory_zone())
            opened = self._zones[id(nlp)] = (stack, 0)
        self._zones[id(nlp)] = (opened[0], opened[1] + 1)
        yield

    def _notice_missing(self, lang: str, model: str | None) -> None:
        # Only where nothing is installed or packaged: --model LANG=none is asked for, not missed.
        if model is not None or lang in self._noticed or self.settings.models.get(lang) == NO_MODEL \
                or lang == "und":
            return
        self._noticed.add(lang)
        self.report(missing_pipeline_notice(lang))

    def _run_nlp(self, prepared: Sequence[_Prepared]) -> list[_Found]:
        from ainews_cli import lac
        from ainews_cli.entities import load_pipeline, ner_mentions, span_mentions

        by_lang: dict[str, list[tuple[int, Block]]] = defaultdict(list)
        for index, item in enumerate(prepared):
            for block in item.blocks:
                by_lang[block.lang].append((index, block))
        out = [_Found([], [], {}) for _ in prepared]
        for lang in sorted(by_lang):
            model = choose_pipeline(lang, self.settings)
            self._notice_missing(lang, model)
            items = by_lang[lang]
            # Traditional Chinese is given to the model folded to Simplified (the same
            # length, so offsets hold): the Chinese models are trained on Simplified text.
            texts = [_model_text(prepared[index], block) for index, block in items]
            # Where every block is a headline, whose entities only the alias table reads,
            # the model's tokenizer and the sentence splitting give all that is read: two
            # English titles in a Chinese corpus ran the English NER for nothing.
            headlines = _headlines_only(model, lang, texts)
            if model is None or headlines:
                # Nothing but sentences to mark: where no model reads the language, or it reads
                # none of these blocks, their punctuation gives them, and no spaCy is loaded (two
                # English titles in a Chinese corpus loaded spaCy and the English model).
                for (index, block), text in zip(items, texts, strict=True):
                    out[index].models[lang] = None
                    out[index].sentences.extend(_sentences_at(_punctuation_starts(text), text, block.start, lang,
                                                              prepared[index].text))
                continue
            pipeline = load_pipeline(lang, model)
            read = pipeline.read or lac.reader(pipeline.nlp)
            if read is not None:  # the packaged Chinese model: what its pipeline marks, without a Doc
                for (index, block), text, (ents, starts) in zip(items, texts, read(texts), strict=True):
                    found = out[index]
                    found.models[lang] = pipeline.model
                    if model and not _is_headline(text):
                        written = prepared[index].text[block.start: block.end]
                        found.ner.extend(span_mentions(text, ents, block.start, pipeline.model, lang,
                                                       written if written != text else None))
                    found.sentences.extend(_sentences_at(starts, text, block.start, lang, prepared[index].text))
                continue
            # The packaged Chinese model sorts what it is given by length before padding it
            # into batches of its own: given the batch's blocks at once, it pads less.
            batch_size = len(texts) if _sorts_by_length(pipeline.nlp) else self.settings.batch_size
            # spaCy keeps every new word's string in its vocabulary; a memory zone frees
            # the words it added when it closes, so memory does not grow with the corpus.
            with self._zone(pipeline.nlp):
                for (index, block), text, doc in zip(items, texts, pipeline.nlp.pipe(
                        texts, batch_size=batch_size, disable=pipeline.ner_components if headlines else []),
                        strict=True):
                    found = out[index]
                    found.models[lang] = pipeline.model
                    if model and not _is_headline(text):
                        written = prepared[index].text[block.start: block.end]
                        found.ner.extend(ner_mentions(doc, block.start, pipeline.model, lang,
                                                      written if written != text else None))
                    found.sentences.extend(_sentences(doc, text, block.start, lang, prepared[index].text))
        for found in out:
            found.sentences.sort(key=lambda s: (s.start, s.end, s.lang))
        return out

    def _extract(self, item: _Prepared, found: _Found, aliases: list[RawMention], table: AliasTable) -> Extraction:
        from ainews_cli.dates import find_dates, story_day
        from ainews_cli.dates.reanchor import passages
        from ainews_cli.entities import canonical_mentions
        from ainews_cli.events import event_mentions
        from ainews_cli.facts import extract_facts

        document = item.document
        block_spans = [Span(b.start, b.end, b.lang, "block") for b in item.blocks]
        # A wire story filed the day before its page is dated counts "today" from its dateline.
        written = document.published
        if written is not None and (filed := story_day(item.text, written.date)) is not None:
            written = PubDate(filed, FILED)
        dates = find_dates(item.text, spans=block_spans, sentences=[(s.start, s.end) for s in found.sentences],
                           published=written)
        entities = canonical_mentions(item.text, found.ner, aliases, table,
                                      blocked=[(d.start, d.end) for d in dates],
                                      starts=[s.start for s in found.sentences])
        dates = _outside_names(dates, entities)
        story = [sentence for sentence in found.sentences if not navigation(item.text[sentence.start:sentence.end])]
        facts = extract_facts(item.text, story, entities, dates, publishers=table.publishers)
        # The amounts each dated sentence states, so merged events can show where sources
        # disagree; looked up by sentence, not by scanning every fact for every event.
        stated: dict[int, list[StatedAmount]] = defaultdict(list)
        for fact in facts:
            if fact.money is not None:
                stated[fact.sentence_start].append(StatedAmount(fact.text, *fact.money))

        def with_amounts(mentions: list[EventMention]) -> tuple[EventMention, ...]:
            return tuple(replace(event, amounts=tuple(stated.get(event.sentence_start, ()))) for event in mentions)

        events = with_amounts(event_mentions(item.text, found.sentences, entities, dates, facts,
                                             written=written.date if written is not None else None,
                                             publishers=table.publishers))
        pending: tuple[EventMention, ...] = ()
        kept: tuple[Passage, ...] = ()
        if document.published is None:  # kept so a publication date inferred later can place them (infer.py)
            pending = with_amounts(event_mentions(item.text, found.sentences, entities, dates, facts,
                                                  unanchored=True, publishers=table.publishers))
            kept = tuple(passages(item.text, found.sentences, dates))
        return Extraction(
            lang=item.lang,
            script=item.script,
            url=document.url,
            published=document.published,
            spans=tuple(item.spans),
            models={lang: found.models[lang] for lang in sorted(found.models)},
            sentences=tuple(found.sentences),
            entities=tuple(entities),
            dates=tuple(dates),
            events=events,
            facts=tuple(facts),
            pending=pending,
            passages=kept,
        )
