"""Shortcuts taken for speed find what the plain patterns find (output identity, checked on real texts)."""
from pathlib import Path

from newsfacts.extractors import amounts
from newsfacts.pipeline import extract_file

# percents in words with the most characters before their anchor (amounts.PERCENT_WORD_REACH)
FAR_ANCHORS = ["五到八点五成", "12345分之1", "一千万分之三", "三点五折", "2.5折", "一多半", "百分之三十", "1/3", "翻一番",
               "3-4成", "八点五成", "半数"]


def test_percent_words_found_before_their_anchor_as_by_finditer():
    pattern = amounts._rules()["percent_words_re"]
    root = Path(__file__).resolve().parent.parent / "fixtures"
    texts = [extract_file(str(p)).text or "" for folder in ("corpus", "html") for p in sorted((root / folder).iterdir())]
    texts += [f"据统计，{form}，全市{form}{form}" for form in FAR_ANCHORS]
    assert len(texts) > 90
    for text in texts:
        assert [m.span() for m in amounts._percent_word_matches(text, pattern)] == \
            [m.span() for m in pattern.finditer(text)]
    for form in FAR_ANCHORS:
        assert [m.group() for m in amounts._percent_word_matches(form, pattern)] == [form]


def test_every_pattern_with_a_start_set_finds_what_re_compile_finds():
    """regex_cache gives a pattern that opens with a lookaround, a repeat or a group the characters its matches
    can open with (`re` itself finds none); on every fixture text (the file's start, its clean text, its
    normalized text, its title) each such pattern of a run finds the same matches and substitutes the same as
    `re.compile`'s."""
    import re

    from newsfacts import regex_cache
    from newsfacts.chinese import normalize

    root = Path(__file__).resolve().parent.parent / "fixtures"
    texts = []
    for path in [p for folder in ("corpus", "html") for p in sorted((root / folder).iterdir())]:
        document = extract_file(str(path))
        texts += [path.read_text(encoding="utf-8", errors="replace")[:5000], document.text or "", normalize(document.text or ""),
                  document.title or ""]
    store = regex_cache._the_store()
    if store.path is None:
        return                                                     # no cache: every pattern is re's own
    changed = [key for key in store.used if regex_cache.compile(*key) != re.compile(*key)]
    assert len(changed) > 30                                       # the date, numeral, direction patterns …
    for key in changed:
        ours, plain = regex_cache.compile(*key), re.compile(*key)
        for text in texts:
            assert [(m.span(), m.groups()) for m in ours.finditer(text)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text)], key[0][:80]
            assert ours.sub("#", text) == plain.sub("#", text), key[0][:80]


def test_the_date_pattern_has_a_start_set():
    """The date pattern opens with a lookahead, which `re` tries at every character of a text; regex_cache
    gives it a start set only when no date form can match nothing (else `re`'s search could not move on
    from an empty match): a form that may match nothing (all its parts optional) is to be split in two."""
    from array import array
    from re import _constants  # type: ignore[attr-defined]

    from newsfacts import regex_cache
    from newsfacts.extractors import dates

    code = array(regex_cache._WORD, regex_cache._code(dates._rules().date.pattern, 0)[1])
    assert code[0] == _constants.INFO and code[2] == _constants.SRE_INFO_CHARSET


SPACED = ["在 2024 年 5 月 20 日召开", "于 3 月份发布", "到 2023 年，全省", "在 2024 年 5 月 发布", "约 12 月 31 日前", "在 2024 年 13 月"]


def test_spaced_dates_read_as_one_form_did():
    """The spaced form that was (round 13: one space between a number and its unit word is now part of every
    date form's grammar): each span it matched on the spaced shapes of pages is still one date match."""
    import re

    from newsfacts.extractors import dates

    one = re.compile(r"(?<=[\u4e00-\u9fff] )(?:(?P<y>(?:19|20)\d{2}) 年(?: (?=\d))?)?"
                     r"(?:(?P<m>1[0-2]|0?[1-9]) (?:月份|月)(?: (?P<d>3[01]|[12]\d|0?[1-9]) [日号])?)?(?<! )(?<=[年月份日号])")
    rules = dates._rules()
    found = 0
    for text in SPACED:
        spans = {m.span() for m in rules.date.finditer(text)}
        for expected in one.finditer(text):
            found += 1
            assert expected.span() in spans, (text, expected.group())
    assert found >= 6


