"""Tell which language a message is written in, from its most common short words.

Each language has a profile of its function words (articles, pronouns, prepositions,
auxiliaries) - the words every sentence needs whatever it is about. The text's words are
counted against each profile; the language with the most hits wins when it has enough of
them and clearly more than the runner-up. Too little text, or a near tie, gives None.
Pure and fast: one pass over at most the first few thousand characters.
"""

from __future__ import annotations

import functools
import re


def _profile(words: str) -> frozenset[str]:
    return frozenset(words.split())


_PROFILES: dict[str, frozenset[str]] = {
    "en": _profile(
        """the and to of a in is you for that we your it on with be are this have will as at
        our i not or from by an me my would can if any us all has been was so do please
        thank thanks know let hear what which when there they their about more"""
    ),
    "de": _profile(
        """der die das und ist nicht sie ich wir ihr ihre ihnen ihnen uns mit zu von den dem
        des ein eine einen einem für auf auch es im in bei sich wie oder aber wenn noch
        nach über vielen dank haben hat wird werden sind sehr gerne freundlichen grüßen
        bitte dass unsere unser ihrer ihren können möchten würden worden wurde wurden habe
        hast bist dich dir dein deine deinen leider schon mir mich kann kannst danke"""
    ),
    "fr": _profile(
        """le la les et est vous nous de des du un une pour dans que qui pas ne sur avec au
        aux votre vos notre nos ce cette ces il elle je suis sont avons avez merci bien
        cordialement bonjour madame monsieur par plus être été sera si mais ou tu te toi
        ton ta tes on en moi mon ma mes ça très aussi"""
    ),
    "es": _profile(
        """el la los las y es de del que en un una para por con no su sus te tu nos nuestro
        nuestra lo le les al se como pero más muy gracias hola saludo un saludo hemos ha
        han está están sido será si o este esta estos a me mi ya así también hay desde
        sobre tras muchas muchos gracias"""
    ),
    "it": _profile(
        """il lo la gli le e è di del della dei che in un una per con non sono siamo ha
        abbiamo grazie la sua suo nostro nostra alla al dal come ma anche più questo
        questa cordiali saluti gentile"""
    ),
    "nl": _profile(
        """de het een en is van ik je jij u wij we zijn niet met voor op in dat die er te
        aan bij ook als maar naar uw onze ons hebben heeft wordt worden bedankt groeten
        vriendelijke"""
    ),
    "pt": _profile(
        """o a os as e é de do da dos das que em um uma para por com não seu sua nós nosso
        nossa ao se como mas mais muito obrigado obrigada olá atenciosamente foi está
        são ser você"""
    ),
}
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_ADDRESSES = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w.-]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|co|de|fr|es)\b\S*"
)
# Every address holds one of these: most text holds none, and needs no search for them.
_ADDRESS_MARKS = ("@", "://", "www.", ".co", ".org", ".net", ".io", ".de", ".fr", ".es")
_MAX_CHARS = 2000
_MIN_HITS = 4  # fewer function words than this: too short to tell
_MARGIN = 1.5  # the winner needs this many times the runner-up's hits


# Each word with the languages whose profile holds it: one dictionary look-up per word.
_INDEX: dict[str, tuple[str, ...]] = {}
for _code, _profile_words in _PROFILES.items():
    for _word in _profile_words:
        _INDEX[_word] = (*_INDEX.get(_word, ()), _code)
# ...and the vote it gives each (the same float as 1 / k, worked out once).
_VOTES: dict[str, tuple[tuple[str, float], ...]] = {
    word: tuple((code, 1 / len(codes)) for code in codes) for word, codes in _INDEX.items()
}


def language_of(text: str, *, least: int = _MIN_HITS) -> str | None:
    """The ISO 639-1 code of the language `text` is written in (en, de, fr, es, it, nl,
    pt), or None when it is too short or too mixed to tell (fewer than `least` of the
    winner's function words, or no clear winner)."""
    best, hits, score, second = _tally(text[:_MAX_CHARS])
    if hits < least or score < second * _MARGIN:
        return None
    return best


# A reader asks twice of one message (detect() picks its rules by the opening, and the
# message's language is asked after): for a short message the two texts are one.
@functools.lru_cache(maxsize=4)
def _tally(text: str) -> tuple[str, int, float, float]:
    """(the language with the best score, its count of hits, its score, the runner-up's
    score) over `text`."""
    counts = dict.fromkeys(_PROFILES, 0)
    # A word shared by k profiles ("de", "la", "en") is 1/k of a vote for each: the words
    # only one language uses decide between close languages (French and Spanish).
    scores = dict.fromkeys(_PROFILES, 0.0)
    # Addresses are no language ("meet.google.com" is not Portuguese "com").
    lower = text.lower()
    if any(mark in lower for mark in _ADDRESS_MARKS):
        lower = _ADDRESSES.sub(" ", lower)
    # Only function words vote (filtered without a Python step per word), in text order.
    for word in filter(_VOTES.__contains__, _WORD.findall(lower)):
        for code, vote in _VOTES[word]:
            counts[code] += 1
            scores[code] += vote
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, score), (_, second) = ranked[0], ranked[1]
    return best, counts[best], score, second
