package io.synergos.persistence.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** One column of a catalogued dataset's schema. */
@Embeddable
public class CatalogColumn {

    @FullTextField(name = "text")
    @Column(name = "column_name", nullable = false, length = 200)
    private String name;

    /** numeric or categorical */
    @KeywordField
    @Column(name = "column_type", nullable = false, length = 20)
    private String type;

    /** distinct values of a categorical column, 0 for numeric ones */
    @Column(name = "categories")
    private int categories;

    public CatalogColumn() {
    }

    public CatalogColumn(String name, String type, int categories) {
        this.name = name;
        this.type = type;
        this.categories = categories;
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }

    public int getCategories() {
        return categories;
    }
}
