package org.redflag.classifier.language;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the parameters of OpenNLP's language-detector model ({@code langdetect-183.bin} from
 * {@code opennlp-models-langdetect}) straight from its file, in OpenNLP's binary GIS format: the outcome labels, the
 * outcome patterns, the predicate labels (the character n-grams), then for each pattern and each predicate using it
 * one parameter per outcome of the pattern. OpenNLP's own reader builds a map of context objects on the way, which
 * takes several times longer at start-up than this single pass; {@code LangdetectModelFileTest} checks that both read
 * the same parameters.
 */
final class LangdetectModelFile {
    static final String ENTRY = "langdetect.model";
    private static final int BUFFER = 1 << 16;

    /**
     * Receives the parameters of one predicate: its n-gram, the outcomes it has parameters for, and those parameters.
     * Both arrays are reused from one call to the next (a model holds over a million parameters, read on every
     * start): copy what you keep.
     */
    @FunctionalInterface
    interface ParameterSink {
        void accept(String ngram, int[] outcomes, double[] parameters);

        /** Called once before the first {@link #accept}: how many predicates and parameters will follow. */
        default void expect(int predicates, int parameters) {
        }
    }

    private LangdetectModelFile() {
    }

    /** Reads the model package (a zip holding {@value #ENTRY}); returns the outcome labels, in model order. */
    static String[] read(InputStream modelPackage, ParameterSink sink) throws IOException {
        ZipInputStream zip = new ZipInputStream(new BufferedInputStream(modelPackage, BUFFER));
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            if (entry.getName().equals(ENTRY)) {
                return readGis(ByteBuffer.wrap(zip.readAllBytes()), sink);
            }
        }
        throw new IOException("The language model package has no '" + ENTRY + "' entry: is it an OpenNLP language-detector model?");
    }

    /**
     * Parses the whole entry from memory: inflating it in one call and copying each predicate's parameters in bulk
     * is what makes this pass fast on a cold JVM, where per-value stream calls would run interpreted.
     */
    private static String[] readGis(ByteBuffer in, ParameterSink sink) throws IOException {
        try {
            String type = readUtf(in);
            if (!type.equals("GIS")) {
                throw new IOException("The language model is of type '" + type + "'; only OpenNLP's GIS format is supported");
            }
            in.getInt(); // correction constant: 1 for this model, so the arg-max of the summed parameters is the model's
            in.getDouble(); // correction parameter, unused by GIS evaluation
            String[] outcomes = new String[in.getInt()];
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] = readUtf(in);
            }
            int[][] patterns = new int[in.getInt()][];
            for (int i = 0; i < patterns.length; i++) {
                patterns[i] = parsePattern(readUtf(in));
            }
            String[] predicates = new String[in.getInt()];
            for (int i = 0; i < predicates.length; i++) {
                predicates[i] = readUtf(in);
            }
            readParameters(in, patterns, predicates, sink);
            return outcomes;
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IOException("The language model file ends early", e);
        }
    }

    /**
     * A string as {@link java.io.DataOutput#writeUTF} writes it: a two-byte length, then modified UTF-8 (one to three
     * bytes per char).
     */
    private static String readUtf(ByteBuffer in) throws IOException {
        int length = in.getShort() & 0xFFFF;
        char[] chars = new char[length];
        int n = 0;
        for (int end = in.position() + length; in.position() < end; ) {
            int b = in.get() & 0xFF;
            if (b < 0x80) {
                chars[n++] = (char) b;
            } else if ((b & 0xE0) == 0xC0) {
                chars[n++] = (char) ((b & 0x1F) << 6 | continuation(in));
            } else if ((b & 0xF0) == 0xE0) {
                int high = continuation(in);
                chars[n++] = (char) ((b & 0x0F) << 12 | high << 6 | continuation(in));
            } else {
                throw new IOException("Malformed modified UTF-8 in the language model");
            }
        }
        return new String(chars, 0, n);
    }

    private static int continuation(ByteBuffer in) throws IOException {
        int b = in.get() & 0xFF;
        if ((b & 0xC0) != 0x80) {
            throw new IOException("Malformed modified UTF-8 in the language model");
        }
        return b & 0x3F;
    }

    /** A pattern is "count o1 o2 ...": how many predicates in a row use it, then their outcomes. */
    static int[] parsePattern(String pattern) {
        int n = 1;
        for (int i = 0; i < pattern.length(); i++) {
            n += pattern.charAt(i) == ' ' ? 1 : 0;
        }
        int[] out = new int[n];
        int k = 0;
        int value = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == ' ') {
                out[k++] = value;
                value = 0;
            } else if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
            } else {
                throw new IllegalArgumentException("Bad outcome pattern '" + pattern + "' in the language model");
            }
        }
        out[k] = value;
        return out;
    }

    private static void readParameters(ByteBuffer in, int[][] patterns, String[] predicates, ParameterSink sink)
            throws IOException {
        long total = 0;
        for (int[] pattern : patterns) {
            total += (long) pattern[0] * (pattern.length - 1);
        }
        if (total > in.remaining() / Double.BYTES) {
            throw new IOException("The language model's patterns call for " + total + " parameters; the file holds fewer");
        }
        sink.expect(predicates.length, (int) total);
        DoubleBuffer values = in.asDoubleBuffer();
        double[][] byLength = new double[1][];
        int predicate = 0;
        for (int[] pattern : patterns) {
            int[] outcomes = Arrays.copyOfRange(pattern, 1, pattern.length);
            if (outcomes.length >= byLength.length) {
                byLength = Arrays.copyOf(byLength, outcomes.length + 1);
            }
            double[] parameters = byLength[outcomes.length] != null ? byLength[outcomes.length] : new double[outcomes.length];
            byLength[outcomes.length] = parameters;
            for (int j = 0; j < pattern[0]; j++) {
                if (predicate >= predicates.length) {
                    throw new IOException("The language model's patterns cover more predicates than its " + predicates.length);
                }
                values.get(parameters);
                sink.accept(predicates[predicate++], outcomes, parameters);
            }
        }
    }
}
