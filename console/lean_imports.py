"""Libraries that load optional extras just because they happen to be installed.

httpx imports its command-line tool (click and rich, 70 modules) when both are present, and
mako (through Alembic's migrations) imports pygments for HTML tracebacks. The console uses
neither; on a developer's or CI's machine they are installed by the test tools, and a running
console would carry them (about 3 MB of memory). Both libraries fall back cleanly when the
import fails, which a ``None`` in ``sys.modules`` makes it do.
"""
from __future__ import annotations

import sys

NOT_NEEDED = ("httpx._main", "mako.ext.pygmentplugin")


def skip_unused_extras() -> None:
    for name in NOT_NEEDED:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]
