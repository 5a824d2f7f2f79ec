"""The segmenter's dictionary as an on-disk hash index (data/words.idx), so that
a process that reads one article loads only that article's words.

rjieba takes a tenth of a second to build its whole dictionary (349,000 words),
more than everything else a one-file run does. But segmenting a text only ever
looks at dictionary words that occur in it. The index finds them: it files every
word under its first three characters (shorter words under themselves), and
`words_in(text)` looks up the text's runs of one, two and three characters and
keeps the words filed there that occur in the text. The file also keeps the
whole dictionary's total frequency: jieba scores a word as log(freq / total),
so a segmenter that holds these words and that total finds exactly the full
dictionary's words and tags in the text (tests/test_tokenizer.py checks it on every fixture).

`scripts/build_word_index.py` writes the file from jieba's dictionary and the
project's user dictionary. Format, little-endian: b"NFWI", version (u32),
bucket count B (u32), total frequency (u64); B+1 byte offsets (u32) into the
records; the records, bucket by bucket and sorted by word, as UTF-8 lines
`\\nword\\tfreq\\ttag`. A word's bucket is crc32 of its key's UTF-8 bytes, modulo
B; since a bucket is sorted, a key's words stand together, found with one search.
"""
from __future__ import annotations

import mmap
import struct
import zlib
from collections.abc import Iterable
from functools import lru_cache

FILE_NAME = "words.idx"
_MAGIC = b"NFWI"
_VERSION = 2
KEY_LENGTH = 3
_HEADER = struct.Struct("<4sIIQ")


def _key(word: str) -> str:
    return word[:KEY_LENGTH]


def _bucket(key: str, buckets: int) -> int:
    return zlib.crc32(key.encode("utf-8")) % buckets


def encode(records: Iterable[tuple[str, int, str]], total: int, buckets: int = 1 << 17) -> bytes:
    """The index file for `records` (word, frequency, tag) and the dictionary's total frequency."""
    filed: list[list[str]] = [[] for _ in range(buckets)]
    for word, freq, tag in sorted(records):
        filed[_bucket(_key(word), buckets)].append(f"\n{word}\t{freq}\t{tag}")
    offsets, blobs, position = [], [], 0
    for lines in filed:
        offsets.append(position)
        blob = "".join(lines).encode("utf-8")
        blobs.append(blob)
        position += len(blob)
    offsets.append(position)
    header = _HEADER.pack(_MAGIC, _VERSION, buckets, total)
    return header + struct.pack(f"<{buckets + 1}I", *offsets) + b"".join(blobs)


@lru_cache(maxsize=1)
def _index() -> tuple[mmap.mmap, int, int, int]:
    """(the mapped file, bucket count, total frequency, where the records start)."""
    from .tables import data_path

    with open(data_path(FILE_NAME), "rb") as handle:
        mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    magic, version, buckets, total = _HEADER.unpack_from(mapped, 0)
    if magic != _MAGIC or version != _VERSION:
        raise ValueError(f"{FILE_NAME} is not a version {_VERSION} word index")
    return mapped, buckets, total, _HEADER.size + 4 * (buckets + 1)


def total_frequency() -> int:
    """The total frequency of the whole dictionary (user words included)."""
    return _index()[2]


def words_in(text: str) -> list[tuple[str, int, str]]:
    """Every dictionary word (word, frequency, tag) that occurs in `text`."""
    mapped, buckets, _total, records = _index()
    keys = set(text)
    for length in range(2, KEY_LENGTH + 1):
        keys.update(text[i:i + length] for i in range(len(text) - length + 1))
    offsets = struct.Struct("<2I")
    found = []
    for key in keys:
        encoded = key.encode("utf-8")
        start, end = offsets.unpack_from(mapped, _HEADER.size + 4 * (zlib.crc32(encoded) % buckets))
        position = mapped.find(b"\n" + encoded, records + start, records + end)
        if position < 0:
            continue
        for line in mapped[position + 1:records + end].decode("utf-8").split("\n"):
            if not line.startswith(key):
                break
            word, freq, tag = line.split("\t")
            if _key(word) == key and (len(word) <= KEY_LENGTH or word in text):
                found.append((word, int(freq), tag))
    return found
