package app.briefings.graphql;

import graphql.schema.GraphQLScalarType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Wires the schema's custom scalars. */
@Configuration(proxyBeanMethods = false)
class ScalarConfiguration {

	@Bean
	RuntimeWiringConfigurer scalars() {
		return (wiring) -> wiring.scalar(dateTime()).scalar(date());
	}

	private static GraphQLScalarType dateTime() {
		return GraphQLScalarType.newScalar()
			.name("DateTime")
			.description("An instant, ISO-8601 with offset")
			.coercing(new DateTimeCoercing())
			.build();
	}

	private static GraphQLScalarType date() {
		return GraphQLScalarType.newScalar()
			.name("Date")
			.description("A calendar date, ISO-8601")
			.coercing(new DateCoercing())
			.build();
	}

}
