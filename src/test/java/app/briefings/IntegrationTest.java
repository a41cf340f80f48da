package app.briefings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;

/**
 * A full application on a random port over real HTTP, with the sample page loaded,
 * against the MongoDB {@link TestMongo} picks. Every test class using it shares one
 * application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "briefings.mongo.embedded.storage=memory",
				"briefings.security.bootstrap-api-key=" + IntegrationTest.API_KEY,
				"briefings.security.cors.allowed-origins=" + IntegrationTest.ALLOWED_ORIGIN })
@AutoConfigureHttpGraphQlTester
@AutoConfigureWebTestClient(timeout = IntegrationTest.CLIENT_TIMEOUT)
@Import({ TestMongo.class, MongoCommandCounter.class })
public @interface IntegrationTest {

	String API_KEY = "test-bootstrap-key";

	/** The one browser origin allowed cross-origin access. */
	String ALLOWED_ORIGIN = "https://app.example.org";

	/**
	 * How long the test client waits for a response: generous, so that a slow first
	 * request on a busy machine is not mistaken for a failure; tests of the server's own
	 * time limits measure them explicitly.
	 */
	String CLIENT_TIMEOUT = "PT30S";

}
