package org.crossforce.extraction.tika;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How a child process is started.
 *
 * @param java           the Java of this process: the one on PATH may be older than the classes
 * @param classPath      extra JVM arguments that give the child its classes
 * @param startupTimeout time for a child to say it is ready
 */
record ChildLaunch(String java, List<String> classPath, Duration startupTimeout) {

    /** The main class Tika's PipesClient starts; when started from the Spring Boot jar it arrives as args[0]. */
    static final String PIPES_SERVER = "org.apache.tika.pipes.PipesServer";

    ChildLaunch {
        classPath = List.copyOf(classPath);
    }

    static ChildLaunch detect() {
        return new ChildLaunch(Path.of(System.getProperty("java.home"), "bin", "java").toString(), findClassPath(),
                Duration.ofSeconds(60));
    }

    /**
     * Tika starts the child with this process's class path. That works when Tika's classes are on
     * it (tests, an IDE, Boot's extracted layout). From {@code java -jar crossforce.jar} they are
     * nested inside the jar where a plain class path cannot see them: the child then runs the jar
     * itself, and the application's main hands over to PipesServer before Spring starts.
     */
    private static List<String> findClassPath() {
        if (ClassLoader.getSystemClassLoader().getResource(PIPES_SERVER.replace('.', '/') + ".class") != null) {
            return List.of();
        }
        Path jar = Path.of(System.getProperty("java.class.path")).toAbsolutePath();
        if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) {
            throw new IllegalStateException("Cannot find Apache Tika's classes for the extraction processes: "
                    + "they are neither on the class path nor in a jar (java.class.path=" + jar + ")");
        }
        // -jar must come last: everything after the jar is an argument to its main.
        return List.of("-jar", jar.toString());
    }
}
