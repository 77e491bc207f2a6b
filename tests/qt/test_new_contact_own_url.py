"""'Create contact' writes into the local CRM the console looks customers up in.

Before issue 10 it always wrote into the workstation file, so with ``[crm.local] url`` pointing
at another database the re-lookup missed the contact the agent had just created.
"""
from __future__ import annotations

import gc
import sqlite3
import time

from PySide6.QtWidgets import QDialog

import console.new_contact as new_contact
from console.config import load_config


def test_create_contact_goes_into_the_configured_local_crm_and_the_next_lookup_finds_it(qtbot, tmp_path, monkeypatch):
    from console.app import ConsoleApp

    shop = tmp_path / "shop.db"
    toml = tmp_path / "config.toml"
    toml.write_text(f'[crm]\nadapters = ["local"]\n\n[crm.local]\nurl = "sqlite:///{shop}"\n', encoding="utf-8")
    config = load_config(toml).with_changes(data_dir=tmp_path / "data", log_dir=tmp_path / "log",
                                            ctl_name=f"agent-console-qt-{time.monotonic_ns()}")

    def agent_types_and_saves(dialog: QDialog) -> int:
        dialog.name.setText("Mária Horváthová")
        dialog.company.setText("Horváth s.r.o.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(new_contact.NewContactDialog, "exec", agent_types_and_saves)
    app = ConsoleApp(config, with_phone=False)
    app.start()
    try:
        qtbot.waitUntil(lambda: app.crm is not None, timeout=10000)
        app.desk.create_contact_requested.emit("c1", "+421905999888")

        def saved() -> bool:  # written in the background
            with sqlite3.connect(shop) as conn:
                tables = {r[0] for r in conn.execute("select name from sqlite_master")}
                return "crm_customers" in tables and bool(conn.execute("select count(*) from crm_customers").fetchone()[0])
        qtbot.waitUntil(saved, timeout=10000)
        card = app.crm.runtime.run(app.crm.chain.lookup("0905 999 888"), timeout_s=30)
        assert card.customer is not None and card.customer.name == "Mária Horváthová"
        with sqlite3.connect(shop) as conn:
            assert conn.execute("select name, company from crm_customers").fetchall() == [
                ("Mária Horváthová", "Horváth s.r.o.")]
        with sqlite3.connect(tmp_path / "data" / "console.db") as conn:  # not in the workstation file
            assert "crm_customers" not in {r[0] for r in conn.execute("select name from sqlite_master")}
    finally:
        app.shutdown()
        app.window.close()
        app.window.deleteLater()
        qtbot.wait(20)
        gc.collect()
