package org.vaeexplorer.view;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.vaeexplorer.text.Texts;

/** Help ▸ About: the version (from the jar's manifest), the licences of the bundled data and of the libraries. */
final class AboutDialog {
    /** The libraries the app ships with and their licences (names are not translated). */
    static final List<List<String>> LIBRARIES = List.of(
            List.of("OpenJFX 21", "GPL 2.0 with the Classpath Exception"),
            List.of("ControlsFX 11", "BSD 3-Clause"),
            List.of("ND4J / Eclipse Deeplearning4j, JavaCPP", "Apache 2.0"),
            List.of("OpenBLAS (in ND4J's natives)", "BSD 3-Clause"),
            List.of("SLF4J", "MIT"));
    private static final String DATA_NOTICE = "/assets/datasets/LICENSE-NOTICE.md";

    private AboutDialog() {
    }

    /** The app's version as its jar's manifest says, or a note that it runs from classes being developed. */
    static String version() {
        String version = AboutDialog.class.getPackage().getImplementationVersion();
        return version == null ? Texts.get("presenter.about.developmentVersion") : version;
    }

    /** The bundled data's notice, as shipped beside the data; a short line when it is missing. */
    static String dataNotice() {
        try (InputStream in = AboutDialog.class.getResourceAsStream(DATA_NOTICE)) {
            return in == null ? Texts.get("presenter.about.noNotice") : new String(in.readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Texts.get("presenter.about.noNotice");
        }
    }

    static Dialog<ButtonType> create(Window owner) {
        Label title = new Label(Texts.get("presenter.about.heading", VaeExplorerApp.TITLE, version()));
        title.getStyleClass().add("section");
        GridPane libraries = new GridPane();
        libraries.setHgap(20);
        libraries.setVgap(4);
        int row = 0;
        for (List<String> library : LIBRARIES) {
            libraries.addRow(row++, new Label(library.get(0)), new Label(library.get(1)));
        }
        TextArea notice = new TextArea(dataNotice());
        notice.setEditable(false);
        notice.setWrapText(true);
        notice.setPrefRowCount(12);
        notice.setAccessibleText(Texts.get("presenter.about.dataHeading"));
        Label dataHeading = new Label(Texts.get("presenter.about.dataHeading"));
        dataHeading.getStyleClass().add("section");
        Label librariesHeading = new Label(Texts.get("presenter.about.librariesHeading"));
        librariesHeading.getStyleClass().add("section");
        VBox content = new VBox(8, title, new Label(Texts.get("presenter.about.what")), librariesHeading, libraries,
                dataHeading, notice);
        content.setPadding(new Insets(8));
        content.setPrefWidth(640);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        OwnerLook.follow(dialog.getDialogPane(), owner);
        CjkFont.style(dialog.getDialogPane().getStylesheets());
        dialog.setTitle(Texts.get("presenter.about.title"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return dialog;
    }
}
