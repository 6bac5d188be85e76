package io.github.outturn.json.impl;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.outturn.io.Codes;
import io.github.outturn.model.Action;
import io.github.outturn.model.ActionUpdate;
import io.github.outturn.model.Area;
import io.github.outturn.model.BenchmarkValue;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.Plan;
import io.github.outturn.model.Priority;
import io.github.outturn.model.ReportedSummary;
import io.github.outturn.model.Status;
import io.github.outturn.model.Target;
import io.github.outturn.model.Theme;
import io.github.outturn.period.ReportingPeriod;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.Fraction;

/**
 * Writes a dataset document with Jackson's streaming generator, element by element, in the order of
 * the format's documentation: indicators before the targets, observations and benchmarks that name
 * them. Absent optionals and empty collections are left out; decimals are written exactly as plain
 * numbers (the generator must have {@code WRITE_BIGDECIMAL_AS_PLAIN} on).
 */
public final class DatasetWriter {

    private final JsonGenerator g;

    private DatasetWriter(JsonGenerator g) {
        this.g = g;
    }

    /**
     * Writes the whole document.
     *
     * @param dataset the dataset
     * @param generator the generator; flushed, not closed
     * @throws IOException if it cannot be written
     */
    public static void write(Dataset dataset, JsonGenerator generator) throws IOException {
        new DatasetWriter(generator).document(dataset);
        generator.flush();
    }

