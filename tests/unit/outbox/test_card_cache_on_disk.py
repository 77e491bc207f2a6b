"""The card cache kept in the workstation database: a restarted console shows what a CRM said
before (with its age) while that CRM is down; answers past the TTL and purged ones are gone."""
from __future__ import annotations

import stat
import time
from datetime import datetime, timezone

from crm_adapters.card_cache import CardCache, DiskCards, SourceAnswer
from crm_adapters.store.workstation import open_workstation
from crm_adapters.vocabulary import Customer, FollowUpTask, Interaction, Segment

NUMBER = "+421905123456"
TWO_HOURS = 2 * 3600.0


def answer(fetched_at: float) -> SourceAnswer:
    when = datetime(2026, 11, 30, 9, 30, tzinfo=timezone.utc)
    return SourceAnswer(
        customers=[Customer(id="c-1", source="tiny", name="Ján Novák", company="Novák s.r.o.", segment=Segment.VIP,
                            phones=[NUMBER])],
        history=[Interaction(id="h-1", source="tiny", customer_id="c-1", kind="call", when=when, summary="asked for an offer")],
        open_tasks=[FollowUpTask(id="t-1", source="tiny", customer_id="c-1", title="send the offer", due=when)],
        fetched_at=fetched_at)


def saved_two_hours_ago(data_dir, ttl_s: float = 72 * 3600) -> None:
    db = open_workstation(data_dir)
    cache = CardCache(ttl_s=ttl_s)
    cache.keep_on_disk(DiskCards(db))
    cache.put(NUMBER, {"tiny": answer(cache.now() - TWO_HOURS)})
    cache.flush()
    db.close()


def test_a_restarted_console_has_the_card_with_its_age(tmp_path):
    saved_two_hours_ago(tmp_path)
    db = open_workstation(tmp_path)  # "the console was restarted"
    cache = CardCache(ttl_s=72 * 3600)
    assert cache.get(NUMBER) is None
    assert cache.keep_on_disk(DiskCards(db)) == 1
    hit = cache.get(NUMBER)
    assert hit is not None and not hit.negative
    shown = hit.answers["tiny"]
    assert shown.customers[0].name == "Ján Novák" and shown.customers[0].segment == Segment.VIP
    assert shown.history[0].when == datetime(2026, 11, 30, 9, 30, tzinfo=timezone.utc)
    assert shown.open_tasks[0].title == "send the offer"
    assert 2 * 3600 - 60 < cache.age_s(NUMBER) < 2 * 3600 + 60  # "from cache, 2 h old"
    db.close()
    mode = stat.S_IMODE((tmp_path / "console.db").stat().st_mode)
    assert mode & 0o077 == 0  # the cards are in the user's private file


def test_answers_past_the_ttl_are_neither_shown_nor_kept(tmp_path):
    saved_two_hours_ago(tmp_path)
    db = open_workstation(tmp_path)
    cache = CardCache(ttl_s=3600)  # one hour: the two-hour-old card is too old
    assert cache.keep_on_disk(DiskCards(db)) == 0
    assert cache.get(NUMBER) is None
    assert DiskCards(db).load(time.time() - 10 * 3600) == []  # deleted from the disk on the way
    db.close()


def test_purge_forgets_every_card(tmp_path):
    saved_two_hours_ago(tmp_path)
    db = open_workstation(tmp_path)
    assert DiskCards(db).purge() == 1
    cache = CardCache(ttl_s=72 * 3600)
    assert cache.keep_on_disk(DiskCards(db)) == 0 and cache.get(NUMBER) is None
    db.close()


def test_a_number_nobody_knows_any_more_leaves_the_disk(tmp_path):
    saved_two_hours_ago(tmp_path)
    db = open_workstation(tmp_path)
    cache = CardCache(ttl_s=72 * 3600)
    cache.keep_on_disk(DiskCards(db))
    cache.put(NUMBER, {}, negative=True)
    cache.flush()
    assert CardCache(ttl_s=72 * 3600).keep_on_disk(DiskCards(db)) == 0
    db.close()
