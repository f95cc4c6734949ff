package org.vaeexplorer.model.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.data.ToyDataset;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.model.network.VaeSnapshot;
import org.vaeexplorer.model.settings.Activation;
import org.vaeexplorer.model.settings.HoldoutFrom;
import org.vaeexplorer.model.settings.Likelihood;
import org.vaeexplorer.model.settings.SettingsSchema;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.model.training.Trainer;

class ModelFileTest {
    @TempDir
    Path dir;

    private static Vae trained;

    @BeforeAll
    static void train() {
        Dataset data = ToyDataset.PINWHEEL.generate(500, 0.3, 2);
        Trainer trainer = Trainer.create(VaeConfig.defaults().withHiddenLayers(List.of(16, 8)).withLatentDim(3)
                .withActivation(Activation.TANH).withHoldoutRows(50), data);
        trainer.train(3, r -> { });
        trained = trainer.model();
    }

    private Path saved() throws IOException {
        Path file = dir.resolve("m.vae");
        ModelFile.save(trained.snapshot(), file);
        return file;
    }

    @Test
    void saveThenLoadDecodesIdentically() throws Exception {
        Path file = saved();
        VaeSnapshot loaded = ModelFile.load(file);
        assertEquals(trained.config(), loaded.config());
        assertEquals("pinwheel", loaded.dataName());
        Vae again = Vae.fromSnapshot(loaded, DataType.FLOAT);
        float[] z = {0.3f, -1.2f, 2f, 0f, 0f, 0f};
        assertArrayEquals(trained.decode(z, 2), again.decode(z, 2));
        float[] x = {1f, 2f, -0.5f, 0.25f};
        assertArrayEquals(trained.encode(x, 2).mean(), again.encode(x, 2).mean());
        assertArrayEquals(again.decode(again.encode(x, 2).mean(), 2), again.reconstruct(x, 2),
                "a reconstruction decodes the posterior mean");
        assertArrayEquals(trained.scaling().scale(), loaded.scaling().scale());
    }

