package app.briefings;

import java.time.Duration;
import java.util.List;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Tells {@link ContextStarts} which test class is running and prints, at the end of the
 * run, how many application contexts it started, which test class started each and what
 * they cost. Registered with the JUnit Platform through {@code META-INF/services}.
 */
public class TestRunSummary implements TestExecutionListener {

	@Override
	public void executionStarted(TestIdentifier identifier) {
		TestSource source = identifier.getSource().orElse(null);
		if (identifier.isContainer() && source instanceof ClassSource test) {
			ContextStarts.testClassStarted(test.getJavaClass().getSimpleName());
		}
	}

	@Override
	public void testPlanExecutionFinished(TestPlan testPlan) {
		List<ContextStarts.Start> starts = ContextStarts.all();
		Duration total = Duration.ZERO;
		for (ContextStarts.Start start : starts) {
			total = total.plus(start.took());
		}
		System.out.printf("[contexts] %d application contexts started in this test JVM, %.1f s in all%n", starts.size(),
				total.toMillis() / 1000.0);
		for (ContextStarts.Start start : starts) {
			System.out.printf("[contexts]   %5.1f s  %s%n", start.took().toMillis() / 1000.0, start.testClass());
		}
	}

}
