package org.vaeexplorer.view;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.ComparisonPlan;
import org.vaeexplorer.viewmodel.ComparisonViewModel;
import org.vaeexplorer.viewmodel.ComparisonViewModel.ComparisonSnapshot;
import org.vaeexplorer.viewmodel.ComparisonViewModel.ProbeDecodings;
import org.vaeexplorer.viewmodel.ComparisonViewModel.RunState;
import org.vaeexplorer.viewmodel.DataSnapshot;

/**
 * The comparison window's controller ({@code ComparisonView.fxml}): one column per run with its latent map and its
 * decoding of the shared probe, and the overlaid losses. Snapshots and probe decodings only mark the pictures out of
 * date; they are all painted together once on the next pulse. Dragging in any map moves the probe in all.
 */
public final class ComparisonView implements RepaintScheduler.Repaintable {
    @FXML private Button trainButton;
    @FXML private Label statusLabel;
    @FXML private HBox columns;
    @FXML private Pane lossPane;
    private final List<Canvas> maps = new ArrayList<>();
    private final List<Canvas> decodings = new ArrayList<>();
    private final Canvas losses = new Canvas();
    /** The owner window's presenter scale: every picture here is drawn enlarged by it, as the main window's are. */
    private final DoubleProperty scale = new SimpleDoubleProperty(1);
    private static final double LOSS_MIN_HEIGHT = 160;
    private static final double LOSS_PREF_HEIGHT = 240;
    /** The loss chart's title as wrapped for {@link #lossTitleWidth}. */
    private List<String> lossTitle;
    private double lossTitleWidth = -1;
    private ComparisonViewModel comparison;
    private ObservableValue<DataSnapshot> data;
    private RepaintScheduler repaints;
    /** The data's bounds {x min, x max, y min, y max} for 2-D decodings, found once per data. */
    private double[] dataBounds;
    private DataSnapshot boundsOf;

    @FXML
    void initialize() {
        lossPane.getChildren().add(losses);
        losses.widthProperty().bind(lossPane.widthProperty());
        losses.heightProperty().bind(lossPane.heightProperty());
        losses.widthProperty().addListener((obs, was, now) -> requestRepaint());
        losses.heightProperty().addListener((obs, was, now) -> requestRepaint());
    }

    /** @param data the window's data, which the comparison trains on */
    void bind(ComparisonViewModel comparison, ObservableValue<DataSnapshot> data, RepaintScheduler repaints) {
        this.comparison = comparison;
        this.data = data;
        this.repaints = repaints;
        CanvasLook look = CanvasLook.of(columns);
        if (look != null) {
            scale.bind(look.scale);
        }
        scale.addListener((obs, was, now) -> requestRepaint());
        // The chart grows with its texts in presenter mode, but leaves the maps at least 55 % of the window.
        lossPane.setMinHeight(LOSS_MIN_HEIGHT);
        lossPane.prefHeightProperty().bind(Bindings.min(scale.multiply(LOSS_PREF_HEIGHT),
                ((Region) lossPane.getParent()).heightProperty().multiply(0.45)));
        trainButton.textProperty().bind(javafx.beans.binding.Bindings.when(comparison.trainingProperty())
                .then(Texts.get("side.compare.pause")).otherwise(Texts.get("side.compare.train")));
        comparison.planProperty().addListener((obs, was, now) -> buildColumns(now));
        comparison.snapshotProperty().addListener((obs, was, now) -> {
            statusLabel.setText(now == null ? "" : status(now));
            requestRepaint();
        });
        comparison.probeProperty().addListener((obs, was, now) -> requestRepaint());
        buildColumns(comparison.planProperty().get());
    }

    private static String status(ComparisonSnapshot s) {
        StringBuilder text = new StringBuilder();
        for (RunState run : s.runs()) {
            text.append(text.length() == 0 ? "" : "   ").append(run.run().name()).append(": ")
                    .append(Texts.get("side.compare.epoch", run.epoch()));
        }
        return text.toString();
    }

    private void buildColumns(ComparisonPlan plan) {
        columns.getChildren().clear();
        maps.clear();
        decodings.clear();
        if (plan == null) {
            return;
        }
        for (int i = 0; i < plan.runs().size(); i++) {
            Label name = new Label(plan.runs().get(i).name());
            name.getStyleClass().add("section");
            name.setTextFill(ComparisonPainter.RUN_COLOURS[i]);
            Canvas map = new Canvas();
            map.setId("comparisonMap" + i);
            Pane mapPane = holder(map, 2);
            Canvas decoding = new Canvas();
            Pane decodingPane = holder(decoding, 1);
            Label decodingTitle = new Label(Texts.get("side.compare.decoding"));
            VBox column = new VBox(4, name, mapPane, decodingTitle, decodingPane);
            VBox.setVgrow(mapPane, Priority.ALWAYS);
            VBox.setVgrow(decodingPane, Priority.SOMETIMES);
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setMinWidth(120);
            column.setPrefWidth(400);
            map.setOnMousePressed(e -> moveProbe(map, e));
            map.setOnMouseDragged(e -> moveProbe(map, e));
            maps.add(map);
            decodings.add(decoding);
            columns.getChildren().add(column);
        }
        requestRepaint();
    }

