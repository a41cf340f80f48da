package app.briefings.importer;

import java.lang.management.ManagementFactory;

import javax.management.JMException;
import javax.management.ObjectName;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuickCompilationTests {

	@Test
	void shouldExcludeEveryMethodFromTheOptimizingCompilerUntilTheDirectiveIsRemoved() throws JMException {
		assertThat(directives()).doesNotContain("Exclude:true");
		try {
			assertThat(QuickCompilation.apply()).isTrue();
			assertThat(directives()).containsPattern("(?s)matching: \\*\\.\\*\\s+c1 directives:.*Exclude:false.*"
					+ "c2 directives:\\s+inline: -\\s+Enable:true Exclude:true");
		}
		finally {
			diagnosticCommand("compilerDirectivesRemove");
		}
	}

	private static String directives() throws JMException {
		return diagnosticCommand("compilerDirectivesPrint");
	}

	private static String diagnosticCommand(String operation) throws JMException {
		Object answer = ManagementFactory.getPlatformMBeanServer()
			.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
					new Object[] { new String[0] }, new String[] { String[].class.getName() });
		return String.valueOf(answer);
	}

}
