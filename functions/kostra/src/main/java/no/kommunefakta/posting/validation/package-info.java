/**
 * The entry points of the KOSTRA regnskap validation: {@link no.kommunefakta.posting.validation.PostingValidator} (one
 * posting) and {@link no.kommunefakta.posting.validation.FileValidator} (a whole file in one streaming pass). They
 * choose the rules of {@code no.kommunefakta.posting.rule} for the run and return the values of
 * {@code no.kommunefakta.posting} ({@code Finding}, {@code ValidationResult}); the rules never see this package, so the
 * three packages have no cycle (guarded by {@code DomainArchitectureTest}). What the validation agrees with and where
 * it deliberately differs: the {@code no.kommunefakta.posting} package documentation.
 */
package no.kommunefakta.posting.validation;
