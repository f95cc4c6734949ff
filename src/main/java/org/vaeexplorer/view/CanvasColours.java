package org.vaeexplorer.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The colours a pane paints on its canvases, each a CSS property of the pane. main.css sets them from looked-up
 * colours defined on {@code .root}, so a theme restyles every canvas by redefining those. Shapes and texts over the
 * canvases are nodes and take their colours from CSS directly, by style class.
 */
final class CanvasColours {
    /** One colour the canvases paint with, its CSS property, and a fallback that keeps a pane legible without CSS. */
    enum Role {
        BACKGROUND("-vae-background-color", Color.WHITE),
        AXIS("-vae-axis-color", Color.GRAY),
        GRID("-vae-grid-color", Color.LIGHTGRAY),
        FRAME("-vae-frame-color", Color.GRAY),
        TEXT("-vae-text-color", Color.BLACK),
        LEGEND_BACKGROUND("-vae-legend-background-color", Color.WHITE),
        PRIOR_CIRCLE("-vae-prior-circle-color", Color.GRAY),
        MANIFOLD_MESH("-vae-manifold-mesh-color", Color.GRAY),
        PRIOR_SAMPLE_FILL("-vae-prior-sample-fill-color", Color.WHITE),
        PRIOR_SAMPLE_EDGE("-vae-prior-sample-edge-color", Color.BLACK),
        SERIES_TOTAL("-vae-series-total-color", Color.BLUE),
        SERIES_RECONSTRUCTION("-vae-series-reconstruction-color", Color.ORANGE),
        SERIES_KL("-vae-series-kl-color", Color.GREEN);

        private final String property;
        private final Color fallback;

        Role(String property, Color fallback) {
            this.property = property;
            this.fallback = fallback;
        }
    }

    /** A pane whose CSS properties the colours are. */
    interface Owner extends Styleable {
        CanvasColours canvasColours();
    }

    private static final Map<Role, CssMetaData<Styleable, Color>> META_DATA = new EnumMap<>(Role.class);
    /** A region's CSS properties and the colours'. */
    static final List<CssMetaData<? extends Styleable, ?>> REGION_AND_COLOURS;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        for (Role role : Role.values()) {
            CssMetaData<Styleable, Color> data = new CssMetaData<>(role.property, StyleConverter.getColorConverter(),
                    role.fallback) {
                @Override
                public boolean isSettable(Styleable owner) {
                    return !((Owner) owner).canvasColours().properties.get(role).isBound();
                }

                @Override
                public StyleableProperty<Color> getStyleableProperty(Styleable owner) {
                    return ((Owner) owner).canvasColours().properties.get(role);
                }
            };
            META_DATA.put(role, data);
            all.add(data);
        }
        REGION_AND_COLOURS = Collections.unmodifiableList(all);
    }

    private final Map<Role, StyleableObjectProperty<Color>> properties = new EnumMap<>(Role.class);
    private int changes;

    /** @param changed called when CSS changes a colour: the pane then draws again */
    CanvasColours(Owner owner, Runnable changed) {
        for (Role role : Role.values()) {
            var property = new SimpleStyleableObjectProperty<>(META_DATA.get(role), owner, role.property,
                    role.fallback);
            property.addListener((obs, was, now) -> {
                changes++;
                changed.run();
            });
            properties.put(role, property);
        }
    }

    Color get(Role role) {
        return properties.get(role).get();
    }

    /** Counts the changes of colour: what was drawn with an older count is out of date. */
    int changes() {
        return changes;
    }
}
