"""The result types: a Document and the Facts found in it.

One generic, frozen `Fact` holds what every fact has (type, span, offsets,
sentence) plus its type's own fields in `attrs`; keeping one class lets the
writers and the linker treat all facts alike, while `to_dict` gives each type
exactly the fields docs/schema.md names.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import Any

DOCUMENT_FIELDS = (
    "doc_id", "source", "kind", "title", "original_title", "url", "published", "author",
    "categories", "reporter", "editor", "stocks", "text", "facts", "error", "warnings",
)


def plain_number(value: Any) -> Any:
    """Decimal → int when whole, else float; anything else unchanged.

    >>> plain_number(Decimal("565800000000.0")), plain_number(Decimal("12.5"))
    (565800000000, 12.5)
    """
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value)
        return float(value)
    return value


def _json_fact_fields(columns) -> frozenset[str]:
    return frozenset(c.name for c in columns) | {"value", "facts"}


@dataclass(slots=True)
class Fact:
    """One mention: `doc.<where>[start:end] == text` and `doc.<where>[sentence_start:sentence_end] == sentence`
    always hold (the sentence, or its window around the fact in a very long one: `SentenceIndex.window`).

    Not a frozen dataclass: facts are made by the hundred per article, and a frozen one sets each
    field through `object.__setattr__` (three times the cost). The pipeline never changes a fact
    once made; the post-passes make new ones (`with_attrs`)."""

    type: str
    text: str
    start: int
    end: int
    where: str = "body"
    sentence: str = ""
    attrs: Mapping[str, Any] = field(default_factory=dict)
    sentence_start: int = 0
    sentence_end: int = 0

    def get(self, key: str, default: Any = None) -> Any:
        return self.attrs.get(key, default)

    def with_attrs(self, **extra: Any) -> Fact:
        """This fact with `extra` set in its attrs (a new fact; built directly with positional arguments, in the
        order of the fields, which costs a sixth of `dataclasses.replace`: the post-passes make one per fact)."""
        return Fact(self.type, self.text, self.start, self.end, self.where, self.sentence, {**self.attrs, **extra},
                    self.sentence_start, self.sentence_end)

    def __getattr__(self, name: str) -> Any:
        """A type's own fields read as attributes (`fact.value`, `fact.currency`); a field of the
        facts table that this fact does not have is None, any other name an AttributeError."""
        if name.startswith("_") or name == "attrs":
            raise AttributeError(name)
        if name in self.attrs:
            return plain_number(self.attrs[name])         # as in the JSON: 4.4, not Decimal('4.4')
        from .records import FACT_COLUMNS

        if name in _json_fact_fields(FACT_COLUMNS):
            return None
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def to_dict(self, position: Mapping[int, int] | None = None) -> dict[str, Any]:
        """JSON fields; `position` renumbers the `facts` a joined fact points to (after --types)."""
        out: dict[str, Any] = {"type": self.type, "text": self.text}
        for key, value in self.attrs.items():
            if key == "facts" and position is not None:
                value = [position[i] for i in value if i in position]
            out[key] = plain_number(value)
        out.update(where=self.where, start=self.start, end=self.end, sentence=self.sentence,
                   sentence_start=self.sentence_start, sentence_end=self.sentence_end)
        return out


@cache
def _doc_id_of() -> Callable[[str | None, str], str]:
    """`records.doc_id_of`, imported on first use (the records module is not needed to read an article) and
    kept: an import statement run at every document costs a pass through the import machinery."""
    from .records import doc_id_of

    return doc_id_of


@dataclass
class Stock:
    """A Sina quote link: `code` like `002382.SZ`; `in_context` false when it is part of another word."""

    code: str
    name: str
    in_context: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "in_context": self.in_context}


@dataclass
class Document:
    """An article as read, cleaned and analysed. `error` is set when it could not be read."""

    source: str | None = None
    kind: str | None = None
    title: str | None = None
    original_title: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    categories: list[str] = field(default_factory=list)
    reporter: str | None = None
    editor: str | None = None
    stocks: list[Stock] = field(default_factory=list)
    text: str = ""
    facts: list[Fact] = field(default_factory=list)
    error: str | None = None
    doc_id: str | None = None
    warnings: list[str] = field(default_factory=list)      # what the reading was unsure of (docs/schema.md)

    def __post_init__(self) -> None:
        if self.doc_id is None:
            self.doc_id = _doc_id_of()(self.source, self.text)

    def to_dict(self, include_text: bool = True, types: frozenset[str] | None = None, with_facts: bool = True) -> dict[str, Any]:
        """The JSON shape of docs/schema.md; every field present, `null` or empty when it does not apply.
        `with_facts=False` leaves `facts` empty, for writers that stream them (`fact_dicts`)."""
        out: dict[str, Any] = {}
        for name in DOCUMENT_FIELDS:
            if name == "facts":
                out[name] = list(self.fact_dicts(types)) if with_facts else []
            elif name == "stocks":
                out[name] = [s.to_dict() for s in self.stocks]
            elif name == "text":
                out[name] = self.text if include_text else None
            elif name in ("categories", "warnings"):
                out[name] = list(getattr(self, name))
            else:
                out[name] = getattr(self, name)
        return out

    def to_records(self, include_text: bool = True, types: frozenset[str] | None = None) -> dict[str, list[dict[str, Any]]]:
        """The document as rows of the two tables: `{"documents": [one row], "facts": [a row per fact]}`.

        Columns and types are those of `newsfacts.records.DOCUMENT_COLUMNS` and `FACT_COLUMNS`.

        >>> doc = Document(source="a.txt", text="营收12亿元", facts=[Fact("money", "12亿元", 2, 6, attrs={"value": 1200000000})])
        >>> tables = doc.to_records()
        >>> tables["documents"][0]["money_count"], tables["facts"][0]["amount"], tables["facts"][0]["doc_id"] == doc.doc_id
        (1, 1200000000.0, True)
        """
        from .records import document_record, fact_records

        return {"documents": [document_record(self, include_text=include_text, types=types)],
                "facts": list(fact_records(self, types))}

    def to_frames(self, include_text: bool = True, types: frozenset[str] | None = None):
        """The two tables as pandas DataFrames `(documents, facts)`, with the declared column types.
        Needs pandas (not a dependency of newsfacts)."""
        from .records import frames

        return frames([self], include_text=include_text, types=types)

    def fact_dicts(self, types: frozenset[str] | None = None):
        """The facts as JSON objects, one at a time; `types` keeps some and renumbers joined facts."""
        kept = [i for i, f in enumerate(self.facts) if types is None or f.type in types]
        position = {old: new for new, old in enumerate(kept)} if types is not None else None
        for i in kept:
            yield self.facts[i].to_dict(position)
