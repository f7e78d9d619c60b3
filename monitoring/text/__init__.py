"""The Russian text pipeline: what a resident's post says and where it happens.

Pure Python, no Django, nothing downloaded at run time: razdel tokens, pymorphy3
lemmas (its packaged dictionaries) and, as a fallback, natasha's NER (its wheel
ships the navec embeddings and the slovnet model).

``TextPipeline(gazetteer).analyse(text)`` runs, in order:

1. **Cleaning** (``normalise``): only the first ``MAX_CHARS`` characters are read;
   control characters become spaces; invisible format characters (soft hyphen,
   zero-width joiners, direction marks, BOM) are dropped; NFKC (fullwidth letters,
   ligatures, a decomposed «й»).
2. **Markup** (``normalise``): links and e-mail addresses are removed and listed;
   ``@handles`` are removed and listed; VK markup ``[id1|Иван Петров]`` keeps only
   the display name; hashtags keep their words (``#ЖКХ_Заречье`` → «ЖКХ Заречье»,
   ``#ОтоплениеЗаречье`` → «Отопление Заречье») and are listed; emoji are removed
   and counted; «ё» → «е»; Latin look-alike letters inside Cyrillic-dominated words
   become Cyrillic (``ЖKХ`` → ``ЖКХ``), and the reverse in Latin-dominated ones, so
   ``VK`` or ``WiFi`` stay as they are.
3. **Words** (``words``): razdel tokens with a letter in them, lowercased.
4. **Lemmas** (``words``): pymorphy3, one ``MorphAnalyzer`` per process, each
   distinct word parsed once per process (an LRU cache).
5. **Territories** (``places``): a ``Gazetteer`` of territory names in every case
   form and their derived words, then, when it found nothing and the post shows a
   place cue, natasha NER.

Every offset reported (word spans, territory spans) points into the *original*
text, so a caller can highlight the resident's own words.
"""

from monitoring.text.normalise import MAX_CHARS, Normalised, normalise
from monitoring.text.pipeline import Analysis, LocationFinder, TextPipeline
from monitoring.text.places import NER_MAX_CHARS, Gazetteer, TerritoryMatch, natasha_locations
from monitoring.text.words import WordInfo, morph_analyzer, word_info

__all__ = [
    "MAX_CHARS",
    "NER_MAX_CHARS",
    "Analysis",
    "Gazetteer",
    "LocationFinder",
    "Normalised",
    "TerritoryMatch",
    "TextPipeline",
    "WordInfo",
    "morph_analyzer",
    "natasha_locations",
    "normalise",
    "word_info",
]
