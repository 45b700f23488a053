/**
 * The simulated Actions runner. A dispatched run is planned once from its workflow file
 * ({@link dev.wheelhouse.sandbox.sim.RunPlan}); an attempt's whole timeline is then computed up
 * front from the plan, the seed, the attempt's start and explicit events such as a cancel
 * ({@link dev.wheelhouse.sandbox.sim.AttemptSchedule}). What a client sees at any moment is that
 * timeline read at the injected clock's "now": no background threads change state, so every
 * answer is deterministic and a test can step time instead of waiting for it.
 */
package dev.wheelhouse.sandbox.sim;
