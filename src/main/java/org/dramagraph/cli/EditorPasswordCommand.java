package org.dramagraph.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.dramagraph.web.EditorAccounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code editor-password NAME}: prints an editor account entry with the password's Argon2id hash. */
@Command(name = "editor-password", mixinStandardHelpOptions = true,
        description = {"Read a password (from the terminal without echo, else the first line of standard input) and "
                + "print NAME:HASH, an editor account entry for 'serve --editors' or $" + ServeCommand.EDITORS_ENV + ".",
                "The hash is Argon2id; the password itself is stored nowhere."})
final class EditorPasswordCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The editor's log-in name (no spaces or colons).")
    String name;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (name.isBlank() || name.contains(":") || name.chars().anyMatch(Character::isWhitespace)) {
            err.println("dramagraph: an editor name has no spaces or colons");
            return ExitCodes.USAGE;
        }
        String password = read();
        if (password == null || password.length() < 8) {
            err.println("dramagraph: the password needs at least 8 characters");
            return ExitCodes.USAGE;
        }
        out.println(name + ":" + EditorAccounts.hash(password));
        return ExitCodes.OK;
    }

    private static String read() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password: ");
            return typed == null ? null : new String(typed);
        }
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }
}
