"""`agent-console bench …`: speed and memory measurements, JSON out.

One module a sub-command (startup, answer, screenpop) and what they measure against (the slow
REST CRM in slow_crm.py). Only `console/commands/bench.py` reaches in here, and only once a
bench sub-command runs: the desktop console never imports this package.
"""
