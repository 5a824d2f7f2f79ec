"""Bylines and credits, read by a small grammar rather than a list of forms.

A byline is one or more groups `[outlet] role [separator] names [tail]`
(`本报记者 甲某某 见习记者 乙 某`, `编辑|禤志杰`, `（作者：某某）`, `►文 | 某某`,
`通讯员刘娟 摄`); the role words, marks and separators are data
(`data/bylines.toml`). Names introduced by a reporter role (记者, 通讯员, 文 …)
become the document's reporter; names introduced by a credit role (摄, 校对 …)
are credits and only leave the body. A span is a byline only when all of it
parses, so `记者通过电子邮件联系了富士康` (a sentence about a reporter) stays.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from . import regex_cache
from .chinese import HAN
from .grammar import alternation
from .tables import load_columns, load_toml, load_words

_NAME_CHAR = rf"(?:{HAN}|·)"
_HAN_CHAR = regex_cache.compile(HAN)
_SEPARATOR_HAN = "丨"          # a separator that Unicode counts as a Han character (U+4E28)


@dataclass
class Byline:
    """What a byline says: the reporters' names (each as written), whether it held a credit, and the
    names given after an editor's role (`editor_roles`)."""

    reporters: list[str] = field(default_factory=list)
    credit: bool = False
    editors: list[str] = field(default_factory=list)


