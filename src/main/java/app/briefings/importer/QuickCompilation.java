package app.briefings.importer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Keeps the JIT compiler of the import command's own process to its quick tier (C1), as
 * {@code -XX:TieredStopAtLevel=1} would: the optimizing tier (C2) spent more CPU
 * compiling than it saved over a run of thousands of documents (docs/import.md). Applied
 * through the HotSpot diagnostic command {@code Compiler.directives_add}, so that the
 * server, which runs long enough to repay C2, keeps its defaults; on a JVM without that
 * command the import compiles as usual.
 */
final class QuickCompilation {

	static final String DIRECTIVES = "[{ match: \"*.*\", c2: { Exclude: true } }]";

	private QuickCompilation() {
	}

	/** Asks the JVM to compile with C1 alone from now on; whether it accepted. */
	static boolean apply() {
		Path directives = null;
		try {
			directives = Files.createTempFile("import-compiler-directives", ".json");
			Files.writeString(directives, DIRECTIVES, StandardCharsets.UTF_8);
			Object answer = ManagementFactory.getPlatformMBeanServer()
				.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
						new Object[] { new String[] { directives.toString() } },
						new String[] { String[].class.getName() });
			return String.valueOf(answer).contains("1 compiler directives added");
		}
		catch (IOException | JMException | RuntimeException ex) {
			return false;
		}
		finally {
			deleteQuietly(directives);
		}
	}

	private static void deleteQuietly(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			file.toFile().deleteOnExit();
		}
	}

}
