package app.briefings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Keeps settings written under a prefix the application has renamed working: each key
 * under an old prefix is offered again under its new prefix, just below the source that
 * holds it (a key set under the new name in the same or a higher source wins), with one
 * warning per key naming its replacement. Environment variables are renamed in their own
 * form ({@code BRIEFINGS_SECURITY_BUDGETS_STORE} becomes {@code BRIEFINGS_BUDGET_STORE}),
 * so relaxed binding reads them as before.
 */
public class RenamedPropertiesPostProcessor implements EnvironmentPostProcessor, Ordered {

	/** Old prefix to new prefix; no old prefix begins another. */
	static final Map<String, String> RENAMED_PREFIXES = Map.of("briefings.security.limits", "briefings.limits",
			"briefings.http", "briefings.limits.slow-clients", "briefings.security.budgets", "briefings.budget",
			"briefings.security.websocket", "briefings.websocket", "briefings.cors", "briefings.security.cors",
			"briefings.sse", "briefings.graphql.sse");

	private static final String SOURCE_NAME_PREFIX = "renamedProperties:";

	private final Log log;

	/**
	 * Creates the post-processor with a log that is written once logging is set up.
	 * @param logs Spring Boot's deferred logs
	 */
	public RenamedPropertiesPostProcessor(DeferredLogFactory logs) {
		this.log = logs.getLog(RenamedPropertiesPostProcessor.class);
	}

	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		List<PropertySource<?>> sources = new ArrayList<>();
		environment.getPropertySources().forEach(sources::add);
		for (PropertySource<?> source : sources) {
			if (source.getName().startsWith(SOURCE_NAME_PREFIX)
					|| !(source instanceof EnumerablePropertySource<?> enumerable)) {
				continue;
			}
			Map<String, Object> renamed = renamedKeys(enumerable);
			if (!renamed.isEmpty()) {
				String name = SOURCE_NAME_PREFIX + source.getName();
				// Spring Boot maps variables such as PERKEYPERHOUR to per-key-per-hour
				// only in
				// sources whose name ends with "-systemEnvironment".
				PropertySource<?> replacement = (source instanceof SystemEnvironmentPropertySource)
						? new SystemEnvironmentPropertySource(
								name + "-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, renamed)
						: new MapPropertySource(name, renamed);
				environment.getPropertySources().addAfter(source.getName(), replacement);
			}
		}
	}

	private Map<String, Object> renamedKeys(EnumerablePropertySource<?> source) {
		boolean environmentVariables = source instanceof SystemEnvironmentPropertySource;
		Map<String, Object> renamed = new LinkedHashMap<>();
		for (String key : source.getPropertyNames()) {
			String newKey = environmentVariables ? renamedVariable(key) : renamedProperty(key);
			if (newKey != null) {
				renamed.put(newKey, source.getProperty(key));
				this.log.warn("Setting '" + key + "' (" + source.getName() + ") has been renamed '" + newKey
						+ "'; it is read under the new name for now, change it there");
			}
		}
		return renamed;
	}

	/**
	 * The new name of a property key written in dotted form, or {@code null} when the key
	 * is not under a renamed prefix.
	 * @param key a key as its source holds it
	 * @return the key under the new prefix, or {@code null}
	 */
	static String renamedProperty(String key) {
		String lowerCase = key.toLowerCase(Locale.ROOT);
		for (Map.Entry<String, String> prefix : RENAMED_PREFIXES.entrySet()) {
			String old = prefix.getKey();
			if (lowerCase.startsWith(old) && key.length() > old.length()
					&& (key.charAt(old.length()) == '.' || key.charAt(old.length()) == '[')) {
				return prefix.getValue() + key.substring(old.length());
			}
		}
		return null;
	}

	/**
	 * The new name of an environment variable, or {@code null} when the variable is not
	 * under a renamed prefix.
	 * @param variable a variable name such as {@code BRIEFINGS_CORS_ALLOWED_ORIGINS}
	 * @return the variable under the new prefix, or {@code null}
	 */
	static String renamedVariable(String variable) {
		for (Map.Entry<String, String> prefix : RENAMED_PREFIXES.entrySet()) {
			String old = variableForm(prefix.getKey()) + "_";
			if (variable.startsWith(old)) {
				return variableForm(prefix.getValue()) + "_" + variable.substring(old.length());
			}
		}
		return null;
	}

	private static String variableForm(String prefix) {
		return prefix.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
	}

}
