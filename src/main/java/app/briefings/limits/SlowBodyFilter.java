package app.briefings.limits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import app.briefings.graphql.error.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads each request body before anything else, with a deadline and a cap per address, so
 * that clients trickling their bodies cannot hold the request threads: a body still
 * arriving at the deadline is answered 408 and its connection closed, and an address
 * already sending as many bodies as the cap allows is answered 429 at once. Each read
 * waits at most Tomcat's connection timeout, so a trickling client is cut off within the
 * deadline plus that timeout.
 */
class SlowBodyFilter extends OncePerRequestFilter {

	private static final int CHUNK = 8192;

	private final long deadlineNanos;

	private final int maxReadsPerAddress;

	private final long maxBodyBytes;

	private final Map<String, AtomicInteger> readsByAddress = new ConcurrentHashMap<>();

	SlowBodyFilter(SlowClientProperties properties, long maxBodyBytes) {
		this.deadlineNanos = properties.bodyReadTimeout().toNanos();
		this.maxReadsPerAddress = properties.maxBodyReadsPerAddress();
		this.maxBodyBytes = maxBodyBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getContentLengthLong() == 0
				|| (request.getContentLengthLong() < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = request.getRemoteAddr();
		AtomicInteger reads = this.readsByAddress.computeIfAbsent(address, (key) -> new AtomicInteger());
		if (reads.incrementAndGet() > this.maxReadsPerAddress) {
			release(address, reads);
			refuse(response, 429, ErrorCode.TOO_MANY_CONCURRENT_REQUESTS, "More than " + this.maxReadsPerAddress
					+ " request bodies from your address are still arriving; retry once they are sent");
			return;
		}
		byte[] body;
		try {
			body = readBeforeDeadline(request.getInputStream());
		}
		finally {
			release(address, reads);
		}
		if (body == null) {
			refuse(response, 408, ErrorCode.REQUEST_BODY_TIMEOUT,
					"The request body did not arrive in time; the connection is closed");
			return;
		}
		chain.doFilter(new RequestShapeFilter.ReadBodyRequest(request, body), response);
	}

	/**
	 * The body, at most one byte over the size limit, or null when the deadline passed.
	 */
	private byte[] readBeforeDeadline(InputStream input) throws IOException {
		long started = System.nanoTime();
		ByteArrayOutputStream read = new ByteArrayOutputStream();
		byte[] buffer = new byte[CHUNK];
		while (read.size() <= this.maxBodyBytes) {
			int count = input.read(buffer, 0, (int) Math.min(buffer.length, this.maxBodyBytes + 1 - read.size()));
			if (count == -1) {
				return read.toByteArray();
			}
			read.write(buffer, 0, count);
			if (System.nanoTime() - started > this.deadlineNanos) {
				return null;
			}
		}
		return read.toByteArray();
	}

	private void release(String address, AtomicInteger reads) {
		if (reads.decrementAndGet() <= 0) {
			this.readsByAddress.remove(address, reads);
		}
	}

	private static void refuse(HttpServletResponse response, int status, ErrorCode code, String message)
			throws IOException {
		response.setHeader(HttpHeaders.CONNECTION, "close");
		RequestShapeFilter.refuse(response, status, code, message);
	}

}
