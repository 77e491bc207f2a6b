"""Several listeners on one softphone: the constructor's handler and any number of
`subscribe()`rs all hear what the phone reports; an unsubscribed one hears nothing more.
(A phone that is not running answers every command with a PhoneError event: no SIP needed.)"""
from __future__ import annotations

from cti.events import PhoneError
from cti.settings import AudioSettings, SipSettings
from cti.softphone import Softphone


def test_the_constructor_handler_and_subscribers_all_hear_the_phone():
    first, second, third = [], [], []
    phone = Softphone(SipSettings(), AudioSettings("null", "null"), first.append)
    phone.subscribe(second.append)
    stop_third = phone.subscribe(third.append)
    phone.hangup("c1")
    stop_third()
    phone.hold("c1")
    assert [type(e) for e in first] == [PhoneError, PhoneError]
    assert first == second and first[0] == PhoneError("hangup", "the softphone is not running", "c1")
    assert third == first[:1]
