"""A console opens its workstation database (CRM start) and the team store on two background
threads at the same time; both run Alembic migrations. Alembic keeps the running migration in
module globals, so before migrations took turns a start could fail with "'NoneType' object has
no attribute 'get_bind'" or "KeyError: 'script'" and the console ran without its local
database ("notes and call logs cannot be saved"). Seen on a real two-console start."""
from __future__ import annotations

import threading

from crm_adapters.store.team import TeamStore
from crm_adapters.store.workstation import open_workstation


def test_the_workstation_file_and_the_team_store_migrate_at_once_on_two_threads(tmp_path):
    for round_ in range(8):
        start = threading.Barrier(2)
        errors: list[BaseException] = []
        opened: list[object] = []

        def run(open_it) -> None:
            start.wait()
            try:
                opened.append(open_it())
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        folder = tmp_path / f"round{round_}"
        folder.mkdir()
        threads = [threading.Thread(target=run, args=(lambda: open_workstation(folder / "desk"),)),
                   threading.Thread(target=run, args=(lambda: TeamStore(f"sqlite:///{folder / 'team.db'}", folder),))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        for thing in opened:
            getattr(thing, "close", getattr(getattr(thing, "engine", None), "dispose", lambda: None))()
        assert errors == [], f"round {round_}: {errors!r}"