@cache
def _grammar() -> dict:
    raw = load_toml("bylines.toml")
    multi = [w for w in raw["reporter_roles"] + raw["credit_roles"] if w not in raw["single_roles"]]
    single = alternation(raw["single_roles"])
    sep = f"[{re.escape(raw['separators'])}]"
    tails = alternation(raw["tails"])
    # a name: two to four characters that are not a role word, a tail or a dispatch's place (北京报道, 整合, 发自北京),
    # or a two-character name written with a space between its characters (乙 某)
    dispatch = rf"(?:{alternation(raw['dispatch_from'])}){HAN}{{2,6}}(?!{HAN})"     # 发自北京
    not_name = rf"(?!{HAN}{{0,3}}(?:{alternation(multi)})|(?:{tails})(?!{HAN})|{HAN}{{1,4}}报道|{dispatch})"
    photo_end = alternation(raw["photo_ends"])
    # a name right before a tail or a photo credit's end may touch it (路闻卓立编译, 李妍摄)
    touching = rf"(?=(?:{tails}|{photo_end})(?!{HAN})|{dispatch})"
    # ... or an editor's staff code (责任编辑：NF041 on 163's pages)
    surname = _surname_pattern()
    # ... or a three-character name run into the next one, both opening with a family name (a
    # page's markup lost the role between them: 编辑|刘艳美孙志成 王嘉琦)
    # (a compound family name first: 欧阳晓红姜鑫; the second name may be of two characters when the names end there)
    # (no role word read as such a name: 通讯员李华 after 记者王晓明 is a role and its name, 通 being a family name)
    run_together = rf"{not_name}{surname}{HAN}{{2}}(?={surname}(?:{HAN}{{2}}|{HAN}(?!{HAN})))"
    # ... or a name whose last character the source's encoding lost, written `?` or U+FFFD (余?): the
    # name ends there, whatever follows it
    # ... or a Latin pen name set apart by a space or the line's end (文_ btr 摄影_ btr, nbweekly)
    latin = r"[A-Za-z][A-Za-z.]{1,19}(?=\s|$)"
    name = (rf"(?:{not_name}{_NAME_CHAR}{{2,4}}?(?!{_NAME_CHAR})|{HAN} {HAN}(?!{HAN})|{not_name}{_NAME_CHAR}{{2,4}}?{touching}"
            rf"|{run_together}|{surname}{HAN}{{0,2}}[?\ufffd]|[A-Z]{{1,4}}\d{{2,6}}(?![A-Za-z\d])|{latin})")
    names = rf"{name}(?:(?:[{re.escape(raw['name_separators'])}]+|&)?{name})*"
    outlet = r"[^\s，。；！？：:|｜丨︱/／【】]{0,40}?"      # then maybe a space: 新华网黑龙江频道  记者  伊琳
    outlet_named = rf"(?:\d{{0,4}}{HAN}{{1,8}}(?:{alternation(raw['outlet_ends'])}))"      # 21世纪经济报道
    any_role = alternation(raw["reporter_roles"] + raw["credit_roles"])
    roles = rf"(?:{outlet}\s*(?:{alternation(multi)})\s*{sep}?|(?:{single})\s*{sep}|(?:{single})(?=\s*{outlet_named}))"
    # 文/图 刘玺东: roles joined by / or 、, the last one followed by the names
    chain = rf"{outlet}(?:{any_role})(?:\s*[/、]\s*(?:{any_role}))+\s*{sep}?"
    role_chain = rf"(?P<role>{chain}|{roles})"
    contact = r"\s*[（(][\w.+-]+@[\w-]+(?:\.[\w-]+)+[）)]"           # 作者：赵越（zhaoyue1@chinanews.com.cn）
    # ... or a WeChat account's ID after its name (来源 | 经济日报（ID：jjrb）, as reprint credits write it)
    contact = rf"(?:{contact}|\s*[（(]\s*(?:ID|微信号|微信ID)\s*[:：]\s*[\w.-]+\s*[）)])"
    # ... or 163's staff code joined to an editor's name (责任编辑：刘洋_NN2531)
    tail = rf"(?:\s*{HAN}{{2,6}}报道|\s*(?:{tails}|{photo_end})(?!{HAN})|\s*{dispatch}|{contact}|_[A-Z]{{1,4}}\d{{2,6}}(?![A-Za-z\d]))?"
    group = rf"{role_chain}\s*{outlet_named}?\s*(?P<names>{names})?{tail}"
    markers = f"[{re.escape(raw['markers'])}]"
    role_sep = f"[{re.escape(''.join(c for c in raw['separators'] if c not in raw['name_separators'] + '_'))}]"
    return {
        "names": regex_cache.compile(names),
        "separators": raw["separators"],
        "long_outlet_ends": tuple(end for end in raw["outlet_ends"] if len(end) > 1),
        "name": regex_cache.compile(name),
        "group": regex_cache.compile(group),
        # every group holds a role word: a text without one is no byline (one search before the group's
        # match, which tries the role after each of its first 40 characters)
        "any_role": regex_cache.compile(alternation(raw["reporter_roles"] + raw["credit_roles"] + raw["single_roles"])),
        # (as suffixes a role span may end with: `_ends_with_role` reads a word's last five characters at most)
        "reporter_roles": _role_ends(raw["reporter_roles"]),
        "editor_roles": _role_ends(raw["editor_roles"]),
        "two_character_roles": frozenset(w for w in raw["reporter_roles"] + raw["credit_roles"] if len(w) == 2),
        "account_roles": frozenset(raw["account_roles"]),
        # a header's `石佳/中国青年报`: names, a separator, the outlet they write for
        # (a slash or bar pairs them; a colon introduces a value: 来源：澎湃新闻)
        "name_outlet": regex_cache.compile(rf"(?P<names>{names})\s*[/／|｜丨︱]\s*{outlet_named}"),
        # ... or the source bar's outlet, then the writer's name standing after it (来源：中国新闻网 王帆)
        "source_name": regex_cache.compile(rf"(?:来源|稿源)\s*[:：]\s*{outlet_named}\s+(?P<names>{surname}{HAN}{{1,2}})"),
        "single_roles": frozenset(raw["single_roles"]),
        "marker": regex_cache.compile(rf"\s*{markers}+\s*"),
        "brackets": regex_cache.compile(r"[（(【\[]\s*(?P<inner>.*?)\s*[）)】\]]"),
        # …中新社记者 贾天勇 摄 ; …（刘通摄） ; …沙坪坝区公安分局供图 华龙网发
        "photo_credit": regex_cache.compile(rf"(?:{role_chain}\s*{outlet_named}?\s*(?:{names})?|(?<=[\s（(。]){_NAME_CHAR}{{2,4}}|{HAN}{{2,12}}?(?=供图))"
                                   rf"\s*(?:[/／]\s*)?(?:{photo_end})(?:\s*{HAN}{{2,6}}发)?\s*[）)]?$"),     # 蔡雪婧/摄
        # a caption dated the Xinhua way, then who took it: …分装食用菌产品（5月14日摄）。新华社
        "dated_photo": regex_cache.compile(rf"[（(]\s*(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日\s*摄\s*[）)]。?\s*(?:{outlet_named}"
                                  rf"(?:\s*(?:记者|通讯员))?\s*(?:{names})?\s*(?:摄|发)?)?$"),
        "photo_end": regex_cache.compile(rf"(?:{photo_end})[）)]?$"),
        "photo_words": regex_cache.compile(alternation(raw["photo_ends"]) or "(?!)"),   # any of them, one search
        # 本报讯（记者 王某某）; 【深圳商报讯】（首席记者 王海荣）: a dateline in brackets of its own
        "dateline": regex_cache.compile(rf"(?P<keep>[^\s（(，。：:]{{1,30}}?(?:{alternation(raw['dateline_ends'])})[】\]]?)"
                                        r"\s*[（(](?P<inner>[^（）()]{2,40})[）)]"),
        # 新浪科技讯张俊“今天我要…: a name run into a 讯 dateline (an outlet's, short: not 电, which ends words of a
        # sentence, 西电东送“…) without brackets, the quote opening the story after it
        "run_in_dateline": regex_cache.compile(rf"[\s\u3000]*(?P<keep>[^\s（(，。：:“”]{{2,12}}?"
                                               rf"(?:{alternation([end for end in raw['dateline_ends'] if end.endswith('讯')])}))"
                                               rf"(?P<name>{surname}{HAN}{{1,2}})(?=[“「『])"),
        # 本报武汉12月5日电  记者龚达发报道：“以开放为先导”…: 人民日报's byline run in after its dateline, the
        # reporter's role, the names, 报道 and a colon opening the story
        "reported_dateline": regex_cache.compile(rf"[\s\u3000]*(?P<keep>[^\s（(，。：:“”]{{2,20}}?"
                                                 rf"(?:{alternation(raw['dateline_ends'])}))[\s\u3000]*"
                                                 rf"(?P<role>{alternation(raw['reporter_roles'])})[\s\u3000]*"
                                                 rf"(?P<name>{surname}{HAN}{{1,2}}(?:[、\s\u3000]+{surname}{HAN}{{1,2}})*)"
                                                 r"[\s\u3000]*报道[:：]"),
        # 财联社（北京，记者 高萍）讯: the byline inside the dateline's brackets, after the place it was sent from
        "placed_dateline": regex_cache.compile(rf"[^\s（(，。：:]{{2,12}}?[（(]\s*{HAN}{{2,8}}\s*[，,]\s*(?P<inner>[^（）()，,]{{2,30}}?)"
                                               rf"\s*[）)]\s*(?:{alternation(raw['dateline_ends'])})"),
        # in a dateline's brackets, a reporter's role and two names run together (记者许诺陈维城): taken as written
        "glued_names": regex_cache.compile(rf"(?:{alternation(raw['reporter_roles'])})\s*(?P<names>{surname}{HAN}{{3,8}})"),
        "surname": regex_cache.compile(surname),
        "surname_name": regex_cache.compile(rf"{surname}{HAN}{{1,2}}"),
        "pen_name_ends": tuple(raw["pen_name_ends"]),
        "titles": tuple(load_words("titles.txt")),
        # (the characters a title ends with: a text ending otherwise ends in none, one test before the tuple's)
        "title_ends": frozenset(word[-1:] for word in load_words("titles.txt")),
        "author_after_post": regex_cache.compile(rf"(?P<before>.*?)作者\s*[:：]\s*[^。；！？：:]{{4,60}}?"
                                                 rf"(?:{alternation(load_words('titles.txt'))})(?P<name>{surname}{HAN}{{1,2}})"),
        # (a role's separator that is no comma: 作者|鹤运，土木工程博士, 网易号's column bar)
        "author_affiliation": regex_cache.compile(rf"(?P<role>{outlet}(?:{any_role}))\s*{role_sep}\s*(?P<rest>{HAN}[^\s。；！？]{{3,40}})"),
        "lead": regex_cache.compile(rf"\s*{markers}?\s*(?:{group})\s+"),
        # a marked byline inside an opening line, after the headline and a column's name run into it
        # (cnews: 基金营销迎来变革机遇■ 今日视点Comment□本报记者 余?春节过后…): one name, which must end
        # clearly (a space, a mark, a lost character), since the article's text follows it
        "marked_inside": regex_cache.compile(rf"{markers}\s*(?P<byline>{role_chain}\s*{name})(?=[\s，,]|(?<=[?\ufffd]))"),
        "bracketed_lead": regex_cache.compile(r"\s*[【（(\[][^【】（）()\[\]]{2,40}[】）)\]]\s*"),    # 【文/观察者网 王慧】
        "closing": regex_cache.compile(r"[（(【](?P<inner>[^（）()【】]{2,40})[）)】]\s*$"),     # …。（完）【编辑:姚昊】
        # …这是大势所趋。 华商报记者 黄涛: a byline after the last sentence, set apart by a space
        "closing_bare": regex_cache.compile(r"(?<=[。！？”])\s+(?P<inner>[^\s。！？“”（）()][^。！？“”（）()]{1,29})$"),
        # (or a role and its colon: …提升至13%左右。责任编辑：郑莉莉)
        "closing_run_in": regex_cache.compile(r"(?<=[。！？”])(?P<inner>[^\s。！？“”（）()][^。！？“”（）()\s]{1,12}"
                                              r"(?:(?:[ \u3000]+[^。！？“”（）()\s]{1,12}){1,4}"
                                              r"|(?<=[^\s：:])[:：][ \u3000]*[^。！？“”（）()\s：:]{2,12}))$"),
        **_bar_grammar(raw, surname),
        **_reprint_grammar(raw),
    }


