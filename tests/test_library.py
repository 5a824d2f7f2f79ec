"""The library: extract_text, extract_many in input order, attribute access to facts, and one writer
path shared with the command line."""
from __future__ import annotations

import io
import time

import pytest
from click.testing import CliRunner
from conftest import CORPUS, SEED

import newsfacts
from newsfacts import extract, extract_many, extract_text, write
from newsfacts.cli import cli
from newsfacts.writers import WriteOptions

PATHS = [str(p) for p in sorted(CORPUS.glob("sina_hexo-0[0-1]*.txt"))]


def test_text_that_ends_like_a_file_name_is_text():
    text = "公司营收12亿元，见附件report.html"
    for document in (extract_text(text), extract(text)):
        assert document.error is None and document.source is None
        assert [(f.type, f.text, f.value) for f in document.facts if f.type == "money"] == [("money", "12亿元", 1200000000)]


def test_facts_read_as_attributes():
    money = next(f for f in extract_text("净利润3.5亿元。").facts if f.type == "money")
    assert (money.value, money.currency, money.unit, money.qualifier) == (350000000, "CNY", "亿元", None)
    assert money.classifier is None                   # a field of another type: None
    with pytest.raises(AttributeError):
        money.colour                                  # noqa: B018 - not a field of any fact


@pytest.mark.parametrize("jobs", [1, 2])
def test_extract_many_yields_documents_in_input_order(jobs, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    paths = [*PATHS, str(bad), str(SEED)]
    documents = list(extract_many(paths, jobs=jobs))
    assert [d.source for d in documents] == paths
    assert [d.error for d in documents] == [None] * len(PATHS) + ["empty file", None]
    assert [len(d.facts) for d in documents] == [len(extract(p).facts) for p in PATHS] + [0, len(extract(SEED).facts)]


def test_extract_many_runs_under_the_supervisor_a_file_over_the_time_limit_costs_only_itself(tmp_path):
    text = (CORPUS / "text-001.txt").read_text(encoding="utf-8")
    long = tmp_path / "long.txt"                   # a real article repeated to 6 MB: seconds of honest work
    long.write_text(text * (6_000_000 // len(text.encode())), encoding="utf-8")
    paths = [PATHS[0], str(long), *PATHS[1:]]
    started = time.monotonic()
    documents = list(extract_many(paths, jobs=2, timeout=4))       # ~8 s for 6 MB on a quiet machine
    assert time.monotonic() - started < 60
    assert [d.source for d in documents] == paths
    assert documents[1].error == "took longer than the time limit of 4 s (see --timeout); left unread"
    assert [(d.source, d.error) for i, d in enumerate(documents) if i != 1 and (d.error or not d.facts)] == []


def test_extract_many_gives_a_publication_date_to_undated_files(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("10月12日，省统计局发布数据。", encoding="utf-8")
    (document,) = extract_many([path], published="2022-10-20")
    assert document.published == "2022-10-20T00:00:00+08:00" and document.facts[0].value == "2022-10-12"


@pytest.mark.parametrize("format_name", ["json", "jsonl", "csv"])
def test_the_library_writes_what_the_command_line_writes(format_name):
    printed = CliRunner().invoke(cli, ["extract", "--jobs", "1", "--format", format_name, *PATHS]).stdout
    out = io.StringIO()
    write(format_name, extract_many(PATHS), out)
    assert out.getvalue() == printed and len(printed) > 1000


def test_the_library_writes_tables_to_files(tmp_path):
    documents = list(extract_many(PATHS[:2]))
    write("sqlite", documents, tmp_path / "facts.sqlite")
    import sqlite3

    with sqlite3.connect(tmp_path / "facts.sqlite") as connection:
        count = connection.execute("SELECT count(*) FROM facts").fetchone()[0]
    assert count == sum(len(d.facts) for d in documents) > 0
    with pytest.raises(ValueError):
        write("sqlite", documents, io.StringIO())
    out = io.StringIO()
    write("json", documents[:1], out, WriteOptions(single=True, include_text=False, types=frozenset({"money"})))
    assert '"text": null' in out.getvalue() and '"type": "date"' not in out.getvalue()


def test_frames_of_many_documents():
    pytest.importorskip("pandas")
    documents = list(extract_many(PATHS[:3]))
    doc_frame, fact_frame = newsfacts.to_frames(documents)
    assert list(doc_frame["source"]) == PATHS[:3]
    assert len(fact_frame) == sum(len(d.facts) for d in documents)
    assert set(fact_frame["doc_id"]) == set(doc_frame["doc_id"])
