package app.briefings.sync;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One entry of the change log, stored under its sequence number.
 *
 * @param sequence the entry's place in the log, allocated by {@link SequenceReservations}
 * @param briefingId the stored id of the briefing that changed
 * @param version the briefing's version after the change
 */
@Document(ChangeLogFields.ENTRIES)
record ChangeEntry(@Id long sequence, String briefingId, BriefingChangeKind kind, int version, Instant changedAt) {

}
