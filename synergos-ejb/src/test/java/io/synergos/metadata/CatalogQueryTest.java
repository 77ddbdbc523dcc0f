package io.synergos.metadata;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogQueryTest {

    @Test
    void wordsAndFacetsAsAPersonTypesThem() {
        CatalogQuery q = CatalogQuery.parse("column:age AND type:Numeric diabetes domain:\"public health\"");
        assertEquals(List.of("diabetes"), q.words());
        assertEquals(List.of("age"), q.facet("column"));
        assertEquals(List.of("numeric"), q.facet("type"));
        assertEquals(List.of("public health"), q.facet("domain"));
        assertEquals("age:numeric", q.typedColumn());
        assertNull(CatalogQuery.parse("column:a column:b type:numeric").typedColumn());
        assertTrue(CatalogQuery.parse("   ").words().isEmpty());
    }

    @Test
    void badSyntaxNamesThePosition() {
        CatalogQuery.InvalidQueryException e = assertThrows(CatalogQuery.InvalidQueryException.class,
                () -> CatalogQuery.parse("cancer colour:red"));
        assertEquals(8, e.position());
        assertTrue(e.getMessage().contains("unknown facet 'colour'"), e.getMessage());
        assertEquals(8, assertThrows(CatalogQuery.InvalidQueryException.class,
                () -> CatalogQuery.parse("cancer \"breast")).position());
        assertEquals(6, assertThrows(CatalogQuery.InvalidQueryException.class,
                () -> CatalogQuery.parse("type: numeric")).position());
        assertTrue(assertThrows(CatalogQuery.InvalidQueryException.class,
                () -> CatalogQuery.parse("visibility:secret")).getMessage().contains("private, projects, public"));
        assertEquals(3, assertThrows(CatalogQuery.InvalidQueryException.class,
                () -> CatalogQuery.parse("a OR b")).position());
        assertEquals(3, assertThrows(CatalogQuery.InvalidQueryException.class,
                () -> CatalogQuery.parse("ab(c")).position());
    }
}
