package app.briefings.websocket;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What each graphql-ws socket holds in memory for the messages it receives. The container
 * keeps a text and a binary buffer per open socket for as long as it is open (8 KB each
 * by default, the text one in characters, so 16 KB); graphql-ws messages from clients are
 * small, so the buffers are small and a longer text message is assembled from the pieces
 * the container hands over, up to {@code maxMessageSize}.
 *
 * @param textBuffer the container's text buffer per socket, in characters
 * @param binaryBuffer the container's binary buffer per socket; graphql-ws sends no
 * binary messages and the handler refuses them
 * @param maxMessageSize the longest text message a client may send, in characters (the
 * socket is closed with 1009 {@code REQUEST_TOO_LARGE} beyond it)
 * @param compression whether a socket may negotiate {@code permessage-deflate}; off by
 * default, because each compressed socket holds about 100 KB of zlib state in native
 * memory for as long as it is open ({@link UncompressedUpgradeFilter})
 */
@ConfigurationProperties("briefings.websocket.buffers")
public record WebSocketBuffers(@DefaultValue("1KB") DataSize textBuffer, @DefaultValue("128B") DataSize binaryBuffer,
		@DefaultValue("64KB") DataSize maxMessageSize, @DefaultValue("false") boolean compression) {

}
