"""Vendor CRM adapters against fakes that follow each vendor's published API."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
if str(HERE) not in sys.path:  # vendor_http, fake_* modules
    sys.path.insert(0, str(HERE))
