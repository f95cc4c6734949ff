package org.vaeexplorer.model.data;

/**
 * Reads a plain decimal number — {@code [+-]?(digits[mark digits]|mark digits)([eE][+-]?digits)?} with ASCII digits
 * and a point or comma as the mark — straight from a file's characters, to exactly the float that
 * {@link Float#parseFloat} gives (no hexadecimal, suffixes, NaN, Infinity or spaces). A regular expression and a
 * String per field made reading about 1 MB/s.
 *
 * <p>Why the result is exact: with at most 18 significant digits, the digits form an integer {@code m} and the
 * number is {@code m × 10^e}. When {@code m ≤ 2^53} and {@code |e| ≤ 22}, both are exact doubles, so one
 * multiplication or division gives the correctly rounded double {@code d}. Rounding {@code d} to float gives the
 * correctly rounded float unless {@code d} lies exactly halfway between two floats (rounding is monotone, and that
 * halfway point is itself a double); those, and everything else, go to {@link Float#parseFloat}. In that range
 * {@code |d|} lies between 10^−22 and 10^38, where floats are normal, so "halfway" is one bit pattern.
 */
final class CsvNumber {
    private static final double[] POWERS_OF_TEN = new double[23];
    private static final long EXACT_DOUBLE = 1L << 53;
    /** The 29 bits a double has beyond a float's; a halfway point has just their highest set. */
    private static final long BEYOND_FLOAT = (1L << 29) - 1;
    private static final long HALFWAY = 1L << 28;

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private CsvNumber() {
    }

    /**
     * The number written in {@code text[from, to)}, with {@code mark} ({@code '.'} or {@code ','}) as its decimal
     * mark: the float {@link Float#parseFloat} gives (infinite when out of range), or NaN when the text is not such
     * a number.
     */
    static float parse(char[] text, int from, int to, char mark) {
        int i = from;
        boolean negative = false;
        if (i < to && (text[i] == '+' || text[i] == '-')) {
            negative = text[i] == '-';
            i++;
        }
        long digits = 0;
        int significant = 0;
        int scale = 0;
        boolean lost = false;
        int wholeStart = i;
        for (; i < to && isDigit(text[i]); i++) {
            if (significant < 18) {
                digits = digits * 10 + (text[i] - '0');
                significant += digits == 0 ? 0 : 1;
            } else {
                scale++;
                lost = true;
            }
        }
        int count = i - wholeStart;
        if (i < to && text[i] == mark) {
            int fractionStart = ++i;
            for (; i < to && isDigit(text[i]); i++) {
                if (significant < 18) {
                    digits = digits * 10 + (text[i] - '0');
                    significant += digits == 0 ? 0 : 1;
                    scale--;
                } else {
                    lost = true;
                }
            }
            count += i - fractionStart;
        }
        if (count == 0) {
            return Float.NaN;
        }
        int exponent = 0;
        if (i < to && (text[i] == 'e' || text[i] == 'E')) {
            i++;
            boolean negativeExponent = i < to && text[i] == '-';
            if (i < to && (text[i] == '+' || text[i] == '-')) {
                i++;
            }
            int exponentStart = i;
            for (; i < to && isDigit(text[i]); i++) {
                exponent = Math.min(exponent * 10 + (text[i] - '0'), 1_000_000);
            }
            if (i == exponentStart) {
                return Float.NaN;
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i != to) {
            return Float.NaN;
        }
        if (digits == 0 && !lost) {
            return negative ? -0f : 0f;
        }
        int power = scale + exponent;
        if (!lost && digits <= EXACT_DOUBLE && power >= -22 && power <= 22) {
            double d = power >= 0 ? digits * POWERS_OF_TEN[power] : digits / POWERS_OF_TEN[-power];
            if ((Double.doubleToRawLongBits(d) & BEYOND_FLOAT) != HALFWAY) {
                return (float) (negative ? -d : d);
            }
        }
        String written = new String(text, from, to - from);
        return Float.parseFloat(mark == '.' ? written : written.replace(',', '.'));
    }

    /** Whether {@code text[from, to)} means "no value": empty, NA or NaN in any case. */
    static boolean isMissing(char[] text, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return true;
        }
        if (n < 2 || n > 3 || (text[from] | 0x20) != 'n' || (text[from + 1] | 0x20) != 'a') {
            return false;
        }
        return n == 2 || (text[from + 2] | 0x20) == 'n';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
