package no.kommunefakta.rent;

import java.util.List;
import java.util.SortedSet;

import no.kommunefakta.kostra.Kontoplan;
import no.kommunefakta.posting.Kontostreng;
import no.kommunefakta.posting.ValidationContext;
import no.kommunefakta.posting.ValidationResult;

/** The port through which the allocation reads the chart of accounts and asks the validators (a test may fake it). */
interface Rules {

    /** The reporting years the chart of accounts covers. */
    SortedSet<Integer> years();

    List<Kontoplan.Kode> funksjoner(int aargang, String skjema);

    List<Kontoplan.Kode> arter(int aargang, String skjema);

    ValidationResult validatePosting(ValidationContext context, Kontostreng posting);

    ValidationResult validateFile(ValidationContext context, List<String> records);
}
