package app.briefings.graphql.error;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Validation messages rewritten from Java's printing of literals into GraphQL syntax. */
class ReadableMessagesTests {

	@Test
	void shouldPrintScalarsAsWritten() {
		assertThat(ReadableMessages.of("argument 'first' with value 'StringValue{value='five'}' is not a valid 'Int' "
				+ "- Expected an AST type of 'IntValue' but it was a 'StringValue'"))
			.isEqualTo("argument 'first' with value '\"five\"' is not a valid 'Int' "
					+ "- Expected a literal of type 'Int' but it was a 'String'");
	}

	@Test
	void shouldPrintNestedObjectsAndLists() {
		assertThat(ReadableMessages.of("with value 'ObjectValue{objectFields=[ObjectField{name='nested', "
				+ "value=ArrayValue{values=[IntValue{value=1}, FloatValue{value=2.5}, BooleanValue{value=true}, "
				+ "NullValue{}, EnumValue{name='ENUM'}, VariableReference{name='v'}]}}, ObjectField{name='o', "
				+ "value=ObjectValue{objectFields=[]}}]}' is not a valid 'ID' - it was a 'ObjectValue'"))
			.isEqualTo("with value '{nested: [1, 2.5, true, null, ENUM, $v], o: {}}' is not a valid 'ID' "
					+ "- it was a 'input object'");
	}

	@Test
	void shouldNameGraphQlKindsInsteadOfJavaClassesForVariableValues() {
		assertThat(ReadableMessages.of("Expected a String input, but it was a 'LinkedHashMap'"))
			.isEqualTo("Expected a String input, but it was a 'input object'");
		assertThat(ReadableMessages.of("Expected a Boolean input, but it was a 'ArrayList'"))
			.isEqualTo("Expected a Boolean input, but it was a 'list'");
		assertThat(ReadableMessages.of("Expected a String input, but it was a 'BigInteger'"))
			.isEqualTo("Expected a String input, but it was a 'Int'");
		assertThat(ReadableMessages.of("Expected a Boolean input, but it was a 'Double'"))
			.isEqualTo("Expected a Boolean input, but it was a 'Float'");
	}

	@Test
	void shouldLeaveOtherMessagesAlone() {
		assertThat(ReadableMessages.of("Field 'x' in type 'Query' is undefined"))
			.isEqualTo("Field 'x' in type 'Query' is undefined");
	}

}
