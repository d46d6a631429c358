package org.redflag.classifier.normalize;

/**
 * Normalises ad text against the usual evasions while keeping a map back to the original offsets. Two views come
 * out: one for matching indicators (all passes: folding, spelled digits, de-obfuscation, leetspeak, lower case) and
 * one for extracting contacts (folding and spelled digits only, so e-mail addresses and URLs keep their dots).
 * Immutable and thread-safe.
 */
public final class TextNormalizer {
    private final CharFolding folding;
    private final SpelledDigits digits = new SpelledDigits();
    private final Deobfuscation deobfuscation = new Deobfuscation();
    private final Leetspeak leetspeak = new Leetspeak();

    public TextNormalizer(ChineseScriptMap script) {
        this.folding = new CharFolding(script);
    }

    /** A normaliser with the shipped traditional-to-simplified table. */
    public static TextNormalizer standard() {
        return new TextNormalizer(ChineseScriptMap.load());
    }

    /** Both views of one text. */
    public NormalizedField normalize(String original) {
        char[] chars = original.toCharArray();
        // Most fields are plain ASCII without spelled-out numbers: one scan shows that the first two passes would
        // return them unchanged.
        OffsetBuffer contactView = DigitRunFilter.isAsciiWithoutRun(chars, chars.length)
                ? OffsetBuffer.of(original, chars)
                : digits.apply(folding.apply(original, chars));
        // De-obfuscation always builds a fresh buffer, which leetspeak may then rewrite in place.
        OffsetBuffer matchView = leetspeak.applyInPlace(deobfuscation.apply(contactView));
        return new NormalizedField(matchView.toText(original), contactView.toText(original));
    }

    /** The matching view only, as used for lexicon phrases. */
    public String normalizeForMatching(String text) {
        return normalize(text).forMatching().text();
    }
}
