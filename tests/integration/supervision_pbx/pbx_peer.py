"""Test-only stand-in for the PBX's supervision feature (Asterisk's ChanSpy): a pjsua2 phone
registered at Kamailio as ``pbx`` that answers every call and says what it saw.

argv[1] is JSON: {"port": SIP port, "registrar": "127.0.0.1:PORT", "password": "..."}.
stdout: lines "EV {json}": ``ready`` (registered), ``invite`` (request_uri, user: the Request-URI
and its user part, to, call), ``answered``, ``dtmf`` (call, digit: each RFC 2833 digit received),
``ended`` (call, status). stdin: "stop" (or its end) stops it.
"""
from __future__ import annotations

import json
import os
import re
import select
import sys
import time

import pjsua2 as pj

_calls: dict[int, pj.Call] = {}  # pjsua2 drops a call it has no Python reference to


def emit(kind: str, **fields) -> None:
    sys.stdout.write("EV " + json.dumps({"type": kind, "ts": time.time(), **fields}) + "\n")
    sys.stdout.flush()


class SpyCall(pj.Call):
    def onCallState(self, prm) -> None:  # noqa: N802 (pjsua2's names)
        try:
            info = self.getInfo()
            if info.state == pj.PJSIP_INV_STATE_CONFIRMED:
                emit("answered", call=info.id)
            elif info.state == pj.PJSIP_INV_STATE_DISCONNECTED:
                emit("ended", call=info.id, status=int(info.lastStatusCode))
                _calls.pop(info.id, None)
        except Exception as exc:  # noqa: BLE001 - nothing may escape a pjsua2 callback
            emit("error", where="state", reason=str(exc))

    def onDtmfDigit(self, prm) -> None:  # noqa: N802
        try:
            emit("dtmf", call=self.getId(), digit=str(prm.digit))
        except Exception as exc:  # noqa: BLE001
            emit("error", where="dtmf", reason=str(exc))


class Pbx(pj.Account):
    def onRegState(self, prm) -> None:  # noqa: N802
        try:
            emit("registration", code=int(prm.code))
        except Exception as exc:  # noqa: BLE001
            emit("error", where="registration", reason=str(exc))

    def onIncomingCall(self, prm) -> None:  # noqa: N802
        try:
            msg = str(prm.rdata.wholeMsg)
            first = msg.split("\r\n", 1)[0]  # INVITE sip:*222101@127.0.0.1:5060 SIP/2.0
            ruri = first.split(" ")[1] if first.count(" ") >= 2 else ""
            to = re.search(r"^(?:To|t):\s*(.*)$", msg, re.MULTILINE | re.IGNORECASE)
            user = re.sub(r"^sips?:", "", ruri).split("@")[0]
            call = SpyCall(self, prm.callId)
            _calls[prm.callId] = call
            emit("invite", call=prm.callId, request_uri=ruri, user=user, to=to.group(1).strip() if to else "")
            op = pj.CallOpParam()
            op.statusCode = 200
            call.answer(op)
        except Exception as exc:  # noqa: BLE001
            emit("error", where="incoming", reason=str(exc))


def main() -> int:
    cfg = json.loads(sys.argv[1])
    ep = pj.Endpoint()
    saved = os.dup(1)
    os.dup2(2, 1)  # libCreate prints to stdout: keep ours for events
    ep.libCreate()
    os.dup2(saved, 1)
    ec = pj.EpConfig()
    ec.uaConfig.threadCnt = 0
    ec.uaConfig.mainThreadOnly = True
    ec.logConfig.level = 1
    ec.logConfig.consoleLevel = 1
    ec.medConfig.sndAutoCloseTime = -1
    ep.libInit(ec)
    ep.audDevManager().setNullDev()
    tc = pj.TransportConfig()
    tc.port = cfg["port"]
    tc.boundAddress = tc.publicAddress = "127.0.0.1"
    ep.transportCreate(pj.PJSIP_TRANSPORT_UDP, tc)
    ep.libStart()
    ac = pj.AccountConfig()
    ac.idUri = "sip:pbx@127.0.0.1"
    ac.regConfig.registrarUri = f"sip:{cfg['registrar']}"
    ac.sipConfig.proxies.append(f"sip:{cfg['registrar']};lr")
    ac.sipConfig.authCreds.append(pj.AuthCredInfo("digest", "*", "pbx", 0, cfg["password"]))
    mt = ac.mediaConfig.transportConfig
    mt.port, mt.portRange = 40000 + cfg["port"] % 2000 * 8, 8
    mt.boundAddress = mt.publicAddress = "127.0.0.1"
    ac.natConfig.sdpNatRewriteUse = ac.natConfig.contactRewriteUse = ac.natConfig.viaRewriteUse = 0
    account = Pbx()
    account.create(ac)
    account.setDefault()  # (a Request-URI like *222101 names no account: this one takes it)
    ready = False
    try:
        while True:
            ep.libHandleEvents(20)
            if not ready and account.getInfo().regIsActive:
                ready = True
                emit("ready", port=cfg["port"])
            if select.select([sys.stdin], [], [], 0)[0]:
                line = sys.stdin.readline()
                if not line or line.strip() == "stop":
                    break
    finally:
        ep.hangupAllCalls()
        for _ in range(20):
            ep.libHandleEvents(20)
        _calls.clear()
        account.shutdown()
        del account
        ep.libDestroy()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