IDENTIFIER_CASES = ["见WWW.example.com", "wWw.x", "文件.PDF下载", "a.Pdf ", "a.ſhtml", "安装包.apK", "%2F%2f", "+86 138",
                    "(18.34,-0.16,-0.86%)", "（4.20，0.03，0.72%）", "010-1234567", "400-123-4567", "a.MP3", "a.7Z", "2021-06-18", "a.DOCX"]


def test_the_identifier_prefilter_finds_what_it_found_ignoring_case():
    """`numbers._ANY_IDENTIFIER` ignores case only inside the file extensions (so that regex_cache gives it a
    start set); it finds what the pattern that ignored case everywhere found, on every fixture text and on
    forms in either case."""
    import re

    from newsfacts.extractors import numbers

    everywhere = re.compile(r"(?=[:wW@%.+048])(?:://|www\.|@|%[0-9A-Fa-f]{2}|\." + numbers._EXTENSIONS
                            + r"|\+86|(?<=\d)%[)）]|(?<![\d-])0\d{2,3}-\d{7}|(?<![\d-])[48]00-?\d{3}-?\d{4})",
                            re.IGNORECASE)
    root = Path(__file__).resolve().parent.parent / "fixtures"
    texts = [p.read_text(encoding="utf-8", errors="replace") for folder in ("corpus", "html") for p in sorted((root / folder).iterdir())]
    texts += IDENTIFIER_CASES
    found = 0
    for text in texts:
        spans = [m.span() for m in everywhere.finditer(text)]
        assert [m.span() for m in numbers._ANY_IDENTIFIER.finditer(text)] == spans
        found += len(spans)
    assert found > 30


def test_every_identifier_clue_holds_a_clue_of_the_cheap_test():
    """`numbers._may_hold_identifier` stands before `_ANY_IDENTIFIER`: every match of that pattern, on every fixture
    text and on forms in either case and of every telephone shape, is itself a text the cheap test lets through."""
    from newsfacts.extractors import numbers

    root = Path(__file__).resolve().parent.parent / "fixtures"
    texts = [p.read_text(encoding="utf-8", errors="replace") for folder in ("corpus", "html") for p in sorted((root / folder).iterdir())]
    texts += IDENTIFIER_CASES + ["4001234567", "800-1234567", "400123-4567", "400-123-4567", "0755-12345678", "a@b.cn",
                                 "ftp://x", "a.ſhtml", "Wangfujing WWw.", "（１８．３４，－０．１６，－０．８６％）"]
    found = 0
    for text in texts:
        for match in numbers._ANY_IDENTIFIER.finditer(text):
            assert numbers._may_hold_identifier(match.group()), (text[:40], match.group())
            found += 1
    assert found > 40


def test_the_forecast_note_prefilter_finds_any_of_its_pairs():
    """`_noted_lists` runs only in a text holding a note's closing bracket before a money unit; the pairs (a few
    hundred, from the currency table) are searched as one pattern per closing bracket, which together find one
    exactly where some pair is."""
    from newsfacts.extractors.amounts import _note_then_unit, _rules
    from newsfacts.tables import load_toml

    pairs = _note_then_unit(load_toml("currencies.toml")["words"])
    patterns = _rules()["note_then_unit_res"]
    assert len(pairs) > 20 and {"）亿", ")万", "）美"} <= set(pairs)
    root = Path(__file__).resolve().parent.parent / "fixtures"
    texts = [extract_file(str(p)).text or "" for folder in ("corpus", "html") for p in sorted((root / folder).iterdir())]
    texts += [f"净利润24.3/27.5（前值18.9/21.1{pair}元" for pair in pairs]
    texts += ["（前值18.9）", "）", ")", "亿元）", "）（亿", ") 亿", "）\n万"]
    for text in texts:
        assert any(pattern.search(text) for pattern in patterns) == any(pair in text for pair in pairs), text[:60]


