"""The command line through click's CliRunner: every format, the options, exit statuses, help."""
from __future__ import annotations

import csv
import io
import json
import os

import pytest
from click.testing import CliRunner
from conftest import CORPUS, SEED

from newsfacts.cli import cli, main
from newsfacts.records import CSV_COLUMNS

TWO = [str(SEED), str(CORPUS / "sina_hexo-003.txt")]


def run(*args, input=None):
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    return result


def test_json_for_one_file_is_one_object_with_chinese_as_itself():
    result = run("extract", str(SEED))
    assert result.exit_code == 0
    assert "\\u" not in result.output and "上海全球投资促进大会" in result.output
    doc = json.loads(result.output)
    assert doc["source"] == str(SEED) and doc["error"] is None
    assert set(doc) == {"doc_id", "source", "kind", "title", "original_title", "url", "published", "author", "categories",
                        "reporter", "editor", "stocks", "text", "facts", "error", "warnings"}
    money = [f for f in doc["facts"] if f["type"] == "money" and f["where"] == "body"]
    assert money[0]["text"] == "5658亿元" and money[0]["value"] == 565800000000 and money[0]["currency"] == "CNY"


def test_json_for_several_files_is_an_array_in_input_order():
    docs = json.loads(run("extract", *TWO).output)
    assert [d["source"] for d in docs] == TWO


def test_jsonl_is_one_document_per_line():
    lines = run("extract", "--format", "jsonl", *TWO).output.splitlines()
    assert len(lines) == 2
    assert json.loads(lines[1])["source"] == TWO[1]


def test_csv_has_the_declared_header_and_one_row_per_fact():
    result = run("extract", "--format", "csv", str(SEED))
    header = next(csv.reader(io.StringIO(result.output)))
    assert header == [c.name for c in CSV_COLUMNS]
    rows = list(csv.DictReader(io.StringIO(result.output)))
    doc = json.loads(run("extract", str(SEED)).output)
    assert len(rows) == len(doc["facts"]) and {r["doc_id"] for r in rows} == {doc["doc_id"]}
    first_money = next(r for r in rows if r["type"] == "money" and r["where"] == "body")
    assert first_money["text"] == "5658亿元" and float(first_money["amount"]) == 565800000000
    assert first_money["currency"] == "CNY" and first_money["unit"] == "亿元"
    target = next(r for r in rows if r["type"] == "target")
    assert target["year"] == "2025" and float(target["amount"]) == 500000000000
    joined = [rows[int(i)] for i in json.loads(target["joins"])]
    assert [r["type"] for r in joined] == ["year", "money"] and joined[0]["year"] == "2025"


def test_csv_gives_a_row_for_a_document_without_facts(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("今天天气很好，我们去公园散步。", encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(run("extract", "--format", "csv", str(path)).output)))
    assert len(rows) == 1 and rows[0]["source"] == str(path) and rows[0]["type"] == "" and rows[0]["error"] == ""


