package org.redflag.crawler.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses hosts that resolve to loopback, private (RFC 1918, IPv6 unique-local), link-local, carrier-grade NAT,
 * wildcard or multicast addresses, so a public crawl cannot be pointed at internal services. The verdict per host
 * is cached for the life of the guard (one crawl run).
 */
public final class AddressGuard {
    private final Map<String, Optional<String>> verdicts = new ConcurrentHashMap<>();

    /** Why the host is refused, or empty when every address it resolves to is public. */
    public Optional<String> refusal(String host) {
        return verdicts.computeIfAbsent(host, AddressGuard::judge);
    }

    private static Optional<String> judge(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (isPrivate(address)) {
                    return Optional.of(host + " resolves to the non-public address " + address.getHostAddress()
                            + "; set allow_private_addresses: true in the source to crawl it");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.empty(); // the fetch itself reports the unknown host
        }
    }

    /** Whether an address is loopback, private, link-local, CGNAT, wildcard or multicast. */
    public static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // fc00::/7 unique local
        }
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64 // 100.64.0.0/10
                || (b[0] & 0xff) == 0;
    }
}
