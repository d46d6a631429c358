package org.redflag.crawler.url;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns any link into one canonical spelling, so that the same page is fetched once and the same ad gets one id:
 * lower-case scheme and host (IDN to punycode), default port dropped, dot segments resolved, empty path as
 * {@code /}, fragment dropped, percent-encoding normalised, tracking and session parameters dropped
 * ({@code utm_*}, {@code gclid}, {@code fbclid}, {@code jsessionid}, ...), remaining query parameters sorted.
 *
 * <p>Thread-safe and stateless.
 */
public final class UrlNormalizer {
    private static final Set<String> TRACKING = Set.of("gclid", "dclid", "gbraid", "wbraid", "fbclid", "msclkid",
            "yclid", "igshid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok", "ref_src", "_ga", "_gl",
            "jsessionid", "phpsessid", "aspsessionid", "sessionid", "sid", "spm", "trk", "trackingid");
    private static final String HEX = "0123456789ABCDEF";

    private UrlNormalizer() {
    }

    /** The normalised absolute http(s) URL, or empty when the text is not one. */
    public static Optional<String> normalize(String url) {
        try {
            URI uri = new URI(encodeIllegal(url.trim()));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getRawAuthority() == null) {
                return Optional.empty();
            }
            String host = host(uri);
            if (host.isEmpty()) {
                return Optional.empty();
            }
            StringBuilder out = new StringBuilder(url.length()).append(scheme).append("://").append(host);
            int port = uri.getPort();
            if (port != -1 && !(port == 80 && scheme.equals("http")) && !(port == 443 && scheme.equals("https"))) {
                out.append(':').append(port);
            }
            out.append(path(uri.getRawPath()));
            String query = query(uri.getRawQuery());
            if (!query.isEmpty()) {
                out.append('?').append(query);
            }
            return Optional.of(out.toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Resolves a possibly relative link against a base URL, then normalises it. */
    public static Optional<String> resolve(String base, String link) {
        try {
            String l = link.trim();
            if (l.isEmpty() || l.startsWith("javascript:") || l.startsWith("mailto:") || l.startsWith("tel:")) {
                return Optional.empty();
            }
            return normalize(new URI(encodeIllegal(base)).resolve(new URI(encodeIllegal(l))).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The lower-case host of a normalised URL, or "" when it has none. */
    public static String hostOf(String url) {
        try {
            String h = new URI(url).getHost();
            return h == null ? "" : h.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return "";
        }
    }

    /** The origin ({@code scheme://host[:port]}) of a normalised URL. */
    public static String originOf(String url) {
        int start = url.indexOf("://");
        int slash = url.indexOf('/', start + 3);
        return slash < 0 ? url : url.substring(0, slash);
    }

    private static String host(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            String authority = uri.getRawAuthority();
            int at = authority.lastIndexOf('@');
            host = authority.substring(at + 1);
            int colon = host.lastIndexOf(':');
            if (colon > 0 && !host.endsWith("]")) {
                host = host.substring(0, colon);
            }
            host = java.net.URLDecoder.decode(host, StandardCharsets.UTF_8);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.startsWith("[") ? host : IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
    }

    private static String path(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        String p = rawPath;
        int semi = p.toLowerCase(Locale.ROOT).indexOf(";jsessionid=");
        if (semi >= 0) {
            p = p.substring(0, semi);
        }
        p = removeDotSegments(p);
        return normalizeEscapes(p, false);
    }

    private static String removeDotSegments(String path) {
        if (!path.contains("/.")) {
            return path;
        }
        String[] parts = path.split("/", -1);
        List<String> out = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String seg = parts[i];
            if (seg.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
                if (i == parts.length - 1) {
                    out.add("");
                }
            } else if (seg.equals(".")) {
                if (i == parts.length - 1) {
                    out.add("");
                }
            } else {
                out.add(seg);
            }
        }
        return "/" + String.join("/", out);
    }

    private static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> params = new ArrayList<>();
        for (String param : rawQuery.split("&")) {
            if (param.isEmpty()) {
                continue;
            }
            int eq = param.indexOf('=');
            String name = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING.contains(name)) {
                continue;
            }
            params.add(normalizeEscapes(param, true));
        }
        params.sort(null);
        return String.join("&", params);
    }

    /** Upper-cases percent escapes and decodes those of unreserved characters. */
    private static String normalizeEscapes(String s, boolean inQuery) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                int v = Integer.parseInt(s.substring(i + 1, i + 3), 16);
                if (isUnreserved(v)) {
                    out.append((char) v);
                } else {
                    out.append('%').append(Character.toUpperCase(s.charAt(i + 1)))
                            .append(Character.toUpperCase(s.charAt(i + 2)));
                }
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Percent-encodes (as UTF-8) characters that {@link URI} rejects: spaces, non-ASCII, and a few others. */
    static String encodeIllegal(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean illegal = c <= 0x20 || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0
                    || (c == '%' && !(i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))));
            if (illegal && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (illegal) {
                    int cp = s.codePointAt(i);
                    if (Character.charCount(cp) == 2) {
                        i++;
                    }
                    for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                        out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
                    }
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
