"""How fast a large customer list imports and how fast "who is calling?" is answered then.

    python -m crm_adapters.local.bulk_bench --rows 1000000 --dir /tmp/crm-bench [--url URL]

Writes a deterministic CSV of ``rows`` customers (Slovak/Czech numbers written in the usual
national styles), imports it with the real importer into a fresh database, then looks up
random numbers through :class:`LocalCrmAdapter`. Prints one JSON object: rows/s, peak RSS,
lookup p50/p99 in ms. Speed is reported, never asserted.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

FIRST = ["Ján", "Peter", "Zuzana", "Mária", "Jiří", "Tereza", "Ionuț", "Andreea", "Анна", "Дмитрий",
         "Oliver", "Emily", "Lukáš", "Katarína", "Mihai", "Ольга", "Sarah", "Tomáš", "Eva", "Martin"]
LAST = ["Kováč", "Horváth", "Novák", "Dvořák", "Popescu", "Ionescu", "Смирнова", "Иванов", "Smith",
        "Clarke", "Černý", "Baláž", "Šimková", "Procházka", "Dumitrescu", "Кузнецова", "Johnson"]
COMPANIES = ["Tatra Logistics s.r.o.", "Dvořák Software s.r.o.", "Popescu Transport SRL",
             "ООО «Северный ветер»", "Smith & Sons Ltd", "Kollár Textil s.r.o.", ""]
SK_MOBILE = ["0905", "0911", "0915", "0944", "0948", "0902", "0903", "0907", "0908", "0910"]
CZ_MOBILE = ["602", "603", "604", "605", "606", "607", "608", "720", "721", "722"]
SEGMENTS = ["standard"] * 6 + ["high"] * 2 + ["low", "vip"]


def _scramble(k: int) -> int:
    """A bijection on 0..999999, so numbers look random but never repeat."""
    return (k * 7919 + 12345) % 1_000_000


def sk_number(i: int) -> str:
    sub = f"{_scramble(i // len(SK_MOBILE)):06d}"
    return f"{SK_MOBILE[i % len(SK_MOBILE)]} {sub[:3]} {sub[3:]}"


def sk_e164(i: int) -> str:
    return "+421" + sk_number(i)[1:].replace(" ", "")


def generate_customers(n: int) -> Iterator[list[str]]:
    """CSV rows (name, company, phone, segment, value); every 5th customer has a 2nd, Czech phone."""
    for i in range(n):
        phones = sk_number(i)
        if i % 5 == 0:
            sub = f"{_scramble(i // len(CZ_MOBILE)):06d}"
            phones += f"; +420 {CZ_MOBILE[i % len(CZ_MOBILE)]} {sub[:3]} {sub[3:]}"
        yield [f"{FIRST[i % len(FIRST)]} {LAST[(i // 7) % len(LAST)]}", COMPANIES[i % len(COMPANIES)],
               phones, SEGMENTS[i % len(SEGMENTS)], str((i * 37) % 100_000)]


def write_csv(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "company", "phone", "segment", "value"])
        w.writerows(generate_customers(n))


def peak_rss_mb() -> float:
    try:
        import resource  # POSIX only
    except ImportError:  # pragma: no cover - Windows
        return 0.0
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def run(rows: int, folder: Path, url: str = "", lookups: int = 2000) -> dict:
    from crm_adapters.local.adapter import LocalCrmAdapter
    from crm_adapters.local.database import open_database
    from crm_adapters.local.importer import import_file
    from crm_adapters.numbers import normalise

    folder.mkdir(parents=True, exist_ok=True)
    csv_path = folder / f"customers-{rows}.csv"
    if not csv_path.exists():
        write_csv(csv_path, rows)
    (folder / "console.db").unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        (folder / f"console.db{suffix}").unlink(missing_ok=True)
    rss_before = peak_rss_mb()
    db = open_database(url, folder)
    report = import_file(db, csv_path, "SK")
    rss_after_import = peak_rss_mb()
    adapter = LocalCrmAdapter(db)
    rng = random.Random(42)
    samples = [normalise(sk_e164(rng.randrange(rows)), "SK") for _ in range(lookups)]
    adapter.find_customers_sync(samples[0])  # warm the connection pool
    times, found = [], 0
    for info in samples:
        t0 = time.perf_counter()
        found += bool(adapter.find_customers_sync(info))
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    db.close()
    return {
        "rows": rows,
        "database": "sqlite" if not url else url.split(":", 1)[0],
        "imported": report.imported,
        "skipped": report.skipped,
        "phones": report.phones,
        "import_s": round(report.elapsed_s, 1),
        "rows_per_s": round(report.rows_per_s),
        "peak_rss_mb_before_import": round(rss_before, 1),
        "peak_rss_mb": round(rss_after_import, 1),
        "lookups": lookups,
        "lookups_found": found,
        "lookup_p50_ms": round(times[len(times) // 2], 3),
        "lookup_p99_ms": round(times[int(len(times) * 0.99) - 1], 3),
        "db_size_mb": round((folder / "console.db").stat().st_size / 1e6, 1) if not url else None,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=100_000)
    p.add_argument("--dir", type=Path, default=Path("/tmp/agent-console-crm-bench"))
    p.add_argument("--url", default="", help="SQLAlchemy URL; empty = SQLite file in --dir")
    p.add_argument("--lookups", type=int, default=2000)
    args = p.parse_args(argv)
    print(json.dumps(run(args.rows, args.dir, args.url, args.lookups), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
