package dev.wheelhouse.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Another program holding a SQLite database's write lock: run in a child JVM with the file's
 * path, it takes the exclusive lock, prints {@code locked}, and keeps it until its standard input
 * closes.
 */
public final class SqliteLockHolder {

    private SqliteLockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 10000");
            statement.execute("BEGIN EXCLUSIVE");
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Held until the parent closes the pipe (or dies).
            }
            statement.execute("ROLLBACK");
        }
    }
}
