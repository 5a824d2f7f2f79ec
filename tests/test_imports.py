"""Every module imports first in a fresh interpreter: no import cycle hides behind pytest's import order."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
MODULES = sorted(
    ".".join(path.relative_to(SRC).with_suffix("").parts).removesuffix(".__init__")
    for path in (SRC / "newsfacts").rglob("*.py")
)


def test_every_module_is_listed():
    assert {"newsfacts", "newsfacts.linking", "newsfacts.pipeline", "newsfacts.extractors.organizations"} <= set(MODULES)


@pytest.mark.parametrize("module", MODULES)
def test_module_imports_alone(module):
    result = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_doctests_of_linking_alone():
    """The case that failed: linking's doctests collected without anything imported before."""
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--doctest-modules",
                             str(SRC / "newsfacts" / "linking.py")], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-2000:]
