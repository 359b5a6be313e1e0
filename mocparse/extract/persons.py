"""Persons with roles.

Names are found per text block (so a name broken over two lines is one name) and per table cell
(:mod:`mocparse.extract.person_names`); the roles said of each name in its sentence come from
:mod:`mocparse.extract.person_roles`. Beyond the sentence, a name takes roles from:

* the lines above it when it starts its line (a signature ``Директор МБУ ДО ЦДТ`` / ``_____
  Е.С. Воронина``, an addressee ``Начальнику управления образования`` / ``И.В. Ковтуну``; in a
  signature, role words the layout put after the name are read with the lines above);
* a lead-in with a plural role for the list that follows it (``В качестве экспертов привлечены:``);
* in a table, the header of its column (``Ответственный специалист МОЦ``), the ``Должность`` cell of
  its row, or a role cell beside a signature cell.

Across the document, mentions of one person are merged: the nominative surname each mention
allows is matched against the persons already known (``Ковтуну`` joins ``Ковтун И.В.``), a name
with fewer initials joins the one person with the same surname and more (``Захаров В.`` joins
``Захаров В.О.``), and a first name with a patronymic and no surname (``Марии Олеговне``) completes
the one person with that first name (``Мария Захарченко`` -> ``Захарченко Мария Олеговна``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mocparse.document import Block, BlockKind
from mocparse.extract.base import ExtractionContext
from mocparse.extract.person_names import (
    NameMatch,
    find_names,
    first_name_of,
    normalize,
    patronymic_of,
    short_name,
    surname_forms,
)
from mocparse.extract.person_roles import NameRoles, Sentence, attach_roles, gap, open_roles
from mocparse.extract.tables import column_headers
from mocparse.nlp import AnnotatedDocument, Segment
from mocparse.nlp.annotate import make_doc
from mocparse.nlp.morph import lemma, parses
from mocparse.records import Evidence, Person
from mocparse.rules import Rules, match_labels

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "NameMatch",
    "NameRoles",
    "extract",
    "find_names",
    "normalize",
    "responsible_names",
    "short_name",
]

_DATE_LINE = re.compile(r"^[\d\s.,№/«»\"()-]*(?:\d{1,2}\s+[а-я]+\s+\d{4}\s*г?\.?)?[\d\s.,№/«»\"()А-ЯЁа-яё-]*$")
_LINE_LIMIT = 120
_PROSE = {BlockKind.PARAGRAPH, BlockKind.HEADING}


@dataclass
class _Mention:
    segment: Segment
    name: NameMatch
    roles: list[str] = field(default_factory=list)
    cases: frozenset[str] | None = None
    organization: str | None = None
    phrase: tuple[int, int] | None = None

    def evidence(self) -> Evidence:
        span = (self.name.start, self.name.stop)
        return self.segment.evidence(span=span, phrase=self.phrase or span)

    def add(self, roles: list[str]) -> None:
        for role in roles:
            if role not in self.roles:
                self.roles.append(role)


# --------------------------------------------------------------------------- sentences


def _sentence(text: str, rules: Rules, doc: Doc | None = None, names: list[NameMatch] | None = None) -> Sentence:
    """A sentence to read roles in; tokens and names are found when not given."""
    return Sentence(
        text,
        doc if doc is not None else make_doc(text),
        names if names is not None else find_names(text, rules),
        rules,
    )


def _phrase(name: NameMatch, found: NameRoles) -> tuple[int, int]:
    spans = [(name.start, name.stop), *found.role_spans]
    return min(start for start, _ in spans), max(stop for _, stop in spans)


def _read_sentence(sentence: Sentence, segment: Segment, limit: int) -> tuple[list[_Mention], dict[int, NameRoles]]:
    found = attach_roles(sentence)
    mentions = []
    for name in sentence.names:
        if name.start >= limit:
            continue
        entry = found[id(name)]
        phrase = _phrase(name, entry)
        mentions.append(
            _Mention(
                segment, name, list(entry.roles), entry.cases, entry.organization, (phrase[0], min(phrase[1], limit))
            )
        )
    return mentions, found


def responsible_names(segment: Segment, context: ExtractionContext) -> list[tuple[NameMatch, str, NameRoles]]:
    """Names in a cell or sentence with their nominative short form and the roles said of them."""
    sentence = _sentence(segment.text, context.rules, segment.doc)
    found = attach_roles(sentence)
    result = []
    for name in sentence.names:
        surname, initials, _ = normalize(name, found[id(name)].cases)
        result.append((name, short_name(surname, initials), found[id(name)]))
    return result


# --------------------------------------------------------------------------- text blocks


def _continuation(annotated: AnnotatedDocument, block: Block) -> str:
    """The first line of the next block when this one stops mid-phrase (a name may go on there:
    ``Руководитель МОЦ Лапина`` / ``Ксения Андреевна провела …``)."""
    blocks = annotated.document.blocks
    if block.index + 1 >= len(blocks) or block.kind not in _PROSE:
        return ""
    following = blocks[block.index + 1]
    body = annotated.text[block.body_start : block.stop].rstrip()
    if following.kind not in _PROSE or not body or body.endswith((".", "!", "?", ";", ":", "»", ")", "_")):
        return ""
    return annotated.text[following.body_start : following.stop].split("\n", 1)[0][:80]


def _block_mentions(
    annotated: AnnotatedDocument, block: Block, context: ExtractionContext, skip: int = 0
) -> tuple[list[_Mention], int]:
    """Mentions of one text block, with the roles of their sentences and of the lines above; and how
    many characters of the next block a name broken over the boundary took (``skip`` there). When
    the block stops mid-sentence, its last sentence is read on into the next block's first line
    (``Петрова Анна Сергеевна,`` / ``методист МОЦ,``), whose names take part without being mentioned
    here."""
    rules = context.rules
    text = annotated.text
    body_start = block.body_start
    body = text[body_start : block.stop]
    head = _continuation(annotated, block)
    search = f"{body} {head}" if head else body
    every = [
        name
        for name in find_names(search, rules, partial=True)
        if name.start >= skip and not (name.partial and name.start < len(body) < name.stop)
    ]
    names = [name for name in every if name.start < len(body)]
    carried = max((name.stop - len(body) - 1 for name in names if name.stop > len(body)), default=0)
    segments = annotated.block_segments(block)
    if not names:
        if segments and segments[-1].text.rstrip().endswith(":"):
            final = segments[-1]
            sentence = _sentence(final.text, rules, final.doc, [])
            _lead_in(block, final, sentence, attach_roles(sentence), context)
        return [], 0
    mentions: list[_Mention] = []
    for index, segment in enumerate(segments):
        local_start = segment.start - body_start
        last = index == len(segments) - 1
        limit = len(search) if last else local_start + len(segment.text)
        own = [name for name in every if local_start <= name.start < limit]
        if not any(name.start < local_start + len(segment.text) for name in own):
            continue
        shifted = [
            NameMatch(
                name.start - local_start,
                name.stop - local_start,
                name.surname,
                name.initials,
                name.first_name,
                name.patronymic,
                name.rule,
            )
            for name in own
        ]
        stop = max(len(segment.text), *(name.stop for name in shifted))
        if last and head:
            stop = len(search) - local_start
        if stop > len(segment.text):  # a name or the sentence goes on past the line or the block
            sentence = _sentence(search[local_start : local_start + stop], rules, None, shifted)
            sentence.own_end = len(segment.text) if last and head else None
        else:
            sentence = _sentence(segment.text, rules, segment.doc, shifted)
        found, results = _read_sentence(sentence, segment, len(segment.text))
        for mention in found:
            if not mention.roles or _role_goes_on_above(annotated, block, segment, mention.name, rules):
                mention.add(_roles_from_lines(annotated, block, segment, mention.name, context))
            if not mention.roles:
                mention.add(_role_line_below(annotated, segment, mention.name, context))
        mentions.extend(found)
        if last or segment.text.rstrip().endswith(":"):
            _lead_in(block, segment, sentence, results, context)
    return mentions, carried


def _line_start(annotated: AnnotatedDocument, segment: Segment) -> int:
    """Where the line of the segment starts in the canonical text."""
    before = annotated.text.rfind("\n", segment.block.start, segment.start)
    return before + 1 if before >= 0 else segment.block.start


def _starts_line(annotated: AnnotatedDocument, segment: Segment, name: NameMatch, rules: Rules) -> bool:
    """The name opens its line (after underscores, signature marks or organization words only)."""
    line_start = _line_start(annotated, segment)
    head = annotated.text[line_start : segment.start + name.start]
    if not head.strip():
        return True
    sentence = _sentence(head, rules, names=[])
    sentence.words = {}
    found = gap(sentence, 0, len(head))
    return found.filler and not any(role for role in match_labels(rules.role_matcher, sentence.doc[:]))


def _previous_lines(annotated: AnnotatedDocument, block: Block, line_start: int) -> list[str]:
    """Short lines above ``line_start`` (in the block, then in the blocks before), nearest first."""
    text = annotated.text
    lines = [line for line in text[block.body_start : max(block.body_start, line_start - 1)].split("\n") if line]
    lines.reverse()
    blocks = annotated.document.blocks
    for previous in reversed(blocks[max(0, block.index - 5) : block.index]):
        if previous.kind in {BlockKind.TABLE, BlockKind.LIST_ITEM}:
            break
        lines.extend(reversed([line for line in annotated.document.block_text(previous).split("\n") if line]))
    return lines


def _roles_from_lines(
    annotated: AnnotatedDocument, block: Block, segment: Segment, name: NameMatch, context: ExtractionContext
) -> list[str]:
    """Roles on the lines above a name that opens its line: a signature or an addressee."""
    rules = context.rules
    if block.kind is BlockKind.TABLE:
        return []
    line_start = _line_start(annotated, segment)
    if (
        not _starts_line(annotated, segment, name, rules)
        and not _continues_signature(annotated.text[line_start : segment.start + name.start], rules)
        and not _role_goes_on_above(annotated, block, segment, name, rules)
    ):
        return []
    above: list[str] = []
    previous_lines = _previous_lines(annotated, block, line_start)
    for position, line in enumerate(previous_lines):
        line = line.strip()
        upper = previous_lines[position + 1].strip() if position + 1 < len(previous_lines) else ""
        if upper and _is_name_line(upper, rules):
            break  # the role line of the name above it ("Лаврентьева С.Г." / "руководитель …")
        if len(line) > _LINE_LIMIT or any(mark in line for mark in rules.roles.signature_marks):
            break
        if _DATE_LINE.fullmatch(line) and re.search(r"\d", line):
            continue  # a date or an outgoing number the layout put between the lines
        if line.endswith((".", ";", ":", "!", "?")) and not re.search(r"\b[А-ЯЁа-яё]{1,4}\.$", line):
            break
        if find_names(line, rules):
            break
        above.insert(0, line)
        if len(above) == 4:
            break
    if not above:
        return []
    line_end = annotated.text.find("\n", segment.start)
    line_text = annotated.text[line_start : line_end if line_end >= 0 else segment.block.stop]
    offset = segment.start - line_start
    signature = any(mark in line_text[: offset + name.start] for mark in rules.roles.signature_marks)
    if not signature and _predicate_after(line_text[offset + name.stop :]):
        return []  # "Иванова И.И. провела семинар": a sentence, not a name under its role
    tail = _signature_tail(annotated, segment, name, line_end) if signature else []
    role_text = " ".join([*above, *tail])
    joined = f"{role_text} {line_text[: offset + name.stop]}"
    shift = len(role_text) + 1 + offset
    moved = NameMatch(
        name.start + shift, name.stop + shift, name.surname, name.initials, name.first_name, name.patronymic, name.rule
    )
    sentence = _sentence(joined, rules, names=[moved])
    return attach_roles(sentence)[id(moved)].roles


def _role_goes_on_above(
    annotated: AnnotatedDocument, block: Block, segment: Segment, name: NameMatch, rules: Rules
) -> bool:
    """A signature line whose role the line above begins and ends with a comma: ``Руководитель
    муниципального опорного центра,`` / ``директор МБУ ДО «ЦДТ» ________ С.Н. Журавлёв``."""
    if block.kind is BlockKind.TABLE:
        return False
    line_start = _line_start(annotated, segment)
    head = annotated.text[line_start : segment.start + name.start].strip()
    signed = any(head.endswith(mark) for mark in rules.roles.signature_marks if mark.strip())
    # "Руководитель МОЦ," / "директор МБУ ДО «ЦДТ «Истоки» Н.А. Ветлугина": the role goes on in lower case
    if not head or not (signed or (head[:1].islower() and _ends_line(annotated, segment, name))):
        return False
    above = _previous_lines(annotated, block, line_start)
    return bool(above) and above[0].strip().endswith(",")


def _ends_line(annotated: AnnotatedDocument, segment: Segment, name: NameMatch) -> bool:
    """Nothing but punctuation follows the name on its line."""
    line_end = annotated.text.find("\n", segment.start + name.stop)
    rest = annotated.text[segment.start + name.stop : line_end if line_end >= 0 else segment.block.stop]
    return not re.search(r"\w", rest)


def _continues_signature(head: str, rules: Rules) -> bool:
    """The text before a name on its line goes on from the line above and ends in a signature mark:
    ``Директор МБУ ДО «Центр`` / ``дополнительного образования» ________ С.П. Гуляев``."""
    head = head.strip()
    return head[:1].islower() and any(head.endswith(mark) for mark in rules.roles.signature_marks if mark.strip())


def _predicate_after(text: str) -> bool:
    """The words after a name hold a verb (the line is a sentence about the person)."""
    return any(
        found[0].tag.POS in {"VERB", "PRTS", "INFN", "GRND"}
        for word in re.findall(r"[а-яё]+", text)
        if (found := parses(word))
    )


def _signature_tail(annotated: AnnotatedDocument, segment: Segment, name: NameMatch, line_end: int) -> list[str]:
    """Role words a signature's layout put after the name: lower-case text after it on its line and
    short lower-case lines below (``Руководитель муниципального опорного`` / ``___ Л.Н. Зайцева`` /
    ``центра``)."""
    text = annotated.text
    tail: list[str] = []
    rest = segment.text[name.stop :].strip()
    if rest[:1].islower() and not re.search(r"\d", rest):
        tail.append(rest)
    position = line_end if line_end >= 0 else len(text)
    for line in text[position : position + 200].split("\n"):
        line = line.strip()
        if not line:
            continue
        if len(line) > 60 or not line[:1].islower() or re.search(r"\d|_", line):
            break
        tail.append(line)
        if len(tail) == 3:
            break
    return tail


def _is_name_line(line: str, rules: Rules) -> bool:
    """A line that holds a name and nothing else but signature marks."""
    names = find_names(line, rules)
    if len(names) != 1:
        return False
    rest = line[: names[0].start] + line[names[0].stop :]
    return not re.sub(r"[\s_.,]", "", rest)


def _role_line_below(
    annotated: AnnotatedDocument, segment: Segment, name: NameMatch, context: ExtractionContext
) -> list[str]:
    """A name alone on its line with its role on the line below (a letter's signature block:
    ``Лаврентьева Светлана Геннадьевна`` / ``руководитель регионального модельного центра``)."""
    text = annotated.text
    start = segment.start + name.start
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if line_end < 0 or text[line_start:start].strip() or text[segment.start + name.stop : line_end].strip(" .,"):
        return []
    below = next((line.strip() for line in text[line_end + 1 : line_end + 300].split("\n")[:2] if line.strip()), "")
    if not below or len(below) > 120 or find_names(below, context.rules):
        return []
    return _role_cell(below, context.rules)


def _lead_in(
    block: Block,
    segment: Segment,
    sentence: Sentence,
    results: dict[int, NameRoles],
    context: ExtractionContext,
) -> None:
    """Remember the open plural roles of a sentence ending with a colon, for the list below it."""
    if not segment.text.rstrip().endswith(":"):
        return
    cues = open_roles(sentence, results)
    if cues:
        context.cache.setdefault("persons.lead_in", {})[block.index] = [cue.label for cue in cues]


# --------------------------------------------------------------------------- tables


def _header_role(header: str, rules: Rules) -> list[str]:
    labels = match_labels(rules.role_matcher, make_doc(header)[:])
    return [min((label for label, _, _ in labels), key=lambda label: rules.role_order[label])] if labels else []


def _role_cell(text: str, rules: Rules) -> list[str]:
    """Roles of a cell that is a role phrase and nothing else (``Руководитель МОЦ``)."""
    if not text or len(text) > 200 or find_names(text, rules):
        return []
    sentence = _sentence(text, rules, names=[])
    labels = _role_labels(sentence.doc, rules)
    if not labels:
        return []
    sentence.words = {}
    first = sentence.doc[labels[0][1]].idx
    last = sentence.doc[labels[-1][2] - 1]
    prefix = _ITEM_NUMBER.sub("", text[:first]).strip(' \t«»"')  # "2.3. Муниципальный администратор"
    if (prefix and not _stamp_lead(prefix, rules)) or not gap(sentence, last.idx + len(last.text), len(text)).filler:
        return []
    return [label for label, _, _ in labels]


def _role_labels(doc: Doc, rules: Rules) -> list[tuple[str, int, int]]:
    """The role phrases of a cell, none overlapping the one before: "заместитель начальника управления
    образования" is one role (a deputy), not also the head's."""
    labels: list[tuple[str, int, int]] = []
    for found in match_labels(rules.role_matcher, doc[:]):
        if not labels or found[1] >= labels[-1][2]:
            labels.append(found)
    return labels


