"""Layering: cti/ never imports Qt (the console wires Qt to it, not the other way round)."""
from __future__ import annotations

import pkgutil
import subprocess
import sys

from sip_parties import ROOT

import cti


def test_importing_every_cti_module_loads_no_qt():
    names = [f"cti.{m.name}" for m in pkgutil.iter_modules(cti.__path__)]
    code = ("import importlib, sys\n"
            f"for n in {names!r}: importlib.import_module(n)\n"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6')]\n"
            "print(bad); sys.exit(1 if bad else 0)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "cti.softphone" in names and len(names) >= 10
