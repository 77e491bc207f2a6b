"""Importing customer lists: good rows kept, bad rows named by line and reason, any encoding."""
from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import select

from crm_adapters.local import models as m
from crm_adapters.local.adapter import LocalCrmAdapter
from crm_adapters.local.bulk_bench import write_csv
from crm_adapters.local.importer import ImportFileError, import_file, parse_value
from crm_adapters.numbers import normalise

MIXED = """name,company,phone,email,language,segment,value,notes
Ján Kováč,Tatra Logistics s.r.o.,0905 123 456,jan@tatra.sk,sk,VIP,"184 500,50",Kľúčový zákazník
,Bez mena s.r.o.,0911 111 111,,,,,
Zuzana Horváthová,Horváth & partneri,abc,,sk,high,,
Jiří Dvořák,Dvořák Software,+420 602 123 456; 0905 999 888 ; nonsense,jiri@dvorak.cz,Czech,high,2450000,
Mária Šimková,Kaviareň,0917 654 321,,sk,gold,,

Peter Novák,"Novák, Stavby",0903 456 789,,sk,,12k,
"Eva
Kollárová",Kollár Textil,0915 222 333,,sk,low,,"two
lines"
Tomáš Hudec,Hudec Elektro,,,sk,,,
Oliver Smith,Smith & Sons Ltd,+44 (0) 20 7946 0958,,English,standard,"£86,000.00",
"""


def names(db):
    with db.session() as s:
        return s.scalars(select(m.Customer.name).order_by(m.Customer.id)).all()


def test_good_rows_kept_and_bad_rows_reported_with_line_and_reason(db, tmp_path):
    path = tmp_path / "customers.csv"
    path.write_text(MIXED, encoding="utf-8")
    report = import_file(db, path, "SK")
    assert names(db) == ["Ján Kováč", "Jiří Dvořák", "Eva Kollárová", "Oliver Smith"]
    assert (report.imported, report.skipped) == (4, 5)
    assert [str(p) for p in report.problems] == [
        "line 3: no name",
        "line 4: no usable phone number (it is not understood)",
        "line 5: phone number 3 is not understood; it is kept as written",
        "line 6: unknown segment 'gold' (use vip, high, standard or low)",
        "line 8: value is not a number ('12k')",
        "line 12: no phone number",
    ]
    adapter = LocalCrmAdapter(db, owns_db=False)
    (jan,) = adapter.find_customers_sync(normalise("+421905123456", "SK"))
    assert (jan.company, jan.segment.value, jan.value, jan.language, jan.email) == (
        "Tatra Logistics s.r.o.", "vip", 184500.5, "sk", "jan@tatra.sk")
    (jiri,) = adapter.find_customers_sync(normalise("0905 999 888", "SK"))
    assert jiri.name == "Jiří Dvořák" and jiri.language == "cs"
    assert jiri.phones == ["+420 602 123 456", "0905 999 888", "nonsense"]  # nothing lost
    assert adapter.find_customers_sync(normalise("+420602123456", "SK"))[0].name == "Jiří Dvořák"
    (oliver,) = adapter.find_customers_sync(normalise("+442079460958", "SK"))
    assert (oliver.value, oliver.currency, oliver.language) == (86000.0, "GBP", "en")
    (eva,) = adapter.find_customers_sync(normalise("0915222333", "SK"))
    assert eva.name == "Eva Kollárová" and eva.notes == "two\nlines"


def test_windows_1250_semicolon_file_from_old_excel(db, tmp_path):
    text = ("Meno;Firma;Telefón;Jazyk;Segment;Hodnota;Poznámka\r\n"
            "Ľubomír Krajčí;Krajčí Agro s.r.o.;0944 123 321;sk;vysoký;;\r\n"
            "Ľubomír Krajčí;Krajčí Agro s.r.o.;0944 123 321;sk;high;61 200,00;Sezónne objednávky\r\n"
            "Jiří Dvořák;Dvořák Software;+420 602 123 456;cs;VIP;2 450 000;Chce vše písemně\r\n")
    path = tmp_path / "zakaznici.csv"
    path.write_bytes(text.encode("cp1250"))
    report = import_file(db, path, "SK")
    assert (report.imported, report.skipped) == (2, 1)
    assert str(report.problems[0]).startswith("line 2: unknown segment 'vysoký'")
    adapter = LocalCrmAdapter(db, owns_db=False)
    (lubo,) = adapter.find_customers_sync(normalise("0944123321", "SK"))
    assert (lubo.name, lubo.company, lubo.value, lubo.notes) == (
        "Ľubomír Krajčí", "Krajčí Agro s.r.o.", 61200.0, "Sezónne objednávky")
    (jiri,) = adapter.find_customers_sync(normalise("+420602123456", "SK"))
    assert jiri.notes == "Chce vše písemně" and jiri.is_vip


def test_utf8_bom_first_and_last_name_columns_and_country_column(db, tmp_path):
    text = ("First Name,Last Name,Mobile,Country,Lang\n"
            "Ionuț,Popescu,0721 234 567,RO,ro\n"
            "Анна,Смирнова,8 (916) 123-45-67,RU,ru\n"
            "Jan,Novák,602 123 456,XX,cs\n")
    path = tmp_path / "export.csv"
    path.write_text(text, encoding="utf-8-sig")
    report = import_file(db, path, "SK")
    assert report.imported == 2
    assert [str(p) for p in report.problems] == ["line 4: unknown country 'XX' (use a code such as SK, CZ, GB)"]
    adapter = LocalCrmAdapter(db, owns_db=False)
    assert adapter.find_customers_sync(normalise("+40721234567", "SK"))[0].name == "Ionuț Popescu"
    assert adapter.find_customers_sync(normalise("+79161234567", "SK"))[0].name == "Анна Смирнова"


