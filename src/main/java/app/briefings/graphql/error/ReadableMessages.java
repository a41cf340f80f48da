package app.briefings.graphql.error;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites graphql-java's validation messages, which print literals the way its Java
 * syntax tree prints them ({@code IntValue{value=5}},
 * {@code ObjectValue{objectFields=[…]}}) and name the tree's classes, into GraphQL syntax
 * a client wrote: {@code 5}, {@code {nested: [1]}}.
 */
final class ReadableMessages {

	private static final int MAX_PASSES = 64;

	private static final char OPEN = '\u0001';

	private static final char CLOSE = '\u0002';

	private static final char OPEN_LIST = '\u0003';

	private static final char CLOSE_LIST = '\u0004';

	private static final Pattern SCALAR = Pattern.compile(
			"(?:Int|Float|Boolean)Value\\{value=(?<number>[^{}]*?)\\}|NullValue\\{\\}|EnumValue\\{name='(?<enum>[^']*)'\\}"
					+ "|VariableReference\\{name='(?<variable>[^']*)'\\}|StringValue\\{value='(?<string>.*?)'\\}");

	private static final Pattern LIST = Pattern.compile("ArrayValue\\{values=\\[(?<values>[^\\[\\]{}]*)\\]\\}");

	private static final Pattern FIELD = Pattern
		.compile("ObjectField\\{name='(?<name>[^']*)', value=(?<value>[^\\[\\]{}]*)\\}");

	private static final Pattern OBJECT = Pattern
		.compile("ObjectValue\\{objectFields=\\[(?<fields>[^\\[\\]{}]*)\\]\\}");

	private static final Pattern KIND = Pattern
		.compile("'(?<kind>Int|Float|String|Boolean|Enum|Null|Array|Object)Value'");

	private static final Pattern JAVA_TYPE = Pattern.compile(
			"'(?<type>LinkedHashMap|HashMap|Map|ArrayList|List|BigInteger|Long|Integer|Short|Byte|BigDecimal|Double)'");

	private ReadableMessages() {
	}

	static String of(String message) {
		String readable = replaceAll(JAVA_TYPE, message, (match) -> "'" + javaTypeName(match.group("type")) + "'");
		if (!readable.contains("Value") && !readable.contains("VariableReference")) {
			return readable;
		}
		readable = replaceAll(SCALAR, readable, ReadableMessages::scalar);
		for (int pass = 0; pass < MAX_PASSES; pass++) {
			String next = replaceAll(LIST, readable, (match) -> OPEN_LIST + match.group("values") + CLOSE_LIST);
			next = replaceAll(FIELD, next, (match) -> match.group("name") + ": " + match.group("value"));
			next = replaceAll(OBJECT, next, (match) -> OPEN + match.group("fields") + CLOSE);
			if (next.equals(readable)) {
				break;
			}
			readable = next;
		}
		readable = readable.replace(OPEN, '{').replace(CLOSE, '}').replace(OPEN_LIST, '[').replace(CLOSE_LIST, ']');
		readable = replaceAll(KIND, readable, (match) -> "'" + kindName(match.group("kind")) + "'");
		return readable.replace("an AST type of", "a literal of type");
	}

	private static String scalar(Matcher match) {
		if (match.group("number") != null) {
			return match.group("number");
		}
		if (match.group("enum") != null) {
			return match.group("enum");
		}
		if (match.group("variable") != null) {
			return "$" + match.group("variable");
		}
		if (match.group("string") != null) {
			return "\"" + match.group("string") + "\"";
		}
		return "null";
	}

	private static String javaTypeName(String type) {
		return switch (type) {
			case "LinkedHashMap", "HashMap", "Map" -> "input object";
			case "ArrayList", "List" -> "list";
			case "BigDecimal", "Double" -> "Float";
			default -> "Int";
		};
	}

	private static String kindName(String kind) {
		return switch (kind) {
			case "Array" -> "list";
			case "Object" -> "input object";
			case "Enum" -> "enum value";
			case "Null" -> "null";
			default -> kind;
		};
	}

	private static String replaceAll(Pattern pattern, String text, Function<Matcher, String> replacement) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder replaced = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(replaced, Matcher.quoteReplacement(replacement.apply(matcher)));
		}
		matcher.appendTail(replaced);
		return replaced.toString();
	}

}
