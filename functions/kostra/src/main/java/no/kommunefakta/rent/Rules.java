package no.kommunefakta.rent;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;

import no.kommunefakta.posting.Kontostreng;
import no.kommunefakta.posting.ValidationContext;
import no.kommunefakta.posting.ValidationResult;

/** The port through which the allocation reads the chart of accounts and asks the validators (a test may fake it). */
interface Rules {

    /** The reporting years the chart of accounts covers. */
    SortedSet<Integer> years();

    /** The funksjoner control 010 accepts for the skjema, region and orgnr (Oslo: the fylke functions too). */
    Set<String> gyldigeFunksjoner(int aargang, String skjema, String region, String orgnr);

    /** The arter control 012 accepts for the skjema and region. */
    Set<String> gyldigeArter(int aargang, String skjema, String region);

    /** Whether the region is Oslo kommune, which reports the fylkeskommune's functions too. */
    boolean isOslo(String region);

    ValidationResult validatePosting(ValidationContext context, Kontostreng posting);

    ValidationResult validateFile(ValidationContext context, List<String> records);
}
