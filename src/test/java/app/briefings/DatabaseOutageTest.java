package app.briefings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A full application on a random port, without sample data, on an embedded server of its
 * own that tests may take away and bring back. Every test class using it shares one
 * application context, apart from the one {@link IntegrationTest} starts, so that the
 * outages touch no other test; each test brings the database back before it ends.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "briefings.mongo.embedded.storage=memory", "briefings.sample-data.enabled=false",
				"briefings.security.bootstrap-api-key=" + DatabaseOutageTest.API_KEY })
public @interface DatabaseOutageTest {

	/** The administrator key the shared outage context starts with. */
	String API_KEY = "outage-test-key";

}
