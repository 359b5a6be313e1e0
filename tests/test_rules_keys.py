"""Every key of the calendar, legal-act and document rule files is read by code (issue 9: a key read
by nothing misleads the methodologist who edits it)."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

from mocparse.rules import ActivityColumns, Calendar, DocumentRules, LegalActRules, RuleModel, Season, YearPart

CODE = "\n".join(
    path.read_text(encoding="utf-8") for path in (ROOT / "mocparse").rglob("*.py") if path.name != "rules.py"
)
DOCS = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
MODELS: list[type[RuleModel]] = [Calendar, YearPart, Season, LegalActRules, DocumentRules, ActivityColumns]
KEYS = [(model.__name__, key) for model in MODELS for key in model.model_fields]


@pytest.mark.parametrize(("model", "key"), KEYS, ids=[f"{model}.{key}" for model, key in KEYS])
def test_rule_key_is_read_by_code(model: str, key: str) -> None:
    assert re.search(rf"\.{key}\b", CODE), f"{model}.{key} is read by nothing in mocparse/"


@pytest.mark.parametrize("name", ["calendar.yaml", "legal_acts.yaml", "document.yaml"])
def test_every_top_level_key_is_documented(name: str) -> None:
    import yaml

    keys = yaml.safe_load((ROOT / "rules" / name).read_text(encoding="utf-8"))
    missing = [key for key in keys if f"`{key}`" not in DOCS]
    assert not missing, f"rules/{name}: {missing} not described in docs/rules.md"
