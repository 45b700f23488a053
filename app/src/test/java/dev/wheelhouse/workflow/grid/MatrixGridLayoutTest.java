package dev.wheelhouse.workflow.grid;

import dev.wheelhouse.testing.Samples;
import dev.wheelhouse.workflow.MatrixExpander;
import dev.wheelhouse.workflow.MatrixExpansion;
import dev.wheelhouse.workflow.MatrixSpec;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.expr.ExpressionContext;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixGridLayoutTest {

    private static MatrixGridLayout layout(String workflow, String job, String rows, String columns,
                                           Map<String, Object> fixed) throws Exception {
        WorkflowDocument document = WorkflowDocument.parse(workflow);
        MatrixSpec spec = document.job(job).orElseThrow().matrix().orElseThrow();
        MatrixExpansion expansion = MatrixExpander.expand(spec, ExpressionContext.pushToBranch());
        return MatrixGridLayout.of(spec, expansion, rows, columns, fixed);
    }

    @Test
    void satkitLaysOutFourRunnersByFivePythonsEveryCellOneJob() throws Exception {
        String text = Files.readString(Samples.workflow("ssmichael1__satkit__.github_workflows_release.yml"));
        MatrixGridLayout grid = layout(text, "build_wheels", null, null, Map.of());

        assertEquals(List.of("macos-latest", "ubuntu-latest", "windows-latest", "ubuntu-24.04-arm"),
                grid.rows().stream().map(GridAxisValue::label).toList());
        assertEquals(List.of("cp310", "cp311", "cp312", "cp313", "cp314"),
                grid.columns().stream().map(GridAxisValue::label).toList());
        for (List<GridCell> row : grid.cells()) {
            for (GridCell cell : row) {
                assertEquals(GridCellState.NORMAL, cell.state());
                assertEquals(1, cell.jobIndexes().size());
            }
        }
        // Jobs are numbered in GitHub order: os slowest, python fastest.
        assertEquals(List.of(2 * 5 + 4), grid.cell(2, 4).jobIndexes());
        // The platform include merges into the ubuntu rows only.
        assertEquals(List.of(0), grid.cell(1, 0).mergedIncludes());
        assertEquals(List.of(), grid.cell(0, 0).mergedIncludes());
    }

    @Test
    void swappingAxesTransposesTheGrid() throws Exception {
        String text = Files.readString(Samples.workflow("ssmichael1__satkit__.github_workflows_release.yml"));
        MatrixGridLayout grid = layout(text, "build_wheels", "python", "os", Map.of());

        assertEquals("cp310", grid.rows().get(0).label());
        assertEquals("windows-latest", grid.columns().get(2).label());
        assertEquals(List.of(2 * 5 + 4), grid.cell(4, 2).jobIndexes());
    }

    @Test
    void anExcludedCombinationIsStruckOutAndNamesItsEntry() throws Exception {
        String text = """
                on: push
                jobs:
                  build:
                    runs-on: ${{ matrix.os }}
                    strategy:
                      matrix:
                        os: [ubuntu-latest, windows-latest]
                        python: ['3.12', '3.13']
                        exclude:
                          - os: windows-latest
                            python: '3.13'
                    steps:
                      - run: echo
                """;
        MatrixGridLayout grid = layout(text, "build", null, null, Map.of());

        GridCell excluded = grid.cell(1, 1);
        assertEquals(GridCellState.EXCLUDED, excluded.state());
        assertEquals(List.of(0), excluded.excludeIndexes());
        assertTrue(excluded.jobIndexes().isEmpty());
        assertEquals(GridCellState.NORMAL, grid.cell(1, 0).state());
    }

    @Test
    void anIncludeWithNewValuesAddsMarkedRowsAndColumns() throws Exception {
        String text = """
                on: push
                jobs:
                  build:
                    runs-on: ${{ matrix.os }}
                    strategy:
                      matrix:
                        os: [ubuntu-latest]
                        python: [3.12]
                        include:
                          - os: macos-13
                            python: 3.9
                    steps:
                      - run: echo
                """;
        MatrixGridLayout grid = layout(text, "build", null, null, Map.of());

        assertEquals(List.of("ubuntu-latest", "macos-13"), grid.rows().stream().map(GridAxisValue::label).toList());
        assertTrue(grid.rows().get(1).fromInclude());
        assertEquals(List.of("3.12", "3.9"), grid.columns().stream().map(GridAxisValue::label).toList());
        assertEquals(GridCellState.INCLUDED, grid.cell(1, 1).state());
        assertEquals(GridCellState.EMPTY, grid.cell(1, 0).state());
        assertEquals(List.of(1), grid.cell(1, 1).jobIndexes());
    }

    @Test
    void aThirdVectorIsHeldAtTheChosenValue() throws Exception {
        String text = """
                on: push
                jobs:
                  test:
                    runs-on: ubuntu-latest
                    strategy:
                      matrix:
                        os: [a, b]
                        python: [1, 2]
                        debug: [true, false]
                    steps:
                      - run: echo
                """;
        MatrixGridLayout first = layout(text, "test", null, null, Map.of());
        MatrixGridLayout second = layout(text, "test", null, null, Map.of("debug", false));

        assertEquals(Map.of("debug", true), first.fixed());
        // (a, 1, true) is job 0; (a, 1, false) is job 1: the last vector varies fastest.
        assertEquals(List.of(0), first.cell(0, 0).jobIndexes());
        assertEquals(List.of(1), second.cell(0, 0).jobIndexes());
        assertEquals(second.cell(1, 1), second.cellOfJob(7).orElseThrow());
    }

    @Test
    void aComputedMatrixGreysEveryCell() throws Exception {
        String text = """
                on: push
                jobs:
                  test:
                    runs-on: ubuntu-latest
                    strategy:
                      matrix:
                        os: ${{ fromJSON(needs.setup.outputs.os) }}
                        python: [1, 2]
                    steps:
                      - run: echo
                """;
        MatrixGridLayout grid = layout(text, "test", null, null, Map.of());
        assertTrue(grid.dynamic());
        grid.cells().forEach(row -> row.forEach(cell -> assertEquals(GridCellState.DYNAMIC, cell.state())));
    }
}
