"""A set of character spans with fast overlap tests, so that claiming spans stays
linear in the length of the text (a plain list scan made long texts quadratic).

Only the characters claimed matter, so the set keeps their union as sorted,
disjoint runs: a test is one bisect, whatever the spans' lengths (looking at
every span that started within the longest span's reach made one long
stock-link anchor quadratic).
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable


class Spans:
    """Non-empty spans `[start, end)`, kept as the sorted disjoint runs of characters they cover."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        """The runs of `spans` merged in one pass over them in order (the runs `add` would leave, one by one)."""
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            if end <= start:
                continue
            if self._ends and start <= self._ends[-1]:       # overlaps or touches the last run: one run
                self._ends[-1] = max(self._ends[-1], end)
            else:
                self._starts.append(start)
                self._ends.append(end)

    def add(self, start: int, end: int) -> None:
        """Claim `[start, end)`: the runs it overlaps or touches are merged into one.

        >>> spans = Spans([(0, 4), (10, 12), (20, 22)])
        >>> spans.add(3, 11); list(spans)
        [(0, 12), (20, 22)]
        """
        if end <= start:
            return
        low = bisect.bisect_left(self._ends, start)        # first run that ends at or after start
        high = bisect.bisect_right(self._starts, end)      # runs from low to high touch [start, end)
        if low < high:
            start = min(start, self._starts[low])
            end = max(end, self._ends[high - 1])
        self._starts[low:high] = [start]
        self._ends[low:high] = [end]

    def overlaps(self, start: int, end: int) -> bool:
        """Does any span share a character with `[start, end)`?

        >>> spans = Spans([(0, 4), (10, 12)])
        >>> spans.overlaps(3, 5), spans.overlaps(4, 10), spans.overlaps(11, 30)
        (True, False, True)
        >>> Spans([(0, 100000), (5, 6)]).overlaps(99999, 100001)
        True
        """
        index = bisect.bisect_left(self._starts, end) - 1   # the last run that starts before end
        return index >= 0 and self._ends[index] > start

    def end_of_run_at(self, position: int) -> int | None:
        """The end of the claimed run that holds the character at `position`, None when it is free.

        >>> spans = Spans([(2, 5)])
        >>> spans.end_of_run_at(1), spans.end_of_run_at(2), spans.end_of_run_at(4), spans.end_of_run_at(5)
        (None, 5, 5, None)
        """
        index = bisect.bisect_right(self._starts, position) - 1
        return self._ends[index] if index >= 0 and self._ends[index] > position else None

    def __iter__(self):
        """The runs of claimed characters, in order."""
        return iter(zip(self._starts, self._ends))