    @Test
    void savingOverAnExistingFileLeavesNoTemporaryFiles() throws Exception {
        Path file = saved();
        ModelFile.save(trained.snapshot(), file);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    private DataFormatException refused(byte[] bytes) throws IOException {
        Path bad = dir.resolve("bad.vae");
        Files.write(bad, bytes);
        return assertThrows(DataFormatException.class, () -> ModelFile.load(bad));
    }

    @Test
    void refusesDamagedTruncatedAndForeignFiles() throws Exception {
        byte[] good = Files.readAllBytes(saved());
        assertTrue(refused(Arrays.copyOf(good, good.length - 9)).problem().contains("truncated"));
        assertTrue(refused(Arrays.copyOf(good, 30)).getMessage().startsWith("bad.vae"));
        assertTrue(refused(new byte[0]).problem().contains("truncated"));
        byte[] flipped = good.clone();
        flipped[good.length - 100] ^= 0x10;
        assertTrue(refused(flipped).problem().contains("checksum"));
        byte[] longer = Arrays.copyOf(good, good.length + 3);
        assertTrue(refused(longer).problem().contains("unexpected bytes"));
        assertTrue(refused("hello, world, this is a CSV".getBytes(StandardCharsets.UTF_8)).problem()
                .contains("not a VAE Explorer model"));
        byte[] newer = good.clone();
        ByteBuffer.wrap(newer).putInt(8, 7);
        assertTrue(refused(newer).problem().contains("newer"));
        byte[] hugeHeader = good.clone();
        ByteBuffer.wrap(hugeHeader).putInt(12, Integer.MAX_VALUE);
        assertTrue(refused(hugeHeader).problem().contains("header length"));
    }

    /** A file whose checksum is right but whose header lies is still refused before anything large is read. */
    @Test
    void refusesConsistentlyChecksummedButHostileHeaders() throws Exception {
        byte[] good = Files.readAllBytes(saved());
        int headerLength = ByteBuffer.wrap(good).getInt(12);
        String header = new String(good, 16, headerLength, StandardCharsets.UTF_8);
        assertTrue(refused(withHeader(good, header.replaceFirst("inputDim=2", "inputDim=2000000000")))
                .getMessage().contains("inputDim"));
        assertTrue(refused(withHeader(good, header.replaceFirst("latent=3", "latent=0"))).getMessage()
                .contains("latent"));
        assertTrue(refused(withHeader(good, header.replaceFirst("activation=tanh", "activation=sigmoid")))
                .getMessage().contains("activation"));
        assertTrue(refused(withHeader(good, header.replaceFirst("parameters=\\d+", "parameters=12"))).problem()
                .contains("declares 12 parameters"));
        String windows = refused(withHeader(good, header.replace("\n", "\r\n"))).getMessage();
        assertTrue(windows.contains("holds a control character (a Windows line end?)"), windows);
        assertFalse(windows.contains("\r"), "no raw carriage return in the message");
    }

    private static String headerOf(byte[] file) {
        return new String(file, 16, ByteBuffer.wrap(file).getInt(12), StandardCharsets.UTF_8);
    }

    @Test
    void theHeaderHoldsEverySettingInTheSchemasTextForm() throws Exception {
        Map<String, String> lines = new HashMap<>();
        headerOf(Files.readAllBytes(saved())).lines().forEach(line -> lines.put(line.substring(0, line.indexOf('=')),
                line.substring(line.indexOf('=') + 1)));
        SettingsSchema.toStoredText(trained.config()).forEach((key, text) -> assertEquals(text, lines.get(key), key));
        assertFalse(lines.containsKey("model"), "a VAE's file is as before the model choice existed");
        assertEquals("16,8", lines.get("hidden"));
        assertEquals("tanh", lines.get("activation"));
        assertEquals("50", lines.get("holdout"));
    }

    /** Written by the version before the schema: other key order, reals as Double.toString ("lr=2.0E-4"). */
    @Test
    void readsModelsWrittenBeforeTheSchema() throws Exception {
        Path old = Path.of(ModelFileTest.class.getResource("before-schema.vae").toURI());
        VaeSnapshot loaded = ModelFile.load(old);
        assertEquals(new VaeConfig(List.of(4), Activation.RELU, 2, Likelihood.GAUSSIAN_DIAGONAL, 0.1, 0.7, 0, 2e-4,
                128, 1, 20, 1).withHoldoutFrom(HoldoutFrom.END), loaded.config(), "held out its last rows");
        assertEquals("moons", loaded.dataName());
        Path again = dir.resolve("again.vae");
        ModelFile.save(loaded, again);
        assertEquals(loaded.config(), ModelFile.load(again).config());
        assertArrayEquals(loaded.parameters(), ModelFile.load(again).parameters());
    }

    @Test
    void aVarianceInTheDataUnitsIsRecordedAndRestored() throws Exception {
        Dataset data = ToyDataset.PINWHEEL.generate(300, 0.3, 2);
        Trainer trainer = Trainer.create(VaeConfig.defaults().withHiddenLayers(List.of()).withLatentDim(1)
                .withLikelihood(Likelihood.GAUSSIAN_ISOTROPIC).withHoldoutRows(30), data);
        trainer.train(2, r -> { });
        Path file = dir.resolve("isotropic.vae");
        ModelFile.save(trainer.model().snapshot(), file);

        assertTrue(headerOf(Files.readAllBytes(file)).contains("likelihood=gaussian-isotropic\n"));
        Vae loaded = Vae.fromSnapshot(ModelFile.load(file), DataType.FLOAT);
        assertEquals(Likelihood.GAUSSIAN_ISOTROPIC, loaded.config().likelihood());
        assertArrayEquals(trainer.model().observationStdDev(), loaded.observationStdDev());
        float[] x = {1f, 2f, -0.5f, 0.25f};
        assertEquals(trainer.model().elbo(x, 2, 5), loaded.elbo(x, 2, 5));
    }

    @Test
    void refusesHeadersWithASettingMissingOrUnreadable() throws Exception {
        byte[] good = Files.readAllBytes(saved());
        String header = headerOf(good);
        assertTrue(refused(withHeader(good, header.replaceFirst("seed=1\n", ""))).problem()
                .contains("the setting 'seed' is missing"));
        assertTrue(refused(withHeader(good, header.replaceFirst("warmup=0", "warmup=abc"))).problem()
                .contains("warmup: 'abc' is not a whole number"));
        assertTrue(refused(withHeader(good, header.replaceFirst("hidden=16,8", "hidden=16,99999"))).problem()
                .contains("hidden: each must be 1 to 4096, not 99999"));
    }

    @Test
    void refusesValuesBeyondWhatFloatArithmeticCanUse() throws Exception {
        VaeSnapshot good = trained.snapshot();
        double[] params = good.parameters();
        params[3] = 1e300;
        Path file = dir.resolve("big.vae");
        ModelFile.save(new VaeSnapshot(good.config(), good.scaling(), params, "x", null), file);
        assertTrue(assertThrows(DataFormatException.class, () -> ModelFile.load(file)).problem()
                .contains("parameter 3"));
    }

    @Test
    void savedFilesAreReadableLikeAnyOtherFile() throws Exception {
        Path file = saved();
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertTrue(Files.getPosixFilePermissions(file).contains(
                    java.nio.file.attribute.PosixFilePermission.OTHERS_READ));
        }
    }

    private static byte[] withHeader(byte[] good, String header) {
        int oldLength = ByteBuffer.wrap(good).getInt(12);
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        int rest = good.length - 16 - oldLength - 4;
        ByteBuffer out = ByteBuffer.allocate(16 + h.length + rest + 4);
        out.put(good, 0, 12).putInt(h.length).put(h).put(good, 16 + oldLength, rest);
        CRC32 crc = new CRC32();
        crc.update(out.array(), 0, out.position());
        out.putInt((int) crc.getValue());
        return out.array();
    }
}
