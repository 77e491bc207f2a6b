import os
import sys

if os.name != "nt":
    os.umask(0o077)  # helper processes too: whatever they write (recordings, WAVs) is private

if getattr(sys, "frozen", False) and len(sys.argv) > 2 and sys.argv[1] == "-m":
    # In the desktop bundle sys.executable is the console itself; the console starts helper
    # processes (simulated customer, SIP diagnostics) as `sys.executable -m MODULE …`.
    import runpy

    module = sys.argv[2]
    sys.argv = [module, *sys.argv[3:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
    raise SystemExit(0)

from console.cli import main  # noqa: E402

raise SystemExit(main())
