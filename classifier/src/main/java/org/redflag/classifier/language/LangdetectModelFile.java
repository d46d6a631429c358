package org.redflag.classifier.language;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
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

    /** Receives the parameters of one predicate: its n-gram, the outcomes it has parameters for, and those parameters. */
    @FunctionalInterface
    interface ParameterSink {
        void accept(String ngram, int[] outcomes, double[] parameters);
    }

    private LangdetectModelFile() {
    }

    /** Reads the model package (a zip holding {@value #ENTRY}); returns the outcome labels, in model order. */
    static String[] read(InputStream modelPackage, ParameterSink sink) throws IOException {
        ZipInputStream zip = new ZipInputStream(new BufferedInputStream(modelPackage, BUFFER));
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            if (entry.getName().equals(ENTRY)) {
                return readGis(new DataInputStream(new BufferedInputStream(zip, BUFFER)), sink);
            }
        }
        throw new IOException("The language model package has no '" + ENTRY + "' entry: is it an OpenNLP language-detector model?");
    }

    private static String[] readGis(DataInputStream in, ParameterSink sink) throws IOException {
        String type = in.readUTF();
        if (!type.equals("GIS")) {
            throw new IOException("The language model is of type '" + type + "'; only OpenNLP's GIS format is supported");
        }
        in.readInt(); // correction constant: 1 for this model, so the arg-max of the summed parameters is the model's
        in.readDouble(); // correction parameter, unused by GIS evaluation
        String[] outcomes = new String[in.readInt()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = in.readUTF();
        }
        int[][] patterns = new int[in.readInt()][];
        for (int i = 0; i < patterns.length; i++) {
            patterns[i] = parsePattern(in.readUTF());
        }
        String[] predicates = new String[in.readInt()];
        for (int i = 0; i < predicates.length; i++) {
            predicates[i] = in.readUTF();
        }
        readParameters(in, patterns, predicates, sink);
        return outcomes;
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

    private static void readParameters(DataInputStream in, int[][] patterns, String[] predicates, ParameterSink sink)
            throws IOException {
        int predicate = 0;
        for (int[] pattern : patterns) {
            int[] outcomes = java.util.Arrays.copyOfRange(pattern, 1, pattern.length);
            for (int j = 0; j < pattern[0]; j++) {
                double[] parameters = new double[outcomes.length];
                for (int k = 0; k < parameters.length; k++) {
                    parameters[k] = in.readDouble();
                }
                if (predicate >= predicates.length) {
                    throw new IOException("The language model's patterns cover more predicates than its " + predicates.length);
                }
                sink.accept(predicates[predicate++], outcomes, parameters);
            }
        }
    }
}
