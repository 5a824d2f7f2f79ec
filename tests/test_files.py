"""What a batch meets on disk: only regular files are opened, unreadable folders are named,
`-o` never overwrites an input, file names that are not UTF-8 never crash a writer, the
output keeps the user's umask, and options that cannot work are usage errors."""
from __future__ import annotations

import json
import os
import socket
import stat

import pytest
from conftest import CORPUS, SEED

from newsfacts.cli import main

GOOD = CORPUS / "sina_hexo-003.txt"


def _special_files(tmp_path):
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "socket.txt"))
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    return sock, {"fifo.txt": "a FIFO", "socket.txt": "a socket", "zero.txt": "a character device"}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_only_regular_files_are_opened(tmp_path, capsys, jobs):
    sock, kinds = _special_files(tmp_path)
    try:
        (tmp_path / "good.txt").write_bytes(GOOD.read_bytes())
        status = main(["extract", "--format", "jsonl", "--jobs", jobs, "--timeout", "20", str(tmp_path)])
    finally:
        sock.close()
    captured = capsys.readouterr()
    docs = {os.path.basename(d["source"]): d for d in map(json.loads, captured.out.splitlines())}
    assert status == 1 and docs["good.txt"]["error"] is None and docs["good.txt"]["facts"]
    for name, kind in kinds.items():
        assert docs[name]["error"] == f"not a regular file ({kind})"
        assert f"error: {tmp_path / name}: not a regular file ({kind})" in captured.err


def test_a_folder_that_cannot_be_read_is_named_and_counts_as_a_failure(tmp_path, capsys, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_bytes(GOOD.read_bytes())
    (tmp_path / "good.txt").write_bytes(GOOD.read_bytes())
    real_scandir = os.scandir

    def scandir(path="."):                     # what a folder without read permission does (root reads all)
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    status = main(["extract", "--format", "jsonl", "--jobs", "1", str(tmp_path)])
    captured = capsys.readouterr()
    assert status == 1
    assert f"error: {locked}: cannot read the folder: Permission denied" in captured.err
    assert "1 folder could not be read" in captured.err
    assert [json.loads(line)["source"] for line in captured.out.splitlines()] == [str(tmp_path / "good.txt")]


def test_output_naming_an_input_file_is_refused(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_bytes(GOOD.read_bytes())
    assert main(["extract", "-o", str(article), str(SEED), str(tmp_path)]) == 2
    assert "is one of the input files" in capsys.readouterr().err
    assert article.read_bytes() == GOOD.read_bytes()


@pytest.mark.parametrize("folder", ["missing", "file"])
def test_output_into_a_folder_that_cannot_hold_it_is_a_usage_error(tmp_path, capsys, folder):
    (tmp_path / "file").write_text("x")
    target = tmp_path / folder / "out.jsonl"
    assert main(["extract", "-o", str(target), str(SEED)]) == 2
    err = capsys.readouterr().err
    assert str(target) in err and "internal error" not in err


@pytest.mark.parametrize("size", ["inf", "nan", "-1", "abc"])
def test_max_size_that_is_no_size_is_a_usage_error(size, capsys):
    assert main(["extract", "--max-size", size, str(SEED)]) == 2
    assert "--max-size" in capsys.readouterr().err


@pytest.mark.parametrize("format_name", ["json", "jsonl", "csv"])
def test_a_file_name_that_is_not_utf8_is_printed_escaped(tmp_path, capsys, format_name):
    folder = os.fsencode(tmp_path)
    good = os.path.join(folder, "测试".encode("gbk") + b".txt")        # a GBK name out of a zip archive
    bad = os.path.join(folder, "坏".encode("gbk") + b".txt")
    with open(good, "wb") as handle:
        handle.write(GOOD.read_bytes())
    open(bad, "wb").close()
    out = tmp_path / f"out.{format_name}"
    assert main(["extract", "--format", format_name, "-o", str(out), str(tmp_path)]) == 1
    written = out.read_text(encoding="utf-8")
    escaped_good, escaped_bad = f"{tmp_path}/\\xb2\\xe2\\xca\\xd4.txt", f"{tmp_path}/\\xbb\\xb5.txt"
    if format_name == "csv":
        assert escaped_good in written and escaped_bad in written
    else:
        sources = [d["source"] for d in (json.loads(written) if format_name == "json" else
                                         map(json.loads, written.splitlines()))]
        assert sources == [escaped_good, escaped_bad]          # in the order of the names' bytes
    assert f"error: {escaped_bad}: empty file" in capsys.readouterr().err


def test_the_output_file_keeps_the_users_umask(tmp_path):
    previous = os.umask(0o002)
    try:
        assert main(["extract", "-o", str(tmp_path / "out.json"), str(SEED)]) == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE(os.stat(tmp_path / "out.json").st_mode) == 0o664


def test_a_file_that_grows_while_read_is_read_to_its_end(tmp_path):
    # read_bytes reads the size fstat gave and one more byte; /proc-like files say 0 and hold more
    from newsfacts.reading import read_bytes

    path = tmp_path / "a.txt"
    path.write_bytes("营收增长5%。".encode() * 1000)
    assert read_bytes(str(path)) == "营收增长5%。".encode() * 1000
    assert read_bytes("/proc/self/status").startswith(b"Name:")
