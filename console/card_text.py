"""The customer card as plain text, for `agent-console lookup` and logs-free terminals."""
from __future__ import annotations

from datetime import datetime, timezone

from crm_adapters.answer_checks import terminal_text
from crm_adapters.vocabulary import CustomerCard, SourceState

from console.format import date, date_time, money
from console.outside_text import shown

MAX_FIELD = 2000


def _t(value: object) -> str:
    """A CRM field for the terminal: whole escape sequences dropped first (they recolour the
    terminal or set its title, and no "[31m" may be left behind), then the window's rule."""
    return shown(terminal_text(str(value if value is not None else "")[: MAX_FIELD * 2]), MAX_FIELD)


def card_as_text(card: CustomerCard) -> str:
    n = card.number
    lines: list[str] = []
    if card.customer is None:
        lines.append(f"No match for {_t(n.international or n.e164)}" + (f" ({n.region}, {n.line_type})" if n.region else ""))
    else:
        c = card.customer
        badge = " [VIP]" if c.is_vip else (f" [{c.segment.value}]" if c.segment.value != "standard" else "")
        lines.append(f"{_t(c.name)}{badge}")
        if c.company:
            lines.append(f"  Company:  {_t(c.company)}")
        lines.append(f"  Number:   {n.international}  ({n.region}, {n.line_type.replace('_', ' ')})")
        if c.language:
            lines.append(f"  Language: {_t(c.language)}")
        if c.value is not None:
            lines.append(f"  Value:    {money(c.value, _t(c.currency))}")
        if c.email:
            lines.append(f"  E-mail:   {_t(c.email)}")
        if c.notes.strip():
            lines.append(f"  Notes:    {_t(' '.join(c.notes.split()))}")
        if c.url:
            lines.append(f"  Record:   {_t(c.url)}")
        now = datetime.now(timezone.utc)
        lines.append("  Open tasks:" if card.open_tasks else "  Open tasks: none")
        for t in card.open_tasks:
            due = t.due.replace(tzinfo=t.due.tzinfo or timezone.utc) if t.due else None
            flag = "OVERDUE " if due and due < now and not t.done else ""
            when = f" (due {date_time(due)})" if due else ""
            lines.append(f"    - {flag}{_t(t.title)}{when} [{_t(t.source)}]")
        lines.append("  Last interactions:" if card.history else "  Last interactions: none")
        for h in card.history[:6]:
            lines.append(f"    - {date(h.when)} {_t(h.kind)}: {_t(h.summary)} [{_t(h.source)}]")
    bad = [s for s in card.sources.values() if s.state == SourceState.UNAVAILABLE]
    for s in bad:
        lines.append(f"  ! {_t(s.source)} unavailable: {_t(s.reason)}")
    return "\n".join(lines)
