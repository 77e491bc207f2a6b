"""The agent sends the customer on to a colleague (blind transfer): the supervised call is gone
from this console, so the supervisor's monitoring leg is hung up (never a leg to nothing)
and the session is reported ended."""
from __future__ import annotations

from monitor_calls import customer_calls, monitor, signed


def test_a_blind_transfer_ends_the_supervision(parties, tmp_path):
    agent = parties.agent()
    colleague = parties.supervisor(sip={"auto_answer_s": 0})
    sup = parties.supervisor()
    customer, call = customer_calls(agent, str(tmp_path / "cust.wav"))
    sup_call = monitor(sup, agent, signed("listen", call))
    agent.wait("MonitorStarted")
    sup.wait("CallAnswered", call_id=sup_call)

    agent.send(f"transfer {call} 127.0.0.1:{colleague.port}")
    assert agent.wait("CallTransferred", call_id=call, timeout=15)["ok"] is True
    colleague.wait("CallAnswered", timeout=10)  # the customer reached the colleague
    ended = agent.wait("MonitorEnded", timeout=10)
    assert ended["reason"] == "customer call ended" and ended["target_call"] == call
    sup.wait("CallEnded", call_id=sup_call)
    customer.proc.terminate()
    assert customer.finish() == 0
