package org.vaeexplorer.model.lessons;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.training.OptimizerState;
import org.vaeexplorer.text.Texts;

/**
 * Adam's state as {@code optimizer.bin}, big-endian: the magic "VAEXADAM", int32 format version 1, int32 steps,
 * int32 parameter count n, then n float32 first moments and n float32 second moments.
 */
final class OptimizerEntry {
    private static final byte[] MAGIC = "VAEXADAM".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private static final int HEADER_BYTES = MAGIC.length + 12;

    private OptimizerEntry() {
    }

    static byte[] encode(OptimizerState state) {
        int n = state.size();
        ByteBuffer out = ByteBuffer.allocate(HEADER_BYTES + 8 * n);
        out.put(MAGIC).putInt(VERSION).putInt(state.steps()).putInt(n);
        out.asFloatBuffer().put(state.firstMoment()).put(state.secondMoment());
        return out.array();
    }

    /** @param parameters the model's parameter count, which the state must match */
    static OptimizerState decode(String file, byte[] bytes, long parameters) throws DataFormatException {
        String entry = LessonEntries.OPTIMIZER;
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (bytes.length < HEADER_BYTES || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new DataFormatException(file, entry, Texts.get("polish.lesson.adam"));
        }
        in.position(MAGIC.length);
        int version = in.getInt();
        if (version != VERSION) {
            throw new DataFormatException(file, entry,
                    Texts.get("polish.lesson.adamVersion", String.valueOf(version), String.valueOf(VERSION)));
        }
        int steps = in.getInt();
        int n = in.getInt();
        if (n != parameters || steps < 0) {
            throw new DataFormatException(file, entry, Texts.get("polish.lesson.adamParameters", String.valueOf(n),
                    String.valueOf(steps), String.valueOf(parameters)));
        }
        if (bytes.length != HEADER_BYTES + 8L * n) {
            throw new DataFormatException(file, entry,
                    Texts.get("polish.lesson.adamBytes", String.valueOf(bytes.length),
                    String.valueOf(n), String.valueOf(HEADER_BYTES + 8L * n)));
        }
        float[] first = new float[n];
        float[] second = new float[n];
        in.asFloatBuffer().get(first).get(second);
        for (int i = 0; i < n; i++) {
            if (!Float.isFinite(first[i]) || !(second[i] >= 0) || !Float.isFinite(second[i])) {
                throw new DataFormatException(file, entry, Texts.get("polish.lesson.adamMoments", String.valueOf(i)));
            }
        }
        return new OptimizerState(steps, first, second);
    }
}
