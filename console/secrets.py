"""Secrets (SIP password, CRM tokens, team secret) come from the environment or the OS keyring.

Environment first (``AGENT_CONSOLE_SECRET_<NAME>``, e.g. ``AGENT_CONSOLE_SECRET_SIP``) so that
kiosks, CI and containers work without a keyring; then the keyring service ``agent-console``.
"""
from __future__ import annotations

import logging
import os
import re

log = logging.getLogger(__name__)
SERVICE = "agent-console"


def env_name(name: str) -> str:
    return "AGENT_CONSOLE_SECRET_" + re.sub(r"[^A-Za-z0-9]", "_", name).upper()


def get_secret(name: str) -> str | None:
    value = os.environ.get(env_name(name))
    if value:
        return value
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(SERVICE, name)
        except KeyringError as exc:
            log.info("no keyring available for secret %r (%s)", name, type(exc).__name__)
    except Exception as exc:  # a broken keyring backend must not stop the console
        log.warning("keyring failed for secret %r: %s", name, type(exc).__name__)
    return None
