package dev.wheelhouse.workflow.yaml;

/** One key/value pair of a mapping, both positioned. */
public record YamlEntry(YamlNode key, YamlNode value) {

    /** The key's text when it is a scalar, else null. */
    public String keyText() {
        return key.resolved() instanceof YamlScalar s ? s.value() : null;
    }
}
