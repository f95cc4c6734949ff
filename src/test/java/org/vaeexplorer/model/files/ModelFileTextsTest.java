package org.vaeexplorer.model.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.text.Texts;

/** A refused model file is told in the language in use. */
class ModelFileTextsTest {
    @TempDir
    Path folder;

    @AfterEach
    void backToEnglish() {
        Texts.use(Locale.ENGLISH);
    }

    @Test
    void aForeignFileIsRefusedInEitherLanguage() throws IOException {
        Path file = folder.resolve("photo.vae");
        Files.write(file, new byte[64]);
        DataFormatException english = assertThrows(DataFormatException.class, () -> ModelFile.load(file));
        assertEquals("photo.vae, byte offset 0: not a VAE Explorer model file", english.getMessage());
        Texts.use(Locale.SIMPLIFIED_CHINESE);
        DataFormatException chinese = assertThrows(DataFormatException.class, () -> ModelFile.load(file));
        assertEquals("photo.vae, 字节偏移 0: 不是 VAE Explorer 模型文件", chinese.getMessage());
    }
}
