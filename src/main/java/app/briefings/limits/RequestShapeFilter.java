package app.briefings.limits;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import app.briefings.graphql.error.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses the request shapes GraphQL over HTTP does not need before the GraphQL handler
 * reads them: bodies over the size limit (413, read no further than the limit),
 * JSON-array batches (400) and any body that is not JSON (415): among them the form and
 * plain-text bodies a cross-site form can send without a CORS preflight, a body without a
 * {@code Content-Type} and {@code application/graphql}, which the handler does not read.
 * Each refusal is a GraphQL-shaped JSON body with a code.
 */
class RequestShapeFilter extends OncePerRequestFilter {

	private final long maxBodyBytes;

	RequestShapeFilter(long maxBodyBytes) {
		this.maxBodyBytes = maxBodyBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isJson(request.getContentType())) {
			refuse(response, 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE,
					"Send GraphQL requests as a JSON body with 'Content-Type: application/json'");
			return;
		}
		if (request.getContentLengthLong() > this.maxBodyBytes) {
			refuseTooLarge(response);
			return;
		}
		byte[] body = readAtMost(request.getInputStream(), this.maxBodyBytes + 1);
		if (body.length > this.maxBodyBytes) {
			refuseTooLarge(response);
			return;
		}
		if (isJsonArray(body)) {
			refuse(response, 400, ErrorCode.BATCH_NOT_SUPPORTED, "Send one operation per request, not an array");
			return;
		}
		chain.doFilter(new ReadBodyRequest(request, body), response);
	}

	private static boolean isJson(@Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType mediaType = MediaType.parseMediaType(contentType);
			return "application".equals(mediaType.getType())
					&& ("json".equals(mediaType.getSubtype()) || "json".equals(mediaType.getSubtypeSuffix()));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static byte[] readAtMost(InputStream input, long limit) throws IOException {
		ByteArrayOutputStream read = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int count;
		while (read.size() < limit
				&& (count = input.read(buffer, 0, (int) Math.min(buffer.length, limit - read.size()))) != -1) {
			read.write(buffer, 0, count);
		}
		return read.toByteArray();
	}

	private static boolean isJsonArray(byte[] body) {
		for (byte b : body) {
			if (!Character.isWhitespace(b)) {
				return b == '[';
			}
		}
		return false;
	}

	private void refuseTooLarge(HttpServletResponse response) throws IOException {
		refuse(response, 413, ErrorCode.REQUEST_TOO_LARGE,
				"The request body is larger than the limit of " + this.maxBodyBytes + " bytes");
	}

	static void refuse(HttpServletResponse response, int status, ErrorCode code, String message) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setHeader("Cache-Control", "no-store");
		String body = "{\"errors\":[{\"message\":\"" + message + "\",\"extensions\":{\"code\":\"" + code.name()
				+ "\",\"classification\":\"" + code.classification().name() + "\"}}]}";
		response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
	}

	/** The request with its body already read, replayed to the handler. */
	static final class ReadBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream input = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return input.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return input.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return input.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