    /** A pane that the canvas fills, growing with the window; {@code weight} shares the column's height. */
    private Pane holder(Canvas canvas, int weight) {
        Pane pane = new Pane(canvas);
        pane.setMinSize(100, 60 * weight);
        pane.setPrefSize(400, 160 * weight);
        canvas.widthProperty().bind(pane.widthProperty());
        canvas.heightProperty().bind(pane.heightProperty());
        canvas.widthProperty().addListener((obs, was, now) -> requestRepaint());
        canvas.heightProperty().addListener((obs, was, now) -> requestRepaint());
        return pane;
    }

    private void moveProbe(Canvas map, MouseEvent e) {
        ComparisonSnapshot s = comparison.snapshotProperty().get();
        if (s == null) {
            return;
        }
        double k = scale.get();
        var frame = ComparisonPainter.Frame.of(s.area(), map.getWidth() / k, map.getHeight() / k);
        comparison.probeXProperty().set(frame.latentX(e.getX() / k));
        comparison.probeYProperty().set(frame.latentY(e.getY() / k));
    }

    private void requestRepaint() {
        if (repaints != null) {
            repaints.requestRepaint(this);
        }
    }

    @Override
    public boolean repaint(RepaintScheduler.Pulse pulse) {
        ComparisonSnapshot s = comparison.snapshotProperty().get();
        DataSnapshot d = data.getValue();
        if (s == null || d == null || s.runs().size() != maps.size()) {
            return false;
        }
        ProbeDecodings probe = comparison.probeProperty().get();
        double px = comparison.probeXProperty().get();
        double py = comparison.probeYProperty().get();
        double k = scale.get();
        for (int i = 0; i < maps.size(); i++) {
            Canvas map = maps.get(i);
            GraphicsContext g = scaled(map, k);
            ComparisonPainter.paintMap(g, ComparisonPainter.Frame.of(s.area(), map.getWidth() / k,
                    map.getHeight() / k), s.runs().get(i), d.data(), px, py);
            g.restore();
            Canvas decoding = decodings.get(i);
            g = scaled(decoding, k);
            ComparisonPainter.paintDecoding(g, decoding.getWidth() / k, decoding.getHeight() / k, d,
                    probe == null ? null : probe.decoded().get(i), ComparisonPainter.RUN_COLOURS[i], boundsOf(d));
            g.restore();
        }
        double lossWidth = losses.getWidth() / k;
        if (lossWidth != lossTitleWidth) {
            // Measured once per width: wrapping lays the title out word by word.
            lossTitle = ComparisonPainter.lossTitle(lossWidth);
            lossTitleWidth = lossWidth;
        }
        GraphicsContext g = scaled(losses, k);
        ComparisonPainter.paintLosses(g, lossWidth, losses.getHeight() / k, s.runs(), lossTitle);
        g.restore();
        return false;
    }

    /** The canvas's pen drawing {@code k} times larger; the painter sees a canvas {@code k} times smaller. */
    private static GraphicsContext scaled(Canvas canvas, double k) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.save();
        g.setTransform(k, 0, 0, k, 0, 0);
        return g;
    }

    /** The factor the pictures are drawn at; for tests. */
    double paintScale() {
        return scale.get();
    }

    private double[] boundsOf(DataSnapshot d) {
        if (boundsOf != d) {
            double[] b = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
            float[] plane = d.plane();
            for (int r = 0; r < plane.length / 2; r++) {
                b[0] = Math.min(b[0], plane[2 * r]);
                b[1] = Math.max(b[1], plane[2 * r]);
                b[2] = Math.min(b[2], plane[2 * r + 1]);
                b[3] = Math.max(b[3], plane[2 * r + 1]);
            }
            dataBounds = b;
            boundsOf = d;
        }
        return dataBounds;
    }

    @FXML
    void onTrainOrPause() {
        if (comparison.trainingProperty().get()) {
            comparison.pause();
        } else {
            comparison.train();
        }
    }

    @FXML
    void onClose() {
        trainButton.getScene().getWindow().hide();
    }
}
