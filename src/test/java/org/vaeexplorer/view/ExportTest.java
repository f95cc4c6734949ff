package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.model.training.EpochReport;
import org.vaeexplorer.viewmodel.LatentSnapshot;
import org.vaeexplorer.viewmodel.MainViewModel;
import org.vaeexplorer.viewmodel.TrainingState;

/** File ▸ Export in the real window, headless: pictures at 1× and 2×, and tables that read back. */
@ExtendWith(ApplicationExtension.class)
class ExportTest {
    private Stage stage;
    private VaeExplorerApp app;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = RealWindow.open(stage);
    }

    private MainViewModel vm() {
        return app.viewModel();
    }

    private void trainMoons(FxRobot robot, int epochs) throws Exception {
        robot.interact(() -> {
            vm().settings().field("epochs").textProperty().set(Integer.toString(epochs));
            vm().settings().field("hidden").textProperty().set("16,16");
            vm().data().pointsProperty().set("400");
            vm().data().datasetChoiceProperty().set(vm().data().datasetChoices().stream()
                    .filter(c -> c.id().equals("moons")).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().data().dataProperty().get() != null);
        robot.interact(() -> vm().training().toggleTraining());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm().training().reports().size() == epochs
                && vm().training().stateProperty().get() == TrainingState.PAUSED
                && vm().exploration().latentProperty().get() != null
                && vm().exploration().latentProperty().get().epoch() == epochs);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(FxRobot robot, java.util.function.Supplier<T> job) {
        AtomicReference<T> result = new AtomicReference<>();
        robot.interact(() -> result.set(job.get()));
        return result.get();
    }

    /** Pixels that differ from the top-left corner's colour (the background). */
    private static int inked(Image image) {
        var reader = image.getPixelReader();
        int background = reader.getArgb(0, 0);
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (reader.getArgb(x, y) != background) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void paneAndWindowPicturesHaveTheRequestedSizeAndContent(FxRobot robot) throws Exception {
        trainMoons(robot, 3);
        Node latent = robot.lookup("#latentCanvas").query();
        // The size and the pictures read in one go on the FX thread: the window may lay out again in between.
        double[] size = new double[2];
        WritableImage[] pictures = onFx(robot, () -> {
            size[0] = latent.getLayoutBounds().getWidth();
            size[1] = latent.getLayoutBounds().getHeight();
            return new WritableImage[] {PanePictures.of(latent, 1), PanePictures.of(latent, 2)};
        });
        double w = size[0];
        double h = size[1];
        WritableImage one = pictures[0];
        WritableImage two = pictures[1];
        assertEquals(Math.ceil(w), one.getWidth());
        assertEquals(Math.ceil(h), one.getHeight());
        assertEquals(Math.ceil(2 * w), two.getWidth());
        assertEquals(Math.ceil(2 * h), two.getHeight());
        int inkedOne = inked(one);
        assertTrue(inkedOne > 0.02 * w * h, "points, axes and circles drawn: " + inkedOne);
        double ratio = inked(two) / (double) inkedOne;
        assertTrue(ratio > 2.5 && ratio < 5.5, "twice the size in each direction draws about four times the ink: "
                + ratio);

        Node chart = robot.lookup("#chartCanvas").query();
        assertTrue(inked(onFx(robot, () -> PanePictures.of(chart, 2))) > 0, "the loss chart has curves");

        var root = stage.getScene().getRoot();
        WritableImage window = onFx(robot, () -> PanePictures.window(root, 2));
        assertEquals(Math.ceil(2 * stage.getScene().getWidth()), window.getWidth(), 1);
        assertEquals(Math.ceil(2 * stage.getScene().getHeight()), window.getHeight(), 1);

        ByteArrayOutputStream png = new ByteArrayOutputStream();
        PanePictures.writePng(two, png);
        var read = ImageIO.read(new java.io.ByteArrayInputStream(png.toByteArray()));
        assertEquals((int) two.getWidth(), read.getWidth());
        assertEquals(two.getPixelReader().getArgb(10, 10), read.getRGB(10, 10));
    }

    @Test
    void theLossHistoryAndLatentCodesReadBackAsTheViewModelHoldsThem(FxRobot robot) throws Exception {
        trainMoons(robot, 3);
        Path loss = dir.resolve("loss.csv");
        Path codes = dir.resolve("codes.csv");
        robot.interact(() -> {
            vm().export().saveHistory(loss);
            vm().export().saveCodes(codes);
        });
        List<String> lines = Files.readAllLines(loss, StandardCharsets.UTF_8);
        List<EpochReport> reports = vm().training().reports();
        assertEquals(reports.size() + 1, lines.size());
        List<String> header = List.of(lines.get(0).split(","));
        for (int i = 0; i < reports.size(); i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            EpochReport r = reports.get(i);
            assertEquals(r.epoch(), Integer.parseInt(cells[header.indexOf("epoch")]));
            assertEquals(r.train().negativeElbo(), Double.parseDouble(cells[header.indexOf("train_neg_elbo")]));
            assertEquals(r.train().kl(), Double.parseDouble(cells[header.indexOf("train_kl")]));
            assertEquals(r.heldOut().reconstruction(),
                    Double.parseDouble(cells[header.indexOf("held_out_reconstruction")]));
        }

        LatentSnapshot latent = vm().exploration().latentProperty().get();
        var data = vm().data().dataProperty().get().data();
        List<String> rows = Files.readAllLines(codes, StandardCharsets.UTF_8);
        assertEquals("row,mu1,mu2,sigma1,sigma2,label", rows.get(0));
        assertEquals(latent.rows().length + 1, rows.size());
        int l = latent.latentDim();
        for (int i = 0; i < latent.rows().length; i += 37) {
            String[] cells = rows.get(i + 1).split(",");
            assertEquals(latent.rows()[i] + 1, Integer.parseInt(cells[0]));
            assertEquals(latent.mean()[i * l + 1], Float.parseFloat(cells[2]));
            assertEquals(latent.sigma()[i * l], Float.parseFloat(cells[3]));
            assertEquals(data.classNames().get(data.label(latent.rows()[i])), cells[5]);
        }
    }

    @Test
    void anExportNeverReplacesAFileTheSessionOpened(FxRobot robot) throws Exception {
        Path data = dir.resolve("points.csv");
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int i = 0; i < 40; i++) {
            csv.append(i * 0.1).append(',').append(Math.sin(i)).append('\n');
        }
        Files.writeString(data, csv);
        robot.interact(() -> vm().openFile(data));
        // A CSV opens through the import dialog: its proposal is accepted as it stands.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#okButton").tryQuery().isPresent()
                && !robot.lookup("#okButton").queryAs(javafx.scene.control.Button.class).isDisabled());
        robot.clickOn("#okButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().data().dataProperty().get() != null);
        robot.interact(() -> assertFalse(vm().export().save(data, out -> out.write(1))));
        assertEquals(csv.toString(), Files.readString(data));
        assertTrue(vm().noticeProperty().get().error());
        assertTrue(vm().noticeProperty().get().text().contains("points.csv"), vm().noticeProperty().get().text());
    }

    @Test
    void theExportMenuListsEachPaneAndTheTables(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu export = (Menu) bar.getMenus().get(0).getItems().stream()
                .filter(i -> "exportMenu".equals(i.getId())).findFirst().orElseThrow();
        List<String> ids = export.getItems().stream().map(i -> String.valueOf(i.getId())).toList();
        for (String pane : List.of("latent", "data", "images", "loss", "kl", "interpolation")) {
            assertTrue(ids.contains("exportPng-" + pane), pane + " in " + ids);
        }
        assertTrue(ids.contains("export.menu.history") && ids.contains("export.menu.codes")
                && ids.contains("export.menu.gif"), ids.toString());
    }

    @Test
    void theGifHasOneFramePerCheckpointAndTheTimelineReturns(FxRobot robot) throws Exception {
        trainMoons(robot, 4);
        Path gif = dir.resolve("forming.gif");
        LatentCanvas canvas = robot.lookup("#latentCanvas").queryAs(LatentCanvas.class);
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        int stops = vm().timeline().stopsProperty().get().size();
        assertEquals(5, stops, "epoch 0 and the four trained: " + vm().timeline().stopsProperty().get());
        robot.interact(() -> new LatentGif(vm().timeline(), vm().exploration(), canvas, vm().export())
                .start(gif, done::countDown));
        assertTrue(done.await(60, TimeUnit.SECONDS), "recorded");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm().timeline().liveProperty().get(), "back on the live model");
        try (var in = ImageIO.createImageInputStream(gif.toFile())) {
            var reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(stops, reader.getNumImages(true));
            var first = reader.read(0);
            assertEquals((int) Math.ceil(canvas.getWidth()), first.getWidth());
            assertTrue(reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0").toString() != null);
        }
    }

    @Test
    void manyCheckpointsAreThinnedEvenlyKeepingBothEnds() {
        assertEquals(List.of(0, 1, 2), LatentGif.chosen(3, 60));
        List<Integer> thinned = LatentGif.chosen(200, 60);
        assertEquals(60, thinned.size());
        assertEquals(0, thinned.get(0));
        assertEquals(199, thinned.get(59));
    }

    private static org.w3c.dom.Document parse(String svg) throws Exception {
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(svg)));
    }

    @Test
    void svgsParseAndHoldAPointPerCodeAndALinePerSeries(FxRobot robot) throws Exception {
        trainMoons(robot, 3);
        LatentCanvas latent = robot.lookup("#latentCanvas").queryAs(LatentCanvas.class);
        DataViewCanvas data = robot.lookup("#dataCanvas").queryAs(DataViewCanvas.class);
        LossChartCanvas chart = robot.lookup("#chartCanvas").queryAs(LossChartCanvas.class);
        String[] svgs = new String[3];
        robot.interact(() -> {
            try {
                svgs[0] = latent.scatterSvg();
                svgs[1] = data.scatterSvg();
                svgs[2] = chart.svg();
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        var codes = parse(svgs[0]);
        assertEquals("svg", codes.getDocumentElement().getLocalName());
        assertEquals(vm().exploration().latentProperty().get().rows().length,
                codes.getElementsByTagName("circle").getLength());
        assertEquals(2, codes.getElementsByTagName("image").getLength(), "the frame below, the legend above");
        assertEquals(vm().data().dataProperty().get().data().rows(),
                parse(svgs[1]).getElementsByTagName("circle").getLength(), "every data point");
        long shown = java.util.Arrays.stream(org.vaeexplorer.viewmodel.LossChartViewModel.Series.values())
                .filter(series -> vm().chart().shownProperty(series).get()).count();
        var loss = parse(svgs[2]);
        assertEquals(shown, loss.getElementsByTagName("polyline").getLength());
        assertTrue(loss.getElementsByTagName("text").getLength() > 4, "axis labels");
    }
}
