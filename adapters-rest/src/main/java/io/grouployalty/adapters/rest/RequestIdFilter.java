package io.grouployalty.adapters.rest;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.io.IOException;
import java.util.UUID;

/** Gives every request a fresh id, returned in {@code X-Cap-Requestid} and written in the request's log line. */
public final class RequestIdFilter implements Filter {

    public static final String HEADER = "X-Cap-Requestid";
    private static final String MDC_KEY = "requestId";
    private static final Logger REQUESTS = LoggerFactory.getLogger("io.grouployalty.requests");

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Writes the one log line of a served request; what the request sent is escaped there. */
    public static void logServed(String method, String uri, int status, long startedNanos, String id) {
        REQUESTS.info("{} {} {} {}ms requestId={}", LogText.escaped(method), LogText.escaped(uri), status,
                (System.nanoTime() - startedNanos) / 1_000_000, id);
    }

    /** The id of the request being served on this thread, or "-" outside of one. */
    public static String current() {
        String id = MDC.get(MDC_KEY);
        return id == null ? "-" : id;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse httpResponse = (HttpServletResponse) response;
        String id = newId();
        long started = System.nanoTime();
        httpResponse.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            logServed(http.getMethod(), http.getRequestURI(), httpResponse.getStatus(), started, id);
            MDC.remove(MDC_KEY);
        }
    }
}
