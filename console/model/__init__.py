"""What the console knows, held once: the calls (:mod:`.calls`) and the agent (:mod:`.agent_state`).

Widgets, `ctl` and after-call work read these; none keeps its own copy.
"""
