"""Reading one rule file (``rules/*.yaml``) with errors a methodologist can act on.

A mistake in a rule file is reported in one line naming the file, the line and the field:
``rules/units.yaml:14: scale_words.тысяча: Input should be a valid integer (and 1 more problem)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from mocparse.paths import path_text

ModelT = TypeVar("ModelT", bound=BaseModel)


class RuleFileError(ValueError):
    """A rule file is missing, unreadable or does not validate; the message is one line."""


def load_rule_file(path: Path, model: type[ModelT]) -> ModelT:
    """Read ``path`` (YAML) into ``model``; any problem is a :class:`RuleFileError` of one line."""
    where = path_text(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise RuleFileError(f"{where}: rule file not found") from error
    except UnicodeDecodeError as error:
        raise RuleFileError(f"{where}: not UTF-8 text (byte {error.start}); save it as UTF-8") from error
    except OSError as error:
        raise RuleFileError(f"{where}: cannot read the rule file ({error.strerror or error})") from error
    try:
        data = yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise RuleFileError(f"{where}{line}: not valid YAML: {problem}") from error
    try:
        return model.model_validate(data)
    except ValidationError as error:
        node = yaml.compose(text, Loader=_LOADER)  # the node tree gives the line of the problem
        raise RuleFileError(_one_line(where, node, error)) from error


_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's loader when PyYAML was built with it (ten times faster), else the pure-Python one."""


def _one_line(where: str, node: yaml.Node | None, error: ValidationError) -> str:
    problems = error.errors()
    first = next((item for item in problems if item["type"] == "extra_forbidden"), problems[0])  # a typo first
    location = [part for part in first["loc"] if part != "[key]"]
    field = ".".join(str(part) for part in location) or "(the whole file)"
    more = error.error_count() - 1
    tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    message = first["msg"]
    if first["type"] == "extra_forbidden":
        message = "unknown field (a typo?)"
    return f"{where}:{_line_of(node, location)}: {field}: {message}{tail}"


def _line_of(node: yaml.Node | None, location: list[Any]) -> int:
    """The line (1-based) of the YAML node at ``location``, or of the deepest node on the way there."""
    line = node.start_mark.line + 1 if node is not None else 1
    for part in location:
        child: yaml.Node | None = None
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                    child = value
                    line = key.start_mark.line + 1
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            child = node.value[part]
            line = child.start_mark.line + 1
        if child is None:
            break
        node = child
    return line
