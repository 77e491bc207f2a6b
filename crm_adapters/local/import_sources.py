"""Read customer files the way people actually export them: CSV from Excel or another CRM
(comma, semicolon or tab; UTF-8 with or without BOM, UTF-16 from Excel, Windows-1250 or
Windows-1251 from an old Excel), and vCard address books. Yields one :class:`CustomerRecord`
per row with its line number, or a :class:`RowProblem` ("line 17: a quote is opened and never
closed") for a row that cannot be read, so the person importing can fix exactly that row and
every good row is still imported.

Everything in the file is treated as hostile: the file is read one line at a time and no line
is ever held whole when it is longer than :data:`MAX_LINE_BYTES`, so memory stays flat
whatever the file's size; a field longer than :data:`MAX_FIELD_CHARS` refuses its row; vCard
photos and sounds are dropped while reading and each card is bounded before it is parsed.
"""
from __future__ import annotations

import codecs
import csv
import io
import logging
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from crm_adapters.privacy import scrub_numbers
from crm_adapters.problems import Problem

MAX_LINE_BYTES = 256 * 1024  # one physical line; a longer one is refused without being held whole
MAX_FIELD_CHARS = 4096  # one CSV field or vCard value
MAX_RECORD_LINES = 100  # a quoted field running over more lines than this was never closed
MAX_RECORD_CHARS = 512 * 1024  # one CSV row, all its lines together
MAX_CARD_CHARS = 64 * 1024  # one vCard, without the photos, logos and sounds it may carry
SAMPLE_BYTES = 4 * 1024 * 1024  # read from the start of the file to decide its encoding

csv.field_size_limit(MAX_RECORD_CHARS)  # no row handed to csv is longer; the check is per field

# Short names of what went wrong, used to count skipped rows by reason in the summary
# ("Skipped 5 rows: 2 with no phone number, 1 not text, ...").
NOT_TEXT = "not text"
LINE_TOO_LONG = "with a line too long"
FIELD_TOO_LONG = "with a field too long"
UNCLOSED_QUOTE = "with a quote never closed"
NOT_CSV = "not readable as CSV"
CARD_UNREADABLE = "not a readable vCard"
CARD_TOO_LARGE = "with a vCard too large"
OUTSIDE_CARD = "outside any vCard"


class ImportFileError(Problem):
    """The file as a whole cannot be used (missing, a folder, not text, not a customer list)."""

    code = "import.bad_file"


@dataclass
class RowProblem:
    line: int
    reason: str
    skipped: bool = True  # False = row imported, only part of it (e.g. one bad number) not used
    kind: str = ""  # what the summary counts it as; the reason itself when empty
    code: str = field(default="import.bad_row", compare=False)  # for the console's sentence; ``reason`` is English
    params: dict = field(default_factory=dict, compare=False)

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass
class CustomerRecord:
    line: int
    name: str = ""
    company: str = ""
    phones: list[tuple[str, str]] = field(default_factory=list)  # (as written, label)
    email: str = ""
    language: str = ""
    segment: str = ""
    value: str = ""
    currency: str = ""
    notes: str = ""
    region: str = ""  # country whose rules apply to numbers without a country code ("SK")
    remarks: list[RowProblem] = field(default_factory=list)  # kept, but the admin should know


# header (lower-case, no diacritics, no spaces/_/-) -> field
HEADER_ALIASES = {
    "name": ["name", "fullname", "customer", "customername", "contact", "contactname", "displayname",
             "meno", "menoapriezvisko", "jmeno", "jmenoaprijmeni", "nume", "numecomplet", "imia", "fio",
             "klient", "zakaznik", "client"],
    "first_name": ["firstname", "givenname", "krstnemeno", "krestnijmeno", "prenume", "imya"],
    "last_name": ["lastname", "surname", "familyname", "priezvisko", "prijmeni", "familiia", "familiya"],
    "company": ["company", "companyname", "organisation", "organization", "org", "firma", "spolocnost",
                "spolecnost", "companie", "societate", "kompaniia", "kompaniya", "organizatsiia", "account"],
    "phone": ["phone", "phones", "phonenumber", "phonenumbers", "telephone", "tel", "telefon", "telefonne",
              "telefonnecislo", "telefonnicislo", "cislo", "mobile", "mobil", "number", "numar",
              "numardetelefon", "telefony", "nomer", "mobilephone", "workphone"],
    "email": ["email", "emailaddress", "mail", "emailadresa", "pochta"],
    "language": ["language", "lang", "jazyk", "limba", "iazyk", "yazyk", "locale"],
    "segment": ["segment", "tier", "category", "kategoria", "kategorie", "categorie", "priority"],
    "value": ["value", "lifetimevalue", "ltv", "revenue", "hodnota", "valoare", "obrat", "stoimost"],
    "currency": ["currency", "mena", "moneda", "valiuta", "valuta"],
    "region": ["country", "countrycode", "region", "krajina", "stat", "zeme", "tara", "strana"],
    "notes": ["notes", "note", "comment", "comments", "description", "poznamka", "poznamky", "notite",
              "nota", "kommentarii", "zametki", "remarks"],
}
_RU_LATIN = str.maketrans({"и": "i", "м": "m", "я": "ia", "ф": "f", "о": "o", "т": "t", "е": "e",
                           "л": "l", "н": "n", "к": "k", "а": "a", "п": "p", "ч": "ch", "з": "z",
                           "ш": "sh", "ц": "ts", "ь": "", "в": "v", "ю": "iu", "с": "s", "р": "r",
                           "г": "g", "у": "u", "д": "d", "б": "b", "й": "i", "ы": "y", "х": "kh"})
