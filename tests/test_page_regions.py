"""Page regions: what the HTML reader records (cleaner.io.html) and what rule B115 does with it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner import Config, check_invariants, clean
from cleaner.io.html import html_to_page

ARTICLE = [
    "The harbour board voted on Tuesday to build a container terminal on the northern pier, ending a long debate.",
    "Supporters say the terminal will bring shipping lines that now call at larger ports further south.",
    "Dock workers fear that automated cranes will replace the crews that load the ships by hand today.",
    "Construction is expected to start next year and to take about three years if the permit is confirmed.",
]
BODY = "".join(f"<p>{p}</p>" for p in ARTICLE)


def page(before: str = "", after: str = "", inside: str = "") -> str:
    return f"<html><body>{before}<main><article>{BODY[: len(BODY) // 2]}{inside}{BODY[len(BODY) // 2 :]}</article></main>{after}</body></html>"


# --- what the reader records ---------------------------------------------------------------

# (markup around the article, the line, the region recorded for it)
REGIONS = [
    ("<nav><ul><li>Sport</li></ul></nav>", "Sport", "<nav>"),
    ("<footer><p>Imprint and privacy</p></footer>", "Imprint and privacy", "<footer>"),
    ("<aside><h3>More stories</h3></aside>", "More stories", "<aside>"),
    ('<div role="navigation">Section list</div>', "Section list", '<div role="navigation">'),
    ('<div role="contentinfo">Imprint and privacy</div>', "Imprint and privacy", '<div role="contentinfo">'),
    ('<div class="sidebar-column"><p>Popular now</p></div>', "Popular now", '<div class="sidebar-column">'),
    ('<div id="main_menu">Start</div>', "Start", '<div id="main_menu">'),
    ('<ul class="related-posts"><li>Old story</li></ul>', "Old story", '<ul class="related-posts">'),
    ('<div class="share-bar">Share this page</div>', "Share this page", '<div class="share-bar">'),
    ('<div class="cookie notice">We use cookies</div>', "We use cookies", '<div class="cookie">'),
]


@pytest.mark.parametrize(("markup", "line", "region"), REGIONS)
def test_reader_records_the_region_of_a_line(markup, line, region):
    result = html_to_page(page(after=markup))
    assert line in result.text.splitlines()
    assert result.regions == {line: region}


# (markup around the article, the line that must not be listed)
NOT_REGIONS = [
    ('<div class="navigator">Start</div>', "Start"),  # a word that only starts like one
    ('<div class="menus-of-the-day">Soup</div>', "Soup"),
    ("<header><p>Site name</p></header>", "Site name"),  # headers hold the article's title too
    ('<p>Read the <span class="share">full</span> report</p>', "Read the full report"),  # part of the line
]


@pytest.mark.parametrize(("markup", "line"), NOT_REGIONS)
def test_reader_lists_only_lines_wholly_inside_a_region(markup, line):
    result = html_to_page(page(after=markup))
    assert line in result.text.splitlines()
    assert line not in result.regions


def test_a_line_also_outside_a_region_is_not_listed():
    result = html_to_page(page(before="<p>Weather</p>", after="<footer><p>Weather</p><p>Imprint</p></footer>"))
    assert result.regions == {"Imprint": "<footer>"}


def test_a_region_holding_most_of_the_page_is_a_wrapper():
    markup = f'<html><body><div class="content-with-sidebar">{BODY}</div><aside>Ads</aside></body></html>'
    assert html_to_page(markup).regions == {"Ads": "<aside>"}


def test_preformatted_lines_keep_their_region():
    result = html_to_page(page(after="<footer><pre>line one\nline two</pre></footer>"))
    assert result.regions == {"line one": "<footer>", "line two": "<footer>"}


# --- rule B115 ---------------------------------------------------------------------------


def cleaned(markup: str, config="B115"):
    source = html_to_page(markup)
    result = clean(source.text, config, regions=source.regions)
    check_invariants(source.text, result, config, regions=source.regions)
    return source, result


# markup whose lines B115 removes wherever they are
B115_REMOVED = [
    page(before="<nav><ul><li>Sport</li><li>Weather</li></ul></nav>"),
    page(after='<div class="sidebar"><h3>Popular now</h3><p>Council delays the bridge vote</p></div>'),
    page(inside='<div class="related">Council delays the bridge vote</div>'),  # short, in the middle
    page(after="<footer><p>This site uses cookies to analyse traffic and to show you offers that fit.</p></footer>"),
    page(inside="<footer><p>Ana Ruiz writes about the port and the town council for the paper.</p></footer>"),
    page(inside='<ul class="related-links"><li>Why the old pier was closed to ships ten years ago.</li></ul>'),
    page(after="<aside><p>Sign up for our newsletter and get the news of the day every morning.</p></aside>"),
]


@pytest.mark.parametrize("markup", B115_REMOVED)
def test_b115_removes_lines_from_regions(markup):
    source, result = cleaned(markup)
    assert set(source.regions)
    assert all(line not in result.text.splitlines() for line in source.regions)
    assert all(line in result.text.splitlines() for line in ARTICLE)
    assert {c.code for c in result.changes} == {"B115"}
    assert all("of the page" in c.note for c in result.changes)


# markup whose region lines B115 keeps (and reports)
B115_KEPT = [
    # prose in an aside, a sidebar or a complementary box inside the text: a boxed story, a pull quote
    page(inside="<aside><p>The union said it will not let the cranes replace the crews without a fight.</p></aside>"),
    page(inside='<div class="sidebar"><p>The port was built in 1870 and has been extended twice since then.</p></div>'),
    page(inside='<div role="complementary"><p>The port was built in 1870 and was extended twice.</p></div>'),
]


@pytest.mark.parametrize("markup", B115_KEPT)
def test_b115_keeps_prose_inside_the_text_and_reports_it(markup):
    source, result = cleaned(markup)
    assert result.text == source.text
    assert [c.code for c in result.findings()] == ["B115"]
    assert "reads as prose" in result.findings()[0].note


def test_b115_is_capped_when_sidebars_would_take_most_of_the_text():
    sidebar = "".join(f"<li>Other story number {i} about the port</li>" for i in range(40))
    source, result = cleaned(page(after=f'<div class="sidebar"><ul>{sidebar}</ul></div>'))
    assert result.text == source.text
    assert all("capped" in f.note for f in result.findings())


def test_b115_needs_regions_and_can_be_ignored():
    markup = page(after="<footer><p>The Harbour Gazette since 1901</p></footer>")
    source = html_to_page(markup)
    assert clean(source.text, "B115").text == source.text  # plain text: no regions, nothing to go on
    assert "1901" not in clean(source.text, regions=source.regions).text
    assert "1901" in clean(source.text, Config(ignore=("B115",)), regions=source.regions).text


def test_b115_finds_lines_the_repairs_changed():
    markup = page(after="<footer><p>Ver\u00adwendung nur mit Genehmi\u00adgung</p></footer>")
    source = html_to_page(markup)
    result = clean(source.text, regions=source.regions)
    assert "Verwendung" not in result.text
    assert any(c.code == "B115" for c in result.changes)


# --- the command line ----------------------------------------------------------------------


def run(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    command = [sys.executable, "-m", "cleaner", "--isolated", *args]
    return subprocess.run(command, cwd=cwd, input=stdin, capture_output=True, env=env)


def test_cli_removes_page_regions_from_html_files_and_fields(tmp_path: Path) -> None:
    markup = page(before="<nav><a>Sport</a> <a>Weather</a></nav>", after="<footer><p>Harbour Gazette</p></footer>")
    (tmp_path / "page.html").write_text(markup, encoding="utf-8")
    proc = run("page.html", "-o", "out", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out" / "page.txt").read_text(encoding="utf-8") == "\n".join(ARTICLE) + "\n"
    proc = run("page.html", "-o", "kept", "--ignore", "B115", cwd=tmp_path)
    assert "Harbour Gazette" in (tmp_path / "kept" / "page.txt").read_text(encoding="utf-8")
    record = json.dumps({"id": 7, "text": markup}).encode() + b"\n"
    proc = run("-", "--input-format", "jsonl", "--html-field", cwd=tmp_path, stdin=record)
    out = json.loads(proc.stdout)
    assert out["text"] == "\n".join(ARTICLE) + "\n"
    assert {c["code"] for c in out["cleaner_log"]} >= {"B115"}
