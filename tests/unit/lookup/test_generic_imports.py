"""Generic CRM code knows no adapter: adapters are found through the registry's entry points.

Every import counts, also those inside functions (they hid import circles before issue 10).
The import-linter contract says the same for CI; this test names the offending line.
"""
from __future__ import annotations

import ast
from pathlib import Path

import crm_adapters

ROOT = Path(crm_adapters.__file__).parent
ADAPTER_PACKAGES = ("local", "rest", "vendors")


def generic_modules() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*.py")
                  if p.relative_to(ROOT).parts[0] not in ADAPTER_PACKAGES and "__pycache__" not in p.parts)


def imported(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            base = node.module if node.level == 0 else "crm_adapters." + node.module  # only top-level relatives exist
            found += [(node.lineno, f"{base}.{a.name}") for a in node.names]
    return found


def test_generic_crm_modules_import_no_adapter_package():
    modules = generic_modules()
    assert {"outbox.py", "registry.py", "lookup_chain.py", "after_call_store.py"} <= {p.name for p in modules}
    bad = [f"{p.relative_to(ROOT.parent)}:{line} imports {name}"
           for p in modules for line, name in imported(p)
           if any(name == f"crm_adapters.{a}" or name.startswith(f"crm_adapters.{a}.") for a in ADAPTER_PACKAGES)]
    assert bad == []
