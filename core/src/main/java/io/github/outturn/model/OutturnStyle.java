package io.github.outturn.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: abstract value types with record-style {@code x()}
 * accessors, generated as {@code ImmutableX} with builders whose setters have the accessors' names
 * and copies made with {@code withX(...)}. The generated class is never named in a public signature:
 * each type declares a nested {@code Builder} extending the generated one and a static {@code
 * builder()} returning it (so the setters return {@code X.Builder}), and returns the abstract type
 * from its factories. A type whose users copy it with changes also implements the generated {@code
 * WithX} interface, so that {@code withX(...)} is reached through the abstract type.
 *
 * <pre>{@code
 * @Value.Immutable
 * @OutturnStyle
 * public abstract class Theme {
 *     public abstract String id();
 *
 *     public static Builder builder() {
 *         return new Builder();
 *     }
 *
 *     public static final class Builder extends ImmutableTheme.Builder {}
 * }
 * Theme t = Theme.builder().id("T1").build();
 * }</pre>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        init = "*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
        defaults = @Value.Immutable(copy = true),
        strictBuilder = false,
        jdkOnly = true,
        allParameters = false,
        optionalAcceptNullable = true,
        deepImmutablesDetection = false,
        // No @javax.annotation.processing.Generated on generated classes: javadoc, run on the
        // module path, cannot see java.compiler from an automatic module.
        allowedClasspathAnnotations = {Override.class})
public @interface OutturnStyle {}
