"""`crm import` of hostile files: bad rows are named by line and reason, every good row is kept,
the file is streamed (memory stays flat), text is cleaned, and no phone number is printed."""
from __future__ import annotations

import json
import logging
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_adapters.local import models as m
from crm_adapters.local.adapter import LocalCrmAdapter
from crm_adapters.local.importer import ImportFileError, import_file
from crm_adapters.numbers import normalise

ROOT = Path(__file__).resolve().parents[3]
CLI = [sys.executable, "-m", "console"]
EXIT_ROWS_SKIPPED = 3
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def good_row(i: int) -> str:
    return f"Zákazník {i},Firma {i},0905 {i:03d} {i:03d},poznámka {i}\n"


def good_number(i: int) -> str:
    return f"+421905{i:03d}{i:03d}"


def hostile_csv(path: Path) -> dict[int, str]:
    """Good rows around every kind of bad row; returns {line: expected reason} of the bad ones."""
    parts: list[bytes] = [b"name,company,phone,notes\n", good_row(1).encode()]        # 1, 2
    parts.append(b"Big Field,Firma X,0905 999 001," + b"x" * 131_072 + b"\n")        # 3
    parts.append(good_row(2).encode())                                               # 4
    parts.append(b'"Unclosed Quote,Firma Y,0905 999 002,\n')                         # 5
    parts.append(good_row(3).encode())                                               # 6
    parts.append(b"Bin\x00ary\xff\xfe,Firma Z,0905 999 003,\x01\x02\n")               # 7
    parts.append(good_row(4).encode())                                               # 8
    parts.append(b"No Number,Firma W,,\n")                                           # 9
    parts.append("Peter Dlhý,Firma V,0905 555 555,\"two\nlines\"\n".encode())        # 10-11
    parts.append(b"N" * 10_000 + b",Firma U,0905 999 004,\n")                        # 12
    parts.append(b'"Another unclosed,Firma T,0905 999 005,\n')                       # 13
    parts.append(good_row(5).encode())                                               # 14
    parts.append('Emil\x1b]0;PWNED\x07 \u202eEvil,"Firma, \x1b[31mRed",0905 777 777,x\n'.encode())  # 15
    parts.append(good_row(6).encode())                                               # 16
    path.write_bytes(b"".join(parts))
    return {3: "the notes field is 131,072 characters long; the limit is 4,096",
            5: "a quote is opened and never closed",
            7: "not text (binary content)",
            9: "no phone number",
            12: "the name field is 10,000 characters long; the limit is 4,096",
            13: "a quote is opened and never closed"}


def all_customers(db):
    with db.session() as s:
        return s.execute(select(m.Customer.name, m.Customer.company, m.Customer.notes)
                         .order_by(m.Customer.id)).all()


def test_bad_rows_are_reported_by_line_and_every_good_row_is_stored(db, tmp_path):
    path = tmp_path / "customers.csv"
    bad = hostile_csv(path)
    report = import_file(db, path, "SK")
    assert [str(p) for p in report.problems] == [f"line {line}: {why}" for line, why in bad.items()]
    assert (report.imported, report.skipped) == (8, 6)
    adapter = LocalCrmAdapter(db, owns_db=False)
    for i in range(1, 7):
        (customer,) = adapter.find_customers_sync(normalise(good_number(i), "SK"))
        assert (customer.name, customer.company, customer.notes) == (f"Zákazník {i}", f"Firma {i}", f"poznámka {i}")
    (peter,) = adapter.find_customers_sync(normalise("0905 555 555", "SK"))
    assert peter.notes == "two\nlines"  # a quoted field over two lines is still one field
    (emil,) = adapter.find_customers_sync(normalise("0905 777 777", "SK"))
    assert not _CONTROL.search(emil.name + emil.company)  # shown on the card later: no escapes
    assert emil.name == "Emil]0;PWNED Evil" and emil.company == "Firma, [31mRed"
    assert report.skipped_by_reason == {"with a quote never closed": 2, "with a field too long": 2,
                                        "not text": 1, "with no phone number": 1}


