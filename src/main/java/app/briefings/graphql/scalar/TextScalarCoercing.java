package app.briefings.graphql.scalar;

import java.util.Locale;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;

/**
 * A custom scalar carried as a string on the wire, such as {@code Date} or
 * {@code DateTime}: one Java type, a parser and a formatter.
 */
final class TextScalarCoercing<T> implements Coercing<T, String> {

	private final String name;

	private final Class<T> type;

	private final Function<String, T> parser;

	private final Function<T, String> formatter;

	TextScalarCoercing(String name, Class<T> type, Function<String, T> parser, Function<T, String> formatter) {
		this.name = name;
		this.type = type;
		this.parser = parser;
		this.formatter = formatter;
	}

	@Override
	public String serialize(Object value, GraphQLContext context, Locale locale) {
		if (!this.type.isInstance(value)) {
			throw new CoercingSerializeException("Not a " + this.name + ": " + value.getClass().getSimpleName());
		}
		return this.formatter.apply(this.type.cast(value));
	}

	@Override
	public T parseValue(Object input, GraphQLContext context, Locale locale) {
		if (input instanceof String text) {
			return parse(text);
		}
		throw new CoercingParseValueException(this.name + " must be a string");
	}

	@Override
	public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
		if (input instanceof StringValue text) {
			return parse(text.getValue());
		}
		throw new CoercingParseLiteralException(this.name + " must be a string");
	}

	private T parse(String text) {
		try {
			return this.parser.apply(text);
		}
		catch (RuntimeException ex) {
			throw new CoercingParseValueException("'" + text + "' is not a valid ISO-8601 " + this.name);
		}
	}

}
