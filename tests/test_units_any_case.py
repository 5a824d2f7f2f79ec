"""Latin power and energy units in any letter case (units.toml `any_case`): writers type Gwh, Mwh, Kwh.

The sentences are from a blog post on energy storage (fixtures/unseen7_posts, post 01); values by hand:
0.5–5 MWh = 5×10⁵–5×10⁶ Wh, 2.8 GWh = 2.8×10⁹ Wh, over 10 GWh = 10¹⁰ Wh, 9.6 MWh = 9.6×10⁶ Wh.
"""
import pytest

from newsfacts import extract_text

CASES = [
    ("根据不同项目的用电频率，每MW装机规模所需的锂电池容量不尽相同，一般在0.5-5Mwh都有涉及。",
     "0.5-5Mwh", 500000, "range"),
    ("如果按照1:2的比例来配套锂电池，预计2018年全年储能电池需求量将达到2.8Gwh，到2020年有望突破10Gwh大关。",
     "2.8Gwh", 2800000000, None),
    ("如果按照1:2的比例来配套锂电池，预计2018年全年储能电池需求量将达到2.8Gwh，到2020年有望突破10Gwh大关。",
     "突破10Gwh", 10000000000, "min"),
    ("还是拿近期河南电网的招标项目来说，9.6Mwh的项目中标金额超过2000万元。", "9.6Mwh", 9600000, None),
]


@pytest.mark.parametrize("sentence, text, value, qualifier", CASES)
def test_energy_units_in_any_case(sentence, text, value, qualifier):
    quantities = [f for f in extract_text(sentence).to_dict()["facts"] if f["type"] == "quantity"]
    found = {f["text"]: f for f in quantities}
    assert text in found
    assert (found[text]["value"], found[text]["unit"], found[text]["qualifier"]) == (value, "Wh", qualifier)


def test_range_high_end_in_any_case():
    fact = next(f for f in extract_text(CASES[0][0]).to_dict()["facts"] if f["text"] == "0.5-5Mwh")
    assert (fact["low"], fact["high"]) == (500000, 5000000)
