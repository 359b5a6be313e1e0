"""Pseudonymization of the personal data in mocparse output (docs/reliability.md, "Personal data").

Reports name real people. ``--pseudonymize`` (``mocparse parse``, ``show``, ``batch``, ``load``,
``export``) replaces:

* each person's ``name`` and ``full_name`` by a stable keyed pseudonym, ``person-`` and the first
  12 hex digits of HMAC-SHA256(key, normalized nominative name ``фамилия и.о.``): the same person
  gets the same pseudonym in every document, run and export made with the same key, and nobody
  without the key can recompute it from a guessed name;
* every person name inside any other text (evidence, titles, responsible persons, file paths,
  error messages ...) by the pseudonym of that person. Names are found by a net of their own
  (:mod:`mocparse.privacy.names`), wider than the persons extractor: surnames with initials before
  or after, full names, first name with patronymic or surname, in any case, in capitals,
  hyphenated, with ``ё``, in file names; then any word that starts like the surname or
  patronymic of a person found anywhere in the same document (or database) is replaced too;
* telephone numbers by ``[телефон]`` and e-mail addresses by ``[e-mail]``.

In JSON, JSONL, the database and exports, evidence keeps its offsets, which still point into the
original document; only its ``text`` is rewritten. The review page (``show --pseudonymize``)
replaces the names in the document text itself and moves every offset to match
(:mod:`mocparse.privacy.document`).

The key comes from the environment variable ``MOCPARSE_PSEUDONYM_KEY`` or from a key file
(``--pseudonym-key-file``); without a key of at least 16 bytes nothing is written.
"""

from mocparse.privacy.document import pseudonymized_pair
from mocparse.privacy.keys import KEY_ENV, MIN_KEY_BYTES, PseudonymKeyError, load_key, normalize_name
from mocparse.privacy.names import FoundName, find_names
from mocparse.privacy.scrub import (
    EMAIL_MASK,
    NAME_MASK,
    PHONE_MASK,
    PSEUDONYM_HEX_DIGITS,
    PSEUDONYM_PREFIX,
    Pseudonymizer,
    RowTransform,
    TextScrubber,
    mask_contacts,
    nominative_surname,
)
from mocparse.privacy.sink import PseudonymizingSink

__all__ = [
    "EMAIL_MASK",
    "KEY_ENV",
    "MIN_KEY_BYTES",
    "NAME_MASK",
    "PHONE_MASK",
    "PSEUDONYM_HEX_DIGITS",
    "PSEUDONYM_PREFIX",
    "FoundName",
    "PseudonymKeyError",
    "Pseudonymizer",
    "PseudonymizingSink",
    "RowTransform",
    "TextScrubber",
    "find_names",
    "load_key",
    "mask_contacts",
    "nominative_surname",
    "normalize_name",
    "pseudonymized_pair",
]
