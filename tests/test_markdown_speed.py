"""markdown's block-mark search, written for speed, finds what its plain form finds (real lines and fixture files)."""
from pathlib import Path

from newsfacts import markdown


def test_the_markdown_block_mark_takes_an_indent_once_and_finds_what_backtracking_finds():
    """markdown's `_BLOCK_MARK` takes a line's indent possessively (no mark opens with a space): on every
    fixture file and on indented lines of a post's HTML (sina_hexo's `            .appendQr_wrap&#123;…`)
    and Markdown's own marks behind an indent, it finds what the pattern with backtracking repeats finds."""
    import re

    backtracking = re.compile(markdown._BLOCK_MARK.pattern.replace("{0,3}+", "{0,3}").replace("[ \\t]*+", "[ \\t]*"))
    assert backtracking.pattern != markdown._BLOCK_MARK.pattern
    root = Path(__file__).resolve().parent.parent / "fixtures"
    texts = ["\n" + p.read_text(encoding="utf-8", errors="replace") for p in sorted(root.glob("*/*")) if p.is_file()]
    lines = ["            .appendQr_wrap&#123;border:1px solid #E6E6E6;padding:8px;&#125;", "   ### 标题", "    # 代码",
             "  | --- | :---: |", "   |   ---|", "      \t|-|", "  ```", "   ~~~", "- 列表", "   -|", "  :--|"]
    texts += ["\n" + line for line in lines] + ["\n" + line + "\n" for line in lines]
    for text in texts:
        found, expected = markdown._BLOCK_MARK.search(text), backtracking.search(text)
        assert (found and found.span()) == (expected and expected.span()), text[:80]
