"""`agent-console doctor`: SIP, audio, CRM and database checks, each with a verdict."""
from __future__ import annotations

import json
import os
import tempfile
import time
from dataclasses import dataclass, replace

from console.config import Config


@dataclass
class Verdict:
    area: str
    name: str
    ok: bool
    detail: str
    warning: bool = False  # works, but the user will want to act (an empty CRM)

    @property
    def verdict(self) -> str:
        return "FAIL" if not self.ok else "WARN" if self.warning else "OK"


AREAS = ("database", "crm", "sip", "audio", "team")


def register(subparsers) -> None:
    p = subparsers.add_parser("doctor", help="SIP, audio, CRM and database checks, each with a verdict")
    p.add_argument("--json", action="store_true")
    p.add_argument("--only", action="append", choices=AREAS, metavar="AREA",
                   help=f"check only this part ({', '.join(AREAS)}); may be given more than once")
    p.add_argument("--play-tone", action="store_true",
                   help="also play a test tone on the speaker and measure the microphone (the settings' audio Test)")
    p.set_defaults(func=run)


def _check_data_dir(config: Config) -> Verdict:
    try:
        config.data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=config.data_dir):
            pass
        return Verdict("database", "data folder", True, f"{config.data_dir} is writable")
    except OSError as exc:
        return Verdict("database", "data folder", False, f"{config.data_dir}: {exc.strerror or exc}")


def _check_crm(config: Config) -> list[Verdict]:
    from console.crm_setup import build_crm

    verdicts = []
    try:
        crm = build_crm(config)
    except Exception as exc:
        return [Verdict("crm", "adapters", False, f"could not start: {exc}")]
    try:
        for name, problem in crm.problems.items():
            verdicts.append(Verdict("crm", name, False, problem))
        for name, adapter in crm.adapters:
            from crm_adapters.numbers import normalise

            number = normalise("+421 2 0000 0000", config.default_region)
            t0 = time.perf_counter()
            try:
                crm.runtime.submit(adapter.find_customers(number)).result(timeout=config.crm.timeout_ms / 1000)
                verdicts.append(Verdict("crm", name, True, f"answered a test lookup in {(time.perf_counter() - t0) * 1000:.0f} ms"))
            except Exception as exc:
                verdicts.append(Verdict("crm", name, False, f"test lookup failed: {type(exc).__name__}: {exc}"[:300]))
                continue
            verdicts.extend(_check_local_customers(name, adapter))
    finally:
        crm.close()
    return verdicts


def _check_local_customers(name: str, adapter: object) -> list[Verdict]:
    """A local CRM without customers answers every lookup with "unknown caller": say so."""
    from crm_adapters.local.adapter import LocalCrmAdapter
    from crm_adapters.local.database import customer_count

    if not isinstance(adapter, LocalCrmAdapter):
        return []
    try:
        count = customer_count(adapter.db)
    except Exception as exc:
        return [Verdict("crm", f"{name} customers", False, f"cannot count customers: {type(exc).__name__}: {exc}"[:300])]
    if count == 0:
        return [Verdict("crm", f"{name} customers", True, "the local CRM is empty, so no caller will be recognised; "
                        "import your customers with: agent-console crm import FILE (CSV or vCard)", warning=True)]
    return [Verdict("crm", f"{name} customers", True, f"{count:,} customer{'' if count == 1 else 's'} to recognise")]


def _check_phone(config: Config, areas: tuple[str, ...] = ("sip", "audio"), tone: bool = False) -> list[Verdict]:
    try:
        from cti.diagnostics import check_audio, check_sip, play_test_tone
    except ImportError as exc:
        return [Verdict("sip", "softphone", False, f"not installed: {exc}")]
    from console.secrets import get_secret

    sip = replace(config.sip, password=get_secret("sip") or "") if config.sip.user else config.sip
    verdicts = []
    for area in areas:
        checks = check_sip(sip) if area == "sip" else check_audio(config.audio)
        if area == "audio" and tone and all(c.ok for c in checks):
            checks += play_test_tone(config.audio)
        verdicts.extend(Verdict(area, c.name, c.ok, c.detail) for c in checks)
    return verdicts