    private void document(Dataset ds) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", Dataset.SCHEMA_VERSION);
        if (ds.getPlan().isPresent()) {
            g.writeFieldName("plan");
            plan(ds.getPlan().get());
        }
        array("themes", ds.getThemes(), this::theme);
        array("priorities", ds.getPriorities(), this::priority);
        array("actions", ds.getActions(), this::action);
        array("actionUpdates", ds.getActionUpdates(), this::update);
        array("indicators", ds.getIndicators(), this::indicator);
        array("targets", ds.getTargets(), this::target);
        array("observations", ds.getObservations(), this::observation);
        array("areas", ds.getAreas(), this::area);
        array("comparatorGroups", ds.getComparatorGroups(), this::group);
        array("benchmarks", ds.getBenchmarks(), this::benchmark);
        array("reported", ds.getReported(), this::reported);
        g.writeEndObject();
    }

    @FunctionalInterface
    private interface ElementWriter<T> {
        void write(T value) throws IOException;
    }

    private <T> void array(String name, List<T> items, ElementWriter<T> writer) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (T item : items) {
            writer.write(item);
        }
        g.writeEndArray();
    }

    private void text(String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        }
    }

    private void number(String name, Optional<BigDecimal> value) throws IOException {
        if (value.isPresent()) {
            g.writeFieldName(name);
            g.writeNumber(value.get());
        }
    }

    private void period(String name, ReportingPeriod period) throws IOException {
        g.writeStringField(name, period.toString());
    }

    private void strings(String name, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private void plan(Plan plan) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", plan.getId());
        g.writeStringField("name", plan.getName());
        text("owner", plan.getOwner());
        if (plan.getStart().isPresent()) {
            period("start", plan.getStart().get());
        }
        if (plan.getEnd().isPresent()) {
            period("end", plan.getEnd().get());
        }
        g.writeEndObject();
    }

    private void theme(Theme theme) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", theme.getId());
        g.writeStringField("name", theme.getName());
        text("description", theme.getDescription());
        g.writeEndObject();
    }

    private void priority(Priority priority) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", priority.getId());
        g.writeStringField("name", priority.getName());
        text("themeId", priority.getThemeId());
        g.writeEndObject();
    }

    private void action(Action action) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", action.getId());
        g.writeStringField("title", action.getTitle());
        g.writeArrayFieldStart("priorityIds");
        for (String id : action.getPriorityIds()) {
            g.writeString(id);
        }
        g.writeEndArray();
        if (!action.getWeights().isEmpty()) {
            g.writeArrayFieldStart("weights");
            for (Fraction w : action.getWeights()) {
                g.writeString(Fractions.format(w));
            }
            g.writeEndArray();
        }
        text("lead", action.getLead());
        g.writeEndObject();
    }

    private void update(ActionUpdate u) throws IOException {
        g.writeStartObject();
        g.writeStringField("actionId", u.getActionId());
        period("period", u.getPeriod());
        g.writeStringField("status", Codes.of(u.getStatus()));
        text("commentary", u.getCommentary());
        if (u.getUpdatedOn().isPresent()) {
            g.writeStringField("updatedOn", u.getUpdatedOn().get().toString());
        }
        g.writeEndObject();
    }

    private void indicator(Indicator i) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", i.getId());
        g.writeStringField("name", i.getName());
        text("unit", i.getUnit());
        g.writeNumberField("decimalPlaces", i.getDecimalPlaces());
        g.writeStringField("polarity", Codes.of(i.getPolarity()));
        g.writeStringField("measureType", Codes.of(i.getMeasureType()));
        g.writeStringField("statisticType", Codes.of(i.getStatisticType()));
        number("multiplier", i.getMultiplier());
        g.writeStringField("frequency", Codes.of(i.getFrequency()));
        g.writeStringField("yearType", Codes.of(i.getYearType()));
        g.writeBooleanField("quartileBanded", i.isQuartileBanded());
        strings("priorityIds", i.getPriorityIds());
        text("description", i.getDescription());
        g.writeEndObject();
    }

    private void target(Target t) throws IOException {
        g.writeStartObject();
        g.writeStringField("indicatorId", t.getIndicatorId());
        period("period", t.getPeriod());
        text("areaCode", t.getAreaCode());
        number("value", t.getValue());
        number("lower", t.getLower());
        number("upper", t.getUpper());
        if (t.getTolerance().isPresent()) {
            g.writeStringField("tolerance", t.getTolerance().get().toString());
        }
        g.writeEndObject();
    }

    private void observation(Observation o) throws IOException {
        g.writeStartObject();
        g.writeStringField("indicatorId", o.getIndicatorId());
        g.writeStringField("areaCode", o.getAreaCode());
        period("period", o.getPeriod());
        number("value", o.getValue());
        number("numerator", o.getNumerator());
        number("denominator", o.getDenominator());
        number("lowerCi", o.getLowerCi());
        number("upperCi", o.getUpperCi());
        number("ciLevel", o.getCiLevel());
        g.writeStringField("status", Codes.of(o.getStatus()));
        text("note", o.getNote());
        g.writeEndObject();
    }

    private void area(Area a) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", a.getCode());
        g.writeStringField("name", a.getName());
        g.writeStringField("type", Codes.of(a.getType()));
        text("regionCode", a.getRegionCode());
        text("subtype", a.getSubtype());
        g.writeBooleanField("current", a.isCurrent());
        g.writeEndObject();
    }

    private void group(ComparatorGroup c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.getId());
        g.writeStringField("name", c.getName());
        g.writeStringField("type", Codes.of(c.getType()));
        text("areaCode", c.getAreaCode());
        strings("memberCodes", c.getMemberCodes());
        g.writeEndObject();
    }

    private void benchmark(BenchmarkValue b) throws IOException {
        g.writeStartObject();
        g.writeStringField("indicatorId", b.getIndicatorId());
        period("period", b.getPeriod());
        g.writeStringField("comparator", b.getComparator());
        g.writeStringField("type", Codes.of(b.getType()));
        text("areaCode", b.getAreaCode());
        number("value", b.getValue());
        number("lowerCi", b.getLowerCi());
        number("upperCi", b.getUpperCi());
        g.writeEndObject();
    }

    private void reported(ReportedSummary r) throws IOException {
        g.writeStartObject();
        text("source", r.getSource());
        if (r.getPeriod().isPresent()) {
            period("period", r.getPeriod().get());
        }
        g.writeStringField("scope", Codes.of(r.getScope()));
        text("scopeId", r.getScopeId());
        statusMap("counts", r.getCounts());
        number("total", r.getTotal());
        statusMap("percentages", r.getPercentages());
        g.writeEndObject();
    }

    private void statusMap(String name, Map<Status, BigDecimal> map) throws IOException {
        if (map.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart(name);
        for (Map.Entry<Status, BigDecimal> e : map.entrySet()) {
            g.writeFieldName(Codes.of(e.getKey()));
            g.writeNumber(e.getValue());
        }
        g.writeEndObject();
    }
}
