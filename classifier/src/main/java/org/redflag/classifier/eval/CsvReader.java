package org.redflag.classifier.eval;

import java.io.IOException;
import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads RFC 4180 CSV records (quoted fields, doubled quotes, line breaks inside quotes) one at a time.
 * Not thread-safe; one reader per input.
 */
public final class CsvReader {
    private final BufferedReader in;
    private int lineNumber = 1;
    private int recordLine = 1;

    public CsvReader(BufferedReader in) {
        this.in = in;
    }

    /** The line on which the last record returned started (1-based). */
    public int recordLine() {
        return recordLine;
    }

    /** The next record, or empty at the end of the input. */
    public Optional<List<String>> next() throws IOException {
        recordLine = lineNumber;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int n = in.read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (n != -1) {
                            in.reset();
                        }
                    }
                } else {
                    if (ch == '\n') {
                        lineNumber++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n') {
                lineNumber++;
                fields.add(field.toString());
                return Optional.of(fields);
            } else if (ch != '\r') {
                field.append(ch);
            }
        }
        if (!any) {
            return Optional.empty();
        }
        fields.add(field.toString());
        return Optional.of(fields);
    }
}
