"""Errors that carry a machine code and parameters, so the console can word them for people in
their own language; ``str()`` stays an English sentence for logs and tests.

``code`` is stable and dotted ("crm.http_status"); ``params`` are the plain values the
sentence needs. cti/problems.py is the twin (cti and crm_adapters never import each other).
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class Problem(Exception):
    code = "crm.problem"  # subclasses give their own default

    def __init__(self, message: str = "", *, code: str = "", params: Mapping[str, Any] | None = None):
        super().__init__(message)
        if code:
            self.code = code
        self.params: dict[str, Any] = dict(params or {})
