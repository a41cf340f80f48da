package app.briefings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * Starts the application once with Spring's {@link BufferingApplicationStartup}, prints
 * where the start went (the steps with the most time of their own, children's time taken
 * out, and the total of each kind of step), then stops. Arguments are the application's.
 * Usage, after {@code ./mvnw -B -q -Pbench test-compile}: {@code java -cp
 * target/test-classes:target/classes:$(cat target/bench-classpath.txt)
 * app.briefings.StartupSteps --server.port=0}.
 */
public final class StartupSteps {

	private static final int SHOWN = 25;

	private StartupSteps() {
	}

	public static void main(String[] arguments) {
		SpringApplication application = new SpringApplication(BriefingsApplication.class);
		BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
		application.setApplicationStartup(startup);
		long began = System.nanoTime();
		ConfigurableApplicationContext context = application.run(arguments);
		Duration total = Duration.ofNanos(System.nanoTime() - began);
		print(startup.getBufferedTimeline(), total);
		context.close();
	}

	private static void print(StartupTimeline timeline, Duration total) {
		List<StartupTimeline.TimelineEvent> events = timeline.getEvents();
		Map<Long, Duration> childTime = new HashMap<>();
		for (StartupTimeline.TimelineEvent event : events) {
			Long parent = event.getStartupStep().getParentId();
			if (parent != null) {
				childTime.merge(parent, event.getDuration(), Duration::plus);
			}
		}
		Map<String, Duration> byKind = new HashMap<>();
		List<Step> steps = new ArrayList<>();
		for (StartupTimeline.TimelineEvent event : events) {
			StartupStep step = event.getStartupStep();
			Duration own = event.getDuration().minus(childTime.getOrDefault(step.getId(), Duration.ZERO));
			byKind.merge(step.getName(), own, Duration::plus);
			steps.add(new Step(step.getName(), describe(step), own));
		}
		steps.sort(Comparator.comparing(Step::own).reversed());
		System.out.printf("[startup] run() returned after %d ms; %d steps recorded%n", total.toMillis(), events.size());
		System.out.println("[startup] own time by kind of step:");
		byKind.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Duration>comparingByValue().reversed())
			.limit(12)
			.forEach((entry) -> System.out.printf("[startup] %7d ms  %s%n", entry.getValue().toMillis(), entry.getKey()));
		System.out.println("[startup] steps with the most own time:");
		for (Step step : steps.subList(0, Math.min(SHOWN, steps.size()))) {
			System.out.printf("[startup] %7d ms  %s %s%n", step.own().toMillis(), step.name(), step.detail());
		}
	}

	private static String describe(StartupStep step) {
		StringBuilder detail = new StringBuilder();
		for (StartupStep.Tag tag : step.getTags()) {
			if (tag.getKey().equals("beanName") || tag.getKey().equals("event") || tag.getKey().equals("postProcessor")
					|| tag.getKey().equals("configClass")) {
				detail.append(tag.getValue()).append(' ');
			}
		}
		return detail.toString().trim();
	}

	private record Step(String name, String detail, Duration own) {
	}

}
