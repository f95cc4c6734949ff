package org.vaeexplorer.model.lessons;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.training.OptimizerState;

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
            throw new DataFormatException(file, entry, "is not Adam's state as VAE Explorer writes it");
        }
        in.position(MAGIC.length);
        int version = in.getInt();
        if (version != VERSION) {
            throw new DataFormatException(file, entry, "has format version " + version + "; this VAE Explorer "
                    + "reads " + VERSION);
        }
        int steps = in.getInt();
        int n = in.getInt();
        if (n != parameters || steps < 0) {
            throw new DataFormatException(file, entry, "holds " + n + " parameters after " + steps + " steps; the "
                    + "model has " + parameters);
        }
        if (bytes.length != HEADER_BYTES + 8L * n) {
            throw new DataFormatException(file, entry, "has " + bytes.length + " bytes where " + n + " parameters need "
                    + (HEADER_BYTES + 8L * n));
        }
        float[] first = new float[n];
        float[] second = new float[n];
        in.asFloatBuffer().get(first).get(second);
        for (int i = 0; i < n; i++) {
            if (!Float.isFinite(first[i]) || !(second[i] >= 0) || !Float.isFinite(second[i])) {
                throw new DataFormatException(file, entry, "the moments of parameter " + i + " are not finite");
            }
        }
        return new OptimizerState(steps, first, second);
    }
}
