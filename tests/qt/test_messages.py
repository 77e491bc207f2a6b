"""The translation seam (issue 10, item 7): the cores report a code and parameters, the console
words them through Qt's translation, and every code the cores can raise has its sentence."""
from __future__ import annotations

import ast
import asyncio
import re
import string
from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication, QTranslator

from crm_adapters.http_support import CrmHttp
from crm_adapters.local.import_sources import ImportFileError, read_records
from crm_adapters.outbox import StorageProblem
from crm_adapters.protocol import AdapterContext, AdapterError
from crm_adapters.registry import AdapterProblem, create_adapters
from cti.events import PhoneError
from cti.settings import AudioSettings, SipSettings
from cti.sip_stack import SoftphoneError, make_target_uri
from cti.softphone import Softphone

from console import messages
from console.messages import GENERIC, SENTENCES, sentence, sentence_for

from harness.http_fake_server import ServerThread

REPO = Path(__file__).resolve().parents[2]
CODE = re.compile(r"^[a-z]+\.[a-z0-9_]+$")


def _codes_in_the_cores() -> dict[str, list[tuple[str, int, set[str] | None]]]:
    """Every code cti/ and crm_adapters/ can report, where, and (when the call spells them out)
    the parameter names it sends: ``code="..."`` keywords, ``code = "..."`` class defaults,
    ``code: str = field(default="...")`` fields and the ``*_CODES`` tables."""
    found: dict[str, list[tuple[str, int, set[str] | None]]] = {}

    def add(node: ast.AST, value: object, where: Path, params: set[str] | None = None) -> None:
        if isinstance(value, str) and CODE.match(value):
            found.setdefault(value, []).append((str(where.relative_to(REPO)), node.lineno, params))

    for package in ("cti", "crm_adapters"):
        for path in (REPO / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call):
                    kw = {k.arg: k.value for k in node.keywords}
                    code, params = kw.get("code"), kw.get("params")
                    names = None
                    if isinstance(params, ast.Dict) and all(isinstance(k, ast.Constant) for k in params.keys):
                        names = {k.value for k in params.keys}
                    elif params is None:
                        names = set()
                    for option in ([code.body, code.orelse] if isinstance(code, ast.IfExp) else [code]):
                        if isinstance(option, ast.Constant):
                            add(node, option.value, path, names)
                targets, value = [], None
                if isinstance(node, ast.Assign):
                    targets, value = node.targets, node.value
                elif isinstance(node, ast.AnnAssign):
                    targets, value = [node.target], node.value
                for target in targets:
                    name = getattr(target, "id", getattr(target, "attr", ""))
                    if name == "code" and isinstance(value, ast.Constant):
                        add(node, value.value, path)
                    elif name == "code" and isinstance(value, ast.Call):
                        for k in value.keywords:
                            if k.arg == "default" and isinstance(k.value, ast.Constant):
                                add(node, k.value.value, path)
                    elif name.endswith("_CODES") and isinstance(value, ast.Dict):
                        for v in value.values:
                            if isinstance(v, ast.Constant):
                                add(node, v.value, path)
    return found


CODES = _codes_in_the_cores()


def test_every_code_the_cores_raise_has_a_sentence():
    assert len(CODES) > 100 and {"crm.timeout", "sip.bad_target", "import.is_folder", "storage.disk_full"} <= set(CODES)
    missing = [f"{code} ({places[0][0]}:{places[0][1]})" for code, places in sorted(CODES.items())
               if code not in SENTENCES and code not in GENERIC]
    assert not missing, "codes without a sentence in console/messages.py:\n" + "\n".join(missing)


def test_every_sentence_asks_only_for_parameters_its_raise_sites_send():
    wrong = []
    for code, places in CODES.items():
        wanted = {f for _, f, _, _ in string.Formatter().parse(SENTENCES.get(code, "")) if f} - {"cause"}
        for where, line, sent in places:
            if sent is not None and not wanted <= sent:
                wrong.append(f"{where}:{line} {code} sends {sorted(sent)}, the sentence wants {sorted(wanted)}")
    assert not wrong, "\n".join(wrong)


def _codes_the_console_words() -> set[str]:
    """Codes the console itself reports (its own refusals: keys, coaching, grants …): every string
    constant shaped like a code in console/ outside the sentences themselves."""
    used: set[str] = set()
    for path in (REPO / "console").rglob("*.py"):
        if path.name == "messages.py" and path.parent.name == "console":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and CODE.match(node.value):
                used.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                prefix = str(node.values[0].value)  # f"monitor.{reason}": every code with that prefix is used
                if re.fullmatch(r"[a-z]+\.", prefix):
                    used.update(code for code in SENTENCES if code.startswith(prefix))
    return used


def test_no_sentence_is_left_without_a_code():
    unused = set(SENTENCES) - set(CODES) - _codes_the_console_words()
    assert not unused, f"sentences no code uses (a renamed code?): {sorted(unused)}"


