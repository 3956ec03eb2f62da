package org.crossforce;

import org.crossforce.cli.CommandLine;
import org.crossforce.portal.PortalProcess;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Crossforce: without arguments, the web application on http://localhost:8080; with a command
 * such as {@code ingest}, that command; with {@code portal}, the public pages alone.
 */
@SpringBootApplication
public class CrossforceApplication {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("org.apache.tika.pipes.PipesServer")) {
            // A child process of extraction, started as "java -jar crossforce.jar": Tika's classes
            // are nested in this jar, out of reach of a plain class path. Hand over before anything
            // else: Spring must not start here, and stdout is the channel to the parent.
            org.apache.tika.pipes.PipesServer.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals(PortalProcess.COMMAND)) {
            // The public pages alone, as a process of their own in another network zone.
            PortalProcess.run(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(CrossforceApplication.class, args));
        }
        SpringApplication.run(CrossforceApplication.class, args);
    }
}
