"""The pseudonymization key and the normalized name a pseudonym is computed from."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

KEY_ENV = "MOCPARSE_PSEUDONYM_KEY"
"""Environment variable holding the pseudonymization key."""
MIN_KEY_BYTES = 16
"""Shortest key accepted: names are few and guessable, the key is all that protects them."""

_SPACES = re.compile(r"\s+")
_INITIAL_GAP = re.compile(r"(?<=\.)\s+(?=\w\.)")


class PseudonymKeyError(Exception):
    """No usable pseudonymization key."""


def load_key(key_file: Path | None = None, environ: Mapping[str, str] | None = None) -> bytes:
    """The key from ``key_file`` (its bytes, surrounding whitespace stripped) or from ``MOCPARSE_PSEUDONYM_KEY``."""
    if key_file is not None:
        try:
            key = key_file.read_bytes().strip()
        except OSError as error:
            raise PseudonymKeyError(
                f"cannot read the pseudonym key file {key_file}: {error.strerror or error}"
            ) from error
        where = f"the key file {key_file}"
    else:
        key = (os.environ if environ is None else environ).get(KEY_ENV, "").strip().encode("utf-8")
        where = f"${KEY_ENV}"
    if not key and key_file is not None:
        raise PseudonymKeyError(f"the pseudonym key file {key_file} is empty; nothing was written")
    if not key:
        raise PseudonymKeyError(
            f"pseudonymization needs a secret key: set {KEY_ENV} or give --pseudonym-key-file FILE "
            f"(at least {MIN_KEY_BYTES} random bytes, e.g. `openssl rand -hex 32`); nothing was written"
        )
    if len(key) < MIN_KEY_BYTES:
        raise PseudonymKeyError(
            f"the pseudonym key in {where} is {len(key)} bytes; use at least {MIN_KEY_BYTES} random bytes "
            "(e.g. `openssl rand -hex 32`); nothing was written"
        )
    return key


def normalize_name(name: str) -> str:
    """Lower case, ё -> е, single spaces, no space between initials (as ``person_key`` in the database)."""
    value = _SPACES.sub(" ", name.replace("ё", "е").replace("Ё", "Е").strip().lower())
    return _INITIAL_GAP.sub("", value)