def _reprint_grammar(raw: dict) -> dict:
    head = (rf"(?:(?:{alternation(raw['reprint_labels'])})\s*[:：]\s*)?(?:{alternation(raw['reprint_subjects'])})"
            rf"(?:{alternation(raw['reprint_verbs'])})\s*(?:{alternation(raw['reprint_accounts'])})?\s*[:：]?\s*")
    source = r"[“「《\"]?[^，,。；;！!？?“”「」《》\"（）()]{1,30}?[”」》\"]?\s*(?:[（(][^（）()]{1,40}[）)])?"
    clause = r"[^，,。；;！!？?]{1,40}"
    roles = alternation(raw["reporter_roles"] + raw["credit_roles"])
    return {
        "reprint": regex_cache.compile(rf"{head}{source}(?P<clauses>(?:\s*[，,]\s*{clause})*)\s*[。.！!]?"),
        "clause_role": regex_cache.compile(rf"(?P<role>{roles})\s*[:：丨|｜/／]?\s*(?P<value>\S.{{0,29}})"),
        "permission": regex_cache.compile(alternation(raw["permission_words"])),
    }


def _bar_grammar(raw: dict, surname: str) -> dict:
    """A publication bar: a writer's name, a full date (and time), labelled fields (来源: 时代财经, 来源于国家统计局,
    （来源：上海证券报）), in that order or with the fields first, and the page's counters after them (人气： 5380 次);
    a field's value runs to a space, a bar mark, the date or the next label."""
    fields = alternation(raw["bar_fields"])
    labels = alternation(raw["bar_date_labels"])
    year = r"(?:19|20)\d{2}\s*[-/.年]"
    gap = r"[\s|｜丨\ue000-\uf8ff]*"        # (a page's icon font in the private use area stands between fields)
    # (a category's path may set a space after its slash: 分类: 机器人/ AI)
    value = rf"[^\s|｜丨:：（）()]{{1,30}}?(?:(?<=/)\s[^\s|｜丨:：（）()]{{1,30}}?)?(?=[\s|｜丨（）()]|$|(?:{fields}|{labels})\s*[:：]|{year})"
    field = rf"[（(]?(?:本文|文章)?(?:{fields})\s*(?:[:：]|于)\s*{value}[）)]?"
    date = (rf"(?P<date>{year}\s*\d{{1,2}}\s*[-/.月]\s*\d{{1,2}}(?!\d)(?:\s*日)?"
            r"(?P<time>\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?!\d))?)")
    counter = rf"(?:{gap}(?:{alternation(raw['bar_counters'])})(?:{alternation(raw['bar_counter_ends'])})?\s*[:：]?\s*[（(]?\s*\d*\s*[）)]?\s*次?)*"
    return {
        # the writer's name may stand in square brackets after the date (sohu 2004: 2004年7月16日08:19 [ 黄宇 ] 来源：…)
        "bar": regex_cache.compile(rf"(?:(?P<names>{surname}{HAN}{{1,2}})\s+)?(?P<before>(?:{field}{gap})*)"
                                   rf"(?P<label>(?:{labels})\s*[:：]\s*)?{date}"
                                   rf"(?:{gap}[\[［【]\s*(?P<bracketed>{surname}{HAN}{{1,2}})\s*[\]］】])?"
                                   # a blog's bare counters after its time, each beside its icon (11:54 \ue603 171 \ue64e1)
                                   rf"(?:{gap}\d+(?!\d))*"
                                   rf"(?P<after>(?:{gap}{field})*){counter}"),
        "bar_field": regex_cache.compile(rf"(?P<role>{fields})\s*(?:[:：]|于)\s*(?P<value>{value})"),
        "bar_start": regex_cache.compile(year),
        # a date and a column's name, no label (2023/08/23 轉角24小時): no clause mark, no space inside the name
        "dated_column": regex_cache.compile(rf"{date}\s+[^\s，。、；！？：:,.;!?]{{2,12}}"),
    }


