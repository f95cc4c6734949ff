package org.vaeexplorer.viewmodel;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.vaeexplorer.model.data.ColumnRole;
import org.vaeexplorer.model.data.ColumnStats;
import org.vaeexplorer.text.Texts;

/** One column in the import dialog: its name, what its first rows hold, and its role (changeable). */
public final class ImportColumn {
    private final String name;
    private final String summary;
    private final ObjectProperty<ColumnRole> role;
    private final boolean numeric;

    ImportColumn(ColumnStats stats, ColumnRole role) {
        this.name = stats.name();
        this.role = new SimpleObjectProperty<>(role);
        this.numeric = stats.numeric();
        String kind;
        if (stats.numeric()) {
            kind = Texts.get(stats.integers() ? "import.column.wholeNumbers" : "import.column.numbers",
                    number(stats.min()), number(stats.max()));
        } else if (stats.present() > 0) {
            kind = Texts.get("import.column.text", String.valueOf(stats.distinct()));
        } else {
            kind = Texts.get("import.column.empty");
        }
        this.summary = stats.missing() > 0 ? Texts.get("import.column.missing", kind,
                String.valueOf(stats.missing())) : kind;
    }

    public String name() {
        return name;
    }

    /** "numbers 0.1 to 14.8", "text, 3 values", with missing values counted, from the rows looked at. */
    public String summary() {
        return summary;
    }

    /** Whether the rows looked at hold numbers, so that the column can be a feature. */
    public boolean numeric() {
        return numeric;
    }

    public ObjectProperty<ColumnRole> roleProperty() {
        return role;
    }

    private static String number(double v) {
        // Four significant digits without trailing zeros, and a point whatever the system's locale: 0.98, not 0,9800.
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
