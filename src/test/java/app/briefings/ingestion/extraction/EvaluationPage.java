package app.briefings.ingestion.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One document of an evaluation set: the raw text ({@code NAME.txt}) and what a careful
 * reader expects from it ({@code NAME.expected.json}).
 */
record EvaluationPage(String name, String text, JsonNode expected) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The in-repo set: the test pages that {@code ExtractionPagesTests} checks exactly,
	 * and the evaluation documents.
	 */
	static List<EvaluationPage> inRepo() {
		List<EvaluationPage> pages = new ArrayList<>(readAll(resource("/extraction/pages")));
		pages.addAll(readAll(resource("/extraction/evaluation")));
		return pages;
	}

	/**
	 * The blind rounds under {@code /extraction/blind/}: documents written by someone who
	 * never saw the rules, by round folder name, in order. Scored and printed, not held
	 * to the targets.
	 */
	static Map<String, List<EvaluationPage>> blindRounds() {
		Map<String, List<EvaluationPage>> rounds = new TreeMap<>();
		try (Stream<Path> folders = Files.list(resource("/extraction/blind"))) {
			for (Path folder : folders.filter(Files::isDirectory).toList()) {
				rounds.put(folder.getFileName().toString(), readAll(folder));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rounds;
	}

	private static Path resource(String name) {
		try {
			return Path.of(EvaluationPage.class.getResource(name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<EvaluationPage> readAll(Path directory) {
		List<EvaluationPage> pages = new ArrayList<>();
		for (String name : names(directory)) {
			pages.add(read(directory, name));
		}
		return pages;
	}

	static EvaluationPage read(Path directory, String name) {
		try {
			String text = Files.readString(directory.resolve(name + ".txt"));
			JsonNode expected = JSON.readTree(Files.readString(directory.resolve(name + ".expected.json")));
			return new EvaluationPage(name, text, expected);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> names(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".txt"))
				.sorted()
				.map(name -> name.substring(0, name.length() - ".txt".length()))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	LocalDate publishedAt() {
		return LocalDate.parse(this.expected.get("publishedAt").asString());
	}

	ExtractedDocument extractWith(DocumentExtractor extractor) {
		return extractor.extract(new ExtractionInput(this.text, null, publishedAt()));
	}

}
