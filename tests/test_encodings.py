"""Encodings without a declared charset: GB18030 and Big5 told apart by what the text looks like."""
from __future__ import annotations

import pytest
from conftest import CORPUS

from newsfacts.errors import InputError
from newsfacts.reading import decode

# a sentence of fixtures/corpus/sina_hexo-003.txt, written in traditional characters by hand
TRADITIONAL = "從行業看，服務業實際使用外資金額3819億元人民幣，同比增長41.6%。"


def test_big5_is_not_read_as_gb18030():
    assert decode(TRADITIONAL.encode("big5")) == TRADITIONAL


@pytest.mark.parametrize("name", ["sina_hexo-003.txt", "text-008.txt", "html-005.html"])
def test_gb18030_articles_still_read_as_gb18030(name):
    text = (CORPUS / name).read_text(encoding="utf-8")
    assert decode(text.encode("gb18030")) == text


def test_bytes_that_are_no_chinese_text_are_an_error():
    # Japanese in Shift_JIS decodes as GB18030 without a decoding error, into garbage
    japanese = "東京の経済ニュース：今年の輸出は大きく増加しました。".encode("shift_jis")
    japanese.decode("gb18030")
    with pytest.raises(InputError, match="neither UTF-8 nor GB18030 nor Big5"):
        decode(japanese)
