"""The customer card as plain text, for `agent-console lookup` and logs-free terminals."""
from __future__ import annotations

from datetime import datetime, timezone

from crm_adapters.vocabulary import CustomerCard, SourceState


def card_as_text(card: CustomerCard) -> str:
    n = card.number
    lines: list[str] = []
    if card.customer is None:
        lines.append(f"No match for {n.international or n.e164}" + (f" ({n.region}, {n.line_type})" if n.region else ""))
    else:
        c = card.customer
        badge = " [VIP]" if c.is_vip else (f" [{c.segment.value}]" if c.segment.value != "standard" else "")
        lines.append(f"{c.name}{badge}")
        if c.company:
            lines.append(f"  Company:  {c.company}")
        lines.append(f"  Number:   {n.international}  ({n.region}, {n.line_type.replace('_', ' ')})")
        if c.language:
            lines.append(f"  Language: {c.language}")
        if c.value is not None:
            lines.append(f"  Value:    {c.value:,.0f} {c.currency}".rstrip())
        if c.email:
            lines.append(f"  E-mail:   {c.email}")
        if c.url:
            lines.append(f"  Record:   {c.url}")
        now = datetime.now(timezone.utc)
        lines.append("  Open tasks:" if card.open_tasks else "  Open tasks: none")
        for t in card.open_tasks:
            due = t.due.replace(tzinfo=t.due.tzinfo or timezone.utc) if t.due else None
            flag = "OVERDUE " if due and due < now and not t.done else ""
            when = f" (due {due.astimezone():%Y-%m-%d %H:%M})" if due else ""
            lines.append(f"    - {flag}{t.title}{when} [{t.source}]")
        lines.append("  Last interactions:" if card.history else "  Last interactions: none")
        for h in card.history[:6]:
            lines.append(f"    - {h.when.astimezone():%Y-%m-%d} {h.kind}: {h.summary} [{h.source}]")
    bad = [s for s in card.sources.values() if s.state == SourceState.UNAVAILABLE]
    for s in bad:
        lines.append(f"  ! {s.source} unavailable: {s.reason}")
    return "\n".join(lines)
