"""Review pages (`newsfacts show`) read back as HTML: every fact highlighted once at its offsets,
nesting and overlaps, details of each fact, what the cleaner removed, escaping, the command.

The browser checks (hover, filters, scripts that must not run) are in test_show_browser.py.
"""
from __future__ import annotations

import json
import os
from collections import Counter, defaultdict

import pytest
from click.testing import CliRunner
from conftest import CORPUS, DATA, SEED
from lxml import etree

from newsfacts.cli import cli
from newsfacts.pipeline import extract_file
from newsfacts.show import fact_rows, highlight_lines, removed_lines, render_index, render_page

HOSTILE = DATA / "hostile_post.txt"


def parse(markup: str):
    return etree.fromstring(markup, etree.HTMLParser())


def highlights(root) -> tuple[dict[int, str], dict[int, set[str]], Counter]:
    """Per fact index: its pieces' text joined in page order, its types, and its number of pieces."""
    texts: dict[int, str] = defaultdict(str)
    types: dict[int, set[str]] = defaultdict(set)
    pieces: Counter = Counter()
    for mark in root.iter("mark"):
        index = int(mark.get("data-fact"))
        texts[index] += "".join(mark.itertext())
        types[index].add(mark.get("data-type"))
        pieces[index] += 1
    return dict(texts), dict(types), pieces


def page_of(path) -> tuple[dict, str]:
    document = extract_file(str(path))
    assert document.error is None
    doc = document.to_dict()
    return doc, render_page(doc)


# --- the seed's page: each fact highlighted exactly once, with its own text ---

def test_seed_page_highlights_each_fact_once_with_its_text():
    doc, page = page_of(SEED)
    texts, types, _ = highlights(parse(page))
    facts = doc["facts"]
    assert len(facts) > 100
    assert set(texts) == set(range(len(facts)))
    assert Counter(next(iter(types[i])) for i in texts) == Counter(f["type"] for f in facts)
    for index, fact in enumerate(facts):
        assert types[index] == {fact["type"]}
        assert texts[index] == fact["text"], fact


def test_seed_text_and_title_read_back_unchanged():
    doc, page = page_of(SEED)
    root = parse(page)
    body = "\n".join("".join(p.itertext()) for p in root.find(".//div[@id='text']").iter("p"))
    assert body == doc["text"]
    assert "".join(root.find(".//h1").itertext()) == doc["title"]


def test_seed_target_holds_its_year_and_money():
    """到2025年，产业规模力争突破5000亿: the target's element holds the year's and the money's (gold: 突破5000亿)."""
    doc, page = page_of(SEED)
    goal = "到2025年，产业规模力争突破5000亿"
    target = next(i for i, f in enumerate(doc["facts"]) if f["type"] == "target" and f["text"] == goal)
    element = parse(page).find(f".//mark[@data-fact='{target}']")
    inside = [(m.get("data-type"), "".join(m.itertext())) for m in element.iter("mark") if m is not element]
    assert inside == [("year", "到2025年"), ("money", "突破5000亿")]    # as in the gold file
    assert doc["facts"][target]["facts"] == [int(m.get("data-fact")) for m in element.iter("mark") if m is not element]


# --- nesting and overlaps, on real sentences with their spans given ---

def _spans(text: str, *parts: tuple[str, str, int]) -> list[tuple[int, int, int, str]]:
    """(type, span text, occurrence) → (start, end, index, type), located in `text`."""
    spans = []
    for index, (kind, span, skip) in enumerate(parts):
        start = -1
        for _ in range(skip + 1):
            start = text.index(span, start + 1)
        spans.append((start, start + len(span), index, kind))
    return spans