def test_the_command_lists_bad_lines_keeps_good_rows_and_exits_3(tmp_path):
    path = tmp_path / "customers.csv"
    bad = hostile_csv(path)
    env = dict(os.environ, AGENT_CONSOLE_DATA_DIR=str(tmp_path / "data"))
    run = subprocess.run(CLI + ["crm", "import", str(path)], capture_output=True, text=True, timeout=120,
                         env=env, cwd=ROOT)
    assert run.returncode == EXIT_ROWS_SKIPPED, run.stderr
    assert run.stderr == ""
    out = run.stdout.splitlines()
    assert out[0] == "Imported 8 customers with 8 phone numbers."
    assert out[1] == ("Skipped 6 rows: 2 with a field too long, 2 with a quote never closed, "
                      "1 not text, 1 with no phone number.")
    assert out[2:8] == [f"line {line}: {why}" for line, why in bad.items()]
    assert "import that" in out[8]
    for digits in ("905999", "999001", "999002", "999003", "999004", "999005", "905555"):
        assert digits not in run.stdout.replace(" ", "")  # no customer's number on the screen
    lookup = subprocess.run(CLI + ["lookup", "0905 004 004", "--json"], capture_output=True, text=True,
                            timeout=120, env=env, cwd=ROOT)
    assert lookup.returncode == 0, lookup.stderr
    assert json.loads(lookup.stdout)["customer"]["name"] == "Zákazník 4"


def test_a_clean_file_exits_0_and_help_documents_the_exit_statuses(tmp_path):
    path = tmp_path / "ok.csv"
    path.write_text("name,company,phone,notes\n" + good_row(1) + good_row(2), encoding="utf-8")
    env = dict(os.environ, AGENT_CONSOLE_DATA_DIR=str(tmp_path / "data"))
    run = subprocess.run(CLI + ["crm", "import", str(path)], capture_output=True, text=True, timeout=120,
                         env=env, cwd=ROOT)
    assert (run.returncode, run.stdout, run.stderr) == (0, "Imported 2 customers with 2 phone numbers.\n", "")
    helped = subprocess.run(CLI + ["crm", "import", "--help"], capture_output=True, text=True, timeout=120,
                            env=env, cwd=ROOT)
    assert helped.returncode == 0
    assert "3  the file was imported but some rows were skipped" in helped.stdout
    assert "1  the file cannot be used" in helped.stdout and "--encoding" in helped.stdout


@pytest.mark.parametrize("content", [
    random.Random(9).randbytes(300_000),                         # noise
    bytes(range(256)) * 400,                                     # every byte value
    b"\x89PNG\r\n\x1a\n" + random.Random(3).randbytes(50_000),   # a picture
    b"PK\x03\x04" + random.Random(4).randbytes(50_000),          # a spreadsheet (zip)
    b"\x00" * 100_000,                                           # zeros
], ids=["noise", "all-bytes", "png", "xlsx", "zeros"])
def test_binary_garbage_as_a_whole_file_is_refused_clearly_and_stores_nothing(db, tmp_path, content):
    path = tmp_path / "customers.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match="not a text file|spreadsheet or archive") as refused:
        import_file(db, path, "SK")
    assert "save it as CSV" in str(refused.value) or "expected a CSV or vCard" in str(refused.value)
    assert db.customer_count() == 0
    env = dict(os.environ, AGENT_CONSOLE_DATA_DIR=str(tmp_path / "data"))
    run = subprocess.run(CLI + ["crm", "import", str(path)], capture_output=True, text=True, timeout=120,
                         env=env, cwd=ROOT)
    assert run.returncode == 1 and run.stdout == ""
    assert run.stderr.startswith("error: ") and "Traceback" not in run.stderr
    assert len(run.stderr.splitlines()) == 1


