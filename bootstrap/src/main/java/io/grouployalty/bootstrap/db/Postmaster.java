package io.grouployalty.bootstrap.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The postmaster a data directory's {@code postmaster.pid} names: its process (line 1) and its port (line 4). */
public record Postmaster(ProcessHandle process, int port) {

    /** The postmaster named in {@code dataDirectory}, if the file is there and its process exists. */
    public static Optional<Postmaster> of(Path dataDirectory) {
        try {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
            if (lines.size() < 4) {
                return Optional.empty();
            }
            int port = Integer.parseInt(lines.get(3).strip());
            return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).map(process -> new Postmaster(process, port));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Until its process has ended. One that has ended but is not yet collected by its parent (a zombie, which lasts as long
     * as its adoptive parent, often pid 1 in a container, takes to reap it) has ended, though {@link ProcessHandle#isAlive()}
     * still says alive.
     */
    public boolean running() {
        return process.isAlive() && !zombie();
    }

    private boolean zombie() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) == 'Z';
        } catch (IOException | IndexOutOfBoundsException noProcessStatus) {
            return false;
        }
    }
}
