package dev.wheelhouse.runs.dispatch;

import dev.wheelhouse.workflow.edit.MatrixEdit;
import dev.wheelhouse.workflow.edit.ValueLiteral;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixEditReplayTest {

    private static final String WORKFLOW = """
            on: workflow_dispatch
            jobs:
              wheels:
                runs-on: ${{ matrix.os }}
                strategy:
                  matrix:
                    os: [ubuntu-latest, windows-latest]
                    python: [cp311, cp312]
                steps:
                  - run: true
            """;

    @Test
    void theEditsAreMadeAgainOnGitHubsNewerText() {
        UnaryOperator<String> replay = MatrixEditReplay.of(List.of(new MatrixEdit.RemoveValue("wheels", "python", 0)));
        String theirs = "# maintained by packaging\n" + WORKFLOW;

        String result = replay.apply(theirs);

        assertTrue(result.startsWith("# maintained by packaging\n"));
        assertTrue(result.contains("python: [cp312]"), result);
    }

    @Test
    void anEditThatNoLongerFitsSaysWhichOneAndWhy() {
        UnaryOperator<String> replay = MatrixEditReplay.of(List.of(new MatrixEdit.RemoveValue("wheels", "arch", 0)));

        DispatchException e = assertThrows(DispatchException.class, () -> replay.apply(WORKFLOW));

        assertTrue(e.userMessage().startsWith("The edit \"Remove value 1 of arch\" cannot be made again on the workflow "
                + "as it is on GitHub now: "), e.userMessage());
    }

    @Test
    void anEditGitHubsTextAlreadyHasIsLeftToTheUserWithTheReason() {
        String withValue = WORKFLOW.replace("[cp311, cp312]", "[cp311, cp312, cp313]");
        UnaryOperator<String> replay = MatrixEditReplay.of(List.of(
                new MatrixEdit.AddValue("wheels", "python", ValueLiteral.of("cp313"))));

        assertEquals("The edit \"Add cp313 to python\" cannot be made again on the workflow as it is on GitHub now: "
                + "cp313 is already a value of 'python'. Make the change by hand on the new text.",
                assertThrows(DispatchException.class, () -> replay.apply(withValue)).userMessage());
    }
}
