package org.redflag.classifier.normalize;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regenerates {@code t2s.txt} from ICU4J's "Traditional-Simplified" transliterator: every CJK ideograph that maps to
 * exactly one other BMP character, written as pairs (traditional, simplified), 32 pairs a line. Run it when ICU4J
 * is upgraded: {@code java ... ChineseScriptMapGenerator classifier/src/main/resources/org/redflag/classifier/normalize/t2s.txt}.
 */
public final class ChineseScriptMapGenerator {
    private ChineseScriptMapGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: ChineseScriptMapGenerator OUTPUT_FILE");
        }
        Files.writeString(Path.of(args[0]), generate(), StandardCharsets.UTF_8);
    }

    static String generate() {
        Transliterator t = Transliterator.getInstance("Traditional-Simplified");
        StringBuilder out = new StringBuilder();
        int onLine = 0;
        for (int cp = 0x3400; cp <= 0xFAFF; cp++) {
            if (!Character.isIdeographic(cp)) {
                continue;
            }
            String from = String.valueOf((char) cp);
            String to = t.transliterate(from);
            if (to.length() == 1 && !to.equals(from)) {
                out.append(from).append(to);
                if (++onLine == 32) {
                    out.append('\n');
                    onLine = 0;
                }
            }
        }
        return out.append('\n').toString();
    }
}
