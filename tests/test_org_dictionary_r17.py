"""A dictionary name right after a verb the scan read into a longer name (issue 13, round 17, names13).

The shared scan takes the longest name at each position, left to right: in 司法部联合国家发展和改革委员会 it takes
联合国 (the United Nations), which round 16 drops (联合 is the verb, 国家… its object), and never saw the name that
opens at 国. The name that opens at the dropped name's last character is now looked up there.

The sentence is real (fixtures/unseen9_texts/articles/unseen9_text-01.md); it missed the commission on main.
"""
from __future__ import annotations

from newsfacts import extract_text


def _orgs(text: str) -> list[str]:
    return [f["text"] for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"]


def test_the_object_of_the_verb_is_found():
    found = _orgs("司法部联合国家发展和改革委员会、中华全国工商业联合会，在全国部署开展行政复议服务企业高质量发展工作")
    assert "国家发展和改革委员会" in found and "联合国" not in found, found