@cache
def _surname_pattern() -> str:
    """A family name (data/family_names.txt): the compound ones first, then one character."""
    names = load_words("family_names.txt")
    compound = sorted((n for n in names if len(n) > 1), key=len, reverse=True)
    single = "".join(sorted(n for n in names if len(n) == 1))
    return rf"(?:{alternation(compound)}|[{single}])"


def _role_kind(role: str) -> str:
    """`reporter` or `credit`, by the role word a role span ends with (本报记者 → 记者)."""
    # 文/图 刘玺东: a writer who also took the pictures
    return "reporter" if _ends_with_role(role, _grammar()["reporter_roles"]) else "credit"


def _role_ends(roles: list[str]) -> tuple[str, ...]:
    """The role words a word may end with, for one `str.endswith` (words of one to five characters)."""
    return tuple(sorted({role for role in roles if 0 < len(role) <= 5}))


def _ends_with_role(role: str, roles: tuple[str, ...]) -> bool:
    """Whether a role span (its roles joined by / or 、) ends with one of `roles` (松花江网编辑 → 编辑)."""
    return any(word.endswith(roles) for word in _ROLE_JOINS.split(role.strip().rstrip(_grammar()["separators"] + " ")))


_ROLE_JOINS = regex_cache.compile(r"\s*[/、]\s*")


