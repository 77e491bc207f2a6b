"""Salesforce's OAuth 2.0 JWT bearer flow and instance_url (issue 15): the console logs in at the
login server with an RS256-signed assertion (checked here with the connected app's certificate key,
as Salesforce does: iss, sub, aud, exp, signature) and then calls the API where the answer's
``instance_url`` says the org lives — not at the configured base_url, which refuses connections."""
from __future__ import annotations

import base64
import json
import socket
import time
from urllib.parse import parse_qs

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from fake_salesforce import CLIENT_ID, FakeSalesforce
from vendor_http import ServerThread, using

from crm_adapters.numbers import normalise
from crm_adapters.protocol import AdapterContext, AdapterError
from crm_adapters.registry import create_adapters

pytestmark = pytest.mark.integration

USERNAME = "agent@acme.example"


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class JwtLoginServer:
    """login.salesforce.com: POST /services/oauth2/token with grant_type jwt-bearer."""

    def __init__(self, public_key, instance: FakeSalesforce) -> None:
        self.public_key, self.instance, self.url, self.requests = public_key, instance, "", []

    def handle(self, method, path, query, headers, body):
        form = parse_qs(body.decode())
        if path != "/services/oauth2/token" or method != "POST":
            return 404, {"error": "not_found"}, {}
        if form.get("grant_type") != ["urn:ietf:params:oauth:grant-type:jwt-bearer"]:
            return 400, {"error": "unsupported_grant_type", "error_description": "grant type not supported"}, {}
        try:
            head, claims, signature = form["assertion"][0].split(".")
            self.public_key.verify(_unb64(signature), f"{head}.{claims}".encode(), padding.PKCS1v15(), hashes.SHA256())
            header, payload = json.loads(_unb64(head)), json.loads(_unb64(claims))
        except Exception:  # noqa: BLE001 - whatever is wrong, Salesforce says the same
            return 400, {"error": "invalid_grant", "error_description": "invalid assertion"}, {}
        if header.get("alg") != "RS256" or payload.get("iss") != CLIENT_ID or payload.get("sub") != USERNAME \
                or payload.get("aud") != self.url or not time.time() < payload.get("exp", 0) <= time.time() + 300:
            return 400, {"error": "invalid_grant", "error_description": "user hasn't approved this consumer"}, {}
        token = f"00Dxx!jwt{len(self.instance.tokens) + 1}"
        self.instance.tokens.add(token)
        return 200, {"access_token": token, "instance_url": self.instance.url, "token_type": "Bearer"}, {}


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


@pytest.fixture
def key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def pem(private_key) -> str:
    return private_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                     serialization.NoEncryption()).decode()


def adapter_for(login_url: str, private_pem: str):
    table = {"type": "salesforce", "auth": "jwt_bearer", "base_url": closed_port_url(), "login_url": login_url,
             "client_id": CLIENT_ID, "username": USERNAME, "retries": 0}
    [(_, adapter)] = create_adapters(["sf"], {"sf": table},
                                     AdapterContext(secret={"salesforce_jwt_key": private_pem}.get))
    assert not hasattr(adapter, "reason"), getattr(adapter, "reason", "")
    return adapter


def test_jwt_login_and_the_api_at_the_instance_url(key):
    instance = FakeSalesforce()
    login = JwtLoginServer(key.public_key(), instance)
    with ServerThread(instance) as api, ServerThread(login) as login_server:
        instance.url, login.url = api.url, login_server.url
        [jan, *_] = using(adapter_for(login.url, pem(key)), lambda a: a.find_customers(normalise("+421905123456")))
    assert jan.name == "Ján Novák"
    assert jan.url.startswith(instance.url + "/lightning/r/Contact/")  # links to the org's own instance
    assert any(p.endswith("/search/") for _m, p, _q, _b in instance.requests)


def test_a_key_the_connected_app_does_not_know_is_refused(key):
    instance = FakeSalesforce()
    login = JwtLoginServer(key.public_key(), instance)
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with ServerThread(instance) as api, ServerThread(login) as login_server:
        instance.url, login.url = api.url, login_server.url
        with pytest.raises(AdapterError) as refused:
            using(adapter_for(login.url, pem(stranger)), lambda a: a.find_customers(normalise("+421905123456")))
    assert "invalid assertion" in refused.value.reason and not refused.value.retryable
    assert pem(stranger).splitlines()[1] not in refused.value.reason
