/**
 * Resources: exact money, budget lines and their variance, savings and the finance policy (docs/finance.md).
 *
 * <p>Null-marked: no parameter, return value or element is null unless its type says {@code @Nullable}.
 */
@NullMarked
package io.github.outturn.finance;

import org.jspecify.annotations.NullMarked;
