package org.vaeexplorer.model.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.vaeexplorer.text.Texts;

/**
 * Everything needed to read a CSV file as a dataset: its format, each column's role, what to do with rows that miss
 * a value, and the picture shape when the features are pixels. Written as one line ({@link #toSpec()}) to be
 * remembered per file and kept in lessons.
 *
 * @param image the picture shape of the features, or {@code null} when they are not pixels
 */
public record CsvImport(CsvFormat format, List<ColumnRole> roles, Missing missing, ImageShape image) {

    /** What happens to a row with an empty, NA or NaN value in a used column. */
    public enum Missing {
        /** The row is left out and counted. */
        DROP,
        /** Reading stops, naming the row and column. */
        REFUSE
    }

    public CsvImport {
        Objects.requireNonNull(format);
        Objects.requireNonNull(missing);
        roles = List.copyOf(roles);
        if (roles.stream().filter(r -> r == ColumnRole.LABEL).count() > 1) {
            throw new IllegalArgumentException(Texts.get("csv.import.oneLabel"));
        }
    }

    /** The label column's index, or −1 when the data has no labels. */
    public int labelColumn() {
        return roles.indexOf(ColumnRole.LABEL);
    }

    /** How many columns become features. */
    public int featureCount() {
        return (int) roles.stream().filter(r -> r == ColumnRole.FEATURE).count();
    }

    /** The same with one column's role changed; a new label makes the former label column a feature. */
    public CsvImport withRole(int column, ColumnRole role) {
        List<ColumnRole> changed = new ArrayList<>(roles);
        if (role == ColumnRole.LABEL) {
            changed.replaceAll(r -> r == ColumnRole.LABEL ? ColumnRole.FEATURE : r);
        }
        changed.set(column, role);
        return new CsvImport(format, changed, missing, image);
    }

    public CsvImport withMissing(Missing policy) {
        return new CsvImport(format, roles, policy, image);
    }

    public CsvImport withImage(ImageShape shape) {
        return new CsvImport(format, roles, missing, shape);
    }

    /** One line such as {@code delimiter=semicolon header=yes decimal=comma missing=drop image=8x8 roles=FFFL}. */
    public String toSpec() {
        StringBuilder roleLetters = new StringBuilder();
        roles.forEach(r -> roleLetters.append(r.name().charAt(0)));
        return "delimiter=" + switch (format.delimiter()) {
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "comma";
        } + " header=" + (format.header() ? "yes" : "no") + " decimal=" + (format.decimalComma() ? "comma" : "point")
                + " missing=" + missing.name().toLowerCase(Locale.ROOT)
                + " image=" + (image == null ? "none" : image.width() + "x" + image.height())
                + " roles=" + roleLetters;
    }

    /**
     * The choices written by {@link #toSpec()}.
     *
     * @throws IllegalArgumentException naming what is wrong, when the line is not such a spec
     */
    public static CsvImport fromSpec(String spec) {
        java.util.Map<String, String> fields = new java.util.HashMap<>();
        for (String part : spec.trim().split(" +")) {
            int eq = part.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException(Texts.get("csv.import.keyValue", part));
            }
            fields.put(part.substring(0, eq), part.substring(eq + 1));
        }
        char delimiter = switch (required(fields, "delimiter")) {
            case "comma" -> ',';
            case "semicolon" -> ';';
            case "tab" -> '\t';
            default -> throw new IllegalArgumentException(Texts.get("csv.import.delimiter"));
        };
        boolean header = yesNo(required(fields, "header"), "yes", "no", "header");
        boolean comma = yesNo(required(fields, "decimal"), "comma", "point", "decimal");
        Missing missing = Missing.valueOf(required(fields, "missing").toUpperCase(Locale.ROOT));
        List<ColumnRole> roles = new ArrayList<>();
        for (char letter : required(fields, "roles").toCharArray()) {
            roles.add(switch (letter) {
                case 'F' -> ColumnRole.FEATURE;
                case 'L' -> ColumnRole.LABEL;
                case 'I' -> ColumnRole.IGNORED;
                default -> throw new IllegalArgumentException(Texts.get("csv.import.role", String.valueOf(letter)));
            });
        }
        String image = required(fields, "image");
        return new CsvImport(new CsvFormat(delimiter, header, comma), roles, missing,
                image.equals("none") ? null : parseShape(image));
    }

    /**
     * A picture shape written {@code WIDTHxHEIGHT}, such as {@code 8x8}.
     *
     * @throws IllegalArgumentException when it is not two positive whole numbers around an x
     */
    public static ImageShape parseShape(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split("[x×]", -1);
        try {
            if (parts.length == 2) {
                return new ImageShape(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new IllegalArgumentException(Texts.get("csv.import.size", text));
    }

    private static String required(java.util.Map<String, String> fields, String key) {
        String value = fields.get(key);
        if (value == null) {
            throw new IllegalArgumentException(Texts.get("csv.import.missingKey", key));
        }
        return value;
    }

    private static boolean yesNo(String value, String yes, String no, String key) {
        if (value.equals(yes) || value.equals(no)) {
            return value.equals(yes);
        }
        throw new IllegalArgumentException(key + " must be " + yes + " or " + no);
    }
}
