package org.vaeexplorer;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.vaeexplorer.model.network.ComputeThreads;

/**
 * Loads ND4J before the first test class runs, as the window does before JavaFX starts (decision 0035): a window test
 * that started JavaFX first and loaded ND4J on its model thread could deadlock in the dynamic loader. Registered for
 * every test by automatic extension detection ({@code junit-platform.properties}); uses every core, ND4J's own
 * default, so tests that never chose a thread count run as before.
 */
public final class NativeCodeFirst implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        if (ComputeThreads.inUse() == 0) {
            ComputeThreads.use(Runtime.getRuntime().availableProcessors());
        }
    }
}