def test_a_mark_is_the_word_the_segmenter_gives():
    """amounts._word_at gives a mark, a space or a symbol as a word alone tagged x without segmenting: at every
    such place of every fixture text (and before its neighbours: 8、营业收入, 两年）, 表2 2021年) it is the
    segmenter's own first word there."""
    from newsfacts import tokenizer
    from newsfacts.chinese import normalize

    root = Path(__file__).resolve().parent.parent / "fixtures"
    texts = [normalize(extract_file(str(p)).text or "") for folder in ("corpus", "html") for p in sorted((root / folder).iterdir())]
    places = [(text, pos) for text in texts for pos in range(len(text)) if amounts._NO_WORD_CHAR.match(text, pos)]
    assert len(places) > 5000 and {text[pos] for text, pos in places} >= set("，。、（）“” \n：")
    for text, pos in places:
        assert amounts._word_at(text, pos) == tokenizer.tag(text[pos:pos + 8])[0]


def test_a_longer_word_opens_only_where_a_prefix_is_a_word():
    """amounts._may_open_longer_word answers no without segmenting (no longer prefix is a dictionary word); at every
    Han character of every fixture text where the segmenter's first word is longer than one or two characters, it
    says yes."""
    from newsfacts.chinese import is_han, normalize

    root = Path(__file__).resolve().parent.parent / "fixtures"
    texts = [normalize(extract_file(str(p)).text or "") for folder in ("corpus", "html") for p in sorted((root / folder).iterdir())]
    said_no = 0
    for text in texts:
        for pos in (pos for pos in range(len(text)) if is_han(text[pos])):
            for end in (pos + 1, pos + 2):
                if not amounts._may_open_longer_word(text, pos, end):
                    said_no += 1
                    assert len(amounts._word_at(text, pos)[0]) <= end - pos, text[pos:pos + 8]
    assert said_no > 10000


NUMERALS = set("0123456789一二两三四五六七八九十百千万亿")


def _normalized_fixture_texts():
    from newsfacts.chinese import normalize

    root = Path(__file__).resolve().parent.parent / "fixtures"
    return [normalize(extract_file(str(p)).text or "") for folder in ("corpus", "html") for p in sorted((root / folder).iterdir())]


def test_what_follows_a_number_is_one_match_as_it_was_several():
    """`unit_follows_re` and `one_measure_re` join the patterns a number's follower was asked of one by one; the
    noted range dashes join a bound's note and the dash (a note, when written, is taken whole): at every place of
    the fixture texts where a number ends (and at every place of a text of notes and dashes) each answers as the
    separate matches did."""
    import re

    from newsfacts.grammar import RANGE_DASH

    rules = amounts._rules()
    dash, inclusive, low_bound = re.compile(RANGE_DASH), re.compile(r"\s?[(（]不?含[)）]"), re.compile(r"以上|\s?[(（]不?含[)）]")

    def unit(text, pos):
        return bool(rules["currency_re"].match(text, pos) or rules["unit_re"].match(text, pos)
                    or rules["classifier_re"].match(text, pos) or text.startswith(("%", "倍"), pos))

    def one(text, pos):
        return unit(text, pos) or text.startswith(("多", "余", "来", rules["per_mille"], "x"), pos) \
            or bool(rules["points_re"].match(text, pos) or dash.match(text, pos) or inclusive.match(text, pos))

    def noted(note, text, pos):
        found = note.match(text, pos)
        sep = dash.match(text, found.end() if found else pos)
        return sep and (sep.end(), sep.group(0))

    def joined(pattern, text, pos):
        sep = pattern.match(text, pos)
        return sep and (sep.end(), sep.group("dash"))

    notes = "1万(含)-5万元，50万元（含）以上，1米（含）-1.3米，1.0米以上至1.4米 - 2米，一‰，一x，一个百分点，一至二，三 ~ 四"
    places = [(text, pos) for text in _normalized_fixture_texts() for pos in range(1, len(text) + 1) if text[pos - 1] in NUMERALS]
    places += [(notes, pos) for pos in range(len(notes) + 1)]
    assert len(places) > 10000
    for text, pos in places:
        assert amounts._unit_follows(text, pos, rules) == unit(text, pos), text[pos:pos + 8]
        assert amounts._measure_follows_one(text, pos, rules) == one(text, pos), text[pos:pos + 8]
        assert joined(amounts._NOTED_RANGE_SEP, text, pos) == noted(inclusive, text, pos), text[pos:pos + 8]
        assert joined(amounts._LOW_BOUND_RANGE_SEP, text, pos) == noted(low_bound, text, pos), text[pos:pos + 8]


