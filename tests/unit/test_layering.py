"""cti/ and crm_adapters/ must stay usable without Qt (DESIGN.md, "Layering")."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent  # the virtualenv's tools: lint-imports, ruff
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_packages_never_import_qt_or_the_console():
    offenders = []
    for package in ("cti", "crm_adapters"):
        for path in (REPO / package).rglob("*.py"):
            bad = _imports(path) & {*QT_MODULES, "console"}
            if bad:
                offenders.append(f"{path.relative_to(REPO)} imports {', '.join(sorted(bad))}")
    assert not offenders, "\n".join(offenders)


def test_importing_every_core_module_loads_no_qt():
    modules = []
    for package in ("cti", "crm_adapters"):
        for path in (REPO / package).rglob("*.py"):
            rel = path.relative_to(REPO).with_suffix("")
            if "migrations" in rel.parts or rel.name == "__main__":
                continue
            modules.append(".".join(rel.parts).removesuffix(".__init__"))
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"Qt loaded by core modules: {out.stdout}"


def test_import_contracts_hold():
    """pyproject.toml [tool.importlinter]: cti and crm_adapters independent of each other and of
    the console, generic CRM code importing no adapter package, no import cycles."""
    out = subprocess.run([str(BIN / "lint-imports"), "--no-cache"], cwd=REPO, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stdout[out.stdout.find("Broken contracts"):] or out.stdout + out.stderr


def test_ruff_finds_nothing():
    out = subprocess.run([str(BIN / "ruff"), "check", "--no-cache", "--output-format", "concise", "."], cwd=REPO,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr


def test_tests_never_import_benchmark_code():
    bench = ("console.bench", "console.commands.bench", "console.bench_crm_server")
    offenders = [f"{path.relative_to(REPO)} imports {name}"
                 for path in (REPO / "tests").rglob("*.py")
                 for name in sorted(_imported_modules(path))
                 if any(name == b or name.startswith(b + ".") for b in bench)]
    assert not offenders, "\n".join(offenders)


def test_telephony_masks_numbers_in_logs_on_its_own():
    """cti/ masks a caller's number without crm_adapters (which it may not import)."""
    code = ("import sys; sys.modules['crm_adapters'] = None\n"
            "from cti.caller_id import masked\n"
            "print(masked('+421901234567'), masked('0901234567'), masked('sip:+12025550123@pbx.example'))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["+421*******67", "********67", "+1********23"]


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names
