"""Revoked grants in the team store (migration 0003_role_grants), on this workstation's SQLite
file and on a real PostgreSQL server: written by the admin, seen by every console watching the
store, and believed only when the admin's key signed them."""
from __future__ import annotations

import threading

import pytest

from crm_adapters.store.team import TeamStore
from crm_adapters.store.team.revocations import Revocation, revocations, revoke
from cti.supervision import grants

from console.supervision_secret import proven_revocations

ADMIN = grants.new_private_key()
ADMIN_PUB = grants.public_key_of(ADMIN)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    url = "" if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    s = TeamStore(url, tmp_path)
    s.url = url
    yield s
    s.close()


def signed(person: str, at: int, key: str = ADMIN) -> Revocation:
    return Revocation(person, at, grants.revocation_signature(key, person, at), "admin")


def test_revocations_are_kept_and_only_the_admins_are_believed(store, tmp_path):
    told = threading.Event()
    watcher = store.watch(told.set)
    try:
        revoke(store, signed("petra", 1_800_000_000))
        assert told.wait(30), "the consoles watching the store were not told"
    finally:
        watcher.stop()
    revoke(store, signed("petra", 1_800_000_500))  # a later one counts from then
    revoke(store, signed("eva", 1_800_000_000, key=grants.new_private_key()))  # someone with database access
    revoke(store, Revocation("olga", 1_800_000_000, "A" * 86, "karel"))  # a made-up signature
    revoke(store, Revocation("x" * 500 + "\x00", -5, "\n" * 200, "y" * 900))  # bounded, stored, not believed
    lines = revocations(store)
    assert len(lines) == 5 and all(len(line.person) <= 64 and len(line.signature) <= 86 for line in lines)
    assert proven_revocations(ADMIN_PUB, lines) == {"petra": 1_800_000_500}
    assert proven_revocations(grants.public_key_of(grants.new_private_key()), lines) == {}
    assert proven_revocations("not a key", lines) == {}
    other = TeamStore(store.url, tmp_path)
    try:  # another console opening the same store (no migration to do) reads the same
        assert proven_revocations(ADMIN_PUB, revocations(other)) == {"petra": 1_800_000_500}
    finally:
        other.close()
