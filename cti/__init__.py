"""Telephony without Qt: the pjsua2 softphone, calls, the audio bridge, supervision, presence."""
