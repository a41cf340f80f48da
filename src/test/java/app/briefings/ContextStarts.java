package app.briefings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * Counts the Spring application contexts a test run starts (test contexts, slices and the
 * applications tests start themselves), with the test class that started each and how
 * long it took, so that a build shows what its contexts cost. Registered for every
 * application in the test JVM through {@code META-INF/spring.factories}; the summary is
 * printed by {@link TestRunSummary}.
 */
public class ContextStarts implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final List<Start> starts = new ArrayList<>();

	private static volatile @Nullable String currentTestClass;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String testClass = currentTestClass;
		long began = System.nanoTime();
		context.addApplicationListener((ContextRefreshedEvent event) -> {
			if (event.getApplicationContext() == context) {
				started(new Start((testClass != null) ? testClass : "(no test class)",
						Duration.ofNanos(System.nanoTime() - began)));
			}
		});
	}

	static void testClassStarted(String className) {
		currentTestClass = className;
	}

	static synchronized List<Start> all() {
		return List.copyOf(starts);
	}

	private static synchronized void started(Start start) {
		starts.add(start);
	}

	/**
	 * One application context that started.
	 *
	 * @param testClass the simple name of the test class running when it started
	 * @param took the time from its initialization to the end of its refresh
	 */
	record Start(String testClass, Duration took) {
	}

}
