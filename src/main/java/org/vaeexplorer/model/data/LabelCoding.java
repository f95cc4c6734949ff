package org.vaeexplorer.model.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vaeexplorer.text.Texts;

/**
 * Turns label values as found in a file into class indices 0..k−1, in natural order (numerically when every label
 * is a number), and keeps the original values as class names.
 */
record LabelCoding(int[] labels, List<String> classNames) {
    static final int MAX_CLASSES = 1000;

    static LabelCoding ofStrings(List<String> raw, String file) throws DataFormatException {
        Set<String> distinct = new LinkedHashSet<>(raw);
        if (distinct.size() > MAX_CLASSES) {
            throw new DataFormatException(file, null,
                    Texts.get("polish.data.tooManyClasses", String.valueOf(distinct.size()),
                    String.valueOf(MAX_CLASSES)));
        }
        List<String> names = new ArrayList<>(distinct);
        boolean numeric = names.stream().allMatch(LabelCoding::isNumber);
        names.sort(numeric ? Comparator.comparingDouble(Double::parseDouble) : Comparator.naturalOrder());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        int[] labels = new int[raw.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = index.get(raw.get(i));
        }
        return new LabelCoding(labels, names);
    }

    /**
     * Codes given in order of first appearance, with their texts, recoded to the natural order of
     * {@link #ofStrings}; {@code codes} is rewritten in place.
     */
    static LabelCoding ofCodes(int[] codes, List<String> firstSeen) {
        List<String> names = new ArrayList<>(firstSeen);
        boolean numeric = names.stream().allMatch(LabelCoding::isNumber);
        names.sort(numeric ? Comparator.comparingDouble(Double::parseDouble) : Comparator.naturalOrder());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        int[] recode = new int[firstSeen.size()];
        for (int i = 0; i < recode.length; i++) {
            recode[i] = index.get(firstSeen.get(i));
        }
        for (int i = 0; i < codes.length; i++) {
            codes[i] = recode[codes[i]];
        }
        return new LabelCoding(codes, names);
    }

    static LabelCoding ofRawValues(IdxReader.Table table, String file) throws DataFormatException {
        List<String> raw = new ArrayList<>(table.rows());
        for (float value : table.values()) {
            raw.add(value == Math.rint(value) ? Long.toString((long) value) : Float.toString(value));
        }
        return ofStrings(raw, file);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
