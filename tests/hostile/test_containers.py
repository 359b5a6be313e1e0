"""DOCX and other ZIP containers: truncated, malformed, zip bombs, XXE/DTD, encryption, hostile attribute values."""

from __future__ import annotations

import http.server
import struct
import threading
import time
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx.oxml import parse_xml

from mocparse.errors import ErrorKind
from mocparse.readers import ReadOptions, read
from mocparse.readers.docx import format_number

from .support import KIRENSKY_DOCX, W_NS, check_document, document_xml, read_error, rewrite_zip, zip_bytes

BOMB_MIB = 400
"""Uncompressed size of the zip-bomb member: over the 300 MiB default of max_unpacked_bytes."""
MEMORY_LIMIT = 64 * 1024 * 1024
"""Python allocations allowed while refusing a bomb (the bomb itself is 400 MiB)."""


# --------------------------------------------------------------------------- damaged containers


def test_truncated_docx(tmp_path: Path) -> None:
    path = tmp_path / "truncated.docx"
    path.write_bytes(KIRENSKY_DOCX.read_bytes()[:5000])
    read_error(path, ErrorKind.CORRUPT, "corrupt or truncated ZIP")


def test_docx_with_malformed_xml(tmp_path: Path) -> None:
    path = rewrite_zip(KIRENSKY_DOCX, tmp_path / "malformed.docx", {"word/document.xml": document_xml("<w:p>")})
    read_error(path, ErrorKind.CORRUPT, "malformed XML")


def test_docx_with_well_formed_but_wrong_package_xml(tmp_path: Path) -> None:
    """Regression: python-docx raised AttributeError on a relationships part with a foreign root."""
    path = rewrite_zip(
        KIRENSKY_DOCX, tmp_path / "rels.docx", {"_rels/.rels": b'<?xml version="1.0"?><x:Other xmlns:x="urn:x"/>'}
    )
    read_error(path, ErrorKind.CORRUPT, "corrupt DOCX package")


# --------------------------------------------------------------------------- zip bombs


def _bomb_zip(path: Path, member: str, *, base: Path | None = KIRENSKY_DOCX) -> Path:
    """A ZIP (the corpus DOCX unless ``base`` is None) plus ``member``: 400 MiB of zeros, streamed in."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        if base is not None:
            with zipfile.ZipFile(base) as original:
                for info in original.infolist():
                    if info.filename != member:
                        archive.writestr(info.filename, original.read(info))
        with archive.open(member, "w", force_zip64=True) as handle:
            chunk = bytes(1 << 20)
            for _ in range(BOMB_MIB):
                handle.write(chunk)
    return path


def _declare_size(path: Path, member: str, size: int) -> None:
    """Make the central directory lie about ``member``'s uncompressed size (zip64 extra field)."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    position = data.find(b"PK\x01\x02")
    while position >= 0:
        name_length, extra_length = struct.unpack_from("<HH", data, position + 28)
        if data[position + 46 : position + 46 + name_length] == name:
            extra = position + 46 + name_length
            end = extra + extra_length
            while extra < end:  # the zip64 field (0x0001) holds the real sizes
                tag, length = struct.unpack_from("<HH", data, extra)
                if tag == 1:
                    struct.pack_into("<Q", data, extra + 4, size)
                extra += 4 + length
            struct.pack_into("<I", data, position + 24, min(size, 0xFFFFFFFF))
        position = data.find(b"PK\x01\x02", position + 4)
    path.write_bytes(bytes(data))


@pytest.fixture(scope="module")
def bombs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bombs")
    honest = _bomb_zip(folder / "honest_bomb.docx", "word/media/image1.png")
    lying_xml = _bomb_zip(folder / "lying_document.docx", "word/document.xml")
    _declare_size(lying_xml, "word/document.xml", 60_000)
    lying_image = folder / "lying_image.docx"
    lying_image.write_bytes(honest.read_bytes())
    _declare_size(lying_image, "word/media/image1.png", 60_000)
    mimetype = _bomb_zip(folder / "mimetype_bomb.docx", "mimetype", base=None)
    return {"honest": honest, "lying_xml": lying_xml, "lying_image": lying_image, "mimetype": mimetype}


def _peak_while(action: object) -> tuple[int, float]:
    assert callable(action)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        action()
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak, time.perf_counter() - started


def test_bomb_declaring_its_size_is_refused_without_inflating(bombs: dict[str, Path]) -> None:
    path = bombs["honest"]
    assert path.stat().st_size < 2_000_000  # 400 MiB inside
    peak, seconds = _peak_while(lambda: read_error(path, ErrorKind.TOO_LARGE, "unpacks to", "max_unpacked_bytes"))
    assert peak < MEMORY_LIMIT and seconds < 5, (peak, seconds)


