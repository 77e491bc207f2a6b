"""Console processes for the tests: start one with its own folders and socket, wait until its
`ctl` answers, stop it; and a free port for its phone.

The process handling itself is console/process.py (one copy, shared with `agent-console bench`).
"""
from __future__ import annotations

from console.commands.demo import free_udp_port
from console.process import console_status, start_console_process, stop_console, wait_for_ctl

__all__ = ["console_status", "free_udp_port", "start_console_process", "stop_console", "wait_for_ctl"]
