"""Live-call supervision: a supervisor's console calls the agent's console with a signed
request (header.py); the agent's console checks it and runs the monitoring session on its
conference bridge (session.py); the supervisor's side dials and switches modes
(supervisor.py). Plain Python apart from the softphone underneath; no Qt.
"""
