package io.github.outturn.report.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The style sheet's colours meet WCAG 2.2 AA: text at 4.5:1 or more against its background, and the
 * status fills at 3:1 or more against white (non-text contrast). Contrast is computed by WCAG's
 * formula for relative luminance, independently of the report's code.
 */
class PaletteTest {

    @Test
    void statusBadgesAndColouredTextAreReadable() throws IOException {
        Map<String, String> v = variables();
        String white = "#ffffff";
        String ink = v.get("ink");
        // Badges: white text on Blue, Green, Red and Not rated; dark text on Amber.
        for (String fill : new String[] {"blue", "green", "red", "not-rated"}) {
            assertThat(contrast(white, v.get(fill))).as(fill).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(contrast(ink, v.get("amber"))).isGreaterThanOrEqualTo(4.5);
        // Directions written in green and red on white; muted text on white.
        assertThat(contrast(v.get("green"), white)).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(v.get("red"), white)).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(v.get("muted"), white)).isGreaterThanOrEqualTo(4.5);
        // Chart lines against white: non-text contrast.
        for (String line : new String[] {"area", "region", "neighbours", "england", "target"}) {
            assertThat(contrast(v.get(line), white)).as(line).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void contrastFormulaMatchesWcagExamples() {
        // WCAG: black on white is 21:1; #767676 on white is the lightest grey at 4.5:1 (4.54).
        assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(contrast("#767676", "#ffffff")).isBetween(4.54, 4.55);
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel((rgb >> 16) & 255) + 0.7152 * channel((rgb >> 8) & 255) + 0.0722 * channel(rgb & 255);
    }

    static double channel(int c) {
        double s = c / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    static Map<String, String> variables() throws IOException {
        String css;
        try (InputStream in = View.class.getResourceAsStream("report.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> out = new HashMap<>();
        Matcher m = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})").matcher(css);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }
}
