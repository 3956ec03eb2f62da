package org.crossforce;

import org.crossforce.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Crossforce: without arguments, the web application on http://localhost:8080; with a command
 * such as {@code ingest}, that command.
 */
@SpringBootApplication
public class CrossforceApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(CrossforceApplication.class, args));
        }
        SpringApplication.run(CrossforceApplication.class, args);
    }
}
