package org.redflag.classifier.contact;

/**
 * Candidate phone numbers in a text: an optional {@code +}, an optional {@code (}, a digit, at least five characters
 * among digits, spaces and {@code ()./-}, and a final digit; the longest such run at the leftmost place, then the
 * next after it. This is what the regular expression {@code \+?\(?[0-9][0-9 ()./-]{5,}[0-9]} finds, by one scan
 * that looks at each character a few times instead of trying the expression at every position. Stateless.
 */
final class DigitRuns {
    private DigitRuns() {
    }

    /** Receives a candidate as its bounds in the text, so that none is copied before it is wanted. */
    @FunctionalInterface
    interface Run {
        /** The candidate is {@code text.substring(from, to)}. */
        void accept(String text, int from, int to);
    }

    /** Gives every candidate in the text, left to right, to the consumer. */
    static void forEach(String text, Run candidate) {
        int n = text.length();
        int p = 0;
        while (p < n) {
            char c = text.charAt(p);
            if (c != '+' && c != '(' && !isDigit(c)) {
                p++;
                continue;
            }
            int first = p;
            if (first < n && text.charAt(first) == '+') {
                first++;
            }
            if (first < n && text.charAt(first) == '(') {
                first++;
            }
            if (first >= n || !isDigit(text.charAt(first))) {
                p++;
                continue;
            }
            int end = first + 1;
            int last = -1;
            while (end < n && inRun(text.charAt(end))) {
                if (isDigit(text.charAt(end))) {
                    last = end;
                }
                end++;
            }
            if (last >= first + 6) {
                candidate.accept(text, p, last + 1);
                p = last + 1;
            } else {
                // every later start inside this run ends at the same place and needs a digit further on: none matches
                p = end;
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean inRun(char c) {
        return isDigit(c) || c == ' ' || c == '(' || c == ')' || c == '.' || c == '/' || c == '-';
    }
}
