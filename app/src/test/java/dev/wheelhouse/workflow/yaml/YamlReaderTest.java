package dev.wheelhouse.workflow.yaml;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlReaderTest {

    private static YamlMapping root(String text) throws YamlSyntaxException {
        return (YamlMapping) YamlReader.read(text).root().orElseThrow();
    }

    private static String slice(String text, YamlNode node) {
        return text.substring(node.span().start(), node.contentEnd());
    }

    @Test
    void spansAreJavaCharOffsetsEvenAfterAnEmojiInAComment() throws Exception {
        String text = "# release 🚀 wheels 😀\nos: [ubuntu-latest, 'windows-latest']\n";
        YamlSequence os = (YamlSequence) root(text).get("os").orElseThrow();
        assertEquals("ubuntu-latest", slice(text, os.items().get(0)));
        assertEquals("'windows-latest'", slice(text, os.items().get(1)));
        assertEquals(2, os.items().get(0).span().line());
        assertEquals(6, os.items().get(0).span().column());
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsKeepOffsetsOnTheRightCharacters() throws Exception {
        String text = "\uFEFFname: build\r\nmatrix:\r\n  python:\r\n    - cp310 # 🐍\r\n    - cp311\r\n";
        YamlSequence python = (YamlSequence) ((YamlMapping) root(text).get("matrix").orElseThrow())
                .get("python").orElseThrow();
        assertEquals("cp311", slice(text, python.items().get(1)));
        assertEquals(5, python.items().get(1).span().line());
        assertEquals("\r\n", YamlReader.read(text).source().lineBreak());
        YamlNode name = root(text).entries().get(0).key();
        assertEquals(1, name.span().column(), "the byte order mark is not a column");
    }

    @Test
    void plainScalarsAreTypedWithTheYaml12CoreSchemaAsGithubDoes() throws Exception {
        Map<?, ?> data = (Map<?, ?>) YamlData.toData(root(String.join("\n",
                "a: 3.10", "b: yes", "c: on", "d: 0o17", "e: 0x1F", "f: .inf", "g: .nan", "h: ~",
                "i: True", "j: '3.10'", "k: >-\n  3.10", "l: 10", "m: -.INF", "n: 1e3", "o: \"true\"", "p:", "")));
        assertEquals(3.1, data.get("a"));
        assertEquals("yes", data.get("b"));
        assertEquals("on", data.get("c"));
        assertEquals(15.0, data.get("d"));
        assertEquals(31.0, data.get("e"));
        assertEquals(Double.POSITIVE_INFINITY, data.get("f"));
        assertTrue(((Double) data.get("g")).isNaN());
        assertNull(data.get("h"));
        assertEquals(true, data.get("i"));
        assertEquals("3.10", data.get("j"));
        assertEquals("3.10", data.get("k"));
        assertEquals(10.0, data.get("l"));
        assertEquals(Double.NEGATIVE_INFINITY, data.get("m"));
        assertEquals(1000.0, data.get("n"));
        assertEquals("true", data.get("o"));
        assertTrue(data.containsKey("p"));
        assertNull(data.get("p"));
    }

    @Test
    void anExplicitStrTagKeepsANumberLookingValueAString() throws Exception {
        assertEquals("3.10", YamlData.toData(root("v: !!str 3.10\n").get("v").orElseThrow()));
    }

    @Test
    void anIntTagOnTextThatIsNoIntegerIsRefusedWithGithubsWording() {
        YamlSyntaxException e = assertThrows(YamlSyntaxException.class, () -> YamlReader.read("v: !!int abc\n"));
        assertTrue(e.problem().contains("is invalid for the type 'tag:yaml.org,2002:int'"), e.problem());
        assertEquals(1, e.line());
    }

    @Test
    void anAliasSharesTheAnchoredNodeAndHasItsOwnPosition() throws Exception {
        String text = "a:\n  matrix: &m\n    os: [x, y]\nb:\n  matrix: *m\n";
        YamlMapping root = root(text);
        YamlNode anchored = ((YamlMapping) root.get("a").orElseThrow()).get("matrix").orElseThrow();
        YamlNode alias = ((YamlMapping) root.get("b").orElseThrow()).get("matrix").orElseThrow();
        YamlAlias a = assertInstanceOf(YamlAlias.class, alias);
        assertSame(anchored, a.resolved());
        assertEquals(Optional.of("m"), anchored.anchor());
        assertEquals("*m", text.substring(a.span().start(), a.span().end()));
        assertEquals(5, a.span().line());
    }

    @Test
    void anAliasBombIsRefusedWithAMessageInsteadOfExpanding() {
        StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'h'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i > 0 ? ", " : "").append('*').append(prev);
            }
            bomb.append("]\n");
            prev = c;
        }
        YamlSyntaxException e = assertThrows(YamlSyntaxException.class, () -> YamlReader.read(bomb.toString()));
        assertTrue(e.problem().contains("alias bomb"), e.problem());
    }

    @Test
    void aRecursiveAliasIsRefused() {
        YamlSyntaxException e = assertThrows(YamlSyntaxException.class, () -> YamlReader.read("a: &a [x, *a]\n"));
        assertTrue(e.problem().toLowerCase(java.util.Locale.ROOT).contains("recursive"), e.problem());
    }

    @Test
    void malformedYamlReportsTheParsersLineAndColumn() {
        YamlSyntaxException e = assertThrows(YamlSyntaxException.class,
                () -> YamlReader.read("jobs:\n  build:\n    runs-on: [ubuntu-latest\n    steps: []\n"));
        assertTrue(e.line() >= 3, "line " + e.line());
        assertTrue(e.column() >= 1);
        assertTrue(e.getMessage().startsWith(e.line() + ":" + e.column() + ": "));
    }

    @Test
    void aTabIndentedBlockIsASyntaxErrorAtItsLine() {
        YamlSyntaxException e = assertThrows(YamlSyntaxException.class, () -> YamlReader.read("a:\n\tb: 1\n"));
        assertEquals(2, e.line());
    }

    @Test
    void blockCollectionsEndAtTheirLastCharacterNotAtTheNextKey() throws Exception {
        String text = "m:\n  os:\n    - a\n    - b # trailing\n\n  # comment\n  v: 1\n";
        YamlMapping m = (YamlMapping) root(text).get("m").orElseThrow();
        YamlNode os = m.get("os").orElseThrow();
        assertEquals("- a\n    - b", slice(text, os));
    }

    @Test
    void aFiveMegabyteWorkflowParses() throws Exception {
        StringBuilder text = new StringBuilder("on: push\njobs:\n");
        int jobs = 0;
        while (text.length() < 5 * 1024 * 1024) {
            text.append("  job").append(jobs++).append(":\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n")
                    .append("        python: ['3.10', '3.11', '3.12']  # 🐍 versions\n")
                    .append("    steps:\n      - run: echo ${{ matrix.python }}\n");
        }
        YamlDocument doc = YamlReader.read(text.toString());
        YamlMapping all = (YamlMapping) ((YamlMapping) doc.root().orElseThrow()).get("jobs").orElseThrow();
        assertEquals(jobs, all.entries().size());
        YamlEntry last = all.entries().get(jobs - 1);
        assertEquals("job" + (jobs - 1), text.substring(last.key().span().start(), last.key().span().end()));
    }

    @Test
    void mappingsKeepTheirKeysInDocumentOrder() throws Exception {
        YamlMapping m = root("z: 1\na: 2\nm: 3\n");
        assertEquals(List.of("z", "a", "m"), m.entries().stream().map(YamlEntry::keyText).toList());
    }
}
