package org.vaeexplorer.model.data;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The automatic choice of each column's role, from the first rows: a text column (fewer than half numbers) is the label (the one with fewest
 * different values when there are several; the others are ignored); text that never repeats (names, codes) and a
 * rising whole-number column named like an id are ignored; without a text label, a whole-number column with few
 * values named like a class becomes the label. Pixels are proposed when the features are a square number of
 * non-negative whole numbers.
 */
final class RoleProposal {
    /** A numeric column with more different values than this is not proposed as a label. */
    static final int MAX_PROPOSED_CLASSES = 50;
    /** A square of fewer features is not proposed as a picture. */
    static final int MIN_IMAGE_PIXELS = 16;
    private static final Pattern ID_NAME = Pattern.compile(
            "(?i)(|#|id|idx|index|no|nr|row|rownum|row[ _]?id|unnamed: ?\\d+|.*[ _.-]id)");
    private static final Pattern LABEL_NAME = Pattern.compile(
            "(?i)(y|.*(class|label|target|species|cultivar|category).*)");

    private RoleProposal() {
    }

    static List<ColumnRole> roles(List<ColumnStats> columns) {
        List<ColumnRole> roles = new ArrayList<>();
        int textLabel = -1;
        for (int c = 0; c < columns.size(); c++) {
            ColumnStats s = columns.get(c);
            ColumnRole role = ColumnRole.FEATURE;
            // Mostly numbers with a few words is a mistyped numeric column: left a feature, reading names the word.
            if (!s.numeric() && s.present() > 0 && 2 * s.numbers() < s.present()) {
                if (s.distinct() == s.present() && s.present() > 1) {
                    role = ColumnRole.IGNORED;
                } else if (textLabel < 0 || s.distinct() < columns.get(textLabel).distinct()) {
                    if (textLabel >= 0) {
                        roles.set(textLabel, ColumnRole.IGNORED);
                    }
                    textLabel = c;
                    role = ColumnRole.LABEL;
                } else {
                    role = ColumnRole.IGNORED;
                }
            } else if (s.numeric() && s.integers() && s.increasing() && ID_NAME.matcher(s.name()).matches()) {
                role = ColumnRole.IGNORED;
            }
            roles.add(role);
        }
        if (textLabel < 0) {
            for (int c = 0; c < columns.size(); c++) {
                ColumnStats s = columns.get(c);
                if (roles.get(c) == ColumnRole.FEATURE && s.numeric() && s.integers()
                        && s.distinct() <= MAX_PROPOSED_CLASSES && s.distinct() < s.present()
                        && LABEL_NAME.matcher(s.name()).matches()) {
                    roles.set(c, ColumnRole.LABEL);
                    break;
                }
            }
        }
        return roles;
    }

    /** A square picture when the features are a square number of non-negative whole numbers, else {@code null}. */
    static ImageShape image(List<ColumnStats> columns, List<ColumnRole> roles) {
        int features = 0;
        for (int c = 0; c < columns.size(); c++) {
            if (roles.get(c) != ColumnRole.FEATURE) {
                continue;
            }
            ColumnStats s = columns.get(c);
            if (!s.numeric() || !s.integers() || s.min() < 0) {
                return null;
            }
            features++;
        }
        int side = (int) Math.round(Math.sqrt(features));
        return features >= MIN_IMAGE_PIXELS && side * side == features ? new ImageShape(side, side) : null;
    }
}
