"""What the tests need to run real parts: console processes, `ctl events` readers, free ports,
HTTP servers, PostgreSQL and a small disk.

tests/conftest.py puts tests/ on ``sys.path``, so a test imports ``from harness.consoles import …``.
Benchmark code (console/bench/) is never imported from here, nor by any test.
"""
