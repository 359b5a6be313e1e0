"""mocparse and natasha in one process (issue 9, item 7): natasha's setup points ``PYMORPHY2_DICT_PATH``
at pymorphy2's dictionary; mocparse's pymorphy3 must not follow it (before: ``struct.error``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import CORPUS, ROOT

REPORT = CORPUS / "txt" / "nikolaevsky_2023_report.txt"
PERSONS = (
    "import json, sys, mocparse\n"
    f"report = mocparse.parse({str(REPORT)!r})\n"
    "print(json.dumps([person.name for person in report.persons], ensure_ascii=False))\n"
)


def run(code: str) -> list[str]:
    env = {key: value for key, value in os.environ.items() if key != "PYMORPHY2_DICT_PATH"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_natasha_set_up_first_then_mocparse_in_one_process() -> None:
    alone = run(PERSONS)
    assert alone
    natasha_first = (
        "import os, pymorphy2_dicts_ru\n"
        "os.environ['PYMORPHY2_DICT_PATH'] = pymorphy2_dicts_ru.get_path()  # what natasha users do\n"
        "from natasha import DatesExtractor, MorphVocab, NamesExtractor\n"
        "vocab = MorphVocab()\n"
        "names, dates = NamesExtractor(vocab), DatesExtractor(vocab)\n"
        "assert list(dates('9 марта 2023 года'))\n" + PERSONS
    )
    assert run(natasha_first) == alone
    # mocparse's own natasha baseline sets the variable too; mocparse after it in the same process
    baseline_first = "from mocparse.nlp.baseline import natasha_extractors\nnatasha_extractors()\n" + PERSONS
    assert run(baseline_first) == alone
