package org.beamcat.icat.server.query;

import static org.beamcat.icat.server.query.QueryAssertions.assertBad;
import static org.beamcat.icat.server.query.QueryAssertions.search;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.beamcat.icat.server.model.ValueType;
import org.beamcat.icat.server.query.ast.AggregateFunction;
import org.beamcat.icat.server.query.validation.SelectedItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Identifiers and types checked against the model. */
class QueryValidationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // variables
        "SELECT x FROM Dataset ds | Variable x is not declared; declare it in FROM or JOIN",
        "SELECT ds FROM Dataset ds, Datafile DS | Variable DS is declared more than once",
        "SELECT ds FROM Dataset ds JOIN ds.datafiles ds | Variable ds is declared more than once",
        "SELECT i FROM i.datasets ds, Investigation i | Variable i is not declared (in i.datasets)",
        "SELECT Dataset FROM Dataset Dataset | Variable Dataset has the name of an entity",
        "SELECT ds FROM Dataset ds WHERE EXISTS (SELECT ds FROM Datafile ds) | Variable ds is declared more than once",
        "SELECT ds FROM Dataset ds WHERE EXISTS (SELECT df FROM Datafile df) AND df.id = 1 | Variable df is not declared",
        // paths
        "SELECT ds FROM Dataset ds WHERE ds.datafiles.name = 'a' | In ds.datafiles.name, datafiles is a collection; JOIN it",
        "SELECT ds FROM Dataset ds WHERE ds.datafiles = 'a' | ds.datafiles is a collection",
        "SELECT ds FROM Dataset ds JOIN ds.name n | ds.name is an attribute; only relationships can be joined",
        "SELECT ds FROM Dataset ds WHERE ds.name IS EMPTY | ds.name is not a collection",
        "SELECT ds FROM Dataset ds WHERE ds.investigation IS EMPTY | ds.investigation is not a collection",
        "SELECT ds FROM Dataset ds WHERE SIZE(ds.name) > 1 | ds.name is not a collection",
        "SELECT ds.name.x FROM Dataset ds | In ds.name.x, name is an attribute of Dataset",
        "SELECT ds FROM Dataset ds ORDER BY ds.investigation | ORDER BY ds.investigation must end in an attribute",
        "SELECT ds FROM Dataset ds ORDER BY ds.datafiles.name | datafiles is a collection",
        "SELECT ds FROM Dataset ds ORDER BY 'name' | ORDER BY accepts attribute paths and aggregates only",
        "SELECT ds FROM Dataset ds GROUP BY UPPER(ds.name) | GROUP BY accepts paths only",
        // aggregates
        "SELECT SUM(ds.name) FROM Dataset ds | SUM needs a numeric attribute, but ds.name is STRING",
        "SELECT AVG(ds) FROM Dataset ds | AVG needs a numeric attribute, but ds is a Dataset",
        "SELECT MIN(ds.investigation) FROM Dataset ds | MIN needs an attribute",
        "SELECT ds FROM Dataset ds WHERE COUNT(ds) > 1 | aggregates are allowed only in SELECT, HAVING and ORDER BY",
        // types
        "SELECT ds FROM Dataset ds WHERE ds.name = 42 | Cannot compare ds.name (STRING) with a number",
        "SELECT ds FROM Dataset ds WHERE ds.id = 'abc' | Cannot compare ds.id (LONG) with the string 'abc'",
        "SELECT ds FROM Dataset ds WHERE ds.startDate > 'yesterday' | Cannot compare ds.startDate (TIMESTAMP) with 'yesterday'",
        "SELECT ds FROM Dataset ds WHERE ds.complete = 'true' | Cannot compare ds.complete (BOOLEAN) with the string",
        "SELECT ds FROM Dataset ds WHERE ds.investigation = 1 | Cannot compare ds.investigation (a Investigation) with a number",
        "SELECT ds FROM Dataset ds WHERE ds.investigation = ds.sample | Cannot compare ds.investigation (a Investigation) with ds.sample (a Sample)",
        "SELECT ds FROM Dataset ds WHERE ds.name = ds.id | Cannot compare ds.name (STRING) with ds.id (LONG)",
        "SELECT pt FROM ParameterType pt WHERE pt.valueType = 'NUMERIC' | Compare pt.valueType with a full enum name",
        "SELECT pt FROM ParameterType pt WHERE pt.valueType = org.icatproject.ParameterValueType.NUMBER | is not an ICAT enum constant (ParameterValueType has DATE_AND_TIME, NUMERIC, STRING)",
        "SELECT ds FROM Dataset ds WHERE ds.id LIKE '1%' | LIKE needs a string, but ds.id is LONG",
        "SELECT ds FROM Dataset ds WHERE ds.name LIKE 'a' ESCAPE 'ab' | ESCAPE must be a string of exactly one character",
        "SELECT ds FROM Dataset ds WHERE ds.id + ds.name > 1 | Arithmetic needs numbers, but ds.name is STRING",
        "SELECT ds FROM Dataset ds WHERE UPPER(ds.id) = 'A' | The argument of UPPER must be STRING, but ds.id is LONG",
        "SELECT ds FROM Dataset ds WHERE ds.name IN (SELECT d.id FROM Dataset d) | Cannot compare ds.name (STRING) with the sub-select (LONG)",
        "SELECT ds FROM Dataset ds, Datafile df WHERE ds MEMBER OF ds.datafiles | MEMBER OF ds.datafiles needs a Datafile, but ds is a Dataset",
        "SELECT ds FROM Dataset ds WHERE 'a' IS NULL | IS NULL must follow a path",
        "SELECT ds FROM Dataset ds WHERE UPPER(ds.name, ds.name) = 'A' | Function UPPER cannot take 2 arguments",
        // include
        "SELECT ds, df FROM Dataset ds, Datafile df INCLUDE 1 | INCLUDE is only allowed when the SELECT has exactly one item",
        "SELECT ds.id, ds.name FROM Dataset ds INCLUDE 1 | INCLUDE is only allowed when the SELECT has exactly one item",
        "SELECT ds.id FROM Dataset ds INCLUDE ds.datafles | datafles is not a field of Dataset",
        "SELECT ds FROM Dataset ds INCLUDE ds.name | INCLUDE ds.name: name is an attribute of Dataset; INCLUDE follows relationships only",
        "SELECT ds FROM Dataset ds INCLUDE ds.datafles | datafles is not a field of Dataset (in INCLUDE ds.datafles)",
        "SELECT ds FROM Dataset ds INCLUDE x.datafiles | INCLUDE x.datafiles must start from ds",
        "SELECT ds FROM Dataset ds INCLUDE ds.datafiles, ds.datafiles | INCLUDE clause contains redundant path to ds.datafiles",
        "SELECT ds FROM Dataset ds INCLUDE ds.datafiles df, df.parameters, ds.datafiles.parameters | redundant path to ds.datafiles.parameters",
        "SELECT ds FROM Dataset ds INCLUDE ds.datafiles ds | Variable ds is declared more than once",
        "SELECT ds.investigation FROM Dataset ds INCLUDE ds.investigation.facility | INCLUDE paths must start from the selected variable",
        "SELECT ds FROM Dataset ds INCLUDE 1, ds.type | Unexpected ','",
    })
    void rejected(String query, String expectedMessage) {
        assertBad(query, expectedMessage);
    }

    @Test
    void selectedItemsDescribeWhatIsExposed() {
        List<SelectedItem> items = search("SELECT ds, ds.name, df.dataset.investigation, COUNT(df), "
                + "MAX(df.fileSize), f.investigations.name FROM Dataset ds, Datafile df, Facility f")
                .selectedItems();
        assertEquals(new SelectedItem("Dataset", Optional.empty(), Optional.empty()), items.get(0));
        assertEquals(new SelectedItem("Dataset", Optional.empty(), Optional.of(ValueType.STRING)), items.get(1));
        assertEquals(new SelectedItem("Investigation", Optional.empty(), Optional.empty()), items.get(2));
        assertEquals(new SelectedItem("Datafile", Optional.of(AggregateFunction.COUNT), Optional.empty()),
                items.get(3));
        assertEquals(new SelectedItem("Datafile", Optional.of(AggregateFunction.MAX), Optional.of(ValueType.LONG)),
                items.get(4));
        assertEquals(new SelectedItem("Investigation", Optional.empty(), Optional.of(ValueType.STRING)),
                items.get(5));
        assertTrue(items.get(0).returnsEntity());
        assertFalse(items.get(1).returnsEntity());
    }

    @Test
    void variablesAreCaseInsensitiveButEntitiesAndFieldsAreNot() {
        search("SELECT DS FROM Dataset ds WHERE dS.name = 'a'");
        assertBad("SELECT ds FROM DATASET ds", "DATASET is not an ICAT entity");
        assertBad("SELECT ds FROM Dataset ds WHERE ds.NAME = 'a'", "NAME is not a field of Dataset");
    }

    @Test
    void includeWithOneItemThatIsNotAnEntityIsIgnoredAsIcat47Does() {
        assertTrue(search("SELECT ds.id FROM Dataset ds WHERE ds.name = 'a' INCLUDE 1").include().isEmpty());
        assertTrue(search("SELECT COUNT(ds) FROM Dataset ds INCLUDE ds.datafiles").include().isEmpty());
        assertTrue(search("SELECT ds FROM Dataset ds INCLUDE 1").include().isPresent());
    }

    @Test
    void fieldNamesMayCoincideWithKeywords() {
        search("SELECT ds FROM Dataset ds WHERE ds.type.name = 'raw'");
        search("SELECT pt FROM PermissibleStringValue pt WHERE pt.value = 'x'");
    }
}
