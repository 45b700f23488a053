package dev.wheelhouse.testing;

/** A large but valid workflow: the satkit release jobs followed by many plain jobs. */
public final class BigWorkflow {

    private BigWorkflow() {
    }

    /** About {@code bytes} long; the first job has the satkit wheel matrix. */
    public static String of(int bytes) {
        StringBuilder out = new StringBuilder("""
                name: Big
                on: [push, workflow_dispatch]
                jobs:
                  build_wheels:
                    name: build wheels (${{ matrix.os }} ${{ matrix.python }})
                    runs-on: ${{ matrix.os }}
                    strategy:
                      matrix:
                        os: [macos-latest, ubuntu-latest, windows-latest, ubuntu-24.04-arm]
                        python: [cp310, cp311, cp312, cp313, cp314]
                    steps:
                      - run: echo build
                """);
        int job = 0;
        while (out.length() < bytes) {
            out.append("  job_").append(job++).append(":\n")
                    .append("    runs-on: ubuntu-latest\n")
                    .append("    steps:\n");
            for (int step = 0; step < 20; step++) {
                out.append("      - name: step ").append(step).append(" # a comment that makes the file larger\n")
                        .append("        run: echo \"some output that a real workflow would print\" && true\n");
            }
        }
        return out.toString();
    }
}