_PHONE_SPLIT = re.compile(r"[;,|\n]+")
_LOOKUP = {alias: fld for fld, aliases in HEADER_ALIASES.items() for alias in aliases}

# Characters that never belong in a customer's card: control characters (terminal escape
# sequences, NUL, ...) and the bidirectional overrides that make text display reversed.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")


def header_key(text: str) -> str:
    """'Telefónne číslo' -> 'telefonnecislo'; 'Имя' -> 'imia'."""
    text = unicodedata.normalize("NFKD", text.strip().lower().translate(_RU_LATIN))
    return re.sub(r"[^a-z0-9]", "", "".join(ch for ch in text if not unicodedata.combining(ch)))


def clean_text(text: str, *, keep_newlines: bool = False) -> str:
    """Text from the file without control characters (tabs become spaces; line breaks are
    kept only where asked, as "\\n")."""
    text = text.replace("\t", " ")
    if keep_newlines:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        return "\n".join(_CONTROL.sub("", part) for part in text.split("\n"))
    return _CONTROL.sub("", text.replace("\r", " ").replace("\n", " "))


def shown(text: str, limit: int = 30) -> str:
    """A short piece of the file quoted in a message: cleaned, cut, numbers masked."""
    text = " ".join(clean_text(text).split())
    if len(text) > limit:
        text = text[:limit] + "…"
    return repr(scrub_numbers(text))


# ----------------------------------------------------------------------------- the file itself


def _is_binary_line(line: bytes) -> bool:
    if b"\x00" in line:
        return True
    if not _CONTROL_BYTES.search(line):
        return False
    controls = len(_CONTROL_BYTES.findall(line[:4096]))
    return controls > 2 and controls * 10 > min(len(line), 4096)


def _legacy_encoding(data: bytes) -> str | None:
    """cp1251 (Russian) or cp1250 (Czech, Slovak, Romanian) when the bytes leave no doubt.

    Cyrillic words are written entirely in bytes above 0x7F, so they come in runs; in Central
    European text an accented letter sits alone between plain Latin ones. Whatever the guess,
    the decoded text must then be letters, not symbols.
    """
    runs = [len(m.group()) for m in re.finditer(rb"[\x80-\xff]+", data)]
    high = sum(runs)
    if not high:
        return None
    in_words = sum(n for n in runs if n >= 3) / high
    codec = "cp1251" if in_words >= 0.6 else "cp1250" if in_words <= 0.2 else None
    if codec is None:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    accented = [ch for ch in text if ord(ch) > 0x7F]
    letters = sum(ch.isalpha() for ch in accented)
    return codec if letters >= 0.9 * len(accented) else None


