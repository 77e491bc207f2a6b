"""One rule for every CRM adapter's ``[crm.NAME]`` table: it may name a secret, never hold one.

Secrets live in the OS keyring (service ``KEYRING_SERVICE``) or in an environment variable
``AGENT_CONSOLE_SECRET_<NAME>``; the registry refuses a table that holds a secret's value,
whatever adapter it is for, with a sentence saying where to put it instead.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

KEYRING_SERVICE = "agent-console"  # where console.secrets looks (after AGENT_CONSOLE_SECRET_<NAME>)
_SECRET_WORD = re.compile(r"(?:^|_)(?:token|password|passwd|pwd|pass|secret|api_?key|apikey|access_key|secret_key|"
                          r"private_key|client_secret|credentials?|authorization|cookie|bearer)$|^key$")
_NAME_OF = re.compile(r"(?:^|_)(?:token|password|key|client_secret|client_id|username|user|login|email)$")


def is_secret_key(key: str) -> bool:
    """True for a settings key that would hold a secret's value (``token``, ``api_key``,
    ``client_secret``); False for one that names a secret kept elsewhere (``token_secret``)."""
    k = re.sub(r"[^a-z0-9]+", "_", str(key).lower()).strip("_")
    if k.endswith("_secret") and _NAME_OF.search(k[: -len("_secret")]):
        return False
    return bool(_SECRET_WORD.search(k))


def secret_env_name(name: str) -> str:
    return "AGENT_CONSOLE_SECRET_" + re.sub(r"[^A-Za-z0-9]", "_", name).upper()


def secret_in_table(adapter: str, table: Mapping[str, Any], kind: str = "") -> str | None:
    """Why this ``[crm.NAME]`` table is refused when it holds a secret's value, else None.
    Secrets live in the keyring or the environment, never in the config file; every adapter
    (rest, vendors, third-party ones through the registry) is checked with this one rule."""
    def keys(data: Mapping[str, Any], prefix: str = ""):
        for key, value in data.items():
            yield prefix + str(key), str(key)
            if isinstance(value, Mapping):
                yield from keys(value, f"{prefix}{key}.")

    for where, key in keys(table):
        if not is_secret_key(key):
            continue
        base = re.sub(r"[^a-z0-9]+", "_", key.lower()).strip("_")
        stored = f"{adapter}_{base}"
        put = (f"name it in the template's [auth] section (token_secret, key_secret or password_secret = "
               f"\"{stored}\")" if kind == "rest"
               else f"write only its name here: {base}_secret = \"{stored}\"")
        return (f"[crm.{adapter}] {where}: secrets must not be in the config file. Store it in the keyring "
                f"(service \"{KEYRING_SERVICE}\", name \"{stored}\") or in the environment variable "
                f"{secret_env_name(stored)}, and {put}.")
    return None
