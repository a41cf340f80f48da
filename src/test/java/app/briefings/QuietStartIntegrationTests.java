package app.briefings;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.graphql.execution.SchemaReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A normal first start of the application, on fresh file storage, is quiet: nothing the
 * application or the embedded server logs is a warning, Spring for GraphQL's schema
 * inspection finds nothing to report (no field, argument or registration left unmapped,
 * no schema field that Java may leave null, no type it had to skip), and the addresses of
 * GraphiQL and the endpoint are logged with the port the server took.
 */
class QuietStartIntegrationTests {

	private static final List<String> OWN_LOGGERS = List.of("app.briefings", "de.bwaldvogel");

	private static final CapturingAppender appender = new CapturingAppender();

	private static final AtomicReference<SchemaReport> report = new AtomicReference<>();

	private static ConfigurableApplicationContext application;

	@BeforeAll
	static void startOnFreshStorage(@TempDir Path data) {
		application = new SpringApplicationBuilder(BriefingsApplication.class)
			.properties("server.port=0", "briefings.mongo.embedded.storage=file",
					"briefings.mongo.embedded.path=" + data)
			.listeners(new AttachAfterLoggingIsSetUp())
			.initializers((context) -> context.getBeanFactory()
				.registerSingleton("schemaReportCapture",
						(GraphQlSourceBuilderCustomizer) (builder) -> builder.inspectSchemaMappings(report::set)))
			.run();
	}

	@AfterAll
	static void stop() {
		if (application != null) {
			application.close();
		}
		appender.stop();
		root().detachAppender(appender);
	}

	@Test
	void shouldLogNoWarningOfItsOwnOrOfTheEmbeddedServer() {
		assertThat(appender.events).filteredOn(QuietStartIntegrationTests::isOwn)
			.filteredOn((event) -> event.getLevel().isGreaterOrEqual(Level.WARN))
			.extracting((event) -> event.getLoggerName() + ": " + event.getFormattedMessage())
			.isEmpty();
	}

	@Test
	void shouldFindNothingToReportWhenInspectingTheSchema() {
		assertThat(report.get()).isNotNull();
		assertThat(report.get().fieldNullnessErrors()).isEmpty();
		assertThat(report.get().argumentNullnessErrors()).isEmpty();
		assertThat(report.get().unmappedFields()).isEmpty();
		assertThat(report.get().unmappedRegistrations()).isEmpty();
		assertThat(report.get().unmappedArguments()).isEmpty();
		assertThat(report.get().skippedTypes()).isEmpty();
	}

	@Test
	void shouldLogWhereGraphiqlAndTheEndpointAnswerWithTheRealPort() {
		int port = ((WebServerApplicationContext) application).getWebServer().getPort();
		assertThat(appender.events).filteredOn(QuietStartIntegrationTests::isOwn)
			.filteredOn((event) -> event.getLevel() == Level.INFO)
			.extracting(ILoggingEvent::getFormattedMessage)
			.containsOnlyOnce("GraphiQL at http://localhost:" + port
					+ "/graphiql, GraphQL endpoint at http://localhost:" + port + "/graphql");
	}

	private static boolean isOwn(ILoggingEvent event) {
		return OWN_LOGGERS.stream().anyMatch((prefix) -> event.getLoggerName().startsWith(prefix));
	}

	private static Logger root() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		return context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

	/**
	 * Attaches the appender once Spring Boot has (re)configured Logback, which would
	 * otherwise drop it.
	 */
	private static final class AttachAfterLoggingIsSetUp
			implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			appender.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
			appender.start();
			root().addAppender(appender);
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

	/** Keeps every logging event of the start. */
	private static final class CapturingAppender extends AppenderBase<ILoggingEvent> {

		private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();

		@Override
		protected void append(ILoggingEvent event) {
			this.events.add(event);
		}

	}

}
