#!/usr/bin/env python3
"""Build src/newsfacts/data/words.idx, the segmenter's dictionary as a hash index
(see src/newsfacts/word_index.py for why and for the format).

The words are jieba's dictionary (jieba/dict.txt, which rjieba embeds too) with
the project's user dictionary added the way the segmenter adds it, so each word
has the frequency and tag a full rjieba holds: a word listed twice keeps its
first tag and its last frequency, as rjieba's add_word does.

Run `python scripts/build_word_index.py` after changing jieba's version or
data/user_dict.txt; `--check` exits 1 when the committed file differs
(tests/test_tokenizer.py runs it).
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsfacts import tokenizer, word_index

TARGET = ROOT / "src" / "newsfacts" / "data" / word_index.FILE_NAME


def records() -> dict[str, list]:
    """word → [frequency, tag], as a full rjieba with the user dictionary holds them."""
    import jieba

    held: dict[str, list] = {}
    dictionary = Path(jieba.__file__).parent / "dict.txt"
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts:
            _add(held, parts[0], int(parts[1]), parts[2] if len(parts) > 2 else "")
    for word, freq, tag in tokenizer.add_user_words(tokenizer.build("rjieba", with_user_words=False)):
        _add(held, word, freq, tag or "")
    return held


def _add(held: dict[str, list], word: str, freq: int, tag: str) -> None:
    if word in held:
        held[word][0] = freq
    else:
        held[word] = [freq, tag]


def build() -> bytes:
    held = records()
    return word_index.encode(((word, freq, tag) for word, (freq, tag) in held.items()),
                             sum(freq for freq, _ in held.values()))


def main() -> int:
    data = build()
    if "--check" in sys.argv:
        if not TARGET.exists() or TARGET.read_bytes() != data:
            print(f"out of date: {TARGET.name}: run python scripts/build_word_index.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_bytes(data)
    print(f"wrote {TARGET.relative_to(ROOT)}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
