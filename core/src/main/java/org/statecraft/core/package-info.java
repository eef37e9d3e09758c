/**
 * The Statecraft model: a typed, immutable, validated model of diplomatic and geopolitical
 * events.
 *
 * <p>Entities ({@link org.statecraft.core.Official}, {@link org.statecraft.core.Organization}) and
 * the closed event family ({@link org.statecraft.core.Event}: {@link org.statecraft.core.Visit},
 * {@link org.statecraft.core.Statement}, {@link org.statecraft.core.Sanction},
 * {@link org.statecraft.core.DesignationChange}) are gathered per source document in a
 * {@link org.statecraft.core.Dossier}, which checks that every reference resolves.
 *
 * <p>Every type in this package is immutable and thread-safe. Values are built through public
 * builders ({@code Visit.builder()}) and checked when built: an invalid value is never observable,
 * and a {@link org.statecraft.core.ValidationException} lists every problem at once. No method
 * accepts or returns {@code null}; absent values are {@link java.util.Optional} and collections
 * are never null and never modifiable.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    optionalAcceptNullable = false,
    defaults = @Value.Immutable(copy = false),
    throwForInvalidImmutableState = ValidationException.class,
    throwForNullPointer = ValidationException.class,
    privateNoargConstructor = false,
    allParameters = false,
    depluralize = true,
    // Required attributes and list elements are checked by each type's @Value.Check, together
    // with every other rule, so that one ValidationException lists every problem at once.
    validationMethod = Value.Style.ValidationMethod.NONE,
    // Only these annotations go into generated code. Leaving out Immutables' own @Generated
    // keeps users' compilers quiet: its annotations jar is not a dependency of ours, and javac
    // warns about every generated class it reads without it.
    allowedClasspathAnnotations = {Override.class, Nullable.class})
package org.statecraft.core;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