def test_a_counted_noun_ends_in_a_head_within_the_phrase_reach():
    """`_may_open_a_noun` says no where no counted head is written within `CountedObject.reach` (and no quote opens
    the phrase): after every numeral character of the fixture texts, where `_bare_noun_at` finds a noun it says yes;
    and `reach` ends where the phrase's characters were counted to."""
    from newsfacts.extractors.objects import _STOP_CHARS, CountedObject

    rules, finder = amounts._rules(), CountedObject()
    found = 0
    for text in _normalized_fixture_texts():
        for pos in range(1, len(text)):
            end = pos
            while end < len(text) and end - pos < finder.window and text[end] not in _STOP_CHARS:
                end += 1
            assert finder.reach(text, pos) == end
            if text[pos - 1] in NUMERALS and amounts._bare_noun_at(text, pos, rules, finder) is not None:
                found += 1
                assert amounts._may_open_a_noun(text, pos, rules, finder), text[pos - 1:pos + 10]
    assert found > 30


def test_a_change_word_before_a_number_ends_in_a_character_of_the_words():
    """`direction_before` asks its pattern only where the character before the number ends a change word or a word
    between (or is a newline): at every place of the fixture texts, titles and clean texts (and of sentences of
    changes, not_words and newlines) it answers as the pattern asked of the window did."""
    from newsfacts import direction

    change, _, not_words, _, _ = direction._patterns()

    def plain(text, start):
        before = text[max(0, start - direction.REACH):start]
        match = change.search(before)
        if not match:
            return None
        word_end = match.end("up") if match["up"] else match.end("down")
        return None if before[:word_end].endswith(not_words) else "up" if match["up"] else "down"

    root = Path(__file__).resolve().parent.parent / "fixtures"
    texts = ["同比增长了\n5%，新增3家，下降到3%，降幅收窄0.5个百分点，分别增长5%和\n3%，增值税12亿元"]
    for path in [p for folder in ("corpus", "html") for p in sorted((root / folder).iterdir())]:
        document = extract_file(str(path))
        texts += [document.text or "", document.title or ""]
    directed = 0
    for text in texts:
        for start in range(len(text) + 1):
            assert direction.direction_before(text, start) == plain(text, start), text[max(0, start - 16):start]
            directed += plain(text, start) is not None
    assert directed > 500


def test_a_plain_figure_tried_first_changes_no_numeral_match():
    """The numeral pattern tries a plain figure that no comma follows before the figure with thousands commas: at
    every place of the fixture texts (and of figures with commas, decimals and too many digits) it matches what
    the pattern without that first branch matched."""
    import re

    from newsfacts import numerals

    pattern = numerals.numeral_pattern()
    first = rf"\d{{1,{numerals.MAX_DIGITS}}}(?:\.\d{{1,{numerals.MAX_DECIMALS}}})?(?![\d.,])|"
    assert first in pattern.pattern
    plain = re.compile(pattern.pattern.replace(first, ""), pattern.flags)
    forms = "1,627元，93,708,580.25元，12,3456，1234,567，5658.5亿，0.5%，3.2.1，1,2，12345678901234567890，1.123456789，-10.8，2亿5"
    texts = _normalized_fixture_texts() + [forms]
    matched = 0
    for text in texts:
        for pos in range(len(text)):
            ours, theirs = pattern.match(text, pos), plain.match(text, pos)
            assert (ours and (ours.span(), ours.groups())) == (theirs and (theirs.span(), theirs.groups())), text[pos:pos + 12]
            matched += ours is not None
    assert matched > 5000
