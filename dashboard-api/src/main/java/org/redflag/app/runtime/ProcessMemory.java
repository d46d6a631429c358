package org.redflag.app.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Resident memory of this process, from {@code /proc/self/status} (Linux); empty elsewhere. */
public final class ProcessMemory {
    private ProcessMemory() {
    }

    /** The current resident set size in bytes. */
    public static OptionalLong residentBytes() {
        return read("VmRSS:");
    }

    /** The highest resident set size so far, in bytes. */
    public static OptionalLong peakResidentBytes() {
        return read("VmHWM:");
    }

    private static OptionalLong read(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    String kb = line.substring(field.length()).replace("kB", "").strip();
                    return OptionalLong.of(Long.parseLong(kb) * 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}
