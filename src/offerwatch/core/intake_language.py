"""Which language a message is in, and whether the detection rules read it (the one hook).

Routing by language happens in one place, `unread_language`: intake sends a message in a
language the rules do not read to review, marked with the language, instead of drawing no
conclusion from it silently. The identifier here is a stop-word count (a common, cheap
method that is reliable on whole messages); the `detect` branch adds a language identifier
to core/detection: when it is merged, `language_of` and `READ_LANGUAGES` come from there.
"""

from __future__ import annotations

import re

# Languages the rules of core/detection read.
READ_LANGUAGES = frozenset({"en"})

# Short, frequent words that are rare in the other languages listed (function words).
_STOP = {
    "en": "the and you your for with that have this will are from would our we be to of",
    "de": "und der die das nicht ist wir sie ihre ihnen mit für auf eine einen den dem "
    "uns bitte vielen dank gerne freundlichen grüßen",
    "fr": "le la les et des est vous nous votre pour une dans avec pas sur merci "
    "cordialement candidature bonjour",
    "es": "el los las que por para una con del usted nuestro gracias saludos hola su "
    "candidatura estimado",
    "it": "il gli che per una con della grazie cordiali saluti siamo candidatura",
    "nl": "de het een en van wij voor met niet zijn bedankt groet sollicitatie uw",
    "pt": "os das não uma com para obrigado atenciosamente candidatura você",
}
_WORDS = {lang: frozenset(words.split()) for lang, words in _STOP.items()}
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
_ENOUGH = 8  # fewer stop words than this: too little text to tell (taken as English)


def language_of(text: str) -> str:
    """The ISO 639-1 code of the language `text` is most likely in ('en' when unsure)."""
    counts = dict.fromkeys(_WORDS, 0)
    for token in _TOKEN.findall(text[:5000].lower()):
        for lang, words in _WORDS.items():
            if token in words:
                counts[lang] += 1
    best = max(counts, key=lambda lang: counts[lang])
    if counts[best] < _ENOUGH or counts[best] <= counts["en"]:
        return "en"
    return best


def unread_language(subject: str, body: str) -> str | None:
    """The language of the message when the rules do not read it, else None."""
    lang = language_of(f"{subject}\n{body}")
    return None if lang in READ_LANGUAGES else lang
