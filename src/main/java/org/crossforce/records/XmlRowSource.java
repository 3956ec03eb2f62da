package org.crossforce.records;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Records of an XML export: every element named as the mapping's {@code xml.record}, wherever it
 * sits. Its children become dotted paths ({@code person.name}), repeated children indexed ones
 * ({@code person[1].name}) and attributes {@code @name} ({@code vehicle.@vrm}). DTDs and external
 * entities are refused: an export must not be able to make us read other files.
 */
final class XmlRowSource implements RowSource {

    private final InputStream in;
    private final XMLStreamReader xml;
    private final String recordElement;
    private boolean done;

    XmlRowSource(Path file, String recordElement) throws IOException {
        this.in = Files.newInputStream(file);
        this.recordElement = recordElement;
        try {
            this.xml = factory().createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            in.close();
            throw new UnreadableExportException("This file is not XML: " + e.getMessage(), e);
        }
    }

    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    @Override
    public Item next() {
        if (done) {
            return null;
        }
        long line = 0;
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals(recordElement)) {
                    line = xml.getLocation().getLineNumber();
                    return new SourceRow(line, flatten(readElement(xml)));
                }
            }
            done = true;
            return null;
        } catch (XMLStreamException e) {
            done = true;
            long where = e.getLocation() != null ? e.getLocation().getLineNumber() : line;
            return new Broken(where, "The XML is broken here (" + e.getMessage().lines().reduce((a, b) -> b).orElse("")
                    + "), so this record and those after it were not loaded.");
        }
    }

    /** A small tree of one record; records are small, and a tree tells repeated children apart. */
    record Element(String name, Map<String, String> attributes, List<Element> children, StringBuilder text) {
    }

    /** Deeper than any real export; a bound keeps a hostile file from exhausting the stack. */
    private static final int MAX_DEPTH = 64;

    /** Reads the element the reader stands on, up to and including its end tag. */
    static Element readElement(XMLStreamReader xml) throws XMLStreamException {
        return readElement(xml, 0);
    }

    private static Element readElement(XMLStreamReader xml, int depth) throws XMLStreamException {
        if (depth > MAX_DEPTH) {
            throw new XMLStreamException("elements are nested more than " + MAX_DEPTH + " deep", xml.getLocation());
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        Element element = new Element(xml.getLocalName(), attributes, new ArrayList<>(), new StringBuilder());
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> element.children().add(readElement(xml, depth + 1));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> element.text().append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return element;
                }
                default -> { }
            }
        }
    }

    static LinkedHashMap<String, String> flatten(Element record) {
        LinkedHashMap<String, String> values = new LinkedHashMap<>();
        flatten("", record, values);
        return values;
    }

    private static void flatten(String path, Element element, Map<String, String> values) {
        String prefix = path.isEmpty() ? "" : path + ".";
        element.attributes().forEach((name, value) -> values.put(prefix + "@" + name, value));
        String text = element.text().toString().strip();
        if (!text.isEmpty() || (element.children().isEmpty() && element.attributes().isEmpty() && !path.isEmpty())) {
            values.put(path.isEmpty() ? "#text" : path, text);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        element.children().forEach(child -> counts.merge(child.name(), 1, Integer::sum));
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Element child : element.children()) {
            int index = seen.merge(child.name(), 1, Integer::sum) - 1;
            String name = counts.get(child.name()) > 1 ? child.name() + "[" + index + "]" : child.name();
            flatten(prefix + name, child, values);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing a reader we are done with; nothing to report
        }
        in.close();
    }
}
