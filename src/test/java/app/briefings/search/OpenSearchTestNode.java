package app.briefings.search;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * One OpenSearch node for the tests of this JVM, started on first use in a child JVM on
 * free loopback ports with a temporary data folder, and stopped when this JVM exits. Its
 * classpath comes from {@code src/test/opensearch-node}, a Maven project of its own (so
 * that Spring Boot's dependency management does not change OpenSearch's libraries), built
 * here the first time.
 */
final class OpenSearchTestNode {

	private static final Path PROJECT = Path.of("src/test/opensearch-node");

	private static final Path JAR = PROJECT.resolve("target/opensearch-test-node-1.jar");

	private static final Path CLASSPATH = PROJECT.resolve("target/classpath.txt");

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private static OpenSearchTestNode shared;

	private final Process process;

	private final URI url;

	private final Duration startTime;

	private OpenSearchTestNode(Process process, URI url, Duration startTime) {
		this.process = process;
		this.url = url;
		this.startTime = startTime;
	}

	/** The node of this JVM, started when first asked for. */
	static synchronized OpenSearchTestNode shared() {
		if (shared == null) {
			shared = start();
		}
		return shared;
	}

	URI url() {
		return this.url;
	}

	/** How long the node took from the launch of its JVM until it answered. */
	Duration startTime() {
		return this.startTime;
	}

	/** Deletes an index, if it exists. */
	void deleteIndex(String name) {
		HttpRequest request = HttpRequest.newBuilder(this.url.resolve("/" + name)).DELETE().build();
		try {
			HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while deleting index " + name, ex);
		}
	}

	private static OpenSearchTestNode start() {
		try {
			buildIfMissing();
			Path home = Files.createTempDirectory("opensearch-node");
			Path log = home.resolve("node.log");
			long launched = System.nanoTime();
			Process process = new ProcessBuilder(command(home)).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "opensearch-node-stop"));
			int port = awaitPort(process, home, log);
			Duration startTime = Duration.ofNanos(System.nanoTime() - launched);
			System.out.printf("OpenSearch test node: http://127.0.0.1:%d, answered %d ms after launch%n", port,
					startTime.toMillis());
			return new OpenSearchTestNode(process, URI.create("http://127.0.0.1:" + port), startTime);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the OpenSearch test node started", ex);
		}
	}

	private static void buildIfMissing() throws IOException, InterruptedException {
		if (Files.exists(JAR) && Files.exists(CLASSPATH)) {
			return;
		}
		Process build = new ProcessBuilder("./mvnw", "-B", "-q", "-f", PROJECT.resolve("pom.xml").toString(), "package")
			.inheritIO()
			.start();
		if (!build.waitFor(10, TimeUnit.MINUTES) || build.exitValue() != 0) {
			build.destroy();
			throw new IllegalStateException(
					"Could not build " + PROJECT + " (./mvnw -f " + PROJECT + "/pom.xml package)");
		}
	}

	private static List<String> command(Path home) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String classpath = JAR.toAbsolutePath() + File.pathSeparator
				+ Files.readString(CLASSPATH, StandardCharsets.UTF_8).strip();
		return List.of(java, "-Xms256m", "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classpath,
				"app.briefings.search.node.OpenSearchTestNodeMain", home.toString());
	}

	private static int awaitPort(Process process, Path home, Path log) throws IOException {
		Path portFile = home.resolve("http.port");
		try {
			await().atMost(START_TIMEOUT)
				.pollInterval(Duration.ofMillis(100))
				.until(() -> Files.exists(portFile) || !process.isAlive());
		}
		catch (ConditionTimeoutException ex) {
			throw notStarted(process, log);
		}
		if (!Files.exists(portFile)) {
			throw notStarted(process, log);
		}
		return Integer.parseInt(Files.readString(portFile, StandardCharsets.US_ASCII).strip());
	}

	private static IllegalStateException notStarted(Process process, Path log) throws IOException {
		process.destroy();
		return new IllegalStateException(
				"The OpenSearch test node did not start; its log " + log + " ends:\n" + tail(log));
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

}
