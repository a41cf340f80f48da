package app.briefings.editorial;

import java.util.List;

import app.briefings.editorial.EntityKind.EntityId;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rewrite of a merged entity's references in a stored briefing. */
class BriefingReferencesTests {

	private static final EntityId MERGED = new EntityId(EntityKind.OFFICIAL, "bolot-edizov");

	@Test
	void shouldJoinTheMentionsOfTheMergedEntityAndItsSurvivorIntoOne() {
		List<Document> mentions = List.of(mention("OFFICIAL", "bolot-ediz", "Bolot Ediz", 0.8, 0, 10),
				mention("PLACE", "bolot-edizov", "Naryn", 0.9, 40, 45),
				mention("OFFICIAL", "bolot-edizov", "Bolot Edizov", 0.95, 15, 27));
		List<Document> replaced = BriefingReferences.replacedMentions(mentions, MERGED, "bolot-ediz");
		assertThat(replaced).hasSize(2);
		Document joined = replaced.get(0);
		assertThat(joined.getString("entityId")).isEqualTo("bolot-ediz");
		assertThat(joined.getString("surface")).isEqualTo("Bolot Ediz");
		assertThat(joined.getDouble("confidence")).isEqualTo(0.95);
		assertThat(joined.getList("spans", Document.class)).extracting((span) -> span.getInteger("start"))
			.containsExactly(0, 15);
		assertThat(replaced.get(1).getString("entityId")).as("another type keeps its id").isEqualTo("bolot-edizov");
	}

	@Test
	void shouldRenameTheMergedMentionWhenTheSurvivorIsNotMentioned() {
		List<Document> replaced = BriefingReferences.replacedMentions(
				List.of(mention("OFFICIAL", "bolot-edizov", "Bolot Edizov", 0.95, 15, 27)), MERGED, "bolot-ediz");
		assertThat(replaced).singleElement()
			.satisfies((mention) -> assertThat(mention.getString("entityId")).isEqualTo("bolot-ediz"));
	}

	@Test
	void shouldReplaceIdsWithoutDuplicates() {
		assertThat(BriefingReferences.replacedIds(List.of("a", "bolot-edizov", "bolot-ediz", "b"), "bolot-edizov",
				"bolot-ediz"))
			.containsExactly("a", "bolot-ediz", "b");
	}

	private static Document mention(String type, String id, String surface, double confidence, int start, int end) {
		return new Document("entityType", type).append("entityId", id)
			.append("surface", surface)
			.append("spans", List.of(new Document("start", start).append("end", end)))
			.append("confidence", confidence);
	}

}
