package org.redflag.classifier.normalize;

/**
 * Pass 4: lower-cases, and reads leetspeak inside words: a digit or symbol standing between two letters
 * ("p4ssport", "wh@tsapp", "t3legram") becomes the letter it imitates. Digits next to other digits (prices, phone
 * numbers) are never touched.
 */
final class Leetspeak {

    OffsetBuffer apply(OffsetBuffer in) {
        OffsetBuffer out = new OffsetBuffer(in.length());
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            char letter = leet(c);
            if (letter != 0 && i > 0 && i + 1 < in.length() && isLetter(in.charAt(i - 1)) && isLetter(in.charAt(i + 1))) {
                c = letter;
            } else if (c < 0x80) {
                c = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
            } else {
                c = Character.toLowerCase(c);
            }
            out.append(c, in.start(i), in.end(i));
        }
        return out;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static char leet(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            case '8' -> 'b';
            default -> 0;
        };
    }
}
