"""The rule registry. The order of ``RULES`` is the order of the chain.

Codes are a family letter and three digits:

* ``E`` encoding: mojibake repairs;
* ``C`` characters: HTML references, control and invisible characters;
* ``S`` script and user-interface fragments left in the text;
* ``B`` boilerplate: footers, promotions, credits, duplicates, site lines;
* ``T`` typography: spacing and punctuation artifacts (split numbers,
  quotes on the wrong side of their space, doubled spaces, odd spaces);
* ``W`` whitespace: line endings, trailing blanks, blank lines.
"""

from __future__ import annotations

from cleaner.rules import characters, cjk, encoding, typography, whitespace
from cleaner.rules.base import REMOVE, REPAIR, Context, Edit, Rule
from cleaner.rules.noise import lines as noise_lines
from cleaner.rules.noise import rules as noise_rules

__all__ = ["RULES", "REPAIR", "REMOVE", "Context", "Edit", "Rule", "by_code", "clear_caches"]

RULES: tuple[Rule, ...] = (
    Rule("W101", "line-ending", REPAIR, True, whitespace.line_endings, reopens=False),
    # Composed characters first, so the mojibake repairs see the text in NFC.
    Rule("T101", "unicode-composition", REPAIR, True, typography.unicode_composition),
    Rule("C101", "html-entity", REPAIR, True, characters.html_entities),
    Rule("E101", "latin-mojibake", REPAIR, True, encoding.latin_mojibake),
    Rule("E102", "cjk-mojibake", REPAIR, True, cjk.cjk_mojibake),
    Rule("C102", "control-character", REPAIR, True, characters.control_characters),
    Rule("C103", "invisible-character", REPAIR, True, characters.invisible_characters),
    Rule("T102", "invisible-in-word", REPAIR, True, typography.invisible_in_word),
    Rule("T103", "odd-space", REPAIR, True, typography.odd_space),
    Rule("T112", "no-break-space", REPAIR, False, typography.no_break_space),
    Rule("T113", "space-before-punctuation", REPAIR, False, typography.space_before_punctuation),
    Rule("T104", "split-decimal", REPAIR, True, typography.split_decimal),
    Rule("T105", "split-domain", REPAIR, True, typography.split_domain),
    Rule("T107", "doubled-stop", REPAIR, True, typography.doubled_stop),
    Rule("T106", "stop-before-comma", REPAIR, True, typography.stop_before_comma),
    Rule("T115", "stray-stop", REPAIR, False, typography.stray_stop),
    Rule("T108", "closing-quote-space", REPAIR, True, typography.closing_quote_space),
    Rule("T109", "guillemet-pair", REPAIR, True, typography.guillemet_pair),
    Rule("T110", "glued-quote", REPAIR, True, typography.glued_quote),
    Rule("T114", "missing-space-after", REPAIR, False, typography.missing_space_after),
    Rule("T111", "double-space", REPAIR, True, typography.double_space),
    # Noise after typography: line shapes and lexicons see repaired spacing.
    Rule("B101", "duplicate-line", REMOVE, True, noise_rules.duplicate_lines),
    Rule("S101", "code-line", REMOVE, True, noise_rules.code_lines),
    Rule("S102", "ui-label", REMOVE, True, noise_rules.ui_labels),
    Rule("S103", "menu-line", REMOVE, True, noise_rules.menu_lines),
    Rule("B102", "footer-line", REMOVE, True, noise_rules.footer_lines),
    Rule("B103", "promo-label", REMOVE, True, noise_rules.promo_labels),
    Rule("B104", "credit-line", REMOVE, True, noise_rules.credit_lines),
    Rule("B105", "credit-tail", REMOVE, True, noise_rules.credit_tails),
    Rule("B106", "inline-teaser", REMOVE, True, noise_rules.inline_teasers),
    Rule("B107", "corpus-line", REMOVE, True, noise_rules.corpus_lines),
    Rule("B108", "site-header", REMOVE, True, noise_rules.site_headers),
    Rule("B109", "off-topic-line", REMOVE, True, noise_rules.off_topic_lines),
    Rule("B110", "edge-block", REMOVE, True, noise_rules.edge_blocks),
    Rule("B111", "related-block", REMOVE, True, noise_rules.related_blocks),
    Rule("B112", "tail-list", REMOVE, True, noise_rules.tail_lists),
    Rule("B113", "truncated-teaser", REMOVE, True, noise_rules.truncated_teasers),
    Rule("B114", "repeated-block", REMOVE, True, noise_rules.repeated_blocks),
    Rule("B115", "page-region", REMOVE, True, noise_rules.page_regions),
    # Trailing blanks change what ftfy makes of a line (E101): removing them reopens the chain.
    Rule("W102", "trailing-whitespace", REPAIR, True, whitespace.trailing_whitespace),
    Rule("W103", "blank-lines", REPAIR, True, whitespace.blank_lines, reopens=False),
)


def by_code() -> dict[str, Rule]:
    """The registered rules keyed by code."""
    return {rule.code: rule for rule in RULES}


def clear_caches() -> None:
    """Forget what the rules keep from the text they have seen (bounded caches of lines, words, pairs).

    Results never depend on these caches; a run after this starts cold, as
    the first document of a process does (benchmarks time it so).
    """
    encoding.clear_caches()
    cjk.clear_caches()
    noise_lines.clear_caches()
