package org.vaeexplorer.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A lesson note's simple markdown as nodes: paragraphs, "## " headings, "- " bullets and "1. " numbered items, with
 * **bold** spans. Anything else is shown as written: notes come from files and are never interpreted further.
 */
final class NoteText {
    private NoteText() {
    }

    /** One node per block of {@code note}. */
    static List<Node> render(String note) {
        List<Node> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : note.strip().split("\\R")) {
            String line = raw.strip();
            boolean item = line.startsWith("- ") || line.startsWith("* ") || line.matches("\\d{1,3}[.)] .*");
            if (line.isEmpty() || line.startsWith("#") || item) {
                flush(paragraph, blocks);
            }
            if (line.startsWith("#")) {
                Label heading = new Label(line.replaceFirst("^#+\\s*", ""));
                heading.setWrapText(true);
                heading.getStyleClass().add("notes-heading");
                blocks.add(heading);
            } else if (item) {
                paragraph.append(line);
            } else if (!line.isEmpty()) {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    /** Ends a paragraph or list item (which continues on the lines after its marker until a blank or a new block). */
    private static void flush(StringBuilder paragraph, List<Node> blocks) {
        if (paragraph.isEmpty()) {
            return;
        }
        String text = paragraph.toString();
        paragraph.setLength(0);
        String marker = text.startsWith("- ") || text.startsWith("* ") ? "•"
                : text.matches("\\d{1,3}[.)] .*") ? text.substring(0, text.indexOf(' ')) : null;
        if (marker == null) {
            blocks.add(flow(text));
            return;
        }
        Label mark = new Label(marker);
        mark.setMinWidth(22);
        mark.getStyleClass().add("notes-marker");
        TextFlow body = flow(text.substring(text.indexOf(' ') + 1));
        HBox.setHgrow(body, Priority.ALWAYS);
        blocks.add(new HBox(2, mark, body));
    }

    /** A paragraph's text, with the spans between pairs of ** in bold. */
    private static TextFlow flow(String text) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("notes-text");
        String[] spans = text.split("\\*\\*", -1);
        for (int i = 0; i < spans.length; i++) {
            if (spans[i].isEmpty()) {
                continue;
            }
            Text span = new Text(spans[i]);
            span.getStyleClass().add(i % 2 == 1 && i < spans.length - 1 ? "notes-bold" : "notes-span");
            flow.getChildren().add(span);
        }
        return flow;
    }
}
