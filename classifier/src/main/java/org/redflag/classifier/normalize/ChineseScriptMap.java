package org.redflag.classifier.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Maps traditional Chinese characters to simplified ones, one character to one character, so that offsets survive.
 * The table {@code t2s.txt} is precomputed from ICU4J's "Traditional-Simplified" transliterator by
 * {@link ChineseScriptMapGenerator}; only one-to-one mappings within the Basic Multilingual Plane are kept.
 * Immutable and thread-safe.
 */
public final class ChineseScriptMap {
    static final String RESOURCE = "t2s.txt";
    private final char[] table = new char[0x10000];
    private final int size;

    private ChineseScriptMap(int size) {
        this.size = size;
    }

    /** Loads the table shipped with the classifier. */
    public static ChineseScriptMap load() {
        try (InputStream in = ChineseScriptMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + RESOURCE + " is missing from the classifier jar: rebuild the classifier module");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private static ChineseScriptMap read(InputStream in) throws IOException {
        char[] pairs = new char[0x20000];
        int n = 0;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            for (int i = 0; i + 1 < line.length(); i += 2) {
                pairs[n * 2] = line.charAt(i);
                pairs[n * 2 + 1] = line.charAt(i + 1);
                n++;
            }
        }
        ChineseScriptMap map = new ChineseScriptMap(n);
        for (int i = 0; i < n; i++) {
            map.table[pairs[i * 2]] = pairs[i * 2 + 1];
        }
        return map;
    }

    /** The simplified form of {@code c}, or {@code c} itself. */
    public char simplify(char c) {
        char s = table[c];
        return s == 0 ? c : s;
    }

    /** Number of traditional characters mapped. */
    public int size() {
        return size;
    }
}
