package org.vaeexplorer.viewmodel;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.vaeexplorer.model.data.CsvImport;

/**
 * The import choices last made for each CSV file, by absolute path. Where they are kept between runs is the view's
 * business (the app's preferences); without it they last as long as the window.
 */
public interface ImportMemory {
    /** The choices last made for {@code file}, or {@code null}. */
    CsvImport recall(Path file);

    void remember(Path file, CsvImport choice);

    /** Choices kept only while the program runs. */
    static ImportMemory inMemory() {
        Map<Path, CsvImport> choices = new HashMap<>();
        return new ImportMemory() {
            @Override
            public CsvImport recall(Path file) {
                return choices.get(file.toAbsolutePath().normalize());
            }

            @Override
            public void remember(Path file, CsvImport choice) {
                choices.put(file.toAbsolutePath().normalize(), choice);
            }
        };
    }
}
