package org.vaeexplorer.view;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.prefs.Preferences;
import org.vaeexplorer.model.data.CsvImport;
import org.vaeexplorer.viewmodel.ImportMemory;

/**
 * The import choices per CSV file in the user's preferences, beside {@link WindowMemory}'s: a preference key holds
 * at most 80 characters, so a file's key is the SHA-256 of its absolute path, and the value keeps the path to
 * check it. Choices too long for a preference (thousands of columns) are not kept.
 */
final class ImportPreferences implements ImportMemory {
    private final Preferences node = Preferences.userRoot().node("org/vaeexplorer/" + System.getProperty(
            "vaeexplorer.profile", "main") + "/imports");

    @Override
    public CsvImport recall(Path file) {
        String path = key(file);
        String stored = node.get(hash(path), null);
        if (stored == null || !stored.startsWith(path + "\n")) {
            return null;
        }
        try {
            return CsvImport.fromSpec(stored.substring(path.length() + 1));
        } catch (IllegalArgumentException e) {
            // Written by another version, or edited: the proposal serves instead.
            return null;
        }
    }

    @Override
    public void remember(Path file, CsvImport choice) {
        String path = key(file);
        String value = path + "\n" + choice.toSpec();
        if (value.length() <= Preferences.MAX_VALUE_LENGTH) {
            node.put(hash(path), value);
        }
    }

    private static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    private static String hash(String path) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    path.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
