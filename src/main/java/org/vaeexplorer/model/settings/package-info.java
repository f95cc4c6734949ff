/**
 * Every setting of a model and its training defined once ({@link org.vaeexplorer.model.settings.SettingsSchema}:
 * key, label, help, kind, range, default), the configuration record they make, and the one rule for a dataset's
 * default likelihood. The settings form, the model file header and the command line's options derive from it.
 */
package org.vaeexplorer.model.settings;
