package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.cli.Cli;

/**
 * {@code render} in-process on Monocle's headless platform (as the tests run: no display): the window's panes
 * drawn into a PNG of the asked size.
 */
class RenderCommandTest {
    @TempDir
    static Path dir;
    private static Path model;

    @BeforeAll
    static void trainASmallModel() {
        model = dir.resolve("moons.vae");
        int status = Cli.run(new String[] {"train", "--data", "moons", "--points", "400", "--hidden", "16,16",
                "--epochs", "5", "--seed", "3", "--out", model.toString()}, new PrintStream(new ByteArrayOutputStream()),
                System.err);
        assertEquals(0, status);
    }

    private record Run(int status, String out, String err) {
    }

    private static Run render(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = RenderCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Distinct colours in the picture: a blank one has one. */
    private static long colours(BufferedImage image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void drawsEachViewOfAModelAtTheAskedSizeAndScale() throws Exception {
        for (String view : new String[] {"latent", "data", "manifold"}) {
            Path out = dir.resolve(view + ".png");
            Run run = render("--model", model.toString(), "--view", view, "--out", out.toString(), "--width", "300",
                    "--height", "200", "--scale", "2");
            assertEquals(0, run.status(), run.err());
            BufferedImage image = ImageIO.read(out.toFile());
            assertEquals(600, image.getWidth(), view);
            assertEquals(400, image.getHeight(), view);
            assertTrue(colours(image) > 20, view + " has points, axes and labels: " + colours(image));
            assertTrue(run.out().contains("600 × 400"), run.out());
        }
    }

    @Test
    void drawsALessonsLossHistory() throws Exception {
        Path out = dir.resolve("loss.png");
        Run run = render("--lesson", "assets/lessons/01-two-gaussians.vaelesson", "--view", "loss", "--out",
                out.toString());
        assertEquals(0, run.status(), run.err());
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(900, image.getWidth());
        assertTrue(colours(image) > 10);
    }

    @Test
    void badArgumentsGiveOneLineAndStatusTwo() {
        Path out = dir.resolve("x.png");
        Run noView = render("--model", model.toString(), "--out", out.toString());
        assertEquals(2, noView.status());
        assertTrue(noView.err().startsWith("error: --view must be one of"), noView.err());
        Run overInput = render("--model", model.toString(), "--view", "latent", "--out", model.toString());
        assertEquals(2, overInput.status());
        Run lossOfModel = render("--model", model.toString(), "--view", "loss", "--out", out.toString());
        assertTrue(lossOfModel.err().contains("--lesson"), lossOfModel.err());
        Run notModel = render("--model", dir.resolve("missing.vae").toString(), "--view", "latent", "--out",
                out.toString());
        assertTrue(notModel.err().contains("missing.vae"), notModel.err());
        Run unknown = render("--model", model.toString(), "--bogus", "1");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("error: 'render' has no option --bogus (it takes: --model, --lesson,"),
                unknown.err());
        Run noData = render("--model", model.toString(), "--data", "nosuch", "--view", "latent", "--out",
                out.toString());
        assertEquals(2, noData.status());
        assertEquals("error: --data nosuch is neither a file nor a built-in dataset", noData.err().strip());
        assertFalse(Files.exists(out));
    }
}
