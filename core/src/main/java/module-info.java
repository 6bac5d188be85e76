/**
 * Outturn's model, reporting periods, rules, validation and the dataset format interface: the
 * library's API, with no format library.
 *
 * <pre>{@code
 * module my.council.tool {
 *     requires io.github.outturn.core;
 *     requires io.github.outturn.json; // to read JSON datasets through DatasetFormats
 * }
 * }</pre>
 */
module io.github.outturn.core {
    // Compile time only (the generated classes need no Immutables at run time); transitive because
    // its annotations are on the exported value types.
    requires static transitive org.immutables.value.annotations;
    // Nullness annotations (@NullMarked, @Nullable) on the exported API: compile time only, and
    // transitive so that users' compilers read them.
    requires static transitive org.jspecify;
    // BigFraction and Fraction appear in the model's and summaries' signatures.
    requires transitive org.apache.commons.numbers.fraction;
    requires org.apache.commons.statistics.distribution;
    // The model's constraint annotations are part of its signatures.
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    // DatasetValidator quietens Hibernate Validator's start-up logging.
    requires java.logging;

    exports io.github.outturn.benchmark;
    exports io.github.outturn.finance;
    exports io.github.outturn.highlight;
    exports io.github.outturn.io;
    exports io.github.outturn.model;
    exports io.github.outturn.period;
    exports io.github.outturn.rating;
    exports io.github.outturn.statistics;
    exports io.github.outturn.summary;
    exports io.github.outturn.validation;

    // The validator reads the model's constraint annotations reflectively.
    opens io.github.outturn.model to
            org.hibernate.validator;

    uses io.github.outturn.io.DatasetFormat;
}
