"""`agent-console doctor`: SIP, audio, CRM and database checks, each with a verdict."""
from __future__ import annotations

import json
import os
import tempfile
import time
from dataclasses import dataclass

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


def register(subparsers) -> None:
    p = subparsers.add_parser("doctor", help="SIP, audio, CRM and database checks, each with a verdict")
    p.add_argument("--json", action="store_true")
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


def _check_phone(config: Config) -> list[Verdict]:
    try:
        from cti.diagnostics import check_audio, check_sip
    except ImportError as exc:
        return [Verdict("sip", "softphone", False, f"not installed: {exc}")]
    verdicts = []
    for area, checks in (("sip", check_sip(config.sip)), ("audio", check_audio(config.audio))):
        verdicts.extend(Verdict(area, c.name, c.ok, c.detail) for c in checks)
    return verdicts


def _check_team_secret() -> Verdict:
    """Supervision signs its requests with the team secret: without it nobody can supervise this
    console (every request is refused) and it cannot supervise others (a warning, not a failure)."""
    from console.secrets import get_secret
    from console.supervision_secret import NO_SECRET_HELP, SECRET_NAME

    if get_secret(SECRET_NAME):
        return Verdict("team", "team secret", True, "found in keyring/environment")
    return Verdict("team", "team secret", True, NO_SECRET_HELP, warning=True)


def run(args, config: Config) -> int:
    verdicts = [Verdict("config", "file", True, str(config.path) if config.path else "none found; using defaults")]
    verdicts.append(_check_data_dir(config))
    verdicts.extend(_check_crm(config))
    verdicts.extend(_check_phone(config))
    if os.environ.get("AGENT_CONSOLE_SECRET_SIP") is None and config.sip.registrar:
        from console.secrets import get_secret

        ok = bool(get_secret("sip"))
        verdicts.append(Verdict("sip", "password", ok, "found in keyring/environment" if ok else
                                "no SIP password: store it in the keyring (agent-console / sip) or AGENT_CONSOLE_SECRET_SIP"))
    verdicts.append(_check_team_secret())
    if args.json:
        print(json.dumps([dict(v.__dict__, verdict=v.verdict) for v in verdicts], ensure_ascii=False, indent=2))
    else:
        for v in verdicts:
            print(f"{v.verdict:<4}  {v.area:<9} {v.name:<22} {v.detail}")
    return 0 if all(v.ok for v in verdicts) else 1  # a warning alone is not a failure
