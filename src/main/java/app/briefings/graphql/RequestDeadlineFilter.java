package app.briefings.graphql;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import app.briefings.deadline.RequestDeadline;
import app.briefings.deadline.RequestDeadlines;

/**
 * Opens a deadline of {@code briefings.graphql.request-timeout} for each HTTP request on
 * the thread that serves it, so the database commands sent before GraphQL execution (the
 * API-key look-up, the budget charge) are bounded too. {@link RequestTimeoutInterceptor}
 * gives the execution a deadline of its own, equal to its timeout.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestDeadlineFilter extends OncePerRequestFilter {

	private final Duration timeout;

	RequestDeadlineFilter(BriefingsGraphQlProperties properties) {
		this.timeout = properties.requestTimeout();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try (RequestDeadlines.Scope scope = RequestDeadlines.open(RequestDeadline.after(this.timeout))) {
			chain.doFilter(request, response);
		}
	}

}
