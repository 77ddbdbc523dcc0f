package io.synergos.node;

import io.synergos.persistence.migration.Migrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;

/**
 * The first thing a node does with its database: migrates the schema to the newest version ({@link Migrations},
 * Flyway), then has Hibernate validate the migrated schema against the entity mappings; a schema that does not fit
 * stops the deployment, naming what is wrong. Every other startup bean that uses the database depends on this one.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    @Resource(lookup = "java:jboss/datasources/SynergosDS")
    DataSource dataSource;

    @PersistenceUnit(unitName = "synergos")
    EntityManagerFactory entityManagers;

    @PostConstruct
    void migrate() {
        Migrations.migrate(dataSource);
        entityManagers.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }
}
