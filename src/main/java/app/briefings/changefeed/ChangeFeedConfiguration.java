package app.briefings.changefeed;

import app.briefings.mongo.EmbeddedMongoServer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the change feed: in-process events when this application runs its own embedded
 * server (never change streams there, see DESIGN §5), MongoDB change streams otherwise.
 */
@Configuration(proxyBeanMethods = false)
class ChangeFeedConfiguration {

	@Bean
	@ConditionalOnBean(EmbeddedMongoServer.class)
	InProcessChangeFeed inProcessChangeFeed(ApplicationEventPublisher events) {
		return new InProcessChangeFeed(events);
	}

}
