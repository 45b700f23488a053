package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.github.RemoteFile;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.testing.Samples;
import dev.wheelhouse.ui.task.DirectTaskExecutor;
import dev.wheelhouse.workflow.grid.GridAxisValue;
import dev.wheelhouse.workflow.grid.GridCellState;
import dev.wheelhouse.workflow.grid.MatrixGridLayout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixEditorViewModelTest {

    @TempDir
    Path dir;

    private Path release;
    private String original;
    private final List<Path> recent = new ArrayList<>();
    private MatrixEditorViewModel model;

    @BeforeEach
    void openSatkit() throws Exception {
        Path workflows = Files.createDirectories(dir.resolve(".github/workflows"));
        release = workflows.resolve("release.yml");
        Files.copy(Samples.workflow("ssmichael1__satkit__.github_workflows_release.yml"), release);
        Files.copy(Samples.workflow("ssmichael1__satkit__pyproject.toml"), dir.resolve("pyproject.toml"));
        original = Files.readString(release);
        model = new MatrixEditorViewModel(new DirectTaskExecutor(), new RecentFiles() {
            @Override
            public List<Path> list() {
                return recent;
            }

            @Override
            public void add(Path file) {
                recent.add(0, file);
            }
        });
        model.open(release);
    }

    private int row(String label) {
        return index(model.grid().layoutProperty().get().rows(), label);
    }

    private int column(String label) {
        return index(model.grid().layoutProperty().get().columns(), label);
    }

    private static int index(List<GridAxisValue> axis, String label) {
        for (int i = 0; i < axis.size(); i++) {
            if (axis.get(i).label().equals(label)) {
                return i;
            }
        }
        throw new AssertionError(label + " not on axis " + axis);
    }

    @Test
    void openingShowsTheWheelMatrixWithItsJobsAndWheels() {
        assertEquals("build_wheels", model.status().selectedJobProperty().get());
        assertEquals("20 jobs", model.rows().jobCountProperty().get());
        assertEquals("build wheels (macos-latest cp310)", model.rows().jobs().get(0).displayName());
        assertTrue(model.rows().jobs().get(0).wheels().contains("cp310-macosx_arm64"), model.rows().jobs().get(0).wheels());
        assertEquals(List.of(release), recent);
        assertFalse(model.status().dirtyProperty().get());
        assertEquals("", model.status().diffProperty().get());
        assertEquals(2, model.rows().includes().size());
        assertEquals(List.of("platform"), model.rows().includes().get(0).extraKeys());
    }

    @Test
    void clickingACellExcludesItAndSavingWritesOnlyTheNewExcludeEntry() throws Exception {
        model.toggleCell(row("windows-latest"), column("cp314"));

        assertEquals("19 jobs", model.rows().jobCountProperty().get());
        assertEquals(GridCellState.EXCLUDED, model.grid().cellAt(row("windows-latest"), column("cp314")).state());
        assertTrue(model.status().dirtyProperty().get());
        assertTrue(model.status().diffProperty().get().contains("+          - os: windows-latest"), model.status().diffProperty().get());
        assertEquals(1, model.rows().excludes().size());

        model.save();

        String saved = Files.readString(release);
        List<String> before = original.lines().toList();
        List<String> after = saved.lines().toList();
        List<String> added = new ArrayList<>(after);
        before.forEach(added::remove);
        assertEquals(after.size() - before.size(), added.size(), "nothing of the original was lost");
        assertTrue(added.stream().allMatch(line -> line.contains("exclude:") || line.contains("windows-latest")
                || line.contains("cp314")), added.toString());
        assertFalse(model.status().dirtyProperty().get());
    }

    @Test
    void undoAndRedoWalkThroughEdits() {
        model.toggleCell(row("windows-latest"), column("cp314"));
        model.addValue("python", "cp315");
        assertEquals("23 jobs", model.rows().jobCountProperty().get());

        model.undo();
        assertEquals("19 jobs", model.rows().jobCountProperty().get());
        model.undo();
        assertEquals("20 jobs", model.rows().jobCountProperty().get());
        assertFalse(model.status().dirtyProperty().get());
        assertFalse(model.status().canUndoProperty().get());

        model.redo();
        model.redo();
        assertEquals("23 jobs", model.rows().jobCountProperty().get());
        assertEquals("cp315", model.grid().layoutProperty().get().columns().get(5).label());
    }

    @Test
    void clickingAnExcludedCellBringsItBack() {
        model.toggleCell(row("windows-latest"), column("cp314"));
        model.toggleCell(row("windows-latest"), column("cp314"));

        assertEquals("20 jobs", model.rows().jobCountProperty().get());
        assertFalse(model.status().dirtyProperty().get(), model.status().diffProperty().get());
    }

    @Test
    void malformedYamlKeepsThePreviousDocumentOpenAndSaysWhere() throws Exception {
        Path broken = dir.resolve("broken.yml");
        Files.writeString(broken, "on: push\njobs:\n  a: [unclosed\n");
        model.open(broken);

        Banner banner = model.bannerProperty().get();
        assertNotNull(banner);
        assertEquals(Banner.Kind.ERROR, banner.kind());
        assertTrue(banner.text().startsWith("broken.yml: "), banner.text());
        assertTrue(banner.text().contains("line 4, column 1"), banner.text());
        assertEquals(release, model.status().fileProperty().get());
        assertEquals("20 jobs", model.rows().jobCountProperty().get());
    }

    @Test
    void aFileChangedOnDiskIsNotOverwritten() throws Exception {
        model.toggleCell(row("windows-latest"), column("cp314"));
        String theirs = original.replace("fail-fast: false", "fail-fast: true");
        Files.writeString(release, theirs);

        model.save();

        assertTrue(model.status().changedOnDiskProperty().get());
        assertEquals(Banner.Kind.ERROR, model.bannerProperty().get().kind());
        assertEquals(theirs, Files.readString(release));
        assertTrue(model.status().dirtyProperty().get());
    }

    @Test
    void anInvalidValueIsRefusedWithAMessageAndChangesNothing() {
        model.addValue("python", "[unclosed");

        assertEquals(Banner.Kind.ERROR, model.bannerProperty().get().kind());
        assertEquals("20 jobs", model.rows().jobCountProperty().get());
        assertFalse(model.status().canUndoProperty().get());
    }

    @Test
    void theGridKeepsTheChosenAxesAcrossEdits() {
        model.grid().setAxes("python", "os");
        model.addValue("python", "cp315");

        MatrixGridLayout layout = model.grid().layoutProperty().get();
        assertEquals("python", layout.rowVector().orElseThrow());
        assertEquals(6, layout.rows().size());
    }

    @Test
    void anAliasedMatrixSaysWhichJobsAnEditChanges() throws Exception {
        Path shared = dir.resolve("shared.yml");
        Files.writeString(shared, """
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    strategy:
                      matrix: &versions
                        php: ['8.3', '8.4']
                    steps:
                      - run: echo
                  e2e:
                    runs-on: ubuntu-latest
                    strategy:
                      matrix: *versions
                    steps:
                      - run: echo
                """);
        model.open(shared);

        assertTrue(model.rows().aliasNoteProperty().get().contains("e2e"), model.rows().aliasNoteProperty().get());
        assertNull(model.bannerProperty().get());
    }

    @Test
    void anAliasBombIsRefusedWithAMessageAndThePreviousDocumentStays() throws Exception {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        Path file = dir.resolve("bomb.yml");
        Files.writeString(file, bomb + "on: push\njobs: {}\n");

        model.open(file);

        assertEquals(Banner.Kind.ERROR, model.bannerProperty().get().kind());
        assertTrue(model.bannerProperty().get().text().startsWith("bomb.yml: "), model.bannerProperty().get().text());
        assertTrue(model.bannerProperty().get().text().toLowerCase().contains("alias"), model.bannerProperty().get().text());
        assertEquals(release, model.status().fileProperty().get());
    }

    @Test
    void aMergeKeyIsShownAsGitHubsRefusal() throws Exception {
        Path file = dir.resolve("merge.yml");
        Files.writeString(file, """
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    strategy:
                      matrix:
                        <<: {os: [a, b]}
                        python: [1, 2]
                    steps:
                      - run: echo
                """);
        model.open(file);

        assertTrue(model.rows().problems().stream().anyMatch(p -> p.error() && p.message().contains("<<")),
                model.rows().problems().toString());
    }

    private MatrixEditorViewModel fresh() {
        return new MatrixEditorViewModel(new DirectTaskExecutor(), new RecentFiles() {
            @Override
            public List<Path> list() {
                return List.of();
            }

            @Override
            public void add(Path file) {
            }
        });
    }

    @Test
    void pushingALocalFileKeepsItsEditAndUndoSaysSoAndSavingAppliesTheSameEditThere() throws Exception {
        model.toggleCell(row("windows-latest"), column("cp314"));
        String edited = model.currentText().orElseThrow();

        model.markPushed(new RemoteFile(RepositoryRef.parse("wheelhouse-demo/satkit"), ".github/workflows/release.yml",
                "wheelhouse/release-20261207-1130", edited.getBytes(StandardCharsets.UTF_8), "0123abcd"));

        assertEquals(release, model.status().fileProperty().get(), "still the file on this computer");
        assertTrue(model.status().dirtyProperty().get());
        assertTrue(model.status().canUndoProperty().get(), "undo is kept");
        Banner banner = model.bannerProperty().get();
        assertEquals(Banner.Offer.SAVE_LOCAL, banner.offer());
        assertTrue(banner.text().startsWith("Pushed to wheelhouse-demo/satkit on branch wheelhouse/release-20261207-1130"),
                banner.text());
        assertTrue(banner.text().contains("release.yml on this computer does not have the edit yet"), banner.text());
        assertEquals(original, Files.readString(release));

        model.save();

        assertEquals(edited, Files.readString(release));
        assertFalse(model.status().dirtyProperty().get());
        model.undo();
        assertEquals("20 jobs", model.rows().jobCountProperty().get());
    }

    @Test
    void aMalformedFileOpenedFirstCanBeReloadedOnceFixedAndItsProblemIsListed() throws Exception {
        MatrixEditorViewModel first = fresh();
        Path broken = dir.resolve("broken.yml");
        Files.writeString(broken, "on: push\njobs:\n  a: [unclosed\n");

        first.open(broken);

        assertTrue(first.reloadableProperty().get(), "Reload is how the banner's advice is followed");
        assertEquals(Banner.Offer.RELOAD, first.bannerProperty().get().offer());
        assertEquals(1, first.rows().problems().size());
        ProblemRow problem = first.rows().problems().get(0);
        assertTrue(problem.error());
        assertEquals("4:1", problem.location());
        assertTrue(problem.message().startsWith("broken.yml: "), problem.message());

        Files.copy(release, broken, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        first.reload();

        assertEquals("20 jobs", first.rows().jobCountProperty().get());
        assertEquals(broken, first.status().fileProperty().get());
    }

    @Test
    void withNoWorkflowOpenEditsAreRefusedWithAMessageNotSilentlyDropped() {
        MatrixEditorViewModel empty = fresh();

        assertFalse(empty.editableProperty().get());
        empty.addVector("arch", List.of("x86_64", "aarch64"));
        empty.addEntry(EntryRow.Kind.INCLUDE, java.util.Map.of("os", "ubuntu-latest"));

        assertTrue(empty.bannerProperty().get().text().contains("open a workflow with a matrix job"),
                String.valueOf(empty.bannerProperty().get()));
        assertTrue(model.editableProperty().get());
    }
}
