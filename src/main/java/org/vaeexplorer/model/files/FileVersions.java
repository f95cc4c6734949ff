package org.vaeexplorer.model.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The version of each file a session opened or saved, so that a save does not silently replace what another window
 * or program wrote there since. A version is the file's identity (an atomic save makes a new one), size and
 * modification time. A file the session never opened or saved is not checked: choosing it in a save dialog that
 * warned about replacing it is the user's consent.
 */
public final class FileVersions {

    /** The file on disk is not the one this session last opened or saved. */
    public static final class ChangedOnDisk extends IOException {
        public ChangedOnDisk(Path file) {
            super(org.vaeexplorer.text.Texts.get("harden.changedOnDisk", file.getFileName()));
        }
    }

    private record Version(Object identity, long size, long modified) {
    }

    private final Map<Path, Version> known = new ConcurrentHashMap<>();

    /** Remembers the file as it is now (after opening or saving it); forgets it when it cannot be read. */
    public void remember(Path file) {
        Path key = file.toAbsolutePath().normalize();
        Version now = versionOf(key);
        if (now == null) {
            known.remove(key);
        } else {
            known.put(key, now);
        }
    }

    /**
     * Throws when the file exists and differs from the version remembered for it. The version found is remembered
     * then, so that saving again, once the user was told, replaces it.
     */
    public void checkUnchanged(Path file) throws ChangedOnDisk {
        Path key = file.toAbsolutePath().normalize();
        Version was = known.get(key);
        Version now = versionOf(key);
        if (was != null && now != null && !was.equals(now)) {
            known.put(key, now);
            throw new ChangedOnDisk(file);
        }
    }

    /** An atomic save of {@code file}. */
    @FunctionalInterface
    public interface Save {
        void run() throws IOException;
    }

    /**
     * Saves unless the file changed on disk since this session last opened or saved it, and remembers the version
     * it wrote. Two saves that run at once both complete (each replaces the file whole, the later one wins).
     */
    public void saveChecked(Path file, Save save) throws IOException {
        checkUnchanged(file);
        save.run();
        remember(file);
    }

    private static Version versionOf(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Object identity = a.fileKey();
            return new Version(Objects.requireNonNullElse(identity, file), a.size(),
                    a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
        } catch (IOException e) {
            // Gone or unreadable: nothing to compare, and the save itself will say what is wrong.
            return null;
        }
    }
}
