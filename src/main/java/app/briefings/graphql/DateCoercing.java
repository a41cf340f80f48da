package app.briefings.graphql;

import java.time.LocalDate;
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

/** {@code Date}: {@link LocalDate} in Java, ISO-8601 ({@code 2020-06-05}) on the wire. */
class DateCoercing implements Coercing<LocalDate, String> {

	@Override
	public String serialize(Object value, GraphQLContext context, Locale locale) {
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		throw new CoercingSerializeException("Not a Date: " + value.getClass().getSimpleName());
	}

	@Override
	public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
		if (input instanceof String text) {
			return parse(text);
		}
		throw new CoercingParseValueException("Date must be an ISO-8601 string");
	}

	@Override
	public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
		if (input instanceof StringValue text) {
			return parse(text.getValue());
		}
		throw new CoercingParseLiteralException("Date must be an ISO-8601 string");
	}

	private static LocalDate parse(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new CoercingParseValueException("'" + text + "' is not an ISO-8601 date");
		}
	}

}
