"""The rule files: every key is read by the code and documented for methodologists."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel

from mocparse.rules import Rules

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "mocparse"


def _models(model: type[BaseModel], seen: set[type[BaseModel]]) -> list[tuple[type[BaseModel], str]]:
    """(model, field) of a rule model and the rule models nested in it."""
    found = []
    for name, info in model.model_fields.items():
        found.append((model, name))
        for candidate in _nested(info.annotation):
            if candidate not in seen:
                seen.add(candidate)
                found.extend(_nested_fields(candidate, seen))
    return found


def _nested(annotation: object) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [item for arg in getattr(annotation, "__args__", ()) for item in _nested(arg)]


def _nested_fields(model: type[BaseModel], seen: set[type[BaseModel]]) -> list[tuple[type[BaseModel], str]]:
    return _models(model, seen)


def _rule_fields() -> list[tuple[type[BaseModel], str]]:
    fields: list[tuple[type[BaseModel], str]] = []
    seen: set[type[BaseModel]] = set()
    for name, info in Rules.model_fields.items():
        if name == "directory":
            continue
        for model in _nested(info.annotation):
            seen.add(model)
            fields.extend(_models(model, seen))
    return fields


def _code() -> str:
    """The package's code, without the field declarations of rules.py."""
    parts = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if path.name == "rules.py":
            text = "\n".join(line for line in text.split("\n") if not re.match(r"\s+\w+: [\w\[\], |\"().=]+$", line))
        parts.append(text)
    return "\n".join(parts)


def test_every_rule_key_is_read_by_the_code() -> None:
    code = _code()
    unread = [
        f"{model.__name__}.{name}"
        for model, name in _rule_fields()
        if not re.search(rf"\.{name}\b|[\"']{name}[\"']", code)
    ]
    assert not unread, f"rule keys nothing reads (remove them or make the code read them): {unread}"


def test_every_rule_key_is_documented_for_methodologists() -> None:
    guide = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    missing = sorted({name for _, name in _rule_fields() if f"`{name}`" not in guide})
    assert not missing, f"keys missing from docs/rules.md: {missing}"
