package app.briefings.sync;

import java.time.Clock;

import app.briefings.briefing.BriefingRepository;
import app.briefings.briefing.RetractedBriefingReaders;
import app.briefings.graphql.subscription.SubscriberRights;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/** Wires the change log on the application's clock. */
@Configuration(proxyBeanMethods = false)
class SyncConfiguration {

	@Bean
	SequenceReservations sequenceReservations(MongoOperations mongo, SyncProperties properties, Clock clock) {
		return new SequenceReservations(mongo, clock, properties.reservationTimeout());
	}

	@Bean
	BriefingChangeLog briefingChangeLog(MongoOperations mongo, SequenceReservations sequences, Clock clock) {
		return new BriefingChangeLog(mongo, sequences, clock);
	}

	@Bean
	ChangeLogReader changeLogReader(MongoOperations mongo, SequenceReservations sequences) {
		return new ChangeLogReader(mongo, sequences);
	}

	@Bean
	ChangedBriefings changedBriefings(MongoOperations mongo, SequenceReservations sequences) {
		return new ChangedBriefings(mongo, sequences);
	}

	@Bean
	BriefingChanges briefingChanges(ChangeLogReader reader, BriefingRepository briefings,
			RetractedBriefingReaders readers, SyncProperties properties) {
		return new BriefingChanges(reader, briefings, readers, properties.maxScannedPerPage());
	}

	@Bean
	ChangeLogTail changeLogTail(ChangeLogReader reader, SequenceReservations sequences, BriefingChanges changes,
			BriefingChangeLog log, SyncProperties properties) {
		ReplayWindow window = new ReplayWindow(properties.replayWindow(), properties.replayWindowSize().toBytes());
		ChangeLogTail tail = new ChangeLogTail(reader, sequences, changes, properties.livePollInterval(), window);
		log.afterRecording(tail::wake);
		return tail;
	}

	@Bean
	ResumableChanges resumableChanges(ChangeLogTail tail, BriefingChanges changes, SyncProperties properties) {
		return new ResumableChanges(tail, changes, properties.replayBuffer());
	}

	@Bean
	ChangeLogPruner changeLogPruner(MongoOperations mongo, SequenceReservations sequences, SyncProperties properties,
			Clock clock) {
		return new ChangeLogPruner(mongo, sequences, clock, properties);
	}

	/**
	 * The rights that decide which subscribers may share an event's result: those that
	 * decide what a caller sees of the change log and its briefings.
	 */
	@Bean
	SubscriberRights subscriberRights() {
		return CallerRights::of;
	}

}