def parse(text: str, marked: bool = False) -> Byline | None:
    """The byline `text` is, when all of it is one (brackets and an opening marker allowed)."""
    grammar = _grammar()
    rest = text.strip()
    opening = grammar["marker"].match(rest)
    if opening:
        rest, marked = rest[opening.end():], True
    bracket = grammar["brackets"].fullmatch(rest)
    if bracket:
        rest = bracket.group("inner")
    rest = _closed_up(rest)
    affiliated = _affiliated(rest)
    if affiliated:
        return affiliated
    if grammar["any_role"].search(rest) is None:
        return None
    byline, position = Byline(), 0
    while position < len(rest):
        match = grammar["group"].match(rest, position)
        if match is None or match.end() == position:
            return None
        if not _group_allowed(match, marked):
            return None
        _add_group(byline, match)
        position = match.end()
        if match.group("names") and match.group("role").strip(grammar["separators"] + " ") in grammar["account_roles"]:
            break                                   # 原创： 路闻卓立编译 人民币交易与研究: the account's name
        while position < len(rest) and rest[position] in " ,，;；|｜丨︱":     # 编辑 周褶褶 ｜ 排版 魏蔚
            position += 1
    return byline if byline.reporters or byline.credit else None


def _closed_up(text: str) -> str:
    """A two-character role opening the line, set with a space to line up with longer roles in a
    column of credits (监 制：高明勇 / 审 读：崔向升 under 总监制：邹 明), written without it."""
    if text[1:2] == " " and text[0] + text[2:3] in _grammar()["two_character_roles"]:
        return text[0] + text[2:]
    return text


def _affiliated(text: str) -> Byline | None:
    """An author named with their post: after it (`作者：方敏北京大学经济学院教授`), or before it, the post
    ending in a title right before the name (`本文来源：经济日报 作者：…研究部部长、研究员徐占忱`)."""
    grammar = _grammar()
    if text[-1:] in grammar["title_ends"] and text.endswith(grammar["titles"]):
        return _author_and_affiliation(text)
    return _author_after_post(text) if "作者" in text else None


def _author_after_post(text: str) -> Byline | None:
    match = _grammar()["author_after_post"].fullmatch(text)
    if match is None:
        return None
    before = match.group("before").strip()
    byline = parse(before) if before else Byline()
    if byline is None and _grammar()["group"].fullmatch(before):
        byline = Byline(credit=True)                # 本文来源：经济日报, a source with no name
    if byline is None:
        return None
    byline.reporters.append(match.group("name"))
    return byline


def _author_and_affiliation(text: str) -> Byline | None:
    """`作者：方敏北京大学经济学院教授`, `作者：张三，北京大学教授`: a reporter role, one name, and where the
    author works, ending in a title (data/titles.txt). Run together, the name is the two or three
    characters after which a place begins (方敏 | 北京…): a family name opens it."""
    grammar = _grammar()
    match = grammar["author_affiliation"].fullmatch(text)
    if match is None or _role_kind(match.group("role")) != "reporter":
        return None
    names, comma, _ = match.group("rest").partition("，")
    if comma:
        return Byline([join_names(names)]) if grammar["names"].fullmatch(names) else None
    rest = match.group("rest")
    for length in (2, 3, 4):
        name, works_at = rest[:length], rest[length:]
        if grammar["surname_name"].fullmatch(name) and _opens_with_place(works_at):
            return Byline([name])
    return None


def _opens_with_place(text: str) -> bool:
    places = _places()
    return text[:2] in places or text[:3] in places


@cache
def _places() -> frozenset[str]:
    """The place names an author's affiliation may open with (data/locations.tsv, and 中国)."""
    return frozenset([form for form, in load_columns("locations.tsv", ("form",))] + ["中国", "全国"])


def _group_allowed(match: re.Match, marked: bool) -> bool:
    """A one-character role (文, 图) without a separator is a role only on a marked line (►文…);
    a name that touches its role word must open with a family name (`记者王某某`, not `记者手记`)."""
    role = match.group("role").strip()
    if not (marked or role not in _grammar()["single_roles"]):
        return False
    names = match.group("names")
    last = match.group("role")[-1]
    # (丨, a separator, is a Han character: 来源丨投资界 is set apart, not touching)
    if not names or match.end("role") != match.start("names") or not _HAN_CHAR.match(last) or last in _SEPARATOR_HAN:
        return True
    return _grammar()["surname"].match(names) is not None


