package org.redflag.store.elasticsearch;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Elasticsearch refuses to run as root. When Redflag runs as root (CI, containers), the node runs as the
 * unprivileged system user {@value #NAME}, created if missing; its directories are given to that user.
 */
final class ServiceUser {
    static final String NAME = "redflag-es";
    private static final Logger LOG = LoggerFactory.getLogger(ServiceUser.class);

    private ServiceUser() {
    }

    static boolean runningAsRoot() {
        try {
            return new UnixSystem().getUid() == 0;
        } catch (LinkageError | RuntimeException e) {
            return false;
        }
    }

    /** Creates the user unless it exists. */
    static void ensureExists() throws IOException {
        if (run(List.of("id", "-u", NAME)) == 0) {
            return;
        }
        int created = run(List.of("useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent",
                "--shell", "/usr/sbin/nologin", "--user-group", NAME));
        if (created != 0) {
            created = run(List.of("adduser", "-S", "-D", "-H", "-h", "/nonexistent", "-s", "/sbin/nologin", NAME));
        }
        if (created != 0) {
            throw new IOException("Elasticsearch cannot run as root and the system user " + NAME
                    + " could not be created (useradd and adduser failed). Create it yourself "
                    + "(useradd --system " + NAME + "), or run Redflag as an ordinary user.");
        }
        LOG.info("Created the system user {} to run Elasticsearch (it refuses to run as root)", NAME);
    }

    /** The command prefix that runs a program as the service user. */
    static List<String> runAsPrefix() {
        if (Files.isExecutable(Path.of("/usr/sbin/runuser")) || Files.isExecutable(Path.of("/sbin/runuser"))) {
            return List.of("runuser", "-u", NAME, "--");
        }
        return List.of("setpriv", "--reuid=" + NAME, "--regid=" + NAME, "--init-groups", "--");
    }

    /** Gives directory trees to the service user. */
    static void chown(Path... roots) throws IOException {
        for (Path root : roots) {
            if (run(List.of("chown", "-R", NAME + ":", root.toString())) != 0) {
                throw new IOException("Could not give " + root + " to the user " + NAME + " (chown failed)");
            }
        }
    }

    /** Whether the service user can enter the directory {@code dir}, and write in it when {@code write}. */
    static boolean canUse(Path dir, boolean write) throws IOException {
        List<String> command = new ArrayList<>(runAsPrefix());
        command.addAll(List.of("test", "-x", dir.toString(), "-a", write ? "-w" : "-r", dir.toString()));
        return run(command) == 0;
    }

    /** Runs a command to completion; its exit code, 127 when it does not exist. */
    static int run(List<String> command) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            LOG.debug("Cannot run {}: {}", command.get(0), e.getMessage());
            return 127;
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("Timed out: " + String.join(" ", command));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted: " + String.join(" ", command), e);
        }
    }
}
