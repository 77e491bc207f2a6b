"""`agent-console crm import FILE`: bring a CSV or vCard customer list into the local CRM.

Prints how many customers were imported and, for every skipped row, its line number and
why ("line 17: no phone number") so those rows can be fixed and imported again; every good
row is stored whatever the bad ones around it. Exit status: 0 every row imported, 3 some rows
skipped (listed by line), 1 the file cannot be used at all (nothing stored).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_UNREADABLE, EXIT_ROWS_SKIPPED = 0, 1, 3
LISTED_PROBLEMS = 100  # the first rows' reasons are printed; the rest are counted
IMPORT_EPILOG = """exit status:
  0  every row was imported
  3  the file was imported but some rows were skipped; each is listed with its line and why
  1  the file cannot be used (missing, a folder, not text, not a customer list); nothing stored

The file may be UTF-8 (with or without BOM), UTF-16, or Windows-1250/1251 when that can be
told for sure; otherwise name its encoding with --encoding."""


def register(subparsers) -> None:
    p = subparsers.add_parser("crm", help="the CRMs: import customers into the local CRM, test an adapter")
    crm_sub = p.add_subparsers(dest="crm_command", metavar="SUBCOMMAND")
    imp = crm_sub.add_parser(
        "import",
        help="import customers from a CSV (name, company, phone, email, language, segment, value, notes) "
        "or vCard (.vcf) file",
        description="Import customers from a CSV or vCard file into the local CRM. Good rows are\n"
        "stored; bad rows are skipped and listed with their line number and the reason.",
        epilog=IMPORT_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    imp.add_argument("file", type=Path, help="CSV or .vcf file")
    imp.add_argument("--encoding", help="the file's text encoding when it is not UTF-8, e.g. cp1250 or cp1251")
    imp.add_argument("--region", help="country for numbers without a country code (default: [sip] default_region)")
    imp.set_defaults(func=run)
    purge = crm_sub.add_parser(
        "purge-cache", help="forget every customer card kept on this workstation (the card cache on disk)",
        description="Delete the customer cards this workstation keeps for calls while a CRM is down.\n"
        "Cards are kept [crm] cache_ttl_hours (72 by default); a running console forgets its\n"
        "in-memory copy when it is restarted.")
    purge.set_defaults(func=purge_cache)
    demo = crm_sub.add_parser(
        "load-demo", help="load the demo's customers, with their history and tasks, into the local CRM",
        description="Load the demo customers (with earlier calls and open tasks) into this console's local\n"
        "CRM, to try the console with realistic cards. Nothing is loaded into a CRM that already\n"
        "has customers.")
    demo.set_defaults(func=load_demo)
    from console.commands import crm_test

    crm_test.add_subcommand(crm_sub)
    p.set_defaults(func=lambda args, config: _usage(p))


def _usage(parser) -> int:
    parser.print_help(sys.stderr)
    return 2


def run(args, config) -> int:
    from crm_adapters.local.database import open_database
    from crm_adapters.local.importer import ImportFileError, import_records, read_records

    region = (getattr(args, "region", None) or getattr(config, "default_region", None)
              or getattr(getattr(config, "sip", None), "default_region", None) or "SK").upper()
    data_dir = Path(getattr(config, "data_dir", Path.cwd()))
    path: Path = args.file
    try:
        records = read_records(path, getattr(args, "encoding", None))  # the file as a whole: usable?
    except ImportFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        db = open_database(getattr(config, "crm_local_url", ""), data_dir)
    except Exception as exc:  # bad URL, server down, unwritable folder
        print(f"error: the local CRM database cannot be opened: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        report = import_records(db, records, region)
    except ImportFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    except OSError as exc:
        print(f"error: {path} could not be read to the end ({exc.strerror or exc}); "
              "the rows before that point were imported", file=sys.stderr)
        return EXIT_UNREADABLE
    finally:
        db.close()
    for line in report.summary(LISTED_PROBLEMS):
        print(line)
    return EXIT_ROWS_SKIPPED if report.skipped else EXIT_OK


def purge_cache(args, config) -> int:
    """`agent-console crm purge-cache`: the card cache on disk emptied (privacy)."""
    from crm_adapters.card_cache import DiskCards
    from crm_adapters.store.workstation import open_workstation

    try:
        db = open_workstation(Path(getattr(config, "data_dir", Path.cwd())))
    except Exception as exc:  # an unwritable folder, a broken file
        print(f"error: the workstation database cannot be opened: {exc}", file=sys.stderr)
        return 1
    try:
        gone = DiskCards(db).purge()
    finally:
        db.close()
    print(f"Forgot {gone} customer card(s) kept on this workstation.")
    return 0


def load_demo(args, config) -> int:
    """`agent-console crm load-demo`: the demo's customers, history and tasks into the local CRM."""
    from crm_adapters.local.database import customer_count, open_database
    from crm_adapters.local.demo_data import seed_demo

    try:
        db = open_database(getattr(config, "crm_local_url", ""), Path(config.data_dir))
    except Exception as exc:  # bad URL, server down, unwritable folder
        print(f"error: the local CRM database cannot be opened: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        added = seed_demo(db, config.default_region)
        if not added:
            print(f"nothing loaded: the local CRM already has {customer_count(db):,} customers "
                  "(the demo customers go only into an empty one)")
            return EXIT_OK
        print(f"loaded {added} demo customers with their earlier calls and open tasks")
        return EXIT_OK
    finally:
        db.close()
