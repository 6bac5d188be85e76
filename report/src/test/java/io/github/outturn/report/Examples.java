package io.github.outturn.report;

import io.github.outturn.io.DatasetFormats;
import io.github.outturn.model.Dataset;
import io.github.outturn.testing.LaitData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The example reports: Rotherham's actions, Nottingham's measures, Lancashire on DfE's LAIT data. */
final class Examples {

    private Examples() {}

    /** The repository's root, from the module's folder. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static Dataset lait;

    static Dataset read(String example) {
        try {
            return DatasetFormats.load().read(ROOT.resolve("examples/data").resolve(example));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized Dataset lait() {
        if (lait == null) {
            try {
                lait = DatasetFormats.load().read(LaitData.folder());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lait;
    }

    static Report rotherham() {
        return Reports.assemble(read("rotherham-cypp-2014.json"), ReportOptions.defaults());
    }

    static Report nottingham() {
        return Reports.assemble(
                read("nottingham-cypp-2015.json"),
                "892",
                ReportOptions.defaults().withDetail(true));
    }

    /** The illustrative Stockport-style resources report, 2016/17 Q1 (finance data alone). */
    static Report stockport() {
        return Reports.assemble(read("stockport-resources-2016.json"), ReportOptions.defaults());
    }

    /** The illustrative public-health measures of this module's tests, with every detail page and its charts. */
    static Dataset publicHealthData() {
        try {
            return DatasetFormats.load().read(ROOT.resolve("report/src/test/resources/public-health-charts.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Report publicHealth() {
        return Reports.assemble(
                publicHealthData(), "888", ReportOptions.defaults().withDetail(true));
    }

    static Report lancashire() {
        return Reports.assemble(lait(), "888", ReportOptions.defaults().withJudgedOnly(true));
    }
}