def choose_encoding(path: Path, wanted: str | None = None) -> tuple[str, int]:
    """(codec, bytes of BOM to skip) for ``path``; ImportFileError when it is not text or its
    encoding cannot be told for sure (then the person is asked for --encoding)."""
    try:
        if path.is_dir():
            raise IsADirectoryError
        if path.exists() and not path.is_file():
            raise ImportFileError(f"{path} is not a regular file (a device or a pipe); name a CSV or vCard file",
                                  code="import.not_a_file", params={"path": str(path)})
        with open(path, "rb") as fh:
            sample = fh.read(SAMPLE_BYTES)
    except IsADirectoryError:
        raise ImportFileError(f"{path} is a folder, not a file; name the CSV or vCard file to import",
                              code="import.is_folder", params={"path": str(path)}) from None
    except FileNotFoundError:
        raise ImportFileError(f"{path}: no such file; check the name and folder", code="import.no_such_file",
                              params={"path": str(path)}) from None
    except PermissionError:
        raise ImportFileError(f"{path}: permission denied; this user may not read the file",
                              code="import.permission_denied", params={"path": str(path)}) from None
    except OSError as exc:
        raise ImportFileError(f"{path} cannot be read ({exc.strerror or exc})", code="import.unreadable",
                              params={"path": str(path), "detail": str(exc.strerror or exc)}) from None
    bom = len(codecs.BOM_UTF8) if sample.startswith(codecs.BOM_UTF8) else 0
    if wanted:
        try:
            codec = codecs.lookup(wanted).name
            usable = codec.startswith("utf-16") or "name,\n".encode(codec) == b"name,\n"
        except (LookupError, UnicodeError):
            usable = False
        if not usable:
            raise ImportFileError(f"the encoding {wanted!r} cannot be used; use e.g. utf-8, utf-16, cp1250 or cp1251",
                                  code="import.bad_encoding", params={"encoding": wanted})
        return codec, bom if codec == "utf-8" else 0
    if bom:
        return "utf-8", bom
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", 0
    if sample.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise ImportFileError(f"{path} is a spreadsheet or archive, not a text file; "
                              "save it as CSV (UTF-8) or vCard and import that",
                              code="import.spreadsheet", params={"path": str(path)})
    lines = sample.split(b"\n")
    if len(sample) == SAMPLE_BYTES and len(lines) > 1:
        lines.pop()  # cut off by the sample's end
    plain = binary = 0
    utf8, broken = 0, []
    for line in lines:
        if not line.strip():
            continue
        if _is_binary_line(line):
            binary += 1
        elif line.isascii():
            plain += 1
        else:
            try:
                line.decode("utf-8")
                utf8 += 1
            except UnicodeDecodeError:
                broken.append(line)
    if binary and binary >= plain + utf8 + len(broken):
        raise ImportFileError(f"{path} is not a text file (it holds binary data); "
                              "expected a CSV or vCard (.vcf) customer list",
                              code="import.binary", params={"path": str(path)})
    if len(broken) <= utf8:  # UTF-8 (a few broken lines are reported one by one)
        return "utf-8", 0
    codec = _legacy_encoding(b"\n".join(broken)[:256 * 1024])
    if codec:
        return codec, 0
    raise ImportFileError(f"{path} is not UTF-8 text and its encoding cannot be told for sure; "
                          "save it as CSV UTF-8, or name its encoding, e.g. --encoding cp1250",
                          code="import.unknown_encoding", params={"path": str(path)})


@dataclass
class Line:
    number: int
    text: str | None  # None: the line is refused, see reason
    reason: str = ""
    kind: str = ""
    head: str = ""  # a refused line's first characters (which vCard property it was)


def read_lines(path: Path, codec: str, skip: int = 0) -> Iterator[Line]:
    """The file's physical lines, decoded, each at most MAX_LINE_BYTES long; a longer line or
    one that is not text comes out refused (text None) and is never held whole."""
    with open(path, "rb") as raw:
        raw.seek(skip)
        if codec.startswith("utf-16"):
            fh, limit, newline = io.TextIOWrapper(raw, encoding=codec, errors="replace", newline=""), \
                MAX_LINE_BYTES // 2, "\n"
        else:
            fh, limit, newline = raw, MAX_LINE_BYTES, b"\n"
        number = 0
        while chunk := fh.readline(limit + 1):
            number += 1
            if len(chunk) > limit and not chunk.endswith(newline):
                head = chunk[:200] if isinstance(chunk, str) else chunk[:200].decode(codec, "replace")
                while (rest := fh.readline(1 << 16)) and not rest.endswith(newline):
                    pass
                yield Line(number, None, f"the line is longer than {limit:,} characters", LINE_TOO_LONG, head)
                continue
            if isinstance(chunk, str):
                text, bad = chunk, "\x00" in chunk or "\ufffd" in chunk
            else:
                try:
                    text, bad = chunk.decode(codec), _is_binary_line(chunk)
                except UnicodeDecodeError:
                    text, bad = "", True
            if bad:
                yield Line(number, None, "not text (binary content)", NOT_TEXT)
            else:
                yield Line(number, text)


