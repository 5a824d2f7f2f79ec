#!/usr/bin/env python3
"""How clean the bodies are, per gold set: `body_contains` snippets lost, `body_excludes` left
(the cleaning stage alone: read and clean, no extraction).

usage: python bench/cleaning.py [--sets gold,holdout,...] [--list]

Each gold file names its article (`fixtures/corpus/` for articles, `fixtures/html/`
for whole pages) and the snippets that must stay or go; `reporter` in its `meta`
is compared as a set of names; `title`, `editor` and `published` are counted too. Prints one line per set and, with --list, every miss.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = ("gold", "holdout", "holdout_html", "holdout_html2", "holdout_html3", "holdout_html4", "holdout_orgs",
        "unseen1_posts", "unseen1_pages", "unseen2_posts", "unseen2_pages", "unseen3_posts", "unseen3_pages",
        "unseen4_posts", "unseen4_pages", "unseen5_posts", "unseen5_pages", "unseen5_texts",
        "unseen6_posts", "unseen6_pages", "unseen6_texts", "unseen7_posts", "unseen7_pages", "unseen7_texts",
        "unseen8_pages", "unseen8_pages2", "unseen8_texts", "unseen9_pages", "unseen9_texts", "unseen9_bulletins",
        "unseen10_pages", "unseen10_pages2", "unseen10_texts", "unseen10_bulletins",
        "unseen11_pages", "unseen11_texts", "unseen11_bulletins",
        "unseen12_pages", "unseen12_texts", "unseen12_bulletins")


def article_of(name: str, gold_dir: Path | None = None) -> Path:
    """The article a gold file describes: one beside its gold (a held-out set's `articles/` or
    `html/`), else a page in fixtures/html, else an article of fixtures/corpus."""
    for folder in ((gold_dir / "articles", gold_dir / "html") if gold_dir else ()):
        if (folder / name).exists():
            return folder / name
    page = ROOT / "fixtures" / "html" / name
    return page if page.exists() else ROOT / "fixtures" / "corpus" / name


def _names(value: str | None) -> set[str]:
    return set((value or "").replace("、", " ").split())


def _same_time(actual: str | None, expected: str | None, page: bool) -> bool:
    """Published times as the tests compare them: a page's by its day (pages print several
    times), a post's as the same instant."""
    if not expected or not actual:
        return not expected and not actual
    if page:
        return actual[:10] == expected[:10]
    return datetime.fromisoformat(actual) == datetime.fromisoformat(expected)


def check(gold: dict, doc) -> list[str]:
    """The misses of one document: lost snippets, kept boilerplate, a wrong reporter, title,
    published time or editor."""
    misses = [f"lost: {s}" for s in gold.get("body_contains", []) if s not in doc.text]
    misses += [f"left: {s}" for s in gold.get("body_excludes", []) if s in doc.text]
    meta = gold.get("meta", {})
    if "reporter" in meta and _names(meta["reporter"]) != _names(doc.reporter):
        misses.append(f"reporter: {doc.reporter!r} (gold {meta['reporter']!r})")
    for key in ("title", "editor"):
        if key in meta and (getattr(doc, key) or None) != (meta[key] or None):
            misses.append(f"{key}: {getattr(doc, key)!r} (gold {meta[key]!r})")
    if "published" in meta and not _same_time(doc.published, meta["published"], meta.get("kind") == "html"):
        misses.append(f"published: {doc.published!r} (gold {meta['published']!r})")
    return misses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--list", action="store_true", help="print every miss")
    args = parser.parse_args()
    from newsfacts.cleaning import clean
    from newsfacts.reading import decode, parse_article, read_bytes

    for name in args.sets.split(","):
        lost = left = reporters = snippets = docs = 0
        fields = Counter()
        for path in sorted((ROOT / "fixtures" / name).glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            doc = clean(parse_article(decode(read_bytes(str(article_of(gold["file"], path.parent))))))
            misses = check(gold, doc)
            docs += 1
            snippets += len(gold.get("body_contains", [])) + len(gold.get("body_excludes", []))
            lost += sum(m.startswith("lost") for m in misses)
            left += sum(m.startswith("left") for m in misses)
            reporters += sum(m.startswith("reporter") for m in misses)
            fields.update(m.split(":")[0] for m in misses if m.startswith(("title", "published", "editor")))
            if args.list:
                for miss in misses:
                    print(f"  {gold['file']}: {miss}")
        print(f"{name:15} docs {docs:3}  snippets {snippets:4}  lost {lost:3}  left {left:3}  wrong reporter {reporters:2}"
              f"  title {fields['title']:2}  published {fields['published']:2}  editor {fields['editor']:2}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
