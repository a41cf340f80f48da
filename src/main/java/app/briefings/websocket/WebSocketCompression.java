package app.briefings.websocket;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether graphql-ws sockets accept the {@code permessage-deflate} extension that
 * browsers and the {@code ws} library offer. Off by default: graphql-ws messages are a
 * few hundred bytes, and an accepted offer gives every socket a deflater and an inflater
 * (about 256 KB of native zlib memory for the deflater alone) and deflates every message
 * the server sends, which costs more than it saves on messages this small.
 *
 * @param enabled accept the client's {@code permessage-deflate} offer
 */
@ConfigurationProperties("briefings.websocket.compression")
public record WebSocketCompression(@DefaultValue("false") boolean enabled) {

}
