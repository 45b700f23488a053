package dev.wheelhouse.cibw;

import java.util.Optional;
import java.util.function.Consumer;

/** Finds and reads the configuration files of a cibuildwheel run in the repository. */
final class ConfigurationFiles {

    /** Parses a file's text; the planner's keeps parsed files, so a matrix parses its pyproject once. */
    interface Parser {
        PyprojectConfig parse(String text, String path) throws PyprojectException;
    }

    private final ProjectFiles files;
    private final Parser parser;

    ConfigurationFiles(ProjectFiles files, Parser parser) {
        this.files = files;
        this.parser = parser;
    }

    /**
     * The run's configuration.
     *
     * @param note receives what the plan should say about missing files
     * @throws PyprojectException when a file is not TOML, or the {@code config-file} given does not exist
     */
    ProjectConfiguration read(CibuildwheelInvocation invocation, Consumer<String> note) throws PyprojectException {
        if (!files.available()) {
            note.accept("the repository's pyproject.toml is not at hand: [tool.cibuildwheel] and requires-python"
                    + " are not applied");
            return new ProjectConfiguration(PyprojectConfig.empty("no pyproject.toml"), Optional.empty());
        }
        String configPath = invocation.configPath();
        Optional<String> configText = files.read(configPath);
        if (configText.isEmpty() && invocation.configFile().isPresent()) {
            throw new PyprojectException("config-file " + configPath + " does not exist in the repository");
        }
        PyprojectConfig options = configText.isPresent() ? parser.parse(configText.get(), configPath)
                : PyprojectConfig.empty(configPath);
        Optional<PyprojectConfig> packageProject;
        if (configPath.equals(invocation.pyprojectPath())) {
            packageProject = configText.map(t -> options);
        } else {
            Optional<String> text = files.read(invocation.pyprojectPath());
            packageProject = text.isPresent()
                    ? Optional.of(parser.parse(text.get(), invocation.pyprojectPath())) : Optional.empty();
        }
        if (packageProject.flatMap(PyprojectConfig::requiresPython).isEmpty()) {
            note.accept("no requires-python in " + invocation.pyprojectPath() + " (setup.cfg and setup.py are not"
                    + " read): every Python version cibuildwheel supports is considered");
        }
        return new ProjectConfiguration(options, packageProject);
    }
}
