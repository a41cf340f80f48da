package app.briefings.graphql.error;

import java.time.Duration;

import app.briefings.deadline.RequestDeadline;
import app.briefings.deadline.RequestDeadlineExceededException;
import app.briefings.deadline.RequestDeadlines;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoOperationTimeoutException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command stopped because its request's time was up answers {@code REQUEST_TIMEOUT},
 * whether the deadline had passed before sending, the driver's operation timeout fired or
 * the server's {@code maxTimeMS} did; a database that cannot be reached still answers
 * {@code UNAVAILABLE}, also when the driver reports it as an operation timeout long
 * before the deadline.
 */
class DeadlineErrorsTests {

	private final GraphQlExceptionHandlers handlers = new GraphQlExceptionHandlers();

	private final DataFetchingEnvironment environment = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
		.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
			.type(Scalars.GraphQLString)
			.path(ResultPath.rootPath().segment("briefings"))
			.build())
		.mergedField(MergedField.newMergedField(Field.newField("briefings").build()).build())
		.build();

	@Test
	void shouldAnswerRequestTimeoutWhenTheDeadlinePassedBeforeSending() {
		GraphQLError error = this.handlers.deadlinePassed(new RequestDeadlineExceededException("a find on briefings"),
				this.environment);
		assertThat(error.getExtensions()).containsEntry("code", "REQUEST_TIMEOUT");
	}

	@Test
	void shouldAnswerRequestTimeoutWhenTheDriverOrTheServerStoppedACommandAtTheDeadline() {
		try (RequestDeadlines.Scope scope = RequestDeadlines.open(new RequestDeadline(System.nanoTime()))) {
			assertThat(codeOf(new MongoOperationTimeoutException("Operation exceeded the timeout limit")))
				.isEqualTo("REQUEST_TIMEOUT");
			assertThat(codeOf(new DataAccessResourceFailureException("translated",
					new MongoOperationTimeoutException("Operation exceeded the timeout limit"))))
				.isEqualTo("REQUEST_TIMEOUT");
		}
		assertThat(codeOf(new MongoExecutionTimeoutException(50, "operation exceeded time limit")))
			.isEqualTo("REQUEST_TIMEOUT");
	}

	@Test
	void shouldAnswerUnavailableWhenNoServerCouldBeSelectedWellBeforeTheDeadline() {
		MongoOperationTimeoutException selection = new MongoOperationTimeoutException(
				"Timed out while waiting for a server that matches WritableServerSelector");
		try (RequestDeadlines.Scope scope = RequestDeadlines.open(RequestDeadline.after(Duration.ofSeconds(7)))) {
			assertThat(codeOf(selection)).isEqualTo("UNAVAILABLE");
		}
		assertThat(codeOf(selection)).isEqualTo("UNAVAILABLE");
	}

	@Test
	void shouldStillAnswerUnavailableWhenTheDatabaseCannotBeRead() {
		assertThat(codeOf(new MongoSocketReadException("Prematurely reached end of stream", new ServerAddress())))
			.isEqualTo("UNAVAILABLE");
	}

	private Object codeOf(Exception ex) {
		return this.handlers.databaseUnavailable(ex, this.environment).getExtensions().get("code");
	}

}
