"""Logs must not carry customer phone numbers or e-mail addresses in clear text."""
from __future__ import annotations

import logging

from console.logs import scrub, setup_logging


def test_scrub_masks_numbers_in_the_ways_people_write_them():
    for raw in ["+421905123456", "0905 123 456", "+44 (0) 20 7946 0958", "8 (916) 123-45-67", "00421 2 1234 5678"]:
        text = scrub(f"call from {raw} answered")
        assert raw not in text
        digits = "".join(ch for ch in raw if ch.isdigit())
        assert digits not in "".join(ch for ch in text if ch.isdigit())


def test_scrub_masks_numbers_inside_urls():
    text = scrub('GET http://crm.local/customers?phone=%2B421905123456&x=1 "HTTP/1.1 200 OK"')
    assert "421905123456" not in text and "905123456" not in text
    assert "+421*******56" in text and "HTTP/1.1 200 OK" in text


def test_http_client_request_lines_stay_out_of_the_log(tmp_path):
    path = setup_logging(tmp_path)
    logging.getLogger("httpx").info("HTTP Request: GET http://crm/customers?phone=%2B420602123456")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "602123456" not in path.read_text(encoding="utf-8")


def test_scrub_keeps_ordinary_text_and_small_numbers():
    assert scrub("call 42 lasted 125 s, code 486") == "call 42 lasted 125 s, code 486"
    assert scrub("mail jan.kovac@example.sk") == "mail <email>"


def test_the_log_file_gets_the_masked_text(tmp_path):
    path = setup_logging(tmp_path)
    logging.getLogger("test").warning("lookup for %s failed", "+420 602 123 456")
    for handler in logging.getLogger().handlers:
        handler.flush()
    content = path.read_text(encoding="utf-8")
    assert "lookup for" in content and "602 123 456" not in content and "602123456" not in content


ADDRESSES = ["10.0.0.1", "192.168.100.200", "255.255.255.255", "127.0.0.1:5070", "10.20.30.40:5061",
             "[2001:db8::1]:5070", "fe80::1234:5678:9abc", "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
             "::ffff:192.168.1.10", "[::1]:5060"]
NUMBERS = ["+421905123456", "0905 123 456", "0905-123-456", "0905.123.456", "+421.905.123.456",
           "02.1234.5678", "+44 (0) 20 7946 0958", "8 (916) 123-45-67", "00421 2 1234 5678", "%2B420602123456"]


def test_ip_addresses_stay_readable_while_numbers_next_to_them_are_masked():
    for address in ADDRESSES:
        for number in NUMBERS:
            line = f"INVITE from {number} via {address}, then {address}."
            text = scrub(line)
            assert text.count(address) == 2, (line, text)
            digits = "".join(ch for ch in number if ch.isdigit())
            rest = text.replace(address, " ")
            assert digits[-7:] not in "".join(ch for ch in rest if ch.isdigit()), (line, text)


def test_a_sip_uri_keeps_its_host_and_masks_its_number():
    assert scrub("sip:+421905123456@10.0.0.1:5060;transport=tls") == "sip:+421*******56@10.0.0.1:5060;transport=tls"
    assert scrub("registered at 192.168.1.20:5060 as 1001") == "registered at 192.168.1.20:5060 as 1001"


def test_things_that_only_look_like_addresses_are_still_masked():
    for raw in ["905.123.456.789", "1.2.3.4.5.6.7.8", "421.905.123.45"]:
        digits = "".join(ch for ch in raw if ch.isdigit())
        assert digits not in "".join(ch for ch in scrub(f"call {raw} now") if ch.isdigit()), raw
