package app.briefings.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SDL is the contract clients generate code from: every type, field, argument and
 * value is described.
 */
class SchemaDescriptionsTests {

	@Test
	void shouldDescribeEveryTypeFieldArgumentAndEnumValue() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("graphql-schema"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".graphqls")).toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		List<String> undescribed = new ArrayList<>();
		registry.types().values().forEach((type) -> {
			if (type instanceof ObjectTypeDefinition object) {
				check(undescribed, object.getName(), object.getDescription(), object.getName().equals("Mutation"));
				fields(undescribed, object.getName(), object.getFieldDefinitions());
			}
			if (type instanceof InterfaceTypeDefinition anInterface) {
				check(undescribed, anInterface.getName(), anInterface.getDescription(), false);
				fields(undescribed, anInterface.getName(), anInterface.getFieldDefinitions());
			}
			if (type instanceof InputObjectTypeDefinition input) {
				check(undescribed, input.getName(), input.getDescription(), false);
				inputs(undescribed, input.getName(), input.getInputValueDefinitions());
			}
			if (type instanceof EnumTypeDefinition anEnum) {
				check(undescribed, anEnum.getName(), anEnum.getDescription(), false);
				for (EnumValueDefinition value : anEnum.getEnumValueDefinitions()) {
					check(undescribed, anEnum.getName() + "." + value.getName(), value.getDescription(), false);
				}
			}
		});
		registry.scalars().values().forEach((scalar) -> {
			if (!ScalarTypeDefinition.class.isInstance(scalar) || scalar.getSourceLocation() == null) {
				return;
			}
			check(undescribed, scalar.getName(), scalar.getDescription(), false);
		});
		registry.objectTypeExtensions()
			.forEach((name, extensions) -> extensions
				.forEach((extension) -> fields(undescribed, name, extension.getFieldDefinitions())));
		assertThat(registry.types()).containsKeys("Briefing", "Official", "Organization", "Operation", "Node");
		assertThat(undescribed).isEmpty();
	}

	private static void fields(List<String> undescribed, String owner, List<FieldDefinition> fields) {
		for (FieldDefinition field : fields) {
			check(undescribed, owner + "." + field.getName(), field.getDescription(), false);
			inputs(undescribed, owner + "." + field.getName(), field.getInputValueDefinitions());
		}
	}

	private static void inputs(List<String> undescribed, String owner, List<InputValueDefinition> inputs) {
		for (InputValueDefinition input : inputs) {
			check(undescribed, owner + "(" + input.getName() + ")", input.getDescription(), false);
		}
	}

	private static void check(List<String> undescribed, String name, Description description, boolean exempt) {
		if (!exempt && (description == null || description.getContent().isBlank())) {
			undescribed.add(name);
		}
	}

}
