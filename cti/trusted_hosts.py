"""Which hosts may tell us who is calling.

P-Asserted-Identity and Remote-Party-ID are only as true as the host that sent them: a PBX
sets them for the customers it carries, but anyone who reaches the SIP port can write them
too. So they are believed only from the registrar (the PBX) and the hosts the site lists in
`[sip] trusted_hosts` (IP addresses, CIDR networks or host names).

Host names are resolved once, when the phone starts, and never on the SIP thread (a DNS
lookup there would stall every call). Everything here is plain values: the SIP thread only
asks `TrustedHosts.trusts(address)`, which never blocks.
"""
from __future__ import annotations

import ipaddress
import logging
import re
import socket
from dataclasses import dataclass
from typing import Callable, Iterable

log = logging.getLogger(__name__)

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Lookup = Callable[[str], list[str]]
MAX_ENTRIES = 256


@dataclass(frozen=True)
class TrustedHosts:
    """An immutable set of trusted networks; a lone address is a /32 or /128 network."""

    networks: tuple[Network, ...] = ()

    def trusts(self, source: str) -> bool:
        """True if the address ("ip:port", "[v6]:port" or a bare IP) is in a trusted network."""
        ip = parse_ip(source_host(source))
        return ip is not None and any(ip in net for net in self.networks if net.version == ip.version)

    def __add__(self, other: "TrustedHosts") -> "TrustedHosts":
        return TrustedHosts(tuple(dict.fromkeys(self.networks + other.networks)))


NOBODY = TrustedHosts()


def source_host(source: str) -> str:
    """The host of "1.2.3.4:5060", "[::1]:5060", "::1", "pbx.example:5060" (no brackets, no port)."""
    text = (source or "").strip()[:300]
    if text.startswith("["):
        return text[1:].split("]", 1)[0]
    if text.count(":") == 1:
        return text.split(":", 1)[0]
    return text  # a bare host, or a bare IPv6 address


def parse_ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """An IP address (an IPv4-mapped IPv6 address counts as the IPv4 one); None if not an IP."""
    try:
        ip = ipaddress.ip_address((text or "").split("%", 1)[0])
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


def registrar_address(registrar: str) -> str:
    """The host of a registrar setting: "pbx:5060", "sip:pbx;transport=tcp", "sip:u@[::1]:5060"."""
    text = re.sub(r"^\s*sips?:", "", registrar or "", flags=re.I)
    text = text.split(";", 1)[0].split("?", 1)[0].rsplit("@", 1)[-1].strip()
    return source_host(text)


def split_entries(entries: Iterable[str]) -> tuple[list[Network], list[str], list[str]]:
    """(networks, host names to resolve, entries that are neither) — no DNS here."""
    networks: list[Network] = []
    names: list[str] = []
    bad: list[str] = []
    for raw in list(entries)[:MAX_ENTRIES]:
        entry = str(raw).strip()
        if not entry:
            continue
        host = entry if "/" in entry else source_host(entry)
        try:
            net = ipaddress.ip_network(host.strip("[]"), strict=False)
        except ValueError:
            net = None
        if net is not None:
            if isinstance(net, ipaddress.IPv6Network) and net.network_address.ipv4_mapped is not None \
                    and net.prefixlen >= 96:
                net = ipaddress.ip_network(f"{net.network_address.ipv4_mapped}/{net.prefixlen - 96}")
            networks.append(net)
        elif re.fullmatch(r"[A-Za-z0-9](?:[A-Za-z0-9\-.]{0,251}[A-Za-z0-9])?", host):
            names.append(host)
        else:
            bad.append(entry[:80])
    return networks, names, bad


def system_lookup(name: str) -> list[str]:
    """Every address the system resolver gives for a host name."""
    return sorted({info[4][0] for info in socket.getaddrinfo(name, None)})


def resolve_names(names: Iterable[str], lookup: Lookup = system_lookup) -> TrustedHosts:
    """Resolve host names once; a name that does not resolve is logged and trusts nobody."""
    networks: list[Network] = []
    for name in names:
        try:
            addresses = lookup(name)
        except (OSError, UnicodeError, ValueError) as exc:
            log.warning("trusted host %r could not be resolved (%s): caller identity it sends "
                        "will not be believed", name, exc)
            continue
        for address in addresses:
            ip = parse_ip(address)
            if ip is not None:
                networks.append(ipaddress.ip_network(ip))
    return TrustedHosts(tuple(networks))


def configured_hosts(registrar: str, trusted_hosts: Iterable[str]) -> tuple[TrustedHosts, list[str]]:
    """The literal part of the trust set at once, and the host names still to resolve."""
    entries = [registrar_address(registrar)] if (registrar or "").strip() else []
    entries += [str(e) for e in (trusted_hosts or ())]
    networks, names, bad = split_entries(entries)
    for entry in bad:
        log.warning("trusted host %r is not an IP address, a network or a host name; ignored", entry)
    return TrustedHosts(tuple(networks)), names


def mask_host(source: str) -> str:
    """An address fit for logs: "203.0.113.*", "2001:db8:1:*"; names keep their domain only."""
    host = source_host(source)
    ip = parse_ip(host)
    if isinstance(ip, ipaddress.IPv4Address):
        return ".".join(str(ip).split(".")[:3]) + ".*"
    if ip is not None:
        return ":".join(ip.exploded.split(":")[:3]) + ":*"
    if not host:
        return "unknown host"
    parts = re.sub(r"[^A-Za-z0-9.\-]", "", host).split(".")
    return "*." + ".".join(parts[-2:]) if len(parts) > 2 else "*"
