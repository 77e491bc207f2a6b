"""`agent-console bench screenpop --crm-down-after-restart`: after a restart with the only CRM down,
every caller's first named card comes from the disk cache (JSON out, numbers reported, no timing
asserted)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.integration


def test_cards_come_from_the_disk_cache_after_a_restart():
    out = subprocess.run([sys.executable, "-m", "console", "bench", "screenpop", "--calls", "3", "--crm-latency-ms", "20",
                          "--crm-down-after-restart"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    result = json.loads(out.stdout)
    assert result["failures"] == {}
    assert result["cards_with_customer_while_crm_up"] == 3
    assert result["cards_with_customer"] == 3  # the CRM was down: each name came from the disk
    assert result["invite_to_first_card_with_customer_ms"]["n"] == 3
