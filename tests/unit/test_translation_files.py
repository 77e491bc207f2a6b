"""The translation files in resources/translations: complete, current, and true to the source.

- every text the code marks for translation is in the .ts files (Qt's own lupdate, run on a copy)
  and translated in Slovak, Czech, Romanian and Russian: nothing unfinished;
- every .qm is what lrelease makes of its .ts today (a .qm older than its .ts fails);
- every translation keeps exactly the placeholders of its source ({name}, %1, %n): a lost
  {reason} would show the agent a sentence without the reason, an extra one would crash format();
- texts that count (%n) have plural forms; the shipped dispositions and away reasons are there.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("sk", "cs", "ro", "ru")
FORMS = {"sk": 3, "cs": 3, "ro": 3, "ru": 3, "en": 2}  # Qt's plural forms of each language
PLACEHOLDER = re.compile(r"\{+[A-Za-z_]*\}+|%[1-9n]")


def tool(name: str) -> str:
    path = Path(sys.executable).parent / name
    found = str(path) if path.exists() else shutil.which(name)
    assert found, f"{name} (from PySide6) is missing: pip install -e . installs it"
    return found


def messages(ts: Path):
    """(context, source, numerus, translation type, [translated forms]) of every entry."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            t = m.find("translation")
            forms = [f.text or "" for f in t.iter("numerusform")] if m.get("numerus") == "yes" else [t.text or ""]
            yield name, m.findtext("source") or "", m.get("numerus") == "yes", t.get("type", ""), forms


def current(ts: Path):
    return [m for m in messages(ts) if m[3] not in ("obsolete", "vanished")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_text_is_translated(lang):
    unfinished = [(c, s) for c, s, _, kind, forms in current(FOLDER / f"agent_console_{lang}.ts")
                  if kind == "unfinished" or not all(f.strip() for f in forms)]
    assert not unfinished, f"{len(unfinished)} texts untranslated in {lang}: {unfinished[:20]}"


def test_the_ts_files_hold_every_text_of_the_code(tmp_path):
    """lupdate run now (as scripts/update-translations runs it) finds nothing the .ts lacks."""
    copy = tmp_path / "agent_console_sk.ts"
    shutil.copy(FOLDER / "agent_console_sk.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "console").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "none", "-tr-function-alias",
                    "QT_TRANSLATE_NOOP+=_tr", "-source-language", "en", "-target-language", "sk", *sources,
                    "-ts", str(copy)], check=True, cwd=ROOT, timeout=120)
    new = [(c, s) for c, s, _, kind, _ in current(copy) if kind == "unfinished"]
    assert not new, (f"{len(new)} texts in the code are not in the translations: run scripts/update-translations "
                     f"and translate them: {new[:20]}")


@pytest.mark.parametrize("lang", (*LANGUAGES, "en"))
def test_each_qm_is_compiled_from_its_ts(lang, tmp_path):
    ts, qm = FOLDER / f"agent_console_{lang}.ts", FOLDER / f"agent_console_{lang}.qm"
    assert qm.exists(), f"{qm.name} is missing: run scripts/update-translations"
    fresh = tmp_path / qm.name
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True, timeout=60)
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is older than {ts.name}: run scripts/update-translations"


@pytest.mark.parametrize("lang", (*LANGUAGES, "en"))
def test_translations_keep_the_placeholders_of_their_source(lang):
    wrong = []
    for context, source, numerus, kind, forms in current(FOLDER / f"agent_console_{lang}.ts"):
        if kind == "unfinished":
            continue
        want = Counter(PLACEHOLDER.findall(source))
        if numerus:
            want["%n"] = 1  # every form says the number
        for form in forms:
            got = Counter(PLACEHOLDER.findall(form))
            if got != want:
                wrong.append(f"[{context}] {source!r} -> {form!r}: {dict(got)} instead of {dict(want)}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("lang", (*LANGUAGES, "en"))
def test_counted_texts_have_every_plural_form(lang):
    problems = []
    for context, source, numerus, kind, forms in current(FOLDER / f"agent_console_{lang}.ts"):
        if "%n" in source and not numerus:
            problems.append(f"[{context}] {source!r} has %n but no plural forms (use self.tr(text, '', n))")
        if numerus and len(forms) != FORMS[lang]:
            problems.append(f"[{context}] {source!r}: {len(forms)} forms, {lang} has {FORMS[lang]}")
    assert not problems, "\n".join(problems)


def test_the_shipped_dispositions_and_away_reasons_are_translated():
    data = tomllib.loads((ROOT / "resources" / "dispositions.toml").read_text(encoding="utf-8"))
    labels, todo = [], list(data["disposition"])
    while todo:
        item = todo.pop()
        labels.append(item["label"])
        todo += item.get("children", [])
    from_config = re.search(r'away_reasons: tuple\[str, \.\.\.\] = \(([^)]*)\)',
                            (ROOT / "console" / "config.py").read_text(encoding="utf-8"))
    reasons = re.findall(r'"([^"]+)"', from_config.group(1))
    assert len(labels) >= 10 and "lunch" in reasons
    for lang in LANGUAGES:
        have = {(c, s): forms[0] for c, s, _, kind, forms in current(FOLDER / f"agent_console_{lang}.ts")
                if kind != "unfinished"}
        missing = [s for s in labels if ("dispositions", s) not in have]
        missing += [r for r in reasons if ("away_reasons", r) not in have]
        assert not missing, f"{lang}: add these to console/listed_words.py and translate them: {missing}"
        assert have[("dispositions", "Wrong number")] != "Wrong number"
