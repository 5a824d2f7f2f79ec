"""Traditional characters (Hong Kong, Taiwan) read as simplified, one character for one."""
from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

from newsfacts import extract
from newsfacts.chinese import _FULL_WIDTH, normalize
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
