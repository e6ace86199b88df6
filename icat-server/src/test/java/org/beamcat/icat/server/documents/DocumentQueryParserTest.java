package org.beamcat.icat.server.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.junit.jupiter.api.Test;

class DocumentQueryParserTest {

    private final DocumentQueryParser parser = new DocumentQueryParser();

    private static String q(String json) {
        return json.replace('\'', '"');
    }

    private String refused(String query) {
        IcatServerException e = assertThrows(IcatServerException.class, () -> parser.parse(query == null ? null : q(query)));
        assertEquals(IcatErrorType.BAD_PARAMETER, e.type());
        return e.getMessage();
    }

    @Test
    void theNamedKeysOfIcat61() throws Exception {
        DocumentQuery query = parser.parse(q("{'target':'Dataset','text':'titanium AND tomo','user':'simple/alice',"
                + "'userFullName':'Alice Liddell','samples':['sampleA','B*'],'lower':'202401010800','upper':'202401011000'}"));
        assertEquals(DocumentTarget.DATASET, query.target());
        assertEquals("titanium AND tomo", query.text());
        assertEquals("simple/alice", query.user());
        assertEquals("Alice Liddell", query.userFullName());
        assertEquals(List.of("sampleA", "B*"), query.samples());
        assertEquals(Instant.parse("2024-01-01T08:00:00Z").toEpochMilli(), query.lowerMillis());
        // A string names a minute: the upper bound covers all of it.
        assertEquals(Instant.parse("2024-01-01T10:00:59.999Z").toEpochMilli(), query.upperMillis());
        assertTrue(query.filters().isEmpty());
        assertTrue(query.facets().isEmpty());
    }

    @Test
    void datesAlsoAsMilliseconds() throws Exception {
        DocumentQuery query = parser.parse(q("{'target':'Datafile','lower':1000,'upper':2000}"));
        assertEquals(1000L, query.lowerMillis());
        assertEquals(2000L, query.upperMillis());
        assertNull(query.text());
    }

    @Test
    void parametersOfTheThreeKinds() throws Exception {
        DocumentQuery query = parser.parse(q("{'target':'Investigation','parameters':["
                + "{'name':'sample_name','units':'NA','stringValue':'Ti*'},"
                + "{'name':'InstrumentMonochromator_energy','units':'keV','lowerNumericValue':10,'upperNumericValue':20.5},"
                + "{'name':'scan_start','units':'NA','lowerDateValue':'202401010000','upperDateValue':'202401020000'}]}"));
        assertEquals(List.of(
                new ParameterCondition("sample_name", "NA", new ParameterCondition.Text("Ti*")),
                new ParameterCondition("InstrumentMonochromator_energy", "keV",
                        new ParameterCondition.NumberRange(10, 20.5)),
                new ParameterCondition("scan_start", "NA", new ParameterCondition.DateRange(
                        Instant.parse("2024-01-01T00:00:00Z").toEpochMilli(),
                        Instant.parse("2024-01-02T00:00:59.999Z").toEpochMilli()))), query.parameters());
    }

    @Test
    void parameterErrorsSayWhatIsMissingAsIcatServerDoes() {
        assertEquals("name not set in one of parameters", refused("{'target':'Dataset','parameters':[{'units':'K'}]}"));
        assertEquals("units not set in parameter 'T'", refused("{'target':'Dataset','parameters':[{'name':'T'}]}"));
        assertEquals("value not set in parameter 'T'",
                refused("{'target':'Dataset','parameters':[{'name':'T','units':'K','lowerNumericValue':1}]}"));
        assertEquals("parameter 'T': lowerNumericValue must not be above upperNumericValue", refused(
                "{'target':'Dataset','parameters':[{'name':'T','units':'K','lowerNumericValue':2,'upperNumericValue':1}]}"));
        assertEquals("parameter 'T' lowerNumericValue must be a number, not \"1\"", refused(
                "{'target':'Dataset','parameters':[{'name':'T','units':'K','lowerNumericValue':'1','upperNumericValue':1}]}"));
    }

