package io.synergos.federation.alignment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.federation.data.DataFormatException;
import io.synergos.federation.data.Dataset;
import io.synergos.federation.data.DatasetReader;
import io.synergos.federation.data.DatasetSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignmentPlannerTest {

    @TempDir
    Path dir;

    @Test
    void missingAndExtraCategoriesAndAMissingOptionalColumnAlignToOneSpace() throws IOException {
        Dataset a = csv("a", "colour,size,weight,label\nred,1,10,yes\nblue,3,20,no\n");
        Dataset b = csv("b", "colour,size,label\nred,5,no\ngreen,7,yes\n");
        FeatureAlignment alignment = AlignmentPlanner.plan(Map.of(
                "alice", List.of(DatasetHeader.of(a)), "bob", List.of(DatasetHeader.of(b))));

        assertEquals(List.of("colour=blue", "colour=green", "colour=red", "size", "weight"),
                alignment.features().stream().map(AlignedFeature::displayName).toList());
        assertEquals(Task.BINARY, alignment.task());
        assertEquals(List.of("no", "yes"), alignment.classes());

        AlignedData encodedB = alignment.encode(List.of(b), true);
        assertEquals(5, encodedB.features().columns());
        // bob lacks 'blue' and the whole 'weight' column: zeros there; 'green' is his extra value
        double[] green = encodedB.features().getRow(1).toDoubleVector();
        assertEquals(0, green[0]);
        assertEquals(1, green[1]);
        assertEquals(0, green[2]);
        assertEquals(0, green[4]);
        assertArrayEquals(new int[] {0, 1}, encodedB.classIndex());
    }

    @Test
    void numericColumnsAreStandardisedWithGlobalNotPerWorkerStatistics() throws IOException {
        Dataset a = csv("a", "x,label\n1,p\n2,q\n3,p\n");
        Dataset b = csv("b", "x,label\n10,q\n,p\n");
        FeatureAlignment alignment = AlignmentPlanner.plan(Map.of(
                "a", List.of(DatasetHeader.of(a)), "b", List.of(DatasetHeader.of(b))));
        double[] pooled = {1, 2, 3, 10};
        double mean = 4;
        double variance = 0;
        for (double v : pooled) {
            variance += (v - mean) * (v - mean) / pooled.length;
        }
        AlignedFeature x = alignment.features().get(0);
        assertEquals(mean, x.mean(), 1e-12);
        assertEquals(Math.sqrt(variance), x.std(), 1e-12);
        double[] encoded = alignment.encode(List.of(b), true).features().getColumn(0).toDoubleVector();
        assertEquals((10 - mean) / Math.sqrt(variance), encoded[0], 1e-12);
        assertEquals(0, encoded[1], 1e-12, "a missing value is imputed with the global mean");
    }

    @Test
    void regressionLabelsAreStandardisedGlobally() throws IOException {
        Dataset a = csv("a", "x,y\n1,100\n2,300\n");
        FeatureAlignment alignment = AlignmentPlanner.plan(Map.of("a", List.of(DatasetHeader.of(a))));
        assertEquals(Task.REGRESSION, alignment.task());
        assertEquals(200, alignment.labelMean(), 1e-12);
        assertEquals(100, alignment.labelStd(), 1e-12);
    }

    @Test
    void aDatasetWithoutTheLabelColumnIsNamed() throws IOException {
        Dataset a = csv("a", "colour,label\nred,yes\nblue,no\n");
        Dataset b = csv("b", "colour,label\nred,no\nblue,yes\n");
        Dataset c = csv("c", "colour,other\nred,1\nblue,2\n");
        AlignmentException e = assertThrows(AlignmentException.class, () -> AlignmentPlanner.plan(Map.of(
                "alice", List.of(DatasetHeader.of(a)), "bob", List.of(DatasetHeader.of(b)),
                "carol", List.of(DatasetHeader.of(c)))));
        assertTrue(e.getMessage().contains("Worker carol, dataset c has no label column 'label'"), e.getMessage());
    }

    @Test
    void workersThatShareNoLabelValueAreRefused() throws IOException {
        Dataset a = csv("a", "x,label\n1,yes\n2,no\n");
        Dataset b = csv("b", "x,label\n1,democrat\n2,republican\n");
        AlignmentException e = assertThrows(AlignmentException.class, () -> AlignmentPlanner.plan(Map.of(
                "alice", List.of(DatasetHeader.of(a)), "bob", List.of(DatasetHeader.of(b)))));
        assertTrue(e.getMessage().startsWith("Workers share no label value"), e.getMessage());
    }

    @Test
    void aColumnNumericAtOneWorkerAndCategoricalAtAnotherIsRefused() throws IOException {
        Dataset a = csv("a", "x,label\n1,yes\n2,no\n");
        Dataset b = csv("b", "x,label\nlow,yes\nhigh,no\n");
        AlignmentException e = assertThrows(AlignmentException.class, () -> AlignmentPlanner.plan(Map.of(
                "alice", List.of(DatasetHeader.of(a)), "bob", List.of(DatasetHeader.of(b)))));
        assertTrue(e.getMessage().contains("column 'x' is numeric"), e.getMessage());
    }

    @Test
    void aNonNumericValueInANumericColumnNamesFileLineAndColumn() throws IOException {
        DataFormatException e = assertThrows(DataFormatException.class, () ->
                csv("bad", "age,label\n1,yes\n2,no\n3,no\n4,yes\n5,no\n6,no\n7,no\n8,no\n9,no\n10,yes\nabc,no\n"));
        assertEquals("bad.csv line 12, column 'age': 'abc' is not a number, but the column is numeric",
                e.getMessage());
    }

    @Test
    void dataReadWithAnotherColumnTypeThanTrainingIsRefusedNamingTheColumn() throws IOException {
        Dataset train = csv("train", "grade,x,label\nlow,1,yes\nhigh,2,no\n");
        FeatureAlignment alignment = AlignmentPlanner.plan(Map.of("a", List.of(DatasetHeader.of(train))));
        Dataset evaluate = csv("evaluate", "grade,x,label\n1,1,yes\n2,2,no\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> alignment.encode(List.of(evaluate), true));
        assertEquals("evaluate.csv: column 'grade' reads as numeric here but was categorical in training; declare "
                + "its type in evaluate.schema.json", e.getMessage());
    }

    @Test
    void aSidecarNamesTheLabelAndTypes() throws IOException {
        Path file = dir.resolve("s.csv");
        Files.writeString(file, "label,grade\nyes,1\nno,2\n");
        Dataset data = DatasetReader.read(file, new DatasetSchema("label",
                Map.of("grade", io.synergos.federation.data.ColumnType.CATEGORICAL)), true);
        assertEquals("label", data.label());
        assertEquals(List.of("1", "2"), DatasetHeader.of(data).column("grade").categories());
        DataFormatException e = assertThrows(DataFormatException.class, () ->
                DatasetReader.read(file, new DatasetSchema("Class", Map.of()), true));
        assertTrue(e.getMessage().contains("no label column 'Class'"), e.getMessage());
    }

    private Dataset csv(String name, String content) throws IOException {
        Path file = dir.resolve(name + ".csv");
        Files.writeString(file, content);
        return DatasetReader.read(file, DatasetSchema.INFERRED, true);
    }
}
