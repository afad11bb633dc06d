package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** offer-rules-bom has no parent: its version and its list of artifacts are kept to the build's here. */
class BomTest {

    static final Path ROOT = Path.of("..");

    @Test
    void theBomHasTheProjectsVersionAndManagesEveryLibraryModule() throws Exception {
        Document parent = read(ROOT.resolve("pom.xml"));
        Document bom = read(ROOT.resolve("offer-rules-bom/pom.xml"));
        assertThat(child(bom.getDocumentElement(), "version")).isEqualTo(child(parent.getDocumentElement(), "version"));
        assertThat(child(bom.getDocumentElement(), "groupId")).isEqualTo(child(parent.getDocumentElement(), "groupId"));

        List<String> modules = new ArrayList<>();
        NodeList moduleNodes = ((Element) parent.getDocumentElement().getElementsByTagName("modules").item(0))
                .getElementsByTagName("module");
        for (int i = 0; i < moduleNodes.getLength(); i++) {
            String module = moduleNodes.item(i).getTextContent().trim();
            // the examples are built and tested, never published; a Maven plugin is no dependency, whose
            // version a BOM could manage (a build names it in <plugins>, with its version)
            if (!module.equals("offer-rules-bom") && !module.startsWith("examples/")
                    && !"maven-plugin".equals(child(read(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement(),
                            "packaging"))) {
                modules.add(module);
            }
        }
        List<String> managed = new ArrayList<>();
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            assertThat(child(dependency, "groupId")).isEqualTo("org.offerrules");
            assertThat(child(dependency, "version")).isEqualTo("${project.version}");
            managed.add(child(dependency, "artifactId"));
        }
        assertThat(managed).containsExactlyInAnyOrderElementsOf(modules);
    }

    private static Document read(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }

    private static String child(Element element, String name) {
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().trim();
            }
        }
        return null;
    }
}
