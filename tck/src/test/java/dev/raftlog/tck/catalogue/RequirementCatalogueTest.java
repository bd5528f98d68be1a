package dev.raftlog.tck.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequirementCatalogueTest {
    private static final Path DOCUMENT = Path.of("REQUIREMENTS.md");

    @Test
    void idsAreUniqueAndWellFormed() {
        Set<String> ids = new HashSet<>();
        for (Requirement r : Requirement.values()) {
            assertThat(r.id()).matches("LS-[A-Z]+-\\d{2}");
            assertThat(ids.add(r.id())).as("duplicate ID %s", r.id()).isTrue();
            assertThat(r.sentence()).endsWith(".");
            assertThat(r.rationale()).isNotBlank();
            assertThat(r.evidence()).isNotBlank();
        }
    }

    @Test
    void everyRequirementIsCheckedByAtLeastOneKitTest() {
        Map<Requirement, List<String>> tests = RequirementsDocument.testsByRequirement();
        assertThat(Arrays.stream(Requirement.values()).filter(r -> !tests.containsKey(r)).map(Requirement::id))
                .as("requirements no kit test names in @Verifies").isEmpty();
    }

    @Test
    void byIdFindsEachRequirementAndNamesAnUnknownOne() {
        for (Requirement r : Requirement.values()) {
            assertThat(Requirement.byId(r.id())).isSameAs(r);
        }
        assertThatThrownBy(() -> Requirement.byId("LS-NOPE-01")).hasMessageContaining("LS-NOPE-01");
    }

    /** The committed REQUIREMENTS.md must be what the catalogue renders; -Draftlog.regenerate=true rewrites it. */
    @Test
    void requirementsDocumentMatchesTheCatalogue() throws IOException {
        String rendered = RequirementsDocument.render();
        if (Boolean.getBoolean("raftlog.regenerate")) {
            Files.writeString(DOCUMENT, rendered, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOCUMENT)).as("tck/REQUIREMENTS.md exists").isTrue();
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
                .as("tck/REQUIREMENTS.md is out of date: run mvn -pl tck test -Draftlog.regenerate=true and commit it")
                .isEqualTo(rendered);
    }
}
