"""The review pages in a real browser: Debian's headless Chromium driven by Playwright.

Checks what only a browser can: the highlights as the DOM has them, the hover card of a
money fact, the type filters, keyboard use, the links from a target to its facts, and
that a hostile article runs no script. It saves a screenshot of the seed's page to
build/show-seed.png for people to look at (not compared); with NEWSFACTS_UPDATE_SCREENSHOT=1,
to docs/show-seed.png, the README's picture.

`.ci/run` installs /usr/bin/chromium; these tests skip only where it is absent. Playwright
never downloads a browser of its own here: it is pointed at the system's.
"""
from __future__ import annotations

import os
from collections import Counter

import pytest
from conftest import DATA, ROOT, SEED

from newsfacts.cli import main
from newsfacts.pipeline import extract_file

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# every run saves the picture where git does not look; NEWSFACTS_UPDATE_SCREENSHOT=1 refreshes the README's copy
SCREENSHOT = ROOT / ("docs" if os.environ.get("NEWSFACTS_UPDATE_SCREENSHOT") else "build") / "show-seed.png"
HOSTILE = DATA / "hostile_post.txt"

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"no {CHROMIUM} (`.ci/run` installs Debian's chromium)")

# every highlight as the browser sees it: index → [type, text of its pieces joined]
READ_HIGHLIGHTS = """() => {
  const out = {};
  for (const mark of document.querySelectorAll('[data-fact]')) {
    const entry = out[mark.dataset.fact] || (out[mark.dataset.fact] = [mark.dataset.type, '']);
    entry[1] += mark.textContent;
  }
  return out;
}"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("review")
    here = os.getcwd()
    os.chdir(ROOT)                        # the pages name their sources as a user would give them
    try:
        assert main(["show", str(SEED.relative_to(ROOT)), str(HOSTILE.relative_to(ROOT)), "-o", str(folder)]) == 0
    finally:
        os.chdir(here)
    return folder


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def open_page(browser):
    """Open a file in a fresh page; the page's script errors and console errors are collected."""
    opened = []

    def load(path, **options):
        page = browser.new_page(viewport={"width": 1100, "height": 1400}, **options)
        page.problems = []
        page.on("pageerror", lambda error: page.problems.append(str(error)))
        page.on("console", lambda message: message.type == "error" and page.problems.append(message.text))
        page.goto(path.as_uri())
        opened.append(page)
        return page

    yield load
    for page in opened:
        page.close()


@pytest.fixture(scope="module")
def seed_facts():
    return [fact.to_dict() for fact in extract_file(str(SEED)).facts]


def test_highlights_per_type_equal_facts_per_type(pages, open_page, seed_facts):
    page = open_page(pages / "000_f06b78f4610cb85f.html")
    shown = page.evaluate(READ_HIGHLIGHTS)
    assert Counter(kind for kind, _ in shown.values()) == Counter(f["type"] for f in seed_facts)
    for index, fact in enumerate(seed_facts):
        assert shown[str(index)] == [fact["type"], fact["text"]]
    assert page.problems == []              # our own script ran under the page's CSP without errors


def test_hovering_a_money_fact_shows_its_value_in_yuan(pages, open_page, seed_facts):
    page = open_page(pages / "000_f06b78f4610cb85f.html")
    index, fact = next((i, f) for i, f in enumerate(seed_facts) if f["type"] == "money" and f["text"] == "8亿元")
    tip = page.locator("#nf-tip")
    assert tip.is_hidden()
    page.hover(f"#f{index}")
    assert tip.is_visible()
    assert "800,000,000 yuan (CNY)" in tip.inner_text()
    assert page.get_attribute(f"#f{index}", "aria-describedby") == "nf-tip"
    page.keyboard.press("Escape")
    assert tip.is_hidden()


def test_type_filter_hides_that_type_only(pages, open_page):
    page = open_page(pages / "000_f06b78f4610cb85f.html")
    looks = "(ms) => ms.map(m => [getComputedStyle(m).backgroundColor, getComputedStyle(m).borderBottomColor])"
    plain = ["rgba(0, 0, 0, 0)", "rgba(0, 0, 0, 0)"]
    assert plain not in page.eval_on_selector_all(".nf[data-type=money]", looks)
    page.uncheck("input[data-filter=money]")
    assert set(map(tuple, page.eval_on_selector_all(".nf[data-type=money]", looks))) == {tuple(plain)}
    assert plain not in page.eval_on_selector_all(".nf[data-type=count]", looks)     # other types keep theirs
    page.hover(".nf[data-type=money][id]")
    assert page.locator("#nf-tip").is_hidden()          # a hidden type shows no card
    page.check("input[data-filter=money]")
    assert plain not in page.eval_on_selector_all(".nf[data-type=money]", looks)


