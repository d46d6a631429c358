package org.redflag.app.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Hashing and generating API keys. A key is stored and compared only as its SHA-256 hash, in lower-case hex. */
public final class ApiKeyHash {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int KEY_BYTES = 32;

    private ApiKeyHash() {
    }

    /** The SHA-256 of the key's UTF-8 bytes, as 64 lower-case hex digits (what {@code sha256sum} prints). */
    public static String of(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** A new random key: {@code rf_} and 43 URL-safe characters (256 bits). */
    public static String newKey() {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return "rf_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text is a well-formed hash: 64 hex digits. */
    public static boolean isHash(String text) {
        return text.length() == 64 && text.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }
}
