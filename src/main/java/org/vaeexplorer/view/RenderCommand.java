package org.vaeexplorer.view;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.vaeexplorer.model.files.AtomicFiles;
import org.vaeexplorer.model.network.ComputeThreads;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.MainViewModel;
import org.vaeexplorer.viewmodel.Notice;

/**
 * The {@code render} command: one of the window's views drawn headless, by the same panes and view models as the
 * window, into a PNG. It lives in the view (the command line knows no JavaFX); the launcher hands it the arguments.
 * JavaFX runs on Monocle's headless platform with software rendering, so that no display is needed.
 */
public final class RenderCommand {
    /** The views {@code --view} takes. */
    static final List<String> VIEWS = List.of("latent", "data", "manifold", "loss", "kl");
    private static final List<String> OPTIONS = List.of("model", "lesson", "data", "view", "out", "width", "height",
            "scale");
    private static final long LOAD_SECONDS = 180;
    private final PrintStream err;
    private MainViewModel vm;

    private RenderCommand(PrintStream err) {
        this.err = err;
    }

    /** Runs {@code render ARGS…} (without the word render): 0 when the picture was written, 2 for bad input. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (java.util.Arrays.stream(args).anyMatch(a -> a.equals("--help") || a.equals("-h"))) {
            out.println(Texts.get("render.usage"));
            return 0;
        }
        Map<String, String> options;
        Request request;
        try {
            options = options(args);
            request = Request.of(options);
        } catch (IllegalArgumentException e) {
            err.println(Texts.get("render.bad", e.getMessage()));
            err.println(Texts.get("render.usage"));
            return 2;
        }
        useHeadlessPlatform();
        return new RenderCommand(err).render(request, out);
    }

    /** What to draw, checked before JavaFX starts. */
    record Request(Path model, Path lesson, String data, String view, Path out, double width, double height,
            double scale) {
        static Request of(Map<String, String> o) {
            Path model = input(o, "model");
            Path lesson = input(o, "lesson");
            if ((model == null) == (lesson == null)) {
                throw new IllegalArgumentException(Texts.get("render.check.oneInput"));
            }
            String view = o.getOrDefault("view", "");
            if (!VIEWS.contains(view)) {
                throw new IllegalArgumentException(Texts.get("render.check.view", String.join(", ", VIEWS)));
            }
            if (model != null && (view.equals("loss") || view.equals("kl"))) {
                throw new IllegalArgumentException(Texts.get("render.check.noHistory", view));
            }
            String outName = o.get("out");
            if (outName == null || !outName.toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
                throw new IllegalArgumentException(Texts.get("render.check.png"));
            }
            Path out = path(outName, "out");
            for (Path in : new Path[] {model, lesson, o.containsKey("data") ? path(o.get("data"), "data") : null}) {
                if (in != null && in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                    throw new IllegalArgumentException(Texts.get("render.check.outIsInput", outName));
                }
            }
            return new Request(model, lesson, o.get("data"), view, out, number(o, "width", 900, 16, 8000),
                    number(o, "height", 700, 16, 8000), number(o, "scale", 1, 0.25, 4));
        }

        private static Path input(Map<String, String> o, String key) {
            if (!o.containsKey(key)) {
                return null;
            }
            Path p = path(o.get(key), key);
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException(Texts.get("render.check.notFile", key, o.get(key)));
            }
            return p;
        }

