package dev.wheelhouse.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.Objects;

/** Applies the AtlantaFX Primer theme, light or dark, app-wide. */
public final class ThemeSwitcher {

    /** Our own rules on top of the theme; colours come from the theme's -color-* variables. */
    public static final String APP_STYLESHEET = Objects.requireNonNull(
            ThemeSwitcher.class.getResource("/wheelhouse/css/wheelhouse.css")).toExternalForm();

    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark", false);

    public void apply(boolean darkTheme) {
        Application.setUserAgentStylesheet(darkTheme
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        dark.set(darkTheme);
    }

    public void toggle() {
        apply(!dark.get());
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }
}
