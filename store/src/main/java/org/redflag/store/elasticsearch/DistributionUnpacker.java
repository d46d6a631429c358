package org.redflag.store.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unpacks the Elasticsearch distribution once into a cache directory. The unpacked tree is complete only when its
 * marker file exists: unpacking goes to a temporary directory that is renamed into place, under a file lock, so a
 * crash or a concurrent start never leaves a half-unpacked node in use.
 */
final class DistributionUnpacker {
    private static final Logger LOG = LoggerFactory.getLogger(DistributionUnpacker.class);
    static final String MARKER = ".redflag-unpacked";

    private DistributionUnpacker() {
    }

    /** The directory {@code elasticsearch-<version>} in {@code cache}: {@code bin/}, {@code lib/}, ... */
    static Path distributionDir(Path cache) {
        return cache.resolve("elasticsearch-" + EmbeddedElasticsearch.VERSION);
    }

    static boolean isUnpacked(Path cache) {
        return Files.isRegularFile(distributionDir(cache).resolve(MARKER));
    }

    /**
     * Unpacks {@code zip} into {@code cache} unless it is there already.
     *
     * @return true when it unpacked now (a cold start)
     */
    static boolean ensureUnpacked(Path zip, Path cache) throws IOException {
        if (isUnpacked(cache)) {
            return false;
        }
        Files.createDirectories(cache);
        try (FileChannel channel = FileChannel.open(cache.resolve(".unpack.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            if (isUnpacked(cache)) {
                return false;
            }
            unpack(zip, cache);
            return true;
        }
    }

    private static void unpack(Path zip, Path cache) throws IOException {
        long started = System.nanoTime();
        Path target = distributionDir(cache);
        if (Files.exists(target)) {
            LOG.warn("Removing the incompletely unpacked Elasticsearch in {}", target);
            FileTrees.delete(target);
        }
        Path temporary = Files.createTempDirectory(cache, ".unpacking-");
        try {
            extract(zip, temporary);
            Path unpacked = temporary.resolve(target.getFileName());
            Files.writeString(unpacked.resolve(MARKER), zip + "\n", StandardCharsets.UTF_8);
            move(unpacked, target);
        } finally {
            FileTrees.delete(temporary);
        }
        LOG.info("Unpacked Elasticsearch {} into {} in {} ms", EmbeddedElasticsearch.VERSION, target,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            LOG.debug("Another process unpacked {} first", to);
        }
    }

    private static void extract(Path zip, Path into) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = into.resolve(entry.getName()).normalize();
                if (!out.startsWith(into)) {
                    throw new IOException("Zip entry escapes the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                    makeReadable(out, entry.getName().contains("/bin/"));
                }
            }
        }
        FileTrees.makeDirectoriesTraversable(into);
    }

    private static void makeReadable(Path file, boolean executable) throws IOException {
        if (FileTrees.POSIX) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(executable ? "rwxr-xr-x"
                    : "rw-r--r--"));
        }
    }
}
