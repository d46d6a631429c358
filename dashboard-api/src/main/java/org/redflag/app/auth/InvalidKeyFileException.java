package org.redflag.app.auth;

import java.nio.file.Path;

/** The API key file is malformed: the message names the file, the entry's key path and what to do. */
public class InvalidKeyFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String keyPath;

    public InvalidKeyFileException(Path file, String keyPath, String problem) {
        super(file + ":" + (keyPath.isEmpty() ? "" : " " + keyPath) + " " + problem);
        this.file = file;
        this.keyPath = keyPath;
    }

    public Path file() {
        return file;
    }

    public String keyPath() {
        return keyPath;
    }
}
