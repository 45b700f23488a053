package dev.wheelhouse.ui.matrix;

/**
 * Two small workflows for the stale-result tests (issue 11, item 1): {@code A} has two matrix jobs
 * to choose between and edit, {@code B} is the other file opened while an edit of A is in flight.
 */
final class TwoWorkflows {

    static final String A = """
            name: a
            on: push
            jobs:
              wheels:
                runs-on: ${{ matrix.os }}
                strategy:
                  matrix:
                    os: [ubuntu-latest, macos-latest]
                    python: ['3.11', '3.12']
                steps:
                  - run: echo wheels
              tests:
                runs-on: ubuntu-latest
                strategy:
                  matrix:
                    python: ['3.11']
                steps:
                  - run: echo tests
            """;
    static final String B = """
            name: b
            on: push
            jobs:
              build:
                runs-on: ${{ matrix.os }}
                strategy:
                  matrix:
                    os: [windows-latest]
                steps:
                  - run: echo b
            """;

    private TwoWorkflows() {
    }
}