NESTING = [
    pytest.param("到2025年，产业规模力争突破5000亿",
                 [("target", "到2025年，产业规模力争突破5000亿", 0), ("year", "到2025年", 0), ("money", "5000亿", 0)],
                 {0: 1, 1: 1, 2: 1}, id="seed-target-holds-year-and-money"),
    # text-014's dateline: an organization read across the date's last character (a real output of the extractor)
    pytest.param("中新网海口9月29日电海南省交通运输厅二级巡视员林向河29日在",
                 [("date", "9月29日", 0), ("organization", "日电海南省交通运输厅", 0)],
                 {0: 1, 1: 2}, id="text-014-partial-overlap-split"),
    pytest.param("小华半导体计划投资8亿元，重点突破设备智能管理SOC芯片",
                 [("investment", "小华半导体计划投资8亿元", 0), ("organization", "小华半导体", 0), ("money", "8亿元", 0)],
                 {0: 1, 1: 1, 2: 1}, id="seed-investment-starts-with-its-investor"),
    pytest.param("如中国电气装备集团有限公司计划投资10亿元建立供应链科技总部",
                 [("organization", "中国电气装备集团有限公司", 0), ("sector", "电气装备", 0)],
                 {0: 1, 1: 1}, id="sector-word-inside-an-organization"),
    pytest.param("二是到2027年，形成一批\n具有国际竞争力的产业集群",
                 [("target", "到2027年，形成一批\n具有国际竞争力", 0), ("year", "到2027年", 0)],
                 {0: 2, 1: 1}, id="span-over-a-line-break-split"),
    pytest.param("全国新设立外商投资企业18497家，同比增长48.6%",
                 [("count", "18497家", 0), ("quantity", "18497家", 0)],
                 {0: 1, 1: 1}, id="two-facts-on-one-span"),
]


@pytest.mark.parametrize(("text", "parts", "pieces"), NESTING)
def test_nested_and_overlapping_spans(text, parts, pieces):
    spans = _spans(text, *parts)
    lines = highlight_lines(text, spans)
    root = parse("<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>")
    assert "\n".join("".join(p.itertext()) for p in root.iter("p")) == text
    texts, types, counted = highlights(root)
    for start, end, index, kind in spans:
        assert texts[index] == text[start:end].replace("\n", "")
        assert types[index] == {kind}
    assert dict(counted) == pieces
    assert sum(1 for line in lines for _ in [0] if line.count("<mark") == line.count("</mark>")) == len(lines)
    firsts = [m.get("data-fact") for m in root.iter("mark") if m.get("id")]
    assert sorted(firsts) == sorted(str(i) for i in range(len(parts)))      # one anchor and tab stop per fact


# --- what hovering shows: the normalized value and the fields the issue names ---

def _first(doc: dict, **wanted) -> dict:
    return next(f for f in doc["facts"] if all(f.get(k) == v for k, v in wanted.items()))


@pytest.mark.parametrize(("wanted", "rows"), [
    pytest.param({"type": "money", "text": "8亿元"}, {"value": "800,000,000 yuan (CNY)", "unit as written": "亿元"},
                 id="money-in-yuan"),
    pytest.param({"type": "money", "text": "万亿级"}, {"value": "1,000,000,000,000 yuan (CNY)",
                                                     "qualifier": "order (order of magnitude)"}, id="money-order"),
    pytest.param({"type": "quantity", "text": "超40平方公里"}, {"value": "40,000,000 m2 (square metres)",
                                                          "qualifier": "min (at least)"}, id="quantity-min"),
    pytest.param({"type": "percent", "text": "约一半"}, {"value": "50 % (per cent)", "qualifier": "approx (about)"},
                 id="percent-approx"),
    pytest.param({"type": "date", "text": "2022年6月16日"}, {"value": "2022-06-16 (ISO 8601)"}, id="date-iso"),
    pytest.param({"type": "sector", "text": "金融"}, {"code": "J", "taxonomy": "gbt4754_2017"}, id="sector-code"),
    pytest.param({"type": "count", "text": "322个重大产业项目"}, {"value": "322", "classifier": "个", "counts": "重大产业项目"},
                 id="count-object"),
    pytest.param({"type": "year", "text": "到2025年"}, {"year": "2025", "role": "target"}, id="target-year"),
])
def test_details_of_the_seed_facts(seed_document, wanted, rows):
    fact = _first(seed_document.to_dict(), **wanted)
    shown = dict(fact_rows(fact))
    for label, reading in rows.items():
        assert shown[label] == reading


def test_details_list_new_fields_by_their_name():
    fact = {"type": "money", "text": "8亿元", "value": 800000000, "currency": "CNY", "direction": "down",
            "canonical": "中国人民银行", "warnings": ["unit guessed"], "where": "body", "start": 0, "end": 4}
    shown = dict(fact_rows(fact))
    assert shown["direction"] == "down" and shown["canonical name"] == "中国人民银行"
    assert shown["warnings"] == '["unit guessed"]'


