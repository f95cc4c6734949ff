package org.vaeexplorer.viewmodel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.files.ModelFile;
import org.vaeexplorer.model.lessons.LessonData;
import org.vaeexplorer.model.network.VaeSnapshot;
import org.vaeexplorer.model.settings.ConfigProblem;
import org.vaeexplorer.model.settings.InvalidConfigException;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.text.Texts;

/**
 * The training pane's model files: saving the current model and opening a saved one (with the data it names) on the
 * model thread; what the pane shows afterwards is {@link TrainingViewModel}'s.
 */
final class ModelFiles {
    private final Executor uiThread;
    private final ModelWorker worker;
    private final ExplorerSession session;
    private final DataViewModel data;
    private final Consumer<Notice> notices;
    private final TrainingViewModel training;

    ModelFiles(Executor uiThread, ModelWorker worker, ExplorerSession session, DataViewModel data,
            Consumer<Notice> notices, TrainingViewModel training) {
        this.uiThread = uiThread;
        this.worker = worker;
        this.session = session;
        this.data = data;
        this.notices = notices;
        this.training = training;
    }

    /** Saves the current model, if there is one, as soon as the model thread can (atomically). */
    void save(Path file) {
        worker.soon(() -> {
            try {
                if (session.hasModel()) {
                    session.files().saveChecked(file, () -> ModelFile.save(session.trainer().model().snapshot(), file));
                    uiThread.execute(() -> notices.accept(new Notice(Texts.get("notice.saved", file.getFileName()),
                            false)));
                }
            } catch (IOException e) {
                uiThread.execute(() -> notices.accept(new Notice(Texts.get("notice.couldNotSave", e.getMessage()),
                        true)));
            }
        });
    }

    /** Opens a saved model and the data it needs; a bad file leaves data, model and chart as they were. */
    void open(Path file) {
        String fileName = file.getFileName().toString();
        DataForModel dataForModel = data.dataForModel();
        // Its data may take seconds to make (MNIST): Train waits, as for any data (DataViewModel.startLoading).
        long request = data.startLoading(fileName);
        worker.run(() -> {
            String problem;
            try {
                VaeSnapshot snapshot = ModelFile.load(file);
                session.files().remember(file);
                LessonData.BuiltIn needed = dataForModel.source(snapshot.dataName());
                if (needed == null && session.data() == null) {
                    throw new InvalidConfigException(List.of(new ConfigProblem("data",
                            Texts.get("problem.openDataFirst", snapshot.dataName()))));
                }
                DataSnapshot dataSnapshot = session.openModel(snapshot, needed);
                VaeConfig config = session.trainer().model().config();
                uiThread.execute(() -> {
                    data.loadEnded(request);
                    if (dataSnapshot != null) {
                        data.show(dataSnapshot);
                    }
                    training.modelOpened(fileName, config);
                });
                // After the hand-over above: the pictures of the opened model must not land before it clears the old.
                training.weightsChanged();
                return;
            } catch (DataFormatException e) {
                problem = Texts.get("notice.couldNotOpen", e.getMessage());
            } catch (RuntimeException e) {
                problem = Texts.get("notice.couldNotOpenFile", fileName, e.getMessage());
            } catch (OutOfMemoryError e) {
                problem = Texts.get("notice.tooLarge", fileName);
            }
            String message = problem;
            uiThread.execute(() -> {
                data.loadEnded(request);
                training.failed(message);
            });
        });
    }
}