def _stamp_lead(prefix: str, rules: Rules) -> bool:
    """A stamp word and a colon before the role of a signature ("Согласовано: начальник …");
    rules/legal_acts.yaml ``stamp_words``."""
    words = prefix.rstrip().removesuffix(":").split()
    return prefix.rstrip().endswith(":") and len(words) == 1 and lemma(words[0].lower()) in rules.legal_acts.stamp_words


def _table_mentions(annotated: AnnotatedDocument, block: Block, context: ExtractionContext) -> list[_Mention]:
    rules = context.rules
    table = block.table
    if table is None:
        return []
    segments = annotated.block_segments(block)
    column_texts = column_headers(table)
    position_cols = {col for col, header in enumerate(column_texts) if _says(header, rules.roles.position_headers)}
    mentions: list[_Mention] = []
    for segment in segments:
        names = find_names(segment.text, rules)
        if not names or segment.cell is None:
            continue
        header = column_texts[segment.cell.col] if segment.cell.col < len(column_texts) else ""
        sentence = _sentence(segment.text, rules, segment.doc, names)
        found, _ = _read_sentence(sentence, segment, len(segment.text))
        extra = _header_role(header, rules) if header else []
        row = [s for s in segments if s.row_index == segment.row_index and s is not segment and s.cell is not None]
        for other in row:
            if other.cell is not None and other.cell.col in position_cols:
                extra += [label for label, _, _ in _role_labels(other.doc, rules)]
        opening = bool(found) and not segment.text[: found[0].name.start].strip()
        if len(found) == 1 and _alone(segment, found[0].name, rules):
            for other in row:
                extra += _role_cell(other.text, rules)
                if other.cell is not None and other.cell.col == segment.cell.col + 1 and _DASH_LED.match(other.text):
                    # "Гарипов Р.Ф. | – директор МБОУ «Озёрская СОШ»": the row reads as one line
                    joined = f"{segment.text} {other.text}"
                    entry = attach_roles(_sentence(joined, rules))
                    extra += [role for roles in entry.values() for role in roles.roles]
        elif opening:
            # a passport's "2.3. Муниципальный администратор | Кононов А. В., специалист …": the label
            # cell before names the role of the person the value cell opens with
            # (not a category of several, "Специалисты МОЦ", nor one the cell names more closely: "Руководитель"
            # over "…, руководитель МОЦ")
            column = segment.cell.col
            labels = [other.text for other in row if other.cell is not None and other.cell.col < column]
            own = found[0].roles
            found[0].add(
                [
                    role
                    for text in labels
                    if not _names_several(text)
                    for role in _role_cell(text, rules)
                    if not any(mine == role or mine.startswith(role + " ") for mine in own)
                ]
            )
        for mention in found:
            mention.add(extra)
        mentions.extend(found)
    return mentions