def _sniff(path: Path, encoding: str | None) -> tuple[str, int, bool]:
    """(codec, BOM length, is it a vCard?)"""
    codec, skip = choose_encoding(path, encoding)
    if path.suffix.lower() in (".vcf", ".vcard"):
        return codec, skip, True
    with closing(read_lines(path, codec, skip)) as lines:
        for line in lines:
            if line.text is None or line.text.strip():
                return codec, skip, bool(line.text) and line.text.strip().upper() == "BEGIN:VCARD"
    return codec, skip, False


def read_records(path: Path | str, encoding: str | None = None) -> Iterator[CustomerRecord | RowProblem]:
    """Records (or problems) from a CSV or vCard file; ImportFileError at once when the file
    as a whole cannot be used."""
    path = Path(path)
    codec, skip, vcard = _sniff(path, encoding)
    return (_vcard_records if vcard else _csv_records)(path, codec, skip)


def is_vcard(path: Path) -> bool:
    try:
        return _sniff(Path(path), None)[2]
    except ImportFileError:
        return False


# ----------------------------------------------------------------------------- CSV


def _split_phones(cell: str) -> list[tuple[str, str]]:
    return [(p.strip(), "") for p in _PHONE_SPLIT.split(cell or "") if p.strip()]


def _quote_open_at_end(text: str, delimiter: str, in_quotes: bool) -> bool:
    """Whether a quoted field is still open at the end of this line (as csv reads quotes)."""
    if not in_quotes and '"' not in text:
        return False
    i, n, field_start = 0, len(text), True
    while i < n:
        if in_quotes:
            j = text.find('"', i)
            if j < 0:
                return True
            if text.startswith('""', j):
                i = j + 2
                continue
            in_quotes, field_start, i = False, False, j + 1
        elif field_start and text[i] == '"':
            in_quotes, i = True, i + 1
        else:
            j = text.find(delimiter, i)
            if j < 0:
                return False
            field_start, i = True, j + 1
    return in_quotes


def read_csv(path: Path | str, encoding: str | None = None) -> Iterator[CustomerRecord | RowProblem]:
    path = Path(path)
    codec, skip = choose_encoding(path, encoding)
    return _csv_records(path, codec, skip)


def _csv_records(path: Path, codec: str, skip: int) -> Iterator[CustomerRecord | RowProblem]:
    """Reads the header at once (ImportFileError when it is not a customer list's), then
    hands out the rows as they are read."""
    lines = read_lines(path, codec, skip)
    try:
        return _csv_body(lines)
    except BaseException:
        lines.close()
        raise


def _csv_body(lines: Iterator[Line]) -> Iterator[CustomerRecord | RowProblem]:
    for first in lines:
        if first.text is None:
            raise ImportFileError(f"line {first.number} should be the header (name, phone, ...) "
                                  f"but is {first.reason}", code="import.bad_header_line",
                                  params={"line": first.number, "detail": first.reason})
        if first.text.strip():
            break
    else:
        return iter(())  # empty file: nothing to import, nothing wrong
    counts = {d: first.text.count(d) for d in (";", ",", "\t")}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    try:
        header = [clean_text(h).strip() for h in next(csv.reader([first.text], delimiter=delimiter))]
    except csv.Error as exc:
        raise ImportFileError(f"the header (line {first.number}) cannot be read as CSV ({exc})",
                              code="import.bad_header_line", params={"line": first.number, "detail": str(exc)}) from None
    columns = [_LOOKUP.get(header_key(h)) for h in header]
    found = ", ".join(shown(h, 20) for h in header[:12])
    if "name" not in columns and "last_name" not in columns and "first_name" not in columns:
        raise ImportFileError(f"no name column in the header ({found}); expected a CSV customer list "
                              "with a header such as name, company, phone, email, language, segment, "
                              "value, notes", code="import.no_name_column", params={"found": found})
    if "phone" not in columns:
        raise ImportFileError(f"no phone column in the header ({found}); add a column named phone",
                              code="import.no_phone_column", params={"found": found})
    labels = [(scrub_numbers(h[:40]) if h else f"column {i + 1}") for i, h in enumerate(header)]
    return _csv_rows(lines, delimiter, columns, labels)


def _csv_rows(lines: Iterator[Line], delimiter: str, columns: list, labels: list[str]):
    with closing(lines):
        yield from _csv_rows_of(lines, delimiter, columns, labels)


