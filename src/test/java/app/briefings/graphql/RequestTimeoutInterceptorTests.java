package app.briefings.graphql;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import app.briefings.deadline.RequestDeadline;
import app.briefings.deadline.RequestDeadlineAccessor;
import app.briefings.deadline.RequestDeadlines;
import graphql.ExecutionResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Where {@link RequestTimeoutInterceptor} runs the rest of the chain: HTTP requests on
 * its pool, graphql-ws operations on the thread that read their message, with the
 * caller's deadline handed on either way.
 */
class RequestTimeoutInterceptorTests {

	private static final Map<String, Object> BODY = Map.of("query", "subscription { briefingChanged { id } }");

	private final RequestTimeoutInterceptor interceptor = new RequestTimeoutInterceptor(new BriefingsGraphQlProperties(
			Duration.ofSeconds(10), new BriefingsGraphQlProperties.Get(Duration.ofSeconds(30)),
			new BriefingsGraphQlProperties.PersistedQueries(5000, DataSize.ofMegabytes(32))));

	@AfterEach
	void stopPool() {
		this.interceptor.destroy();
	}

	@Test
	void shouldRunGraphqlWsOperationsOnTheThreadThatReadTheirMessage() {
		WebGraphQlRequest request = new WebSocketGraphQlRequest(URI.create("http://localhost/graphql"),
				new HttpHeaders(), null, null, Map.of(), BODY, "1", Locale.ROOT,
				mock(org.springframework.graphql.server.WebSocketSessionInfo.class));
		AtomicReference<Thread> ranOn = new AtomicReference<>();

		this.interceptor.intercept(request, recordingThread(ranOn)).block();

		assertThat(ranOn.get()).isSameAs(Thread.currentThread());
	}

	@Test
	void shouldHandTheSocketsDeadlineToTheExecution() {
		WebGraphQlRequest request = new WebSocketGraphQlRequest(URI.create("http://localhost/graphql"),
				new HttpHeaders(), null, null, Map.of(), BODY, "1", Locale.ROOT,
				mock(org.springframework.graphql.server.WebSocketSessionInfo.class));
		RequestDeadline deadline = RequestDeadline.after(Duration.ofSeconds(5));
		AtomicReference<Object> handedOn = new AtomicReference<>();
		WebGraphQlInterceptor.Chain chain = (next) -> Mono.deferContextual((context) -> {
			handedOn.set(context.getOrDefault(RequestDeadlineAccessor.KEY, null));
			return Mono.just(response(next));
		});

		try (RequestDeadlines.Scope scope = RequestDeadlines.open(deadline)) {
			this.interceptor.intercept(request, chain).block();
		}

		assertThat(handedOn.get()).isEqualTo(deadline);
	}

	@Test
	void shouldRunHttpRequestsOnThePoolSoTheCallerCanAnswerAtTheDeadline() {
		WebGraphQlRequest request = new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
				null, null, Map.of(), BODY, "1", Locale.ROOT);
		AtomicReference<Thread> ranOn = new AtomicReference<>();

		this.interceptor.intercept(request, recordingThread(ranOn)).block();

		assertThat(ranOn.get()).isNotSameAs(Thread.currentThread());
		assertThat(ranOn.get().getName()).startsWith("graphql-execution");
	}

	private static WebGraphQlInterceptor.Chain recordingThread(AtomicReference<Thread> ranOn) {
		return (next) -> {
			ranOn.set(Thread.currentThread());
			return Mono.just(response(next));
		};
	}

	private static WebGraphQlResponse response(WebGraphQlRequest request) {
		ExecutionResult result = ExecutionResult.newExecutionResult().data(Map.of()).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

}
