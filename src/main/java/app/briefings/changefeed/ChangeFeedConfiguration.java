package app.briefings.changefeed;

import app.briefings.changefeed.ChangeFeedProperties.Mode;
import app.briefings.mongo.EmbeddedMongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Chooses the change feed: in-process events when this application runs its own embedded
 * server (never change streams there in normal runs, see docs/architecture.md), MongoDB
 * change streams otherwise. Both feeds exist as beans; only the chosen one is active.
 */
@Configuration(proxyBeanMethods = false)
class ChangeFeedConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(ChangeFeedConfiguration.class);

	@Bean
	Mode changeFeedMode(ChangeFeedProperties properties, ObjectProvider<EmbeddedMongoServer> embeddedServer) {
		Mode mode = resolve(properties.mode(), embeddedServer.getIfAvailable() != null);
		logger.info("Change feed: {}", (mode == Mode.IN_PROCESS) ? "in-process events" : "MongoDB change streams");
		return mode;
	}

	@Bean
	InProcessChangeFeed inProcessChangeFeed(ApplicationEventPublisher events, Mode changeFeedMode) {
		return new InProcessChangeFeed(events, changeFeedMode == Mode.IN_PROCESS);
	}

	@Bean
	ChangeStreamChangeFeed changeStreamChangeFeed(MongoOperations mongo, ApplicationEventPublisher events,
			Mode changeFeedMode) {
		return new ChangeStreamChangeFeed(new BriefingChangeStreams(mongo), events,
				changeFeedMode == Mode.CHANGE_STREAM, ChangeStreamChangeFeed.Sleeper.THREAD);
	}

	static Mode resolve(Mode configured, boolean embedded) {
		if (configured != Mode.AUTO) {
			return configured;
		}
		return embedded ? Mode.IN_PROCESS : Mode.CHANGE_STREAM;
	}

}
