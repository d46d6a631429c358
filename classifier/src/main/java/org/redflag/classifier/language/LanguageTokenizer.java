package org.redflag.classifier.language;

import java.util.List;

/** Splits text of one language into tokens. Implementations are stateless and thread-safe. */
public interface LanguageTokenizer {

    List<String> tokenize(String text);

    /** The tokenizer for an ISO 639-3 code: character bigrams for Chinese and Japanese, OpenNLP's otherwise. */
    static LanguageTokenizer forLanguage(String code) {
        return switch (code) {
            case "zho", "jpn" -> new HanBigramTokenizer();
            default -> new OpenNlpTokenizer();
        };
    }
}
