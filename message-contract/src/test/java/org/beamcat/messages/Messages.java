package org.beamcat.messages;

import java.time.OffsetDateTime;
import java.util.List;

/** A typical valid message, for tests that change one thing about it. */
final class Messages {

    static final OffsetDateTime START = OffsetDateTime.parse("2024-03-01T10:15:30.123456+01:00");
    static final OffsetDateTime END = OffsetDateTime.parse("2024-03-01T10:20:02+01:00");

    private Messages() {
    }

    static DatasetMessage dataset() {
        return new DatasetMessage("hg123", "id00", "0001", "/data/visitor/hg123/id00/sample1/sample1_0001",
                "sample1", START, END, List.of(new Parameter("InstrumentMonochromator_energy", "12.4"),
                        new Parameter("Sample_description", "a <b> & 'c' \"d\" é ü 中")));
    }

    /** The dataset message as XML, with {@code replace} applied to the line that needs changing. */
    static String datasetXml(String find, String replace) {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tns:dataset xmlns:tns="http://www.esrf.fr/icat" complete="true">
                  <tns:investigation>hg123</tns:investigation>
                  <tns:instrument>id00</tns:instrument>
                  <tns:name>0001</tns:name>
                  <tns:location>/data/visitor/hg123/id00/sample1/sample1_0001</tns:location>
                  <tns:sample><tns:name>sample1</tns:name></tns:sample>
                  <tns:startDate>2024-03-01T10:15:30+01:00</tns:startDate>
                  <tns:endDate>2024-03-01T10:20:00+01:00</tns:endDate>
                  <tns:parameter><tns:name>TOMO_energy</tns:name><tns:value>19</tns:value></tns:parameter>
                </tns:dataset>
                """;
        if (!xml.contains(find)) {
            throw new IllegalArgumentException("not in the template: " + find);
        }
        return xml.replace(find, replace);
    }
}