    @Test
    void filterValuesListsAndNestedObjects() throws Exception {
        DocumentQuery query = parser.parse(q("{'target':'Dataset','filter':{'type.name':'raw',"
                + "'investigation.id':[12,13],"
                + "'datasetparameter':{'filter':[{'field':'type.name','value':'energy'},"
                + "{'field':'numericValue','from':10,'to':20,'units':'keV'},{'field':'rangeTop','exact':3}]}},"
                + "'sample.name':'sampleA'}"));
        assertEquals(List.of(
                new FieldFilter.AnyOf("type.name", List.of("raw")),
                new FieldFilter.AnyOf("investigation.id", List.of("12", "13")),
                new FieldFilter.Nested("datasetparameter", List.of(
                        new FieldFilter.Equals("type.name", "energy"),
                        new FieldFilter.Range("numericValue", 10, 20, "keV"),
                        new FieldFilter.Exact("rangeTop", 3, null))),
                // A key that is not one of ICAT's named keys filters on the document field of that name.
                new FieldFilter.AnyOf("sample.name", List.of("sampleA"))), query.filters());
    }

    @Test
    void facetsWithValueAndRangeDimensions() throws Exception {
        DocumentQuery query = parser.parse(q("{'target':'Datafile','facets':[{'target':'Datafile','dimensions':["
                + "{'dimension':'datafileFormat.name'},"
                + "{'dimension':'fileSize','ranges':[{'key':'small','to':1024},{'from':1024}]}]},"
                + "{'target':'DatafileParameter'}]}"));
        assertEquals(List.of(
                new FacetRequest("Datafile", List.of(
                        new FacetRequest.Dimension("datafileFormat.name", List.of()),
                        new FacetRequest.Dimension("fileSize", List.of(new FacetRequest.Range("small", null, 1024.0),
                                new FacetRequest.Range("1024.0-*", 1024.0, null))))),
                new FacetRequest("DatafileParameter", List.of())), query.facets());
    }

    @Test
    void shapeErrorsAreBadParameters() {
        assertEquals("query is not set", refused(null));
        assertEquals("query is not set", refused(" "));
        assertEquals("target is not set", refused("{'text':'x'}"));
        assertEquals("target:Sample is not expected (Investigation, Dataset or Datafile)", refused("{'target':'Sample'}"));
        assertEquals("target must be a string", refused("{'target':1}"));
        assertEquals("query must be a JSON object, not [1]", refused("[1]"));
        assertTrue(refused("{rubbish").startsWith("not valid JSON: "));
        assertEquals("text must be a string, not 5", refused("{'target':'Dataset','text':5}"));
        assertEquals("samples must be a list, not \"a\"", refused("{'target':'Investigation','samples':'a'}"));
        assertTrue(refused("{'target':'Dataset','lower':'2024-01-01'}").startsWith("lower must be a date as yyyyMMddHHmm"));
        assertTrue(refused("{'target':'Dataset','lower':'202413010000'}").startsWith("lower must be a date"));
        assertEquals("lower must not be after upper", refused("{'target':'Dataset','lower':5,'upper':4}"));
        assertEquals("'a b' is not a document field name", refused("{'target':'Dataset','filter':{'a b':'x'}}"));
        assertEquals("filter x must not be an empty list", refused("{'target':'Dataset','filter':{'x':[]}}"));
        assertEquals("filter x must be a string, a number or a list of them, not true",
                refused("{'target':'Dataset','filter':{'x':true}}"));
        assertEquals("filter p.numericValue needs value, exact, or from and to",
                refused("{'target':'Dataset','filter':{'p':{'filter':[{'field':'numericValue','from':1}]}}}"));
        assertEquals("target not set in one of facets", refused("{'target':'Dataset','facets':[{}]}"));
        assertEquals("facet Dataset.size: a range needs from, to or both",
                refused("{'target':'Dataset','facets':[{'target':'Dataset','dimensions':[{'dimension':'size','ranges':[{}]}]}]}"));
        assertEquals("text must not contain a NUL character", refused("{'target':'Dataset','text':'a\\u0000'}"));
    }

    @Test
    void listsAreBounded() {
        StringBuilder many = new StringBuilder("{'target':'Investigation','samples':[");
        for (int i = 0; i <= DocumentQueryParser.MAX_ITEMS; i++) {
            many.append(i == 0 ? "" : ",").append("'s").append(i).append('\'');
        }
        assertEquals("samples has 101 entries; at most 100 are allowed", refused(many.append("]}").toString()));
    }

    @Test
    void restrictAddsTheCallerUnlessAUserIsNamed() throws Exception {
        assertEquals("simple/bob", parser.parse(q("{'target':'Dataset'}")).restrictedTo("simple/bob").user());
        assertEquals("simple/alice",
                parser.parse(q("{'target':'Dataset','user':'simple/alice'}")).restrictedTo("simple/bob").user());
    }
}
