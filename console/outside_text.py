"""What may be shown of text from outside (caller names, CRM fields, imported files), on screen
or on a terminal: no control characters, no invisible bidi overrides that reorder the line, and
never longer than a real value. No Qt here, so `agent-console lookup` uses the same rule as the
window (:mod:`console.plain_text` builds the widgets on it).
"""
from __future__ import annotations

import unicodedata

MAX_LINE = 200  # a name, a company, a number line: more is never a real value
MAX_TEXT = 1000  # a task title, a reason, a table cell
MAX_TAB = 40  # a card's tab title

# invisible characters that reorder or hide what follows them on the line (the "Trojan source"
# trick): an RLO before "gnp.exe" shows "exe.png"
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
LINE_BREAKS = set("\n\r\t\v\f\x1c\x1d\x1e\x85\u2028\u2029")


def shown(text: object, limit: int = MAX_LINE, keep_lines: bool = False) -> str:
    """The part of outside text that may be shown: printable, single line unless ``keep_lines``,
    at most ``limit`` characters (cut ones end in "…")."""
    text = "" if text is None else str(text)
    text = text[: limit * 4 + 16]  # nothing below looks at more than can be shown
    if text.isprintable():  # the usual case: no line breaks, controls, bidi overrides (all of
        # them are "not printable" to Python), so nothing to drop or replace
        return text if len(text) <= limit else text[: limit - 1] + "…"
    out = []
    for ch in text:
        if ch in LINE_BREAKS:
            out.append("\n" if keep_lines and ch in "\n\u2028\u2029" else " ")
        elif ch in BIDI_CONTROLS or unicodedata.category(ch) in ("Cc", "Cs"):
            continue
        else:
            out.append(ch)
    clean = "".join(out)
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"
