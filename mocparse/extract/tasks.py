"""Tasks (задачи) and perspectives (перспективы) of the centre.

A task list is the run of list items after a lead-in whose first words name tasks in the
nominative (``Основные задачи МОЦ на ...:``, ``Задачи МОЦ:``, ``Основные направления
деятельности:``) — ``В рамках реализации задач проведены мероприятия:`` names them in the
genitive and does not lead a task list. ``Задача N. ...`` headings are tasks too.
Perspectives follow ``Перспективы работы``, ``Перспективные направления`` ... headings.
Cue words live in ``rules/document.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mocparse.document import Block, BlockKind
from mocparse.extract.base import ExtractionContext
from mocparse.nlp import AnnotatedDocument
from mocparse.nlp.morph import lemma, parses
from mocparse.records import Evidence, Perspective, Task

_LEAD_IN_MAX_CHARS = 220
_CUE_WINDOW = 4
_NUMBERED_TASK = re.compile(r"^Задача\s+(?P<number>\d{1,2}(?:\.\d{1,2})*)\.?\s+(?P<text>\S.*)$", re.DOTALL)


def _cue_lemmas(phrases: list[str]) -> list[list[str]]:
    return [[lemma(word) for word in phrase.lower().split()] for phrase in phrases]


def _is_lead_in(text: str, cues: list[list[str]]) -> bool:
    """A lead-in names the list: a cue among its first words in the nominative (``Задачи МОЦ:``,
    ``Основные задачи ...``), or anywhere in a line ending with a colon in the nominative or
    accusative (``МОЦ решал следующие задачи:``) — not in the genitive (``реализации задач``)."""
    if len(text) > _LEAD_IN_MAX_CHARS:
        return False
    words = re.findall(r"[А-Яа-яЁё]+", text)
    word_lemmas = [lemma(word.lower()) for word in words]
    ends_with_colon = text.rstrip().endswith(":")
    allowed = {"nomn", "accs"} if ends_with_colon else {"nomn"}
    window = len(words) if ends_with_colon else min(_CUE_WINDOW, len(words))
    for cue in cues:
        for start in range(window):
            if word_lemmas[start : start + len(cue)] == cue:
                head = words[start + len(cue) - 1] if len(cue) == 1 else words[start + 1]
                if any(parse.tag.case in allowed for parse in parses(head.lower())[:3]):
                    return True
    return False


def _label_number(label: str | None) -> str | None:
    if label is None:
        return None
    number = label.rstrip(".)")
    return number if number and number not in {"-", "–", "—", "•", "·", "▪", "●", "◦", "*"} else None


def _is_section_heading(annotated: AnnotatedDocument, block: Block) -> bool:
    """A numbered section title (``5. Проблемы и задачи на 2024 год``): a short list item
    without final punctuation."""
    text = annotated.document.block_body(block)
    return block.kind is BlockKind.LIST_ITEM and len(text.split()) <= 12 and not re.search(r"[.;:,]$", text)


def _list_after(annotated: AnnotatedDocument, position: int) -> Iterator[Block]:
    """The list items that follow block ``position`` (stops at the first other block). One short
    paragraph ending with a colon may stand between a heading and its list."""
    blocks = annotated.document.blocks
    start = position + 1
    if blocks[position].kind is BlockKind.HEADING or _is_section_heading(annotated, blocks[position]):
        # under a section title, the section's first list led in by a line ending with a colon
        for offset in range(position + 1, min(position + 5, len(blocks))):
            block = blocks[offset]
            if block.kind is BlockKind.LIST_ITEM:
                break
            text = annotated.document.block_text(block)
            if block.kind is not BlockKind.PARAGRAPH or len(text) > 2 * _LEAD_IN_MAX_CHARS:
                break
            if text.rstrip().endswith(":"):
                start = offset + 1
                break
    style = None
    for block in blocks[start:]:
        if block.kind is not BlockKind.LIST_ITEM:
            return
        block_style = _label_style(block.label)
        if style is not None and block_style != style:
            return  # "1) ... 6)" then "2. Раздел": another list
        style = block_style
        yield block


def _label_style(label: str | None) -> str:
    """The kind of a list label: ``1)``, ``1.``, ``1.1.``, ``а)``, or a bullet."""
    if not label:
        return "none"
    if label[0].isdigit():
        return ("multi" if label.rstrip(".)").count(".") else "number") + label[-1]
    if label[0].isalpha():
        return "letter" + label[-1]
    return "bullet"


def _items(annotated: AnnotatedDocument, cues: list[list[str]]) -> Iterator[tuple[Block, str | None, str]]:
    blocks = annotated.document.blocks
    for position, block in enumerate(blocks):
        if block.kind not in {BlockKind.HEADING, BlockKind.PARAGRAPH} and not _is_section_heading(annotated, block):
            continue
        if not _is_lead_in(annotated.document.block_text(block), cues):
            continue
        for item in _list_after(annotated, position):
            yield item, _label_number(item.label), annotated.document.block_body(item)


def _whole_block_evidence(annotated: AnnotatedDocument, block: Block) -> Evidence:
    return Evidence(
        text=annotated.document.block_body(block),
        start=block.body_start,
        end=block.stop,
        block=block.index,
        page=block.page,
    )


def extract_tasks(annotated: AnnotatedDocument, context: ExtractionContext) -> list[Task]:
    """Tasks from task lists and ``Задача N.`` headings, in document order."""
    cues = _cue_lemmas(context.rules.document.task_headings)
    found: dict[int, Task] = {}
    for block, number, text in _items(annotated, cues):
        found[block.index] = Task(
            number=number,
            text=text,
            evidence=_whole_block_evidence(annotated, block),
            rule="tasks.list",
            confidence=0.9,
        )
    for block in annotated.document.blocks:
        if block.kind is BlockKind.TABLE or block.index in found:
            continue
        match = _NUMBERED_TASK.match(annotated.document.block_body(block))
        if match:
            found[block.index] = Task(
                number=match.group("number"),
                text=" ".join(match.group("text").split()),
                evidence=_whole_block_evidence(annotated, block),
                rule="tasks.numbered_heading",
                confidence=0.95,
            )
    return [found[index] for index in sorted(found)]


def extract_perspectives(annotated: AnnotatedDocument, context: ExtractionContext) -> list[Perspective]:
    """Items of perspective lists."""
    cues = _cue_lemmas(context.rules.document.perspective_headings)
    return [
        Perspective(
            number=number,
            text=text,
            evidence=_whole_block_evidence(annotated, block),
            rule="perspectives.list",
            confidence=0.9,
        )
        for block, number, text in _items(annotated, cues)
    ]