def test_csv_shows_a_failed_file_in_its_error_column(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "facts.csv"
    assert main(["extract", "-o", str(out), str(SEED), str(empty)]) == 1
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    failed = [r for r in rows if r["error"]]
    assert [(r["source"], r["error"], r["type"]) for r in failed] == [(str(empty), "empty file", "")]
    assert all(r["source"] == str(SEED) for r in rows if not r["error"])


@pytest.mark.parametrize("name, first_bytes", [("facts.csv", b"doc_id,"), ("facts.jsonl", b'{"doc_id"'),
                                              ("facts.json", b'{\n  "doc_id"'), ("facts.db", b"SQLite format 3")],
                         ids=["csv", "jsonl", "json", "sqlite"])
def test_the_format_follows_the_output_suffix(tmp_path, name, first_bytes):
    out = tmp_path / name
    assert run("extract", "-o", str(out), str(SEED)).exit_code == 0
    assert out.read_bytes().startswith(first_bytes)


def test_excel_applies_to_csv_only(tmp_path):
    assert main(["extract", "--excel", "-o", str(tmp_path / "facts.jsonl"), str(SEED)]) == 2
    assert not (tmp_path / "facts.jsonl").exists()


@pytest.mark.parametrize("where, message", [("no/such/folder/facts.csv", "does not exist"),
                                            ("a_file/facts.csv", "does not exist"),
                                            ("a_folder", "is a folder")])
def test_an_output_folder_that_cannot_take_the_file_is_a_usage_error(tmp_path, capsys, where, message):
    (tmp_path / "a_file").write_text("x", encoding="utf-8")
    (tmp_path / "a_folder").mkdir()
    target = tmp_path / where
    before = sorted(p.name for p in tmp_path.rglob("*"))
    assert main(["extract", "-o", str(target), str(SEED)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(target) in err[0] and message in err[0] and "internal error" not in err[0]
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_excel_option_writes_a_bom(tmp_path):
    out = tmp_path / "facts.csv"
    assert run("extract", "--format", "csv", "--excel", "-o", str(out), str(SEED)).exit_code == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_output_file_is_written_whole_and_leaves_no_temporary_file(tmp_path):
    out = tmp_path / "facts.json"
    assert run("extract", "-o", str(out), *TWO).exit_code == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["facts.json"]


def test_types_keeps_only_those_types_and_renumbers_joined_facts():
    doc = json.loads(run("extract", "--types", "year,money,target", str(SEED)).output)
    assert {f["type"] for f in doc["facts"]} == {"year", "money", "target"}
    for target in (f for f in doc["facts"] if f["type"] == "target"):
        year, amount = (doc["facts"][i] for i in target["facts"])
        assert year["type"] == "year" and amount["value"] == target["value"]


def test_unknown_type_is_a_usage_error_naming_the_option(capsys):
    assert main(["extract", "--types", "moneys", str(SEED)]) == 2
    err = capsys.readouterr().err
    assert "--types" in err and "moneys" in err


def test_no_text_leaves_the_body_out():
    assert json.loads(run("extract", "--no-text", str(SEED)).output)["text"] is None


def test_standard_input():
    text = SEED.read_text(encoding="utf-8")
    doc = json.loads(run("extract", "-", input=text).output)
    assert doc["source"] == "-" and doc["kind"] == "post" and len(doc["facts"]) > 50


def test_folder_is_read_recursively_with_glob(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("营收增长5%。", encoding="utf-8")
    (tmp_path / "two.md").write_text("净利润3亿元。", encoding="utf-8")
    (tmp_path / "skip.csv").write_text("x", encoding="utf-8")
    docs = json.loads(run("extract", str(tmp_path)).output)
    assert sorted(d["source"].rsplit("/", 1)[1] for d in docs) == ["one.txt", "two.md"]
    docs = json.loads(run("extract", "--glob", "*.md", str(tmp_path)).output)
    assert [d["source"].rsplit("/", 1)[1] for d in docs] == ["two.md"]


def test_a_failed_file_gives_status_1_an_error_record_and_the_rest_written(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out.jsonl"
    status = main(["extract", "--format", "jsonl", "-o", str(out), str(SEED), str(empty)])
    assert status == 1
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert docs[0]["error"] is None and docs[0]["facts"]
    assert docs[1]["error"] == "empty file" and docs[1]["facts"] == []
    err = capsys.readouterr().err
    assert f"error: {empty}: empty file" in err


def test_missing_file_is_an_error_record_not_a_crash(capsys):
    assert main(["extract", "/no/such/file.txt"]) == 1
    assert "no such file" in capsys.readouterr().err


def test_usage_errors_give_status_2():
    assert main(["extract"]) == 2
    assert main(["extract", "--format", "xml", str(SEED)]) == 2
    assert main(["extract", "--max-size", "lots", str(SEED)]) == 2


def test_jobs_2_gives_the_same_output_as_jobs_1():
    paths = [str(p) for p in sorted(CORPUS.glob("sina_hexo-0[0-2]*.txt"))]
    one = run("extract", "--format", "jsonl", "--jobs", "1", *paths).output
    two = run("extract", "--format", "jsonl", "--jobs", "2", *paths).output
    assert one == two and len(one.splitlines()) == len(paths)


@pytest.mark.parametrize("command", [[], ["extract"], ["clean"]])
def test_every_command_has_help_with_examples(command):
    result = run(*command, "--help")
    assert result.exit_code == 0 and "Examples:" in result.output and "newsfacts " in result.output


def test_clean_prints_metadata_and_body():
    result = run("clean", str(SEED))
    assert result.exit_code == 0
    assert "reporter: 杨舒鸿吉" in result.output and "editor: 吴剑" in result.output
    assert "300024.SZ 机器人 (not in context)" in result.output
    assert "海量资讯" not in result.output and "可供物业用地2900万平方米。" in result.output


def test_progress_bar_goes_to_stderr_only():
    result = CliRunner().invoke(cli, ["extract", "--format", "jsonl", "--progress", "--jobs", "1", *TWO])
    assert result.exit_code == 0
    assert all(line.startswith("{") for line in result.stdout.splitlines())


def test_output_to_a_device_writes_through_and_keeps_the_device(tmp_path):
    import stat

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    import threading

    received = []
    reader = threading.Thread(target=lambda: received.append(open(fifo, encoding="utf-8").read()))
    reader.start()
    assert run("extract", "--format", "jsonl", "-o", str(fifo), str(SEED)).exit_code == 0
    reader.join(timeout=30)
    assert json.loads(received[0])["kind"] == "post"
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_parquet_output_is_a_folder_of_two_tables(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "tables.parquet"
    assert main(["extract", "--jobs", "1", "-o", str(out), *TWO]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["documents.parquet", "facts.parquet"]
    documents = pq.read_table(out / "documents.parquet").to_pylist()
    assert [d["source"] for d in documents] == TWO
    facts = pq.read_table(out / "facts.parquet", columns=["doc_id"]).to_pylist()
    assert sum(d["fact_count"] for d in documents) == len(facts) > 100


def test_a_table_format_needs_an_output_path(capsys):
    assert main(["extract", "--format", "sqlite", str(SEED)]) == 2
    assert "-o" in capsys.readouterr().err
