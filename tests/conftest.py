"""Shared test helpers: paths of the fixtures and a cached extraction of each."""
from __future__ import annotations

import json
import os
import tempfile
from functools import cache
from pathlib import Path

import pytest

# the compiled-pattern cache of the test run (and of the CLI processes it starts) lives in a folder of
# its own, never in the user's ~/.cache; set before any newsfacts module compiles a pattern
os.environ.setdefault("NEWSFACTS_CACHE_DIR", tempfile.mkdtemp(prefix="newsfacts-test-cache-"))

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
CORPUS = FIXTURES / "corpus"
GOLD = FIXTURES / "gold"
SEED = ROOT / "seeds" / "000_f06b78f4610cb85f.txt"
DATA = Path(__file__).resolve().parent / "data"


@cache
def extracted(path: str):
    from newsfacts.pipeline import extract_file

    return extract_file(path)


def gold_files() -> list[Path]:
    return sorted(GOLD.glob("*.json"))


def load_gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_document():
    return extracted(str(SEED))
