"""A set of character spans with fast overlap tests, so that claiming spans stays
linear in the length of the text (a plain list scan made long texts quadratic)."""
from __future__ import annotations

import bisect


class Spans:
    """Non-empty spans `[start, end)`; `overlaps` looks only at the neighbours."""

    def __init__(self, spans=()):
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._longest = 0
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        index = bisect.bisect_left(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)
        self._longest = max(self._longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Does any span share a character with `[start, end)`?

        >>> spans = Spans([(0, 4), (10, 12)])
        >>> spans.overlaps(3, 5), spans.overlaps(4, 10), spans.overlaps(11, 30)
        (True, False, True)
        """
        low = bisect.bisect_left(self._starts, start - self._longest)
        high = bisect.bisect_left(self._starts, end)
        return any(self._ends[i] > start for i in range(low, high))

    def __iter__(self):
        return iter(zip(self._starts, self._ends))