_DASH_LED = re.compile(r"^\s*[–—-]\s")
_ITEM_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.\s|^\s*\d{1,2}(?:\.\d{1,2})+\s")
"""The item number a table label opens with ("2.3. ", "4. "; not the figure of "20 педагогов")."""
"""A cell that opens with a dash: the rest of the line of the name in the cell before it."""


def _names_several(label: str) -> bool:
    """A label whose head word is plural ("Специалисты МОЦ", "Методисты"): a category of people."""
    words = re.findall(r"[А-ЯЁа-яё]+", _ITEM_NUMBER.sub("", label))
    return bool(words) and any(
        parse.tag.number == "plur" and parse.tag.case == "nomn" for parse in parses(words[0].lower())[:1]
    )


def _says(header: str, words: list[str]) -> bool:
    lowered = header.lower()
    return any(re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", lowered) for word in words)


def _alone(segment: Segment, name: NameMatch, rules: Rules) -> bool:
    """The cell holds the name and nothing else but signature marks or dates."""
    rest = (segment.text[: name.start] + " " + segment.text[name.stop :]).strip()
    for mark in rules.roles.signature_marks:
        rest = rest.replace(mark, " ")
    return not re.search(r"[А-Яа-яЁё]{3,}", re.sub(r"«?\d+»?\s+[а-я]+\s+\d{4}\s*г?\.?", " ", rest))


# --------------------------------------------------------------------------- the document


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


def _compatible(initials: str, other: str) -> bool:
    return other.startswith(initials) or initials.startswith(other)


@dataclass
class _Person:
    surname: str
    initials: str
    first_name: str | None = None
    patronymic: str | None = None
    mentions: list[_Mention] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str]:
        return _fold(self.surname), self.initials

    def full_name(self) -> str | None:
        if self.first_name and self.patronymic:
            return f"{self.surname} {self.first_name} {self.patronymic}"
        return None


