"""Typography rules (``T``): spacing and punctuation artifacts of scrapers, translators and rewriters.

The rules are grouped by what they look at: :mod:`.characters` (Unicode
composition, invisible characters inside words, odd spaces), :mod:`.periods`
(numbers and domains split after their dot, stray and doubled periods),
:mod:`.quotes` (quotation marks on the wrong side of their space) and
:mod:`.spacing` (doubled spaces, spaces around punctuation). Conventions that
differ between languages and documents are read from the document by
:mod:`.style`; the data lives in :mod:`.tables`.
"""

from cleaner.rules.typography.characters import invisible_in_word, no_break_space, odd_space, unicode_composition
from cleaner.rules.typography.periods import doubled_stop, split_decimal, split_domain, stop_before_comma, stray_stop
from cleaner.rules.typography.quotes import closing_quote_space, glued_quote, guillemet_pair
from cleaner.rules.typography.spacing import double_space, missing_space_after, space_before_punctuation

__all__ = [
    "closing_quote_space",
    "double_space",
    "doubled_stop",
    "glued_quote",
    "guillemet_pair",
    "invisible_in_word",
    "missing_space_after",
    "no_break_space",
    "odd_space",
    "space_before_punctuation",
    "split_decimal",
    "split_domain",
    "stop_before_comma",
    "stray_stop",
    "unicode_composition",
]