def test_keyboard_alone_reaches_filters_and_facts(pages, open_page):
    page = open_page(pages / "000_f06b78f4610cb85f.html")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    for _ in range(40):                                   # on to the first highlight of the text
        page.keyboard.press("Tab")
        focused = page.evaluate("[document.activeElement.tagName, document.activeElement.dataset.filter || '']")
        if focused == ["INPUT", "money"]:
            page.keyboard.press("Space")                   # uncheck money with the keyboard
            break
    assert page.eval_on_selector_all(".nf[data-type=money]", "(ms) => ms.every(m => m.classList.contains('off'))")
    page.focus(".nf[data-type=count][id]")
    assert page.locator("#nf-tip").is_visible() and "counts" in page.locator("#nf-tip").inner_text()


def test_a_target_links_to_the_facts_it_joins(pages, open_page, seed_facts):
    from playwright.sync_api import expect

    page = open_page(pages / "000_f06b78f4610cb85f.html")
    target = next(i for i, f in enumerate(seed_facts) if f["type"] == "target")
    joined = seed_facts[target]["facts"]
    links = page.locator(f"ol.links > li:has(> a[data-goto='{target}']) ul a")
    assert links.count() == len(joined)
    links.nth(1).click()
    flashed = page.eval_on_selector_all(".nf.flash", "(ms) => ms.map(m => m.dataset.fact)")
    assert set(flashed) == {str(joined[1])}
    assert page.evaluate("document.activeElement.id") == f"f{joined[1]}"
    expect(page.locator(f"#f{joined[1]}")).to_be_in_viewport()      # once the smooth scroll ends


def test_removed_boilerplate_behind_a_toggle(pages, open_page):
    page = open_page(pages / "000_f06b78f4610cb85f.html")
    removed = page.locator("details#removed ol")
    assert removed.is_hidden()
    page.click("details#removed summary")
    assert removed.is_visible() and "责任编辑：吴剑 SF031" in removed.inner_text()


def test_hostile_article_runs_no_script(pages, open_page):
    page = open_page(pages / "hostile_post.html")
    page.wait_for_load_state("load")
    for selector in ("h1", ".text p", "dl.meta dd", "details#removed summary"):
        page.locator(selector).first.click()
    page.hover(".nf[id]")
    assert page.evaluate("typeof window.__nf_pwned") == "undefined"
    text = page.inner_text("#text")
    assert '<script>window.__nf_pwned="escaped"</script>' in text
    assert '<img src=x onerror=window.__nf_pwned="escaped-onerror">' in text
    assert "<script>" in page.inner_text("h1")
    assert page.evaluate("document.querySelectorAll('script').length") == 2
    assert page.evaluate("document.querySelectorAll('img, iframe, a[href^=javascript]').length") == 0


def test_print_keeps_highlights_and_drops_controls(pages, open_page):
    page = open_page(pages / "000_f06b78f4610cb85f.html")
    page.emulate_media(media="print")
    assert page.locator("input[data-filter]").first.is_hidden()
    background = page.eval_on_selector(".nf[data-type=money]", "(m) => getComputedStyle(m).backgroundColor")
    assert background != "rgba(0, 0, 0, 0)"
    assert page.eval_on_selector(".nf[data-type=money]", "(m) => getComputedStyle(m).printColorAdjust") == "exact"
    assert page.locator("ol.links").is_visible()


def test_index_sorts_by_a_column(pages, open_page):
    page = open_page(pages / "index.html")
    titles = page.eval_on_selector_all("#documents tbody tr td:nth-child(2)", "(cs) => cs.map(c => c.textContent)")
    assert len(titles) == 2
    page.click("#documents th:has-text('facts') button")
    counts = page.eval_on_selector_all("#documents tbody tr td:nth-last-child(3)", "(cs) => cs.map(c => Number(c.textContent))")
    assert counts == sorted(counts)
    page.click("#documents th:has-text('facts') button")
    counts = page.eval_on_selector_all("#documents tbody tr td:nth-last-child(3)", "(cs) => cs.map(c => Number(c.textContent))")
    assert counts == sorted(counts, reverse=True)
    page.click("#documents tbody a >> nth=0")
    assert page.url.endswith(".html") and "index" not in page.url


def test_screenshot_of_the_seed_page(pages, open_page, seed_facts):
    """The picture in the README: the seed's page with the card of an investment's money open."""
    page = open_page(pages / "000_f06b78f4610cb85f.html")
    index = next(i for i, f in enumerate(seed_facts) if f["type"] == "money" and f["text"] == "8亿元")
    page.hover(f"#f{index}")
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 50_000
