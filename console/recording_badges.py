"""On the call, unmistakable: "● Recording" in red or "Not recorded", ON HOLD in a bar of its
own, and the button that starts or stops the recording where the site lets the agent decide.
Placed in the call panel by :mod:`console.recording`; it shows the call book and keeps nothing."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from console.languages import follow_language


class RecordingBadges(QWidget):
    """On the call: "● Recording" (red) or "Not recorded", "ON HOLD" (amber) while held, and
    the button that starts or stops the recording where the policy lets the agent decide."""

    def __init__(self, feature: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feature = feature
        self.book = feature.api.book
        self.policy = feature.settings.policy
        self.recorded = QLabel("")
        self.recorded.setObjectName("recordingBadge")
        self.held = QLabel()
        self.held.setObjectName("holdBadge")
        self.held.setStyleSheet("background: #f0a000; color: black; font-weight: bold; padding: 3px 8px;")
        self.button = QPushButton()
        self.button.setObjectName("record")
        self.button.clicked.connect(feature.toggle)
        self.button.setVisible(self.policy == "agent_decides")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.recorded)
        row.addWidget(self.held)
        row.addStretch(1)
        row.addWidget(self.button)
        for signal in (self.book.added, self.book.changed, self.book.removed, self.book.current_changed):
            signal.connect(self.refresh)
        follow_language(self, self.retranslate)

    def retranslate(self) -> None:
        self.held.setText(self.tr("⏸ ON HOLD — the customer cannot hear you"))
        self.button.setAccessibleName(self.tr("Start or stop recording this call"))
        self.button.setText(self.tr("Start recording"))
        self.refresh()

    def refresh(self, *_: object) -> None:
        call = self.book.get(self.book.current)
        live = call is not None and call.live and call.state in ("connected", "held")
        self.setVisible(live)
        if not live:
            return
        if call.recording:
            self.recorded.setText(self.tr("● Recording"))
            self.recorded.setStyleSheet("background: #c62828; color: white; font-weight: bold; padding: 3px 8px;")
        else:
            self.recorded.setText(self.tr("Not recorded (this site does not record calls)") if self.policy == "never"
                                  else self.tr("Not recorded"))
            self.recorded.setStyleSheet("color: palette(mid); padding: 3px 8px;")
        self.recorded.setAccessibleName(self.recorded.text())
        self.held.setVisible(call.state == "held")
        self.button.setText(self.tr("Stop recording") if call.recording else self.tr("Start recording"))
