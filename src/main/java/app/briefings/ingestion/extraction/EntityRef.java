package app.briefings.ingestion.extraction;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a mention or a quote speaker points at: a known entity ({@code knownId} set), or a
 * new one the extractor found by a pattern (a titled person, a named organization or
 * operation) that the ingestion creates as an unreviewed entity.
 *
 * @param name the short common English form; for a name first seen in Cyrillic, its
 * transliteration
 * @param aliases other forms seen in the text (for example the Cyrillic original); empty
 * for known entities
 * @param kind the operation kind name for operations, else null
 */
public record EntityRef(EntityType type, @Nullable String knownId, String name, List<String> aliases,
		@Nullable String kind) {

	public EntityRef {
		aliases = List.copyOf(aliases);
	}

	public static EntityRef known(KnownEntity entity) {
		return new EntityRef(entity.type(), entity.id(), entity.name(), List.of(), entity.kind());
	}

	public boolean isKnown() {
		return this.knownId != null;
	}

	/**
	 * Whether the name, or one of the aliases, reduces to the same alias key as the given
	 * name (case, punctuation and script folded).
	 */
	public boolean answersTo(String name) {
		String key = AliasKey.of(name);
		if (AliasKey.of(this.name).equals(key)) {
			return true;
		}
		for (String alias : this.aliases) {
			if (AliasKey.of(alias).equals(key)) {
				return true;
			}
		}
		return false;
	}

}
