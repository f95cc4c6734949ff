package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --data FOLDER} on the command line: size, colour, unreadable pictures, options that do not apply. */
class FolderDataCliTest {
    @TempDir
    Path dir;

    @Test
    void aFolderOfColourPicturesTrainsAtTheGivenSizeAndNamesSkippedPictures() throws Exception {
        for (String cls : new String[] {"a", "b"}) {
            Files.createDirectories(dir.resolve("pics/" + cls));
            for (int i = 0; i < 5; i++) {
                BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
                image.setRGB(i, i, cls.equals("a") ? 0xff0000 : 0x00ff00);
                ImageIO.write(image, "png", dir.resolve("pics/" + cls + "/" + i + ".png").toFile());
            }
        }
        Files.writeString(dir.resolve("pics/b/bad.jpg"), "not a jpeg");
        Path model = dir.resolve("colour.vae");
        CliRun run = CliRun.of("train", "--data", dir.resolve("pics").toString(), "--image-size", "4x4", "--colour",
                "--epochs", "1", "--hidden", "8", "--out", model.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("training on pics: 10 rows"), run.err());
        assertTrue(run.err().contains("48 features"), run.err());
        assertTrue(run.err().contains("1 picture could not be read and was skipped: b/bad.jpg ("), run.err());

        // The model file keeps the colour shape (4x4x3), and its pictures come out in colour.
        Path grid = dir.resolve("traverse.png");
        assertEquals(0, CliRun.of("traverse", "--model", model.toString(), "--at", "0,0", "--out", grid.toString())
                .status());
        BufferedImage picture = ImageIO.read(grid.toFile());
        assertEquals(3, picture.getRaster().getNumBands());

        // Evaluated on the folder read at the default size, the model names the size it was trained on.
        CliRun wrongSize = CliRun.of("eval", "--model", model.toString(), "--data", dir.resolve("pics").toString(),
                "--samples", "2");
        assertTrue(wrongSize.status() != 0 && wrongSize.err().contains("the model was trained on pictures of 4×4: "
                + "read the folder as it was, with --image-size 4x4 --colour"), wrongSize.err());
        assertEquals(0, CliRun.of("eval", "--model", model.toString(), "--data", dir.resolve("pics").toString(),
                "--samples", "2", "--image-size", "4x4", "--colour").status());
        CliRun.of("train", "--data", dir.resolve("pics").toString(), "--unreadable", "refuse")
                .assertOneLineError("b/bad.jpg");
        CliRun.of("train", "--data", dir.resolve("pics").toString(), "--image-size", "1000")
                .assertOneLineError("--image-size");
        CliRun.of("train", "--data", "moons", "--colour").assertOneLineError("applies only when --data names a folder");
    }
}