def _csv_rows_of(lines: Iterator[Line], delimiter: str, columns: list, labels: list[str]):
    again: deque[Line] = deque()  # lines to read once more after a row turned out broken

    def next_line() -> Line | None:
        return again.popleft() if again else next(lines, None)

    while (line := next_line()) is not None:
        if line.text is None:
            yield RowProblem(line.number, line.reason, kind=line.kind, code="import.unreadable_line",
                             params={"line": line.number, "detail": line.reason})
            continue
        if not _quote_open_at_end(line.text, delimiter, False):
            try:
                cells = next(csv.reader([line.text], delimiter=delimiter), [])
            except csv.Error as exc:
                why = ("a line break (CR) inside a field that is not in quotes" if "new-line" in str(exc)
                       else "the row cannot be read as CSV")
                yield RowProblem(line.number, why, kind=NOT_CSV, code="import.not_csv", params={"line": line.number})
                continue
            if (rec := _csv_record(line.number, cells, columns, labels)) is not None:
                yield rec
            continue
        parts, size, whole = [line], len(line.text), False
        while len(parts) < MAX_RECORD_LINES and size < MAX_RECORD_CHARS:
            nxt = next_line()
            if nxt is None:
                break
            parts.append(nxt)
            if nxt.text is None:
                break
            size += len(nxt.text)
            if not _quote_open_at_end(nxt.text, delimiter, True):
                whole = True
                break
        cells = None
        if whole:  # a row over several lines: quotes must pair up exactly, or it was never closed
            try:
                cells = next(csv.reader(["".join(p.text for p in parts)], delimiter=delimiter, strict=True))
            except csv.Error:
                cells = None
        if cells is None:
            yield RowProblem(line.number, "a quote is opened and never closed", kind=UNCLOSED_QUOTE,
                             code="import.unclosed_quote", params={"line": line.number})
            again.extendleft(reversed(parts[1:]))  # the lines after it are rows of their own
            continue
        if (rec := _csv_record(line.number, cells, columns, labels)) is not None:
            yield rec


def _csv_record(number: int, cells: list[str], columns: list,
                labels: list[str]) -> CustomerRecord | RowProblem | None:
    """The row as a record; a problem when a field is too long; None for a blank row."""
    for i, cell in enumerate(cells):
        if len(cell) > MAX_FIELD_CHARS:
            label = f"the {labels[i]} field" if i < len(labels) else f"field {i + 1}"
            return RowProblem(number, f"{label} is {len(cell):,} characters long; the limit is {MAX_FIELD_CHARS:,}",
                              kind=FIELD_TOO_LONG, code="import.field_too_long",
                              params={"line": number, "field": label, "length": len(cell), "limit": MAX_FIELD_CHARS})
    if not any(c.strip() for c in cells):
        return None  # a blank row: nothing in it, nothing to report
    rec = CustomerRecord(line=number)
    first_name = last_name = ""
    for fld, cell in zip(columns, cells):
        cell = cell.strip()
        if fld is None or not cell:
            continue
        if fld == "phone":
            rec.phones.extend(_split_phones(cell))
        elif fld == "first_name":
            first_name = cell
        elif fld == "last_name":
            last_name = cell
        elif not getattr(rec, fld):
            setattr(rec, fld, cell)
    if not rec.name:
        rec.name = " ".join(p for p in (first_name, last_name) if p)
    return rec


# ----------------------------------------------------------------------------- vCard

# The properties a customer card uses; everything else (PHOTO, LOGO, SOUND, KEY, ...) is
# dropped while reading, so a phone's address book full of photos stays small.
_WANTED = {"BEGIN", "END", "VERSION", "FN", "N", "ORG", "TEL", "EMAIL", "NOTE", "LANG", "X-LANGUAGE",
           "CATEGORIES"}
_PROPERTY = re.compile(r"(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)[;:]")


def _property(text: str) -> str | None:
    """'item1.TEL;TYPE=CELL:…' -> 'TEL'; None for a continuation line."""
    if text[:1] in (" ", "\t"):
        return None
    m = _PROPERTY.match(text)
    return m.group(1).upper() if m else None


def read_vcard(path: Path | str, encoding: str | None = None) -> Iterator[CustomerRecord | RowProblem]:
    path = Path(path)
    codec, skip = choose_encoding(path, encoding)
    return _vcard_records(path, codec, skip)


