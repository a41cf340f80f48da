package app.briefings.websocket;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The read and write buffers Tomcat's connector gives every open connection (its
 * {@code socket.appReadBufSize} and {@code socket.appWriteBufSize}, 8 KB each by
 * default). A graphql-ws socket keeps both on the heap for as long as it is open, while
 * it mostly receives nothing and is sent a few kilobytes at a time; longer reads and
 * writes go through them in pieces of their size.
 *
 * @param read the read buffer of each connection
 * @param write the write buffer of each connection
 */
@ConfigurationProperties("briefings.websocket.connection-buffers")
public record ConnectionBuffers(@DefaultValue("2KB") DataSize read, @DefaultValue("4KB") DataSize write) {

}
