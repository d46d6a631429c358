package org.redflag.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable document ids, so that writing the same ad twice is idempotent. */
public final class AdIds {
    private AdIds() {
    }

    /** The id of the ad at a canonical URL: the first 128 bits of its SHA-256, in hex. */
    public static String forCanonicalUrl(String canonicalUrl) {
        return sha256Hex(canonicalUrl).substring(0, 32);
    }

    public static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
