"""The shipped JSON Schema is the contract: every document the fixtures give (read well or not, in JSON
and in JSON Lines, with --types and --no-text) validates against `newsfacts schema`, and the schema, the
table columns and docs/schema.md name the same fields."""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from conftest import CORPUS, FIXTURES, ROOT, SEED, extracted

from newsfacts.cli import cli
from newsfacts.records import FACT_COLUMNS, FACT_TYPES
from newsfacts.schema import schema

jsonschema = pytest.importorskip("jsonschema")

INPUTS = [SEED, *sorted(CORPUS.iterdir()), *sorted((FIXTURES / "html").glob("*.html"))]


@pytest.fixture(scope="module")
def validator():
    printed = json.loads(CliRunner().invoke(cli, ["schema"]).output)
    assert printed == schema()
    jsonschema.Draft202012Validator.check_schema(printed)
    return jsonschema.Draft202012Validator(printed)


def _errors(validator, document: dict) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_every_fixture_document_validates(validator, path):
    document = json.loads(json.dumps(extracted(str(path)).to_dict()))
    assert document["error"] is None and document["doc_id"]
    assert _errors(validator, document) == []


def test_command_line_outputs_validate_too(validator, tmp_path):
    bad = tmp_path / "binary.txt"
    bad.write_bytes(bytes(range(256)) * 8)
    paths = [str(SEED), str(CORPUS / "sina_hexo-003.txt"), str(bad)]
    runs = [["--format", "jsonl"], ["--format", "jsonl", "--no-text", "--types", "money,target,investment"],
            ["--format", "json"]]
    seen = 0
    for options in runs:
        output = CliRunner().invoke(cli, ["extract", "--jobs", "1", *options, *paths]).stdout
        documents = json.loads(output) if options[-1] == "json" else [json.loads(line) for line in output.splitlines()]
        for document in documents:
            assert _errors(validator, document) == []
            seen += 1
    assert seen == 9 and documents[2]["error"]


@pytest.mark.parametrize("change, where", [
    (lambda d: d["facts"][0].update(start="3"), "facts/0/start"),
    (lambda d: d["facts"].append({"type": "money", "text": "5亿元", "where": "body", "start": 0, "end": 3,
                                  "sentence": "", "value": 5e8, "currency": "人民币", "unit": "亿元", "qualifier": None}),
     "currency"),
    (lambda d: d["facts"].append({"type": "date", "text": "今年", "where": "body", "start": 0, "end": 2, "sentence": "",
                                  "value": "今年"}), "value"),
    (lambda d: d.pop("error"), "error"),
    (lambda d: d["facts"][0].update(colour="red"), "colour"),
], ids=["offset as text", "currency not ISO", "date not ISO", "missing field", "unknown field"])
def test_the_schema_rejects_what_breaks_the_contract(validator, seed_document, change, where):
    document = json.loads(json.dumps(seed_document.to_dict()))
    change(document)
    errors = _errors(validator, document)
    assert errors and any(where in error for error in errors)


def test_every_schema_field_of_a_fact_has_a_table_column():
    columns = {c.name for c in FACT_COLUMNS}
    for fact_type in FACT_TYPES:
        fields = set(schema()["$defs"][fact_type]["properties"]) - {"value", "facts"}
        assert fields <= columns, (fact_type, fields - columns)


def test_the_reference_page_explains_every_field():
    page = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    sections = dict(re.findall(r"^### `(\w+)`\n(.*?)(?=^### |\Z)", page, flags=re.S | re.M))
    assert set(FACT_TYPES) <= set(sections)
    for fact_type in FACT_TYPES:
        fields = set(schema()["$defs"][fact_type]["properties"])
        described = {name for cell in re.findall(r"^\| ((?:`\w+`(?:, )?)+) \|", sections[fact_type], flags=re.M)
                     for name in re.findall(r"`(\w+)`", cell)}
        assert fields - described <= {"type", "text", "where", "start", "end", "sentence", "sentence_start", "sentence_end"}, (fact_type, fields - described)
    for name in schema()["properties"]:
        assert f"`{name}`" in page
    for column in FACT_COLUMNS:
        assert f"`{column.name}`" in page
