"""The code checkers configured in pyproject.toml pass on src/: the test command enforces them."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing_in_src():
    result = _run("ruff", "check", "--no-cache", "src")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing_in_src():
    result = _run("mypy")                     # files and options from [tool.mypy]
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues found" in result.stdout
