"""Logging to a rotating file in the platform's log directory, with customer data masked.

Code is expected to mask numbers itself; the filter here is the safety net that keeps anything
that looks like a phone number or an e-mail out of the file even when someone forgets.
"""
from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from crm_adapters.privacy import scrub


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log that only its user can read: each file (and each rotation) is created
    0600 whatever the umask, and one left readable by an older version is closed on open."""

    def _open(self):  # noqa: ANN202 - as in logging.FileHandler
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        if os.name != "nt" and os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, 0o600)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)


class CustomerDataFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not lose the record
            message = str(record.msg)
        record.msg, record.args = scrub(message), None
        return True


def setup_logging(log_dir: Path, level: int = logging.INFO, to_stderr: bool = False) -> Path | None:
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_agent_console", False):
            root.removeHandler(handler)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    path: Path | None = log_dir / "console.log"
    try:
        log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler: logging.Handler = PrivateRotatingFileHandler(
            path, maxBytes=5_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        path, handler = None, logging.StreamHandler()
    handlers = [handler]
    if to_stderr and path is not None:
        handlers.append(logging.StreamHandler())
    for h in handlers:
        h.setFormatter(fmt)
        h.addFilter(CustomerDataFilter())
        h._agent_console = True  # type: ignore[attr-defined]
        root.addHandler(h)
    # httpx logs every request URL at INFO, numbers included; our own traces are masked
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path