class _People:
    """Persons of a document, built mention by mention."""

    def __init__(self) -> None:
        self.people: list[_Person] = []

    def find(self, surnames: list[str], initials: str) -> _Person | None:
        for surname in surnames:
            for person in self.people:
                if person.key == (_fold(surname), initials):
                    return person
        return None

    def add(self, mention: _Mention) -> None:
        name = mention.name
        forms = [form for form, _ in surname_forms(name, mention.cases)]
        first, patronymic = first_name_of(name), patronymic_of(name)
        person = self.find(forms[:1], name.initials) or self.find(forms[1:], name.initials)
        if person is None:
            person = _Person(forms[0], name.initials)
            self.people.append(person)
        person.first_name = person.first_name or first
        person.patronymic = person.patronymic or patronymic
        person.mentions.append(mention)

    def merge_initials(self) -> None:
        """A name with fewer initials joins the one person with the same surname and more of them."""
        for person in sorted(self.people, key=lambda p: len(p.initials)):
            fuller = [
                other
                for other in self.people
                if other is not person
                and _fold(other.surname) == _fold(person.surname)
                and len(other.initials) > len(person.initials)
                and other.initials.startswith(person.initials)
                and (not person.first_name or not other.first_name or person.first_name == other.first_name)
            ]
            if len(fuller) == 1:
                self._join(fuller[0], person)

    def complete(self, partial: _Mention) -> None:
        """A first name with a patronymic completes the one person with that first name."""
        first, patronymic = first_name_of(partial.name), patronymic_of(partial.name)
        if not first or not patronymic:
            return
        matching = [
            person
            for person in self.people
            if person.first_name == first
            and (person.patronymic in {None, patronymic})
            and person.initials[:1] == first[0]
        ]
        if len(matching) != 1:
            return
        person = matching[0]
        person.patronymic = patronymic
        person.initials = first[0] + patronymic[0]
        person.mentions.append(partial)
        twin = next((other for other in self.people if other is not person and other.key == person.key), None)
        if twin is not None:
            self._join(twin, person)

    def _join(self, keep: _Person, gone: _Person) -> None:
        keep.mentions.extend(gone.mentions)
        keep.first_name = keep.first_name or gone.first_name
        keep.patronymic = keep.patronymic or gone.patronymic
        self.people.remove(gone)


