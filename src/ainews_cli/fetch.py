"""Fetching an http(s) URL for `ainews ingest URL`: one GET with a timeout, a polite
User-Agent and a size cap.  The only module that opens network connections.

The standard library's urllib does the work: it follows redirects, honours the
usual proxy variables (https_proxy, no_proxy) and verifies TLS certificates with the
system's store, and it adds no dependency.  (trafilatura's own fetcher, on urllib3,
would bring its own User-Agent and retry policy and swallow the reason a fetch
failed, which the one-line error must name.)
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass

from ainews_cli import __version__
from ainews_cli.errors import InputError

USER_AGENT = (f"ainews/{__version__} (news timelines from the command line; "
              f"Python-urllib/{sys.version_info.major}.{sys.version_info.minor})")
ACCEPT = ("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
          "application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5")
FIX = "check the address or your connection"
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Fetched:
    url: str  # where the content came from, after redirects
    data: bytes  # the body, decompressed
    content_type: str  # the media type in lower case without parameters ("" when the server sent none)
    charset: str | None  # the charset parameter of Content-Type, if any


def is_url(value: str) -> bool:
    return value[:8].lower().startswith(("http://", "https://"))


def fetch(url: str, *, timeout: float, max_bytes: int) -> Fetched:
    """The body of ``url``; an InputError that says why when it cannot be had."""
    import http.client
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip, identity"})
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise _too_big(url, max_bytes)
            chunks: list[bytes] = []
            size = 0
            while chunk := response.read(_CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise _too_big(url, max_bytes)
                if time.monotonic() > deadline:  # a server that trickles: the timeout is for the whole fetch
                    raise InputError(url, f"cannot be fetched (not complete within {timeout:g} s)",
                                     f"{FIX}, or raise AINEWS_FETCH_TIMEOUT")
                chunks.append(chunk)
            data = b"".join(chunks)
            encoding = (response.headers.get("Content-Encoding") or "identity").strip().lower()
            final_url = response.geturl()
            content_type = response.headers.get_content_type() if response.headers.get("Content-Type") else ""
            charset = response.headers.get_content_charset()
    except InputError:
        raise
    except urllib.error.HTTPError as error:
        raise InputError(url, f"cannot be fetched (HTTP {error.code} {error.reason})", FIX) from error
    except urllib.error.URLError as error:
        raise _failed(url, error.reason, timeout) from error
    except (OSError, ValueError, http.client.HTTPException) as error:  # a read timeout, a reset, a bad URL
        raise _failed(url, error, timeout) from error
    if encoding == "gzip":
        data = _gunzip(url, data, max_bytes)
    elif encoding not in ("identity", ""):
        raise InputError(url, f"cannot be read (the server sent it {encoding}-compressed)",
                         "save the page from a browser and ingest the file")
    return Fetched(final_url, data, content_type, charset)


def _failed(url: str, reason: object, timeout: float) -> InputError:
    fix = f"{FIX}, or raise AINEWS_FETCH_TIMEOUT" if isinstance(reason, TimeoutError) else FIX
    return InputError(url, f"cannot be fetched ({_reason(reason, timeout)})", fix)


def _reason(reason: object, timeout: float) -> str:
    import http.client
    import socket
    import ssl

    if isinstance(reason, socket.gaierror):
        return "the host name cannot be resolved: no such host, or no network"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, TimeoutError):
        return f"no answer within {timeout:g} s"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"its TLS certificate is not valid: {reason.verify_message}"
    if isinstance(reason, ssl.SSLError):
        return f"TLS error: {reason.reason or reason}"
    if isinstance(reason, ConnectionResetError):
        return "the server closed the connection"
    if isinstance(reason, http.client.HTTPException):
        return f"the server's answer is not valid HTTP ({type(reason).__name__})"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror.lower()
    return str(reason) or type(reason).__name__


def _too_big(url: str, max_bytes: int) -> InputError:
    return InputError(url, f"is over the {max_bytes // 1_000_000} MB limit", "save the part you need as a file")


def _gunzip(url: str, data: bytes, max_bytes: int) -> bytes:
    import zlib

    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as error:
        raise InputError(url, "cannot be read (its gzip compression is broken)", FIX) from error
    if len(out) > max_bytes:
        raise _too_big(url, max_bytes)
    return out
