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
