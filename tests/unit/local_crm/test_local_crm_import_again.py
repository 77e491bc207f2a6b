"""Importing a customer list again: customers already there are recognised, never duplicated."""
from __future__ import annotations

import subprocess
import sys

from sqlalchemy import func, select

from crm_adapters.local import models as m
from crm_adapters.local.adapter import LocalCrmAdapter
from crm_adapters.local.importer import import_file
from crm_adapters.numbers import normalise

LIST = """name,company,phone,segment,value,notes
Ján Kováč,Tatra Logistics s.r.o.,0905 123 456,VIP,"184 500,50",Kľúčový zákazník
Jiří Dvořák,Dvořák Software,+420 602 123 456; 0905 999 888,high,2450000,
Eva Kollárová,Kollár Textil,0915 222 333,low,,
Oliver Smith,Smith & Sons Ltd,+44 20 7946 0958,standard,,
"""


def counts(db):
    with db.session() as s:
        return (s.scalar(select(func.count()).select_from(m.Customer)),
                s.scalar(select(func.count()).select_from(m.CustomerPhone)))


def card(db, number):
    return LocalCrmAdapter(db, owns_db=False).find_customers_sync(normalise(number, "SK"))


def test_the_same_file_twice_adds_nobody_the_second_time(db, tmp_path):
    path = tmp_path / "customers.csv"
    path.write_text(LIST, encoding="utf-8")
    first = import_file(db, path, "SK")
    assert (first.imported, first.updated, first.unchanged) == (4, 0, 0)
    assert counts(db) == (4, 5)
    second = import_file(db, path, "SK")
    assert counts(db) == (4, 5)  # the old importer doubled both
    assert (second.imported, second.updated, second.unchanged, second.phones) == (0, 0, 4, 0)
    assert second.summary()[0].startswith("0 new, 0 updated, 4 unchanged")
    assert len(card(db, "0905 123 456")) == 1


def test_a_changed_list_updates_adds_and_keeps_what_it_leaves_empty(db, tmp_path):
    path = tmp_path / "customers.csv"
    path.write_text(LIST, encoding="utf-8")
    import_file(db, path, "SK")
    changed = tmp_path / "changed.csv"
    changed.write_text(
        "name,company,phone,segment,value,notes\n"
        "ján  KOVÁČ,Tatra Logistics a.s.,0905 123 456; 02 5555 1234,,,\n"  # new company, a second number
        "Jiří Dvořák,Dvořák Software,0905 999 888,high,2450000,\n"  # one of his numbers, same data
        "Mária Šimková,Kaviareň,0917 654 321,,,\n"  # new
        "Peter Kováč,,0905 123 456,,,\n",  # another person at the same number: a customer of his own
        encoding="utf-8")
    report = import_file(db, changed, "SK")
    assert (report.imported, report.updated, report.unchanged) == (2, 1, 1)
    assert report.summary()[0] == ("2 new, 1 updated, 1 unchanged (customers already here are matched by "
                                   "name and phone number); 3 phone numbers added.")
    assert counts(db) == (6, 8)
    (jan,) = card(db, "02 5555 1234")
    assert jan.name == "Ján Kováč"  # the name as first imported
    assert jan.company == "Tatra Logistics a.s."
    assert (jan.segment.value, jan.value) == ("vip", 184500.5)  # left empty in the file: kept
    assert jan.phones == ["0905 123 456", "02 5555 1234"]
    assert sorted(c.name for c in card(db, "0905 123 456")) == ["Ján Kováč", "Peter Kováč"]


def test_a_customer_twice_in_one_file_is_one_customer(db, tmp_path):
    path = tmp_path / "twice.csv"
    path.write_text("name,company,phone\n"
                    "Eva Kollárová,Kollár Textil,0915 222 333\n"
                    "Eva Kollárová,Kollár Textil,+421915222333\n"
                    "Eva Kollárová,Kollár Textil s.r.o.,0915 222 333; 0915 222 444\n", encoding="utf-8")
    report = import_file(db, path, "SK")
    assert (report.imported, report.updated, report.unchanged) == (1, 1, 1)
    (eva,) = card(db, "0915 222 444")
    assert eva.company == "Kollár Textil s.r.o." and eva.phones == ["0915 222 333", "0915 222 444"]
    assert counts(db) == (1, 2)


def test_matching_works_across_batches(db, tmp_path):
    rows = "".join(f"Customer {i},,+421 2 {i:04d} {i:04d}\n" for i in range(30))
    path = tmp_path / "many.csv"
    path.write_text("name,company,phone\n" + rows + rows, encoding="utf-8")
    from crm_adapters.local.importer import import_records, read_records

    report = import_records(db, read_records(path), "SK", batch_size=7)
    assert (report.imported, report.updated, report.unchanged) == (30, 0, 30)
    assert counts(db) == (30, 30)


def test_the_command_says_how_many_were_new_updated_and_unchanged(tmp_path):
    path = tmp_path / "customers.csv"
    path.write_text(LIST, encoding="utf-8")
    cmd = [sys.executable, "-m", "console", "crm", "import", str(path)]
    first = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert (first.returncode, first.stdout) == (0, "Imported 4 customers with 5 phone numbers.\n"), first.stderr
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("0 new, 0 updated, 4 unchanged"), again.stdout
