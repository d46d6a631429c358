package org.redflag.crawler.fetch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a page body to text. Candidates, in order: the byte-order mark, the {@code Content-Type} charset, the
 * {@code <meta charset>} (or {@code http-equiv} Content-Type) in the first 4 KB, then UTF-8. The first candidate
 * that decodes the bytes without errors wins, so a wrong header is overruled by a correct meta tag; when none
 * decodes cleanly the first candidate is used with replacement characters. Labels follow the WHATWG Encoding
 * standard: GB2312 and GBK are read as GB18030, Big5 as Big5-HKSCS, ISO-8859-1 as windows-1252.
 */
public final class CharsetDetector {
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
    private static final int META_SCAN_BYTES = 4096;

    private CharsetDetector() {
    }

    /** The decoded text of a body. */
    public static String decode(byte[] body, String contentType) {
        List<Charset> candidates = candidates(body, contentType);
        int bom = bomLength(body);
        for (Charset cs : candidates) {
            Optional<String> clean = decodeStrict(body, bom, cs);
            if (clean.isPresent()) {
                return clean.get();
            }
        }
        return new String(body, bom, body.length - bom, candidates.get(0));
    }

    /** The charset the body would be decoded with. */
    public static Charset detect(byte[] body, String contentType) {
        int bom = bomLength(body);
        for (Charset cs : candidates(body, contentType)) {
            if (decodeStrict(body, bom, cs).isPresent()) {
                return cs;
            }
        }
        return candidates(body, contentType).get(0);
    }

    static List<Charset> candidates(byte[] body, String contentType) {
        List<Charset> out = new ArrayList<>(4);
        bomCharset(body).ifPresent(out::add);
        find(HEADER_CHARSET, contentType).flatMap(CharsetDetector::forLabel).ifPresent(out::add);
        String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        find(META_CHARSET, head).flatMap(CharsetDetector::forLabel).ifPresent(out::add);
        out.add(StandardCharsets.UTF_8);
        return out;
    }

    /** The charset for an encoding label, mapped as browsers do. */
    public static Optional<Charset> forLabel(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        String name = switch (l) {
            case "gb2312", "gbk", "x-gbk", "gb18030", "chinese", "csgb2312", "iso-ir-58" -> "GB18030";
            case "big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5" -> "Big5-HKSCS";
            case "iso-8859-1", "latin1", "l1", "ascii", "us-ascii", "windows-1252", "cp1252" -> "windows-1252";
            case "utf8", "unicode-1-1-utf-8" -> "UTF-8";
            default -> l;
        };
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static int bomLength(byte[] b) {
        Optional<Charset> bom = bomCharset(b);
        return bom.isEmpty() ? 0 : bom.get().equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    private static Optional<String> decodeStrict(byte[] body, int offset, Charset cs) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(body, offset, body.length - offset));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
