package app.briefings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.junit.jupiter.api.Test;

import app.briefings.budget.BudgetProperties;
import app.briefings.limits.SlowClientProperties;
import app.briefings.security.CorsProperties;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLog;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;

import static org.assertj.core.api.Assertions.assertThat;

class RenamedPropertiesPostProcessorTests {

	private final List<String> warnings = new ArrayList<>();

	@Test
	void settingUnderAnOldPrefixBindsToTheRecordUnderItsNewPrefix() {
		StandardEnvironment environment = environmentWith(
				Map.of("briefings.security.budgets.store", "mongo", "briefings.http.max-body-reads-per-address", "4"));

		process(environment);

		Binder binder = Binder.get(environment);
		assertThat(binder.bindOrCreate("briefings.budget", BudgetProperties.class).store())
			.isEqualTo(BudgetProperties.Store.MONGO);
		assertThat(binder.bindOrCreate("briefings.limits.slow-clients", SlowClientProperties.class)
			.maxBodyReadsPerAddress()).isEqualTo(4);
		assertThat(environment.getProperty("briefings.budget.store")).isEqualTo("mongo");
		assertThat(this.warnings).hasSize(2)
			.anySatisfy((warning) -> assertThat(warning).contains("'briefings.security.budgets.store'")
				.contains("'briefings.budget.store'"));
	}

	@Test
	void environmentVariableUnderAnOldPrefixIsReadUnderTheNewOne() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("BRIEFINGS_CORS_ALLOWED_ORIGINS", "https://a.example,https://b.example",
									"BRIEFINGS_SECURITY_BUDGETS_PERKEYPERHOUR", "77")));

		process(environment);

		Binder binder = Binder.get(environment);
		assertThat(binder.bindOrCreate("briefings.security.cors", CorsProperties.class).allowedOrigins())
			.containsExactly("https://a.example", "https://b.example");
		assertThat(binder.bindOrCreate("briefings.budget", BudgetProperties.class).perKeyPerHour()).isEqualTo(77);
	}

	@Test
	void settingUnderTheNewNameWinsOverTheOldOne() {
		StandardEnvironment environment = environmentWith(
				Map.of("briefings.sse.write-timeout", "3s", "briefings.graphql.sse.write-timeout", "7s"));
		environment.getPropertySources()
			.addFirst(new MapPropertySource("commandLine", Map.of("briefings.websocket.max-connections", "9")));
		environment.getPropertySources()
			.addLast(new MapPropertySource("defaults", Map.of("briefings.security.websocket.max-connections", "5")));

		process(environment);

		assertThat(environment.getProperty("briefings.graphql.sse.write-timeout")).isEqualTo("7s");
		assertThat(environment.getProperty("briefings.websocket.max-connections")).isEqualTo("9");
	}

	@Test
	void applicationsLoadThePostProcessor() {
		DeferredLogFactory logs = (supplier) -> recordingLog();
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
			.load(EnvironmentPostProcessor.class, ArgumentResolver.of(DeferredLogFactory.class, logs)))
			.hasAtLeastOneElementOfType(RenamedPropertiesPostProcessor.class);
	}

	@Test
	void keysOutsideTheRenamedPrefixesAreLeftAlone() {
		assertThat(RenamedPropertiesPostProcessor.renamedProperty("briefings.security.introspection")).isNull();
		assertThat(RenamedPropertiesPostProcessor.renamedProperty("briefings.httpclient.timeout")).isNull();
		assertThat(RenamedPropertiesPostProcessor.renamedProperty("briefings.sse")).isNull();
		assertThat(RenamedPropertiesPostProcessor.renamedVariable("BRIEFINGS_SSEX_A")).isNull();
		assertThat(RenamedPropertiesPostProcessor.renamedProperty("briefings.security.limits.max-depth"))
			.isEqualTo("briefings.limits.max-depth");
		assertThat(RenamedPropertiesPostProcessor.renamedVariable("BRIEFINGS_HTTP_BODYREADTIMEOUT"))
			.isEqualTo("BRIEFINGS_LIMITS_SLOWCLIENTS_BODYREADTIMEOUT");
	}

	private StandardEnvironment environmentWith(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("applicationConfig", properties));
		return environment;
	}

	private void process(StandardEnvironment environment) {
		new RenamedPropertiesPostProcessor((supplier) -> recordingLog()).postProcessEnvironment(environment, null);
	}

	private Log recordingLog() {
		return new DeferredLog() {
			@Override
			public void warn(Object message) {
				RenamedPropertiesPostProcessorTests.this.warnings.add(String.valueOf(message));
			}
		};
	}

}