def test_bomb_lying_about_its_size_is_never_inflated_past_the_lie(bombs: dict[str, Path]) -> None:
    """Regression: zipfile inflated a whole member in one call, whatever size the archive declared
    (870 MB of Python memory for this 400 KB file); now at most the declared size is inflated."""
    path = bombs["lying_xml"]
    peak, seconds = _peak_while(lambda: read_error(path, ErrorKind.CORRUPT, "word/document.xml"))
    assert peak < MEMORY_LIMIT and seconds < 5, (peak, seconds)


def test_lying_image_is_left_out_and_the_text_still_read(bombs: dict[str, Path]) -> None:
    holder: dict[str, object] = {}
    peak, _ = _peak_while(lambda: holder.setdefault("document", read(bombs["lying_image"])))
    document = holder["document"]
    assert peak < MEMORY_LIMIT
    assert "Киренского" in document.text  # type: ignore[attr-defined]
    assert any("word/media/image1.png" in warning for warning in document.warnings)  # type: ignore[attr-defined]


def test_bomb_in_the_mimetype_of_a_non_docx_zip(bombs: dict[str, Path]) -> None:
    """Regression: format detection read the whole ``mimetype`` member to tell ODT from other ZIPs."""
    path = bombs["mimetype"]
    peak, seconds = _peak_while(lambda: read_error(path, ErrorKind.UNSUPPORTED, "neither DOCX nor ODT"))
    assert peak < MEMORY_LIMIT and seconds < 5, (peak, seconds)


def test_unpacked_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(KIRENSKY_DOCX.read_bytes())
    read_error(path, ErrorKind.TOO_LARGE, "max_unpacked_bytes", options=ReadOptions(max_unpacked_bytes=20_000))
    assert read(path, ReadOptions(max_unpacked_bytes=10_000_000)).text


def test_odt_over_the_unpacked_limit_is_refused_before_libreoffice(tmp_path: Path) -> None:
    path = tmp_path / "big.odt"
    path.write_bytes(
        zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>" * 10_000})
    )
    read_error(path, ErrorKind.TOO_LARGE, "ODT unpacks to", options=ReadOptions(max_unpacked_bytes=10_000))


# --------------------------------------------------------------------------- DTDs and external entities


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str]

    def do_GET(self) -> None:
        self.requests.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b'<!ENTITY remote "FETCHED-FROM-NETWORK">')

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def web() -> Iterator[tuple[str, list[str]]]:
    """A local HTTP server that records every request: nothing may ever be fetched."""
    requests: list[str] = []
    handler = type("Handler", (_Recorder,), {"requests": requests})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", requests
    finally:
        server.shutdown()
        server.server_close()


def _xxe_xml(secret: Path, url: str) -> bytes:
    prolog = (
        f'<!DOCTYPE w:document SYSTEM "{url}/external.dtd" [<!ENTITY xxe SYSTEM "{secret.as_uri()}">'
        f'<!ENTITY net SYSTEM "{url}/entity"><!ENTITY % param SYSTEM "{url}/param.dtd"> %param;]>'
    )
    return document_xml("<w:p><w:r><w:t>Отчет &xxe; &net; &remote;</w:t></w:r></w:p>", prolog)


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("TOP-SECRET-7f3a", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "part", ["word/document.xml", "word/styles.xml", "[Content_Types].xml", "word/_rels/document.xml.rels"]
)
def test_doctype_in_any_xml_part_is_refused(
    part: str, tmp_path: Path, secret: Path, web: tuple[str, list[str]]
) -> None:
    url, requests = web
    path = rewrite_zip(KIRENSKY_DOCX, tmp_path / "xxe.docx", {part: _xxe_xml(secret, url)})
    error = read_error(path, ErrorKind.CORRUPT, "DOCTYPE", part)
    assert "TOP-SECRET" not in str(error) and "FETCHED" not in str(error)
    assert requests == []


def test_doctype_in_a_main_part_not_named_xml_is_refused(
    tmp_path: Path, secret: Path, web: tuple[str, list[str]]
) -> None:
    """The main document may live under any name the content types declare as XML (hardening)."""
    url, requests = web
    with zipfile.ZipFile(KIRENSKY_DOCX) as original:
        rels = original.read("_rels/.rels").replace(b"word/document.xml", b"word/main.dat")
        types = original.read("[Content_Types].xml").replace(
            b'PartName="/word/document.xml"', b'PartName="/word/main.dat"'
        )
        document_rels = original.read("word/_rels/document.xml.rels")
    path = rewrite_zip(
        KIRENSKY_DOCX,
        tmp_path / "renamed.docx",
        {
            "_rels/.rels": rels,
            "[Content_Types].xml": types,
            "word/_rels/main.dat.rels": document_rels,
            "word/main.dat": _xxe_xml(secret, url),
        },
    )
    error = read_error(path, ErrorKind.CORRUPT, "DOCTYPE", "word/main.dat")
    assert "TOP-SECRET" not in str(error)
    assert requests == []


