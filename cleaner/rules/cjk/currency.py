"""Which currency sign the words of a paragraph call for.

The signs of the Currency Symbols block (U+20A0–U+20BF) share their first two
UTF-8 bytes, so when a codec loses the third one, ``€`` (by far the most common)
and ``₹``, ``₦``, ``₽``... fit the same surviving bytes. Only the words of the
text tell them apart: ``crore`` or ``Mumbai`` call for the rupee, ``naira`` or
``Lagos`` for the naira. A currency's own name counts more than a place. The
words are those of the paragraph the sign is in (a document may speak of rupees
in one paragraph and of euros in the next), or else of its sentence, where one
place is enough (``₦40,000 ... in markets in Lagos``).
"""

from __future__ import annotations

import re

__all__ = ["named_currency"]

# sign: (names of the currency and its units, its ISO codes, places that use it); names and places in lower case
_CUES = {
    "€": (
        "euro euros eurozone",
        "EUR EU",
        "europe european brussels ireland irish germany france spain italy netherlands belgium austria portugal"
        " greece finland",
    ),
    "₹": (
        "rupee rupees crore crores lakh lakhs sensex",
        "INR",
        "india indian mumbai delhi bengaluru bangalore chennai kolkata hyderabad pune ahmedabad jaipur lucknow nashik"
        " kochi kerala karnataka maharashtra gujarat",
    ),
    "₦": ("naira kobo", "NGN", "nigeria nigerian lagos abuja kano ibadan kaduna enugu"),
    "₽": ("rouble roubles ruble rubles kopeck kopecks", "RUB", "russia russian moscow"),
    "₴": ("hryvnia hryvnias", "UAH", "ukraine ukrainian kyiv"),
    "₺": ("lira liras", "TRY", "turkey turkish türkiye istanbul ankara"),
    "₪": ("shekel shekels", "ILS NIS", "israel israeli jerusalem"),
    "₩": ("", "KRW", "korea korean seoul"),
    "₱": ("", "PHP", "philippines filipino manila luzon quezon cebu davao mindanao"),
    "₵": ("cedi cedis pesewas", "GHS GH", "ghana ghanaian accra kumasi"),
    "₫": ("", "VND", "vietnam vietnamese hanoi"),
    "₿": ("bitcoin bitcoins", "BTC", ""),
}
_NAME = 3  # a currency's name (or code) weighs as much as three mentions of its places
_ENOUGH = 2  # in a paragraph, a single mention of a place is not enough (in the sign's sentence, it is)
_SAMPLE = 20_000  # characters of a paragraph whose words are looked at

_WORDS = {w: (sign, _NAME) for sign, (names, _, _) in _CUES.items() for w in names.split()}
_WORDS.update({w: (sign, 1) for sign, (_, _, places) in _CUES.items() for w in places.split()})
_CODES = {c: (sign, _NAME) for sign, (_, codes, _) in _CUES.items() for c in codes.split()}
_TOKEN = re.compile(r"[^\W\d_]{2,}")  # a word of two letters or more (EU)


def named_currency(text: str, enough: int = _ENOUGH) -> str:
    """The currency sign ``text`` speaks of most, the euro's included ('' when it names none, or two as
    much), if its words weigh ``enough``.

    >>> named_currency("valued at 4,200 crore by investors in Mumbai")
    '₹'
    >>> named_currency("the rupee fell against the euro")
    ''
    >>> named_currency("payments from victims across Europe", 1)
    '€'
    """
    score: dict[str, int] = {}
    for token in _TOKEN.findall(text, 0, _SAMPLE):
        cue = _CODES.get(token) or _WORDS.get(token.lower())
        if cue is not None:
            score[cue[0]] = score.get(cue[0], 0) + cue[1]
    if not score:
        return ""
    best = max(score, key=score.__getitem__)
    if score[best] < enough or (best != "€" and score[best] <= score.get("€", 0)):
        return ""
    return best
