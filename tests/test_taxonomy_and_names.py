"""Sectors on the official taxonomies, organizations, locations and stock links."""
from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import CORPUS, ROOT, extracted

from newsfacts.extractors import facts_in
from newsfacts.tables import load_tsv


def test_built_sector_file_is_in_sync_with_its_sources():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_sectors.py"), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_taxonomy_holds_every_gbt_division_and_the_strategic_emerging_industries():
    names = {row["name"]: row for row in load_tsv("sectors.tsv")}
    by_form = {form: row for row in names.values() for form in row["forms"].split("|")}
    divisions = [row for row in load_tsv("sources/gbt4754_2017.tsv") if row["level"] == "2"]
    assert len(divisions) == 97
    for division in divisions:
        if division["name"] == "国际组织":
            # left out by scripts/build_sectors.py (NOT_INDUSTRIES): news name bodies with it, no industry
            assert "国际组织" not in by_form
            continue
        sector = by_form[division["name"]]
        # a division named like its section (房地产业 K/70, 教育 P/83) carries the section's code
        assert sector["taxonomy"] == "gbt4754_2017" and sector["code"] in (division["code"], division["parent_code"]), division
    assert names["新能源汽车"]["taxonomy"] == "sei_2018" and names["新能源汽车"]["code"] == "5"
    assert names["房地产"]["code"] == "K"


def _sectors(text):
    return [(f.text, f.get("name"), f.get("code")) for f in facts_in(text, "body", None) if f.type == "sector"]


@pytest.mark.parametrize("text,expected", [
    # an item of a 、 series is the sector as written, its qualifier included (the seed's gold: 机器人|智能机器人)
    ("重点发展智能新能源汽车、智能机器人等六大终端产品", [("新能源汽车", "新能源汽车", "5"), ("智能机器人", "机器人", None)]),
    ("上海三大先导产业中，集成电路签约项目28个", [("集成电路", "集成电路", "1.2")]),
    ("围绕数字经济、生命健康、新材料等新兴产业", [("数字经济", "数字经济", None), ("生命健康", "生命健康", None), ("新材料", "新材料", "3")]),
], ids=["longest-match", "official-code", "policy-terms"])
def test_sector_mentions(text, expected):
    found = _sectors(text)
    assert [(t, n) for t, n, _ in found] == [(t, n) for t, n, _ in expected]
    for (_, _, code), (_, _, want) in zip(found, expected):
        if want:
            assert code == want


def test_no_sector_inside_an_organization_name():
    text = "宁波金田新材料有限公司计划投资8亿元"
    assert _sectors(text) == []
    assert [f.text for f in facts_in(text, "body", None) if f.type == "organization"] == ["宁波金田新材料有限公司"]


def test_generic_sector_words_need_a_sector_context():
    assert _sectors("他在金融街上班") == []
    assert [n for _, n, _ in _sectors("包括一批金融、生产性服务业等现代服务业项目")] == ["金融", "生产性服务业", "现代服务业"]


@pytest.mark.parametrize("name,expected", [
    ("sina_hexo-005.txt", {"601099.SH": True, "300059.SZ": True}),
    ("sina_hexo-007.txt", {"300024.SZ": False}),
    ("sina_hexo-018.txt", {"000061.SZ": False, "000591.SZ": False}),
    ("sina_hexo-033.txt", {"300832.SZ": False}),
])
def test_stock_links_in_context(name, expected):
    stocks = {s.code: s.in_context for s in extracted(str(CORPUS / name)).stocks}
    for code, in_context in expected.items():
        assert stocks[code] is in_context, code


@pytest.mark.parametrize("text,names", [
    ("据国家统计局消息，1—4月份，全国房地产开发投资39154亿元", ["国家统计局"]),
    ("如亿咖通拟投资15亿元建设自动驾驶与超级大脑研发中心", ["亿咖通"]),
    ("界面新闻记者还从大会上获悉", ["界面新闻"]),
    ("部署中化集团、中国农业生产资料集团、中国化工建设有限公司近期投放", ["中化集团", "中国农业生产资料集团", "中国化工建设有限公司"]),
    ("期货公司和互联网公司的发展格局", []),
    # well-known names without a suffix (data/known_orgs.txt), from 163-1, sina-3 and text-015
    ("但根据住建部公布的住宅新风系统技术标准，室", ["住建部"]),
    ("英国《金融时报》对世界上最大的几个资管公司进行了调查，包括先锋领航、摩根大通等", ["金融时报", "先锋领航", "摩根大通"]),
    ("分析师指出，标普500指数的估值中枢已结构性上移", []),
    # 科技 ends a firm's name only after a coined word (qq-2, 163-3)
    ("先是杭州的两家数据公司——新颜科技和魔蝎科技", ["新颜科技", "魔蝎科技"]),
    ("丁磊则回答称，“我觉得非常棒，因为从小我就想学科技。”", []),
    # 部门 is "the departments of", not a ministry (ifeng-2)
    ("教师待遇问题， 他没少跟当地教育部门争取， 增设目标", []),
    # a weather bureau; a region's part (中南部) is no 部 (toutiao-4)
    ("北京市气象台25日6时发布天气预报，", ["北京市气象台"]),
    ("温6～12℃，山西东部、河北中南部等局地降幅达16～20℃", []),
    # a role after a name (sina_hexo-030, sina_hexo-037), but not after a place (text-015)
    ("合硕地产机构首席分析师郭毅告诉21世", ["合硕地产机构"]),
    ("”北京特亿阳光新能源总裁祁海珅在接受《华夏时", ["北京特亿阳光新能源"]),
    ("越来越多华尔街分析师建议，投资者或许应该抛开", []),
], ids=["agency", "cue", "media", "list", "no-generic", "known-ministry", "known-firms", "index-not-firm",
        "coined-tech-firms", "no-tech-firm", "departments-not-ministry", "weather-bureau", "region-not-ministry",
        "role-analyst", "role-president", "role-after-place"])
