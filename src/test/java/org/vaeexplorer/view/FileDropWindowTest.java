package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.viewmodel.MainViewModel;

/**
 * Files dropped on the real window (headless): the drag-and-drop events a desktop sends, with a dragboard holding
 * the files, go through the window's own handlers. A file that lies is refused with a notice and the session stays;
 * a lesson dropped after it opens.
 */
@ExtendWith(ApplicationExtension.class)
class FileDropWindowTest {
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

    /** Drags {@code file} over the window and drops it; whether the window accepted the drag. */
    private boolean drop(FxRobot robot, Path file) {
        boolean[] accepted = new boolean[1];
        robot.interact(() -> {
            Node root = stage.getScene().getRoot();
            Dragboard board = DragboardHelper.createDragboard(new DragSource());
            DragboardHelper.setDataAccessRestriction(board, false);
            board.setContent(Map.of(DataFormat.FILES, List.of(file.toFile())));
            DragEvent over = new DragEvent(root, root, DragEvent.DRAG_OVER, board, 200, 200, 200, 200,
                    TransferMode.COPY, null, null, null);
            Event.fireEvent(root, over);
            // The copies the handlers see share the original's state: what they accepted shows here.
            accepted[0] = over.getAcceptedTransferMode() == TransferMode.COPY;
            Event.fireEvent(root, new DragEvent(root, root, DragEvent.DRAG_DROPPED, board, 200, 200, 200, 200,
                    TransferMode.COPY, null, null, null));
        });
        return accepted[0];
    }

    /** What a file manager offers while it drags: its files, to copy or move. */
    private static final class DragSource implements TKClipboard {
        private final Map<DataFormat, Object> content = new java.util.HashMap<>();

        @Override
        @SuppressWarnings("removal")
        public void setSecurityContext(java.security.AccessControlContext context) {
        }

        @Override
        public java.util.Set<DataFormat> getContentTypes() {
            return content.keySet();
        }

        @Override
        @SafeVarargs
        public final boolean putContent(javafx.util.Pair<DataFormat, Object>... pairs) {
            content.clear();
            for (var pair : pairs) {
                content.put(pair.getKey(), pair.getValue());
            }
            return true;
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public java.util.Set<TransferMode> getTransferModes() {
            return java.util.EnumSet.of(TransferMode.COPY, TransferMode.MOVE);
        }

        @Override
        public void setDragView(javafx.scene.image.Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offsetX) {
        }

        @Override
        public void setDragViewOffsetY(double offsetY) {
        }

        @Override
        public javafx.scene.image.Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }

    @Test
    void aDroppedFileThatLiesIsRefusedAndTheSessionStaysThenADroppedLessonOpens(FxRobot robot) throws Exception {
        RealWindow.smallMoonsTrainedOneEpoch(robot, vm());
        var data = vm().data().dataProperty().get();
        Path lying = Files.write(dir.resolve("lies.vaelesson"), "PK\u0003\u0004 not a zip at all".getBytes());

        assertTrue(drop(robot, lying), "the window takes a dragged file");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().noticeProperty().get() != null
                && vm().noticeProperty().get().error() && vm().noticeProperty().get().text().contains("lies.vaelesson"));
        assertEquals(data, vm().data().dataProperty().get(), "the data stay");
        assertEquals(1, vm().training().reports().size(), "the trained epoch stays");
        assertTrue(vm().lesson().shownNameProperty().get().isEmpty(), "no lesson half-opened");

        Path lesson = Path.of("assets/lessons/01-two-gaussians.vaelesson").toAbsolutePath();
        drop(robot, lesson);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm().lesson().shownNameProperty().get().isEmpty());
        assertFalse(vm().data().dataProperty().get() == data, "the lesson's data replaced the session's");
    }
}
