package app.briefings.ingestion.extraction;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Prints the extraction quality figures over an evaluation set: the in-repo set by
 * default, or the directory given with {@code -Devaluation.dir=/path} (same file format).
 * A command, not a test: Surefire's default run skips it (its name does not end in
 * {@code Tests}); run it with
 * {@code ./mvnw -B -q test -Dtest=ExtractionEvaluation -Dsurefire.failIfNoSpecifiedTests=false}.
 * Over the in-repo set it also checks the targets, as {@link ExtractionTargetsTests} does
 * in every build, and prints the figures of each blind round under
 * {@code extraction/blind/} (documents nobody tuned the rules for), which are not held to
 * the targets.
 */
class ExtractionEvaluation {

	@Test
	void printExtractionQuality() {
		String dir = System.getProperty("evaluation.dir");
		boolean inRepo = dir == null || dir.isBlank();
		List<EvaluationPage> pages = inRepo ? EvaluationPage.inRepo() : EvaluationPage.readAll(Path.of(dir));
		ExtractionScore score = ExtractionTargets.score(pages);
		System.out.println("[evaluation] " + pages.size() + " documents from " + (inRepo ? "the repository" : dir));
		score.misses().forEach(miss -> System.out.println("[evaluation] " + miss));
		System.out.print(score.table());
		if (inRepo) {
			printBlindRounds();
			ExtractionTargets.assertMet(score);
		}
	}

	private static void printBlindRounds() {
		EvaluationPage.blindRounds().forEach((round, pages) -> {
			ExtractionScore score = ExtractionTargets.score(pages);
			System.out.println(
					"[evaluation] blind round " + round + ": " + pages.size() + " documents (not held to the targets)");
			score.misses().forEach(miss -> System.out.println("[evaluation] " + round + " " + miss));
			System.out.print(score.table());
		});
	}

}
