"""Proven supervision roles (cti.supervision.grants with header.check_header): with the team
admin's public key configured, a request's role is believed only when the admin's grant proves
it and the person the grant names signed the request. Everyone in these tests holds the team
secret, as every agent's console does: the secret alone must no longer make anyone a lead."""
from __future__ import annotations

import base64

import pytest

from cti.legs import MonitorMode
from cti.supervision import grants
from cti.supervision.header import MAX_LENGTH, check_header, make_header

SECRET = b"team-secret-0123456789"  # every console holds it
NOW = 1_800_000_000.0
ADMIN = grants.new_private_key()
ADMIN_PUB = grants.public_key_of(ADMIN)
PETRA = grants.new_private_key()  # the team lead's own key
PETRA_PUB = grants.public_key_of(PETRA)
KAREL = grants.new_private_key()  # an agent with the team secret and a key of his own
EVA = grants.new_private_key()  # a trainee


def grant(person="petra", role="lead", key=PETRA_PUB, issued=NOW - 86400, expires=NOW + 86400, admin=ADMIN):
    return grants.make_grant(admin, person, role, key, issued, expires)


LEAD_GRANT = grant()


def header(mode="listen", sup="petra", role="lead", nonce="n-1", grant_token=LEAD_GRANT, person_key=PETRA,
           call="c1", exp=NOW + 60):
    return make_header(SECRET, mode, call, sup, role, exp, nonce, grant=grant_token, person_key=person_key)


def check(text, revoked=None, roles_key=ADMIN_PUB, now=NOW):
    roles = grants.RoleCheck(roles_key, revoked) if roles_key is not None else None
    return check_header(text, SECRET, now, {}, {"c1"}, roles=roles)


def fields_of(text: str) -> dict[str, str]:
    return dict(p.split("=", 1) for p in text.split(";"))


def joined(fields: dict[str, str]) -> str:
    return ";".join(f"{k}={v}" for k, v in fields.items())


def test_the_lead_with_her_grant_is_let_in_in_every_mode():
    for n, mode in enumerate(("listen", "whisper", "barge")):
        verdict = check(header(mode=mode, nonce=f"n-{n}"))
        assert verdict.ok, verdict
        assert (verdict.supervisor, verdict.role, verdict.mode) == ("petra", "lead", MonitorMode(mode))


def test_an_agent_who_claims_to_be_a_lead_with_only_the_team_secret_is_refused():
    forged_own = make_header(SECRET, "barge", "c1", "karel", "lead", NOW + 60, "n-1")
    forged_as_lead = make_header(SECRET, "barge", "c1", "petra", "lead", NOW + 60, "n-2")
    for text in (forged_own, forged_as_lead):
        verdict = check(text)
        assert not verdict.ok and verdict.reason == "no_grant" and verdict.code == "monitor.no_grant"
        assert check(text, roles_key=None).ok  # what every console did before: the claim was believed


def test_a_grant_the_agent_made_himself_is_refused():
    own_admin = grants.new_private_key()  # "my own admin key", as anyone can make one
    made_up = grant(person="karel", key=grants.public_key_of(KAREL), admin=own_admin)
    verdict = check(header(sup="karel", grant_token=made_up, person_key=KAREL))
    assert verdict.reason == "bad_grant" and verdict.code == "monitor.bad_grant"


def test_a_grant_with_a_forged_signature_is_refused():
    payload, _sig = LEAD_GRANT.split(".")
    random_sig = base64.urlsafe_b64encode(bytes(64)).decode().rstrip("=")
    verdict = check(header(grant_token=f"{payload}.{random_sig}"))
    assert verdict.reason == "bad_grant"


def test_a_grant_whose_role_was_edited_is_refused():
    trainee = grant(person="karel", role="trainee", key=grants.public_key_of(KAREL))
    payload, sig = trainee.split(".")
    text = base64.urlsafe_b64decode(payload + "==").decode().replace("\ntrainee\n", "\nlead\n")
    edited = base64.urlsafe_b64encode(text.encode()).decode().rstrip("=") + "." + sig
    verdict = check(header(sup="karel", grant_token=edited, person_key=KAREL))
    assert verdict.reason == "bad_grant"


def test_a_trainee_grant_does_not_make_a_lead():
    eva = grant(person="eva", role="trainee", key=grants.public_key_of(EVA))
    verdict = check(header(mode="listen", sup="eva", role="lead", grant_token=eva, person_key=EVA))
    assert verdict.reason == "role_not_granted" and verdict.code == "monitor.role_not_granted"
    assert check(header(mode="listen", sup="eva", role="trainee", grant_token=eva, person_key=EVA)).ok
    # and a proven trainee still may only listen
    assert check(header(mode="whisper", sup="eva", role="trainee", grant_token=eva, person_key=EVA,
                        nonce="n-3")).reason == "role_not_allowed"


def test_an_expired_grant_is_refused():
    old = grant(issued=NOW - 10 * 86400, expires=NOW - 1)
    verdict = check(header(grant_token=old))
    assert verdict.reason == "grant_expired" and verdict.code == "monitor.grant_expired"


def test_a_grant_for_someone_else_is_refused():
    # karel copies petra's grant off the network and asks in his own name
    verdict = check(header(sup="karel", grant_token=LEAD_GRANT, person_key=KAREL))
    assert verdict.reason == "not_this_person" and verdict.code == "monitor.not_this_person"


def test_the_leads_grant_signed_by_someone_elses_key_is_refused():
    # karel copies petra's grant and asks in petra's name, signing with his own key
    verdict = check(header(sup="petra", grant_token=LEAD_GRANT, person_key=KAREL))
    assert verdict.reason == "not_this_person"


