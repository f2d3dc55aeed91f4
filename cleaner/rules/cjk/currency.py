"""Which currency sign a document's words call for.

The signs of the Currency Symbols block (U+20A0–U+20BF) share their first two
UTF-8 bytes, so when a codec loses the third one, ``€`` (by far the most common)
and ``₹``, ``₦``, ``₽``... fit the same surviving bytes. Only the words of the
text tell them apart: ``crore`` or ``Mumbai`` call for the rupee, ``naira`` or
``Lagos`` for the naira. A currency's own name counts more than a place.
"""

from __future__ import annotations

import re

__all__ = ["named_currency"]

# sign: (names of the currency and its units, its ISO code, places that use it); names and places in any case
_CUES = {
    "€": ("euros?|eurozone", "EUR", ""),
    "₹": ("rupees?|crores?|lakhs?|sensex", "INR", "india|indian|mumbai|delhi|bengaluru|bangalore|chennai|kolkata"),
    "₦": ("naira|kobo", "NGN", "nigeria|nigerian|lagos|abuja"),
    "₽": ("roubles?|rubles?|kopecks?", "RUB", "russia|russian|moscow"),
    "₴": ("hryvnias?", "UAH", "ukraine|ukrainian|kyiv"),
    "₺": ("liras?", "TRY", "turkey|turkish|türkiye|istanbul|ankara"),
    "₪": ("shekels?", "ILS|NIS", "israel|israeli|jerusalem"),
    "₩": ("", "KRW", "korea|korean|seoul"),
    "₱": ("", "PHP", "philippines|filipino|manila"),
    "₫": ("", "VND", "vietnam|vietnamese|hanoi"),
    "₿": ("bitcoins?", "BTC", ""),
}
_NAME = 3  # a currency's name (or code) weighs as much as three mentions of its places
_ENOUGH = 2  # a single mention of a place is not enough


def _compile() -> tuple[re.Pattern, dict[str, tuple[str, int]]]:
    """One pattern for every cue, and what each of its named groups stands for: (sign, weight)."""
    parts, groups = [], {}
    for n, (sign, (names, code, places)) in enumerate(_CUES.items()):
        for kind, words, weight in (("n", names, _NAME), ("c", code and f"(?-i:{code})", _NAME), ("p", places, 1)):
            if words:
                groups[f"{kind}{n}"] = (sign, weight)
                parts.append(rf"\b(?P<{kind}{n}>{words})\b")
    return re.compile("|".join(parts), re.IGNORECASE), groups


_WORDS, _GROUPS = _compile()


def named_currency(text: str) -> str:
    """The currency sign ``text`` speaks of most ('' when it names none, or only the euro).

    >>> named_currency("valued at 4,200 crore by investors in Mumbai")
    '₹'
    >>> named_currency("the euro fell against the rupee")
    ''
    """
    score: dict[str, int] = {}
    for m in _WORDS.finditer(text):
        sign, weight = _GROUPS[m.lastgroup or ""]
        score[sign] = score.get(sign, 0) + weight
    if not score:
        return ""
    best = max(score, key=score.__getitem__)
    if best == "€" or score[best] < _ENOUGH or score[best] <= score.get("€", 0):
        return ""
    return best
