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


class SecretNotKept(Exception):
    """The OS keyring could not keep a secret; the message says what to do instead."""


def set_secret(name: str, value: str) -> None:
    """Keep a secret in the OS keyring (never in a file). Raises SecretNotKept with a sentence
    naming the environment variable to use when this system has no working keyring."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            if value:
                keyring.set_password(SERVICE, name, value)
                if keyring.get_password(SERVICE, name) == value:
                    return
                reason = "it did not keep the secret"  # e.g. keyring's "null" backend accepts and forgets
                raise SecretNotKept(_not_kept(name, reason))
            else:
                try:
                    keyring.delete_password(SERVICE, name)
                except keyring.errors.PasswordDeleteError:
                    pass
            return
        except KeyringError as exc:
            reason = type(exc).__name__
    except SecretNotKept:
        log.warning("the keyring did not keep secret %r", name)
        raise
    except Exception as exc:  # a broken keyring backend must not stop the console
        reason = type(exc).__name__
    log.warning("the keyring could not keep secret %r (%s)", name, reason)
    raise SecretNotKept(_not_kept(name, reason))


def _not_kept(name: str, reason: str) -> str:
    return (f"this system has no working keyring ({reason}), so the secret was not saved; set "
            f"{env_name(name)} in the environment instead (it is never written to the config file)")
