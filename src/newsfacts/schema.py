"""The shipped JSON Schema of a document and of each fact type (`data/schema.json`).

The schema is the contract of the JSON and JSON Lines output; `docs/schema.md`
explains each field. `newsfacts schema` prints it, and the tests validate every
document they produce against it.
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

SCHEMA_PATH = Path(__file__).resolve().parent / "data" / "schema.json"


def schema_text() -> str:
    """The schema as the file holds it (JSON, UTF-8)."""
    return SCHEMA_PATH.read_text(encoding="utf-8")


@cache
def schema() -> dict[str, Any]:
    """The schema as a dict.

    >>> sorted(schema()["$defs"]["fact"]["properties"]["type"]["enum"])[:3]
    ['count', 'date', 'investment']
    """
    return json.loads(schema_text())


def fact_fields(fact_type: str) -> tuple[str, ...]:
    """The JSON fields a fact of `fact_type` may have, in the schema's order.

    >>> fact_fields("money")[-3:]
    ('high', 'direction', 'currency')
    """
    return tuple(schema()["$defs"][fact_type]["properties"])