def test_organizations(text, names):
    assert [f.get("name") for f in facts_in(text, "body", None) if f.type == "organization"] == names


def test_locations_with_admin_level():
    found = [(f.text, f.get("name"), f.get("admin")) for f in facts_in("上海市虹口区北外滩与广东、深圳市", "body", None)
             if f.type == "location"]
    assert found == [("上海市", "上海市", "province"), ("虹口区", "虹口区", "district"), ("北外滩", "北外滩", "area"),
                     ("广东", "广东省", "province"), ("深圳市", "深圳市", "city")]


def test_east_money_quote_links_are_stocks():
    from newsfacts.pipeline import extract_text

    page = ('<p><span class="em_stock_key_common" href="http://quote.eastmoney.com/unify/r/0.300750">宁德时代</span>拟增资'
            '<span href="http://quote.eastmoney.com/unify/r/90.BK1033">电池</span>项目，<a href="http://quote.eastmoney.com/unify/r/1.600519">'
            '贵州茅台</a>公告称。</p>')
    doc = extract_text(page)
    assert [(s.code, s.name) for s in doc.stocks] == [("300750.SZ", "宁德时代"), ("600519.SH", "贵州茅台")]


@pytest.mark.parametrize("text,names", [
    ("光洋股份(002708)9月29日公告", ["光洋股份"]),
    ("奈飞（NFLX）股价下跌", ["奈飞"]),
    ("四川省外商直接投资（FDI）到资20.27亿美元", []),
], ids=["a-share-code", "us-ticker", "economic-term"])
def test_names_with_a_code_in_brackets(text, names):
    assert [f.get("name") for f in facts_in(text, "body", None) if f.type == "organization"] == names


@pytest.mark.parametrize("text,names", [
    # fixtures/corpus/sina_hexo-014.txt: the bracket is the company cue 投资 needs (README "投资 after a name")
    ("紫风投资（紫金矿业全资子公司发起的私募股权投资基金）通过增资扩股方式，出资1386万元", ["紫风投资", "紫金矿业"]),
    ("战争结束后，劳伦斯投资了大约875万美元在20余家公司", []),
    ("外商投资准入负面清单", []),
    ("5G投资1849亿元", []),
], ids=["coined-firm", "person-investing", "common-phrase", "ascii-term"])
def test_firms_named_x_investment(text, names):
    assert [f.get("name") for f in facts_in(text, "body", None) if f.type == "organization"] == names


def test_investment_at_the_price_of_a_purchase():
    from newsfacts.pipeline import extract_text

    doc = extract_text('<p>日前，<a href="https://finance.sina.com.cn/realstock/company/sh601899/nc.shtml">紫金矿业</a>'
                       "在投资者互动平台上表示，公司与新锂公司签署《安排协议》，以现金方式收购新锂公司全部普通股，"
                       "交易金额约为9.6亿加元。</p>")
    found = [(f.get("investor"), f.get("value"), f.get("currency"), f.get("status")) for f in doc.facts if f.type == "investment"]
    assert found == [("紫金矿业", 960000000, "CAD", "done")]


def test_investment_as_the_size_of_a_fund_founded():
    from newsfacts.pipeline import extract_text

    doc = extract_text('<p>9月23日晚间，<a href="https://finance.sina.com.cn/realstock/company/sh601939/nc.shtml">建设银行</a>'
                       "公告称，公司拟出资设立住房租赁基金。基金募集规模为人民币300亿元，公司认缴人民币299.99亿元。</p>")
    found = [(f.get("investor"), f.get("value"), f.get("status")) for f in doc.facts if f.type == "investment"]
    assert found == [("建设银行", 30000000000, "planned"), ("建设银行", 29999000000, "planned")]