        private static Path path(String text, String key) {
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException(Texts.get("render.check.notFileName", key, text));
            }
        }

        private static double number(Map<String, String> o, String key, double fallback, double min, double max) {
            String text = o.get(key);
            if (text == null) {
                return fallback;
            }
            double v;
            try {
                v = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(Texts.get("render.check.notNumber", key, text));
            }
            if (!(v >= min && v <= max)) {
                throw new IllegalArgumentException(Texts.get("render.check.range", key, String.valueOf(min),
                        String.valueOf(max)));
            }
            return v;
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String key = args[i];
            if (!key.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException(i + 1 >= args.length && key.startsWith("--")
                        ? Texts.get("cli.args.needsValue", key.substring(2)) : Texts.get("cli.args.unexpected", key));
            }
            String name = key.substring(2);
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException(Texts.get("cli.args.noOption", "render", name,
                        String.join(", --", OPTIONS)));
            }
            o.put(name, args[i + 1]);
        }
        return o;
    }

    /** Monocle's headless glass and software rendering, unless the caller chose a platform. */
    private static void useHeadlessPlatform() {
        for (String[] p : new String[][] {{"glass.platform", "Monocle"}, {"monocle.platform", "Headless"},
                {"prism.order", "sw"}, {"java.awt.headless", "true"}}) {
            if (System.getProperty(p[0]) == null) {
                System.setProperty(p[0], p[1]);
            }
        }
    }

    private int render(Request request, PrintStream out) {
        // Before JavaFX's threads load their libraries: ND4J's start must not run beside them (decision 0035).
        ComputeThreads.use(ComputeThreads.forWindow());
        ExecutorService modelThread = ModelThread.start();
        try {
            startToolkit();
            vm = onFx(() -> new MainViewModel(Platform::runLater, modelThread));
            load(request);
            Node pane = onFx(() -> pane(request));
            settle(request);
            WritableImage picture = onFx(() -> PanePictures.of(pane, request.scale()));
            AtomicFiles.write(request.out(), stream -> PanePictures.writePng(picture, stream));
            out.println(Texts.get("render.done", request.out(), (int) picture.getWidth(),
                    (int) picture.getHeight()));
            return 0;
        } catch (RenderException e) {
            err.println(Texts.get("render.bad", e.getMessage()));
            return 2;
        } catch (java.io.IOException e) {
            err.println(Texts.get("render.bad", e.getMessage()));
            return 2;
        } finally {
            modelThread.shutdownNow();
        }
    }

    /** Opens the data, then the model or lesson, waiting for each (a bad file ends the command with its notice). */
    private void load(Request r) {
        if (r.data() != null) {
            Path file = Path.of(r.data());
            onFx(() -> {
                if (Files.isRegularFile(file)) {
                    vm.data().openDataFile(file);
                } else {
                    vm.data().datasetChoiceProperty().set(vm.data().datasetChoices().stream()
                            .filter(c -> c.id().equals(r.data())).findFirst()
                            .orElseThrow(() -> new RenderException(Texts.get("render.noData", r.data()))));
                }
                return null;
            });
            await(() -> vm.data().dataProperty().get() != null, Texts.get("render.waiting.data"));
        }
        onFx(() -> {
            vm.dismissNotice();
            if (r.lesson() != null) {
                vm.lesson().open(r.lesson());
            } else {
                vm.training().openModel(r.model());
            }
            return null;
        });
        await(() -> vm.exploration().latentProperty().get() != null, Texts.get("render.waiting.model"));
    }

    /** The view's pane, bound to the view models and laid out at the requested size in a styled scene. */
    private Node pane(Request r) {
        var data = vm.data().dataProperty();
        boolean images = data.get() != null && data.get().data().imageShape() != null;
        LayeredCanvasPane pane;
        switch (r.view()) {
            case "latent", "manifold" -> {
                if (r.view().equals("manifold") && !images) {
                    DataViewCanvas canvas = new DataViewCanvas();
                    canvas.bind(vm.exploration(), data);
                    pane = canvas;
                } else {
                    LatentCanvas canvas = new LatentCanvas();
                    canvas.bind(vm.exploration(), data);
                    pane = canvas;
                }
                vm.exploration().manifoldShownProperty().set(r.view().equals("manifold"));
            }
            case "data" -> {
                DataViewCanvas canvas = new DataViewCanvas();
                canvas.bind(vm.exploration(), data);
                pane = canvas;
            }
            case "loss" -> {
                LossChartCanvas canvas = new LossChartCanvas();
                canvas.bind(vm.chart());
                pane = canvas;
            }
            default -> {
                KlBarCanvas canvas = new KlBarCanvas();
                canvas.bind(vm.kl());
                pane = canvas;
            }
        }
        StackPane root = new StackPane(pane);
        root.getStylesheets().add(MainView.class.getResource("main.css").toExternalForm());
        new Scene(root, r.width(), r.height());
        root.applyCss();
        root.layout();
        // A first drawing fits the view and tells the view models which area shows (the manifold's grid).
        pane.picture(1);
        return pane;
    }

    /** Waits for what the view asked of the model thread: the probe's decoding and, when shown, the manifold. */
    private void settle(Request r) {
        await(() -> vm.exploration().probeProperty().get() != null, Texts.get("render.waiting.probe"));
        if (r.view().equals("manifold")) {
            await(() -> vm.exploration().manifoldProperty().get() != null,
                    Texts.get("render.waiting.manifold"));
        }
        // Results still on their way to the FX thread arrive before the picture.
        onFx(() -> null);
    }

    private void await(BooleanSupplier done, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_SECONDS);
        while (true) {
            Boolean ready = onFx(done::getAsBoolean);
            Notice notice = onFx(() -> vm.noticeProperty().get());
            if (notice != null && notice.error()) {
                throw new RenderException(notice.text());
            }
            if (ready) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new RenderException(Texts.get("render.gaveUp", what, String.valueOf(LOAD_SECONDS)));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RenderException(Texts.get("render.interrupted"));
            }
        }
    }

    private static void startToolkit() {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T onFx(Supplier<T> job) {
        if (Platform.isFxApplicationThread()) {
            return job.get();
        }
        FutureTask<T> task = new FutureTask<>(job::get);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException(Texts.get("render.interrupted"));
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RenderException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A problem of the input, told to the user in one line. */
    private static final class RenderException extends RuntimeException {
        RenderException(String message) {
            super(message);
        }
    }
}
