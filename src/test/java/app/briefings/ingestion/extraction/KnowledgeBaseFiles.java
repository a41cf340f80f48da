package app.briefings.ingestion.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the knowledge base shipped under {@code knowledge-base/} into the entities the
 * extractor is built with.
 */
final class KnowledgeBaseFiles {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<KnownEntity> ALL = readAll();

	private KnowledgeBaseFiles() {
	}

	static List<KnownEntity> all() {
		return ALL;
	}

	static JsonNode read(String file) {
		try (InputStream in = KnowledgeBaseFiles.class.getResourceAsStream("/knowledge-base/" + file)) {
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<KnownEntity> readAll() {
		List<KnownEntity> entities = new ArrayList<>();
		addAll(entities, "officials.json", EntityType.OFFICIAL);
		addAll(entities, "organizations.json", EntityType.ORGANIZATION);
		addAll(entities, "operations.json", EntityType.OPERATION);
		addAll(entities, "places.json", EntityType.PLACE);
		addAll(entities, "events.json", EntityType.EVENT);
		return List.copyOf(entities);
	}

	private static void addAll(List<KnownEntity> entities, String file, EntityType type) {
		for (JsonNode node : read(file)) {
			List<String> aliases = new ArrayList<>();
			node.get("aliases").forEach(alias -> aliases.add(alias.asString()));
			String kind = type == EntityType.OPERATION ? node.get("kind").asString() : null;
			List<String> titles = new ArrayList<>();
			node.path("positions").forEach(position -> titles.add(position.get("title").asString()));
			entities.add(new KnownEntity(node.get("id").asString(), type, node.get("name").asString(), aliases, kind,
					titles));
		}
	}

}
