package app.briefings.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.briefings.ingestion.IngestionService;
import app.briefings.ingestion.accounting.StageAccounting;
import app.briefings.mongo.SharedCommit;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar briefings-api.jar import [options] <file or folder>...}: imports
 * documents into the configured MongoDB without starting the web server, prints a summary
 * and ends with its own exit code: 0 when every record was ingested or found stored, 1
 * for a usage error, 2 when a record was rejected, 3 when the import could not run at
 * all.
 */
public final class ImportCommand {

	/** The first argument that selects this command. */
	public static final String NAME = "import";

	static final int USAGE_ERROR = 1;

	static final int CANNOT_RUN = 3;

	private final Class<?> application;

	private final PrintStream out;

	private final PrintStream err;

	private final boolean terminal;

	private final Map<String, Object> defaults;

	ImportCommand(Class<?> application, PrintStream out, PrintStream err, boolean terminal) {
		this(application, out, err, terminal, Map.of());
	}

	private ImportCommand(Class<?> application, PrintStream out, PrintStream err, boolean terminal,
			Map<String, Object> defaults) {
		this.application = application;
		this.out = out;
		this.err = err;
		this.terminal = terminal;
		this.defaults = defaults;
	}

	/** Whether the arguments ask for this command rather than the server. */
	public static boolean handles(String[] args) {
		return args.length > 0 && args[0].equals(NAME);
	}

	/**
	 * Runs the command for the arguments of {@code main} (the first one being
	 * {@code import}) and returns its exit code.
	 */
	public static int run(Class<?> application, String[] args) {
		ImportCommand command = new ImportCommand(application, System.out, System.err, System.console() != null,
				ImportContext.QUIET_LOGGING);
		return command.execute(Arrays.asList(args).subList(1, args.length));
	}

	int execute(List<String> arguments) {
		if (arguments.contains("--help") || arguments.contains("-h")) {
			this.out.print(ImportOptions.USAGE);
			return ImportSummary.SUCCESS;
		}
		ImportOptions options;
		ImportSources sources;
		try {
			options = ImportOptions.parse(arguments);
			sources = ImportSources.find(options.paths());
		}
		catch (UsageException ex) {
			this.err.println("import: " + ex.getMessage());
			this.err.print(ImportOptions.USAGE);
			return USAGE_ERROR;
		}
		return execute(options, sources);
	}

	private int execute(ImportOptions options, ImportSources sources) {
		for (Path skipped : sources.skipped()) {
			this.out.println("skipped " + skipped + ": not a .txt, .json or .ndjson file");
		}
		long start = System.nanoTime();
		ConfigurableApplicationContext context;
		try {
			context = ImportContext.start(this.application, this.defaults, options.springProperties());
		}
		catch (RuntimeException ex) {
			this.err.println("import: the application could not start: " + rootCause(ex));
			return CANNOT_RUN;
		}
		try (context) {
			if (ImportContext.keepsNothing(context)) {
				this.err.println("import: the embedded MongoDB is set to memory storage, which keeps nothing after"
						+ " the import; use file storage or set SPRING_MONGODB_URI");
				return USAGE_ERROR;
			}
			this.out.println("Started in " + seconds(Duration.ofNanos(System.nanoTime() - start)) + "; importing "
					+ sources.files().size() + " files into " + ImportContext.target(context) + " as partner '"
					+ options.partner() + "'");
			return importInto(context, options, sources);
		}
	}

	private int importInto(ConfigurableApplicationContext context, ImportOptions options, ImportSources sources) {
		RecordIngestor ingestor = new RecordIngestor(context.getBean(IngestionService.class),
				context.getBean(SharedCommit.class));
		BulkImport bulkImport = new BulkImport(ingestor, options.partner(), options.threads());
		StageAccounting accounting = context.getBean(StageAccounting.class);
		long cpuBefore = processCpuNanos();
		try (RejectionReport report = RejectionReport.create(options.report())) {
			ImportSummary summary = bulkImport.run(sources, report,
					(total) -> ImportProgress.start(options.progress(), this.terminal, this.err, total));
			this.out.print(summary);
			if (accounting.enabled()) {
				printAccount(accounting, summary.records(), processCpuNanos() - cpuBefore);
			}
			return summary.exitCode();
		}
		catch (IOException | RuntimeException ex) {
			this.err.println("import: stopped: " + rootCause(ex));
			return CANNOT_RUN;
		}
	}

	/**
	 * Where the import's CPU went, with {@code briefings.ingestion.accounting.enabled}:
	 * the process's CPU time per record and each ingestion stage's share.
	 */
	private void printAccount(StageAccounting accounting, long records, long cpuNanos) {
		this.err.printf(Locale.ROOT, "process CPU during the import: %.2f ms per record%n",
				cpuNanos / 1e6 / Math.max(records, 1));
		this.err.print(accounting.table(records));
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static String rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return (cause.getMessage() != null) ? cause.getMessage() : cause.toString();
	}

	private static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f s", duration.toNanos() / 1e9);
	}

}
