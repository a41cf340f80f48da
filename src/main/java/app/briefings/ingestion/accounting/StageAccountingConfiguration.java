package app.briefings.ingestion.accounting;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Provides the {@link StageAccounting} ingestion charges its stages to and, when it is
 * switched on, publishes what each stage cost as {@code briefings.ingestion.stage.cpu}
 * (seconds), {@code briefings.ingestion.stage.allocated} (bytes) and
 * {@code briefings.ingestion.stage.calls}, tagged with the stage, and charges the
 * requests to the GraphQL endpoint to the {@link IngestionStage#REQUEST} stage.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StageAccountingProperties.class)
class StageAccountingConfiguration {

	@Bean
	StageAccounting stageAccounting(StageAccountingProperties properties) {
		return properties.enabled() ? StageAccounting.on() : StageAccounting.off();
	}

	@Bean
	@ConditionalOnProperty(name = "briefings.ingestion.accounting.enabled", havingValue = "true")
	MeterBinder stageAccountingMetrics(StageAccounting accounting) {
		return (registry) -> {
			for (IngestionStage stage : IngestionStage.values()) {
				FunctionCounter
					.builder("briefings.ingestion.stage.cpu", accounting,
							(counted) -> counted.cpuNanos(stage) / (double) TimeUnit.SECONDS.toNanos(1))
					.baseUnit("seconds")
					.tag("stage", stage.tag())
					.description("Thread CPU time of an ingestion stage, without its nested stages")
					.register(registry);
				FunctionCounter
					.builder("briefings.ingestion.stage.allocated", accounting,
							(counted) -> counted.allocatedBytes(stage))
					.baseUnit("bytes")
					.tag("stage", stage.tag())
					.description("Bytes allocated by an ingestion stage, without its nested stages")
					.register(registry);
				FunctionCounter
					.builder("briefings.ingestion.stage.calls", accounting, (counted) -> counted.calls(stage))
					.tag("stage", stage.tag())
					.description("Runs of an ingestion stage")
					.register(registry);
			}
		};
	}

	@Bean
	@ConditionalOnProperty(name = "briefings.ingestion.accounting.enabled", havingValue = "true")
	FilterRegistrationBean<Filter> stageAccountingFilter(StageAccounting accounting) {
		Filter filter = (request, response, chain) -> {
			try {
				accounting.measure(IngestionStage.REQUEST, () -> {
					doFilter(chain, request, response);
					return null;
				});
			}
			catch (FilterFailure failure) {
				failure.rethrow();
			}
		};
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/graphql");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	private static void doFilter(jakarta.servlet.FilterChain chain, jakarta.servlet.ServletRequest request,
			jakarta.servlet.ServletResponse response) {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException ex) {
			throw new FilterFailure(ex);
		}
	}

	/** Carries a checked failure of the filter chain out of the measured stage. */
	private static final class FilterFailure extends RuntimeException {

		private final Exception failure;

		FilterFailure(Exception failure) {
			super(failure);
			this.failure = failure;
		}

		void rethrow() throws IOException, ServletException {
			if (this.failure instanceof IOException io) {
				throw io;
			}
			throw (ServletException) this.failure;
		}

	}

}
