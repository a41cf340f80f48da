/**
 * Offline sync and resumable live updates: the change log of every briefing published,
 * corrected or retracted by any instance, read from a sync token by the
 * {@code briefingChanges} query and the {@code briefingChanged} subscription.
 */
@NullMarked
package app.briefings.sync;

import org.jspecify.annotations.NullMarked;
