package app.briefings;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The MongoDB integration tests run against: a Testcontainers {@code mongo:8.0} when
 * Docker is available, else the embedded server the application starts by itself. The
 * choice is printed once.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMongo {

	static final String IMAGE = "mongo:8.0";

	private static final boolean DOCKER = detectDocker();

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	MongoDBContainer mongoContainer() {
		return new MongoDBContainer(IMAGE);
	}

	public static boolean usesDocker() {
		return DOCKER;
	}

	private static boolean detectDocker() {
		boolean available = isDockerAvailable();
		String choice = available ? "Testcontainers " + IMAGE
				: "the embedded mongo-java-server (no Docker engine is available)";
		System.out.println("[briefings tests] MongoDB for integration tests: " + choice);
		return available;
	}

	private static boolean isDockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	static class DockerAvailable implements org.springframework.context.annotation.Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return DOCKER;
		}

	}

}
