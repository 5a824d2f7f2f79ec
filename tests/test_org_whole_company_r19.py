"""全公司 is the whole company, no name (issue 13, round 13, names).

`全` right before a suffix is a determiner (全公司, 全行: the whole company, the whole bank), like 该 and 本 in
organizations.toml `generic_before_suffix`: the suffix walk never reads the verb phrase before it as a name (`占全公司`,
`业务占全公司` were two names). A word ending in 全 stays a name's (`北京安全公司`: 安全 is a word).

Sentences are real: fixtures/unseen7_posts/articles/unseen7_post-02.md (its gold lists neither). Fails on main.
"""
from __future__ import annotations

from newsfacts import extract_text


def _orgs(text: str) -> list[str]:
    return [f["text"] for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"]


def test_the_whole_company_is_no_name():
    assert not _orgs("平均售价环比增加了4.2%，占全公司综合毛利的比例依然为19%，经营状况良好")
    assert not _orgs("一季度该业务占全公司综合毛利的比例从去年的9%下降至4%。")
