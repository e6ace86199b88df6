package org.beamcat.icat.server.authn;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.beamcat.icat.server.authn.db.DbUserSql;
import org.beamcat.icat.server.authn.password.Pbkdf2Password;

/**
 * The administrator's way to make a password hash, with nothing but a JDK (the script
 * {@code glassfish-config/scripts/hash-password.sh} runs it from the built WAR):
 * <pre>
 *   hash-password.sh                  # prints pbkdf2-sha256:…, for beamcat.icat.authn.simple.users
 *   hash-password.sh --sql alice      # prints an INSERT adding alice to the db authenticator's table
 *   hash-password.sh --iterations 1000 (weaker, faster: tests only)
 * </pre>
 * The password is read from the terminal without echo, or as the first line of standard input, never
 * from the command line (which other users could see in the process list).
 */
public final class HashPassword {

    private HashPassword() {
    }

    public static void main(String[] args) throws IOException {
        int iterations = Pbkdf2Password.DEFAULT_ITERATIONS;
        String sqlUser = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--iterations" -> iterations = Integer.parseInt(argument(args, ++i));
                case "--sql" -> sqlUser = argument(args, ++i);
                default -> usage("unknown argument " + args[i]);
            }
        }
        String password = readPassword();
        if (password == null || password.isEmpty()) {
            usage("no password given");
        }
        Pbkdf2Password hashed = Pbkdf2Password.create(password, iterations);
        System.out.println(sqlUser == null ? hashed.encode() : DbUserSql.insert(sqlUser, hashed));
    }

    private static String readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password: ");
            return typed == null ? null : new String(typed);
        }
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }

    private static String argument(String[] args, int index) {
        if (index >= args.length) {
            usage(args[index - 1] + " needs a value");
        }
        return args[index];
    }

    private static void usage(String problem) {
        PrintStream err = System.err;
        err.println(problem);
        err.println("usage: HashPassword [--iterations N] [--sql USERNAME]  (password on the terminal or stdin)");
        System.exit(2);
    }
}