def _add_group(byline: Byline, match: re.Match) -> None:
    names = match.group("names")
    if not names:
        if _role_kind(match.group("role")) == "credit" and match.group(0)[len(match.group("role")):].strip():
            byline.credit = True                    # 来源：中国新闻网: a credit naming an outlet, no person
        return                                      # 采写：南都记者 余毅菁: the names follow in the next group
    photo = _grammar()["photo_end"].search(match.group(0)) is not None     # 记者黎旭阳、李妍摄: photographers
    if _role_kind(match.group("role")) == "reporter" and not photo:
        byline.reporters.append(without_column(join_names(names)))
    else:
        byline.credit = True
        editors = " ".join(name for name in join_names(names).split(" ") if _HAN_CHAR.match(name))   # no staff code (NF041)
        if editors and _ends_with_role(match.group("role"), _grammar()["editor_roles"]):
            byline.editors.append(editors)


def without_column(names: str) -> str:
    """`数据宝 郭洁` → `郭洁`: before writers' plain names (a family name and one or two characters), a
    first one that is no such name is the column, account or outlet they write for (`作者：数据宝 郭洁`,
    `（新浪财经 刘丽丽）`); pen names stay (`叨叨姐`, `胡一刀&李小飞刀`, `帽帽君 赵颖`: a pen name ends the way one
    calls a person)."""
    first, _, rest = names.partition(" ")
    grammar = _grammar()
    column = not grammar["surname_name"].fullmatch(first) and not first.endswith(grammar["pen_name_ends"])
    if rest and column and all(map(grammar["surname_name"].fullmatch, rest.split(" "))):
        return rest
    return names


def join_names(raw: str) -> str:
    """`唐贵江、关悦` → `唐贵江 关悦`, `乙 某` → `乙某`: names as found, one space between them."""
    joined, end = "", None
    for match in _grammar()["name"].finditer(raw):
        name = match.group(0)
        name = name.replace(" ", "") if len(name) == 3 and name[1] == " " else name
        if end is not None:
            joined += "&" if "&" in raw[end:match.start()] else " "     # 胡一刀&李小飞刀 stays as written
        joined, end = joined + name, match.end()
    return joined


def plain_names(text: str) -> str | None:
    """`徐晓倩`, `王帆 李甜`: a line that is one or two personal names (a family name and one or two
    characters each), joined; else None."""
    names = text.split()
    surname_name = _grammar()["surname_name"]
    return " ".join(names) if 0 < len(names) <= 2 and all(map(surname_name.fullmatch, names)) else None


def names_only(text: str) -> str | None:
    """`（唐贵江 关悦）`, `李楠`: a span that is nothing but names, joined; else None. A word ending as an
    outlet or a programme does (`（新闻联播）` after 央视网消息, a digest's dateline) names no one."""
    inner = text.strip().strip("（）() ")
    if not inner or inner.endswith(_grammar()["long_outlet_ends"]):
        return None
    return join_names(inner) if _grammar()["names"].fullmatch(inner) else None


def dateline(text: str) -> tuple[int, int, str] | None:
    """Bracketed names after a dateline or 讯 (`本报讯（记者 王某某）`, `…6月22日电 （唐贵江 关悦）`):
    the span to cut (the dateline stays) and the reporters."""
    head = text[:80]
    match = _grammar()["dateline"].search(head) if "（" in head or "(" in head else None    # (names in brackets)
    if not match:
        return _run_in_dateline(head)
    inner = match.group("inner")
    byline = parse(inner)
    names = " ".join(byline.reporters) if byline else names_only(inner) or _glued_names(inner)
    if not names and not (byline and byline.credit):
        return None
    if byline and byline.editors and not byline.reporters:
        return None                 # an editor's credit stays with the dateline (see `dateline_editors`)
    return match.end("keep"), match.end(), names or ""


def _run_in_dateline(head: str) -> tuple[int, int, str] | None:
    """A reporter's name run into a dateline without brackets, right before the quote that opens the
    story (`新浪科技讯张俊“今天我要公布中国联通的家底了。”…`): a sentence does not set a name between
    the dateline and a quote, the byline does. Or the reporter's role, names and 报道 with a colon between the
    dateline and the story (`本报长春12月5日电  记者李忠春报道：吉林省榆树市…`, 人民日报's way)."""
    grammar = _grammar()
    match = grammar["run_in_dateline"].match(head) if "“" in head or "「" in head or "『" in head else None
    if match is None and "报道" in head:
        match = grammar["reported_dateline"].match(head)
        return (match.start("role"), match.end(), join_names(match.group("name"))) if match else None   # (its space stays)
    return (match.end("keep"), match.end(), match.group("name")) if match else None


def _glued_names(inner: str) -> str | None:
    """A reporter's role and names written without a space between them (`记者许诺陈维城`, 许诺 and 陈维城):
    inside a dateline's brackets they can be no sentence, so they are the reporters, as written."""
    match = _grammar()["glued_names"].fullmatch(inner.strip())
    return match.group("names") if match else None