def test_doctype_in_utf16_xml_is_refused(tmp_path: Path) -> None:
    xml = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY a "aaaa">]><w:document/>'.encode("utf-16")
    path = rewrite_zip(KIRENSKY_DOCX, tmp_path / "utf16.docx", {"word/document.xml": xml})
    read_error(path, ErrorKind.CORRUPT, "DOCTYPE")


def test_billion_laughs_is_refused_at_once(tmp_path: Path) -> None:
    entities = '<!ENTITY l0 "lol">' + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    xml = document_xml("<w:p><w:r><w:t>&l9;</w:t></w:r></w:p>", f"<!DOCTYPE w:document [{entities}]>")
    path = rewrite_zip(KIRENSKY_DOCX, tmp_path / "laughs.docx", {"word/document.xml": xml})
    started = time.perf_counter()
    read_error(path, ErrorKind.CORRUPT, "DOCTYPE")
    assert time.perf_counter() - started < 2


def test_parsers_behind_the_refusal_resolve_nothing(secret: Path, web: tuple[str, list[str]]) -> None:
    """Defence in depth: python-docx's own parser, had the refusal been bypassed, reads no file and fetches nothing."""
    url, requests = web
    xml = _xxe_xml(secret, url).split(b"?>", 1)[1]
    element = parse_xml(xml)
    assert "TOP-SECRET" not in "".join(element.itertext()) and "FETCHED" not in "".join(element.itertext())
    assert requests == []


# --------------------------------------------------------------------------- encryption


def test_password_protected_docx(tmp_path: Path) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile

    path = tmp_path / "protected.docx"
    with KIRENSKY_DOCX.open("rb") as plain, path.open("wb") as encrypted:
        OOXMLFile(plain).encrypt("пароль", encrypted)
    read_error(path, ErrorKind.ENCRYPTED, "password-protected")


def test_zip_level_encrypted_member(tmp_path: Path) -> None:
    """Regression: zipfile's RuntimeError for an encrypted member escaped the reader."""
    path = tmp_path / "zipcrypto.docx"
    path.write_bytes(KIRENSKY_DOCX.read_bytes())
    data = bytearray(path.read_bytes())
    for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        position = data.find(signature)
        while position >= 0:
            data[position + flags_at] |= 0x01  # "encrypted"
            position = data.find(signature, position + 4)
    path.write_bytes(bytes(data))
    read_error(path, ErrorKind.ENCRYPTED, "password-protected")


# --------------------------------------------------------------------------- hostile values


def _docx_with(tmp_path: Path, name: str, body: str, numbering: str | None = None) -> Path:
    replace = {"word/document.xml": document_xml(body)}
    if numbering is not None:
        replace["word/numbering.xml"] = (
            f'<?xml version="1.0"?><w:numbering xmlns:w="{W_NS}">{numbering}</w:numbering>'.encode()
        )
    return rewrite_zip(KIRENSKY_DOCX, tmp_path / name, replace)


def test_huge_grid_span_and_grid_before_are_clamped(tmp_path: Path) -> None:
    """Regression: w:gridSpan="1000000000" made a grid of a billion columns (MemoryError)."""
    row = (
        '<w:tr><w:trPr><w:gridBefore w:val="999999999"/></w:trPr>'
        '<w:tc><w:tcPr><w:gridSpan w:val="1000000000"/></w:tcPr><w:p><w:r><w:t>Семинар</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:tcPr><w:gridSpan w:val="-5"/></w:tcPr><w:p><w:r><w:t>май</w:t></w:r></w:p></w:tc></w:tr>'
    )
    header = (
        "<w:tr>"
        + "".join(f"<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>" for t in ("Мероприятие", "Срок"))
        + "</w:tr>"
    )
    path = _docx_with(tmp_path, "span.docx", f"<w:tbl>{header}{row}</w:tbl>")
    started = time.perf_counter()
    document = read(path)
    assert time.perf_counter() - started < 5
    check_document(document)
    table = document.tables[0].table
    assert table is not None and table.n_cols <= 63 * 2 + 1
    assert [cell.text for cell in table.rows[1].cells] == ["Семинар", "май"]


def test_huge_list_start_is_written_in_decimal(tmp_path: Path) -> None:
    """Regression: w:start="10**12" in upperRoman spelled a billion-letter numeral."""
    numbering = (
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1000000000000"/>'
        '<w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    body = (
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        "<w:r><w:t>Задача</w:t></w:r></w:p>"
    )
    started = time.perf_counter()
    document = read(_docx_with(tmp_path, "start.docx", body, numbering))
    assert time.perf_counter() - started < 5
    assert document.blocks[0].label == "1000000000000."
    assert format_number(1999, "upperRoman") == "MCMXCIX" and format_number(40000, "lowerLetter") == "40000"
