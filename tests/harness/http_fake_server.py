"""A real HTTP(S) server on 127.0.0.1 (free port, own thread) for the fake CRMs in the tests.

Each fake is a plain object with ``handle(method, path, query, headers, body) -> (status,
answer, headers)``; ``answer`` is JSON-able (or bytes, sent as they are, or an iterator of
bytes, streamed: chunked, or raw when the fake's headers give a Content-Length; streaming stops
when the client hangs up). A fake with a ``requests`` list gets every request appended to it,
as (method, path, query, body).
"""
from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse


class ServerThread:
    def __init__(self, app: Any, ssl_context: Any = None) -> None:
        outer = self
        self.app = app
        self.lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def setup(self) -> None:
                super().setup()  # headers and body go out as two writes: no Nagle delay between them
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def _any(self) -> None:
                url = urlparse(self.path)
                query = parse_qs(url.query)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                with outer.lock:
                    if isinstance(getattr(outer.app, "requests", None), list):
                        outer.app.requests.append((self.command, url.path, query, body))
                    status, answer, headers = outer.app.handle(self.command, url.path, query, self.headers, body)
                if hasattr(answer, "__next__"):
                    return self._stream(status, answer, headers or {})
                data = answer if isinstance(answer, bytes) else json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def _stream(self, status: int, chunks: Any, headers: dict) -> None:
                raw = "Content-Length" in headers
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                if not raw:
                    self.send_header("Transfer-Encoding", "chunked")
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                try:
                    for chunk in chunks:
                        self.wfile.write(chunk if raw else b"%x\r\n%s\r\n" % (len(chunk), chunk))
                        self.wfile.flush()
                    if not raw:
                        self.wfile.write(b"0\r\n\r\n")
                except OSError:  # the client stopped reading: that is what some tests want
                    pass
                finally:
                    self.close_connection = True
                    getattr(chunks, "close", lambda: None)()

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _any

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        if ssl_context is not None:
            self.server.socket = ssl_context.wrap_socket(self.server.socket, server_side=True)
        scheme = "https" if ssl_context is not None else "http"
        self.url = f"{scheme}://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> ServerThread:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()
