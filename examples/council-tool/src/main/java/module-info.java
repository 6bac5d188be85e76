/** A council's tool built on Outturn: it sees only the packages Outturn's modules export. */
module org.example.council {
    requires io.github.outturn.core;
    // The JSON format, found at run time through DatasetFormats; nothing of it is named in code.
    requires io.github.outturn.json;

    exports org.example.council;
}