def test_encodings_are_recognised_or_the_person_is_asked_to_name_one(db, tmp_path):
    russian = tmp_path / "ru.csv"
    russian.write_bytes("Имя;Телефон;Заметки\nАнна Смирнова;+7 916 123-45-67;Звонить утром\n"
                        "Дмитрий Иванов;+7 916 765-43-21;Постоянный клиент\n".encode("cp1251"))
    czech = tmp_path / "cz.csv"
    czech.write_bytes("Jméno;Telefon\nJiří Dvořák;+420 602 123 456\nŽofie Černá;+420 602 654 321\n"
                      .encode("cp1250"))
    excel = tmp_path / "unicode.txt"
    excel.write_bytes("Name\tPhone\nIonuț Popescu\t+40 721 234 567\n".encode("utf-16"))
    for path in (russian, czech, excel):
        assert import_file(db, path, "SK").imported >= 1
    adapter = LocalCrmAdapter(db, owns_db=False)
    assert adapter.find_customers_sync(normalise("+79161234567", "SK"))[0].notes == "Звонить утром"
    assert adapter.find_customers_sync(normalise("+420602654321", "SK"))[0].name == "Žofie Černá"
    assert adapter.find_customers_sync(normalise("+40721234567", "SK"))[0].name == "Ionuț Popescu"
    unsure = tmp_path / "unsure.csv"  # symbols above 0x7F, neither clearly Czech nor Russian
    unsure.write_bytes(b"name,phone\n\xa4\xa6\xa7 \xa9\xab\xac,0905 123 456\n\xb0\xb1\xb6\xb7,0905 123 457\n")
    before = db.customer_count()
    with pytest.raises(ImportFileError, match="--encoding"):
        import_file(db, unsure, "SK")
    assert db.customer_count() == before
    assert import_file(db, unsure, "SK", encoding="latin-1").imported == 2


def test_vcards_streamed_card_by_card_photos_dropped_broken_cards_named(db, tmp_path):
    photo = "\r\n ".join(["QUJD" * 18] * 2000)  # 150 kB folded photo
    huge_line = "QUJD" * 100_000  # one unfolded line longer than the line limit
    text = ("junk before the first card\r\n"                                                   # 1
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ján Kováč\r\nTEL;TYPE=CELL:0905 123 456\r\n"        # 2-5
            f"PHOTO;ENCODING=b;TYPE=JPEG:{photo}\r\nEND:VCARD\r\n"                            # 6-2006
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:No End\r\nTEL:0905 123 457\r\n"                 # 2007-2010
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Big Photo\r\nTEL:0905 123 458\r\n"              # 2011-2014
            f"PHOTO:data:image/jpeg;base64,{huge_line}\r\nEND:VCARD\r\n"                      # 2015-2016
            "BEGIN:VCARD\r\nFN:Huge Note\r\nTEL:0905 123 459\r\n"                             # 2017-2019
            f"NOTE:{'n' * 5000}\r\nEND:VCARD\r\n"                                             # 2020-2021
            "BEGIN:VCARD\r\nFN:Evil\x1b[2J\u202e Name\r\nTEL:0905 123 460\r\n"                 # 2022-2024
            "END:VCARD\r\n"                                                                   # 2025
            "BEGIN:VCARD\r\nFN:Last Without End\r\nTEL:0905 123 461\r\n")                     # 2026-2028
    path = tmp_path / "contacts.vcf"
    path.write_text(text, encoding="utf-8")
    report = import_file(db, path, "SK")
    assert [str(p) for p in report.problems] == [
        "line 1: text outside any vCard (not between BEGIN:VCARD and END:VCARD)",
        "line 2007: END:VCARD is missing; the vCard was read up to line 2010",
        "line 2017: the notes field is 5,000 characters long; the limit is 4,096",
        "line 2026: END:VCARD is missing; the vCard was read up to the end of the file",
    ]
    assert (report.imported, report.skipped) == (5, 2)
    adapter = LocalCrmAdapter(db, owns_db=False)
    found = {n: adapter.find_customers_sync(normalise(f"0905 123 {n}", "SK")) for n in range(456, 462)}
    assert [c[0].name if c else None for c in found.values()] == [
        "Ján Kováč", "No End", "Big Photo", None, "Evil[2J Name", "Last Without End"]


