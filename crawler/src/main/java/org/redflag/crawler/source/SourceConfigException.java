package org.redflag.crawler.source;

import java.nio.file.Path;

/** A source file is missing, unreadable or invalid. The message names the file, the key and what to do. */
public class SourceConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String key;

    public SourceConfigException(Path file, String key, String problem) {
        this(file, key, problem, (Throwable) null);
    }

    public SourceConfigException(Path file, String key, String problem, Throwable cause) {
        super(file + (key.isEmpty() ? "" : ": key '" + key + "'") + ": " + problem, cause);
        this.file = String.valueOf(file);
        this.key = key;
    }

    /** @param at where in the file, e.g. {@code "line 12: "}, or "" */
    SourceConfigException(Path file, String key, String problem, String at) {
        super(file + ": " + at + "key '" + key + "': " + problem);
        this.file = String.valueOf(file);
        this.key = key;
    }

    /** The file that was being read. */
    public String file() {
        return file;
    }

    /** The dotted key path of the bad value, empty when the file as a whole is wrong. */
    public String key() {
        return key;
    }
}