def dateline_editors(text: str) -> list[str]:
    """The editors a dateline's brackets name when they name no reporter (`财联社8月13日讯（编辑 王舒蕾）`,
    the way 财联社 opens its stories): the bracket stays in the text as the dateline's, the names are
    the article's editor."""
    head = text[:80]
    match = _grammar()["dateline"].search(head) if "（" in head or "(" in head else None
    byline = parse(match.group("inner")) if match else None
    return list(byline.editors) if byline and not byline.reporters else []


def placed_dateline(text: str) -> list[str]:
    """The reporters of a byline inside a dateline's brackets after the place (`财联社（北京，记者 高萍）讯，`):
    the dateline stays whole in the text, as written."""
    head = text[:60]
    match = _grammar()["placed_dateline"].match(head) if "（" in head or "(" in head else None
    byline = parse(match.group("inner")) if match else None
    return list(byline.reporters) if byline else []


def lead(text: str) -> tuple[int, Byline] | None:
    """A byline opening a paragraph before its first sentence (`证券时报记者 江聃 近日…`):
    where the article text starts, and the byline."""
    grammar = _grammar()
    match = grammar["bracketed_lead"].match(text) or (grammar["lead"].match(text) if grammar["any_role"].search(text) else None)
    if not match or _unbalanced(text[:match.end()]):
        return None
    byline = parse(text[:match.end()])
    if byline is None or not byline.reporters:
        return None
    return match.end(), byline


def marked_inside(text: str) -> tuple[int, int, Byline] | None:
    """A marked byline inside an opening line, after words with no sentence end (a headline and a
    column's name run into the text): where the marker starts, where the byline ends, and the byline."""
    match = _grammar()["marked_inside"].search(text, 1, 80)
    if match is None or any(mark in text[:match.start()] for mark in "。！？"):
        return None
    byline = parse(match.group("byline"))
    if byline is None or not byline.reporters:
        return None
    return match.start(), match.end(), byline


def _unbalanced(text: str) -> bool:
    return text.count("（") + text.count("(") != text.count("）") + text.count(")")


def closing(text: str) -> tuple[int, Byline] | None:
    """A byline or credit closing a paragraph, bracketed (`…的增速。（记者赵文君）`, `…也未可知。(责任编辑：DF099)`)
    or after a space (`…这是大势所趋。 华商报记者 黄涛`): where it starts, and it."""
    grammar = _grammar()
    match = grammar["closing"].search(text) or (grammar["closing_bare"].search(text, max(0, len(text) - 32))
                                                if text[-1:].isalpha() else None)
    run_in = match is None and text[-1:].isalpha()
    if run_in:
        # run into the last sentence with no space before it, its names set apart by spaces: a reporter's byline
        # only (a scraped text: …的可持续发展。”南都记者　李鹤鸣　实习生　戴戬); an editor's credit only with its
        # role's colon (…13%左右。责任编辑：郑莉莉)
        match = grammar["closing_run_in"].search(text, max(0, len(text) - 32))
    if not match or match.start() == 0:
        return None
    byline = parse(match.group("inner"))
    if byline is None or (run_in and not byline.reporters
                          and not (byline.editors and _COLON.intersection(match.group("inner")))):
        return None
    return match.start(), byline


_COLON = frozenset("：:")
_REPRINT_MAX = 160       # characters of a paragraph that may be a reprint credit


def reprint(text: str) -> Byline | None:
    """The reprint credit `text` is, all of it (`本文来自微信公众号“投资界”（ID:pedaily2012），作者：杨继云，
    36氪经授权发布。`): the credit, with the names its clauses give. Every clause after the source must be a
    credit or a permission: `本文来自国家统计局，数据显示…` is a sentence."""
    grammar = _grammar()
    text = text.strip()
    if text[:1] in "（(" and text[-1:] in "）)":
        text = text[1:-1]                                   # （本文首发于微信公众号：经济观察报）
    match = grammar["reprint"].fullmatch(text) if len(text) <= _REPRINT_MAX else None
    if match is None:
        return None
    found = Byline(credit=True)
    for clause in _CLAUSE_BREAKS.split(match.group("clauses").strip(" ，,")):
        if not clause:
            continue
        byline = parse(clause)
        role = grammar["clause_role"].fullmatch(clause) if byline is None else None
        if byline:
            found.reporters.extend(byline.reporters)
            found.editors.extend(byline.editors)
        elif role and _role_kind(role.group("role")) == "reporter":
            found.reporters.append(role.group("value").strip())     # 作者：Light, 作者托马斯之颅
        elif not role and grammar["permission"].search(clause) is None:
            return None
    return found


_CLAUSE_BREAKS = regex_cache.compile(r"\s*[，,]\s*")


def is_photo_credit(text: str) -> bool:
    """A caption line that ends in a photo credit (`图为…。（刘通摄）`, `…中新社记者 贾天勇 摄`)."""
    grammar = _grammar()
    # the pattern tries every start of the line; a line without a credit's end word cannot match
    return (len(text) <= 80 and grammar["photo_words"].search(text) is not None
            and (grammar["photo_credit"].search(text) is not None or grammar["dated_photo"].search(text) is not None))


