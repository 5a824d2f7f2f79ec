"""A hostile batch: one file of each bad kind among real articles. Every good article is
written exactly as alone, every bad file is named (error line and error record) or read
without the part that cannot be read; nothing ends the batch."""
from __future__ import annotations

import json

import pytest
from conftest import CORPUS, SEED

from newsfacts import InputError, extract
from newsfacts.cli import main

GOOD = [SEED, CORPUS / "sina_hexo-003.txt", CORPUS / "html-002.html"]
RFC_ABSURD = "Thu, 16 Jun 99999999999999999999 05:08:47 GMT"
ALIAS_BOMB = "".join(f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi"))

# name → (file content, a words of the error's reason, or None when the file is read without error)
HOSTILE = {
    "feb30.md": ("---\ntitle: 标题\ndate: 2022-02-30\n---\n营收增长5%。\n", "ValueError: day is out of range"),
    "month13.md": ("---\ntitle: 标题\ndate: 2022-13-01\n---\n营收增长5%。\n", "ValueError: month must be in 1..12"),
    "hour25.md": ("---\ntitle: 标题\ndate: 2022-01-01 25:00:00\n---\n营收增长5%。\n", "ValueError: hour must be in 0..23"),
    "alias_bomb.md": ("---\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + ALIAS_BOMB + "title: *i\n---\n营收增长5%。\n",
                      "aliases are not read"),
    "deep_yaml.md": ("---\ntitle: " + "[" * 100 + "]" * 100 + "\n---\n营收增长5%。\n", "nests deeper than"),
    # nesting written on one line with block entries (- - - x), short enough to look harmless
    "deep_entries.md": ("---\ntags:\n" + "- " * 40 + "x\n---\n营收增长5%。\n", "nests deeper than"),
    "rfc_front_matter.md": (f"---\ntitle: t\ndate: {RFC_ABSURD}\n---\n营收增长5%。\n", None),
    "rfc_record.txt": (f"Title: t\nPublished: {RFC_ABSURD}\nFull Content: 营收增长5%。\n", None),
    "rfc_meta.html": (f'<html><head><meta property="article:published_time" content="{RFC_ABSURD}"></head>'
                      "<body><p>营收增长5%。</p></body></html>", None),
    "rfc_time.html": (f'<html><body><time datetime="{RFC_ABSURD}">x</time><p>营收增长5%。</p></body></html>', None),
    "year1.md": ("---\ntitle: t\ndate: 0001-01-01\n---\n上周一营收增长5%。\n", None),
    "year9999.md": ("---\ntitle: t\ndate: 9999-12-31\n---\n下周日营收增长5%。\n", None),
    "digits_title.md": ("---\ntitle: " + "9" * 5000 + "\n---\n营收增长5%。\n", None),
    "yi_run.txt": ("营收1" + "亿" * 700 + "元，营收增长5%。\n", None),
    "digits_body.txt": ("营收" + "9" * 5000 + ".5亿元，营收增长5%。\n", None),
}


def _alone(path) -> dict:
    return json.loads(json.dumps(extract(path).to_dict(), ensure_ascii=False))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_every_good_article_written_and_every_bad_file_named(tmp_path, capsys, jobs):
    bad = {}
    for name, (content, _) in HOSTILE.items():
        bad[name] = tmp_path / name
        bad[name].write_text(content, encoding="utf-8")
    paths = [str(GOOD[0]), *[str(p) for p in list(bad.values())[:6]], str(GOOD[1]),
             *[str(p) for p in list(bad.values())[6:]], str(GOOD[2])]
    out = tmp_path / "out.jsonl"
    status = main(["extract", "--format", "jsonl", "--jobs", jobs, "-o", str(out), *paths])
    err = capsys.readouterr().err
    docs = {d["source"]: d for d in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert list(docs) == paths                               # every file has its record, in input order
    for good in GOOD:
        alone = _alone(good)
        alone["source"] = str(good)
        assert docs[str(good)] == alone                      # written exactly as when read alone
    for name, (_, reason) in HOSTILE.items():
        doc = docs[str(bad[name])]
        if reason is None:
            assert doc["error"] is None
            assert doc["published"] is None or doc["published"][:4] in ("0001", "9999")
            assert name != "digits_title.md" or doc["title"] == "9" * 5000
            assert [f["text"] for f in doc["facts"] if f["type"] == "percent"] == ["5%"]
        else:
            assert reason in doc["error"]
            assert f"error: {bad[name]}: " in err and reason in err.split(f"error: {bad[name]}: ")[1].splitlines()[0]
    assert status == 1 and "internal error" not in err and "Traceback" not in err


def test_a_bug_while_reading_one_file_is_that_files_error(tmp_path, capsys, monkeypatch):
    import newsfacts.pipeline

    real = newsfacts.pipeline.extract_file

    def buggy(path, **kwargs):
        if path.endswith("bug.txt"):
            raise ZeroDivisionError("division by zero")
        return real(path, **kwargs)

    monkeypatch.setattr(newsfacts.pipeline, "extract_file", buggy)
    bug = tmp_path / "bug.txt"
    bug.write_text("营收增长5%。", encoding="utf-8")
    status = main(["extract", "--format", "jsonl", "--jobs", "1", str(SEED), str(bug)])
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert status == 1 and len(lines) == 2 and json.loads(lines[0])["error"] is None
    assert json.loads(lines[1])["error"] == "internal error: ZeroDivisionError: division by zero"
    assert f"error: {bug}: internal error: ZeroDivisionError: division by zero" in captured.err
    assert "Traceback" not in captured.err
    monkeypatch.setenv("NEWSFACTS_TRACEBACK", "1")
    assert main(["extract", "--format", "jsonl", str(bug)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" in err and "ZeroDivisionError" in err and f"error: {bug}:" in err


def test_library_raises_input_error_for_a_date_that_does_not_exist():
    with pytest.raises(InputError, match="day is out of range"):
        extract("---\ntitle: t\ndate: 2022-02-30\n---\n营收增长5%。\n")


@pytest.mark.parametrize("length", [86, 300, 4095, 5000])
def test_library_takes_a_long_line_for_text_not_a_path(length):
    text = ("营收增长5%，" * 1000)[:length]
    assert extract(text).text == text


def test_library_takes_a_string_for_a_path_only_when_the_file_exists(tmp_path):
    assert [f.text for f in extract("公司营收12亿元，见附件report.html").facts] == ["12亿元"]
    assert extract(str(SEED)).title == extract(SEED).title and extract(SEED).source == str(SEED)
    with pytest.raises(InputError, match="no such file"):
        extract(tmp_path / "missing.txt")


def test_a_name_with_a_line_break_or_an_escape_sequence_is_one_error_line(tmp_path, capsys):
    # found by hand (issue 17, second round): such a name broke the error line in two, and an escape
    # sequence in a name reached the terminal as it is; a symbolic link loop was called dangling
    (tmp_path / "bad\nname.txt").write_text("", encoding="utf-8")
    (tmp_path / "esc\x1b[31mred\u202etxt.md").write_text("---\ntitle: t\ndate: 2022-02-30\n---\n营收增长5%。\n", encoding="utf-8")
    (tmp_path / "loop_a.txt").symlink_to("loop_b.txt")
    (tmp_path / "loop_b.txt").symlink_to("loop_a.txt")
    (tmp_path / "good.txt").write_bytes(SEED.read_bytes())
    status = main(["extract", "--format", "jsonl", "--jobs", "1", str(tmp_path)])
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert status == 1 and len(lines) == 5 and all(line.startswith("error: ") for line in lines[:4])
    assert lines[4] == "4 of 5 files failed"
    assert f"error: {tmp_path}/bad\\nname.txt: empty file" in lines
    assert f"error: {tmp_path}/esc\\x1b[31mred\\u202etxt.md: broken YAML front matter" in captured.err
    assert "\x1b" not in captured.err and "\u202e" not in captured.err
    assert f"error: {tmp_path}/loop_a.txt: symbolic link loop (too many levels of symbolic links)" in lines
    docs = {d["source"]: d for d in map(json.loads, captured.out.splitlines())}
    assert docs[f"{tmp_path}/bad\nname.txt"]["error"] == "empty file"    # the record keeps the real name
    assert docs[f"{tmp_path}/good.txt"]["error"] is None and docs[f"{tmp_path}/good.txt"]["facts"]
