package app.briefings.graphql;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;

/**
 * {@code DateTime}: {@link Instant} in Java, ISO-8601 with offset on the wire, rendered
 * in UTC.
 */
class DateTimeCoercing implements Coercing<Instant, String> {

	@Override
	public String serialize(Object value, GraphQLContext context, Locale locale) {
		if (value instanceof Instant instant) {
			return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
		}
		if (value instanceof OffsetDateTime dateTime) {
			return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
		}
		throw new CoercingSerializeException("Not a DateTime: " + value.getClass().getSimpleName());
	}

	@Override
	public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
		if (input instanceof String text) {
			return parse(text);
		}
		throw new CoercingParseValueException("DateTime must be an ISO-8601 string with offset");
	}

	@Override
	public Instant parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
		if (input instanceof StringValue text) {
			return parse(text.getValue());
		}
		throw new CoercingParseLiteralException("DateTime must be an ISO-8601 string with offset");
	}

	private static Instant parse(String text) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new CoercingParseValueException("'" + text + "' is not an ISO-8601 date-time with offset");
		}
	}

}
