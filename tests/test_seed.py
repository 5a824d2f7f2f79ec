"""The reference article end to end: metadata, cleaning and stock links."""


def test_seed_metadata(seed_document):
    doc = seed_document
    assert doc.error is None
    assert doc.kind == "post"
    assert doc.published == "2022-06-16T05:08:47+00:00"
    assert doc.title.startswith("上海全球投资促进大会举行")
    assert doc.reporter == "杨舒鸿吉"
    assert doc.editor == "吴剑"
    assert doc.categories == ["金融", "新浪财经", "新浪财经－国內"]


def test_seed_body_is_clean(seed_document):
    text = seed_document.text
    assert text.startswith("2022年6月16日，2022上海全球投资促进大会")
    assert text.endswith("可供物业用地2900万平方米。")
    for boilerplate in ("杨舒鸿吉", "吴剑", "视觉中国", "海量资讯", "appendQr", "<", "{", "　　"):
        assert boilerplate not in text
    assert "蓝帆医疗科创总部" in text


def test_seed_stocks(seed_document):
    stocks = {s.code: (s.name, s.in_context) for s in seed_document.stocks}
    assert stocks == {
        "002382.SZ": ("蓝帆医疗", True),
        "300832.SZ": ("新产业", False),
        "300024.SZ": ("机器人", False),
    }
