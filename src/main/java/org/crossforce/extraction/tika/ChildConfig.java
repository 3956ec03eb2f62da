package org.crossforce.extraction.tika;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.pipes.PipesConfig;
import org.crossforce.extraction.ExtractionProperties;

/**
 * The configuration of the child processes. Tika's pipes read theirs from an XML file only, so it
 * is written into the workspace; the rest is set on {@link PipesConfig} directly.
 */
final class ChildConfig {

    static final String FETCHER = "fs";

    private ChildConfig() {
    }

    static PipesConfig pipes(ExtractionProperties properties, boolean ocr, Workspace workspace, ChildLaunch launch) {
        Path tikaConfig = workspace.write("tika-config.xml", tikaXml(ocr, properties.ocrTimeout()));
        Path logConfig = workspace.write("child-logback.xml", LOGBACK);
        PipesConfig config;
        try {
            config = PipesConfig.load(tikaConfig);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TikaConfigException e) {
            throw new IllegalStateException("Invalid extraction configuration", e);
        }
        config.setNumClients(properties.childCount());
        config.setTimeoutMillis(properties.timeout().toMillis());
        config.setStartupTimeoutMillis(launch.startupTimeout().toMillis());
        // PipesClient retries a child that does not start, sleeping this long between attempts;
        // the extractor's own deadline ends the retries.
        config.setSleepOnStartupTimeoutMillis(1_000);
        // -1: the child always sends the result back and needs no emitter.
        config.setMaxForEmitBatchBytes(-1);
        // The extractor only asks when a child is idle; waiting longer means one is stuck.
        config.setMaxWaitForClientMillis(30_000);
        config.setJavaPath(launch.java());
        config.setForkedJvmArgs(jvmArgs(properties, workspace, logConfig, launch));
        return config;
    }

    private static List<String> jvmArgs(ExtractionProperties properties, Workspace workspace, Path logConfig,
            ChildLaunch launch) {
        List<String> args = new ArrayList<>();
        args.add("-Xmx" + Math.max(64, properties.childHeap().toMegabytes()) + "m");
        // Each child compiles Tika's parsers for itself. With the optimising compiler that cost two
        // children 83 CPU-s on the 10,000-file benchmark corpus, a third of all the ingest's CPU, and
        // was never repaid; the quick compiler alone, 54 CPU-s (decision 26).
        args.add("-XX:TieredStopAtLevel=1");
        args.add("-Djava.io.tmpdir=" + workspace.childTemp());
        // The child's stdout is its channel to the parent: its log goes to stderr, and never at
        // debug level, which logback would use without a configuration.
        args.add("-Dlogback.configurationFile=" + logConfig);
        String fontCache = System.getProperty("pdfbox.fontcache");
        if (fontCache != null) {
            args.add("-Dpdfbox.fontcache=" + fontCache);
        }
        args.addAll(launch.classPath());
        return args;
    }

    /** Without OCR, Tesseract's parser is left out altogether: images then give their metadata only. */
    static String tikaXml(boolean ocr, Duration ocrTimeout) {
        String tesseract = !ocr ? "" : """
                    <parser class="org.apache.tika.parser.ocr.TesseractOCRParser">
                      <params>
                        <param name="timeoutSeconds" type="int">%d</param>
                      </params>
                    </parser>
                """.formatted(Math.max(1, ocrTimeout.toSeconds()));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <properties>
                  <parsers>
                    <parser class="org.apache.tika.parser.DefaultParser">
                      <parser-exclude class="org.apache.tika.parser.pdf.PDFParser"/>
                      <parser-exclude class="org.apache.tika.parser.ocr.TesseractOCRParser"/>
                    </parser>
                    <parser class="org.apache.tika.parser.pdf.PDFParser">
                      <params>
                        <param name="ocrStrategy" type="string">%s</param>
                      </params>
                    </parser>
                %s  </parsers>
                  <autoDetectParserConfig>
                    <embeddedDocumentExtractorFactory class="%s"/>
                  </autoDetectParserConfig>
                  <fetchers>
                    <fetcher class="org.apache.tika.pipes.fetcher.fs.FileSystemFetcher">
                      <name>%s</name>
                      <allowAbsolutePaths>true</allowAbsolutePaths>
                    </fetcher>
                  </fetchers>
                </properties>
                """.formatted(ocr ? "auto" : "no_ocr", tesseract, UnpackingExtractorFactory.class.getName(), FETCHER);
    }

    private static final String LOGBACK = """
            <configuration>
              <appender name="stderr" class="ch.qos.logback.core.ConsoleAppender">
                <target>System.err</target>
                <encoder>
                  <pattern>%d{HH:mm:ss.SSS} %-5level [extraction child] %logger{36} - %msg%n</pattern>
                </encoder>
              </appender>
              <logger name="org.apache.tika.pipes.PipesServer" level="ERROR"/>
              <logger name="org.apache.pdfbox" level="ERROR"/>
              <logger name="org.apache.fontbox" level="ERROR"/>
              <logger name="org.apache.poi" level="ERROR"/>
              <root level="WARN">
                <appender-ref ref="stderr"/>
              </root>
            </configuration>
            """;
}