def _vcard_blocks(lines: Iterator[Line]) -> Iterator[tuple[int, str, int] | RowProblem]:
    """(first line, the card's text without photos, line where END:VCARD is missing or 0)."""
    card: list[str] | None = None
    start = size = 0
    keep = True
    broken: RowProblem | None = None
    stray = False
    for line in lines:
        text = line.text
        if text is not None and text.strip().upper() == "BEGIN:VCARD":
            if card is not None:
                yield broken or (start, "".join(card) + "END:VCARD\r\n", line.number - 1)
            card, start, size, keep, broken, stray = [text], line.number, len(text), True, None, False
            continue
        if card is None:
            if (text is None or text.strip()) and not stray:
                yield RowProblem(line.number, line.reason if text is None else
                                 "text outside any vCard (not between BEGIN:VCARD and END:VCARD)",
                                 kind=line.kind or OUTSIDE_CARD, code="import.outside_vcard",
                                 params={"line": line.number})
            stray = stray or text is None or bool(text.strip())
            continue
        name = _property(text if text is not None else line.head)
        if name is not None:  # else a folded or quoted-printable continuation of the one before
            keep = name in _WANTED
        if text is not None and text.strip().upper() == "END:VCARD":
            card.append(text)
            yield broken or (start, "".join(card), 0)
            card = None
            continue
        if not keep or broken:
            continue
        if text is None:
            broken = RowProblem(line.number, f"{line.reason}; the vCard starting on line {start} is skipped",
                                kind=line.kind, code="import.vcard_skipped",
                                params={"line": line.number, "start": start, "detail": line.reason})
            continue
        card.append(text)
        size += len(text)
        if size > MAX_CARD_CHARS:
            broken = RowProblem(start, f"the vCard is longer than {MAX_CARD_CHARS:,} characters "
                                       "(photos not counted); it is skipped", kind=CARD_TOO_LARGE,
                                code="import.vcard_too_large", params={"line": start, "limit": MAX_CARD_CHARS})
    if card is not None:
        yield broken or (start, "".join(card) + "END:VCARD\r\n", -1)


def _vcard_records(path: Path, codec: str, skip: int) -> Iterator[CustomerRecord | RowProblem]:
    import vobject

    for name in ("vobject", "vobject.base"):  # it logs a line it cannot parse whole: numbers, notes
        logging.getLogger(name).setLevel(logging.CRITICAL)

    with closing(read_lines(path, codec, skip)) as lines:
        for block in _vcard_blocks(lines):
            if isinstance(block, RowProblem):
                yield block
                continue
            start, text, unclosed = block
            try:
                card = vobject.readOne(text, ignoreUnreadable=True)
                rec = _record_from_card(start, card)
            except Exception as exc:  # noqa: BLE001 - vobject raises several unrelated types
                yield RowProblem(start, f"not a readable vCard ({type(exc).__name__})", kind=CARD_UNREADABLE,
                                 code="import.vcard_unreadable", params={"line": start})
                continue
            if unclosed:
                end = "the end of the file" if unclosed < 0 else f"line {unclosed}"
                rec.remarks.append(RowProblem(start, f"END:VCARD is missing; the vCard was read up to {end}",
                                              skipped=False, code="import.vcard_not_closed",
                                              params={"line": start, "end": unclosed}))
            yield rec


def _first(card, key: str) -> str:
    items = card.contents.get(key) or []
    for item in items:
        value = item.value
        if isinstance(value, list):
            value = "; ".join(str(v) for v in value if str(v).strip())
        if str(value).strip():
            return str(value).strip()
    return ""


def _record_from_card(start: int, card) -> CustomerRecord:
    rec = CustomerRecord(line=start)
    rec.name = _first(card, "fn")
    if not rec.name and card.contents.get("n"):
        n = card.contents["n"][0].value
        rec.name = " ".join(str(p) for p in (getattr(n, "given", ""), getattr(n, "family", "")) if p).strip()
    org = card.contents.get("org")
    if org:
        value = org[0].value
        rec.company = str(value[0] if isinstance(value, list) and value else value or "").strip()
    for tel in card.contents.get("tel", []):
        types = [str(t).lower() for t in tel.params.get("TYPE", [])]
        label = next((t for t in ("cell", "work", "home", "fax") if t in types), "")
        rec.phones.extend((raw, label) for raw, _ in _split_phones(str(tel.value)))
    rec.email = _first(card, "email")
    rec.notes = _first(card, "note")
    rec.language = _first(card, "lang") or _first(card, "x-language")
    categories = card.contents.get("categories")
    if categories:
        values = [c.value if isinstance(c.value, list) else [c.value] for c in categories]
        tags = [str(t).strip().lower() for v in values for t in (v or [])]
        rec.segment = next((t for t in tags if t in ("vip", "high", "standard", "low")), "")
    return rec