def _certain(mention: _Mention) -> bool:
    return mention.cases is not None or mention.name.first_name is not None or len(surname_forms(mention.name)) == 1


def extract(annotated: AnnotatedDocument, context: ExtractionContext) -> list[Person]:
    """Every person named in the document, one entry per person with all mentions."""
    mentions: list[_Mention] = []
    lead_roles: dict[int, list[str]] = {}
    context.cache["persons.lead_in"] = lead_roles
    skip = 0
    for block in annotated.document.blocks:
        if block.kind is BlockKind.TABLE:
            skip = 0
            mentions.extend(_table_mentions(annotated, block, context))
            continue
        found, skip = _block_mentions(annotated, block, context, skip)
        if block.kind is BlockKind.LIST_ITEM and found and _opens_item(annotated, block, found[0]):
            roles = _list_roles(annotated, block, lead_roles)
            if roles:
                found[0].add(roles)
        mentions.extend(found)
    people = _People()
    partial = [mention for mention in mentions if mention.name.partial]
    full = [mention for mention in mentions if not mention.name.partial]
    for mention in sorted(full, key=lambda m: not _certain(m)):
        people.add(mention)
    people.merge_initials()
    for mention in partial:
        people.complete(mention)
    people.merge_initials()
    return [_record(person) for person in people.people]


