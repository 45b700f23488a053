package dev.wheelhouse.testing;

/** Small workflow files tests add to a sandbox next to the satkit release workflow. */
public final class TestWorkflows {

    /** Runs on push only: GitHub refuses to dispatch it. */
    public static final String PUSH_ONLY = """
            name: CI
            on: push
            jobs:
              t:
                runs-on: ubuntu-latest
                steps:
                  - run: true
            """;

    /** Dispatchable with a required choice and an optional boolean. */
    public static final String WITH_INPUTS = """
            name: Inputs
            on:
              workflow_dispatch:
                inputs:
                  level:
                    type: choice
                    required: true
                    options: [low, high]
                  dry-run:
                    type: boolean
                    default: false
            jobs:
              t:
                runs-on: ubuntu-latest
                steps:
                  - run: echo ${{ inputs.level }}
            """;

    private TestWorkflows() {
    }
}
