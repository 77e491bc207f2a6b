"""The lead's board offers Listen / Whisper / Barge for a colleague's live call (a trainee's
only Listen, an agent's nothing), and the choice reaches the supervision feature as
(agent id, mode). Offscreen Qt, no processes."""
from __future__ import annotations

from crm_adapters.store.team.model import AgentEntry, LiveCall, TeamView

from console.team_board import TeamBoard

T = 1_760_000_000.0


def view() -> TeamView:
    return TeamView(agents=(AgentEntry("jana", "Jana Nováková", "agent", "on_call", since=T - 60, call_id="c1"),
                            AgentEntry("ivan", "Ivan Petrov", "agent", "ready", since=T - 60)),
                    calls=(LiveCall("c1", "jana", "inbound", "connected", T - 60, "Peter Horváth", "+421905123456"),),
                    taken_at=T)


def board(qtbot, role: str) -> TeamBoard:
    b = TeamBoard(role)
    qtbot.addWidget(b)
    b.show_view(view())
    return b


def test_a_lead_gets_listen_whisper_and_barge_for_a_live_call_and_the_choice_is_passed_on(qtbot):
    lead = board(qtbot, "lead")
    menu = lead.monitor_menu("jana")
    assert [a.text() for a in menu.actions()] == ["Listen", "Whisper", "Barge in"]
    assert lead.monitor_menu("ivan") is None  # no call: nothing to join
    with qtbot.waitSignal(lead.monitor_requested) as asked:
        menu.actions()[1].trigger()
    assert asked.args == ["jana", "whisper"]


def test_a_trainee_gets_only_listen_and_an_agent_nothing(qtbot):
    assert [a.text() for a in board(qtbot, "trainee").monitor_menu("jana").actions()] == ["Listen"]
    assert board(qtbot, "agent").monitor_menu("jana") is None
