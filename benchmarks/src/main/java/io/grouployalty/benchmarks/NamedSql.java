package io.grouployalty.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A statement with named parameters ({@code :name}), as the service's SQL files and pgbench scripts write them. */
record NamedSql(String text) {

    private static final Pattern PARAMETER = Pattern.compile("(?<!:):([A-Za-z]\\w*)");

    static NamedSql resource(String path) {
        try (InputStream in = NamedSql.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no SQL file " + path);
            }
            return new NamedSql(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statement with a template attribute ({@code <name>}) filled, as JDBI's {@code @Define} fills it. */
    NamedSql defined(String attribute, String value) {
        return new NamedSql(text.replace("<" + attribute + ">", value));
    }

    /** The statement with JDBC placeholders. */
    String jdbc() {
        return PARAMETER.matcher(text).replaceAll("?");
    }

    /** The parameter names in the order of their placeholders. */
    List<String> parameters() {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The statement prepared on {@code connection} with its parameters taken from {@code values} by name. */
    PreparedStatement prepare(Connection connection, Map<String, ?> values) throws SQLException {
        PreparedStatement prepared = connection.prepareStatement(jdbc());
        List<String> names = parameters();
        for (int i = 0; i < names.size(); i++) {
            if (!values.containsKey(names.get(i))) {
                throw new IllegalArgumentException("no value for :" + names.get(i));
            }
            prepared.setObject(i + 1, values.get(names.get(i)));
        }
        return prepared;
    }
}
