package app.briefings.ingestion.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Countries, capitals and the region's cities outside the knowledge base, read from
 * {@code /extraction/places.tsv}, so that the gazetteer finds them in running text in
 * either script and in Russian cases. They are found in the same pass as the known
 * entities but yield new places, never links to the knowledge base; a place the knowledge
 * base already has is left to it.
 */
final class WellKnownPlaces {

	private static final String RESOURCE = "/extraction/places.tsv";

	private static final String ID_PREFIX = "well-known-place:";

	private static final List<KnownEntity> PLACES = read();

	private WellKnownPlaces() {
	}

	/**
	 * The known entities followed by the well-known places none of them already names.
	 */
	static List<KnownEntity> withKnown(Collection<KnownEntity> known) {
		Set<String> taken = new HashSet<>();
		for (KnownEntity entity : known) {
			taken.add(AliasKey.of(entity.name()));
			for (String alias : entity.aliases()) {
				taken.add(AliasKey.of(alias));
			}
		}
		List<KnownEntity> all = new ArrayList<>(known);
		for (KnownEntity place : PLACES) {
			if (!taken.contains(AliasKey.of(place.name()))) {
				all.add(place);
			}
		}
		return all;
	}

	/**
	 * The entity an occurrence of a gazetteer entry stands for: a new place for these.
	 */
	static EntityRef refOf(KnownEntity entity) {
		if (!entity.id().startsWith(ID_PREFIX)) {
			return EntityRef.known(entity);
		}
		return new EntityRef(EntityType.PLACE, null, entity.name(), entity.aliases(), null);
	}

	private static List<KnownEntity> read() {
		try (InputStream in = WellKnownPlaces.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<KnownEntity> places = new ArrayList<>();
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t", 2);
				List<String> aliases = columns.length > 1 ? List.of(columns[1].split("\\|")) : List.of();
				places.add(new KnownEntity(ID_PREFIX + columns[0].toLowerCase(Locale.ROOT), EntityType.PLACE,
						columns[0], aliases, null));
			}
			return List.copyOf(places);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
