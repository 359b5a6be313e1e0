"""The shape of the command line: one app, commands registered in one place, no import circles,
exit codes defined once, ``python -m mocparse`` works, the batch split into pool / JSONL / sinks."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

from mocparse.cli.app import app

PACKAGE = ROOT / "mocparse"


def imports_of(path: Path) -> set[str]:
    """Modules of mocparse that a file imports (at any level, in functions too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("mocparse"):
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("mocparse"))
    return found


def module_graph(folder: Path, prefix: str) -> dict[str, set[str]]:
    modules = {f"{prefix}.{path.stem}": path for path in folder.glob("*.py") if path.stem != "__init__"}
    return {name: imports_of(path) & set(modules) for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    found: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        for target in graph[node]:
            if target in path:
                found.append([*path[path.index(target) :], target])
            else:
                visit(target, [*path, target])

    for start in graph:
        visit(start, [start])
    return found


def test_no_import_circles_between_cli_or_batch_modules() -> None:
    assert cycles(module_graph(PACKAGE / "cli", "mocparse.cli")) == []
    assert cycles(module_graph(PACKAGE / "batch", "mocparse.batch")) == []
    # only the entry points import the app
    importers = [
        path
        for path in PACKAGE.rglob("*.py")
        if "mocparse.cli.app" in imports_of(path) and path.name not in {"main.py", "__main__.py"}
    ]
    assert importers == []


def test_commands_are_registered_explicitly_in_one_place() -> None:
    for path in (PACKAGE / "cli").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert ("@app.command" not in text and "typer.Typer(" not in text) or path.name == "app.py", path
    names = {command.name for command in app.registered_commands}
    assert names == {"read", "parse", "eval", "schema", "show", "batch", "load", "export"}
    assert [group.name for group in app.registered_groups] == ["db"]


def test_exit_codes_are_defined_once() -> None:
    definitions = [
        (path.relative_to(PACKAGE).as_posix(), match.group(1))
        for path in PACKAGE.rglob("*.py")
        for match in re.finditer(r"^(EXIT_\w+)\s*[:=]", path.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert {path for path, _ in definitions} == {"cli/exits.py"}
    names = [name for _, name in definitions]
    assert len(names) == len(set(names))


def test_python_dash_m_mocparse_and_the_old_module_path() -> None:
    for module in ("mocparse", "mocparse.cli.main"):
        result = subprocess.run(
            [sys.executable, "-m", module, "--version"], capture_output=True, text=True, timeout=60, check=False
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("mocparse ")


def test_batch_is_split_into_pool_jsonl_and_sinks() -> None:
    modules = {path.stem for path in (PACKAGE / "batch").glob("*.py")}
    assert {"pool", "jsonl", "sinks"} <= modules
    assert not (PACKAGE / "batch.py").exists()
    for path in (PACKAGE / "batch").glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) < 400, path
