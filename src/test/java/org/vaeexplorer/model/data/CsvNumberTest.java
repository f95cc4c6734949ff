package org.vaeexplorer.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written number reader against the JDK: every text it accepts must give the very float
 * {@link Float#parseFloat} gives (bit for bit), and it must accept exactly what the former regular expression did.
 */
class CsvNumberTest {
    /** The syntax the reader used before, as the independent reference for what is a number. */
    private static final Pattern POINT_NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern COMMA_NUMBER = Pattern.compile("[+-]?(\\d+,?\\d*|,\\d+)([eE][+-]?\\d+)?");

    private static float parse(String text, char mark) {
        char[] padded = ("#" + text + "#").toCharArray();
        return CsvNumber.parse(padded, 1, padded.length - 1, mark);
    }

    /** Checks one text in both decimal marks; returns whether it was accepted. */
    private static boolean check(String text) {
        boolean accepted = POINT_NUMBER.matcher(text).matches();
        float got = parse(text, '.');
        assertEquals(accepted, !Float.isNaN(got), "accepted? '" + text + "'");
        if (accepted) {
            float expected = Float.parseFloat(text);
            assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(got),
                    "'" + text + "': " + expected + " expected, " + got + " read");
        }
        String comma = text.replace('.', ',');
        boolean commaAccepted = COMMA_NUMBER.matcher(comma).matches();
        float gotComma = parse(comma, ',');
        assertEquals(commaAccepted, !Float.isNaN(gotComma), "accepted with a decimal comma? '" + comma + "'");
        if (commaAccepted) {
            assertEquals(Float.floatToRawIntBits(Float.parseFloat(comma.replace(',', '.'))),
                    Float.floatToRawIntBits(gotComma), "'" + comma + "' with a decimal comma");
        }
        return accepted;
    }

    @Test
    void edgeCasesReadAsTheJdkReadsThem() {
        List<String> numbers = List.of("0", "-0", "+0", "0.0", "-0.000", "00012", "007.50", "1.", ".5", "-.5e-3",
                "+.5E+3", "14.23", "1065.0", "255", "0.1", "0.3", "1e0", "1E-0", "3.4028235e38", "3.4028236e38",
                "3.40282357e38", "1e38", "1e39", "-1e39", "1e-45", "1.4e-45", "7e-46", "1e-46", "1.17549435E-38",
                "1e-40", "-2.5e-42", "16777216", "16777217", "16777219", "33554435", "9007199254740993",
                "123456789012345678901234567890", "0.000000000000000000000000000001234567",
                "1234567890123456789", "12345678901234567890", "9999999999999999999", "0.1000000000000000055511",
                "1e22", "1e23", "1e-22", "1e-23", "4.5e15", "0e999999999999", "1e999999999999",
                "1e-999999999999", "5.89070065", "2.0000001192092896", "2.00000011920928955078125",
                "1.00000005960464477539062500000000000000000000001", "1.000000059604644775390625");
        for (String n : numbers) {
            assertTrue(check(n), n + " is a number");
        }
        List<String> notNumbers = List.of("", "+", "-", ".", "+.", "e5", ".e5", "1e", "1e+", "1e-", "1.2.3",
                "1..2", "--1", "+-1", "1-", "NaN", "nan", "NA", "Infinity", "-Infinity", "inf", "1f", "1d", "0x10",
                "0x1p3", " 1", "1 ", "1 2", "1_000", "١٢", "１", "1e5.5", "e", "E", ",5", "5,", "1,5");
        for (String n : notNumbers) {
            assertFalse(check(n), "'" + n + "' is not a number");
        }
    }

    @Test
    void randomNumbersOfEveryShapeReadAsTheJdkReadsThem() {
        Random random = new Random(17);
        for (int k = 0; k < 60_000; k++) {
            check(randomNumber(random));
        }
    }

    @Test
    void numbersHalfwayBetweenTwoFloatsAndJustBesideThemRoundAsTheJdkRounds() {
        Random random = new Random(33);
        for (int k = 0; k < 6_000; k++) {
            float f = Float.intBitsToFloat(random.nextInt(0x7f000000));
            BigDecimal low = new BigDecimal(f);
            BigDecimal halfway = low.add(new BigDecimal(Math.ulp(f)).divide(BigDecimal.valueOf(2)));
            BigDecimal tiny = halfway.ulp().max(halfway.abs().scaleByPowerOfTen(-30));
            for (BigDecimal b : List.of(halfway, halfway.add(tiny), halfway.subtract(tiny))) {
                check(b.toString());
                check(b.toPlainString().length() < 60 ? b.toPlainString() : b.toString());
                // Rounded to 8 to 17 significant digits: short texts near the halfway point.
                check(b.round(new java.math.MathContext(8 + random.nextInt(10))).toString());
            }
        }
    }

    @Test
    void randomTextsAreAcceptedExactlyWhenTheyAreNumbers() {
        Random random = new Random(5);
        String alphabet = "0123456789+-.,eE xaN";
        int accepted = 0;
        for (int k = 0; k < 100_000; k++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(9); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            accepted += check(text.toString()) ? 1 : 0;
        }
        assertTrue(accepted > 1000, "some random texts are numbers: " + accepted);
    }

    @Test
    void missingValuesAreEmptyNaOrNanInAnyCase() {
        for (String missing : List.of("", "NA", "na", "nA", "NaN", "nan", "NAN")) {
            char[] text = missing.toCharArray();
            assertTrue(CsvNumber.isMissing(text, 0, text.length), missing);
        }
        for (String present : List.of("N", "NAA", "NaNa", "0", "n/a", "None", "-")) {
            char[] text = present.toCharArray();
            assertFalse(CsvNumber.isMissing(text, 0, text.length), present);
        }
    }

    /** Digits with a point anywhere and an exponent now and then, as files write them and as they do not. */
    private static String randomNumber(Random random) {
        List<String> parts = new ArrayList<>();
        switch (random.nextInt(5)) {
            case 0 -> parts.add(Float.toString(Float.intBitsToFloat(random.nextInt())));
            case 1 -> parts.add(Double.toString(random.nextGaussian() * Math.pow(10, random.nextInt(80) - 40)));
            case 2 -> parts.add(String.valueOf(random.nextInt(256)));
            default -> {
                StringBuilder digits = new StringBuilder(random.nextBoolean() ? "" : random.nextBoolean() ? "-" : "+");
                int count = 1 + random.nextInt(random.nextBoolean() ? 9 : 30);
                int point = random.nextInt(count + 2) - 1;
                for (int i = 0; i < count; i++) {
                    if (i == point) {
                        digits.append('.');
                    }
                    digits.append((char) ('0' + (random.nextInt(4) == 0 ? 0 : random.nextInt(10))));
                }
                if (random.nextInt(4) == 0) {
                    digits.append(random.nextBoolean() ? 'e' : 'E').append(random.nextInt(100) - 50);
                }
                parts.add(digits.toString());
            }
        }
        String text = parts.get(0);
        return text.contains("Infinity") || text.contains("NaN") ? "1" : text;
    }
}
