"""A local CRM with its own ``url`` lives in that database, never in the workstation file.

Before issue 10 a second adapter of type ``local`` with its own url (say, last year's
customers in an archive file) silently opened the workstation database instead, so its
customers were never found.
"""
from __future__ import annotations

from sqlalchemy import inspect

from crm_adapters.local.database import open_database
from crm_adapters.local.import_sources import CustomerRecord
from crm_adapters.local.importer import import_records

from console.config import load_config
from console.crm_setup import build_crm

ARCHIVE_NUMBER = "+421911222333"


def test_a_second_local_crm_with_its_own_url_answers_from_its_own_database(tmp_path):
    archive = tmp_path / "archive.db"
    seeded = open_database(f"sqlite:///{archive}", tmp_path / "unused")
    report = import_records(seeded, [CustomerRecord(line=1, name="Alžbeta Archívna", phones=[(ARCHIVE_NUMBER, "")])],
                            "SK")
    assert report.imported == 1
    seeded.close()
    toml = tmp_path / "config.toml"
    toml.write_text(f'[crm]\nadapters = ["local", "archive"]\n\n[crm.archive]\ntype = "local"\nurl = "sqlite:///{archive}"\n',
                    encoding="utf-8")
    config = load_config(toml).with_changes(data_dir=tmp_path / "data", log_dir=tmp_path / "log")

    crm = build_crm(config)
    try:
        assert crm.problems == {}
        card = crm.runtime.run(crm.chain.lookup("0911 222 333"), timeout_s=30)
        assert card.customer is not None and card.customer.name == "Alžbeta Archívna"
        assert card.customer.source == "archive"
        adapters = dict(crm.adapters)
        assert adapters["archive"].db.url.endswith("archive.db")
        assert adapters["local"].db is crm.database  # the one without a url: the workstation file
        assert crm.same_transaction is not None and crm.same_transaction.name == "local"
    finally:
        crm.close()
    tables = set(inspect(open_database(f"sqlite:///{archive}", tmp_path / "unused").engine).get_table_names())
    assert "console_outbox" not in tables  # migrated for the local CRM only
