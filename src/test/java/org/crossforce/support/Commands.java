package org.crossforce.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.crossforce.CrossforceApplication;
import org.crossforce.cli.CommandLine;

/** Runs a command as {@code java -jar crossforce.jar COMMAND ...} would, capturing what it prints. */
public final class Commands {

    private Commands() {
    }

    public static Run run(String command, String... options) {
        String[] args = new String[options.length + 1];
        args[0] = command;
        System.arraycopy(options, 0, args, 1, options.length);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            int code = CommandLine.run(CrossforceApplication.class, args);
            return new Run(code, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** @param output standard output and standard error together */
    public record Run(int exitCode, String output) {
    }
}
