package org.redflag.store.elasticsearch;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/** The last lines a log file got since some offset: what the node wrote during this start. */
final class LogTail {
    private static final int MAX_BYTES = 256 * 1024;
    /** Stack frames ("at ...", "... 12 more") are left out: the lines around them say what happened. */
    private static final java.util.regex.Pattern STACK_FRAME =
            java.util.regex.Pattern.compile("^\\s+(at |\\.\\.\\. \\d+ more)");

    private LogTail() {
    }

    /** Moves a log larger than {@code maxBytes} to {@code <name>.1} (replacing it), so logs stay bounded. */
    static void rotate(Path file, long maxBytes) throws IOException {
        if (size(file) > maxBytes) {
            Files.move(file, file.resolveSibling(file.getFileName() + ".1"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The last {@code count} lines after {@code fromOffset}, stack frames left out. */
    static List<String> lastLines(Path file, long fromOffset, int count) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(fromOffset, in.length() - MAX_BYTES);
            byte[] bytes = new byte[(int) Math.max(0, in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            Deque<String> lines = new ArrayDeque<>();
            Arrays.stream(new String(bytes, StandardCharsets.UTF_8).split("\\R"))
                    .filter(line -> !line.isBlank() && !STACK_FRAME.matcher(line).find())
                    .forEach(line -> {
                        lines.addLast(line);
                        if (lines.size() > count) {
                            lines.removeFirst();
                        }
                    });
            return List.copyOf(lines);
        } catch (IOException e) {
            return List.of();
        }
    }
}
