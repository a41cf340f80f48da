package app.briefings.sync;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Offline sync settings.
 *
 * @param retention how long the change log keeps a change; a sync token older than the
 * changes kept gets {@code SYNC_TOKEN_EXPIRED}
 * @param pruneInterval how often changes past the retention are deleted
 * @param reservationTimeout how long readers wait for a writer that reserved sequence
 * numbers to write its entries; past it the reservation is dropped, and a writer that
 * comes back later logs its changes again under new numbers
 * @param maxScannedPerPage how many log entries one {@code briefingChanges} page reads at
 * most looking for changes that pass its filter; the page then ends early with a token
 * that continues from there
 * @param livePollInterval how often the live tail looks for changes logged by other
 * instances (those of this instance wake it at once)
 * @param replayBuffer how many live changes wait for one subscriber while its missed
 * changes are replayed; one more ends it with {@code SLOW_CONSUMER}
 * @param replayWindow how many of the latest log entries the live tail keeps in memory,
 * with their briefings, so subscribers resuming from a token among them replay without
 * reading MongoDB; 0 turns the window off
 * @param replayWindowSize how much heap the replay window may take at most (estimated);
 * past it the oldest entries leave first
 */
@ConfigurationProperties("briefings.sync")
public record SyncProperties(@DefaultValue("30d") Duration retention, @DefaultValue("1h") Duration pruneInterval,
		@DefaultValue("30s") Duration reservationTimeout, @DefaultValue("1000") int maxScannedPerPage,
		@DefaultValue("250ms") Duration livePollInterval, @DefaultValue("10000") int replayBuffer,
		@DefaultValue("10000") int replayWindow, @DefaultValue("32MB") DataSize replayWindowSize) {

}
