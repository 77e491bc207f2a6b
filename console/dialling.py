"""One way to dial, for the dial box, "Call back" in My tasks, `ctl dial` and `agent-console dial`.

A number as people write it ("0905 123 456", "+421 905 123 456", "tel:+421905123456") becomes
one SIP address: through the registrar when there is one, else to ``[sip] dial_domain``. A
``sip:`` address, user@host or host:port is dialled as it is; a colleague's id or name (from the
team directory, when the team runs) becomes the colleague's address. Whatever cannot be dialled
becomes a sentence that says why and what to fix: shown in the window's status bar and sent as
a ``call.failed`` event, never a silent nothing and never a traceback.

:func:`dial_address` is plain Python (no Qt); :class:`Dialling` wires it to the running console.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from crm_adapters.numbers import normalise
from crm_adapters.privacy import mask_number

log = logging.getLogger(__name__)

MAX_TARGET_CHARS = 256  # nothing longer is a number or an address anyone dials
SHOW_FOR_MS = 12000  # how long the status bar keeps the sentence

_NUMBER_LIKE = re.compile(r"\+?[\d\s().\-/]+")  # "0905 123 456", "+421 (905) 123-456"
_SHORT_CODE = re.compile(r"[0-9*#]{1,15}")  # an extension or a PBX feature code: "101", "*97"
_SIP_URI = re.compile(r"sips?:[^\s<>\"\\]+", re.IGNORECASE)
_USER_AT_HOST = re.compile(r"[\w.+\-*#]+@[A-Za-z0-9_.\-]+(:\d{1,5})?|[\w.+\-*#]+@\[[0-9A-Fa-f:.]+\](:\d{1,5})?")
_IPV4 = re.compile(r"\d{1,3}(\.\d{1,3}){3}(:\d{1,5})?")
_HOST_PORT = re.compile(r"[A-Za-z0-9_\-]+(\.[A-Za-z0-9_\-]+)+(:\d{1,5})?|[A-Za-z0-9_.\-]+:\d{1,5}")


class CannotDial(Exception):
    """``str()`` is the sentence in English (logs, `ctl`, the call.failed event); ``code`` names the
    reason for programs; ``words`` and ``params`` are the sentence of console/messages.py that
    :meth:`said` shows the agent in their language."""

    def __init__(self, sentence: str, code: str, words: str = "", **params: object) -> None:
        super().__init__(sentence)
        self.code = code
        self.words, self.params = words, params  # (no words: the sentence is the agent's already)

    def said(self) -> str:
        from console.messages import sentence_for

        return sentence_for(self.words, self.params, str(self)) if self.words else str(self)


def _folded(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def _shown(text: str, limit: int = 40) -> str:
    text = "".join(c if c.isprintable() else "?" for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def dial_address(target: str, *, registrar_host: str = "", dial_domain: str = "", region: str = "SK",
                 colleagues: Iterable[Any] = ()) -> str:
    """What the agent typed -> the SIP address to call; raises :class:`CannotDial` with the sentence."""
    text = (target or "").strip()
    if not text:
        raise CannotDial("Type a number or a SIP address to call.", "dial.empty", "dial.empty")
    if len(text) > MAX_TARGET_CHARS or not text.isprintable():
        raise CannotDial("That is not a number or a SIP address: type a phone number like 0905 123 456, or "
                         "sip:name@host.", "dial.bad_target", "dial.not_a_target")
    lowered = text.lower()
    if lowered.startswith("tel:"):  # tel:+421905123456;phone-context=… -> the number
        text = text[4:].split(";", 1)[0].strip()
        if not _NUMBER_LIKE.fullmatch(text):
            raise CannotDial(f"\"{_shown(target)}\" is not a phone number: a tel: link must hold one, like "
                             "tel:+421905123456.", "dial.bad_number", "dial.bad_tel", target=_shown(target))
    elif lowered.startswith(("sip:", "sips:")):
        if not _SIP_URI.fullmatch(text):
            raise CannotDial(f"\"{_shown(target)}\" is not a SIP address: remove spaces, quotes and < >, like "
                             "sip:jana@pbx.example.com.", "dial.bad_target", "dial.bad_sip", target=_shown(target))
        return text
    elif "@" in text:
        if not _USER_AT_HOST.fullmatch(text):
            raise CannotDial(f"\"{_shown(target)}\" is not a SIP address: write it as name@host, like "
                             "jana@pbx.example.com.", "dial.bad_target", "dial.bad_user_at_host",
                             target=_shown(target))
        return "sip:" + text
    if _IPV4.fullmatch(text):
        return "sip:" + text  # a desk phone's address: a direct IP call
    if _NUMBER_LIKE.fullmatch(text) or _SHORT_CODE.fullmatch(text):
        return _number_address(text, target, registrar_host, dial_domain, region)
    colleague = _colleague(text, colleagues)
    if colleague is not None:
        return colleague
    if _HOST_PORT.fullmatch(text):
        return "sip:" + text  # a desk phone's host[:port]: a direct IP call
    raise CannotDial(f"\"{_shown(target)}\" cannot be dialled: type a phone number like 0905 123 456, a SIP "
                     "address like sip:jana@host, or a colleague's name.", "dial.bad_target", "dial.cannot_dial",
                     target=_shown(target))


def _number_address(text: str, target: str, registrar_host: str, dial_domain: str, region: str) -> str:
    digits = re.sub(r"\D", "", text)
    if _SHORT_CODE.fullmatch(text) and len(digits) <= 6 and not text.startswith("0"):
        user = text  # an extension or a feature code: only a PBX knows it
    else:
        number = normalise(text, region)
        if not number.e164:
            raise CannotDial(f"\"{_shown(target)}\" is not a valid phone number: check the digits, or write it "
                             "with its country code, like +421 905 123 456.", "dial.bad_number", "dial.bad_number",
                             target=_shown(target))
        user = number.e164
    host = registrar_host or dial_domain
    if host:
        return f"sip:{user}@{host}"
    raise CannotDial("Numbers cannot be dialled: this console has no PBX. Set [sip] registrar or [sip] "
                     "dial_domain in the configuration file, or dial a SIP address like sip:name@host.",
                     "dial.no_route", "dial.no_route")


def _colleague(text: str, colleagues: Iterable[Any]) -> str | None:
    people = list(colleagues)
    wanted = _folded(text)
    found = [c for c in people if _folded(c.id) == wanted] or [c for c in people if _folded(c.name) == wanted]
    if not found:
        return None
    if len(found) > 1:
        names = ", ".join(_shown(c.name) for c in found[:5])
        raise CannotDial(f"More than one colleague is called \"{_shown(text)}\" ({names}): type their id.",
                         "dial.ambiguous", "dial.ambiguous", name=_shown(text), names=names)
    person = found[0]
    if not person.sip_uri:
        raise CannotDial(f"{_shown(person.name)}'s console has not said where to reach it: ask them to restart "
                         "their console, or dial their number.", "dial.no_address", "dial.no_address",
                         name=_shown(person.name))
    if getattr(person, "state", "") == "offline":
        raise CannotDial(f"{_shown(person.name)} is offline: call them later or dial their number.",
                         "dial.offline", "dial.offline", name=_shown(person.name))
    return person.sip_uri


class Dialling:
    """The running console's dialler: one per console (:meth:`of`)."""

    def __init__(self, app) -> None:  # app: console.app.ConsoleApp (not imported: no cycle)
        self.app = app

    @classmethod
    def of(cls, app) -> Dialling:
        dialling = getattr(app, "dialling", None)
        if not isinstance(dialling, cls):
            dialling = cls(app)
            app.dialling = dialling
        return dialling

    def _colleagues(self) -> tuple:
        team = getattr(self.app, "team", None)
        team = getattr(team, "link", team)
        if team is None:
            team = next((f.link for f in getattr(self.app, "installed", ())
                         if hasattr(getattr(f, "link", None), "directory")), None)
        try:
            return tuple(team.directory()) if team is not None else ()
        except Exception:  # noqa: BLE001 - the team store being away only means no colleagues to match
            log.warning("the team directory could not be read for dialling", exc_info=True)
            return ()

    def address(self, target: str) -> str:
        from cti.sip_stack import registrar_host

        config = self.app.config
        return dial_address(target, registrar_host=registrar_host(config.sip) if config.sip.registrar else "",
                            dial_domain=getattr(config, "dial_domain", ""), region=config.default_region,
                            colleagues=self._colleagues())

    def dial(self, target: str, source: str = "dial") -> str:
        """Dial ``target``; the new call's id. Raises :class:`CannotDial` after saying why on screen
        and in a ``call.failed`` event."""
        from console.messages import sentence, sentence_for

        try:
            uri = self.address(target)
            phone = self.app.desk.phone
            if phone is None:
                problem = getattr(self.app, "phone_problem", "") or ""
                raise CannotDial(sentence_for("sip.not_running", {}, "The phone is not running. Restart the "
                                              "console.") + (f" ({_shown(str(problem), 120)})" if problem else ""),
                                 "sip.not_running")
            try:
                call_id = phone.dial(uri)
            except Exception as exc:  # noqa: BLE001 - a SoftphoneError (with its code) or worse: said, not raised
                raise CannotDial(sentence(exc), str(getattr(exc, "code", "") or "sip.problem")) from None
        except CannotDial as problem:
            self._failed(target, source, problem)
            raise
        log.info("dialling %s (from the %s)", mask_number(uri), source)
        return call_id

    def try_dial(self, target: str, source: str = "dial") -> str | None:
        """As :meth:`dial`, for buttons: the call's id, or None once the problem is on screen."""
        try:
            return self.dial(target, source)
        except CannotDial:
            return None

    def _failed(self, target: str, source: str, problem: CannotDial) -> None:
        from console.model.events import CallFailed

        log.info("cannot dial %s (from the %s): %s", mask_number(target), source, problem.code)
        window = getattr(self.app, "window", None)
        if window is not None:
            window.statusBar().showMessage(problem.said(), SHOW_FOR_MS)
        self.app.bridge.post(CallFailed(call_id="", target=_shown(target, 80), source=source,
                                        code=problem.code, reason=str(problem)))