def _opens_item(annotated: AnnotatedDocument, block: Block, mention: _Mention) -> bool:
    """The list item starts with the name: it is an entry of a list of people."""
    head = annotated.text[block.body_start : mention.segment.start + mention.name.start]
    return not head.strip(" \t\n-–—•·*")


def _list_roles(annotated: AnnotatedDocument, block: Block, lead_roles: dict[int, list[str]]) -> list[str]:
    """The open roles of the lead-in above a list item (the paragraph before the list)."""
    for previous in reversed(annotated.document.blocks[: block.index]):
        if previous.kind is BlockKind.LIST_ITEM:
            continue
        return lead_roles.get(previous.index, [])
    return []


def _record(person: _Person) -> Person:
    mentions = sorted(person.mentions, key=lambda m: (m.segment.start, m.name.start))
    roles: list[str] = []
    organization = None
    rules = set()
    for mention in mentions:
        roles.extend(role for role in mention.roles if role not in roles)
        organization = organization or mention.organization
        rules.add(mention.name.rule)
    return Person(
        name=short_name(person.surname, person.initials),
        full_name=person.full_name(),
        roles=roles,
        organization=organization,
        mentions=[mention.evidence() for mention in mentions],
        rule="+".join(sorted(rules)),
        confidence=0.9 if roles or len(mentions) > 1 else 0.8,
    )
