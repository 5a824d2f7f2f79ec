#!/usr/bin/env python3
"""Share of generated written forms read back exactly (issue 11: at least 99%).

usage: python bench/generated_forms.py [--examples 20000] [--seed 1] [--show 10]

Runs the property tests of `tests/test_generated_numbers.py` and
`tests/test_generated_dates.py` (random values rendered in every written form inside a
news sentence: amounts, quantities, percents, counts, ranges, colloquial yuan; days,
months, quarters, halves, years, spans, relative days, weekdays) with fresh random
examples instead of the suite's bounded, derandomized ones, and counts the examples
whose assertions hold instead of stopping at the first that fails. `--examples` is
spread over the tests in proportion to the suite's own counts.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import test_generated_dates  # noqa: E402
import test_generated_numbers  # noqa: E402
from hypothesis import HealthCheck, Phase, seed, settings  # noqa: E402


def property_tests() -> list:
    """(module, name, function) of every Hypothesis test of the two generated-form modules."""
    found = []
    for module in (test_generated_numbers, test_generated_dates):
        for name in sorted(dir(module)):
            function = getattr(module, name)
            if name.startswith("test_") and hasattr(function, "hypothesis"):
                found.append((module.__name__, name, function))
    return found


def run(function, examples: int, rng_seed: int, tally: Counter, failures: list) -> None:
    """Run one property test on `examples` fresh examples, counting instead of raising."""
    inner = function.hypothesis.inner_test

    def counting(*args, **kwargs):
        tally["examples"] += 1
        try:
            inner(*args, **kwargs)
        except AssertionError as error:
            tally["failed"] += 1
            if len(failures) < 200:
                failures.append((function.__name__, kwargs, str(error)[:300]))

    own = function._hypothesis_internal_use_settings
    function.hypothesis.inner_test = counting
    function._hypothesis_internal_use_settings = settings(own, max_examples=examples, derandomize=False, database=None,
                                                          deadline=None, phases=[Phase.generate],
                                                          suppress_health_check=list(HealthCheck))
    try:
        seed(rng_seed)(function)()
    finally:
        function.hypothesis.inner_test = inner
        function._hypothesis_internal_use_settings = own


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=20000, help="examples in all, spread over the tests")
    parser.add_argument("--seed", type=int, default=random.randrange(2 ** 32))
    parser.add_argument("--show", type=int, default=10, help="failing examples to print")
    args = parser.parse_args()

    tests = property_tests()
    weights = {name: function._hypothesis_internal_use_settings.max_examples for _, name, function in tests}
    total_weight = sum(weights.values())
    failures: list = []
    rows = []
    for module, name, function in tests:
        tally: Counter = Counter()
        run(function, max(1, args.examples * weights[name] // total_weight), args.seed, tally, failures)
        rows.append((module, name, tally["examples"], tally["failed"]))
    print(f"seed {args.seed}")
    print(f"{'test':62} {'examples':>8} {'exact':>8} {'share':>7}")
    for module, name, examples, failed in rows:
        print(f"{module + '.' + name:62} {examples:8d} {examples - failed:8d} {(examples - failed) / max(1, examples):7.4f}")
    examples, failed = sum(r[2] for r in rows), sum(r[3] for r in rows)
    print(f"{'all':62} {examples:8d} {examples - failed:8d} {(examples - failed) / max(1, examples):7.4f}")
    for name, kwargs, error in failures[:args.show]:
        print(f"FAIL {name} {kwargs!r}: {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
