package io.synergos.it.registry;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of an in-container test: the real, built EAR (imported as it is) plus one test WAR holding
 * the test class, added to the EAR's application.xml so that it sees the EAR's EJBs and persistence unit.
 */
final class InContainer {

    private InContainer() {
    }

    static EnterpriseArchive earWithTests(String name, Class<?>... testClasses) {
        EnterpriseArchive ear = ShrinkWrap.create(ZipImporter.class, "synergos.ear")
                .importFrom(new File(System.getProperty("synergos.ear"))).as(EnterpriseArchive.class);
        WebArchive tests = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addClasses(testClasses)
                .addClasses(InContainer.class, PostgresWhenRequested.class, io.synergos.it.Databases.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        String application = new String(readAll(ear.get("META-INF/application.xml").getAsset().openStream()),
                StandardCharsets.UTF_8).replace("</application>", "<module><web><web-uri>" + name + ".war</web-uri>"
                + "<context-root>/" + name + "</context-root></web></module></application>");
        return ear.addAsModule(Testable.archiveToTest(tests)).setApplicationXML(new StringAsset(application));
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