def _check_team_store(config: Config) -> Verdict | None:
    """The team store a console shares with its colleagues: can this workstation reach it?"""
    if not config.team_url:
        return None
    kind = "PostgreSQL" if config.team_url.startswith("postgres") else "SQLite"
    try:
        from crm_adapters.store.team.store import TeamStore

        store = TeamStore(config.team_url, config.data_dir)
        try:
            count = len(store.directory())
        finally:
            store.close()
    except Exception as exc:  # noqa: BLE001 - every failure is a verdict the user reads
        reason = " ".join(str(getattr(exc, "orig", None) or exc).split())[:240]
        return Verdict("team", "team store", False, f"cannot open the team store ({kind}): {type(exc).__name__}: "
                       f"{reason}; check [team] url and that the server is running")
    return Verdict("team", "team store", True, f"connected ({kind}); {count} colleague{'' if count == 1 else 's'} known")


def _check_team_secret() -> Verdict:
    """Supervision signs its requests with the team secret: without it nobody can supervise this
    console (every request is refused) and it cannot supervise others (a warning, not a failure)."""
    from console.secrets import get_secret
    from console.supervision_secret import NO_SECRET_HELP, SECRET_NAME

    if get_secret(SECRET_NAME):
        return Verdict("team", "team secret", True, "found in keyring/environment")
    return Verdict("team", "team secret", True, NO_SECRET_HELP, warning=True)


def _check_roles_key(config: Config) -> Verdict:
    """Without [supervision] roles_key a supervisor's role is believed as claimed (a warning)."""
    from console.supervision_secret import ROLES_NOT_PROVEN_HELP

    key = config.supervision.roles_key
    if not key:
        return Verdict("team", "supervision roles", True, ROLES_NOT_PROVEN_HELP, warning=True)
    from console.supervision_secret import role_check

    if not role_check(key).usable:
        return Verdict("team", "supervision roles", False, "[supervision] roles_key is not an Ed25519 public key: "
                       "every supervision request is refused; set it to what supervision admin-keygen printed")
    return Verdict("team", "supervision roles", True, "proven by grants signed with the team admin's key")


def _check_pbx_strategy(config: Config) -> Verdict:
    """[supervision] strategy = "pbx": where the codes go, and what they dial for this console's
    own extension (a bad code never gets here: the config refuses it, naming the line)."""
    from cti.supervision.pbx_codes import PbxCodeError, dial_uri, pbx_domain

    from console.messages import sentence

    codes, sip = config.supervision.pbx, config.sip
    try:
        domain = pbx_domain(sip.registrar, sip.domain)
        dialled = [f"{mode} {dial_uri(codes, mode, sip.user or config.agent.id, domain, config.agent.id)}"
                   for mode in ("listen", "whisper", "barge") if codes.offers(mode)]
    except PbxCodeError as exc:
        return Verdict("team", "supervision by PBX", False, sentence(exc))
    keys = ", ".join(f"{mode} {k}" for mode, k in codes.switch_keys.items()) or "none (no switching mid-session)"
    return Verdict("team", "supervision by PBX", True, f"for this console's extension: {'; '.join(dialled)}; "
                   f"switch keys: {keys}. The PBX checks no roles: allow these codes only to leads and trainees "
                   "in its dialplan")


def run(args, config: Config) -> int:
    areas = tuple(args.only or AREAS)
    verdicts = [Verdict("config", "file", True, str(config.path) if config.path else "none found; using defaults")]
    if "database" in areas:
        verdicts.append(_check_data_dir(config))
    if "crm" in areas:
        verdicts.extend(_check_crm(config))
    if "sip" in areas or "audio" in areas:
        verdicts.extend(_check_phone(config, tuple(a for a in ("sip", "audio") if a in areas), args.play_tone))
    if "team" in areas and (team := _check_team_store(config)) is not None:
        verdicts.append(team)
    if "sip" in areas and os.environ.get("AGENT_CONSOLE_SECRET_SIP") is None and config.sip.registrar:
        from console.secrets import get_secret

        ok = bool(get_secret("sip"))
        verdicts.append(Verdict("sip", "password", ok, "found in keyring/environment" if ok else
                                "no SIP password: store it in the keyring (agent-console / sip) or AGENT_CONSOLE_SECRET_SIP"))
    if "team" in areas:
        verdicts.append(_check_team_secret())
        verdicts.append(_check_roles_key(config))
        if config.supervision.strategy == "pbx":
            verdicts.append(_check_pbx_strategy(config))
    if args.json:
        print(json.dumps([dict(v.__dict__, verdict=v.verdict) for v in verdicts], ensure_ascii=False, indent=2))
    else:
        for v in verdicts:
            print(f"{v.verdict:<4}  {v.area:<9} {v.name:<22} {v.detail}")
    return 0 if all(v.ok for v in verdicts) else 1  # a warning alone is not a failure