def test_organization_details_show_canonical_name_and_stock():
    fact = {"type": "organization", "text": "央行", "name": "央行", "canonical": "中国人民银行", "stock": None,
            "where": "body", "start": 5, "end": 7}
    assert dict(fact_rows(fact)) == {"name": "央行", "canonical name": "中国人民银行", "where": "body 5–7"}
    listed = dict(fact_rows({"type": "organization", "text": "蓝帆医疗", "name": "蓝帆医疗", "stock": "002382.SZ",
                             "where": "body", "start": 0, "end": 4}))
    assert listed["stock code"] == "002382.SZ"


def test_page_carries_each_facts_details_as_json(seed_document):
    doc = seed_document.to_dict()
    page = render_page(doc)
    block = parse(page).find(".//script[@id='nf-data']")
    cards = json.loads(block.text)["facts"]
    assert [c["text"] for c in cards] == [f["text"] for f in doc["facts"]]


# --- the page's other parts ---

def test_seed_page_lists_fields_stocks_and_what_targets_join():
    doc, page = page_of(SEED)
    root = parse(page)
    meta = {dt.text: "".join(dd.itertext()) for dt, dd in zip(root.iter("dt"), root.iter("dd"), strict=False)}
    assert meta["reporter"] == "杨舒鸿吉" and meta["editor"] == "吴剑" and meta["source"] == str(SEED)
    stocks = [[td.text for td in tr.iter("td")] for tr in root.find(".//table[@class='stocks']").iter("tr")][1:]
    assert stocks == [["002382.SZ", "蓝帆医疗", "yes"], ["300832.SZ", "新产业", "no"], ["300024.SZ", "机器人", "no"]]
    joins = root.find(".//ol[@class='links']")
    joining = [f for f in doc["facts"] if f["type"] in ("target", "investment")]
    assert len(joins.findall("li")) == len(joining) == 8
    first = joins.find("li")
    goto = [int(a.get("data-goto")) for a in first.iter("a")]
    assert goto[1:] == joining[0]["facts"]
    assert all(a.get("href") == f"#f{a.get('data-goto')}" for a in first.iter("a"))


def test_seed_removed_lines_are_its_boilerplate():
    """What the cleaner cut from the seed, checked against the article by hand: the image credit,
    the byline, the app promotion and the editor line (SPEC §1 Cleaning)."""
    document = extract_file(str(SEED))
    lines = removed_lines(SEED.read_text(encoding="utf-8"), document.text)
    assert lines == [[("图片来源：视觉中国", True)], [("记者 | 杨舒鸿吉", True)],
                     [("海量资讯、精准解读，尽在新浪财经APP", True)], [("责任编辑：吴剑 SF031", True)]]


def test_removed_part_of_a_line_is_marked_within_it():
    """A byline cut from the start of a paragraph (SPEC: `证券时报记者 江聃`) shows the cut words only."""
    raw = "证券时报记者 江聃 近日，深交所发布公告称，将于下月起实施新规。\n第二段正文。"
    kept = "近日，深交所发布公告称，将于下月起实施新规。\n第二段正文。"
    (line,) = removed_lines(raw, kept)
    assert [text for text, cut in line if cut] == ["证券时报记者 江聃 "]
    assert "".join(text for text, _ in line) == raw.split("\n")[0]


def test_page_of_an_html_page_shows_its_menus_as_removed():
    path = CORPUS / "html-002.html"
    document = extract_file(str(path))
    lines = removed_lines(path.read_text(encoding="utf-8"), document.text)
    kept = set(document.text.split("\n"))
    assert lines and not any(len(line) == 1 and line[0][0] in kept for line in lines)
    root = parse(render_page(document.to_dict(), lines))
    assert root.find(".//details[@id='removed']") is not None


# --- escaping: the hostile article ---

def test_hostile_article_is_shown_as_text_and_adds_no_markup():
    document = extract_file(str(HOSTILE))
    page = render_page(document.to_dict(), removed_lines(HOSTILE.read_text(encoding="utf-8"), document.text))
    root = parse(page)
    scripts = list(root.iter("script"))
    assert [s.get("id") or s.get("type") or "page" for s in scripts] == ["nf-data", "page"]
    assert not any(name.lower().startswith("on") for element in root.iter() for name in element.attrib)
    assert not any((a.get("href") or "").strip().lower().startswith("javascript") for a in root.iter("a"))
    assert not list(root.iter("img"))
    text = "".join(root.find(".//div[@id='text']").itertext())
    assert '<script>window.__nf_pwned="escaped"</script>' in text
    assert "<script>window.__nf_pwned=\"title\"</script>" in "".join(root.find(".//h1").itertext())
    assert 'javascript:window.__nf_pwned="url"' in page.replace("&quot;", '"')      # the url, as text only