def test_a_crm_that_answers_401_becomes_a_sentence_naming_it():
    class Refusing:
        def handle(self, method, path, query, headers, body):
            return 401, {"error": "no"}, {}

    async def ask(url: str) -> None:
        http = CrmHttp("Pipedrive", base_url=url, timeout_s=5.0)
        try:
            await http.json("GET", "/people")
        finally:
            await http.close()

    with ServerThread(Refusing()) as server, pytest.raises(AdapterError) as failure:
        asyncio.run(ask(server.url))
    assert str(failure.value) == "authentication failed (401) at Pipedrive"  # the log's English stays
    assert failure.value.code == "crm.auth_failed"
    assert sentence(failure.value) == "Pipedrive refused the login. Check the user and the stored secret."


def test_a_folder_given_to_the_import_is_named_in_the_sentence(tmp_path):
    with pytest.raises(ImportFileError) as failure:
        list(read_records(tmp_path))
    assert failure.value.code == "import.is_folder"
    assert sentence(failure.value) == f"{tmp_path} is a folder. Name the CSV or vCard file to import."


def test_a_bad_number_to_dial_and_a_stopped_phone_are_worded_for_the_agent():
    with pytest.raises(SoftphoneError) as failure:
        make_target_uri("0901 23", SipSettings())
    assert str(failure.value).startswith("cannot dial '0901 23'")
    assert sentence(failure.value) == "0901 23 cannot be dialled. Enter a number, user@host or a sip: address."

    told: list[object] = []
    phone = Softphone(SipSettings(), AudioSettings("null", "null"), told.append)  # never started: commands refused
    phone.hangup("c1")
    assert isinstance(told[0], PhoneError) and told[0].reason == "the softphone is not running"
    assert sentence(told[0]) == "The phone is not running. Restart the console."


def test_an_adapter_that_fails_to_start_says_why_in_the_words_of_its_own_problem():
    started = create_adapters(["hubspot"], {"hubspot": {"colour": "red"}}, AdapterContext())
    problem = started[0][1]
    assert isinstance(problem, AdapterProblem) and problem.code == "crm.failed_to_start"
    text = sentence(problem)
    assert text.startswith("The CRM hubspot did not start: [crm.hubspot] has an unknown setting colour.")


def test_the_disk_full_problem_keeps_its_code():
    problem = StorageProblem("The disk is full: ...", "disk_full")
    assert problem.code == "storage.disk_full" and problem.reason == "disk_full"
    assert sentence(problem).startswith("The disk is full: your work could NOT be saved.")


def test_an_unknown_code_or_missing_parameter_falls_back_to_the_english_text():
    assert sentence_for("crm.who_knows", {}, "HTTP 418 from teapot") == "HTTP 418 from teapot"
    assert sentence_for("crm.timeout", {}, "teapot did not answer within 2 s") == "teapot did not answer within 2 s"
    assert sentence(AdapterError("plain reason")) == "plain reason"  # a third-party adapter's error, no code
    shown = sentence(ValueError("x\x1b[31m" + "y" * 5000))  # outside text: no control characters, clipped
    assert shown.startswith("x") and "\x1b" not in shown and len(shown) <= 200


def test_parameters_from_outside_are_shown_as_plain_short_text():
    text = sentence_for("crm.crm_error", {"service": "Odoo", "detail": "boom\n\x1b[2J" + "z" * 5000}, "odoo error")
    assert "\x1b" not in text and "\n" not in text and len(text) < 300


class Slovak(QTranslator):
    """A translator as a .qm file would be, for the "messages" context."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 (Qt's name)
        if context == "messages" and source == SENTENCES["crm.timeout"]:
            return "{service} neodpovedal včas. Karta ukazuje, čo je zatiaľ známe."
        if context == "messages" and source == SENTENCES["import.no_usable_phone"]:
            return f"Riadok {{line}}: {'žiadne číslo' if n == 1 else 'žiadne z čísel'} ({n})"
        return ""


def test_sentences_go_through_the_installed_translation(qapp):
    translator = Slovak()
    QCoreApplication.installTranslator(translator)
    try:
        failure = AdapterError("hubspot did not answer within 1.5 s", code="crm.timeout",
                               params={"service": "HubSpot", "seconds": 1.5})
        assert sentence(failure) == "HubSpot neodpovedal včas. Karta ukazuje, čo je zatiaľ známe."
        one = sentence_for("import.no_usable_phone", {"line": 7, "count": 1}, "")
        three = sentence_for("import.no_usable_phone", {"line": 7, "count": 3}, "")
        assert (one, three) == ("Riadok 7: žiadne číslo (1)", "Riadok 7: žiadne z čísel (3)")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert sentence(failure).startswith("HubSpot did not answer in time")


def test_lupdate_finds_every_sentence():
    """Qt Linguist's lupdate reads QT_TRANSLATE_NOOP("messages", "...") literally: a sentence
    built any other way would never reach the translators."""
    source = Path(messages.__file__).read_text(encoding="utf-8")
    marked = len(re.findall(r'_tr\("messages", ', source))
    # a sentence with plural forms is marked by self.tr(text, "", n) in messages.messages instead
    plural = sum(source.count(f'self.tr("{SENTENCES[code]}", "", n)') for code in messages.COUNTS)
    assert marked + plural == len(SENTENCES)
