package io.grouployalty.bootstrap.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.List;

/** Every event logged at INFO or above while it is open; closing it puts the root logger back as it was. */
public final class CapturedLog implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level level = root.getLevel();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private CapturedLog() {
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.INFO);
    }

    public static CapturedLog atInfo() {
        return new CapturedLog();
    }

    /** The events so far, read under the appender's lock (it appends under it). */
    public List<ILoggingEvent> events() {
        synchronized (appender) {
            return List.copyOf(appender.list);
        }
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        root.setLevel(level);
    }
}
