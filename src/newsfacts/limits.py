"""Limits on what one article may hold, so that no input can overflow, hang or exhaust memory.

Past a limit the file gets a clear error (front matter) or the span is skipped (a number
too long to be an amount); each limit is far above anything a real article holds.
"""
from __future__ import annotations

MAX_FRONT_MATTER_CHARS = 1_000_000
"""Characters of YAML front matter (real posts hold a few hundred)."""

MAX_YAML_DEPTH = 32
"""Nesting of lists and mappings in front matter (real posts: 2)."""

MAX_DIGITS = 100
"""Digits of a number read from front matter; a longer one is kept as text (Python refuses to
turn integers of more than 4,300 digits into text)."""

DEFAULT_TIMEOUT = 60.0
"""Seconds one file may take in a batch before its worker is replaced (`--timeout`)."""

SENTENCE_REACH = 300
"""Characters of a fact's sentence kept on each side of the fact: a longer sentence is cut to a window
around the fact, at a clause mark (，；) where one falls within reach, so that the output stays linear in
the input however long a sentence runs (a 200 KB sentence of numbers once gave gigabytes). The longest
sentence of the project's articles holds 274 characters, so every real sentence stays whole."""
