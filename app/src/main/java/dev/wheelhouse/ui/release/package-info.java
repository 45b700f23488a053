/**
 * The run tab's release part: the check's findings and artifacts (the Release panel), each cell's wheels as produced
 * (the grid's badges), the gate for a deployment the run waits for (Approve, with the findings and the files to
 * publish shown first, a confirmation when a finding is open; Reject), and downloading the wheels to a folder. The
 * view model runs the check and the reviews on the background executor and is tested without a window.
 */
package dev.wheelhouse.ui.release;