VCARDS = """BEGIN:VCARD
VERSION:3.0
FN:Ján Kováč
N:Kováč;Ján;;;
ORG:Tatra Logistics s.r.o.;Dispečing
TEL;TYPE=CELL:0905 123 456
TEL;TYPE=WORK,VOICE:+421 2 5441 2233
TEL;TYPE=HOME:00420 602 123 456
EMAIL;TYPE=INTERNET:jan@tatra.sk
NOTE:Volá radšej ráno\\, pred 10:00.
CATEGORIES:VIP,Logistika
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Nikto
TEL:not a number
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Анна Смирнова
TEL;VALUE=uri;TYPE=cell:tel:+7-916-123-45-67
LANG:ru
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:Smith;Oliver;;;
TEL:+44 (0) 20 7946 0958
END:VCARD
"""


def test_vcard_with_several_phones_per_person(db, tmp_path):
    path = tmp_path / "contacts.vcf"
    path.write_text(VCARDS, encoding="utf-8")
    report = import_file(db, path, "SK")
    assert (report.imported, report.skipped) == (3, 1)
    assert [str(p) for p in report.problems] == ["line 13: no usable phone number (it is not understood)"]
    adapter = LocalCrmAdapter(db, owns_db=False)
    for number in ("0905123456", "+421254412233", "+420602123456"):
        (jan,) = adapter.find_customers_sync(normalise(number, "SK"))
        assert jan.name == "Ján Kováč"
    assert (jan.company, jan.email, jan.notes, jan.segment.value) == (
        "Tatra Logistics s.r.o.", "jan@tatra.sk", "Volá radšej ráno, pred 10:00.", "vip")
    assert len(jan.phones) == 3
    with db.session() as s:
        labels = s.scalars(select(m.CustomerPhone.label).order_by(m.CustomerPhone.id)).all()
    assert labels[:3] == ["cell", "work", "home"]
    (anna,) = adapter.find_customers_sync(normalise("+79161234567", "SK"))
    assert anna.name == "Анна Смирнова" and anna.language == "ru"
    assert adapter.find_customers_sync(normalise("+442079460958", "SK"))[0].name == "Oliver Smith"


def test_unreadable_files_raise_a_clear_error_and_store_nothing(db, tmp_path):
    with pytest.raises(ImportFileError, match="no such file"):
        import_file(db, tmp_path / "missing.csv", "SK")
    with pytest.raises(ImportFileError, match="folder"):
        import_file(db, tmp_path, "SK")
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("product,price\nwidget,3\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="no name column"):
        import_file(db, wrong, "SK")
    no_phone = tmp_path / "nophone.csv"
    no_phone.write_text("name,email\nJán,jan@x.sk\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="no phone column"):
        import_file(db, no_phone, "SK")
    assert db.customer_count() == 0


def test_empty_file_imports_nothing_without_error(db, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    report = import_file(db, path, "SK")
    assert (report.imported, report.skipped, report.problems) == (0, 0, [])


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("12 500,50", 12500.5, ""), ("12,500.50", 12500.5, ""), ("12.500,50 €", 12500.5, "EUR"),
    ("1500", 1500.0, ""), ("2 450 000 Kč", 2450000.0, "CZK"), ("0,5", 0.5, ""), ("", None, ""),
    ("1,000,000", 1000000.0, ""),
])
def test_values_written_the_local_way(text, value, currency):
    assert parse_value(text) == (value, currency)


def test_twenty_thousand_rows_import_in_batches(db, tmp_path):
    path = tmp_path / "big.csv"
    write_csv(path, 20_000)
    report = import_file(db, path, "SK")
    assert (report.imported, report.skipped, report.phones) == (20_000, 0, 24_000)
    assert db.customer_count() == 20_000
    print(f"import: {report.rows_per_s:.0f} rows/s")


def test_crm_import_command(tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("AGENT_CONSOLE_DATA_DIR", str(data))
    good = tmp_path / "customers.csv"
    good.write_text("name,phone\nJán Kováč,0905 123 456\nNikto,abc\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "console", "crm", "import", str(good)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 3, run.stderr  # 3: imported, but some rows were skipped
    assert run.stdout.splitlines()[:3] == ["Imported 1 customer with 1 phone number.",
                                           "Skipped 1 row: 1 with no usable phone number.",
                                           "line 3: no usable phone number (it is not understood)"]
    assert (data / "console.db").exists()
    missing = subprocess.run([sys.executable, "-m", "console", "crm", "import", str(tmp_path / "nope.csv")],
                             capture_output=True, text=True, timeout=60)
    assert missing.returncode == 1
    assert "nope.csv" in missing.stderr and "Traceback" not in missing.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("product,price\nx,1\n", encoding="utf-8")
    wrong = subprocess.run([sys.executable, "-m", "console", "crm", "import", str(bad)],
                           capture_output=True, text=True, timeout=60)
    assert wrong.returncode == 1 and "no name column" in wrong.stderr and "Traceback" not in wrong.stderr