def test_the_persons_signature_covers_every_field_even_against_holders_of_the_team_secret():
    good = header(mode="listen")
    assert check(good).ok
    for field, value in (("mode", "barge"), ("call", "c2"), ("exp", str(int(NOW + 61))), ("nonce", "n-9")):
        parts = fields_of(good)
        parts[field] = value
        parts.pop("sig"), parts.pop("grant"), parts.pop("psig")
        # karel re-signs the team HMAC (he has the secret) but cannot re-sign petra's part
        resigned = make_header(SECRET, parts["mode"], parts["call"], parts["sup"], parts["role"], float(parts["exp"]),
                               parts["nonce"])
        forged = resigned + f";grant={fields_of(good)['grant']};psig={fields_of(good)['psig']}"
        verdict = check_header(forged, SECRET, NOW, {}, {"c1", "c2"}, roles=grants.RoleCheck(ADMIN_PUB))
        assert verdict.reason == "not_this_person", (field, verdict)


def test_the_team_hmac_is_still_required():
    parts = fields_of(header())
    parts["sig"] = "A" * 43
    assert check(joined(parts)).reason == "bad_signature"
    other_team = make_header(b"another team", "listen", "c1", "petra", "lead", NOW + 60, "n-1",
                             grant=LEAD_GRANT, person_key=PETRA)
    assert check(other_team).reason == "bad_signature"


def test_a_revoked_grant_is_refused_and_a_new_grant_after_the_revocation_works():
    revoked = {"petra": int(NOW - 3600)}  # revoked an hour ago; LEAD_GRANT was issued a day ago
    verdict = check(header(), revoked=revoked)
    assert verdict.reason == "grant_revoked" and verdict.code == "monitor.grant_revoked"
    fresh = grant(issued=NOW - 60)
    assert check(header(grant_token=fresh), revoked=revoked).ok
    assert check(header(), revoked={"someone else": int(NOW)}).ok


def test_revocations_count_only_when_the_admin_signed_them():
    sig = grants.revocation_signature(ADMIN, "petra", 1234)
    assert grants.revocation_valid(ADMIN_PUB, "petra", 1234, sig)
    assert not grants.revocation_valid(ADMIN_PUB, "petra", 1235, sig)
    assert not grants.revocation_valid(ADMIN_PUB, "eva", 1234, sig)
    assert not grants.revocation_valid(ADMIN_PUB, "petra", 1234,
                                       grants.revocation_signature(grants.new_private_key(), "petra", 1234))


@pytest.mark.parametrize("edit", [
    lambda t: t + "x" * MAX_LENGTH,  # oversized
    lambda t: t.replace(";psig=", ";psig=x"),  # a signature of the wrong length
    lambda t: t.split(";psig=")[0],  # a grant without the person's signature
    lambda t: t.replace("grant=", "grant=a;b"),
    lambda t: t.replace("grant=", "grant=\u00e9"),
    lambda t: t + ";grant=" + LEAD_GRANT,  # twice
])
def test_unreadable_proofs_are_malformed(edit):
    assert check(edit(header())).reason == "malformed"


@pytest.mark.parametrize("token", [
    "", "x", "a.b", "." * 200, "A" * 500 + "." + "B" * 86, LEAD_GRANT.split(".")[0] + ".", LEAD_GRANT + "x",
    base64.urlsafe_b64encode(b"agent-console-grant/v1\npetra\nlead").decode().rstrip("=") + "." + "A" * 86,
    base64.urlsafe_b64encode(b"\xff\xfe" * 40).decode().rstrip("=") + "." + "A" * 86,
])
def test_grant_tokens_that_cannot_be_read_are_bad_grants(token):
    with pytest.raises(grants.GrantError) as err:
        grants.read_grant(token, ADMIN_PUB)
    assert err.value.reason == "bad_grant"
    if token and "." in token and len(token) < 400:
        parts = fields_of(header())
        assert check(joined(parts | {"grant": token})).reason in ("bad_grant", "malformed")


def test_a_roles_key_that_is_not_a_key_refuses_everyone():
    verdict = check(header(), roles_key="x" * 43)
    assert not verdict.ok and verdict.reason in ("bad_grant",)
    assert not grants.RoleCheck("not a key").usable


def test_the_longest_proven_request_fits_the_header_limit():
    long_id = "p" * 64
    key = grants.new_private_key()
    token = grants.make_grant(ADMIN, long_id, "trainee", grants.public_key_of(key), NOW, NOW + 366 * 86400)
    text = make_header(SECRET, "whisper", "c" * 64, long_id, "trainee", NOW + 60, "n" * 64, grant=token,
                       person_key=key)
    assert len(text) <= MAX_LENGTH
    verdict = check_header(text, SECRET, NOW, {}, {"c" * 64}, roles=grants.RoleCheck(ADMIN_PUB))
    assert verdict.reason == "role_not_allowed" and verdict.role == "trainee"  # read in full, role proven


def test_a_console_without_a_roles_key_still_takes_proven_requests():
    assert check(header(), roles_key=None).ok


def test_grants_cannot_be_made_for_bad_fields():
    with pytest.raises(grants.GrantError):
        grant(person="pe tra")
    with pytest.raises(grants.GrantError):
        grant(role="agent")
    with pytest.raises(grants.GrantError):
        grant(key="short")
    with pytest.raises(grants.GrantError):
        grant(issued=NOW, expires=NOW)
    with pytest.raises(ValueError):
        make_header(SECRET, "listen", "c1", "petra", "lead", NOW + 60, grant=LEAD_GRANT)  # no key to sign with
