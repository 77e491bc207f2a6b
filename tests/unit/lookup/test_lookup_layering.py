"""The CRM side never pulls in Qt, and the benchmark script keeps working."""
from __future__ import annotations

import subprocess
import sys


def test_crm_lookup_modules_do_not_import_qt():
    code = ("import sys, crm_adapters.registry, crm_adapters.lookup_chain, crm_adapters.card_cache, "
            "crm_adapters.runtime; print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_chain_benchmark_reports_numbers():
    from bench_lookup_chain import main
    result = main(50)
    for part in ("one_adapter", "one_adapter_with_cache", "via_runtime_submit"):
        assert 0 < result[part]["p50_us"] <= result[part]["p99_us"]
