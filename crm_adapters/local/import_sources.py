"""Read customer files the way people actually export them: CSV from Excel or another CRM
(comma or semicolon, UTF-8 with or without BOM, or Windows-1250 from an old Czech/Slovak
Excel), and vCard address books. Yields one :class:`CustomerRecord` per row with its line
number, so a bad row can be reported as "line 17: ..." and fixed by the person importing.
"""
from __future__ import annotations

import codecs
import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


class ImportFileError(Exception):
    """The file as a whole cannot be read (missing, unreadable, not a customer list)."""


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


def header_key(text: str) -> str:
    """'Telefónne číslo' -> 'telefonnecislo'; 'Имя' -> 'imia'."""
    text = unicodedata.normalize("NFKD", text.strip().lower().translate(_RU_LATIN))
    return re.sub(r"[^a-z0-9]", "", "".join(ch for ch in text if not unicodedata.combining(ch)))


_LOOKUP = {alias: fld for fld, aliases in HEADER_ALIASES.items() for alias in aliases}


def detect_encoding(path: Path) -> str:
    """utf-8-sig / utf-16 by BOM, else utf-8 if the whole file decodes, else cp1250."""
    with open(path, "rb") as fh:
        head = fh.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        fh.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1250"
    return "utf-8"


def open_text(path: Path):
    """The file as text in its detected encoding; ImportFileError if it cannot be opened."""
    try:
        if path.is_dir():
            raise ImportFileError(f"{path} is a folder, not a file")
        encoding = detect_encoding(path)
        return open(path, encoding=encoding, errors="replace", newline="")
    except FileNotFoundError:
        raise ImportFileError(f"{path}: no such file") from None
    except PermissionError:
        raise ImportFileError(f"{path}: permission denied") from None
    except OSError as exc:
        raise ImportFileError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def is_vcard(path: Path) -> bool:
    if path.suffix.lower() in (".vcf", ".vcard"):
        return True
    try:
        with open_text(path) as fh:
            return fh.read(200).lstrip().upper().startswith("BEGIN:VCARD")
    except ImportFileError:
        return False


def _split_phones(cell: str) -> list[tuple[str, str]]:
    return [(p.strip(), "") for p in _PHONE_SPLIT.split(cell or "") if p.strip()]


def read_csv(path: Path) -> Iterator[CustomerRecord]:
    with open_text(path) as fh:
        first, consumed = fh.readline(), 1
        while first and not first.strip():
            first, consumed = fh.readline(), consumed + 1
        if not first:
            return  # empty file: nothing to import, nothing wrong
        counts = {d: first.count(d) for d in (";", ",", "\t")}
        delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
        header = next(csv.reader([first], delimiter=delimiter))
        columns = [_LOOKUP.get(header_key(h)) for h in header]
        if "name" not in columns and "last_name" not in columns and "first_name" not in columns:
            raise ImportFileError(f"no name column in the header ({', '.join(header)!s}); "
                                  "expected e.g. name, company, phone, email, language, segment, value, notes")
        if "phone" not in columns:
            raise ImportFileError(f"no phone column in the header ({', '.join(header)})")
        reader = csv.reader(fh, delimiter=delimiter)
        lines_before = consumed  # physical lines read before the current record
        for cells in reader:
            start = lines_before + 1
            lines_before = consumed + reader.line_num
            if not any(c.strip() for c in cells):
                continue
            rec = CustomerRecord(line=start)
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
            yield rec


def _vcard_blocks(fh) -> Iterator[tuple[int, str]]:
    block: list[str] = []
    start = 0
    for number, text in enumerate(fh, start=1):
        upper = text.strip().upper()
        if upper == "BEGIN:VCARD":
            block, start = [text], number
        elif block:
            block.append(text)
            if upper == "END:VCARD":
                yield start, "".join(block)
                block = []
    if block:
        yield start, "".join(block)  # unterminated last card: vobject will say what is wrong


def read_vcard(path: Path) -> Iterator[CustomerRecord | tuple[int, str]]:
    """CustomerRecords; a card vobject cannot parse comes out as (line, reason)."""
    import vobject

    with open_text(path) as fh:
        for start, text in _vcard_blocks(fh):
            try:
                card = vobject.readOne(text, ignoreUnreadable=True)
            except Exception as exc:  # vobject raises several unrelated types
                yield start, f"not a readable vCard ({type(exc).__name__})"
                continue
            yield _record_from_card(start, card)


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
        rec.name = " ".join(p for p in (getattr(n, "given", ""), getattr(n, "family", "")) if p).strip()
    org = card.contents.get("org")
    if org:
        value = org[0].value
        rec.company = (value[0] if isinstance(value, list) and value else str(value or "")).strip()
    for tel in card.contents.get("tel", []):
        types = [t.lower() for t in tel.params.get("TYPE", [])]
        label = next((t for t in ("cell", "work", "home", "fax") if t in types), "")
        rec.phones.extend((raw, label) for raw, _ in _split_phones(str(tel.value)))
    rec.email = _first(card, "email")
    rec.notes = _first(card, "note")
    rec.language = _first(card, "lang") or _first(card, "x-language")
    categories = card.contents.get("categories")
    if categories:
        tags = [str(t).strip().lower() for c in categories for t in (c.value or [])]
        rec.segment = next((t for t in tags if t in ("vip", "high", "standard", "low")), "")
    return rec
