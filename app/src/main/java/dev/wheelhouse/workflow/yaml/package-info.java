/**
 * Positioned YAML: {@link dev.wheelhouse.workflow.yaml.YamlReader#read(String)} composes nodes
 * with SnakeYAML Engine and maps its code point marks to Java char offsets
 * ({@link dev.wheelhouse.workflow.yaml.Span}); scalars are typed as GitHub types them
 * ({@link dev.wheelhouse.workflow.yaml.ScalarTyping}). Nothing is ever serialized back.
 */
package dev.wheelhouse.workflow.yaml;
