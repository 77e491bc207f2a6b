"""`agent-console crm import FILE`: bring a CSV or vCard customer list into the local CRM.

Prints how many customers were imported and, for every skipped row, its line number and
why ("line 17: no usable phone number ('abc')") so the file can be fixed and the rest
imported again. Exit 0 when the file was read (even if some rows were skipped), 1 when the
file cannot be read at all.
"""
from __future__ import annotations

import sys
from pathlib import Path

EXIT_OK, EXIT_UNREADABLE = 0, 1


def register(subparsers) -> None:
    p = subparsers.add_parser("crm", help="the CRMs: import customers into the local CRM, test an adapter")
    crm_sub = p.add_subparsers(dest="crm_command", metavar="SUBCOMMAND")
    imp = crm_sub.add_parser(
        "import",
        help="import customers from a CSV (name, company, phone, email, language, segment, value, notes) "
        "or vCard (.vcf) file",
    )
    imp.add_argument("file", type=Path, help="CSV or .vcf file")
    imp.add_argument("--region", help="country for numbers without a country code (default: [sip] default_region)")
    imp.set_defaults(func=run)
    from console.commands import crm_test

    crm_test.add_subcommand(crm_sub)
    p.set_defaults(func=lambda args, config: _usage(p))


def _usage(parser) -> int:
    parser.print_help(sys.stderr)
    return 2


def run(args, config) -> int:
    from crm_adapters.local.database import open_database
    from crm_adapters.local.importer import ImportFileError, import_file

    region = (getattr(args, "region", None) or getattr(config, "default_region", None)
              or getattr(getattr(config, "sip", None), "default_region", None) or "SK").upper()
    data_dir = Path(getattr(config, "data_dir", Path.cwd()))
    path: Path = args.file
    if not path.is_file():
        print(f"error: cannot read {path}: {'it is a folder' if path.is_dir() else 'no such file'}",
              file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        db = open_database(getattr(config, "crm_local_url", ""), data_dir)
    except Exception as exc:  # bad URL, server down, unwritable folder
        print(f"error: the local CRM database cannot be opened: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        report = import_file(db, path, region)
    except ImportFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    finally:
        db.close()
    print(f"Imported {report.imported} customers, skipped {report.skipped} rows")
    for problem in report.problems:
        print(f"{problem}")
    if report.problems_not_listed:
        print(f"... and {report.problems_not_listed} more problems not listed")
    return EXIT_OK
