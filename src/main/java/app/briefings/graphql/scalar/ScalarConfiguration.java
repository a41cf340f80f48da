package app.briefings.graphql.scalar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import graphql.schema.GraphQLScalarType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Wires the schema's custom scalars: {@code DateTime} is an {@link Instant}, rendered in
 * UTC with seconds and read with any offset; {@code Date} is a {@link LocalDate}.
 */
@Configuration(proxyBeanMethods = false)
public class ScalarConfiguration {

	@Bean
	RuntimeWiringConfigurer scalars() {
		GraphQLScalarType dateTime = scalar("DateTime", "An instant, ISO-8601 with offset",
				new TextScalarCoercing<>("DateTime", Instant.class, (text) -> OffsetDateTime.parse(text).toInstant(),
						(instant) -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC))));
		GraphQLScalarType date = scalar("Date", "A calendar date, ISO-8601",
				new TextScalarCoercing<>("Date", LocalDate.class, LocalDate::parse, LocalDate::toString));
		return (wiring) -> wiring.scalar(dateTime).scalar(date);
	}

	private static GraphQLScalarType scalar(String name, String description, TextScalarCoercing<?> coercing) {
		return GraphQLScalarType.newScalar().name(name).description(description).coercing(coercing).build();
	}

}