def name_and_outlet(text: str) -> str | None:
    """`石佳/中国青年报` or `来源：中国新闻网 王帆` under a page's headline: the names, joined; else None.
    Read only in a page's header, where a name and an outlet stand alone on their line."""
    grammar = _grammar()
    match = grammar["name_outlet"].fullmatch(text.strip()) or grammar["source_name"].fullmatch(text.strip())
    return join_names(match.group("names")) if match else None


@dataclass
class DateBar:
    """A publication bar (`王婷 2021-12-23 22:22:24 来源: 时代财经`): where it stands in its line, the
    date as written, and the reporters and editors its fields name."""

    start: int
    end: int
    date: str
    reporters: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)


_BAR_REACH = 200        # characters of a line searched for a bar run into it (after a headline)


def date_bar(text: str, run_in: bool = False) -> DateBar | None:
    """The publication bar `text` is (all of it, but for bar marks and spaces at its ends), or with
    `run_in` also one standing inside it between spaces (a headline before it, the article after it: a
    scraped text whose lines were joined). A bar says more than a date: fields or a date label when it
    is the whole line (a date and time alone may be the text itself), fields when run in
    (`2009年10月27日，第六届…` is a sentence)."""
    if not run_in and len(text) > _BAR_MAX:
        return None
    start = _grammar()["bar_start"].search(text, 0, _BAR_REACH)
    if start is None:
        return None
    match = (_whole_bar(text) if len(text) <= _BAR_MAX else None) or (_run_in_bar(text, start.start()) if run_in else None)
    if match is None:
        return _dated_column(text) if len(text) <= _BAR_MAX else None
    return _read_bar(match)


def _dated_column(text: str) -> DateBar | None:
    """A line of a full date and one short word after it, the column or outlet that dates the article
    (udn's `2023/08/23 轉角24小時` under its headline): a bar naming no one."""
    edge = " \t\u3000|｜丨"
    begin = len(text) - len(text.lstrip(edge))
    match = _grammar()["dated_column"].fullmatch(text, begin, len(text.rstrip(edge)))
    return DateBar(match.start(), match.end(), match.group("date").strip()) if match else None


def bar_at(text: str, start: int) -> DateBar | None:
    """The publication bar whose date starts at `start` in a page's text, when fields follow the date
    (`2020-11-23 10:22:14  出处：快科技 作者：宪瑞`); what comes after them does not matter."""
    match = _grammar()["bar"].match(text, start, start + _BAR_MAX)
    if match is None or not (match.group("after") or match.group("bracketed")):
        return None
    return _read_bar(match)


def _read_bar(match: re.Match) -> DateBar:
    """What a bar says: its date, the names standing alone around the date, and its fields' names."""
    found = DateBar(match.start(), match.end(), match.group("date").strip())
    found.reporters += [name for name in (match.group("names"), match.group("bracketed")) if name]
    named: list[Byline] = []
    outlets = set()                   # the values of the fields that name no one (来源：jomoo)
    for labelled in _grammar()["bar_field"].finditer(match.group("before") + " " + match.group("after")):
        byline = parse(f"{labelled.group('role')}：{labelled.group('value')}")
        if byline and (byline.reporters or byline.editors):
            named.append(byline)
        else:
            outlets.add(labelled.group("value"))
    for byline in named:
        # a writer named as the bar's source is the site's own account, no one (a template's 作者：jomoo  来源：jomoo)
        found.reporters.extend(name for name in byline.reporters if name not in outlets)
        found.editors.extend(byline.editors)
    return found


_ICONS = regex_cache.compile(r"[\s|｜丨\ue000-\uf8ff]*")
_BAR_MAX = 120          # characters of a line that is a whole bar (fields, a name, counters)


def _whole_bar(text: str) -> re.Match | None:
    """The bar that is the whole of `text` but for spaces and bar marks at its ends."""
    edge = " \t\u3000|｜丨"
    opening = _ICONS.match(text)              # (an icon of the page's icon font may open it)
    begin = opening.end() if opening else 0
    match = _grammar()["bar"].fullmatch(text, begin, len(text.rstrip(edge)))
    if match is None or not (match.group("before") or match.group("after") or match.group("label")):
        return None
    return match


def _run_in_bar(text: str, year: int) -> re.Match | None:
    """A bar with fields standing between spaces (or the line's ends) near the first year in `text`."""
    for match in _grammar()["bar"].finditer(text, max(0, year - 8), _BAR_REACH + 60):
        if not (match.group("before") or match.group("after")):
            continue
        if (match.start() == 0 or text[match.start() - 1].isspace()) and (match.end() == len(text) or text[match.end()].isspace()):
            return match
    return None
