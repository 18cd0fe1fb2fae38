package io.grouployalty.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

import java.util.concurrent.TimeUnit;

/**
 * How many requests are worked on at once; a few more may wait a short while for a turn, and the rest are
 * answered 503 at once.
 */
public class RequestLimits {

    @JsonProperty
    @Min(1)
    private int maxActive = 16;

    @JsonProperty
    @Min(0)
    private int maxWaiting = 64;

    @JsonProperty
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    @MaxDuration(value = 30, unit = TimeUnit.SECONDS)
    private Duration maxWait = Duration.seconds(1);

    @JsonProperty
    @NotNull
    private DataSize bodyReadAhead = DataSize.kibibytes(16);

    @JsonProperty
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration deadline = Duration.seconds(30);

    public int maxActive() {
        return maxActive;
    }

    /** How long after its start a request may still start items; later ones fail with 503. */
    public java.time.Duration deadline() {
        return deadline.toJavaDuration();
    }

    /**
     * The Jetty handlers that take a request's body in without holding a thread, then give the request a turn,
     * let it wait for one, or refuse it with 503.
     */
    public Handler.Singleton admission() {
        QoSHandler turns = new QoSHandler();
        turns.setMaxRequestCount(maxActive);
        turns.setMaxSuspendedRequestCount(maxWaiting);
        turns.setMaxSuspend(java.time.Duration.ofMillis(maxWait.toMilliseconds()));
        return new EagerContentHandler(turns, new BodyReadAhead(bodyReadAhead.toBytes()));
    }

    /**
     * Jetty's read-ahead of a body, except that a read that timed out ends the body: Jetty would retry it, and keep a
     * stalled client's connection open for ever.
     */
    private static final class BodyReadAhead extends EagerContentHandler.RetainedContentLoaderFactory {

        BodyReadAhead(long bytes) {
            super(bytes, -1, false);
        }

        @Override
        public EagerContentHandler.ContentLoader newContentLoader(String contentType, String mimeType, Handler handler, Request request,
                                                                  Response response, Callback callback) {
            return super.newContentLoader(contentType, mimeType, handler, new Request.Wrapper(request) {
                @Override
                public Content.Chunk read() {
                    Content.Chunk chunk = super.read();
                    return Content.Chunk.isFailure(chunk, false) ? Content.Chunk.from(chunk.getFailure(), true) : chunk;
                }
            }, response, callback);
        }
    }
}
