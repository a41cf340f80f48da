package app.briefings.search.node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * The main class of the child JVM that the search tests' {@code OpenSearchTestNode} starts: one OpenSearch
 * node with the Netty transport and the common analysis plugins, constructed in-process
 * as OpenSearch's own test framework does, bound to free ports on the loopback address.
 * It writes its HTTP port to a file once it answers, and stops when its standard input
 * closes, that is when the test JVM ends.
 */
public final class OpenSearchTestNodeMain {

	static final String PORT_FILE = "http.port";

	private OpenSearchTestNodeMain() {
	}

	public static void main(String[] args) throws Exception {
		Path home = Path.of(args[0]);
		Settings settings = settings(home);
		LogConfigurator.configureWithoutConfig(settings);
		Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null,
				() -> "briefings-test");
		PluginNode node = new PluginNode(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class));
		node.start();
		writePort(home,
				node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort());
		waitForEndOfInput();
		node.close();
		Runtime.getRuntime().halt(0);
	}

	private static Settings settings(Path home) {
		return Settings.builder()
			.put("path.home", home.toString())
			.put("path.data", home.resolve("data").toString())
			.put("path.logs", home.resolve("logs").toString())
			.put("cluster.name", "briefings-test")
			.put("node.name", "briefings-test")
			.put("discovery.type", "single-node")
			.put("network.host", "127.0.0.1")
			.put("http.port", "0")
			.put("transport.port", "0")
			.put("http.type", "netty4")
			.put("transport.type", "netty4")
			.put("cluster.routing.allocation.disk.threshold_enabled", false)
			.put("action.auto_create_index", false)
			.build();
	}

	private static void writePort(Path home, int port) throws IOException {
		Path written = home.resolve(PORT_FILE + ".tmp");
		Files.writeString(written, Integer.toString(port), StandardCharsets.US_ASCII);
		Files.move(written, home.resolve(PORT_FILE), StandardCopyOption.ATOMIC_MOVE);
	}

	private static void waitForEndOfInput() throws IOException {
		while (System.in.read() != -1) {
			// the test JVM never writes; the stream ends when it exits
		}
	}

	/** A node with plugins given as classes, not installed into a plugins folder. */
	private static final class PluginNode extends Node {

		PluginNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
			super(environment, plugins, true);
		}

	}

}