def test_json_block_cannot_close_its_script():
    doc = {"title": "t", "text": "</script><script>alert(1)</script>", "facts": [
        {"type": "money", "text": "</script><script>alert(1)</script>", "where": "body", "start": 0, "end": 34}]}
    page = render_page(doc)
    assert page.count("<script") == 2 and page.count("</script>") == 2


def test_index_escapes_and_lists_errors():
    rows = [{"source": "a<b>.txt", "title": "<script>x</script>", "kind": "text", "page": "a_b.html",
             "counts": {"money": 2}, "seconds": 0.01, "error": None},
            {"source": "bad.txt", "error": "empty file", "counts": {}, "seconds": 0.0}]
    root = parse(render_index(rows))
    cells = [["".join(td.itertext()) for td in tr.iter("td")] for tr in root.find(".//tbody").iter("tr")]
    assert cells[0][1] == "<script>x</script>" and cells[0][2] == "a<b>.txt" and cells[0][5] == "2"
    assert cells[1][2] == "bad.txt" and cells[1][-1] == "empty file"
    assert len(list(root.iter("script"))) == 1


# --- the command ---

def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_show_writes_pages_and_an_index_listing_bad_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    (folder / "hexo.txt").write_text((CORPUS / "sina_hexo-003.txt").read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    result = run("show", str(folder), "-o", str(out), "--jobs", "2")
    assert result.exit_code == 1
    assert f"error: {folder / 'empty.txt'}: empty file" in result.output
    assert sorted(os.listdir(out)) == ["hexo.html", "index.html", "seed.html"]
    root = parse((out / "index.html").read_text(encoding="utf-8"))
    rows = {"".join(tr[2].itertext()): tr for tr in root.find(".//tbody").iter("tr")}
    assert set(rows) == {str(folder / name) for name in ("binary.txt", "empty.txt", "hexo.txt", "seed.txt")}
    assert "binary file" in "".join(rows[str(folder / "binary.txt")][-1].itertext())
    assert rows[str(folder / "seed.txt")].find(".//a").get("href") == "seed.html"
    seed_page = parse((out / "seed.html").read_text(encoding="utf-8"))
    assert len({m.get("data-fact") for m in seed_page.iter("mark")}) == len(extract_file(str(SEED)).facts)


def test_show_one_file_to_stdout():
    result = run("show", "--format", "html", str(SEED))
    assert result.exit_code == 0
    assert result.output.startswith("<!DOCTYPE html>") and "上海全球投资促进大会" in result.output


@pytest.mark.parametrize(("args", "message"), [
    (["show", str(SEED), str(CORPUS / "sina_hexo-003.txt")], "give -o DIR"),
    (["show", str(SEED), "-o", "x", "--format", "html"], "leave out -o"),
])
def test_show_usage_errors(args, message):
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2 and message in result.output


def test_show_never_writes_a_page_over_an_input(tmp_path):
    page = tmp_path / "article.html"
    page.write_text((CORPUS / "html-002.html").read_text(encoding="utf-8"), encoding="utf-8")
    before = page.read_bytes()
    result = CliRunner().invoke(cli, ["show", str(page), "-o", str(tmp_path)])
    assert result.exit_code == 2 and "would replace an input" in result.output
    assert page.read_bytes() == before


def test_a_file_whose_page_fails_gets_an_error_row_and_the_batch_goes_on(tmp_path, monkeypatch):
    """A bug while rendering one page (here forced) is that file's error; the other pages are written."""
    import newsfacts.show as show

    real = show.render_page

    def broken(doc, removed=None, **options):
        if "吸收外资" in (doc.get("title") or ""):
            raise ValueError("forced")
        return real(doc, removed, **options)

    monkeypatch.setattr(show, "render_page", broken)
    out = tmp_path / "out"
    result = run("show", str(SEED), str(CORPUS / "sina_hexo-003.txt"), "-o", str(out), "--jobs", "1")
    assert result.exit_code == 1
    assert "sina_hexo-003.txt: internal error: ValueError: forced" in result.output
    assert sorted(os.listdir(out)) == ["000_f06b78f4610cb85f.html", "index.html"]
    assert "internal error: ValueError: forced" in (out / "index.html").read_text(encoding="utf-8")
