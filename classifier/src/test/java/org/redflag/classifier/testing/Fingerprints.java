package org.redflag.classifier.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Short fingerprints for the tests that pin a stage's output over many texts: a recorded fingerprint shows any change
 * of output without the repository holding the texts themselves or what was found in them (EMSCAD ads stay in
 * {@code ../shared/data}; phone numbers and e-mail addresses found in them are personal data).
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    /** The first 16 hex digits of the SHA-256 of the UTF-8 bytes of {@code s}. */
    public static String of(CharSequence s) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK always provides SHA-256", e);
        }
    }
}