def test_long_texts_are_cut_to_what_a_card_shows_and_the_admin_is_told(db, tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("name,company,phone,notes\n"
                    f"{'Meno ' * 60},{'Firma ' * 50},0905 123 456,{'x' * 4096}\n", encoding="utf-8")
    report = import_file(db, path, "SK")
    assert report.imported == 1 and report.skipped == 0
    assert [str(p) for p in report.problems] == [
        "line 2: the name was cut to 200 characters (it had 299)",
        "line 2: the company was cut to 200 characters (it had 299)",
    ]
    (row,) = all_customers(db)
    assert (len(row.name), len(row.company), len(row.notes)) == (200, 200, 4096)


def _peak_rss_mb(args: list[str], env: dict) -> tuple[float, subprocess.CompletedProcess]:
    """Runs the import in a fresh wrapper process, so the peak belongs to this import alone."""
    wrapper = ("import resource, subprocess, sys, json\n"
               "r = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
               "print(json.dumps([resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode,"
               " r.stdout, r.stderr]))\n")
    run = subprocess.run([sys.executable, "-c", wrapper, *args], capture_output=True, text=True, env=env,
                         cwd=ROOT, timeout=600)
    peak_kb, code, out, err = json.loads(run.stdout)
    return peak_kb / 1024, subprocess.CompletedProcess(args, code, out, err)


MEMORY_BOUND_MB = 200  # the old reader took 500-740 MB for a 4.7 MB vCard with photos


def test_a_5_mb_vcard_with_photos_imports_in_flat_memory(tmp_path):
    path = tmp_path / "phone-backup.vcf"
    photo = "\r\n ".join(["QUJD" * 18] * 15_000)  # ~1 MB folded photo, as phones export them
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(4000):
            fh.write(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kontakt {i}\r\nTEL;TYPE=CELL:0905 {i:06d}\r\n")
            if i % 1000 == 0:
                fh.write(f"PHOTO;ENCODING=b;TYPE=JPEG:{photo}\r\n")
            fh.write("END:VCARD\r\n")
    assert 4_500_000 < path.stat().st_size < 6_000_000
    env = dict(os.environ, AGENT_CONSOLE_DATA_DIR=str(tmp_path / "data"))
    peak, run = _peak_rss_mb(CLI + ["crm", "import", str(path)], env)
    print(f"peak RSS importing a {path.stat().st_size / 1e6:.1f} MB vCard: {peak:.0f} MB")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("Imported 4,000 customers")
    assert peak < MEMORY_BOUND_MB


def test_a_50_mb_csv_with_oversized_lines_imports_in_flat_memory(tmp_path):
    path = tmp_path / "export.csv"
    notes = "Poznámka k zákazníkovi. " * 160  # ~3,900 characters, under the field limit
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("name,phone,notes\n")
        for i in range(12_000):
            fh.write(f"Zákazník {i},0905 {i:06d},{notes}\n")
            if i == 6000:
                fh.write("Obor,0905 999 999," + "y" * 4_000_000 + "\n")  # one 4 MB line
    assert path.stat().st_size > 50_000_000
    env = dict(os.environ, AGENT_CONSOLE_DATA_DIR=str(tmp_path / "data"))
    peak, run = _peak_rss_mb(CLI + ["crm", "import", str(path)], env)
    print(f"peak RSS importing a {path.stat().st_size / 1e6:.0f} MB CSV: {peak:.0f} MB")
    assert run.returncode == EXIT_ROWS_SKIPPED, run.stderr
    assert run.stdout.splitlines()[:3] == [
        "Imported 12,000 customers with 12,000 phone numbers.",
        "Skipped 1 row: 1 with a line too long.",
        "line 6003: the line is longer than 262,144 characters",
    ]
    assert peak < MEMORY_BOUND_MB


# One hostile row (or a few lines) at a time, between good rows; every good row must be stored
# exactly once, the hostile row stored (cleaned) or reported by its line, nothing printed with
# a phone number or a control character in it.
CSV_HEADER = b"name,phone,notes,value,segment,country\n"
CSV_HOSTILE = [
    b"N" * 4097 + b",0905 800 001\n", b"Notes,0905 800 002," + b"y" * 131_072 + b"\n",
    b"Long line,0905 800 003," + b"z" * 300_000 + b"\n", b'"unclosed,0905 800 004,\n',
    b'12" pipe,0905 800 005\n', b'"a"b,0905 800 006\n', b"\x00\x00\x00\n", b"\xff\xfe\xfd,0905 800 007\n",
    b"\xed\xa0\x80 surrogate,0905 800 008\n", b"\xc0\xaf overlong,0905 800 009\n", b"a\rb,0905 800 010\n",
    b"," * 10_000 + b"\n", b"\xef\xbb\xbfBOM inside,0905 800 011\n",
    b"Esc\x1b[2J\x1b]0;title\x07,0905 800 012,\x1b[31mred\n", "\u202eRTL,0905 800 013\n".encode(),
    b"Many,\"" + b"0905 800 014;" * 300 + b"\"\n", b"NaN,0905 800 015,,nan\n", b"Inf,0905 800 016,,1e400\n",
    b"Segment,0905 800 017,,," + b"v" * 4000 + b"\n", b"Country,0905 800 018,,,,\x1b[Z\n", b"   \n",
    b"\n\n\n", b'"multi\n\n\nline name",0905 800 019\n', b'"' * 5001 + b"\n", b'"",""",""""\n', b"\t\t\t\n",
    b"=cmd|' /C calc'!A0,0905 800 020\n", b"<img src=/dev/zero>,0905 800 021\n",
    b"Long number,+421 905 800 022" + b"0" * 60 + b"\n", b"No usable,abc\n",
    "Имя".encode() * 1500 + b",0905 800 023\n", b"Value,0905 800 024,,12 500 000 000 000 000 000\n",
    b"\x1a\x1a\x1a\x1a\x1a\x1a\n", b"Ctrl\x01\x02\x03\x04\x05\x06\x07\x08,0905 800 025\n",
]
VCARD_HOSTILE = [
    "BEGIN:VCARD\r\nFN:No End\r\nTEL:0905 800 101\r\n", "END:VCARD\r\n", "BEGIN:VCARD\r\nEND:VCARD\r\n",
    "BEGIN:VCARD\r\nBEGIN:VCARD\r\nFN:Nested\r\nTEL:0905 800 102\r\nEND:VCARD\r\nEND:VCARD\r\n",
    "BEGIN:VCARD\r\nFN:Bin\x00ary\r\nTEL:0905 800 103\r\nEND:VCARD\r\n",
    f"BEGIN:VCARD\r\nFN:Photo\r\nTEL:0905 800 104\r\nPHOTO:{'A' * 400_000}\r\nEND:VCARD\r\n",
    f"BEGIN:VCARD\r\nFN:{'F' * 300_000}\r\nTEL:0905 800 105\r\nEND:VCARD\r\n",
    f"BEGIN:VCARD\r\nFN:Tel\r\nTEL:{'9' * 5000}\r\nEND:VCARD\r\n",
    "BEGIN:VCARD\r\nFN:Params\r\nTEL;TYPE=\"\r\nTEL;;;=;:0905 800 106\r\nEND:VCARD\r\n",
    "BEGIN:VCARD\r\nN:" + ";" * 4000 + "\r\nTEL:0905 800 107\r\nEND:VCARD\r\n",
    "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:J=C3=A1n=\r\nko\r\nTEL:0905 800 108\r\nEND:VCARD\r\n",
    "BEGIN:VCARD\r\nVERSION:9.9\r\nFN:Esc\x1b[2J\u202e\r\nTEL:0905 800 109\r\nEND:VCARD\r\n",
    "garbage between cards\r\n" * 50,
    "BEGIN:VCARD\r\n" + "NOTE:n\r\n" * 20_000 + "FN:Big\r\nTEL:0905 800 110\r\nEND:VCARD\r\n",
    "BEGIN:VCARD\r\nFN:Fold\r\n" + " x\r\n" * 100 + "TEL:0905 800 111\r\nEND:VCARD\r\n",
    "BEGIN:VCARD\r\nFN:<h1>POLICE</h1>\r\nTEL:0905 800 112\r\nCATEGORIES:" + "vip," * 2000 + "\r\nEND:VCARD\r\n",
]


def _good_phone(i: int) -> str:
    return f"0905 {600_000 + i:06d}"


def _good_csv(i: int) -> bytes:
    return f"Dobrý {i},{_good_phone(i)},,,\n".encode()


def _good_vcard(i: int) -> str:
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dobrý {i}\r\nTEL:{_good_phone(i)}\r\nEND:VCARD\r\n"


def test_hostile_rows_one_by_one_lose_duplicate_and_leak_nothing(db, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    adapter = LocalCrmAdapter(db, owns_db=False)
    counts: dict[str, dict[str, int]] = {}
    cases = [("CSV rows", i, frag) for i, frag in enumerate(CSV_HOSTILE)]
    cases += [("vCard cards", i, frag) for i, frag in enumerate(VCARD_HOSTILE)]
    for category, i, fragment in cases:
        row = counts.setdefault(category, dict(inputs=0, crashes=0, hangs=0, lost=0, duplicated=0, leaks=0))
        row["inputs"] += 1
        first = 6 * (i + 100 * (category == "vCard cards"))  # three good rows before, three after
        goods = range(first, first + 6)
        if category == "CSV rows":
            path = tmp_path / f"csv{i}.csv"
            body = [_good_csv(g) for g in goods]
            path.write_bytes(CSV_HEADER + b"".join(body[:3]) + fragment + b"".join(body[3:]))
        else:
            path = tmp_path / f"card{i}.vcf"
            body = [_good_vcard(g).encode() for g in goods]
            path.write_bytes(b"".join(body[:3]) + fragment.encode("utf-8", "surrogatepass") + b"".join(body[3:]))
        caplog.clear()
        try:
            report = import_file(db, path, "SK")
        except Exception:  # noqa: BLE001 - counted, and the assertion below names it
            row["crashes"] += 1
            continue
        for g in goods:
            found = adapter.find_customers_sync(normalise(_good_phone(g), "SK"))
            row["lost"] += not found
            row["duplicated"] += max(0, len(found) - 1)
        said = "\n".join(report.summary(1000) + [r.getMessage() for r in caplog.records])
        row["leaks"] += bool(re.search(r"\d[\d ]{6,}\d", said) or _CONTROL.search(said.replace("\n", "")))
        with db.session() as s:  # nothing is kept twice across cases either
            s.execute(m.CustomerPhone.__table__.delete())
            s.execute(m.Customer.__table__.delete())
    print("\ncategory        inputs  crashes  hangs  lost  duplicated  leaks")
    for category, row in counts.items():
        print(f"{category:<15} {row['inputs']:>6} {row['crashes']:>8} {row['hangs']:>6} {row['lost']:>5} "
              f"{row['duplicated']:>11} {row['leaks']:>6}")
    assert all(row[k] == 0 for row in counts.values() for k in ("crashes", "lost", "duplicated", "leaks")), counts
