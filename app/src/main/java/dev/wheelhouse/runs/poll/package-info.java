/**
 * The one scheduler every watched run shares ({@link dev.wheelhouse.runs.poll.PollScheduler}):
 * adaptive intervals ({@link dev.wheelhouse.runs.poll.PollPolicy}: slower while nothing changes,
 * a slow probe while offline), a hold while a rate limit lasts, and pauses
 * ({@link dev.wheelhouse.runs.poll.PauseReason}: window minimized, offline). Its
 * {@link dev.wheelhouse.runs.poll.PollStatus} feeds the status bar. Time comes through a
 * {@link dev.wheelhouse.runs.poll.PollTimer}, so tests drive it on virtual time.
 */
package dev.wheelhouse.runs.poll;
