"""Traditional characters (Hong Kong, Taiwan) read as simplified, one character for one."""
from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

from newsfacts import extract, extract_text
from newsfacts.chinese import _FULL_WIDTH, normalize
from newsfacts.extractors.regions import home_currency
from newsfacts.tables import data_text

YAHOO_HK = ROOT / "fixtures" / "unseen2_pages" / "html" / "unseen2_page-yahoohk-1.html"


def test_traditional_table_is_in_sync_with_opencc():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_traditional.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_no_character_of_simplified_prose_is_rewritten():
    # every key is a character GB2312 lacks, except the few the build script names (後 and 於 are
    # surnames in simplified text, 參 is the capital 叁)
    keys = {line[0] for line in data_text("traditional.txt").splitlines() if len(line) == 2 and line[0] != "#"}
    assert len(keys) > 2500 and all(ord(key) in _FULL_WIDTH for key in keys)
    in_gb2312 = set()
    for char in keys:
        try:
            char.encode("gb2312")
            in_gb2312.add(char)
        except UnicodeEncodeError:
            pass
    assert in_gb2312 == {"後", "於", "徵", "夥", "摺", "菸"}
    # a sentence of fixtures/corpus/sina_hexo-003.txt: simplified prose comes back unchanged
    sentence = "著名的乾隆年间，全国吸收外资4810亿元，同比增长35.4%。"
    assert normalize(sentence) == sentence


def test_a_hong_kong_page_names_its_sectors_in_traditional_characters():
    # unseen2_page-yahoohk-1 (Yahoo HK, a Reuters story): its gold lists 製造業 and 服務業; before the
    # full table only number, date and money characters were read, and both were missed
    doc = extract(str(YAHOO_HK))
    sectors = [(f.text, f.get("name")) for f in doc.facts if f.type == "sector"]
    assert ("製造業", "制造业") in sectors and ("服務業", "服务业") in sectors
    assert all((doc.text if f.where == "body" else doc.title)[f.start:f.end] == f.text for f in doc.facts)
    assert "製造業" in doc.text                                          # the printed text keeps its characters


HKCNEWS = ROOT / "tests" / "data" / "traditional" / "hkcnews-38637.md"


def test_a_hong_kong_paper_s_yuan_are_hong_kong_dollars():
    # 眾新聞 on the 2021 budget: 每期一千元 (consumption vouchers), 約300億, 回撥250億 and 230億 are all
    # Hong Kong dollars; read as yuan they were off by the exchange rate
    doc = extract(str(HKCNEWS))
    money = [(f.text, f.get("value"), f.get("currency")) for f in doc.facts if f.type == "money"]
    assert money == [("一千元", 1000, "HKD"), ("約300億", 30000000000, "HKD"), ("250億", 25000000000, "HKD"),
                     ("230億", 23000000000, "HKD")]


def test_simplified_text_about_hong_kong_keeps_yuan_and_names_keep_theirs():
    # a mainland paper writes 港元 for the Hong Kong dollar: in simplified text plain 元 stays yuan however
    # many Hong Kong words it names, and an amount that says 人民幣 in a traditional text stays yuan
    assert home_currency("香港本港港府立法会恒指港股：收入1340亿元", "香港本港港府立法会恒指港股：收入1340亿元") is None
    text = "香港本港港府：滙豐控股收入1340億元人民幣"
    doc = extract_text(text)
    assert [(f.text, f.get("currency")) for f in doc.facts if f.type == "money"] == [("1340億元人民幣", "CNY")]
